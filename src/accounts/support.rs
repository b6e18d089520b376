//! Server-side steps shared by the account server functions: rate limits, starting a session,
//! hashing through the throttle off the async threads, and turning refusals into responses.

use super::guard::{self, cookie_policy, refuse};
use super::{Password, password, repo, session};
use crate::db::{Db, internal_error};
use crate::domain::InputError;
use crate::rate_limit::Limit;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, StatusCode};
use leptos::prelude::*;
use std::sync::OnceLock;
use std::time::Duration;

/// Failed sign-ins on one account from one IP address. Only failures count, and only from
/// where they come, so that nobody can lock an account's owner out from elsewhere.
pub const SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP: Limit = Limit {
    bucket: "sign-in-failures-account-ip",
    max_hits: 10,
    window: Duration::from_secs(15 * 60),
};
/// Failed sign-ins from one IP address, whatever the account: credential stuffing.
pub const SIGN_IN_FAILURES_PER_IP: Limit = Limit {
    bucket: "sign-in-failures-ip",
    max_hits: 30,
    window: Duration::from_secs(15 * 60),
};
/// Wrong current passwords given by one signed-in user on the settings page.
pub const PASSWORD_CHANGE_FAILURES_PER_USER: Limit = Limit {
    bucket: "password-change-failures-user",
    max_hits: 10,
    window: Duration::from_secs(15 * 60),
};
/// Accounts created from one IP address.
pub const SIGN_UP_PER_IP: Limit = Limit {
    bucket: "sign-up-ip",
    max_hits: 10,
    window: Duration::from_secs(60 * 60),
};
/// Password-reset mails asked for from one IP address.
pub const RESET_REQUESTS_PER_IP: Limit = Limit {
    bucket: "reset-request-ip",
    max_hits: 10,
    window: Duration::from_secs(60 * 60),
};
/// Password-reset mails asked for one address from one IP address: nobody floods an inbox,
/// and nobody elsewhere can use up the owner's requests.
pub const RESET_REQUESTS_PER_EMAIL_AND_IP: Limit = Limit {
    bucket: "reset-request-email-ip",
    max_hits: 3,
    window: Duration::from_secs(60 * 60),
};
/// The longest password the server will hash; longer input is refused before any work.
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// The longest path a user is sent back to after signing in; longer ones send them home.
pub const MAX_NEXT_BYTES: usize = 1024;

/// A 400 with the parser's sentence.
pub fn invalid(error: InputError) -> ServerFnError {
    refuse(StatusCode::BAD_REQUEST, &error.to_string())
}

/// Signs the user in on this response: ends the session the browser presented (so a planted
/// session id is worthless), opens a fresh one, sets its cookie and stamps the login time.
pub async fn start_session(db: &Db, user_id: i64) -> Result<(), ServerFnError> {
    if let Some(old) = guard::viewer().token {
        session::end(db, &old).await.map_err(internal_error)?;
    }
    let token = session::create(db, user_id).await.map_err(internal_error)?;
    set_cookie(&session::cookie(&token, cookie_policy().secure));
    repo::touch_last_login(db, user_id)
        .await
        .map_err(internal_error)
}

/// Removes the session cookie from the browser.
pub fn clear_cookie() {
    set_cookie(&session::removal_cookie(cookie_policy().secure));
}

fn set_cookie(value: &str) {
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}

/// Where to send the user after signing in: a path on this site, never another site, and of a
/// bounded length.
pub fn safe_next(next: Option<String>) -> String {
    next.filter(|path| {
        path.len() <= MAX_NEXT_BYTES
            && path.starts_with('/')
            && !path.starts_with("//")
            && !path.contains('\\')
            && !path.chars().any(char::is_control)
    })
    .unwrap_or_else(|| "/".to_owned())
}

/// Hashes through the throttle: argon2 takes tens of milliseconds of CPU by design.
pub async fn hash(password: Password) -> Result<String, ServerFnError> {
    password::throttle()
        .run(move || password::hash(&password))
        .await
        .map_err(internal_error)?
        .map_err(internal_error)
}

/// Checks a password through the throttle. Without a stored hash (no such user, or an
/// OAuth-only account) a dummy hash is checked instead, so that the answer takes as long and
/// reveals nothing.
pub async fn verify(candidate: String, stored_hash: Option<String>) -> bool {
    password::throttle()
        .run(move || match stored_hash {
            Some(stored) => password::verify(&candidate, &stored),
            None => {
                password::verify(&candidate, dummy_hash());
                false
            }
        })
        .await
        .unwrap_or(false)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let email = super::Email::parse("nobody@invalid.example").expect("a valid email");
        let password = Password::parse("a password nobody has", &email).expect("a valid password");
        password::hash(&password).unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_site() {
        let too_long = format!("/{}", "a".repeat(MAX_NEXT_BYTES));
        assert_eq!(safe_next(Some("/settings".into())), "/settings");
        assert_eq!(
            safe_next(Some("/problems?difficulty=Hard".into())),
            "/problems?difficulty=Hard"
        );
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "",
            "javascript:x",
            too_long.as_str(),
        ] {
            assert_eq!(safe_next(Some(bad.into())), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
