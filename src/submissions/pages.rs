//! What users see of their submissions: the result panel (shared by the problem page and a
//! submission's own page), the live status while judging, the history lists.

use super::{
    StatusEvent, SubmissionDetail, SubmissionHistory, SubmissionKind, SubmissionStatus,
    my_submissions, submission,
};
use crate::accounts::{AuthActions, signed_in};
use crate::judge::{JudgeReport, TestResult, Verdict};
use crate::ui::{Empty, ListTable, query_param, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The status of the job `submission` while it is judged, pushed by the server, then its
/// result. Shows nothing until there is a job.
#[component]
pub fn LiveResult(#[prop(into)] submission: Signal<Option<i64>>) -> impl IntoView {
    let status = RwSignal::new(None::<StatusEvent>);
    let result = RwSignal::new(None::<Result<SubmissionDetail, String>>);
    // Why the status stopped without a verdict: no judge took the job.
    let no_judge = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(id) = submission.get() else {
            return;
        };
        status.set(None);
        result.set(None);
        no_judge.set(None);
        #[cfg(feature = "hydrate")]
        follow::start(
            id,
            move |event: StatusEvent| {
                let done = event.status.is_final();
                status.set(Some(event));
                if done {
                    leptos::task::spawn_local(async move {
                        let detail = super::submission(id).await;
                        result.set(Some(
                            detail.map_err(|error| crate::ui::error_message(&error)),
                        ));
                    });
                }
            },
            move |notice: String| no_judge.set(Some(notice)),
            move || {
                let lost = "Lost contact with the server. Reload the page to see the result.";
                result.set(Some(Err(lost.to_owned())));
            },
        );
        #[cfg(not(feature = "hydrate"))]
        let _ = id;
    });
    on_cleanup(|| {
        #[cfg(feature = "hydrate")]
        follow::stop();
    });
    // One region, present from the start, tells screen readers what changed: regions that
    // arrive with their text are often not read.
    let announcement = move || match (submission.get(), result.get(), no_judge.get()) {
        (None, _, _) | (Some(_), Some(Err(_)), _) => String::new(),
        (Some(_), Some(Ok(detail)), _) => match Headline::of(&detail) {
            Some(Headline {
                verdict,
                summary: Some(summary),
            }) => format!("{verdict}. {summary}."),
            Some(Headline {
                verdict,
                summary: None,
            }) => verdict,
            None => status_text(None),
        },
        (Some(_), None, Some(notice)) => notice,
        (Some(_), None, None) => status_text(status.get().as_ref()),
    };
    let shown = move || {
        match (submission.get(), result.get(), no_judge.get()) {
        (None, _, _) => ().into_any(),
        (Some(_), Some(Ok(detail)), _) => view! { <ResultPanel detail/> }.into_any(),
        (Some(_), Some(Err(message)), _) => {
            view! { <p class="error" role="alert">{message}</p> }.into_any()
        }
        (Some(id), None, Some(notice)) => view! {
            <p class="notice">
                {notice} " " <a href=format!("/submissions/{id}")>"Its page"</a> " shows the result then."
            </p>
        }
        .into_any(),
        (Some(_), None, None) => view! { <StatusLine event=status.get()/> }.into_any(),
    }
    };
    view! {
        <p class="visually-hidden" role="status">{announcement}</p>
        {shown}
    }
}

/// What the judge is doing with a job, in words.
fn status_text(event: Option<&StatusEvent>) -> String {
    match event {
        None => "Sending…".to_owned(),
        Some(StatusEvent {
            status: SubmissionStatus::Running,
            test: Some((test, of)),
            ..
        }) => format!("Running test {test} of {of}…"),
        Some(event) if event.status.is_final() => "Loading the result…".to_owned(),
        Some(event) => format!("{}…", event.status.label()),
    }
}

/// A judged job's verdict in words ("Finished" for a run that ran), with how many tests passed
/// for a submission.
struct Headline {
    verdict: String,
    summary: Option<String>,
}

impl Headline {
    /// `None` while the job has no report yet.
    fn of(detail: &SubmissionDetail) -> Option<Self> {
        let report = detail.report.as_ref()?;
        let is_run = detail.kind == SubmissionKind::Run;
        let verdict = if is_run && report.verdict.is_success() {
            "Finished".to_owned()
        } else {
            report.verdict.label().to_owned()
        };
        let passed = report
            .tests
            .iter()
            .filter(|test| test.verdict.is_success())
            .count();
        let summary = (!is_run && report.verdict != Verdict::CompilationError).then(|| {
            format!(
                "{passed} / {} tests passed",
                report.total_tests.max(report.tests.len())
            )
        });
        Some(Self { verdict, summary })
    }
}

/// "Queued…", "Compiling…", "Running test 3 of 10…", with a spinner. Not itself a live
/// region: [`LiveResult`] announces the same words.
#[component]
fn StatusLine(event: Option<StatusEvent>) -> impl IntoView {
    view! {
        <p class="judge-status">
            <span class="spinner" aria-hidden="true"></span>
            {status_text(event.as_ref())}
        </p>
    }
}

/// The verdict of a judged submission or run with what explains it.
#[component]
pub fn ResultPanel(detail: SubmissionDetail) -> impl IntoView {
    let (
        Some(report),
        Some(Headline {
            verdict: headline,
            summary,
        }),
    ) = (detail.report.clone(), Headline::of(&detail))
    else {
        return view! { <StatusLine event=None/> }.into_any();
    };
    let verdict = report.verdict;
    let is_run = detail.kind == SubmissionKind::Run;
    view! {
        <section
            class=format!("result verdict-{}", verdict.as_str().to_lowercase())
            data-verdict=verdict.as_str()
            aria-label="Result"
        >
            <h3 class="verdict">{headline}</h3>
            {summary.map(|summary| view! { <p class="muted">{summary}</p> })}
            {(verdict == Verdict::Accepted && !is_run)
                .then(|| performance(&detail, &report))}
            {report.message.clone().filter(|_| verdict == Verdict::InternalError)
                .map(|message| view! { <p class="error">{message}</p> })}
            {report.compile_output.clone().filter(|output| !output.trim().is_empty())
                .map(|output| {
                    view! {
                        <h4>"Compiler output"</h4>
                        <pre class="output compile-output">{output}</pre>
                    }
                })}
            {if is_run {
                report.tests.iter().cloned().map(|test| view! { <TestCard test/> }).collect_view().into_any()
            } else {
                view! {
                    {first_failure(&report)}
                    <TestTable tests=report.tests.clone()/>
                }
                .into_any()
            }}
        </section>
    }
    .into_any()
}

/// Runtime and memory of an accepted submission, with where they rank.
fn performance(detail: &SubmissionDetail, report: &JudgeReport) -> impl IntoView {
    let beats = |share: Option<f64>| match share {
        Some(share) => format!("beats {share:.0}%"),
        None => "the first accepted in this language".to_owned(),
    };
    view! {
        <dl class="performance">
            <div>
                <dt>"Runtime"</dt>
                <dd>
                    <strong>{format!("{} ms", report.cpu_ms)}</strong>
                    " "
                    <span class="muted">{beats(detail.runtime_beats)}</span>
                </dd>
            </div>
            <div>
                <dt>"Memory"</dt>
                <dd>
                    <strong>{format!("{:.1} MB", report.memory_kib as f64 / 1024.0)}</strong>
                    " "
                    <span class="muted">{beats(detail.memory_beats)}</span>
                </dd>
            </div>
        </dl>
    }
}

/// The failing test of a submission: its data when it is an example, else only which test.
fn first_failure(report: &JudgeReport) -> impl IntoView {
    let failed = report
        .tests
        .iter()
        .find(|test| !test.verdict.is_success())
        .cloned();
    failed.map(|test| {
        if test.input.is_some() {
            view! { <TestCard test/> }.into_any()
        } else {
            let detail = test.message.clone().unwrap_or_default();
            view! {
                <p class="failed-test">
                    {format!("Failed on hidden test {}. ", test.test)}
                    <span class="muted">{detail}</span>
                </p>
            }
            .into_any()
        }
    })
}

/// One visible test: input, expected and actual output with the lines that differ marked.
#[component]
fn TestCard(test: TestResult) -> impl IntoView {
    let title = if test.test == "custom" {
        "Your input".to_owned()
    } else {
        format!("Example {}", test.test.trim_start_matches('0'))
    };
    let block = |label: &'static str, text: Option<String>| {
        text.map(|text| {
            view! {
                <h5>{label}</h5>
                <pre class="output">{text}</pre>
            }
        })
    };
    let comparison = match (&test.expected, &test.stdout) {
        (Some(expected), Some(actual)) => {
            Some(view! { <Comparison expected=expected.clone() actual=actual.clone()/> })
        }
        _ => None,
    };
    let no_expected =
        test.expected.is_none() && test.test == "custom" && test.verdict == Verdict::Ok;
    view! {
        <article class="test-card" data-verdict=test.verdict.as_str()>
            <header>
                <strong>{title}</strong>
                " · "
                <span class="test-verdict">{test.verdict.label()}</span>
                <span class="muted">{format!(" · {} ms", test.cpu_ms)}</span>
            </header>
            {test.message.clone().map(|message| view! { <p class="muted">{message}</p> })}
            {block("Input", test.input.clone())}
            {match comparison {
                Some(comparison) => comparison.into_any(),
                None => block("Output", test.stdout.clone()).into_any(),
            }}
            {no_expected.then(|| view! {
                <p class="muted">
                    "No expected output to compare with: this problem has no reference solution, \
                     or it did not finish on this input."
                </p>
            })}
            {test.stderr.clone().filter(|stderr| !stderr.trim().is_empty()).map(|stderr| {
                view! {
                    <h5>"Standard error"</h5>
                    <pre class="output stderr">{stderr}</pre>
                }
            })}
        </article>
    }
}

/// Every test a submission ran, in order, with its verdict and what it used.
#[component]
fn TestTable(tests: Vec<TestResult>) -> impl IntoView {
    (!tests.is_empty()).then(|| {
        view! {
            <details class="test-table">
                <summary>"Tests"</summary>
                <ListTable class="tests" label="Tests" headers=&["Test", "Verdict", "CPU", "Wall", "Memory"]>
                    {tests
                        .into_iter()
                        .map(|test| {
                            view! {
                                <tr>
                                    <td>{test.test}</td>
                                    <td class=format!("verdict-text verdict-{}", test.verdict.as_str().to_lowercase())>
                                        {test.verdict.label()}
                                    </td>
                                    <td>{format!("{} ms", test.cpu_ms)}</td>
                                    <td>{format!("{} ms", test.wall_ms)}</td>
                                    <td>{format!("{:.1} MB", test.memory_kib as f64 / 1024.0)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </ListTable>
            </details>
        }
    })
}

/// Expected and actual output side by side, line by line, differing lines marked.
#[component]
fn Comparison(expected: String, actual: String) -> impl IntoView {
    let expected_lines: Vec<&str> = expected.lines().collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let rows = expected_lines.len().max(actual_lines.len());
    let line = |lines: &[&str], index: usize| lines.get(index).copied().unwrap_or("").to_owned();
    view! {
        <table class="comparison">
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    <th scope="col">"Expected"</th>
                    <th scope="col">"Your output"</th>
                </tr>
            </thead>
            <tbody>
                {(0..rows)
                    .map(|index| {
                        let (want, got) = (line(&expected_lines, index), line(&actual_lines, index));
                        let differs = want.split_whitespace().ne(got.split_whitespace());
                        view! {
                            <tr class:differs=differs>
                                <td class="line-number">{index + 1}</td>
                                <td><code>{want}</code></td>
                                <td><code>{got}</code></td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// `/submissions`: the signed-in user's submissions across problems.
#[component]
pub fn SubmissionsPage() -> impl IntoView {
    view! {
        <Title text="My submissions"/>
        <section class="page">
            <h1>"My submissions"</h1>
            {signed_in(false, |_| view! { <History slug=None/> })}
        </section>
    }
}

/// The problem page's tab: the user's submissions to one problem.
#[component]
pub fn ProblemSubmissions(slug: String) -> impl IntoView {
    view! {
        <SignedIn>
            <History slug=Some(slug.clone())/>
        </SignedIn>
    }
}

/// Its children for a signed-in user; an invitation to sign in otherwise.
#[component]
fn SignedIn(children: ChildrenFn) -> impl IntoView {
    let auth = expect_context::<AuthActions>();
    when_loaded(auth.me, move |user| match user {
        Some(_) => children().into_any(),
        None => view! {
            <p class="empty">
                <a href="/login">"Sign in"</a>
                " to see your submissions."
            </p>
        }
        .into_any(),
    })
}

#[component]
fn History(slug: Option<String>) -> impl IntoView {
    let page = query_param::<i64>("page");
    let history = Resource::new(
        move || (slug.clone(), page()),
        |(slug, page)| my_submissions(slug, page),
    );
    when_loaded(history, history_table)
}

fn history_table(history: SubmissionHistory) -> impl IntoView {
    if history.rows.is_empty() {
        return view! { <Empty message="No submissions yet."/> }.into_any();
    }
    let pages = (history.total + super::PAGE_SIZE - 1) / super::PAGE_SIZE;
    view! {
        <ListTable class="submissions" label="Submissions" headers=&["When", "Problem", "Verdict", "Language", "Runtime", "Memory"]>
            {history
                .rows
                .into_iter()
                .map(|row| {
                    let verdict = row.verdict.map_or_else(
                        || row.status.label().to_owned(),
                        |verdict| verdict.label().to_owned(),
                    );
                    let class = row
                        .verdict
                        .map_or("pending".to_owned(), |v| v.as_str().to_lowercase());
                    view! {
                        <tr>
                            <td>
                                <a href=format!("/submissions/{}", row.submission_id)>
                                    {row.submitted_at.to_string()}
                                </a>
                            </td>
                            <td>
                                <a href=format!("/problems/{}", row.problem_slug)>{row.problem_title}</a>
                            </td>
                            <td class=format!("verdict-text verdict-{class}")>{verdict}</td>
                            <td>{row.language}</td>
                            <td>{row.execution_time.map(|ms| format!("{ms} ms"))}</td>
                            <td>{row.memory_kib.map(|kib| format!("{:.1} MB", kib as f64 / 1024.0))}</td>
                        </tr>
                    }
                })
                .collect_view()}
        </ListTable>
        <crate::ui::Pager page=history.page pages/>
    }
    .into_any()
}

/// `/submissions/{id}`: one of the user's submissions: its code, verdict and tests.
#[component]
pub fn SubmissionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
    };
    let detail = Resource::new(id, |id| async move {
        match id {
            Some(id) => submission(id).await,
            None => Err(ServerFnError::new("There is no such submission.")),
        }
    });
    view! {
        <Title text="Submission"/>
        <section class="page submission">
            {when_loaded(detail, |detail| {
                let pending = (!detail.is_judged()).then_some(detail.submission_id);
                view! {
                    <h1>
                        {format!("Submission #{} · ", detail.submission_id)}
                        <a href=format!("/problems/{}", detail.problem_slug)>{detail.problem_title.clone()}</a>
                    </h1>
                    <p class="meta muted">
                        {format!("{} · {}", detail.language, detail.submitted_at)}
                    </p>
                    {match pending {
                        Some(id) => view! { <LiveResult submission=Signal::derive(move || Some(id))/> }.into_any(),
                        None => view! { <ResultPanel detail=detail.clone()/> }.into_any(),
                    }}
                    <h2>"Code"</h2>
                    <pre class="code">{detail.code.clone()}</pre>
                }
            })}
        </section>
    }
}

/// The browser's side of the live status: one `EventSource` at a time.
#[cfg(feature = "hydrate")]
mod follow {
    use super::StatusEvent;
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::{EventSource, MessageEvent};

    type Listener = Closure<dyn FnMut(MessageEvent)>;
    type ErrorListener = Closure<dyn FnMut(web_sys::Event)>;

    /// An open stream and the listeners it calls, kept alive with it.
    struct Followed {
        source: EventSource,
        _on_message: Listener,
        _on_no_judge: Listener,
        _on_error: ErrorListener,
    }

    thread_local! {
        static CURRENT: RefCell<Option<Followed>> = const { RefCell::new(None) };
    }

    /// Follows submission `id`, handing each status to `on_event`; the stream is closed after
    /// the final one, or when another starts. `on_no_judge` gets the server's words when no
    /// judge takes the submission (the stream is closed then too). `on_lost` is called when
    /// the browser gives up on the stream (it reconnects by itself after a dropped connection,
    /// but not after an error status).
    pub fn start(
        id: i64,
        on_event: impl Fn(StatusEvent) + 'static,
        on_no_judge: impl Fn(String) + 'static,
        on_lost: impl Fn() + 'static,
    ) {
        stop();
        let Ok(source) = EventSource::new(&format!("/api/submissions/{id}/events")) else {
            return;
        };
        let closer = source.clone();
        let listener: Listener = Closure::new(move |message: MessageEvent| {
            let Some(text) = message.data().as_string() else {
                return;
            };
            if let Ok(event) = serde_json::from_str::<StatusEvent>(&text) {
                let done = event.status.is_final();
                on_event(event);
                if done {
                    closer.close();
                }
            }
        });
        source.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        let closer = source.clone();
        let no_judge: Listener = Closure::new(move |message: MessageEvent| {
            closer.close();
            on_no_judge(message.data().as_string().unwrap_or_default());
        });
        let _ = source.add_event_listener_with_callback(
            crate::submissions::NO_JUDGE_EVENT,
            no_judge.as_ref().unchecked_ref(),
        );
        let watched = source.clone();
        let on_error: ErrorListener = Closure::new(move |_| {
            if watched.ready_state() == EventSource::CLOSED {
                on_lost();
            }
        });
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        CURRENT.with(|current| {
            *current.borrow_mut() = Some(Followed {
                source,
                _on_message: listener,
                _on_no_judge: no_judge,
                _on_error: on_error,
            })
        });
    }

    /// Closes the stream being followed, if any.
    pub fn stop() {
        CURRENT.with(|current| {
            if let Some(followed) = current.borrow_mut().take() {
                followed.source.close();
            }
        });
    }
}
