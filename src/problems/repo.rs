//! Problem storage.

use super::{Difficulty, Problem, ProblemSummary, Slug};
use crate::db::Db;
use crate::domain::{Body, Timestamp, Title};
use sqlx::Row;

/// A problem to be stored; its text has been parsed already.
#[derive(Debug, Clone)]
pub struct NewProblem {
    pub slug: Slug,
    pub title: Title,
    pub description: Body,
    pub difficulty: Difficulty,
    pub input: String,
    pub output: String,
    pub constraints: String,
    pub leetcode_id: Option<i64>,
    pub creator_id: Option<i64>,
    pub tags: Vec<String>,
}

/// Stores a problem with its tags in one transaction and returns its id.
pub async fn create(db: &Db, problem: &NewProblem) -> Result<i64, sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    let problem_id: i64 = sqlx::query_scalar(
        "INSERT INTO problems (slug, title, description, difficulty, input, output, constraints, \
         leetcode_id, creator_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING problem_id",
    )
    .bind(problem.slug.as_str())
    .bind(problem.title.as_str())
    .bind(problem.description.as_str())
    .bind(problem.difficulty)
    .bind(&problem.input)
    .bind(&problem.output)
    .bind(&problem.constraints)
    .bind(problem.leetcode_id)
    .bind(problem.creator_id)
    .bind(Timestamp::now())
    .fetch_one(&mut *tx)
    .await?;
    for tag in &problem.tags {
        sqlx::query(
            "INSERT INTO problem_tags (problem_id, tag) VALUES ($1, $2) \
             ON CONFLICT (problem_id, tag) DO NOTHING",
        )
        .bind(problem_id)
        .bind(tag)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(problem_id)
}

/// The problems in id order, optionally of one difficulty, with their tags.
pub async fn list(
    db: &Db,
    difficulty: Option<Difficulty>,
) -> Result<Vec<ProblemSummary>, sqlx::Error> {
    let mut problems: Vec<ProblemSummary> = sqlx::query_as(
        "SELECT problem_id, slug, title, difficulty FROM problems \
         WHERE ($1 IS NULL OR difficulty = $1) ORDER BY problem_id",
    )
    .bind(difficulty.map(Difficulty::as_str))
    .fetch_all(db.pool())
    .await?;
    let rows = sqlx::query("SELECT problem_id, tag FROM problem_tags ORDER BY problem_id, tag")
        .fetch_all(db.pool())
        .await?;
    for row in rows {
        let problem_id: i64 = row.try_get("problem_id")?;
        if let Ok(index) = problems.binary_search_by_key(&problem_id, |p| p.problem_id) {
            problems[index].tags.push(row.try_get("tag")?);
        }
    }
    Ok(problems)
}

/// One problem with its tags.
pub async fn by_slug(db: &Db, slug: &Slug) -> Result<Option<Problem>, sqlx::Error> {
    let Some(mut problem) = sqlx::query_as::<_, Problem>(
        "SELECT problem_id, slug, title, description, difficulty, input, output, constraints, \
         leetcode_id, creator_id, created_at FROM problems WHERE slug = $1",
    )
    .bind(slug.as_str())
    .fetch_optional(db.pool())
    .await?
    else {
        return Ok(None);
    };
    problem.tags = tags_of(db, problem.problem_id).await?;
    Ok(Some(problem))
}

/// The tags of one problem, sorted.
pub async fn tags_of(db: &Db, problem_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT tag FROM problem_tags WHERE problem_id = $1 ORDER BY tag")
        .bind(problem_id)
        .fetch_all(db.pool())
        .await
}

/// How many problems the bank holds.
pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM problems")
        .fetch_one(db.pool())
        .await
}
