//! Single-use, expiring tokens mailed to a user: the secret in a password-reset or an
//! email-verification link. Only their SHA-256 is stored; redeeming one deletes it, and issuing
//! one replaces the user's earlier token of the same purpose.

use super::session::{random_secret, sha256_hex};
use crate::db::Db;
use crate::domain::text_enum;
use crate::domain::{Timestamp, duration_ms};
use std::time::Duration;

text_enum! {
    /// What a token lets its holder do.
    pub enum TokenPurpose {
        /// Set a new password without the old one; an hour long.
        Reset => "reset",
        /// Confirm that the account's owner reads its email address; a day long.
        Verify => "verify",
    }
}

impl TokenPurpose {
    fn lifetime(self) -> Duration {
        match self {
            Self::Reset => Duration::from_secs(60 * 60),
            Self::Verify => Duration::from_secs(24 * 60 * 60),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error("no randomness available: {0}")]
    Random(getrandom::Error),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Issues a fresh token of `purpose` for a user, ending their earlier one; returns the secret
/// to mail.
pub async fn issue(db: &Db, user_id: i64, purpose: TokenPurpose) -> Result<String, IssueError> {
    let secret = random_secret().map_err(IssueError::Random)?;
    let expires_at = Timestamp::now().millis() + duration_ms(purpose.lifetime());
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM account_tokens WHERE user_id = $1 AND purpose = $2")
        .bind(user_id)
        .bind(purpose)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(sha256_hex(&secret))
    .bind(user_id)
    .bind(purpose)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(secret)
}

/// The user a valid (unused, unexpired) token of `purpose` belongs to, leaving it valid.
pub async fn holder(
    db: &Db,
    secret: &str,
    purpose: TokenPurpose,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM account_tokens \
         WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3",
    )
    .bind(sha256_hex(secret))
    .bind(purpose)
    .bind(Timestamp::now())
    .fetch_optional(db.pool())
    .await
}

/// Uses up a token of `purpose`: deletes it and returns its user if it was valid.
pub async fn redeem(
    db: &Db,
    secret: &str,
    purpose: TokenPurpose,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "DELETE FROM account_tokens WHERE token_hash = $1 AND purpose = $2 \
         RETURNING user_id, expires_at",
    )
    .bind(sha256_hex(secret))
    .bind(purpose)
    .fetch_optional(db.pool())
    .await?;
    let now = Timestamp::now().millis();
    Ok(row.and_then(|(user_id, expires_at)| (expires_at > now).then_some(user_id)))
}

/// Removes expired tokens; returns how many.
pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_tokens WHERE expires_at <= $1")
        .bind(Timestamp::now())
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}
