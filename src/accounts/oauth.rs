//! Sign-in through an OAuth2 provider (Google by default): the authorization-code flow with
//! PKCE and a one-time state kept in the database, so that the flow works across servers.
//!
//! `GET /auth/oauth/start?next=/path` sends the browser to the provider;
//! `GET /auth/oauth/callback?code&state` (or `?error`) comes back, exchanges the code, reads the
//! user's profile and signs them in. An account is linked to an existing one only through an
//! email address the provider says it verified. Failures send the browser to
//! `/login?oauth_error=<reason>`, which the sign-in page explains.
//!
//! A flow belongs to the browser that started it: the start sets a random cookie whose hash is
//! stored with the flow, and the callback completes only in a browser presenting it. Otherwise
//! an attacker could send a victim the callback link of their own flow and sign the victim in
//! as the attacker (login CSRF).

use super::guard::{self, CookiePolicy};
use super::repo::{self, CreateUserError, NewUser};
use super::support::safe_next;
use super::{DisplayName, Email, OAuthFailure, Role, session};
use crate::config::OAuthSettings;
use crate::db::Db;
use crate::domain::{ExternalUrl, Timestamp, duration_ms};
use crate::rate_limit::Limit;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use cookie::{Cookie, SameSite};
use oauth2::basic::BasicClient;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointNotSet, EndpointSet,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse, TokenUrl,
};
use serde::Deserialize;
use std::sync::Arc;
use std::time::Duration;

/// How long a user has to complete the provider's consent screen.
const FLOW_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// The cookie that ties a flow to the browser that started it, sent only to these routes.
const BROWSER_COOKIE: &str = "grindstone_oauth";
const ROUTES_PATH: &str = "/auth/oauth";
/// Sign-ins started from one IP address: each stores a flow until it completes or expires.
pub const STARTS_PER_IP: Limit = Limit {
    bucket: "oauth-start-ip",
    max_hits: 20,
    window: FLOW_LIFETIME,
};

type Client = BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

/// What the two routes share.
#[derive(Clone)]
pub struct OAuthState {
    db: Db,
    client: Arc<Client>,
    userinfo_url: Arc<str>,
    http: reqwest::Client,
    cookies: CookiePolicy,
}

impl OAuthState {
    pub fn new(db: Db, settings: &OAuthSettings, cookies: CookiePolicy) -> Result<Self, String> {
        let client = BasicClient::new(ClientId::new(settings.client_id.clone()))
            .set_client_secret(ClientSecret::new(settings.client_secret.clone()))
            .set_auth_uri(AuthUrl::new(settings.authorize_url.clone()).map_err(|e| e.to_string())?)
            .set_token_uri(TokenUrl::new(settings.token_url.clone()).map_err(|e| e.to_string())?)
            .set_redirect_uri(
                RedirectUrl::new(settings.redirect_url.clone()).map_err(|e| e.to_string())?,
            );
        // Following redirects from the token endpoint would open the door to SSRF.
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Self {
            db,
            client: Arc::new(client),
            userinfo_url: Arc::from(settings.userinfo_url.as_str()),
            http,
            cookies,
        })
    }
}

/// `/auth/oauth/start` and `/auth/oauth/callback`, ready to merge into the app's router before
/// its middleware is applied.
pub fn routes<S: Clone + Send + Sync + 'static>(state: OAuthState) -> Router<S> {
    Router::new()
        .route("/auth/oauth/start", get(start))
        .route("/auth/oauth/callback", get(callback))
        .with_state(state)
}

fn redirect(location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(value) => (StatusCode::FOUND, [(LOCATION, value)]).into_response(),
        Err(_) => (
            StatusCode::FOUND,
            [(LOCATION, HeaderValue::from_static("/"))],
        )
            .into_response(),
    }
}

fn fail(failure: OAuthFailure) -> Response {
    redirect(&format!("/login?oauth_error={}", failure.as_str()))
}

#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
}

/// `GET /auth/oauth/start`: remembers a fresh state and PKCE verifier, tied to this browser by
/// a cookie, then sends the browser to the provider. Limited per client address, so that a
/// flood of requests cannot fill the table.
pub async fn start(
    State(state): State<OAuthState>,
    Query(query): Query<StartQuery>,
    request: Parts,
) -> Response {
    let client_ip = guard::client_ip_of(&request, state.cookies);
    match STARTS_PER_IP.hit(&state.db, &client_ip).await {
        Ok(Ok(())) => {}
        Ok(Err(retry)) => return retry.into_response(),
        Err(error) => return unavailable(&error),
    }
    let browser_secret = match session::random_secret() {
        Ok(secret) => secret,
        Err(error) => return unavailable(&error),
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf) = state
        .client
        .authorize_url(CsrfToken::new_random)
        .add_scope(Scope::new("openid".to_owned()))
        .add_scope(Scope::new("email".to_owned()))
        .add_scope(Scope::new("profile".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    let expires_at = Timestamp::now().millis() + duration_ms(FLOW_LIFETIME);
    let stored = sqlx::query(
        "INSERT INTO oauth_flows (state_hash, pkce_verifier, return_to, expires_at, \
         browser_hash) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(session::sha256_hex(csrf.secret()))
    .bind(verifier.secret())
    .bind(safe_next(query.next))
    .bind(expires_at)
    .bind(session::sha256_hex(&browser_secret))
    .execute(state.db.pool())
    .await;
    match stored {
        Ok(_) => {
            let cookie = browser_cookie(&browser_secret, FLOW_LIFETIME, state.cookies.secure);
            with_cookie(redirect(url.as_str()), &cookie)
        }
        Err(error) => unavailable(&error),
    }
}

fn unavailable(error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "cannot start an OAuth flow");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "Sign-in is not available right now.",
    )
        .into_response()
}

/// The `Set-Cookie` value of the browser cookie; an empty one lasting zero seconds removes it.
fn browser_cookie(secret: &str, lifetime: Duration, secure: bool) -> String {
    Cookie::build((BROWSER_COOKIE, secret.to_owned()))
        .path(ROUTES_PATH)
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(
            i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX),
        ))
        .build()
        .to_string()
}

fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// The profile the provider's userinfo endpoint returns.
#[derive(Debug, Deserialize)]
struct UserInfo {
    sub: String,
    email: Option<String>,
    #[serde(default)]
    email_verified: bool,
    name: Option<String>,
    picture: Option<String>,
}

/// `GET /auth/oauth/callback`: checks the state and the browser, exchanges the code, signs the
/// user in. Once a flow is used up, whatever the outcome, the browser cookie is removed; a
/// callback with an unknown state leaves it, and so the flow under way, alone.
pub async fn callback(
    State(state): State<OAuthState>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    // The state is checked (and used up) first, whatever else the provider sent.
    let Some(flow) = take_flow(&state.db, query.state.as_deref()).await else {
        return fail(OAuthFailure::State);
    };
    let response = finish(&state, &headers, query, flow).await;
    with_cookie(
        response,
        &browser_cookie("", Duration::ZERO, state.cookies.secure),
    )
}

async fn finish(
    state: &OAuthState,
    headers: &HeaderMap,
    query: CallbackQuery,
    flow: Flow,
) -> Response {
    let same_browser = session::cookie_from_headers(headers, BROWSER_COOKIE)
        .is_some_and(|secret| session::sha256_hex(&secret) == flow.browser_hash);
    if !same_browser {
        return fail(OAuthFailure::Browser);
    }
    if query.error.is_some() {
        return fail(OAuthFailure::Denied);
    }
    let Some(code) = query.code else {
        return fail(OAuthFailure::Provider);
    };
    let info = match fetch_user(state, code, flow.verifier).await {
        Ok(info) => info,
        Err(error) => {
            tracing::warn!(%error, "OAuth provider failed");
            return fail(OAuthFailure::Provider);
        }
    };
    let user_id = match find_or_create_user(&state.db, info).await {
        Ok(user_id) => user_id,
        Err(failure) => return fail(failure),
    };
    match sign_in(state, headers, user_id).await {
        Ok(cookie) => with_cookie(redirect(&flow.return_to), &cookie),
        Err(error) => {
            tracing::error!(%error, "cannot open a session after OAuth");
            fail(OAuthFailure::Refused)
        }
    }
}

/// Removes flows whose user never came back from the provider.
pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM oauth_flows WHERE expires_at <= $1")
        .bind(Timestamp::now())
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}

struct Flow {
    verifier: PkceCodeVerifier,
    return_to: String,
    /// The SHA-256 of the browser cookie of the browser that started the flow.
    browser_hash: String,
}

/// Deletes and returns the flow of `state` if it exists and has not expired: a state works once.
async fn take_flow(db: &Db, state: Option<&str>) -> Option<Flow> {
    let state = state.filter(|s| !s.is_empty() && s.len() <= 512)?;
    let (verifier, return_to, expires_at, browser_hash): (String, String, i64, String) =
        sqlx::query_as(
            "DELETE FROM oauth_flows WHERE state_hash = $1 \
             RETURNING pkce_verifier, return_to, expires_at, browser_hash",
        )
        .bind(session::sha256_hex(state))
        .fetch_optional(db.pool())
        .await
        .map_err(|error| tracing::error!(%error, "cannot read an OAuth flow"))
        .ok()??;
    (expires_at > Timestamp::now().millis()).then(|| Flow {
        verifier: PkceCodeVerifier::new(verifier),
        return_to,
        browser_hash,
    })
}

async fn fetch_user(
    state: &OAuthState,
    code: String,
    verifier: PkceCodeVerifier,
) -> Result<UserInfo, String> {
    let token = state
        .client
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(verifier)
        .request_async(&state.http)
        .await
        .map_err(|e| format!("token exchange: {e}"))?;
    let response = state
        .http
        .get(&*state.userinfo_url)
        .bearer_auth(token.access_token().secret())
        .send()
        .await
        .map_err(|e| format!("userinfo: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("userinfo answered {}", response.status()));
    }
    response
        .json::<UserInfo>()
        .await
        .map_err(|e| format!("userinfo body: {e}"))
}

/// The account of the provider's user: found by their provider id, else linked by a verified
/// email, else created without a password.
async fn find_or_create_user(db: &Db, info: UserInfo) -> Result<i64, OAuthFailure> {
    let database = |error: sqlx::Error| {
        tracing::error!(%error, "OAuth account lookup failed");
        OAuthFailure::Refused
    };
    let subject = info.sub.trim();
    if subject.is_empty() || subject.len() > 255 {
        return Err(OAuthFailure::Provider);
    }
    if let Some(user) = repo::by_google_id(db, subject).await.map_err(database)? {
        return usable(user);
    }
    let email = info
        .email
        .as_deref()
        .and_then(|e| Email::parse(e).ok())
        .ok_or(OAuthFailure::Provider)?;
    if !info.email_verified {
        return Err(OAuthFailure::Unverified);
    }
    let picture = info
        .picture
        .as_deref()
        .and_then(|url| ExternalUrl::parse(url).ok());
    if let Some(user) = repo::by_email(db, &email).await.map_err(database)? {
        repo::link_google_id(db, user.user_id, subject, picture.as_ref())
            .await
            .map_err(database)?;
        return usable(user);
    }
    let name = info
        .name
        .as_deref()
        .and_then(|n| DisplayName::parse(n).ok())
        .or_else(|| DisplayName::parse(email.as_str().split('@').next().unwrap_or("")).ok())
        .ok_or(OAuthFailure::Provider)?;
    let new_user = NewUser {
        name,
        email,
        password_hash: None,
        google_id: Some(subject.to_owned()),
        profile_picture: picture.map(|p| p.as_str().to_owned()),
        role: Role::User,
    };
    match repo::create(db, &new_user).await {
        Ok(user_id) => Ok(user_id),
        Err(CreateUserError::EmailTaken) => Err(OAuthFailure::Refused),
        Err(CreateUserError::Database(error)) => Err(database(error)),
    }
}

fn usable(user: repo::User) -> Result<i64, OAuthFailure> {
    if user.disabled_at.is_some() {
        Err(OAuthFailure::Refused)
    } else {
        Ok(user.user_id)
    }
}

/// Ends the session the browser presented and opens a fresh one; returns its cookie.
async fn sign_in(state: &OAuthState, headers: &HeaderMap, user_id: i64) -> Result<String, String> {
    if let Some(old) = session::token_from_headers(headers) {
        session::end(&state.db, &old)
            .await
            .map_err(|e| e.to_string())?;
    }
    let token = session::create(&state.db, user_id)
        .await
        .map_err(|e| e.to_string())?;
    repo::touch_last_login(&state.db, user_id)
        .await
        .map_err(|e| e.to_string())?;
    Ok(session::cookie(&token, state.cookies.secure))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_cookie_is_scoped_short_lived_and_secure_over_https() {
        let cookie = browser_cookie("secret", FLOW_LIFETIME, true);
        for attribute in [
            "grindstone_oauth=secret",
            "HttpOnly",
            "SameSite=Lax",
            "Secure",
            "Path=/auth/oauth",
            "Max-Age=600",
        ] {
            assert!(cookie.contains(attribute), "{cookie}");
        }
        let removal = browser_cookie("", Duration::ZERO, false);
        assert!(removal.contains("Max-Age=0") && !removal.contains("Secure"));
    }
}
