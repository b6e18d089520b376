//! The engine: compiles a program once in the sandbox, runs it on each test, compares the
//! outputs, and reports a verdict. Shared by the queue workers and the `judge` commands.

use super::checker::CheckerSpec;
use super::language::{Language, Languages};
use super::sandbox::{DATA_DIR, Ending, Identity, Limits, Outcome, Run, Sandbox, SandboxError};
use super::workdir::WorkDirs;
use super::{JudgeReport, LanguageInfo, TestResult, Verdict};
use crate::domain::duration_ms;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Compiler and checker output kept in a report.
const MESSAGE_CAP: usize = 16 * 1024;
/// A visible test's stdout and stderr kept in a report.
const SHOWN_OUTPUT_CAP: usize = 16 * 1024;
/// The least standard output a run may write (more when the expected output is larger).
const MIN_OUTPUT_BYTES: usize = 16 << 20;
const MIB: u64 = 1 << 20;

/// How the judge is set up.
#[derive(Debug, Clone)]
pub struct JudgeOptions {
    pub bwrap: PathBuf,
    /// The `grindstone` executable, which serves inside each sandbox box.
    pub program: PathBuf,
    pub identity: Identity,
    /// Where submissions' working directories are made.
    pub work_root: PathBuf,
    pub languages: Languages,
    /// Tests of one submission run at once.
    pub parallelism: usize,
    /// The most memory all runs may hold together.
    pub memory_ceiling_bytes: u64,
}

impl JudgeOptions {
    /// The judge of `settings`, running `parallelism` tests of a submission at once.
    pub fn from_settings(
        settings: &crate::config::Settings,
        parallelism: usize,
    ) -> Result<Self, super::language::LanguageTableError> {
        let judge = &settings.judge;
        let languages = match &judge.languages {
            Some(path) => Languages::from_file(path)?,
            None => Languages::built_in(),
        };
        Ok(Self {
            bwrap: judge.bwrap.clone(),
            program: judge.program.clone(),
            identity: Identity {
                uid: judge.sandbox_uid,
                gid: judge.sandbox_gid,
            },
            work_root: judge
                .work_dir
                .clone()
                .unwrap_or_else(|| settings.data.dir.join("judge")),
            languages,
            parallelism,
            memory_ceiling_bytes: judge.memory_ceiling_bytes(),
        })
    }
}

/// A language and whether this machine can run it.
#[derive(Debug, Clone)]
struct LanguageStatus {
    language: Language,
    version: Result<String, String>,
}

/// A ready judge: the sandbox works and each language's availability is known.
#[derive(Debug)]
pub struct Judge {
    sandbox: Sandbox,
    languages: Vec<LanguageStatus>,
    work: WorkDirs,
    parallelism: usize,
}

/// One test of a task.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TestCase {
    pub name: String,
    pub input: String,
    /// `None` for a plain run, which gets OK when it finishes normally.
    pub expected: Option<String>,
    /// Whether the user may see this test's data and the program's output on it.
    pub visible: bool,
}

/// Stop at the first failing test (a submission), or run every test (a run of examples or
/// custom input).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    FirstFailure,
    All,
}

/// What to judge.
#[derive(Debug)]
pub struct Task<'a> {
    pub language: &'a str,
    pub source: &'a str,
    pub tests: &'a [TestCase],
    /// The problem's limits, set for C++; the language's multipliers apply.
    pub time_limit_ms: u64,
    pub memory_limit_mb: u64,
    pub checker: &'a CheckerSpec,
    pub mode: Mode,
}

/// A task with everything it needs owned, so that it can travel to a judge in another
/// process (see `submissions::link`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub language: String,
    pub source: String,
    pub tests: Vec<TestCase>,
    pub time_limit_ms: u64,
    pub memory_limit_mb: u64,
    pub checker: CheckerSpec,
    pub mode: Mode,
    /// For a run on the user's own input: a reference solution (language id, code) whose
    /// output on the first test is the expected one, when it gives one.
    pub reference: Option<(String, String)>,
}

/// Where judging stands, for live status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Progress {
    Compiling,
    /// Test `test` (from 1) of `of` has started.
    Running {
        test: usize,
        of: usize,
    },
}

impl Judge {
    /// Sets the sandbox up and finds out which languages work on this machine.
    pub fn new(options: JudgeOptions) -> Result<Self, SandboxError> {
        let sandbox = Sandbox::new(
            &options.bwrap,
            options.identity,
            &options.program,
            options.memory_ceiling_bytes,
        )?;
        let work = WorkDirs::prepare(&options.work_root, sandbox.identity())?;
        let mut judge = Self {
            sandbox,
            languages: Vec::new(),
            work,
            parallelism: options.parallelism.max(1),
        };
        judge.try_work_root()?;
        judge.languages = options
            .languages
            .iter()
            .map(|language| LanguageStatus {
                version: judge.probe(language),
                language: language.clone(),
            })
            .collect();
        Ok(judge)
    }

    /// Proves that boxes can mount a working directory (the sandbox user must be able to
    /// reach the work root).
    fn try_work_root(&self) -> Result<(), SandboxError> {
        let dir = self.work.create("probe", "")?;
        let limits = compile_limits_of(4);
        let outcome = self.sandbox.run(&Run {
            argv: &["true".to_owned()],
            workdir: Some(dir.path()),
            workdir_writable: true,
            binds: &[],
            path: &[],
            stdin: b"",
            files: &[],
            limits: &limits,
        });
        match outcome {
            Ok(outcome) if outcome.ending == Ending::Exited(0) => Ok(()),
            Ok(outcome) => Err(SandboxError(format!(
                "boxes cannot use the work directory {}: {}",
                self.work.root().display(),
                String::from_utf8_lossy(&outcome.stderr).trim()
            ))),
            Err(SandboxError(problem)) => Err(SandboxError(format!(
                "boxes cannot use the work directory {} (the sandbox user must be able to \
                 reach it): {problem}",
                self.work.root().display()
            ))),
        }
    }

    /// A one-line description for the startup log.
    pub fn describe(&self) -> String {
        let available: Vec<&str> = self
            .languages
            .iter()
            .filter(|status| status.version.is_ok())
            .map(|status| status.language.id.as_str())
            .collect();
        format!(
            "{}; languages: {}; {} test(s) at once",
            self.sandbox.describe(),
            available.join(", "),
            self.parallelism
        )
    }

    /// Every language of the table with its version or why it is unavailable.
    /// The language table, in the order of `languages()`.
    pub fn language_table(&self) -> impl Iterator<Item = &Language> {
        self.languages.iter().map(|status| &status.language)
    }

    pub fn languages(&self) -> Vec<LanguageInfo> {
        self.languages
            .iter()
            .map(|status| LanguageInfo {
                id: status.language.id.clone(),
                name: status.language.name.clone(),
                available: status.version.is_ok(),
                version: status.version.as_ref().ok().cloned(),
                problem: status.version.as_ref().err().cloned(),
            })
            .collect()
    }

    /// Runs the version command in a box: it tells the version and proves the toolchain works.
    fn probe(&self, language: &Language) -> Result<String, String> {
        if let Some(missing) = language.missing_bind() {
            return Err(format!("{} does not exist", missing.display()));
        }
        let limits = compile_limits(language);
        let outcome = self
            .sandbox
            .run(&Run {
                argv: &language.version,
                workdir: None,
                workdir_writable: false,
                binds: &language.binds,
                path: &language.path,
                stdin: b"",
                files: &[],
                limits: &limits,
            })
            .map_err(|e| e.to_string())?;
        let first_line = |bytes: &[u8]| {
            String::from_utf8_lossy(bytes)
                .lines()
                .map(str::trim)
                .find(|line| !line.is_empty())
                .map(str::to_owned)
        };
        match outcome.ending {
            Ending::Exited(0) => first_line(&outcome.stdout)
                .or_else(|| first_line(&outcome.stderr))
                .ok_or_else(|| "the version command printed nothing".to_owned()),
            ending => Err(format!(
                "`{}` ended with {ending:?}: {}",
                language.version.join(" "),
                first_line(&outcome.stderr).unwrap_or_default()
            )),
        }
    }

    /// An available language by id, or why it cannot be used.
    fn available(&self, id: &str) -> Result<&Language, String> {
        let status = self
            .languages
            .iter()
            .find(|status| status.language.id == id)
            .ok_or_else(|| format!("unknown language `{id}`"))?;
        match &status.version {
            Ok(_) => Ok(&status.language),
            Err(problem) => Err(format!(
                "{} is not available here: {problem}",
                status.language.name
            )),
        }
    }

    /// The language of a solution file, by its extension.
    pub fn language_of_file(&self, path: &Path) -> Option<&str> {
        let extension = path.extension()?;
        self.languages
            .iter()
            .find(|status| Path::new(&status.language.source).extension() == Some(extension))
            .map(|status| status.language.id.as_str())
    }

    /// What a trusted program (a problem's reference solution) prints on the first test, to
    /// compare a user's output on their own input with; `None` when it did not finish
    /// normally or printed more than a report keeps.
    pub fn reference_output(&self, task: &Task) -> Option<String> {
        let report = self.judge(task, &|_| {});
        let test = report.tests.first()?;
        let stdout = test.stdout.as_ref()?;
        (test.verdict == Verdict::Ok && stdout.len() <= SHOWN_OUTPUT_CAP).then(|| stdout.clone())
    }

    /// Judges a job: first its reference solution, if it has one, for the expected output.
    /// Blocking, like `judge`.
    pub fn judge_job(&self, mut job: Job, progress: &(dyn Fn(Progress) + Sync)) -> JudgeReport {
        if let Some((language, source)) = &job.reference {
            let expected = self.reference_output(&Task {
                language,
                source,
                tests: &job.tests,
                time_limit_ms: job.time_limit_ms,
                memory_limit_mb: job.memory_limit_mb,
                checker: &job.checker,
                mode: Mode::All,
            });
            if let Some(first) = job.tests.first_mut() {
                first.expected = expected;
            }
        }
        self.judge(
            &Task {
                language: &job.language,
                source: &job.source,
                tests: &job.tests,
                time_limit_ms: job.time_limit_ms,
                memory_limit_mb: job.memory_limit_mb,
                checker: &job.checker,
                mode: job.mode,
            },
            progress,
        )
    }

    /// Judges a task. Blocking: call it from a blocking thread. Never fails: a broken sandbox
    /// or checker gives an Internal Error report.
    pub fn judge(&self, task: &Task, progress: &(dyn Fn(Progress) + Sync)) -> JudgeReport {
        let language = match self.available(task.language) {
            Ok(language) => language,
            Err(problem) => {
                return JudgeReport::internal_error(task.language, task.tests.len(), problem);
            }
        };
        match self.judge_in(language, task, progress) {
            Ok(report) => report,
            Err(error) => {
                tracing::error!(%error, language = task.language, "judging failed");
                JudgeReport::internal_error(task.language, task.tests.len(), error.to_string())
            }
        }
    }

    fn judge_in(
        &self,
        language: &Language,
        task: &Task,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<JudgeReport, SandboxError> {
        let dir = self.work.create(&language.source, task.source)?;
        let mut report = JudgeReport {
            verdict: Verdict::Accepted,
            language: language.id.clone(),
            compile_output: None,
            tests: Vec::new(),
            total_tests: task.tests.len(),
            cpu_ms: 0,
            memory_kib: 0,
            message: None,
        };
        if let Some(compile) = &language.compile {
            progress(Progress::Compiling);
            let limits = compile_limits(language);
            let outcome = self.sandbox.run(&Run {
                argv: compile,
                workdir: Some(dir.path()),
                workdir_writable: true,
                binds: &language.binds,
                path: &language.path,
                stdin: b"",
                files: &[],
                limits: &limits,
            })?;
            let mut output = outcome.stdout.clone();
            output.extend_from_slice(&outcome.stderr);
            let output = shown(&output, MESSAGE_CAP);
            let failure = match outcome.ending {
                Ending::Exited(0) => None,
                Ending::Exited(code) => Some(format!("the compiler exited with code {code}")),
                Ending::Signaled(signal) => {
                    Some(format!("the compiler was killed by signal {signal}"))
                }
                Ending::CpuTimeLimit | Ending::WallTimeLimit => Some(format!(
                    "compilation took longer than {} s",
                    limits.cpu.as_secs()
                )),
                Ending::MemoryLimit => Some(format!(
                    "compilation needed more than {} MiB of memory",
                    limits.memory_bytes / MIB
                )),
                Ending::OutputLimit => Some("the compiler wrote too much output".to_owned()),
            };
            if let Some(failure) = failure {
                report.verdict = Verdict::CompilationError;
                report.message = Some(failure);
                report.compile_output = Some(output);
                return Ok(report);
            }
            report.compile_output = (!output.trim().is_empty()).then_some(output);
        }
        report.tests = self.run_tests(language, task, dir.path(), progress)?;
        report.cpu_ms = report.tests.iter().map(|t| t.cpu_ms).max().unwrap_or(0);
        report.memory_kib = report.tests.iter().map(|t| t.memory_kib).max().unwrap_or(0);
        report.verdict = report
            .tests
            .iter()
            .map(|t| t.verdict)
            .find(|v| !v.is_success())
            .unwrap_or(if task.tests.iter().all(|t| t.expected.is_some()) {
                Verdict::Accepted
            } else {
                Verdict::Ok
            });
        if let Some(internal) = report
            .tests
            .iter()
            .find(|t| t.verdict == Verdict::InternalError)
        {
            report.message = internal.message.clone();
        }
        Ok(report)
    }

    /// Runs the tests, several at once, in order of starting; in FirstFailure mode nothing
    /// starts after a failure and the results end at the first failing test.
    fn run_tests(
        &self,
        language: &Language,
        task: &Task,
        dir: &Path,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Vec<TestResult>, SandboxError> {
        let next = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        let results: Mutex<Vec<Option<Result<TestResult, SandboxError>>>> =
            Mutex::new((0..task.tests.len()).map(|_| None).collect());
        let limits = run_limits(language, task);
        let argv = language.run_command(limits.memory_bytes / MIB);
        std::thread::scope(|scope| {
            for _ in 0..self.parallelism.min(task.tests.len()) {
                scope.spawn(|| {
                    loop {
                        if task.mode == Mode::FirstFailure && failed.load(Ordering::SeqCst) {
                            return;
                        }
                        let index = next.fetch_add(1, Ordering::SeqCst);
                        let Some(test) = task.tests.get(index) else {
                            return;
                        };
                        progress(Progress::Running {
                            test: index + 1,
                            of: task.tests.len(),
                        });
                        let result = self.run_test(language, task, dir, &argv, &limits, test);
                        if !result.as_ref().is_ok_and(|r| r.verdict.is_success()) {
                            failed.store(true, Ordering::SeqCst);
                        }
                        results.lock().expect("no panics while holding it")[index] = Some(result);
                    }
                });
            }
        });
        let mut done = Vec::new();
        for result in results
            .into_inner()
            .expect("threads joined")
            .into_iter()
            .flatten()
        {
            let result = result?;
            let success = result.verdict.is_success();
            done.push(result);
            if task.mode == Mode::FirstFailure && !success {
                break;
            }
        }
        Ok(done)
    }

    fn run_test(
        &self,
        language: &Language,
        task: &Task,
        dir: &Path,
        argv: &[String],
        limits: &Limits,
        test: &TestCase,
    ) -> Result<TestResult, SandboxError> {
        let mut limits = limits.clone();
        if let Some(expected) = &test.expected {
            limits.output_bytes = limits.output_bytes.max(2 * expected.len());
        }
        let outcome = self.sandbox.run(&Run {
            argv,
            workdir: Some(dir),
            workdir_writable: false,
            binds: &language.binds,
            path: &language.path,
            stdin: test.input.as_bytes(),
            files: &[],
            limits: &limits,
        })?;
        let (verdict, message) = self.verdict(&outcome, &limits, test, task.checker)?;
        let (exit_code, signal) = match outcome.ending {
            Ending::Exited(code) => (Some(code), None),
            Ending::Signaled(signal) => (None, Some(signal)),
            _ => (None, None),
        };
        Ok(TestResult {
            test: test.name.clone(),
            verdict,
            cpu_ms: duration_ms(outcome.cpu).unsigned_abs(),
            wall_ms: duration_ms(outcome.wall).unsigned_abs(),
            memory_kib: outcome.memory_bytes / 1024,
            exit_code,
            signal,
            input: test
                .visible
                .then(|| shown(test.input.as_bytes(), SHOWN_OUTPUT_CAP)),
            expected: test
                .expected
                .as_ref()
                .filter(|_| test.visible)
                .map(|expected| shown(expected.as_bytes(), SHOWN_OUTPUT_CAP)),
            stdout: test
                .visible
                .then(|| shown(&outcome.stdout, SHOWN_OUTPUT_CAP)),
            stderr: test
                .visible
                .then(|| shown(&outcome.stderr, SHOWN_OUTPUT_CAP)),
            message,
        })
    }

    fn verdict(
        &self,
        outcome: &Outcome,
        limits: &Limits,
        test: &TestCase,
        checker: &CheckerSpec,
    ) -> Result<(Verdict, Option<String>), SandboxError> {
        const SIGXFSZ: i32 = libc::SIGXFSZ;
        Ok(match outcome.ending {
            Ending::CpuTimeLimit | Ending::WallTimeLimit => (Verdict::TimeLimitExceeded, None),
            Ending::MemoryLimit => (Verdict::MemoryLimitExceeded, None),
            Ending::OutputLimit => (
                Verdict::OutputLimitExceeded,
                Some(format!(
                    "more than {} MiB of output",
                    limits.output_bytes as u64 / MIB
                )),
            ),
            Ending::Signaled(SIGXFSZ) => (
                Verdict::OutputLimitExceeded,
                Some(format!(
                    "wrote a file larger than {} MiB",
                    limits.file_bytes / MIB
                )),
            ),
            Ending::Signaled(signal) => (
                Verdict::RuntimeError,
                Some(format!("killed by {}", signal_name(signal))),
            ),
            Ending::Exited(code) if code != 0 => {
                (Verdict::RuntimeError, Some(format!("exit code {code}")))
            }
            Ending::Exited(_) => match &test.expected {
                None => (Verdict::Ok, None),
                Some(expected) => match checker.compare(expected.as_bytes(), &outcome.stdout) {
                    Some(true) => (Verdict::Accepted, None),
                    Some(false) => (Verdict::WrongAnswer, None),
                    None => self.custom_check(checker, test, expected, &outcome.stdout)?,
                },
            },
        })
    }

    /// Runs a problem's checker program in the sandbox with the input, the expected output and
    /// the program's output as read-only files.
    fn custom_check(
        &self,
        checker: &CheckerSpec,
        test: &TestCase,
        expected: &str,
        actual: &[u8],
    ) -> Result<(Verdict, Option<String>), SandboxError> {
        let CheckerSpec::Custom { source } = checker else {
            return Err(SandboxError(
                "a built-in checker has no program to run".to_owned(),
            ));
        };
        let python = self
            .available("python")
            .map_err(|problem| SandboxError(format!("the checker needs Python: {problem}")))?;
        let argv: Vec<String> = ["python3", "-I", "-S"]
            .into_iter()
            .map(str::to_owned)
            .chain(["check.py", "input", "expected", "output"].map(|f| format!("{DATA_DIR}/{f}")))
            .collect();
        let outcome = self.sandbox.run(&Run {
            argv: &argv,
            workdir: None,
            workdir_writable: false,
            binds: &python.binds,
            path: &python.path,
            stdin: b"",
            files: &[
                ("check.py", source.as_bytes()),
                ("input", test.input.as_bytes()),
                ("expected", expected.as_bytes()),
                ("output", actual),
            ],
            limits: &Limits {
                processes: 4,
                ..compile_limits(python)
            },
        })?;
        let says = shown(&outcome.stdout, MESSAGE_CAP).trim().to_owned();
        let says = (!says.is_empty()).then_some(says);
        Ok(match outcome.ending {
            Ending::Exited(0) => (Verdict::Accepted, says),
            Ending::Exited(1) => (Verdict::WrongAnswer, says),
            ending => (
                Verdict::InternalError,
                Some(format!(
                    "the checker failed ({ending:?}): {}",
                    shown(&outcome.stderr, MESSAGE_CAP).trim()
                )),
            ),
        })
    }
}

impl JudgeReport {
    /// The judge could not judge: `message` says why.
    pub fn internal_error(language: &str, total_tests: usize, message: String) -> Self {
        Self {
            verdict: Verdict::InternalError,
            language: language.to_owned(),
            compile_output: None,
            tests: Vec::new(),
            total_tests,
            cpu_ms: 0,
            memory_kib: 0,
            message: Some(message),
        }
    }
}

fn compile_limits(language: &Language) -> Limits {
    compile_limits_of(language.processes.max(64))
}

/// Limits for compilers and other trusted tools working on untrusted input.
fn compile_limits_of(processes: u32) -> Limits {
    Limits {
        cpu: Duration::from_secs(10),
        wall: Duration::from_secs(20),
        memory_bytes: 1024 * MIB,
        processes,
        output_bytes: 256 * 1024,
        file_bytes: 256 * MIB,
        tmp_bytes: 512 * MIB,
    }
}

fn run_limits(language: &Language, task: &Task) -> Limits {
    let cpu = Duration::from_millis((task.time_limit_ms as f64 * language.time_multiplier) as u64);
    Limits {
        cpu,
        // Room for waiting on input or a busy machine, but not for sleeping forever.
        wall: cpu * 2 + Duration::from_secs(1),
        memory_bytes: (task.memory_limit_mb as f64 * language.memory_multiplier) as u64 * MIB,
        processes: language.processes,
        output_bytes: MIN_OUTPUT_BYTES,
        file_bytes: 16 * MIB,
        tmp_bytes: 64 * MIB,
    }
}

/// Text for people: lossy UTF-8, cut at `cap` bytes on a character boundary.
fn shown(bytes: &[u8], cap: usize) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(cap)]).into_owned();
    if bytes.len() > cap {
        format!("{text}\n… (cut at {cap} bytes)")
    } else {
        text
    }
}

fn signal_name(signal: i32) -> String {
    let name = match signal {
        libc::SIGSEGV => "SIGSEGV (invalid memory access)",
        libc::SIGABRT => "SIGABRT (aborted)",
        libc::SIGFPE => "SIGFPE (arithmetic error, such as division by zero)",
        libc::SIGKILL => "SIGKILL",
        libc::SIGBUS => "SIGBUS (bus error)",
        libc::SIGILL => "SIGILL (illegal instruction)",
        libc::SIGPIPE => "SIGPIPE (broken pipe)",
        _ => return format!("signal {signal}"),
    };
    format!("signal {signal}, {name}")
}
