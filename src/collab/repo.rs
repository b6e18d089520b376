//! Pair-programming session storage.

use super::{CollabSessionSummary, CollabStatus};
use crate::db::Db;
use crate::domain::Timestamp;

/// Opens a pending session with its host as the first participant.
pub async fn create_session(db: &Db, host_user_id: i64, code: &str) -> Result<i64, sqlx::Error> {
    let now = Timestamp::now();
    let mut tx = db.begin_write().await?;
    let session_id: i64 = sqlx::query_scalar(
        "INSERT INTO collaboration_sessions (host_user_id, code, status, start_time) \
         VALUES ($1, $2, $3, $4) RETURNING session_id",
    )
    .bind(host_user_id)
    .bind(code)
    .bind(CollabStatus::Pending)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO collaboration_participants (session_id, user_id, joined_at) \
         VALUES ($1, $2, $3)",
    )
    .bind(session_id)
    .bind(host_user_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(session_id)
}

/// Adds a participant; joining twice is harmless.
pub async fn join(db: &Db, session_id: i64, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO collaboration_participants (session_id, user_id, joined_at) \
         VALUES ($1, $2, $3) ON CONFLICT (session_id, user_id) DO NOTHING",
    )
    .bind(session_id)
    .bind(user_id)
    .bind(Timestamp::now())
    .execute(db.pool())
    .await
    .map(drop)
}

/// The user ids taking part in a session, in the order they joined.
pub async fn participants(db: &Db, session_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM collaboration_participants WHERE session_id = $1 \
         ORDER BY joined_at, user_id",
    )
    .bind(session_id)
    .fetch_all(db.pool())
    .await
}

/// Moves a session to `status`; completing it stamps its end time.
pub async fn set_status(db: &Db, session_id: i64, status: CollabStatus) -> Result<(), sqlx::Error> {
    let end_time = (status == CollabStatus::Completed).then(Timestamp::now);
    sqlx::query(
        "UPDATE collaboration_sessions SET status = $1, end_time = $2 WHERE session_id = $3",
    )
    .bind(status)
    .bind(end_time)
    .bind(session_id)
    .execute(db.pool())
    .await
    .map(drop)
}

/// Pending and active sessions, newest first.
pub async fn open_sessions(db: &Db, limit: i64) -> Result<Vec<CollabSessionSummary>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.session_id, s.host_user_id, u.name AS host_name, s.status, s.start_time, \
         (SELECT COUNT(*) FROM collaboration_participants p WHERE p.session_id = s.session_id) \
         AS participants \
         FROM collaboration_sessions s JOIN users u ON u.user_id = s.host_user_id \
         WHERE s.status <> $1 ORDER BY s.start_time DESC, s.session_id DESC LIMIT $2",
    )
    .bind(CollabStatus::Completed)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}
