//! `/interviews/{id}`: a session as it is run (the plan before it begins, one question at a
//! time with its clocks, answers saved as they are typed) and its scorecard once complete.

use super::{
    CodingRound, Draft, FeedbackMode, InterviewStatus, InterviewView, QuestionView,
    begin_interview, finish_interview, get_interview, submit_answer, submit_coding_round,
};
use crate::ai::Feedback;
use crate::app::NotFound;
use crate::domain::Timestamp;
use crate::judge::{EditorLanguage, offered_languages};
use crate::practice::{CodeEditor, ProblemStatement};
use crate::problems::get_problem;
use crate::submissions::{LiveResult, run_code};
use crate::ui::{ListTable, error_message, plural, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/interviews/{id}`.
#[component]
pub fn InterviewPage(id: i64) -> impl IntoView {
    let interview = Resource::new(
        move || id,
        |id| async move { get_interview(id).await.map(Some) },
    );
    view! {
        <Title text="Mock interview"/>
        {when_loaded(interview, move |found| match found {
            Some(view) => view! { <Room view interview/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        })}
    }
}

type InterviewResource = Resource<Result<Option<InterviewView>, ServerFnError>>;

/// One session: what it shows depends on where it stands.
#[component]
fn Room(view: InterviewView, interview: InterviewResource) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Runs a server call, then reads the session again.
    let act = move |call: std::pin::Pin<Box<dyn Future<Output = Result<(), ServerFnError>>>>| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            match call.await {
                Ok(()) => interview.refetch(),
                Err(e) => _ = error.try_set(Some(error_message(&e))),
            }
            let _ = busy.try_set(false);
        });
    };
    let session_id = view.session_id;
    // A draft typed after its last save and then submitted is no longer needed.
    #[cfg(feature = "hydrate")]
    for question in view.questions.iter().filter(|q| q.answered_at.is_some()) {
        crate::ui::forget(&draft_key(question.question_id));
    }
    let heading = format!("{} interview", view.interview_type);
    let body = match view.status {
        InterviewStatus::Pending => {
            let begin = move |_| act(Box::pin(begin_interview(session_id)));
            view! { <Plan view=view.clone()/> <button type="button" class="button primary" disabled=move || busy.get() on:click=begin>"Begin the interview"</button> }
                .into_any()
        }
        InterviewStatus::InProgress => view! { <Running view=view.clone() act busy/> }.into_any(),
        InterviewStatus::Completed => view! { <Scorecard view=view.clone() interview/> }.into_any(),
    };
    view! {
        <section class="page interview">
            <p class="muted"><a href="/interviews/history">"← Your interviews"</a></p>
            <h1>{heading}</h1>
            {body}
            {move || error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
        </section>
    }
    .into_any()
}

/// What a planned session will ask, before it begins.
#[component]
fn Plan(view: InterviewView) -> impl IntoView {
    let topics = if view.topics.is_empty() {
        "any topic".to_owned()
    } else {
        view.topics.join(", ")
    };
    let difficulty = view
        .difficulty
        .map_or("any difficulty".to_owned(), |d| d.to_string());
    let feedback = match view.feedback_mode {
        FeedbackMode::EachAnswer => "after each answer",
        FeedbackMode::AtEnd => "at the end",
    };
    view! {
        <p class="lead">
            {format!(
                "{} in {} minutes, on {topics}, {difficulty}. Feedback {feedback}.",
                plural(view.questions.len() as i64, "question", "questions"),
                view.length_minutes,
            )}
        </p>
        <p>
            "The clock starts when you begin. Your answers are saved as you type: if you close \
             the page, come back to it from your interviews and carry on."
        </p>
    }
}

/// The server's clock as this page knows it: the time the session was read, then ticking
/// every second in the browser (shifted by the difference between the two clocks).
fn server_clock(server_now: Timestamp) -> ReadSignal<i64> {
    let (now, set_now) = signal(server_now.millis());
    #[cfg(feature = "hydrate")]
    {
        let offset = server_now.millis() - js_sys::Date::now() as i64;
        let tick = move || _ = set_now.try_set(js_sys::Date::now() as i64 + offset);
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = set_now;
    now
}

/// Milliseconds as `m:ss`.
fn clock_text(millis: i64) -> String {
    let seconds = millis.max(0) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A clock's classes: red once over its time.
fn clock_class(over: bool) -> &'static str {
    if over { "clock over" } else { "clock" }
}

/// A running session: its clocks, the question being answered (or the feedback on the last
/// one, before the next starts) and finishing early.
#[component]
fn Running(
    view: InterviewView,
    act: impl Fn(std::pin::Pin<Box<dyn Future<Output = Result<(), ServerFnError>>>>)
    + Copy
    + Send
    + Sync
    + 'static,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let now = server_clock(view.now);
    let deadline = view.deadline().millis();
    let session_id = view.session_id;
    let total = view.questions.len();
    let current = view.current().cloned();
    let per_question = view.interview_type.minutes_per_question() * 60_000;
    let confirming = RwSignal::new(false);
    let session_clock = move || {
        let left = deadline - now.get();
        if left > 0 {
            format!("{} left in the session", clock_text(left))
        } else {
            format!(
                "Time is up ({} over): finish your answer",
                clock_text(-left)
            )
        }
    };
    let question = current.map(|question| {
        let number = question.position + 1;
        let last_feedback = view
            .questions
            .iter()
            .rfind(|q| q.answered_at.is_some())
            .cloned();
        match question.started_at {
            // Feedback after each answer: the next question waits until it is asked for.
            None => view! {
                {last_feedback.map(|q| view! { <AnswerReview question=q/> })}
                <button
                    type="button"
                    class="button primary"
                    disabled=move || busy.get()
                    on:click=move |_| act(Box::pin(begin_interview(session_id)))
                >
                    {format!("Start question {number} of {total}")}
                </button>
            }
            .into_any(),
            Some(started) => {
                let elapsed = move || now.get() - started.millis();
                let question_clock = move || {
                    format!(
                        "{} on this question (about {} min each)",
                        clock_text(elapsed()),
                        per_question / 60_000
                    )
                };
                let over = move || elapsed() > per_question;
                view! {
                    <article class="interview-question card" aria-labelledby="question-heading">
                        <p class="meta">
                            <span>{format!("Question {number} of {total}")}</span>
                            {question.topic.clone().map(|t| view! { <span class="tag">{t}</span> })}
                            <span class=move || clock_class(over())>{question_clock}</span>
                        </p>
                        <h2 id="question-heading">{question.prompt.clone()}</h2>
                        {match question.coding.clone() {
                            Some(round) => view! { <CodingAnswer question=question.clone() round act/> }.into_any(),
                            None => view! { <TextAnswer question=question.clone() act busy/> }.into_any(),
                        }}
                    </article>
                }
                .into_any()
            }
        }
    });
    view! {
        <div class="interview-bar" role="group" aria-label="Session">
            <span class=move || clock_class(now.get() > deadline)>{session_clock}</span>
            <span class="muted">
                {format!("{} of {total} answered", view.questions.iter().filter(|q| q.answered_at.is_some()).count())}
            </span>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="link-button" on:click=move |_| confirming.set(true)>
                        "Finish early"
                    </button>
                }
            >
                <span role="alert">"Finish now? Unanswered questions are not graded."</span>
                <button
                    type="button"
                    class="button"
                    disabled=move || busy.get()
                    on:click=move |_| act(Box::pin(finish_interview(session_id)))
                >
                    "Finish now"
                </button>
                <button type="button" class="link-button" on:click=move |_| confirming.set(false)>
                    "Keep going"
                </button>
            </Show>
        </div>
        {question}
    }
    .into_any()
}

/// Where a draft stands on the server (known in the browser only).
#[derive(Clone, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Saving {
    Saved,
    Pending,
    Failed(String),
}

/// The localStorage key of a question's unsaved draft: it holds what the server has not
/// acknowledged yet, so it is newer than the server's copy whenever it exists.
#[cfg(feature = "hydrate")]
fn draft_key(question_id: i64) -> String {
    format!("grindstone-interview-draft:{question_id}")
}

/// Saves `draft` as it changes: to this browser at once, to the server a moment after typing
/// stops (and again a few seconds after a failure). What the browser kept and the server did
/// not acknowledge is restored when the page is loaded again. Its timers and saves may outlive
/// the question's box (answering replaces it), so they touch its state only while it exists.
fn autosave(question_id: i64, draft: RwSignal<Draft>) -> RwSignal<Saving> {
    let state = RwSignal::new(Saving::Saved);
    #[cfg(feature = "hydrate")]
    {
        use std::time::Duration;
        let key = draft_key(question_id);
        if let Some(unsaved) = crate::ui::stored(&key)
            .and_then(|json| serde_json::from_str::<Draft>(&json).ok())
            .filter(|unsaved| *unsaved != draft.get_untracked())
        {
            draft.set(unsaved);
        }
        let generation = StoredValue::new(0u64);
        let save = StoredValue::new(None::<std::sync::Arc<dyn Fn(u64) + Send + Sync>>);
        let key_for_save = key.clone();
        save.set_value(Some(std::sync::Arc::new(move |sent: u64| {
            let Some(text) = draft.try_get_untracked() else {
                return;
            };
            let key = key_for_save.clone();
            leptos::task::spawn_local(async move {
                let result = super::save_draft(question_id, text.clone()).await;
                // Typed again since (or the question is gone): a newer save follows, or none.
                if generation.try_get_value() != Some(sent) {
                    return;
                }
                match result {
                    Ok(()) => {
                        crate::ui::forget(&key);
                        let _ = state.try_set(Saving::Saved);
                    }
                    Err(error) => {
                        let _ = state.try_set(Saving::Failed(error_message(&error)));
                        set_timeout(
                            move || {
                                if generation.try_get_value() == Some(sent)
                                    && let Some(save) = save.try_get_value().flatten()
                                {
                                    save(sent);
                                }
                            },
                            Duration::from_secs(5),
                        );
                    }
                }
            });
        })));
        Effect::new(move |first: Option<()>| {
            let text = draft.get();
            if first.is_none() && crate::ui::stored(&key).is_none() {
                return;
            }
            if let Ok(json) = serde_json::to_string(&text) {
                crate::ui::store(&key, &json);
            }
            let sent = generation.get_value() + 1;
            generation.set_value(sent);
            state.set(Saving::Pending);
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(sent)
                        && let Some(save) = save.try_get_value().flatten()
                    {
                        save(sent);
                    }
                },
                Duration::from_millis(800),
            );
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (question_id, draft);
    state
}

/// "Saved" or why not, announced politely.
fn saving_status(state: RwSignal<Saving>) -> impl IntoView {
    view! {
        <p class="muted save-state" role="status">
            {move || match state.get() {
                Saving::Saved => "All changes saved.".to_owned(),
                Saving::Pending => "Saving…".to_owned(),
                Saving::Failed(why) => format!("Not saved yet ({why}); kept in this browser, retrying."),
            }}
        </p>
    }
}

/// The labelled text box of a draft's answer, holding `initial` in the server's HTML.
fn answer_box(
    id: &'static str,
    label: &'static str,
    rows: &'static str,
    initial: &str,
    draft: RwSignal<Draft>,
) -> impl IntoView + use<> {
    view! {
        <label for=id>{label}</label>
        <textarea
            id=id
            class="answer"
            name=id
            rows=rows
            inner_html=crate::ui::textarea_html(initial)
            prop:value=move || draft.get().answer
            on:input:target=move |event| draft.update(|d| d.answer = event.target().value())
        ></textarea>
    }
}

/// A written answer.
#[component]
fn TextAnswer(
    question: QuestionView,
    act: impl Fn(std::pin::Pin<Box<dyn Future<Output = Result<(), ServerFnError>>>>)
    + Copy
    + Send
    + Sync
    + 'static,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let question_id = question.question_id;
    let draft = RwSignal::new(Draft {
        answer: question.draft.clone(),
        ..Draft::default()
    });
    let saving = autosave(question_id, draft);
    let submit = move |_| {
        let answer = draft.get_untracked().answer;
        act(Box::pin(submit_answer(question_id, answer)));
    };
    view! {
        {answer_box("answer", "Your answer", "12", &question.draft, draft)}
        {saving_status(saving)}
        <button type="button" class="button primary" disabled=move || busy.get() on:click=submit>
            "Submit answer"
        </button>
    }
}

/// A coding round: the problem, the editor with Run, the explanation and stated complexity,
/// and submitting to the judge.
#[component]
fn CodingAnswer(
    question: QuestionView,
    round: CodingRound,
    act: impl Fn(std::pin::Pin<Box<dyn Future<Output = Result<(), ServerFnError>>>>)
    + Copy
    + Send
    + Sync
    + 'static,
) -> impl IntoView {
    let slug = round.slug.clone();
    let problem = Resource::new(move || slug.clone(), get_problem);
    let languages = Resource::new(|| (), |()| offered_languages());
    let round = StoredValue::new(round);
    let question = StoredValue::new(question);
    view! {
        {when_loaded(problem, move |problem| {
            problem.map(|problem| view! {
                <details class="coding-statement" open>
                    <summary>"The problem"</summary>
                    <ProblemStatement view=problem/>
                </details>
            })
        })}
        {when_loaded(languages, move |languages| view! {
            <CodingWorkbench question=question.get_value() round=round.get_value() languages act/>
        })}
    }
}

#[component]
fn CodingWorkbench(
    question: QuestionView,
    round: CodingRound,
    languages: Vec<EditorLanguage>,
    act: impl Fn(std::pin::Pin<Box<dyn Future<Output = Result<(), ServerFnError>>>>)
    + Copy
    + Send
    + Sync
    + 'static,
) -> impl IntoView {
    let question_id = question.question_id;
    let first = round
        .language
        .clone()
        .filter(|id| languages.iter().any(|l| &l.id == id))
        .or_else(|| {
            languages
                .iter()
                .find(|l| l.id == "python")
                .map(|l| l.id.clone())
        })
        .or_else(|| languages.first().map(|l| l.id.clone()))
        .unwrap_or_default();
    let starter = languages
        .iter()
        .find(|l| l.id == first)
        .map(|l| l.starter.clone())
        .unwrap_or_default();
    let draft = RwSignal::new(Draft {
        answer: question.draft.clone(),
        language: Some(first.clone()),
        code: Some(round.draft_code.clone().unwrap_or(starter)),
        stated_complexity: round.stated_complexity.clone(),
    });
    let saving = autosave(question_id, draft);
    let language = Signal::derive(move || draft.get().language.unwrap_or_default());
    let code = RwSignal::new(draft.get_untracked().code.unwrap_or_default());
    // The editor writes `code`; the draft follows it.
    Effect::new(move |_| {
        let text = code.get();
        if draft.with_untracked(|d| d.code.as_deref() != Some(text.as_str())) {
            draft.update(|d| d.code = Some(text));
        }
    });
    let job = RwSignal::new(None::<i64>);
    let run_error = RwSignal::new(None::<String>);
    let slug = round.slug.clone();
    let on_run = Callback::new(move |()| {
        let (slug, d) = (slug.clone(), draft.get_untracked());
        run_error.set(None);
        leptos::task::spawn_local(async move {
            match run_code(
                slug,
                d.language.unwrap_or_default(),
                d.code.unwrap_or_default(),
                None,
            )
            .await
            {
                Ok(id) => _ = job.try_set(Some(id)),
                Err(e) => _ = run_error.try_set(Some(error_message(&e))),
            }
        });
    });
    let submit = move || {
        let d = draft.get_untracked();
        act(Box::pin(async move {
            submit_coding_round(question_id, d).await.map(drop)
        }));
    };
    let on_submit = Callback::new(move |()| submit());
    let languages = StoredValue::new(languages);
    view! {
        <div class="toolbar">
            <label>
                <span class="visually-hidden">"Language"</span>
                <select
                    name="language"
                    aria-label="Language"
                    prop:value=move || language.get()
                    on:change:target=move |event| {
                        let id = event.target().value();
                        draft.update(|d| d.language = Some(id));
                    }
                >
                    {languages.with_value(|all| all.iter().map(|l| view! {
                        <option value=l.id.clone()>{l.name.clone()}</option>
                    }).collect_view())}
                </select>
            </label>
            <span class="muted shortcuts">"Ctrl+Enter runs the examples · Esc leaves the editor"</span>
        </div>
        <CodeEditor language code on_run on_submit/>
        <button type="button" class="button" on:click=move |_| on_run.run(())>"Run on the examples"</button>
        {move || run_error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
        <LiveResult submission=job/>
        {answer_box(
            "explanation",
            "Your approach, as you would explain it to the interviewer",
            "5",
            &question.draft,
            draft,
        )}
        <label for="complexity">"Time and space complexity"</label>
        <input
            id="complexity"
            name="complexity"
            placeholder="e.g. O(n log n) time, O(n) space"
            maxlength="200"
            prop:value=move || draft.get().stated_complexity.unwrap_or_default()
            on:input:target=move |event| {
                draft.update(|d| d.stated_complexity = Some(event.target().value()))
            }
        />
        {saving_status(saving)}
        <button type="button" class="button primary" on:click=move |_| submit()>
            "Submit solution to the judge"
        </button>
    }
}

/// The answer to a question and the feedback on it.
#[component]
fn AnswerReview(question: QuestionView) -> impl IntoView {
    let answer = question.answer.clone().filter(|a| !a.trim().is_empty());
    let unanswered = question.answered_at.is_none();
    let verdict = question.coding.as_ref().map(|round| {
        let text = match (round.verdict, round.submission_id) {
            (Some(verdict), _) => verdict.label().to_owned(),
            (None, Some(_)) => "Waiting for the judge…".to_owned(),
            (None, None) => "No code was submitted.".to_owned(),
        };
        let link = round
            .submission_id
            .map(|id| view! { " · " <a href=format!("/submissions/{id}")>"The judged code"</a> });
        view! { <p class="meta">{format!("Verdict: {text}")}{link}</p> }
    });
    view! {
        <article class="card answer-review">
            <h3>{format!("{}. {}", question.position + 1, question.prompt)}</h3>
            {verdict}
            {if unanswered {
                view! { <p class="muted">"Not answered."</p> }.into_any()
            } else {
                match answer {
                    Some(answer) => view! {
                        <h4>"Your answer"</h4>
                        <p class="submitted-answer">{answer}</p>
                    }
                    .into_any(),
                    None => ().into_any(),
                }
            }}
            {match (question.feedback.clone(), question.awaiting_judge()) {
                (Some(feedback), _) => view! { <FeedbackCard feedback note=question.grader_note.clone()/> }.into_any(),
                (None, true) => view! { <p class="muted" role="status">"Feedback comes once the judge has judged your code."</p> }.into_any(),
                (None, false) => ().into_any(),
            }}
            {question.expected.clone().map(|expected| view! {
                <details>
                    <summary>"What a strong answer covers"</summary>
                    <p>{expected}</p>
                </details>
            })}
        </article>
    }
    .into_any()
}

/// The name of what graded an answer, for people.
fn engine_name(engine: &str) -> String {
    if engine == "offline" {
        "the offline engine".to_owned()
    } else {
        format!("the model {engine}")
    }
}

/// Feedback on one answer: the score per dimension, and what to keep, fix and do next.
#[component]
fn FeedbackCard(feedback: Feedback, note: Option<String>) -> impl IntoView {
    let list = |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <h4>{title}</h4>
                <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            }
        })
    };
    view! {
        <section class="feedback" aria-label="Feedback">
            <p class="score">
                <strong>{format!("{:.1} / 5", feedback.score)}</strong>
                " · "
                {feedback.summary.clone()}
            </p>
            <ListTable class="dimensions" label="Scores per dimension" headers=&["Dimension", "Score", "Why"]>
                {feedback.dimensions.iter().map(|d| view! {
                    <tr>
                        <th scope="row">{d.label.clone()}</th>
                        <td>{format!("{} / 5", d.score)}</td>
                        <td>{d.comment.clone()}</td>
                    </tr>
                }).collect_view()}
            </ListTable>
            {list("Strengths", feedback.strengths.clone())}
            {list("Gaps", feedback.gaps.clone())}
            {list("Next steps", feedback.next_steps.clone())}
            <p class="muted engine">
                {format!("Graded by {}.", engine_name(&feedback.engine))}
                {note.map(|note| format!(" {note}"))}
            </p>
        </section>
    }
    .into_any()
}

/// A completed session: the overall score and every question's answer and feedback. While a
/// coding round waits for the judge, the page reads the session again every few seconds.
#[component]
fn Scorecard(view: InterviewView, interview: InterviewResource) -> impl IntoView {
    let waiting = view.questions.iter().any(QuestionView::awaiting_judge);
    #[cfg(feature = "hydrate")]
    if waiting
        && let Ok(handle) = set_interval_with_handle(
            move || interview.refetch(),
            std::time::Duration::from_secs(3),
        )
    {
        on_cleanup(move || handle.clear());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = interview;
    let answered = view
        .questions
        .iter()
        .filter(|q| q.answered_at.is_some())
        .count();
    let minutes = view
        .end_time
        .map(|end| (end.millis() - view.start_time.millis()).max(0) / 60_000);
    let score = match view.score {
        Some(score) => format!("{score:.1} / 5"),
        None if waiting => "waiting for the judge".to_owned(),
        None => "no answers graded".to_owned(),
    };
    view! {
        <section class="scorecard card" aria-labelledby="scorecard-heading">
            <h2 id="scorecard-heading">"Scorecard"</h2>
            <p class="score big"><strong>{score}</strong></p>
            <p class="muted">
                {format!(
                    "{answered} of {} answered{}.",
                    view.questions.len(),
                    minutes.map(|m| format!(" in {m} of {} minutes", view.length_minutes)).unwrap_or_default(),
                )}
                " "
                <a href="/interviews/new">"Start another"</a>
            </p>
        </section>
        {view.questions.iter().cloned().map(|question| view! { <AnswerReview question/> }).collect_view()}
    }
    .into_any()
}
