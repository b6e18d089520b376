//! The judge's durable queue: submissions judged by the server's workers with live status,
//! a server SIGKILLed mid-judging loses nothing, and separate `judge-worker` processes share
//! one Postgres queue.

mod support;

use grindstone::accounts::Role;
use grindstone::db::Db;
use grindstone::judge::Verdict;
use grindstone::submissions::queue::{self, JudgeEvents};
use grindstone::submissions::repo::{self, NewSubmission};
use grindstone::submissions::{StatusEvent, SubmissionStatus};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::{TestApp, TestDb};

const RIGHT: &str = "a, b = map(int, input().split())\nprint(a + b)\n";
const WRONG: &str = "a, b = map(int, input().split())\nprint(a - b)\n";

async fn sum_of_two(db: &Db) -> i64 {
    grindstone::seed::problem_bank(db, Path::new("tests/fixtures/problems"))
        .await
        .unwrap();
    sqlx::query_scalar("SELECT problem_id FROM problems WHERE slug = 'sum-of-two'")
        .fetch_one(db.pool())
        .await
        .unwrap()
}

/// Queues a submission and returns its id.
async fn queued(
    db: &Db,
    events: &JudgeEvents,
    problem_id: i64,
    user: i64,
    language: &str,
    code: &str,
) -> i64 {
    let submission = NewSubmission::submit(problem_id, user, language, code);
    queue::enqueue(db, events, &submission).await.unwrap()
}

/// Waits until the submission is judged and returns its final status and verdict.
async fn judged(db: &Db, submission_id: i64, within: Duration) -> (SubmissionStatus, Verdict) {
    let deadline = Instant::now() + within;
    loop {
        let (status, report) = repo::status_of(db, submission_id).await.unwrap().unwrap();
        if let (SubmissionStatus::Completed | SubmissionStatus::Failed, Some(report)) =
            (status, &report)
        {
            return (status, report.verdict);
        }
        assert!(
            Instant::now() < deadline,
            "submission {submission_id} still {status:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The app with `workers` judge workers (and another bubblewrap program if given), its judge's
/// work directory (kept while the app runs), the sum-of-two problem and a user to submit as.
async fn judging_app(
    workers: usize,
    bwrap: Option<&str>,
) -> (TestApp, tempfile::TempDir, i64, i64) {
    let work = support::sandbox_work_dir();
    let judge_dir = work.path().join("judge");
    let app = TestApp::spawn_with(|settings| {
        settings.judge.workers = Some(workers);
        settings.judge.work_dir = Some(judge_dir);
        if let Some(bwrap) = bwrap {
            settings.judge.bwrap = bwrap.into();
        }
    })
    .await;
    let problem_id = sum_of_two(&app.db).await;
    let user = app
        .create_user(
            "Coder",
            "coder@example.com",
            "correct horse battery",
            Role::User,
        )
        .await;
    (app, work, problem_id, user)
}

#[tokio::test]
async fn the_server_judges_submissions_and_publishes_each_step() {
    if !support::sandbox_available() {
        return;
    }
    let (app, _work, problem_id, user) = judging_app(1, None).await;
    let mut events = app.events.subscribe();

    let right = queued(&app.db, &app.events, problem_id, user, "python", RIGHT).await;
    let mut seen: Vec<StatusEvent> = Vec::new();
    while !seen
        .iter()
        .any(|e| e.submission_id == right && e.verdict.is_some())
    {
        let event = tokio::time::timeout(Duration::from_secs(30), events.recv())
            .await
            .expect("the verdict within 30 s")
            .unwrap();
        seen.push(event);
    }
    let steps: Vec<(SubmissionStatus, Option<(usize, usize)>)> =
        seen.iter().map(|e| (e.status, e.test)).collect();
    assert_eq!(steps[0], (SubmissionStatus::Pending, None));
    assert_eq!(steps[1], (SubmissionStatus::Compiling, None));
    for test in 1..=3 {
        assert!(
            steps.contains(&(SubmissionStatus::Running, Some((test, 3)))),
            "{steps:?}"
        );
    }
    let last = seen.last().unwrap();
    assert_eq!(
        (last.status, last.verdict),
        (SubmissionStatus::Completed, Some(Verdict::Accepted))
    );
    assert!(seen.iter().all(|e| e.user_id == user));

    let wrong = queued(&app.db, &app.events, problem_id, user, "python", WRONG).await;
    assert_eq!(
        judged(&app.db, wrong, Duration::from_secs(30)).await,
        (SubmissionStatus::Completed, Verdict::WrongAnswer)
    );
    let unknown = queued(&app.db, &app.events, problem_id, user, "cobol", "DISPLAY 1").await;
    assert_eq!(
        judged(&app.db, unknown, Duration::from_secs(30)).await,
        (SubmissionStatus::Failed, Verdict::InternalError)
    );
    let (_, report) = repo::status_of(&app.db, unknown).await.unwrap().unwrap();
    let message = report.unwrap().message.unwrap();
    assert!(
        message.contains(&format!("reference #{unknown}")) && !message.contains("cobol"),
        "the owner sees a plain message, the log has the details: {message}"
    );
    let (_, health) = app.get("/healthz").await;
    assert!(health.contains(r#""judge":"ready""#), "{health}");
    let (summary, _) = repo::history(&app.db, user, None, 1).await.unwrap();
    let accepted = summary.iter().find(|s| s.submission_id == right).unwrap();
    assert_eq!(accepted.verdict, Some(Verdict::Accepted));
    assert!(accepted.execution_time.is_some());
}

#[tokio::test]
async fn a_broken_checker_is_logged_and_its_owner_sees_a_plain_message() {
    if !support::sandbox_available() {
        return;
    }
    let (app, _work, problem_id, user) = judging_app(1, None).await;
    let crashing = "import sys\nsys.stderr.write('cannot open /srv/checker-secret')\nsys.exit(7)\n";
    sqlx::query(
        "UPDATE problems SET checker = 'custom', checker_config = $1 WHERE problem_id = $2",
    )
    .bind(serde_json::json!({ "source": crashing }).to_string())
    .bind(problem_id)
    .execute(app.db.pool())
    .await
    .unwrap();
    let id = queued(&app.db, &app.events, problem_id, user, "python", RIGHT).await;
    assert_eq!(
        judged(&app.db, id, Duration::from_secs(30)).await,
        (SubmissionStatus::Failed, Verdict::InternalError)
    );
    let (_, report) = repo::status_of(&app.db, id).await.unwrap().unwrap();
    let stored = serde_json::to_string(&report).unwrap();
    assert!(
        !stored.contains("checker-secret") && !stored.contains("the checker failed"),
        "{stored}"
    );
    assert!(stored.contains(&format!("reference #{id}")), "{stored}");
}

#[tokio::test]
async fn hostile_submissions_are_contained_while_the_server_keeps_serving() {
    if !support::sandbox_available() {
        return;
    }
    let (app, _work, problem_id, user) = judging_app(2, None).await;
    let hostile = [
        (
            "c",
            "#include <unistd.h>\nint main(void){for(;;) fork();}\n",
            Verdict::TimeLimitExceeded,
        ),
        (
            "python",
            "x = b'x' * (1 << 31)\n",
            Verdict::MemoryLimitExceeded,
        ),
        (
            "python",
            "while True:\n    print('x' * 1000)\n",
            Verdict::OutputLimitExceeded,
        ),
        (
            "cpp",
            "#include </dev/random>\nint main(){}\n",
            Verdict::CompilationError,
        ),
    ];
    let mut ids = Vec::new();
    for (language, code, _) in &hostile {
        ids.push(queued(&app.db, &app.events, problem_id, user, language, code).await);
    }
    // The site answers while they are judged.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (status, body) = app.get("/problems").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(body.contains("Sum of Two"));
        let mut done = 0;
        for &id in &ids {
            let (status, _) = repo::status_of(&app.db, id).await.unwrap().unwrap();
            done += usize::from(status == SubmissionStatus::Completed);
        }
        if done == ids.len() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "hostile submissions not judged in time"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for (&id, (language, _, expected)) in ids.iter().zip(&hostile) {
        let verdict = judged(&app.db, id, Duration::from_secs(1)).await.1;
        assert_eq!(verdict, *expected, "{language} submission {id}");
    }
    let right = queued(&app.db, &app.events, problem_id, user, "python", RIGHT).await;
    assert_eq!(
        judged(&app.db, right, Duration::from_secs(30)).await,
        (SubmissionStatus::Completed, Verdict::Accepted),
        "the judge still works"
    );
}

#[tokio::test]
async fn a_judge_that_cannot_sandbox_logs_why_and_runs_nothing() {
    let (app, _work, problem_id, user) = judging_app(1, Some("/nonexistent/bwrap")).await;
    let id = queued(&app.db, &app.events, problem_id, user, "python", RIGHT).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let health = loop {
        let (status, body) = app.get("/healthz").await;
        assert_eq!(status, reqwest::StatusCode::OK, "the site itself is fine");
        let health: serde_json::Value = serde_json::from_str(&body).unwrap();
        if health["judge"] != "starting" {
            break health;
        }
        assert!(Instant::now() < deadline, "the judge never settled");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(health["judge"], "unavailable");
    assert_eq!(
        health.get("judge_problem"),
        None,
        "why is for the server log, not for anyone asking"
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (status, _) = repo::status_of(&app.db, id).await.unwrap().unwrap();
    assert_eq!(
        status,
        SubmissionStatus::Pending,
        "it waits for a judge that works"
    );
}

/// `grindstone serve` or `grindstone judge-worker` on `database_url`, logging JSON to stderr.
fn grindstone(args: &[&str], database_url: &str, work: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_grindstone"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("GRINDSTONE_CONFIG", "/dev/null")
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("GRINDSTONE_JUDGE__WORKERS", "1")
        .env("GRINDSTONE_JUDGE__WORK_DIR", work.join("judge"))
        .env("GRINDSTONE_LOG__FORMAT", "json")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start grindstone")
}

/// A user to own submissions, straight in the database.
async fn submitter(db: &Db) -> i64 {
    grindstone::accounts::repo::create(
        db,
        &grindstone::accounts::repo::NewUser {
            name: grindstone::accounts::DisplayName::parse("Coder").unwrap(),
            email: grindstone::accounts::Email::parse("coder@example.com").unwrap(),
            password_hash: None,
            google_id: None,
            profile_picture: None,
            role: Role::User,
        },
    )
    .await
    .unwrap()
}

/// A migrated database with the sum-of-two problem and a user (their ids), a work directory for
/// judge processes, and this process's view of the queue's events.
async fn queue_on(db: &Db) -> (i64, i64, tempfile::TempDir, JudgeEvents) {
    db.migrate().await.unwrap();
    let problem_id = sum_of_two(db).await;
    let user = submitter(db).await;
    let events = JudgeEvents::start(db).await.unwrap();
    (problem_id, user, support::sandbox_work_dir(), events)
}

/// A `grindstone serve` process in the middle of judging a slow (but right) submission on a
/// fresh SQLite database.
struct JudgingServer {
    database: TestDb,
    work: tempfile::TempDir,
    id: i64,
    server: Child,
}

impl JudgingServer {
    async fn start() -> Self {
        let database = TestDb::sqlite().await;
        let db = database.db();
        let (problem_id, user, work, events) = queue_on(db).await;
        // Sleeps in each test, so that the stop lands while it is being judged.
        let slow_but_right = format!("import time\ntime.sleep(1.5)\n{RIGHT}");
        let id = queued(db, &events, problem_id, user, "python", &slow_but_right).await;
        let server = grindstone(&["serve"], &database.url(), work.path());
        wait_for_status(db, id, SubmissionStatus::Running).await;
        Self {
            database,
            work,
            id,
            server,
        }
    }

    /// Starts another server on the same database and waits for the verdict; returns it and
    /// how long it took.
    async fn restart_and_wait(&self) -> ((SubmissionStatus, Verdict), Duration) {
        let started = Instant::now();
        let mut restarted = grindstone(&["serve"], &self.database.url(), self.work.path());
        let outcome = judged(self.database.db(), self.id, Duration::from_secs(60)).await;
        let took = started.elapsed();
        restarted.kill().unwrap();
        restarted.wait().unwrap();
        (outcome, took)
    }

    async fn attempts(&self) -> i64 {
        sqlx::query_scalar("SELECT attempts FROM submissions WHERE submission_id = $1")
            .bind(self.id)
            .fetch_one(self.database.db().pool())
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn a_server_killed_mid_judging_leaves_nothing_stuck() {
    if !support::sandbox_available() {
        return;
    }
    let mut judging = JudgingServer::start().await;
    // SIGKILL for the whole server: started as root, its web server (which runs the
    // workers) is a child of the judge's process.
    let pid = judging.server.id();
    let children =
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    for child in children.split_whitespace() {
        let child: i32 = child.parse().unwrap();
        // SAFETY: kill has no memory-safety preconditions.
        unsafe { libc::kill(child, libc::SIGKILL) };
    }
    let _ = judging.server.kill();
    judging.server.wait().unwrap();
    let (status, _) = repo::status_of(judging.database.db(), judging.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status, SubmissionStatus::Running, "killed mid-judging");

    let (outcome, _) = judging.restart_and_wait().await;
    assert_eq!(outcome, (SubmissionStatus::Completed, Verdict::Accepted));
    assert_eq!(
        judging.attempts().await,
        2,
        "judged again after the restart"
    );
    let left: Vec<_> = std::fs::read_dir(judging.work.path().join("judge"))
        .unwrap()
        .flatten()
        .collect();
    assert!(
        left.is_empty(),
        "the restarted judge removed the dead one's directories: {left:?}"
    );
}

#[tokio::test]
async fn a_server_stopped_mid_judging_hands_the_submission_back() {
    if !support::sandbox_available() {
        return;
    }
    let mut judging = JudgingServer::start().await;
    let terminated = Command::new("kill")
        .args(["-TERM", &judging.server.id().to_string()])
        .status()
        .unwrap();
    assert!(terminated.success());
    assert!(judging.server.wait().unwrap().success());
    let (status, _) = repo::status_of(judging.database.db(), judging.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        status,
        SubmissionStatus::Pending,
        "handed back, not left Running"
    );

    // Taken again at once, not after the 15 s lease.
    let (outcome, took) = judging.restart_and_wait().await;
    assert_eq!(outcome, (SubmissionStatus::Completed, Verdict::Accepted));
    assert!(took < Duration::from_secs(14), "judged after {took:?}");
    assert_eq!(
        judging.attempts().await,
        1,
        "a handed-back attempt does not count"
    );
}

/// Waits until the submission reaches `status`.
async fn wait_for_status(db: &Db, id: i64, wanted: SubmissionStatus) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _) = repo::status_of(db, id).await.unwrap().unwrap();
        if status == wanted {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "never {wanted:?} (still {status:?})"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn judge_workers_in_separate_processes_share_a_postgres_queue() {
    if !support::sandbox_available() {
        return;
    }
    let Some(database) = TestDb::postgres().await else {
        return;
    };
    let db = database.db();
    let (problem_id, user, work, events) = queue_on(db).await;
    let mut finished = events.subscribe();

    let workers: Vec<Child> = (0..2)
        .map(|_| {
            grindstone(
                &["judge-worker", "--workers", "1"],
                &database.url(),
                work.path(),
            )
        })
        .collect();
    // Each takes about a second, so both workers get some.
    let slow_but_right = format!("import time\ntime.sleep(0.4)\n{RIGHT}");
    let mut ids = Vec::new();
    for _ in 0..6 {
        ids.push(queued(db, &events, problem_id, user, "python", &slow_but_right).await);
    }
    // Their verdicts reach this process through Postgres NOTIFY.
    let mut verdicts = std::collections::BTreeMap::new();
    while verdicts.len() < ids.len() {
        let event = tokio::time::timeout(Duration::from_secs(60), finished.recv())
            .await
            .expect("all verdicts within 60 s")
            .unwrap();
        if let Some(verdict) = event.verdict {
            verdicts.insert(event.submission_id, verdict);
        }
    }
    assert!(
        verdicts.values().all(|v| *v == Verdict::Accepted),
        "{verdicts:?}"
    );

    let mut judged_by = Vec::new();
    for mut worker in workers {
        worker.kill().unwrap();
        let output = worker.wait_with_output().unwrap();
        let log = String::from_utf8_lossy(&output.stderr).into_owned();
        judged_by.push(log.matches("\"judged\"").count());
    }
    assert_eq!(
        judged_by.iter().sum::<usize>(),
        6,
        "each submission judged exactly once"
    );
    assert!(
        judged_by.iter().all(|&n| n > 0),
        "both workers took work: {judged_by:?}"
    );
    let attempts: Vec<i64> =
        sqlx::query_scalar("SELECT attempts FROM submissions ORDER BY submission_id")
            .fetch_all(db.pool())
            .await
            .unwrap();
    assert_eq!(attempts, vec![1; 6]);
}
