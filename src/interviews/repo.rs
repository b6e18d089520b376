//! Interview storage.

use super::bank::BankQuestion;
use super::{InterviewStatus, InterviewType, InterviewTypeActivity};
use crate::db::Db;
use crate::domain::Timestamp;
use sqlx::Row;

/// A stored session.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct InterviewSession {
    pub session_id: i64,
    pub user_id: i64,
    pub interview_type: InterviewType,
    pub start_time: Timestamp,
    pub end_time: Option<Timestamp>,
    pub status: InterviewStatus,
    pub feedback: Option<String>,
}

/// A stored question of a session.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct InterviewQuestion {
    pub question_id: i64,
    pub session_id: i64,
    pub question: String,
    pub answer: Option<String>,
    pub submitted_answer: Option<String>,
    pub feedback: Option<String>,
}

/// Opens a pending session for a user.
pub async fn create_session(
    db: &Db,
    user_id: i64,
    interview_type: InterviewType,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO interview_sessions (user_id, interview_type, start_time, status) \
         VALUES ($1, $2, $3, $4) RETURNING session_id",
    )
    .bind(user_id)
    .bind(interview_type)
    .bind(Timestamp::now())
    .bind(InterviewStatus::Pending)
    .fetch_one(db.pool())
    .await
}

/// Adds a question (with its reference answer) to a session.
pub async fn add_question(
    db: &Db,
    session_id: i64,
    question: &str,
    answer: Option<&str>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO interview_questions (session_id, question, answer) VALUES ($1, $2, $3) \
         RETURNING question_id",
    )
    .bind(session_id)
    .bind(question)
    .bind(answer)
    .fetch_one(db.pool())
    .await
}

/// Records the candidate's answer to a question and the feedback on it.
pub async fn answer_question(
    db: &Db,
    question_id: i64,
    submitted_answer: &str,
    feedback: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE interview_questions SET submitted_answer = $1, feedback = $2 \
         WHERE question_id = $3",
    )
    .bind(submitted_answer)
    .bind(feedback)
    .bind(question_id)
    .execute(db.pool())
    .await
    .map(drop)
}

/// Moves a session to `status`; completing it stamps its end time and overall feedback.
pub async fn set_status(
    db: &Db,
    session_id: i64,
    status: InterviewStatus,
    feedback: Option<&str>,
) -> Result<(), sqlx::Error> {
    let end_time = (status == InterviewStatus::Completed).then(Timestamp::now);
    sqlx::query(
        "UPDATE interview_sessions SET status = $1, end_time = $2, \
         feedback = COALESCE($3, feedback) WHERE session_id = $4",
    )
    .bind(status)
    .bind(end_time)
    .bind(feedback)
    .bind(session_id)
    .execute(db.pool())
    .await
    .map(drop)
}

/// A user's sessions, newest first.
pub async fn sessions_of(db: &Db, user_id: i64) -> Result<Vec<InterviewSession>, sqlx::Error> {
    sqlx::query_as(
        "SELECT session_id, user_id, interview_type, start_time, end_time, status, feedback \
         FROM interview_sessions WHERE user_id = $1 ORDER BY start_time DESC, session_id DESC",
    )
    .bind(user_id)
    .fetch_all(db.pool())
    .await
}

/// The questions of a session in the order they were asked.
pub async fn questions_of(db: &Db, session_id: i64) -> Result<Vec<InterviewQuestion>, sqlx::Error> {
    sqlx::query_as(
        "SELECT question_id, session_id, question, answer, submitted_answer, feedback \
         FROM interview_questions WHERE session_id = $1 ORDER BY question_id",
    )
    .bind(session_id)
    .fetch_all(db.pool())
    .await
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
        let concepts = serde_json::to_string(&question.concepts)
            .map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
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
