//! Submission storage.

use super::{StatusEvent, SubmissionDetail, SubmissionKind, SubmissionStatus, SubmissionSummary};
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

/// How many of a user's submissions and runs wait in the queue or are being judged.
pub async fn unfinished_of(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM submissions WHERE user_id = $1 AND status IN ($2, $3, $4)",
    )
    .bind(user_id)
    .bind(SubmissionStatus::Pending)
    .bind(SubmissionStatus::Compiling)
    .bind(SubmissionStatus::Running)
    .fetch_one(db.pool())
    .await
}

/// Takes a submission that waits for judging, or whose worker's lease ran out (the worker
/// died), marks it Compiling and leases it until `lease_until`. Users take turns: the job
/// taken is one of the user with the fewest jobs being judged now, then of the user whose last
/// job was taken longest ago (or never), and that user's oldest; so a user who queues many
/// jobs cannot make others wait behind all of them. On Postgres, workers of several processes
/// skip each other's rows instead of waiting for them.
pub async fn claim(db: &Db, lease_until: Timestamp) -> Result<Option<ClaimedJob>, sqlx::Error> {
    let skip_locked = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE submissions SET status = $1, lease_until = $2, attempts = attempts + 1, \
         claimed_at = $6 \
         WHERE submission_id = (SELECT q.submission_id FROM submissions q \
             WHERE q.status = $3 OR (q.status IN ($4, $5) AND q.lease_until < $6) \
             ORDER BY \
                 (SELECT COUNT(*) FROM submissions j WHERE j.user_id = q.user_id \
                  AND j.status IN ($4, $5) AND j.lease_until >= $6), \
                 (SELECT COALESCE(MAX(t.claimed_at), 0) FROM submissions t \
                  WHERE t.user_id = q.user_id), \
                 q.submission_id \
             LIMIT 1 {skip_locked}) \
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

/// Whether a submission waits with no judge at work: it is queued (or its worker's lease ran
/// out) and nothing is being judged under a live lease anywhere. A submission behind others
/// that judges are busy with is not stalled, only waiting its turn.
pub async fn waits_without_judge(db: &Db, submission_id: i64) -> Result<bool, sqlx::Error> {
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM submissions WHERE submission_id = $1 \
         AND (status = $2 OR (status IN ($3, $4) AND lease_until < $5)) \
         AND NOT EXISTS (SELECT 1 FROM submissions \
                         WHERE status IN ($3, $4) AND lease_until >= $5)",
    )
    .bind(submission_id)
    .bind(SubmissionStatus::Pending)
    .bind(SubmissionStatus::Compiling)
    .bind(SubmissionStatus::Running)
    .bind(Timestamp::now())
    .fetch_one(db.pool())
    .await?;
    Ok(waiting > 0)
}

/// Deletes the runs (never submissions) queued before `cutoff` that the judge is done with.
/// The practice time they gave their owners (the stats' time spent counts runs) is first
/// added to the owners' carried practice, so that no one's time spent shrinks. Returns how
/// many runs were deleted. Servers purging at the same moment take turns: the second finds
/// nothing left, so nothing is carried twice.
pub async fn purge_runs_before(db: &Db, cutoff: Timestamp) -> Result<u64, sqlx::Error> {
    // $1 cutoff, $2 the run kind, $3 and $4 the final statuses.
    let leaving = "kind = $2 AND submitted_at < $1 AND status IN ($3, $4)";
    let owners = format!("user_id IN (SELECT user_id FROM submissions WHERE {leaving})");
    let every = crate::stats::repo::practice_by_user(&owners);
    let kept = crate::stats::repo::practice_by_user(&format!("{owners} AND NOT ({leaving})"));
    let mut tx = db.begin_write().await?;
    if db.backend() == Backend::Postgres {
        // Another purge waits here until this one commits (SQLite's BEGIN IMMEDIATE already
        // lets one writer in at a time); its statements then see the runs gone.
        sqlx::query(&format!(
            "SELECT submission_id FROM submissions WHERE {leaving} FOR UPDATE"
        ))
        .bind(cutoff)
        .bind(SubmissionKind::Run)
        .bind(SubmissionStatus::Completed)
        .bind(SubmissionStatus::Failed)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(&format!(
        "INSERT INTO carried_practice (user_id, practice_ms) \
         SELECT every.user_id, every.practice_ms - COALESCE(kept.practice_ms, 0) \
         FROM ({every}) every LEFT JOIN ({kept}) kept ON kept.user_id = every.user_id \
         WHERE every.practice_ms > COALESCE(kept.practice_ms, 0) \
         ON CONFLICT (user_id) DO UPDATE \
         SET practice_ms = carried_practice.practice_ms + excluded.practice_ms"
    ))
    .bind(cutoff)
    .bind(SubmissionKind::Run)
    .bind(SubmissionStatus::Completed)
    .bind(SubmissionStatus::Failed)
    .execute(&mut *tx)
    .await?;
    let deleted = sqlx::query(&format!("DELETE FROM submissions WHERE {leaving}"))
        .bind(cutoff)
        .bind(SubmissionKind::Run)
        .bind(SubmissionStatus::Completed)
        .bind(SubmissionStatus::Failed)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(deleted)
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

/// The columns of a history row.
const SUMMARY_COLUMNS: &str = "s.submission_id, s.problem_id, p.slug AS problem_slug, \
     p.title AS problem_title, s.language, s.status, s.verdict, s.execution_time, s.memory_kib, \
     s.submitted_at";

/// A page (from 1) of a user's submissions, newest first, only to the problem `slug` when
/// given; and how many there are in all. Runs are not part of the history.
pub async fn history(
    db: &Db,
    user_id: i64,
    slug: Option<&str>,
    page: i64,
) -> Result<(Vec<SubmissionSummary>, i64), sqlx::Error> {
    let from = "FROM submissions s JOIN problems p ON p.problem_id = s.problem_id \
                WHERE s.user_id = $1 AND s.kind = $2 AND ($3 IS NULL OR p.slug = $3)";
    let rows = sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS} {from} \
         ORDER BY s.submitted_at DESC, s.submission_id DESC LIMIT $4 OFFSET $5"
    ))
    .bind(user_id)
    .bind(SubmissionKind::Submit)
    .bind(slug)
    .bind(super::PAGE_SIZE)
    .bind((page.clamp(1, crate::problems::MAX_PAGE) - 1) * super::PAGE_SIZE)
    .fetch_all(db.pool())
    .await?;
    let total = sqlx::query_scalar(&format!("SELECT COUNT(*) {from}"))
        .bind(user_id)
        .bind(SubmissionKind::Submit)
        .bind(slug)
        .fetch_one(db.pool())
        .await?;
    Ok((rows, total))
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    submission_id: i64,
    problem_id: i64,
    problem_slug: String,
    problem_title: String,
    language: String,
    code: String,
    kind: SubmissionKind,
    status: SubmissionStatus,
    verdict: Option<Verdict>,
    result: Option<String>,
    execution_time: Option<i64>,
    memory_kib: Option<i64>,
    submitted_at: Timestamp,
}

/// A submission or run of `user_id` with its report, and for an accepted submission how it
/// ranks among the others accepted for the same problem and language. Another user's is
/// `None`, as if it did not exist.
pub async fn detail(
    db: &Db,
    submission_id: i64,
    user_id: i64,
) -> Result<Option<SubmissionDetail>, sqlx::Error> {
    let row: Option<DetailRow> = sqlx::query_as(
        "SELECT s.submission_id, s.problem_id, p.slug AS problem_slug, p.title AS problem_title, \
         s.language, s.code, s.kind, s.status, s.verdict, s.result, s.execution_time, \
         s.memory_kib, s.submitted_at \
         FROM submissions s JOIN problems p ON p.problem_id = s.problem_id \
         WHERE s.submission_id = $1 AND s.user_id = $2",
    )
    .bind(submission_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let ranked = row.kind == SubmissionKind::Submit && row.verdict == Some(Verdict::Accepted);
    let (runtime_beats, memory_beats) = if ranked {
        (
            beats(db, &row, "execution_time", row.execution_time).await?,
            beats(db, &row, "memory_kib", row.memory_kib).await?,
        )
    } else {
        (None, None)
    };
    Ok(Some(SubmissionDetail {
        submission_id: row.submission_id,
        problem_slug: row.problem_slug,
        problem_title: row.problem_title,
        language: row.language,
        code: row.code,
        kind: row.kind,
        status: row.status,
        submitted_at: row.submitted_at,
        report: row
            .result
            .as_deref()
            .and_then(|r| serde_json::from_str(r).ok()),
        runtime_beats,
        memory_beats,
    }))
}

/// The share (0-100) of the other accepted submissions to the same problem in the same
/// language whose `column` is greater than `value` (ties count half), or `None` when there
/// are no others.
async fn beats(
    db: &Db,
    row: &DetailRow,
    column: &'static str,
    value: Option<i64>,
) -> Result<Option<f64>, sqlx::Error> {
    let Some(value) = value else {
        return Ok(None);
    };
    let (others, worse, ties): (i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(*), \
         CAST(COALESCE(SUM(CASE WHEN {column} > $1 THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN {column} = $1 THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM submissions WHERE problem_id = $2 AND language = $3 AND kind = $4 \
         AND verdict = $5 AND submission_id <> $6 AND {column} IS NOT NULL"
    ))
    .bind(value)
    .bind(row.problem_id)
    .bind(&row.language)
    .bind(SubmissionKind::Submit)
    .bind(Verdict::Accepted)
    .bind(row.submission_id)
    .fetch_one(db.pool())
    .await?;
    Ok((others > 0).then(|| 100.0 * (worse as f64 + ties as f64 / 2.0) / others as f64))
}

/// Where a submission of `user_id` stands, as the live stream reports it.
pub async fn status_event(
    db: &Db,
    submission_id: i64,
    user_id: i64,
) -> Result<Option<StatusEvent>, sqlx::Error> {
    let row: Option<(SubmissionStatus, Option<Verdict>)> = sqlx::query_as(
        "SELECT status, verdict FROM submissions WHERE submission_id = $1 AND user_id = $2",
    )
    .bind(submission_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(status, verdict)| StatusEvent {
        submission_id,
        user_id,
        status,
        test: None,
        verdict,
    }))
}
