//! The judge: an engine that compiles and runs code in a sandbox and decides a verdict. It
//! takes tests, limits and a checker and returns a report; it knows nothing of problems,
//! submissions or users (the queue that feeds it lives in `submissions::queue`).
//!
//! - `language`: the language table, data in `languages.toml`;
//! - `sandbox` and `cgroup`: one untrusted run in a bubblewrap box with cgroup limits;
//! - `zygote` and `seccomp`: the fork server inside each box, and the filter its runs get;
//! - `checker`: whether an output is right;
//! - `engine`: compile once, run each test, decide the verdict;
//! - `workdir`: submissions' working directories, made and removed safely;
//! - `catalog`: the languages judges found working, for the editor.
//!
//! The reports below are what pages and the CLI show; everything else is server-only.

#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
mod cgroup;
#[cfg(feature = "ssr")]
pub mod checker;
#[cfg(feature = "ssr")]
pub mod engine;
#[cfg(feature = "ssr")]
mod fds;
#[cfg(feature = "ssr")]
pub mod language;
#[cfg(feature = "ssr")]
pub mod sandbox;
#[cfg(feature = "ssr")]
mod seccomp;
#[cfg(feature = "ssr")]
mod workdir;
#[cfg(feature = "ssr")]
pub mod zygote;

use crate::domain::text_enum;

/// A fresh name, `<pid>-<n>`, for what a judge makes on the host (working directories,
/// cgroups): unique among all judges of this process, and telling a judge starting later
/// what a dead one left.
#[cfg(feature = "ssr")]
fn process_scoped_name() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{n}", std::process::id())
}

/// Whether `name` was made by `process_scoped_name` in a process that is no longer running.
#[cfg(feature = "ssr")]
fn left_by_dead_process(name: &str) -> bool {
    name.split_once('-')
        .and_then(|(pid, _)| pid.parse::<i32>().ok())
        // SAFETY: kill with signal 0 only checks that the process exists.
        .is_some_and(|pid| unsafe { libc::kill(pid, 0) } != 0)
}
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The languages the editor offers: those a judge can run.
#[server]
pub async fn offered_languages() -> Result<Vec<EditorLanguage>, ServerFnError> {
    let db = crate::db::from_context()?;
    catalog::offered(&db)
        .await
        .map_err(crate::db::internal_error)
}

/// What judging a program said: the overall verdict and each test's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgeReport {
    pub verdict: Verdict,
    pub language: String,
    /// The compiler's messages: why compilation failed, or its warnings.
    pub compile_output: Option<String>,
    /// The tests that ran, in order; a submission's end at its first failing test.
    pub tests: Vec<TestResult>,
    /// How many tests the task had.
    pub total_tests: usize,
    /// The most CPU time and memory any test used.
    pub cpu_ms: u64,
    pub memory_kib: u64,
    /// Why a compilation failed or the judge could not judge.
    pub message: Option<String>,
}

/// One test's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestResult {
    /// The test's name, such as `03`.
    pub test: String,
    pub verdict: Verdict,
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub memory_kib: u64,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    /// The test's input and expected output, only for tests the user may see (samples,
    /// custom input); absent from reports stored before they were kept.
    #[serde(default)]
    pub input: Option<String>,
    #[serde(default)]
    pub expected: Option<String>,
    /// The program's output, only for tests the user may see.
    pub stdout: Option<String>,
    pub stderr: Option<String>,
    /// Details: the exit code or signal of a Runtime Error, what a custom checker said.
    pub message: Option<String>,
}

/// A language of the judge and whether this machine can run it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageInfo {
    pub id: String,
    pub name: String,
    pub available: bool,
    pub version: Option<String>,
    /// Why it is unavailable.
    pub problem: Option<String>,
}

/// A language the editor offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct EditorLanguage {
    pub id: String,
    pub name: String,
    pub version: Option<String>,
    /// The code a new draft starts with.
    pub starter: String,
}

text_enum! {
    /// The outcome of judging a program on a test.
    pub enum Verdict {
        /// Accepted: the output was right on every test.
        Accepted => "AC",
        /// Wrong answer.
        WrongAnswer => "WA",
        /// Time limit exceeded.
        TimeLimitExceeded => "TLE",
        /// Memory limit exceeded.
        MemoryLimitExceeded => "MLE",
        /// Runtime error: a non-zero exit or a signal.
        RuntimeError => "RE",
        /// Compilation error.
        CompilationError => "CE",
        /// Output limit exceeded.
        OutputLimitExceeded => "OLE",
        /// Internal error of the judge.
        InternalError => "IE",
        /// A plain run with no expected output finished normally.
        Ok => "OK",
    }
}

impl Verdict {
    /// The verdict spelled out for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Accepted => "Accepted",
            Self::WrongAnswer => "Wrong Answer",
            Self::TimeLimitExceeded => "Time Limit Exceeded",
            Self::MemoryLimitExceeded => "Memory Limit Exceeded",
            Self::RuntimeError => "Runtime Error",
            Self::CompilationError => "Compilation Error",
            Self::OutputLimitExceeded => "Output Limit Exceeded",
            Self::InternalError => "Internal Error",
            Self::Ok => "Finished",
        }
    }

    /// Whether a test with this verdict passed, so that judging goes on.
    pub fn is_success(self) -> bool {
        matches!(self, Self::Accepted | Self::Ok)
    }
}

text_enum! {
    /// How a program's output is compared with the expected output.
    pub enum Checker {
        /// Byte for byte.
        Exact => "exact",
        /// The same whitespace-separated tokens.
        Tokens => "tokens",
        /// Tokens, with numbers equal within an absolute or relative tolerance.
        Float => "float",
        /// The same non-empty trimmed lines, in any order.
        UnorderedLines => "unordered-lines",
        /// A checker program decides.
        Custom => "custom",
    }
}
