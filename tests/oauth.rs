//! Sign-in through OAuth2, against a small provider that each test starts on loopback: a real
//! HTTP server with authorize, token and userinfo endpoints that checks PKCE and the client
//! secret like a real one.

mod support;

use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use grindstone::accounts::{self, ChangePassword, Email, Role};
use grindstone::config::OAuthSettings;
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use reqwest::header::{LOCATION, SET_COOKIE};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use support::{Browser, TestApp};

const CLIENT_ID: &str = "grindstone-test";
const CLIENT_SECRET: &str = "s3cret";

/// What the provider does on the next request, and what it has handed out.
#[derive(Default)]
struct ProviderState {
    deny_consent: bool,
    token_endpoint_fails: bool,
    user: Value,
    /// code → (PKCE challenge, redirect URI)
    codes: HashMap<String, (String, String)>,
    access_tokens: Vec<String>,
    issued: u32,
}

#[derive(Clone, Default)]
struct Provider(Arc<Mutex<ProviderState>>);

impl Provider {
    fn set(&self, change: impl FnOnce(&mut ProviderState)) {
        change(&mut self.0.lock().unwrap());
    }
}

async fn authorize(
    State(provider): State<Provider>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let mut state = provider.0.lock().unwrap();
    let param = |name: &str| query.get(name).cloned().unwrap_or_default();
    if param("response_type") != "code"
        || param("client_id") != CLIENT_ID
        || param("code_challenge_method") != "S256"
        || param("code_challenge").is_empty()
    {
        return (AxumStatus::BAD_REQUEST, "bad authorization request").into_response();
    }
    let redirect_uri = param("redirect_uri");
    let csrf = param("state");
    if state.deny_consent {
        return Redirect::to(&format!("{redirect_uri}?error=access_denied&state={csrf}"))
            .into_response();
    }
    state.issued += 1;
    let code = format!("code-{}", state.issued);
    state.codes.insert(
        code.clone(),
        (param("code_challenge"), redirect_uri.clone()),
    );
    Redirect::to(&format!("{redirect_uri}?code={code}&state={csrf}")).into_response()
}

async fn token(
    State(provider): State<Provider>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let mut state = provider.0.lock().unwrap();
    if state.token_endpoint_fails {
        return (AxumStatus::INTERNAL_SERVER_ERROR, "token service down").into_response();
    }
    let expected_auth = format!(
        "Basic {}",
        STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
    );
    let authenticated = headers
        .get("authorization")
        .is_some_and(|value| value.to_str().unwrap_or_default() == expected_auth);
    let invalid_grant = || {
        (
            AxumStatus::BAD_REQUEST,
            axum::Json(json!({ "error": "invalid_grant" })),
        )
            .into_response()
    };
    let Some((challenge, redirect_uri)) = form.get("code").and_then(|c| state.codes.remove(c))
    else {
        return invalid_grant();
    };
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    let pkce_ok = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == challenge;
    if !authenticated
        || !pkce_ok
        || form.get("grant_type").map(String::as_str) != Some("authorization_code")
        || form.get("redirect_uri") != Some(&redirect_uri)
    {
        return invalid_grant();
    }
    let access_token = format!("access-{}", state.issued);
    state.access_tokens.push(access_token.clone());
    axum::Json(json!({ "access_token": access_token, "token_type": "Bearer", "expires_in": 3600 }))
        .into_response()
}

async fn userinfo(State(provider): State<Provider>, headers: HeaderMap) -> Response {
    let state = provider.0.lock().unwrap();
    let presented = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if state.access_tokens.iter().any(|t| t == presented) {
        axum::Json(state.user.clone()).into_response()
    } else {
        AxumStatus::UNAUTHORIZED.into_response()
    }
}

/// Starts the provider and the app configured to use it.
async fn start() -> (TestApp, Provider) {
    let provider = Provider::default();
    provider.set(|state| {
        state.user = json!({
            "sub": "google-123",
            "email": "grace@example.com",
            "email_verified": true,
            "name": "Grace Hopper",
            "picture": "https://example.com/grace.png",
        });
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let provider_url = format!("http://{}", listener.local_addr().unwrap());
    let routes = axum::Router::new()
        .route("/authorize", get(authorize))
        .route("/token", post(token))
        .route("/userinfo", get(userinfo))
        .with_state(provider.clone());
    tokio::spawn(async move { axum::serve(listener, routes).await.unwrap() });

    // The app's redirect URL names its port, so the port is chosen before the app starts.
    let app_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(|settings| {
        settings.server.address = format!("127.0.0.1:{app_port}").parse().unwrap();
        settings.oauth = Some(OAuthSettings {
            provider_name: "Google".to_owned(),
            client_id: CLIENT_ID.to_owned(),
            client_secret: CLIENT_SECRET.to_owned(),
            authorize_url: format!("{provider_url}/authorize"),
            token_url: format!("{provider_url}/token"),
            userinfo_url: format!("{provider_url}/userinfo"),
            redirect_url: format!("http://127.0.0.1:{app_port}/auth/oauth/callback"),
        });
    })
    .await;
    (app, provider)
}

fn location(response: &reqwest::Response) -> String {
    response.headers()[LOCATION].to_str().unwrap().to_owned()
}

/// Follows the flow as a browser would: start on the app, consent at the provider, come
/// back; returns the URL of the provider's redirect back and the app's answer to it.
async fn go_through_provider(app: &TestApp, browser: &mut Browser) -> (String, reqwest::Response) {
    let start = browser.get("/auth/oauth/start?next=/settings").await;
    assert_eq!(start.status(), StatusCode::FOUND);
    let authorize_url = location(&start);
    assert!(
        authorize_url.contains("code_challenge_method=S256"),
        "{authorize_url}"
    );
    assert!(authorize_url.contains("state="), "{authorize_url}");
    let consent = app.client.get(&authorize_url).send().await.unwrap();
    assert!(consent.status().is_redirection(), "{}", consent.status());
    let back = location(&consent);
    let path = back.trim_start_matches(&browser.origin).to_owned();
    let answer = browser.get(&path).await;
    (path, answer)
}

async fn user_by_email(app: &TestApp, email: &str) -> accounts::repo::User {
    accounts::repo::by_email(&app.db, &Email::parse(email).unwrap())
        .await
        .unwrap()
        .expect("the user exists")
}

#[tokio::test]
async fn a_new_user_signs_in_with_the_provider() {
    let (app, _provider) = start().await;
    let login = app.get("/login").await.1;
    assert!(login.contains("Continue with Google"));

    let mut browser = app.browser();
    let (_, answer) = go_through_provider(&app, &mut browser).await;
    assert_eq!(answer.status(), StatusCode::FOUND);
    assert_eq!(location(&answer), "/settings");
    assert!(browser.session.is_some());
    let page = browser.get("/settings").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Grace Hopper"));

    let user = user_by_email(&app, "grace@example.com").await;
    assert_eq!(user.google_id.as_deref(), Some("google-123"));
    assert_eq!(
        user.password_hash, None,
        "an OAuth-only account has no password"
    );
    assert_eq!(
        user.profile_picture.as_deref(),
        Some("https://example.com/grace.png")
    );

    // The next sign-in finds the same account by its provider id.
    let mut again = app.browser();
    go_through_provider(&app, &mut again).await;
    assert!(again.session.is_some());
    assert_eq!(accounts::repo::count(&app.db).await.unwrap(), 1);
}

#[tokio::test]
async fn an_existing_account_is_linked_only_through_a_verified_email() {
    let (app, provider) = start().await;
    let id = app
        .create_user(
            "Grace",
            "grace@example.com",
            "a password someone set",
            Role::User,
        )
        .await;
    // Whoever set that password may have registered Grace's address before she came.
    let mut squatter = app.browser();
    squatter
        .sign_in("grace@example.com", "a password someone set")
        .await;

    provider.set(|state| state.user["email_verified"] = json!(false));
    let mut browser = app.browser();
    let (_, answer) = go_through_provider(&app, &mut browser).await;
    assert_eq!(location(&answer), "/login?oauth_error=unverified");
    assert!(browser.session.is_none());
    assert_eq!(
        user_by_email(&app, "grace@example.com").await.google_id,
        None
    );
    let page = browser
        .get("/login?oauth_error=unverified")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("not verified at the provider"));

    provider.set(|state| state.user["email_verified"] = json!(true));
    let (_, answer) = go_through_provider(&app, &mut browser).await;
    assert_eq!(location(&answer), "/settings");
    let linked = user_by_email(&app, "grace@example.com").await;
    assert_eq!(linked.user_id, id);
    assert_eq!(linked.google_id.as_deref(), Some("google-123"));
    assert_eq!(
        linked.password_hash, None,
        "the unverified password is dropped"
    );
    assert_eq!(
        squatter.get("/settings").await.status(),
        StatusCode::FOUND,
        "earlier sessions end"
    );
    assert_eq!(browser.get("/settings").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_wrong_or_replayed_state_is_refused() {
    let (app, _provider) = start().await;
    let mut browser = app.browser();
    let start = browser.get("/auth/oauth/start").await;
    let consent = app.client.get(location(&start)).send().await.unwrap();
    let back = location(&consent);
    let path = back.trim_start_matches(&browser.origin);

    let tampered = path.replace("state=", "state=x");
    let answer = browser.get(&tampered).await;
    assert_eq!(location(&answer), "/login?oauth_error=state");
    assert!(browser.session.is_none());

    let no_state = path.split("&state=").next().unwrap();
    let answer = browser.get(no_state).await;
    assert_eq!(location(&answer), "/login?oauth_error=state");

    let answer = browser.get(path).await;
    assert_eq!(location(&answer), "/", "the genuine callback works once");
    assert!(browser.session.is_some());
    let mut other = app.browser();
    let replay = other.get(path).await;
    assert_eq!(location(&replay), "/login?oauth_error=state");
    assert!(other.session.is_none());
}

/// The `Set-Cookie` value of the cookie `name`.
fn set_cookie(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("the response sets {name}"))
}

#[tokio::test]
async fn the_callback_completes_only_in_the_browser_that_started_it() {
    let (app, _provider) = start().await;
    let mut attacker = app.browser();
    let started = attacker.get("/auth/oauth/start?next=/settings").await;
    let cookie = set_cookie(&started, "grindstone_oauth");
    for attribute in [
        "HttpOnly",
        "SameSite=Lax",
        "Path=/auth/oauth",
        "Max-Age=600",
    ] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let consent = app.client.get(location(&started)).send().await.unwrap();
    let callback = location(&consent)
        .trim_start_matches(&attacker.origin)
        .to_owned();

    // The attacker sends their callback link to a victim, whose browser has no cookie of that
    // flow (or one of its own).
    let mut victim = app.browser();
    victim.get("/auth/oauth/start").await;
    assert!(victim.cookies.contains_key("grindstone_oauth"));
    let answer = victim.get(&callback).await;
    assert_eq!(location(&answer), "/login?oauth_error=browser");
    assert!(victim.session.is_none(), "the victim is not signed in");
    assert!(
        !victim.cookies.contains_key("grindstone_oauth"),
        "the callback removes the cookie"
    );
    assert_eq!(accounts::repo::count(&app.db).await.unwrap(), 0);
    let page = victim.get("/login?oauth_error=browser").await;
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("started in another browser")
    );

    // In the browser that started it, a flow completes and its cookie goes.
    let mut owner = app.browser();
    let (_, answer) = go_through_provider(&app, &mut owner).await;
    assert_eq!(location(&answer), "/settings");
    assert!(owner.session.is_some());
    assert!(set_cookie(&answer, "grindstone_oauth").contains("Max-Age=0"));
    assert!(!owner.cookies.contains_key("grindstone_oauth"));
}

#[tokio::test]
async fn starting_is_limited_per_client_and_stores_only_a_short_local_path() {
    let (app, _provider) = start().await;
    let mut browser = app.browser();
    let long = format!("/{}", "a".repeat(5_000));
    let started = browser.get(&format!("/auth/oauth/start?next={long}")).await;
    assert_eq!(started.status(), StatusCode::FOUND);
    let stored: Vec<String> = sqlx::query_scalar("SELECT return_to FROM oauth_flows")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(stored, ["/"], "a long path sends the user home");

    for _ in 1..20 {
        let started = browser.get("/auth/oauth/start?next=/problems").await;
        assert_eq!(started.status(), StatusCode::FOUND);
    }
    let flooded = browser.get("/auth/oauth/start").await;
    assert_eq!(flooded.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(flooded.headers().contains_key("retry-after"));
    assert!(flooded.text().await.unwrap().contains("Too many attempts."));
    let flows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM oauth_flows")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(flows, 20, "a refused start stores nothing");
}

#[tokio::test]
async fn the_oauth_routes_go_through_the_middleware() {
    let (app, _provider) = start().await;
    let mut browser = app.browser();
    for path in ["/auth/oauth/start", "/auth/oauth/callback?state=unknown"] {
        let response = browser.get(path).await;
        assert!(
            response.headers().contains_key("x-request-id"),
            "{path} has a request id"
        );
    }
}

#[tokio::test]
async fn an_account_without_password_sets_one_only_after_a_fresh_sign_in() {
    let (app, _provider) = start().await;
    let mut browser = app.browser();
    go_through_provider(&app, &mut browser).await;
    let first_password = [
        ("current_password", ""),
        ("new_password", "my first password"),
    ];

    // A sign-in of eleven minutes ago is not fresh enough.
    sqlx::query("UPDATE sessions SET created_at = created_at - $1")
        .bind(11 * 60 * 1000_i64)
        .execute(app.db.pool())
        .await
        .unwrap();
    let stale = browser.call(ChangePassword::PATH, &first_password).await;
    assert_eq!(stale.status(), StatusCode::FORBIDDEN);
    assert!(stale.text().await.unwrap().contains("sign in again"));
    let user = user_by_email(&app, "grace@example.com").await;
    assert_eq!(user.password_hash, None);

    let mut fresh = app.browser();
    go_through_provider(&app, &mut fresh).await;
    let set = fresh.call(ChangePassword::PATH, &first_password).await;
    assert_eq!(set.status(), StatusCode::OK);
    app.browser()
        .sign_in("grace@example.com", "my first password")
        .await;
}

#[tokio::test]
async fn a_denied_consent_signs_nobody_in() {
    let (app, provider) = start().await;
    provider.set(|state| state.deny_consent = true);
    let mut browser = app.browser();
    let (_, answer) = go_through_provider(&app, &mut browser).await;
    assert_eq!(location(&answer), "/login?oauth_error=denied");
    assert!(browser.session.is_none());
    assert_eq!(accounts::repo::count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_failing_token_endpoint_is_reported() {
    let (app, provider) = start().await;
    provider.set(|state| state.token_endpoint_fails = true);
    let mut browser = app.browser();
    let (_, answer) = go_through_provider(&app, &mut browser).await;
    assert_eq!(location(&answer), "/login?oauth_error=provider");
    assert!(browser.session.is_none());
    let page = browser
        .get("/login?oauth_error=provider")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("could not confirm your account"));
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in_with_the_provider() {
    let (app, _provider) = start().await;
    let mut browser = app.browser();
    go_through_provider(&app, &mut browser).await;
    let user = user_by_email(&app, "grace@example.com").await;
    accounts::repo::set_disabled(&app.db, user.user_id, true)
        .await
        .unwrap();
    let mut again = app.browser();
    let (_, answer) = go_through_provider(&app, &mut again).await;
    assert_eq!(location(&answer), "/login?oauth_error=refused");
    assert!(again.session.is_none());
}

#[tokio::test]
async fn without_a_provider_the_routes_do_not_exist() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    assert_eq!(
        browser.get("/auth/oauth/start").await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(!app.get("/login").await.1.contains("Continue with"));
}
