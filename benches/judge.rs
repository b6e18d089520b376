//! The judge's speed, as ratios to baselines measured in the same run (the machine is shared
//! and noisy, so absolute times mean little):
//!
//! 1. the sandbox's cost per run: a hello-world program run in the sandbox against the same
//!    program run bare, for Python and C++ (runs interleaved, medians compared);
//! 2. end to end: a 10-test Python submission from Pending to its verdict through the queue,
//!    one at a time (latency) and 40 at once (throughput), against running its 10 tests bare.
//!
//! `cargo bench --features ssr --bench judge` (as root, with bubblewrap). Results go to
//! docs/BENCHMARKS.md by hand.

mod support;

use grindstone::db::Db;
use grindstone::judge::engine::{Judge, JudgeOptions};
use grindstone::judge::language::Languages;
use grindstone::judge::sandbox::{Identity, Limits, Run, Sandbox};
use grindstone::submissions::SubmissionStatus;
use grindstone::submissions::queue::{self, JudgeEvents};
use grindstone::submissions::repo::{self, NewSubmission};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{median_ms, percentile_ms};

const NOBODY: Identity = Identity {
    uid: 65534,
    gid: 65534,
};
const RUNS: usize = 200;
/// The `grindstone` executable, which serves inside the judge's boxes.
const BOX_PROGRAM: &str = env!("CARGO_BIN_EXE_grindstone");
const SOLUTION: &str = "a, b = map(int, input().split())\nprint(a + b)\n";

fn main() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("The judge benchmark needs root (cgroups, the sandbox user); skipped.");
        return;
    }
    let work = support::sandbox_reachable_dir();
    println!(
        "machine: {} cores; {RUNS} runs of each kind, interleaved",
        grindstone::config::cores()
    );
    sandbox_overhead(work.path());
    end_to_end(work.path());
}

fn sandbox_overhead(work: &Path) {
    let sandbox = Sandbox::new(
        Path::new("bwrap"),
        NOBODY,
        Path::new(BOX_PROGRAM),
        default_memory_ceiling(),
    )
    .expect("a working sandbox");
    let dir = work.join("hello");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("main.py"), "print('hello')\n").unwrap();
    std::fs::write(
        dir.join("main.cpp"),
        "#include <cstdio>\nint main(){std::puts(\"hello\");}\n",
    )
    .unwrap();
    let compiled = Command::new("g++")
        .args(["-std=c++17", "-O2", "-o", "main", "main.cpp"])
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(compiled.success());
    let limits = Limits {
        cpu: Duration::from_secs(2),
        wall: Duration::from_secs(5),
        memory_bytes: 256 << 20,
        processes: 16,
        output_bytes: 1 << 20,
        file_bytes: 1 << 20,
        tmp_bytes: 16 << 20,
    };
    let cases: [(&str, Vec<String>, Vec<String>); 2] = [
        (
            "Python hello world",
            vec![
                "/usr/bin/python3".into(),
                "-I".into(),
                "-S".into(),
                dir.join("main.py").display().to_string(),
            ],
            vec!["python3".into(), "-I".into(), "-S".into(), "main.py".into()],
        ),
        (
            "C++ hello world",
            vec![dir.join("main").display().to_string()],
            vec!["./main".into()],
        ),
    ];
    println!("\n| program | bare, median | sandboxed, median | sandboxed p90 | ratio (median) |");
    println!("| --- | --- | --- | --- | --- |");
    for (name, bare_argv, boxed_argv) in cases {
        let run = Run {
            argv: &boxed_argv,
            workdir: Some(&dir),
            workdir_writable: false,
            binds: &[],
            path: &[],
            stdin: b"",
            files: &[],
            limits: &limits,
        };
        let bare_once = || {
            let started = Instant::now();
            let output = Command::new(&bare_argv[0])
                .args(&bare_argv[1..])
                .stdin(Stdio::null())
                .output()
                .unwrap();
            assert_eq!(output.stdout, b"hello\n");
            started.elapsed()
        };
        let boxed_once = || {
            let started = Instant::now();
            let outcome = sandbox.run(&run).unwrap();
            assert_eq!(outcome.stdout, b"hello\n", "{outcome:?}");
            started.elapsed()
        };
        for _ in 0..10 {
            bare_once();
            boxed_once();
        }
        let (mut bare, mut boxed) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            bare.push(bare_once());
            boxed.push(boxed_once());
        }
        let (bare_median, boxed_median) = (median_ms(&mut bare), median_ms(&mut boxed));
        println!(
            "| {name} | {bare_median:.1} ms | {boxed_median:.1} ms | {:.1} ms | {:.2} |",
            percentile_ms(&mut boxed, 0.9),
            boxed_median / bare_median
        );
    }
}

fn end_to_end(work: &Path) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let db = Db::connect(&format!("sqlite://{}", work.join("bench.db").display()), 5)
            .await
            .unwrap();
        db.migrate().await.unwrap();
        let package = write_package(work);
        grindstone::seed::problem_bank(&db, &package).await.unwrap();
        let problem_id: i64 = sqlx::query_scalar("SELECT problem_id FROM problems")
            .fetch_one(db.pool())
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO users (name, email, role, date_joined) VALUES ('Bench', 'b@e.x', 'User', 0)",
        )
        .execute(db.pool())
        .await
        .unwrap();
        let workers = grindstone::config::cores();
        let judge = Judge::new(JudgeOptions {
            bwrap: PathBuf::from("bwrap"),
            program: PathBuf::from(BOX_PROGRAM),
            identity: NOBODY,
            work_root: work.join("judge"),
            languages: Languages::built_in(),
            parallelism: 1,
            memory_ceiling_bytes: default_memory_ceiling(),
        })
        .unwrap();
        let events = JudgeEvents::start(&db).await.unwrap();
        let _workers = queue::spawn_workers(
            db.clone(),
            queue::Engine::Here(Arc::new(judge)),
            events.clone(),
            workers,
        );

        // Baseline: the ten tests run bare, one after another.
        let mut bare = Vec::new();
        for _ in 0..20 {
            let started = Instant::now();
            for test in 1..=10 {
                let input = std::fs::read(package.join(format!("tests/{test:02}.in"))).unwrap();
                let mut child = Command::new("/usr/bin/python3")
                    .args(["-I", "-S", "-c", SOLUTION])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .spawn()
                    .unwrap();
                use std::io::Write;
                child.stdin.take().unwrap().write_all(&input).unwrap();
                assert!(child.wait().unwrap().success());
            }
            bare.push(started.elapsed());
        }

        let mut latencies = Vec::new();
        for _ in 0..40 {
            let started = Instant::now();
            let id = queue::enqueue(&db, &events, &NewSubmission::submit(problem_id, 1, "python", SOLUTION)).await.unwrap();
            wait_all(&db, &[id]).await;
            latencies.push(started.elapsed());
        }
        let started = Instant::now();
        let mut ids = Vec::new();
        for _ in 0..40 {
            ids.push(queue::enqueue(&db, &events, &NewSubmission::submit(problem_id, 1, "python", SOLUTION)).await.unwrap());
        }
        wait_all(&db, &ids).await;
        let burst = started.elapsed();

        let bare_median = median_ms(&mut bare);
        let latency_p50 = median_ms(&mut latencies);
        println!("\n10-test Python submission, {workers} workers, SQLite:\n");
        println!("| measure | value | ratio to the 10 tests run bare ({bare_median:.0} ms) |");
        println!("| --- | --- | --- |");
        println!("| Pending → verdict, p50 | {latency_p50:.0} ms | {:.2} |", latency_p50 / bare_median);
        let p90 = percentile_ms(&mut latencies, 0.9);
        println!("| Pending → verdict, p90 | {p90:.0} ms | {:.2} |", p90 / bare_median);
        let per_second = ids.len() as f64 / burst.as_secs_f64();
        println!(
            "| throughput, 40 queued at once | {per_second:.1} submissions/s | {:.2} (bare: {:.1}/s on one core) |",
            per_second / (1000.0 / bare_median),
            1000.0 / bare_median
        );
    });
}

async fn wait_all(db: &Db, ids: &[i64]) {
    let deadline = Instant::now() + Duration::from_secs(120);
    for &id in ids {
        loop {
            let (status, report) = repo::status_of(db, id).await.unwrap().unwrap();
            if status == SubmissionStatus::Completed {
                let verdict = report.unwrap().verdict;
                assert_eq!(verdict, grindstone::judge::Verdict::Accepted);
                break;
            }
            assert!(status != SubmissionStatus::Failed, "judging failed");
            assert!(Instant::now() < deadline, "too slow");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }
}

/// A package like the fixtures' sum-of-two, with ten small tests.
fn write_package(work: &Path) -> PathBuf {
    let dir = work.join("ten-tests");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/problems/sum-of-two");
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    for file in ["problem.toml", "statement.md"] {
        std::fs::copy(fixture.join(file), dir.join(file)).unwrap();
    }
    for test in 1..=10i64 {
        let (a, b) = (test * 7919 - 40_000, test * 104_729);
        std::fs::write(
            dir.join(format!("tests/{test:02}.in")),
            format!("{a} {b}\n"),
        )
        .unwrap();
        std::fs::write(
            dir.join(format!("tests/{test:02}.out")),
            format!("{}\n", a + b),
        )
        .unwrap();
    }
    dir
}

fn default_memory_ceiling() -> u64 {
    grindstone::config::JudgeSettings::default().memory_ceiling_bytes()
}
