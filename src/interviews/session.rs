//! The life of a session, behind the server functions: choosing its questions, beginning it,
//! saving drafts, grading answers (coding rounds once the judge has judged them) and completing
//! it. Every entry point checks that the session belongs to the signed-in user; another user's
//! reads as "not found".

use super::repo::{self, NewQuestion, QuestionRow, RecordedAnswer, SessionRow};
use super::{
    CodingRound, Draft, FeedbackMode, InterviewHistory, InterviewPlan, InterviewStatus,
    InterviewType, InterviewView, LENGTHS, MAX_ANSWER_BYTES, MAX_COMPLEXITY_CHARS, MAX_TOPICS,
    QuestionView, WeakSpot,
};
use crate::accounts::guard::{refuse, require_user};
use crate::ai::{self, Feedback, GradeRequest, Grader, JudgedCode, Provider};
use crate::db::{Db, internal_error};
use crate::domain::Timestamp;
use crate::judge::Verdict;
use crate::rate_limit::Limit;
use crate::ui::percent_encode;
use axum::http::StatusCode;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// Sessions one user may plan: plenty for practice, not a script filling the tables.
const STARTS_PER_USER: Limit = Limit {
    bucket: "interview-start",
    max_hits: 30,
    window: Duration::from_secs(3600),
};

fn not_found() -> ServerFnError {
    refuse(StatusCode::NOT_FOUND, "There is no such interview.")
}

fn bad_request(message: &str) -> ServerFnError {
    refuse(StatusCode::BAD_REQUEST, message)
}

fn conflict(message: &str) -> ServerFnError {
    refuse(StatusCode::CONFLICT, message)
}

/// Checks a plan as sent by a browser.
fn check(plan: &InterviewPlan) -> Result<(), ServerFnError> {
    if !LENGTHS.contains(&plan.length_minutes) {
        return Err(bad_request("Choose one of the offered session lengths."));
    }
    if plan.topics.len() > MAX_TOPICS {
        return Err(bad_request(&format!("Choose at most {MAX_TOPICS} topics.")));
    }
    let known = plan.interview_type.topics();
    let unknown = plan.topics.iter().find(|topic| {
        // Coding topics are problem tags: any short text, matched against the tags.
        if known.is_empty() {
            topic.trim().is_empty() || topic.chars().count() > 50
        } else {
            !known.contains(&topic.as_str())
        }
    });
    match unknown {
        Some(topic) => Err(bad_request(&format!("There is no topic {topic:?}."))),
        None => Ok(()),
    }
}

/// The signed-in user's session `session_id`; another user's is "not found".
async fn own_session(db: &Db, session_id: i64) -> Result<SessionRow, ServerFnError> {
    let user = require_user()?;
    repo::session_of(db, session_id, user.user_id)
        .await
        .map_err(internal_error)?
        .ok_or_else(not_found)
}

/// Plans a session for the signed-in user.
pub async fn start(plan: InterviewPlan) -> Result<i64, ServerFnError> {
    let user = require_user()?;
    let db = crate::db::from_context()?;
    check(&plan)?;
    STARTS_PER_USER
        .enforce(&db, &user.user_id.to_string())
        .await?;
    let questions = choose(&db, user.user_id, &plan)
        .await
        .map_err(internal_error)?;
    if questions.is_empty() {
        return Err(refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "No questions match these choices: choose other topics or any difficulty.",
        ));
    }
    repo::create_planned(&db, user.user_id, &plan, &questions)
        .await
        .map_err(internal_error)
}

/// The questions of a new session: bank questions of the chosen topics, or problems with the
/// chosen tags, those the user met least first.
async fn choose(
    db: &Db,
    user_id: i64,
    plan: &InterviewPlan,
) -> Result<Vec<NewQuestion>, sqlx::Error> {
    let count = plan.interview_type.question_count(plan.length_minutes);
    if plan.interview_type == InterviewType::Coding {
        let limit = count as i64;
        let mut problems = Vec::new();
        if plan.topics.is_empty() {
            problems = repo::problems_for(db, user_id, plan.difficulty, None, limit).await?;
        }
        for tag in &plan.topics {
            problems
                .extend(repo::problems_for(db, user_id, plan.difficulty, Some(tag), limit).await?);
        }
        // Several tags may bring one problem twice; alternate between tags by taking each
        // problem once, in order.
        let mut seen = std::collections::HashSet::new();
        problems.retain(|problem| seen.insert(problem.problem_id));
        return Ok(problems
            .into_iter()
            .take(count)
            .map(|problem| NewQuestion {
                question: problem.title,
                expected: None,
                topic: problem.tag,
                concepts: Vec::new(),
                bank_question_id: None,
                problem_id: Some(problem.problem_id),
            })
            .collect());
    }
    let bank = repo::bank_questions_for(db, user_id, plan.interview_type, plan.difficulty).await?;
    Ok(bank
        .into_iter()
        .filter(|question| plan.topics.is_empty() || plan.topics.contains(&question.topic))
        .take(count)
        .map(|question| NewQuestion {
            question: question.question,
            expected: Some(question.expected),
            topic: Some(question.topic),
            concepts: serde_json::from_str(&question.concepts).unwrap_or_default(),
            bank_question_id: Some(question.bank_question_id),
            problem_id: None,
        })
        .collect())
}

/// The signed-in user's session `session_id`, with its questions graded where they can be.
pub async fn view(session_id: i64) -> Result<InterviewView, ServerFnError> {
    let db = crate::db::from_context()?;
    let session = own_session(&db, session_id).await?;
    let questions = grade_pending(&db, &session).await?;
    let session = if questions.graded_now {
        own_session(&db, session_id).await?
    } else {
        session
    };
    Ok(to_view(session, questions.rows))
}

/// A session's questions after grading every answer that can be graded.
struct Graded {
    rows: Vec<QuestionRow>,
    graded_now: bool,
}

/// Grades the session's answered questions that have no feedback yet: text answers (graded
/// when answered, unless the server stopped in between) and coding rounds the judge has
/// finished with. A completed session's score is then made again.
async fn grade_pending(db: &Db, session: &SessionRow) -> Result<Graded, ServerFnError> {
    let rows = repo::questions_of(db, session.session_id)
        .await
        .map_err(internal_error)?;
    let mut graded_now = false;
    for question in &rows {
        if question.answered_at.is_none() || question.feedback.is_some() {
            continue;
        }
        let judged = match question.submission_id {
            Some(submission_id) => {
                let Some(judged) = judged_code(db, session, question, submission_id)
                    .await
                    .map_err(internal_error)?
                else {
                    continue;
                };
                Some(judged)
            }
            None => None,
        };
        let request = GradeRequest {
            rubric: session.interview_type.rubric(),
            question: question.question.clone(),
            expected: question.answer.clone(),
            concepts: serde_json::from_str(&question.concepts).unwrap_or_default(),
            answer: question.submitted_answer.clone().unwrap_or_default(),
            judged,
        };
        let (feedback, note) = grade(&request).await?;
        graded_now |= repo::record_feedback(db, question.question_id, &feedback, note)
            .await
            .map_err(internal_error)?;
    }
    if !graded_now {
        return Ok(Graded { rows, graded_now });
    }
    if session.status == InterviewStatus::Completed {
        repo::complete(db, session.session_id, Timestamp::now())
            .await
            .map_err(internal_error)?;
    }
    let rows = repo::questions_of(db, session.session_id)
        .await
        .map_err(internal_error)?;
    Ok(Graded { rows, graded_now })
}

/// What the judge found of a coding round's submission, once it is judged.
async fn judged_code(
    db: &Db,
    session: &SessionRow,
    question: &QuestionRow,
    submission_id: i64,
) -> Result<Option<JudgedCode>, sqlx::Error> {
    if !question.submission_status.is_some_and(|s| s.is_final()) {
        return Ok(None);
    }
    let Some(report) = crate::submissions::repo::detail(db, submission_id, session.user_id)
        .await?
        .and_then(|detail| detail.report)
    else {
        return Ok(None);
    };
    let passed = report
        .tests
        .iter()
        .filter(|test| test.verdict == Verdict::Accepted)
        .count();
    let verdict = match report.tests.iter().find(|t| t.verdict != Verdict::Accepted) {
        Some(failed) if report.verdict != Verdict::CompilationError => {
            format!("{} on test {}", report.verdict.label(), failed.test)
        }
        _ => report.verdict.label().to_owned(),
    };
    let minutes = |from: Option<Timestamp>, to: Option<Timestamp>| match (from, to) {
        (Some(from), Some(to)) => ((to.millis() - from.millis()).max(0) / 60_000) as u32,
        _ => 0,
    };
    let questions = session
        .interview_type
        .question_count(session.length_minutes) as i64;
    Ok(Some(JudgedCode {
        verdict,
        accepted: report.verdict == Verdict::Accepted,
        too_slow: report.verdict == Verdict::TimeLimitExceeded,
        tests_passed: passed,
        tests_total: report.total_tests,
        slowest_ms: report.cpu_ms,
        time_limit_ms: question.time_limit_ms.unwrap_or(1000).max(1) as u64,
        stated_complexity: question.stated_complexity.clone(),
        minutes_taken: minutes(question.started_at, question.answered_at),
        minutes_allowed: (session.length_minutes / questions.max(1)) as u32,
    }))
}

/// Grades with the configured provider; when it fails, with the offline engine, saying so.
async fn grade(request: &GradeRequest) -> Result<(Feedback, Option<&'static str>), ServerFnError> {
    let provider = use_context::<Arc<Provider>>()
        .ok_or_else(|| internal_error("no AI provider in the request context"))?;
    match provider.grade(request).await {
        Ok(feedback) => Ok((feedback, None)),
        Err(error) => {
            tracing::warn!(%error, "the AI provider could not grade; the offline engine did");
            Ok((
                ai::offline::grade(request),
                Some(
                    "The AI grader could not be reached, so the offline engine graded this answer.",
                ),
            ))
        }
    }
}

fn to_view(session: SessionRow, questions: Vec<QuestionRow>) -> InterviewView {
    let completed = session.status == InterviewStatus::Completed;
    let feedback_now = completed || session.feedback_mode == FeedbackMode::EachAnswer;
    InterviewView {
        session_id: session.session_id,
        interview_type: session.interview_type,
        status: session.status,
        length_minutes: session.length_minutes,
        topics: serde_json::from_str(&session.topics).unwrap_or_default(),
        difficulty: session.difficulty,
        feedback_mode: session.feedback_mode,
        start_time: session.start_time,
        end_time: session.end_time,
        now: Timestamp::now(),
        score: session.score,
        questions: questions
            .into_iter()
            .map(|q| QuestionView {
                question_id: q.question_id,
                position: q.position,
                prompt: q.question,
                topic: q.topic,
                started_at: q.started_at,
                answered_at: q.answered_at,
                draft: q.draft.unwrap_or_default(),
                answer: q.submitted_answer,
                feedback: q
                    .feedback
                    .filter(|_| feedback_now)
                    .and_then(|json| serde_json::from_str(&json).ok()),
                grader_note: q.grader_note.filter(|_| feedback_now),
                expected: q.answer.filter(|_| completed),
                coding: q.problem_slug.map(|slug| CodingRound {
                    slug,
                    title: q.problem_title.unwrap_or_default(),
                    language: q.language,
                    draft_code: q.draft_code,
                    stated_complexity: q.stated_complexity,
                    submission_id: q.submission_id,
                    verdict: q.verdict,
                }),
            })
            .collect(),
    }
}

/// Begins the signed-in user's session, or its next question once the candidate has read the
/// feedback on the last; asking twice changes nothing.
pub async fn begin(session_id: i64) -> Result<(), ServerFnError> {
    let db = crate::db::from_context()?;
    let session = own_session(&db, session_id).await?;
    if session.status == InterviewStatus::Completed {
        return Err(conflict("This interview is over."));
    }
    repo::begin(&db, session_id, Timestamp::now())
        .await
        .map_err(internal_error)
}

/// The running session holding the signed-in user's question.
async fn running_session_of(db: &Db, question_id: i64) -> Result<SessionRow, ServerFnError> {
    let user = require_user()?;
    let session = repo::session_of_question(db, question_id, user.user_id)
        .await
        .map_err(internal_error)?
        .ok_or_else(not_found)?;
    match session.status {
        InterviewStatus::InProgress => Ok(session),
        InterviewStatus::Pending => Err(conflict("Begin the interview first.")),
        InterviewStatus::Completed => Err(conflict(
            "This interview is over: your answer was not saved.",
        )),
    }
}

fn check_draft(draft: &Draft) -> Result<(), ServerFnError> {
    if draft.answer.len() > MAX_ANSWER_BYTES {
        return Err(bad_request(&format!(
            "The answer is too long: at most {} KiB.",
            MAX_ANSWER_BYTES / 1024
        )));
    }
    if draft
        .code
        .as_ref()
        .is_some_and(|code| code.len() > crate::submissions::MAX_CODE_BYTES)
    {
        return Err(bad_request(&format!(
            "The code is too long: at most {} KiB.",
            crate::submissions::MAX_CODE_BYTES / 1024
        )));
    }
    if draft
        .stated_complexity
        .as_ref()
        .is_some_and(|text| text.chars().count() > MAX_COMPLEXITY_CHARS)
    {
        return Err(bad_request(&format!(
            "Say the complexity in at most {MAX_COMPLEXITY_CHARS} characters."
        )));
    }
    if draft.language.as_ref().is_some_and(|l| l.len() > 32) {
        return Err(bad_request("There is no such language."));
    }
    Ok(())
}

/// Saves a draft of the signed-in user's unanswered question.
pub async fn save_draft(question_id: i64, draft: Draft) -> Result<(), ServerFnError> {
    check_draft(&draft)?;
    let db = crate::db::from_context()?;
    running_session_of(&db, question_id).await?;
    if repo::save_draft(&db, question_id, &draft)
        .await
        .map_err(internal_error)?
    {
        Ok(())
    } else {
        Err(conflict("This question is answered already."))
    }
}

/// The question `question_id` of `session`'s questions, unanswered.
fn unanswered(rows: &[QuestionRow], question_id: i64) -> Result<&QuestionRow, ServerFnError> {
    let question = rows
        .iter()
        .find(|q| q.question_id == question_id)
        .ok_or_else(not_found)?;
    if question.answered_at.is_some() {
        return Err(conflict("This question is answered already."));
    }
    Ok(question)
}

/// Answers the signed-in user's question with text, grades it and moves on.
pub async fn answer(question_id: i64, answer: String) -> Result<(), ServerFnError> {
    check_draft(&Draft {
        answer: answer.clone(),
        ..Draft::default()
    })?;
    if answer.trim().is_empty() {
        return Err(bad_request(
            "Write an answer first, or finish the interview.",
        ));
    }
    let db = crate::db::from_context()?;
    let session = running_session_of(&db, question_id).await?;
    let rows = repo::questions_of(&db, session.session_id)
        .await
        .map_err(internal_error)?;
    if unanswered(&rows, question_id)?.problem_id.is_some() {
        return Err(bad_request("Submit your code to answer a coding round."));
    }
    let recorded = RecordedAnswer {
        answer: &answer,
        ..RecordedAnswer::default()
    };
    record(&db, &session, question_id, &recorded).await
}

/// Records an answer, grades what can be graded and completes the session after its last
/// question.
async fn record(
    db: &Db,
    session: &SessionRow,
    question_id: i64,
    answer: &RecordedAnswer<'_>,
) -> Result<(), ServerFnError> {
    let now = Timestamp::now();
    // With feedback after each answer, the next question starts when the candidate has read
    // it and asks for the next.
    let start_next = session.feedback_mode == FeedbackMode::AtEnd;
    if !repo::record_answer(db, session.session_id, question_id, answer, now, start_next)
        .await
        .map_err(internal_error)?
    {
        return Err(conflict("This question is answered already."));
    }
    let graded = grade_pending(db, session).await?;
    if graded.rows.iter().all(|q| q.answered_at.is_some()) {
        repo::complete(db, session.session_id, now)
            .await
            .map_err(internal_error)?;
    }
    Ok(())
}

/// Submits a coding round's code to the judge and records the round as answered.
pub async fn answer_coding(question_id: i64, draft: Draft) -> Result<i64, ServerFnError> {
    check_draft(&draft)?;
    let (Some(language), Some(code)) = (draft.language.as_deref(), draft.code.as_deref()) else {
        return Err(bad_request("Write some code first."));
    };
    let db = crate::db::from_context()?;
    let session = running_session_of(&db, question_id).await?;
    let rows = repo::questions_of(&db, session.session_id)
        .await
        .map_err(internal_error)?;
    let slug = unanswered(&rows, question_id)?
        .problem_slug
        .clone()
        .ok_or_else(|| bad_request("This question takes a written answer."))?;
    // Kept before judging, so that a refusal (the queue is full) loses nothing.
    repo::save_draft(&db, question_id, &draft)
        .await
        .map_err(internal_error)?;
    let submission_id = crate::submissions::queue_submission(&slug, language, code).await?;
    let stated = draft
        .stated_complexity
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let recorded = RecordedAnswer {
        answer: &draft.answer,
        language: Some(language),
        code: Some(code),
        stated_complexity: stated,
        submission_id: Some(submission_id),
    };
    record(&db, &session, question_id, &recorded).await?;
    Ok(submission_id)
}

/// Ends the signed-in user's session now.
pub async fn finish(session_id: i64) -> Result<(), ServerFnError> {
    let db = crate::db::from_context()?;
    let session = own_session(&db, session_id).await?;
    if session.status == InterviewStatus::Completed {
        return Ok(());
    }
    repo::complete(&db, session_id, Timestamp::now())
        .await
        .map_err(internal_error)
}

/// The signed-in user's sessions and their weakest rubric dimensions and topics.
pub async fn history() -> Result<InterviewHistory, ServerFnError> {
    let user = require_user()?;
    let db = crate::db::from_context()?;
    let sessions = repo::history_of(&db, user.user_id)
        .await
        .map_err(internal_error)?;
    let answers = repo::graded_answers_of(&db, user.user_id)
        .await
        .map_err(internal_error)?;
    // (kind, name) -> (sum of scores, answers)
    let mut dimensions: HashMap<(InterviewType, String), (f64, i64)> = HashMap::new();
    let mut topics: HashMap<(InterviewType, String), (f64, i64)> = HashMap::new();
    for (kind, topic, json) in answers {
        let Ok(feedback) = serde_json::from_str::<Feedback>(&json) else {
            continue;
        };
        for dimension in &feedback.dimensions {
            let entry = dimensions
                .entry((kind, dimension.label.clone()))
                .or_default();
            entry.0 += f64::from(dimension.score);
            entry.1 += 1;
        }
        if let Some(topic) = topic {
            let entry = topics.entry((kind, topic)).or_default();
            entry.0 += feedback.score;
            entry.1 += 1;
        }
    }
    Ok(InterviewHistory {
        sessions,
        weakest_dimensions: weakest(dimensions, |kind, _| match kind {
            InterviewType::Coding => "/problems".to_owned(),
            _ => format!("/interviews/new?type={kind}"),
        }),
        weakest_topics: weakest(topics, |kind, topic| match kind {
            InterviewType::Coding => format!("/problems?tag={}", percent_encode(topic)),
            _ => format!(
                "/interviews/new?type={kind}&topic={}",
                percent_encode(topic)
            ),
        }),
    })
}

/// The three lowest means below 4 of 5, lowest first.
fn weakest(
    totals: HashMap<(InterviewType, String), (f64, i64)>,
    href: impl Fn(InterviewType, &str) -> String,
) -> Vec<WeakSpot> {
    let mut spots: Vec<WeakSpot> = totals
        .into_iter()
        .map(|((kind, name), (sum, answers))| WeakSpot {
            interview_type: kind,
            practice_href: href(kind, &name),
            mean_score: (sum / answers as f64 * 10.0).round() / 10.0,
            name,
            answers,
        })
        .filter(|spot| spot.mean_score < 4.0)
        .collect();
    spots.sort_by(|a, b| {
        a.mean_score
            .total_cmp(&b.mean_score)
            .then_with(|| a.name.cmp(&b.name))
    });
    spots.truncate(3);
    spots
}
