//! Forum: posts and their comments.

mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::ForumPage;

use crate::domain::Timestamp;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A post as the forum's list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PostSummary {
    pub post_id: i64,
    pub title: String,
    pub content: String,
    pub author_id: i64,
    pub author_name: String,
    pub created_at: Timestamp,
    pub comments: i64,
}

/// A comment under a post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Comment {
    pub comment_id: i64,
    pub post_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub content: String,
    pub created_at: Timestamp,
}

/// The most recent posts, newest first.
#[server]
pub async fn recent_posts() -> Result<Vec<PostSummary>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::recent(&db, 50)
        .await
        .map_err(crate::db::internal_error)
}
