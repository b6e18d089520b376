//! HTTP-level tests: the real app on a random port, spoken to over HTTP.

mod support;

use grindstone::problems::{Difficulty, ListProblems, ProblemQuery};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use support::TestApp;

#[tokio::test]
async fn health_check_reports_the_database() {
    let app = TestApp::spawn().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().contains_key("x-request-id"));
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "ok");
    assert_eq!(body["judge"], "off", "the test app runs no judge workers");
    let mut keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["database", "judge", "status"],
        "only words, no details"
    );

    app.db.close().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "unavailable");
}

#[tokio::test]
async fn every_area_renders_its_list_from_the_database() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    grindstone::seed::demo(&app.db, grindstone::seed::DemoAdmin::Nobody)
        .await
        .unwrap();
    let expectations = [
        ("/", "Sharpen your interview skills."),
        ("/problems", "Sum of Two"),
        ("/problems?difficulty=Hard", "Closest Average"),
        (
            "/problems/sum-of-two",
            "Time limit 1000 ms · memory limit 64 MB",
        ),
        ("/interviews", "1 session completed · 1 answer graded"),
        ("/forum", "How I stopped freezing on dynamic programming"),
        ("/collab", "Katherine Johnson"),
        ("/news", "Backend engineer (Rust), remote in Europe"),
        ("/news?type=Promotion", "Mock interview week"),
        ("/leaderboard", "Ada Lovelace"),
        ("/u/2", "Grace Hopper"),
    ];
    for (path, text) in expectations {
        let (status, body) = app.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(body.contains(text), "{path} should show {text:?}");
        assert!(!body.contains("class=\"error\""), "{path} shows an error");
    }
    let (_, easy) = app.get("/problems?difficulty=Easy").await;
    assert!(!easy.contains("Closest Average"), "the filter applies");
}

#[tokio::test]
async fn empty_lists_say_so() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/forum").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("No posts yet."));
}

#[tokio::test]
async fn unknown_pages_answer_404() {
    let app = TestApp::spawn().await;
    for path in [
        "/no-such-page",
        "/problems/no-such-problem",
        "/u/999",
        "/u/not-a-number",
    ] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains("Page not found"), "{path}");
    }
}

#[tokio::test]
async fn pages_carry_the_hydration_scripts_and_stylesheet() {
    let app = TestApp::spawn().await;
    let (_, body) = app.get("/").await;
    assert!(body.contains("/pkg/grindstone.css"));
    assert!(body.contains("grindstone.wasm") || body.contains("/pkg/grindstone.js"));
    assert!(
        body.contains("data-theme"),
        "the theme is restored before paint"
    );
}

#[tokio::test]
async fn site_files_are_compressed_and_cached_by_their_names() {
    let site = tempfile::tempdir().expect("a site directory");
    let hashed = "pkg/app.Yx3mQ_0aZ-9bCdEfGhIjKl.js";
    std::fs::create_dir(site.path().join("pkg")).expect("pkg/");
    let script = "console.log('a line of the client');\n".repeat(100);
    std::fs::write(site.path().join(hashed), &script).expect("the script");
    // The release build's brotli copy beside it.
    std::fs::write(site.path().join(format!("{hashed}.br")), "brotli bytes").expect("its copy");
    std::fs::write(site.path().join("robots.txt"), "User-agent: *\n").expect("a plain file");
    let root = site.path().to_owned();
    let app = TestApp::spawn_with(move |settings| settings.server.site_root = root).await;
    let get = |path: &str, encodings: &str| {
        app.client
            .get(app.url(path))
            .header("accept-encoding", encodings)
            .send()
    };
    let header = |response: &reqwest::Response, name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().expect("a text header").to_owned())
    };

    // A name with the content's hash is kept for good, sent as the build compressed it...
    let response = get(&format!("/{hashed}"), "br, gzip").await.expect("GET");
    assert_eq!(response.status(), StatusCode::OK);
    let cache = header(&response, "cache-control");
    assert_eq!(
        cache.as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(header(&response, "content-encoding").as_deref(), Some("br"));
    assert_eq!(response.text().await.expect("body"), "brotli bytes");
    // ...or compressed on the fly for a client that takes gzip only.
    let response = get(&format!("/{hashed}"), "gzip").await.expect("GET");
    assert_eq!(
        header(&response, "content-encoding").as_deref(),
        Some("gzip")
    );
    let compressed = response.bytes().await.expect("body");
    assert!(
        compressed.len() < script.len() / 4,
        "{} bytes",
        compressed.len()
    );

    // Any other file is revalidated, and an unchanged one is not sent again.
    let response = get("/robots.txt", "identity").await.expect("GET");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "cache-control").as_deref(),
        Some("no-cache")
    );
    let modified = header(&response, "last-modified").expect("a modification date");
    let again = app
        .client
        .get(app.url("/robots.txt"))
        .header("if-modified-since", modified)
        .send()
        .await
        .expect("GET");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    // A missing file is the site's 404 page, and is not cached.
    let response = get("/pkg/missing.js", "gzip").await.expect("GET");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&response, "cache-control"), None);
}

#[tokio::test]
async fn server_functions_answer_over_http() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    let query = ProblemQuery {
        difficulty: Some(Difficulty::Hard),
        ..ProblemQuery::default()
    };
    let response = app
        .browser()
        .call_json(ListProblems::PATH, &serde_json::json!({ "query": query }))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let page: serde_json::Value = response.json().await.unwrap();
    let titles: Vec<&str> = page["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Closest Average"]);
}

#[tokio::test]
async fn bad_server_function_input_gets_a_clear_error_not_a_crash() {
    let app = TestApp::spawn().await;
    let mut query = serde_json::to_value(ProblemQuery::default()).unwrap();
    query["difficulty"] = "Impossible".into();
    let response = app
        .browser()
        .call_json(ListProblems::PATH, &serde_json::json!({ "query": query }))
        .await;
    assert!(response.status().is_client_error() || response.status().is_server_error());
    let body = response.text().await.unwrap();
    assert!(!body.contains("panicked"), "{body}");
    let (status, _) = app.get("/healthz").await;
    assert_eq!(status, StatusCode::OK, "the server keeps serving");
}

#[tokio::test]
async fn oversized_requests_are_refused() {
    let app = TestApp::spawn().await;
    let huge = "x".repeat(600 * 1024);
    let response = app
        .browser()
        .call(ListProblems::PATH, &[("difficulty", &huge)])
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // A new connection: the server closes the one whose body it refused to read.
    let health = reqwest::get(app.url("/healthz")).await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
}

#[tokio::test]
async fn every_page_has_its_own_title() {
    let app = TestApp::spawn().await;
    app.load_fixture_problems().await;
    grindstone::seed::demo(&app.db, grindstone::seed::DemoAdmin::Nobody)
        .await
        .unwrap();
    for (path, title) in [
        ("/", "<title>Grindstone</title>"),
        ("/problems", "<title>Problems · Grindstone</title>"),
        (
            "/problems/sum-of-two",
            "<title>Sum of Two · Grindstone</title>",
        ),
        ("/forum", "<title>Forum · Grindstone</title>"),
        ("/u/1", "<title>Ada Lovelace · Grindstone</title>"),
        ("/nowhere", "<title>Page not found · Grindstone</title>"),
    ] {
        let (_, body) = app.get(path).await;
        assert!(body.contains(title), "{path} should have {title}");
    }
}
