//! What the integration tests share: a fresh database of either kind, and the app on a random
//! port.
#![allow(dead_code)] // Each test crate uses a different part of this module.

use grindstone::accounts::session::COOKIE_NAME;
use grindstone::accounts::{self, DisplayName, Email, Password, Role};
use grindstone::config::Settings;
use grindstone::db::Db;
use grindstone::startup::Application;
use reqwest::header::{ACCEPT, COOKIE, ORIGIN, SET_COOKIE};
use reqwest::{Response, StatusCode};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Once;
use std::sync::atomic::{AtomicU32, Ordering};

/// The Postgres server used for tests; its `postgres` database is only used to create and drop
/// one fresh database per test.
fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A database that exists for one test and is removed after it.
pub struct TestDb {
    db: Db,
    _dir: Option<tempfile::TempDir>,
    postgres_name: Option<String>,
}

impl TestDb {
    /// A migrated SQLite database in a fresh temporary directory.
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let db = Db::connect(&url, 5).await.expect("connect to SQLite");
        db.migrate().await.expect("migrate SQLite");
        Self {
            db,
            _dir: Some(dir),
            postgres_name: None,
        }
    }

    /// A migrated fresh Postgres database, or `None` (said loudly, once) when no server is
    /// reachable outside CI. With `CI=true` an unreachable server fails the test.
    pub async fn postgres() -> Option<Self> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let admin = match Db::connect(&postgres_admin_url(), 1).await {
            Ok(admin) => admin,
            Err(error) => {
                if in_ci() {
                    panic!(
                        "CI=true requires Postgres at {}: {error}",
                        postgres_admin_url()
                    );
                }
                static WARNED: Once = Once::new();
                WARNED.call_once(|| {
                    eprintln!(
                        "\n!!!!! POSTGRES UNREACHABLE ({error}): the Postgres half of the \
                         repository tests is SKIPPED. Set CI=true to make this a failure. !!!!!\n"
                    )
                });
                return None;
            }
        };
        let name = format!(
            "grindstone_test_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
            .execute(admin.pool())
            .await
            .expect("drop a stale test database");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(admin.pool())
            .await
            .expect("create the test database");
        admin.close().await;
        let url = database_url_for(&name);
        let db = Db::connect(&url, 5)
            .await
            .expect("connect to the test database");
        db.migrate().await.expect("migrate Postgres");
        Some(Self {
            db,
            _dir: None,
            postgres_name: Some(name),
        })
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The URL of this database, for starting the app or the binary on it.
    pub fn url(&self) -> String {
        match (&self.postgres_name, &self._dir) {
            (Some(name), _) => database_url_for(name),
            (None, Some(dir)) => format!("sqlite://{}", dir.path().join("test.db").display()),
            (None, None) => unreachable!("a test database is SQLite or Postgres"),
        }
    }
}

fn database_url_for(name: &str) -> String {
    let admin = postgres_admin_url();
    let base = admin
        .rsplit_once('/')
        .map_or(admin.as_str(), |(base, _)| base);
    format!("{base}/{name}")
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.postgres_name.take() else {
            return;
        };
        // Drop runs inside the test's runtime, which cannot be blocked on; use a thread with
        // its own runtime. FORCE ends this test's connections that are still open.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                let admin = Db::connect(&postgres_admin_url(), 1).await.ok()?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(admin.pool())
                    .await
                    .ok()?;
                admin.close().await;
                Some(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("warning: could not drop a test database");
        }
    }
}

/// The app serving a fresh SQLite database on a random loopback port.
pub struct TestApp {
    pub address: SocketAddr,
    pub db: Db,
    /// The server's judge status channel.
    pub events: grindstone::submissions::queue::JudgeEvents,
    pub client: reqwest::Client,
    /// Where the app writes the mail it sends, one `.eml` file each.
    pub mail_dir: std::path::PathBuf,
    _server: ServerRuntime,
    _database: TestDb,
    _mail: tempfile::TempDir,
}

/// The server's own multi-threaded runtime, as in production: the test's single-threaded
/// runtime only drives the client, so that neither can starve the other. Dropping it stops the
/// server.
struct ServerRuntime(Option<tokio::runtime::Runtime>);

impl Drop for ServerRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Starts the app after `adjust` has changed its settings.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> Self {
        Self::spawn_on(TestDb::sqlite().await, adjust).await
    }

    /// Starts the app on `database` after `adjust` has changed its settings.
    pub async fn spawn_on(database: TestDb, adjust: impl FnOnce(&mut Settings)) -> Self {
        let mut settings = Settings::from_sources(
            toml::Table::new(),
            std::path::Path::new("test"),
            [
                ("DATABASE_URL".to_owned(), database.url()),
                ("LEPTOS_SITE_ADDR".to_owned(), "127.0.0.1:0".to_owned()),
            ],
        )
        .expect("test settings");
        settings.database.max_connections = 5;
        // Tests that judge start workers themselves.
        settings.judge.workers = Some(0);
        settings.judge.program = box_program();
        let mail = tempfile::tempdir().expect("a mail directory");
        let mail_dir = mail.path().to_owned();
        settings.mail.dir = Some(mail_dir.clone());
        adjust(&mut settings);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("server runtime");
        let (started, ready) = tokio::sync::oneshot::channel();
        runtime.spawn(async move {
            let app = Application::build(&settings).await.expect("build the app");
            let _ = started.send((app.local_addr(), app.db().clone(), app.events().clone()));
            app.run_until(std::future::pending()).await
        });
        let (address, db, events) = ready.await.expect("the app starts");
        Self {
            address,
            db,
            events,
            mail_dir,
            _server: ServerRuntime(Some(runtime)),
            // A stuck request fails its test instead of hanging the whole run.
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(std::time::Duration::from_secs(20))
                .build()
                .expect("HTTP client"),
            _database: database,
            _mail: mail,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// Stores the two small problem packages of tests/fixtures/problems.
    pub async fn load_fixture_problems(&self) {
        let root = std::path::Path::new("tests/fixtures/problems");
        grindstone::seed::problem_bank(&self.db, root)
            .await
            .expect("the fixture packages load");
    }

    /// A browser of this app with no cookies yet.
    pub fn browser(&self) -> Browser {
        Browser {
            origin: format!("http://{}", self.address),
            client: self.client.clone(),
            session: None,
            cookies: BTreeMap::new(),
            forwarded_for: None,
        }
    }

    /// Creates a user with a password directly in the database; returns their id.
    pub async fn create_user(&self, name: &str, email: &str, password: &str, role: Role) -> i64 {
        create_user(&self.db, name, email, password, role).await
    }

    /// GETs a page and returns its status and body.
    pub async fn get(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.client.get(self.url(path)).send().await.expect("GET");
        let status = response.status();
        (status, response.text().await.expect("body"))
    }
}

/// Creates a user with a password directly in `db`; returns their id.
pub async fn create_user(db: &Db, name: &str, email: &str, password: &str, role: Role) -> i64 {
    let email = Email::parse(email).unwrap();
    let password = Password::parse(password, &email).unwrap();
    let user = accounts::repo::NewUser {
        name: DisplayName::parse(name).unwrap(),
        email,
        password_hash: Some(accounts::password::hash(&password).unwrap()),
        google_id: None,
        profile_picture: None,
        role,
    };
    accounts::repo::create(db, &user).await.unwrap()
}

/// A browser: keeps its cookies, sends this site's Origin with every POST, and submits forms as
/// a browser without JavaScript would (a redirect comes back) or calls server functions as the
/// WASM client does (the result or the error comes back).
pub struct Browser {
    pub origin: String,
    client: reqwest::Client,
    pub session: Option<String>,
    /// The cookies other than the session's, by name (paths are not told apart).
    pub cookies: BTreeMap<String, String>,
    /// The client address a trusted proxy reports in `X-Forwarded-For`, if any.
    pub forwarded_for: Option<String>,
}

impl Browser {
    /// A browser with no cookies yet of the site at `origin` (`http://host:port`).
    pub fn of(origin: String) -> Self {
        Self {
            origin,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(std::time::Duration::from_secs(20))
                .build()
                .expect("HTTP client"),
            session: None,
            cookies: BTreeMap::new(),
            forwarded_for: None,
        }
    }

    /// Reads the live stream of submission `id` until it ends; returns each message's event
    /// name (`None` for status events) and data.
    pub async fn stream(&mut self, id: i64) -> Vec<(Option<String>, String)> {
        let mut response = self.get(&format!("/api/submissions/{id}/events")).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/event-stream")
        );
        let mut text = String::new();
        let mut events = Vec::new();
        let ended = tokio::time::timeout(std::time::Duration::from_secs(60), async {
            while let Some(chunk) = response.chunk().await.unwrap() {
                text.push_str(&String::from_utf8_lossy(&chunk));
                while let Some(end) = text.find("\n\n") {
                    let message: String = text.drain(..end + 2).collect();
                    let field = |name: &str| {
                        message
                            .lines()
                            .find_map(|line| line.strip_prefix(name))
                            .map(str::to_owned)
                    };
                    if let Some(data) = field("data: ") {
                        events.push((field("event: "), data));
                    }
                }
            }
        })
        .await;
        assert!(ended.is_ok(), "the stream ends: {events:?}");
        events
    }

    /// The status events of submission `id`'s live stream, read until it ends.
    pub async fn follow(&mut self, id: i64) -> Vec<grindstone::submissions::StatusEvent> {
        self.stream(id)
            .await
            .into_iter()
            .filter(|(name, _)| name.is_none())
            .map(|(_, data)| serde_json::from_str(&data).unwrap())
            .collect()
    }

    /// GETs a page with the session cookie, as a browser does.
    pub async fn get(&mut self, path: &str) -> Response {
        let mut request = self
            .client
            .get(format!("{}{}", self.origin, path))
            .header(ACCEPT, "text/html");
        request = self.identify(request);
        let response = request.send().await.expect("GET");
        self.keep_cookie(&response);
        response
    }

    /// Submits a form to a server function as a page without JavaScript does.
    pub async fn submit(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.post(path, fields, "text/html", None).await
    }

    /// Submits a form without JavaScript from the page at `page`, which the server returns to.
    pub async fn submit_from(
        &mut self,
        page: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        self.post(path, fields, "text/html", Some(page)).await
    }

    /// Calls a server function as the WASM client does.
    pub async fn call(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.post(path, fields, "application/json", None).await
    }

    /// Calls a server function that takes JSON, as the WASM client does.
    pub async fn call_json(&mut self, path: &str, body: &serde_json::Value) -> Response {
        let mut request = self
            .client
            .post(format!("{}{}", self.origin, path))
            .header(ORIGIN, &self.origin)
            .header(ACCEPT, "application/json")
            .json(body);
        request = self.identify(request);
        let response = request.send().await.expect("POST");
        self.keep_cookie(&response);
        response
    }

    async fn post(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        accept: &str,
        referer: Option<&str>,
    ) -> Response {
        let mut request = self
            .client
            .post(format!("{}{}", self.origin, path))
            .header(ORIGIN, &self.origin)
            .header(ACCEPT, accept)
            .form(fields);
        if let Some(page) = referer {
            request = request.header(reqwest::header::REFERER, format!("{}{}", self.origin, page));
        }
        request = self.identify(request);
        let response = request.send().await.expect("POST");
        self.keep_cookie(&response);
        response
    }

    /// Adds the cookies and the forwarded client address to a request.
    fn identify(&self, mut request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let cookies: Vec<String> = self
            .session
            .iter()
            .map(|session| format!("{COOKIE_NAME}={session}"))
            .chain(
                self.cookies
                    .iter()
                    .map(|(name, value)| format!("{name}={value}")),
            )
            .collect();
        if !cookies.is_empty() {
            request = request.header(COOKIE, cookies.join("; "));
        }
        if let Some(client) = &self.forwarded_for {
            request = request.header("x-forwarded-for", client);
        }
        request
    }

    /// Follows the cookies the server sets or removes.
    fn keep_cookie(&mut self, response: &Response) {
        for value in response.headers().get_all(SET_COOKIE) {
            let value = value.to_str().unwrap();
            let (name, rest) = value.split_once('=').unwrap();
            let cookie = rest.split(';').next().unwrap_or_default();
            let kept =
                (!cookie.is_empty() && !value.contains("Max-Age=0")).then(|| cookie.to_owned());
            if name == COOKIE_NAME {
                self.session = kept;
            } else if let Some(cookie) = kept {
                self.cookies.insert(name.to_owned(), cookie);
            } else {
                self.cookies.remove(name);
            }
        }
    }

    /// Signs in through the form; panics unless it worked.
    pub async fn sign_in(&mut self, email: &str, password: &str) {
        use leptos::server_fn::ServerFn;
        let response = self
            .submit(
                grindstone::accounts::SignIn::PATH,
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::FOUND, "sign-in redirects");
        assert!(self.session.is_some(), "sign-in sets the session cookie");
    }
}

/// Waits (up to a minute) until a judge has recorded `language` as working: judges record
/// their languages when they start.
pub async fn wait_until_offered(db: &Db, language: &str) {
    let offered = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM judge_languages WHERE language_id = $1 AND available = 1",
        )
        .bind(language)
        .fetch_one(db.pool())
        .await
        .unwrap()
            == 0
        {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    })
    .await;
    assert!(offered.is_ok(), "the judge offers {language}");
}

/// Whether CI demands that everything runs (no loud skips).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Whether the judge's sandbox can work here: it needs root (cgroups, the sandbox user) and
/// bubblewrap. With CI=true it must; otherwise a missing sandbox skips the caller loudly.
pub fn sandbox_available() -> bool {
    // SAFETY: geteuid has no preconditions.
    let possible =
        unsafe { libc::geteuid() } == 0 && std::path::Path::new("/usr/bin/bwrap").exists();
    assert!(
        possible || !in_ci(),
        "CI=true requires root and bubblewrap for the judge"
    );
    if !possible {
        eprintln!(
            "\n!!!!! No sandbox here (needs root and bubblewrap): judge test SKIPPED !!!!!\n"
        );
    }
    possible
}

/// The `grindstone` executable, which serves inside the judge's boxes (a test binary cannot).
pub fn box_program() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_BIN_EXE_grindstone"))
}

/// A temporary directory the sandbox user can pass through (temporary directories are private).
pub fn sandbox_work_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .expect("open the temp dir to the sandbox user");
    dir
}

/// A judge working in `work_root` (inside a `sandbox_work_dir`), running `parallelism` tests at
/// once; `None` after a loud message where none can work (a failure with CI=true).
pub fn judge_or_skip(
    work_root: std::path::PathBuf,
    parallelism: usize,
) -> Option<grindstone::judge::engine::Judge> {
    adjusted_judge_or_skip(work_root, parallelism, |_| {})
}

/// As `judge_or_skip`, with its options changed by `adjust`.
pub fn adjusted_judge_or_skip(
    work_root: std::path::PathBuf,
    parallelism: usize,
    adjust: impl FnOnce(&mut grindstone::judge::engine::JudgeOptions),
) -> Option<grindstone::judge::engine::Judge> {
    if !sandbox_available() {
        return None;
    }
    let mut options = grindstone::judge::engine::JudgeOptions {
        bwrap: std::path::PathBuf::from("bwrap"),
        program: box_program(),
        identity: grindstone::judge::sandbox::Identity {
            uid: 65534,
            gid: 65534,
        },
        work_root,
        languages: grindstone::judge::language::Languages::built_in(),
        parallelism,
        memory_ceiling_bytes: grindstone::config::JudgeSettings::default().memory_ceiling_bytes(),
    };
    adjust(&mut options);
    match grindstone::judge::engine::Judge::new(options) {
        Ok(judge) => Some(judge),
        Err(error) if in_ci() => panic!("CI=true requires a working judge: {error}"),
        Err(error) => {
            eprintln!("\n!!!!! The judge is unavailable ({error}): judge test SKIPPED !!!!!\n");
            None
        }
    }
}

/// `grindstone serve` as a child process, on a random port, logging JSON.
pub struct ServeProcess {
    pub child: std::process::Child,
    /// Where it serves, `host:port`.
    pub address: String,
    /// The rest of its log, read on a thread so that the server never blocks on it.
    log: std::thread::JoinHandle<Vec<String>>,
}

impl ServeProcess {
    /// Starts `command` (the `grindstone` binary, its environment set) as `serve` and waits
    /// until it says where it serves.
    pub fn start(mut command: std::process::Command) -> Self {
        use std::io::{BufRead, BufReader};
        let mut child = command
            .arg("serve")
            .env("GRINDSTONE_CONFIG", "/dev/null")
            .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
            .env("GRINDSTONE_LOG__FORMAT", "json")
            .env("RUST_LOG", "info")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut log = BufReader::new(child.stderr.take().unwrap()).lines();
        let address = log
            .by_ref()
            .map_while(Result::ok)
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(&line).ok())
            .find(|event| event["fields"]["message"] == "serving")
            .and_then(|event| event["fields"]["address"].as_str().map(str::to_owned))
            .expect("the server logs its address");
        let log = std::thread::spawn(move || log.map_while(Result::ok).collect());
        Self {
            child,
            address,
            log,
        }
    }

    /// Stops it with SIGTERM; returns how it exited and what it logged after it served.
    pub fn stop(mut self) -> (std::process::ExitStatus, Vec<String>) {
        let killed = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = self.child.wait().unwrap();
        (status, self.log.join().unwrap())
    }
}
