//! Submission storage.

use super::{SubmissionStatus, SubmissionSummary};
use crate::db::Db;
use crate::domain::Timestamp;
use crate::judge::Verdict;

/// Queues code for judging and returns the submission id.
pub async fn create(
    db: &Db,
    problem_id: i64,
    user_id: i64,
    language: &str,
    code: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO submissions (problem_id, user_id, code, language, status, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING submission_id",
    )
    .bind(problem_id)
    .bind(user_id)
    .bind(code)
    .bind(language)
    .bind(SubmissionStatus::Pending)
    .bind(Timestamp::now())
    .fetch_one(db.pool())
    .await
}

/// Records the judge's outcome: the final status, the verdict with its details as JSON, and
/// the execution time.
pub async fn complete(
    db: &Db,
    submission_id: i64,
    status: SubmissionStatus,
    verdict: Verdict,
    details: &serde_json::Value,
    execution_time_ms: i64,
) -> Result<(), sqlx::Error> {
    let result = serde_json::json!({ "verdict": verdict, "details": details });
    sqlx::query(
        "UPDATE submissions SET status = $1, result = $2, execution_time = $3 \
         WHERE submission_id = $4",
    )
    .bind(status)
    .bind(result.to_string())
    .bind(execution_time_ms)
    .bind(submission_id)
    .execute(db.pool())
    .await
    .map(drop)
}

/// A row as stored; its result document is read into a verdict.
#[derive(sqlx::FromRow)]
struct SubmissionRow {
    submission_id: i64,
    problem_id: i64,
    language: String,
    status: SubmissionStatus,
    result: Option<String>,
    execution_time: Option<i64>,
    submitted_at: Timestamp,
}

impl From<SubmissionRow> for SubmissionSummary {
    fn from(row: SubmissionRow) -> Self {
        Self {
            submission_id: row.submission_id,
            problem_id: row.problem_id,
            language: row.language,
            status: row.status,
            verdict: row.result.as_deref().and_then(verdict_of),
            execution_time: row.execution_time,
            submitted_at: row.submitted_at,
        }
    }
}

/// A user's submissions, newest first.
pub async fn of_user(
    db: &Db,
    user_id: i64,
    limit: i64,
) -> Result<Vec<SubmissionSummary>, sqlx::Error> {
    let rows: Vec<SubmissionRow> = sqlx::query_as(
        "SELECT submission_id, problem_id, language, status, result, execution_time, \
         submitted_at FROM submissions WHERE user_id = $1 \
         ORDER BY submitted_at DESC, submission_id DESC LIMIT $2",
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(SubmissionSummary::from).collect())
}

/// The overall verdict stored in a result document.
fn verdict_of(result: &str) -> Option<Verdict> {
    let document: serde_json::Value = serde_json::from_str(result).ok()?;
    serde_json::from_value(document.get("verdict")?.clone()).ok()
}
