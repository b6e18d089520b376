//! Interviews: AI-graded mock interview sessions and their questions.

#[cfg(feature = "ssr")]
pub mod bank;
mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::InterviewsPage;

use crate::domain::text_enum;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// The kind of mock interview.
    pub enum InterviewType { Technical => "Technical", Behavioral => "Behavioral", Coding => "Coding" }
}

text_enum! {
    /// Where a session stands.
    pub enum InterviewStatus { Pending => "Pending", InProgress => "In Progress", Completed => "Completed" }
}

impl InterviewType {
    /// One sentence on what this kind of interview practises.
    pub fn blurb(self) -> &'static str {
        match self {
            Self::Technical => {
                "System design and computer-science fundamentals, graded on depth and clarity."
            }
            Self::Behavioral => "Stories about your past work, graded on structure and impact.",
            Self::Coding => "A problem solved in the editor while you explain your approach.",
        }
    }
}

/// How much one kind of interview has been practised on this site; personal sessions stay
/// private to their owner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterviewTypeActivity {
    pub interview_type: InterviewType,
    pub completed_sessions: i64,
    pub questions_answered: i64,
}

/// Activity for every interview type, in a fixed order.
#[server]
pub async fn interview_activity() -> Result<Vec<InterviewTypeActivity>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::activity(&db).await.map_err(crate::db::internal_error)
}
