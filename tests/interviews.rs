//! Mock interviews over HTTP, as the browser's client runs them: planning, beginning, drafts
//! saved as typed, answers graded, finishing, history, and that nobody else can read or touch
//! a session. Every case runs on SQLite and on Postgres.

mod support;

use grindstone::accounts::Role;
use grindstone::interviews::{
    BeginInterview, Draft, FeedbackMode, FinishInterview, GetInterview, InterviewHistory,
    InterviewPlan, InterviewStatus, InterviewType, InterviewView, MyInterviewHistory, SaveDraft,
    StartInterview, SubmitAnswer,
};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use support::{Browser, TestApp, TestDb};

const PASSWORD: &str = "correct horse battery";

const STORY: &str = "In 2023 I was the tech lead of a team of five when a colleague and I \
    disagreed about rewriting our billing service. The situation was tense: releases were \
    late and customers saw failed payments. My task was to reach a decision in a week. I set \
    up a meeting, I asked each of us to write down the risks, and I proposed a spike of two \
    days to measure both options. I built the benchmark myself. As a result we kept the old \
    service, fixed the three worst queries, and failed payments fell by 40% in a month. I \
    learned to turn opinions into experiments.";

/// Both databases: SQLite always, Postgres when reachable (always in CI).
async fn databases() -> Vec<TestDb> {
    let mut databases = vec![TestDb::sqlite().await];
    databases.extend(TestDb::postgres().await);
    databases
}

async fn app_on(
    database: TestDb,
    adjust: impl FnOnce(&mut grindstone::config::Settings),
) -> TestApp {
    let app = TestApp::spawn_on(database, adjust).await;
    grindstone::seed::interview_bank(&app.db, std::path::Path::new("interviews"))
        .await
        .expect("the interview bank loads");
    app
}

async fn signed_in(app: &TestApp, name: &str) -> Browser {
    let email = format!("{}@example.com", name.to_lowercase());
    app.create_user(name, &email, PASSWORD, Role::User).await;
    let mut browser = app.browser();
    browser.sign_in(&email, PASSWORD).await;
    browser
}

fn plan(interview_type: InterviewType, minutes: i64, mode: FeedbackMode) -> InterviewPlan {
    InterviewPlan {
        interview_type,
        length_minutes: minutes,
        topics: Vec::new(),
        difficulty: None,
        feedback_mode: mode,
    }
}

async fn start(browser: &mut Browser, plan: &InterviewPlan) -> (StatusCode, String) {
    let response = browser
        .call_json(StartInterview::PATH, &serde_json::json!({ "plan": plan }))
        .await;
    (response.status(), response.text().await.unwrap())
}

async fn view(browser: &mut Browser, id: i64) -> (StatusCode, Option<InterviewView>) {
    let response = browser
        .call(GetInterview::PATH, &[("session_id", &id.to_string())])
        .await;
    let status = response.status();
    let body = response.text().await.unwrap();
    let view = status
        .is_success()
        .then(|| serde_json::from_str(&body).unwrap_or_else(|error| panic!("{error}: {body}")));
    (status, view)
}

async fn call(browser: &mut Browser, path: &str, fields: &[(&str, &str)]) -> StatusCode {
    browser.call(path, fields).await.status()
}

async fn save(browser: &mut Browser, question_id: i64, answer: &str) -> StatusCode {
    let draft = Draft {
        answer: answer.to_owned(),
        ..Draft::default()
    };
    browser
        .call_json(
            SaveDraft::PATH,
            &serde_json::json!({ "question_id": question_id, "draft": draft }),
        )
        .await
        .status()
}

#[tokio::test]
async fn a_session_runs_from_plan_to_scorecard_and_stays_private() {
    for database in databases().await {
        let app = app_on(database, |_| {}).await;
        let mut ada = signed_in(&app, "Ada").await;
        let mut eve = signed_in(&app, "Eve").await;

        // Ten behavioral minutes: two questions, feedback at the end.
        let (status, body) = start(
            &mut ada,
            &plan(InterviewType::Behavioral, 10, FeedbackMode::AtEnd),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let id: i64 = body.parse().unwrap();
        let id_text = id.to_string();
        let session = view(&mut ada, id).await.1.unwrap();
        assert_eq!(session.status, InterviewStatus::Pending);
        assert_eq!(session.questions.len(), 2);
        assert!(session.questions.iter().all(|q| q.expected.is_none()));
        let (first, second) = (
            session.questions[0].question_id,
            session.questions[1].question_id,
        );

        // Someone else: not found, whatever they try; signed out: sign in first.
        assert_eq!(view(&mut eve, id).await.0, StatusCode::NOT_FOUND);
        for path in [BeginInterview::PATH, FinishInterview::PATH] {
            assert_eq!(
                call(&mut eve, path, &[("session_id", &id_text)]).await,
                StatusCode::NOT_FOUND
            );
        }
        assert_eq!(
            save(&mut eve, first, "mine now").await,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            call(
                &mut eve,
                SubmitAnswer::PATH,
                &[("question_id", &first.to_string()), ("answer", "x")]
            )
            .await,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            view(&mut app.browser(), id).await.0,
            StatusCode::UNAUTHORIZED
        );

        // Nothing is answered before the session begins.
        assert_eq!(
            save(&mut ada, first, "too early").await,
            StatusCode::CONFLICT
        );
        assert_eq!(
            call(&mut ada, BeginInterview::PATH, &[("session_id", &id_text)]).await,
            StatusCode::OK
        );
        let running = view(&mut ada, id).await.1.unwrap();
        assert_eq!(running.status, InterviewStatus::InProgress);
        assert_eq!(running.current().unwrap().question_id, first);
        assert!(running.questions[0].started_at.is_some());

        // Drafts survive a reload.
        assert_eq!(save(&mut ada, first, "In 2023 I").await, StatusCode::OK);
        let reloaded = view(&mut ada, id).await.1.unwrap();
        assert_eq!(reloaded.questions[0].draft, "In 2023 I");

        // Bad answers are refused with the reason, and lose nothing.
        let answer = |question: i64, text: &str| {
            [
                ("question_id", question.to_string()),
                ("answer", text.to_owned()),
            ]
        };
        for (text, expected) in [
            ("   ", StatusCode::BAD_REQUEST),
            (&"x".repeat(17 * 1024), StatusCode::BAD_REQUEST),
        ] {
            let fields = answer(first, text);
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(call(&mut ada, SubmitAnswer::PATH, &fields).await, expected);
        }
        assert_eq!(
            view(&mut ada, id).await.1.unwrap().questions[0].draft,
            "In 2023 I"
        );

        // An answer is graded; feedback waits for the end in this mode; the next question
        // starts at once.
        let fields = answer(first, STORY);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            call(&mut ada, SubmitAnswer::PATH, &fields).await,
            StatusCode::OK
        );
        assert_eq!(
            call(&mut ada, SubmitAnswer::PATH, &fields).await,
            StatusCode::CONFLICT,
            "an answered question takes no second answer"
        );
        let after_one = view(&mut ada, id).await.1.unwrap();
        assert!(after_one.questions[0].answered_at.is_some());
        assert!(after_one.questions[0].feedback.is_none());
        assert_eq!(after_one.current().unwrap().question_id, second);
        assert!(after_one.questions[1].started_at.is_some());

        // Finishing early: the scorecard holds the one graded answer, the model answers and
        // which engine graded.
        assert_eq!(
            call(&mut ada, FinishInterview::PATH, &[("session_id", &id_text)]).await,
            StatusCode::OK
        );
        let done = view(&mut ada, id).await.1.unwrap();
        assert_eq!(done.status, InterviewStatus::Completed);
        let feedback = done.questions[0].feedback.clone().unwrap();
        assert_eq!(feedback.engine, "offline");
        assert!(feedback.score >= 3.0, "{feedback:?}");
        assert_eq!(done.score, Some(feedback.score));
        assert!(done.questions[0].expected.is_some());
        assert!(done.questions[1].answered_at.is_none());
        assert_eq!(save(&mut ada, second, "late").await, StatusCode::CONFLICT);

        // History: only one's own.
        let history: InterviewHistory = ada
            .call(MyInterviewHistory::PATH, &[])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(history.sessions.len(), 1);
        assert_eq!(history.sessions[0].answered, 1);
        let theirs: InterviewHistory = eve
            .call(MyInterviewHistory::PATH, &[])
            .await
            .json()
            .await
            .unwrap();
        assert!(theirs.sessions.is_empty() && theirs.weakest_dimensions.is_empty());
    }
}

#[tokio::test]
async fn plans_are_checked_and_an_unreachable_ai_server_leaves_grading_to_the_offline_engine() {
    use grindstone::config::AiProviderKind;
    let app = app_on(TestDb::sqlite().await, |settings| {
        settings.ai.provider = AiProviderKind::Openai;
        // Nothing listens on the discard port.
        settings.ai.base_url = "http://127.0.0.1:9/v1".to_owned();
        settings.ai.max_retries = 0;
        settings.ai.timeout_secs = 2;
    })
    .await;
    let mut ada = signed_in(&app, "Ada").await;
    let mut odd_length = plan(InterviewType::Technical, 7, FeedbackMode::EachAnswer);
    assert_eq!(
        start(&mut ada, &odd_length).await.0,
        StatusCode::BAD_REQUEST
    );
    odd_length.length_minutes = 5;
    odd_length.topics = vec!["Cooking".to_owned()];
    assert_eq!(
        start(&mut ada, &odd_length).await.0,
        StatusCode::BAD_REQUEST
    );

    // Five minutes of databases with feedback after each answer: one question.
    odd_length.topics = vec!["Databases".to_owned()];
    let (status, body) = start(&mut ada, &odd_length).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let id: i64 = body.parse().unwrap();
    let id_text = id.to_string();
    call(&mut ada, BeginInterview::PATH, &[("session_id", &id_text)]).await;
    let session = view(&mut ada, id).await.1.unwrap();
    assert_eq!(session.questions.len(), 1);
    assert_eq!(session.questions[0].topic.as_deref(), Some("Databases"));
    let question = session.questions[0].question_id.to_string();
    let answer = "An index is a B-tree on the column, so a lookup is O(log n) instead of a \
                  full scan; it costs space and slows writes, a trade-off.";
    assert_eq!(
        call(
            &mut ada,
            SubmitAnswer::PATH,
            &[("question_id", &question), ("answer", answer)]
        )
        .await,
        StatusCode::OK
    );
    let done = view(&mut ada, id).await.1.unwrap();
    assert_eq!(done.status, InterviewStatus::Completed);
    let graded = &done.questions[0];
    assert_eq!(graded.feedback.as_ref().unwrap().engine, "offline");
    assert!(
        graded
            .grader_note
            .as_deref()
            .is_some_and(|note| note.contains("offline engine")),
        "{graded:?}"
    );
}
