//! The practice loop over HTTP, as the browser's client uses it: listing problems, running and
//! submitting code through the real judge, following the live status stream, reading results,
//! and who may see what.

mod support;

use grindstone::accounts::Role;
use grindstone::judge::Verdict;
use grindstone::problems::{ListProblems, ProblemListPage, ProblemQuery};
use grindstone::submissions::{
    MySubmissions, RunCode, StatusEvent, SubmissionDetail, SubmissionHistory, SubmissionKind,
    SubmissionStatus, SubmitCode,
};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use support::{Browser, TestApp};

const RIGHT: &str = "a, b = map(int, input().split())\nprint(a + b)\n";
const WRONG: &str = "a, b = map(int, input().split())\nprint(a - b)\n";
const PASSWORD: &str = "correct horse battery";

/// Offers `languages` as if a judge had found them working (for tests without a judge).
async fn offer(app: &TestApp, languages: &[&str]) {
    for language in languages {
        sqlx::query(
            "INSERT INTO judge_languages (language_id, name, starter, available, checked_at) \
             VALUES ($1, $1, '', 1, 0)",
        )
        .bind(language)
        .execute(app.db.pool())
        .await
        .unwrap();
    }
}

/// A signed-in browser of a new user.
async fn signed_in(app: &TestApp, name: &str) -> Browser {
    let email = format!("{}@example.com", name.to_lowercase());
    app.create_user(name, &email, PASSWORD, Role::User).await;
    let mut browser = app.browser();
    browser.sign_in(&email, PASSWORD).await;
    browser
}

async fn submit(
    browser: &mut Browser,
    slug: &str,
    language: &str,
    code: &str,
) -> (StatusCode, String) {
    let response = browser
        .call(
            SubmitCode::PATH,
            &[("slug", slug), ("language", language), ("code", code)],
        )
        .await;
    (response.status(), response.text().await.unwrap())
}

async fn run(browser: &mut Browser, slug: &str, code: &str, input: Option<&str>) -> i64 {
    let mut fields = vec![("slug", slug), ("language", "python"), ("code", code)];
    if let Some(input) = input {
        fields.push(("custom_input", input));
    }
    let response = browser.call(RunCode::PATH, &fields).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn run_judged(
    browser: &mut Browser,
    slug: &str,
    code: &str,
    input: Option<&str>,
) -> SubmissionDetail {
    let id = run(browser, slug, code, input).await;
    judged(browser, id).await
}

async fn detail(browser: &mut Browser, id: i64) -> (StatusCode, String) {
    let response = browser
        .call(
            grindstone::submissions::Submission::PATH,
            &[("submission_id", &id.to_string())],
        )
        .await;
    (response.status(), response.text().await.unwrap())
}

async fn judged(browser: &mut Browser, id: i64) -> SubmissionDetail {
    let events = browser.follow(id).await;
    assert!(events.last().unwrap().status.is_final(), "{events:?}");
    let (status, body) = detail(browser, id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn running_and_submitting_check_who_what_and_how_much() {
    // No judge runs here: room for every submission in the queue, to reach the rate limit.
    let app = TestApp::spawn_with(|settings| settings.judge.max_pending_per_user = 100).await;
    app.load_fixture_problems().await;
    let mut anonymous = app.browser();
    let (status, body) = submit(&mut anonymous, "sum-of-two", "python", RIGHT).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");

    let mut coder = signed_in(&app, "Coder").await;
    let (status, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("No judge can run this language"), "{body}");
    offer(&app, &["python"]).await;
    let cases = [
        (
            "no-such-problem",
            "python",
            RIGHT,
            StatusCode::NOT_FOUND,
            "no such problem",
        ),
        (
            "../../etc",
            "python",
            RIGHT,
            StatusCode::NOT_FOUND,
            "no such problem",
        ),
        (
            "sum-of-two",
            "cobol",
            RIGHT,
            StatusCode::BAD_REQUEST,
            "No judge can run",
        ),
        (
            "sum-of-two",
            "python",
            "  \n",
            StatusCode::BAD_REQUEST,
            "Write some code",
        ),
    ];
    for (slug, language, code, want, message) in cases {
        let (status, body) = submit(&mut coder, slug, language, code).await;
        assert_eq!(status, want, "{slug} {language}: {body}");
        assert!(body.contains(message), "{body}");
    }
    let huge = "#".repeat(grindstone::submissions::MAX_CODE_BYTES + 1);
    let (status, body) = submit(&mut coder, "sum-of-two", "python", &huge).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("too long"), "{body}");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM submissions")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(count, 0, "nothing refused was stored");

    // The submission is the signed-in user's, whatever the request says.
    let response = coder
        .call(
            SubmitCode::PATH,
            &[
                ("slug", "sum-of-two"),
                ("language", "python"),
                ("code", RIGHT),
                ("user_id", "999"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let owner: i64 = sqlx::query_scalar("SELECT user_id FROM submissions")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let coder_id: i64 = sqlx::query_scalar("SELECT user_id FROM users WHERE name = 'Coder'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(owner, coder_id);

    // Runs and submissions share a per-user budget.
    let mut refused = None;
    for attempt in 0..40 {
        let (status, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            assert!(body.contains("Try again in"), "{body}");
            refused = Some(attempt);
            break;
        }
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    assert_eq!(refused, Some(29), "30 per minute, one already used");
}

#[tokio::test]
async fn a_user_with_a_full_queue_is_told_to_wait() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    offer(&app, &["python"]).await;
    let mut coder = signed_in(&app, "Coder").await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let (status, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        ids.push(body.parse::<i64>().unwrap());
    }
    ids.push(run(&mut coder, "sum-of-two", RIGHT, None).await);

    let (status, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(
        body.contains("You have 4 submissions and runs waiting for the judge"),
        "{body}"
    );
    let response = coder
        .call(
            RunCode::PATH,
            &[
                ("slug", "sum-of-two"),
                ("language", "python"),
                ("code", RIGHT),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);

    // Others are not held up by them.
    let mut other = signed_in(&app, "Other").await;
    let (status, body) = submit(&mut other, "sum-of-two", "python", RIGHT).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Once one is judged there is room again.
    sqlx::query(
        "UPDATE submissions SET status = 'Completed', verdict = 'AC' WHERE submission_id = $1",
    )
    .bind(ids[0])
    .execute(app.db.pool())
    .await
    .unwrap();
    let (status, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_live_status_says_when_no_judge_takes_the_code() {
    let app = TestApp::spawn_with(|settings| settings.judge.wait_notice_secs = 1).await;
    app.load_fixture_problems().await;
    offer(&app, &["python"]).await;
    let mut coder = signed_in(&app, "Coder").await;
    let (_, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    let id: i64 = body.parse().unwrap();
    let events = coder.stream(id).await;
    assert_eq!(events.len(), 2, "{events:?}");
    let queued: StatusEvent = serde_json::from_str(&events[0].1).unwrap();
    assert_eq!(queued.status, SubmissionStatus::Pending);
    let (name, data) = &events[1];
    assert_eq!(
        name.as_deref(),
        Some(grindstone::submissions::NO_JUDGE_EVENT)
    );
    assert!(data.contains("No judge is available right now"), "{data}");
    let (status, _) = grindstone::submissions::repo::status_of(&app.db, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status, SubmissionStatus::Pending, "it stays queued");
}

#[tokio::test]
async fn nobody_sees_another_users_code() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    offer(&app, &["python"]).await;
    let mut owner = signed_in(&app, "Owner").await;
    let (status, body) = submit(&mut owner, "sum-of-two", "python", "print('secret-code')").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let id: i64 = body.parse().unwrap();

    let (status, body) = detail(&mut owner, id).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("secret-code"));

    let mut other = signed_in(&app, "Other").await;
    let (status, body) = detail(&mut other, id).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!body.contains("secret-code"));
    let stream = other.get(&format!("/api/submissions/{id}/events")).await;
    assert_eq!(stream.status(), StatusCode::NOT_FOUND);
    let page = other
        .get(&format!("/submissions/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("secret-code"), "{page}");
    let history = other.call(MySubmissions::PATH, &[]).await;
    let history: SubmissionHistory = history.json().await.unwrap();
    assert_eq!(history.total, 0);

    let mut anonymous = app.browser();
    assert_eq!(detail(&mut anonymous, id).await.0, StatusCode::UNAUTHORIZED);
    let stream = anonymous
        .get(&format!("/api/submissions/{id}/events"))
        .await;
    assert_eq!(stream.status(), StatusCode::UNAUTHORIZED);

    // The owner's page shows the code; the history lists it.
    let page = owner
        .get(&format!("/submissions/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("secret-code"));
    let history: SubmissionHistory = owner
        .call(MySubmissions::PATH, &[("slug", "sum-of-two")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        history
            .rows
            .iter()
            .map(|r| r.submission_id)
            .collect::<Vec<_>>(),
        vec![id]
    );
}

#[tokio::test]
async fn the_list_server_function_filters_for_the_signed_in_user() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    offer(&app, &["python"]).await;
    let mut coder = signed_in(&app, "Coder").await;
    let (_, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    let id: i64 = body.parse().unwrap();
    // Judged as accepted, as a worker would record it.
    sqlx::query(
        "UPDATE submissions SET status = 'Completed', verdict = 'AC' WHERE submission_id = $1",
    )
    .bind(id)
    .execute(app.db.pool())
    .await
    .unwrap();
    let list = async |browser: &mut Browser, query: serde_json::Value| -> Vec<String> {
        let mut full = serde_json::to_value(ProblemQuery::default()).unwrap();
        full.as_object_mut()
            .unwrap()
            .extend(query.as_object().unwrap().clone());
        let response = browser
            .call_json(ListProblems::PATH, &serde_json::json!({ "query": full }))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let page: ProblemListPage = response.json().await.unwrap();
        page.problems.into_iter().map(|p| p.slug).collect()
    };
    let solved = serde_json::json!({ "progress": "solved" });
    assert_eq!(list(&mut coder, solved.clone()).await, ["sum-of-two"]);
    let todo = serde_json::json!({ "progress": "todo" });
    assert_eq!(list(&mut coder, todo).await, ["closest-average"]);
    let tags = serde_json::json!({ "tags": ["math", "arrays"], "search": "SUM" });
    assert_eq!(list(&mut coder, tags).await, ["sum-of-two"]);
    let none = serde_json::json!({ "tags": ["math", "graphs"] });
    assert!(list(&mut coder, none).await.is_empty());
    // Out-of-range input gets an answer, not a crash.
    let far = serde_json::json!({ "page": i64::MAX });
    assert!(list(&mut coder, far).await.is_empty());
    let mut too_many = serde_json::to_value(ProblemQuery::default()).unwrap();
    too_many["tags"] = (0..21).map(|n| format!("tag{n}")).collect();
    let response = coder
        .call_json(
            ListProblems::PATH,
            &serde_json::json!({ "query": too_many }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.text().await.unwrap().contains("at most 20 tags"));
    let history = coder
        .call(MySubmissions::PATH, &[("page", &i64::MAX.to_string())])
        .await;
    assert_eq!(history.status(), StatusCode::OK);
    // An anonymous visitor has no progress to filter by: the filter is ignored.
    let mut anonymous = app.browser();
    assert_eq!(list(&mut anonymous, solved).await.len(), 2);
}

#[tokio::test]
async fn the_problem_list_and_page_render_on_the_server() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    let (status, page) = app.get("/problems?difficulty=Hard").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Closest Average") && !page.contains("Sum of Two"),
        "{page}"
    );
    let (_, page) = app.get("/problems?tag=arrays&q=sum").await;
    assert!(page.contains("Sum of Two") && !page.contains("Closest Average"));
    assert!(page.contains("1 problem"), "{page}");

    let (status, page) = app.get("/problems/sum-of-two").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Sign in to run or submit"),
        "anonymous visitors are asked to sign in"
    );
    assert!(
        page.contains("class=\"editor-fallback\""),
        "the editor's box is there before hydration"
    );
    assert!(page.contains("Example 1"), "examples are shown");
    assert!(page.contains("LeetCode #1"));
    let (status, _) = app.get("/problems/no-such-problem").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn code_is_run_and_judged_live_and_counts_once_solved() {
    if !support::sandbox_available() {
        return;
    }
    let work = support::sandbox_work_dir();
    let judge_dir = work.path().join("judge");
    let app = TestApp::spawn_with(|settings| {
        settings.judge.workers = Some(1);
        settings.judge.work_dir = Some(judge_dir);
    })
    .await;
    app.load_fixture_problems().await;
    let mut coder = signed_in(&app, "Coder").await;
    support::wait_until_offered(&app.db, "python").await;

    let (status, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let first: i64 = body.parse().unwrap();
    let events = coder.follow(first).await;
    let steps: Vec<_> = events.iter().map(|e| (e.status.label(), e.test)).collect();
    assert!(
        steps.iter().any(|(_, test)| test.is_some()),
        "running test k of n: {steps:?}"
    );
    let last = events.last().unwrap();
    assert_eq!(last.verdict, Some(Verdict::Accepted), "{steps:?}");
    let (_, body) = detail(&mut coder, first).await;
    let accepted: SubmissionDetail = serde_json::from_str(&body).unwrap();
    assert_eq!(accepted.report.as_ref().unwrap().verdict, Verdict::Accepted);
    assert_eq!(
        accepted.runtime_beats, None,
        "the first accepted python submission"
    );

    let (_, body) = submit(&mut coder, "sum-of-two", "python", RIGHT).await;
    let again = judged(&mut coder, body.parse().unwrap()).await;
    assert!(again.runtime_beats.is_some(), "ranked against the first");

    let (_, body) = submit(&mut coder, "sum-of-two", "python", WRONG).await;
    let wrong = judged(&mut coder, body.parse().unwrap()).await;
    let report = wrong.report.unwrap();
    assert_eq!(report.verdict, Verdict::WrongAnswer);
    let failing = report
        .tests
        .iter()
        .find(|t| !t.verdict.is_success())
        .unwrap();
    assert!(
        failing.input.is_some() && failing.expected.is_some() && failing.stdout.is_some(),
        "a failing example shows its input, expected and actual output: {failing:?}"
    );

    // Runs: the examples, then the user's own input against the reference solution.
    let samples = run_judged(&mut coder, "sum-of-two", WRONG, None).await;
    assert_eq!(samples.kind, SubmissionKind::Run);
    let report = samples.report.unwrap();
    assert_eq!(report.tests.len(), 1, "the problem's one example");
    let own = run_judged(&mut coder, "sum-of-two", WRONG, Some("5 7\n")).await;
    let test = &own.report.unwrap().tests[0];
    assert_eq!(
        test.verdict,
        Verdict::Ok,
        "no reference solution: output only"
    );
    assert_eq!(test.stdout.as_deref(), Some("-2\n"));
    sqlx::query(
        "UPDATE problems SET reference_language = 'python', reference_code = $1 \
         WHERE slug = 'sum-of-two'",
    )
    .bind(RIGHT)
    .execute(app.db.pool())
    .await
    .unwrap();
    let checked = run_judged(&mut coder, "sum-of-two", WRONG, Some("5 7\n")).await;
    let test = &checked.report.unwrap().tests[0];
    assert_eq!(test.verdict, Verdict::WrongAnswer);
    assert_eq!(
        (test.expected.as_deref(), test.stdout.as_deref()),
        (Some("12\n"), Some("-2\n"))
    );
    let right = run_judged(&mut coder, "sum-of-two", RIGHT, Some("5 7\n")).await;
    assert_eq!(right.report.unwrap().tests[0].verdict, Verdict::Accepted);

    // Stats: one problem solved (twice), two of three submissions accepted; runs count nowhere.
    let coder_id: i64 = sqlx::query_scalar("SELECT user_id FROM users WHERE name = 'Coder'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let stats = grindstone::stats::repo::latest(&app.db, coder_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stats.problems_solved, 1);
    assert!(
        (stats.average_score - 200.0 / 3.0).abs() < 1e-9,
        "{}",
        stats.average_score
    );
    let history: SubmissionHistory = coder
        .call(MySubmissions::PATH, &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(history.total, 3, "runs are not in the history");
}
