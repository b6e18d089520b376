//! Signing up, in and out: the server functions, their forms, the header's user menu and the
//! wrapper for pages that need a signed-in user.
//!
//! The forms are `ActionForm`s: plain HTML forms posting to the server functions, so they work
//! before the WASM client has loaded (the server answers with a redirect, carrying an error in
//! the query string when there is one), and submit without a reload after hydration.

use super::CurrentUser;
use crate::ui::error_message;

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos::server_fn::error::ServerFnUrlError;
use leptos_meta::Title;
use leptos_router::components::{A, Redirect};
use leptos_router::hooks::{use_location, use_query_map};

/// The user this request is signed in as, if any.
#[server]
pub async fn me() -> Result<Option<CurrentUser>, ServerFnError> {
    Ok(super::guard::current_user())
}

/// The ways to sign in besides a password.
#[server]
pub async fn sign_in_methods() -> Result<super::SignInOptions, ServerFnError> {
    Ok(use_context::<super::SignInOptions>().unwrap_or_default())
}

/// Creates an account with a password, mails it a link that confirms its address, then sends
/// the browser to sign in.
///
/// The answer is the same whether the email was free or already registered (which is only
/// logged), so that this form cannot be used to find out who has an account here.
#[server]
pub async fn sign_up(
    name: String,
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), ServerFnError> {
    use super::repo::{CreateUserError, NewUser};
    use super::support::{SIGN_UP_PER_IP, hash, invalid, safe_next};
    use super::{DisplayName, Email, Password, Role, guard};

    let db = crate::db::from_context()?;
    SIGN_UP_PER_IP.enforce(&db, &guard::client_ip()).await?;
    let name = DisplayName::parse(&name).map_err(invalid)?;
    let email = Email::parse(&email).map_err(invalid)?;
    let password = Password::parse(&password, &email).map_err(invalid)?;
    // Hashed in both cases, so that the time taken does not tell them apart either.
    let user = NewUser {
        name,
        email,
        password_hash: Some(hash(password).await?),
        google_id: None,
        profile_picture: None,
        role: Role::User,
    };
    match super::repo::create(&db, &user).await {
        Ok(user_id) => {
            tracing::info!(user_id, "account created");
            super::recovery::mail_link(
                db.clone(),
                user_id,
                user.email.clone(),
                super::tokens::TokenPurpose::Verify,
            );
        }
        Err(CreateUserError::EmailTaken) => {
            tracing::info!("sign-up with an email that already has an account")
        }
        Err(CreateUserError::Database(error)) => return Err(crate::db::internal_error(error)),
    }
    let next = safe_next(next);
    leptos_axum::redirect(&format!("/login?welcome=1&next={}", percent_encode(&next)));
    Ok(())
}

/// Encodes a local path for use as one query-string value.
#[cfg(feature = "ssr")]
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Signs in with an email and password.
///
/// Only failures are counted, per account and client address and per client address: a
/// stranger guessing elsewhere cannot lock the owner out.
#[server]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), ServerFnError> {
    use super::support::{
        MAX_PASSWORD_BYTES, SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP, SIGN_IN_FAILURES_PER_IP,
        safe_next, start_session, verify,
    };
    use super::{Email, guard};
    use axum::http::StatusCode;

    const WRONG: &str = "The email or the password is not right.";
    let db = crate::db::from_context()?;
    let ip = guard::client_ip();
    SIGN_IN_FAILURES_PER_IP
        .refuse_when_exhausted(&db, &ip)
        .await?;
    let (Ok(email), true) = (Email::parse(&email), password.len() <= MAX_PASSWORD_BYTES) else {
        return Err(guard::refuse(StatusCode::UNAUTHORIZED, WRONG));
    };
    // Emails hold no whitespace, so the pair is unambiguous.
    let account_and_ip = format!("{} {ip}", email.as_str());
    SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP
        .refuse_when_exhausted(&db, &account_and_ip)
        .await?;
    let user = super::repo::by_email(&db, &email)
        .await
        .map_err(crate::db::internal_error)?;
    let stored_hash = user.as_ref().and_then(|u| u.password_hash.clone());
    let password_matches = verify(password, stored_hash).await;
    match user {
        Some(user) if password_matches && user.disabled_at.is_none() => {
            start_session(&db, user.user_id).await?;
            leptos_axum::redirect(&safe_next(next));
            Ok(())
        }
        _ => {
            for (limit, subject) in [
                (SIGN_IN_FAILURES_PER_IP, &ip),
                (SIGN_IN_FAILURES_PER_ACCOUNT_AND_IP, &account_and_ip),
            ] {
                limit
                    .count(&db, subject)
                    .await
                    .map_err(crate::db::internal_error)?;
            }
            Err(guard::refuse(StatusCode::UNAUTHORIZED, WRONG))
        }
    }
}

/// Ends this browser's session.
#[server]
pub async fn sign_out() -> Result<(), ServerFnError> {
    let db = crate::db::from_context()?;
    if let Some(token) = super::guard::viewer().token {
        super::session::end(&db, &token)
            .await
            .map_err(crate::db::internal_error)?;
    }
    super::support::clear_cookie();
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends every session of the signed-in user, on every device.
#[server]
pub async fn sign_out_everywhere() -> Result<(), ServerFnError> {
    let user = super::guard::require_user()?;
    let db = crate::db::from_context()?;
    super::session::end_all(&db, user.user_id, None)
        .await
        .map_err(crate::db::internal_error)?;
    super::support::clear_cookie();
    leptos_axum::redirect("/");
    Ok(())
}

/// The account actions and the signed-in user, shared by the header and the pages. The user
/// is loaded again after any action that can change who is signed in or how they are shown.
#[derive(Clone, Copy)]
pub struct AuthActions {
    pub sign_in: ServerAction<SignIn>,
    pub sign_up: ServerAction<SignUp>,
    pub sign_out: ServerAction<SignOut>,
    pub sign_out_everywhere: ServerAction<SignOutEverywhere>,
    pub update_profile: ServerAction<super::UpdateProfile>,
    pub me: Resource<Result<Option<CurrentUser>, ServerFnError>>,
}

/// Creates the account actions and puts them in the context; called once by the app.
pub fn provide_auth() {
    let sign_in = ServerAction::<SignIn>::new();
    let sign_up = ServerAction::<SignUp>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let sign_out_everywhere = ServerAction::<SignOutEverywhere>::new();
    let update_profile = ServerAction::<super::UpdateProfile>::new();
    let me = Resource::new(
        move || {
            (
                sign_in.version().get(),
                sign_out.version().get(),
                sign_out_everywhere.version().get(),
                update_profile.version().get(),
            )
        },
        |_| me(),
    );
    provide_context(AuthActions {
        sign_in,
        sign_up,
        sign_out,
        sign_out_everywhere,
        update_profile,
        me,
    });
}

/// The error of the last submission of `action`: from the action after hydration, or from the
/// query string the server redirected a script-less form post to.
pub fn form_error<S>(action: ServerAction<S>) -> impl Fn() -> Option<String> + Copy
where
    S: ServerFn<Error = ServerFnError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let query = use_query_map();
    move || {
        if let Some(Err(error)) = action.value().get() {
            return Some(error_message(&error));
        }
        let query = query.read();
        let from_this_form = query.get("__path").as_deref() == Some(S::PATH);
        query
            .get("__err")
            .filter(|_| from_this_form && action.value().with(Option::is_none))
            .map(|encoded| error_message(&ServerFnUrlError::<ServerFnError>::decode_err(&encoded)))
    }
}

/// The alert line of a form.
pub fn form_alert(error: impl Fn() -> Option<String> + Send + Sync + 'static) -> impl IntoView {
    move || error().map(|message| view! { <p class="error" role="alert">{message}</p> })
}

/// `/login`.
#[component]
pub fn LoginPage() -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let oauth_error = move || {
        query
            .read()
            .get("oauth_error")
            .and_then(|code| code.parse::<super::OAuthFailure>().ok())
            .map(super::OAuthFailure::message)
            .map(|message| view! { <p class="error" role="alert">{message}</p> })
    };
    let options = Resource::new(|| (), |_| sign_in_methods());
    let welcome = move || {
        let query = query.read();
        let message = if query.get("welcome").is_some() {
            Some("Your account is ready. Sign in to continue.")
        } else if query.get("reset").is_some() {
            Some("Your new password is set. Sign in with it.")
        } else {
            None
        };
        message.map(|message| view! { <p class="success" role="status">{message}</p> })
    };
    let provider_button = move |options: super::SignInOptions| {
        options.oauth_provider.map(|provider| {
            let href = move || format!("/auth/oauth/start?next={}", next());
            view! {
                <a class="button oauth" href=href rel="external">
                    {format!("Continue with {provider}")}
                </a>
                <p class="divider">"or"</p>
            }
        })
    };
    view! {
        <Title text="Sign in"/>
        <section class="page auth">
            <h1>"Sign in"</h1>
            {welcome}
            {oauth_error}
            {crate::ui::when_loaded(options, provider_button)}
            <ActionForm action=auth.sign_in>
                <input type="hidden" name="next" prop:value=next/>
                <label>
                    "Email"
                    <input type="email" name="email" required autocomplete="email" maxlength="254"/>
                </label>
                <label>
                    "Password"
                    <input
                        type="password"
                        name="password"
                        required
                        autocomplete="current-password"
                        maxlength="1024"
                    />
                </label>
                {form_alert(form_error(auth.sign_in))}
                <button type="submit" class="button primary">
                    "Sign in"
                </button>
            </ActionForm>
            <p class="meta">
                <A href="/forgot-password">"Forgot your password?"</A>
                " · New here? "
                <A href="/signup">"Create an account"</A>
            </p>
        </section>
    }
}

/// `/signup`.
#[component]
pub fn SignupPage() -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    view! {
        <Title text="Create an account"/>
        <section class="page auth">
            <h1>"Create an account"</h1>
            <ActionForm action=auth.sign_up>
                <label>
                    "Name"
                    <input type="text" name="name" required autocomplete="name" maxlength="50"/>
                </label>
                <label>
                    "Email"
                    <input type="email" name="email" required autocomplete="email" maxlength="254"/>
                </label>
                <label>
                    "Password"
                    <input
                        type="password"
                        name="password"
                        required
                        autocomplete="new-password"
                        minlength="8"
                        maxlength="128"
                    />
                    <small class="muted">"8 to 128 characters."</small>
                </label>
                {form_alert(form_error(auth.sign_up))}
                <button type="submit" class="button primary">
                    "Create account"
                </button>
            </ActionForm>
            <p class="meta">"Already have an account? " <A href="/login">"Sign in"</A></p>
        </section>
    }
}

/// The header's account links: sign in and up, or the user's name, settings, admin and sign out.
#[component]
pub fn UserMenu() -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match auth.me.await {
                    Ok(Some(user)) => {
                        view! {
                            <a class="user-link" href=format!("/u/{}", user.user_id)>{user.name.clone()}</a>
                            <A href="/submissions">"Submissions"</A>
                            <A href="/settings">"Settings"</A>
                            {user.is_admin().then(|| view! { <A href="/admin/users">"Admin"</A> })}
                            <ActionForm action=auth.sign_out>
                                <button type="submit" class="link-button">"Sign out"</button>
                            </ActionForm>
                        }
                            .into_any()
                    }
                    _ => {
                        view! {
                            <A href="/login">"Sign in"</A>
                            <a class="button primary" href="/signup">"Sign up"</a>
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// Renders `render(user)` for a signed-in user (an administrator when `admin_only`); sends
/// anyone else to the sign-in page, or shows a 403 to a signed-in non-administrator. The server
/// functions behind such pages check again: this only decides what to show.
pub fn signed_in<V: IntoView + 'static>(
    admin_only: bool,
    render: impl Fn(CurrentUser) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    let path = use_location().pathname.get_untracked();
    crate::ui::when_loaded(auth.me, move |user| match user {
        Some(user) if !admin_only || user.is_admin() => render(user).into_any(),
        Some(_) => view! { <crate::app::Forbidden/> }.into_any(),
        None => view! { <Redirect path=format!("/login?next={path}")/> }.into_any(),
    })
}
