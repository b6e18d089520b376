//! The durable queue: submissions wait in the database (Pending), workers take them under a
//! lease, users taking turns (`repo::claim`), load each one's task from its problem, have the
//! judge judge it and store the report. Every status change is published: in this process
//! through a broadcast channel, and across processes through Postgres NOTIFY.
//!
//! A worker that dies (the server was SIGKILLed) stops renewing its lease; once it runs out,
//! any worker takes the submission again. After `MAX_ATTEMPTS` the judge gives up on it.

use super::repo::{self as submissions, ClaimedJob, NewSubmission};
use super::{StatusEvent, SubmissionKind, SubmissionStatus};
use crate::db::{Backend, Db};
use crate::domain::Timestamp;
use crate::judge::catalog;
use crate::judge::checker::CheckerSpec;
use crate::judge::engine::{Job, Judge, JudgeOptions, Mode, Progress, TestCase};
use crate::judge::{JudgeReport, Verdict};
use crate::problems::repo as problems;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, broadcast, mpsc};

/// How long a worker's claim on a submission lasts without renewal.
const LEASE: Duration = Duration::from_secs(15);
/// How often a worker renews its lease while judging.
const HEARTBEAT: Duration = Duration::from_secs(5);
/// How often an idle worker looks for work it was not told about (another process on SQLite,
/// or a lease that ran out).
const IDLE_POLL: Duration = Duration::from_secs(2);
/// Judging a submission is given up after this many tries (its worker died each time).
const MAX_ATTEMPTS: i64 = 3;
/// The Postgres channel status changes travel on.
const CHANNEL: &str = "grindstone_judge";

/// How the queue is shared between users, from the `judge` settings. The server keeps it in
/// its state and in each request's context.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QueuePolicy {
    /// Jobs one user may have waiting or being judged at once.
    pub max_pending_per_user: i64,
    /// Runs are deleted this long after they were queued.
    pub run_retention: Duration,
    /// How long a live status stream waits, while no judge judges anything, before it says
    /// that none is available.
    pub wait_notice: Duration,
}

impl QueuePolicy {
    pub fn from_settings(judge: &crate::config::JudgeSettings) -> Self {
        Self {
            max_pending_per_user: judge.max_pending_per_user,
            run_retention: Duration::from_secs(u64::from(judge.run_retention_days) * 24 * 60 * 60),
            wait_notice: Duration::from_secs(judge.wait_notice_secs),
        }
    }
}

/// Deletes the runs older than the policy's retention; submissions stay.
pub async fn purge_old_runs(db: &Db, policy: &QueuePolicy) -> Result<u64, sqlx::Error> {
    let cutoff = Timestamp::now()
        .millis()
        .saturating_sub(crate::domain::duration_ms(policy.run_retention));
    submissions::purge_runs_before(db, Timestamp(cutoff)).await
}

/// Where this server's own judge stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum JudgeState {
    /// No workers in this process (`judge.workers = 0`).
    Off,
    /// Setting the sandbox up and probing the languages.
    Starting,
    Ready,
    /// The sandbox cannot work here (the log says why); submissions wait for a judge that can.
    Unavailable,
}

impl JudgeState {
    /// A word for /healthz.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Starting => "starting",
            Self::Ready => "ready",
            Self::Unavailable => "unavailable",
        }
    }
}

/// The publish side of status changes and the doorbell that wakes idle workers.
#[derive(Clone)]
pub struct JudgeEvents {
    db: Db,
    sender: broadcast::Sender<StatusEvent>,
    work: Arc<Notify>,
}

impl JudgeEvents {
    /// Starts the channel; on Postgres also listens for other processes' events.
    pub async fn start(db: &Db) -> Result<Self, sqlx::Error> {
        let (sender, _) = broadcast::channel(1024);
        let events = Self {
            db: db.clone(),
            sender,
            work: Arc::new(Notify::new()),
        };
        if db.backend() == Backend::Postgres {
            let mut listener = sqlx::postgres::PgListener::connect(db.url()).await?;
            listener.listen(CHANNEL).await?;
            let local = events.clone();
            tokio::spawn(async move {
                loop {
                    match listener.recv().await {
                        Ok(notification) => {
                            match serde_json::from_str::<StatusEvent>(notification.payload()) {
                                Ok(event) => local.deliver(event),
                                Err(error) => tracing::warn!(%error, "bad judge notification"),
                            }
                        }
                        Err(error) => {
                            // PgListener reconnects by itself on the next recv.
                            tracing::warn!(%error, "judge notifications interrupted");
                            tokio::time::sleep(Duration::from_secs(1)).await;
                        }
                    }
                }
            });
        }
        Ok(events)
    }

    /// Status changes from now on, of every submission.
    pub fn subscribe(&self) -> broadcast::Receiver<StatusEvent> {
        self.sender.subscribe()
    }

    /// Publishes a status change to every process.
    pub async fn publish(&self, event: StatusEvent) {
        match self.db.backend() {
            Backend::Postgres => {
                let payload = serde_json::to_string(&event).expect("events serialize");
                let sent = sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(CHANNEL)
                    .bind(payload)
                    .execute(self.db.pool())
                    .await;
                if let Err(error) = sent {
                    tracing::warn!(%error, "cannot publish a judge event; delivering locally");
                    self.deliver(event);
                }
            }
            Backend::Sqlite => self.deliver(event),
        }
    }

    fn deliver(&self, event: StatusEvent) {
        if event.status == SubmissionStatus::Pending {
            self.work.notify_one();
        }
        // No receivers is fine: nobody is watching.
        let _ = self.sender.send(event);
    }
}

/// Queues code for judging and wakes a worker; returns the submission id.
pub async fn enqueue(
    db: &Db,
    events: &JudgeEvents,
    submission: &NewSubmission<'_>,
) -> Result<i64, sqlx::Error> {
    let submission_id = submissions::create(db, submission).await?;
    events
        .publish(StatusEvent::queued(submission_id, submission.user_id))
        .await;
    Ok(submission_id)
}

/// Sets the judge up in the background (probing the languages takes a moment) and then starts
/// `count` workers. When the sandbox cannot work, says why and judges nothing: submissions
/// wait in the queue for a working judge instead of running unsandboxed. `state` follows
/// along. When `stop` fires (or its sender is dropped) the workers stop and hand what they
/// were judging back to the queue; the returned task ends then.
pub fn start_in_background(
    db: Db,
    events: JudgeEvents,
    settings: &crate::config::Settings,
    count: usize,
    state: tokio::sync::watch::Sender<JudgeState>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) -> tokio::task::JoinHandle<()> {
    let unavailable = move |state: &tokio::sync::watch::Sender<JudgeState>, problem: String| {
        tracing::error!(%problem, "the judge is unavailable");
        state.send_replace(JudgeState::Unavailable);
    };
    let parallelism = (crate::config::cores() / count.max(1)).max(1);
    let options = match JudgeOptions::from_settings(settings, parallelism) {
        Ok(options) => options,
        Err(error) => {
            unavailable(&state, error.to_string());
            return tokio::spawn(async {});
        }
    };
    tokio::spawn(async move {
        let setup = tokio::task::spawn_blocking(move || Judge::new(options));
        let judge = tokio::select! {
            judge = setup => judge,
            _ = &mut stop => return,
        };
        match judge {
            Ok(Ok(judge)) => {
                tracing::info!(workers = count, judge = %judge.describe(), "judging submissions");
                state.send_replace(JudgeState::Ready);
                let workers = spawn_workers(db, Engine::Here(Arc::new(judge)), events, count);
                let _ = stop.await;
                workers.stop().await;
            }
            Ok(Err(error)) => unavailable(&state, error.to_string()),
            Err(panic) => unavailable(&state, format!("setting the judge up panicked: {panic}")),
        }
    })
}

/// Running workers. Dropping them aborts them (what they were judging is taken again when
/// its lease runs out); `stop` hands it back to the queue at once.
pub struct Workers {
    tasks: tokio::task::JoinSet<()>,
    db: Db,
    events: JudgeEvents,
    /// The submissions being judged now, with their owners.
    in_flight: Arc<std::sync::Mutex<Vec<(i64, i64)>>>,
}

impl Workers {
    /// Completes if a worker ends, which only a bug makes happen.
    pub async fn ended(&mut self) {
        self.tasks.join_next().await;
    }

    /// Stops every worker and puts what they were judging back in the queue, as Pending, so
    /// that another worker takes it without waiting for the lease to run out.
    pub async fn stop(mut self) {
        self.tasks.shutdown().await;
        let in_flight = std::mem::take(&mut *self.in_flight.lock().expect("not poisoned"));
        for (submission_id, user_id) in in_flight {
            match submissions::release(&self.db, submission_id).await {
                Ok(true) => {
                    tracing::info!(submission = submission_id, "handed back to the queue");
                    self.events
                        .publish(StatusEvent::queued(submission_id, user_id))
                        .await;
                }
                Ok(false) => {}
                Err(error) => {
                    tracing::warn!(submission = submission_id, %error, "cannot hand back")
                }
            }
        }
    }
}

/// What runs the programs of the jobs workers take: a judge in this process, or the judge's
/// process of a `serve` started as root, at the other end of a link.
#[derive(Clone)]
pub enum Engine {
    Here(Arc<Judge>),
    Linked(super::link::RemoteJudge),
}

impl Engine {
    /// Judges `job`, sending its progress on the way; `None` when the judge's process is gone.
    async fn judge(
        &self,
        job: Job,
        progress: mpsc::UnboundedSender<Progress>,
    ) -> Option<JudgeReport> {
        match self {
            Self::Here(judge) => {
                let (judge, language) = (judge.clone(), job.language.clone());
                let judged = tokio::task::spawn_blocking(move || {
                    judge.judge_job(job, &move |step| {
                        let _ = progress.send(step);
                    })
                })
                .await;
                Some(judged.unwrap_or_else(|panic| {
                    tracing::error!(?panic, "the judge panicked");
                    JudgeReport::internal_error(
                        &language,
                        0,
                        "the judge failed unexpectedly".to_owned(),
                    )
                }))
            }
            Self::Linked(remote) => remote.judge(job, progress).await,
        }
    }

    /// The judge's languages, for the editor's catalog.
    fn languages(&self) -> Vec<catalog::Entry> {
        match self {
            Self::Here(judge) => catalog::entries(judge),
            Self::Linked(remote) => remote.languages().to_vec(),
        }
    }
}

/// Starts `count` workers that judge queued submissions with `engine`.
pub fn spawn_workers(db: Db, engine: Engine, events: JudgeEvents, count: usize) -> Workers {
    {
        let (db, languages) = (db.clone(), engine.languages());
        tokio::spawn(async move {
            if let Err(error) = catalog::record(&db, &languages).await {
                tracing::warn!(%error, "cannot record the judge's languages");
            }
        });
    }
    let in_flight = Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..count {
        tasks.spawn(work(
            db.clone(),
            engine.clone(),
            events.clone(),
            in_flight.clone(),
            worker,
        ));
    }
    Workers {
        tasks,
        db,
        events,
        in_flight,
    }
}

async fn work(
    db: Db,
    engine: Engine,
    events: JudgeEvents,
    in_flight: Arc<std::sync::Mutex<Vec<(i64, i64)>>>,
    worker: usize,
) {
    loop {
        let claimed = submissions::claim(&db, lease_end()).await;
        match claimed {
            Ok(Some(job)) => {
                // Let another idle worker look for the next one.
                events.work.notify_one();
                let id = job.submission_id;
                let owner = (id, job.user_id);
                in_flight.lock().expect("not poisoned").push(owner);
                if let Err(error) = judge_job(&db, &engine, &events, job).await {
                    tracing::error!(worker, submission = id, %error, "cannot record a verdict");
                }
                in_flight
                    .lock()
                    .expect("not poisoned")
                    .retain(|&job| job != owner);
            }
            Ok(None) => {
                let _ = tokio::time::timeout(IDLE_POLL, events.work.notified()).await;
            }
            Err(error) => {
                tracing::warn!(worker, %error, "cannot take work from the queue");
                tokio::time::sleep(IDLE_POLL).await;
            }
        }
    }
}

fn lease_end() -> Timestamp {
    Timestamp(Timestamp::now().millis() + crate::domain::duration_ms(LEASE))
}

async fn judge_job(
    db: &Db,
    engine: &Engine,
    events: &JudgeEvents,
    job: ClaimedJob,
) -> Result<(), sqlx::Error> {
    let event = |status, test| StatusEvent {
        submission_id: job.submission_id,
        user_id: job.user_id,
        status,
        test,
        verdict: None,
    };
    if job.attempts > MAX_ATTEMPTS {
        let problem = format!("judging was interrupted {MAX_ATTEMPTS} times; giving up");
        let report = JudgeReport::internal_error(&job.language, 0, problem);
        return finish(db, events, &job, &report).await;
    }
    events
        .publish(event(SubmissionStatus::Compiling, None))
        .await;
    let task = match load_task(db, &job).await? {
        Ok(task) => task,
        Err(problem) => {
            let report = JudgeReport::internal_error(&job.language, 0, problem);
            return finish(db, events, &job, &report).await;
        }
    };

    // Progress comes from the judge; a task forwards it to the database and events.
    let (progress_tx, mut progress_rx) = mpsc::unbounded_channel();
    let judging = engine.judge(
        Job {
            language: job.language.clone(),
            source: job.code.clone(),
            tests: task.tests,
            time_limit_ms: task.time_limit_ms,
            memory_limit_mb: task.memory_limit_mb,
            checker: task.checker,
            mode: task.mode,
            reference: task.reference,
        },
        progress_tx,
    );
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    let mut running = false;
    let report = tokio::select! {
        report = judging => report,
        () = async {
            loop {
                tokio::select! {
                    progress = progress_rx.recv() => match progress {
                        Some(Progress::Running { test, of }) => {
                            if !running {
                                running = true;
                                submissions::advance(db, job.submission_id, SubmissionStatus::Running, lease_end()).await.ok();
                            }
                            events.publish(event(SubmissionStatus::Running, Some((test, of)))).await;
                        }
                        Some(Progress::Compiling) => {}
                        None => std::future::pending::<()>().await,
                    },
                    _ = heartbeat.tick() => {
                        let status = if running { SubmissionStatus::Running } else { SubmissionStatus::Compiling };
                        if let Err(error) = submissions::advance(db, job.submission_id, status, lease_end()).await {
                            tracing::warn!(submission = job.submission_id, %error, "cannot renew the lease");
                        }
                    }
                }
            }
        } => unreachable!("the progress loop never ends"),
    };
    let Some(report) = report else {
        // The judge's process is gone: the workers are being stopped, which hands this job
        // back to the queue.
        return std::future::pending().await;
    };
    finish(db, events, &job, &report).await
}

/// Stores the report as its owner may see it and, unless another worker finished the
/// submission first, updates the user's stats (for a submission) and says so.
async fn finish(
    db: &Db,
    events: &JudgeEvents,
    job: &ClaimedJob,
    report: &JudgeReport,
) -> Result<(), sqlx::Error> {
    let report = &for_the_owner(job.submission_id, report);
    if submissions::complete(db, job.submission_id, report).await? {
        if job.kind == SubmissionKind::Submit
            && let Err(error) = crate::stats::repo::refresh(db, job.user_id).await
        {
            tracing::warn!(user = job.user_id, %error, "cannot update the user's stats");
        }
        tracing::info!(
            submission = job.submission_id,
            verdict = %report.verdict,
            attempt = job.attempts,
            "judged"
        );
        events
            .publish(StatusEvent {
                submission_id: job.submission_id,
                user_id: job.user_id,
                status: SubmissionStatus::judged(report.verdict),
                test: None,
                verdict: Some(report.verdict),
            })
            .await;
    }
    Ok(())
}

/// The report as its owner may see it. Why the judge could not judge (an Internal Error: a
/// sandbox failure with the host's paths, a checker's stderr, a broken problem) is for the
/// server log, under the submission's id; the owner gets a plain message with that id to quote.
fn for_the_owner(submission_id: i64, report: &JudgeReport) -> JudgeReport {
    let internal = |verdict: Verdict| verdict == Verdict::InternalError;
    let mut shown = report.clone();
    if !internal(shown.verdict) && !shown.tests.iter().any(|test| internal(test.verdict)) {
        return shown;
    }
    let plain = format!(
        "The judge could not judge this (reference #{submission_id}); this is not a problem \
         with your code. Please try again later."
    );
    let mut details: Vec<String> = shown.message.replace(plain.clone()).into_iter().collect();
    for test in shown.tests.iter_mut().filter(|test| internal(test.verdict)) {
        if let Some(message) = test.message.replace(plain.clone()) {
            details.push(format!("test {}: {message}", test.test));
        }
    }
    tracing::error!(
        submission = submission_id,
        details = %details.join("; "),
        "the judge could not judge a submission"
    );
    shown
}

/// What judging a job needs from its problem.
struct LoadedTask {
    tests: Vec<TestCase>,
    mode: Mode,
    /// For a run on custom input: the reference solution (language id, code) whose output is
    /// the expected one.
    reference: Option<(String, String)>,
    time_limit_ms: u64,
    memory_limit_mb: u64,
    checker: CheckerSpec,
}

/// The problem's tests, limits and checker; the inner error is a problem with the stored
/// problem itself, reported as an Internal Error. A submission is judged on every test up to
/// the first failure; a run on every sample, or on its own input.
async fn load_task(db: &Db, job: &ClaimedJob) -> Result<Result<LoadedTask, String>, sqlx::Error> {
    let Some(judging) = problems::judging_of(db, job.problem_id).await? else {
        return Ok(Err("the problem no longer exists".to_owned()));
    };
    let checker = match CheckerSpec::from_stored(judging.checker, judging.checker_config.as_ref()) {
        Ok(checker) => checker,
        Err(problem) => return Ok(Err(problem)),
    };
    let mut reference = None;
    let (tests, mode) = match (job.kind, &job.custom_input) {
        (SubmissionKind::Submit, _) => (
            test_cases(problems::tests_of(db, job.problem_id).await?),
            Mode::FirstFailure,
        ),
        (SubmissionKind::Run, None) => (
            test_cases(problems::samples_of(db, job.problem_id).await?),
            Mode::All,
        ),
        (SubmissionKind::Run, Some(input)) => {
            reference = problems::reference_of(db, job.problem_id).await?;
            let custom = TestCase {
                name: "custom".to_owned(),
                input: input.clone(),
                expected: None,
                visible: true,
            };
            (vec![custom], Mode::All)
        }
    };
    if tests.is_empty() {
        return Ok(Err("the problem has no tests".to_owned()));
    }
    Ok(Ok(LoadedTask {
        tests,
        mode,
        reference,
        time_limit_ms: judging.time_limit_ms.unsigned_abs(),
        memory_limit_mb: judging.memory_limit_mb.unsigned_abs(),
        checker,
    }))
}

/// The judge's test cases of a problem's stored tests.
fn test_cases(tests: Vec<crate::problems::package::PackageTest>) -> Vec<TestCase> {
    tests.into_iter().map(TestCase::from).collect()
}
