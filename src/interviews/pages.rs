//! The interviews page.

use super::{InterviewTypeActivity, interview_activity};
use crate::ui::{plural, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/interviews`: the kinds of mock interview and how much each has been practised.
#[component]
pub fn InterviewsPage() -> impl IntoView {
    let activity = Resource::new(|| (), |_| interview_activity());
    view! {
        <Title text="Mock interviews"/>
        <section class="page">
            <h1>"Mock interviews"</h1>
            <p class="lead">
                "Practise with an interviewer that asks, listens and grades your answers."
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
                    view! {
                        <li class="card">
                            <h2>{entry.interview_type.as_str()}</h2>
                            <p>{entry.interview_type.blurb()}</p>
                            <p class="meta">
                                {format!(
                                    "{} · {}",
                                    plural(entry.completed_sessions, "session completed", "sessions completed"),
                                    plural(entry.questions_answered, "answer graded", "answers graded"),
                                )}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
