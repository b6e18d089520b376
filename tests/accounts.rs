//! Accounts over HTTP: sign-up, sign-in, sessions, rate limits, CSRF, settings, the admin page
//! and the authorization matrix of every protected server function.

mod support;

use grindstone::accounts::session::{self, COOKIE_NAME, SessionToken};
use grindstone::accounts::{
    ChangePassword, ListUsers, RequestPasswordReset, ResetPassword, Role, SetUserDisabled,
    SetUserRole, SignIn, SignOut, SignOutEverywhere, SignUp, UpdateProfile, VerifyEmail,
};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use reqwest::header::{LOCATION, SET_COOKIE};
use support::{Browser, TestApp};

const PASSWORD: &str = "correct horse battery";
const DAY_MS: i64 = 24 * 3600 * 1000;

fn location(response: &reqwest::Response) -> String {
    response.headers()[LOCATION].to_str().unwrap().to_owned()
}

fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(COOKIE_NAME))
        .expect("a session cookie is set")
}

/// Whether the browser's session gives access to a signed-in page.
async fn signed_in(browser: &mut Browser) -> bool {
    let response = browser.get("/settings").await;
    match response.status() {
        StatusCode::OK => true,
        StatusCode::FOUND => {
            assert_eq!(location(&response), "/login?next=/settings");
            false
        }
        other => panic!("unexpected status {other}"),
    }
}

#[tokio::test]
async fn a_newcomer_signs_up_and_reaches_a_protected_page() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    assert!(
        !signed_in(&mut browser).await,
        "anonymous users are sent to sign in"
    );

    let response = browser
        .submit(
            SignUp::PATH,
            &[
                ("name", "Newcomer"),
                ("email", "New@Example.com"),
                ("password", PASSWORD),
                ("next", "/settings"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response), "/login?welcome=1&next=/settings");
    assert!(browser.session.is_none(), "signing up does not sign in");
    let login = browser.get("/login?welcome=1&next=/settings").await;
    assert!(
        login
            .text()
            .await
            .unwrap()
            .contains("Your account is ready.")
    );

    let response = browser
        .submit(
            SignIn::PATH,
            &[
                ("email", "new@example.com"),
                ("password", PASSWORD),
                ("next", "/settings"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/settings");
    let cookie = session_cookie(&response);
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");

    let page = browser.get("/settings").await;
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.unwrap();
    assert!(body.contains("Newcomer"), "the header shows the user");
    assert!(body.contains("Sign out"));
}

#[tokio::test]
async fn sign_up_does_not_reveal_registered_emails() {
    let app = TestApp::spawn().await;
    app.create_user("Taken", "taken@example.com", PASSWORD, Role::User)
        .await;
    let mut answers = Vec::new();
    for email in ["taken@example.com", "free@example.com"] {
        let mut browser = app.browser();
        let fields = [
            ("name", "Prober"),
            ("email", email),
            ("password", "prober password"),
        ];
        let form = browser.submit(SignUp::PATH, &fields).await;
        let call = app.browser().call(SignUp::PATH, &fields).await;
        answers.push((
            form.status(),
            location(&form),
            call.status(),
            browser.session.clone(),
        ));
    }
    assert_eq!(
        answers[0], answers[1],
        "the same answer for a taken and a free email"
    );
    app.browser().sign_in("taken@example.com", PASSWORD).await;
    let taken = app
        .browser()
        .call(
            SignIn::PATH,
            &[
                ("email", "taken@example.com"),
                ("password", "prober password"),
            ],
        )
        .await;
    assert_eq!(
        taken.status(),
        StatusCode::UNAUTHORIZED,
        "the existing account is untouched"
    );
    assert_eq!(grindstone::accounts::repo::count(&app.db).await.unwrap(), 2);
}

#[tokio::test]
async fn sign_up_refuses_bad_input_clearly() {
    let app = TestApp::spawn().await;
    let cases = [
        (
            "Name",
            "not-an-email",
            PASSWORD,
            "Email is not a valid email address",
        ),
        (
            "Name",
            "a@example.com",
            "short",
            "Password must be at least 8 characters",
        ),
        (
            "Name",
            "a@example.com",
            "A@EXAMPLE.COM",
            "Password must not be your email address",
        ),
        (
            "<script>",
            "a@example.com",
            PASSWORD,
            "Name must not contain",
        ),
    ];
    for (name, email, password, message) in cases {
        let mut browser = app.browser();
        let response = browser
            .call(
                SignUp::PATH,
                &[("name", name), ("email", email), ("password", password)],
            )
            .await;
        assert!(
            response.status().is_client_error(),
            "{email}: {}",
            response.status()
        );
        assert!(browser.session.is_none());
        let body = response.text().await.unwrap();
        assert!(body.contains(message), "expected {message:?} in {body}");
    }
    let long_name = "n".repeat(10_000);
    let response = app
        .browser()
        .call(
            SignUp::PATH,
            &[
                ("name", &long_name),
                ("email", "b@example.com"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_script_less_form_gets_its_error_back_on_the_page() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let response = browser
        .submit_from(
            "/login",
            SignIn::PATH,
            &[("email", "x@example.com"), ("password", "wrong-password")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let back = location(&response);
    assert!(
        back.starts_with(&format!("{}/login?", browser.origin)),
        "{back}"
    );
    let page = browser.get(back.trim_start_matches(&browser.origin)).await;
    let body = page.text().await.unwrap();
    assert!(
        body.contains("The email or the password is not right."),
        "{body}"
    );
}

#[tokio::test]
async fn sign_in_and_out() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;

    for (email, password) in [
        ("ada@example.com", "wrong password"),
        ("nobody@example.com", PASSWORD),
    ] {
        let mut browser = app.browser();
        let response = browser
            .call(SignIn::PATH, &[("email", email), ("password", password)])
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let body = response.text().await.unwrap();
        assert!(
            body.contains("The email or the password is not right."),
            "{body}"
        );
        assert!(browser.session.is_none());
    }

    let mut browser = app.browser();
    browser.sign_in("ADA@example.com", PASSWORD).await;
    assert!(signed_in(&mut browser).await);
    let user = grindstone::accounts::repo::by_email(
        &app.db,
        &grindstone::accounts::Email::parse("ada@example.com").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(user.last_login.is_some(), "last_login is stamped");

    let old_session = browser.session.clone();
    let response = browser.submit(SignOut::PATH, &[]).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(session_cookie(&response).contains("Max-Age=0"));
    assert!(browser.session.is_none());
    browser.session = old_session;
    assert!(
        !signed_in(&mut browser).await,
        "the old cookie no longer works"
    );
}

#[tokio::test]
async fn signing_in_replaces_a_planted_session() {
    let app = TestApp::spawn().await;
    let attacker = app
        .create_user("Mallory", "mallory@example.com", PASSWORD, Role::User)
        .await;
    app.create_user("Victim", "victim@example.com", PASSWORD, Role::User)
        .await;
    let planted = session::create(&app.db, attacker).await.unwrap();

    let mut browser = app.browser();
    browser.session = Some(planted.as_str().to_owned());
    browser.sign_in("victim@example.com", PASSWORD).await;
    assert_ne!(
        browser.session.as_deref(),
        Some(planted.as_str()),
        "a fresh session id"
    );
    assert!(
        session::resolve(&app.db, &planted).await.unwrap().is_none(),
        "the planted session ended"
    );
    let page = browser.get("/settings").await.text().await.unwrap();
    assert!(page.contains("Victim") && !page.contains("Mallory"));
}

#[tokio::test]
async fn sessions_expire_and_slide() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let mut browser = app.browser();
    browser.sign_in("ada@example.com", PASSWORD).await;
    let now = grindstone::domain::Timestamp::now().millis();

    // A day left of seven: the next request renews the session and re-sends its cookie.
    sqlx::query("UPDATE sessions SET expires_at = $1")
        .bind(now + DAY_MS)
        .execute(app.db.pool())
        .await
        .unwrap();
    // The client's files skip the session lookup, so they renew nothing.
    let asset = browser.get("/pkg/grindstone.css").await;
    assert!(asset.headers().get(SET_COOKIE).is_none());
    let response = browser.get("/settings").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(session_cookie(&response).contains("Max-Age=604800"));
    let expires: i64 = sqlx::query_scalar("SELECT expires_at FROM sessions")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert!(expires > now + 6 * DAY_MS, "renewed for a week without use");

    // Expired a millisecond after it began (the schema wants expiry after creation).
    sqlx::query("UPDATE sessions SET expires_at = created_at + 1")
        .execute(app.db.pool())
        .await
        .unwrap();
    assert!(
        !signed_in(&mut browser).await,
        "an expired session is refused"
    );
    assert_eq!(session::purge_expired(&app.db).await.unwrap(), 1);
}

#[tokio::test]
async fn sessions_end_thirty_days_after_sign_in_however_used() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let mut browser = app.browser();
    browser.sign_in("ada@example.com", PASSWORD).await;
    let now = grindstone::domain::Timestamp::now().millis();

    // Signed in 29 days ago and used every day: renewal stops at the thirtieth day.
    sqlx::query("UPDATE sessions SET created_at = $1, expires_at = $2")
        .bind(now - 29 * DAY_MS)
        .bind(now + 3600 * 1000)
        .execute(app.db.pool())
        .await
        .unwrap();
    assert!(signed_in(&mut browser).await);
    let (created, expires): (i64, i64) =
        sqlx::query_as("SELECT created_at, expires_at FROM sessions")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(expires, created + 30 * DAY_MS, "renewed only up to the end");

    // Thirty days and a minute after the sign-in, the session ends although it has time left.
    sqlx::query("UPDATE sessions SET created_at = $1, expires_at = $2")
        .bind(now - 30 * DAY_MS - 60_000)
        .bind(now + 3600 * 1000)
        .execute(app.db.pool())
        .await
        .unwrap();
    assert!(
        !signed_in(&mut browser).await,
        "a session older than 30 days is refused"
    );
    assert_eq!(session::purge_expired(&app.db).await.unwrap(), 1);
}

#[tokio::test]
async fn repeated_failures_are_rate_limited_per_account() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let mut laptop = app.browser();
    laptop.sign_in("ada@example.com", PASSWORD).await;
    for _ in 0..10 {
        let response = app
            .browser()
            .call(
                SignIn::PATH,
                &[("email", "ada@example.com"), ("password", "guess guess")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // Even the right password is refused until the window ends.
    let response = app
        .browser()
        .call(
            SignIn::PATH,
            &[("email", "ada@example.com"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry_after));
    let body = response.text().await.unwrap();
    assert!(
        body.contains(&format!("Too many attempts. Try again in {retry_after} s.")),
        "{body}"
    );
    // Changing the password has a limit of its own.
    let changed = laptop
        .call(
            ChangePassword::PATH,
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new secret"),
            ],
        )
        .await;
    assert_eq!(changed.status(), StatusCode::OK);
}

/// Signs in from `client` (as a trusted proxy reports it); returns the status and whether a
/// session began.
async fn sign_in_from(
    app: &TestApp,
    client: &str,
    email: &str,
    password: &str,
) -> (StatusCode, bool) {
    let mut browser = app.browser();
    browser.forwarded_for = Some(client.to_owned());
    let response = browser
        .call(SignIn::PATH, &[("email", email), ("password", password)])
        .await;
    (response.status(), browser.session.is_some())
}

#[tokio::test]
async fn failures_lock_out_only_the_client_that_made_them() {
    let app = TestApp::spawn_with(|settings| settings.server.trust_forwarded_for = true).await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let refused = (StatusCode::UNAUTHORIZED, false);
    let limited = (StatusCode::TOO_MANY_REQUESTS, false);
    for _ in 0..10 {
        let attempt = sign_in_from(&app, "10.0.0.1", "ada@example.com", "guess guess").await;
        assert_eq!(attempt, refused);
    }
    let attempt = sign_in_from(&app, "10.0.0.1", "ada@example.com", PASSWORD).await;
    assert_eq!(attempt, limited, "the guesser is stopped");
    let (_, signed_in) = sign_in_from(&app, "10.0.0.2", "ada@example.com", PASSWORD).await;
    assert!(signed_in, "the owner, elsewhere, is not locked out");

    // Guessing across many accounts is capped per client too (credential stuffing).
    for n in 0..30 {
        let email = format!("user{n}@example.com");
        assert_eq!(
            sign_in_from(&app, "10.0.0.3", &email, "guess guess").await,
            refused
        );
    }
    let attempt = sign_in_from(&app, "10.0.0.3", "ada@example.com", PASSWORD).await;
    assert_eq!(attempt, limited);
    let (_, signed_in) = sign_in_from(&app, "10.0.0.2", "ada@example.com", PASSWORD).await;
    assert!(signed_in);
}

#[tokio::test]
async fn wrong_current_passwords_are_limited_per_user_apart_from_sign_in() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let mut laptop = app.browser();
    laptop.sign_in("ada@example.com", PASSWORD).await;
    let change = |current: &'static str| {
        [
            ("current_password", current),
            ("new_password", "a brand new secret"),
        ]
    };
    for _ in 0..10 {
        let wrong = laptop.call(ChangePassword::PATH, &change("not it")).await;
        assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    }
    let right = laptop.call(ChangePassword::PATH, &change(PASSWORD)).await;
    assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
    app.browser().sign_in("ada@example.com", PASSWORD).await;
}

#[tokio::test]
async fn sign_ups_are_rate_limited_per_ip() {
    let app = TestApp::spawn().await;
    let mut last = StatusCode::OK;
    for n in 0..11 {
        let email = format!("user{n}@example.com");
        last = app
            .browser()
            .call(
                SignUp::PATH,
                &[
                    ("name", "Someone"),
                    ("email", &email),
                    ("password", PASSWORD),
                ],
            )
            .await
            .status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let url = app.url(SignIn::PATH);
    let fields = [("email", "ada@example.com"), ("password", PASSWORD)];
    let foreign = app
        .client
        .post(&url)
        .header("origin", "http://evil.example")
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    assert!(foreign.headers().get(SET_COOKIE).is_none());
    let anonymous = app.client.post(&url).form(&fields).send().await.unwrap();
    assert_eq!(
        anonymous.status(),
        StatusCode::FORBIDDEN,
        "no Origin nor Referer"
    );
    let with_referer = app
        .client
        .post(&url)
        .header("referer", app.url("/login"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_ne!(with_referer.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn cookies_are_secure_on_an_https_site() {
    let app = TestApp::spawn_with(|settings| {
        settings.server.public_url = Some("https://grindstone.example".to_owned());
    })
    .await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let response = app
        .browser()
        .submit(
            SignIn::PATH,
            &[("email", "ada@example.com"), ("password", PASSWORD)],
        )
        .await;
    assert!(session_cookie(&response).contains("Secure"));
}

#[tokio::test]
async fn settings_change_the_profile_and_the_password() {
    let app = TestApp::spawn().await;
    let id = app
        .create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let mut laptop = app.browser();
    laptop.sign_in("ada@example.com", PASSWORD).await;
    let mut phone = app.browser();
    phone.sign_in("ada@example.com", PASSWORD).await;

    let response = laptop
        .call(
            UpdateProfile::PATH,
            &[
                ("name", "Ada L."),
                ("profile_picture", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("URL must start with http:// or https://")
    );
    let response = laptop
        .call(
            UpdateProfile::PATH,
            &[
                ("name", "Ada L."),
                ("profile_picture", "https://example.com/ada.png"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let profile = app.get(&format!("/u/{id}")).await.1;
    assert!(profile.contains("Ada L.") && profile.contains("https://example.com/ada.png"));

    let wrong = laptop
        .call(
            ChangePassword::PATH,
            &[
                ("current_password", "not it at all"),
                ("new_password", "a brand new secret"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let changed = laptop
        .call(
            ChangePassword::PATH,
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new secret"),
            ],
        )
        .await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert!(signed_in(&mut laptop).await, "this session stays");
    assert!(!signed_in(&mut phone).await, "other sessions end");
    let old = app
        .browser()
        .call(
            SignIn::PATH,
            &[("email", "ada@example.com"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    app.browser()
        .sign_in("ada@example.com", "a brand new secret")
        .await;

    let response = laptop.submit(SignOutEverywhere::PATH, &[]).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let remaining: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(remaining, 0);
}

#[tokio::test]
async fn an_admin_manages_roles_and_disables_accounts() {
    let app = TestApp::spawn().await;
    let admin_id = app
        .create_user("Root", "root@example.com", PASSWORD, Role::Admin)
        .await;
    let user_id = app
        .create_user("Bob", "bob@example.com", PASSWORD, Role::User)
        .await;
    let mut admin = app.browser();
    admin.sign_in("root@example.com", PASSWORD).await;
    let mut bob = app.browser();
    bob.sign_in("bob@example.com", PASSWORD).await;

    let page = admin.get("/admin/users").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("bob@example.com"));
    assert_eq!(
        bob.get("/admin/users").await.status(),
        StatusCode::FORBIDDEN
    );

    let own = admin
        .call(
            SetUserRole::PATH,
            &[("user_id", &admin_id.to_string()), ("role", "User")],
        )
        .await;
    assert_eq!(own.status(), StatusCode::BAD_REQUEST);
    let missing = admin
        .call(SetUserRole::PATH, &[("user_id", "9999"), ("role", "Admin")])
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    let promote = admin
        .call(
            SetUserRole::PATH,
            &[("user_id", &user_id.to_string()), ("role", "Admin")],
        )
        .await;
    assert_eq!(promote.status(), StatusCode::OK);
    assert_eq!(
        bob.call(ListUsers::PATH, &[]).await.status(),
        StatusCode::OK
    );

    let disable = admin
        .call(
            SetUserDisabled::PATH,
            &[("user_id", &user_id.to_string()), ("disabled", "true")],
        )
        .await;
    assert_eq!(disable.status(), StatusCode::OK);
    assert!(
        !signed_in(&mut bob).await,
        "a disabled account's sessions end at once"
    );
    let again = app
        .browser()
        .call(
            SignIn::PATH,
            &[("email", "bob@example.com"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);

    let enable = admin
        .call(
            SetUserDisabled::PATH,
            &[("user_id", &user_id.to_string()), ("disabled", "false")],
        )
        .await;
    assert_eq!(enable.status(), StatusCode::OK);
    app.browser().sign_in("bob@example.com", PASSWORD).await;
}

/// Every protected server function, called as anonymous, user and admin.
#[tokio::test]
async fn the_authorization_matrix_holds() {
    let app = TestApp::spawn().await;
    app.create_user("Root", "root@example.com", PASSWORD, Role::Admin)
        .await;
    let target = app
        .create_user("Target", "target@example.com", PASSWORD, Role::User)
        .await;
    let target = target.to_string();

    struct Case<'a> {
        path: &'static str,
        fields: Vec<(&'static str, &'a str)>,
        admin_only: bool,
    }
    let cases = [
        Case {
            path: UpdateProfile::PATH,
            fields: vec![("name", "Renamed"), ("profile_picture", "")],
            admin_only: false,
        },
        Case {
            path: ChangePassword::PATH,
            fields: vec![("current_password", "x"), ("new_password", "y")],
            admin_only: false,
        },
        Case {
            path: ListUsers::PATH,
            fields: vec![],
            admin_only: true,
        },
        Case {
            path: SetUserRole::PATH,
            fields: vec![("user_id", &target), ("role", "User")],
            admin_only: true,
        },
        Case {
            path: SetUserDisabled::PATH,
            fields: vec![("user_id", &target), ("disabled", "false")],
            admin_only: true,
        },
        Case {
            path: SignOutEverywhere::PATH,
            fields: vec![],
            admin_only: false,
        },
    ];
    for case in &cases {
        let mut anonymous = app.browser();
        let status = anonymous.call(case.path, &case.fields).await.status();
        assert_eq!(status, StatusCode::UNAUTHORIZED, "anonymous {}", case.path);

        let mut user = app.browser();
        user.sign_in("target@example.com", PASSWORD).await;
        let status = user.call(case.path, &case.fields).await.status();
        if case.admin_only {
            assert_eq!(status, StatusCode::FORBIDDEN, "user {}", case.path);
        } else {
            assert!(
                status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN,
                "user {}: {status}",
                case.path
            );
        }

        let mut admin = app.browser();
        admin.sign_in("root@example.com", PASSWORD).await;
        let status = admin.call(case.path, &case.fields).await.status();
        assert!(
            status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN,
            "admin {}: {status}",
            case.path
        );
    }
}

#[tokio::test]
async fn a_forged_or_unknown_cookie_is_anonymous() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    for forged in ["x", "'; DROP TABLE sessions; --", &"A".repeat(43)] {
        browser.session = Some(forged.to_owned());
        assert!(!signed_in(&mut browser).await, "{forged}");
    }
    assert!(SessionToken::from_cookie_value(&"A".repeat(43)).is_some());
}

#[tokio::test]
async fn behind_a_trusted_proxy_limits_apply_per_forwarded_client() {
    let app = TestApp::spawn_with(|settings| settings.server.trust_forwarded_for = true).await;
    let sign_up = |n: u32, client: &'static str| {
        let email = format!("user{n}@example.com");
        let request = app
            .client
            .post(app.url(SignUp::PATH))
            .header("origin", format!("http://{}", app.address))
            .header("x-forwarded-for", format!("6.6.6.6, {client}"))
            .form(&[
                ("name", "Someone"),
                ("email", email.as_str()),
                ("password", PASSWORD),
            ]);
        async move { request.send().await.unwrap().status() }
    };
    for n in 0..10 {
        assert_eq!(sign_up(n, "10.0.0.1").await, StatusCode::OK);
    }
    assert_eq!(sign_up(10, "10.0.0.1").await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        sign_up(11, "10.0.0.2").await,
        StatusCode::OK,
        "another client is not limited"
    );
}

/// The paths (with their query) of the links to `page` in the mail sent so far, oldest first,
/// waiting a little for mail sent in the background.
async fn mailed_links(app: &TestApp, page: &str, count: usize) -> Vec<String> {
    let origin = format!("http://{}", app.address);
    let prefix = format!("{origin}{page}?token=");
    for _ in 0..100 {
        let mut mails: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(&app.mail_dir)
            .into_iter()
            .flatten()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "eml"))
            .map(|path| {
                let modified = path.metadata().unwrap().modified().unwrap();
                let raw = std::fs::read(path).unwrap();
                (modified, decoded_mail(&raw))
            })
            .collect();
        mails.sort();
        let links: Vec<String> = mails
            .iter()
            .flat_map(|(_, mail)| mail.lines())
            .filter(|line| line.starts_with(&prefix))
            .map(|line| line.trim_start_matches(&origin).to_owned())
            .collect();
        if links.len() >= count {
            return links;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("fewer than {count} mails with a link to {page}");
}

/// A mail as its reader sees it: the body's quoted-printable encoding (which lettre picks for
/// lines as long as a link) undone.
fn decoded_mail(raw: &[u8]) -> String {
    let decoded = quoted_printable::decode(raw, quoted_printable::ParseMode::Robust).unwrap();
    String::from_utf8(decoded).unwrap()
}

fn token_of(link: &str) -> &str {
    link.split_once("token=").unwrap().1
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_a_mailed_single_use_link() {
    let app = TestApp::spawn().await;
    app.create_user("Ada", "ada@example.com", PASSWORD, Role::User)
        .await;
    let mut laptop = app.browser();
    laptop.sign_in("ada@example.com", PASSWORD).await;
    let login = app.get("/login").await.1;
    assert!(login.contains("href=\"/forgot-password\""));

    let mut browser = app.browser();
    let unknown = browser
        .submit(
            RequestPasswordReset::PATH,
            &[("email", "nobody@example.com")],
        )
        .await;
    let known = browser
        .submit(RequestPasswordReset::PATH, &[("email", "ADA@example.com")])
        .await;
    assert_eq!(location(&unknown), "/forgot-password?sent=1");
    assert_eq!(location(&known), location(&unknown), "the same answer");
    let page = browser
        .get("/forgot-password?sent=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("a link to choose a new password is on its way"));
    let links = mailed_links(&app, "/reset-password", 1).await;
    assert_eq!(links.len(), 1, "a mail only for the account that exists");
    let mail = std::fs::read_dir(&app.mail_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let mail = std::fs::read_to_string(mail.path()).unwrap();
    assert!(mail.contains("To: ada@example.com"), "{mail}");

    let page = browser.get(&links[0]).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Choose a new password"));
    let token = token_of(&links[0]);
    let weak = browser
        .call(
            ResetPassword::PATH,
            &[("token", token), ("new_password", "short")],
        )
        .await;
    assert_eq!(weak.status(), StatusCode::BAD_REQUEST);
    let reset = browser
        .submit(
            ResetPassword::PATH,
            &[("token", token), ("new_password", "a brand new secret")],
        )
        .await;
    assert_eq!(
        location(&reset),
        "/login?reset=1",
        "a refused password keeps the link"
    );
    assert!(!signed_in(&mut laptop).await, "every session ends");
    app.browser()
        .sign_in("ada@example.com", "a brand new secret")
        .await;

    let replay = browser
        .call(
            ResetPassword::PATH,
            &[("token", token), ("new_password", "yet another secret")],
        )
        .await;
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    assert!(
        replay
            .text()
            .await
            .unwrap()
            .contains("This link is invalid, used already or expired.")
    );

    // A link older than an hour no longer works.
    browser
        .submit(RequestPasswordReset::PATH, &[("email", "ada@example.com")])
        .await;
    let links = mailed_links(&app, "/reset-password", 2).await;
    sqlx::query("UPDATE account_tokens SET expires_at = $1")
        .bind(grindstone::domain::Timestamp::now().millis() - 1)
        .execute(app.db.pool())
        .await
        .unwrap();
    let expired = browser
        .call(
            ResetPassword::PATH,
            &[
                ("token", token_of(&links[1])),
                ("new_password", "yet another secret"),
            ],
        )
        .await;
    assert_eq!(expired.status(), StatusCode::BAD_REQUEST);
    app.browser()
        .sign_in("ada@example.com", "a brand new secret")
        .await;
}

#[tokio::test]
async fn signing_up_mails_a_link_that_confirms_the_address() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    browser
        .submit(
            SignUp::PATH,
            &[
                ("name", "Newcomer"),
                ("email", "new@example.com"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let verified_at = || async {
        sqlx::query_scalar::<_, Option<i64>>(
            "SELECT email_verified_at FROM users WHERE email = 'new@example.com'",
        )
        .fetch_one(app.db.pool())
        .await
        .unwrap()
    };
    assert_eq!(verified_at().await, None);
    let links = mailed_links(&app, "/verify-email", 1).await;
    let page = browser.get(&links[0]).await.text().await.unwrap();
    assert!(
        page.contains("Confirm my address"),
        "opening the link changes nothing"
    );
    assert_eq!(verified_at().await, None);

    let token = token_of(&links[0]);
    let confirmed = browser.submit(VerifyEmail::PATH, &[("token", token)]).await;
    assert_eq!(location(&confirmed), "/verify-email?verified=1");
    assert!(verified_at().await.is_some());
    let page = browser
        .get("/verify-email?verified=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your email address is confirmed."));
    let replay = browser.call(VerifyEmail::PATH, &[("token", token)]).await;
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
}
