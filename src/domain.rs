//! Domain types shared by the server and the browser: enums stored as text, timestamps, and
//! parse-don't-validate constructors for free text typed by users.
//!
//! A value of one of these types has been checked once, at the edge; code that receives a
//! [`Title`] never needs to ask again whether it is empty or too long.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a piece of user input was refused, phrased for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("{field} {reason}")]
pub struct InputError {
    /// The name of the field as the user sees it ("Email", "Title", ...).
    pub field: String,
    /// What is wrong, completing the sentence "<field> ...".
    pub reason: String,
}

impl InputError {
    pub fn new(field: &str, reason: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            reason: reason.into(),
        }
    }
}

/// A text value that is not one of an enum's variants (a corrupt row or a bad query string).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {kind}")]
pub struct UnknownVariant {
    pub kind: &'static str,
    pub value: String,
}

/// Declares an enum whose variants are stored in the database and sent over the wire as fixed
/// strings, with `as_str`, `Display`, `FromStr`, serde and (on the server) sqlx support.
///
/// One macro instead of seven hand-written copies keeps the text of every variant in one place.
macro_rules! text_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text stored in the database for this variant.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::UnknownVariant;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                match value {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownVariant {
                        kind: stringify!($name),
                        value: value.to_owned(),
                    }),
                }
            }
        }

        #[cfg(feature = "ssr")]
        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }
        }

        #[cfg(feature = "ssr")]
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode(self.as_str(), buf)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <&str as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                Ok(text.parse()?)
            }
        }
    };
}
pub(crate) use text_enum;

/// A point in time, as milliseconds since the Unix epoch (UTC).
///
/// Stored as a BIGINT in both SQLite and Postgres so that one query layer serves both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time. Server-only: the browser's clock is not trusted for stored data.
    #[cfg(feature = "ssr")]
    pub fn now() -> Self {
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Self(duration_ms(since_epoch))
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    /// A calendar date such as "Nov 29, 2026", identical on server and client so that
    /// hydration sees the same text.
    pub fn date(self) -> String {
        let format =
            time::macros::format_description!("[month repr:short] [day padding:none], [year]");
        self.to_datetime()
            .and_then(|t| t.format(format).ok())
            .unwrap_or_else(|| "—".to_owned())
    }

    /// Date and time in UTC, such as "Nov 29, 2026 18:05 UTC".
    pub fn date_time(self) -> String {
        let format = time::macros::format_description!(
            "[month repr:short] [day padding:none], [year] [hour]:[minute] UTC"
        );
        self.to_datetime()
            .and_then(|t| t.format(format).ok())
            .unwrap_or_else(|| "—".to_owned())
    }

    fn to_datetime(self) -> Option<time::OffsetDateTime> {
        time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(self.0) * 1_000_000).ok()
    }
}

/// A duration in whole milliseconds, the unit of stored timestamps (saturating).
pub fn duration_ms(duration: std::time::Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.date_time())
    }
}

/// Trims `raw` and checks it is between `min` and `max` characters with no control characters
/// (newlines and tabs allowed only when `multiline`).
pub(crate) fn parse_text(
    field: &str,
    raw: &str,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, InputError> {
    let text = raw.trim();
    let length = text.chars().count();
    if length < min {
        return Err(if min == 1 {
            InputError::new(field, "must not be empty")
        } else {
            InputError::new(field, format!("must be at least {min} characters"))
        });
    }
    if length > max {
        return Err(InputError::new(
            field,
            format!("must be at most {max} characters (got {length})"),
        ));
    }
    let allowed_control = |c: char| multiline && (c == '\n' || c == '\t' || c == '\r');
    if text.chars().any(|c| c.is_control() && !allowed_control(c)) {
        return Err(InputError::new(
            field,
            "must not contain control characters",
        ));
    }
    Ok(text.to_owned())
}

/// A one-line title of a post, problem or news item: 3 to 150 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title(String);

impl Title {
    pub const MAX_CHARS: usize = 150;

    pub fn parse(raw: &str) -> Result<Self, InputError> {
        parse_text("Title", raw, 3, Self::MAX_CHARS, false).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A multi-line body of a post, comment or statement: 1 to 20 000 characters of markdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body(String);

impl Body {
    pub const MAX_CHARS: usize = 20_000;

    pub fn parse(raw: &str) -> Result<Self, InputError> {
        parse_text("Body", raw, 1, Self::MAX_CHARS, true).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_trimmed_and_bounded() {
        assert_eq!(Title::parse("  Two Sum  ").unwrap().as_str(), "Two Sum");
        assert_eq!(
            Title::parse("ab").unwrap_err().to_string(),
            "Title must be at least 3 characters"
        );
        let long = "x".repeat(Title::MAX_CHARS + 1);
        assert!(
            Title::parse(&long)
                .unwrap_err()
                .to_string()
                .contains("at most 150")
        );
        assert!(Title::parse("line\nbreak").is_err());
    }

    #[test]
    fn body_allows_newlines_but_not_other_controls() {
        assert!(Body::parse("first\nsecond\n\tindented").is_ok());
        assert_eq!(
            Body::parse("   ").unwrap_err().to_string(),
            "Body must not be empty"
        );
        assert!(Body::parse("bell\u{7}").is_err());
    }

    #[test]
    fn title_length_counts_characters_not_bytes() {
        let title = "é".repeat(Title::MAX_CHARS);
        assert!(Title::parse(&title).is_ok());
    }

    #[test]
    fn timestamps_format_the_same_everywhere() {
        let t = Timestamp(1_796_000_000_000);
        assert_eq!(t.date(), "Nov 30, 2026");
        assert_eq!(t.date_time(), "Nov 30, 2026 00:53 UTC");
    }

    text_enum! {
        enum Colour { Red => "red", DarkBlue => "dark blue" }
    }

    #[test]
    fn text_enums_round_trip_through_their_text() {
        for colour in Colour::ALL {
            assert_eq!(colour.as_str().parse::<Colour>().unwrap(), *colour);
        }
        assert_eq!(
            serde_json::to_string(&Colour::DarkBlue).unwrap(),
            "\"dark blue\""
        );
        let err = "green".parse::<Colour>().unwrap_err();
        assert_eq!(err.to_string(), "`green` is not a valid Colour");
    }

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
