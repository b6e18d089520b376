//! Submissions: code sent to the judge, where it stands and what the judge said.
//!
//! The pages and the live status stream come with the practice-loop issue; the model and its
//! storage are here so the judge's queue has somewhere to live.

#[cfg(feature = "ssr")]
pub mod repo;

use crate::domain::{Timestamp, text_enum};
use crate::judge::Verdict;
use serde::{Deserialize, Serialize};

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
pub struct SubmissionSummary {
    pub submission_id: i64,
    pub problem_id: i64,
    pub language: String,
    pub status: SubmissionStatus,
    /// The overall verdict once judged.
    pub verdict: Option<Verdict>,
    /// Milliseconds of the slowest test, once judged.
    pub execution_time: Option<i64>,
    pub submitted_at: Timestamp,
}
