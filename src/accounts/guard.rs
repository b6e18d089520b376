//! Who is asking, decided once per request on the server, and the one guard that every server
//! function and protected page uses.
//!
//! [`resolve_session`] runs as axum middleware before any route: it turns the session cookie
//! into a [`Viewer`] stored in the request's extensions, where server functions and pages read
//! it through [`current_user`], [`require_user`] and [`require_admin`].

use super::CurrentUser;
use super::session::{self, SessionToken};
use crate::db::Db;
use axum::extract::{Request, State};
use axum::http::header::{HOST, ORIGIN, REFERER, SET_COOKIE};
use axum::http::{HeaderValue, Method, StatusCode, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// How session cookies are set, and where a client's address comes from.
#[derive(Debug, Clone, Copy)]
pub struct CookiePolicy {
    /// `Secure` cookies: the site is served over https.
    pub secure: bool,
    /// The last `X-Forwarded-For` entry is the client (a trusted proxy added it).
    pub trust_forwarded_for: bool,
}

/// The signed-in user of a request, if any, and the session token they presented.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub user: Option<CurrentUser>,
    pub token: Option<SessionToken>,
}

/// What the session middleware needs.
#[derive(Clone)]
pub struct SessionLayerState {
    pub db: Db,
    pub policy: CookiePolicy,
    /// `/pkg/`: the built client's files, which never depend on who asks, so their requests
    /// skip the session lookup.
    pub assets_prefix: std::sync::Arc<str>,
}

/// Middleware: resolves the session cookie into a [`Viewer`] and re-sends the cookie of a
/// session that was renewed.
pub async fn resolve_session(
    State(state): State<SessionLayerState>,
    mut request: Request,
    next: Next,
) -> Response {
    if request.uri().path().starts_with(&*state.assets_prefix) {
        return next.run(request).await;
    }
    let SessionLayerState { db, policy, .. } = state;
    let token = session::token_from_headers(request.headers());
    let mut renewed = None;
    let mut user = None;
    if let Some(token) = &token {
        match session::resolve(&db, token).await {
            Ok(Some((found, was_renewed))) => {
                user = Some(found);
                renewed = was_renewed.then(|| session::cookie(token, policy.secure));
            }
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "cannot resolve a session"),
        }
    }
    request.extensions_mut().insert(Viewer { user, token });
    let mut response = next.run(request).await;
    let sets_session_cookie = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .any(|v| v.as_bytes().starts_with(session::COOKIE_NAME.as_bytes()));
    if let Some(cookie) = renewed.filter(|_| !sets_session_cookie)
        && let Ok(value) = HeaderValue::from_str(&cookie)
    {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

/// Middleware: refuses state-changing requests that another site made the browser send.
///
/// A POST (or PUT, PATCH, DELETE) must carry an `Origin` — or, failing that, a `Referer` —
/// whose host is this site's `Host`. Browsers always send one of them; SameSite=Lax cookies are
/// the second line of defence.
pub async fn reject_cross_site(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || same_site(request.headers()) {
        next.run(request).await
    } else {
        (
            StatusCode::FORBIDDEN,
            "This request did not come from this site, so it was refused.",
        )
            .into_response()
    }
}

fn same_site(headers: &axum::http::HeaderMap) -> bool {
    let Some(host) = headers.get(HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let source = headers
        .get(ORIGIN)
        .or_else(|| headers.get(REFERER))
        .and_then(|v| v.to_str().ok());
    source
        .and_then(authority_of)
        .is_some_and(|authority| authority.eq_ignore_ascii_case(host))
}

/// `host:port` of an absolute http(s) URL.
fn authority_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    (!authority.is_empty()).then_some(authority)
}

/// The [`Viewer`] of the request being handled (anonymous outside a request).
pub fn viewer() -> Viewer {
    use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<Viewer>().cloned())
        .unwrap_or_default()
}

/// The signed-in user, if any.
pub fn current_user() -> Option<CurrentUser> {
    viewer().user
}

/// The signed-in user, or a 401 error asking to sign in.
pub fn require_user() -> Result<CurrentUser, ServerFnError> {
    current_user().ok_or_else(|| refuse(StatusCode::UNAUTHORIZED, "Please sign in to do this."))
}

/// The signed-in administrator, or a 401/403 error.
pub fn require_admin() -> Result<CurrentUser, ServerFnError> {
    let user = require_user()?;
    if user.is_admin() {
        Ok(user)
    } else {
        Err(refuse(
            StatusCode::FORBIDDEN,
            "Only administrators can do this.",
        ))
    }
}

/// An error for the user with an HTTP status for the response. A form posted without
/// JavaScript keeps the redirect back to its page (which shows the error), so it gets no status.
pub fn refuse(status: StatusCode, message: &str) -> ServerFnError {
    let plain_form_post = use_context::<Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(axum::http::header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    });
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>()
        && !plain_form_post
    {
        response.set_status(status);
    }
    ServerFnError::new(message)
}

/// The client's IP address: as the socket saw it, or as the trusted proxy reported it.
pub fn client_ip() -> String {
    use_context::<Parts>().map_or_else(
        || "unknown".to_owned(),
        |parts| client_ip_of(&parts, cookie_policy()),
    )
}

/// The IP address of the client that sent a request, by `policy`.
pub fn client_ip_of(parts: &Parts, policy: CookiePolicy) -> String {
    let forwarded = policy
        .trust_forwarded_for
        .then(|| forwarded_client(&parts.headers))
        .flatten();
    forwarded
        .or_else(|| {
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip())
        })
        .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
}

/// The last address of the `X-Forwarded-For` headers: the one our own proxy appended.
fn forwarded_client(headers: &axum::http::HeaderMap) -> Option<std::net::IpAddr> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .next_back()
        .and_then(|last| last.trim().parse().ok())
}

/// The cookie policy of this server.
pub fn cookie_policy() -> CookiePolicy {
    use_context::<CookiePolicy>().unwrap_or(CookiePolicy {
        secure: false,
        trust_forwarded_for: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> axum::http::HeaderMap {
        let mut headers = axum::http::HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, value.parse().unwrap());
        }
        headers
    }

    #[test]
    fn the_proxy_added_address_is_the_client() {
        let spoofed = headers(&[("x-forwarded-for", "6.6.6.6, 10.0.0.7")]);
        assert_eq!(
            forwarded_client(&spoofed),
            Some("10.0.0.7".parse().unwrap())
        );
        assert_eq!(
            forwarded_client(&headers(&[("x-forwarded-for", "junk")])),
            None
        );
        assert_eq!(forwarded_client(&headers(&[])), None);
    }

    #[test]
    fn same_site_requests_pass_and_others_do_not() {
        let host = ("host", "127.0.0.1:3000");
        assert!(same_site(&headers(&[
            host,
            ("origin", "http://127.0.0.1:3000")
        ])));
        assert!(same_site(&headers(&[
            host,
            ("referer", "http://127.0.0.1:3000/login?x=1")
        ])));
        assert!(!same_site(&headers(&[
            host,
            ("origin", "http://evil.example")
        ])));
        assert!(!same_site(&headers(&[
            host,
            ("origin", "http://127.0.0.1:3000.evil.example")
        ])));
        assert!(!same_site(&headers(&[host, ("origin", "null")])));
        assert!(!same_site(&headers(&[host])));
    }
}
