//! The problem list and the problem page (statement beside the editor, run and submit).

use super::editor::CodeEditor;
use super::{
    Difficulty, ProblemListPage, ProblemQuery, ProblemSort, ProblemSummary, ProblemView, Progress,
    get_problem, list_problems, problem_tags,
};
use crate::accounts::AuthActions;
use crate::app::NotFound;
use crate::judge::{EditorLanguage, offered_languages};
use crate::submissions::{LiveResult, ProblemSubmissions, run_code, submit_code};
use crate::ui::{Empty, ListTable, Pager, error_message, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The list's state as read from the URL (`difficulty`, `tag`…, `status`, `q`, `sort`,
/// `order`, `page`); what does not parse is ignored.
fn query_from_url() -> Memo<ProblemQuery> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|params| ProblemQuery {
            difficulty: params.get_str("difficulty").and_then(|v| v.parse().ok()),
            tags: params
                .get_all("tag")
                .unwrap_or_default()
                .into_iter()
                .map(|tag| tag.trim().to_lowercase())
                .filter(|tag| !tag.is_empty())
                .collect(),
            progress: params.get_str("status").and_then(|v| v.parse().ok()),
            search: params.get("q").filter(|q| !q.trim().is_empty()),
            sort: params
                .get_str("sort")
                .and_then(|v| v.parse().ok())
                .unwrap_or(ProblemSort::Id),
            descending: params.get_str("order") == Some("desc"),
            page: params
                .get_str("page")
                .and_then(|v| v.parse().ok())
                .unwrap_or(1),
        })
    })
}

/// `/problems`: filter by difficulty, tags, progress and text, sort, page through. The
/// filters are a GET form, so a filtered list is a URL to share and the back button works.
#[component]
pub fn ProblemsPage() -> impl IntoView {
    let query = query_from_url();
    let problems = Resource::new(move || query.get(), list_problems);
    let tags = Resource::new(|| (), |()| problem_tags());
    let auth = expect_context::<AuthActions>();
    view! {
        <Title text="Problems"/>
        <section class="page problems-page">
            <h1>"Problems"</h1>
            // Drawn again when the URL changes (a tag link, the back button).
            <Suspense fallback=|| ()>
                {move || {
                    let query = query.get();
                    Suspend::new(async move {
                        let signed_in = matches!(auth.me.await, Ok(Some(_)));
                        tags.await.map(|tags| filters(query, tags, signed_in))
                    })
                }}
            </Suspense>
            {when_loaded(problems, problem_table)}
        </section>
    }
}

fn filters(query: ProblemQuery, tags: Vec<(String, i64)>, signed_in: bool) -> impl IntoView {
    let option = |value: &'static str, label: &'static str, selected: bool| {
        view! { <option value=value selected=selected>{label}</option> }
    };
    let difficulty = query.difficulty;
    let sort = query.sort;
    view! {
        <Form method="GET" action="/problems" attr:class="problem-filters">
            <input
                type="search"
                name="q"
                maxlength=ProblemQuery::MAX_SEARCH_CHARS.to_string()
                aria-label="Search titles and statements"
                placeholder="Search titles and statements"
                value=query.search.clone().unwrap_or_default()
            />
            <label>
                "Difficulty "
                <select name="difficulty">
                    {option("", "Any", difficulty.is_none())}
                    {Difficulty::ALL
                        .iter()
                        .map(|d| option(d.as_str(), d.as_str(), difficulty == Some(*d)))
                        .collect_view()}
                </select>
            </label>
            {signed_in.then(|| view! {
                <label>
                    "Status "
                    <select name="status">
                        {option("", "Any", query.progress.is_none())}
                        {option("solved", "Solved", query.progress == Some(Progress::Solved))}
                        {option("attempted", "Attempted", query.progress == Some(Progress::Attempted))}
                        {option("todo", "Not tried", query.progress == Some(Progress::NotTried))}
                    </select>
                </label>
            })}
            <label>
                "Sort by "
                <select name="sort">
                    {option("id", "Number", sort == ProblemSort::Id)}
                    {option("title", "Title", sort == ProblemSort::Title)}
                    {option("difficulty", "Difficulty", sort == ProblemSort::Difficulty)}
                    {option("acceptance", "Acceptance", sort == ProblemSort::Acceptance)}
                </select>
            </label>
            <label>
                <select name="order" aria-label="Order">
                    {option("asc", "Ascending", !query.descending)}
                    {option("desc", "Descending", query.descending)}
                </select>
            </label>
            <details class="tag-filter" open=!query.tags.is_empty()>
                <summary>
                    {if query.tags.is_empty() {
                        "Tags".to_owned()
                    } else {
                        format!("Tags: {}", query.tags.join(", "))
                    }}
                </summary>
                <div class="tag-choices">
                    {tags
                        .into_iter()
                        .map(|(tag, count)| {
                            let checked = query.tags.contains(&tag);
                            view! {
                                <label class="tag-choice">
                                    <input type="checkbox" name="tag" value=tag.clone() checked=checked/>
                                    {format!("{tag} ({count})")}
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </details>
            <button type="submit" class="button primary">"Apply"</button>
            <a href="/problems" class="button">"Clear"</a>
        </Form>
    }
}

fn problem_table(page: ProblemListPage) -> impl IntoView {
    if page.problems.is_empty() {
        return view! { <Empty message="No problems match these filters."/> }.into_any();
    }
    let pages = (page.total + page.page_size - 1) / page.page_size;
    let shows_progress = page.problems.iter().any(|p| p.progress.is_some());
    let headers: &'static [&'static str] = if shows_progress {
        &["Status", "#", "Title", "Difficulty", "Acceptance", "Tags"]
    } else {
        &["#", "Title", "Difficulty", "Acceptance", "Tags"]
    };
    view! {
        <p class="muted count">{crate::ui::plural(page.total, "problem", "problems")}</p>
        <ListTable class="problems" headers>
            {page.problems.into_iter().map(problem_row).collect_view()}
        </ListTable>
        <Pager page=page.page pages/>
    }
    .into_any()
}

fn problem_row(problem: ProblemSummary) -> impl IntoView {
    let progress = problem.progress.map(|progress| {
        let (mark, label) = match progress {
            Progress::Solved => ("✓", "Solved"),
            Progress::Attempted => ("○", "Attempted"),
            Progress::NotTried => ("", "Not tried"),
        };
        view! {
            <td class=format!("progress progress-{progress}") title=label>
                <span aria-hidden="true">{mark}</span>
                <span class="visually-hidden">{label}</span>
            </td>
        }
    });
    view! {
        <tr>
            {progress}
            <td>{problem.problem_id}</td>
            <td>
                <a href=format!("/problems/{}", problem.slug)>{problem.title}</a>
            </td>
            <td>
                <DifficultyBadge difficulty=problem.difficulty/>
            </td>
            <td class="acceptance">{acceptance_text(problem.acceptance)}</td>
            <td>
                <Tags tags=problem.tags/>
            </td>
        </tr>
    }
}

fn acceptance_text(acceptance: Option<f64>) -> String {
    acceptance.map_or_else(|| "—".to_owned(), |share| format!("{share:.1}%"))
}

/// A coloured label for a difficulty.
#[component]
pub fn DifficultyBadge(difficulty: Difficulty) -> impl IntoView {
    let class = format!("badge difficulty-{}", difficulty.as_str().to_lowercase());
    view! { <span class=class>{difficulty.as_str()}</span> }
}

/// A problem's tags, each a link to the list filtered by it.
#[component]
fn Tags(tags: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tags">
            {tags
                .into_iter()
                .map(|tag| {
                    let href = format!("/problems?tag={}", tag.replace(' ', "+"));
                    view! { <li class="tag"><a href=href>{tag}</a></li> }
                })
                .collect_view()}
        </ul>
    }
}

/// `/problems/{slug}`: the statement on the left, the editor with run and submit on the
/// right.
#[component]
pub fn ProblemPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let problem = Resource::new(slug, get_problem);
    let languages = Resource::new(|| (), |()| offered_languages());
    view! {
        {when_loaded(
            problem,
            move |problem| match problem {
                Some(problem) => {
                    let title = problem.problem.title.clone();
                    view! {
                        <Title text=title/>
                        <div class="workspace">
                            <StatementPane view=problem.clone()/>
                            {when_loaded(languages, move |languages| {
                                let example = problem.examples.first().map(|e| e.input.clone());
                                view! {
                                    <Workbench
                                        slug=problem.problem.slug.clone()
                                        languages
                                        example=example.unwrap_or_default()
                                    />
                                }
                            })}
                        </div>
                    }
                    .into_any()
                }
                None => view! { <NotFound/> }.into_any(),
            },
        )}
    }
}

/// The left pane: the statement, or the user's submissions to this problem.
#[component]
fn StatementPane(view: ProblemView) -> impl IntoView {
    let showing_submissions = RwSignal::new(false);
    let problem = view.problem.clone();
    let slug = problem.slug.clone();
    let html_section = |heading: &'static str, html: String| {
        (!html.trim().is_empty()).then(|| {
            view! {
                <h2>{heading}</h2>
                <div class="markdown" inner_html=html></div>
            }
        })
    };
    let leetcode = problem.leetcode_id.map(|id| {
        view! {
            <a
                class="muted"
                href=format!("https://leetcode.com/problemset/?search={id}")
                rel="noopener noreferrer nofollow"
                target="_blank"
            >
                {format!("LeetCode #{id}")}
            </a>
        }
    });
    let statement = view! {
        <article class="problem">
            <h1>{problem.title.clone()}</h1>
            <p class="meta">
                <DifficultyBadge difficulty=problem.difficulty/>
                <span class="muted">
                    {format!(
                        "Acceptance {} · {}",
                        acceptance_text(view.acceptance),
                        crate::ui::plural(view.submissions, "submission", "submissions"),
                    )}
                </span>
                {leetcode}
            </p>
            <Tags tags=problem.tags.clone()/>
            <div class="markdown statement" inner_html=view.story_html.clone()></div>
            {html_section("Input", view.input_html.clone())}
            {html_section("Output", view.output_html.clone())}
            {(!view.examples.is_empty()).then(|| view! {
                <h2>"Examples"</h2>
                {view.examples.iter().enumerate().map(|(index, example)| view! {
                    <div class="example">
                        <h3>{format!("Example {}", index + 1)}</h3>
                        <h4>"Input"</h4>
                        <pre class="output">{example.input.clone()}</pre>
                        <h4>"Output"</h4>
                        <pre class="output">{example.output.clone()}</pre>
                    </div>
                }).collect_view()}
            })}
            {html_section("Constraints", view.constraints_html.clone())}
            <p class="muted limits">
                {format!(
                    "Time limit {} ms · memory limit {} MB (for C, C++ and Rust; slower languages get more)",
                    problem.time_limit_ms,
                    problem.memory_limit_mb,
                )}
            </p>
        </article>
    }
    .into_any();
    view! {
        <section class="pane statement-pane">
            <nav class="tabs" role="tablist">
                <button
                    type="button"
                    role="tab"
                    aria-selected=move || (!showing_submissions.get()).to_string()
                    on:click=move |_| showing_submissions.set(false)
                >
                    "Description"
                </button>
                <button
                    type="button"
                    role="tab"
                    aria-selected=move || showing_submissions.get().to_string()
                    on:click=move |_| showing_submissions.set(true)
                >
                    "Submissions"
                </button>
            </nav>
            <div hidden=move || showing_submissions.get()>{statement}</div>
            {move || showing_submissions.get().then(|| view! { <ProblemSubmissions slug=slug.clone()/> })}
        </section>
    }
}

/// localStorage keys: the draft of a problem in a language, and the last language used.
#[cfg(feature = "hydrate")]
fn draft_key(slug: &str, language: &str) -> String {
    format!("grindstone-draft:{slug}:{language}")
}
#[cfg(feature = "hydrate")]
const LANGUAGE_KEY: &str = "grindstone-language";

#[cfg(feature = "hydrate")]
fn stored(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

#[cfg(feature = "hydrate")]
fn store(key: &str, value: &str) {
    // Storage can be full or disabled; the draft then lives only in the page.
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(key, value);
    }
}

#[cfg(feature = "hydrate")]
fn forget(key: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// The right pane: language, editor, custom input (starting as the first example's), run and
/// submit, and the live result.
#[component]
fn Workbench(slug: String, languages: Vec<EditorLanguage>, example: String) -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    let languages = StoredValue::new(languages);
    // Python unless the user chose before: the language most people practise in.
    let first = languages.with_value(|all| {
        all.iter()
            .find(|l| l.id == "python")
            .or(all.first())
            .map(|l| l.id.clone())
            .unwrap_or_default()
    });
    let language = RwSignal::new(first);
    let starter = move |id: &str| {
        languages.with_value(|all| {
            all.iter()
                .find(|l| l.id == id)
                .map(|l| l.starter.clone())
                .unwrap_or_default()
        })
    };
    let code = RwSignal::new(starter(&language.get_untracked()));
    let custom_input = RwSignal::new(example);
    let use_custom = RwSignal::new(false);
    let job = RwSignal::new(None::<i64>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    // In the browser: the last language used and this problem's drafts, kept as typed.
    #[cfg(feature = "hydrate")]
    {
        let slug = slug.clone();
        if let Some(saved) = stored(LANGUAGE_KEY)
            && languages.with_value(|all| all.iter().any(|l| l.id == saved))
        {
            language.set(saved);
        }
        let draft_slug = slug.clone();
        Effect::new(move |_| {
            let id = language.get();
            store(LANGUAGE_KEY, &id);
            code.set(stored(&draft_key(&draft_slug, &id)).unwrap_or_else(|| starter(&id)));
        });
        // Code back at the starter (a reset) is no draft: forget it. The first run only
        // subscribes: the draft is loaded by the effect above, whichever runs first.
        Effect::new(move |subscribed: Option<()>| {
            let text = code.get();
            if subscribed.is_none() {
                return;
            }
            let id = language.get_untracked();
            let key = draft_key(&slug, &id);
            if text == starter(&id) {
                forget(&key);
            } else {
                store(&key, &text);
            }
        });
    }

    let send = {
        let slug = slug.clone();
        move |submit: bool| {
            if busy.get_untracked() {
                return;
            }
            let (slug, lang, source) =
                (slug.clone(), language.get_untracked(), code.get_untracked());
            let input = use_custom
                .get_untracked()
                .then(|| custom_input.get_untracked());
            busy.set(true);
            error.set(None);
            job.set(None);
            leptos::task::spawn_local(async move {
                let queued = if submit {
                    submit_code(slug, lang, source).await
                } else {
                    run_code(slug, lang, source, input).await
                };
                match queued {
                    Ok(id) => job.set(Some(id)),
                    Err(e) => error.set(Some(error_message(&e))),
                }
                busy.set(false);
            });
        }
    };
    let on_run = Callback::new({
        let send = send.clone();
        move |()| send(false)
    });
    let on_submit = Callback::new(move |()| send(true));
    let reset = move |_| {
        let id = language.get_untracked();
        code.set(starter(&id));
    };
    let login = format!("/login?next=/problems/{slug}");
    let action = move |label: &'static str, class: &'static str, callback: Callback<()>| {
        view! {
            <button type="button" class=class disabled=move || busy.get() on:click=move |_| callback.run(())>
                {label}
            </button>
        }
    };
    let no_languages = languages.with_value(Vec::is_empty);

    view! {
        <section class="pane editor-pane">
            <div class="toolbar">
                <label>
                    <span class="visually-hidden">"Language"</span>
                    <select
                        name="language"
                        aria-label="Language"
                        prop:value=move || language.get()
                        on:change:target=move |event| language.set(event.target().value())
                    >
                        {languages.with_value(|all| all.iter().map(|l| {
                            let title = l.version.clone().unwrap_or_default();
                            view! { <option value=l.id.clone() title=title>{l.name.clone()}</option> }
                        }).collect_view())}
                    </select>
                </label>
                <button type="button" class="link-button" on:click=reset>"Reset code"</button>
                <span class="muted shortcuts">"Ctrl+Enter runs · Ctrl+Shift+Enter submits"</span>
            </div>
            {no_languages.then(|| view! {
                <p class="notice" role="status">
                    "No judge is running yet: you can write code, but not run it."
                </p>
            })}
            <CodeEditor language=language code on_run on_submit/>
            <div class="console">
                <label class="custom-toggle">
                    <input
                        type="checkbox"
                        name="use-custom-input"
                        prop:checked=move || use_custom.get()
                        on:change:target=move |event| use_custom.set(event.target().checked())
                    />
                    " Run on my own input"
                </label>
                <textarea
                    class="custom-input"
                    name="custom-input"
                    aria-label="Custom input"
                    placeholder="Input for Run (standard input of your program)"
                    hidden=move || !use_custom.get()
                    inner_html=crate::ui::textarea_html(&custom_input.get_untracked())
                    prop:value=move || custom_input.get()
                    on:input:target=move |event| custom_input.set(event.target().value())
                ></textarea>
                <div class="actions">
                    <Transition fallback=|| ()>
                        {move || {
                            let login = login.clone();
                            Suspend::new(async move {
                            match auth.me.await {
                                Ok(Some(_)) => view! {
                                    {action("Run", "button", on_run)}
                                    {action("Submit", "button primary", on_submit)}
                                }
                                .into_any(),
                                _ => view! {
                                    <a class="button primary" href=login>
                                        "Sign in to run or submit"
                                    </a>
                                }
                                .into_any(),
                            }
                        })}}
                    </Transition>
                </div>
                {move || error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
                <LiveResult submission=job/>
            </div>
        </section>
    }
}
