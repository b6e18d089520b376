//! Problem management over HTTP: the admin's server functions, the upload and download routes,
//! and that nobody else can use them.

mod support;

use grindstone::accounts::Role;
use grindstone::accounts::session::COOKIE_NAME;
use grindstone::problems::{
    AdminProblems, DeleteProblem, EditDraft, PreviewStatement, SaveProblem, Slug, repo,
};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, ORIGIN};
use std::io::Write;
use support::{Browser, TestApp};

const PASSWORD: &str = "correct horse battery";

/// An app with an administrator and a user, and a browser signed in as each.
async fn app_with_people() -> (TestApp, Browser, Browser) {
    let app = TestApp::spawn().await;
    app.create_user("Root", "root@example.com", PASSWORD, Role::Admin)
        .await;
    app.create_user("Bob", "bob@example.com", PASSWORD, Role::User)
        .await;
    let mut admin = app.browser();
    admin.sign_in("root@example.com", PASSWORD).await;
    let mut user = app.browser();
    user.sign_in("bob@example.com", PASSWORD).await;
    (app, admin, user)
}

/// The editor's fields of a valid new problem, with `changes` applied.
fn problem_fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("original", ""),
        ("slug", "lantern-pairs"),
        ("title", "Lantern Pairs"),
        ("difficulty", "Medium"),
        ("tags", "Arrays, hashing"),
        (
            "description",
            "Find **two** lanterns.</textarea><script>alert(1)</script>",
        ),
        ("input", "n, then n numbers."),
        ("output", "Two positions."),
        ("constraints", "- n ≤ 10⁵"),
        ("time_limit_ms", "1500"),
        ("memory_limit_mb", "128"),
        ("checker", "float"),
        ("float_abs", "1e-6"),
        ("float_rel", "0.001"),
        ("checker_source", ""),
        ("leetcode_id", "42"),
    ];
    for (name, value) in changes {
        fields.iter_mut().find(|(n, _)| n == name).unwrap().1 = value;
    }
    fields
}

/// A multipart form posted as a browser without JavaScript posts it.
async fn post_multipart(
    app: &TestApp,
    browser: &Browser,
    path: &str,
    form: reqwest::multipart::Form,
) -> reqwest::Response {
    let mut request = app
        .client
        .post(app.url(path))
        .header(ORIGIN, &browser.origin)
        .multipart(form);
    if let Some(session) = &browser.session {
        request = request.header(COOKIE, format!("{COOKIE_NAME}={session}"));
    }
    request.send().await.unwrap()
}

fn file(name: &str, contents: Vec<u8>) -> reqwest::multipart::Part {
    reqwest::multipart::Part::bytes(contents).file_name(name.to_owned())
}

/// The page a form's redirect goes back to, with its message decoded.
fn redirect_of(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()[LOCATION].to_str().unwrap();
    let mut decoded = Vec::new();
    let bytes = location.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            decoded.push(u8::from_str_radix(&location[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).unwrap()
}

fn zip_of(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, contents) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(contents).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// The sum-of-two fixture package as zip entries under `sum-of-two/`.
fn fixture_zip_entries() -> Vec<(String, Vec<u8>)> {
    let root = std::path::Path::new("tests/fixtures/problems/sum-of-two");
    let mut entries = Vec::new();
    for file in [
        "problem.toml",
        "statement.md",
        "tests/01.in",
        "tests/01.out",
        "tests/02.in",
        "tests/02.out",
        "tests/03.in",
        "tests/03.out",
    ] {
        entries.push((
            format!("sum-of-two/{file}"),
            std::fs::read(root.join(file)).unwrap(),
        ));
    }
    entries
}

async fn problem_count(app: &TestApp) -> i64 {
    repo::count(&app.db).await.unwrap()
}

#[tokio::test]
async fn an_admin_creates_edits_previews_and_deletes_a_problem() {
    let (app, mut admin, _) = app_with_people().await;
    let created = admin.call(SaveProblem::PATH, &problem_fields(&[])).await;
    assert!(
        created.status().is_success() || created.status().is_redirection(),
        "{}",
        created.text().await.unwrap()
    );
    let slug = Slug::parse("lantern-pairs").unwrap();
    let problem = repo::by_slug(&app.db, &slug).await.unwrap().unwrap();
    assert_eq!(problem.title, "Lantern Pairs");
    assert_eq!(problem.tags, ["arrays", "hashing"]);
    assert_eq!(
        (problem.time_limit_ms, problem.memory_limit_mb),
        (1500, 128)
    );
    assert_eq!(problem.leetcode_id, Some(42));
    let judging = repo::judging_of(&app.db, problem.problem_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        judging.checker_config,
        Some(serde_json::json!({ "float_abs": 1e-6, "float_rel": 0.001 }))
    );

    let list = admin.get("/admin/problems").await;
    assert_eq!(list.status(), StatusCode::OK);
    let list = list.text().await.unwrap();
    assert!(list.contains("lantern-pairs") && list.contains("Import package (.zip)"));
    let editor = admin.get("/admin/problems/lantern-pairs/edit").await;
    assert_eq!(editor.status(), StatusCode::OK);
    let editor = editor.text().await.unwrap();
    assert!(
        editor.contains("Find **two** lanterns.&lt;/textarea&gt;"),
        "the editor's field holds the statement, escaped"
    );
    assert!(
        !editor.contains("<script>alert"),
        "neither the preview nor the editor's field lets markup through"
    );
    assert!(editor.contains("lanterns.&lt;/textarea&gt;&lt;script&gt;"));
    assert!(editor.contains("cannot be judged until it has tests"));
    assert_eq!(
        admin.get("/admin/problems/new").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        admin.get("/admin/problems/no-such/edit").await.status(),
        StatusCode::NOT_FOUND
    );

    let preview = admin
        .call(
            PreviewStatement::PATH,
            &[
                ("description", "A *story* <img src=x onerror=alert(1)>"),
                ("input", "n"),
                ("output", "m"),
                ("constraints", "small"),
            ],
        )
        .await;
    assert_eq!(preview.status(), StatusCode::OK);
    let html = preview.text().await.unwrap();
    assert!(
        html.contains("<em>story</em>") && html.contains("<h2>Input</h2>"),
        "{html}"
    );
    assert!(!html.contains("onerror"), "{html}");

    let renamed = admin
        .call(
            SaveProblem::PATH,
            &problem_fields(&[
                ("original", "lantern-pairs"),
                ("slug", "lantern-pairs-2"),
                ("title", "Lantern Pairs Again"),
                ("checker", "tokens"),
            ]),
        )
        .await;
    assert!(renamed.status().is_success() || renamed.status().is_redirection());
    assert!(repo::by_slug(&app.db, &slug).await.unwrap().is_none());
    let renamed = repo::by_slug(&app.db, &Slug::parse("lantern-pairs-2").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (renamed.problem_id, renamed.title.as_str()),
        (problem.problem_id, "Lantern Pairs Again")
    );

    let unconfirmed = admin
        .call(DeleteProblem::PATH, &[("slug", "lantern-pairs-2")])
        .await;
    assert_eq!(unconfirmed.status(), StatusCode::BAD_REQUEST);
    assert!(unconfirmed.text().await.unwrap().contains("Tick the box"));
    assert_eq!(problem_count(&app).await, 1);
    let deleted = admin
        .call(
            DeleteProblem::PATH,
            &[("slug", "lantern-pairs-2"), ("confirm", "yes")],
        )
        .await;
    assert!(deleted.status().is_success() || deleted.status().is_redirection());
    assert_eq!(problem_count(&app).await, 0);
    let again = admin
        .call(
            DeleteProblem::PATH,
            &[("slug", "lantern-pairs-2"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn tests_and_packages_upload_and_download() {
    let (app, mut admin, _) = app_with_people().await;
    admin.call(SaveProblem::PATH, &problem_fields(&[])).await;
    let problem_id = repo::id_of(&app.db, &Slug::parse("lantern-pairs").unwrap())
        .await
        .unwrap()
        .unwrap();
    let tests_path = "/admin/problems/lantern-pairs/tests";

    let form = reqwest::multipart::Form::new()
        .part("files", file("01.in", b"1 2\n".to_vec()))
        .part("files", file("01.out", b"3\n".to_vec()))
        .part("files", file("02.in", b"5 5\n".to_vec()))
        .part("files", file("02.out", b"10\n".to_vec()))
        .text("samples", "1")
        .text("mode", "replace");
    let response = post_multipart(&app, &admin, tests_path, form).await;
    let back = redirect_of(&response);
    assert!(
        back.starts_with("/admin/problems/lantern-pairs/edit?notice=Stored 2 test(s)"),
        "{back}"
    );
    let tests = repo::tests_of(&app.db, problem_id).await.unwrap();
    assert_eq!(
        tests
            .iter()
            .map(|t| (t.number, t.sample))
            .collect::<Vec<_>>(),
        [(1, true), (2, false)]
    );

    let zipped = zip_of(
        &[("tests/01.in", b"7 8\n"), ("tests/01.out", b"15\n")],
        zip::CompressionMethod::Deflated,
    );
    let form = reqwest::multipart::Form::new()
        .part("files", file("more.zip", zipped))
        .text("mode", "append");
    let back = redirect_of(&post_multipart(&app, &admin, tests_path, form).await);
    assert!(back.contains("the problem has 3 now"), "{back}");
    assert_eq!(
        repo::tests_of(&app.db, problem_id).await.unwrap()[2].output,
        "15\n"
    );

    let form = reqwest::multipart::Form::new()
        .part("files", file("01.in", b"1\n".to_vec()))
        .text("mode", "replace");
    let back = redirect_of(&post_multipart(&app, &admin, tests_path, form).await);
    assert!(back.contains("error=01.out: is missing"), "{back}");
    assert_eq!(repo::tests_of(&app.db, problem_id).await.unwrap().len(), 3);

    // A package larger than the site's 512 KiB request limit, stored uncompressed.
    let mut entries = fixture_zip_entries();
    entries.push((
        "sum-of-two/solutions/accepted-main.py".to_owned(),
        b"a, b = map(int, input().split())\nprint(a + b)\n".to_vec(),
    ));
    let big_input = format!("1 2\n{}\n", "9".repeat(900 * 1024));
    entries.push(("sum-of-two/tests/04.in".to_owned(), big_input.into_bytes()));
    entries.push(("sum-of-two/tests/04.out".to_owned(), b"3\n".to_vec()));
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_slice()))
        .collect();
    let package = zip_of(&borrowed, zip::CompressionMethod::Stored);
    assert!(package.len() > 512 * 1024);
    let form = reqwest::multipart::Form::new().part("package", file("sum-of-two.zip", package));
    let back = redirect_of(&post_multipart(&app, &admin, "/admin/problems/upload", form).await);
    assert_eq!(
        back,
        "/admin/problems?notice=Imported sum-of-two.zip: sum-of-two created."
    );
    let sum_id = repo::id_of(&app.db, &Slug::parse("sum-of-two").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        repo::reference_of(&app.db, sum_id)
            .await
            .unwrap()
            .unwrap()
            .0,
        "python"
    );

    for slug in ["sum-of-two", "lantern-pairs"] {
        let download = admin
            .get(&format!("/admin/problems/{slug}/package.zip"))
            .await;
        assert_eq!(download.status(), StatusCode::OK);
        assert_eq!(download.headers()["content-type"], "application/zip");
        assert_eq!(
            download.headers()["content-disposition"],
            format!("attachment; filename=\"{slug}.zip\"").as_str()
        );
        let bytes = download.bytes().await.unwrap();
        let loaded =
            grindstone::problems::archive::load(std::io::Cursor::new(bytes.to_vec()), "x.zip")
                .expect("the download is a valid package");
        let stored = repo::package_of(&app.db, &Slug::parse(slug).unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(loaded.len(), 1);
        assert_eq!(
            format!("{:?}", (&loaded[0].tests, &loaded[0].reference)),
            format!("{:?}", (&stored.tests, &stored.reference))
        );
        assert_eq!(loaded[0].problem.title, stored.problem.title);
        assert_eq!(
            loaded[0].problem.checker_config,
            stored.problem.checker_config
        );
    }
    assert_eq!(
        admin
            .get("/admin/problems/no-such/package.zip")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn bad_input_is_refused_clearly_and_nothing_is_stored() {
    let (app, mut admin, _) = app_with_people().await;
    let cases: [(&[(&str, &str)], &str); 8] = [
        (&[("slug", "Bad Slug")], "Slug may only hold"),
        (
            &[("time_limit_ms", "5")],
            "time_limit_ms must be between 100 and 30000",
        ),
        (
            &[("memory_limit_mb", "lots")],
            "Memory limit must be a whole number",
        ),
        (&[("title", "x")], "Title must be at least 3 characters"),
        (
            &[("float_abs", "")],
            "the float checker needs float_abs and float_rel",
        ),
        (
            &[("checker", "custom")],
            "the custom checker needs its program",
        ),
        (
            &[("leetcode_id", "-3")],
            "LeetCode id must be a positive whole number",
        ),
        (&[("input", "x\n## Output\ny")], "must not hold the lines"),
    ];
    for (changes, message) in cases {
        let response = admin
            .call(SaveProblem::PATH, &problem_fields(changes))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{changes:?}");
        let body = response.text().await.unwrap();
        assert!(body.contains(message), "{changes:?}: {body}");
    }
    assert_eq!(problem_count(&app).await, 0);

    admin.call(SaveProblem::PATH, &problem_fields(&[])).await;
    let taken = admin.call(SaveProblem::PATH, &problem_fields(&[])).await;
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    assert!(taken.text().await.unwrap().contains("exists already"));

    let mut slip: Vec<(String, Vec<u8>)> = fixture_zip_entries();
    slip.push(("../escape.txt".to_owned(), b"x".to_vec()));
    let mut broken = fixture_zip_entries();
    broken.retain(|(name, _)| name != "sum-of-two/tests/02.out");
    for (entries, message) in [
        (slip, "outside its folder"),
        (broken, "sum-of-two/tests/02.out: is missing"),
    ] {
        let borrowed: Vec<(&str, &[u8])> = entries
            .iter()
            .map(|(n, c)| (n.as_str(), c.as_slice()))
            .collect();
        let form = reqwest::multipart::Form::new().part(
            "package",
            file(
                "bank.zip",
                zip_of(&borrowed, zip::CompressionMethod::Deflated),
            ),
        );
        let back = redirect_of(&post_multipart(&app, &admin, "/admin/problems/upload", form).await);
        assert!(
            back.starts_with("/admin/problems?error=bank.zip: "),
            "{back}"
        );
        assert!(back.contains(message), "{back}");
    }
    assert_eq!(problem_count(&app).await, 1, "only the problem saved above");
}

/// Every admin server function and route, as an anonymous visitor and as a plain user.
#[tokio::test]
async fn only_administrators_manage_problems() {
    let (app, mut admin, mut user) = app_with_people().await;
    admin.call(SaveProblem::PATH, &problem_fields(&[])).await;
    let fields = problem_fields(&[("original", "lantern-pairs"), ("title", "Taken Over")]);
    let calls: [(&str, Vec<(&str, &str)>); 5] = [
        (AdminProblems::PATH, vec![]),
        (EditDraft::PATH, vec![("slug", "lantern-pairs")]),
        (SaveProblem::PATH, fields),
        (
            DeleteProblem::PATH,
            vec![("slug", "lantern-pairs"), ("confirm", "yes")],
        ),
        (
            PreviewStatement::PATH,
            vec![
                ("description", "x"),
                ("input", ""),
                ("output", ""),
                ("constraints", ""),
            ],
        ),
    ];
    for (path, fields) in &calls {
        let status = app.browser().call(path, fields).await.status();
        assert_eq!(status, StatusCode::UNAUTHORIZED, "anonymous {path}");
        let status = user.call(path, fields).await.status();
        assert_eq!(status, StatusCode::FORBIDDEN, "user {path}");
    }
    let anonymous = app.browser();
    for (browser, expected) in [
        (&anonymous, StatusCode::UNAUTHORIZED),
        (&user, StatusCode::FORBIDDEN),
    ] {
        for path in [
            "/admin/problems/upload",
            "/admin/problems/lantern-pairs/tests",
        ] {
            let form = reqwest::multipart::Form::new().part(
                "package",
                file("x.zip", zip_of(&[], zip::CompressionMethod::Stored)),
            );
            let status = post_multipart(&app, browser, path, form).await.status();
            assert_eq!(status, expected, "{path}");
        }
    }
    assert_eq!(
        app.browser()
            .get("/admin/problems/lantern-pairs/package.zip")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        user.get("/admin/problems/lantern-pairs/package.zip")
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    for page in [
        "/admin/problems",
        "/admin/problems/new",
        "/admin/problems/lantern-pairs/edit",
    ] {
        assert_eq!(
            user.get(page).await.status(),
            StatusCode::FORBIDDEN,
            "{page}"
        );
    }
    let problem = repo::by_slug(&app.db, &Slug::parse("lantern-pairs").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(problem.title, "Lantern Pairs", "nothing changed");

    // A cross-site upload is refused before it is read, even with an admin's cookie.
    let mut forged = app
        .client
        .post(app.url("/admin/problems/upload"))
        .header(ORIGIN, "http://evil.example")
        .multipart(reqwest::multipart::Form::new().text("x", "y"));
    forged = forged.header(
        COOKIE,
        format!("{COOKIE_NAME}={}", admin.session.as_deref().unwrap()),
    );
    assert_eq!(forged.send().await.unwrap().status(), StatusCode::FORBIDDEN);
}
