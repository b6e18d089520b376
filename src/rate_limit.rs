//! Rate limits kept in the database, so that they hold across several servers.
//!
//! Fixed windows: each (bucket, subject, window) row counts hits; a hit beyond the limit is
//! refused with the time left until the window ends.

use crate::db::Db;
use crate::domain::{Timestamp, duration_ms};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
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
}

impl Limit {
    /// Counts a hit by `subject` (an IP address, an email) and says whether it is allowed.
    pub async fn hit(&self, db: &Db, subject: &str) -> Result<Result<(), RetryAfter>, sqlx::Error> {
        let window_ms = duration_ms(self.window).max(1);
        let now = Timestamp::now().millis();
        let window_start = now - now.rem_euclid(window_ms);
        let hits: i64 = sqlx::query_scalar(
            "INSERT INTO rate_limits (bucket, subject, window_start, hits) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (bucket, subject, window_start) \
             DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
        )
        .bind(self.bucket)
        .bind(subject)
        .bind(window_start)
        .fetch_one(db.pool())
        .await?;
        if hits == 1 {
            // First hit of a new window: the subject's older windows are of no further use.
            sqlx::query(
                "DELETE FROM rate_limits WHERE bucket = $1 AND subject = $2 AND window_start < $3",
            )
            .bind(self.bucket)
            .bind(subject)
            .bind(window_start)
            .execute(db.pool())
            .await?;
        }
        if hits > self.max_hits {
            let left = u64::try_from(window_start + window_ms - now).unwrap_or(0);
            return Ok(Err(RetryAfter(Duration::from_millis(left))));
        }
        Ok(Ok(()))
    }
}

impl Limit {
    /// Counts a hit by `subject` for a server function; past the limit, a 429 with
    /// "try again in N s" and a Retry-After header.
    pub async fn enforce(&self, db: &Db, subject: &str) -> Result<(), ServerFnError> {
        match self
            .hit(db, subject)
            .await
            .map_err(crate::db::internal_error)?
        {
            Ok(()) => Ok(()),
            Err(retry) => {
                let seconds = retry.seconds();
                if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                    response.insert_header(RETRY_AFTER, HeaderValue::from(seconds));
                }
                Err(crate::accounts::guard::refuse(
                    StatusCode::TOO_MANY_REQUESTS,
                    &format!("Too many attempts. Try again in {seconds} s."),
                ))
            }
        }
    }
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
