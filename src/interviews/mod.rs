//! Interviews: timed mock interviews (technical, behavioral, coding) graded by the AI
//! provider, their question bank and their history.
//!
//! - server functions here start, run and finish a session, only ever the signed-in user's own;
//! - `bank`: the question bank's files; `repo`: storage; `session`: the life of a session
//!   (choosing questions, grading answers, judging coding rounds, the scorecard);
//! - pages: `pages` (the kinds of interview and starting one), `room` (a session as it is run,
//!   and its scorecard), `history` (scores over time and what to practise).

mod admin;
#[cfg(feature = "ssr")]
pub mod bank;
mod history;
mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
mod room;
#[cfg(feature = "ssr")]
pub mod session;

pub use admin::{AdminBankQuestions, DeleteBankQuestion, SaveBankQuestion};

use admin::{AdminBankPage, AdminBankQuestionPage};
use history::InterviewHistoryPage;
use pages::{InterviewsPage, NewInterviewPage};
use room::InterviewPage;

use crate::ai::{Feedback, Rubric};
use crate::domain::{Timestamp, text_enum};
use crate::judge::Verdict;
use crate::problems::Difficulty;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// The kind of mock interview.
    pub enum InterviewType { Technical => "Technical", Behavioral => "Behavioral", Coding => "Coding" }
}

text_enum! {
    /// Where a session stands: planned, being answered, over.
    pub enum InterviewStatus { Pending => "Pending", InProgress => "In Progress", Completed => "Completed" }
}

text_enum! {
    /// When the candidate sees feedback: after each answer, or all of it on the scorecard.
    pub enum FeedbackMode { EachAnswer => "each", AtEnd => "end" }
}

/// What technical questions are about.
pub const TECHNICAL_TOPICS: &[&str] = &[
    "Data structures",
    "Algorithms",
    "Systems",
    "Databases",
    "Networking",
    "Concurrency",
    "Language features",
];

/// What behavioral questions are about.
pub const BEHAVIORAL_TOPICS: &[&str] = &[
    "Conflict",
    "Failure",
    "Leadership",
    "Deadlines",
    "Teamwork",
    "Growth",
    "Impact",
    "Communication",
    "Ambiguity",
    "Customer focus",
];

/// The session lengths offered, in minutes.
pub const LENGTHS: &[i64] = &[5, 10, 15, 20, 30, 45, 60];
/// The longest answer or draft kept: some four pages of text.
pub const MAX_ANSWER_BYTES: usize = 16 * 1024;
/// The longest stated complexity.
pub const MAX_COMPLEXITY_CHARS: usize = 200;
/// The most topics one session may ask for.
pub const MAX_TOPICS: usize = 10;

impl InterviewType {
    /// One sentence on what this kind of interview practises.
    pub fn blurb(self) -> &'static str {
        match self {
            Self::Technical => {
                "Computer-science fundamentals and system design, graded on depth and reasoning."
            }
            Self::Behavioral => "Stories about your past work, graded on structure and impact.",
            Self::Coding => {
                "A problem solved in the editor and judged, while you explain your approach."
            }
        }
    }

    /// How many minutes of a session one question takes.
    pub fn minutes_per_question(self) -> i64 {
        match self {
            Self::Technical | Self::Behavioral => 5,
            Self::Coding => 25,
        }
    }

    /// How many questions a session of `length_minutes` asks: at least one.
    pub fn question_count(self, length_minutes: i64) -> usize {
        (length_minutes / self.minutes_per_question()).clamp(1, 10) as usize
    }

    /// The rubric its answers are graded on.
    pub fn rubric(self) -> Rubric {
        match self {
            Self::Technical => Rubric::Technical,
            Self::Behavioral => Rubric::Behavioral,
            Self::Coding => Rubric::Coding,
        }
    }

    /// The topics a session of this kind may be narrowed to; coding rounds use the problems'
    /// tags instead.
    pub fn topics(self) -> &'static [&'static str] {
        match self {
            Self::Technical => TECHNICAL_TOPICS,
            Self::Behavioral => BEHAVIORAL_TOPICS,
            Self::Coding => &[],
        }
    }
}

/// How much one kind of interview has been practised on this site; personal sessions stay
/// private to their owner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterviewTypeActivity {
    pub interview_type: InterviewType,
    pub completed_sessions: i64,
    pub questions_answered: i64,
}

/// What a candidate chooses when starting a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterviewPlan {
    pub interview_type: InterviewType,
    pub length_minutes: i64,
    /// Empty: any topic.
    pub topics: Vec<String>,
    /// None: any difficulty.
    pub difficulty: Option<Difficulty>,
    pub feedback_mode: FeedbackMode,
}

/// A session as its owner sees it while running it, and on its scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterviewView {
    pub session_id: i64,
    pub interview_type: InterviewType,
    pub status: InterviewStatus,
    pub length_minutes: i64,
    pub topics: Vec<String>,
    pub difficulty: Option<Difficulty>,
    pub feedback_mode: FeedbackMode,
    /// When the candidate began (or created it, while pending).
    pub start_time: Timestamp,
    pub end_time: Option<Timestamp>,
    /// The server's clock when this was read: timers count from it, not from the browser's.
    pub now: Timestamp,
    /// The mean of the graded questions' scores (1–5), once completed.
    pub score: Option<f64>,
    pub questions: Vec<QuestionView>,
}

/// One question of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionView {
    pub question_id: i64,
    pub position: i64,
    pub prompt: String,
    pub topic: Option<String>,
    pub started_at: Option<Timestamp>,
    pub answered_at: Option<Timestamp>,
    /// What was typed and not yet submitted.
    pub draft: String,
    pub answer: Option<String>,
    /// Shown after answering, or on the scorecard, as the session's feedback mode says.
    pub feedback: Option<Feedback>,
    /// Why the configured AI provider did not grade it, when the offline engine did instead.
    pub grader_note: Option<String>,
    /// What a strong answer contains: on the scorecard only.
    pub expected: Option<String>,
    pub coding: Option<CodingRound>,
}

/// The problem of a coding round and the candidate's code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodingRound {
    pub slug: String,
    pub title: String,
    pub language: Option<String>,
    pub draft_code: Option<String>,
    pub stated_complexity: Option<String>,
    /// The judged submission, once submitted, and its verdict once judged.
    pub submission_id: Option<i64>,
    pub verdict: Option<Verdict>,
}

impl QuestionView {
    /// Submitted, but the judge has not finished: its feedback is still to come.
    pub fn awaiting_judge(&self) -> bool {
        self.answered_at.is_some() && self.feedback.is_none() && self.coding.is_some()
    }
}

impl InterviewView {
    /// The question being answered: the first one not answered yet, once begun.
    pub fn current(&self) -> Option<&QuestionView> {
        if self.status != InterviewStatus::InProgress {
            return None;
        }
        self.questions.iter().find(|q| q.answered_at.is_none())
    }

    /// When the session's time runs out, in the server's milliseconds.
    pub fn deadline(&self) -> Timestamp {
        Timestamp(self.start_time.millis() + self.length_minutes * 60_000)
    }
}

/// What the candidate has typed into a question so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub answer: String,
    /// For a coding round.
    pub language: Option<String>,
    pub code: Option<String>,
    pub stated_complexity: Option<String>,
}

/// One session in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PastInterview {
    pub session_id: i64,
    pub interview_type: InterviewType,
    pub status: InterviewStatus,
    pub start_time: Timestamp,
    pub questions: i64,
    pub answered: i64,
    pub score: Option<f64>,
}

/// A rubric dimension or a topic, with the mean score the candidate's answers got on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeakSpot {
    pub interview_type: InterviewType,
    /// A dimension's label, or a topic.
    pub name: String,
    pub mean_score: f64,
    pub answers: i64,
    /// Where to practise it.
    pub practice_href: String,
}

/// The signed-in user's sessions, newest first, and where they score lowest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterviewHistory {
    pub sessions: Vec<PastInterview>,
    pub weakest_dimensions: Vec<WeakSpot>,
    pub weakest_topics: Vec<WeakSpot>,
}

/// A question of the bank as administrators see and edit it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankEntry {
    /// Its stable id, e.g. `hash-map-collisions`.
    pub slug: String,
    pub interview_type: InterviewType,
    pub topic: String,
    pub difficulty: Difficulty,
    pub question: String,
    pub expected: String,
    /// Each `label` or `label: alternative | alternative`.
    pub concepts: Vec<String>,
    /// How many sessions have asked it.
    #[serde(default)]
    pub times_asked: i64,
}

/// A page of the interviews' area, by its path.
#[derive(Debug, Clone, PartialEq)]
enum AreaPage {
    Kinds,
    New,
    History,
    Session(i64),
    Bank,
    NewBankQuestion,
    EditBankQuestion(String),
    Missing,
}

impl AreaPage {
    fn of(path: &str) -> Self {
        let path = path.trim_end_matches('/');
        if let Some(rest) = path.strip_prefix("/admin/interviews") {
            return match rest {
                "" => Self::Bank,
                "/new" => Self::NewBankQuestion,
                _ => rest
                    .strip_prefix('/')
                    .and_then(|rest| rest.strip_suffix("/edit"))
                    .filter(|slug| !slug.is_empty() && !slug.contains('/'))
                    .map_or(Self::Missing, |slug| {
                        Self::EditBankQuestion(slug.to_owned())
                    }),
            };
        }
        match path.strip_prefix("/interviews") {
            Some("") => Self::Kinds,
            Some("/new") => Self::New,
            Some("/history") => Self::History,
            Some(rest) => rest
                .strip_prefix('/')
                .and_then(|id| id.parse().ok())
                .map_or(Self::Missing, Self::Session),
            None => Self::Missing,
        }
    }
}

/// Every page under `/interviews` and `/admin/interviews`, chosen by the path: the app's router
/// sends the whole area here, as one part of the client, since each route of its own would
/// add to the main module every page loads.
#[component]
pub fn InterviewsArea() -> impl IntoView {
    let pathname = leptos_router::hooks::use_location().pathname;
    let page = Memo::new(move |_| AreaPage::of(&pathname.get()));
    move || match page.get() {
        AreaPage::Kinds => view! { <InterviewsPage/> }.into_any(),
        AreaPage::New => view! { <NewInterviewPage/> }.into_any(),
        AreaPage::History => view! { <InterviewHistoryPage/> }.into_any(),
        AreaPage::Session(id) => view! { <InterviewPage id/> }.into_any(),
        AreaPage::Bank => view! { <AdminBankPage/> }.into_any(),
        AreaPage::NewBankQuestion => view! { <AdminBankQuestionPage slug=None/> }.into_any(),
        AreaPage::EditBankQuestion(slug) => {
            view! { <AdminBankQuestionPage slug=Some(slug)/> }.into_any()
        }
        AreaPage::Missing => view! { <crate::app::NotFound/> }.into_any(),
    }
}

/// Activity for every interview type, in a fixed order.
#[server]
pub async fn interview_activity() -> Result<Vec<InterviewTypeActivity>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::activity(&db).await.map_err(crate::db::internal_error)
}

/// Plans a session for the signed-in user: picks its questions (or problems) and returns its
/// id. It starts when the candidate begins it.
#[server(input = leptos::server_fn::codec::Json)]
pub async fn start_interview(plan: InterviewPlan) -> Result<i64, ServerFnError> {
    session::start(plan).await
}

/// One of the signed-in user's sessions; another user's is "not found". Coding rounds judged
/// since the last read are graded first.
#[server]
pub async fn get_interview(session_id: i64) -> Result<InterviewView, ServerFnError> {
    session::view(session_id).await
}

/// Begins a planned session (its clock and its first question start now), or the next
/// question after the candidate has read the feedback on the last.
#[server]
pub async fn begin_interview(session_id: i64) -> Result<(), ServerFnError> {
    session::begin(session_id).await
}

/// Saves what the candidate has typed into the question being answered.
#[server(input = leptos::server_fn::codec::Json)]
pub async fn save_draft(question_id: i64, draft: Draft) -> Result<(), ServerFnError> {
    session::save_draft(question_id, draft).await
}

/// Submits the answer to the question being answered and grades it; the next question starts,
/// and after the last the session is complete.
#[server]
pub async fn submit_answer(question_id: i64, answer: String) -> Result<(), ServerFnError> {
    session::answer(question_id, answer).await
}

/// Submits a coding round's code to the judge with the candidate's explanation and stated
/// complexity; it is graded once judged. Returns the submission's id.
#[server(input = leptos::server_fn::codec::Json)]
pub async fn submit_coding_round(question_id: i64, draft: Draft) -> Result<i64, ServerFnError> {
    session::answer_coding(question_id, draft).await
}

/// Ends a session early: unanswered questions stay unanswered and the scorecard is made of
/// the rest.
#[server]
pub async fn finish_interview(session_id: i64) -> Result<(), ServerFnError> {
    session::finish(session_id).await
}

/// The signed-in user's sessions and weakest spots.
#[server]
pub async fn my_interview_history() -> Result<InterviewHistory, ServerFnError> {
    session::history().await
}

#[cfg(test)]
mod tests {
    use super::AreaPage;

    #[test]
    fn the_area_finds_its_pages_by_path() {
        for (path, page) in [
            ("/interviews", AreaPage::Kinds),
            ("/interviews/", AreaPage::Kinds),
            ("/interviews/new", AreaPage::New),
            ("/interviews/history", AreaPage::History),
            ("/interviews/42", AreaPage::Session(42)),
            ("/interviews/forty-two", AreaPage::Missing),
            ("/interviews/42/more", AreaPage::Missing),
            ("/admin/interviews", AreaPage::Bank),
            ("/admin/interviews/new", AreaPage::NewBankQuestion),
            (
                "/admin/interviews/hash-maps/edit",
                AreaPage::EditBankQuestion("hash-maps".to_owned()),
            ),
            ("/admin/interviews/hash-maps", AreaPage::Missing),
            ("/admin/interviews/a/b/edit", AreaPage::Missing),
        ] {
            assert_eq!(AreaPage::of(path), page, "{path}");
        }
    }
}
