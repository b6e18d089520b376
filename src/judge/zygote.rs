//! The fork server inside each box. bubblewrap builds a box once per language (its mounts and
//! user namespace) and starts this program in it; each run is then a fork of it that makes its
//! own mount, PID, IPC, UTS and network namespaces, fresh tmpfs mounts and a fresh /proc,
//! joins the run's cgroup, drops every capability and execs the program. A bubblewrap per run
//! cost ~2.5 ms of setup, more than half of a Python hello world's own time.
//!
//! A run is three processes: the fork of the server (the *keeper*: builds the namespaces,
//! holds them until the run is over, so that tearing them down is off the judged path), the
//! PID namespace's init (joins the cgroup, mounts /proc, reaps, and reports how the program
//! ended), and the program. Each dies when its parent does, so a server that dies takes its
//! runs with it (its end of the socket closes, the fork server exits, and so on down).
//!
//! Runs see nothing of each other: each has its own /tmp, /dev/shm, /data and /proc, its own
//! network namespace (so abstract Unix sockets, which live there, never reach another run)
//! and IPC namespace (System V and POSIX message queues), the box's root and /dev are read-only, and the work root is hidden behind an empty mount once
//! the run's own directory is bound at /box.

use super::fds::{check, pipe, socket_pair};
use super::seccomp;
use serde::{Deserialize, Serialize};
use std::ffi::CString;
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::process::ExitCode;

/// The hidden subcommand of the `grindstone` binary that serves a box.
pub const SUBCOMMAND: &str = "judge-box";
/// The descriptor the box's end of the socket arrives on.
pub const SOCKET_FD: RawFd = 3;
/// The descriptor the `grindstone` executable arrives on: bubblewrap starts the box by it, so
/// the sandbox user needs no access to where the executable lives.
pub const PROGRAM_FD: RawFd = 4;
/// Where the directory holding the runs' working directories is bound in a box.
pub const WORK_ROOT: &str = "/judge-work";
/// Where a run's working directory appears.
pub const BOX_DIR: &str = "/box";
/// Where a run's data files appear.
pub const DATA_DIR: &str = "/data";
/// What the fork server says on its socket once it is ready for requests.
pub const READY: &[u8] = b"ready";
/// The largest request, as JSON.
const REQUEST_CAP: usize = 256 * 1024;
/// The most descriptors a request carries (the kernel's own limit is 253).
pub const MAX_DESCRIPTORS: usize = 200;
/// Capabilities a box keeps for its fork server; every run drops them all.
pub const CAPABILITIES: [&str; 2] = ["CAP_SYS_ADMIN", "CAP_SETPCAP"];

/// One run, as the judge asks for it. The descriptors that come with it, in order: standard
/// input, output and error, the status pipe, then one per `joins`, then one per `files`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    pub argv: Vec<String>,
    /// The PATH the program gets.
    pub path: String,
    /// A directory under the work root, bound at /box; `None` runs in /tmp.
    pub workdir: Option<String>,
    pub workdir_writable: bool,
    /// Files placed read-only at /data/<name>, with the descriptors holding them.
    pub files: Vec<String>,
    pub tmp_bytes: u64,
    pub file_bytes: u64,
    pub stack_bytes: u64,
    /// A per-process CPU limit in seconds, behind the cgroup's measure of the whole run.
    pub cpu_backstop_secs: u64,
    /// Files of the run's cgroup that a process joins by writing "0" to them.
    pub joins: usize,
}

/// What the box writes on a run's status pipe: one line, then the pipe closes.
#[derive(Debug, PartialEq, Eq)]
pub enum Report {
    /// The program ended with this wait status.
    Ended(i32),
    /// The box could not start the program.
    Failed(String),
}

impl Report {
    fn line(&self) -> String {
        match self {
            Self::Ended(status) => format!("ended {status}\n"),
            Self::Failed(why) => format!("failed {}\n", why.replace('\n', " ")),
        }
    }

    /// The first report in what a status pipe delivered, if there is one.
    pub fn parse(data: &[u8]) -> Option<Self> {
        let text = String::from_utf8_lossy(data);
        let line = text.lines().next()?;
        if let Some(why) = line.strip_prefix("failed ") {
            return Some(Self::Failed(why.to_owned()));
        }
        line.strip_prefix("ended ")?.parse().ok().map(Self::Ended)
    }
}

/// Serves the box this process was started in, until the judge's end of the socket closes.
///
/// The fork server keeps `WARM_KEEPERS` keepers forked ahead, each already in its fresh
/// namespaces and waiting on the socket, so that a request finds its keeper ready: forking
/// and unsharing took ~0.7 ms of a run's ~2 ms of overhead. A keeper that takes a request
/// says so on a pipe, and the server forks its successor.
pub fn serve() -> ExitCode {
    // SAFETY: closing our copy of the executable, and keeping the socket from every program
    // a box runs.
    unsafe {
        libc::close(PROGRAM_FD);
        libc::fcntl(SOCKET_FD, libc::F_SETFD, libc::FD_CLOEXEC);
    }
    // SAFETY: SOCKET_FD was set up by the judge for this process and nothing else owns it.
    let socket = unsafe { OwnedFd::from_raw_fd(SOCKET_FD) };
    let filter = match seccomp::filter() {
        Ok(filter) => filter,
        Err(error) => {
            eprintln!("judge box: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (taken, take) = match pipe() {
        Ok(pipe) => pipe,
        Err(error) => {
            eprintln!("judge box: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = send(&socket, READY, &[]) {
        eprintln!("judge box: cannot reach the judge: {error}");
        return ExitCode::FAILURE;
    }
    // The keepers waiting for a request; one that dies waiting is replaced too.
    let mut waiting = std::collections::HashSet::new();
    loop {
        while waiting.len() < WARM_KEEPERS {
            // SAFETY: this process is single-threaded, so the child may do anything.
            match unsafe { libc::fork() } {
                0 => {
                    drop(taken);
                    keep(&socket, take, &filter)
                }
                -1 => {
                    eprintln!("judge box: fork: {}", io::Error::last_os_error());
                    return ExitCode::FAILURE;
                }
                keeper => {
                    waiting.insert(keeper);
                }
            }
        }
        let mut poll = libc::pollfd {
            fd: taken.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut poll, 1, 1000) } > 0 {
            let mut news = [0u8; NEWS_BYTES];
            // SAFETY: reading into a stack buffer of its length; keepers write whole messages.
            let read =
                unsafe { libc::read(taken.as_raw_fd(), news.as_mut_ptr().cast(), NEWS_BYTES) };
            if read as usize != NEWS_BYTES || news[0] != TOOK {
                // The judge closed its end: the box is done.
                return ExitCode::SUCCESS;
            }
            let keeper = i32::from_ne_bytes(news[1..].try_into().expect("four bytes"));
            waiting.remove(&keeper);
        }
        // Keepers whose runs are over, and any that died waiting.
        loop {
            // SAFETY: reaping our own children without blocking.
            let gone = unsafe { libc::waitpid(-1, std::ptr::null_mut(), libc::WNOHANG) };
            if gone <= 0 {
                break;
            }
            waiting.remove(&gone);
        }
    }
}

/// Keepers waiting for a request at any time.
const WARM_KEEPERS: usize = 2;
/// What a keeper says on the pipe: that it took a request, or that the judge is gone; then
/// its pid.
const TOOK: u8 = b't';
const GONE: u8 = b'g';
const NEWS_BYTES: usize = 5;

/// A request's descriptors in the order it carries them: standard input, output and error,
/// the status pipe, the cgroup's join files, the data files.
pub fn in_request_order(
    streams: [&OwnedFd; 4],
    joins: &[OwnedFd],
    files: &[OwnedFd],
) -> Vec<RawFd> {
    streams
        .into_iter()
        .chain(joins)
        .chain(files)
        .map(AsRawFd::as_raw_fd)
        .collect()
}

/// A request's descriptors, by purpose.
struct Descriptors {
    stdin: OwnedFd,
    stdout: OwnedFd,
    stderr: OwnedFd,
    status: OwnedFd,
    joins: Vec<OwnedFd>,
    files: Vec<OwnedFd>,
}

impl Descriptors {
    fn raw(&self) -> Vec<RawFd> {
        in_request_order(
            [&self.stdin, &self.stdout, &self.stderr, &self.status],
            &self.joins,
            &self.files,
        )
    }

    fn sort(request: &Request, descriptors: Vec<OwnedFd>) -> io::Result<Self> {
        if descriptors.len() != 4 + request.joins + request.files.len() {
            return Err(io::Error::other("the descriptors do not match the request"));
        }
        let mut descriptors = descriptors.into_iter();
        let mut next = || descriptors.next().expect("counted above");
        Ok(Self {
            stdin: next(),
            stdout: next(),
            stderr: next(),
            status: next(),
            joins: (0..request.joins).map(|_| next()).collect(),
            files: request.files.iter().map(|_| next()).collect(),
        })
    }
}

/// The keeper: makes the run's namespaces, takes a request, gives the run its mounts, starts
/// its init and waits for it (so that tearing the namespaces down is off the judged path).
fn keep(socket: &OwnedFd, take: OwnedFd, filter: &[libc::sock_filter]) -> ! {
    let say = |news: u8| {
        let mut message = [news; NEWS_BYTES];
        // SAFETY: getpid has no preconditions.
        message[1..].copy_from_slice(&unsafe { libc::getpid() }.to_ne_bytes());
        // SAFETY: writing a stack buffer to our pipe, in one piece (under PIPE_BUF).
        unsafe { libc::write(take.as_raw_fd(), message.as_ptr().cast(), NEWS_BYTES) };
    };
    let inherited = [socket.as_raw_fd(), take.as_raw_fd()];
    let init = match unshare_namespaces().and_then(|()| start_init(&inherited, filter)) {
        Ok(init) => init,
        Err(error) => {
            eprintln!("judge box: cannot prepare a run: {error}");
            say(GONE);
            exit(1)
        }
    };
    let (request, descriptors) = match receive(socket) {
        Ok(Some(received)) => received,
        Ok(None) => {
            say(GONE);
            exit(0)
        }
        Err(error) => {
            eprintln!("judge box: {error}");
            say(GONE);
            exit(1)
        }
    };
    say(TOOK);
    // SAFETY: the socket is not used again in this process.
    unsafe { libc::close(socket.as_raw_fd()) };
    drop(take);
    let run = match Descriptors::sort(&request, descriptors) {
        Ok(run) => run,
        Err(error) => {
            eprintln!("judge box: a malformed request: {error}");
            exit(1)
        }
    };
    let handed = mount_run(&request, &run.files).and_then(|()| {
        let message = serde_json::to_vec(&request).map_err(io::Error::other)?;
        send(&init.socket, &message, &run.raw())
    });
    if let Err(error) = handed {
        fail(&run.status, "setting the run up", &error)
    }
    drop(run);
    let mut status = 0;
    // SAFETY: waiting for our own child.
    while unsafe { libc::waitpid(init.pid, &mut status, 0) } < 0
        && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted
    {}
    exit(0)
}

/// The run's init, started ahead of its request, and the keeper's end of the socket the
/// request reaches it by.
struct Init {
    pid: libc::pid_t,
    socket: OwnedFd,
}

/// Forks the run's init into the new PID namespace (closing the keeper's `inherited`
/// descriptors in it); it mounts /proc, then waits for the run.
fn start_init(inherited: &[RawFd], filter: &[libc::sock_filter]) -> io::Result<Init> {
    let (ours, theirs) = socket_pair()?;
    // SAFETY: single-threaded; the child runs `init`, which never returns.
    match unsafe { libc::fork() } {
        0 => {
            drop(ours);
            for &fd in inherited {
                // SAFETY: the keeper's descriptors, which this process never uses.
                unsafe { libc::close(fd) };
            }
            init(theirs, filter)
        }
        -1 => Err(io::Error::last_os_error()),
        pid => Ok(Init { pid, socket: ours }),
    }
}

/// New mount, PID, IPC, UTS and network namespaces for the next run. The network namespace
/// has only a loopback interface that is down: a run reaches no network, and the abstract Unix
/// socket names it binds are its own.
fn unshare_namespaces() -> io::Result<()> {
    die_with_parent()?;
    // SAFETY: a plain system call in a single-threaded process.
    unsafe {
        check(libc::unshare(
            libc::CLONE_NEWNS
                | libc::CLONE_NEWPID
                | libc::CLONE_NEWIPC
                | libc::CLONE_NEWUTS
                | libc::CLONE_NEWNET,
        ))?;
    }
    // Nothing mounted here may reach the box's other runs.
    mount(None, "/", None, libc::MS_REC | libc::MS_PRIVATE, None)
}

/// The run's own /tmp, /dev/shm, /box and /data, with the other runs' working directories
/// out of sight.
fn mount_run(request: &Request, files: &[OwnedFd]) -> io::Result<()> {
    let tmpfs = |target: &str, bytes: u64, mode: &str| {
        let options = format!("size={bytes},mode={mode}");
        mount(
            Some("tmpfs"),
            target,
            Some("tmpfs"),
            SAFE_FLAGS,
            Some(&options),
        )
    };
    tmpfs("/tmp", request.tmp_bytes, "1777")?;
    tmpfs("/dev/shm", request.tmp_bytes, "1777")?;
    if let Some(name) = &request.workdir {
        plain(name)?;
        mount(
            Some(&format!("{WORK_ROOT}/{name}")),
            BOX_DIR,
            None,
            libc::MS_BIND,
            None,
        )?;
        let read_only = if request.workdir_writable {
            0
        } else {
            libc::MS_RDONLY
        };
        remount(BOX_DIR, read_only)?;
    }
    mount(
        Some("tmpfs"),
        WORK_ROOT,
        Some("tmpfs"),
        SAFE_FLAGS | libc::MS_RDONLY,
        Some("size=4k,mode=0"),
    )?;
    if !request.files.is_empty() {
        place_files(&request.files, files)?;
    }
    Ok(())
}

/// The run's init, PID 1 of its namespace: mounts /proc, waits for the run from its keeper,
/// joins the cgroup, starts the program and reports how it ended. Everything left in the
/// namespace dies when it exits.
fn init(socket: OwnedFd, filter: &[libc::sock_filter]) -> ! {
    if let Err(error) = die_with_parent().and_then(|()| mount_proc()) {
        eprintln!("judge box: cannot prepare a run's init: {error}");
        exit(1)
    }
    let Ok(Some((request, descriptors))) = receive(&socket) else {
        // The keeper could not set the run up, and has said why.
        exit(1)
    };
    drop(socket);
    let Ok(mut run) = Descriptors::sort(&request, descriptors) else {
        exit(1)
    };
    if let Err(error) = join(&mut run.joins) {
        fail(&run.status, "joining the run's cgroup", &error)
    }
    // SAFETY: single-threaded; the child runs `program`, which never returns.
    let program = match unsafe { libc::fork() } {
        0 => program(&request, &run, filter),
        -1 => fail(
            &run.status,
            "starting the program",
            &io::Error::last_os_error(),
        ),
        pid => pid,
    };
    // Reap whatever the program leaves behind (orphans come to PID 1) until it ends.
    loop {
        let mut status = 0;
        // SAFETY: waiting for any child of ours.
        let pid = unsafe { libc::waitpid(-1, &mut status, 0) };
        if pid == program {
            report(&run.status, &Report::Ended(status));
            exit(0)
        }
        if pid < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
            fail(&run.status, "waiting", &io::Error::last_os_error())
        }
    }
}

/// Joins the run's cgroup, and lets go of the files it joined by (they were opened by root).
fn join(joins: &mut Vec<OwnedFd>) -> io::Result<()> {
    for join in joins.drain(..) {
        // SAFETY: writing to a descriptor we hold.
        if unsafe { libc::write(join.as_raw_fd(), b"0".as_ptr().cast(), 1) } != 1 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Mounts a /proc that shows only the run's own processes.
fn mount_proc() -> io::Result<()> {
    mount(
        Some("proc"),
        "/proc",
        Some("proc"),
        SAFE_FLAGS | libc::MS_NOEXEC,
        None,
    )?;
    // As bubblewrap does: what a process could change the machine through stays read-only.
    for covered in ["/proc/sys", "/proc/sysrq-trigger", "/proc/irq", "/proc/bus"] {
        if std::fs::symlink_metadata(covered).is_ok() {
            mount(
                Some(covered),
                covered,
                None,
                libc::MS_BIND | libc::MS_REC,
                None,
            )?;
            remount(covered, libc::MS_RDONLY)?;
        }
    }
    Ok(())
}

/// The program: a new session, its standard streams, limits, no capabilities, the seccomp
/// filter, then exec.
fn program(request: &Request, run: &Descriptors, filter: &[libc::sock_filter]) -> ! {
    let ready = (|| -> io::Result<Vec<CString>> {
        let argv = request
            .argv
            .iter()
            .map(|arg| CString::new(arg.as_str()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(io::Error::other)?;
        if argv.is_empty() {
            return Err(io::Error::other("nothing to run"));
        }
        std::env::set_current_dir(working_directory(request))?;
        let limit = |resource, value: u64| {
            let limit = libc::rlimit {
                rlim_cur: value,
                rlim_max: value,
            };
            // SAFETY: setrlimit with a valid struct.
            check(unsafe { libc::setrlimit(resource, &limit) })
        };
        limit(libc::RLIMIT_FSIZE, request.file_bytes)?;
        limit(libc::RLIMIT_CORE, 0)?;
        limit(libc::RLIMIT_STACK, request.stack_bytes)?;
        limit(libc::RLIMIT_CPU, request.cpu_backstop_secs)?;
        // SAFETY: plain system calls on descriptors we hold.
        unsafe {
            check(libc::setsid())?;
            for (fd, target) in [(&run.stdin, 0), (&run.stdout, 1), (&run.stderr, 2)] {
                check(libc::dup2(fd.as_raw_fd(), target))?;
            }
            // Only the standard streams reach the program (the status pipe closes on exec).
            let status = run.status.as_raw_fd() as libc::c_uint;
            for (first, last) in [(3, status - 1), (status + 1, libc::c_uint::MAX)] {
                if first <= last {
                    check(libc::syscall(libc::SYS_close_range, first, last, 0) as libc::c_int)?;
                }
            }
        }
        drop_capabilities()?;
        seccomp::install(filter)?;
        Ok(argv)
    })();
    let argv = match ready {
        Ok(argv) => argv,
        Err(error) => fail(&run.status, "preparing the program", &error),
    };
    let environment: Vec<CString> = [
        "HOME=/tmp".to_owned(),
        "LANG=C.UTF-8".to_owned(),
        format!("PATH={}", request.path),
        format!("PWD={}", working_directory(request)),
    ]
    .into_iter()
    .filter_map(|variable| CString::new(variable).ok())
    .collect();
    let error = exec(&argv, &environment, &request.path);
    // The status pipe closes on exec; without exec the program "ran" and failed, as a shell
    // says for a missing command (a language whose toolchain is missing is found out so).
    let _ = writeln!(io::stderr(), "cannot run {}: {error}", request.argv[0]);
    exit(127)
}

fn working_directory(request: &Request) -> &'static str {
    if request.workdir.is_some() {
        BOX_DIR
    } else {
        "/tmp"
    }
}

/// Execs `argv[0]`, looked up on `path` when it has no slash; returns why it could not.
fn exec(argv: &[CString], environment: &[CString], path: &str) -> io::Error {
    let pointers = |strings: &[CString]| {
        strings
            .iter()
            .map(|s| s.as_ptr())
            .chain([std::ptr::null()])
            .collect::<Vec<_>>()
    };
    let (argv_pointers, environment_pointers) = (pointers(argv), pointers(environment));
    let name = argv[0].as_bytes();
    let candidates: Vec<CString> = if name.contains(&b'/') {
        vec![argv[0].clone()]
    } else {
        path.split(':')
            .filter(|dir| !dir.is_empty())
            .filter_map(|dir| CString::new([dir.as_bytes(), b"/", name].concat()).ok())
            .collect()
    };
    let mut error = io::Error::from(io::ErrorKind::NotFound);
    for candidate in candidates {
        // SAFETY: NUL-terminated arrays of valid C strings that outlive the call.
        unsafe {
            libc::execve(
                candidate.as_ptr(),
                argv_pointers.as_ptr(),
                environment_pointers.as_ptr(),
            )
        };
        error = io::Error::last_os_error();
    }
    error
}

/// Gives up every capability for good: ambient, bounding set, then the process's own.
fn drop_capabilities() -> io::Result<()> {
    // SAFETY: prctl and capset with valid arguments.
    unsafe {
        check(libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_CLEAR_ALL,
            0,
            0,
            0,
        ))?;
        // The bounding set ends at the kernel's last capability, where prctl says EINVAL.
        for capability in 0..64 {
            if libc::prctl(libc::PR_CAPBSET_DROP, capability, 0, 0, 0) != 0 {
                break;
            }
        }
        #[repr(C)]
        struct Header {
            version: u32,
            pid: libc::c_int,
        }
        #[repr(C)]
        #[derive(Clone, Copy)]
        struct Data {
            effective: u32,
            permitted: u32,
            inheritable: u32,
        }
        const VERSION_3: u32 = 0x2008_0522;
        let header = Header {
            version: VERSION_3,
            pid: 0,
        };
        let data = [Data {
            effective: 0,
            permitted: 0,
            inheritable: 0,
        }; 2];
        check(libc::syscall(libc::SYS_capset, &header, data.as_ptr()) as libc::c_int)
    }
}

/// Copies the data files into a fresh tmpfs at /data, then makes it read-only.
fn place_files(names: &[String], files: &[OwnedFd]) -> io::Result<()> {
    let mut total = 0;
    for file in files {
        total += File::from(file.try_clone()?).metadata()?.len();
    }
    let options = format!("size={},mode=0755", total + (64 << 10));
    mount(
        Some("tmpfs"),
        DATA_DIR,
        Some("tmpfs"),
        SAFE_FLAGS,
        Some(&options),
    )?;
    for (name, file) in names.iter().zip(files) {
        plain(name)?;
        let mut source = File::from(file.try_clone()?);
        let mut target = File::create_new(format!("{DATA_DIR}/{name}"))?;
        io::copy(&mut source, &mut target)?;
    }
    remount(DATA_DIR, libc::MS_RDONLY)
}

/// What every mount made for a run has: no set-uid programs, no device files.
const SAFE_FLAGS: libc::c_ulong = libc::MS_NOSUID | libc::MS_NODEV;

fn mount(
    source: Option<&str>,
    target: &str,
    kind: Option<&str>,
    flags: libc::c_ulong,
    data: Option<&str>,
) -> io::Result<()> {
    let text = |s: &str| CString::new(s).map_err(io::Error::other);
    let source = source.map(text).transpose()?;
    let target_c = text(target)?;
    let kind = kind.map(text).transpose()?;
    let data = data.map(text).transpose()?;
    let pointer = |s: &Option<CString>| s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    // SAFETY: NUL-terminated strings (or null) that outlive the call.
    let result = unsafe {
        libc::mount(
            pointer(&source),
            target_c.as_ptr(),
            pointer(&kind),
            flags,
            pointer(&data).cast(),
        )
    };
    check(result).map_err(|e| io::Error::new(e.kind(), format!("mount {target}: {e}")))
}

/// Remounts the bind mount at `target` with the safe flags and `extra`.
fn remount(target: &str, extra: libc::c_ulong) -> io::Result<()> {
    mount(
        None,
        target,
        None,
        libc::MS_BIND | libc::MS_REMOUNT | SAFE_FLAGS | extra,
        None,
    )
}

fn die_with_parent() -> io::Result<()> {
    // SAFETY: prctl with valid arguments.
    check(unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) })
}

/// Reports that the run could not be set up, and ends this process.
fn fail(status: &OwnedFd, doing: &str, error: &io::Error) -> ! {
    report(status, &Report::Failed(format!("{doing}: {error}")));
    exit(1)
}

fn report(status: &OwnedFd, report: &Report) {
    let line = report.line();
    // SAFETY: writing a buffer we own to a descriptor we hold; a judge that stopped listening
    // has nothing to learn.
    unsafe { libc::write(status.as_raw_fd(), line.as_ptr().cast(), line.len()) };
}

fn exit(code: i32) -> ! {
    // SAFETY: ends this process without running the parent's exit handlers (a fork).
    unsafe { libc::_exit(code) }
}

/// Sends one message with descriptors on a datagram socket.
pub fn send(socket: &OwnedFd, data: &[u8], descriptors: &[RawFd]) -> io::Result<()> {
    let mut space = vec![0u8; control_space(descriptors.len())];
    let mut iov = libc::iovec {
        iov_base: data.as_ptr().cast_mut().cast(),
        iov_len: data.len(),
    };
    // SAFETY: a zeroed msghdr is valid; every pointer set below outlives sendmsg.
    let mut message: libc::msghdr = unsafe { std::mem::zeroed() };
    message.msg_iov = &mut iov;
    message.msg_iovlen = 1;
    if !descriptors.is_empty() {
        message.msg_control = space.as_mut_ptr().cast();
        message.msg_controllen = space.len() as _;
        // SAFETY: the control buffer has room for one header and the descriptors.
        unsafe {
            let header = libc::CMSG_FIRSTHDR(&message);
            (*header).cmsg_level = libc::SOL_SOCKET;
            (*header).cmsg_type = libc::SCM_RIGHTS;
            (*header).cmsg_len = libc::CMSG_LEN(std::mem::size_of_val(descriptors) as u32) as _;
            std::ptr::copy_nonoverlapping(
                descriptors.as_ptr(),
                libc::CMSG_DATA(header).cast::<RawFd>(),
                descriptors.len(),
            );
        }
    }
    // SAFETY: `message` is fully initialized and its buffers are alive.
    let sent = unsafe { libc::sendmsg(socket.as_raw_fd(), &message, libc::MSG_NOSIGNAL) };
    if sent < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Receives one request; `None` when the judge has closed its end.
fn receive(socket: &OwnedFd) -> io::Result<Option<(Request, Vec<OwnedFd>)>> {
    let mut data = vec![0u8; REQUEST_CAP];
    let mut space = vec![0u8; control_space(MAX_DESCRIPTORS)];
    loop {
        let mut iov = libc::iovec {
            iov_base: data.as_mut_ptr().cast(),
            iov_len: data.len(),
        };
        // SAFETY: a zeroed msghdr is valid; its pointers outlive recvmsg.
        let mut message: libc::msghdr = unsafe { std::mem::zeroed() };
        message.msg_iov = &mut iov;
        message.msg_iovlen = 1;
        message.msg_control = space.as_mut_ptr().cast();
        message.msg_controllen = space.len() as _;
        // SAFETY: as above.
        let received =
            unsafe { libc::recvmsg(socket.as_raw_fd(), &mut message, libc::MSG_CMSG_CLOEXEC) };
        if received < 0 {
            let error = io::Error::last_os_error();
            if error.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        if received == 0 {
            return Ok(None);
        }
        let descriptors = received_descriptors(&message);
        if message.msg_flags & (libc::MSG_TRUNC | libc::MSG_CTRUNC) != 0 {
            eprintln!("judge box: a request was cut short and is ignored");
            continue;
        }
        match serde_json::from_slice(&data[..received as usize]) {
            Ok(request) => return Ok(Some((request, descriptors))),
            Err(error) => eprintln!("judge box: an unreadable request: {error}"),
        }
    }
}

fn received_descriptors(message: &libc::msghdr) -> Vec<OwnedFd> {
    let mut descriptors = Vec::new();
    // SAFETY: walking the control messages the kernel wrote into our buffer.
    unsafe {
        let mut header = libc::CMSG_FIRSTHDR(message);
        while !header.is_null() {
            if (*header).cmsg_level == libc::SOL_SOCKET && (*header).cmsg_type == libc::SCM_RIGHTS {
                let bytes = (*header).cmsg_len as usize - libc::CMSG_LEN(0) as usize;
                let data = libc::CMSG_DATA(header).cast::<RawFd>();
                for i in 0..bytes / std::mem::size_of::<RawFd>() {
                    descriptors.push(OwnedFd::from_raw_fd(data.add(i).read_unaligned()));
                }
            }
            header = libc::CMSG_NXTHDR(message, header);
        }
    }
    descriptors
}

fn control_space(descriptors: usize) -> usize {
    // SAFETY: CMSG_SPACE is arithmetic.
    unsafe { libc::CMSG_SPACE((descriptors * std::mem::size_of::<RawFd>()) as u32) as usize }
}

/// Refuses a name that could leave its directory.
fn plain(name: &str) -> io::Result<()> {
    if name.is_empty() || name.contains('/') || name.starts_with('.') {
        return Err(io::Error::other(format!("not a plain file name: {name:?}")));
    }
    Ok(())
}
