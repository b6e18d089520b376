//! The live status of one submission as server-sent events: the page that queued the code
//! follows `GET /api/submissions/{id}/events` and sees queued → compiling → running test k of
//! n → verdict as the judge publishes them, without polling.
//!
//! Events come from the judge's channel (across processes on Postgres). A judge in another
//! process on SQLite cannot reach this channel, and a slow reader may miss events, so the
//! stream also looks at the database every few seconds and reports what changed.

use super::StatusEvent;
use super::queue::JudgeEvents;
use crate::accounts::guard::Viewer;
use crate::db::Db;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError};

/// How often the stream looks at the database.
const RECHECK: Duration = Duration::from_secs(2);

/// `GET /api/submissions/{id}/events`: the owner's stream; anyone else gets 401 or 404.
pub async fn follow(
    State(db): State<Db>,
    State(events): State<JudgeEvents>,
    Extension(viewer): Extension<Viewer>,
    Path(submission_id): Path<i64>,
) -> Response {
    let Some(user) = viewer.user else {
        return (StatusCode::UNAUTHORIZED, "Please sign in.").into_response();
    };
    // Subscribed before reading the current status, so no change falls between the two.
    let receiver = events.subscribe();
    let current = match super::repo::status_event(&db, submission_id, user.user_id).await {
        Ok(Some(current)) => current,
        Ok(None) => return (StatusCode::NOT_FOUND, "There is no such submission.").into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot read a submission's status");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut recheck = tokio::time::interval(RECHECK);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let follower = Follower {
        db,
        receiver,
        recheck,
        user_id: user.user_id,
        submission_id,
        last: None,
        first: Some(current),
    };
    let stream = futures::stream::unfold(follower, |mut follower| async move {
        let event = follower.next().await?;
        let data = Event::default()
            .json_data(&event)
            .unwrap_or_else(|_| Event::default().data("{}"));
        Some((Ok::<_, Infallible>(data), follower))
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// Where one stream stands.
struct Follower {
    db: Db,
    receiver: broadcast::Receiver<StatusEvent>,
    /// Ticks for re-reading the database, however busy the channel is with other submissions.
    recheck: tokio::time::Interval,
    user_id: i64,
    submission_id: i64,
    /// The last event sent; after a final one the stream ends.
    last: Option<StatusEvent>,
    /// The status found when the stream opened, sent first.
    first: Option<StatusEvent>,
}

impl Follower {
    /// The next change to send, or `None` once the verdict has been sent.
    async fn next(&mut self) -> Option<StatusEvent> {
        if self
            .last
            .as_ref()
            .is_some_and(|last| last.status.is_final())
        {
            return None;
        }
        if let Some(first) = self.first.take() {
            return Some(self.sent(first));
        }
        loop {
            let event = tokio::select! {
                received = self.receiver.recv() => match received {
                    Ok(event) if event.submission_id == self.submission_id => Some(event),
                    Ok(_) => None,
                    Err(RecvError::Lagged(_)) => self.stored().await,
                    Err(RecvError::Closed) => return None,
                },
                _ = self.recheck.tick() => self.stored().await,
            };
            if let Some(event) = event.filter(|event| self.is_news(event)) {
                return Some(self.sent(event));
            }
        }
    }

    /// The status in the database.
    async fn stored(&self) -> Option<StatusEvent> {
        super::repo::status_event(&self.db, self.submission_id, self.user_id)
            .await
            .inspect_err(|error| tracing::warn!(%error, "cannot re-read a submission's status"))
            .ok()
            .flatten()
    }

    /// Whether `event` says something the page has not been told: a re-read of the database
    /// while running says less than the events did (no test number), so only a new status counts.
    fn is_news(&self, event: &StatusEvent) -> bool {
        match &self.last {
            None => true,
            Some(last) if event.test.is_some() => event != last,
            Some(last) => event.status != last.status,
        }
    }

    fn sent(&mut self, event: StatusEvent) -> StatusEvent {
        self.last = Some(event.clone());
        event
    }
}
