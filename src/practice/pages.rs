//! The practice page, `/problems/{slug}`: a problem's statement beside the editor, with run
//! and submit and the live result. It sits above both features it shows: `problems` (the
//! statement) and `submissions` (queueing code, results), which know nothing of each other's
//! pages.

use super::editor::CodeEditor;
use crate::accounts::AuthActions;
use crate::app::NotFound;
use crate::judge::{EditorLanguage, offered_languages};
use crate::problems::{DifficultyBadge, ProblemView, Tags, acceptance_text, get_problem};
use crate::submissions::{LiveResult, ProblemSubmissions, run_code, submit_code};
use crate::ui::{error_message, when_loaded};
#[cfg(feature = "hydrate")]
use crate::ui::{forget, store, stored};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/problems/{slug}`: the statement on the left, the editor with run and submit on the
/// right; on a narrow screen one of them at a time, with a switch between them.
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
                    let showing_code = RwSignal::new(false);
                    view! {
                        <Title text=title/>
                        <PaneSwitch showing_code/>
                        <div
                            class="workspace"
                            data-pane=move || if showing_code.get() { "code" } else { "problem" }
                        >
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

/// The two tabs that show the statement or the editor, on screens too narrow for both (the
/// stylesheet hides them elsewhere).
#[component]
fn PaneSwitch(showing_code: RwSignal<bool>) -> impl IntoView {
    let tab = move |label: &'static str, pane: &'static str, code: bool| {
        view! {
            <button
                type="button"
                role="tab"
                aria-controls=pane
                aria-selected=move || (showing_code.get() == code).to_string()
                on:click=move |_| showing_code.set(code)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="tabs pane-switch" role="tablist" aria-label="Show">
            {tab("Problem", "statement-pane", false)}
            {tab("Code", "editor-pane", true)}
        </div>
    }
}

/// The left pane: the statement, or the user's submissions to this problem.
#[component]
fn StatementPane(view: ProblemView) -> impl IntoView {
    let showing_submissions = RwSignal::new(false);
    let slug = view.problem.slug.clone();
    let statement = view! { <ProblemStatement view/> }.into_any();
    view! {
        <section class="pane statement-pane" id="statement-pane">
            <div class="tabs" role="tablist" aria-label="Problem">
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
            </div>
            <div hidden=move || showing_submissions.get()>{statement}</div>
            {move || showing_submissions.get().then(|| view! { <ProblemSubmissions slug=slug.clone()/> })}
        </section>
    }
}

/// A problem's statement: title, difficulty, acceptance, tags, story, input and output,
/// examples, constraints and limits.
#[component]
pub fn ProblemStatement(view: ProblemView) -> impl IntoView {
    let problem = view.problem.clone();
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
    view! {
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
}

/// localStorage keys: the draft of a problem in a language, and the last language used.
#[cfg(feature = "hydrate")]
fn draft_key(slug: &str, language: &str) -> String {
    format!("grindstone-draft:{slug}:{language}")
}
#[cfg(feature = "hydrate")]
const LANGUAGE_KEY: &str = "grindstone-language";

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
        <section class="pane editor-pane" id="editor-pane" aria-label="Code">
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
                <span class="muted shortcuts">
                    "Ctrl+Enter runs · Ctrl+Shift+Enter submits · Esc leaves the editor"
                </span>
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
