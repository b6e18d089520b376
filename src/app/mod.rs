//! The app shell: the HTML document, the layout with its navigation, the routes, the home page,
//! the 404 page and the error boundary.

mod home;
mod theme;

use crate::{accounts, collab, forum, interviews, news, problems, stats};
use home::HomePage;
use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::{SsrMode, path};
use theme::ThemeToggle;

/// The whole HTML document rendered by the server around the app.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                {theme::restore_script()}
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The root component: layout and routes. Pages that can answer 404 or redirect render fully
/// before the response starts (`SsrMode::Async`), so that their status code can still be set.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    accounts::provide_auth();
    view! {
        <Stylesheet id="leptos" href="/pkg/grindstone.css"/>
        <Title formatter=|title: String| {
            if title.is_empty() { "Grindstone".to_owned() } else { format!("{title} · Grindstone") }
        }/>
        <Router>
            <Header/>
            <main id="content">
                <ErrorBoundary fallback=|errors| view! { <ErrorPage errors/> }>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=HomePage/>
                        <Route path=path!("/problems") view=problems::ProblemsPage/>
                        <Route path=path!("/problems/:slug") view=problems::ProblemPage ssr=SsrMode::Async/>
                        <Route path=path!("/interviews") view=interviews::InterviewsPage/>
                        <Route path=path!("/forum") view=forum::ForumPage/>
                        <Route path=path!("/collab") view=collab::CollabPage/>
                        <Route path=path!("/news") view=news::NewsPage/>
                        <Route path=path!("/leaderboard") view=stats::LeaderboardPage/>
                        <Route path=path!("/u/:id") view=accounts::ProfilePage ssr=SsrMode::Async/>
                        <Route path=path!("/login") view=accounts::LoginPage/>
                        <Route path=path!("/signup") view=accounts::SignupPage/>
                        <Route path=path!("/settings") view=accounts::SettingsPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/users") view=accounts::AdminUsersPage ssr=SsrMode::Async/>
                    </Routes>
                </ErrorBoundary>
            </main>
            <footer class="site-footer">
                <p>"Grindstone — practise, get judged, get hired."</p>
            </footer>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                "Grindstone"
            </A>
            <nav class="site-nav" aria-label="Main">
                <A href="/problems">"Problems"</A>
                <A href="/interviews">"Interviews"</A>
                <A href="/forum">"Forum"</A>
                <A href="/collab">"Pair programming"</A>
                <A href="/news">"News & Jobs"</A>
                <A href="/leaderboard">"Leaderboard"</A>
            </nav>
            <div class="site-actions">
                <accounts::UserMenu/>
                <ThemeToggle/>
            </div>
        </header>
    }
}

/// The page for an address that matches no route; answers with HTTP status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Not found"/>
        <section class="page not-found">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or never existed."</p>
            <p>
                <a href="/">"Back to the start page"</a>
            </p>
        </section>
    }
}

/// The page shown to a signed-in user who may not see this one; answers with HTTP status 403.
#[component]
pub fn Forbidden() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::FORBIDDEN);
    }
    view! {
        <Title text="Not allowed"/>
        <section class="page not-found">
            <h1>"Not allowed"</h1>
            <p>"Your account may not see this page."</p>
        </section>
    }
}

/// What the error boundary shows when a page fails to render.
#[component]
fn ErrorPage(errors: ArcRwSignal<Errors>) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    #[cfg(feature = "ssr")]
    for (_, error) in errors.read().iter() {
        tracing::error!(%error, "page failed to render");
    }
    let _ = errors;
    view! {
        <Title text="Something went wrong"/>
        <section class="page error-page" role="alert">
            <h1>"Something went wrong"</h1>
            <p>"This page could not be shown. Please try again in a moment."</p>
        </section>
    }
}
