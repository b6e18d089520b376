//! News & jobs: items pulled from outside sources, shown as a feed.

mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::NewsPage;

use crate::domain::{InputError, Timestamp, text_enum};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// What an item of the feed is.
    pub enum NewsKind { Job => "Job", News => "News", Promotion => "Promotion" }
}

/// An absolute http or https link to an outside page; anything else (javascript:, data:, ...)
/// is refused so that a feed item can never run script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalUrl(String);

impl ExternalUrl {
    pub const MAX_CHARS: usize = 2048;

    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let url = raw.trim();
        let lower = url.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
            .ok_or_else(|| InputError::new("URL", "must start with http:// or https://"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(InputError::new("URL", "is not a valid web address"));
        }
        if url.len() > Self::MAX_CHARS {
            return Err(InputError::new(
                "URL",
                format!("must be at most {} characters", Self::MAX_CHARS),
            ));
        }
        Ok(Self(url.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An item of the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct NewsItem {
    pub news_id: i64,
    pub title: String,
    pub content: String,
    pub source: String,
    pub url: String,
    #[cfg_attr(feature = "ssr", sqlx(rename = "type"))]
    pub kind: NewsKind,
    pub created_at: Timestamp,
}

/// The newest items of the feed, optionally of one kind.
#[server]
pub async fn latest_news(kind: Option<NewsKind>) -> Result<Vec<NewsItem>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::latest(&db, kind, 50)
        .await
        .map_err(crate::db::internal_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_are_accepted() {
        assert!(ExternalUrl::parse("https://example.com/a?b=c").is_ok());
        assert!(ExternalUrl::parse("HTTP://EXAMPLE.COM").is_ok());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,hi",
            "https://",
            "ftp://example.com",
            "https://exa mple.com",
        ] {
            assert!(ExternalUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
