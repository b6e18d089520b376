//! The public profile page.

use super::{PublicProfile, get_profile};
use crate::app::NotFound;
use crate::ui::when_loaded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/u/{id}`: a user's public profile.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let user_id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
    };
    let profile = Resource::new(user_id, |user_id| async move {
        match user_id {
            Some(user_id) => get_profile(user_id).await,
            None => Ok(None),
        }
    });
    view! {
        {when_loaded(
            profile,
            |profile| match profile {
                Some(profile) => profile_card(profile).into_any(),
                None => view! { <NotFound/> }.into_any(),
            },
        )}
    }
}

fn profile_card(profile: PublicProfile) -> impl IntoView {
    let initial = profile
        .name
        .chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    let avatar = match profile.profile_picture {
        Some(url) => {
            view! { <img class="avatar" src=url alt="" width="96" height="96"/> }.into_any()
        }
        None => {
            // A generated avatar: the initial on a colour derived from the user id.
            let hue = (profile.user_id * 47).rem_euclid(360);
            let style = format!("background: hsl({hue} 55% 45%)");
            view! { <span class="avatar generated" style=style aria-hidden="true">{initial}</span> }
                .into_any()
        }
    };
    view! {
        <Title text=profile.name.clone()/>
        <article class="page profile">
            <header class="profile-header">
                {avatar}
                <div>
                    <h1>{profile.name}</h1>
                    <p class="meta">
                        "Joined " {profile.date_joined.date()}
                        {(profile.role == super::Role::Admin)
                            .then(|| view! { " · " <span class="badge">"Admin"</span> })}
                    </p>
                </div>
            </header>
            <dl class="stats">
                <div>
                    <dt>"Problems solved"</dt>
                    <dd>{profile.problems_solved}</dd>
                </div>
                <div>
                    <dt>"Forum posts"</dt>
                    <dd>{profile.posts}</dd>
                </div>
            </dl>
        </article>
    }
}
