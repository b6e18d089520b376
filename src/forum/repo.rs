//! Forum storage.

use super::{Comment, PostSummary};
use crate::db::Db;
use crate::domain::{Body, Timestamp, Title};

/// Stores a new post and returns its id.
pub async fn create_post(
    db: &Db,
    user_id: i64,
    title: &Title,
    content: &Body,
) -> Result<i64, sqlx::Error> {
    let now = Timestamp::now();
    sqlx::query_scalar(
        "INSERT INTO forum_posts (user_id, title, content, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) RETURNING post_id",
    )
    .bind(user_id)
    .bind(title.as_str())
    .bind(content.as_str())
    .bind(now)
    .fetch_one(db.pool())
    .await
}

/// Stores a comment under a post and returns its id.
pub async fn add_comment(
    db: &Db,
    post_id: i64,
    user_id: i64,
    content: &Body,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO post_comments (post_id, user_id, content, created_at) \
         VALUES ($1, $2, $3, $4) RETURNING comment_id",
    )
    .bind(post_id)
    .bind(user_id)
    .bind(content.as_str())
    .bind(Timestamp::now())
    .fetch_one(db.pool())
    .await
}

/// The newest `limit` posts with their author and number of comments.
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<PostSummary>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.post_id, p.title, p.content, u.user_id AS author_id, u.name AS author_name, \
         p.created_at, \
         (SELECT COUNT(*) FROM post_comments c WHERE c.post_id = p.post_id) AS comments \
         FROM forum_posts p JOIN users u ON u.user_id = p.user_id \
         ORDER BY p.created_at DESC, p.post_id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// The comments of a post, oldest first.
pub async fn comments_of(db: &Db, post_id: i64) -> Result<Vec<Comment>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.comment_id, c.post_id, u.user_id AS author_id, u.name AS author_name, \
         c.content, c.created_at \
         FROM post_comments c JOIN users u ON u.user_id = c.user_id \
         WHERE c.post_id = $1 ORDER BY c.created_at, c.comment_id",
    )
    .bind(post_id)
    .fetch_all(db.pool())
    .await
}

pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM forum_posts")
        .fetch_one(db.pool())
        .await
}
