//! The command line of the `grindstone` binary.

use crate::accounts::{self, DisplayName, Email, Password, Role};
use crate::config::Settings;
use crate::db::Db;
use crate::startup::Application;
use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Serve the web application (the default).
    Serve,
    /// Create the database if needed and apply pending migrations.
    Migrate,
    /// Load the problem bank into the database (and, with --demo, demo content).
    Seed {
        /// Also demo users, forum posts, news and sessions for a first look.
        #[arg(long)]
        demo: bool,
    },
    /// Manage problems.
    Problems {
        #[command(subcommand)]
        command: ProblemsCommand,
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
    /// Import a problem package directory, or every package in a directory of packages
    /// (see docs/PROBLEM_FORMAT.md). A problem whose slug exists is updated in place.
    Import {
        #[arg(value_name = "DIR")]
        path: PathBuf,
    },
}

/// Parses the command line, runs the command and turns failures into a message and exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
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
    match runtime.block_on(execute(cli.command.unwrap_or(Command::Serve), &settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("grindstone: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(command: Command, settings: &Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let app = Application::build(settings).await?;
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            connect(settings).await?;
            println!("The database is up to date.");
        }
        Command::Seed { demo } => {
            let db = connect(settings).await?;
            import(&db, &settings.data.problem_bank).await?;
            if demo {
                match crate::seed::demo(&db).await? {
                    crate::seed::Outcome::Loaded => println!("Demo content loaded."),
                    crate::seed::Outcome::AlreadyPresent => {
                        println!("Demo content is already present; nothing changed.")
                    }
                }
            }
        }
        Command::Problems {
            command: ProblemsCommand::Import { path },
        } => {
            let db = connect(settings).await?;
            import(&db, &path).await?;
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

/// Imports the package or packages at `path` and says what changed.
async fn import(db: &Db, path: &std::path::Path) -> anyhow::Result<()> {
    let import = crate::seed::problem_bank(db, path).await?;
    println!(
        "Problems from {}: {} created, {} updated.",
        path.display(),
        import.created,
        import.updated
    );
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
