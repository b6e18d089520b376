//! The practice loop's speed as a user meets it, as ratios to baselines measured in the same
//! run (the machine is shared and noisy, so absolute times mean little):
//!
//! 1. pages and the list's server function on the full problem bank with 20 000 judged
//!    submissions behind the acceptance rates, against `GET /healthz` (a request that only
//!    pings the database);
//! 2. with the sandbox (root and bubblewrap): a submission from the Submit call to its verdict
//!    arriving over server-sent events, against the same submission queued directly and
//!    followed on the judge's own channel.
//!
//! `cargo bench --features ssr --bench practice`. Results go to docs/BENCHMARKS.md by hand.

mod support;

use grindstone::accounts::{self, DisplayName, Email, Password, Role};
use grindstone::config::Settings;
use grindstone::problems::ListProblems;
use grindstone::startup::Application;
use grindstone::submissions::SubmitCode;
use grindstone::submissions::queue;
use grindstone::submissions::repo::NewSubmission;
use leptos::server_fn::ServerFn;
use std::time::{Duration, Instant};
use support::percentile_ms;

const REQUESTS: usize = 200;
const SUBMISSIONS: usize = 30;
const SOLUTION: &str = "a, b = map(int, input().split())\nprint(a + b)\n";
const PASSWORD: &str = "benchmark password";

/// Builds one kind of request, again for every sample.
type Request<'a> = Box<dyn Fn() -> reqwest::RequestBuilder + 'a>;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(bench());
}

/// Prints p50 and p90 of `samples` and the ratio of its p50 to `baseline_ms`.
fn report(what: &str, samples: &mut [Duration], baseline_ms: f64) -> f64 {
    let p50 = percentile_ms(samples, 0.5);
    let p90 = percentile_ms(samples, 0.9);
    println!(
        "{what:<46} p50 {p50:7.2} ms  p90 {p90:7.2} ms  {:6.2}x baseline",
        p50 / baseline_ms
    );
    p50
}

async fn bench() {
    let data = support::sandbox_reachable_dir();
    // SAFETY: geteuid has no preconditions.
    let judging =
        unsafe { libc::geteuid() } == 0 && std::path::Path::new("/usr/bin/bwrap").exists();
    let database_url = format!("sqlite://{}", data.path().join("bench.db").display());
    let mut settings = Settings::from_sources(
        toml::Table::new(),
        std::path::Path::new("bench"),
        [
            ("DATABASE_URL".to_owned(), database_url),
            ("LEPTOS_SITE_ADDR".to_owned(), "127.0.0.1:0".to_owned()),
        ],
    )
    .unwrap();
    settings.judge.workers = Some(if judging { 2 } else { 0 });
    settings.judge.work_dir = Some(data.path().join("judge"));
    settings.judge.program = std::path::PathBuf::from(env!("CARGO_BIN_EXE_grindstone"));
    let app = Application::build(&settings).await.unwrap();
    let db = app.db().clone();
    let events = app.events().clone();
    let origin = format!("http://{}", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));

    grindstone::seed::problem_bank(&db, std::path::Path::new("problems"))
        .await
        .unwrap();
    grindstone::seed::problem_bank(&db, std::path::Path::new("tests/fixtures/problems"))
        .await
        .unwrap();
    let user = create_user(&db).await;
    fill_submissions(&db, user).await;
    let client = reqwest::Client::new();
    let cookie = sign_in(&client, &origin).await;
    println!(
        "machine: {} cores; {REQUESTS} requests of each kind, interleaved; 50 problems, \
         20000 judged submissions",
        grindstone::config::cores()
    );

    let list = |body: serde_json::Value| {
        client
            .post(format!("{origin}{}", ListProblems::PATH))
            .header("origin", &origin)
            .header("cookie", &cookie)
            .json(&serde_json::json!({ "query": body }))
    };
    let default_query = serde_json::json!({
        "difficulty": null, "tags": [], "progress": null, "search": null,
        "sort": "id", "descending": false, "page": 1
    });
    let filtered_query = serde_json::json!({
        "difficulty": "Medium", "tags": ["graphs"], "progress": "todo", "search": "the",
        "sort": "acceptance", "descending": true, "page": 1
    });
    let kinds: [(&str, Request); 5] = [
        (
            "GET /healthz (baseline)",
            Box::new(|| client.get(format!("{origin}/healthz"))),
        ),
        (
            "list_problems, page 1",
            Box::new(|| list(default_query.clone())),
        ),
        (
            "list_problems, 3 filters + search, by acceptance",
            Box::new(|| list(filtered_query.clone())),
        ),
        (
            "GET /problems (whole page, signed in)",
            Box::new(|| {
                client
                    .get(format!("{origin}/problems"))
                    .header("cookie", &cookie)
            }),
        ),
        (
            "GET /problems/{slug} (whole page, signed in)",
            Box::new(|| {
                client
                    .get(format!("{origin}/problems/count-the-islands"))
                    .header("cookie", &cookie)
            }),
        ),
    ];
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); kinds.len()];
    for _ in 0..REQUESTS {
        for (index, (_, request)) in kinds.iter().enumerate() {
            let start = Instant::now();
            let response = request().send().await.unwrap();
            assert!(response.status().is_success(), "{}", response.status());
            response.bytes().await.unwrap();
            samples[index].push(start.elapsed());
        }
    }
    let baseline = percentile_ms(&mut samples[0], 0.5);
    for ((what, _), samples) in kinds.iter().zip(samples.iter_mut()) {
        report(what, samples, baseline);
    }

    if !judging {
        println!("submission latency: skipped (needs root and bubblewrap)");
        return;
    }
    let problem_id: i64 =
        sqlx::query_scalar("SELECT problem_id FROM problems WHERE slug = 'sum-of-two'")
            .fetch_one(db.pool())
            .await
            .unwrap();
    let mut direct = Vec::new();
    let mut through_http = Vec::new();
    for _ in 0..SUBMISSIONS {
        // Directly: enqueue, then wait for the final event on the judge's channel.
        let mut channel = events.subscribe();
        let start = Instant::now();
        let id = queue::enqueue(
            &db,
            &events,
            &NewSubmission::submit(problem_id, user, "python", SOLUTION),
        )
        .await
        .unwrap();
        loop {
            let event = channel.recv().await.unwrap();
            if event.submission_id == id && event.status.is_final() {
                break;
            }
        }
        direct.push(start.elapsed());

        // As the page does: the Submit call, then the event stream until the verdict.
        let start = Instant::now();
        let id: i64 = client
            .post(format!("{origin}{}", SubmitCode::PATH))
            .header("origin", &origin)
            .header("cookie", &cookie)
            .header("accept", "application/json")
            .form(&[
                ("slug", "sum-of-two"),
                ("language", "python"),
                ("code", SOLUTION),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut stream = client
            .get(format!("{origin}/api/submissions/{id}/events"))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap();
        let mut text = String::new();
        while let Some(chunk) = stream.chunk().await.unwrap() {
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains("\"Completed\"") || text.contains("\"Failed\"") {
                break;
            }
        }
        through_http.push(start.elapsed());
        // Stay under the per-user rate limit (30 a minute).
        tokio::time::sleep(Duration::from_millis(2100)).await;
    }
    let baseline = percentile_ms(&mut direct, 0.5);
    report(
        "submission to verdict, queued directly (baseline)",
        &mut direct,
        baseline,
    );
    report(
        "submission to verdict, Submit call + SSE",
        &mut through_http,
        baseline,
    );
}

async fn create_user(db: &grindstone::db::Db) -> i64 {
    let email = Email::parse("bench@example.com").unwrap();
    let password = Password::parse(PASSWORD, &email).unwrap();
    let user = accounts::repo::NewUser {
        name: DisplayName::parse("Bench").unwrap(),
        email,
        password_hash: Some(accounts::password::hash(&password).unwrap()),
        google_id: None,
        profile_picture: None,
        role: Role::User,
    };
    accounts::repo::create(db, &user).await.unwrap()
}

/// 20 000 judged submissions spread over the problems, a third of them accepted.
async fn fill_submissions(db: &grindstone::db::Db, user: i64) {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT problem_id FROM problems ORDER BY problem_id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    let mut tx = db.begin_write().await.unwrap();
    for n in 0..20_000usize {
        let verdict = if n % 3 == 0 { "AC" } else { "WA" };
        sqlx::query(
            "INSERT INTO submissions (problem_id, user_id, code, language, status, submitted_at, \
             kind, verdict, execution_time, memory_kib) \
             VALUES ($1, $2, 'x', 'python', 'Completed', $3, 'submit', $4, $5, 1000)",
        )
        .bind(ids[n % ids.len()])
        .bind(user)
        .bind(i64::try_from(n).unwrap())
        .bind(verdict)
        .bind(i64::try_from(n % 97).unwrap())
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}

/// Signs in through the sign-in server function and returns the session cookie.
async fn sign_in(client: &reqwest::Client, origin: &str) -> String {
    let response = client
        .post(format!("{origin}{}", accounts::SignIn::PATH))
        .header("origin", origin)
        .header("accept", "application/json")
        .form(&[("email", "bench@example.com"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with(accounts::session::COOKIE_NAME))
        .expect("a session cookie");
    cookie.split(';').next().unwrap().to_owned()
}
