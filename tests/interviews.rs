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

/// Plans a session that must be accepted; its id.
async fn planned(browser: &mut Browser, plan: &InterviewPlan) -> i64 {
    let (status, body) = start(browser, plan).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body.parse().unwrap()
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
        let id = planned(
            &mut ada,
            &plan(InterviewType::Behavioral, 10, FeedbackMode::AtEnd),
        )
        .await;
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
    let id = planned(&mut ada, &odd_length).await;
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

#[tokio::test]
async fn a_coding_round_is_judged_and_graded_on_the_verdict_and_the_explanation() {
    if !support::sandbox_available() {
        return;
    }
    let work = support::sandbox_work_dir();
    let judge_dir = work.path().join("judge");
    let app = app_on(TestDb::sqlite().await, |settings| {
        settings.judge.workers = Some(1);
        settings.judge.work_dir = Some(judge_dir);
    })
    .await;
    app.load_fixture_problems().await;
    let mut ada = signed_in(&app, "Ada").await;
    let mut eve = signed_in(&app, "Eve").await;
    // Thirty minutes of easy array problems: one round, Sum of Two.
    let mut coding = plan(InterviewType::Coding, 30, FeedbackMode::EachAnswer);
    coding.topics = vec!["arrays".to_owned()];
    coding.difficulty = Some(grindstone::problems::Difficulty::Easy);
    let id = planned(&mut ada, &coding).await;
    call(
        &mut ada,
        BeginInterview::PATH,
        &[("session_id", &id.to_string())],
    )
    .await;
    let session = view(&mut ada, id).await.1.unwrap();
    let round = &session.questions[0];
    assert_eq!(round.coding.as_ref().unwrap().slug, "sum-of-two");

    support::wait_until_offered(&app.db, "python").await;

    let draft = Draft {
        answer: "I assume two integers on one line. Read them, add them and print the sum: \
                 constant time and space. Negative numbers are an edge case Python handles."
            .to_owned(),
        language: Some("python".to_owned()),
        code: Some("a, b = map(int, input().split())\nprint(a + b)\n".to_owned()),
        stated_complexity: Some("O(1) time, O(1) space".to_owned()),
    };
    let body = serde_json::json!({ "question_id": round.question_id, "draft": draft });
    let response = eve
        .call_json(grindstone::interviews::SubmitCodingRound::PATH, &body)
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = ada
        .call_json(grindstone::interviews::SubmitCodingRound::PATH, &body)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let submission: i64 = response.json().await.unwrap();
    let events = ada.follow(submission).await;
    assert!(events.last().unwrap().status.is_final(), "{events:?}");

    // Graded once judged: the only round, so the session is complete.
    let done = view(&mut ada, id).await.1.unwrap();
    assert_eq!(done.status, InterviewStatus::Completed);
    let graded = &done.questions[0];
    let feedback = graded.feedback.as_ref().expect("graded once judged");
    assert_eq!(feedback.rubric, grindstone::ai::Rubric::Coding);
    let score = |key: &str| {
        feedback
            .dimensions
            .iter()
            .find(|d| d.key == key)
            .unwrap()
            .score
    };
    assert_eq!(score("correctness"), 5, "{feedback:?}");
    assert_eq!(score("pace"), 5, "{feedback:?}");
    assert!(score("efficiency") >= 4, "{feedback:?}");
    assert_eq!(
        graded.coding.as_ref().unwrap().verdict,
        Some(grindstone::judge::Verdict::Accepted)
    );
    assert_eq!(done.score, Some(feedback.score));
}

#[tokio::test]
async fn administrators_write_the_bank_and_nobody_else_can() {
    use grindstone::interviews::{
        AdminBankQuestions, BankEntry, DeleteBankQuestion, SaveBankQuestion,
    };
    let app = app_on(TestDb::sqlite().await, |_| {}).await;
    let mut user = signed_in(&app, "Ada").await;
    app.create_user("Root", "root@example.com", PASSWORD, Role::Admin)
        .await;
    let mut admin = app.browser();
    admin.sign_in("root@example.com", PASSWORD).await;
    let entry = BankEntry {
        slug: "cache-eviction".to_owned(),
        interview_type: InterviewType::Technical,
        topic: "Systems".to_owned(),
        difficulty: grindstone::problems::Difficulty::Medium,
        question: "How would you choose an eviction policy for a cache?".to_owned(),
        expected: "LRU evicts the least recently used entry; LFU the least frequently used; \
                   measure the hit rate on real traffic."
            .to_owned(),
        concepts: vec!["lru: least recently used".to_owned(), "hit rate".to_owned()],
        times_asked: 0,
    };
    let save = |editing: Option<&str>, entry: &BankEntry| serde_json::json!({ "editing": editing, "entry": entry });
    let list = |kind: &str| [("interview_type", kind.to_owned())];

    // Only administrators.
    for browser in [&mut user, &mut app.browser()] {
        let status = browser
            .call_json(SaveBankQuestion::PATH, &save(None, &entry))
            .await
            .status();
        assert!(
            [StatusCode::FORBIDDEN, StatusCode::UNAUTHORIZED].contains(&status),
            "{status}"
        );
        let fields = list("Technical");
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let status = browser
            .call(AdminBankQuestions::PATH, &fields)
            .await
            .status();
        assert!(
            [StatusCode::FORBIDDEN, StatusCode::UNAUTHORIZED].contains(&status),
            "{status}"
        );
        let status = browser
            .call(DeleteBankQuestion::PATH, &[("slug", "cache-eviction")])
            .await
            .status();
        assert!(
            [StatusCode::FORBIDDEN, StatusCode::UNAUTHORIZED].contains(&status),
            "{status}"
        );
    }

    // Created once; a second question with its id is refused.
    let created = admin
        .call_json(SaveBankQuestion::PATH, &save(None, &entry))
        .await;
    assert_eq!(
        created.status(),
        StatusCode::OK,
        "{}",
        created.text().await.unwrap()
    );
    let again = admin
        .call_json(SaveBankQuestion::PATH, &save(None, &entry))
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);

    // A concept the expected answer never names could never be credited: refused, saying which.
    let mut unnamed = entry.clone();
    unnamed.concepts.push("write-back".to_owned());
    let refused = admin
        .call_json(
            SaveBankQuestion::PATH,
            &save(Some("cache-eviction"), &unnamed),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused.text().await.unwrap().contains("write-back"));

    // Edited in place (its id stays), and listed.
    let mut edited = entry.clone();
    edited.difficulty = grindstone::problems::Difficulty::Hard;
    edited.slug = "renamed".to_owned();
    let saved = admin
        .call_json(
            SaveBankQuestion::PATH,
            &save(Some("cache-eviction"), &edited),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let fields = list("Technical");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let listed: Vec<BankEntry> = admin
        .call(AdminBankQuestions::PATH, &fields)
        .await
        .json()
        .await
        .unwrap();
    let stored = listed.iter().find(|q| q.slug == "cache-eviction").unwrap();
    assert_eq!(stored.difficulty, grindstone::problems::Difficulty::Hard);
    assert!(!listed.iter().any(|q| q.slug == "renamed"));
    assert!(
        listed
            .iter()
            .all(|q| q.interview_type == InterviewType::Technical)
    );

    // Deleted once.
    let fields = [("slug", "cache-eviction")];
    assert_eq!(
        admin.call(DeleteBankQuestion::PATH, &fields).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        admin.call(DeleteBankQuestion::PATH, &fields).await.status(),
        StatusCode::NOT_FOUND
    );
}

/// A chat-completions server on loopback that grades every technical answer 4, 3, 2, 5.
async fn start_model() -> String {
    use axum::{Json, Router, routing::post};
    async fn chat(Json(body): Json<serde_json::Value>) -> Json<serde_json::Value> {
        let prompt = body["messages"][1]["content"].as_str().unwrap_or_default();
        let feedback = serde_json::json!({
            "dimensions": [
                { "key": "coverage", "score": 4, "comment": "Names the B-tree." },
                { "key": "reasoning", "score": 3, "comment": "States the complexity." },
                { "key": "specificity", "score": 2, "comment": "No numbers." },
                { "key": "communication", "score": 5, "comment": "Clear." },
            ],
            "summary": format!("Graded by the model; the prompt held {} characters.", prompt.len()),
            "strengths": ["Explains the index"],
            "gaps": ["No numbers"],
            "next_steps": ["Give the sizes."],
        });
        Json(serde_json::json!({
            "choices": [{ "message": { "role": "assistant", "content": feedback.to_string() } }],
            "usage": { "prompt_tokens": 100, "completion_tokens": 50 },
        }))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app = Router::new().route("/v1/chat/completions", post(chat));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}/v1")
}

#[tokio::test]
async fn configured_for_a_model_the_same_session_is_graded_by_the_model() {
    use grindstone::config::AiProviderKind;
    let model = start_model().await;
    let app = app_on(TestDb::sqlite().await, move |settings| {
        settings.ai.provider = AiProviderKind::Openai;
        settings.ai.base_url = model;
        settings.ai.model = "interviewer-1".to_owned();
    })
    .await;
    let mut ada = signed_in(&app, "Ada").await;
    let id = planned(
        &mut ada,
        &plan(InterviewType::Technical, 5, FeedbackMode::EachAnswer),
    )
    .await;
    call(
        &mut ada,
        BeginInterview::PATH,
        &[("session_id", &id.to_string())],
    )
    .await;
    let question = view(&mut ada, id).await.1.unwrap().questions[0]
        .question_id
        .to_string();
    let answered = call(
        &mut ada,
        SubmitAnswer::PATH,
        &[
            ("question_id", &question),
            ("answer", "A B-tree index: O(log n)."),
        ],
    )
    .await;
    assert_eq!(answered, StatusCode::OK);
    let graded = view(&mut ada, id).await.1.unwrap().questions[0].clone();
    let feedback = graded.feedback.unwrap();
    assert_eq!(feedback.engine, "interviewer-1");
    assert_eq!(graded.grader_note, None);
    assert_eq!(feedback.dimensions[2].score, 2);
    // The overall score is computed here, from the rubric's weights, not taken from the model.
    // (0.4 × 4 + 0.3 × 3 + 0.15 × 2 + 0.15 × 5 = 3.55)
    assert!((3.5..=3.6).contains(&feedback.score), "{feedback:?}");
}
