//! The judge engine on real programs in the real sandbox: verdicts in every language, the
//! checkers, and hostile programs that must be contained without harming the host.
//!
//! The sandbox needs root (to switch to the sandbox user and create cgroups) and bubblewrap.
//! Where it cannot work these tests say so loudly and pass, except with CI=true, where an
//! unavailable judge fails them.

mod support;

use grindstone::judge::checker::CheckerSpec;
use grindstone::judge::engine::{Judge, Mode, Task, TestCase};
use grindstone::judge::zygote;
use grindstone::judge::{JudgeReport, Verdict};
use std::sync::OnceLock;

const NOBODY: u32 = 65534;

/// One judge for the whole test binary (probing the languages takes a moment).
fn judge() -> Option<&'static Judge> {
    static JUDGE: OnceLock<Option<(Judge, tempfile::TempDir)>> = OnceLock::new();
    JUDGE
        .get_or_init(|| {
            let work = support::sandbox_work_dir();
            support::judge_or_skip(work.path().join("judge"), 2).map(|judge| (judge, work))
        })
        .as_ref()
        .map(|(judge, _)| judge)
}

/// Judges `source` on tests given as (input, expected) pairs.
fn submit(language: &str, source: &str, tests: &[(&str, &str)]) -> Option<JudgeReport> {
    let tests: Vec<TestCase> = tests
        .iter()
        .enumerate()
        .map(|(i, (input, expected))| TestCase {
            name: format!("{:02}", i + 1),
            input: (*input).to_owned(),
            expected: Some((*expected).to_owned()),
            visible: true,
        })
        .collect();
    judge_task(
        language,
        source,
        &tests,
        &CheckerSpec::Tokens,
        Mode::FirstFailure,
        1000,
    )
}

/// Runs `source` once on `input` with no expected output, as `judge run` does.
fn run(language: &str, source: &str, input: &str, time_limit_ms: u64) -> Option<JudgeReport> {
    let tests = [TestCase {
        name: "stdin".to_owned(),
        input: input.to_owned(),
        expected: None,
        visible: true,
    }];
    judge_task(
        language,
        source,
        &tests,
        &CheckerSpec::Tokens,
        Mode::All,
        time_limit_ms,
    )
}

/// Judges with the shared judge, or `None` where there is none.
fn judge_task(
    language: &str,
    source: &str,
    tests: &[TestCase],
    checker: &CheckerSpec,
    mode: Mode,
    time_limit_ms: u64,
) -> Option<JudgeReport> {
    let judge = judge()?;
    Some(judge_with(
        judge,
        language,
        source,
        tests,
        checker,
        mode,
        time_limit_ms,
    ))
}

/// Judges with 128 MiB of memory.
fn judge_with(
    judge: &Judge,
    language: &str,
    source: &str,
    tests: &[TestCase],
    checker: &CheckerSpec,
    mode: Mode,
    time_limit_ms: u64,
) -> JudgeReport {
    judge.judge(
        &Task {
            language,
            source,
            tests,
            time_limit_ms,
            memory_limit_mb: 128,
            checker,
            mode,
        },
        &|_| {},
    )
}

fn stdout_of(report: &JudgeReport) -> &str {
    report.tests[0].stdout.as_deref().unwrap_or("")
}

const SUM_TESTS: &[(&str, &str)] = &[
    ("1 2\n", "3\n"),
    ("-5 10\n", "5\n"),
    ("2000000000 2000000000\n", "4000000000\n"),
];

#[test]
fn the_six_languages_are_available_and_accept_a_right_answer() {
    let Some(judge) = judge() else { return };
    let languages = judge.languages();
    let ids: Vec<_> = languages.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["python", "c", "cpp", "rust", "javascript", "java"]);
    for language in &languages {
        assert!(
            language.available,
            "{} unavailable: {:?}",
            language.id, language.problem
        );
        assert!(language.version.as_deref().is_some_and(|v| !v.is_empty()));
    }
    let solutions = [
        ("python", "a, b = map(int, input().split())\nprint(a + b)\n"),
        (
            "c",
            "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a+b);return 0;}\n",
        ),
        (
            "cpp",
            "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n",
        ),
        (
            "rust",
            "use std::io::Read;\nfn main(){let mut s=String::new();std::io::stdin().read_to_string(&mut s).unwrap();let v:Vec<i64>=s.split_whitespace().map(|x|x.parse().unwrap()).collect();println!(\"{}\",v[0]+v[1]);}\n",
        ),
        (
            "javascript",
            "const [a,b]=require('fs').readFileSync(0,'utf8').trim().split(/\\s+/).map(Number);console.log(a+b);\n",
        ),
        (
            "java",
            "import java.util.*;\npublic class Main{public static void main(String[] x){Scanner s=new Scanner(System.in);long a=s.nextLong(),b=s.nextLong();System.out.println(a+b);}}\n",
        ),
    ];
    for (language, source) in solutions {
        let report = submit(language, source, SUM_TESTS).unwrap();
        assert_eq!(report.verdict, Verdict::Accepted, "{language}: {report:#?}");
        assert_eq!(report.tests.len(), 3);
        assert!(
            report.tests.iter().all(|t| t.memory_kib > 0),
            "{language}: memory measured"
        );
    }
}

#[test]
fn wrong_answers_stop_at_the_first_failing_test() {
    // Overflows on the third test only.
    let source = "#include <stdio.h>\nint main(void){int a,b;scanf(\"%d %d\",&a,&b);printf(\"%d\\n\",a+b);}\n";
    let Some(report) = submit("c", source, SUM_TESTS) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::WrongAnswer);
    assert_eq!(report.tests.len(), 3);
    assert_eq!(report.tests[2].verdict, Verdict::WrongAnswer);
    assert_eq!(report.tests[2].stdout.as_deref(), Some("-294967296\n"));

    let wrong_first = submit("python", "print(0)\n", SUM_TESTS).unwrap();
    assert_eq!(wrong_first.verdict, Verdict::WrongAnswer);
    assert_eq!(
        wrong_first.tests.len(),
        1,
        "nothing after the first failure"
    );
    assert_eq!(wrong_first.total_tests, 3);
}

#[test]
fn compilation_errors_carry_the_compiler_output() {
    let Some(report) = submit("cpp", "int main() { return undeclared; }\n", SUM_TESTS) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::CompilationError);
    assert!(
        report
            .compile_output
            .as_deref()
            .unwrap()
            .contains("undeclared"),
        "{report:#?}"
    );
    assert!(report.tests.is_empty());
    for (language, source) in [
        ("python", "def f(:\n"),
        ("rust", "fn main() { let x: i32 = \"no\"; }\n"),
        ("java", "public class Main { void f() { int x = ; } }\n"),
        ("javascript", "function (\n"),
    ] {
        let report = submit(language, source, SUM_TESTS).unwrap();
        assert_eq!(
            report.verdict,
            Verdict::CompilationError,
            "{language}: {report:#?}"
        );
        assert!(
            !report.compile_output.unwrap_or_default().is_empty(),
            "{language}"
        );
    }
}

#[test]
fn runtime_errors_say_the_exit_code_or_signal() {
    let Some(report) = run("python", "import sys\nsys.exit(3)\n", "", 1000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::RuntimeError);
    assert_eq!(report.tests[0].exit_code, Some(3));

    let report = run("c", "int main(void){int *p=0;return *p;}\n", "", 1000).unwrap();
    assert_eq!(report.verdict, Verdict::RuntimeError);
    assert_eq!(report.tests[0].signal, Some(11), "{report:#?}");
    assert!(
        report.tests[0]
            .message
            .as_deref()
            .unwrap()
            .contains("SIGSEGV")
    );

    let report = run("python", "raise ValueError('boom')\n", "", 1000).unwrap();
    assert_eq!(report.verdict, Verdict::RuntimeError);
    assert!(
        report.tests[0]
            .stderr
            .as_deref()
            .unwrap()
            .contains("ValueError: boom")
    );
}

#[test]
fn a_plain_run_is_ok_and_shows_its_output() {
    let Some(report) = run("python", "print(input()[::-1])\n", "stressed\n", 1000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::Ok);
    assert_eq!(stdout_of(&report), "desserts\n");
}

#[test]
fn checkers_compare_as_the_problem_says() {
    let Some(judge) = judge() else { return };
    let test = |expected: &str| TestCase {
        name: "01".to_owned(),
        input: String::new(),
        expected: Some(expected.to_owned()),
        visible: false,
    };
    let verdict = |source: &str, expected: &str, checker: CheckerSpec| {
        let tests = [test(expected)];
        let report = judge_with(
            judge,
            "python",
            source,
            &tests,
            &checker,
            Mode::FirstFailure,
            1000,
        );
        assert!(
            report.tests.iter().all(|t| t.stdout.is_none()),
            "hidden tests hide output"
        );
        report.verdict
    };
    let float = || CheckerSpec::Float {
        abs: 1e-6,
        rel: 1e-6,
    };
    assert_eq!(
        verdict("print('0.3333333')", "0.333333333\n", float()),
        Verdict::Accepted
    );
    assert_eq!(
        verdict("print('0.3334')", "0.333333333\n", float()),
        Verdict::WrongAnswer
    );
    assert_eq!(
        verdict("print('b\\na')", "a\nb\n", CheckerSpec::UnorderedLines),
        Verdict::Accepted
    );
    assert_eq!(
        verdict("print('a b')", "a  b\n", CheckerSpec::Exact),
        Verdict::WrongAnswer
    );
    assert_eq!(
        verdict("print('a  b')", "a  b\n", CheckerSpec::Exact),
        Verdict::Accepted
    );

    // A custom checker: any two numbers that add up to 10.
    let custom = || CheckerSpec::Custom {
        source: "import sys\nout = open(sys.argv[3]).read().split()\n\
                 sys.exit(0 if len(out) == 2 and int(out[0]) + int(out[1]) == 10 else 1)\n"
            .to_owned(),
    };
    assert_eq!(verdict("print(3, 7)", "5 5\n", custom()), Verdict::Accepted);
    assert_eq!(
        verdict("print(3, 8)", "5 5\n", custom()),
        Verdict::WrongAnswer
    );
    let broken = CheckerSpec::Custom {
        source: "raise SystemExit(7)\n".to_owned(),
    };
    assert_eq!(verdict("print(1)", "1\n", broken), Verdict::InternalError);
}

// ---- Hostile programs ------------------------------------------------------------------

#[test]
fn a_fork_bomb_is_contained() {
    let source = "#include <unistd.h>\nint main(void){for(;;) fork();}\n";
    let Some(report) = run("c", source, "", 1000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::TimeLimitExceeded, "{report:#?}");
    assert_host_can_start_processes();
}

#[test]
fn a_thread_bomb_is_contained() {
    let source = "#include <pthread.h>\n#include <unistd.h>\n\
                  void *spin(void *x){for(;;) pause(); return x;}\n\
                  int main(void){pthread_t t; int made = 0;\n\
                  while (pthread_create(&t, 0, spin, 0) == 0) made++;\n\
                  return made < 100 ? 42 : 0;}\n";
    let Some(report) = run("c", source, "", 1000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::RuntimeError, "{report:#?}");
    assert_eq!(
        report.tests[0].exit_code,
        Some(42),
        "thread creation failed early: {report:#?}"
    );
    assert_host_can_start_processes();
}

#[test]
fn a_memory_bomb_is_memory_limit_exceeded() {
    let Some(report) = run("python", "x = b'x' * (1 << 31)\nprint(len(x))\n", "", 2000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::MemoryLimitExceeded, "{report:#?}");
    let report = run(
        "cpp",
        "#include <vector>\nint main(){std::vector<long> v; for(;;) v.push_back(1);}\n",
        "",
        2000,
    )
    .unwrap();
    assert_eq!(report.verdict, Verdict::MemoryLimitExceeded, "{report:#?}");
    assert!(
        report.memory_kib >= 100 * 1024,
        "the peak is measured: {report:#?}"
    );
}

#[test]
fn the_judge_memory_ceiling_holds_for_runs_that_are_each_within_their_limit() {
    // 96 MiB is within the run's 128 MiB, but not within a ceiling of 64 MiB for the whole
    // judge: the run is stopped as over its memory.
    let work = support::sandbox_work_dir();
    let root = work.path().join("judge");
    let Some(judge) = support::adjusted_judge_or_skip(root, 1, |options| {
        options.memory_ceiling_bytes = 64 << 20;
    }) else {
        return;
    };
    let source = "data = bytearray(96 * 1024 * 1024)\nprint(len(data))\n";
    let tests = [TestCase {
        name: "01".to_owned(),
        input: String::new(),
        expected: None,
        visible: true,
    }];
    let ceiling = judge_with(
        &judge,
        "python",
        source,
        &tests,
        &CheckerSpec::Tokens,
        Mode::All,
        2000,
    );
    assert_eq!(
        ceiling.verdict,
        Verdict::MemoryLimitExceeded,
        "{ceiling:#?}"
    );
    let Some(unbounded) = run("python", source, "", 2000) else {
        return;
    };
    assert_eq!(unbounded.verdict, Verdict::Ok, "{unbounded:#?}");
}

#[test]
fn a_cpu_spin_and_a_sleeper_are_time_limit_exceeded() {
    let Some(report) = run("python", "while True:\n    pass\n", "", 300) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::TimeLimitExceeded);
    assert!(
        report.tests[0].cpu_ms >= 900,
        "ran until the limit: {report:#?}"
    );

    let started = std::time::Instant::now();
    let report = run("python", "import time\ntime.sleep(10**6)\n", "", 300).unwrap();
    assert_eq!(report.verdict, Verdict::TimeLimitExceeded);
    assert!(
        started.elapsed().as_secs() < 10,
        "the wall clock limit stopped it"
    );
}

#[test]
fn endless_output_is_output_limit_exceeded() {
    let Some(report) = run("python", "while True:\n    print('x' * 1000)\n", "", 5000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::OutputLimitExceeded, "{report:#?}");
    assert!(
        stdout_of(&report).len() <= 17 * 1024,
        "the report keeps only a bounded part"
    );
}

#[test]
fn a_huge_file_is_stopped_at_the_file_size_limit() {
    let source = "#include <stdio.h>\nint main(void){FILE *f=fopen(\"/tmp/big\",\"w\");\
                  static char b[1<<16]; for(;;) fwrite(b,1,sizeof b,f);}\n";
    let Some(report) = run("c", source, "", 2000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::OutputLimitExceeded, "{report:#?}");
    assert!(
        report.tests[0]
            .message
            .as_deref()
            .unwrap()
            .contains("file larger")
    );
}

#[test]
fn host_files_and_secrets_are_out_of_reach() {
    let secrets = tempfile::tempdir().unwrap();
    let database = secrets.path().join("grindstone.db");
    std::fs::write(&database, "TOP-SECRET-DATABASE").unwrap();
    std::fs::set_permissions(
        secrets.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    assert!(
        std::env::var_os("CARGO_MANIFEST_DIR").is_some(),
        "cargo sets it for tests"
    );
    let source = format!(
        "import os\n\
         for path in ['{db}', '/etc/shadow', '/proc/1/environ', '/root/.bash_history', '/etc/passwd']:\n\
         \ttry:\n\t\tprint(path, open(path, 'rb').read()[:100])\n\
         \texcept OSError as e:\n\t\tprint(path, 'unreadable', type(e).__name__)\n\
         print(sorted(os.environ))\n\
         print(os.getuid(), os.listdir('/'))\n\
         print('descriptors', sorted(os.listdir('/proc/self/fd')))\n",
        db = database.display()
    );
    let Some(report) = run("python", &source, "", 2000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::Ok, "{report:#?}");
    let output = stdout_of(&report);
    assert!(!output.contains("TOP-SECRET"), "a secret leaked:\n{output}");
    assert!(
        output.contains(&format!("{} unreadable", database.display())),
        "{output}"
    );
    assert!(output.contains("/etc/shadow unreadable"), "{output}");
    assert!(
        !output.contains("CARGO"),
        "the server's environment leaked:\n{output}"
    );
    assert!(
        output.contains("['HOME', 'LANG', 'PATH', 'PWD']"),
        "{output}"
    );
    assert!(output.contains("65534"), "runs as nobody:\n{output}");
    // The standard streams, and the one listing them: nothing of the box or the judge.
    assert!(
        output.contains("descriptors ['0', '1', '2', '3']"),
        "{output}"
    );
}

#[test]
fn the_network_is_unreachable() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let source = format!(
        "import socket\n\
         for host in ['127.0.0.1', '10.0.0.1']:\n\
         \ttry:\n\t\tsocket.create_connection((host, {port}), timeout=1)\n\t\tprint(host, 'connected')\n\
         \texcept OSError as e:\n\t\tprint(host, 'failed', e)\n\
         try:\n\tsocket.socket(socket.AF_UNIX).bind('\\0rendezvous')\n\tprint('abstract socket bound')\n\
         except OSError as e:\n\tprint('sockets refused', type(e).__name__)\n\
         a, b = socket.socketpair()\na.send(b'x')\nprint('socketpair', b.recv(1))\n"
    );
    let Some(report) = run("python", &source, "", 3000) else {
        return;
    };
    let output = stdout_of(&report);
    assert!(!output.contains("connected"), "{output}");
    // Each run has its own empty network namespace, and may make no socket. A socket pair
    // between a program's own processes still works.
    assert!(
        output.contains("sockets refused PermissionError"),
        "{output}"
    );
    assert!(output.contains("socketpair b'x'"), "{output}");
    assert!(
        listener.accept().is_err(),
        "nothing reached the host's loopback"
    );
}

/// Every place two runs could meet: an abstract Unix socket name (bound on a socket pair, as
/// an attacker did, since making sockets is refused), named pipes in /tmp and /dev/shm, and a
/// System V message queue. `ROLE` is replaced by `"listen"` or `"send"`.
const RENDEZVOUS: &str = r#"
import ctypes, errno, os, socket, time
role = ROLE
for kind in ['net', 'ipc', 'mnt']:
    print('namespace', os.readlink('/proc/self/ns/' + kind))
libc = ctypes.CDLL(None, use_errno=True)
NAME = b'\0grindstone-rendezvous'
FIFOS = ['/tmp/rendezvous', '/dev/shm/rendezvous']
KEY, IPC_CREAT, IPC_NOWAIT = 0x6772, 0o1000, 0o4000
class Message(ctypes.Structure):
    _fields_ = [('mtype', ctypes.c_long), ('text', ctypes.c_char * 64)]
def attempt(what, action):
    try:
        action()
        print(what, 'ok')
        return True
    except OSError as e:
        print(what, 'refused', errno.errorcode.get(e.errno, e.errno))
        return False
if role == 'listen':
    readers = []
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    a.setblocking(False)
    attempt('abstract bind', lambda: a.bind(NAME))
    for path in FIFOS:
        if attempt('fifo ' + path, lambda: os.mkfifo(path)):
            readers.append(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
    queue = libc.msgget(KEY, IPC_CREAT | 0o666)
    print('queue', 'ok' if queue >= 0 else 'refused')
    deadline = time.time() + 2.5
    while time.time() < deadline:
        for fd in readers:
            data = os.read(fd, 64)
            if data:
                print('received through a fifo', data)
        try:
            print('received on the socket', a.recv(64))
        except OSError:
            pass
        message = Message()
        if queue >= 0 and libc.msgrcv(queue, ctypes.byref(message), 64, 0, IPC_NOWAIT) > 0:
            print('received through the queue', message.text)
        time.sleep(0.05)
    print('listened')
else:
    time.sleep(0.5)
    s, _ = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    attempt('abstract send', lambda: s.sendto(b'secret', NAME))
    for path in FIFOS:
        def send():
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            os.write(fd, b'secret')
        attempt('fifo ' + path, send)
    queue = libc.msgget(KEY, 0o666)
    message = Message(1, b'secret')
    sent = queue >= 0 and libc.msgsnd(queue, ctypes.byref(message), 64, IPC_NOWAIT) == 0
    print('queue', 'sent' if sent else 'not found')
"#;

#[test]
fn two_runs_at_once_cannot_reach_each_other() {
    if judge().is_none() {
        return;
    }
    let program = |role: &str| RENDEZVOUS.replace("ROLE", &format!("{role:?}"));
    let (listener, sender) = (program("listen"), program("send"));
    let (listened, sent) = std::thread::scope(|scope| {
        let listening = scope.spawn(|| run("python", &listener, "", 3000));
        let sending = scope.spawn(|| run("python", &sender, "", 3000));
        (listening.join().unwrap(), sending.join().unwrap())
    });
    let (Some(listened), Some(sent)) = (listened, sent) else {
        return;
    };
    let (heard, said) = (stdout_of(&listened), stdout_of(&sent));
    // The listener set up every place it could (so the test would see a leak), and heard
    // nothing; the sender found nobody.
    assert!(heard.contains("fifo /tmp/rendezvous ok"), "{heard}");
    assert!(heard.contains("fifo /dev/shm/rendezvous ok"), "{heard}");
    assert!(heard.contains("queue ok"), "{heard}");
    assert!(heard.contains("abstract bind refused EPERM"), "{heard}");
    assert!(heard.contains("listened"), "{heard}\n{listened:#?}");
    assert!(!heard.contains("received"), "{heard}\nsender: {said}");
    assert!(said.contains("queue not found"), "{said}");
    assert!(!said.contains(" ok"), "{said}");
    // Each in namespaces of its own.
    let namespaces = |output: &str| -> Vec<String> {
        output
            .lines()
            .filter(|line| line.starts_with("namespace "))
            .map(str::to_owned)
            .collect()
    };
    let (theirs, ours) = (namespaces(heard), namespaces(said));
    assert_eq!(theirs.len(), 3, "{heard}");
    assert!(
        theirs.iter().all(|ns| !ours.contains(ns)),
        "{heard}\n{said}"
    );
}

#[test]
fn io_uring_namespaces_and_listening_are_refused() {
    let source = r#"
import ctypes, errno, socket
libc = ctypes.CDLL(None, use_errno=True)
def call(name, *args):
    args = [a if isinstance(a, ctypes.Array) else ctypes.c_long(a) for a in args]
    result = libc.syscall(*args)
    print(name, 'allowed' if result >= 0 else errno.errorcode[ctypes.get_errno()])
params = ctypes.create_string_buffer(120)
call('io_uring_setup', 425, 4, params)
call('unshare', 272, 0x40000000)
call('clone3', 435, 0, 0)
call('bind', 49, 0, 0, 0)
call('listen', 50, 0, 0)
a, b = socket.socketpair()
a.send(b'pair')
print('socketpair', b.recv(4))
"#;
    let Some(report) = run("python", source, "", 3000) else {
        return;
    };
    let output = stdout_of(&report);
    for line in [
        "io_uring_setup EPERM",
        "unshare EPERM",
        "clone3 ENOSYS",
        "bind EPERM",
        "listen EPERM",
        "socketpair b'pair'",
    ] {
        assert!(output.contains(line), "{line}: {output}");
    }
}

#[test]
fn planted_symlinks_and_box_writes_go_nowhere() {
    let target = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(target.path(), "untouched").unwrap();
    let source = format!(
        "import os\n\
         for link in ['/box/main.py', '/box/planted', '/tmp/planted']:\n\
         \ttry:\n\t\tos.symlink('{target}', link)\n\t\tprint(link, 'planted')\n\
         \texcept OSError as e:\n\t\tprint(link, 'refused', type(e).__name__)\n\
         try:\n\topen('/box/out', 'w').write('x')\n\tprint('box writable')\n\
         except OSError:\n\tprint('box read-only')\n\
         try:\n\topen('/tmp/planted', 'w').write('overwritten')\n\
         except OSError as e:\n\tprint('write through the link failed', type(e).__name__)\n",
        target = target.path().display()
    );
    let Some(report) = run("python", &source, "", 2000) else {
        return;
    };
    let output = stdout_of(&report);
    assert!(output.contains("/box/planted refused"), "{output}");
    assert!(output.contains("box read-only"), "{output}");
    assert_eq!(std::fs::read_to_string(target.path()).unwrap(), "untouched");
}

#[test]
fn kill_everything_reaches_only_the_box() {
    if judge().is_none() {
        return;
    }
    let mut bystander = std::process::Command::new("sleep");
    bystander.arg("60");
    std::os::unix::process::CommandExt::uid(&mut bystander, NOBODY);
    let mut bystander = bystander.spawn().unwrap();
    let report = run(
        "python",
        "import os, signal\nos.kill(-1, signal.SIGKILL)\nprint('alive')\n",
        "",
        1000,
    )
    .expect("the judge works");
    assert!(
        bystander.try_wait().unwrap().is_none(),
        "a process outside the box was killed"
    );
    bystander.kill().unwrap();
    bystander.wait().unwrap();
    assert!(
        matches!(report.verdict, Verdict::Ok | Verdict::RuntimeError),
        "{report:#?}"
    );
}

#[test]
fn ptrace_reaches_nothing_outside_the_box() {
    // The parent it sees is the sandbox's own init; the judge and the rest of the host are
    // not in its process namespace at all.
    let source = "#include <dirent.h>\n#include <stdio.h>\n#include <stdlib.h>\n\
                  #include <sys/ptrace.h>\n#include <unistd.h>\n\
                  int main(void){printf(\"parent %d\\n\", (int)getppid());\n\
                  ptrace(PTRACE_ATTACH, getppid(), 0, 0);\n\
                  DIR *d = opendir(\"/proc\"); struct dirent *e; int seen = 0;\n\
                  while ((e = readdir(d))) if (atoi(e->d_name) > 0) seen++;\n\
                  printf(\"processes %d\\n\", seen);}\n";
    let Some(report) = run("c", source, "", 1000) else {
        return;
    };
    let output = stdout_of(&report);
    assert_eq!(report.verdict, Verdict::Ok, "{report:#?}");
    assert!(output.contains("parent 1\n"), "{output}");
    assert!(
        output.contains("processes 2\n"),
        "only itself and the sandbox's init: {output}"
    );
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    assert!(status.contains("TracerPid:\t0"), "the host is not traced");
}

#[test]
fn nothing_survives_from_one_run_to_the_next() {
    // Runs share a box (and, two at a time, run side by side in it): each must start from
    // what the box had, whatever the runs before it wrote.
    let Some(judge) = judge() else { return };
    let source = "import os\n\
                  places = ['/tmp', '/dev/shm', '/', '/dev', '/box', '/data', '/judge-work', '/proc']\n\
                  found = [p for p in places if os.path.exists(os.path.join(p, 'marker'))]\n\
                  for p in places:\n\
                  \ttry:\n\t\topen(os.path.join(p, 'marker'), 'w').write('x')\n\
                  \texcept OSError:\n\t\tpass\n\
                  print('found', *found) if found else print('clean')\n\
                  try:\n\tprint(os.listdir('/judge-work') or 'hidden')\n\
                  except OSError:\n\tprint('hidden')\n";
    let tests: Vec<TestCase> = (1..=4)
        .map(|i| TestCase {
            name: format!("{i:02}"),
            input: String::new(),
            expected: Some("clean\nhidden\n".to_owned()),
            visible: true,
        })
        .collect();
    for _ in 0..2 {
        let report = judge_with(
            judge,
            "python",
            source,
            &tests,
            &CheckerSpec::Tokens,
            Mode::All,
            1000,
        );
        assert_eq!(report.verdict, Verdict::Accepted, "{report:#?}");
    }
}

#[test]
fn a_box_that_dies_is_started_again() {
    let work = support::sandbox_work_dir();
    let root = work.path().join("judge");
    let Some(judge) = support::judge_or_skip(root.clone(), 1) else {
        return;
    };
    let hello = || {
        let tests = [TestCase {
            name: "01".to_owned(),
            input: String::new(),
            expected: Some("hi\n".to_owned()),
            visible: true,
        }];
        judge_with(
            &judge,
            "python",
            "print('hi')\n",
            &tests,
            &CheckerSpec::Tokens,
            Mode::All,
            1000,
        )
    };
    assert_eq!(hello().verdict, Verdict::Accepted);
    let killed = kill_fork_servers_binding(&root);
    assert!(
        !killed.is_empty(),
        "found no fork server of this judge's boxes"
    );
    // A run handed to a dying box would be lost with it (an internal error): wait till it is
    // gone, as a crash would be.
    while killed
        .iter()
        .any(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists())
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(hello().verdict, Verdict::Accepted, "a new box took over");
}

#[test]
fn a_box_that_starts_slowly_holds_up_no_other_box() {
    // bubblewrap behind a wrapper that, once told to, takes three seconds to start a box that
    // binds the Rust toolchain; a Python run meanwhile goes to a box of its own.
    let work = support::sandbox_work_dir();
    let slow = work.path().join("slow");
    let wrapper = work.path().join("bwrap");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\ncase \"$*\" in *grindstone/rust*) [ -e {} ] && sleep 3;; esac\n\
             exec bwrap \"$@\"\n",
            slow.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(
        &wrapper,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let root = work.path().join("judge");
    let Some(judge) = support::adjusted_judge_or_skip(root, 1, |options| {
        options.bwrap = wrapper.clone();
    }) else {
        return;
    };
    std::fs::write(&slow, "").unwrap();
    let hello = |language: &str, source: &str| {
        let tests = [TestCase {
            name: "01".to_owned(),
            input: String::new(),
            expected: Some("hi\n".to_owned()),
            visible: true,
        }];
        let started = std::time::Instant::now();
        let report = judge_with(
            &judge,
            language,
            source,
            &tests,
            &CheckerSpec::Tokens,
            Mode::All,
            1000,
        );
        assert_eq!(report.verdict, Verdict::Accepted, "{report:#?}");
        started.elapsed()
    };
    let (rust, python) = std::thread::scope(|scope| {
        let rust = scope.spawn(|| hello("rust", "fn main() { println!(\"hi\"); }\n"));
        std::thread::sleep(std::time::Duration::from_millis(300));
        let python = hello("python", "print('hi')\n");
        (rust.join().unwrap(), python)
    });
    assert!(
        rust.as_secs_f64() >= 3.0,
        "the Rust box started slowly: {rust:?}"
    );
    assert!(
        python.as_secs_f64() < 2.0,
        "Python waited for the Rust box: {python:?}"
    );
}

/// Kills the fork servers of the boxes that bind `work_root` (this judge's only); returns
/// their pids.
fn kill_fork_servers_binding(work_root: &std::path::Path) -> Vec<i32> {
    let arguments = |pid: &str| -> Vec<String> {
        std::fs::read(format!("/proc/{pid}/cmdline"))
            .unwrap_or_default()
            .split(|&b| b == 0)
            .map(|arg| String::from_utf8_lossy(arg).into_owned())
            .collect()
    };
    let children = |pid: &str| -> Vec<String> {
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let root = work_root.display().to_string();
    let mut pending: Vec<String> = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|pid| arguments(pid).contains(&root))
        .collect();
    let mut killed = Vec::new();
    while let Some(pid) = pending.pop() {
        pending.extend(children(&pid));
        // The fork server itself: bubblewrap's own processes name it too.
        let program = format!("/proc/self/fd/{}", zygote::PROGRAM_FD);
        if arguments(&pid)[..] == [program.as_str(), zygote::SUBCOMMAND, ""] {
            let pid: i32 = pid.parse().unwrap();
            // SAFETY: kill has no memory-safety preconditions.
            assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
            killed.push(pid);
        }
    }
    killed
}

#[test]
fn hostile_compilations_are_compilation_errors() {
    let Some(report) = run("cpp", "#include </dev/random>\nint main(){}\n", "", 1000) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::CompilationError, "{report:#?}");

    // Each level instantiates two new types of the next: 2^32 instantiations.
    let explosion = "template<int N, long M> struct T { static const long v = T<N-1, 2*M>::v + T<N-1, 2*M+1>::v; };\n\
                     template<long M> struct T<0, M> { static const long v = M; };\n\
                     int main() { return (int) T<32, 1>::v; }\n";
    let report = run("cpp", explosion, "", 1000).unwrap();
    assert_eq!(report.verdict, Verdict::CompilationError, "{report:#?}");
    assert!(report.message.is_some());
}

#[test]
fn the_judge_keeps_working_after_hostile_runs() {
    let Some(report) = submit(
        "python",
        "a, b = map(int, input().split())\nprint(a + b)\n",
        SUM_TESTS,
    ) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::Accepted);
}

fn assert_host_can_start_processes() {
    let status = std::process::Command::new("true")
        .status()
        .expect("the host can fork");
    assert!(status.success());
}

#[test]
fn working_directories_are_removed() {
    let work = support::sandbox_work_dir();
    let work_root = work.path().join("judge");
    let Some(judge) = support::judge_or_skip(work_root.clone(), 2) else {
        return;
    };
    let tests = [TestCase {
        name: "01".to_owned(),
        input: String::new(),
        expected: Some("hi\n".to_owned()),
        visible: false,
    }];
    let source = "#include <stdio.h>\nint main(void){puts(\"hi\");}\n";
    let report = judge_with(
        &judge,
        "c",
        source,
        &tests,
        &CheckerSpec::Tokens,
        Mode::FirstFailure,
        1000,
    );
    assert_eq!(report.verdict, Verdict::Accepted);
    let left: Vec<_> = std::fs::read_dir(&work_root).unwrap().flatten().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
