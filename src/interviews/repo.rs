//! Interview storage.

use super::bank::BankQuestion;
use super::{
    BankEntry, Draft, FeedbackMode, InterviewPlan, InterviewStatus, InterviewType,
    InterviewTypeActivity, PastInterview,
};
use crate::ai::Feedback;
use crate::db::Db;
use crate::domain::Timestamp;
use crate::judge::Verdict;
use crate::problems::Difficulty;
use crate::submissions::SubmissionStatus;
use sqlx::Row;

/// A stored session.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct SessionRow {
    pub session_id: i64,
    pub user_id: i64,
    pub interview_type: InterviewType,
    pub status: InterviewStatus,
    pub length_minutes: i64,
    /// A JSON array.
    pub topics: String,
    pub difficulty: Option<Difficulty>,
    pub feedback_mode: FeedbackMode,
    pub start_time: Timestamp,
    pub end_time: Option<Timestamp>,
    pub score: Option<f64>,
}

/// A stored question of a session, with its coding round's problem and submission.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct QuestionRow {
    pub question_id: i64,
    pub session_id: i64,
    pub position: i64,
    pub question: String,
    /// What a strong answer contains.
    pub answer: Option<String>,
    pub topic: Option<String>,
    /// A JSON array.
    pub concepts: String,
    pub started_at: Option<Timestamp>,
    pub answered_at: Option<Timestamp>,
    pub draft: Option<String>,
    pub submitted_answer: Option<String>,
    /// Feedback as JSON.
    pub feedback: Option<String>,
    pub grader_note: Option<String>,
    pub score: Option<f64>,
    pub problem_id: Option<i64>,
    pub problem_slug: Option<String>,
    pub problem_title: Option<String>,
    pub time_limit_ms: Option<i64>,
    pub language: Option<String>,
    pub draft_code: Option<String>,
    pub stated_complexity: Option<String>,
    pub submission_id: Option<i64>,
    pub submission_status: Option<SubmissionStatus>,
    pub verdict: Option<Verdict>,
}

/// A question chosen for a new session: from the bank, or a problem for a coding round.
#[derive(Debug, Clone, PartialEq)]
pub struct NewQuestion {
    pub question: String,
    pub expected: Option<String>,
    pub topic: Option<String>,
    pub concepts: Vec<String>,
    pub bank_question_id: Option<i64>,
    pub problem_id: Option<i64>,
}

/// A bank question as stored.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct StoredBankQuestion {
    pub bank_question_id: i64,
    pub topic: String,
    pub difficulty: Difficulty,
    pub question: String,
    pub expected: String,
    /// A JSON array.
    pub concepts: String,
}

/// A problem a coding round may ask.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct CandidateProblem {
    pub problem_id: i64,
    pub title: String,
    pub tag: Option<String>,
}

fn to_json(value: &impl serde::Serialize) -> Result<String, sqlx::Error> {
    serde_json::to_string(value).map_err(|error| sqlx::Error::Encode(Box::new(error)))
}

/// The bank's questions of a kind (and difficulty, if given), those this user was asked least
/// often first, in random order among equals.
pub async fn bank_questions_for(
    db: &Db,
    user_id: i64,
    interview_type: InterviewType,
    difficulty: Option<Difficulty>,
) -> Result<Vec<StoredBankQuestion>, sqlx::Error> {
    sqlx::query_as(
        "SELECT b.bank_question_id, b.topic, b.difficulty, b.question, b.expected, b.concepts \
         FROM interview_bank b \
         WHERE b.interview_type = $2 AND ($3 IS NULL OR b.difficulty = $3) \
         ORDER BY (SELECT COUNT(*) FROM interview_questions q \
                   JOIN interview_sessions s ON s.session_id = q.session_id \
                   WHERE q.bank_question_id = b.bank_question_id AND s.user_id = $1), RANDOM()",
    )
    .bind(user_id)
    .bind(interview_type)
    .bind(difficulty)
    .fetch_all(db.pool())
    .await
}

/// Problems with tests (of a difficulty, and carrying `tag`, if given) a coding round may ask,
/// those the user has not solved first, in random order among equals; at most `limit`.
pub async fn problems_for(
    db: &Db,
    user_id: i64,
    difficulty: Option<Difficulty>,
    tag: Option<&str>,
    limit: i64,
) -> Result<Vec<CandidateProblem>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.problem_id, p.title, \
         COALESCE($3, (SELECT MIN(t.tag) FROM problem_tags t WHERE t.problem_id = p.problem_id)) \
           AS tag \
         FROM problems p \
         WHERE ($2 IS NULL OR p.difficulty = $2) \
         AND ($3 IS NULL OR EXISTS (SELECT 1 FROM problem_tags t \
                                   WHERE t.problem_id = p.problem_id AND t.tag = $3)) \
         AND EXISTS (SELECT 1 FROM problem_tests t WHERE t.problem_id = p.problem_id) \
         ORDER BY (SELECT COUNT(*) FROM submissions s WHERE s.problem_id = p.problem_id \
                   AND s.user_id = $1 AND s.verdict = 'AC'), RANDOM() \
         LIMIT $4",
    )
    .bind(user_id)
    .bind(difficulty)
    .bind(tag)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// Stores a planned session and its questions, in order, in one transaction.
pub async fn create_planned(
    db: &Db,
    user_id: i64,
    plan: &InterviewPlan,
    questions: &[NewQuestion],
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let session_id: i64 = sqlx::query_scalar(
        "INSERT INTO interview_sessions (user_id, interview_type, start_time, status, \
         length_minutes, difficulty, topics, feedback_mode) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING session_id",
    )
    .bind(user_id)
    .bind(plan.interview_type)
    .bind(Timestamp::now())
    .bind(InterviewStatus::Pending)
    .bind(plan.length_minutes)
    .bind(plan.difficulty)
    .bind(to_json(&plan.topics)?)
    .bind(plan.feedback_mode)
    .fetch_one(&mut *tx)
    .await?;
    for (position, question) in questions.iter().enumerate() {
        sqlx::query(
            "INSERT INTO interview_questions (session_id, position, question, answer, topic, \
             concepts, bank_question_id, problem_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(session_id)
        .bind(position as i64)
        .bind(&question.question)
        .bind(&question.expected)
        .bind(&question.topic)
        .bind(to_json(&question.concepts)?)
        .bind(question.bank_question_id)
        .bind(question.problem_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(session_id)
}

const SESSION_COLUMNS: &str = "s.session_id, s.user_id, s.interview_type, s.status, \
    s.length_minutes, s.topics, s.difficulty, s.feedback_mode, s.start_time, s.end_time, s.score";

/// A session of `user_id`: another user's is `None`, as if it did not exist.
pub async fn session_of(
    db: &Db,
    session_id: i64,
    user_id: i64,
) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SESSION_COLUMNS} FROM interview_sessions s \
         WHERE s.session_id = $1 AND s.user_id = $2"
    ))
    .bind(session_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await
}

/// The session holding a question of `user_id`'s: another user's is `None`.
pub async fn session_of_question(
    db: &Db,
    question_id: i64,
    user_id: i64,
) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SESSION_COLUMNS} FROM interview_sessions s \
         JOIN interview_questions q ON q.session_id = s.session_id \
         WHERE q.question_id = $1 AND s.user_id = $2"
    ))
    .bind(question_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await
}

/// A user's sessions, newest first.
pub async fn sessions_of(db: &Db, user_id: i64) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SESSION_COLUMNS} FROM interview_sessions s WHERE s.user_id = $1 \
         ORDER BY s.start_time DESC, s.session_id DESC"
    ))
    .bind(user_id)
    .fetch_all(db.pool())
    .await
}

/// The questions of a session in the order they are asked.
pub async fn questions_of(db: &Db, session_id: i64) -> Result<Vec<QuestionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT q.question_id, q.session_id, q.position, q.question, q.answer, q.topic, \
         q.concepts, q.started_at, q.answered_at, q.draft, q.submitted_answer, q.feedback, \
         q.grader_note, q.score, q.problem_id, p.slug AS problem_slug, \
         p.title AS problem_title, p.time_limit_ms, q.language, q.draft_code, \
         q.stated_complexity, q.submission_id, sub.status AS submission_status, sub.verdict \
         FROM interview_questions q \
         LEFT JOIN problems p ON p.problem_id = q.problem_id \
         LEFT JOIN submissions sub ON sub.submission_id = q.submission_id \
         WHERE q.session_id = $1 ORDER BY q.position, q.question_id",
    )
    .bind(session_id)
    .fetch_all(db.pool())
    .await
}

/// Begins a session: a planned one's clock starts at `now`, and so does its first unanswered
/// question's unless it has started. Changes nothing on a completed session.
pub async fn begin(db: &Db, session_id: i64, now: Timestamp) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE interview_sessions SET status = $1, start_time = $2 \
         WHERE session_id = $3 AND status = $4",
    )
    .bind(InterviewStatus::InProgress)
    .bind(now)
    .bind(session_id)
    .bind(InterviewStatus::Pending)
    .execute(&mut *tx)
    .await?;
    let running: Option<InterviewStatus> =
        sqlx::query_scalar("SELECT status FROM interview_sessions WHERE session_id = $1")
            .bind(session_id)
            .fetch_optional(&mut *tx)
            .await?;
    if running == Some(InterviewStatus::InProgress) {
        start_next_question(&mut tx, session_id, now).await?;
    }
    tx.commit().await
}

/// Starts the first unanswered question of a session that has not started.
async fn start_next_question(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    session_id: i64,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE interview_questions SET started_at = $1 WHERE question_id = \
         (SELECT question_id FROM interview_questions WHERE session_id = $2 \
          AND answered_at IS NULL ORDER BY position, question_id LIMIT 1) \
         AND started_at IS NULL",
    )
    .bind(now)
    .bind(session_id)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Saves what was typed into an unanswered question. False when it is answered already.
pub async fn save_draft(db: &Db, question_id: i64, draft: &Draft) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE interview_questions SET draft = $1, language = $2, draft_code = $3, \
         stated_complexity = $4 WHERE question_id = $5 AND answered_at IS NULL",
    )
    .bind(&draft.answer)
    .bind(&draft.language)
    .bind(&draft.code)
    .bind(&draft.stated_complexity)
    .bind(question_id)
    .execute(db.pool())
    .await?
    .rows_affected()
        > 0)
}

/// An answer as recorded: the text (for a coding round, the explanation), and a coding
/// round's code and submission.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecordedAnswer<'a> {
    pub answer: &'a str,
    pub language: Option<&'a str>,
    pub code: Option<&'a str>,
    pub stated_complexity: Option<&'a str>,
    pub submission_id: Option<i64>,
}

/// Records the answer to an unanswered question and, if `start_next`, starts the next one, in
/// one transaction. False when it was answered already (a second tab, a double click).
pub async fn record_answer(
    db: &Db,
    session_id: i64,
    question_id: i64,
    answer: &RecordedAnswer<'_>,
    now: Timestamp,
    start_next: bool,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let recorded = sqlx::query(
        "UPDATE interview_questions SET submitted_answer = $1, draft = NULL, \
         language = COALESCE($2, language), draft_code = COALESCE($3, draft_code), \
         stated_complexity = COALESCE($4, stated_complexity), submission_id = $5, \
         answered_at = $6 WHERE question_id = $7 AND answered_at IS NULL",
    )
    .bind(answer.answer)
    .bind(answer.language)
    .bind(answer.code)
    .bind(answer.stated_complexity)
    .bind(answer.submission_id)
    .bind(now)
    .bind(question_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if recorded && start_next {
        start_next_question(&mut tx, session_id, now).await?;
    }
    tx.commit().await?;
    Ok(recorded)
}

/// Stores the feedback on an answer, once: a second grading of the same answer (two reads at
/// once) changes nothing. False when it was graded already.
pub async fn record_feedback(
    db: &Db,
    question_id: i64,
    feedback: &Feedback,
    grader_note: Option<&str>,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE interview_questions SET feedback = $1, score = $2, grader_note = $3 \
         WHERE question_id = $4 AND feedback IS NULL",
    )
    .bind(to_json(feedback)?)
    .bind(feedback.score)
    .bind(grader_note)
    .bind(question_id)
    .execute(db.pool())
    .await?
    .rows_affected()
        > 0)
}

/// Completes a session (if it is not already) and sets its score: the mean of its graded
/// questions, or none when none is graded. Run again when a late coding round is graded.
pub async fn complete(db: &Db, session_id: i64, now: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE interview_sessions SET status = $1, \
         end_time = CASE WHEN end_time IS NULL THEN \
           (CASE WHEN $2 < start_time THEN start_time ELSE $2 END) ELSE end_time END, \
         score = (SELECT AVG(q.score) FROM interview_questions q \
                  WHERE q.session_id = $3 AND q.score IS NOT NULL) \
         WHERE session_id = $3",
    )
    .bind(InterviewStatus::Completed)
    .bind(now)
    .bind(session_id)
    .execute(db.pool())
    .await
    .map(drop)
}

/// A user's sessions for their history, newest first, with how many questions each asked and
/// how many were answered.
pub async fn history_of(db: &Db, user_id: i64) -> Result<Vec<PastInterview>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.session_id, s.interview_type, s.status, s.start_time, s.score, \
         COUNT(q.question_id) AS questions, COUNT(q.answered_at) AS answered \
         FROM interview_sessions s \
         LEFT JOIN interview_questions q ON q.session_id = s.session_id \
         WHERE s.user_id = $1 \
         GROUP BY s.session_id, s.interview_type, s.status, s.start_time, s.score \
         ORDER BY s.start_time DESC, s.session_id DESC",
    )
    .bind(user_id)
    .fetch_all(db.pool())
    .await
}

/// The feedback of every graded answer of a user's, with its session's kind and the
/// question's topic, oldest first.
pub async fn graded_answers_of(
    db: &Db,
    user_id: i64,
) -> Result<Vec<(InterviewType, Option<String>, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.interview_type, q.topic, q.feedback FROM interview_questions q \
         JOIN interview_sessions s ON s.session_id = q.session_id \
         WHERE s.user_id = $1 AND q.feedback IS NOT NULL ORDER BY q.answered_at",
    )
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok((
                row.try_get("interview_type")?,
                row.try_get("topic")?,
                row.try_get("feedback")?,
            ))
        })
        .collect()
}

/// Completed sessions and answered questions per interview type, every type included.
pub async fn activity(db: &Db) -> Result<Vec<InterviewTypeActivity>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.interview_type, COUNT(DISTINCT s.session_id) AS sessions, \
         COUNT(q.submitted_answer) AS answered \
         FROM interview_sessions s \
         LEFT JOIN interview_questions q ON q.session_id = s.session_id \
         WHERE s.status = $1 GROUP BY s.interview_type",
    )
    .bind(InterviewStatus::Completed)
    .fetch_all(db.pool())
    .await?;
    let mut activity: Vec<InterviewTypeActivity> = InterviewType::ALL
        .iter()
        .map(|&interview_type| InterviewTypeActivity {
            interview_type,
            completed_sessions: 0,
            questions_answered: 0,
        })
        .collect();
    for row in rows {
        let interview_type: InterviewType = row.try_get("interview_type")?;
        if let Some(entry) = activity
            .iter_mut()
            .find(|entry| entry.interview_type == interview_type)
        {
            entry.completed_sessions = row.try_get("sessions")?;
            entry.questions_answered = row.try_get("answered")?;
        }
    }
    Ok(activity)
}

/// How many bank questions storing created and how many it updated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BankStored {
    pub created: usize,
    pub updated: usize,
}

/// Stores the bank's questions in one transaction: a question whose slug is stored already is
/// updated in place, so loading the bank again changes only what changed.
pub async fn store_bank(db: &Db, questions: &[BankQuestion]) -> Result<BankStored, sqlx::Error> {
    let mut stored = BankStored::default();
    let mut tx = db.begin_write().await?;
    let now = Timestamp::now();
    for question in questions {
        let concepts = to_json(&question.concepts)?;
        // Both statements take the question's fields in the same order.
        let bound = |sql: &'static str| {
            sqlx::query(sql)
                .bind(question.slug.as_str())
                .bind(question.kind)
                .bind(question.topic)
                .bind(question.difficulty)
                .bind(&question.question)
                .bind(&question.expected)
                .bind(&concepts)
                .bind(now)
        };
        let updated = bound(
            "UPDATE interview_bank SET interview_type = $2, topic = $3, difficulty = $4, \
             question = $5, expected = $6, concepts = $7, updated_at = $8 WHERE slug = $1",
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated > 0 {
            stored.updated += 1;
            continue;
        }
        bound(
            "INSERT INTO interview_bank (slug, interview_type, topic, difficulty, question, \
             expected, concepts, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .execute(&mut *tx)
        .await?;
        stored.created += 1;
    }
    tx.commit().await?;
    Ok(stored)
}

/// The bank's questions (of one kind, if given) with how often each was asked, by kind, topic
/// and id.
pub async fn bank_entries(
    db: &Db,
    interview_type: Option<InterviewType>,
) -> Result<Vec<BankEntry>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{BANK_ENTRY} WHERE ($1 IS NULL OR b.interview_type = $1) \
         ORDER BY b.interview_type, b.topic, b.slug"
    ))
    .bind(interview_type)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(bank_entry_of).collect()
}

/// One question of the bank.
pub async fn bank_entry(db: &Db, slug: &str) -> Result<Option<BankEntry>, sqlx::Error> {
    sqlx::query(&format!("{BANK_ENTRY} WHERE b.slug = $1"))
        .bind(slug)
        .fetch_optional(db.pool())
        .await?
        .as_ref()
        .map(bank_entry_of)
        .transpose()
}

const BANK_ENTRY: &str = "SELECT b.slug, b.interview_type, b.topic, b.difficulty, b.question, \
    b.expected, b.concepts, \
    (SELECT COUNT(*) FROM interview_questions q WHERE q.bank_question_id = b.bank_question_id) \
      AS times_asked \
    FROM interview_bank b";

fn bank_entry_of(row: &sqlx::any::AnyRow) -> Result<BankEntry, sqlx::Error> {
    let concepts: String = row.try_get("concepts")?;
    Ok(BankEntry {
        slug: row.try_get("slug")?,
        interview_type: row.try_get("interview_type")?,
        topic: row.try_get("topic")?,
        difficulty: row.try_get("difficulty")?,
        question: row.try_get("question")?,
        expected: row.try_get("expected")?,
        concepts: serde_json::from_str(&concepts)
            .map_err(|error| sqlx::Error::Decode(Box::new(error)))?,
        times_asked: row.try_get("times_asked")?,
    })
}

/// Removes a question from the bank; sessions that asked it keep their copy. False when there
/// was none.
pub async fn delete_bank_question(db: &Db, slug: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM interview_bank WHERE slug = $1")
        .bind(slug)
        .execute(db.pool())
        .await?
        .rows_affected()
        > 0)
}
