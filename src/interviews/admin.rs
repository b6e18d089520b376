//! The question bank for administrators: `/admin/interviews` lists it by kind, with how often
//! each question was asked; `/admin/interviews/new` and `/admin/interviews/{slug}/edit` write
//! one, checked as the bank's files are (and every concept named in the expected answer).
//!
//! The files in `interviews/` stay the bank's source: `grindstone seed` sets the questions it
//! holds back to their text, and leaves questions added here alone.

use super::{BankEntry, InterviewType};
use crate::accounts::signed_in;
use crate::problems::Difficulty;
use crate::ui::{
    AdminNav, ListTable, error_message, excerpt, filter_chips, query_param, when_loaded,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

/// The bank's questions, of one kind if given.
#[server]
pub async fn admin_bank_questions(
    interview_type: Option<InterviewType>,
) -> Result<Vec<BankEntry>, ServerFnError> {
    crate::accounts::guard::require_admin()?;
    let db = crate::db::from_context()?;
    super::repo::bank_entries(&db, interview_type)
        .await
        .map_err(crate::db::internal_error)
}

/// One question of the bank, if there is one with this id.
#[server]
pub async fn admin_bank_question(slug: String) -> Result<Option<BankEntry>, ServerFnError> {
    crate::accounts::guard::require_admin()?;
    let db = crate::db::from_context()?;
    super::repo::bank_entry(&db, &slug)
        .await
        .map_err(crate::db::internal_error)
}

/// Adds a question (`editing` none: its id must be new) or changes the question `editing`
/// (whose id stays).
#[server(input = leptos::server_fn::codec::Json)]
pub async fn save_bank_question(
    editing: Option<String>,
    entry: BankEntry,
) -> Result<(), ServerFnError> {
    use crate::accounts::guard::refuse;
    use axum::http::StatusCode;
    crate::accounts::guard::require_admin()?;
    let db = crate::db::from_context()?;
    let mut entry = entry;
    if let Some(slug) = &editing {
        entry.slug = slug.clone();
    }
    let question = super::bank::check_edited(&entry).map_err(|reason| {
        refuse(
            StatusCode::BAD_REQUEST,
            &format!("The question cannot be saved: {reason}."),
        )
    })?;
    let stored = super::repo::bank_entry(&db, &entry.slug)
        .await
        .map_err(crate::db::internal_error)?;
    match (&editing, stored) {
        (None, Some(_)) => {
            return Err(refuse(
                StatusCode::CONFLICT,
                "A question with this id exists: choose another id.",
            ));
        }
        (Some(_), None) => {
            return Err(refuse(StatusCode::NOT_FOUND, "There is no such question."));
        }
        _ => {}
    }
    super::repo::store_bank(&db, &[question])
        .await
        .map(drop)
        .map_err(crate::db::internal_error)
}

/// Removes a question from the bank; sessions that asked it keep their copy.
#[server]
pub async fn delete_bank_question(slug: String) -> Result<(), ServerFnError> {
    crate::accounts::guard::require_admin()?;
    let db = crate::db::from_context()?;
    if super::repo::delete_bank_question(&db, &slug)
        .await
        .map_err(crate::db::internal_error)?
    {
        Ok(())
    } else {
        Err(crate::accounts::guard::refuse(
            axum::http::StatusCode::NOT_FOUND,
            "There is no such question.",
        ))
    }
}

/// `/admin/interviews?type=…`.
#[component]
pub fn AdminBankPage() -> impl IntoView {
    view! {
        <Title text="Interview questions · Admin"/>
        {signed_in(true, |_| {
            let kind = query_param::<InterviewType>("type");
            let questions = Resource::new(kind, admin_bank_questions);
            view! {
                <section class="page admin">
                    <AdminNav/>
                    <h1>"Interview questions"</h1>
                    <p>
                        <a class="button primary" href="/admin/interviews/new">"New question"</a>
                    </p>
                    {filter_chips(
                        "Kind",
                        "/admin/interviews",
                        "type",
                        &[("Technical", InterviewType::Technical), ("Behavioral", InterviewType::Behavioral)],
                    )}
                    {when_loaded(questions, bank_table)}
                </section>
            }
        })}
    }
}

fn bank_table(questions: Vec<BankEntry>) -> impl IntoView {
    let count = questions.len();
    view! {
        <p class="muted">{crate::ui::plural(count as i64, "question", "questions")}</p>
        <ListTable
            class="admin-bank"
            label="Interview questions"
            headers=&["Question", "Kind", "Topic", "Difficulty", "Asked"]
        >
            {questions.into_iter().map(|q| view! {
                <tr>
                    <td>
                        <a href=format!("/admin/interviews/{}/edit", q.slug)>{excerpt(&q.question, 90)}</a>
                    </td>
                    <td>{q.interview_type.as_str()}</td>
                    <td>{q.topic}</td>
                    <td>{q.difficulty.as_str()}</td>
                    <td>{q.times_asked}</td>
                </tr>
            }).collect_view()}
        </ListTable>
    }
}

/// `/admin/interviews/new` (no `slug`) and `/admin/interviews/{slug}/edit`.
#[component]
pub fn AdminBankQuestionPage(slug: Option<String>) -> impl IntoView {
    view! {
        <Title text="Interview question · Admin"/>
        {signed_in(true, move |_| {
            let slug = slug.clone();
            let entry = Resource::new(
                move || slug.clone(),
                |slug| async move {
                    match slug {
                        Some(slug) => admin_bank_question(slug.clone())
                            .await
                            .map(|found| found.map(|entry| (Some(slug), entry))),
                        None => Ok(Some((None, blank()))),
                    }
                },
            );
            view! {
                <section class="page admin narrow">
                    <AdminNav/>
                    {when_loaded(entry, |found| match found {
                        Some((editing, entry)) => view! { <BankQuestionForm editing entry/> }.into_any(),
                        None => view! { <crate::app::NotFound/> }.into_any(),
                    })}
                </section>
            }
        })}
    }
}

fn blank() -> BankEntry {
    BankEntry {
        slug: String::new(),
        interview_type: InterviewType::Technical,
        topic: InterviewType::Technical.topics()[0].to_owned(),
        difficulty: Difficulty::Medium,
        question: String::new(),
        expected: String::new(),
        concepts: Vec::new(),
        times_asked: 0,
    }
}

#[component]
fn BankQuestionForm(editing: Option<String>, entry: BankEntry) -> impl IntoView {
    let heading = if editing.is_some() {
        "Edit the question"
    } else {
        "New question"
    };
    let times_asked = entry.times_asked;
    let draft = RwSignal::new(entry);
    let concepts = RwSignal::new(draft.get_untracked().concepts.join("\n"));
    let error = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let navigate = use_navigate();
    let editing = StoredValue::new(editing);
    let back = move |navigate: &dyn Fn(&str, leptos_router::NavigateOptions),
                     kind: InterviewType| {
        navigate(
            &format!("/admin/interviews?type={kind}"),
            Default::default(),
        )
    };
    let save = {
        let navigate = navigate.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let mut entry = draft.get_untracked();
            entry.concepts = concepts
                .get_untracked()
                .lines()
                .map(str::to_owned)
                .collect();
            let kind = entry.interview_type;
            let navigate = navigate.clone();
            error.set(None);
            leptos::task::spawn_local(async move {
                match save_bank_question(editing.get_value(), entry).await {
                    Ok(()) => back(&navigate, kind),
                    Err(e) => error.set(Some(error_message(&e))),
                }
            });
        }
    };
    let delete = move |_| {
        let Some(slug) = editing.get_value() else {
            return;
        };
        let kind = draft.get_untracked().interview_type;
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match delete_bank_question(slug).await {
                Ok(()) => back(&navigate, kind),
                Err(e) => error.set(Some(error_message(&e))),
            }
        });
    };
    let text_field = move |label: &'static str,
                           name: &'static str,
                           rows: &'static str,
                           get: fn(&BankEntry) -> String,
                           set: fn(&mut BankEntry, String)| {
        view! {
            <label>
                {label}
                <textarea
                    name=name
                    rows=rows
                    inner_html=crate::ui::textarea_html(&get(&draft.get_untracked()))
                    prop:value=move || get(&draft.get())
                    on:input:target=move |event| draft.update(|d| set(d, event.target().value()))
                ></textarea>
            </label>
        }
    };
    view! {
        <h1>{heading}</h1>
        <form class="stack" on:submit=save>
            <label>
                "Id (lowercase words joined by hyphens; it cannot change later)"
                <input
                    name="slug"
                    required
                    disabled=editing.get_value().is_some()
                    prop:value=move || draft.get().slug
                    on:input:target=move |event| draft.update(|d| d.slug = event.target().value())
                />
            </label>
            <label>
                "Kind"
                <select
                    name="kind"
                    prop:value=move || draft.get().interview_type.to_string()
                    on:change:target=move |event| {
                        if let Ok(kind) = event.target().value().parse::<InterviewType>() {
                            draft.update(|d| {
                                d.interview_type = kind;
                                d.topic = kind.topics().first().map(|t| (*t).to_owned()).unwrap_or_default();
                            });
                        }
                    }
                >
                    <option value="Technical">"Technical"</option>
                    <option value="Behavioral">"Behavioral"</option>
                </select>
            </label>
            <label>
                "Topic"
                <select
                    name="topic"
                    prop:value=move || draft.get().topic
                    on:change:target=move |event| draft.update(|d| d.topic = event.target().value())
                >
                    {move || draft.get().interview_type.topics().iter().map(|t| view! {
                        <option value=*t>{*t}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>
                "Difficulty"
                <select
                    name="difficulty"
                    prop:value=move || draft.get().difficulty.to_string()
                    on:change:target=move |event| {
                        if let Ok(difficulty) = event.target().value().parse() {
                            draft.update(|d| d.difficulty = difficulty);
                        }
                    }
                >
                    {Difficulty::ALL.iter().map(|d| view! { <option value=d.as_str()>{d.as_str()}</option> }).collect_view()}
                </select>
            </label>
            {text_field("Question", "question", "3", |d| d.question.clone(), |d, v| d.question = v)}
            {text_field("What a strong answer contains", "expected", "8", |d| d.expected.clone(), |d, v| d.expected = v)}
            <label>
                "Concepts the graders look for, one per line: a label, or \"label: alternative | alternative\""
                <textarea
                    name="concepts"
                    rows="6"
                    inner_html=crate::ui::textarea_html(&concepts.get_untracked())
                    prop:value=move || concepts.get()
                    on:input:target=move |event| concepts.set(event.target().value())
                ></textarea>
            </label>
            {move || error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <button type="submit" class="button primary">"Save"</button>
        </form>
        {editing.get_value().map(|_| view! {
            <section class="danger-zone" id="delete">
                <h2>"Delete"</h2>
                <p class="muted">
                    {format!(
                        "Asked in {}; those sessions keep their copy.",
                        crate::ui::plural(times_asked, "session", "sessions"),
                    )}
                </p>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button" on:click=move |_| confirming.set(true)>
                            "Delete this question"
                        </button>
                    }
                >
                    <button type="button" class="button danger" on:click=delete.clone()>
                        "Delete it for good"
                    </button>
                </Show>
            </section>
        })}
    }
    .into_any()
}
