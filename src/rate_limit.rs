//! Rate limits kept in the database, so that they hold across several servers.
//!
//! Fixed windows: each (bucket, subject, window) row counts hits; a hit beyond the limit is
//! refused with the time left until the window ends. A limit can count every attempt
//! ([`Limit::enforce`]) or only failures: checked before the attempt
//! ([`Limit::refuse_when_exhausted`]) and counted after it failed ([`Limit::count`]).

use crate::db::Db;
use crate::domain::{Timestamp, duration_ms};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use std::time::Duration;

/// How many hits a subject may make per window in one bucket.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub bucket: &'static str,
    pub max_hits: i64,
    pub window: Duration,
}

/// A refused hit: when the subject may try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub Duration);

impl RetryAfter {
    /// Whole seconds to wait, at least one.
    pub fn seconds(self) -> u64 {
        self.0.as_secs_f64().ceil().max(1.0) as u64
    }

    /// The sentence the user reads.
    pub fn message(self) -> String {
        format!("Too many attempts. Try again in {} s.", self.seconds())
    }
}

/// A 429 with a Retry-After header, for plain routes.
impl IntoResponse for RetryAfter {
    fn into_response(self) -> Response {
        (
            StatusCode::TOO_MANY_REQUESTS,
            [(RETRY_AFTER, HeaderValue::from(self.seconds()))],
            self.message(),
        )
            .into_response()
    }
}

impl Limit {
    /// Counts a hit by `subject` (an IP address, an email) and says whether it is allowed.
    pub async fn hit(&self, db: &Db, subject: &str) -> Result<Result<(), RetryAfter>, sqlx::Error> {
        let window = self.current_window();
        let hits: i64 = sqlx::query_scalar(
            "INSERT INTO rate_limits (bucket, subject, window_start, hits) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (bucket, subject, window_start) \
             DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
        )
        .bind(self.bucket)
        .bind(subject)
        .bind(window.start)
        .fetch_one(db.pool())
        .await?;
        if hits == 1 {
            // First hit of a new window: the subject's older windows are of no further use.
            sqlx::query(
                "DELETE FROM rate_limits WHERE bucket = $1 AND subject = $2 AND window_start < $3",
            )
            .bind(self.bucket)
            .bind(subject)
            .bind(window.start)
            .execute(db.pool())
            .await?;
        }
        Ok(window.verdict(hits > self.max_hits))
    }

    /// Counts a hit by `subject` whose verdict does not matter: a failure, after the attempt.
    pub async fn count(&self, db: &Db, subject: &str) -> Result<(), sqlx::Error> {
        self.hit(db, subject).await.map(drop)
    }

    /// Says whether `subject` may make another attempt, without counting one: refused once this
    /// window holds `max_hits` hits.
    pub async fn check(
        &self,
        db: &Db,
        subject: &str,
    ) -> Result<Result<(), RetryAfter>, sqlx::Error> {
        let window = self.current_window();
        let hits: Option<i64> = sqlx::query_scalar(
            "SELECT hits FROM rate_limits \
             WHERE bucket = $1 AND subject = $2 AND window_start = $3",
        )
        .bind(self.bucket)
        .bind(subject)
        .bind(window.start)
        .fetch_optional(db.pool())
        .await?;
        Ok(window.verdict(hits.unwrap_or(0) >= self.max_hits))
    }

    fn current_window(&self) -> Window {
        let length_ms = duration_ms(self.window).max(1);
        let now = Timestamp::now().millis();
        let start = now - now.rem_euclid(length_ms);
        Window {
            start,
            end: start + length_ms,
            now,
        }
    }
}

/// The fixed window a hit falls into.
struct Window {
    start: i64,
    end: i64,
    now: i64,
}

impl Window {
    fn verdict(&self, refused: bool) -> Result<(), RetryAfter> {
        if refused {
            let left = u64::try_from(self.end - self.now).unwrap_or(0);
            Err(RetryAfter(Duration::from_millis(left)))
        } else {
            Ok(())
        }
    }
}

impl Limit {
    /// Counts a hit by `subject` for a server function; past the limit, a 429 with
    /// "try again in N s" and a Retry-After header.
    pub async fn enforce(&self, db: &Db, subject: &str) -> Result<(), ServerFnError> {
        let verdict = self
            .hit(db, subject)
            .await
            .map_err(crate::db::internal_error)?;
        verdict.map_err(refusal)
    }

    /// For a server function: refuses with the same 429 when `subject` has used up this
    /// window, without counting a hit.
    pub async fn refuse_when_exhausted(&self, db: &Db, subject: &str) -> Result<(), ServerFnError> {
        let verdict = self
            .check(db, subject)
            .await
            .map_err(crate::db::internal_error)?;
        verdict.map_err(refusal)
    }
}

fn refusal(retry: RetryAfter) -> ServerFnError {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(RETRY_AFTER, HeaderValue::from(retry.seconds()));
    }
    crate::accounts::guard::refuse(StatusCode::TOO_MANY_REQUESTS, &retry.message())
}

/// Removes the counters of windows that started more than `age` ago.
pub async fn purge_older_than(db: &Db, age: Duration) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(Timestamp::now().millis().saturating_sub(duration_ms(age)))
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_rounded_up_to_whole_seconds() {
        assert_eq!(RetryAfter(Duration::from_millis(1)).seconds(), 1);
        assert_eq!(RetryAfter(Duration::from_millis(4_100)).seconds(), 5);
        assert_eq!(RetryAfter(Duration::ZERO).seconds(), 1);
    }
}
