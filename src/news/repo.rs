//! News storage.

use super::{NewsItem, NewsKind};
use crate::db::Db;
use crate::domain::{Body, ExternalUrl, Timestamp, Title};

/// An item to store; its text has been parsed already.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub title: Title,
    pub content: Body,
    pub source: String,
    pub url: ExternalUrl,
    pub kind: NewsKind,
}

/// Stores an item unless one with the same URL exists; returns the new id, or `None` for a
/// duplicate, so that a feed can be pulled again without creating copies.
pub async fn insert(db: &Db, item: &NewItem) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO tech_news (title, content, source, url, type, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING RETURNING news_id",
    )
    .bind(item.title.as_str())
    .bind(item.content.as_str())
    .bind(&item.source)
    .bind(item.url.as_str())
    .bind(item.kind)
    .bind(Timestamp::now())
    .fetch_optional(db.pool())
    .await
}

/// The newest `limit` items, optionally of one kind.
pub async fn latest(
    db: &Db,
    kind: Option<NewsKind>,
    limit: i64,
) -> Result<Vec<NewsItem>, sqlx::Error> {
    sqlx::query_as(
        "SELECT news_id, title, content, source, url, type, created_at FROM tech_news \
         WHERE ($1 IS NULL OR type = $1) ORDER BY created_at DESC, news_id DESC LIMIT $2",
    )
    .bind(kind.map(NewsKind::as_str))
    .bind(limit)
    .fetch_all(db.pool())
    .await
}
