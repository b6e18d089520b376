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
pub mod openai;
#[cfg(feature = "ssr")]
mod text;

pub use feedback::{Dimension, DimensionScore, Feedback, Rubric};

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
    /// For the coding rubric: what the judge found of the candidate's code. The answer is then
    /// the candidate's explanation of it.
    pub judged: Option<JudgedCode>,
}

/// What the judge found of a coding answer, and how long the candidate took: facts both
/// engines grade correctness, efficiency and pace from, rather than guessing from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JudgedCode {
    /// The verdict in words, e.g. "Wrong Answer on test 3".
    pub verdict: String,
    pub accepted: bool,
    /// Whether it ran out of time: slow, not wrong.
    pub too_slow: bool,
    pub tests_passed: usize,
    pub tests_total: usize,
    /// CPU time of the slowest test, and the problem's limit.
    pub slowest_ms: u64,
    pub time_limit_ms: u64,
    /// The complexity the candidate says the solution has, e.g. "O(n log n) time, O(n) space".
    pub stated_complexity: Option<String>,
    pub minutes_taken: u32,
    pub minutes_allowed: u32,
}

/// Why an engine gave no feedback, in words an administrator can act on.
#[derive(Debug, thiserror::Error)]
pub enum AiError {
    #[error("the AI server refused the key (HTTP {status}): check ai.api_key")]
    Unauthorized { status: u16 },
    #[error("the AI server at {url} cannot be reached: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("the AI server did not answer within {seconds} s")]
    Timeout { seconds: u64 },
    #[error("the AI server is overloaded or failing (HTTP {status}), {attempts} attempt(s)")]
    Unavailable { status: u16, attempts: u32 },
    #[error("the AI server refused the request (HTTP {status}): {message}")]
    Refused { status: u16, message: String },
    #[error("the model's answer does not fit the feedback schema: {0}")]
    Malformed(String),
}

/// An engine that grades answers.
#[cfg(feature = "ssr")]
pub trait Grader {
    fn grade(
        &self,
        request: &GradeRequest,
    ) -> impl std::future::Future<Output = Result<Feedback, AiError>> + Send;
}

/// The offline engine as a [`Grader`]: it never fails.
#[cfg(feature = "ssr")]
pub struct Offline;

#[cfg(feature = "ssr")]
impl Grader for Offline {
    async fn grade(&self, request: &GradeRequest) -> Result<Feedback, AiError> {
        Ok(offline::grade(request))
    }
}

/// The engine `ai.provider` names.
#[cfg(feature = "ssr")]
pub enum Provider {
    Offline(Offline),
    OpenAi(openai::OpenAiEngine),
}

#[cfg(feature = "ssr")]
impl Provider {
    pub fn from_settings(settings: &crate::config::AiSettings) -> Result<Self, AiError> {
        Ok(match settings.provider {
            crate::config::AiProviderKind::Offline => Self::Offline(Offline),
            crate::config::AiProviderKind::Openai => {
                Self::OpenAi(openai::OpenAiEngine::new(settings)?)
            }
        })
    }
}

#[cfg(feature = "ssr")]
impl Grader for Provider {
    async fn grade(&self, request: &GradeRequest) -> Result<Feedback, AiError> {
        match self {
            Self::Offline(engine) => engine.grade(request).await,
            Self::OpenAi(engine) => engine.grade(request).await,
        }
    }
}
