//! Least privilege for `grindstone serve` started as root. Only the judge needs root (to build
//! its sandboxes and cgroups), so the root process keeps the judge and starts the web server as
//! its child under an unprivileged service user (`server.user`). The child never runs a line as
//! root: its user is set between fork and exec.
//!
//! What the web server needs and its user may not reach on its own is handed over first: the
//! SQLite database and its directory (given to the service user's group), and the built site,
//! the build's hash file and the configuration file as open descriptors, which it reaches as
//! `/proc/self/fd/N` whatever the permissions of the directories above them.

use crate::config::Settings;
use crate::judge::engine::{Judge, JudgeOptions};
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};

/// Where the web server finds its end of the link to the judge.
pub const LINK_FD: RawFd = 3;
/// Where it finds the built site.
const SITE_FD: RawFd = 4;
/// Where it finds the configuration file.
const CONFIG_FD: RawFd = 5;
/// Where it finds the release build's content hashes (see `crate::app::assets`).
const HASHES_FD: RawFd = 6;
/// The hidden option of `serve` that names the link's descriptor.
pub const LINK_OPTION: &str = "--judge-link-fd";

/// Whether this process runs as root.
pub fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// The unprivileged account the web server runs as.
#[derive(Debug, Clone)]
pub struct ServiceUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
}

impl ServiceUser {
    /// The account named `name`, which must exist and must not be root.
    pub fn lookup(name: &str) -> Result<Self, String> {
        let missing = || {
            format!(
                "the service user `{name}` (server.user), which `serve` started as root runs the \
                 web server as, does not exist: create it (scripts/setup.sh does: useradd \
                 --system --user-group {name}) or name another"
            )
        };
        let c_name = CString::new(name).map_err(|_| missing())?;
        // SAFETY: a zeroed passwd is a valid out-parameter; the buffer outlives the call and
        // only the numeric fields are read after it.
        let (uid, gid) = unsafe {
            let mut entry: libc::passwd = std::mem::zeroed();
            let mut found: *mut libc::passwd = std::ptr::null_mut();
            let mut buffer = vec![0 as libc::c_char; 16 * 1024];
            let status = libc::getpwnam_r(
                c_name.as_ptr(),
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut found,
            );
            if status != 0 || found.is_null() {
                return Err(missing());
            }
            (entry.pw_uid, entry.pw_gid)
        };
        if uid == 0 {
            return Err(format!(
                "the service user `{name}` (server.user) is root; name an unprivileged account"
            ));
        }
        Ok(Self {
            name: name.to_owned(),
            uid,
            gid,
        })
    }

    /// Lets this user write the SQLite database at `url` (nothing to do for Postgres): the
    /// file and its journals become the user's, and the directory holding them its group's,
    /// group-writable and sticky, so that the user can create journals there but cannot
    /// remove or replace what it does not own (the judge's working directories among them).
    pub fn take_over_sqlite(&self, url: &str) -> Result<(), String> {
        let Some(file) = sqlite_file(url) else {
            return Ok(());
        };
        let dir = match file.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
            _ => PathBuf::from("."),
        };
        let failed = |what: &str, path: &Path, error: io::Error| {
            format!(
                "cannot {what} {} for `{}`: {error}",
                path.display(),
                self.name
            )
        };
        std::fs::create_dir_all(&dir).map_err(|e| failed("create", &dir, e))?;
        // The service user may have left anything here: nothing is followed, and only plain
        // files are handed over (never what a planted link points at).
        let mut files = Vec::new();
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut path = file.clone().into_os_string();
            path.push(suffix);
            let path = PathBuf::from(path);
            match std::fs::symlink_metadata(&path) {
                Ok(found) if found.file_type().is_file() => files.push(path),
                Ok(_) => {
                    return Err(format!(
                        "{} is not a plain file; refusing to start",
                        path.display()
                    ));
                }
                Err(error) if error.kind() == io::ErrorKind::NotFound => {}
                Err(error) => return Err(failed("read", &path, error)),
            }
        }
        let metadata = std::fs::metadata(&dir).map_err(|e| failed("read", &dir, e))?;
        if metadata.mode() & 0o002 != 0 {
            return Err(format!(
                "the SQLite database's directory {} is writable by everyone; put the database \
                 in a directory of its own",
                dir.display()
            ));
        }
        std::os::unix::fs::chown(&dir, None, Some(self.gid))
            .and_then(|()| {
                let mode = (metadata.mode() & 0o7777) | 0o1070;
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode))
            })
            .map_err(|e| failed("open", &dir, e))?;
        if !files.contains(&file) {
            // An empty file is a new SQLite database; made here, it is the user's from the start.
            std::fs::File::create_new(&file).map_err(|e| failed("create", &file, e))?;
            files.push(file);
        }
        for path in files {
            std::os::unix::fs::lchown(&path, Some(self.uid), Some(self.gid))
                .map_err(|e| failed("hand over", &path, e))?;
        }
        Ok(())
    }

    /// Starts `grindstone serve` as this user, with `link` as its end of the link to the judge
    /// and the built site, the build's hash file and the configuration file (those there are)
    /// as open descriptors. It is sent SIGTERM if this process dies.
    pub fn start_web_server(
        &self,
        link: OwnedFd,
        site_root: &Path,
        config: Option<&Path>,
    ) -> Result<Child, String> {
        let open = |path: &Path| {
            std::fs::File::open(path)
                .map(OwnedFd::from)
                .map_err(|e| format!("cannot open {}: {e}", path.display()))
        };
        // A site not built yet is served as missing, as by a server not started as root.
        let site = open(site_root)
            .inspect_err(|problem| tracing::warn!(%problem, "the web server gets no built site"))
            .ok();
        let hashes = leptos::config::get_configuration(None)
            .ok()
            .and_then(|conf| crate::app::assets::hash_file(&conf.leptos_options))
            .map(|path| open(&path))
            .transpose()?;
        let config = config.map(open).transpose()?;
        let mut command = Command::new("/proc/self/exe");
        command.arg0("grindstone");
        if config.is_some() {
            command
                .arg("--config")
                .arg(format!("/proc/self/fd/{CONFIG_FD}"));
        }
        if site.is_some() {
            command.env("LEPTOS_SITE_ROOT", format!("/proc/self/fd/{SITE_FD}"));
        }
        if hashes.is_some() {
            command.env(
                "LEPTOS_HASH_FILE_NAME",
                format!("/proc/self/fd/{HASHES_FD}"),
            );
        }
        command
            .args(["serve", LINK_OPTION, &LINK_FD.to_string()])
            .env_remove(crate::config::FILE_ENV_VAR)
            .uid(self.uid)
            .gid(self.gid);
        let handed = Handed {
            link,
            site,
            hashes,
            config,
        };
        // SAFETY: between fork and exec only async-signal-safe calls on owned descriptors.
        unsafe { command.pre_exec(move || handed.place()) };
        command
            .spawn()
            .map_err(|e| format!("cannot start the web server as `{}`: {e}", self.name))
    }
}

/// `grindstone serve` started as root: hands the database to the service user, starts the web
/// server as that user and judges the jobs it hands over, until a shutdown signal (which the
/// web server gets too) or the web server's end. This process opens no database.
pub async fn serve_split(settings: &Settings, config_file: Option<&Path>) -> anyhow::Result<()> {
    let user = ServiceUser::lookup(&settings.server.user).map_err(anyhow::Error::msg)?;
    user.take_over_sqlite(&settings.database_url())
        .map_err(anyhow::Error::msg)?;
    let (ours, theirs) = std::os::unix::net::UnixStream::pair()?;
    let web = user
        .start_web_server(theirs.into(), &settings.server.site_root, config_file)
        .map_err(anyhow::Error::msg)?;
    let web_pid = web.id();
    tracing::info!(user = %user.name, pid = web_pid, "the web server runs as the service user; this process judges");
    ours.set_nonblocking(true)?;
    let link = tokio::net::UnixStream::from_std(ours)?;
    let workers = settings.judge.worker_count();
    let judging = async {
        if workers == 0 {
            // Judging is left to `judge-worker` processes; the web server knows.
            return std::future::pending().await;
        }
        let parallelism = (crate::config::cores() / workers).max(1);
        let judge = match JudgeOptions::from_settings(settings, parallelism) {
            Ok(options) => match tokio::task::spawn_blocking(move || Judge::new(options)).await {
                Ok(judge) => judge.map_err(|e| e.to_string()),
                Err(panic) => Err(format!("setting the judge up panicked: {panic}")),
            },
            Err(error) => Err(error.to_string()),
        };
        if let Ok(judge) = &judge {
            tracing::info!(judge = %judge.describe(), "judging for the web server");
        }
        crate::submissions::link::serve_judge_side(link, judge).await;
    };
    let mut web = web;
    let mut web_ended = tokio::task::spawn_blocking(move || web.wait());
    let ended = tokio::select! {
        () = crate::startup::shutdown_signal() => {
            if let Ok(pid) = i32::try_from(web_pid) {
                // SAFETY: kill has no memory-safety preconditions; the pid is our child's.
                unsafe { libc::kill(pid, libc::SIGTERM) };
            }
            web_ended.await
        }
        () = judging => web_ended.await,
        ended = &mut web_ended => ended,
    };
    let status = ended??;
    if !status.success() {
        anyhow::bail!("the web server stopped: {status}");
    }
    Ok(())
}

/// The descriptors the web server is started with.
struct Handed {
    link: OwnedFd,
    site: Option<OwnedFd>,
    hashes: Option<OwnedFd>,
    config: Option<OwnedFd>,
}

impl Handed {
    /// Puts each descriptor at its number (dup2 clears close-on-exec) and asks for SIGTERM when
    /// the judge's process dies.
    fn place(&self) -> io::Result<()> {
        // The targets are low numbers, so move everything above them first.
        let moved: Vec<(RawFd, RawFd)> = [
            Some((&self.link, LINK_FD)),
            self.site.as_ref().map(|site| (site, SITE_FD)),
            self.hashes.as_ref().map(|hashes| (hashes, HASHES_FD)),
            self.config.as_ref().map(|config| (config, CONFIG_FD)),
        ]
        .into_iter()
        .flatten()
        .map(|(fd, target)| {
            // SAFETY: duplicating a descriptor we own.
            let high = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD, 10) };
            if high < 0 {
                Err(io::Error::last_os_error())
            } else {
                Ok((high, target))
            }
        })
        .collect::<io::Result<_>>()?;
        for (high, target) in moved {
            // SAFETY: plain system calls on descriptors this process holds.
            if unsafe { libc::dup2(high, target) } < 0 {
                return Err(io::Error::last_os_error());
            }
        }
        // SAFETY: prctl with valid arguments.
        if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM, 0, 0, 0) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

/// The file of a `sqlite://` URL, or `None` for Postgres or an in-memory database.
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite:")?.trim_start_matches("//");
    let path = rest.split_once('?').map_or(rest, |(path, _)| path);
    (path != ":memory:" && !path.is_empty()).then(|| PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_files_are_found_in_urls() {
        assert_eq!(
            sqlite_file("sqlite://data/grindstone.db?mode=rwc"),
            Some(PathBuf::from("data/grindstone.db"))
        );
        assert_eq!(
            sqlite_file("sqlite:///var/lib/g.db"),
            Some(PathBuf::from("/var/lib/g.db"))
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://postgres@localhost/g"), None);
    }

    #[test]
    fn a_link_planted_beside_the_database_is_refused_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "").unwrap();
        let database = dir.path().join("grindstone.db");
        std::os::unix::fs::symlink(&target, dir.path().join("grindstone.db-wal")).unwrap();
        let user = ServiceUser {
            name: "nobody".to_owned(),
            uid: 65534,
            gid: 65534,
        };
        let refused = user
            .take_over_sqlite(&format!("sqlite://{}", database.display()))
            .unwrap_err();
        assert!(refused.contains("not a plain file"), "{refused}");
        let untouched = std::fs::metadata(&target).unwrap();
        assert_eq!(
            std::os::unix::fs::MetadataExt::uid(&untouched),
            // SAFETY: getuid has no preconditions.
            unsafe { libc::getuid() }
        );
    }

    #[test]
    fn root_and_unknown_users_are_refused_with_a_clear_message() {
        assert!(ServiceUser::lookup("root").unwrap_err().contains("is root"));
        let missing = ServiceUser::lookup("no-such-user-here").unwrap_err();
        assert!(missing.contains("does not exist"), "{missing}");
    }
}
