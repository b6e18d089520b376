//! Content for a new site: the problem bank, and demo content so that a newcomer's first start
//! shows a living site.
//!
//! Every demo user can sign in with the password [`DEMO_PASSWORD`], which is published. So
//! Ada, the first of them, is an administrator only when asked for explicitly
//! ([`DemoAdmin::Ada`], `grindstone seed --demo --demo-admin`), for a machine nobody else
//! reaches.

use crate::accounts::{self, DisplayName, Email, Password, Role};
use crate::collab::{self, CollabStatus};
use crate::db::Db;
use crate::domain::{Body, ExternalUrl, Timestamp, Title};
use crate::forum;
use crate::interviews::{self, InterviewType};
use crate::news::{self, NewsKind};
use crate::problems;
use crate::stats;
use anyhow::Context;
use std::path::Path;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "grindstone-demo";
/// The first demo user, the administrator when there is one; their presence means the demo
/// content was loaded.
pub const ADA_EMAIL: &str = "ada@demo.grindstone.dev";

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Loaded,
    AlreadyPresent,
}

/// Whether the demo content includes an administrator with the published password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoAdmin {
    /// Every demo user is an ordinary user.
    Nobody,
    /// Ada is an administrator (made one also when the demo content is present already).
    Ada,
}

/// The demo users' names and emails; Ada comes first.
const USERS: &[(&str, &str)] = &[
    ("Ada Lovelace", ADA_EMAIL),
    ("Grace Hopper", "grace@demo.grindstone.dev"),
    ("Alan Turing", "alan@demo.grindstone.dev"),
    ("Katherine Johnson", "katherine@demo.grindstone.dev"),
];

/// How many problems storing a bank created and updated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BankImport {
    pub created: usize,
    pub updated: usize,
}

/// Loads the package at `path`, or every package below it, and stores them; every package is
/// checked before any is stored. Problems whose slug exists are updated in place.
pub async fn problem_bank(db: &Db, path: &Path) -> anyhow::Result<BankImport> {
    let packages = if path.join("problem.toml").is_file() {
        vec![problems::package::load(path)?]
    } else {
        problems::package::load_all(path)?
    };
    Ok(store_packages(db, &packages).await?)
}

/// Loads the interview question bank in `dir` and stores it, all checked before any is stored.
pub async fn interview_bank(db: &Db, dir: &Path) -> anyhow::Result<interviews::repo::BankStored> {
    let questions = interviews::bank::load(dir)?;
    Ok(interviews::repo::store_bank(db, &questions).await?)
}

/// Stores packages that were checked already and counts the problems they created and
/// updated.
pub async fn store_packages(
    db: &Db,
    packages: &[problems::package::ProblemPackage],
) -> Result<BankImport, sqlx::Error> {
    let mut import = BankImport::default();
    for package in packages {
        match problems::repo::store_package(db, package).await?.1 {
            problems::repo::Stored::Created => import.created += 1,
            problems::repo::Stored::Updated => import.updated += 1,
        }
    }
    Ok(import)
}

/// Loads the demo content unless it is already there; with [`DemoAdmin::Ada`], Ada is (or
/// becomes) an administrator.
pub async fn demo(db: &Db, admin: DemoAdmin) -> anyhow::Result<Outcome> {
    let ada_role = match admin {
        DemoAdmin::Nobody => Role::User,
        DemoAdmin::Ada => Role::Admin,
    };
    if let Some(ada) = accounts::repo::by_email(db, &Email::parse(ADA_EMAIL)?).await? {
        if admin == DemoAdmin::Ada {
            accounts::repo::set_role(db, ada.user_id, Role::Admin).await?;
        }
        return Ok(Outcome::AlreadyPresent);
    }
    let users = create_users(db, ada_role).await?;
    create_forum(db, &users).await?;
    create_news(db).await?;
    create_activity(db, &users).await?;
    Ok(Outcome::Loaded)
}

/// Whether Ada exists and is an administrator, whose password anyone can read in the README.
pub async fn demo_admin_exists(db: &Db) -> anyhow::Result<bool> {
    let ada = accounts::repo::by_email(db, &Email::parse(ADA_EMAIL)?).await?;
    Ok(ada.is_some_and(|ada| ada.role == Role::Admin && ada.disabled_at.is_none()))
}

async fn create_users(db: &Db, ada_role: Role) -> anyhow::Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(USERS.len());
    for (index, &(name, email)) in USERS.iter().enumerate() {
        let parsed_email = Email::parse(email)?;
        let password = Password::parse(DEMO_PASSWORD, &parsed_email)?;
        let password_hash = accounts::password::hash(&password)
            .map_err(|e| anyhow::anyhow!("cannot hash a demo password: {e}"))?;
        let new_user = accounts::repo::NewUser {
            name: DisplayName::parse(name)?,
            email: parsed_email,
            password_hash: Some(password_hash),
            google_id: None,
            profile_picture: None,
            role: if index == 0 { ada_role } else { Role::User },
        };
        let id = accounts::repo::create(db, &new_user)
            .await
            .with_context(|| format!("cannot create demo user {email}"))?;
        ids.push(id);
    }
    Ok(ids)
}

async fn create_forum(db: &Db, users: &[i64]) -> anyhow::Result<()> {
    // (author, title, content, [(commenter, comment)]), people as indexes into `users`.
    type DemoPost = (
        usize,
        &'static str,
        &'static str,
        &'static [(usize, &'static str)],
    );
    let posts: [DemoPost; 3] = [
        (
            1,
            "How I stopped freezing on dynamic programming",
            "For months every DP question felt like a trick. What finally helped: write the \
             brute-force recursion first, name the state out loud, then add memoization. Only \
             after that do I turn it into a table.\n\nWhat worked for you?",
            &[
                (2, "Drawing the state graph on paper first did it for me."),
                (3, "Same here. Naming the state is half the solution."),
            ],
        ),
        (
            2,
            "Behavioral rounds: keep your stories under two minutes",
            "I timed my answers in the mock interviews here and most ran past four minutes. \
             Cutting them to situation, action, result in under two made a visible \
             difference in my feedback scores.",
            &[(
                0,
                "Great advice. The interviewer's follow-ups fill in the rest.",
            )],
        ),
        (
            3,
            "Looking for a pair-programming partner (evenings, UTC)",
            "I'm working through the graph problems and would like someone to practise \
             explaining solutions with. Two sessions a week, about an hour each.",
            &[],
        ),
    ];
    for (author, title, content, comments) in posts {
        let post_id = forum::repo::create_post(
            db,
            users[author],
            &Title::parse(title)?,
            &Body::parse(content)?,
        )
        .await?;
        for &(commenter, text) in comments {
            forum::repo::add_comment(db, post_id, users[commenter], &Body::parse(text)?).await?;
        }
    }
    Ok(())
}

async fn create_news(db: &Db) -> anyhow::Result<()> {
    let items = [
        (
            NewsKind::News,
            "Grindstone demo: welcome to your new practice site",
            "This feed collects tech news and job posts from the sources an administrator \
             configures. These first items are demo content.",
            "Grindstone",
            "https://example.org/grindstone/welcome",
        ),
        (
            NewsKind::Job,
            "Backend engineer (Rust), remote in Europe",
            "A demo job post: build the services behind a payments platform. Rust, Postgres, \
             and a taste for well-tested code.",
            "Demo Jobs Board",
            "https://example.org/jobs/backend-engineer-rust",
        ),
        (
            NewsKind::News,
            "What interviewers look for in a system design round",
            "A demo article: requirements first, then a simple design, then its limits and \
             how to lift them.",
            "Demo Engineering Blog",
            "https://example.org/blog/system-design-round",
        ),
        (
            NewsKind::Promotion,
            "Mock interview week: three free graded sessions",
            "A demo promotion: every member gets three extra mock interviews this week.",
            "Grindstone",
            "https://example.org/grindstone/mock-interview-week",
        ),
    ];
    for (kind, title, content, source, url) in items {
        let item = news::repo::NewItem {
            title: Title::parse(title)?,
            content: Body::parse(content)?,
            source: source.to_owned(),
            url: ExternalUrl::parse(url)?,
            kind,
        };
        news::repo::insert(db, &item).await?;
    }
    Ok(())
}

async fn create_activity(db: &Db, users: &[i64]) -> anyhow::Result<()> {
    let progress = [
        (0, 5, 14_400, 92.0),
        (1, 4, 9_000, 88.5),
        (2, 2, 5_400, 75.0),
    ];
    for (user, solved, seconds, score) in progress {
        let snapshot = stats::repo::NewSnapshot {
            problems_solved: solved,
            time_spent: seconds,
            average_score: score,
            ..Default::default()
        };
        stats::repo::record(db, users[user], &snapshot).await?;
    }

    demo_interviews(db, users).await?;

    let active = collab::repo::create_session(db, users[3], "# Let's solve it together\n").await?;
    collab::repo::join(db, active, users[2]).await?;
    collab::repo::set_status(db, active, CollabStatus::Active).await?;
    collab::repo::create_session(db, users[1], "").await?;
    Ok(())
}

/// A completed technical interview with graded feedback, and a planned behavioral one.
async fn demo_interviews(db: &Db, users: &[i64]) -> anyhow::Result<()> {
    use interviews::repo::{NewQuestion, RecordedAnswer};
    use interviews::{FeedbackMode, InterviewPlan};
    let plan = |interview_type, topic: &str| InterviewPlan {
        interview_type,
        length_minutes: 5,
        topics: vec![topic.to_owned()],
        difficulty: None,
        feedback_mode: FeedbackMode::AtEnd,
    };
    let asked = NewQuestion {
        question: "How would you design a rate limiter for a public API?".to_owned(),
        expected: Some(
            "A token bucket (or sliding window) per client key, kept in a shared store such as \
             Redis so that every server sees the same counts, answering 429 with Retry-After."
                .to_owned(),
        ),
        topic: Some("Systems".to_owned()),
        concepts: vec![
            "token bucket: leaky bucket | sliding window".to_owned(),
            "shared store: redis".to_owned(),
            "429: too many requests | retry-after".to_owned(),
        ],
        bank_question_id: None,
        problem_id: None,
    };
    let session = interviews::repo::create_planned(
        db,
        users[1],
        &plan(InterviewType::Technical, "Systems"),
        std::slice::from_ref(&asked),
    )
    .await?;
    interviews::repo::begin(db, session, Timestamp::now()).await?;
    let question = interviews::repo::questions_of(db, session).await?[0].question_id;
    let answer = "I would use a token bucket per API key stored in Redis, so every server \
                  shares the counts. Over the limit the API answers 429.";
    let recorded = RecordedAnswer {
        answer,
        ..RecordedAnswer::default()
    };
    interviews::repo::record_answer(db, session, question, &recorded, Timestamp::now(), false)
        .await?;
    let feedback = crate::ai::offline::grade(&crate::ai::GradeRequest {
        rubric: crate::ai::Rubric::Technical,
        question: asked.question,
        expected: asked.expected,
        concepts: asked.concepts,
        answer: answer.to_owned(),
        judged: None,
    });
    interviews::repo::record_feedback(db, question, &feedback, None).await?;
    interviews::repo::complete(db, session, Timestamp::now()).await?;
    let told = NewQuestion {
        question: "Tell me about a time you disagreed with a teammate.".to_owned(),
        expected: None,
        topic: Some("Conflict".to_owned()),
        concepts: Vec::new(),
        bank_question_id: None,
        problem_id: None,
    };
    interviews::repo::create_planned(
        db,
        users[2],
        &plan(InterviewType::Behavioral, "Conflict"),
        &[told],
    )
    .await?;
    Ok(())
}
