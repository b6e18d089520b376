//! The sandbox: one untrusted process tree, run by bubblewrap in fresh namespaces under an
//! unprivileged uid, inside its own cgroup, with its output read through capped pipes.
//!
//! What the box sees: /usr and the language's toolchain directories read-only, a fresh
//! size-limited tmpfs at /tmp (the only writable place during a run), the run's working
//! directory at /box (writable only while compiling), and data files under /data copied in
//! from memory. No network, no other processes, no capabilities, a new session.
//!
//! The server never opens a path inside a box: input reaches the program through a memfd,
//! output through pipes, data files through bubblewrap's `--ro-bind-data`, so nothing a
//! program plants (symlinks, fifos, huge files) is ever followed by the judge.

use super::cgroup::{Cgroups, GroupLimits, RunGroup};
use std::ffi::CString;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where the working directory appears inside the box.
pub const BOX_DIR: &str = "/box";
/// Where data files appear inside the box.
pub const DATA_DIR: &str = "/data";
/// The PATH inside the box, after a language's own directories.
const SYSTEM_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// bubblewrap's own processes in the box's cgroup: the outer one and the namespace's init.
const BWRAP_PROCESSES: u32 = 2;
/// How much of standard error is kept.
const STDERR_CAP: usize = 64 * 1024;

/// The limits of one run.
#[derive(Debug, Clone)]
pub struct Limits {
    /// CPU time of all the run's processes together.
    pub cpu: Duration,
    /// Time on the clock, for programs that sleep or wait.
    pub wall: Duration,
    pub memory_bytes: u64,
    /// Processes and threads at once, of the program (bubblewrap's own come on top).
    pub processes: u32,
    /// Bytes of standard output; more ends the run.
    pub output_bytes: usize,
    /// The largest file the run may write.
    pub file_bytes: u64,
    /// The size of the /tmp filesystem.
    pub tmp_bytes: u64,
}

/// What to run.
#[derive(Debug)]
pub struct Run<'a> {
    pub argv: &'a [String],
    /// Bound at /box (the current directory); `None` runs in /tmp.
    pub workdir: Option<&'a Path>,
    pub workdir_writable: bool,
    /// Host directories bound read-only at the same path.
    pub binds: &'a [PathBuf],
    /// Directories put first on PATH.
    pub path: &'a [PathBuf],
    pub stdin: &'a [u8],
    /// Files placed read-only at /data/<name>.
    pub files: &'a [(&'a str, &'a [u8])],
    pub limits: &'a Limits,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Exited(i32),
    Signaled(i32),
    CpuTimeLimit,
    WallTimeLimit,
    MemoryLimit,
    OutputLimit,
}

/// A finished run.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub ending: Ending,
    pub cpu: Duration,
    pub wall: Duration,
    pub memory_bytes: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// The sandbox could not run the program at all: the judge's fault, not the program's.
#[derive(Debug, thiserror::Error)]
#[error("sandbox failure: {0}")]
pub struct SandboxError(pub String);

impl From<io::Error> for SandboxError {
    fn from(error: io::Error) -> Self {
        Self(error.to_string())
    }
}

/// The unprivileged identity sandboxed processes run as.
#[derive(Debug, Clone, Copy)]
pub struct Identity {
    pub uid: u32,
    pub gid: u32,
}

/// A working sandbox: bubblewrap found, cgroups usable, and a trial run that succeeded.
#[derive(Debug)]
pub struct Sandbox {
    bwrap: PathBuf,
    cgroups: Cgroups,
    /// `None` when the server does not run as root and so cannot change uid: the box then
    /// runs under the server's own uid (still in its namespaces, with no binds of its files).
    identity: Option<Identity>,
    /// The mounts every box has, as bubblewrap arguments.
    base_mounts: Vec<String>,
    /// The seccomp program every box gets, where there is one for this architecture.
    seccomp: Option<Vec<u8>>,
    /// One empty network namespace (its loopback down) that every box joins, when the server
    /// can make one and the seccomp filter denies sockets. Creating a namespace per run cost
    /// about 3 ms, a third of a Python hello world; without sockets a shared empty one
    /// isolates as well. Otherwise each box gets a fresh one.
    network: Option<OwnedFd>,
}

impl Sandbox {
    /// Sets the sandbox up and proves it with a trial run; the error says why it cannot work.
    pub fn new(bwrap: &Path, identity: Identity) -> Result<Self, SandboxError> {
        let bwrap = which(bwrap).ok_or_else(|| {
            SandboxError(format!(
                "bubblewrap ({}) is not installed: apt-get install bubblewrap",
                bwrap.display()
            ))
        })?;
        let cgroups = Cgroups::detect().map_err(SandboxError)?;
        // SAFETY: geteuid has no preconditions.
        let root = unsafe { libc::geteuid() } == 0;
        let seccomp = seccomp::filter();
        let network = if root && seccomp.is_some() {
            Some(empty_network_namespace().map_err(|e| {
                SandboxError(format!("cannot create the boxes' network namespace: {e}"))
            })?)
        } else {
            None
        };
        let sandbox = Self {
            bwrap,
            cgroups,
            identity: root.then_some(identity),
            base_mounts: base_mounts(),
            seccomp,
            network,
        };
        let limits = Limits {
            cpu: Duration::from_secs(5),
            wall: Duration::from_secs(10),
            memory_bytes: 64 << 20,
            processes: 4,
            output_bytes: 1024,
            file_bytes: 1024,
            tmp_bytes: 1 << 20,
        };
        let trial = sandbox.run(&Run {
            argv: &["true".to_owned()],
            workdir: None,
            workdir_writable: false,
            binds: &[],
            path: &[],
            stdin: b"",
            files: &[],
            limits: &limits,
        })?;
        if trial.ending != Ending::Exited(0) {
            return Err(SandboxError(format!(
                "a trial run of `true` ended with {:?}: {}",
                trial.ending,
                String::from_utf8_lossy(&trial.stderr).trim()
            )));
        }
        Ok(sandbox)
    }

    /// A human description for the startup log.
    pub fn describe(&self) -> String {
        let user = match self.identity {
            Some(Identity { uid, gid }) => format!("uid {uid}, gid {gid}"),
            None => "the server's own uid (not root, cannot switch)".to_owned(),
        };
        format!("bubblewrap + {}, {user}", self.cgroups.version())
    }

    /// The identity boxes run as, if the server can switch to it.
    pub fn identity(&self) -> Option<Identity> {
        self.identity
    }

    /// Runs one program to its end or its limits. Blocking: call it from a blocking thread.
    pub fn run(&self, run: &Run) -> Result<Outcome, SandboxError> {
        let group = self.cgroups.create(GroupLimits {
            memory_bytes: run.limits.memory_bytes,
            processes: run.limits.processes + BWRAP_PROCESSES,
        })?;
        let stdin = memfd_with("stdin", run.stdin)?;
        let files = run
            .files
            .iter()
            .map(|(name, data)| Ok((*name, memfd_with(name, data)?)))
            .collect::<io::Result<Vec<_>>>()?;
        let seccomp = self
            .seccomp
            .as_deref()
            .map(|program| memfd_with("seccomp", program))
            .transpose()?;
        let (status_read, status_write) = pipe()?;

        let mut args = self.arguments(run, &files, status_write.as_raw_fd());
        if let Some(seccomp) = &seccomp {
            args.extend(["--add-seccomp-fd".into(), seccomp.as_raw_fd().to_string()]);
        }
        args.push("--".to_owned());
        args.extend(run.argv.iter().cloned());
        let mut command = Command::new(&self.bwrap);
        command
            .args(&args)
            .env_clear()
            .stdin(Stdio::from(stdin))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let inherit: Vec<RawFd> = files
            .iter()
            .map(|(_, fd)| fd.as_raw_fd())
            .chain(seccomp.as_ref().map(AsRawFd::as_raw_fd))
            .chain([status_write.as_raw_fd()])
            .collect();
        let setup = ChildSetup {
            network: self.network.as_ref().map(AsRawFd::as_raw_fd),
            join_files: group.join_files().to_vec(),
            inherit,
            identity: self.identity,
            limits: run.limits.clone(),
        };
        // SAFETY: the closure only makes async-signal-safe system calls on memory allocated
        // before the fork (see ChildSetup::apply).
        unsafe { command.pre_exec(move || setup.apply()) };

        let started = Instant::now();
        let mut child = command
            .spawn()
            .map_err(|e| SandboxError(format!("cannot start bubblewrap: {e}")))?;
        drop(files);
        drop(seccomp);
        drop(status_write);
        drop(command);
        let watched = watch(&mut child, &group, run.limits, started, status_read);
        if watched.is_err() {
            // Nothing watches the limits any more: end the run rather than wait on it.
            kill(&child, &group);
        }
        let status = child.wait()?;
        let wall = started.elapsed();
        // The namespace's processes died with its init; anything listed is on its way out.
        group.kill_listed();
        let (stopped, stdout, stderr, status_report) = watched?;

        if !status_report.contains("child-pid") {
            return Err(SandboxError(format!(
                "bubblewrap could not set the box up: {}",
                String::from_utf8_lossy(&stderr).trim()
            )));
        }
        let cpu = group.cpu_time()?;
        let memory_bytes = group.memory_peak().unwrap_or(0);
        let ending = if group.oom_killed() {
            Ending::MemoryLimit
        } else if let Some(stopped) = stopped {
            stopped
        } else if cpu > run.limits.cpu {
            Ending::CpuTimeLimit
        } else {
            ending_of(status)
        };
        Ok(Outcome {
            ending,
            cpu,
            wall,
            memory_bytes,
            stdout,
            stderr,
        })
    }

    fn arguments(&self, run: &Run, files: &[(&str, OwnedFd)], status_fd: RawFd) -> Vec<String> {
        let mut args: Vec<String> = [
            "--unshare-user",
            "--unshare-ipc",
            "--unshare-pid",
            "--unshare-uts",
            "--unshare-cgroup-try",
            "--disable-userns",
            "--die-with-parent",
            "--new-session",
            "--cap-drop",
            "ALL",
            "--hostname",
            "box",
            "--clearenv",
            "--setenv",
            "HOME",
            "/tmp",
            "--setenv",
            "LANG",
            "C.UTF-8",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--perms",
            "1777",
            "--size",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        args.extend([
            run.limits.tmp_bytes.to_string(),
            "--tmpfs".into(),
            "/tmp".into(),
        ]);
        args.extend(self.base_mounts.iter().cloned());
        for bind in run.binds {
            let bind = bind.display().to_string();
            args.extend(["--ro-bind".into(), bind.clone(), bind]);
        }
        let path: Vec<String> = run
            .path
            .iter()
            .map(|p| p.display().to_string())
            .chain([SYSTEM_PATH.to_owned()])
            .collect();
        args.extend(["--setenv".into(), "PATH".into(), path.join(":")]);
        match run.workdir {
            Some(dir) => {
                let mode = if run.workdir_writable {
                    "--bind"
                } else {
                    "--ro-bind"
                };
                args.extend([mode.into(), dir.display().to_string(), BOX_DIR.into()]);
                args.extend(["--chdir".into(), BOX_DIR.into()]);
            }
            None => args.extend(["--chdir".into(), "/tmp".into()]),
        }
        if !files.is_empty() {
            args.extend(["--dir".into(), DATA_DIR.into()]);
        }
        for (name, fd) in files {
            args.extend([
                "--ro-bind-data".into(),
                fd.as_raw_fd().to_string(),
                format!("{DATA_DIR}/{name}"),
            ]);
        }
        args.extend(["--json-status-fd".into(), status_fd.to_string()]);
        args
    }
}

/// What the forked child does before it becomes bubblewrap.
struct ChildSetup {
    /// The shared network namespace to enter (while still root).
    network: Option<RawFd>,
    join_files: Vec<CString>,
    inherit: Vec<RawFd>,
    identity: Option<Identity>,
    limits: Limits,
}

impl ChildSetup {
    /// Joins the run's cgroup and the boxes' network namespace (while still root), sets the
    /// per-process limits, lets the data descriptors through exec, and drops to the
    /// unprivileged identity. Runs between fork and
    /// exec, so it only calls async-signal-safe functions and allocates nothing.
    fn apply(&self) -> io::Result<()> {
        fn check(result: libc::c_int) -> io::Result<()> {
            if result < 0 {
                Err(io::Error::last_os_error())
            } else {
                Ok(())
            }
        }
        // SAFETY: plain system calls on valid, NUL-terminated paths and owned descriptors.
        unsafe {
            for path in &self.join_files {
                let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
                check(fd)?;
                let written = libc::write(fd, b"0".as_ptr().cast(), 1);
                libc::close(fd);
                if written != 1 {
                    return Err(io::Error::last_os_error());
                }
            }
            if let Some(network) = self.network {
                check(libc::setns(network, libc::CLONE_NEWNET))?;
            }
            let set = |resource, value: u64| {
                let limit = libc::rlimit {
                    rlim_cur: value,
                    rlim_max: value,
                };
                check(libc::setrlimit(resource, &limit))
            };
            set(libc::RLIMIT_FSIZE, self.limits.file_bytes)?;
            set(libc::RLIMIT_CORE, 0)?;
            set(libc::RLIMIT_STACK, self.limits.memory_bytes)?;
            // A backstop for each process; the cgroup measures the whole tree.
            set(libc::RLIMIT_CPU, self.limits.cpu.as_secs() + 2)?;
            for &fd in &self.inherit {
                check(libc::fcntl(fd, libc::F_SETFD, 0))?;
            }
            if let Some(Identity { uid, gid }) = self.identity {
                check(libc::setgroups(0, std::ptr::null()))?;
                check(libc::setgid(gid))?;
                check(libc::setuid(uid))?;
                if libc::getuid() != uid || libc::geteuid() != uid {
                    return Err(io::Error::other("could not drop to the sandbox uid"));
                }
            }
        }
        Ok(())
    }
}

type Watched = (Option<Ending>, Vec<u8>, Vec<u8>, String);

/// Reads the child's output and watches its clock and CPU time until it ends, killing it
/// when it goes over a limit. Returns why it was stopped (if it was), stdout, stderr and what
/// bubblewrap reported on its status descriptor.
fn watch(
    child: &mut std::process::Child,
    group: &RunGroup,
    limits: &Limits,
    started: Instant,
    status: OwnedFd,
) -> Result<Watched, SandboxError> {
    let stdout_pipe: OwnedFd = child.stdout.take().expect("piped").into();
    let stderr_pipe: OwnedFd = child.stderr.take().expect("piped").into();
    // SAFETY: pidfd_open on our own child's pid; the result is checked.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, child.id(), 0) } as RawFd;
    if pidfd < 0 {
        return Err(io::Error::last_os_error().into());
    }
    // SAFETY: pidfd_open returned a fresh descriptor that nothing else owns.
    let pidfd = unsafe { OwnedFd::from_raw_fd(pidfd) };
    for fd in [&stdout_pipe, &stderr_pipe, &status] {
        set_nonblocking(fd)?;
    }
    let mut streams = [
        Stream::new(stdout_pipe, limits.output_bytes),
        Stream::new(stderr_pipe, STDERR_CAP),
        Stream::new(status, 4096),
    ];
    let mut stopped = None;
    let mut exited = false;
    let mut exited_at = None;
    loop {
        let open: Vec<usize> = (0..streams.len()).filter(|&i| streams[i].open).collect();
        if exited
            && (open.is_empty()
                || exited_at.is_some_and(|t: Instant| t.elapsed() > Duration::from_millis(500)))
        {
            break;
        }
        let timeout = if exited {
            Duration::from_millis(50)
        } else {
            let elapsed = started.elapsed();
            let cpu = group.cpu_time()?;
            if stopped.is_none() {
                if elapsed >= limits.wall {
                    stopped = Some(Ending::WallTimeLimit);
                } else if cpu > limits.cpu {
                    stopped = Some(Ending::CpuTimeLimit);
                }
                if stopped.is_some() {
                    kill(child, group);
                }
            }
            // A run uses at most one core, so its CPU time cannot reach the limit sooner
            // than the CPU time it has left.
            (limits.wall - elapsed.min(limits.wall))
                .min(limits.cpu.saturating_sub(cpu))
                .max(Duration::from_millis(2))
        };
        let mut polls: Vec<libc::pollfd> = open
            .iter()
            .map(|&i| poll_entry(streams[i].fd.as_raw_fd()))
            .collect();
        if !exited {
            polls.push(poll_entry(pidfd.as_raw_fd()));
        }
        // SAFETY: `polls` is a valid array of pollfd for the duration of the call.
        let ready = unsafe {
            libc::poll(
                polls.as_mut_ptr(),
                polls.len() as libc::nfds_t,
                timeout.as_millis().min(i32::MAX as u128) as i32,
            )
        };
        if ready < 0 {
            let error = io::Error::last_os_error();
            if error.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            kill(child, group);
            return Err(error.into());
        }
        for (slot, &i) in open.iter().enumerate() {
            if polls[slot].revents != 0 && streams[i].read_available()? && i == 0 {
                // Standard output went over its limit.
                stopped.get_or_insert(Ending::OutputLimit);
                kill(child, group);
            }
        }
        if !exited && polls.last().is_some_and(|p| p.revents != 0) {
            exited = true;
            exited_at = Some(Instant::now());
        }
    }
    let [stdout, stderr, status] = streams;
    Ok((
        stopped,
        stdout.data,
        stderr.data,
        String::from_utf8_lossy(&status.data).into_owned(),
    ))
}

/// A pipe being read with a cap on what is kept.
struct Stream {
    fd: OwnedFd,
    data: Vec<u8>,
    cap: usize,
    open: bool,
}

impl Stream {
    fn new(fd: OwnedFd, cap: usize) -> Self {
        Self {
            fd,
            data: Vec::new(),
            cap,
            open: true,
        }
    }

    /// Reads what is there; returns whether the stream went over its cap (the excess is
    /// dropped).
    fn read_available(&mut self) -> io::Result<bool> {
        let mut buffer = [0u8; 64 * 1024];
        let mut over = false;
        loop {
            // SAFETY: reading into a stack buffer of the given length.
            let n = unsafe {
                libc::read(
                    self.fd.as_raw_fd(),
                    buffer.as_mut_ptr().cast(),
                    buffer.len(),
                )
            };
            if n < 0 {
                let error = io::Error::last_os_error();
                return match error.kind() {
                    io::ErrorKind::WouldBlock => Ok(over),
                    io::ErrorKind::Interrupted => continue,
                    _ => Err(error),
                };
            }
            if n == 0 {
                self.open = false;
                return Ok(over);
            }
            let n = n as usize;
            let room = self.cap.saturating_sub(self.data.len());
            self.data.extend_from_slice(&buffer[..n.min(room)]);
            over |= n > room;
        }
    }
}

fn poll_entry(fd: RawFd) -> libc::pollfd {
    libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    }
}

fn kill(child: &std::process::Child, group: &RunGroup) {
    // SAFETY: kill has no memory-safety preconditions; the child is not yet reaped.
    unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
    group.kill_all();
}

/// bubblewrap exits with its command's status, or 128 + the signal that killed it.
fn ending_of(status: std::process::ExitStatus) -> Ending {
    match (status.code(), status.signal()) {
        (Some(code), _) if code > 128 => Ending::Signaled(code - 128),
        (Some(code), _) => Ending::Exited(code),
        (None, Some(signal)) => Ending::Signaled(signal),
        (None, None) => Ending::Signaled(0),
    }
}

/// A new network namespace with nothing but a loopback interface that is down, made by a
/// short-lived thread (namespaces belong to threads) and kept alive by its descriptor.
fn empty_network_namespace() -> io::Result<OwnedFd> {
    std::thread::spawn(|| {
        // SAFETY: unshare affects only this thread, which ends right after.
        if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
            return Err(io::Error::last_os_error());
        }
        let namespace = std::fs::File::open("/proc/thread-self/ns/net")?;
        Ok(OwnedFd::from(namespace))
    })
    .join()
    .map_err(|_| io::Error::other("the namespace thread panicked"))?
}

/// An anonymous in-memory file holding `data`, positioned at its start.
fn memfd_with(name: &str, data: &[u8]) -> io::Result<OwnedFd> {
    let name = CString::new(name).map_err(io::Error::other)?;
    // SAFETY: memfd_create with a valid name; the result is checked.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh descriptor we own.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    let mut file = std::fs::File::from(fd);
    file.write_all(data)?;
    // SAFETY: lseek on our own descriptor.
    if unsafe { libc::lseek(file.as_raw_fd(), 0, libc::SEEK_SET) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(file.into())
}

fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills the two-element array; the result is checked.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: fresh descriptors we own.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn set_nonblocking(fd: &OwnedFd) -> io::Result<()> {
    // SAFETY: fcntl on our own descriptor.
    unsafe {
        let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
        if flags < 0 || libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK) < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The system directories every box sees read-only. On merged-/usr systems /bin, /lib and
/// friends are symlinks into /usr and are recreated as such.
fn base_mounts() -> Vec<String> {
    let mut args = vec!["--ro-bind".to_owned(), "/usr".to_owned(), "/usr".to_owned()];
    for top in ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
        match std::fs::read_link(top) {
            Ok(target) => args.extend([
                "--symlink".to_owned(),
                target.display().to_string(),
                top.to_owned(),
            ]),
            Err(_) if Path::new(top).is_dir() => {
                args.extend(["--ro-bind".to_owned(), top.to_owned(), top.to_owned()])
            }
            Err(_) => {}
        }
    }
    // Debian's /usr/bin/java, /usr/bin/c++ and others are symlinks through /etc/alternatives.
    if Path::new("/etc/alternatives").is_dir() {
        args.extend([
            "--ro-bind".to_owned(),
            "/etc/alternatives".to_owned(),
            "/etc/alternatives".to_owned(),
        ]);
    }
    args
}

/// `program` if it is a path, else its location on PATH.
fn which(program: &Path) -> Option<PathBuf> {
    if program.components().count() > 1 {
        return program.is_file().then(|| program.to_owned());
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// A seccomp filter against the system calls a solution never needs and that would reach
/// beyond its own processes: sockets (a box has no network; `socketpair` stays allowed),
/// tracing and reading other processes' memory, kernel keyrings, BPF, performance counters,
/// user-space page faults, and new namespaces or mounts.
mod seccomp {
    /// `struct sock_filter` instructions (classic BPF).
    const LOAD_WORD: u16 = 0x20; // BPF_LD | BPF_W | BPF_ABS
    const JUMP_EQUAL: u16 = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
    const JUMP_GREATER_EQUAL: u16 = 0x35; // BPF_JMP | BPF_JGE | BPF_K
    const RETURN: u16 = 0x06; // BPF_RET | BPF_K
    const RET_KILL_PROCESS: u32 = 0x8000_0000;
    const RET_ERRNO_EPERM: u32 = 0x0005_0000 | libc::EPERM as u32;
    const RET_ALLOW: u32 = 0x7fff_0000;
    /// Offsets in `struct seccomp_data`.
    const NR: u32 = 0;
    const ARCH: u32 = 4;

    fn instruction(code: u16, jump_true: u8, jump_false: u8, k: u32) -> [u8; 8] {
        let mut bytes = [0; 8];
        bytes[..2].copy_from_slice(&code.to_ne_bytes());
        bytes[2] = jump_true;
        bytes[3] = jump_false;
        bytes[4..].copy_from_slice(&k.to_ne_bytes());
        bytes
    }

    /// The filter for x86-64; on other architectures boxes run without one.
    #[cfg(target_arch = "x86_64")]
    pub fn filter() -> Option<Vec<u8>> {
        const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
        /// x32 system calls are numbered from here; they would bypass the list.
        const X32_SYSCALL_BIT: u32 = 0x4000_0000;
        let denied = [
            libc::SYS_socket,
            libc::SYS_ptrace,
            libc::SYS_process_vm_readv,
            libc::SYS_process_vm_writev,
            libc::SYS_perf_event_open,
            libc::SYS_bpf,
            libc::SYS_userfaultfd,
            libc::SYS_keyctl,
            libc::SYS_add_key,
            libc::SYS_request_key,
            libc::SYS_unshare,
            libc::SYS_setns,
            libc::SYS_mount,
            libc::SYS_umount2,
            libc::SYS_pivot_root,
            libc::SYS_kexec_load,
            libc::SYS_init_module,
            libc::SYS_finit_module,
        ];
        let mut program = vec![
            instruction(LOAD_WORD, 0, 0, ARCH),
            instruction(JUMP_EQUAL, 1, 0, AUDIT_ARCH_X86_64),
            instruction(RETURN, 0, 0, RET_KILL_PROCESS),
            instruction(LOAD_WORD, 0, 0, NR),
            instruction(JUMP_GREATER_EQUAL, 0, 1, X32_SYSCALL_BIT),
            instruction(RETURN, 0, 0, RET_ERRNO_EPERM),
        ];
        for call in denied {
            program.push(instruction(JUMP_EQUAL, 0, 1, call as u32));
            program.push(instruction(RETURN, 0, 0, RET_ERRNO_EPERM));
        }
        program.push(instruction(RETURN, 0, 0, RET_ALLOW));
        Some(program.concat())
    }

    #[cfg(not(target_arch = "x86_64"))]
    pub fn filter() -> Option<Vec<u8>> {
        None
    }
}
