//! The AI provider: grades an interview answer against a rubric and says what was good, what
//! was missing and what to do next. Like the judge, an engine that knows no feature: interviews
//! (and study plans) hand it plain text and get a [`Feedback`] back.
//!
//! Two engines answer to the same schema: the offline engine (`offline`, the default, no model
//! needed) and, when configured, an OpenAI-compatible chat-completions server.

mod feedback;
#[cfg(feature = "ssr")]
pub mod offline;
#[cfg(feature = "ssr")]
mod text;

pub use feedback::{DimensionScore, Feedback, Rubric};

/// What a grader needs to know about one answer. Only the question and the answer are required:
/// the expected answer and the rubric concepts come from the question bank when it has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeRequest {
    pub rubric: Rubric,
    pub question: String,
    /// A model answer, or notes of what a strong answer contains.
    pub expected: Option<String>,
    /// Ideas a strong answer names, each as `label` or `label: alternative | alternative`.
    pub concepts: Vec<String>,
    pub answer: String,
}
