//! The live status of one submission as server-sent events: the page that queued the code
//! follows `GET /api/submissions/{id}/events` and sees queued → compiling → running test k of
//! n → verdict as the judge publishes them, without polling.
//!
//! Events come from the judge's channel (across processes on Postgres). A judge in another
//! process on SQLite cannot reach this channel, and a slow reader may miss events, so the
//! stream also looks at the database every few seconds and reports what changed.
//!
//! When nothing has changed for the queue policy's `wait_notice`, the submission is still
//! queued (or its worker's lease ran out) and no judge is judging anything, the stream ends
//! with a `no-judge` event saying so, instead of spinning forever: the submission stays queued.
//! Behind a busy judge it keeps waiting.

use super::queue::{JudgeEvents, QueuePolicy};
use super::{NO_JUDGE_EVENT, StatusEvent};
use crate::accounts::guard::Viewer;
use crate::db::Db;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;
use std::time::{Duration, Instant};
use tokio::sync::broadcast::{self, error::RecvError};

/// How often the stream looks at the database.
const RECHECK: Duration = Duration::from_secs(2);
/// What the stream says last when no judge takes the submission.
const NO_JUDGE: &str =
    "No judge is available right now; your submission stays queued and will be judged when one is.";

/// `GET /api/submissions/{id}/events`: the owner's stream; anyone else gets 401 or 404.
pub async fn follow(
    State(db): State<Db>,
    State(events): State<JudgeEvents>,
    State(policy): State<QueuePolicy>,
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
        quiet_since: Instant::now(),
        wait_notice: policy.wait_notice,
        ended: false,
    };
    let stream = futures::stream::unfold(follower, |mut follower| async move {
        let data = match follower.next().await? {
            Update::Status(event) => Event::default()
                .json_data(&event)
                .unwrap_or_else(|_| Event::default().data("{}")),
            Update::NoJudge => Event::default().event(NO_JUDGE_EVENT).data(NO_JUDGE),
        };
        Some((Ok::<_, Infallible>(data), follower))
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// What the stream sends.
enum Update {
    Status(StatusEvent),
    /// The last: no judge has taken the submission for a while.
    NoJudge,
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
    /// When the last event was sent.
    quiet_since: Instant,
    /// How long to wait for a judge before saying none is available.
    wait_notice: Duration,
    /// Whether the no-judge event was sent.
    ended: bool,
}

impl Follower {
    /// The next update to send, or `None` once the verdict or the no-judge notice was sent.
    async fn next(&mut self) -> Option<Update> {
        if self.ended
            || self
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
                _ = self.recheck.tick() => {
                    if self.quiet_since.elapsed() >= self.wait_notice
                        && self.waits_without_judge().await
                    {
                        self.ended = true;
                        return Some(Update::NoJudge);
                    }
                    self.stored().await
                }
            };
            if let Some(event) = event.filter(|event| self.is_news(event)) {
                return Some(self.sent(event));
            }
        }
    }

    /// Whether the submission waits with no judge at work.
    async fn waits_without_judge(&self) -> bool {
        super::repo::waits_without_judge(&self.db, self.submission_id)
            .await
            .inspect_err(|error| tracing::warn!(%error, "cannot read a submission's lease"))
            .unwrap_or(false)
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

    fn sent(&mut self, event: StatusEvent) -> Update {
        self.last = Some(event.clone());
        self.quiet_since = Instant::now();
        Update::Status(event)
    }
}
