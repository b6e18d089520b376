//! The feedback schema every engine returns, and the page shows.

use crate::domain::text_enum;
use serde::{Deserialize, Serialize};

text_enum! {
    /// Which rubric grades an answer: technical answers on their content and reasoning,
    /// behavioral ones on their story, coding ones on the judged code and its explanation.
    pub enum Rubric { Technical => "Technical", Behavioral => "Behavioral", Coding => "Coding" }
}

/// A rubric dimension: its stable key, its name on the page, and its weight in the overall
/// score (a rubric's weights add up to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dimension {
    pub key: &'static str,
    pub label: &'static str,
    pub weight: f64,
}

const TECHNICAL: &[Dimension] = &[
    Dimension {
        key: "coverage",
        label: "Concept coverage",
        weight: 0.4,
    },
    Dimension {
        key: "reasoning",
        label: "Reasoning",
        weight: 0.3,
    },
    Dimension {
        key: "specificity",
        label: "Specificity",
        weight: 0.15,
    },
    Dimension {
        key: "communication",
        label: "Communication",
        weight: 0.15,
    },
];

const BEHAVIORAL: &[Dimension] = &[
    Dimension {
        key: "structure",
        label: "STAR structure",
        weight: 0.3,
    },
    Dimension {
        key: "ownership",
        label: "Ownership",
        weight: 0.2,
    },
    Dimension {
        key: "impact",
        label: "Impact and specifics",
        weight: 0.2,
    },
    Dimension {
        key: "relevance",
        label: "Relevance",
        weight: 0.15,
    },
    Dimension {
        key: "communication",
        label: "Communication",
        weight: 0.15,
    },
];

const CODING: &[Dimension] = &[
    Dimension {
        key: "correctness",
        label: "Correctness",
        weight: 0.35,
    },
    Dimension {
        key: "efficiency",
        label: "Efficiency",
        weight: 0.2,
    },
    Dimension {
        key: "approach",
        label: "Approach",
        weight: 0.2,
    },
    Dimension {
        key: "pace",
        label: "Time management",
        weight: 0.1,
    },
    Dimension {
        key: "communication",
        label: "Communication",
        weight: 0.15,
    },
];

impl Rubric {
    /// The dimensions this rubric scores, in the order they are shown.
    pub fn dimensions(self) -> &'static [Dimension] {
        match self {
            Self::Technical => TECHNICAL,
            Self::Behavioral => BEHAVIORAL,
            Self::Coding => CODING,
        }
    }

    /// The dimension with key `key`. Panics on a key the rubric does not have: the engines
    /// only ask for their own rubric's keys.
    pub fn dimension(self, key: &str) -> &'static Dimension {
        self.dimensions()
            .iter()
            .find(|dimension| dimension.key == key)
            .unwrap_or_else(|| panic!("the {self} rubric has no dimension {key}"))
    }

    /// The overall score of dimension scores on the 1–5 scale, given in the rubric's order:
    /// their weighted mean, with one decimal.
    pub fn overall(self, scores: impl IntoIterator<Item = f64>) -> f64 {
        let mean: f64 = self
            .dimensions()
            .iter()
            .zip(scores)
            .map(|(dimension, score)| dimension.weight * score)
            .sum();
        (mean.clamp(1.0, 5.0) * 10.0).round() / 10.0
    }
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
