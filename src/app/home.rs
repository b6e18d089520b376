//! The start page.

use crate::ui::when_loaded;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// Headline numbers of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteTotals {
    pub problems: i64,
    pub members: i64,
    pub posts: i64,
}

#[server]
pub async fn site_numbers() -> Result<SiteTotals, ServerFnError> {
    let db = crate::db::from_context()?;
    let (problems, members, posts) = tokio::try_join!(
        crate::problems::repo::count(&db),
        crate::accounts::repo::count(&db),
        crate::forum::repo::count(&db),
    )
    .map_err(crate::db::internal_error)?;
    Ok(SiteTotals {
        problems,
        members,
        posts,
    })
}

/// `/`: what Grindstone is, with live numbers and ways in.
#[component]
pub fn HomePage() -> impl IntoView {
    let numbers = Resource::new(|| (), |_| site_numbers());
    view! {
        <Title text=""/>
        <section class="hero">
            <h1>"Sharpen your interview skills."</h1>
            <p class="lead">
                "Solve problems in a real editor, get judged in a real sandbox, rehearse interviews, and learn together."
            </p>
            <p class="actions">
                <a class="button primary" href="/problems">
                    "Start solving"
                </a>
                <a class="button" href="/interviews">
                    "Try a mock interview"
                </a>
            </p>
        </section>
        {when_loaded(
            numbers,
            |numbers| {
                view! {
                    <dl class="stats home-stats">
                        <div>
                            <dt>"Problems"</dt>
                            <dd>{numbers.problems}</dd>
                        </div>
                        <div>
                            <dt>"Members"</dt>
                            <dd>{numbers.members}</dd>
                        </div>
                        <div>
                            <dt>"Forum posts"</dt>
                            <dd>{numbers.posts}</dd>
                        </div>
                    </dl>
                }
            },
        )}
    }
}
