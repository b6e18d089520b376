//! `grindstone serve` started as root: every socket that accepts connections belongs to the
//! unprivileged service user, only the judge keeps root, and a submission made over HTTP is
//! judged through the link between the two, its progress streamed back live.
//!
//! Needs root and the sandbox (and the `grindstone` account scripts/setup.sh creates); where
//! they are missing this says so loudly and passes, except with CI=true.

mod support;

use grindstone::accounts::Role;
use grindstone::submissions::{SubmissionStatus, SubmitCode};
use leptos::server_fn::ServerFn;
use std::process::Command;
use std::time::{Duration, Instant};
use support::{Browser, TestDb};

const PASSWORD: &str = "correct horse battery";

#[tokio::test]
async fn serve_as_root_accepts_connections_only_as_the_service_user() {
    if !support::sandbox_available() {
        return;
    }
    let database = TestDb::sqlite().await;
    grindstone::seed::problem_bank(
        database.db(),
        std::path::Path::new("tests/fixtures/problems"),
    )
    .await
    .expect("the fixture packages load");
    support::create_user(
        database.db(),
        "Coder",
        "coder@example.com",
        PASSWORD,
        Role::User,
    )
    .await;
    let data = support::sandbox_work_dir();
    let mut command = Command::new(env!("CARGO_BIN_EXE_grindstone"));
    command
        .env("DATABASE_URL", database.url())
        .env("GRINDSTONE_DATA__DIR", data.path())
        .env("GRINDSTONE_JUDGE__WORKERS", "1");
    let server = support::ServeProcess::start(command);
    let address = server.address.clone();

    let origin = format!("http://{address}");
    wait_until_the_judge_is_ready(&origin).await;
    let port: u16 = address.rsplit(':').next().unwrap().parse().unwrap();
    let listening = processes_listening_on(port);
    assert!(!listening.is_empty(), "someone listens on {port}");
    let service_uid = uid_of_user("grindstone");
    for pid in &listening {
        assert_eq!(uids_of(*pid), [service_uid; 4], "process {pid} listens");
    }
    let judge = server.child.id();
    assert_eq!(uids_of(judge), [0; 4], "the judge's process keeps root");
    assert!(!listening.contains(&judge));

    // A submission over HTTP reaches the judge and its progress comes back.
    let mut browser = Browser::of(origin);
    browser.sign_in("coder@example.com", PASSWORD).await;
    let response = browser
        .call(
            SubmitCode::PATH,
            &[
                ("slug", "sum-of-two"),
                ("language", "python"),
                ("code", "a, b = map(int, input().split())\nprint(a + b)\n"),
            ],
        )
        .await;
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let id: i64 = response.json().await.unwrap();
    let events = browser.follow(id).await;
    assert!(
        events
            .iter()
            .any(|event| event.status == SubmissionStatus::Running),
        "{events:?}"
    );
    let last = events.last().unwrap();
    assert_eq!(last.verdict, Some(grindstone::judge::Verdict::Accepted));

    let (status, rest) = server.stop();
    assert!(status.success(), "exit status {status}: {rest:#?}");
}

async fn wait_until_the_judge_is_ready(origin: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let health: serde_json::Value = reqwest::get(format!("{origin}/healthz"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if health["judge"] == "ready" {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the judge never got ready: {health}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The processes holding a socket that listens on `port` of this network namespace.
fn processes_listening_on(port: u16) -> Vec<u32> {
    let tcp = std::fs::read_to_string("/proc/net/tcp").unwrap();
    let inodes: Vec<String> = tcp
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let local_port = fields[1].rsplit(':').next()?;
            let listening = fields[3] == "0A";
            (listening && u16::from_str_radix(local_port, 16).ok()? == port)
                .then(|| format!("socket:[{}]", fields[9]))
        })
        .collect();
    let mut pids = Vec::new();
    for process in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = process.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(descriptors) = std::fs::read_dir(process.path().join("fd")) else {
            continue;
        };
        let holds = descriptors.flatten().any(|fd| {
            std::fs::read_link(fd.path())
                .is_ok_and(|target| inodes.contains(&target.to_string_lossy().into_owned()))
        });
        if holds {
            pids.push(pid);
        }
    }
    pids
}

/// The real, effective, saved and filesystem uids of a process.
fn uids_of(pid: u32) -> [u32; 4] {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with("Uid:"))
        .unwrap();
    let uids: Vec<u32> = line
        .split_whitespace()
        .skip(1)
        .map(|uid| uid.parse().unwrap())
        .collect();
    uids.try_into().unwrap()
}

fn uid_of_user(name: &str) -> u32 {
    let output = Command::new("id").args(["-u", name]).output().unwrap();
    assert!(
        output.status.success(),
        "the service user {name} exists (scripts/setup.sh)"
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}
