//! The OpenAI-compatible engine against a small chat-completions server this test starts on
//! loopback, over real HTTP: a good answer, a malformed one, 429s and 5xx retried, a timeout, a
//! refused key, an unreachable server; and the command line switched to the model by
//! configuration alone.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use grindstone::ai::openai::OpenAiEngine;
use grindstone::ai::{AiError, GradeRequest, Grader, Rubric};
use grindstone::config::{AiProviderKind, AiSettings};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const KEY: &str = "test-key";

/// What the server received, in order.
#[derive(Default)]
struct Seen {
    requests: Vec<(Option<String>, Value)>,
}

type Shared = Arc<Mutex<Seen>>;

/// A feedback object of the technical rubric, as a model would write it.
fn model_feedback() -> Value {
    json!({
        "dimensions": [
            { "key": "coverage", "score": 4, "comment": "Names chaining and resizing." },
            { "key": "reasoning", "score": 3, "comment": "States the complexity." },
            { "key": "specificity", "score": 2, "comment": "No numbers." },
            { "key": "communication", "score": 5, "comment": "Clear." },
        ],
        "summary": "A good answer that misses the worst case.",
        "strengths": ["Explains chaining"],
        "gaps": ["The O(n) worst case"],
        "next_steps": ["Say when a hash map degrades and why."],
    })
}

fn completion(content: &str) -> Response {
    Json(json!({
        "choices": [{ "message": { "role": "assistant", "content": content } }],
        "usage": { "prompt_tokens": 321, "completion_tokens": 123 },
    }))
    .into_response()
}

/// Chat completions; the model's name says how to behave.
async fn chat(State(seen): State<Shared>, headers: HeaderMap, Json(body): Json<Value>) -> Response {
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let count = {
        let mut seen = seen.lock().unwrap();
        seen.requests.push((authorization.clone(), body.clone()));
        seen.requests.len()
    };
    if authorization.as_deref() != Some(&format!("Bearer {KEY}")) {
        let error = json!({ "error": { "message": "Incorrect API key provided." } });
        return (StatusCode::UNAUTHORIZED, Json(error)).into_response();
    }
    match body["model"].as_str().unwrap_or_default() {
        "good" => completion(&model_feedback().to_string()),
        "malformed" => completion("Great answer! I would give it a 4."),
        // A 429 asking to wait a second, a 503, then an answer.
        "flaky" => match count {
            1 => (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "1")],
                "slow down",
            )
                .into_response(),
            2 => (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response(),
            _ => completion(&model_feedback().to_string()),
        },
        "overloaded" => (StatusCode::SERVICE_UNAVAILABLE, "overloaded").into_response(),
        "slow" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            completion(&model_feedback().to_string())
        }
        "unknown-model" => {
            let error =
                json!({ "error": { "message": "The model `unknown-model` does not exist" } });
            (StatusCode::NOT_FOUND, Json(error)).into_response()
        }
        _ => (StatusCode::BAD_REQUEST, "no such behaviour").into_response(),
    }
}

/// Starts the server; its base URL (with /v1) and what it sees.
async fn start_server() -> (String, Shared) {
    let seen = Shared::default();
    let app = Router::new()
        .route("/v1/chat/completions", post(chat))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{address}/v1"), seen)
}

fn settings(base_url: &str, model: &str) -> AiSettings {
    AiSettings {
        provider: AiProviderKind::Openai,
        base_url: base_url.to_owned(),
        model: model.to_owned(),
        api_key: Some(KEY.to_owned()),
        timeout_secs: 1,
        max_retries: 2,
    }
}

fn request() -> GradeRequest {
    GradeRequest {
        rubric: Rubric::Technical,
        question: "How does a hash map work?".to_owned(),
        expected: Some("Buckets, a hash function, collisions, resizing.".to_owned()),
        concepts: vec!["collision resolution: chaining | open addressing".to_owned()],
        answer: "Keys are hashed into buckets; collisions are chained.".to_owned(),
        judged: None,
    }
}

async fn grade(settings: &AiSettings) -> Result<grindstone::ai::Feedback, AiError> {
    OpenAiEngine::new(settings).unwrap().grade(&request()).await
}

#[tokio::test]
async fn a_good_reply_becomes_feedback_and_the_request_carries_everything() {
    let (url, seen) = start_server().await;
    let feedback = grade(&settings(&url, "good")).await.unwrap();
    assert_eq!(feedback.engine, "good");
    assert_eq!(feedback.dimensions.len(), 4);
    assert_eq!(feedback.dimensions[0].label, "Concept coverage");
    assert_eq!(feedback.score, 3.6);
    assert_eq!(
        feedback.next_steps,
        ["Say when a hash map degrades and why."]
    );

    let seen = seen.lock().unwrap();
    let (authorization, body) = &seen.requests[0];
    assert_eq!(authorization.as_deref(), Some("Bearer test-key"));
    assert_eq!(body["response_format"]["type"], "json_object");
    let user = body["messages"][1]["content"].as_str().unwrap();
    for part in [
        "How does a hash map work?",
        "Buckets, a hash function",
        "chaining",
        "collisions are chained",
    ] {
        assert!(user.contains(part), "{part:?} not in the prompt:\n{user}");
    }
    assert!(
        body["messages"][0]["content"]
            .as_str()
            .unwrap()
            .contains("\"reasoning\"")
    );
}

#[tokio::test]
async fn a_malformed_reply_is_retried_then_refused() {
    let (url, seen) = start_server().await;
    let error = grade(&settings(&url, "malformed")).await.unwrap_err();
    assert!(matches!(error, AiError::Malformed(_)), "{error}");
    assert_eq!(
        seen.lock().unwrap().requests.len(),
        3,
        "one try and two retries"
    );
}

#[tokio::test]
async fn a_429_and_a_503_are_retried_after_waiting() {
    let (url, seen) = start_server().await;
    let started = Instant::now();
    let feedback = grade(&settings(&url, "flaky")).await.unwrap();
    assert_eq!(feedback.engine, "flaky");
    assert_eq!(seen.lock().unwrap().requests.len(), 3);
    // Retry-After: 1, then the first backoff of at least half a second.
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );

    let error = grade(&settings(&url, "overloaded")).await.unwrap_err();
    assert!(
        matches!(
            error,
            AiError::Unavailable {
                status: 503,
                attempts: 3
            }
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let (url, seen) = start_server().await;
    let mut settings = settings(&url, "slow");
    settings.max_retries = 1;
    let error = grade(&settings).await.unwrap_err();
    assert!(matches!(error, AiError::Timeout { seconds: 1 }), "{error}");
    assert_eq!(seen.lock().unwrap().requests.len(), 2);
}

#[tokio::test]
async fn a_bad_key_an_unknown_model_and_a_dead_server_are_said_at_once() {
    let (url, seen) = start_server().await;
    let mut wrong_key = settings(&url, "good");
    wrong_key.api_key = Some("stolen".to_owned());
    let error = grade(&wrong_key).await.unwrap_err();
    assert!(
        matches!(error, AiError::Unauthorized { status: 401 }),
        "{error}"
    );
    assert!(error.to_string().contains("check ai.api_key"));
    assert_eq!(
        seen.lock().unwrap().requests.len(),
        1,
        "a refused key is not retried"
    );

    let error = grade(&settings(&url, "unknown-model")).await.unwrap_err();
    assert!(error.to_string().contains("does not exist"), "{error}");

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}/v1", closed.local_addr().unwrap());
    drop(closed);
    let started = Instant::now();
    let error = grade(&settings(&dead, "good")).await.unwrap_err();
    assert!(matches!(error, AiError::Unreachable { .. }), "{error}");
    assert!(error.to_string().contains("cannot be reached"), "{error}");
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "not retried"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_command_line_uses_the_model_the_configuration_names() {
    let (url, _seen) = start_server().await;
    let dir = tempfile::tempdir().unwrap();
    let answer = dir.path().join("answer.txt");
    std::fs::write(&answer, "Keys are hashed into buckets.").unwrap();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_grindstone"))
            .args(["interviews", "feedback", "--type", "Technical"])
            .args(["--question", "How does a hash map work?", "--answer-file"])
            .arg(&answer)
            .env("GRINDSTONE_CONFIG", "/dev/null")
            .env("GRINDSTONE_AI__PROVIDER", "openai")
            .env("GRINDSTONE_AI__BASE_URL", &url)
            .env("GRINDSTONE_AI__MODEL", "good")
            .env("GRINDSTONE_AI__API_KEY", KEY)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let feedback: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(feedback["engine"], "good");
    assert_eq!(feedback["score"], 3.6);
}
