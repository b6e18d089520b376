//! The server's configuration: `Leptos.toml`, overridden by environment variables.
//!
//! Every key `section.key` of the file can be set by the variable `GRINDSTONE_SECTION__KEY`
//! (for example `GRINDSTONE_DATABASE__MAX_CONNECTIONS=20`). `DATABASE_URL`, `LEPTOS_SITE_ADDR`
//! and `LEPTOS_SITE_ROOT` keep their usual meaning and win over everything else. An invalid
//! value stops startup with a message that names the key and where the value came from.

use serde::{Deserialize, Deserializer, de};
use std::collections::BTreeMap;
use std::fmt::Display;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The file read when no other is named.
pub const DEFAULT_FILE: &str = "Leptos.toml";
const ENV_PREFIX: &str = "GRINDSTONE_";
/// The variable that names another configuration file; not itself a key.
pub const FILE_ENV_VAR: &str = "GRINDSTONE_CONFIG";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub server: ServerSettings,
    #[serde(default)]
    pub database: DatabaseSettings,
    #[serde(default)]
    pub data: DataSettings,
    #[serde(default)]
    pub log: LogSettings,
    #[serde(default)]
    pub judge: JudgeSettings,
    /// Sign-in through an OAuth2 / OpenID Connect provider (Google by default); off when absent.
    pub oauth: Option<OAuthSettings>,
    #[serde(default)]
    pub mail: MailSettings,
    #[serde(default)]
    pub ai: AiSettings,
}

/// The AI provider that grades interview answers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AiSettings {
    /// `offline` (the default, no model needed) or `openai`: any server of OpenAI's
    /// chat-completions API (OpenAI, Ollama's `/v1`, vLLM, llama.cpp's server).
    pub provider: AiProviderKind,
    /// The API's base URL, up to and including its `/v1`.
    pub base_url: String,
    pub model: String,
    /// Sent as a bearer token; better given as GRINDSTONE_AI__API_KEY than written in a file.
    /// Local servers need none.
    pub api_key: Option<String>,
    /// How long one request may take, in seconds.
    #[serde(deserialize_with = "native_or_text")]
    pub timeout_secs: u64,
    /// Retries after a 429, a 5xx, a timeout or an answer that does not fit the schema.
    #[serde(deserialize_with = "native_or_text")]
    pub max_retries: u32,
}

impl Default for AiSettings {
    fn default() -> Self {
        Self {
            provider: AiProviderKind::Offline,
            base_url: "https://api.openai.com/v1".to_owned(),
            model: "gpt-4o-mini".to_owned(),
            api_key: None,
            timeout_secs: 60,
            max_retries: 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AiProviderKind {
    Offline,
    Openai,
}

/// The site's outgoing mail: password resets and email verification.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailSettings {
    /// The sender, such as `Grindstone <noreply@grindstone.example.com>`.
    pub from: String,
    /// An SMTP server to send through, in lettre's URL form
    /// (`smtps://user:password@smtp.example.com`, `smtp://host:25?tls=required`); when absent,
    /// each mail is written as an `.eml` file into `dir` instead.
    pub smtp_url: Option<String>,
    /// Where mail is written without SMTP; default: `mail` in the data directory.
    pub dir: Option<PathBuf>,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            from: "Grindstone <grindstone@localhost>".to_owned(),
            smtp_url: None,
            dir: None,
        }
    }
}

/// An OAuth2 provider for the authorization-code flow with PKCE. Any provider that offers an
/// OpenID-style userinfo endpoint (`sub`, `email`, `email_verified`, `name`, `picture`) works.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuthSettings {
    /// The name on the sign-in button.
    #[serde(default = "default_provider_name")]
    pub provider_name: String,
    pub client_id: String,
    pub client_secret: String,
    #[serde(default = "default_authorize_url")]
    pub authorize_url: String,
    #[serde(default = "default_token_url")]
    pub token_url: String,
    #[serde(default = "default_userinfo_url")]
    pub userinfo_url: String,
    /// Where the provider sends the browser back: this site's `/auth/oauth/callback`.
    pub redirect_url: String,
}

fn default_provider_name() -> String {
    "Google".to_owned()
}

fn default_authorize_url() -> String {
    "https://accounts.google.com/o/oauth2/v2/auth".to_owned()
}

fn default_token_url() -> String {
    "https://oauth2.googleapis.com/token".to_owned()
}

fn default_userinfo_url() -> String {
    "https://openidconnect.googleapis.com/v1/userinfo".to_owned()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSettings {
    /// Where the HTTP server listens.
    pub address: SocketAddr,
    /// The directory cargo-leptos builds the client and static assets into.
    pub site_root: PathBuf,
    /// The address users reach the site at, such as `https://grindstone.example.com`, when it
    /// differs from `address` (behind a proxy). Cookies are marked Secure when it is https.
    pub public_url: Option<String>,
    /// Behind a reverse proxy, take the client's address from the last `X-Forwarded-For`
    /// entry (the one the proxy added) instead of the socket, for per-IP rate limits. Only turn
    /// this on when every request passes through such a proxy.
    #[serde(deserialize_with = "native_or_text")]
    pub trust_forwarded_for: bool,
    /// The unprivileged account `serve` started as root runs the web server as (the judge
    /// alone keeps root, in a process of its own).
    pub user: String,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            address: SocketAddr::from(([127, 0, 0, 1], 3000)),
            site_root: PathBuf::from("target/site"),
            public_url: None,
            trust_forwarded_for: false,
            user: "grindstone".to_owned(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseSettings {
    /// `sqlite://path` or `postgres://user@host/db`; a SQLite file in the data directory when
    /// unset.
    pub url: Option<String>,
    /// Upper bound of the connection pool.
    #[serde(deserialize_with = "native_or_text")]
    pub max_connections: u32,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            url: None,
            max_connections: 10,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DataSettings {
    /// Where the server keeps its files (the default SQLite database among them).
    pub dir: PathBuf,
    /// The problem bank: a directory of problem packages that `grindstone seed` loads.
    pub problem_bank: PathBuf,
    /// The mock interviews' question bank (`technical.toml`, `behavioral.toml`), also loaded
    /// by `grindstone seed`.
    pub interview_bank: PathBuf,
}

impl Default for DataSettings {
    fn default() -> Self {
        Self {
            dir: PathBuf::from("data"),
            problem_bank: PathBuf::from("problems"),
            interview_bank: PathBuf::from("interviews"),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    /// A tracing filter such as `info` or `grindstone=debug,info`; `RUST_LOG` wins over it.
    pub filter: String,
    pub format: LogFormat,
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            filter: "info".to_owned(),
            format: LogFormat::Text,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JudgeSettings {
    /// Workers in the server that judge queued submissions, each one submission at a time;
    /// 0 leaves judging to `grindstone judge-worker` processes. Default: the number of cores.
    #[serde(deserialize_with = "native_or_text_option")]
    pub workers: Option<usize>,
    /// The unprivileged user and group sandboxed programs run as (when the server is root).
    #[serde(deserialize_with = "native_or_text")]
    pub sandbox_uid: u32,
    #[serde(deserialize_with = "native_or_text")]
    pub sandbox_gid: u32,
    /// The bubblewrap program.
    pub bwrap: PathBuf,
    /// The `grindstone` executable that serves inside each sandbox box (its hidden
    /// `judge-box` command). Default: the running executable itself.
    pub program: PathBuf,
    /// Where submissions' working directories are made; default: `judge` in the data directory.
    pub work_dir: Option<PathBuf>,
    /// A language table to use instead of the built-in one (see src/judge/languages.toml).
    pub languages: Option<PathBuf>,
    /// Submissions and runs of one user that may wait or be judged at once; more are refused
    /// until some finish, so that nobody fills the queue.
    #[serde(deserialize_with = "native_or_text")]
    pub max_pending_per_user: i64,
    /// Runs (not submissions) are deleted this many days after they were queued.
    #[serde(deserialize_with = "native_or_text")]
    pub run_retention_days: u32,
    /// How long a page's live status waits, while no judge judges anything, before it says
    /// that none is available (the code stays queued).
    #[serde(deserialize_with = "native_or_text")]
    pub wait_notice_secs: u64,
    /// The most memory all of this judge's runs may hold together, in MiB, so that the
    /// kernel never has to kill the server to make room for them. Default: half the machine's.
    #[serde(deserialize_with = "native_or_text_option")]
    pub memory_ceiling_mb: Option<u64>,
}

impl Default for JudgeSettings {
    fn default() -> Self {
        Self {
            workers: None,
            sandbox_uid: 65534,
            sandbox_gid: 65534,
            bwrap: PathBuf::from("bwrap"),
            program: PathBuf::from("/proc/self/exe"),
            work_dir: None,
            languages: None,
            max_pending_per_user: 4,
            run_retention_days: 7,
            wait_notice_secs: 60,
            memory_ceiling_mb: None,
        }
    }
}

impl JudgeSettings {
    /// The number of in-server workers: as configured, else one per core.
    pub fn worker_count(&self) -> usize {
        self.workers.unwrap_or_else(cores)
    }

    /// The judge's memory ceiling in bytes: as configured, else half the machine's memory.
    pub fn memory_ceiling_bytes(&self) -> u64 {
        const MIB: u64 = 1 << 20;
        match self.memory_ceiling_mb {
            Some(mb) => mb.saturating_mul(MIB),
            None => physical_memory_bytes().map_or(4096 * MIB, |bytes| bytes / 2),
        }
    }
}

/// The machine's memory, from /proc/meminfo.
fn physical_memory_bytes() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = meminfo.lines().find(|line| line.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// The machine's cores, at least 1.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One human-readable line per event.
    Text,
    /// One JSON object per event, for log collectors.
    Json,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the configuration file {path} is not valid TOML: {message}")]
    Syntax { path: PathBuf, message: String },
    #[error("invalid configuration key `{key}`{origin}: {message}")]
    Invalid {
        key: String,
        origin: String,
        message: String,
    },
}

impl Settings {
    /// Reads the file at `path` (which must exist), or else the file named by
    /// `GRINDSTONE_CONFIG` (which must exist), or else `Leptos.toml` if there is one; then applies
    /// the environment.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let (file, table) = match Self::file(path) {
            Some(file) => {
                let table = read_table(&file)?;
                (file, table)
            }
            None => (PathBuf::from(DEFAULT_FILE), toml::Table::new()),
        };
        Self::from_sources(table, &file, std::env::vars())
    }

    /// The file `load` reads, if any: `path`, else the one `GRINDSTONE_CONFIG` names, else
    /// `Leptos.toml` if there is one.
    pub fn file(path: Option<&Path>) -> Option<PathBuf> {
        path.map(Path::to_path_buf)
            .or_else(|| std::env::var_os(FILE_ENV_VAR).map(PathBuf::from))
            .or_else(|| {
                let default = PathBuf::from(DEFAULT_FILE);
                default.exists().then_some(default)
            })
    }

    /// Builds settings from a parsed file and a set of environment variables.
    pub fn from_sources(
        mut table: toml::Table,
        file: &Path,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let mut origins: BTreeMap<String, String> = BTreeMap::new();
        let mut overrides = Vec::new();
        for (name, value) in env {
            let key = match name.as_str() {
                "DATABASE_URL" => Some("database.url".to_owned()),
                "LEPTOS_SITE_ADDR" => Some("server.address".to_owned()),
                "LEPTOS_SITE_ROOT" => Some("server.site_root".to_owned()),
                FILE_ENV_VAR => None,
                _ => name
                    .strip_prefix(ENV_PREFIX)
                    .map(|rest| rest.to_lowercase().replace("__", ".")),
            };
            if let Some(key) = key {
                // The conventional names are applied last so that they win.
                let conventional = !name.starts_with(ENV_PREFIX);
                overrides.push((conventional, key, name, value));
            }
        }
        overrides.sort_by_key(|(conventional, ..)| *conventional);
        for (_, key, name, value) in overrides {
            set_key(&mut table, &key, toml::Value::String(value)).map_err(|message| {
                ConfigError::Invalid {
                    key: key.clone(),
                    origin: format!(" (from {name})"),
                    message,
                }
            })?;
            origins.insert(key, format!(" (from {name})"));
        }
        let origin_of = |key: &str| {
            origins
                .get(key)
                .cloned()
                .unwrap_or_else(|| format!(" (in {})", file.display()))
        };
        let settings: Settings = serde_path_to_error::deserialize(toml::Value::Table(table))
            .map_err(|error| {
                let key = error.path().to_string();
                ConfigError::Invalid {
                    origin: origin_of(&key),
                    key,
                    message: error.into_inner().to_string(),
                }
            })?;
        settings
            .check()
            .map_err(|(key, message)| ConfigError::Invalid {
                origin: origin_of(key),
                key: key.to_owned(),
                message,
            })?;
        Ok(settings)
    }

    /// The rules that types alone do not express.
    fn check(&self) -> Result<(), (&'static str, String)> {
        if let Some(url) = &self.database.url {
            crate::db::Backend::from_url(url).map_err(|e| ("database.url", e.to_string()))?;
        }
        if let Some(url) = &self.server.public_url {
            crate::domain::ExternalUrl::parse(url).map_err(|e| ("server.public_url", e.reason))?;
        }
        if let Some(oauth) = &self.oauth {
            for (key, url) in [
                ("oauth.authorize_url", &oauth.authorize_url),
                ("oauth.token_url", &oauth.token_url),
                ("oauth.userinfo_url", &oauth.userinfo_url),
                ("oauth.redirect_url", &oauth.redirect_url),
            ] {
                crate::domain::ExternalUrl::parse(url).map_err(|e| (key, e.reason))?;
            }
            if oauth.client_id.trim().is_empty() {
                return Err(("oauth.client_id", "must not be empty".to_owned()));
            }
        }
        self.mail
            .from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| ("mail.from", e.to_string()))?;
        if self.database.max_connections == 0 {
            return Err(("database.max_connections", "must be at least 1".to_owned()));
        }
        if self.judge.max_pending_per_user < 1 {
            return Err((
                "judge.max_pending_per_user",
                "must be at least 1".to_owned(),
            ));
        }
        if self.judge.run_retention_days < 1 {
            return Err(("judge.run_retention_days", "must be at least 1".to_owned()));
        }
        if self.judge.wait_notice_secs < 1 {
            return Err(("judge.wait_notice_secs", "must be at least 1".to_owned()));
        }
        if self.judge.memory_ceiling_mb.is_some_and(|mb| mb < 64) {
            return Err(("judge.memory_ceiling_mb", "must be at least 64".to_owned()));
        }
        Ok(())
    }

    /// Whether the site is served over https, so that cookies must be Secure.
    pub fn serves_https(&self) -> bool {
        self.server
            .public_url
            .as_deref()
            .is_some_and(|url| url.to_ascii_lowercase().starts_with("https://"))
    }

    /// Where mail is written without SMTP.
    pub fn mail_dir(&self) -> PathBuf {
        self.mail
            .dir
            .clone()
            .unwrap_or_else(|| self.data.dir.join("mail"))
    }

    /// The address users reach the site at, for links in mail: `server.public_url`, else the
    /// address the server is bound to.
    pub fn site_url(&self, bound: SocketAddr) -> String {
        self.server.public_url.as_deref().map_or_else(
            || format!("http://{bound}"),
            |url| url.trim_end_matches('/').to_owned(),
        )
    }

    /// The database to use: the configured URL, or a SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        self.database.url.clone().unwrap_or_else(|| {
            format!("sqlite://{}", self.data.dir.join("grindstone.db").display())
        })
    }
}

fn read_table(path: &Path) -> Result<toml::Table, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    text.parse::<toml::Table>()
        .map_err(|error| ConfigError::Syntax {
            path: path.to_owned(),
            message: error.message().to_owned(),
        })
}

/// Sets `section.key` in the table, creating the section; refuses to replace a non-table.
fn set_key(table: &mut toml::Table, key: &str, value: toml::Value) -> Result<(), String> {
    let mut parts = key.split('.').peekable();
    let mut current = table;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            current.insert(part.to_owned(), value);
            return Ok(());
        }
        current = current
            .entry(part.to_owned())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()))
            .as_table_mut()
            .ok_or_else(|| format!("`{part}` is not a section"))?;
    }
    Err("the key is empty".to_owned())
}

/// Accepts a TOML value of the field's type or, as environment variables are always text, a
/// string holding one ("20", "true").
fn native_or_text<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr + Deserialize<'de>,
    <T as FromStr>::Err: Display,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum NativeOrText<T> {
        Native(T),
        Text(String),
    }
    match NativeOrText::<T>::deserialize(deserializer)? {
        NativeOrText::Native(value) => Ok(value),
        NativeOrText::Text(text) => text
            .trim()
            .parse()
            .map_err(|e| de::Error::custom(format!("`{text}` is not valid: {e}"))),
    }
}

fn native_or_text_option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr + Deserialize<'de>,
    <T as FromStr>::Err: Display,
{
    native_or_text(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(file: &str, env: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let table = file.parse::<toml::Table>().unwrap();
        let env = env.iter().map(|(k, v)| (k.to_string(), v.to_string()));
        Settings::from_sources(table, Path::new("Leptos.toml"), env)
    }

    #[test]
    fn defaults_serve_sqlite_on_port_3000() {
        let settings = settings("", &[]).unwrap();
        assert_eq!(settings.server.address.to_string(), "127.0.0.1:3000");
        assert_eq!(settings.database_url(), "sqlite://data/grindstone.db");
        assert_eq!(settings.database.max_connections, 10);
        assert_eq!(settings.mail_dir(), Path::new("data/mail"));
        assert_eq!(settings.mail.smtp_url, None);
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = "[database]\nmax_connections = 5\n[server]\naddress = \"0.0.0.0:8080\"\n";
        let settings = settings(
            file,
            &[
                ("GRINDSTONE_DATABASE__MAX_CONNECTIONS", "7"),
                ("GRINDSTONE_SERVER__TRUST_FORWARDED_FOR", "true"),
                ("GRINDSTONE_SERVER__ADDRESS", "127.0.0.1:4000"),
                ("LEPTOS_SITE_ADDR", "127.0.0.1:5000"),
                ("DATABASE_URL", "postgres://postgres@127.0.0.1/grindstone"),
                ("UNRELATED", "x"),
            ],
        )
        .unwrap();
        assert_eq!(settings.database.max_connections, 7);
        assert!(settings.server.trust_forwarded_for);
        assert_eq!(settings.server.address.to_string(), "127.0.0.1:5000");
        assert_eq!(
            settings.database_url(),
            "postgres://postgres@127.0.0.1/grindstone"
        );
    }

    #[test]
    fn errors_name_the_key_and_its_origin() {
        let error = settings("", &[("LEPTOS_SITE_ADDR", "not an address")]).unwrap_err();
        let message = error.to_string();
        assert!(
            message
                .starts_with("invalid configuration key `server.address` (from LEPTOS_SITE_ADDR)"),
            "{message}"
        );

        let error = settings("[database]\nmax_connections = \"many\"\n", &[]).unwrap_err();
        let message = error.to_string();
        assert!(
            message.contains("`database.max_connections` (in Leptos.toml)"),
            "{message}"
        );

        let error = settings("[server]\nadress = \"127.0.0.1:1\"\n", &[]).unwrap_err();
        assert!(
            error.to_string().contains("unknown field `adress`"),
            "{error}"
        );

        let error = settings("[database]\nurl = \"mysql://db\"\n", &[]).unwrap_err();
        assert!(error.to_string().contains("`database.url`"), "{error}");

        let error = settings("", &[("GRINDSTONE_DATABASE__MAX_CONNECTIONS", "0")]).unwrap_err();
        assert!(error.to_string().contains("must be at least 1"), "{error}");

        let error = settings("[mail]\nfrom = \"not an address\"\n", &[]).unwrap_err();
        assert!(error.to_string().contains("`mail.from`"), "{error}");
    }

    #[test]
    fn the_queue_policy_has_defaults_and_limits() {
        let judge = settings("", &[]).unwrap().judge;
        assert_eq!(
            (
                judge.max_pending_per_user,
                judge.run_retention_days,
                judge.wait_notice_secs
            ),
            (4, 7, 60)
        );
        let judge = settings(
            "[judge]\nrun_retention_days = 30\n",
            &[("GRINDSTONE_JUDGE__MAX_PENDING_PER_USER", "10")],
        )
        .unwrap()
        .judge;
        assert_eq!(
            (judge.max_pending_per_user, judge.run_retention_days),
            (10, 30)
        );
        for (key, variable) in [
            (
                "judge.max_pending_per_user",
                "GRINDSTONE_JUDGE__MAX_PENDING_PER_USER",
            ),
            (
                "judge.run_retention_days",
                "GRINDSTONE_JUDGE__RUN_RETENTION_DAYS",
            ),
            (
                "judge.wait_notice_secs",
                "GRINDSTONE_JUDGE__WAIT_NOTICE_SECS",
            ),
        ] {
            let error = settings("", &[(variable, "0")]).unwrap_err().to_string();
            assert!(
                error.contains(&format!("`{key}` (from {variable}): must be at least 1")),
                "{error}"
            );
        }
        let error = settings("", &[("GRINDSTONE_JUDGE__RUN_RETENTION_DAYS", "-1")]).unwrap_err();
        assert!(
            error.to_string().contains("`judge.run_retention_days`"),
            "{error}"
        );
    }
}
