//! Submissions: code sent to the judge (submitted for a verdict, or run on examples or custom
//! input), where it stands and what the judge said.
//!
//! - server functions here queue code and read results, only ever the signed-in user's own;
//! - `queue`: the durable queue: workers that take queued code, have the judge judge it and
//!   store the report, and the status changes they publish;
//! - `live`: the status stream a page follows while its code is judged (server-sent events);
//! - `pages`: the result panel, the history list and a submission's page.

#[cfg(feature = "ssr")]
pub mod link;
#[cfg(feature = "ssr")]
pub mod live;
mod pages;
#[cfg(feature = "ssr")]
pub mod queue;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::{LiveResult, ProblemSubmissions, SubmissionPage, SubmissionsPage};

use crate::domain::{Timestamp, text_enum};
use crate::judge::{JudgeReport, Verdict};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The largest program accepted: far beyond any solution, small enough to store and show.
pub const MAX_CODE_BYTES: usize = 64 * 1024;
/// The largest custom input of a run.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;
/// Rows per page of a submission history.
pub const PAGE_SIZE: i64 = 20;
/// The name of the live status stream's last event when no judge takes the submission; its
/// data says so in words.
pub const NO_JUDGE_EVENT: &str = "no-judge";

text_enum! {
    /// Where a submission is in the judge's queue.
    pub enum SubmissionStatus {
        Pending => "Pending",
        Compiling => "Compiling",
        Running => "Running",
        Completed => "Completed",
        Failed => "Failed",
    }
}

text_enum! {
    /// What a queued job is for: a submission is judged on every test and counts in stats and
    /// acceptance rates; a run tries the examples or the user's own input and counts nowhere.
    pub enum SubmissionKind { Submit => "submit", Run => "run" }
}

/// A change in a submission's judging, published to pages that show it live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusEvent {
    pub submission_id: i64,
    /// The owner: only they may see the event.
    pub user_id: i64,
    pub status: SubmissionStatus,
    /// While running: test k (from 1) of n has started.
    pub test: Option<(usize, usize)>,
    /// Once judged.
    pub verdict: Option<Verdict>,
}

impl SubmissionStatus {
    /// Where a judged submission ends: Failed when the judge could not judge it (Internal
    /// Error), Completed otherwise.
    pub fn judged(verdict: Verdict) -> Self {
        if verdict == Verdict::InternalError {
            Self::Failed
        } else {
            Self::Completed
        }
    }
}

impl StatusEvent {
    /// The submission waits in the queue.
    pub fn queued(submission_id: i64, user_id: i64) -> Self {
        Self {
            submission_id,
            user_id,
            status: SubmissionStatus::Pending,
            test: None,
            verdict: None,
        }
    }
}

/// A submission as its owner sees it in a history list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct SubmissionSummary {
    pub submission_id: i64,
    pub problem_id: i64,
    pub problem_slug: String,
    pub problem_title: String,
    pub language: String,
    pub status: SubmissionStatus,
    /// The overall verdict once judged.
    pub verdict: Option<Verdict>,
    /// CPU milliseconds of the slowest test, once judged.
    pub execution_time: Option<i64>,
    /// KiB of the hungriest test, once judged.
    pub memory_kib: Option<i64>,
    pub submitted_at: Timestamp,
}

/// One page of a user's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionHistory {
    pub rows: Vec<SubmissionSummary>,
    pub total: i64,
    pub page: i64,
}

/// Everything the owner may see of one submission or run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionDetail {
    pub submission_id: i64,
    pub problem_slug: String,
    pub problem_title: String,
    pub language: String,
    pub code: String,
    pub kind: SubmissionKind,
    pub status: SubmissionStatus,
    pub submitted_at: Timestamp,
    /// The judge's report once judged.
    pub report: Option<JudgeReport>,
    /// For an accepted submission: the share (0-100) of other accepted submissions to the same
    /// problem in the same language that were slower, and that used more memory. `None` when
    /// it is the first.
    pub runtime_beats: Option<f64>,
    pub memory_beats: Option<f64>,
}

impl SubmissionDetail {
    /// Whether judging is over.
    pub fn is_judged(&self) -> bool {
        self.status.is_final()
    }
}

impl SubmissionStatus {
    /// Whether the judge is done with it.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Completed | Self::Failed)
    }

    /// Where it stands, for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "Queued",
            Self::Compiling => "Compiling",
            Self::Running => "Running",
            Self::Completed => "Judged",
            Self::Failed => "Could not be judged",
        }
    }
}

/// Queues the signed-in user's code for a verdict on the problem's tests; returns the
/// submission's id, whose status `/api/submissions/{id}/events` streams.
#[server]
pub async fn submit_code(
    slug: String,
    language: String,
    code: String,
) -> Result<i64, ServerFnError> {
    server::queue_job(&slug, &language, &code, SubmissionKind::Submit, None).await
}

/// Queues the signed-in user's code for a run on the problem's examples, or on `custom_input`
/// (checked against the problem's reference solution when it has one).
#[server]
pub async fn run_code(
    slug: String,
    language: String,
    code: String,
    custom_input: Option<String>,
) -> Result<i64, ServerFnError> {
    server::queue_job(&slug, &language, &code, SubmissionKind::Run, custom_input).await
}

/// One of the signed-in user's submissions or runs; another user's is "not found".
#[server]
pub async fn submission(submission_id: i64) -> Result<SubmissionDetail, ServerFnError> {
    let user = crate::accounts::guard::require_user()?;
    let db = crate::db::from_context()?;
    repo::detail(&db, submission_id, user.user_id)
        .await
        .map_err(crate::db::internal_error)?
        .ok_or_else(server::not_found)
}

/// A page of the signed-in user's submissions (not runs), newest first; only those to one
/// problem when `slug` is given.
#[server]
pub async fn my_submissions(
    slug: Option<String>,
    page: Option<i64>,
) -> Result<SubmissionHistory, ServerFnError> {
    let user = crate::accounts::guard::require_user()?;
    let db = crate::db::from_context()?;
    let page = page.unwrap_or(1).clamp(1, crate::problems::MAX_PAGE);
    let (rows, total) = repo::history(&db, user.user_id, slug.as_deref(), page)
        .await
        .map_err(crate::db::internal_error)?;
    Ok(SubmissionHistory { rows, total, page })
}

/// Queues the signed-in user's code for a verdict on the problem's tests, checked and limited
/// as [`submit_code`] is: for features that judge code of their own (a coding round).
#[cfg(feature = "ssr")]
pub async fn queue_submission(
    slug: &str,
    language: &str,
    code: &str,
) -> Result<i64, ServerFnError> {
    server::queue_job(slug, language, code, SubmissionKind::Submit, None).await
}

#[cfg(feature = "ssr")]
mod server {
    use super::{MAX_CODE_BYTES, MAX_INPUT_BYTES, SubmissionKind};
    use crate::accounts::guard::{refuse, require_user};
    use crate::db::internal_error;
    use crate::judge::catalog;
    use crate::problems::Slug;
    use crate::rate_limit::Limit;
    use crate::submissions::queue::{self, JudgeEvents, QueuePolicy};
    use axum::http::StatusCode;
    use leptos::prelude::*;
    use std::time::Duration;

    /// Runs and submissions of one user: enough for anyone typing, not for a script
    /// flooding the judge.
    const JUDGING_PER_USER: Limit = Limit {
        bucket: "judge-user",
        max_hits: 30,
        window: Duration::from_secs(60),
    };

    pub fn not_found() -> ServerFnError {
        refuse(StatusCode::NOT_FOUND, "There is no such submission.")
    }

    fn bad_request(message: &str) -> ServerFnError {
        refuse(StatusCode::BAD_REQUEST, message)
    }

    /// Checks what the user sent and queues it under their name.
    pub async fn queue_job(
        slug: &str,
        language: &str,
        code: &str,
        kind: SubmissionKind,
        custom_input: Option<String>,
    ) -> Result<i64, ServerFnError> {
        let user = require_user()?;
        let db = crate::db::from_context()?;
        if code.trim().is_empty() {
            return Err(bad_request("Write some code first."));
        }
        if code.len() > MAX_CODE_BYTES {
            return Err(bad_request(&format!(
                "The code is too long: at most {} KiB.",
                MAX_CODE_BYTES / 1024
            )));
        }
        if custom_input
            .as_ref()
            .is_some_and(|input| input.len() > MAX_INPUT_BYTES)
        {
            return Err(bad_request(&format!(
                "The input is too long: at most {} KiB.",
                MAX_INPUT_BYTES / 1024
            )));
        }
        let problem_id = match Slug::parse(slug) {
            Ok(slug) => crate::problems::repo::id_of(&db, &slug)
                .await
                .map_err(internal_error)?,
            Err(_) => None,
        }
        .ok_or_else(|| refuse(StatusCode::NOT_FOUND, "There is no such problem."))?;
        if !catalog::is_offered(&db, language)
            .await
            .map_err(internal_error)?
        {
            return Err(bad_request("No judge can run this language right now."));
        }
        // Checked before the insert: two requests at the same moment may both pass. The cap
        // keeps the queue shared, it need not be exact.
        let policy = use_context::<QueuePolicy>()
            .ok_or_else(|| internal_error("no queue policy in the request context"))?;
        let unfinished = super::repo::unfinished_of(&db, user.user_id)
            .await
            .map_err(internal_error)?;
        if unfinished >= policy.max_pending_per_user {
            return Err(refuse(
                StatusCode::TOO_MANY_REQUESTS,
                &format!(
                    "You have {unfinished} submissions and runs waiting for the judge; wait for \
                     them to finish."
                ),
            ));
        }
        JUDGING_PER_USER
            .enforce(&db, &user.user_id.to_string())
            .await?;
        let events = use_context::<JudgeEvents>()
            .ok_or_else(|| internal_error("no judge events in the request context"))?;
        let submission = crate::submissions::repo::NewSubmission {
            problem_id,
            user_id: user.user_id,
            language,
            code,
            kind,
            custom_input: custom_input.as_deref(),
        };
        queue::enqueue(&db, &events, &submission)
            .await
            .map_err(internal_error)
    }
}
