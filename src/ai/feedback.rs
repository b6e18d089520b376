//! The feedback schema every engine returns, and the page shows.

use crate::domain::text_enum;
use serde::{Deserialize, Serialize};

text_enum! {
    /// Which rubric grades an answer: technical answers on their content and reasoning,
    /// behavioral ones on their story.
    pub enum Rubric { Technical => "Technical", Behavioral => "Behavioral" }
}

/// Feedback on one answer: a score per rubric dimension, an overall score, and words a
/// candidate can act on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// What produced it: `offline`, or the model's name.
    pub engine: String,
    pub rubric: Rubric,
    /// The overall score, 1.0 to 5.0 with one decimal: the dimensions' weighted mean.
    pub score: f64,
    pub dimensions: Vec<DimensionScore>,
    pub summary: String,
    pub strengths: Vec<String>,
    pub gaps: Vec<String>,
    pub next_steps: Vec<String>,
}

/// One rubric dimension's score, 1 (missing) to 5 (excellent), with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// A stable key, e.g. `coverage`.
    pub key: String,
    /// What the page shows, e.g. "Concept coverage".
    pub label: String,
    pub score: u8,
    pub comment: String,
}
