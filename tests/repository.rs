//! The repository suite: every case runs once on SQLite and once on Postgres, against the same
//! repository code.

mod support;

use grindstone::accounts::{self, DisplayName, Email, Role, session};
use grindstone::collab::{self, CollabStatus};
use grindstone::db::Db;
use grindstone::domain::{Body, ExternalUrl, Timestamp, Title};
use grindstone::forum;
use grindstone::interviews::{self, InterviewStatus, InterviewType};
use grindstone::judge::{Checker, JudgeReport, Verdict};
use grindstone::news::{self, NewsKind};
use grindstone::problems::{self, Difficulty, ProblemQuery, ProblemSort, Progress, Slug};
use grindstone::seed;
use grindstone::stats;
use grindstone::submissions::repo::NewSubmission;
use grindstone::submissions::{self, SubmissionKind, SubmissionStatus};

/// Declares each case as a test on SQLite and a test on Postgres.
macro_rules! on_both_databases {
    ($($case:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $case() {
                    let database = crate::support::TestDb::sqlite().await;
                    super::$case(database.db()).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $case() {
                    let Some(database) = crate::support::TestDb::postgres().await else {
                        return;
                    };
                    super::$case(database.db()).await;
                }
            )+
        }
    };
}

on_both_databases!(
    migrations_can_run_again,
    users_are_unique_by_email,
    roles_and_logins_are_recorded,
    public_profiles_count_activity,
    constraints_reject_bad_rows,
    problems_keep_their_tags,
    problem_slugs_are_unique,
    submissions_record_the_verdict,
    the_queue_hands_each_submission_out_once_until_its_lease_runs_out,
    claims_take_turns_between_users,
    a_submission_is_stalled_only_when_no_judge_is_at_work,
    old_runs_are_deleted_but_submissions_and_practice_time_stay,
    the_leaderboard_uses_the_newest_snapshot,
    interviews_keep_questions_and_feedback,
    the_interview_bank_is_stored_and_updated,
    forum_posts_list_newest_first_with_comments,
    deleting_a_post_removes_its_comments,
    collaboration_sessions_track_participants,
    news_urls_are_unique,
    the_demo_seed_loads_once,
    sessions_resolve_until_they_end,
    disabling_an_account_ends_its_sessions,
    profiles_and_passwords_are_updated,
    rate_limits_count_per_window,
    mailed_tokens_work_once_until_they_expire,
    problem_packages_are_stored_and_updated,
    the_problem_list_filters_sorts_and_pages,
    verdicts_make_acceptance_percentiles_and_stats,
);

/// The ids of the problems `query` lists for `viewer`.
async fn listed(db: &Db, query: ProblemQuery, viewer: Option<i64>) -> Vec<i64> {
    problems::repo::list(db, &query, viewer)
        .await
        .unwrap()
        .problems
        .iter()
        .map(|p| p.problem_id)
        .collect()
}

/// A submission (or run) judged with `verdict`, `cpu_ms` and `memory_kib`.
async fn judged(
    db: &Db,
    submission: &NewSubmission<'_>,
    verdict: Verdict,
    cpu_ms: u64,
    memory_kib: u64,
) -> i64 {
    let id = submissions::repo::create(db, submission).await.unwrap();
    let claimed = submissions::repo::claim(db, Timestamp(i64::MAX))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(claimed.submission_id, id, "the only pending one");
    let report = JudgeReport {
        verdict,
        language: submission.language.to_owned(),
        compile_output: None,
        tests: Vec::new(),
        total_tests: 1,
        cpu_ms,
        memory_kib,
        message: None,
    };
    assert!(submissions::repo::complete(db, id, &report).await.unwrap());
    id
}

async fn the_problem_list_filters_sorts_and_pages(db: &Db) {
    let me = user(db, "Me", "me@example.com").await;
    let other = user(db, "Other", "other@example.com").await;
    let mut ids = Vec::new();
    for n in 1..=25 {
        let difficulty = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard][n % 3];
        let tags: &[&str] = match n % 4 {
            0 => &["graphs", "trees"],
            1 => &["graphs"],
            2 => &["trees"],
            _ => &[],
        };
        ids.push(problem(db, &format!("problem-{n:02}"), difficulty, tags).await);
    }
    // A distinctive word in one statement, and a title holding LIKE's wildcards.
    sqlx::query("UPDATE problems SET description = 'Find the NEEDLE here.' WHERE problem_id = $1")
        .bind(ids[6])
        .execute(db.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE problems SET title = '100% sure_thing' WHERE problem_id = $1")
        .bind(ids[7])
        .execute(db.pool())
        .await
        .unwrap();
    // Problem 1: solved by me after a wrong try; problem 2: only a wrong try of mine;
    // problem 3: accepted by the other user only. Runs count nowhere.
    let submit = |problem, user| NewSubmission::submit(problem, user, "python", "print(1)");
    judged(db, &submit(ids[0], me), Verdict::WrongAnswer, 5, 100).await;
    judged(db, &submit(ids[0], me), Verdict::Accepted, 5, 100).await;
    judged(db, &submit(ids[1], me), Verdict::WrongAnswer, 5, 100).await;
    judged(db, &submit(ids[2], other), Verdict::Accepted, 5, 100).await;
    let run = NewSubmission {
        kind: SubmissionKind::Run,
        ..submit(ids[3], me)
    };
    judged(db, &run, Verdict::Accepted, 5, 100).await;

    let page = problems::repo::list(db, &ProblemQuery::default(), Some(me))
        .await
        .unwrap();
    assert_eq!((page.total, page.problems.len()), (25, 20));
    let second = ProblemQuery {
        page: 2,
        ..ProblemQuery::default()
    };
    assert_eq!(listed(db, second, None).await, ids[20..].to_vec());
    let beyond = ProblemQuery {
        page: 9,
        ..ProblemQuery::default()
    };
    let empty = problems::repo::list(db, &beyond, None).await.unwrap();
    assert_eq!((empty.problems.len(), empty.total), (0, 25));

    let first = &page.problems[0];
    assert_eq!(first.acceptance, Some(50.0));
    assert_eq!(first.progress, Some(Progress::Solved));
    assert_eq!(page.problems[1].progress, Some(Progress::Attempted));
    assert_eq!(page.problems[2].progress, Some(Progress::NotTried));
    assert_eq!(page.problems[3].acceptance, None, "runs count nowhere");
    let anonymous = problems::repo::list(db, &ProblemQuery::default(), None)
        .await
        .unwrap();
    assert!(anonymous.problems.iter().all(|p| p.progress.is_none()));

    let with = |progress| ProblemQuery {
        progress: Some(progress),
        ..ProblemQuery::default()
    };
    assert_eq!(
        listed(db, with(Progress::Solved), Some(me)).await,
        vec![ids[0]]
    );
    assert_eq!(
        listed(db, with(Progress::Attempted), Some(me)).await,
        vec![ids[1]]
    );
    let not_tried = problems::repo::list(db, &with(Progress::NotTried), Some(me))
        .await
        .unwrap();
    assert_eq!(not_tried.total, 23);

    let both_tags = ProblemQuery {
        tags: vec!["graphs".into(), "trees".into()],
        ..ProblemQuery::default()
    };
    let expected: Vec<i64> = (1..=25)
        .filter(|n| n % 4 == 0)
        .map(|n| ids[n - 1])
        .collect();
    assert_eq!(
        listed(db, both_tags, None).await,
        expected,
        "every tag must match"
    );

    let hard_graphs = ProblemQuery {
        difficulty: Some(Difficulty::Hard),
        tags: vec!["graphs".into()],
        ..ProblemQuery::default()
    };
    let expected: Vec<i64> = (1..=25)
        .filter(|n| n % 3 == 2 && n % 4 <= 1)
        .map(|n| ids[n - 1])
        .collect();
    assert_eq!(listed(db, hard_graphs, None).await, expected);

    let search = |text: &str| ProblemQuery {
        search: Some(text.to_owned()),
        ..ProblemQuery::default()
    };
    assert_eq!(
        listed(db, search("needle"), None).await,
        vec![ids[6]],
        "statement, any case"
    );
    assert_eq!(
        listed(db, search("PROBLEM-25"), None).await,
        vec![ids[24]],
        "title"
    );
    assert_eq!(
        listed(db, search("100%"), None).await,
        vec![ids[7]],
        "% is literal"
    );
    assert_eq!(
        listed(db, search("m_0"), None).await,
        Vec::<i64>::new(),
        "_ is literal"
    );

    let by_acceptance = ProblemQuery {
        sort: ProblemSort::Acceptance,
        descending: true,
        ..ProblemQuery::default()
    };
    assert_eq!(
        listed(db, by_acceptance, None).await[..3],
        [ids[2], ids[0], ids[1]]
    );
    let by_title = ProblemQuery {
        sort: ProblemSort::Title,
        ..ProblemQuery::default()
    };
    assert_eq!(
        listed(db, by_title, None).await[0],
        ids[7],
        "digits sort first"
    );
    let hardest_first = ProblemQuery {
        sort: ProblemSort::Difficulty,
        descending: true,
        ..ProblemQuery::default()
    };
    let hardest = problems::repo::list(db, &hardest_first, None)
        .await
        .unwrap();
    let order: Vec<Difficulty> = hardest.problems.iter().map(|p| p.difficulty).collect();
    assert_eq!(order[..8], [Difficulty::Hard; 8]);
    assert_eq!(order[8..17], [Difficulty::Medium; 9]);
}

async fn verdicts_make_acceptance_percentiles_and_stats(db: &Db) {
    let me = user(db, "Me", "me@example.com").await;
    let other = user(db, "Other", "other@example.com").await;
    let sum = problem(db, "sum", Difficulty::Easy, &[]).await;
    let product = problem(db, "product", Difficulty::Easy, &[]).await;
    let submit = |problem, user, language| NewSubmission::submit(problem, user, language, "x");
    // Others' accepted python submissions: 10, 20, 30 ms; 100, 200, 300 KiB.
    for (ms, kib) in [(10, 100), (20, 200), (30, 300)] {
        judged(
            db,
            &submit(sum, other, "python"),
            Verdict::Accepted,
            ms,
            kib,
        )
        .await;
    }
    // A faster C++ submission is another language: not compared.
    judged(db, &submit(sum, other, "cpp"), Verdict::Accepted, 1, 1).await;
    let mine = judged(db, &submit(sum, me, "python"), Verdict::Accepted, 15, 300).await;
    let detail = submissions::repo::detail(db, mine, me)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        detail.runtime_beats,
        Some(100.0 * 2.0 / 3.0),
        "slower: 20 and 30 ms"
    );
    assert_eq!(
        detail.memory_beats,
        Some(100.0 * 0.5 / 3.0),
        "one tie counts half"
    );
    assert!(
        submissions::repo::detail(db, mine, other)
            .await
            .unwrap()
            .is_none(),
        "another user's submission does not exist for them"
    );
    let first_cpp = submissions::repo::history(db, other, None, 1)
        .await
        .unwrap()
        .0[0]
        .submission_id;
    let cpp = submissions::repo::detail(db, first_cpp, other)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(cpp.runtime_beats, None, "the only one in its language");

    judged(db, &submit(sum, me, "python"), Verdict::Accepted, 12, 100).await;
    judged(
        db,
        &submit(product, me, "python"),
        Verdict::WrongAnswer,
        12,
        100,
    )
    .await;
    judged(
        db,
        &submit(product, me, "python"),
        Verdict::InternalError,
        0,
        0,
    )
    .await;
    let run = NewSubmission {
        kind: SubmissionKind::Run,
        ..submit(product, me, "python")
    };
    judged(db, &run, Verdict::Accepted, 1, 1).await;
    let snapshot = stats::repo::refresh(db, me).await.unwrap();
    assert_eq!(
        snapshot.problems_solved, 1,
        "a problem solved twice counts once"
    );
    assert!(
        (snapshot.average_score - 100.0 * 2.0 / 3.0).abs() < 1e-9,
        "2 of 3 judged submissions accepted (the Internal Error and the run do not count): {}",
        snapshot.average_score
    );
    assert_eq!(
        stats::repo::latest(db, me)
            .await
            .unwrap()
            .unwrap()
            .problems_solved,
        1
    );
    let (history, total) = submissions::repo::history(db, me, Some("product"), 1)
        .await
        .unwrap();
    assert_eq!(
        (history.len(), total),
        (2, 2),
        "runs are not in the history"
    );
    assert!(history.iter().all(|row| row.problem_slug == "product"));
}

async fn user(db: &Db, name: &str, email: &str) -> i64 {
    let new_user = accounts::repo::NewUser {
        name: DisplayName::parse(name).unwrap(),
        email: Email::parse(email).unwrap(),
        password_hash: None,
        google_id: None,
        profile_picture: None,
        role: Role::User,
    };
    accounts::repo::create(db, &new_user).await.unwrap()
}

async fn problem(db: &Db, slug: &str, difficulty: Difficulty, tags: &[&str]) -> i64 {
    let new_problem = problems::repo::NewProblem {
        slug: Slug::parse(slug).unwrap(),
        title: Title::parse(&format!("Problem {slug}")).unwrap(),
        description: Body::parse("Read two numbers, print their sum.").unwrap(),
        difficulty,
        input: "a b".to_owned(),
        output: "a + b".to_owned(),
        constraints: "|a|, |b| ≤ 10^9".to_owned(),
        leetcode_id: Some(1),
        creator_id: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        time_limit_ms: 1000,
        memory_limit_mb: 256,
        checker: Checker::Tokens,
        checker_config: None,
    };
    problems::repo::create(db, &new_problem).await.unwrap()
}

async fn migrations_can_run_again(db: &Db) {
    db.migrate().await.unwrap();
    db.migrate().await.unwrap();
    db.ping().await.unwrap();
}

async fn users_are_unique_by_email(db: &Db) {
    let id = user(db, "Ada", "ada@example.com").await;
    let new_user = accounts::repo::NewUser {
        name: DisplayName::parse("Impostor").unwrap(),
        email: Email::parse(" ADA@example.com ").unwrap(),
        password_hash: Some("x".to_owned()),
        google_id: None,
        profile_picture: None,
        role: Role::User,
    };
    let duplicate = accounts::repo::create(db, &new_user).await;
    assert!(matches!(
        duplicate,
        Err(accounts::repo::CreateUserError::EmailTaken)
    ));
    let found = accounts::repo::by_email(db, &Email::parse("Ada@Example.com").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.user_id, id);
    assert_eq!(found.name, "Ada");
    assert_eq!(found.password_hash, None);
    assert_eq!(accounts::repo::count(db).await.unwrap(), 1);
}

async fn roles_and_logins_are_recorded(db: &Db) {
    let id = user(db, "Grace", "grace@example.com").await;
    let before = accounts::repo::by_id(db, id).await.unwrap().unwrap();
    assert_eq!(before.role, Role::User);
    assert_eq!(before.last_login, None);

    assert!(accounts::repo::set_role(db, id, Role::Admin).await.unwrap());
    assert!(
        !accounts::repo::set_role(db, id + 1000, Role::Admin)
            .await
            .unwrap()
    );
    accounts::repo::touch_last_login(db, id).await.unwrap();

    let after = accounts::repo::by_id(db, id).await.unwrap().unwrap();
    assert_eq!(after.role, Role::Admin);
    assert!(after.last_login.unwrap() >= after.date_joined);
    assert!(
        accounts::repo::by_id(db, id + 1000)
            .await
            .unwrap()
            .is_none()
    );
}

async fn public_profiles_count_activity(db: &Db) {
    let id = user(db, "Alan", "alan@example.com").await;
    let empty = accounts::repo::public_profile(db, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((empty.problems_solved, empty.posts), (0, 0));

    let title = Title::parse("Hello forum").unwrap();
    forum::repo::create_post(db, id, &title, &Body::parse("First!").unwrap())
        .await
        .unwrap();
    let snapshot = stats::repo::NewSnapshot {
        problems_solved: 3,
        ..Default::default()
    };
    stats::repo::record(db, id, &snapshot).await.unwrap();

    let profile = accounts::repo::public_profile(db, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(profile.name, "Alan");
    assert_eq!((profile.problems_solved, profile.posts), (3, 1));
    assert!(
        accounts::repo::public_profile(db, id + 1)
            .await
            .unwrap()
            .is_none()
    );
}

async fn constraints_reject_bad_rows(db: &Db) {
    let bad_role = sqlx::query(
        "INSERT INTO users (name, email, role, date_joined) VALUES ('X', 'x@example.com', 'Root', 0)",
    )
    .execute(db.pool())
    .await;
    assert!(bad_role.is_err(), "a role outside the enum is refused");

    let orphan = sqlx::query(
        "INSERT INTO forum_posts (user_id, title, content, created_at, updated_at) \
         VALUES (4242, 't', 'c', 0, 0)",
    )
    .execute(db.pool())
    .await;
    assert!(orphan.is_err(), "a post by a missing user is refused");

    let id = user(db, "Katherine", "katherine@example.com").await;
    let bad_plan = sqlx::query(
        "INSERT INTO user_stats (user_id, study_plan, last_updated) VALUES ($1, 'not json', 0)",
    )
    .bind(id)
    .execute(db.pool())
    .await;
    assert!(bad_plan.is_err(), "a study plan must be JSON");

    let bad_status = sqlx::query(
        "INSERT INTO interview_sessions (user_id, interview_type, start_time, status) \
         VALUES ($1, 'Technical', 0, 'Done')",
    )
    .bind(id)
    .execute(db.pool())
    .await;
    assert!(bad_status.is_err(), "a status outside the enum is refused");
}

async fn problems_keep_their_tags(db: &Db) {
    let easy = problem(db, "sum-of-two", Difficulty::Easy, &["math", "arrays"]).await;
    let hard = problem(db, "hard-one", Difficulty::Hard, &["graphs"]).await;

    let all = listed(db, ProblemQuery::default(), None).await;
    assert_eq!(all, vec![easy, hard]);
    let page = problems::repo::list(db, &ProblemQuery::default(), None)
        .await
        .unwrap();
    assert_eq!(page.problems[0].tags, vec!["arrays", "math"]);
    assert_eq!(page.problems[0].difficulty, Difficulty::Easy);

    let hard_only = ProblemQuery {
        difficulty: Some(Difficulty::Hard),
        ..ProblemQuery::default()
    };
    assert_eq!(listed(db, hard_only, None).await, vec![hard]);

    let full = problems::repo::by_slug(db, &Slug::parse("sum-of-two").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(full.problem_id, easy);
    assert_eq!(full.leetcode_id, Some(1));
    assert_eq!(full.constraints, "|a|, |b| ≤ 10^9");
    assert!(
        problems::repo::by_slug(db, &Slug::parse("missing").unwrap())
            .await
            .unwrap()
            .is_none()
    );

    sqlx::query("DELETE FROM problems WHERE problem_id = $1")
        .bind(easy)
        .execute(db.pool())
        .await
        .unwrap();
    assert!(problems::repo::tags_of(db, easy).await.unwrap().is_empty());
    assert_eq!(problems::repo::count(db).await.unwrap(), 1);
}

async fn problem_slugs_are_unique(db: &Db) {
    problem(db, "unique", Difficulty::Medium, &[]).await;
    let new_problem = problems::repo::NewProblem {
        slug: Slug::parse("unique").unwrap(),
        title: Title::parse("Another").unwrap(),
        description: Body::parse("text").unwrap(),
        difficulty: Difficulty::Easy,
        input: String::new(),
        output: String::new(),
        constraints: String::new(),
        leetcode_id: None,
        creator_id: None,
        tags: vec!["a".to_owned()],
        time_limit_ms: 1000,
        memory_limit_mb: 256,
        checker: Checker::Tokens,
        checker_config: None,
    };
    assert!(problems::repo::create(db, &new_problem).await.is_err());
    // The failed insert left no tag behind: the transaction was rolled back.
    let tags: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM problem_tags")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(tags, 0);
}

async fn submissions_record_the_verdict(db: &Db) {
    let author = user(db, "Coder", "coder@example.com").await;
    let other = user(db, "Other", "other@example.com").await;
    let problem_id = problem(db, "judge-me", Difficulty::Easy, &[]).await;

    let first = submissions::repo::create(
        db,
        &NewSubmission::submit(problem_id, author, "python", "print(1)"),
    )
    .await
    .unwrap();
    let second = submissions::repo::create(
        db,
        &NewSubmission::submit(problem_id, author, "cpp", "int main(){}"),
    )
    .await
    .unwrap();
    submissions::repo::create(
        db,
        &NewSubmission::submit(problem_id, other, "python", "print(2)"),
    )
    .await
    .unwrap();
    let lease = Timestamp(Timestamp::now().millis() + 60_000);
    let job = submissions::repo::claim(db, lease).await.unwrap().unwrap();
    assert_eq!(job.submission_id, first, "the oldest first");
    assert_eq!((job.attempts, job.code.as_str()), (1, "print(1)"));
    let report = JudgeReport {
        verdict: Verdict::Accepted,
        language: "python".to_owned(),
        compile_output: None,
        tests: Vec::new(),
        total_tests: 1,
        cpu_ms: 12,
        memory_kib: 9000,
        message: None,
    };
    assert!(
        submissions::repo::complete(db, first, &report)
            .await
            .unwrap()
    );
    assert!(
        !submissions::repo::complete(db, first, &report)
            .await
            .unwrap(),
        "a finished submission is not finished again"
    );
    let (status, stored) = submissions::repo::status_of(db, first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (status, stored),
        (SubmissionStatus::Completed, Some(report))
    );

    let (mine, _) = submissions::repo::history(db, author, None, 1)
        .await
        .unwrap();
    assert_eq!(mine.len(), 2, "only the author's own submissions");
    let judged = mine.iter().find(|s| s.submission_id == first).unwrap();
    assert_eq!(judged.status, SubmissionStatus::Completed);
    assert_eq!(judged.verdict, Some(Verdict::Accepted));
    assert_eq!(judged.execution_time, Some(12));
    let pending = mine.iter().find(|s| s.submission_id == second).unwrap();
    assert_eq!(pending.status, SubmissionStatus::Pending);
    assert_eq!(pending.verdict, None);
}

async fn the_queue_hands_each_submission_out_once_until_its_lease_runs_out(db: &Db) {
    let author = user(db, "Coder", "coder@example.com").await;
    let problem_id = problem(db, "queued", Difficulty::Easy, &[]).await;
    let first = submissions::repo::create(
        db,
        &NewSubmission::submit(problem_id, author, "python", "1"),
    )
    .await
    .unwrap();
    let second = submissions::repo::create(
        db,
        &NewSubmission::submit(problem_id, author, "python", "2"),
    )
    .await
    .unwrap();
    let later = Timestamp(Timestamp::now().millis() + 60_000);
    let taken = submissions::repo::claim(db, later).await.unwrap().unwrap();
    assert_eq!(taken.submission_id, first);
    let next = submissions::repo::claim(db, later).await.unwrap().unwrap();
    assert_eq!(
        next.submission_id, second,
        "a leased submission is not handed out again"
    );
    assert!(submissions::repo::claim(db, later).await.unwrap().is_none());

    // A worker that died stops renewing: once its lease is over, the submission is taken again.
    let past = Timestamp(Timestamp::now().millis() - 1);
    submissions::repo::advance(db, first, SubmissionStatus::Running, past)
        .await
        .unwrap();
    let again = submissions::repo::claim(db, later).await.unwrap().unwrap();
    assert_eq!((again.submission_id, again.attempts), (first, 2));
    let (status, report) = submissions::repo::status_of(db, first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((status, report), (SubmissionStatus::Compiling, None));
}

async fn claims_take_turns_between_users(db: &Db) {
    let busy = user(db, "Busy", "busy@example.com").await;
    let patient = user(db, "Patient", "patient@example.com").await;
    let problem_id = problem(db, "shared", Difficulty::Easy, &[]).await;
    let mut busy_jobs = Vec::new();
    for n in 0..10 {
        let code = n.to_string();
        let job = NewSubmission::submit(problem_id, busy, "python", &code);
        busy_jobs.push(submissions::repo::create(db, &job).await.unwrap());
    }
    let patient_job = NewSubmission::submit(problem_id, patient, "python", "1");
    let patient_job = submissions::repo::create(db, &patient_job).await.unwrap();
    let later = Timestamp(Timestamp::now().millis() + 60_000);
    let report = JudgeReport::internal_error("python", 1, "not judged in this test".to_owned());

    // One worker: each job is finished before the next is taken (a moment later: turns go by
    // the millisecond a job was taken).
    let mut order = Vec::new();
    while let Some(job) = submissions::repo::claim(db, later).await.unwrap() {
        order.push(job.submission_id);
        assert!(
            submissions::repo::complete(db, job.submission_id, &report)
                .await
                .unwrap()
        );
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    assert_eq!(
        order[..3],
        [busy_jobs[0], patient_job, busy_jobs[1]],
        "the second job taken is the patient user's"
    );
    assert_eq!(order.len(), 11);

    // Several workers: a user with a job being judged waits for those with none.
    let first = NewSubmission::submit(problem_id, busy, "python", "a");
    let first = submissions::repo::create(db, &first).await.unwrap();
    let second = NewSubmission::submit(problem_id, busy, "python", "b");
    submissions::repo::create(db, &second).await.unwrap();
    let other = NewSubmission::submit(problem_id, patient, "python", "c");
    let other = submissions::repo::create(db, &other).await.unwrap();
    let taken = submissions::repo::claim(db, later).await.unwrap().unwrap();
    assert_eq!(
        taken.submission_id, other,
        "the patient user was served longest ago"
    );
    let taken = submissions::repo::claim(db, later).await.unwrap().unwrap();
    assert_eq!(taken.submission_id, first);
}

async fn a_submission_is_stalled_only_when_no_judge_is_at_work(db: &Db) {
    let coder = user(db, "Coder", "coder@example.com").await;
    let problem_id = problem(db, "waiting", Difficulty::Easy, &[]).await;
    let job = NewSubmission::submit(problem_id, coder, "python", "1");
    let first = submissions::repo::create(db, &job).await.unwrap();
    let second = submissions::repo::create(db, &job).await.unwrap();
    let stalled = async |id| {
        submissions::repo::waits_without_judge(db, id)
            .await
            .unwrap()
    };
    assert!(
        stalled(first).await && stalled(second).await,
        "nothing judges"
    );

    let later = Timestamp(Timestamp::now().millis() + 60_000);
    submissions::repo::claim(db, later).await.unwrap().unwrap();
    assert!(!stalled(first).await, "being judged");
    assert!(
        !stalled(second).await,
        "waiting its turn behind a working judge"
    );

    // The worker died: its lease ran out and nothing else is judged.
    let past = Timestamp(Timestamp::now().millis() - 1);
    submissions::repo::advance(db, first, SubmissionStatus::Running, past)
        .await
        .unwrap();
    assert!(stalled(first).await && stalled(second).await);
}

async fn old_runs_are_deleted_but_submissions_and_practice_time_stay(db: &Db) {
    let coder = user(db, "Coder", "coder@example.com").await;
    let problem_id = problem(db, "practised", Difficulty::Easy, &[]).await;
    let minute = 60_000;
    let now = Timestamp::now().millis();
    let ten_days_ago = now - 10 * 24 * 60 * minute;
    // Queued at `at`, and judged unless `pending`.
    let queue = async |kind: SubmissionKind, at: i64, pending: bool| -> i64 {
        let job = NewSubmission {
            kind,
            ..NewSubmission::submit(problem_id, coder, "python", "print(1)")
        };
        let id = submissions::repo::create(db, &job).await.unwrap();
        let status = if pending { "Pending" } else { "Completed" };
        sqlx::query(
            "UPDATE submissions SET submitted_at = $1, status = $2 WHERE submission_id = $3",
        )
        .bind(at)
        .bind(status)
        .bind(id)
        .execute(db.pool())
        .await
        .unwrap();
        id
    };
    // Twenty minutes between each: an hour of practice, which without the two runs would be
    // one break of an hour.
    let old_submit = queue(SubmissionKind::Submit, ten_days_ago, false).await;
    let old_runs = [
        queue(SubmissionKind::Run, ten_days_ago + 20 * minute, false).await,
        queue(SubmissionKind::Run, ten_days_ago + 40 * minute, false).await,
    ];
    let later_submit = queue(SubmissionKind::Submit, ten_days_ago + 60 * minute, false).await;
    let waiting_run = queue(SubmissionKind::Run, ten_days_ago + 100 * minute, true).await;
    let recent_run = queue(SubmissionKind::Run, now - 24 * 60 * minute, false).await;
    let before = stats::repo::refresh(db, coder).await.unwrap().time_spent;
    assert_eq!(before, 3600);

    // Two servers purging at once: one deletes, the other finds nothing.
    let week_ago = Timestamp(now - 7 * 24 * 60 * minute);
    let (one, other) = tokio::join!(
        submissions::repo::purge_runs_before(db, week_ago),
        submissions::repo::purge_runs_before(db, week_ago)
    );
    let mut deleted = [one.unwrap(), other.unwrap()];
    deleted.sort();
    assert_eq!(deleted, [0, 2]);
    let left: Vec<i64> =
        sqlx::query_scalar("SELECT submission_id FROM submissions ORDER BY submission_id")
            .fetch_all(db.pool())
            .await
            .unwrap();
    assert_eq!(left, [old_submit, later_submit, waiting_run, recent_run]);
    assert!(
        submissions::repo::detail(db, old_runs[0], coder)
            .await
            .unwrap()
            .is_none(),
        "a deleted run is not found"
    );
    let after = stats::repo::refresh(db, coder).await.unwrap().time_spent;
    assert_eq!(
        after, before,
        "the deleted runs' practice time is kept, once"
    );
}

async fn the_leaderboard_uses_the_newest_snapshot(db: &Db) {
    let ada = user(db, "Ada", "ada@example.com").await;
    let bob = user(db, "Bob", "bob@example.com").await;
    let record = |user_id, solved, score| {
        let snapshot = stats::repo::NewSnapshot {
            problems_solved: solved,
            time_spent: 60,
            average_score: score,
            rank: None,
            study_plan: Some(serde_json::json!({ "focus": ["graphs"] })),
        };
        async move { stats::repo::record(db, user_id, &snapshot).await.unwrap() }
    };
    record(ada, 10, 50.0).await;
    record(bob, 4, 90.0).await;
    record(ada, 2, 60.0).await; // Ada's newest snapshot is what counts.

    let board = stats::repo::leaderboard(db, 10).await.unwrap();
    assert_eq!(
        board
            .iter()
            .map(|e| (e.name.as_str(), e.problems_solved))
            .collect::<Vec<_>>(),
        vec![("Bob", 4), ("Ada", 2)]
    );
    let latest = stats::repo::latest(db, ada).await.unwrap().unwrap();
    assert_eq!(latest.problems_solved, 2);
    let plan: serde_json::Value =
        serde_json::from_str(latest.study_plan.as_deref().unwrap()).unwrap();
    assert_eq!(plan["focus"][0], "graphs");
    assert!(stats::repo::latest(db, bob + 1).await.unwrap().is_none());
}

async fn interviews_keep_questions_and_feedback(db: &Db) {
    use interviews::repo::{NewQuestion, RecordedAnswer};
    use interviews::{Draft, FeedbackMode, InterviewPlan};
    let candidate = user(db, "Candidate", "candidate@example.com").await;
    let other = user(db, "Other", "other@example.com").await;
    let plan = InterviewPlan {
        interview_type: InterviewType::Behavioral,
        length_minutes: 10,
        topics: vec!["Conflict".to_owned()],
        difficulty: None,
        feedback_mode: FeedbackMode::EachAnswer,
    };
    let asked = |text: &str, expected: Option<&str>| NewQuestion {
        question: text.to_owned(),
        expected: expected.map(str::to_owned),
        topic: Some("Conflict".to_owned()),
        concepts: vec!["disagreement".to_owned()],
        bank_question_id: None,
        problem_id: None,
    };
    let session = interviews::repo::create_planned(
        db,
        candidate,
        &plan,
        &[
            asked("Tell me about a conflict.", None),
            asked("Why this team?", Some("Be specific.")),
        ],
    )
    .await
    .unwrap();
    // Nobody reads another's session or its questions.
    assert!(
        interviews::repo::session_of(db, session, other)
            .await
            .unwrap()
            .is_none()
    );
    let pending = interviews::repo::session_of(db, session, candidate)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(pending.status, InterviewStatus::Pending);
    let questions = interviews::repo::questions_of(db, session).await.unwrap();
    let (q1, q2) = (questions[0].question_id, questions[1].question_id);
    assert!(questions.iter().all(|q| q.started_at.is_none()));
    assert!(
        interviews::repo::session_of_question(db, q1, other)
            .await
            .unwrap()
            .is_none()
    );

    // Beginning starts the clock and the first question only; beginning again changes nothing.
    let begun = Timestamp(pending.start_time.millis() + 1000);
    interviews::repo::begin(db, session, begun).await.unwrap();
    interviews::repo::begin(db, session, Timestamp(begun.millis() + 5000))
        .await
        .unwrap();
    let running = interviews::repo::session_of(db, session, candidate)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (running.status, running.start_time),
        (InterviewStatus::InProgress, begun)
    );
    let questions = interviews::repo::questions_of(db, session).await.unwrap();
    assert_eq!(questions[0].started_at, Some(begun));
    assert_eq!(questions[1].started_at, None);

    // A draft is kept until the answer replaces it; an answered question takes no more.
    let draft = Draft {
        answer: "We disagreed".to_owned(),
        ..Draft::default()
    };
    assert!(interviews::repo::save_draft(db, q1, &draft).await.unwrap());
    let answer = RecordedAnswer {
        answer: "We disagreed on...",
        ..RecordedAnswer::default()
    };
    let answered = Timestamp(begun.millis() + 60_000);
    assert!(
        interviews::repo::record_answer(db, session, q1, &answer, answered, false)
            .await
            .unwrap()
    );
    assert!(
        !interviews::repo::record_answer(db, session, q1, &answer, answered, false)
            .await
            .unwrap()
    );
    assert!(!interviews::repo::save_draft(db, q1, &draft).await.unwrap());
    let feedback = grindstone::ai::offline::grade(&grindstone::ai::GradeRequest {
        rubric: grindstone::ai::Rubric::Behavioral,
        question: "Tell me about a conflict.".to_owned(),
        expected: None,
        concepts: Vec::new(),
        answer: "We disagreed on...".to_owned(),
        judged: None,
    });
    assert!(
        interviews::repo::record_feedback(db, q1, &feedback, Some("note"))
            .await
            .unwrap()
    );
    // Graded once: a second grading (two reads at once) changes nothing.
    assert!(
        !interviews::repo::record_feedback(db, q1, &feedback, None)
            .await
            .unwrap()
    );
    let questions = interviews::repo::questions_of(db, session).await.unwrap();
    assert_eq!(
        questions[0].submitted_answer.as_deref(),
        Some("We disagreed on...")
    );
    assert_eq!(questions[0].draft, None);
    assert_eq!(questions[0].score, Some(feedback.score));
    assert_eq!(questions[0].grader_note.as_deref(), Some("note"));
    assert_eq!(questions[1].answer.as_deref(), Some("Be specific."));
    // With feedback after each answer, the next question waits to be asked for.
    assert_eq!(questions[1].started_at, None);
    interviews::repo::begin(db, session, answered)
        .await
        .unwrap();
    let questions = interviews::repo::questions_of(db, session).await.unwrap();
    assert_eq!(questions[1].started_at, Some(answered));

    // Finishing early: the score is the mean of what was graded.
    interviews::repo::complete(db, session, Timestamp(answered.millis() + 1))
        .await
        .unwrap();
    let done = interviews::repo::session_of(db, session, candidate)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(done.status, InterviewStatus::Completed);
    assert_eq!(done.score, Some(feedback.score));
    assert!(done.end_time.unwrap() >= done.start_time);
    let history = interviews::repo::history_of(db, candidate).await.unwrap();
    assert_eq!(
        (history.len(), history[0].questions, history[0].answered),
        (1, 2, 1)
    );
    assert!(
        interviews::repo::history_of(db, other)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        interviews::repo::graded_answers_of(db, candidate)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(q2, questions[1].question_id);

    let activity = interviews::repo::activity(db).await.unwrap();
    let behavioral = activity
        .iter()
        .find(|a| a.interview_type == InterviewType::Behavioral)
        .unwrap();
    assert_eq!(
        (behavioral.completed_sessions, behavioral.questions_answered),
        (1, 1)
    );
    assert_eq!(activity.len(), InterviewType::ALL.len());
}

async fn forum_posts_list_newest_first_with_comments(db: &Db) {
    let author = user(db, "Writer", "writer@example.com").await;
    let reader = user(db, "Reader", "reader@example.com").await;
    let body = Body::parse("Some text").unwrap();
    let first = forum::repo::create_post(db, author, &Title::parse("First post").unwrap(), &body)
        .await
        .unwrap();
    let second = forum::repo::create_post(db, author, &Title::parse("Second post").unwrap(), &body)
        .await
        .unwrap();
    forum::repo::add_comment(db, first, reader, &Body::parse("Nice").unwrap())
        .await
        .unwrap();
    forum::repo::add_comment(db, first, author, &Body::parse("Thanks").unwrap())
        .await
        .unwrap();

    let posts = forum::repo::recent(db, 10).await.unwrap();
    assert_eq!(
        posts
            .iter()
            .map(|p| (p.post_id, p.comments))
            .collect::<Vec<_>>(),
        vec![(second, 0), (first, 2)]
    );
    assert_eq!(posts[0].author_name, "Writer");
    let comments = forum::repo::comments_of(db, first).await.unwrap();
    assert_eq!(
        comments
            .iter()
            .map(|c| c.content.as_str())
            .collect::<Vec<_>>(),
        vec!["Nice", "Thanks"]
    );
    assert_eq!(comments[0].author_name, "Reader");
    assert_eq!(forum::repo::recent(db, 1).await.unwrap().len(), 1);
    assert_eq!(forum::repo::count(db).await.unwrap(), 2);
}

async fn deleting_a_post_removes_its_comments(db: &Db) {
    let author = user(db, "Writer", "writer@example.com").await;
    let post = forum::repo::create_post(
        db,
        author,
        &Title::parse("Short-lived").unwrap(),
        &Body::parse("Soon gone").unwrap(),
    )
    .await
    .unwrap();
    forum::repo::add_comment(db, post, author, &Body::parse("Bye").unwrap())
        .await
        .unwrap();
    sqlx::query("DELETE FROM forum_posts WHERE post_id = $1")
        .bind(post)
        .execute(db.pool())
        .await
        .unwrap();
    assert!(forum::repo::comments_of(db, post).await.unwrap().is_empty());
}

async fn collaboration_sessions_track_participants(db: &Db) {
    let host = user(db, "Host", "host@example.com").await;
    let guest = user(db, "Guest", "guest@example.com").await;
    let session = collab::repo::create_session(db, host, "fn main() {}")
        .await
        .unwrap();
    collab::repo::join(db, session, guest).await.unwrap();
    collab::repo::join(db, session, guest).await.unwrap();
    assert_eq!(
        collab::repo::participants(db, session).await.unwrap(),
        vec![host, guest]
    );

    collab::repo::set_status(db, session, CollabStatus::Active)
        .await
        .unwrap();
    let open = collab::repo::open_sessions(db, 10).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].host_name, "Host");
    assert_eq!(open[0].participants, 2);
    assert_eq!(open[0].status, CollabStatus::Active);

    collab::repo::set_status(db, session, CollabStatus::Completed)
        .await
        .unwrap();
    assert!(
        collab::repo::open_sessions(db, 10)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn news_urls_are_unique(db: &Db) {
    let item = |kind, url: &str| news::repo::NewItem {
        title: Title::parse("An item").unwrap(),
        content: Body::parse("Content").unwrap(),
        source: "Test".to_owned(),
        url: ExternalUrl::parse(url).unwrap(),
        kind,
    };
    let first = news::repo::insert(db, &item(NewsKind::News, "https://example.org/a"))
        .await
        .unwrap();
    assert!(first.is_some());
    let again = news::repo::insert(db, &item(NewsKind::Job, "https://example.org/a"))
        .await
        .unwrap();
    assert_eq!(again, None, "the same URL is stored once");
    news::repo::insert(db, &item(NewsKind::Job, "https://example.org/b"))
        .await
        .unwrap();

    let all = news::repo::latest(db, None, 10).await.unwrap();
    assert_eq!(all.len(), 2);
    let jobs = news::repo::latest(db, Some(NewsKind::Job), 10)
        .await
        .unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].url, "https://example.org/b");
    assert_eq!(jobs[0].kind, NewsKind::Job);
}

async fn the_interview_bank_is_stored_and_updated(db: &Db) {
    let mut bank = interviews::bank::load(std::path::Path::new("interviews")).unwrap();
    let stored = interviews::repo::store_bank(db, &bank).await.unwrap();
    assert_eq!((stored.created, stored.updated), (bank.len(), 0));

    bank[0].question = "A reworded question?".to_owned();
    let stored = interviews::repo::store_bank(db, &bank).await.unwrap();
    assert_eq!((stored.created, stored.updated), (0, bank.len()));
    let (count, question): (i64, String) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM interview_bank), question FROM interview_bank WHERE slug = $1",
    )
    .bind(bank[0].slug.as_str())
    .fetch_one(db.pool())
    .await
    .unwrap();
    assert_eq!(count, bank.len() as i64);
    assert_eq!(question, "A reworded question?");
}

async fn the_demo_seed_loads_once(db: &Db) {
    use seed::DemoAdmin;
    assert_eq!(
        seed::demo(db, DemoAdmin::Nobody).await.unwrap(),
        seed::Outcome::Loaded
    );
    assert!(
        !seed::demo_admin_exists(db).await.unwrap(),
        "no administrator unless asked for"
    );
    assert_eq!(
        seed::demo(db, DemoAdmin::Ada).await.unwrap(),
        seed::Outcome::AlreadyPresent
    );
    assert_eq!(accounts::repo::count(db).await.unwrap(), 4);
    assert!(!forum::repo::recent(db, 10).await.unwrap().is_empty());
    assert!(!news::repo::latest(db, None, 10).await.unwrap().is_empty());
    assert!(!stats::repo::leaderboard(db, 10).await.unwrap().is_empty());
    assert!(
        !collab::repo::open_sessions(db, 10)
            .await
            .unwrap()
            .is_empty()
    );
    let ada = accounts::repo::by_email(db, &Email::parse("ada@demo.grindstone.dev").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        ada.role,
        Role::Admin,
        "asked for, Ada becomes the administrator"
    );
    assert!(seed::demo_admin_exists(db).await.unwrap());
    assert!(accounts::password::verify(
        seed::DEMO_PASSWORD,
        ada.password_hash.as_deref().unwrap()
    ));
}

async fn sessions_resolve_until_they_end(db: &Db) {
    let id = user(db, "Ada", "ada@example.com").await;
    let first = session::create(db, id).await.unwrap();
    let second = session::create(db, id).await.unwrap();
    let (current, renewed) = session::resolve(db, &first).await.unwrap().unwrap();
    assert_eq!(
        (current.user_id, current.name.as_str(), current.role),
        (id, "Ada", Role::User)
    );
    assert!(!renewed, "a fresh session needs no renewal");

    session::end(db, &first).await.unwrap();
    assert!(session::resolve(db, &first).await.unwrap().is_none());
    assert!(session::resolve(db, &second).await.unwrap().is_some());

    let third = session::create(db, id).await.unwrap();
    session::end_all(db, id, Some(&third)).await.unwrap();
    assert!(session::resolve(db, &second).await.unwrap().is_none());
    assert!(session::resolve(db, &third).await.unwrap().is_some());

    // Expired a second ago (moving both times keeps expiry after creation, and the test does
    // not depend on a millisecond passing).
    sqlx::query(
        "UPDATE sessions SET created_at = created_at - 2000, expires_at = created_at - 1000",
    )
    .execute(db.pool())
    .await
    .unwrap();
    assert!(session::resolve(db, &third).await.unwrap().is_none());
    assert_eq!(session::purge_expired(db).await.unwrap(), 1);
}

async fn disabling_an_account_ends_its_sessions(db: &Db) {
    let id = user(db, "Bob", "bob@example.com").await;
    let token = session::create(db, id).await.unwrap();
    assert!(accounts::repo::set_disabled(db, id, true).await.unwrap());
    assert!(session::resolve(db, &token).await.unwrap().is_none());
    let listed = accounts::repo::list(db).await.unwrap();
    assert!(listed[0].disabled_at.is_some());
    assert!(accounts::repo::set_disabled(db, id, false).await.unwrap());
    assert!(
        accounts::repo::list(db).await.unwrap()[0]
            .disabled_at
            .is_none()
    );
    assert!(
        !accounts::repo::set_disabled(db, id + 1, true)
            .await
            .unwrap()
    );
}

async fn profiles_and_passwords_are_updated(db: &Db) {
    let id = user(db, "Ada", "ada@example.com").await;
    let picture = ExternalUrl::parse("https://example.com/a.png").unwrap();
    accounts::repo::update_profile(
        db,
        id,
        &DisplayName::parse("Ada L.").unwrap(),
        Some(&picture),
    )
    .await
    .unwrap();
    accounts::repo::set_password_hash(db, id, "$argon2id$stand-in")
        .await
        .unwrap();
    let stored = accounts::repo::by_id(db, id).await.unwrap().unwrap();
    assert_eq!(stored.name, "Ada L.");
    assert_eq!(
        stored.profile_picture.as_deref(),
        Some("https://example.com/a.png")
    );
    assert_eq!(stored.password_hash.as_deref(), Some("$argon2id$stand-in"));
    accounts::repo::update_profile(db, id, &DisplayName::parse("Ada").unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        accounts::repo::by_id(db, id)
            .await
            .unwrap()
            .unwrap()
            .profile_picture,
        None
    );
}

async fn rate_limits_count_per_window(db: &Db) {
    use grindstone::rate_limit::Limit;
    use std::time::Duration;
    let limit = Limit {
        bucket: "test",
        max_hits: 2,
        window: Duration::from_secs(3600),
    };
    assert!(limit.hit(db, "1.2.3.4").await.unwrap().is_ok());
    assert!(limit.hit(db, "1.2.3.4").await.unwrap().is_ok());
    let refused = limit.hit(db, "1.2.3.4").await.unwrap().unwrap_err();
    assert!((1..=3600).contains(&refused.seconds()));
    assert!(
        limit.hit(db, "5.6.7.8").await.unwrap().is_ok(),
        "subjects are counted apart"
    );
    let other = Limit {
        bucket: "other",
        ..limit
    };
    assert!(
        other.hit(db, "1.2.3.4").await.unwrap().is_ok(),
        "buckets are counted apart"
    );
    // A limit on failures: checked before an attempt without counting, counted after one.
    let failures = Limit {
        bucket: "failures",
        ..limit
    };
    for _ in 0..3 {
        assert!(
            failures.check(db, "ada").await.unwrap().is_ok(),
            "checking counts nothing"
        );
    }
    failures.count(db, "ada").await.unwrap();
    assert!(failures.check(db, "ada").await.unwrap().is_ok());
    failures.count(db, "ada").await.unwrap();
    let refused = failures.check(db, "ada").await.unwrap().unwrap_err();
    assert!((1..=3600).contains(&refused.seconds()));

    let hour = Duration::from_secs(3600);
    let purge = || grindstone::rate_limit::purge_older_than(db, hour);
    assert_eq!(purge().await.unwrap(), 0, "current windows stay");
    sqlx::query("UPDATE rate_limits SET window_start = window_start - $1")
        .bind(2 * 3_600_000_i64)
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(purge().await.unwrap(), 4, "windows older than an hour go");
}

async fn mailed_tokens_work_once_until_they_expire(db: &Db) {
    use accounts::tokens::{self, TokenPurpose};
    let ada = user(db, "Ada", "ada@example.com").await;
    let first = tokens::issue(db, ada, TokenPurpose::Reset).await.unwrap();
    let second = tokens::issue(db, ada, TokenPurpose::Reset).await.unwrap();
    let verify = tokens::issue(db, ada, TokenPurpose::Verify).await.unwrap();
    assert_eq!(
        tokens::holder(db, &first, TokenPurpose::Reset)
            .await
            .unwrap(),
        None,
        "a new token of a purpose ends the earlier one"
    );
    assert_eq!(
        tokens::holder(db, &second, TokenPurpose::Reset)
            .await
            .unwrap(),
        Some(ada)
    );
    assert_eq!(
        tokens::redeem(db, &second, TokenPurpose::Verify)
            .await
            .unwrap(),
        None,
        "a token serves its own purpose only"
    );
    assert_eq!(
        tokens::redeem(db, &second, TokenPurpose::Reset)
            .await
            .unwrap(),
        Some(ada)
    );
    assert_eq!(
        tokens::redeem(db, &second, TokenPurpose::Reset)
            .await
            .unwrap(),
        None,
        "once"
    );

    sqlx::query("UPDATE account_tokens SET expires_at = $1")
        .bind(Timestamp::now().millis() - 1)
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        tokens::redeem(db, &verify, TokenPurpose::Verify)
            .await
            .unwrap(),
        None,
        "an expired token is refused (and removed)"
    );
    tokens::issue(db, ada, TokenPurpose::Verify).await.unwrap();
    sqlx::query("UPDATE account_tokens SET expires_at = $1")
        .bind(Timestamp::now().millis() - 1)
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(tokens::purge_expired(db).await.unwrap(), 1);

    accounts::repo::mark_email_verified(db, ada).await.unwrap();
    accounts::repo::reset_password(db, ada, "new hash")
        .await
        .unwrap();
    let stored = accounts::repo::by_id(db, ada).await.unwrap().unwrap();
    assert_eq!(stored.password_hash.as_deref(), Some("new hash"));
}

async fn problem_packages_are_stored_and_updated(db: &Db) {
    let root = std::path::Path::new("tests/fixtures/problems");
    let first = seed::problem_bank(db, root).await.unwrap();
    assert_eq!((first.created, first.updated), (2, 0));
    let sum = problems::repo::by_slug(db, &Slug::parse("sum-of-two").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!((sum.time_limit_ms, sum.memory_limit_mb), (1000, 64));
    assert_eq!(sum.tags, ["arrays", "math"]);
    let tests = problems::repo::tests_of(db, sum.problem_id).await.unwrap();
    assert_eq!(tests.len(), 3);
    assert!(tests[0].sample && !tests[2].sample);
    assert_eq!(tests[2].input, "1000000000 1000000000\n");

    let author = user(db, "Coder", "coder@example.com").await;
    submissions::repo::create(
        db,
        &NewSubmission::submit(sum.problem_id, author, "python", "print(3)"),
    )
    .await
    .unwrap();
    let again = seed::problem_bank(db, &root.join("sum-of-two"))
        .await
        .unwrap();
    assert_eq!((again.created, again.updated), (0, 1));
    let same = problems::repo::by_slug(db, &Slug::parse("sum-of-two").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(same.problem_id, sum.problem_id, "updated in place");
    assert_eq!(
        problems::repo::tests_of(db, sum.problem_id)
            .await
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        submissions::repo::history(db, author, None, 1)
            .await
            .unwrap()
            .1,
        1,
        "submissions stay attached"
    );
    let average = problems::repo::by_slug(db, &Slug::parse("closest-average").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(average.difficulty, Difficulty::Hard);
}
