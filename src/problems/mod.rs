//! Problems: the bank of practice problems, their tags, tests and checkers, the list and the
//! statement (the `practice` page shows it beside the editor).

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
pub use pages::{DifficultyBadge, ProblemsPage, Tags, acceptance_text};

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

text_enum! {
    /// Where the signed-in user stands with a problem.
    pub enum Progress { Solved => "solved", Attempted => "attempted", NotTried => "todo" }
}

text_enum! {
    /// What the problem list is ordered by.
    pub enum ProblemSort {
        Id => "id",
        Title => "title",
        Difficulty => "difficulty",
        /// The share of judged submissions that were accepted.
        Acceptance => "acceptance",
    }
}

/// Rows per page of the problem list.
pub const PAGE_SIZE: i64 = 20;

/// The problem list's filters, order and page: everything in its URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemQuery {
    pub difficulty: Option<Difficulty>,
    /// Problems carrying every one of these tags.
    pub tags: Vec<String>,
    /// Only for a signed-in user.
    pub progress: Option<Progress>,
    /// Words in the title or statement.
    pub search: Option<String>,
    pub sort: ProblemSort,
    pub descending: bool,
    /// From 1.
    pub page: i64,
}

impl Default for ProblemQuery {
    fn default() -> Self {
        Self {
            difficulty: None,
            tags: Vec::new(),
            progress: None,
            search: None,
            sort: ProblemSort::Id,
            descending: false,
            page: 1,
        }
    }
}

impl ProblemQuery {
    /// The most tags one query may require, and the longest search text: far beyond any use,
    /// short enough that no request builds a huge query.
    pub const MAX_TAGS: usize = 20;
    pub const MAX_SEARCH_CHARS: usize = 200;

    /// The page number, from 1 to a bound whose offset cannot overflow.
    pub fn page(&self) -> i64 {
        self.page.clamp(1, MAX_PAGE)
    }
}

/// The last page number anyone can ask for (lists are far shorter).
pub const MAX_PAGE: i64 = 1_000_000;

/// A row of the problem list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemSummary {
    pub problem_id: i64,
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    /// Percent of judged submissions accepted; `None` before the first.
    pub acceptance: Option<f64>,
    /// Judged submissions.
    pub submissions: i64,
    /// The viewer's progress; `None` for an anonymous visitor.
    pub progress: Option<Progress>,
}

/// One page of the problem list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemListPage {
    pub problems: Vec<ProblemSummary>,
    /// How many problems match the filters.
    pub total: i64,
    pub page: i64,
    pub page_size: i64,
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

/// A page of the problem list; the signed-in user sees their progress on each problem.
#[server(input = leptos::server_fn::codec::Json)]
pub async fn list_problems(query: ProblemQuery) -> Result<ProblemListPage, ServerFnError> {
    let too_much = query.tags.len() > ProblemQuery::MAX_TAGS
        || query
            .search
            .as_ref()
            .is_some_and(|s| s.chars().count() > ProblemQuery::MAX_SEARCH_CHARS);
    if too_much {
        return Err(crate::accounts::guard::refuse(
            axum::http::StatusCode::BAD_REQUEST,
            &format!(
                "Choose at most {} tags and search for at most {} characters.",
                ProblemQuery::MAX_TAGS,
                ProblemQuery::MAX_SEARCH_CHARS
            ),
        ));
    }
    let db = crate::db::from_context()?;
    let viewer = crate::accounts::guard::current_user().map(|user| user.user_id);
    repo::list(&db, &query, viewer)
        .await
        .map_err(crate::db::internal_error)
}

/// Every tag in use with its number of problems, for the list's filter.
#[server]
pub async fn problem_tags() -> Result<Vec<(String, i64)>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::all_tags(&db).await.map_err(crate::db::internal_error)
}

/// A test shown as an example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub input: String,
    pub output: String,
}

/// The problem page: the problem, its statement's parts rendered to sanitized HTML, its
/// examples and how often it is solved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemView {
    pub problem: Problem,
    pub story_html: String,
    pub input_html: String,
    pub output_html: String,
    pub constraints_html: String,
    pub examples: Vec<Example>,
    pub acceptance: Option<f64>,
    pub submissions: i64,
}

/// Loads one problem by its slug for its page, or `None` when there is none.
#[server]
pub async fn get_problem(slug: String) -> Result<Option<ProblemView>, ServerFnError> {
    let db = crate::db::from_context()?;
    let Ok(slug) = Slug::parse(&slug) else {
        return Ok(None);
    };
    let internal = crate::db::internal_error;
    let Some(problem) = repo::by_slug(&db, &slug).await.map_err(internal)? else {
        return Ok(None);
    };
    let examples = repo::samples_of(&db, problem.problem_id)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|test| Example {
            input: test.input,
            output: test.output,
        })
        .collect();
    let (accepted, submissions) = repo::acceptance_of(&db, problem.problem_id)
        .await
        .map_err(internal)?;
    Ok(Some(ProblemView {
        story_html: markdown::render(&problem.description),
        input_html: markdown::render(&problem.input),
        output_html: markdown::render(&problem.output),
        constraints_html: markdown::render(&problem.constraints),
        examples,
        acceptance: (submissions > 0).then(|| 100.0 * accepted as f64 / submissions as f64),
        submissions,
        problem,
    }))
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
