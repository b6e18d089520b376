//! The `grindstone` binary, run as an administrator would run it.

mod support;

use grindstone::accounts::{self, Email, Role};
use std::io::Write;
use std::process::{Command, Output, Stdio};
use support::TestDb;

/// Runs the binary with `args` on the database at `database_url`, feeding `stdin`.
fn grindstone(args: &[&str], database_url: &str, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_grindstone"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("GRINDSTONE_CONFIG", "/dev/null")
        .env("GRINDSTONE_DATA__PROBLEM_BANK", "tests/fixtures/problems")
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start grindstone");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().expect("wait for grindstone")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_lists_every_command() {
    let output = grindstone(&["--help"], "sqlite://unused.db", "");
    assert!(output.status.success());
    let help = text(&output.stdout);
    for command in [
        "serve",
        "migrate",
        "seed",
        "create-admin",
        "problems",
        "interviews",
    ] {
        assert!(
            help.contains(command),
            "--help should list {command}:\n{help}"
        );
    }
}

#[tokio::test]
async fn create_admin_reads_the_password_from_stdin() {
    let database = TestDb::sqlite().await;
    let output = grindstone(
        &[
            "create-admin",
            "--email",
            "Root@Example.com",
            "--name",
            "Root",
        ],
        &database.url(),
        "a long enough password\n",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Administrator created"));

    let admin = accounts::repo::by_email(database.db(), &Email::parse("root@example.com").unwrap())
        .await
        .unwrap()
        .expect("the admin exists");
    assert_eq!(admin.role, Role::Admin);
    assert!(accounts::password::verify(
        "a long enough password",
        admin.password_hash.as_deref().unwrap()
    ));

    let again = grindstone(
        &[
            "create-admin",
            "--email",
            "root@example.com",
            "--name",
            "Root",
        ],
        &database.url(),
        "a long enough password\n",
    );
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
}

#[tokio::test]
async fn create_admin_refuses_bad_input_clearly() {
    let database = TestDb::sqlite().await;
    let cases = [
        (
            ["--email", "not-an-email", "--name", "Root"],
            "password1234\n",
            "Email is not a valid email address",
        ),
        (
            ["--email", "a@example.com", "--name", "<b>"],
            "password1234\n",
            "Name must not contain",
        ),
        (
            ["--email", "a@example.com", "--name", "Root"],
            "short\n",
            "Password must be at least 8 characters",
        ),
        (
            ["--email", "a@example.com", "--name", "Root"],
            "",
            "no password on standard input",
        ),
    ];
    for (args, stdin, message) in cases {
        let mut all = vec!["create-admin"];
        all.extend(args);
        let output = grindstone(&all, &database.url(), stdin);
        assert!(!output.status.success());
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains(message),
            "expected {message:?} in {stderr:?}"
        );
        assert!(!stderr.contains("panicked"));
    }
    assert_eq!(accounts::repo::count(database.db()).await.unwrap(), 0);
}

#[tokio::test]
async fn migrate_and_seed_prepare_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("fresh/app.db").display());
    let migrate = grindstone(&["migrate"], &url, "");
    assert!(migrate.status.success(), "{}", text(&migrate.stderr));
    let seed = grindstone(&["seed", "--demo"], &url, "");
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    let out = text(&seed.stdout);
    assert!(out.contains("2 created, 0 updated."), "{out}");
    assert!(out.contains("Demo content loaded."), "{out}");
    let again = grindstone(&["seed", "--demo"], &url, "");
    let out = text(&again.stdout);
    assert!(out.contains("0 created, 2 updated."), "{out}");
    assert!(out.contains("already present"), "{out}");
}

#[tokio::test]
async fn the_demo_administrator_is_made_only_when_asked_for() {
    let database = TestDb::sqlite().await;
    let ada_role = || async {
        accounts::repo::by_email(
            database.db(),
            &Email::parse("ada@demo.grindstone.dev").unwrap(),
        )
        .await
        .unwrap()
        .expect("Ada exists")
        .role
    };

    let seed = grindstone(&["seed", "--demo"], &database.url(), "");
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    assert!(
        text(&seed.stdout).contains("no demo administrator was made"),
        "{}",
        text(&seed.stdout)
    );
    assert_eq!(ada_role().await, Role::User);

    let alone = grindstone(&["seed", "--demo-admin"], &database.url(), "");
    assert!(!alone.status.success());
    assert!(
        text(&alone.stderr).contains("--demo"),
        "{}",
        text(&alone.stderr)
    );

    let asked = grindstone(&["seed", "--demo", "--demo-admin"], &database.url(), "");
    assert!(asked.status.success(), "{}", text(&asked.stderr));
    let warning = text(&asked.stderr);
    assert!(
        warning.contains("ada@demo.grindstone.dev is an administrator with the published password"),
        "{warning}"
    );
    assert_eq!(ada_role().await, Role::Admin);
}

#[tokio::test]
async fn a_broken_package_is_refused_whole() {
    let database = TestDb::sqlite().await;
    let bank = tempfile::tempdir().unwrap();
    let good = bank.path().join("sum-of-two");
    std::fs::create_dir_all(good.join("tests")).unwrap();
    let fixture = std::path::Path::new("tests/fixtures/problems/sum-of-two");
    for file in [
        "problem.toml",
        "statement.md",
        "tests/01.in",
        "tests/01.out",
    ] {
        std::fs::copy(fixture.join(file), good.join(file)).unwrap();
    }
    let bad = bank.path().join("zz-broken");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("problem.toml"), "title = \"Broken\"\n").unwrap();

    let output = grindstone(
        &["problems", "import", bank.path().to_str().unwrap()],
        &database.url(),
        "",
    );
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("zz-broken/problem.toml"), "{stderr}");
    assert!(stderr.contains("missing field"), "{stderr}");
    assert_eq!(
        grindstone::problems::repo::count(database.db())
            .await
            .unwrap(),
        0,
        "nothing is stored when one package is broken"
    );

    let output = grindstone(
        &["problems", "import", good.to_str().unwrap()],
        &database.url(),
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("1 created, 0 updated."));
}

#[test]
fn an_invalid_configuration_stops_with_the_key_named() {
    let output = Command::new(env!("CARGO_BIN_EXE_grindstone"))
        .arg("migrate")
        .env("GRINDSTONE_CONFIG", "/dev/null")
        .env("GRINDSTONE_DATABASE__MAX_CONNECTIONS", "lots")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("`database.max_connections` (from GRINDSTONE_DATABASE__MAX_CONNECTIONS)"),
        "{stderr}"
    );

    let output = Command::new(env!("CARGO_BIN_EXE_grindstone"))
        .args(["--config", "/no/such/file.toml", "migrate"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("/no/such/file.toml"));
}

#[tokio::test]
async fn serve_answers_and_stops_cleanly_on_sigterm() {
    let database = TestDb::sqlite().await;
    let mut command = Command::new(env!("CARGO_BIN_EXE_grindstone"));
    command.env("DATABASE_URL", database.url());
    let server = support::ServeProcess::start(command);

    let health = reqwest::get(format!("http://{}/healthz", server.address))
        .await
        .unwrap();
    assert_eq!(health.status(), reqwest::StatusCode::OK);

    let (status, rest) = server.stop();
    assert!(status.success(), "exit status {status}");
    assert!(
        rest.iter().any(|line| line.contains("\"stopped\"")),
        "{rest:?}"
    );
}

/// Runs `grindstone judge …` with its working directory in `work`; returns the JSON printed.
fn judge_json(args: &[&str], work: &std::path::Path) -> serde_json::Value {
    let output = Command::new(env!("CARGO_BIN_EXE_grindstone"))
        .arg("judge")
        .args(args)
        .env("GRINDSTONE_CONFIG", "/dev/null")
        .env("GRINDSTONE_JUDGE__WORK_DIR", work.join("judge"))
        .env_remove("RUST_LOG")
        .output()
        .expect("run grindstone judge");
    assert!(output.status.success(), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("one JSON document")
}

#[test]
fn judge_commands_print_json_reports() {
    if !support::sandbox_available() {
        return;
    }
    let work = support::sandbox_work_dir();
    let languages = judge_json(&["languages"], work.path());
    let ids: Vec<&str> = languages
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["python", "c", "cpp", "rust", "javascript", "java"]);
    assert!(
        languages
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["available"] == true),
        "{languages}"
    );

    let program = work.path().join("echo.py");
    std::fs::write(&program, "print(input().upper())\n").unwrap();
    let input = work.path().join("input.txt");
    std::fs::write(&input, "shout\n").unwrap();
    let run = judge_json(
        &[
            "run",
            "--lang",
            "python",
            program.to_str().unwrap(),
            "--stdin",
            input.to_str().unwrap(),
        ],
        work.path(),
    );
    assert_eq!(run["verdict"], "OK");
    assert_eq!(run["tests"][0]["stdout"], "SHOUT\n");

    let solution = work.path().join("sum.cpp");
    std::fs::write(
        &solution,
        "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b;}\n",
    )
    .unwrap();
    let judged = judge_json(
        &[
            "problem",
            "tests/fixtures/problems/sum-of-two",
            solution.to_str().unwrap(),
        ],
        work.path(),
    );
    assert_eq!(judged["verdict"], "AC", "{judged}");
    assert_eq!(judged["language"], "cpp");
    assert_eq!(judged["tests"].as_array().unwrap().len(), 3);
    assert!(
        judged["tests"][1]["stdout"].is_null(),
        "hidden tests show no output"
    );
}

/// A zip archive of `entries` (name, contents), deflated.
fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, contents) in entries {
        writer.start_file(name.as_str(), options).unwrap();
        writer.write_all(contents).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// The files of a fixture package, named `prefix` + their path inside it.
fn fixture_entries(slug: &str, prefix: &str) -> Vec<(String, Vec<u8>)> {
    let root = std::path::Path::new("tests/fixtures/problems").join(slug);
    let mut entries = Vec::new();
    for file in ["problem.toml", "statement.md"] {
        entries.push((
            format!("{prefix}{file}"),
            std::fs::read(root.join(file)).unwrap(),
        ));
    }
    for entry in std::fs::read_dir(root.join("tests")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        entries.push((
            format!("{prefix}tests/{name}"),
            std::fs::read(entry.path()).unwrap(),
        ));
    }
    entries
}

/// A stored problem as comparable text: its fields, tests and reference solution.
async fn stored(db: &grindstone::db::Db, slug: &str) -> String {
    let slug = grindstone::problems::Slug::parse(slug).unwrap();
    let package = grindstone::problems::repo::package_of(db, &slug)
        .await
        .unwrap()
        .expect("the problem is stored");
    format!(
        "{:?} {:?} {:?}",
        package.problem, package.tests, package.reference
    )
}

#[tokio::test]
async fn zips_import_and_exports_import_back_the_same() {
    let database = TestDb::sqlite().await;
    let work = tempfile::tempdir().unwrap();
    let url = database.url();

    // One package at the root of the archive: the archive's name is its slug.
    let mut root_package = fixture_entries("sum-of-two", "");
    root_package.push((
        "solutions/accepted-main.py".to_owned(),
        b"a, b = map(int, input().split())\nprint(a + b)\n".to_vec(),
    ));
    let single = work.path().join("sum-of-two.zip");
    std::fs::write(&single, zip_of(&root_package)).unwrap();
    let output = grindstone(&["problems", "import", single.to_str().unwrap()], &url, "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("1 created, 0 updated."));

    // Several package folders in one archive.
    let mut both = fixture_entries("sum-of-two", "sum-of-two/");
    both.extend(fixture_entries("closest-average", "closest-average/"));
    let bank = work.path().join("bank.zip");
    std::fs::write(&bank, zip_of(&both)).unwrap();
    let output = grindstone(&["problems", "import", bank.to_str().unwrap()], &url, "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("1 created, 1 updated."));
    assert_eq!(
        grindstone::problems::repo::reference_of(database.db(), 1)
            .await
            .unwrap(),
        None,
        "a package without solutions/ has no reference"
    );

    // Put the reference back, then export and re-import: nothing changes.
    std::fs::write(&single, zip_of(&root_package)).unwrap();
    let output = grindstone(&["problems", "import", single.to_str().unwrap()], &url, "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        grindstone::problems::repo::reference_of(database.db(), 1)
            .await
            .unwrap()
            .map(|(language, _)| language),
        Some("python".to_owned())
    );
    let exported = work.path().join("exported");
    for slug in ["sum-of-two", "closest-average"] {
        let before = stored(database.db(), slug).await;
        let output = grindstone(
            &["problems", "export", slug, exported.to_str().unwrap()],
            &url,
            "",
        );
        assert!(output.status.success(), "{}", text(&output.stderr));
        let dir = exported.join(slug);
        let output = grindstone(&["problems", "import", dir.to_str().unwrap()], &url, "");
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(text(&output.stdout).contains("0 created, 1 updated."));
        assert_eq!(stored(database.db(), slug).await, before, "{slug}");
    }
    let dir = exported.join("sum-of-two");
    assert!(dir.join("solutions/accepted-reference.py").is_file());
    assert!(dir.join("tests/03.out").is_file());
    let again = grindstone(
        &[
            "problems",
            "export",
            "sum-of-two",
            exported.to_str().unwrap(),
        ],
        &url,
        "",
    );
    assert!(text(&again.stderr).contains("exists already"));
    let missing = grindstone(
        &["problems", "export", "no-such", exported.to_str().unwrap()],
        &url,
        "",
    );
    assert!(text(&missing.stderr).contains("there is no problem `no-such`"));
}

#[tokio::test]
async fn unsafe_or_oversized_zips_are_refused_and_nothing_is_stored() {
    let database = TestDb::sqlite().await;
    let work = tempfile::tempdir().unwrap();
    let mut slip = fixture_entries("sum-of-two", "sum-of-two/");
    slip.push(("../../escaped.txt".to_owned(), b"x".to_vec()));
    let mut bomb = fixture_entries("sum-of-two", "sum-of-two/");
    bomb.push((
        "sum-of-two/tests/huge".to_owned(),
        vec![b'0'; 65 * 1024 * 1024],
    ));
    let broken = vec![
        (
            "sum-of-two/problem.toml".to_owned(),
            b"title = 1\n".to_vec(),
        ),
        ("sum-of-two/statement.md".to_owned(), b"x\n".to_vec()),
    ];
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("slip.zip", zip_of(&slip), "outside its folder"),
        ("bomb.zip", zip_of(&bomb), "inflates to more than 64 MiB"),
        (
            "junk.zip",
            b"not a zip".to_vec(),
            "cannot be read as a zip file",
        ),
        (
            "broken.zip",
            zip_of(&broken),
            "broken.zip: sum-of-two/problem.toml:",
        ),
        ("empty.zip", zip_of(&[]), "holds no problem package"),
    ];
    for (name, bytes, message) in cases {
        let path = work.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = grindstone(
            &["problems", "import", path.to_str().unwrap()],
            &database.url(),
            "",
        );
        assert!(!output.status.success(), "{name}");
        let stderr = text(&output.stderr);
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert!(!work.path().join("escaped.txt").exists());
    assert_eq!(
        grindstone::problems::repo::count(database.db())
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_leetcode_question_becomes_a_problem_with_its_examples() {
    let database = TestDb::sqlite().await;
    let fixture = "tests/fixtures/leetcode/pair-of-lanterns.json";
    let output = grindstone(
        &["problems", "import-leetcode", fixture],
        &database.url(),
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("with 2 sample test(s)"));
    assert!(text(&output.stderr).contains("still needs hidden tests"));

    let slug = grindstone::problems::Slug::parse("pair-of-lanterns").unwrap();
    let problem = grindstone::problems::repo::by_slug(database.db(), &slug)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(problem.title, "Pair of Lanterns");
    assert_eq!(problem.leetcode_id, Some(9001));
    assert_eq!(problem.tags, ["array", "hash table"]);
    assert!(problem.description.contains("<code>glow</code>"));
    let tests = grindstone::problems::repo::tests_of(database.db(), problem.problem_id)
        .await
        .unwrap();
    let pairs: Vec<(&str, &str, bool)> = tests
        .iter()
        .map(|t| (t.input.as_str(), t.output.as_str(), t.sample))
        .collect();
    assert_eq!(
        pairs,
        [
            ("[4,1,6]\n7\n", "[1,2]\n", true),
            ("[5,5]\n10\n", "[0,1]\n", true)
        ]
    );

    let again = grindstone(
        &["problems", "import-leetcode", fixture],
        &database.url(),
        "",
    );
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("exists already"));

    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(bad.path(), r#"{"data":{"question":null}}"#).unwrap();
    let output = grindstone(
        &["problems", "import-leetcode", bad.path().to_str().unwrap()],
        &database.url(),
        "",
    );
    assert!(text(&output.stderr).contains("holds no question"));
}

/// Grades the answer in `answer` with `interviews feedback` and `args`; the process's output.
fn interview_feedback(args: &[&str], answer: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answer.txt");
    std::fs::write(&file, answer).unwrap();
    let mut all = vec![
        "interviews",
        "feedback",
        "--answer-file",
        file.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    grindstone(&all, "sqlite://unused.db", "")
}

#[test]
fn interviews_feedback_grades_an_answer_to_any_question_without_a_server() {
    let question = [
        "--question",
        "Why would you put a cache in front of a database?",
    ];
    let expected = [
        "--expected",
        "A cache such as Redis keeps hot reads in memory, cutting latency and database load; \
         the costs are stale data, invalidation and memory.",
    ];
    let strong = "Assuming reads dominate, I would put Redis in front of PostgreSQL so hot keys \
        are served from memory in about 1 ms instead of 20 ms, which cuts database load and \
        latency. The trade-off is stale data: I would set a TTL of 60 seconds and invalidate \
        on writes, and the edge case is a cache stampede when a hot key expires.";
    let scores: Vec<f64> = [strong, "It makes things faster."]
        .iter()
        .map(|answer| {
            let output = interview_feedback(
                &[&["--type", "technical"][..], &question, &expected].concat(),
                answer,
            );
            assert!(output.status.success(), "{}", text(&output.stderr));
            let feedback: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            assert_eq!(feedback["engine"], "offline");
            assert_eq!(feedback["dimensions"].as_array().unwrap().len(), 4);
            assert!(feedback["summary"].as_str().is_some_and(|s| !s.is_empty()));
            feedback["score"].as_f64().unwrap()
        })
        .collect();
    assert!(scores[0] > scores[1], "{scores:?}");
    assert!((1.0..=5.0).contains(&scores[1]), "{scores:?}");

    // Behavioral, with no expected answer at all.
    let output = interview_feedback(
        &[
            "--type",
            "Behavioral",
            "--question",
            "Tell me about a conflict you resolved.",
        ],
        "At my last job our two teams argued over an API. I set up a meeting, I listened to both \
         sides and I proposed a versioned endpoint. As a result we shipped in two weeks.",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let feedback: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(feedback["rubric"], "Behavioral");
    assert_eq!(feedback["dimensions"].as_array().unwrap().len(), 5);

    // Bad input: a clear message and a failing status, no feedback.
    let refused = |output: Output, message: &str| {
        assert!(!output.status.success());
        assert!(output.stdout.is_empty());
        let stderr = text(&output.stderr);
        assert!(stderr.contains(message), "{message:?} not in {stderr}");
    };
    let why = ["--question", "Why?"];
    refused(
        interview_feedback(&[&["--type", "Cooking"][..], &why].concat(), "Because."),
        "expected Technical or Behavioral",
    );
    refused(
        interview_feedback(&["--type", "Technical", "--question", " "], "An answer."),
        "the question is empty",
    );
    refused(
        interview_feedback(
            &[&["--type", "Technical"][..], &why].concat(),
            &"x".repeat(70_000),
        ),
        "at most 65536",
    );
    let mut missing_file = vec!["interviews", "feedback", "--type", "Technical"];
    missing_file.extend_from_slice(&why);
    missing_file.extend_from_slice(&["--answer-file", "/no/such/file"]);
    refused(
        grindstone(&missing_file, "sqlite://unused.db", ""),
        "cannot read /no/such/file",
    );
}
