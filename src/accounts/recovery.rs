//! Mailed links: "forgot your password" (`/forgot-password`, then `/reset-password?token=`)
//! and the confirmation of an email address after sign-up (`/verify-email?token=`).
//!
//! A link carries a single-use token that expires ([`super::tokens`]). Opening one only shows a
//! form; the token is used up when the form is submitted, so that a mail scanner that fetches
//! the link changes nothing. Asking for a reset answers the same whether or not the address
//! has an account.

use super::auth::{form_alert, form_error};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Mails a link to choose a new password to the account with this email, if there is one.
#[server]
pub async fn request_password_reset(email: String) -> Result<(), ServerFnError> {
    use super::support::{RESET_REQUESTS_PER_EMAIL_AND_IP, RESET_REQUESTS_PER_IP, invalid};
    use super::tokens::TokenPurpose;
    use super::{Email, guard};
    use crate::db::internal_error;

    let db = crate::db::from_context()?;
    let ip = guard::client_ip();
    RESET_REQUESTS_PER_IP.enforce(&db, &ip).await?;
    let email = Email::parse(&email).map_err(invalid)?;
    RESET_REQUESTS_PER_EMAIL_AND_IP
        .enforce(&db, &format!("{} {ip}", email.as_str()))
        .await?;
    let user = super::repo::by_email(&db, &email)
        .await
        .map_err(internal_error)?;
    if let Some(user) = user.filter(|user| user.disabled_at.is_none()) {
        mail_link(db, user.user_id, email, TokenPurpose::Reset);
    }
    leptos_axum::redirect("/forgot-password?sent=1");
    Ok(())
}

/// Sets a new password with a mailed reset token, ends every session of the account and sends
/// the browser to sign in. A password the rules refuse leaves the token usable.
#[server]
pub async fn reset_password(token: String, new_password: String) -> Result<(), ServerFnError> {
    use super::support::{hash, invalid};
    use super::tokens::{self, TokenPurpose};
    use super::{Email, Password};
    use crate::db::internal_error;

    let db = crate::db::from_context()?;
    let user_id = tokens::holder(&db, &token, TokenPurpose::Reset)
        .await
        .map_err(internal_error)?
        .ok_or_else(unusable_link)?;
    let user = super::repo::by_id(&db, user_id)
        .await
        .map_err(internal_error)?
        .filter(|user| user.disabled_at.is_none())
        .ok_or_else(unusable_link)?;
    let email = Email::parse(&user.email).map_err(invalid)?;
    let password = Password::parse(&new_password, &email).map_err(invalid)?;
    let new_hash = hash(password).await?;
    let redeemed = tokens::redeem(&db, &token, TokenPurpose::Reset)
        .await
        .map_err(internal_error)?;
    if redeemed != Some(user_id) {
        return Err(unusable_link());
    }
    super::repo::reset_password(&db, user_id, &new_hash)
        .await
        .map_err(internal_error)?;
    leptos_axum::redirect("/login?reset=1");
    Ok(())
}

/// Confirms the account's email address with a mailed verification token.
#[server]
pub async fn verify_email(token: String) -> Result<(), ServerFnError> {
    use super::tokens::{self, TokenPurpose};
    use crate::db::internal_error;

    let db = crate::db::from_context()?;
    let user_id = tokens::redeem(&db, &token, TokenPurpose::Verify)
        .await
        .map_err(internal_error)?
        .ok_or_else(unusable_link)?;
    super::repo::mark_email_verified(&db, user_id)
        .await
        .map_err(internal_error)?;
    leptos_axum::redirect("/verify-email?verified=1");
    Ok(())
}

#[cfg(feature = "ssr")]
fn unusable_link() -> ServerFnError {
    super::guard::refuse(
        axum::http::StatusCode::BAD_REQUEST,
        "This link is invalid, used already or expired. Please ask for a new one.",
    )
}

/// Issues a token of `purpose` for a user and mails its link, in the background: a request
/// takes as long whether or not a mail goes out (nothing tells whether an address has an
/// account), and a slow mail server delays nobody. Failures are logged.
#[cfg(feature = "ssr")]
pub(super) fn mail_link(
    db: crate::db::Db,
    user_id: i64,
    email: super::Email,
    purpose: super::tokens::TokenPurpose,
) {
    use super::tokens::{self, TokenPurpose};
    let Some(mailer) = use_context::<super::mail::Mailer>() else {
        tracing::error!("no mailer in the context");
        return;
    };
    tokio::spawn(async move {
        let sent = async {
            let secret = tokens::issue(&db, user_id, purpose)
                .await
                .map_err(|e| e.to_string())?;
            let (subject, body) = match purpose {
                TokenPurpose::Reset => (
                    "Choose a new Grindstone password",
                    format!(
                        "Someone, we hope you, asked to choose a new password for your \
                         Grindstone account.\n\nChoose it here within the hour:\n{}\n\n\
                         If it was not you, ignore this mail: your password stays as it is.\n",
                        mailer.link(&format!("/reset-password?token={secret}"))
                    ),
                ),
                TokenPurpose::Verify => (
                    "Confirm your email address",
                    format!(
                        "Welcome to Grindstone. Confirm that this address is yours within a \
                         day:\n{}\n\nIf you did not create an account, ignore this mail.\n",
                        mailer.link(&format!("/verify-email?token={secret}"))
                    ),
                ),
            };
            mailer.send(&email, subject, body).await
        };
        if let Err(error) = sent.await {
            tracing::error!(%error, purpose = purpose.as_str(), "cannot mail a link");
        }
    });
}

/// The `token` of the page's query string.
fn query_token() -> impl Fn() -> String + Copy {
    let query = use_query_map();
    move || query.read().get("token").unwrap_or_default()
}

/// `/forgot-password`.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let request = ServerAction::<RequestPasswordReset>::new();
    let query = use_query_map();
    let sent = move || {
        (query.read().get("sent").is_some() || matches!(request.value().get(), Some(Ok(())))).then(
            || {
                view! {
                    <p class="success" role="status">
                        "If an account uses that address, a link to choose a new password is \
                         on its way. It works for an hour."
                    </p>
                }
            },
        )
    };
    view! {
        <Title text="Forgot your password?"/>
        <section class="page auth">
            <h1>"Forgot your password?"</h1>
            {sent}
            <ActionForm action=request>
                <label>
                    "Email"
                    <input type="email" name="email" required autocomplete="email" maxlength="254"/>
                </label>
                {form_alert(form_error(request))}
                <button type="submit" class="button primary">"Mail me a link"</button>
            </ActionForm>
        </section>
    }
}

/// `/reset-password?token=`.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let reset = ServerAction::<ResetPassword>::new();
    let token = query_token();
    view! {
        <Title text="Choose a new password"/>
        <section class="page auth">
            <h1>"Choose a new password"</h1>
            <ActionForm action=reset>
                <input type="hidden" name="token" prop:value=token/>
                <label>
                    "New password"
                    <input
                        type="password"
                        name="new_password"
                        required
                        autocomplete="new-password"
                        minlength="8"
                        maxlength="128"
                    />
                    <small class="muted">"8 to 128 characters. You will be signed out everywhere."</small>
                </label>
                {form_alert(form_error(reset))}
                <button type="submit" class="button primary">"Set the password"</button>
            </ActionForm>
        </section>
    }
}

/// `/verify-email?token=`.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let verify = ServerAction::<VerifyEmail>::new();
    let token = query_token();
    let query = use_query_map();
    let verified = move || query.read().get("verified").is_some();
    view! {
        <Title text="Confirm your email address"/>
        <section class="page auth">
            <h1>"Confirm your email address"</h1>
            <Show
                when=verified
                fallback=move || {
                    view! {
                        <ActionForm action=verify>
                            <input type="hidden" name="token" prop:value=token/>
                            {form_alert(form_error(verify))}
                            <button type="submit" class="button primary">"Confirm my address"</button>
                        </ActionForm>
                    }
                }
            >
                <p class="success" role="status">"Your email address is confirmed. Thank you."</p>
            </Show>
        </section>
    }
}
