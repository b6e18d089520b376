//! The app shell: the HTML document, the layout with its navigation, the routes, the home page,
//! the 404 page and the error boundary.

#[cfg(feature = "ssr")]
pub mod assets;
mod home;
mod shortcuts;
mod theme;

use crate::{accounts, collab, forum, interviews, news, practice, problems, stats, submissions};
use accounts::{
    AdminUsersPage, ForgotPasswordPage, LoginPage, ProfilePage, ResetPasswordPage, SettingsPage,
    SignupPage, VerifyEmailPage,
};
use collab::CollabPage;
use forum::ForumPage;
use home::HomePage;
use interviews::InterviewsArea;
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::{Lazy, LazyRoute, SsrMode, lazy_route, path};
use news::NewsPage;
use practice::ProblemPage;
use problems::{AdminEditProblemPage, AdminNewProblemPage, AdminProblemsPage, ProblemsPage};
use stats::LeaderboardPage;
use submissions::{SubmissionPage, SubmissionsPage};
use theme::ThemeToggle;
pub use theme::{Theme, use_theme};

/// The whole HTML document rendered by the server around the app.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;
    let stylesheet = assets::stylesheet_href(&options);
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="stylesheet" id="leptos" href=stylesheet/>
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

/// Declares `$route`, a route showing the page `$page` whose code is a part of the client of
/// its own (built with `cargo leptos build --split`), fetched when the page is first shown.
///
/// Every page is such a part except the problem list, the page most visits start from and the
/// one the page-weight budget measures: kept in the main module, it arrives in one file that
/// compresses better than the parts (and their shared parts) it would otherwise need.
macro_rules! lazy_page {
    ($($route:ident => $page:ident),* $(,)?) => {$(
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    )*};
}

lazy_page! {
    Home => HomePage,
    Practice => ProblemPage,
    Submissions => SubmissionsPage,
    Submission => SubmissionPage,
    Interviews => InterviewsArea,
    Forum => ForumPage,
    Collab => CollabPage,
    News => NewsPage,
    Leaderboard => LeaderboardPage,
    Profile => ProfilePage,
    Login => LoginPage,
    Signup => SignupPage,
    ForgotPassword => ForgotPasswordPage,
    ResetPassword => ResetPasswordPage,
    VerifyEmail => VerifyEmailPage,
    Settings => SettingsPage,
    AdminUsers => AdminUsersPage,
    AdminProblems => AdminProblemsPage,
    AdminNewProblem => AdminNewProblemPage,
    AdminEditProblem => AdminEditProblemPage,
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
        <Title formatter=|title: String| {
            if title.is_empty() { "Grindstone".to_owned() } else { format!("{title} · Grindstone") }
        }/>
        <Router>
            <Header/>
            <main id="content" tabindex="-1">
                <ErrorBoundary fallback=|errors| view! { <ErrorPage errors/> }>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view={Lazy::<Home>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/problems") view=ProblemsPage ssr=SsrMode::Async/>
                        <Route path=path!("/problems/:slug") view={Lazy::<Practice>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/submissions") view={Lazy::<Submissions>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/submissions/:id") view={Lazy::<Submission>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/interviews") view={Lazy::<Interviews>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/interviews/*rest") view={Lazy::<Interviews>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/forum") view={Lazy::<Forum>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/collab") view={Lazy::<Collab>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/news") view={Lazy::<News>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/leaderboard") view={Lazy::<Leaderboard>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/u/:id") view={Lazy::<Profile>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/login") view={Lazy::<Login>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/signup") view={Lazy::<Signup>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/forgot-password") view={Lazy::<ForgotPassword>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/reset-password") view={Lazy::<ResetPassword>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/verify-email") view={Lazy::<VerifyEmail>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/settings") view={Lazy::<Settings>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/admin/users") view={Lazy::<AdminUsers>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/admin/problems") view={Lazy::<AdminProblems>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/admin/problems/new") view={Lazy::<AdminNewProblem>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/admin/problems/:slug/edit") view={Lazy::<AdminEditProblem>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/admin/interviews") view={Lazy::<Interviews>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/admin/interviews/*rest") view={Lazy::<Interviews>::new()} ssr=SsrMode::Async/>
                    </Routes>
                </ErrorBoundary>
            </main>
            <footer class="site-footer">
                <p>"Grindstone — practise, get judged, get hired."</p>
                <shortcuts::ShortcutsHelp/>
            </footer>
        </Router>
    }
}

/// The header. Its navigation and account links are one `<details>` menu: on a narrow screen it
/// folds them away behind "Menu" (opening without JavaScript), on a wide one the stylesheet shows
/// its content and hides the summary (`::details-content`), so every link is drawn once.
#[component]
fn Header() -> impl IntoView {
    // A link followed inside the open menu changes the page, not the document: close it.
    let menu = NodeRef::<leptos::html::Details>::new();
    let pathname = leptos_router::hooks::use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        if let Some(menu) = menu.get_untracked() {
            let _ = menu.remove_attribute("open");
        }
    });
    view! {
        <a class="skip-link" href="#content" on:click=skip_to_content>
            "Skip to content"
        </a>
        <header class="site-header">
            <A href="/" attr:class="brand">
                "Grindstone"
            </A>
            <details class="site-menu" node_ref=menu>
                <summary>"Menu"</summary>
                <div class="site-menu-panel">
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
                    </div>
                </div>
            </details>
            <ThemeToggle/>
        </header>
    }
    .into_any()
}

/// Moves focus to the main content. The browser would do it for the link's `#content`, but the
/// client-side router takes the click over and only changes the address.
fn skip_to_content(event: leptos::ev::MouseEvent) {
    let main = document()
        .get_element_by_id("content")
        .and_then(|main| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main).ok());
    if let Some(main) = main {
        event.prevent_default();
        let _ = main.focus();
        main.scroll_into_view();
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

/// After the client has stopped (a part of it that failed to download, or a bug): tells the
/// reader the page no longer responds and offers to load it again. Plain DOM, as nothing of the
/// client runs any more.
#[cfg(feature = "hydrate")]
pub fn show_client_failure() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.get_element_by_id("client-failure").is_some() {
        return;
    }
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("client-failure");
    let _ = banner.set_attribute("role", "alert");
    banner.set_inner_html(
        "<p>Part of this page failed to load, so it no longer responds. \
         Check your connection, then try again.</p>\
         <button type=\"button\" onclick=\"location.reload()\">Reload the page</button>",
    );
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
