//! The sandbox: one untrusted process tree, in fresh namespaces under an unprivileged uid,
//! inside its own cgroup, with its output read through capped pipes.
//!
//! bubblewrap builds a *box* per language (and work root): a user namespace under the sandbox
//! uid, /usr and the language's toolchain directories read-only, a read-only root and /dev, no
//! network, and a fork server (`zygote`) that starts each run in its own mount, PID, IPC, UTS
//! and network namespaces with a fresh size-limited tmpfs at /tmp (the only writable place
//! during a run), the run's working directory at /box (writable only while compiling), data files under
//! /data, a new session and no capabilities. A box outlives its runs because bubblewrap's own
//! setup cost more than half a Python hello world.
//!
//! The server never opens a path inside a box: input reaches the program through a memfd,
//! output through pipes, data files through memfds the box copies in, so nothing a program
//! plants (symlinks, fifos, huge files) is ever followed by the judge.

use super::cgroup::{Cgroups, GroupLimits, RunGroup};
use super::fds::{check, pipe, socket_pair};
use super::zygote::{self, Report, Request};
use std::collections::HashMap;
use std::ffi::CString;
use std::io::{self, BufRead, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use super::zygote::{BOX_DIR, DATA_DIR};
/// The PATH inside the box, after a language's own directories.
const SYSTEM_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// The run's own init, in its cgroup beside the program.
const INIT_PROCESSES: u32 = 1;
/// How much of standard error is kept.
const STDERR_CAP: usize = 64 * 1024;
/// How long a box may take to start.
const BOX_START_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a run that was killed may take to be reported over, before the judge gives up on
/// its box.
const KILL_GRACE: Duration = Duration::from_secs(5);

/// The limits of one run.
#[derive(Debug, Clone)]
pub struct Limits {
    /// CPU time of all the run's processes together.
    pub cpu: Duration,
    /// Time on the clock, for programs that sleep or wait.
    pub wall: Duration,
    pub memory_bytes: u64,
    /// Processes and threads at once, of the program (the run's init comes on top).
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
    /// The `grindstone` executable, whose hidden `judge-box` command serves inside each box.
    program: PathBuf,
    cgroups: Cgroups,
    /// `None` when the server does not run as root and so cannot change uid: the box then
    /// runs under the server's own uid (still in its namespaces, with no binds of its files).
    identity: Option<Identity>,
    /// The mounts every box has, as bubblewrap arguments.
    base_mounts: Vec<String>,
    /// The boxes, each started on first use under its own lock: a box that takes seconds to
    /// start holds up only the runs that need it.
    boxes: Mutex<HashMap<BoxKey, Arc<BoxSlot>>>,
}

/// What sets boxes apart: their read-only binds and the directory their runs' working
/// directories are made in.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BoxKey {
    binds: Vec<PathBuf>,
    work_root: Option<PathBuf>,
}

impl Sandbox {
    /// Sets the sandbox up and proves it with a trial run; the error says why it cannot work.
    /// `program` is the `grindstone` executable (the boxes' fork server); all runs together
    /// may hold at most `memory_ceiling` bytes.
    pub fn new(
        bwrap: &Path,
        identity: Identity,
        program: &Path,
        memory_ceiling: u64,
    ) -> Result<Self, SandboxError> {
        let bwrap = which(bwrap).ok_or_else(|| {
            SandboxError(format!(
                "bubblewrap ({}) is not installed: apt-get install bubblewrap",
                bwrap.display()
            ))
        })?;
        if !program.is_file() {
            return Err(SandboxError(format!(
                "the judge's box program {} does not exist",
                program.display()
            )));
        }
        super::seccomp::filter().map_err(|e| SandboxError(e.to_string()))?;
        let cgroups = Cgroups::detect(memory_ceiling).map_err(SandboxError)?;
        // SAFETY: geteuid has no preconditions.
        let root = unsafe { libc::geteuid() } == 0;
        let sandbox = Self {
            bwrap,
            program: program.to_owned(),
            cgroups,
            identity: root.then_some(identity),
            base_mounts: base_mounts(),
            boxes: Mutex::new(HashMap::new()),
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
        format!(
            "bubblewrap boxes with a fork server + {}, {user}",
            self.cgroups.version()
        )
    }

    /// The identity boxes run as, if the server can switch to it.
    pub fn identity(&self) -> Option<Identity> {
        self.identity
    }

    /// Runs one program to its end or its limits. Blocking: call it from a blocking thread.
    pub fn run(&self, run: &Run) -> Result<Outcome, SandboxError> {
        let (key, workdir) = box_of(run)?;
        let group = self.cgroups.create(GroupLimits {
            memory_bytes: run.limits.memory_bytes,
            processes: run.limits.processes + INIT_PROCESSES,
        })?;
        let joins = group
            .join_files()
            .iter()
            .map(open_for_writing)
            .collect::<io::Result<Vec<_>>>()?;
        let stdin = memfd_with("stdin", run.stdin)?;
        let files = run
            .files
            .iter()
            .map(|(_, data)| memfd_with("data", data))
            .collect::<io::Result<Vec<_>>>()?;
        let (stdout_read, stdout_write) = pipe()?;
        let (stderr_read, stderr_write) = pipe()?;
        let (status_read, status_write) = pipe()?;
        let request = Request {
            argv: run.argv.to_vec(),
            path: run
                .path
                .iter()
                .map(|p| p.display().to_string())
                .chain([SYSTEM_PATH.to_owned()])
                .collect::<Vec<_>>()
                .join(":"),
            workdir,
            workdir_writable: run.workdir_writable,
            files: run
                .files
                .iter()
                .map(|(name, _)| (*name).to_owned())
                .collect(),
            tmp_bytes: run.limits.tmp_bytes,
            file_bytes: run.limits.file_bytes,
            stack_bytes: run.limits.memory_bytes,
            cpu_backstop_secs: run.limits.cpu.as_secs() + 2,
            joins: joins.len(),
        };
        let descriptors = zygote::in_request_order(
            [&stdin, &stdout_write, &stderr_write, &status_write],
            &joins,
            &files,
        );
        if descriptors.len() > zygote::MAX_DESCRIPTORS {
            return Err(SandboxError("too many data files for one run".to_owned()));
        }
        let message = serde_json::to_vec(&request).map_err(|e| SandboxError(e.to_string()))?;

        let started = Instant::now();
        let box_slot = self.slot(&key);
        self.send(&key, &box_slot, &message, &descriptors)?;
        drop((
            stdin,
            stdout_write,
            stderr_write,
            status_write,
            joins,
            files,
        ));
        let watched = watch(
            &group,
            run.limits,
            started,
            [stdout_read, stderr_read, status_read],
        );
        let wall = started.elapsed();
        // The namespace's processes died with its init; anything listed is on its way out.
        group.kill_listed();
        let Watched {
            stopped,
            stdout,
            stderr,
            status,
        } = watched.inspect_err(|_| {
            // A box that let a run go unanswered may be wedged: the next run gets a new one.
            *box_slot.lock().unwrap_or_else(|e| e.into_inner()) = None;
        })?;

        let cpu = group.cpu_time()?;
        let memory_bytes = group.memory_peak().unwrap_or(0);
        let report = Report::parse(&status);
        let ending = if let Some(Report::Failed(why)) = report {
            return Err(SandboxError(format!(
                "the box could not run the program: {why}"
            )));
        } else if group.oom_killed() {
            Ending::MemoryLimit
        } else if let Some(stopped) = stopped {
            stopped
        } else if cpu > run.limits.cpu {
            Ending::CpuTimeLimit
        } else if let Some(Report::Ended(status)) = report {
            ending_of(status)
        } else {
            return Err(SandboxError(
                "the box ended a run without reporting how (see the server's log)".to_owned(),
            ));
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

    /// The slot of the key's box, made on first use.
    fn slot(&self, key: &BoxKey) -> Arc<BoxSlot> {
        let mut boxes = self.boxes.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(boxes.entry(key.clone()).or_default())
    }

    /// Hands a request to the key's box, starting it if needed, and once more to a new box if
    /// the old one is gone.
    fn send(
        &self,
        key: &BoxKey,
        slot: &BoxSlot,
        message: &[u8],
        descriptors: &[RawFd],
    ) -> Result<(), SandboxError> {
        let mut running = slot.lock().unwrap_or_else(|e| e.into_inner());
        let mut restarted = false;
        loop {
            let process = match &*running {
                Some(process) => process,
                None => running.insert(self.start_box(key)?),
            };
            match zygote::send(&process.socket, message, descriptors) {
                Ok(()) => return Ok(()),
                Err(error) if !restarted => {
                    tracing::warn!("a judge box stopped ({error}); starting a new one");
                    *running = None;
                    restarted = true;
                }
                Err(error) => {
                    return Err(SandboxError(format!("the judge box stopped: {error}")));
                }
            }
        }
    }

    /// Starts bubblewrap with the fork server in it and waits until it says it is ready.
    fn start_box(&self, key: &BoxKey) -> Result<BoxProcess, SandboxError> {
        let (ours, theirs) = socket_pair()?;
        let executable = std::fs::File::open(&self.program)
            .map_err(|e| SandboxError(format!("cannot open {}: {e}", self.program.display())))?;
        let setup = BoxSetup {
            socket: above_standard_range(theirs)?,
            executable: above_standard_range(executable.into())?,
            identity: self.identity,
        };
        let mut command = Command::new(&self.bwrap);
        command
            .args(self.box_arguments(key))
            .arg("--")
            .arg(format!("/proc/self/fd/{}", zygote::PROGRAM_FD))
            .arg(zygote::SUBCOMMAND)
            .env_clear()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        // SAFETY: the closure only makes async-signal-safe system calls on memory allocated
        // before the fork (see BoxSetup::apply).
        unsafe { command.pre_exec(move || setup.apply()) };
        let mut process = command
            .spawn()
            .map_err(|e| SandboxError(format!("cannot start bubblewrap: {e}")))?;
        drop(command);
        let stderr = process.stderr.take().expect("piped");
        if let Err(error) = await_ready(&ours) {
            let _ = process.kill();
            let _ = process.wait();
            let mut said = String::new();
            let _ = io::Read::read_to_string(&mut io::BufReader::new(stderr), &mut said);
            return Err(SandboxError(format!(
                "a judge box did not start ({error}): {}",
                said.trim()
            )));
        }
        // What a box says later (it should say nothing) goes to the log.
        std::thread::spawn(move || {
            for line in io::BufReader::new(stderr).lines().map_while(Result::ok) {
                tracing::warn!("judge box: {line}");
            }
        });
        Ok(BoxProcess {
            socket: ours,
            process: Mutex::new(process),
        })
    }

    fn box_arguments(&self, key: &BoxKey) -> Vec<String> {
        let mut args: Vec<String> = [
            "--unshare-user",
            "--unshare-ipc",
            "--unshare-pid",
            "--unshare-uts",
            "--unshare-net",
            "--unshare-cgroup-try",
            "--disable-userns",
            "--hostname",
            "box",
            "--clearenv",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        let (uid, gid) = match self.identity {
            Some(Identity { uid, gid }) => (uid, gid),
            // SAFETY: getuid and getgid have no preconditions.
            None => unsafe { (libc::getuid(), libc::getgid()) },
        };
        args.extend([
            "--uid".into(),
            uid.to_string(),
            "--gid".into(),
            gid.to_string(),
        ]);
        for capability in zygote::CAPABILITIES {
            args.extend(["--cap-add".into(), capability.into()]);
        }
        args.extend(self.base_mounts.iter().cloned());
        for bind in &key.binds {
            let bind = bind.display().to_string();
            args.extend(["--ro-bind".into(), bind.clone(), bind]);
        }
        for dir in ["/tmp", BOX_DIR, DATA_DIR, zygote::WORK_ROOT] {
            args.extend(["--dir".into(), dir.into()]);
        }
        if let Some(root) = &key.work_root {
            args.extend([
                "--bind".into(),
                root.display().to_string(),
                zygote::WORK_ROOT.into(),
            ]);
        }
        // Runs write only to their own mounts: nothing they write outlives them.
        args.extend([
            "--remount-ro".into(),
            "/".into(),
            "--remount-ro".into(),
            "/dev".into(),
        ]);
        args
    }
}

/// The box a run goes to, and the name of its working directory in the box's work root.
fn box_of(run: &Run) -> Result<(BoxKey, Option<String>), SandboxError> {
    let (work_root, workdir) = match run.workdir {
        Some(dir) => {
            let (Some(root), Some(name)) = (dir.parent(), dir.file_name()) else {
                return Err(SandboxError(format!(
                    "{} cannot be a working directory",
                    dir.display()
                )));
            };
            let name = name
                .to_str()
                .ok_or_else(|| SandboxError(format!("{} is not a UTF-8 name", dir.display())))?;
            (Some(root.to_owned()), Some(name.to_owned()))
        }
        None => (None, None),
    };
    let key = BoxKey {
        binds: run.binds.to_vec(),
        work_root,
    };
    Ok((key, workdir))
}

/// Where a box lives: `None` until it is started, and again once it is found stopped.
type BoxSlot = Mutex<Option<BoxProcess>>;

/// A running box: bubblewrap with the fork server in it, and the judge's end of its socket.
/// Closing the socket ends the fork server, and with it the box.
#[derive(Debug)]
struct BoxProcess {
    socket: OwnedFd,
    process: Mutex<std::process::Child>,
}

impl Drop for BoxProcess {
    fn drop(&mut self) {
        let process = self.process.get_mut().unwrap_or_else(|e| e.into_inner());
        let _ = process.kill();
        let _ = process.wait();
    }
}

/// What the forked child does before it becomes bubblewrap.
struct BoxSetup {
    socket: OwnedFd,
    executable: OwnedFd,
    identity: Option<Identity>,
}

impl BoxSetup {
    /// Puts the socket and the executable at the descriptors the box expects, and drops to the
    /// unprivileged identity. Runs between fork and exec, so it only calls async-signal-safe
    /// functions and allocates nothing.
    fn apply(&self) -> io::Result<()> {
        // SAFETY: plain system calls on owned descriptors.
        unsafe {
            check(libc::dup2(self.socket.as_raw_fd(), zygote::SOCKET_FD))?;
            check(libc::dup2(self.executable.as_raw_fd(), zygote::PROGRAM_FD))?;
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

/// Waits for the fork server's first message.
fn await_ready(socket: &OwnedFd) -> io::Result<()> {
    let mut poll = poll_entry(socket.as_raw_fd());
    // SAFETY: one valid pollfd.
    let ready = unsafe { libc::poll(&mut poll, 1, BOX_START_TIMEOUT.as_millis() as i32) };
    if ready <= 0 {
        return Err(io::Error::other("no answer"));
    }
    let mut buffer = [0u8; 16];
    // SAFETY: reading into a stack buffer of the given length.
    let n = unsafe {
        libc::recv(
            socket.as_raw_fd(),
            buffer.as_mut_ptr().cast(),
            buffer.len(),
            0,
        )
    };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    if &buffer[..n as usize] != zygote::READY {
        return Err(io::Error::other("it ended"));
    }
    Ok(())
}

/// What watching a run found: why it was stopped (if it was), stdout, stderr and what the box
/// reported on the status pipe.
struct Watched {
    stopped: Option<Ending>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Vec<u8>,
}

/// Reads the run's output and watches its clock and CPU time until the box reports its end
/// (the status pipe closes), killing it when it goes over a limit.
fn watch(
    group: &RunGroup,
    limits: &Limits,
    started: Instant,
    [stdout, stderr, status]: [OwnedFd; 3],
) -> Result<Watched, SandboxError> {
    const STATUS: usize = 2;
    for fd in [&stdout, &stderr, &status] {
        set_nonblocking(fd)?;
    }
    let mut streams = [
        Stream::new(stdout, limits.output_bytes),
        Stream::new(stderr, STDERR_CAP),
        Stream::new(status, 4096),
    ];
    let mut stopped = None;
    let mut ended_at: Option<Instant> = None;
    loop {
        let ended = !streams[STATUS].open;
        if ended {
            let ended_at = *ended_at.get_or_insert_with(Instant::now);
            // The program's output closes with it, unless something it left holds it open.
            if streams.iter().all(|s| !s.open) || ended_at.elapsed() > Duration::from_millis(500) {
                break;
            }
        }
        let timeout = if ended {
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
            }
            if stopped.is_some() {
                // Again each round: a process can join the group late.
                group.kill_all();
                if elapsed > limits.wall + KILL_GRACE {
                    return Err(SandboxError("a killed run did not end".to_owned()));
                }
                Duration::from_millis(20)
            } else {
                // A run uses at most one core, so its CPU time cannot reach the limit sooner
                // than the CPU time it has left.
                (limits.wall - elapsed.min(limits.wall))
                    .min(limits.cpu.saturating_sub(cpu))
                    .max(Duration::from_millis(2))
            }
        };
        let open: Vec<usize> = (0..streams.len()).filter(|&i| streams[i].open).collect();
        let mut polls: Vec<libc::pollfd> = open
            .iter()
            .map(|&i| poll_entry(streams[i].fd.as_raw_fd()))
            .collect();
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
            group.kill_all();
            return Err(error.into());
        }
        for (slot, &i) in open.iter().enumerate() {
            if polls[slot].revents != 0 && streams[i].read_available()? && i == 0 {
                // Standard output went over its limit.
                stopped.get_or_insert(Ending::OutputLimit);
                group.kill_all();
            }
        }
    }
    let [stdout, stderr, status] = streams;
    Ok(Watched {
        stopped,
        stdout: stdout.data,
        stderr: stderr.data,
        status: status.data,
    })
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

/// How the program ended, from its wait status.
fn ending_of(status: i32) -> Ending {
    if libc::WIFSIGNALED(status) {
        Ending::Signaled(libc::WTERMSIG(status))
    } else {
        Ending::Exited(libc::WEXITSTATUS(status))
    }
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

/// Opens a cgroup file for the run's init to join by.
fn open_for_writing(path: &CString) -> io::Result<OwnedFd> {
    // SAFETY: open on a NUL-terminated path; the result is checked.
    let fd = unsafe { libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC) };
    check(fd)?;
    // SAFETY: a fresh descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// The same file at a descriptor above those a child is given, so that moving it into place
/// cannot overwrite another one.
fn above_standard_range(fd: OwnedFd) -> io::Result<OwnedFd> {
    // SAFETY: fcntl on our own descriptor; the result is checked.
    let moved = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 10) };
    check(moved)?;
    // SAFETY: a fresh descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(moved) })
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
