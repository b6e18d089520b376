//! Sign-in sessions, stored in the database so that they survive restarts and work across
//! several servers.
//!
//! The cookie holds a random 256-bit secret; the database holds only its SHA-256, so a leaked
//! database gives no usable cookie. Every sign-in creates a fresh session (no fixation). A
//! session ends after [`IDLE_LIFETIME`] without use (one in use is renewed once half of that
//! has passed) and, however much it is used, [`MAX_LIFETIME`] after the sign-in that began it.

use super::{CurrentUser, Role};
use crate::db::Db;
use crate::domain::{Timestamp, duration_ms};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cookie::{Cookie, SameSite};
use sha2::{Digest, Sha256};
use std::time::Duration;

/// The name of the session cookie.
pub const COOKIE_NAME: &str = "grindstone_session";
/// How long a session lasts without use.
pub const IDLE_LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// How long a session lasts at most, used or not: then its user signs in again.
pub const MAX_LIFETIME: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// The secret a browser presents; only ever kept in its cookie.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

/// 256 random bits in URL-safe base64: 43 characters.
pub(super) fn random_secret() -> Result<String, getrandom::Error> {
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret)?;
    Ok(URL_SAFE_NO_PAD.encode(secret))
}

impl SessionToken {
    fn generate() -> Result<Self, getrandom::Error> {
        random_secret().map(Self)
    }

    pub fn from_cookie_value(value: &str) -> Option<Self> {
        // A well-formed token is 43 characters of URL-safe base64; refuse anything else before
        // it reaches the database.
        let well_formed = value.len() == 43
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        well_formed.then(|| Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn hash(&self) -> String {
        sha256_hex(&self.0)
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// The SHA-256 of a secret, in hex: what is stored instead of the secret itself.
pub(super) fn sha256_hex(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("no randomness available: {0}")]
    Random(getrandom::Error),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn idle_lifetime_ms() -> i64 {
    duration_ms(IDLE_LIFETIME)
}

/// The creation time before which a session has outlived [`MAX_LIFETIME`].
fn oldest_creation(now: i64) -> i64 {
    now - duration_ms(MAX_LIFETIME)
}

/// Opens a new session for a user and returns its token.
pub async fn create(db: &Db, user_id: i64) -> Result<SessionToken, SessionError> {
    let token = SessionToken::generate().map_err(SessionError::Random)?;
    let now = Timestamp::now().millis();
    sqlx::query(
        "INSERT INTO sessions (session_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token.hash())
    .bind(user_id)
    .bind(now)
    .bind(now + idle_lifetime_ms())
    .execute(db.pool())
    .await?;
    Ok(token)
}

/// The user behind a token, if the session exists, has expired neither way and the account is
/// enabled; with whether the session was just renewed (its cookie should then be re-sent).
pub async fn resolve(
    db: &Db,
    token: &SessionToken,
) -> Result<Option<(CurrentUser, bool)>, sqlx::Error> {
    let now = Timestamp::now().millis();
    let row: Option<(i64, String, Role, Option<String>, i64, i64)> = sqlx::query_as(
        "SELECT u.user_id, u.name, u.role, u.profile_picture, s.created_at, s.expires_at \
         FROM sessions s JOIN users u ON u.user_id = s.user_id \
         WHERE s.session_hash = $1 AND s.expires_at > $2 AND s.created_at > $3 \
         AND u.disabled_at IS NULL",
    )
    .bind(token.hash())
    .bind(now)
    .bind(oldest_creation(now))
    .fetch_optional(db.pool())
    .await?;
    let Some((user_id, name, role, profile_picture, created_at, expires_at)) = row else {
        return Ok(None);
    };
    let renewed_expiry = (now + idle_lifetime_ms()).min(created_at + duration_ms(MAX_LIFETIME));
    let renewed = expires_at - now < idle_lifetime_ms() / 2 && renewed_expiry > expires_at;
    if renewed {
        sqlx::query("UPDATE sessions SET expires_at = $1 WHERE session_hash = $2")
            .bind(renewed_expiry)
            .bind(token.hash())
            .execute(db.pool())
            .await?;
    }
    let user = CurrentUser {
        user_id,
        name,
        role,
        profile_picture,
    };
    Ok(Some((user, renewed)))
}

/// Whether the session of `token` began less than `within` ago: proof of a recent sign-in, for
/// steps that a session left open on a shared computer must not take.
pub async fn signed_in_within(
    db: &Db,
    token: &SessionToken,
    within: Duration,
) -> Result<bool, sqlx::Error> {
    let created_at: Option<i64> =
        sqlx::query_scalar("SELECT created_at FROM sessions WHERE session_hash = $1")
            .bind(token.hash())
            .fetch_optional(db.pool())
            .await?;
    Ok(created_at
        .is_some_and(|created_at| created_at > Timestamp::now().millis() - duration_ms(within)))
}

/// Ends one session.
pub async fn end(db: &Db, token: &SessionToken) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE session_hash = $1")
        .bind(token.hash())
        .execute(db.pool())
        .await
        .map(drop)
}

/// Ends every session of a user, except `keep` if given.
pub async fn end_all(
    db: &Db,
    user_id: i64,
    keep: Option<&SessionToken>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND session_hash <> $2")
        .bind(user_id)
        .bind(keep.map(SessionToken::hash).unwrap_or_default())
        .execute(db.pool())
        .await
        .map(drop)
}

/// Removes sessions expired either way; returns how many.
pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let now = Timestamp::now().millis();
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR created_at <= $2")
        .bind(now)
        .bind(oldest_creation(now))
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}

/// The `Set-Cookie` value that stores a token in the browser.
pub fn cookie(token: &SessionToken, secure: bool) -> String {
    Cookie::build((COOKIE_NAME, token.as_str().to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(
            i64::try_from(IDLE_LIFETIME.as_secs()).unwrap_or(i64::MAX),
        ))
        .build()
        .to_string()
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie(secure: bool) -> String {
    Cookie::build((COOKIE_NAME, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// The session token in a request's `Cookie` headers, if any.
pub fn token_from_headers(headers: &axum::http::HeaderMap) -> Option<SessionToken> {
    cookie_from_headers(headers, COOKIE_NAME)
        .and_then(|value| SessionToken::from_cookie_value(&value))
}

/// The value of the cookie `name` in a request's `Cookie` headers, if any.
pub(super) fn cookie_from_headers(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_well_formed() {
        let a = SessionToken::generate().unwrap();
        let b = SessionToken::generate().unwrap();
        assert_ne!(a, b);
        assert!(SessionToken::from_cookie_value(a.as_str()).is_some());
        assert!(SessionToken::from_cookie_value("short").is_none());
        assert!(SessionToken::from_cookie_value(&"'".repeat(43)).is_none());
        assert_eq!(a.hash().len(), 64);
        assert_eq!(format!("{a:?}"), "SessionToken(<redacted>)");
    }

    #[test]
    fn cookies_are_http_only_and_lax() {
        let token = SessionToken::generate().unwrap();
        let plain = cookie(&token, false);
        assert!(plain.contains("HttpOnly"));
        assert!(plain.contains("SameSite=Lax"));
        assert!(!plain.contains("Secure"));
        assert!(cookie(&token, true).contains("Secure"));
        assert!(removal_cookie(false).contains("Max-Age=0"));
    }

    #[test]
    fn the_token_is_found_among_other_cookies() {
        let token = SessionToken::generate().unwrap();
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            axum::http::header::COOKIE,
            format!("theme=dark; {COOKIE_NAME}={}; other=1", token.as_str())
                .parse()
                .unwrap(),
        );
        assert_eq!(token_from_headers(&headers), Some(token));
    }
}
