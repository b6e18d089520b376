//! The command line of the `grindstone` binary.

use crate::accounts::{self, DisplayName, Email, Password, Role};
use crate::ai::{self, GradeRequest, Grader, Rubric};
use crate::config::Settings;
use crate::db::Db;
use crate::judge::checker::CheckerSpec;
use crate::judge::engine::{Judge, JudgeOptions, Mode, Task, TestCase};
use crate::privileges;
use crate::problems;
use crate::startup::Application;
use crate::submissions::queue::{self, JudgeEvents};
use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use std::io::{BufRead, IsTerminal};
use std::os::fd::FromRawFd;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(
    name = "grindstone",
    version,
    about = "Grindstone: practise for coding interviews."
)]
struct Cli {
    /// The configuration file (default: Leptos.toml in the current directory, if present).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the web application (the default). Started as root, the web server runs as the
    /// unprivileged `server.user` and only the judge keeps root, in a process of its own.
    Serve {
        /// The web server's end of the link to its judge (given by `serve` started as root).
        #[arg(long = "judge-link-fd", hide = true)]
        judge_link_fd: Option<i32>,
    },
    /// Create the database if needed and apply pending migrations.
    Migrate,
    /// Load the problem bank into the database (and, with --demo, demo content).
    Seed {
        /// Also demo users, forum posts, news and sessions for a first look. The demo users'
        /// password is published, so they are all ordinary users.
        #[arg(long)]
        demo: bool,
        /// Make the demo user ada@demo.grindstone.dev an administrator, with the published
        /// password: only on a machine nobody else reaches.
        #[arg(long, requires = "demo")]
        demo_admin: bool,
    },
    /// Mock interviews.
    Interviews {
        #[command(subcommand)]
        command: InterviewsCommand,
    },
    /// Manage problems.
    Problems {
        #[command(subcommand)]
        command: ProblemsCommand,
    },
    /// Judge programs with the sandboxed judge; each command prints one JSON object.
    Judge {
        #[command(subcommand)]
        command: JudgeCommand,
    },
    /// Serve inside a sandbox box (started by the judge, not by hand).
    #[command(name = "judge-box", hide = true)]
    JudgeBox,
    /// Judge queued submissions in this process, beside or instead of the server's own workers
    /// (on this machine or another one sharing the Postgres database).
    JudgeWorker {
        /// Submissions judged at once (default: the number of cores).
        #[arg(long)]
        workers: Option<usize>,
    },
    /// Create an administrator. The password is read from standard input, or asked for twice
    /// when standard input is a terminal.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum ProblemsCommand {
    /// Import a problem package directory, every package in a directory of packages, or a .zip
    /// of one or more packages (see docs/PROBLEM_FORMAT.md). Every package is checked before
    /// any is stored; a problem whose slug exists is updated in place.
    Import {
        #[arg(value_name = "DIR|ZIP")]
        path: PathBuf,
    },
    /// Write a stored problem as a package directory DIR/<slug>/.
    Export {
        slug: String,
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Create a problem from LeetCode's GraphQL `question` JSON saved in a file (no network):
    /// its statement and its examples as sample tests. Hidden tests must be added afterwards.
    ImportLeetcode {
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum InterviewsCommand {
    /// Grade one answer with the configured AI provider (`ai.provider`: the offline engine by
    /// default) and print the feedback as JSON (the overall score, 1 to 5, under
    /// "score"). Needs no server or database; the question need not be in the bank.
    Feedback {
        /// Which rubric grades the answer.
        #[arg(long = "type", value_name = "Technical|Behavioral", value_parser = parse_rubric)]
        rubric: Rubric,
        /// The question asked.
        #[arg(long)]
        question: String,
        /// A model answer, or notes of what a strong answer contains.
        #[arg(long)]
        expected: Option<String>,
        /// An idea a strong answer names, as `label` or `label: alternative | alternative`
        /// (repeatable).
        #[arg(long = "concept", value_name = "CONCEPT")]
        concepts: Vec<String>,
        /// The file holding the answer, as text.
        #[arg(long, value_name = "FILE")]
        answer_file: PathBuf,
    },
}

/// A rubric's name, in any case. Coding answers are graded with their judged code, in an
/// interview, so this command takes the two rubrics of text answers only.
fn parse_rubric(text: &str) -> Result<Rubric, String> {
    [Rubric::Technical, Rubric::Behavioral]
        .into_iter()
        .find(|rubric| rubric.as_str().eq_ignore_ascii_case(text))
        .ok_or_else(|| format!("expected Technical or Behavioral, not {text:?}"))
}

/// The longest answer graded: some ten pages of text.
const MAX_ANSWER_BYTES: u64 = 64 * 1024;

#[derive(Debug, Subcommand)]
enum JudgeCommand {
    /// The languages, with their versions and whether this machine can run them.
    Languages,
    /// Run a program once on an input; it gets OK when it ends normally.
    Run {
        /// A language id from `judge languages`.
        #[arg(long)]
        lang: String,
        /// The program's source.
        file: PathBuf,
        /// The file given as standard input (default: none).
        #[arg(long, value_name = "FILE")]
        stdin: Option<PathBuf>,
        /// CPU time limit for C++; other languages get their multiple of it.
        #[arg(long, default_value_t = 2000)]
        time_limit_ms: u64,
        #[arg(long, default_value_t = 256)]
        memory_limit_mb: u64,
    },
    /// Judge a program on a problem package's tests, as a submission is judged.
    Problem {
        /// A problem package directory (docs/PROBLEM_FORMAT.md).
        package: PathBuf,
        /// A language id (default: from the file's extension).
        #[arg(long)]
        lang: Option<String>,
        /// The program's source.
        file: PathBuf,
    },
}

/// Parses the command line, runs the command and turns failures into a message and exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::JudgeBox) = cli.command {
        // Inside a box: no configuration, no logging set-up, no runtime.
        return crate::judge::zygote::serve();
    }
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("grindstone: {error}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(&settings.log);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("grindstone: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let command = cli.command.unwrap_or(Command::Serve {
        judge_link_fd: None,
    });
    let config_file = Settings::file(cli.config.as_deref());
    match runtime.block_on(execute(command, &settings, config_file.as_deref())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("grindstone: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(
    command: Command,
    settings: &Settings,
    config_file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    match command {
        Command::JudgeBox => bail!("judge-box is started by the judge inside a sandbox"),
        Command::Serve {
            judge_link_fd: Some(fd),
        } => {
            if privileges::running_as_root() {
                bail!("the web server must not run as root");
            }
            // SAFETY: the descriptor was handed to this process for this purpose alone.
            let link = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
            let app = Application::build_beside_judge(settings, link).await?;
            app.run_until_stopped().await?;
        }
        Command::Serve {
            judge_link_fd: None,
        } if privileges::running_as_root() => {
            privileges::serve_split(settings, config_file).await?;
        }
        Command::Serve {
            judge_link_fd: None,
        } => {
            let app = Application::build(settings).await?;
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            connect(settings).await?;
            println!("The database is up to date.");
        }
        Command::Seed { demo, demo_admin } => {
            let db = connect(settings).await?;
            import(&db, &settings.data.problem_bank).await?;
            let questions = crate::seed::interview_bank(&db, &settings.data.interview_bank).await?;
            println!(
                "Interview questions from {}: {} created, {} updated.",
                settings.data.interview_bank.display(),
                questions.created,
                questions.updated
            );
            if demo {
                seed_demo(&db, demo_admin).await?;
            }
        }
        Command::Problems { command } => problems_command(command, settings).await?,
        Command::Interviews { command } => {
            println!("{}", interviews_command(command, settings).await?);
        }
        Command::Judge { command } => {
            let report = tokio::task::block_in_place(|| judge_command(command, settings))?;
            println!("{report}");
        }
        Command::JudgeWorker { workers } => {
            let db = connect(settings).await?;
            let count = workers.unwrap_or_else(crate::config::cores).max(1);
            let judge = tokio::task::block_in_place(|| build_judge(settings, count))?;
            eprintln!("Judging with {count} worker(s): {}", judge.describe());
            let events = JudgeEvents::start(&db).await?;
            let mut workers =
                queue::spawn_workers(db, queue::Engine::Here(Arc::new(judge)), events, count);
            tokio::select! {
                () = workers.ended() => bail!("a judge worker stopped"),
                () = crate::startup::shutdown_signal() => eprintln!("Stopping."),
            }
            workers.stop().await;
        }
        Command::CreateAdmin { email, name } => {
            let email = Email::parse(&email)?;
            let name = DisplayName::parse(&name)?;
            let password = Password::parse(&read_password()?, &email)?;
            let db = connect(settings).await?;
            let user_id = create_admin(&db, name, email, &password).await?;
            println!("Administrator created with user id {user_id}.");
        }
    }
    Ok(())
}

/// Runs an `interviews` command and returns its JSON output.
async fn interviews_command(
    command: InterviewsCommand,
    settings: &Settings,
) -> anyhow::Result<String> {
    let InterviewsCommand::Feedback {
        rubric,
        question,
        expected,
        concepts,
        answer_file,
    } = command;
    let size = std::fs::metadata(&answer_file)
        .with_context(|| format!("cannot read {}", answer_file.display()))?
        .len();
    if size > MAX_ANSWER_BYTES {
        bail!(
            "{} holds {size} bytes; an answer may have at most {MAX_ANSWER_BYTES}",
            answer_file.display()
        );
    }
    let answer = std::fs::read_to_string(&answer_file)
        .with_context(|| format!("cannot read {} as UTF-8 text", answer_file.display()))?;
    if question.trim().is_empty() {
        bail!("the question is empty");
    }
    let request = GradeRequest {
        rubric,
        question,
        expected,
        concepts,
        answer,
        judged: None,
    };
    let feedback = ai::Provider::from_settings(&settings.ai)?
        .grade(&request)
        .await?;
    Ok(serde_json::to_string_pretty(&feedback)?)
}

/// A judge for the command line, or why there is none.
fn build_judge(settings: &Settings, workers: usize) -> anyhow::Result<Judge> {
    let parallelism = (crate::config::cores() / workers).max(1);
    let options = JudgeOptions::from_settings(settings, parallelism)?;
    Judge::new(options).context("the judge is unavailable")
}

/// Runs a `judge` command and returns its JSON output.
fn judge_command(command: JudgeCommand, settings: &Settings) -> anyhow::Result<String> {
    let judge = build_judge(settings, 1)?;
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
    };
    let report = match command {
        JudgeCommand::Languages => serde_json::to_value(judge.languages())?,
        JudgeCommand::Run {
            lang,
            file,
            stdin,
            time_limit_ms,
            memory_limit_mb,
        } => {
            let input = stdin.as_deref().map(read).transpose()?.unwrap_or_default();
            let tests = [TestCase {
                name: "stdin".to_owned(),
                input,
                expected: None,
                visible: true,
            }];
            let report = judge.judge(
                &Task {
                    language: &lang,
                    source: &read(&file)?,
                    tests: &tests,
                    time_limit_ms,
                    memory_limit_mb,
                    checker: &CheckerSpec::Tokens,
                    mode: Mode::All,
                },
                &|_| {},
            );
            serde_json::to_value(report)?
        }
        JudgeCommand::Problem {
            package,
            lang,
            file,
        } => {
            let package = crate::problems::package::load(&package)?;
            let lang = match lang {
                Some(lang) => lang,
                None => judge
                    .language_of_file(&file)
                    .context("cannot tell the language from the file name; use --lang")?
                    .to_owned(),
            };
            let problem = &package.problem;
            let checker =
                CheckerSpec::from_stored(problem.checker, problem.checker_config.as_ref())
                    .map_err(anyhow::Error::msg)?;
            let tests: Vec<TestCase> = package.tests.into_iter().map(TestCase::from).collect();
            let report = judge.judge(
                &Task {
                    language: &lang,
                    source: &read(&file)?,
                    tests: &tests,
                    time_limit_ms: problem.time_limit_ms.unsigned_abs(),
                    memory_limit_mb: problem.memory_limit_mb.unsigned_abs(),
                    checker: &checker,
                    mode: Mode::FirstFailure,
                },
                &|_| {},
            );
            serde_json::to_value(report)?
        }
    };
    Ok(serde_json::to_string_pretty(&report)?)
}

/// Imports the package or packages at `path` (a directory or a .zip) and says what changed.
async fn import(db: &Db, path: &std::path::Path) -> anyhow::Result<()> {
    let import = if path.extension().is_some_and(|e| e == "zip") {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let packages = tokio::task::block_in_place(|| problems::archive::load(file, name))
            .with_context(|| path.display().to_string())?;
        crate::seed::store_packages(db, &packages).await?
    } else {
        crate::seed::problem_bank(db, path).await?
    };
    println!(
        "Problems from {}: {} created, {} updated.",
        path.display(),
        import.created,
        import.updated
    );
    Ok(())
}

async fn problems_command(command: ProblemsCommand, settings: &Settings) -> anyhow::Result<()> {
    let db = connect(settings).await?;
    match command {
        ProblemsCommand::Import { path } => import(&db, &path).await,
        ProblemsCommand::Export { slug, dir } => {
            let slug = problems::Slug::parse(&slug)?;
            let package = problems::repo::package_of(&db, &slug)
                .await?
                .with_context(|| format!("there is no problem `{}`", slug.as_str()))?;
            let target = dir.join(slug.as_str());
            if target.exists() {
                bail!(
                    "{} exists already; export into another directory",
                    target.display()
                );
            }
            let files = problems::package::files(&package).map_err(anyhow::Error::msg)?;
            for (path, contents) in &files {
                let path = target.join(path);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("cannot create {}", parent.display()))?;
                }
                std::fs::write(&path, contents)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            println!(
                "Exported {} to {} ({} tests{}).",
                slug.as_str(),
                target.display(),
                package.tests.len(),
                if package.reference.is_some() {
                    ", reference solution"
                } else {
                    ""
                }
            );
            Ok(())
        }
        ProblemsCommand::ImportLeetcode { file } => {
            let json = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let package = problems::leetcode::parse(&json)
                .map_err(anyhow::Error::msg)
                .with_context(|| file.display().to_string())?;
            let slug = &package.problem.slug;
            if problems::repo::id_of(&db, slug).await?.is_some() {
                bail!(
                    "a problem `{}` exists already; delete it first or export, edit and import \
                     it as a package",
                    slug.as_str()
                );
            }
            problems::repo::store_package(&db, &package).await?;
            println!(
                "Created {} (LeetCode {}) with {} sample test(s) from its examples.",
                slug.as_str(),
                package.problem.leetcode_id.unwrap_or_default(),
                package.tests.len()
            );
            eprintln!(
                "warning: {} still needs hidden tests{}: add them on /admin/problems/{}/edit \
                 or export it, add tests/NN.in and NN.out, and import it again. The examples \
                 are read from the statement's HTML; check that their input matches the \
                 statement's input format.",
                slug.as_str(),
                if package.tests.is_empty() {
                    " (it has no test at all, so it cannot be judged yet)"
                } else {
                    ""
                },
                slug.as_str()
            );
            Ok(())
        }
    }
}

/// Loads the demo content and says whether it has an administrator, whose password is public.
async fn seed_demo(db: &Db, demo_admin: bool) -> anyhow::Result<()> {
    use crate::seed::{ADA_EMAIL, DEMO_PASSWORD, DemoAdmin, Outcome};
    let admin = if demo_admin {
        DemoAdmin::Ada
    } else {
        DemoAdmin::Nobody
    };
    match crate::seed::demo(db, admin).await? {
        Outcome::Loaded => println!("Demo content loaded."),
        Outcome::AlreadyPresent => println!("Demo content is already present."),
    }
    if crate::seed::demo_admin_exists(db).await? {
        eprintln!(
            "warning: {ADA_EMAIL} is an administrator with the published password \
             {DEMO_PASSWORD}. Never expose this database; `grindstone create-admin` makes a real \
             administrator."
        );
    } else {
        println!(
            "The demo users are ordinary users: no demo administrator was made. Use \
             --demo-admin on a machine nobody else reaches, or `grindstone create-admin`."
        );
    }
    Ok(())
}

async fn connect(settings: &Settings) -> anyhow::Result<Db> {
    let db = Db::connect(&settings.database_url(), settings.database.max_connections).await?;
    db.migrate().await?;
    Ok(db)
}

async fn create_admin(
    db: &Db,
    name: DisplayName,
    email: Email,
    password: &Password,
) -> anyhow::Result<i64> {
    let password_hash = accounts::password::hash(password)
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?;
    let user = accounts::repo::NewUser {
        name,
        email,
        password_hash: Some(password_hash),
        google_id: None,
        profile_picture: None,
        role: Role::Admin,
    };
    accounts::repo::create(db, &user)
        .await
        .context("cannot create the administrator")
}

/// Reads the new password: prompted twice on a terminal, else the first line of stdin.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let second = rpassword::prompt_password("Repeat the password: ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        let password = line.trim_end_matches(['\n', '\r']).to_owned();
        if password.is_empty() {
            bail!("no password on standard input");
        }
        Ok(password)
    }
}
