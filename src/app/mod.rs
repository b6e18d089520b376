//! The app shell: the HTML document, the layout with its navigation, the routes, the home page,
//! the 404 page and the error boundary.

mod home;
mod theme;

use crate::{accounts, collab, forum, interviews, news, practice, problems, stats, submissions};
use home::HomePage;
use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::{SsrMode, path};
use theme::ThemeToggle;
pub use theme::{Theme, use_theme};

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

/// The root component: layout and routes. Every page loads its data before the response starts
/// (`SsrMode::Async`): the HTML arrives complete, so the site works without JavaScript, and a
/// page can still set its status code (404) or redirect.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    theme::provide_theme();
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
                        <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                        <Route path=path!("/problems") view=problems::ProblemsPage ssr=SsrMode::Async/>
                        <Route path=path!("/problems/:slug") view=practice::ProblemPage ssr=SsrMode::Async/>
                        <Route path=path!("/submissions") view=submissions::SubmissionsPage ssr=SsrMode::Async/>
                        <Route path=path!("/submissions/:id") view=submissions::SubmissionPage ssr=SsrMode::Async/>
                        <Route path=path!("/interviews") view=interviews::InterviewsPage ssr=SsrMode::Async/>
                        <Route path=path!("/forum") view=forum::ForumPage ssr=SsrMode::Async/>
                        <Route path=path!("/collab") view=collab::CollabPage ssr=SsrMode::Async/>
                        <Route path=path!("/news") view=news::NewsPage ssr=SsrMode::Async/>
                        <Route path=path!("/leaderboard") view=stats::LeaderboardPage ssr=SsrMode::Async/>
                        <Route path=path!("/u/:id") view=accounts::ProfilePage ssr=SsrMode::Async/>
                        <Route path=path!("/login") view=accounts::LoginPage ssr=SsrMode::Async/>
                        <Route path=path!("/signup") view=accounts::SignupPage ssr=SsrMode::Async/>
                        <Route path=path!("/forgot-password") view=accounts::ForgotPasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/reset-password") view=accounts::ResetPasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/verify-email") view=accounts::VerifyEmailPage ssr=SsrMode::Async/>
                        <Route path=path!("/settings") view=accounts::SettingsPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/users") view=accounts::AdminUsersPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/problems") view=problems::AdminProblemsPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/problems/new") view=problems::AdminNewProblemPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/problems/:slug/edit") view=problems::AdminEditProblemPage ssr=SsrMode::Async/>
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

/// A page that explains why there is nothing to show, answering with HTTP status `status`.
fn status_page(status: u16, title: &'static str, message: &'static str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(status),
    ) {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <Title text=title/>
        <section class="page status-page" role="alert">
            <h1>{title}</h1>
            <p>{message}</p>
            <p>
                <a href="/">"Back to the start page"</a>
            </p>
        </section>
    }
}

/// The page for an address that matches no route, or a record that does not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    status_page(
        404,
        "Page not found",
        "There is nothing at this address. It may have moved, or never existed.",
    )
}

/// The page shown to a signed-in user who may not see this one.
#[component]
pub fn Forbidden() -> impl IntoView {
    status_page(403, "Not allowed", "Your account may not see this page.")
}

/// What the error boundary shows when a page fails to render; the errors go to the log.
#[component]
fn ErrorPage(errors: ArcRwSignal<Errors>) -> impl IntoView {
    #[cfg(feature = "ssr")]
    for (_, error) in errors.read().iter() {
        tracing::error!(%error, "page failed to render");
    }
    let _ = errors;
    status_page(
        500,
        "Something went wrong",
        "This page could not be shown. Please try again in a moment.",
    )
}
