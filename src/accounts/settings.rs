//! `/settings`: the signed-in user's name, picture and password.

use super::CurrentUser;
use super::auth::{AuthActions, form_alert, form_error, signed_in};
use leptos::prelude::*;
use leptos_meta::Title;

/// Changes the signed-in user's name and picture (an http or https URL, or empty for the
/// generated avatar).
#[server]
pub async fn update_profile(name: String, profile_picture: String) -> Result<(), ServerFnError> {
    use super::support::invalid;
    use crate::domain::ExternalUrl;

    let user = super::guard::require_user()?;
    let db = crate::db::from_context()?;
    let name = super::DisplayName::parse(&name).map_err(invalid)?;
    let picture = match profile_picture.trim() {
        "" => None,
        url => Some(ExternalUrl::parse(url).map_err(invalid)?),
    };
    super::repo::update_profile(&db, user.user_id, &name, picture.as_ref())
        .await
        .map_err(crate::db::internal_error)
}

/// Changes the signed-in user's password after checking the current one, and signs out every
/// other session. An account made through the OAuth provider has no password yet: its first
/// one needs, instead of a current password, a sign-in of the last few minutes, so that a
/// session left open (or stolen) cannot add a way into the account.
#[server]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), ServerFnError> {
    use super::support::{
        MAX_PASSWORD_BYTES, PASSWORD_CHANGE_FAILURES_PER_USER, hash, invalid, verify,
    };
    use super::{Email, Password, guard, session};
    use crate::db::internal_error;
    use axum::http::StatusCode;
    use std::time::Duration;

    const RECENT_SIGN_IN: Duration = Duration::from_secs(10 * 60);
    let user = guard::require_user()?;
    let db = crate::db::from_context()?;
    let stored = super::repo::by_id(&db, user.user_id)
        .await
        .map_err(internal_error)?
        .ok_or_else(|| guard::refuse(StatusCode::UNAUTHORIZED, "Please sign in to do this."))?;
    let failures_key = user.user_id.to_string();
    PASSWORD_CHANGE_FAILURES_PER_USER
        .refuse_when_exhausted(&db, &failures_key)
        .await?;
    match stored.password_hash {
        Some(current_hash) => {
            if current_password.len() > MAX_PASSWORD_BYTES
                || !verify(current_password, Some(current_hash)).await
            {
                PASSWORD_CHANGE_FAILURES_PER_USER
                    .count(&db, &failures_key)
                    .await
                    .map_err(internal_error)?;
                return Err(guard::refuse(
                    StatusCode::BAD_REQUEST,
                    "The current password is not right.",
                ));
            }
        }
        None => {
            let recent = match guard::viewer().token {
                Some(token) => session::signed_in_within(&db, &token, RECENT_SIGN_IN)
                    .await
                    .map_err(internal_error)?,
                None => false,
            };
            if !recent {
                return Err(guard::refuse(
                    StatusCode::FORBIDDEN,
                    &format!(
                        "To set a first password, sign out and sign in again: this sign-in is \
                         more than {} minutes old.",
                        RECENT_SIGN_IN.as_secs() / 60
                    ),
                ));
            }
        }
    }
    let email = Email::parse(&stored.email).map_err(invalid)?;
    let password = Password::parse(&new_password, &email).map_err(invalid)?;
    let new_hash = hash(password).await?;
    super::repo::set_password_hash(&db, user.user_id, &new_hash)
        .await
        .map_err(internal_error)?;
    super::session::end_all(&db, user.user_id, guard::viewer().token.as_ref())
        .await
        .map_err(internal_error)
}

/// The profile as the settings form shows it.
#[server]
pub async fn own_settings() -> Result<(String, String), ServerFnError> {
    let user = super::guard::require_user()?;
    Ok((user.name, user.profile_picture.unwrap_or_default()))
}

/// `/settings`.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <Title text="Settings"/>
        {signed_in(false, settings_forms)}
    }
}

fn settings_forms(user: CurrentUser) -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    let change_password = ServerAction::<ChangePassword>::new();
    let saved = move |action_ok: bool| {
        action_ok.then(|| view! { <p class="success" role="status">"Saved."</p> })
    };
    let profile_saved = move || saved(matches!(auth.update_profile.value().get(), Some(Ok(()))));
    let password_saved = move || saved(matches!(change_password.value().get(), Some(Ok(()))));
    view! {
        <section class="page settings">
            <h1>"Settings"</h1>
            <h2>"Profile"</h2>
            <ActionForm action=auth.update_profile>
                <label>
                    "Name"
                    <input type="text" name="name" required maxlength="50" value=user.name/>
                </label>
                <label>
                    "Picture URL"
                    <input
                        type="url"
                        name="profile_picture"
                        maxlength="2048"
                        placeholder="https://…"
                        value=user.profile_picture.unwrap_or_default()
                    />
                    <small class="muted">"Leave empty to use a generated avatar."</small>
                </label>
                {form_alert(form_error(auth.update_profile))}
                {profile_saved}
                <button type="submit" class="button primary">"Save profile"</button>
            </ActionForm>

            <h2>"Password"</h2>
            <ActionForm action=change_password>
                <label>
                    "Current password"
                    <input type="password" name="current_password" autocomplete="current-password" maxlength="1024"/>
                </label>
                <label>
                    "New password"
                    <input type="password" name="new_password" required autocomplete="new-password" minlength="8" maxlength="128"/>
                </label>
                {form_alert(form_error(change_password))}
                {password_saved}
                <button type="submit" class="button primary">"Change password"</button>
                <p class="meta">"Changing your password signs you out everywhere else."</p>
            </ActionForm>

            <h2>"Sessions"</h2>
            <ActionForm action=auth.sign_out_everywhere>
                <button type="submit" class="button">"Sign out of all devices"</button>
            </ActionForm>
        </section>
    }
}
