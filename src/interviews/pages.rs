//! `/interviews`, the kinds of mock interview, and `/interviews/new`, choosing one.

use super::{
    FeedbackMode, InterviewPlan, InterviewType, InterviewTypeActivity, LENGTHS, interview_activity,
    start_interview,
};
use crate::accounts::AuthActions;
use crate::problems::{Difficulty, problem_tags};
use crate::ui::{error_message, plural, query_param, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/interviews`: the kinds of mock interview, how much each has been practised, and a way in.
#[component]
pub fn InterviewsPage() -> impl IntoView {
    let activity = Resource::new(|| (), |_| interview_activity());
    view! {
        <Title text="Mock interviews"/>
        <section class="page">
            <h1>"Mock interviews"</h1>
            <p class="lead">
                "Timed rounds with real questions, and feedback on what was good, what was \
                 missing and what to practise next."
            </p>
            <p>
                <a class="button primary" href="/interviews/new">"Start an interview"</a>
                " "
                <a href="/interviews/history">"Your interviews"</a>
            </p>
            {when_loaded(activity, activity_cards)}
        </section>
    }
}

fn activity_cards(activity: Vec<InterviewTypeActivity>) -> impl IntoView {
    view! {
        <ul class="cards grid">
            {activity
                .into_iter()
                .map(|entry| {
                    let kind = entry.interview_type;
                    view! {
                        <li class="card">
                            <h2>{kind.as_str()}</h2>
                            <p>{kind.blurb()}</p>
                            <p class="meta">
                                {format!(
                                    "{} · {}",
                                    plural(entry.completed_sessions, "session completed", "sessions completed"),
                                    plural(entry.questions_answered, "answer graded", "answers graded"),
                                )}
                            </p>
                            <a href=format!("/interviews/new?type={kind}")>
                                {format!("Start a {} interview", kind.as_str().to_lowercase())}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `/interviews/new?type=…&topic=…`: the kind, length, topics, difficulty and when to see
/// feedback; starting plans the session and opens it.
#[component]
pub fn NewInterviewPage() -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    view! {
        <Title text="Start a mock interview"/>
        <section class="page narrow">
            <h1>"Start a mock interview"</h1>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match auth.me.await {
                        Ok(Some(_)) => view! { <PlanForm/> }.into_any(),
                        _ => view! {
                            <p>
                                <a class="button primary" href="/login?next=/interviews/new">
                                    "Sign in to start an interview"
                                </a>
                            </p>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn PlanForm() -> impl IntoView {
    let kind =
        RwSignal::new(query_param::<InterviewType>("type")().unwrap_or(InterviewType::Technical));
    let length = RwSignal::new(15_i64);
    let difficulty = RwSignal::new(None::<Difficulty>);
    let mode = RwSignal::new(FeedbackMode::EachAnswer);
    let topics = RwSignal::new(
        query_param::<String>("topic")()
            .into_iter()
            .collect::<Vec<_>>(),
    );
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Changing the kind clears topics of the other kind.
    let choose_kind = move |chosen: InterviewType| {
        if kind.get_untracked() != chosen {
            kind.set(chosen);
            topics.set(Vec::new());
        }
    };
    let tags = Resource::new(|| (), |()| problem_tags());
    let navigate = leptos_router::hooks::use_navigate();
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let plan = InterviewPlan {
            interview_type: kind.get_untracked(),
            length_minutes: length.get_untracked(),
            topics: topics.get_untracked(),
            difficulty: difficulty.get_untracked(),
            feedback_mode: mode.get_untracked(),
        };
        busy.set(true);
        error.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match start_interview(plan).await {
                Ok(id) => navigate(&format!("/interviews/{id}"), Default::default()),
                Err(e) => {
                    error.set(Some(error_message(&e)));
                    busy.set(false);
                }
            }
        });
    };
    let topic_box = move |topic: String| {
        let checked_topic = topic.clone();
        let toggled = topic.clone();
        view! {
            <label class="check">
                <input
                    type="checkbox"
                    name="topics"
                    value=topic.clone()
                    prop:checked=move || topics.read().contains(&checked_topic)
                    on:change:target=move |event| {
                        let on = event.target().checked();
                        topics.update(|all| {
                            all.retain(|t| t != &toggled);
                            if on {
                                all.push(toggled.clone());
                            }
                        });
                    }
                />
                " "
                {topic}
            </label>
        }
    };
    view! {
        <form class="stack plan-form" on:submit=start>
            <fieldset>
                <legend>"Kind"</legend>
                {InterviewType::ALL.iter().map(|&option| view! {
                    <label class="check">
                        <input
                            type="radio"
                            name="type"
                            value=option.as_str()
                            prop:checked=move || kind.get() == option
                            on:change=move |_| choose_kind(option)
                        />
                        " " {option.as_str()} " "
                        <span class="muted">{option.blurb()}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <label>
                "Length"
                <select
                    name="length"
                    prop:value=move || length.get().to_string()
                    on:change:target=move |event| {
                        if let Ok(minutes) = event.target().value().parse() {
                            length.set(minutes);
                        }
                    }
                >
                    {LENGTHS.iter().map(|minutes| view! {
                        <option value=minutes.to_string()>{format!("{minutes} minutes")}</option>
                    }).collect_view()}
                </select>
            </label>
            <p class="muted">
                {move || {
                    let kind = kind.get();
                    format!(
                        "{}, about {} minutes each.",
                        plural(kind.question_count(length.get()) as i64, "question", "questions"),
                        kind.minutes_per_question(),
                    )
                }}
            </p>
            <fieldset>
                <legend>"Topics (none chosen: any)"</legend>
                <div class="topic-choices">
                    {move || {
                        let kind = kind.get();
                        if kind == InterviewType::Coding {
                            when_loaded(tags, move |tags| {
                                tags.into_iter().map(|(tag, _)| topic_box(tag)).collect_view()
                            })
                            .into_any()
                        } else {
                            kind.topics().iter().map(|t| topic_box((*t).to_owned())).collect_view().into_any()
                        }
                    }}
                </div>
            </fieldset>
            <label>
                "Difficulty"
                <select
                    name="difficulty"
                    on:change:target=move |event| difficulty.set(event.target().value().parse().ok())
                >
                    <option value="">"Any"</option>
                    {Difficulty::ALL.iter().map(|d| view! { <option value=d.as_str()>{d.as_str()}</option> }).collect_view()}
                </select>
            </label>
            <fieldset>
                <legend>"Feedback"</legend>
                {[(FeedbackMode::EachAnswer, "After each answer"), (FeedbackMode::AtEnd, "All at the end, like a real interview")]
                    .map(|(option, text)| view! {
                        <label class="check">
                            <input
                                type="radio"
                                name="feedback"
                                value=option.as_str()
                                prop:checked=move || mode.get() == option
                                on:change=move |_| mode.set(option)
                            />
                            " " {text}
                        </label>
                    })}
            </fieldset>
            {move || error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <button type="submit" class="button primary" disabled=move || busy.get()>
                "Start"
            </button>
        </form>
    }
    .into_any()
}
