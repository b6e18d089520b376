//! Every package of the problem bank judged through the real judge: each accepted solution
//! must be Accepted, each wrong one must not be, each slow one must exceed the time limit.
//!
//! By default a sample runs (the first package of each difficulty, in name order); set
//! `GRINDSTONE_BANK=all` (CI=true does too) to judge every package.

mod support;

use grindstone::judge::checker::CheckerSpec;
use grindstone::judge::engine::{Judge, Mode, Task, TestCase};
use grindstone::judge::{JudgeReport, Verdict};
use grindstone::problems::package::{self, ProblemPackage};
use std::path::{Path, PathBuf};

/// What a solution file's name promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Promise {
    Accepted,
    Wrong,
    Slow,
}

impl Promise {
    fn of(file_name: &str) -> Option<Self> {
        [
            ("accepted-", Self::Accepted),
            ("wrong-", Self::Wrong),
            ("slow-", Self::Slow),
        ]
        .into_iter()
        .find_map(|(prefix, promise)| file_name.starts_with(prefix).then_some(promise))
    }

    fn kept_by(self, verdict: Verdict) -> bool {
        match self {
            Self::Accepted => verdict == Verdict::Accepted,
            Self::Wrong => !matches!(verdict, Verdict::Accepted | Verdict::InternalError),
            Self::Slow => verdict == Verdict::TimeLimitExceeded,
        }
    }
}

fn everything_requested() -> bool {
    support::in_ci() || std::env::var("GRINDSTONE_BANK").is_ok_and(|v| v == "all")
}

/// The packages to judge: all of them, or the first of each difficulty.
fn packages() -> Vec<(PathBuf, ProblemPackage)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("problems/ exists")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("problem.toml").is_file())
        .collect();
    dirs.sort();
    let all: Vec<(PathBuf, ProblemPackage)> = dirs
        .into_iter()
        .map(|dir| {
            let package = package::load(&dir).unwrap_or_else(|e| panic!("{e}"));
            (dir, package)
        })
        .collect();
    if everything_requested() {
        return all;
    }
    let mut seen = Vec::new();
    all.into_iter()
        .filter(|(_, package)| {
            let difficulty = package.problem.difficulty;
            let first = !seen.contains(&difficulty);
            seen.push(difficulty);
            first
        })
        .collect()
}

fn judge_solution(
    judge: &Judge,
    package: &ProblemPackage,
    tests: &[TestCase],
    file: &Path,
) -> JudgeReport {
    let language = judge
        .language_of_file(file)
        .unwrap_or_else(|| panic!("{}: no language has this extension", file.display()));
    let problem = &package.problem;
    let checker = CheckerSpec::from_stored(problem.checker, problem.checker_config.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    judge.judge(
        &Task {
            language,
            source: &std::fs::read_to_string(file).unwrap(),
            tests,
            time_limit_ms: problem.time_limit_ms.unsigned_abs(),
            memory_limit_mb: problem.memory_limit_mb.unsigned_abs(),
            checker: &checker,
            mode: Mode::FirstFailure,
        },
        &|_| {},
    )
}

#[test]
fn every_solution_in_the_bank_gets_the_verdict_its_name_promises() {
    let work = support::sandbox_work_dir();
    let cores = grindstone::config::cores();
    let Some(judge) = support::judge_or_skip(work.path().join("judge"), cores) else {
        return;
    };
    let packages = packages();
    let mut broken = Vec::new();
    let mut judged = 0;
    for (dir, package) in &packages {
        let tests: Vec<TestCase> = package.tests.iter().cloned().map(TestCase::from).collect();
        let mut solutions: Vec<PathBuf> = std::fs::read_dir(dir.join("solutions"))
            .unwrap()
            .flatten()
            .map(|entry| entry.path())
            .collect();
        solutions.sort();
        for file in solutions {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let Some(promise) = Promise::of(&name) else {
                continue;
            };
            let report = judge_solution(&judge, package, &tests, &file);
            judged += 1;
            let failing = report
                .tests
                .last()
                .map(|t| t.test.clone())
                .unwrap_or_default();
            let line = format!(
                "{}/{name}: {:?} (test {failing}, {} ms, {} KiB){}",
                dir.file_name().unwrap().to_string_lossy(),
                report.verdict,
                report.cpu_ms,
                report.memory_kib,
                report
                    .message
                    .as_deref()
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default()
            );
            eprintln!("{line}");
            if !promise.kept_by(report.verdict) {
                broken.push(format!("{line} — expected {promise:?}"));
            }
        }
    }
    eprintln!("{judged} solutions of {} packages judged", packages.len());
    assert!(
        broken.is_empty(),
        "solutions that broke their promise:\n{}",
        broken.join("\n")
    );
}
