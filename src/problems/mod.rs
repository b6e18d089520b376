//! Problems: the bank of practice problems, their tags, the list and the problem page.

mod admin;
#[cfg(feature = "ssr")]
pub mod archive;
#[cfg(feature = "ssr")]
pub mod leetcode;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod package;
mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use admin::routes as admin_routes;
pub use admin::{
    AdminEditProblemPage, AdminNewProblemPage, AdminProblems, AdminProblemsPage, DeleteProblem,
    EditDraft, PreviewStatement, ProblemDraft, SaveProblem,
};
pub use pages::{ProblemPage, ProblemsPage};

use crate::domain::{InputError, Timestamp, text_enum};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// How hard a problem is, as shown on the list and used to filter it.
    pub enum Difficulty { Easy => "Easy", Medium => "Medium", Hard => "Hard" }
}

/// The URL name of a problem: 1 to 80 lower-case letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slug(String);

impl Slug {
    pub const MAX_CHARS: usize = 80;

    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let slug = raw.trim();
        if slug.is_empty() {
            return Err(InputError::new("Slug", "must not be empty"));
        }
        if slug.len() > Self::MAX_CHARS {
            return Err(InputError::new(
                "Slug",
                format!("must be at most {} characters", Self::MAX_CHARS),
            ));
        }
        let allowed = slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !allowed || slug.starts_with('-') || slug.ends_with('-') || slug.contains("--") {
            return Err(InputError::new(
                "Slug",
                "may only hold lower-case letters, digits and single hyphens inside",
            ));
        }
        Ok(Self(slug.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A row of the problem list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ProblemSummary {
    pub problem_id: i64,
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub tags: Vec<String>,
}

/// Everything the problem page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Problem {
    pub problem_id: i64,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub difficulty: Difficulty,
    pub input: String,
    pub output: String,
    pub constraints: String,
    pub leetcode_id: Option<i64>,
    pub creator_id: Option<i64>,
    pub created_at: Timestamp,
    pub time_limit_ms: i64,
    pub memory_limit_mb: i64,
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub tags: Vec<String>,
}

/// Lists the problems, optionally only those of one difficulty.
#[server]
pub async fn list_problems(
    difficulty: Option<Difficulty>,
) -> Result<Vec<ProblemSummary>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::list(&db, difficulty)
        .await
        .map_err(crate::db::internal_error)
}

/// Loads one problem by its slug, or `None` when there is none.
#[server]
pub async fn get_problem(slug: String) -> Result<Option<Problem>, ServerFnError> {
    let db = crate::db::from_context()?;
    let Ok(slug) = Slug::parse(&slug) else {
        return Ok(None);
    };
    repo::by_slug(&db, &slug)
        .await
        .map_err(crate::db::internal_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(Slug::parse("two-sum").unwrap().as_str(), "two-sum");
        for bad in [
            "", "Two-Sum", "two--sum", "-two", "two-", "two sum", "../etc",
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
