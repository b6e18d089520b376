//! One control group per sandboxed run: it holds the run's memory, process and CPU limits, says
//! what the run used, and is how every process of the run is found and killed. cgroup v2 (one
//! unified hierarchy) and v1 (one hierarchy per controller) are both detected at start.
//!
//! Each judge (one per process) has a group of its own under the shared `grindstone-judge`
//! group, holding its runs' groups; its memory limit is the ceiling for all its runs together.

use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::{Duration, Instant};

/// The directory the judge's groups live in, under each hierarchy.
const PARENT: &str = "grindstone-judge";
/// The v1 controllers a run needs; `cpu` (for the one-core quota) is used when present.
const V1_REQUIRED: [&str; 3] = ["memory", "pids", "cpuacct"];
/// A run may use at most one core: its CPU time then never outruns its wall time, and parallel
/// runs do not slow each other down.
const CPU_QUOTA_US: u64 = 100_000;

/// The judge's parent group for each controller it uses: in v2 one directory serves them all,
/// in v1 each controller has its own hierarchy.
#[derive(Debug, Clone, PartialEq)]
struct Controllers<T> {
    memory: T,
    pids: T,
    cpuacct: T,
    /// For the one-core quota, when the cpu controller is there.
    cpu: Option<T>,
}

impl<T: PartialEq> Controllers<T> {
    /// Each distinct directory once (v1 may mount several controllers together).
    fn distinct(&self) -> Vec<&T> {
        let mut dirs: Vec<&T> = Vec::new();
        for dir in [
            Some(&self.memory),
            Some(&self.pids),
            Some(&self.cpuacct),
            self.cpu.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        dirs
    }
}

/// The machine's cgroups, as far as the judge uses them.
#[derive(Debug)]
pub struct Cgroups {
    v2: bool,
    /// This judge's own group in each hierarchy, which its runs' groups are made in.
    parents: Controllers<PathBuf>,
    /// Empty groups made ahead of the runs that take them: making one (a directory in each
    /// hierarchy) took a third of a millisecond of each run.
    spare: Arc<Mutex<Vec<EmptyGroup>>>,
}

/// How many empty groups are kept ready.
const SPARE_GROUPS: usize = 4;

/// A group's directories, made but not yet limited or used.
#[derive(Debug)]
struct EmptyGroup {
    dirs: Controllers<PathBuf>,
    join_files: Vec<CString>,
}

impl EmptyGroup {
    fn make(v2: bool, parents: &Controllers<PathBuf>) -> io::Result<Self> {
        let name = super::process_scoped_name();
        let dirs = Controllers {
            memory: parents.memory.join(&name),
            pids: parents.pids.join(&name),
            cpuacct: parents.cpuacct.join(&name),
            cpu: parents.cpu.as_ref().map(|parent| parent.join(&name)),
        };
        // A new process joins through `tasks` in v1: moving the current thread alone skips
        // the kernel's global threadgroup lock, whose RCU wait made `cgroup.procs` writes take
        // up to 20 ms under load. The process has one thread when it joins, so it moves whole.
        let join_file = if v2 { "cgroup.procs" } else { "tasks" };
        let mut join_files = Vec::new();
        for dir in dirs.distinct() {
            std::fs::create_dir(dir)?;
            join_files.push(
                CString::new(dir.join(join_file).as_os_str().as_bytes())
                    .map_err(io::Error::other)?,
            );
        }
        Ok(Self { dirs, join_files })
    }
}

/// The limits a run's group enforces.
#[derive(Debug, Clone, Copy)]
pub struct GroupLimits {
    pub memory_bytes: u64,
    pub processes: u32,
}

impl Cgroups {
    /// Finds a usable hierarchy (v2 with the memory and pids controllers, else v1) and creates
    /// the judge's own group in it, whose runs together may hold at most `memory_ceiling`
    /// bytes. The error says why none works.
    pub fn detect(memory_ceiling: u64) -> Result<Self, String> {
        let mounts = std::fs::read_to_string("/proc/self/mounts")
            .map_err(|e| format!("cannot read /proc/self/mounts: {e}"))?;
        let (v2, shared) = match find_v2(&mounts) {
            Some(root) => {
                let parent = root.join(PARENT);
                create_dir(&parent)?;
                for dir in [&root, &parent] {
                    delegate_controllers(dir).map_err(|e| {
                        format!("cannot delegate controllers in {}: {e}", dir.display())
                    })?;
                }
                let parents = Controllers {
                    memory: parent.clone(),
                    pids: parent.clone(),
                    cpuacct: parent.clone(),
                    cpu: Some(parent),
                };
                (true, parents)
            }
            None => {
                let mount_of = |controller: &str| find_v1(&mounts, controller);
                let missing: Vec<_> = V1_REQUIRED
                    .iter()
                    .filter(|c| mount_of(c).is_none())
                    .collect();
                if !missing.is_empty() {
                    return Err(format!(
                        "no cgroup v2 hierarchy with the memory and pids controllers, and no \
                         cgroup v1 hierarchy for {missing:?}"
                    ));
                }
                let parent_in = |controller: &str| -> Result<PathBuf, String> {
                    let dir = mount_of(controller).expect("checked above").join(PARENT);
                    create_dir(&dir)?;
                    Ok(dir)
                };
                let parents = Controllers {
                    memory: parent_in("memory")?,
                    pids: parent_in("pids")?,
                    cpuacct: parent_in("cpuacct")?,
                    cpu: mount_of("cpu").map(|_| parent_in("cpu")).transpose()?,
                };
                (false, parents)
            }
        };
        remove_stale_groups(v2, &shared);
        let parents = judge_group(v2, &shared, memory_ceiling)?;
        Ok(Self {
            v2,
            parents,
            spare: Arc::default(),
        })
    }

    /// "cgroup v1" or "cgroup v2", for the startup log.
    pub fn version(&self) -> &'static str {
        if self.v2 { "cgroup v2" } else { "cgroup v1" }
    }

    /// A fresh, empty group with `limits` set.
    pub fn create(&self, limits: GroupLimits) -> io::Result<RunGroup> {
        let spare = self.spare.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let EmptyGroup { dirs, join_files } = match spare {
            Some(group) => group,
            None => EmptyGroup::make(self.v2, &self.parents)?,
        };
        self.make_spares();
        let group = RunGroup {
            v2: self.v2,
            dirs,
            join_files,
        };
        group.limit(limits)?;
        Ok(group)
    }

    /// Has the housekeeping thread make empty groups until there are enough.
    fn make_spares(&self) {
        let (v2, parents, spare) = (self.v2, self.parents.clone(), Arc::clone(&self.spare));
        housekeep(move || {
            while spare.lock().unwrap_or_else(|e| e.into_inner()).len() < SPARE_GROUPS {
                match EmptyGroup::make(v2, &parents) {
                    Ok(group) => spare.lock().unwrap_or_else(|e| e.into_inner()).push(group),
                    Err(error) => {
                        tracing::warn!(%error, "cannot make a cgroup ahead of a run");
                        return;
                    }
                }
            }
        });
    }
}

impl Drop for Cgroups {
    /// Removes the judge's group once its runs' groups are gone (the housekeeping thread
    /// removes those in order, so this comes after them).
    fn drop(&mut self) {
        let spare = std::mem::take(&mut *self.spare.lock().unwrap_or_else(|e| e.into_inner()));
        for group in spare {
            for dir in group.dirs.distinct() {
                let _ = std::fs::remove_dir(dir);
            }
        }
        let (v2, dirs) = (
            self.v2,
            self.parents
                .distinct()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>(),
        );
        housekeep(move || remove_group(v2, &dirs));
    }
}

/// Creates this judge's group under the shared parents, with the controllers its runs need
/// delegated to it and `memory_ceiling` as its memory limit.
fn judge_group(
    v2: bool,
    shared: &Controllers<PathBuf>,
    memory_ceiling: u64,
) -> Result<Controllers<PathBuf>, String> {
    let name = super::process_scoped_name();
    let dirs = Controllers {
        memory: shared.memory.join(&name),
        pids: shared.pids.join(&name),
        cpuacct: shared.cpuacct.join(&name),
        cpu: shared.cpu.as_ref().map(|dir| dir.join(&name)),
    };
    for dir in dirs.distinct() {
        create_dir(dir)?;
    }
    let ceiling = memory_ceiling.to_string();
    let limited = if v2 {
        delegate_controllers(&dirs.memory)
            .and_then(|()| write(&dirs.memory.join("memory.max"), &ceiling))
            .and_then(|()| write_if_present(&dirs.memory.join("memory.swap.max"), "0"))
    } else {
        write(&dirs.memory.join("memory.limit_in_bytes"), &ceiling).and_then(|()| {
            write_if_present(&dirs.memory.join("memory.memsw.limit_in_bytes"), &ceiling)
        })
    };
    limited.map_err(|e| format!("cannot set up the judge's cgroup: {e}"))?;
    Ok(dirs)
}

/// Lets a v2 group's children use the memory, pids and (where offered) cpu controllers.
fn delegate_controllers(dir: &Path) -> io::Result<()> {
    let control = dir.join("cgroup.subtree_control");
    write(&control, "+memory +pids +cpu").or_else(|_| write(&control, "+memory +pids"))
}

/// Removes the groups that judges which are no longer running left under the shared parents
/// (a process that was SIGKILLed cleans nothing up), with their runs' groups.
fn remove_stale_groups(v2: bool, shared: &Controllers<PathBuf>) {
    for parent in shared.distinct() {
        let Ok(entries) = std::fs::read_dir(parent) else {
            continue;
        };
        for entry in entries.flatten() {
            if !super::left_by_dead_process(&entry.file_name().to_string_lossy()) {
                continue;
            }
            let runs = std::fs::read_dir(entry.path())
                .into_iter()
                .flatten()
                .flatten()
                .filter(|run| run.file_type().is_ok_and(|kind| kind.is_dir()));
            for run in runs {
                remove_group(v2, &[run.path()]);
            }
            remove_group(v2, &[entry.path()]);
        }
    }
}

/// The group of one run; dropping it kills whatever still runs in it and removes it.
#[derive(Debug)]
pub struct RunGroup {
    v2: bool,
    /// The group's directory for each controller (all the same one in v2).
    dirs: Controllers<PathBuf>,
    join_files: Vec<CString>,
}

impl RunGroup {
    fn limit(&self, limits: GroupLimits) -> io::Result<()> {
        let memory = limits.memory_bytes.to_string();
        let Controllers {
            memory: memory_dir,
            pids,
            cpu,
            ..
        } = &self.dirs;
        if self.v2 {
            write(&memory_dir.join("memory.max"), &memory)?;
            // No swap: a run over its memory limit is killed, not slowed down.
            write_if_present(&memory_dir.join("memory.swap.max"), "0")?;
        } else {
            write(&memory_dir.join("memory.limit_in_bytes"), &memory)?;
            write_if_present(&memory_dir.join("memory.memsw.limit_in_bytes"), &memory)?;
        }
        write(&pids.join("pids.max"), &limits.processes.to_string())?;
        if let Some(cpu) = cpu {
            if self.v2 {
                write_if_present(&cpu.join("cpu.max"), &format!("{CPU_QUOTA_US} 100000"))?;
            } else {
                write(&cpu.join("cpu.cfs_period_us"), "100000")?;
                write(&cpu.join("cpu.cfs_quota_us"), &CPU_QUOTA_US.to_string())?;
            }
        }
        Ok(())
    }

    /// The files a new single-threaded process writes "0" to, to join the group before it
    /// runs anything (see the sandbox's pre-exec step).
    pub fn join_files(&self) -> &[CString] {
        &self.join_files
    }

    /// CPU time used by all processes of the group so far.
    pub fn cpu_time(&self) -> io::Result<Duration> {
        if self.v2 {
            let micros = stat_field(&self.dirs.cpuacct.join("cpu.stat"), "usage_usec")?;
            Ok(Duration::from_micros(micros))
        } else {
            let nanos = read_number(&self.dirs.cpuacct.join("cpuacct.usage"))?;
            Ok(Duration::from_nanos(nanos))
        }
    }

    /// The most memory the group has held at once, in bytes.
    pub fn memory_peak(&self) -> io::Result<u64> {
        if self.v2 {
            read_number(&self.dirs.memory.join("memory.peak"))
                .or_else(|_| read_number(&self.dirs.memory.join("memory.current")))
        } else {
            read_number(&self.dirs.memory.join("memory.max_usage_in_bytes"))
        }
    }

    /// Whether the kernel killed a process of the group for going over the memory limit.
    pub fn oom_killed(&self) -> bool {
        let (file, field) = if self.v2 {
            ("memory.events", "oom_kill")
        } else {
            ("memory.oom_control", "oom_kill")
        };
        stat_field(&self.dirs.memory.join(file), field).is_ok_and(|kills| kills > 0)
    }

    /// Kills every process in the group and waits (briefly) until it is empty.
    pub fn kill_all(&self) {
        kill_all(self.v2, &self.distinct_dirs());
    }

    fn distinct_dirs(&self) -> Vec<PathBuf> {
        self.dirs.distinct().into_iter().cloned().collect()
    }

    /// Kills the processes the group lists now, without waiting for them to be gone.
    pub fn kill_listed(&self) {
        for pid in listed_pids(&self.distinct_dirs()) {
            // SAFETY: kill has no memory-safety preconditions.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }
}

impl Drop for RunGroup {
    /// Removing a group must wait until its last process is fully gone, which can take a
    /// millisecond or two after the run ended: the housekeeping thread does it, off the
    /// judging path.
    fn drop(&mut self) {
        let (v2, dirs) = (self.v2, self.distinct_dirs());
        housekeep(move || remove_group(v2, &dirs));
    }
}

/// Work on groups that no run waits for, done in order by one background thread (or here,
/// if it cannot start).
fn housekeep(job: impl FnOnce() + Send + 'static) {
    type Job = Box<dyn FnOnce() + Send>;
    static HOUSEKEEPER: OnceLock<Option<mpsc::Sender<Job>>> = OnceLock::new();
    let housekeeper = HOUSEKEEPER.get_or_init(|| {
        let (sender, receiver) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("cgroup-housekeeper".to_owned())
            .spawn(move || receiver.into_iter().for_each(|job| job()))
            .ok()
            .map(|_| sender)
    });
    let job: Job = Box::new(job);
    let unsent = match housekeeper {
        Some(sender) => sender.send(job).err().map(|mpsc::SendError(job)| job),
        None => Some(job),
    };
    if let Some(job) = unsent {
        job();
    }
}

fn remove_group(v2: bool, dirs: &[PathBuf]) {
    kill_all(v2, dirs);
    for dir in dirs {
        let deadline = Instant::now() + Duration::from_secs(2);
        while let Err(error) = std::fs::remove_dir(dir) {
            if error.kind() == io::ErrorKind::NotFound || Instant::now() > deadline {
                if error.kind() != io::ErrorKind::NotFound {
                    tracing::warn!(group = %dir.display(), %error, "cannot remove a run's cgroup");
                }
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}

fn kill_all(v2: bool, dirs: &[PathBuf]) {
    if v2 && let Some(dir) = dirs.first() {
        let _ = write(&dir.join("cgroup.kill"), "1");
    }
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let pids = listed_pids(dirs);
        if pids.is_empty() || Instant::now() > deadline {
            return;
        }
        for pid in pids {
            // SAFETY: kill has no memory-safety preconditions.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// The processes a group lists; every process of a run is in each of its directories, so the
/// first that answers is enough.
fn listed_pids(dirs: &[PathBuf]) -> Vec<i32> {
    dirs.iter()
        .find_map(|dir| std::fs::read_to_string(dir.join("cgroup.procs")).ok())
        .map(|text| {
            text.lines()
                .filter_map(|line| line.trim().parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The mount point of a cgroup v2 hierarchy that offers the memory and pids controllers.
fn find_v2(mounts: &str) -> Option<PathBuf> {
    mounts.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.get(2) != Some(&"cgroup2") {
            return None;
        }
        let root = PathBuf::from(fields[1]);
        let controllers = std::fs::read_to_string(root.join("cgroup.controllers")).ok()?;
        let offered: Vec<&str> = controllers.split_whitespace().collect();
        (offered.contains(&"memory") && offered.contains(&"pids")).then_some(root)
    })
}

/// The mount point of the cgroup v1 hierarchy that holds `controller`.
fn find_v1(mounts: &str, controller: &str) -> Option<PathBuf> {
    mounts.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let options = fields.get(3)?;
        (fields.get(2) == Some(&"cgroup") && options.split(',').any(|o| o == controller))
            .then(|| PathBuf::from(fields[1]))
    })
}

fn create_dir(dir: &Path) -> Result<(), String> {
    match std::fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(format!("cannot create the cgroup {}: {e}", dir.display())),
    }
}

fn write(path: &Path, value: &str) -> io::Result<()> {
    std::fs::write(path, value)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

fn write_if_present(path: &Path, value: &str) -> io::Result<()> {
    if path.exists() {
        write(path, value)
    } else {
        Ok(())
    }
}

fn read_number(path: &Path) -> io::Result<u64> {
    std::fs::read_to_string(path)?
        .trim()
        .parse()
        .map_err(io::Error::other)
}

/// The value of `field` in a "name value" per line file such as cpu.stat.
fn stat_field(path: &Path, field: &str) -> io::Result<u64> {
    std::fs::read_to_string(path)?
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(' ')?;
            (name == field).then(|| value.trim().parse().ok())?
        })
        .ok_or_else(|| io::Error::other(format!("no {field} in {}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn co_mounted_controllers_share_one_directory() {
        let dirs = Controllers {
            memory: "m",
            pids: "p",
            cpuacct: "c,ca",
            cpu: Some("c,ca"),
        };
        assert_eq!(dirs.distinct(), [&"m", &"p", &"c,ca"]);
    }

    #[test]
    fn v1_hierarchies_are_found_by_controller() {
        let mounts = "cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,relatime,cpu,cpuacct 0 0\n\
                      cgroup /sys/fs/cgroup/memory cgroup rw,relatime,memory 0 0\n";
        assert_eq!(
            find_v1(mounts, "cpuacct"),
            Some(PathBuf::from("/sys/fs/cgroup/cpu,cpuacct"))
        );
        assert_eq!(
            find_v1(mounts, "memory"),
            Some(PathBuf::from("/sys/fs/cgroup/memory"))
        );
        assert_eq!(find_v1(mounts, "pids"), None);
    }
}
