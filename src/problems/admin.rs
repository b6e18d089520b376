//! `/admin/problems`: administrators create, edit and delete problems, upload their tests and
//! whole packages (.zip), and download a problem as a package.
//!
//! Forms are server functions; uploads are multipart POSTs to axum routes of their own (see
//! [`routes`]), because packages are larger than the site's request limit and work without
//! JavaScript as plain forms that redirect back with a message.

// `save_problem` takes one argument per form field, so that the form posts without JavaScript;
// the server macro's client half cannot carry an item-level allow.
#![allow(clippy::too_many_arguments)]

use super::Difficulty;
use crate::accounts::{CurrentUser, form_alert, form_error, signed_in};
use crate::judge::Checker;
use crate::ui::{ListTable, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// A row of the admin's problem list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminProblemRow {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tests: i64,
}

/// A problem as the editor's fields show it: text, as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemDraft {
    pub slug: String,
    pub title: String,
    pub difficulty: String,
    /// Comma-separated.
    pub tags: String,
    pub description: String,
    pub input: String,
    pub output: String,
    pub constraints: String,
    pub time_limit_ms: String,
    pub memory_limit_mb: String,
    pub checker: String,
    pub float_abs: String,
    pub float_rel: String,
    pub checker_source: String,
    pub leetcode_id: String,
    /// What the problem has that the editor does not change.
    pub tests: i64,
    pub samples: Vec<i64>,
    pub submissions: i64,
}

impl Default for ProblemDraft {
    fn default() -> Self {
        Self {
            slug: String::new(),
            title: String::new(),
            difficulty: Difficulty::Easy.as_str().to_owned(),
            tags: String::new(),
            description: String::new(),
            input: String::new(),
            output: String::new(),
            constraints: String::new(),
            time_limit_ms: "1000".to_owned(),
            memory_limit_mb: "256".to_owned(),
            checker: Checker::Tokens.as_str().to_owned(),
            float_abs: String::new(),
            float_rel: String::new(),
            checker_source: String::new(),
            leetcode_id: String::new(),
            tests: 0,
            samples: Vec::new(),
            submissions: 0,
        }
    }
}

/// Every problem, with its number of tests.
#[server]
pub async fn admin_problems() -> Result<Vec<AdminProblemRow>, ServerFnError> {
    crate::accounts::guard::require_admin()?;
    let db = crate::db::from_context()?;
    let rows = super::repo::admin_list(&db)
        .await
        .map_err(crate::db::internal_error)?;
    Ok(rows
        .into_iter()
        .map(|row| AdminProblemRow {
            slug: row.slug,
            title: row.title,
            difficulty: row.difficulty,
            tests: row.tests,
        })
        .collect())
}

/// The editor's fields of a problem, or `None` when there is no such problem.
#[server]
pub async fn edit_draft(slug: String) -> Result<Option<ProblemDraft>, ServerFnError> {
    crate::accounts::guard::require_admin()?;
    let db = crate::db::from_context()?;
    let Ok(slug) = super::Slug::parse(&slug) else {
        return Ok(None);
    };
    let Some((problem_id, problem, _)) = super::repo::editable(&db, &slug)
        .await
        .map_err(crate::db::internal_error)?
    else {
        return Ok(None);
    };
    let (tests, submissions) = super::repo::test_and_submission_counts(&db, problem_id)
        .await
        .map_err(crate::db::internal_error)?;
    let config = problem.checker_config.as_ref();
    let setting = |name: &str| {
        config
            .and_then(|c| c.get(name))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .unwrap_or_default()
    };
    Ok(Some(ProblemDraft {
        slug: slug.as_str().to_owned(),
        title: problem.title.as_str().to_owned(),
        difficulty: problem.difficulty.as_str().to_owned(),
        tags: problem.tags.join(", "),
        description: problem.description.as_str().to_owned(),
        input: problem.input,
        output: problem.output,
        constraints: problem.constraints,
        time_limit_ms: problem.time_limit_ms.to_string(),
        memory_limit_mb: problem.memory_limit_mb.to_string(),
        checker: problem.checker.as_str().to_owned(),
        float_abs: setting("float_abs"),
        float_rel: setting("float_rel"),
        checker_source: setting("source"),
        leetcode_id: problem
            .leetcode_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        tests: tests.len().try_into().unwrap_or(i64::MAX),
        samples: tests
            .iter()
            .filter(|(_, sample)| *sample)
            .map(|(n, _)| *n)
            .collect(),
        submissions,
    }))
}

/// Creates a problem (when `original` is empty) or changes the problem whose slug is
/// `original`; its tests and submissions stay. Goes to the problem's editor.
#[server]
pub async fn save_problem(
    original: String,
    slug: String,
    title: String,
    difficulty: String,
    tags: String,
    description: String,
    input: String,
    output: String,
    constraints: String,
    time_limit_ms: String,
    memory_limit_mb: String,
    checker: String,
    float_abs: String,
    float_rel: String,
    checker_source: String,
    leetcode_id: String,
) -> Result<(), ServerFnError> {
    use axum::http::StatusCode;
    let admin = crate::accounts::guard::require_admin()?;
    let draft = ProblemDraft {
        slug,
        title,
        difficulty,
        tags,
        description,
        input,
        output,
        constraints,
        time_limit_ms,
        memory_limit_mb,
        checker,
        float_abs,
        float_rel,
        checker_source,
        leetcode_id,
        ..ProblemDraft::default()
    };
    let bad = |message: String| crate::accounts::guard::refuse(StatusCode::BAD_REQUEST, &message);
    let mut problem = parse_draft(&draft).map_err(bad)?;
    let db = crate::db::from_context()?;
    let taken = super::repo::id_of(&db, &problem.slug)
        .await
        .map_err(crate::db::internal_error)?;
    let conflict = || {
        crate::accounts::guard::refuse(
            StatusCode::CONFLICT,
            &format!(
                "A problem with the slug `{}` exists already.",
                problem.slug.as_str()
            ),
        )
    };
    if original.trim().is_empty() {
        if taken.is_some() {
            return Err(conflict());
        }
        problem.creator_id = Some(admin.user_id);
        super::repo::create(&db, &problem)
            .await
            .map_err(crate::db::internal_error)?;
    } else {
        let found = match super::Slug::parse(&original) {
            Ok(original) => super::repo::id_of(&db, &original)
                .await
                .map_err(crate::db::internal_error)?,
            Err(_) => None,
        };
        let problem_id = found.ok_or_else(no_such_problem)?;
        if taken.is_some_and(|id| id != problem_id) {
            return Err(conflict());
        }
        super::repo::update(&db, problem_id, &problem)
            .await
            .map_err(crate::db::internal_error)?;
    }
    leptos_axum::redirect(&format!(
        "/admin/problems/{}/edit?notice=Saved.",
        problem.slug.as_str()
    ));
    Ok(())
}

/// Deletes a problem with its tests and submissions, once `confirm` says so.
#[server]
pub async fn delete_problem(slug: String, confirm: Option<String>) -> Result<(), ServerFnError> {
    use axum::http::StatusCode;
    crate::accounts::guard::require_admin()?;
    if confirm.as_deref() != Some("yes") {
        return Err(crate::accounts::guard::refuse(
            StatusCode::BAD_REQUEST,
            "Tick the box to confirm that the problem and its submissions are deleted.",
        ));
    }
    let db = crate::db::from_context()?;
    let slug = super::Slug::parse(&slug).map_err(|_| no_such_problem())?;
    let deleted = super::repo::delete(&db, &slug)
        .await
        .map_err(crate::db::internal_error)?;
    if !deleted {
        return Err(no_such_problem());
    }
    leptos_axum::redirect(&format!(
        "/admin/problems?notice=Deleted%20{}.",
        slug.as_str()
    ));
    Ok(())
}

/// The statement as the problem page will show it: sanitized HTML rendered on the server.
#[server]
pub async fn preview_statement(
    description: String,
    input: String,
    output: String,
    constraints: String,
) -> Result<String, ServerFnError> {
    crate::accounts::guard::require_admin()?;
    let markdown = super::package::statement_markdown(&description, &input, &output, &constraints)
        .map_err(|message| {
            crate::accounts::guard::refuse(axum::http::StatusCode::BAD_REQUEST, &message)
        })?;
    Ok(super::markdown::render(&markdown))
}

#[cfg(feature = "ssr")]
fn no_such_problem() -> ServerFnError {
    crate::accounts::guard::refuse(
        axum::http::StatusCode::NOT_FOUND,
        "There is no such problem.",
    )
}

/// The editor's fields as a problem to store, or what is wrong with them.
#[cfg(feature = "ssr")]
fn parse_draft(draft: &ProblemDraft) -> Result<super::repo::NewProblem, String> {
    use super::package;
    use crate::domain::{Body, Title};
    let whole = |field: &str, text: &str| {
        text.trim()
            .parse::<i64>()
            .map_err(|_| format!("{field} must be a whole number"))
    };
    let optional_number = |field: &str, text: &str| {
        let text = text.trim();
        (!text.is_empty())
            .then(|| {
                text.parse::<f64>()
                    .map_err(|_| format!("{field} must be a number such as 1e-6"))
            })
            .transpose()
    };
    let time_limit_ms = whole("Time limit", &draft.time_limit_ms)?;
    let memory_limit_mb = whole("Memory limit", &draft.memory_limit_mb)?;
    package::check_limits(time_limit_ms, memory_limit_mb)?;
    let checker: Checker = draft
        .checker
        .parse()
        .map_err(|_| format!("Checker `{}` is not one of the checkers", draft.checker))?;
    let source = Some(draft.checker_source.replace("\r\n", "\n")).filter(|s| !s.trim().is_empty());
    let checker_config = package::checker_config(
        checker,
        optional_number("Float tolerance float_abs", &draft.float_abs)?,
        optional_number("Float tolerance float_rel", &draft.float_rel)?,
        source,
    )?;
    let leetcode_id = match draft.leetcode_id.trim() {
        "" => None,
        id => Some(
            id.parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or("LeetCode id must be a positive whole number")?,
        ),
    };
    let text = |t: &str| t.replace("\r\n", "\n").trim().to_owned();
    let (description, input, output, constraints) = (
        text(&draft.description),
        text(&draft.input),
        text(&draft.output),
        text(&draft.constraints),
    );
    package::statement_markdown(&description, &input, &output, &constraints)?;
    let tags: Vec<&str> = draft
        .tags
        .split(',')
        .filter(|t| !t.trim().is_empty())
        .collect();
    Ok(super::repo::NewProblem {
        slug: super::Slug::parse(&draft.slug).map_err(|e| e.to_string())?,
        title: Title::parse(&draft.title).map_err(|e| e.to_string())?,
        description: Body::parse(&description)
            .map_err(|e| e.to_string().replacen("Body", "Story", 1))?,
        difficulty: draft
            .difficulty
            .parse()
            .map_err(|_| "Difficulty must be Easy, Medium or Hard".to_owned())?,
        input,
        output,
        constraints,
        leetcode_id,
        creator_id: None,
        tags: package::tags(&tags)
            .map_err(|e| format!("{e} (tags are comma-separated)"))?
            .into_iter()
            .map(|t| t.to_lowercase())
            .collect(),
        time_limit_ms,
        memory_limit_mb,
        checker,
        checker_config,
    })
}

/// The `notice` and `error` a redirect back to a page carries, as status lines.
fn query_messages() -> impl IntoView {
    let query = use_query_map();
    move || {
        let query = query.read();
        (
            query
                .get("notice")
                .map(|m| view! { <p class="success" role="status">{m}</p> }),
            query
                .get("error")
                .map(|m| view! { <p class="error" role="alert">{m}</p> }),
        )
    }
}

/// `/admin/problems`.
#[component]
pub fn AdminProblemsPage() -> impl IntoView {
    view! {
        <Title text="Problems · Admin"/>
        {signed_in(true, problem_list)}
    }
}

fn problem_list(_: CurrentUser) -> impl IntoView {
    let problems = Resource::new(|| (), |_| admin_problems());
    let render = |problems: Vec<AdminProblemRow>| {
        let rows = problems
            .into_iter()
            .map(|p| {
                view! {
                    <tr>
                        <td><a href=format!("/problems/{}", p.slug)>{p.title}</a></td>
                        <td><code>{p.slug.clone()}</code></td>
                        <td>{p.difficulty.as_str()}</td>
                        <td>{p.tests}</td>
                        <td class="row-actions">
                            <a class="button" href=format!("/admin/problems/{}/edit", p.slug)>"Edit"</a>
                            <a class="button" href=format!("/admin/problems/{}/package.zip", p.slug) download>"Download"</a>
                            <a class="button" href=format!("/admin/problems/{}/edit#delete", p.slug)>"Delete"</a>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <ListTable class="admin-problems" label="Problems" headers=&["Title", "Slug", "Difficulty", "Tests", "Actions"]>{rows}</ListTable>
        }
    };
    view! {
        <section class="page admin admin-problems">
            <crate::ui::AdminNav/>
            <h1>"Problems"</h1>
            {query_messages()}
            <p><a class="button primary" href="/admin/problems/new">"New problem"</a></p>
            <form class="upload" method="post" action="/admin/problems/upload" enctype="multipart/form-data">
                <label>
                    "Import package (.zip)"
                    <input type="file" name="package" accept=".zip,application/zip" required/>
                    <small class="muted">
                        "One package (at the root or in a <slug>/ folder) or several package folders; "
                        "a problem whose slug exists is replaced, keeping its submissions."
                    </small>
                </label>
                <button type="submit" class="button">"Import"</button>
            </form>
            {when_loaded(problems, render)}
        </section>
    }
}

/// Links between the admin pages.
/// `/admin/problems/new`.
#[component]
pub fn AdminNewProblemPage() -> impl IntoView {
    view! {
        <Title text="New problem · Admin"/>
        {signed_in(true, |_| view! {
            <section class="page admin problem-editor">
                <crate::ui::AdminNav/>
                <h1>"New problem"</h1>
                {editor(ProblemDraft::default(), String::new())}
            </section>
        })}
    }
}

/// `/admin/problems/:slug/edit`.
#[component]
pub fn AdminEditProblemPage() -> impl IntoView {
    view! {
        <Title text="Edit problem · Admin"/>
        {signed_in(true, edit_problem)}
    }
}

fn edit_problem(_: CurrentUser) -> impl IntoView {
    let params = use_params_map();
    let draft = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        edit_draft,
    );
    let render = |draft: Option<ProblemDraft>| match draft {
        None => view! { <crate::app::NotFound/> }.into_any(),
        Some(draft) => {
            let slug = draft.slug.clone();
            view! {
                <section class="page admin problem-editor">
                    <crate::ui::AdminNav/>
                    <h1>{format!("Edit {}", draft.title)}</h1>
                    {query_messages()}
                    <p>
                        <a href=format!("/problems/{slug}")>"View the problem"</a>
                        " · "
                        <a href=format!("/admin/problems/{slug}/package.zip") download>"Download package (.zip)"</a>
                    </p>
                    {tests_form(&draft)}
                    {editor(draft.clone(), slug.clone())}
                    {delete_form(&draft)}
                </section>
            }
            .into_any()
        }
    };
    when_loaded(draft, render)
}

fn tests_form(draft: &ProblemDraft) -> impl IntoView {
    let samples = draft
        .samples
        .iter()
        .map(|n| format!("{n:02}"))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <h2>"Tests"</h2>
        <p>
            {format!("{} test(s)", draft.tests)}
            {(!samples.is_empty()).then(|| format!("; samples {samples}"))}
            {(draft.tests == 0).then_some(" — the problem cannot be judged until it has tests.")}
        </p>
        <form class="upload" method="post" action=format!("/admin/problems/{}/tests", draft.slug) enctype="multipart/form-data">
            <label>
                "Test files"
                <input type="file" name="files" multiple required accept=".in,.out,.zip"/>
                <small class="muted">"Pairs 01.in/01.out, 02.in/02.out, … numbered from 01, or a .zip of them."</small>
            </label>
            <label>
                "Samples (shown as examples)"
                <input type="text" name="samples" placeholder="01, 02"/>
            </label>
            <fieldset>
                <label><input type="radio" name="mode" value="replace" checked/>" Replace all tests"</label>
                <label><input type="radio" name="mode" value="append"/>" Add after the existing tests"</label>
            </fieldset>
            <button type="submit" class="button">"Upload tests"</button>
        </form>
    }
}

fn delete_form(draft: &ProblemDraft) -> impl IntoView {
    let delete = ServerAction::<DeleteProblem>::new();
    let slug = draft.slug.clone();
    let warning = format!(
        " Delete {} with its {} test(s) and its {} submission(s) (they go with it). This cannot \
         be undone.",
        draft.slug, draft.tests, draft.submissions
    );
    view! {
        <h2 id="delete">"Delete"</h2>
        <ActionForm action=delete>
            <input type="hidden" name="slug" value=slug/>
            <label>
                <input type="checkbox" name="confirm" value="yes" required/>
                {warning}
            </label>
            {form_alert(form_error(delete))}
            <button type="submit" class="button danger">"Delete problem"</button>
        </ActionForm>
    }
}

/// The form of a problem's statement, limits and checker, with a live preview of the statement.
fn editor(draft: ProblemDraft, original: String) -> impl IntoView {
    let save = ServerAction::<SaveProblem>::new();
    let description = RwSignal::new(draft.description.clone());
    let input = RwSignal::new(draft.input.clone());
    let output = RwSignal::new(draft.output.clone());
    let constraints = RwSignal::new(draft.constraints.clone());
    // Rendered in the browser once the page is live, and again as the statement is typed: the
    // page's server rendering does not wait for it, so the first render on both sides is the
    // same placeholder (a resource here would not be ready when the page hydrates).
    let preview = RwSignal::new(None::<Result<String, String>>);
    // Answers can arrive out of order while typing: only the latest request's is shown.
    let latest = StoredValue::new(0_u64);
    Effect::new(move |_| {
        let parts = (
            description.get(),
            input.get(),
            output.get(),
            constraints.get(),
        );
        latest.update_value(|n| *n += 1);
        let request = latest.get_value();
        leptos::task::spawn_local(async move {
            let rendered = preview_statement(parts.0, parts.1, parts.2, parts.3).await;
            if latest.get_value() == request {
                preview.set(Some(
                    rendered.map_err(|error| crate::ui::error_message(&error)),
                ));
            }
        });
    });
    let text_area =
        move |name: &'static str, label: &'static str, rows: u32, signal: RwSignal<String>| {
            view! {
                <label>
                    {label}
                    <textarea
                        name=name
                        rows=rows
                        inner_html=crate::ui::textarea_html(&signal.get_untracked())
                        on:input=move |ev| signal.set(event_target_value(&ev))
                    ></textarea>
                </label>
            }
        };
    let option = |value: &'static str, current: &str| {
        let selected = value == current;
        view! { <option value=value selected=selected>{value}</option> }
    };
    view! {
        <h2>"Statement and limits"</h2>
        <ActionForm action=save attr:class="editor">
            <input type="hidden" name="original" value=original/>
            <label>"Title" <input type="text" name="title" required maxlength="150" value=draft.title/></label>
            <label>
                "Slug"
                <input type="text" name="slug" required maxlength="80" pattern="[a-z0-9]+(-[a-z0-9]+)*" value=draft.slug/>
                <small class="muted">"The URL name: lower-case letters, digits and single hyphens."</small>
            </label>
            <label>
                "Difficulty"
                <select name="difficulty">
                    {Difficulty::ALL.iter().map(|d| option(d.as_str(), &draft.difficulty)).collect_view()}
                </select>
            </label>
            <label>"Tags (comma-separated)" <input type="text" name="tags" value=draft.tags placeholder="arrays, hashing"/></label>
            {text_area("description", "Story (markdown)", 8, description)}
            {text_area("input", "Input", 4, input)}
            {text_area("output", "Output", 4, output)}
            {text_area("constraints", "Constraints", 4, constraints)}
            <div class="preview">
                <h3>"Preview"</h3>
                {move || match preview.get() {
                    None => view! { <p class="loading">"Rendering…"</p> }.into_any(),
                    Some(Ok(html)) => view! { <div class="statement" inner_html=html></div> }.into_any(),
                    Some(Err(message)) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
                }}
            </div>
            <label>"Time limit (ms, for C, C++ and Rust)" <input type="number" name="time_limit_ms" min="100" max="30000" required value=draft.time_limit_ms/></label>
            <label>"Memory limit (MiB)" <input type="number" name="memory_limit_mb" min="16" max="4096" required value=draft.memory_limit_mb/></label>
            <label>
                "Checker"
                <select name="checker">
                    {Checker::ALL.iter().map(|c| option(c.as_str(), &draft.checker)).collect_view()}
                </select>
            </label>
            <label>"float_abs (float checker)" <input type="text" name="float_abs" value=draft.float_abs placeholder="1e-6"/></label>
            <label>"float_rel (float checker)" <input type="text" name="float_rel" value=draft.float_rel placeholder="1e-6"/></label>
            <label>
                "Custom checker (Python; custom checker)"
                <textarea name="checker_source" rows="6" inner_html=crate::ui::textarea_html(&draft.checker_source)></textarea>
                <small class="muted">"Run with the paths of the input, the expected and the contestant's output; exit 0 for right, 1 for wrong."</small>
            </label>
            <label>"LeetCode id (optional)" <input type="number" name="leetcode_id" min="1" value=draft.leetcode_id/></label>
            {form_alert(form_error(save))}
            <button type="submit" class="button primary">"Save"</button>
        </ActionForm>
    }
}

#[cfg(feature = "ssr")]
pub use uploads::routes;

/// The admin's upload and download routes.
#[cfg(feature = "ssr")]
mod uploads {
    use super::super::{Slug, archive, package, repo};
    use crate::accounts::guard::Viewer;
    use crate::db::Db;
    use axum::Extension;
    use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
    use axum::http::{StatusCode, header};
    use axum::response::{IntoResponse, Redirect, Response};
    use axum::routing::{get, post};

    /// The largest upload accepted: a package with large tests is a few MB.
    const MAX_UPLOAD: usize = 16 * 1024 * 1024;

    /// `POST /admin/problems/upload`, `POST /admin/problems/{slug}/tests` and
    /// `GET /admin/problems/{slug}/package.zip`, for administrators only.
    pub fn routes<S>() -> axum::Router<S>
    where
        S: Clone + Send + Sync + 'static,
        Db: axum::extract::FromRef<S>,
    {
        axum::Router::new()
            .route("/admin/problems/upload", post(upload_package))
            .route("/admin/problems/{slug}/tests", post(upload_tests))
            .route("/admin/problems/{slug}/package.zip", get(download))
            .layer(DefaultBodyLimit::max(MAX_UPLOAD))
    }

    /// The refusal for anyone but an administrator.
    fn refuse_non_admin(viewer: &Viewer) -> Option<Response> {
        match &viewer.user {
            None => Some((StatusCode::UNAUTHORIZED, "Please sign in to do this.").into_response()),
            Some(user) if !user.is_admin() => {
                Some((StatusCode::FORBIDDEN, "Only administrators can do this.").into_response())
            }
            Some(_) => None,
        }
    }

    /// Back to `path` with a message for the page to show.
    fn back(path: &str, outcome: Result<String, String>) -> Response {
        let (key, message) = match outcome {
            Ok(message) => ("notice", message),
            Err(message) => ("error", message),
        };
        Redirect::to(&format!(
            "{path}?{key}={}",
            crate::ui::percent_encode(&message)
        ))
        .into_response()
    }

    /// A multipart file: its name and contents.
    struct Upload {
        name: String,
        bytes: Vec<u8>,
    }

    /// The files and text fields of a multipart form.
    async fn read_form(
        mut multipart: Multipart,
    ) -> Result<(Vec<Upload>, Vec<(String, String)>), String> {
        let mut files = Vec::new();
        let mut fields = Vec::new();
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|e| format!("The upload could not be read: {}", e.body_text()))?
        {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field
                .bytes()
                .await
                .map_err(|e| format!("The upload could not be read: {}", e.body_text()))?;
            match file_name {
                Some(file_name) if !file_name.is_empty() => files.push(Upload {
                    name: file_name,
                    bytes: bytes.to_vec(),
                }),
                Some(_) => {}
                None => fields.push((name, String::from_utf8_lossy(&bytes).into_owned())),
            }
        }
        Ok((files, fields))
    }

    async fn upload_package(
        State(db): State<Db>,
        Extension(viewer): Extension<Viewer>,
        multipart: Multipart,
    ) -> Response {
        if let Some(refusal) = refuse_non_admin(&viewer) {
            return refusal;
        }
        back(
            "/admin/problems",
            store_uploaded_package(&db, multipart).await,
        )
    }

    async fn store_uploaded_package(db: &Db, multipart: Multipart) -> Result<String, String> {
        let (files, _) = read_form(multipart).await?;
        let [upload] = <[Upload; 1]>::try_from(files)
            .map_err(|_| "Choose one package .zip file to import.".to_owned())?;
        let name = upload.name.clone();
        let packages = tokio::task::spawn_blocking(move || {
            archive::load(std::io::Cursor::new(upload.bytes), &upload.name)
        })
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("{name}: {e}"))?;
        let mut stored = Vec::new();
        for package in &packages {
            let (_, how) = repo::store_package(db, package).await.map_err(internal)?;
            let verb = match how {
                repo::Stored::Created => "created",
                repo::Stored::Updated => "updated",
            };
            stored.push(format!("{} {verb}", package.problem.slug.as_str()));
        }
        Ok(format!("Imported {}: {}.", name, stored.join(", ")))
    }

    async fn upload_tests(
        State(db): State<Db>,
        Extension(viewer): Extension<Viewer>,
        Path(slug): Path<String>,
        multipart: Multipart,
    ) -> Response {
        if let Some(refusal) = refuse_non_admin(&viewer) {
            return refusal;
        }
        let Ok(slug) = Slug::parse(&slug) else {
            return (StatusCode::NOT_FOUND, "There is no such problem.").into_response();
        };
        let problem_id = match repo::id_of(&db, &slug).await {
            Ok(Some(id)) => id,
            Ok(None) => {
                return (StatusCode::NOT_FOUND, "There is no such problem.").into_response();
            }
            Err(error) => return back("/admin/problems", Err(internal(error))),
        };
        let page = format!("/admin/problems/{}/edit", slug.as_str());
        back(
            &page,
            store_uploaded_tests(&db, problem_id, multipart).await,
        )
    }

    async fn store_uploaded_tests(
        db: &Db,
        problem_id: i64,
        multipart: Multipart,
    ) -> Result<String, String> {
        let (files, fields) = read_form(multipart).await?;
        let field = |name: &str| {
            fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default()
        };
        let replace = match field("mode").as_str() {
            "replace" | "" => true,
            "append" => false,
            other => return Err(format!("Mode `{other}` is neither replace nor append.")),
        };
        let samples = field("samples")
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map(|n| format!("{n:02}"))
                    .ok_or_else(|| {
                        format!("Samples must be test numbers such as 01, 02; `{s}` is not one.")
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if files.is_empty() {
            return Err("Choose the test files (01.in, 01.out, …) or a .zip of them.".to_owned());
        }
        let tests = tokio::task::spawn_blocking(move || tests_from(files, &samples))
            .await
            .map_err(|e| e.to_string())??;
        let total = repo::add_tests(db, problem_id, &tests, replace)
            .await
            .map_err(internal)?;
        Ok(format!(
            "{} {} test(s); the problem has {total} now.",
            if replace { "Stored" } else { "Added" },
            tests.len()
        ))
    }

    /// The uploaded tests, checked as a package's `tests/` is: loose `NN.in`/`NN.out` files, or
    /// a zip holding them at its root or in a `tests/` folder.
    fn tests_from(
        files: Vec<Upload>,
        samples: &[String],
    ) -> Result<Vec<package::PackageTest>, String> {
        let work = tempfile::tempdir().map_err(|e| e.to_string())?;
        let dir = work.path().join("tests");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        for upload in files {
            if upload.name.ends_with(".zip") {
                archive::unpack(std::io::Cursor::new(upload.bytes), &dir)
                    .map_err(|e| format!("{}: {e}", upload.name))?;
                continue;
            }
            let plain = !upload.name.starts_with('.')
                && upload
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
            if !plain {
                return Err(format!(
                    "`{}` is not a test file name such as 01.in.",
                    upload.name
                ));
            }
            let path = dir.join(&upload.name);
            if path.exists() {
                return Err(format!("`{}` was uploaded twice.", upload.name));
            }
            std::fs::write(&path, &upload.bytes).map_err(|e| e.to_string())?;
        }
        let nested = dir.join("tests");
        let dir = if nested.is_dir() { nested } else { dir };
        package::load_tests(&dir, samples).map_err(|e| e.relative_to(&dir).to_string())
    }

    /// `GET /admin/problems/{slug}/package.zip`: the problem as a package archive.
    async fn download(
        State(db): State<Db>,
        Extension(viewer): Extension<Viewer>,
        Path(slug): Path<String>,
    ) -> Response {
        if let Some(refusal) = refuse_non_admin(&viewer) {
            return refusal;
        }
        let not_found = || (StatusCode::NOT_FOUND, "There is no such problem.").into_response();
        let Ok(slug) = Slug::parse(&slug) else {
            return not_found();
        };
        let package = match repo::package_of(&db, &slug).await {
            Ok(Some(package)) => package,
            Ok(None) => return not_found(),
            Err(error) => {
                tracing::error!(%error, "cannot load a problem package");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let zipped = package::files(&package)
            .map_err(|message| message.to_string())
            .and_then(|files| archive::zip(slug.as_str(), &files).map_err(|e| e.to_string()));
        match zipped {
            Ok(bytes) => (
                [
                    (header::CONTENT_TYPE, "application/zip".to_owned()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"{}.zip\"", slug.as_str()),
                    ),
                ],
                bytes,
            )
                .into_response(),
            Err(error) => {
                tracing::error!(%error, "cannot write a problem package");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        }
    }

    /// Logs a database failure; the admin sees a message that leaks nothing.
    fn internal(error: sqlx::Error) -> String {
        tracing::error!(%error, "cannot store uploaded problem data");
        "The upload could not be stored. Please try again in a moment.".to_owned()
    }
}
