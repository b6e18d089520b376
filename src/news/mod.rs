//! News & jobs: items pulled from outside sources, shown as a feed.

mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::NewsPage;

use crate::domain::{Timestamp, text_enum};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// What an item of the feed is.
    pub enum NewsKind { Job => "Job", News => "News", Promotion => "Promotion" }
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
