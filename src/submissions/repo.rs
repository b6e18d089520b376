//! Submission storage.

use super::{SubmissionKind, SubmissionStatus, SubmissionSummary};
use crate::db::{Backend, Db};
use crate::domain::Timestamp;
use crate::judge::{JudgeReport, Verdict};

/// Code to be judged.
#[derive(Debug, Clone)]
pub struct NewSubmission<'a> {
    pub problem_id: i64,
    pub user_id: i64,
    /// A language id of the judge.
    pub language: &'a str,
    pub code: &'a str,
    pub kind: SubmissionKind,
    /// A run's own input; `None` runs the problem's samples.
    pub custom_input: Option<&'a str>,
}

impl<'a> NewSubmission<'a> {
    /// A submission, judged on the problem's tests.
    pub fn submit(problem_id: i64, user_id: i64, language: &'a str, code: &'a str) -> Self {
        Self {
            problem_id,
            user_id,
            language,
            code,
            kind: SubmissionKind::Submit,
            custom_input: None,
        }
    }
}

/// Queues code for judging and returns the submission id.
pub async fn create(db: &Db, submission: &NewSubmission<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO submissions (problem_id, user_id, code, language, status, submitted_at, \
         kind, custom_input) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING submission_id",
    )
    .bind(submission.problem_id)
    .bind(submission.user_id)
    .bind(submission.code)
    .bind(submission.language)
    .bind(SubmissionStatus::Pending)
    .bind(Timestamp::now())
    .bind(submission.kind)
    .bind(submission.custom_input)
    .fetch_one(db.pool())
    .await
}

/// A submission taken from the queue for judging.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedJob {
    pub submission_id: i64,
    pub problem_id: i64,
    pub user_id: i64,
    pub language: String,
    pub code: String,
    pub kind: SubmissionKind,
    pub custom_input: Option<String>,
    /// How many times it has been taken, this time included.
    pub attempts: i64,
}

/// Takes the oldest submission that waits for judging, or whose worker's lease ran out (the
/// worker died), marks it Compiling and leases it until `lease_until`. On Postgres, workers of
/// several processes skip each other's rows instead of waiting for them.
pub async fn claim(db: &Db, lease_until: Timestamp) -> Result<Option<ClaimedJob>, sqlx::Error> {
    let skip_locked = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE submissions SET status = $1, lease_until = $2, attempts = attempts + 1 \
         WHERE submission_id = (SELECT submission_id FROM submissions \
             WHERE status = $3 OR (status IN ($4, $5) AND lease_until < $6) \
             ORDER BY submission_id LIMIT 1 {skip_locked}) \
         RETURNING submission_id, problem_id, user_id, language, code, kind, custom_input, \
         attempts"
    );
    sqlx::query_as(&sql)
        .bind(SubmissionStatus::Compiling)
        .bind(lease_until)
        .bind(SubmissionStatus::Pending)
        .bind(SubmissionStatus::Compiling)
        .bind(SubmissionStatus::Running)
        .bind(Timestamp::now())
        .fetch_optional(db.pool())
        .await
}

/// Moves a submission being judged to `status` and renews its lease.
pub async fn advance(
    db: &Db,
    submission_id: i64,
    status: SubmissionStatus,
    lease_until: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE submissions SET status = $1, lease_until = $2 \
         WHERE submission_id = $3 AND status IN ($4, $5)",
    )
    .bind(status)
    .bind(lease_until)
    .bind(submission_id)
    .bind(SubmissionStatus::Compiling)
    .bind(SubmissionStatus::Running)
    .execute(db.pool())
    .await
    .map(drop)
}

/// Puts a submission being judged back in the queue (its worker is stopping), without counting
/// the attempt. Returns whether it was still being judged.
pub async fn release(db: &Db, submission_id: i64) -> Result<bool, sqlx::Error> {
    let released = sqlx::query(
        "UPDATE submissions SET status = $1, lease_until = NULL, attempts = attempts - 1 \
         WHERE submission_id = $2 AND status IN ($3, $4) AND attempts > 0",
    )
    .bind(SubmissionStatus::Pending)
    .bind(submission_id)
    .bind(SubmissionStatus::Compiling)
    .bind(SubmissionStatus::Running)
    .execute(db.pool())
    .await?;
    Ok(released.rows_affected() == 1)
}

/// Records the judge's report and ends the lease: Completed when the program was judged,
/// Failed when the judge could not judge it (Internal Error). Returns whether the submission
/// was still being judged (it is not when another worker finished it first).
pub async fn complete(
    db: &Db,
    submission_id: i64,
    report: &JudgeReport,
) -> Result<bool, sqlx::Error> {
    let status = SubmissionStatus::judged(report.verdict);
    let result = serde_json::to_string(report).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let done = sqlx::query(
        "UPDATE submissions SET status = $1, result = $2, execution_time = $3, verdict = $4, \
         memory_kib = $5, lease_until = NULL WHERE submission_id = $6 AND status IN ($7, $8)",
    )
    .bind(status)
    .bind(result)
    .bind(i64::try_from(report.cpu_ms).unwrap_or(i64::MAX))
    .bind(report.verdict)
    .bind(i64::try_from(report.memory_kib).unwrap_or(i64::MAX))
    .bind(submission_id)
    .bind(SubmissionStatus::Compiling)
    .bind(SubmissionStatus::Running)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Where a submission stands and, once judged, its report.
pub async fn status_of(
    db: &Db,
    submission_id: i64,
) -> Result<Option<(SubmissionStatus, Option<JudgeReport>)>, sqlx::Error> {
    let row: Option<(SubmissionStatus, Option<String>)> =
        sqlx::query_as("SELECT status, result FROM submissions WHERE submission_id = $1")
            .bind(submission_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map(|(status, result)| {
        let report = result.and_then(|r| serde_json::from_str(&r).ok());
        (status, report)
    }))
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
