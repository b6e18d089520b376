//! `/admin/users`: administrators list users, change their roles and disable accounts.

use super::auth::{form_alert, form_error, signed_in};
use super::{AdminUserRow, CurrentUser, Role};
use crate::ui::{ListTable, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// Every user, for administrators.
#[server]
pub async fn list_users() -> Result<Vec<AdminUserRow>, ServerFnError> {
    super::guard::require_admin()?;
    let db = crate::db::from_context()?;
    super::repo::list(&db)
        .await
        .map_err(crate::db::internal_error)
}

/// Gives a user a role. Administrators cannot change their own role, so that a site never
/// loses its last administrator by accident.
#[server]
pub async fn set_user_role(user_id: i64, role: Role) -> Result<(), ServerFnError> {
    let admin = super::guard::require_admin()?;
    refuse_self(&admin, user_id, "You cannot change your own role.")?;
    let db = crate::db::from_context()?;
    let found = super::repo::set_role(&db, user_id, role)
        .await
        .map_err(crate::db::internal_error)?;
    found.then_some(()).ok_or_else(no_such_user)
}

/// Disables an account (its sessions end at once) or enables it again.
#[server]
pub async fn set_user_disabled(user_id: i64, disabled: bool) -> Result<(), ServerFnError> {
    let admin = super::guard::require_admin()?;
    refuse_self(&admin, user_id, "You cannot disable your own account.")?;
    let db = crate::db::from_context()?;
    let found = super::repo::set_disabled(&db, user_id, disabled)
        .await
        .map_err(crate::db::internal_error)?;
    found.then_some(()).ok_or_else(no_such_user)
}

#[cfg(feature = "ssr")]
fn refuse_self(admin: &CurrentUser, user_id: i64, message: &str) -> Result<(), ServerFnError> {
    if admin.user_id == user_id {
        Err(super::guard::refuse(
            axum::http::StatusCode::BAD_REQUEST,
            message,
        ))
    } else {
        Ok(())
    }
}

#[cfg(feature = "ssr")]
fn no_such_user() -> ServerFnError {
    super::guard::refuse(axum::http::StatusCode::NOT_FOUND, "There is no such user.")
}

/// `/admin/users`.
#[component]
pub fn AdminUsersPage() -> impl IntoView {
    view! {
        <Title text="Users"/>
        {signed_in(true, user_admin)}
    }
}

fn user_admin(admin: CurrentUser) -> impl IntoView {
    let set_role = ServerAction::<SetUserRole>::new();
    let set_disabled = ServerAction::<SetUserDisabled>::new();
    let users = Resource::new(
        move || (set_role.version().get(), set_disabled.version().get()),
        |_| list_users(),
    );
    let render = move |users: Vec<AdminUserRow>| {
        let rows = users
            .into_iter()
            .map(|user| {
                let is_self = user.user_id == admin.user_id;
                let other_role = match user.role {
                    Role::Admin => Role::User,
                    Role::User => Role::Admin,
                };
                let disabled = user.disabled_at.is_some();
                view! {
                    <tr class:disabled=disabled>
                        <td><a href=format!("/u/{}", user.user_id)>{user.name}</a></td>
                        <td>{user.email}</td>
                        <td>{user.role.as_str()}</td>
                        <td>{user.date_joined.date()}</td>
                        <td>{user.last_login.map_or_else(|| "never".to_owned(), |t| t.date_time())}</td>
                        <td>{if disabled { "disabled" } else { "active" }}</td>
                        <td class="row-actions">
                            {(!is_self).then(|| view! {
                                <ActionForm action=set_role>
                                    <input type="hidden" name="user_id" value=user.user_id/>
                                    <input type="hidden" name="role" value=other_role.as_str()/>
                                    <button type="submit" class="button">{format!("Make {other_role}")}</button>
                                </ActionForm>
                                <ActionForm action=set_disabled>
                                    <input type="hidden" name="user_id" value=user.user_id/>
                                    <input type="hidden" name="disabled" value=(!disabled).to_string()/>
                                    <button type="submit" class="button">{if disabled { "Enable" } else { "Disable" }}</button>
                                </ActionForm>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <ListTable class="users" label="Users" headers=&["Name", "Email", "Role", "Joined", "Last sign-in", "Account", "Actions"]>{rows}</ListTable>
        }
    };
    view! {
        <section class="page admin">
            <h1>"Users"</h1>
            <p><a href="/admin/problems">"Manage problems"</a></p>
            {form_alert(form_error(set_role))}
            {form_alert(form_error(set_disabled))}
            {when_loaded(users, render)}
        </section>
    }
}
