//! `/interviews/history`: the signed-in user's sessions (unfinished ones to resume), their
//! scores over time, and the weakest dimensions and topics with where to practise them.

use super::{InterviewHistory, InterviewStatus, PastInterview, WeakSpot, my_interview_history};
use crate::ui::{Empty, ListTable, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/interviews/history`.
#[component]
pub fn InterviewHistoryPage() -> impl IntoView {
    let history = Resource::new(|| (), |()| my_interview_history());
    view! {
        <Title text="Your interviews"/>
        <section class="page">
            <h1>"Your interviews"</h1>
            <p><a class="button primary" href="/interviews/new">"Start an interview"</a></p>
            {when_loaded(history, history_view)}
        </section>
    }
}

fn history_view(history: InterviewHistory) -> AnyView {
    if history.sessions.is_empty() {
        return view! { <Empty message="No interviews yet: start one, and your scores appear here."/> }
            .into_any();
    }
    let scored: Vec<&PastInterview> = history
        .sessions
        .iter()
        .rev()
        .filter(|s| s.score.is_some())
        .collect();
    let chart = score_chart(&scored);
    view! {
        {chart}
        <div class="grid two">
            {weak_spots("Weakest dimensions", history.weakest_dimensions)}
            {weak_spots("Weakest topics", history.weakest_topics)}
        </div>
        <h2>"Sessions"</h2>
        <ListTable
            class="interviews"
            label="Your interview sessions"
            headers=&["Started", "Kind", "Answered", "Score", ""]
        >
            {history.sessions.into_iter().map(|session| {
                let href = format!("/interviews/{}", session.session_id);
                let action = match session.status {
                    InterviewStatus::Completed => "Scorecard",
                    InterviewStatus::InProgress => "Resume",
                    InterviewStatus::Pending => "Begin",
                };
                view! {
                    <tr>
                        <td>{session.start_time.date_time()}</td>
                        <td>{session.interview_type.as_str()}</td>
                        <td>{format!("{} of {}", session.answered, session.questions)}</td>
                        <td>{session.score.map_or("—".to_owned(), |s| format!("{s:.1}"))}</td>
                        <td><a href=href>{action}</a></td>
                    </tr>
                }
            }).collect_view()}
        </ListTable>
    }
    .into_any()
}

fn weak_spots(title: &'static str, spots: Vec<WeakSpot>) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{title}</h2>
            {if spots.is_empty() {
                view! { <p class="muted">"Nothing below 4 of 5 yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="weak-spots">
                        {spots.into_iter().map(|spot| view! {
                            <li>
                                <a href=spot.practice_href>{spot.name.clone()}</a>
                                <span class="muted">
                                    {format!(
                                        " · {} · {:.1} / 5 over {}",
                                        spot.interview_type,
                                        spot.mean_score,
                                        crate::ui::plural(spot.answers, "answer", "answers"),
                                    )}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// Scores over time as an SVG line, drawn on the server, with a text alternative: the title
/// names every score, so a screen reader hears what the line shows.
fn score_chart(sessions: &[&PastInterview]) -> Option<impl IntoView + use<>> {
    if sessions.len() < 2 {
        return None;
    }
    const WIDTH: f64 = 600.0;
    const HEIGHT: f64 = 160.0;
    const PAD: f64 = 24.0;
    let step = (WIDTH - 2.0 * PAD) / (sessions.len() - 1) as f64;
    let y = |score: f64| HEIGHT - PAD - (score - 1.0) / 4.0 * (HEIGHT - 2.0 * PAD);
    let points: Vec<(f64, f64)> = sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (PAD + step * i as f64, y(s.score.unwrap_or(1.0))))
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let description = format!(
        "Scores of your last {} graded sessions, oldest first: {}.",
        sessions.len(),
        sessions
            .iter()
            .map(|s| format!(
                "{} {} {:.1}",
                s.start_time.date(),
                s.interview_type,
                s.score.unwrap_or(1.0)
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    Some(view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="score-chart-title"
                class="score-chart"
            >
                <title id="score-chart-title">{description.clone()}</title>
                {[1.0, 3.0, 5.0].map(|score| view! {
                    <line class="grid-line" x1=PAD x2=WIDTH - PAD y1=y(score) y2=y(score)></line>
                    <text class="axis" x="2" y=y(score) + 4.0>{format!("{score}")}</text>
                })}
                <polyline class="score-line" points=line fill="none"></polyline>
                {points.into_iter().map(|(x, y)| view! { <circle class="score-point" cx=x cy=y r="4"></circle> }).collect_view()}
            </svg>
            <figcaption>"Overall score per session (1 to 5), oldest on the left."</figcaption>
        </figure>
    })
}
