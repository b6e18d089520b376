//! User storage.

use super::{AdminUserRow, DisplayName, Email, PublicProfile, Role};
use crate::db::Db;
use crate::domain::{ExternalUrl, Timestamp};

/// A stored user, with the secrets that never leave the server.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct User {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub password_hash: Option<String>,
    pub google_id: Option<String>,
    pub profile_picture: Option<String>,
    pub role: Role,
    pub date_joined: Timestamp,
    pub last_login: Option<Timestamp>,
    pub disabled_at: Option<Timestamp>,
}

/// A user to create. Either a password hash or a Google id lets them sign in.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub name: DisplayName,
    pub email: Email,
    pub password_hash: Option<String>,
    pub google_id: Option<String>,
    pub profile_picture: Option<String>,
    pub role: Role,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

const USER_COLUMNS: &str = "user_id, name, email, password_hash, google_id, profile_picture, \
                            role, date_joined, last_login, disabled_at";

/// Stores a new user and returns their id; a second account with the same email is refused.
pub async fn create(db: &Db, user: &NewUser) -> Result<i64, CreateUserError> {
    sqlx::query_scalar(
        "INSERT INTO users (name, email, password_hash, google_id, profile_picture, role, \
         date_joined) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING user_id",
    )
    .bind(user.name.as_str())
    .bind(user.email.as_str())
    .bind(user.password_hash.as_deref())
    .bind(user.google_id.as_deref())
    .bind(user.profile_picture.as_deref())
    .bind(user.role)
    .bind(Timestamp::now())
    .fetch_one(db.pool())
    .await
    .map_err(|error| match &error {
        sqlx::Error::Database(e) if e.is_unique_violation() => CreateUserError::EmailTaken,
        _ => CreateUserError::Database(error),
    })
}

pub async fn by_id(db: &Db, user_id: i64) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE user_id = $1"
    ))
    .bind(user_id)
    .fetch_optional(db.pool())
    .await
}

pub async fn by_email(db: &Db, email: &Email) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
    ))
    .bind(email.as_str())
    .fetch_optional(db.pool())
    .await
}

pub async fn by_google_id(db: &Db, google_id: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE google_id = $1"
    ))
    .bind(google_id)
    .fetch_optional(db.pool())
    .await
}

/// Links an account to the provider's id for its user, and takes their picture if the account
/// has none.
///
/// The provider verified the email; this site never did. So whoever set the account's
/// password may not own the address (an attacker can register a victim's email first and wait):
/// the password is removed and every session ends. The owner can set a new password in the
/// settings, without the old one.
pub async fn link_google_id(
    db: &Db,
    user_id: i64,
    google_id: &str,
    picture: Option<&ExternalUrl>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE users SET google_id = $1, password_hash = NULL, \
         profile_picture = COALESCE(profile_picture, $2) WHERE user_id = $3",
    )
    .bind(google_id)
    .bind(picture.map(ExternalUrl::as_str))
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    end_sessions(&mut tx, user_id).await?;
    tx.commit().await
}

/// Changes a user's role; returns whether the user exists.
pub async fn set_role(db: &Db, user_id: i64, role: Role) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE users SET role = $1 WHERE user_id = $2")
        .bind(role)
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Stamps the time of a successful sign-in.
pub async fn touch_last_login(db: &Db, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET last_login = $1 WHERE user_id = $2")
        .bind(Timestamp::now())
        .bind(user_id)
        .execute(db.pool())
        .await
        .map(drop)
}

/// What anyone may see of a user, with their solved count from the newest stats snapshot.
pub async fn public_profile(db: &Db, user_id: i64) -> Result<Option<PublicProfile>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.user_id, u.name, u.profile_picture, u.role, u.date_joined, \
         COALESCE((SELECT s.problems_solved FROM user_stats s WHERE s.user_id = u.user_id \
                   ORDER BY s.stats_id DESC LIMIT 1), 0) AS problems_solved, \
         (SELECT COUNT(*) FROM forum_posts p WHERE p.user_id = u.user_id) AS posts \
         FROM users u WHERE u.user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(db.pool())
    .await
}

/// Changes the name and picture a user shows.
pub async fn update_profile(
    db: &Db,
    user_id: i64,
    name: &DisplayName,
    profile_picture: Option<&ExternalUrl>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET name = $1, profile_picture = $2 WHERE user_id = $3")
        .bind(name.as_str())
        .bind(profile_picture.map(ExternalUrl::as_str))
        .bind(user_id)
        .execute(db.pool())
        .await
        .map(drop)
}

/// Replaces a user's password hash.
pub async fn set_password_hash(db: &Db, user_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE user_id = $2")
        .bind(hash)
        .bind(user_id)
        .execute(db.pool())
        .await
        .map(drop)
}

/// Sets a password chosen through a mailed reset link: the owner proved they read the
/// address, so it counts as verified, and every session ends.
pub async fn reset_password(db: &Db, user_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE users SET password_hash = $1, \
         email_verified_at = COALESCE(email_verified_at, $2) WHERE user_id = $3",
    )
    .bind(hash)
    .bind(Timestamp::now())
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    end_sessions(&mut tx, user_id).await?;
    tx.commit().await
}

/// Stamps the time a user confirmed their email address (the first time only).
pub async fn mark_email_verified(db: &Db, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $1) WHERE user_id = $2",
    )
    .bind(Timestamp::now())
    .bind(user_id)
    .execute(db.pool())
    .await
    .map(drop)
}

/// Disables (ending every session in the same transaction) or re-enables an account; returns
/// whether the user exists.
pub async fn set_disabled(db: &Db, user_id: i64, disabled: bool) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query("UPDATE users SET disabled_at = $1 WHERE user_id = $2")
        .bind(disabled.then(Timestamp::now))
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if disabled {
        end_sessions(&mut tx, user_id).await?;
    }
    tx.commit().await?;
    Ok(done.rows_affected() == 1)
}

/// Ends every session of a user, in the caller's transaction.
async fn end_sessions(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// Every user, for the admin page, oldest first.
pub async fn list(db: &Db) -> Result<Vec<AdminUserRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT user_id, name, email, role, date_joined, last_login, disabled_at \
         FROM users ORDER BY user_id",
    )
    .fetch_all(db.pool())
    .await
}

pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await
}
