//! Problem storage.

use super::package::{PackageTest, ProblemPackage, Reference};
use super::{
    Difficulty, PAGE_SIZE, Problem, ProblemListPage, ProblemQuery, ProblemSort, ProblemSummary,
    Progress, Slug,
};
use crate::db::Db;
use crate::domain::{Body, Timestamp, Title};
use crate::judge::Checker;
use sqlx::Row;
use std::collections::HashMap;

/// The condition on `submissions` rows that acceptance rates and scores count: submissions
/// (not runs) the judge gave a verdict (an Internal Error is the judge's failure, not the
/// user's). Problems own it, as a problem's acceptance rate is what it defines; the stats
/// count with it too.
pub const JUDGED: &str = "kind = 'submit' AND verdict IS NOT NULL AND verdict <> 'IE'";

/// A problem to be stored; its text has been parsed already.
#[derive(Debug, Clone)]
pub struct NewProblem {
    pub slug: Slug,
    pub title: Title,
    pub description: Body,
    pub difficulty: Difficulty,
    pub input: String,
    pub output: String,
    pub constraints: String,
    pub leetcode_id: Option<i64>,
    pub creator_id: Option<i64>,
    pub tags: Vec<String>,
    /// Per test, for C, C++ and Rust; the judge scales it for slower languages.
    pub time_limit_ms: i64,
    pub memory_limit_mb: i64,
    pub checker: Checker,
    /// The checker's settings: tolerances, or a custom checker's program.
    pub checker_config: Option<serde_json::Value>,
}

/// Whether storing a package created its problem or replaced an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Created,
    Updated,
}

/// Stores a problem with its tags in one transaction and returns its id.
pub async fn create(db: &Db, problem: &NewProblem) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let problem_id = insert_problem(&mut tx, problem).await?;
    insert_tags(&mut tx, problem_id, &problem.tags).await?;
    tx.commit().await?;
    Ok(problem_id)
}

/// Stores a package: a new problem, or, when its slug exists, the problem's new statement,
/// limits, tags and tests under the same id (so that its submissions stay attached).
pub async fn store_package(
    db: &Db,
    package: &ProblemPackage,
) -> Result<(i64, Stored), sqlx::Error> {
    let problem = &package.problem;
    let mut tx = db.begin_write().await?;
    let existing: Option<i64> =
        sqlx::query_scalar("SELECT problem_id FROM problems WHERE slug = $1")
            .bind(problem.slug.as_str())
            .fetch_optional(&mut *tx)
            .await?;
    let (problem_id, stored) = match existing {
        Some(problem_id) => {
            update_row(&mut tx, problem_id, problem).await?;
            for table in ["problem_tags", "problem_tests"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE problem_id = $1"))
                    .bind(problem_id)
                    .execute(&mut *tx)
                    .await?;
            }
            (problem_id, Stored::Updated)
        }
        None => (insert_problem(&mut tx, problem).await?, Stored::Created),
    };
    insert_tags(&mut tx, problem_id, &problem.tags).await?;
    insert_tests(&mut tx, problem_id, &package.tests, 0).await?;
    sqlx::query(
        "UPDATE problems SET reference_language = $1, reference_code = $2 WHERE problem_id = $3",
    )
    .bind(package.reference.as_ref().map(|r| r.language.as_str()))
    .bind(package.reference.as_ref().map(|r| r.code.as_str()))
    .bind(problem_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((problem_id, stored))
}

/// Writes a problem's slug, statement, limits and checker (not its tags, tests or reference).
async fn update_row(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    problem_id: i64,
    problem: &NewProblem,
) -> Result<(), sqlx::Error> {
    bind_problem(
        sqlx::query(
            "UPDATE problems SET slug = $1, title = $2, description = $3, difficulty = $4, \
             input = $5, output = $6, constraints = $7, leetcode_id = $8, time_limit_ms = $9, \
             memory_limit_mb = $10, checker = $11, checker_config = $12 WHERE problem_id = $13",
        ),
        problem,
    )
    .bind(problem_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Inserts tests, numbered `offset` after their own numbers.
async fn insert_tests(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    problem_id: i64,
    tests: &[PackageTest],
    offset: i64,
) -> Result<(), sqlx::Error> {
    for test in tests {
        sqlx::query(
            "INSERT INTO problem_tests (problem_id, number, input, output, sample) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(problem_id)
        .bind(test.number + offset)
        .bind(&test.input)
        .bind(&test.output)
        .bind(i64::from(test.sample))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn insert_problem(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    problem: &NewProblem,
) -> Result<i64, sqlx::Error> {
    let row = bind_problem(
        sqlx::query(
            "INSERT INTO problems (slug, title, description, difficulty, input, output, \
             constraints, leetcode_id, time_limit_ms, memory_limit_mb, checker, checker_config, \
             creator_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
             RETURNING problem_id",
        ),
        problem,
    )
    .bind(problem.creator_id)
    .bind(Timestamp::now())
    .fetch_one(&mut **tx)
    .await?;
    row.try_get("problem_id")
}

/// Binds what a problem's row says of it to `$1`…`$12`, in the order the INSERT and UPDATE
/// above name them.
fn bind_problem<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    problem: &'q NewProblem,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    query
        .bind(problem.slug.as_str())
        .bind(problem.title.as_str())
        .bind(problem.description.as_str())
        .bind(problem.difficulty)
        .bind(&problem.input)
        .bind(&problem.output)
        .bind(&problem.constraints)
        .bind(problem.leetcode_id)
        .bind(problem.time_limit_ms)
        .bind(problem.memory_limit_mb)
        .bind(problem.checker)
        .bind(problem.checker_config.as_ref().map(|c| c.to_string()))
}

async fn insert_tags(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    problem_id: i64,
    tags: &[String],
) -> Result<(), sqlx::Error> {
    for tag in tags {
        sqlx::query(
            "INSERT INTO problem_tags (problem_id, tag) VALUES ($1, $2) \
             ON CONFLICT (problem_id, tag) DO NOTHING",
        )
        .bind(problem_id)
        .bind(tag)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// How a problem's submissions are judged.
#[derive(Debug, Clone)]
pub struct Judging {
    pub time_limit_ms: i64,
    pub memory_limit_mb: i64,
    pub checker: Checker,
    pub checker_config: Option<serde_json::Value>,
}

/// The limits and checker of a problem, or `None` when there is no such problem.
pub async fn judging_of(db: &Db, problem_id: i64) -> Result<Option<Judging>, sqlx::Error> {
    let row: Option<(i64, i64, Checker, Option<String>)> = sqlx::query_as(
        "SELECT time_limit_ms, memory_limit_mb, checker, checker_config FROM problems \
         WHERE problem_id = $1",
    )
    .bind(problem_id)
    .fetch_optional(db.pool())
    .await?;
    row.map(|(time_limit_ms, memory_limit_mb, checker, config)| {
        let checker_config = config
            .map(|text| serde_json::from_str(&text))
            .transpose()
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        Ok(Judging {
            time_limit_ms,
            memory_limit_mb,
            checker,
            checker_config,
        })
    })
    .transpose()
}

/// The tests of a problem in order.
pub async fn tests_of(db: &Db, problem_id: i64) -> Result<Vec<PackageTest>, sqlx::Error> {
    select_tests(db, problem_id, false).await
}

/// The sample tests of a problem in order: what its page shows and a run judges, read without
/// the hidden tests (which can be megabytes).
pub async fn samples_of(db: &Db, problem_id: i64) -> Result<Vec<PackageTest>, sqlx::Error> {
    select_tests(db, problem_id, true).await
}

async fn select_tests(
    db: &Db,
    problem_id: i64,
    samples_only: bool,
) -> Result<Vec<PackageTest>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT number, input, output, sample FROM problem_tests WHERE problem_id = $1 \
         AND ($2 = 0 OR sample = 1) ORDER BY number",
    )
    .bind(problem_id)
    .bind(i64::from(samples_only))
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(number, input, output, sample)| PackageTest {
            number,
            input,
            output,
            sample: sample == 1,
        })
        .collect())
}

/// SQL text with numbered placeholders, built together with its bound values so that both
/// stay in step however many filters apply.
#[derive(Default)]
struct Filtered {
    conditions: Vec<String>,
    values: Vec<Value>,
}

enum Value {
    Int(i64),
    Text(String),
}

impl Filtered {
    /// The next placeholder, bound to `value`.
    fn bind(&mut self, value: Value) -> String {
        self.values.push(value);
        format!("${}", self.values.len())
    }

    /// `query` with the first `count` values bound.
    fn apply<'q, Row>(
        &'q self,
        mut query: sqlx::query::QueryAs<'q, sqlx::Any, Row, sqlx::any::AnyArguments<'q>>,
        count: usize,
    ) -> sqlx::query::QueryAs<'q, sqlx::Any, Row, sqlx::any::AnyArguments<'q>> {
        for value in &self.values[..count] {
            query = match value {
                Value::Int(n) => query.bind(*n),
                Value::Text(text) => query.bind(text.as_str()),
            };
        }
        query
    }
}

#[derive(sqlx::FromRow)]
struct ListedRow {
    problem_id: i64,
    slug: String,
    title: String,
    difficulty: Difficulty,
    accepted: i64,
    judged: i64,
    /// For a signed-in viewer: 1 solved, 0 attempted, NULL not tried.
    solved: Option<i64>,
    /// The number of problems matching the filters, the same on every row.
    matching: i64,
}

/// `%text%` for LIKE, with LIKE's own wildcards in `text` taken literally.
fn contains_pattern(text: &str) -> String {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// A page of the problem list under `query`, for `viewer` (whose progress each row shows).
pub async fn list(
    db: &Db,
    query: &ProblemQuery,
    viewer: Option<i64>,
) -> Result<ProblemListPage, sqlx::Error> {
    let mut filtered = Filtered::default();
    let viewer_param = filtered.bind(Value::Int(viewer.unwrap_or(0)));
    if let Some(difficulty) = query.difficulty {
        let param = filtered.bind(Value::Text(difficulty.as_str().to_owned()));
        filtered.conditions.push(format!("p.difficulty = {param}"));
    }
    if !query.tags.is_empty() {
        let params: Vec<String> = query
            .tags
            .iter()
            .map(|tag| filtered.bind(Value::Text(tag.clone())))
            .collect();
        let count = filtered.bind(Value::Int(query.tags.len() as i64));
        filtered.conditions.push(format!(
            "p.problem_id IN (SELECT problem_id FROM problem_tags WHERE tag IN ({}) \
             GROUP BY problem_id HAVING COUNT(DISTINCT tag) = {count})",
            params.join(", ")
        ));
    }
    if let Some(search) = query
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let param = filtered.bind(Value::Text(contains_pattern(search)));
        filtered.conditions.push(format!(
            "(LOWER(p.title) LIKE {param} ESCAPE '\\' OR LOWER(p.description) LIKE {param} ESCAPE '\\')"
        ));
    }
    if let (Some(progress), Some(_)) = (query.progress, viewer) {
        filtered.conditions.push(
            match progress {
                Progress::Solved => "mine.solved = 1",
                Progress::Attempted => "mine.solved = 0",
                Progress::NotTried => "mine.solved IS NULL",
            }
            .to_owned(),
        );
    }
    let acceptance = "CASE WHEN COALESCE(a.judged, 0) = 0 THEN -1 \
                      ELSE 1.0 * a.accepted / a.judged END";
    let order = match query.sort {
        ProblemSort::Id => "p.problem_id".to_owned(),
        ProblemSort::Title => "LOWER(p.title)".to_owned(),
        ProblemSort::Difficulty => {
            "CASE p.difficulty WHEN 'Easy' THEN 1 WHEN 'Medium' THEN 2 ELSE 3 END".to_owned()
        }
        ProblemSort::Acceptance => acceptance.to_owned(),
    };
    let direction = if query.descending { "DESC" } else { "ASC" };
    let limit = filtered.bind(Value::Int(PAGE_SIZE));
    let offset = filtered.bind(Value::Int((query.page() - 1) * PAGE_SIZE));
    let conditions = if filtered.conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", filtered.conditions.join(" AND "))
    };
    let sql = format!(
        "SELECT p.problem_id, p.slug, p.title, p.difficulty, \
         CAST(COALESCE(a.accepted, 0) AS BIGINT) AS accepted, \
         CAST(COALESCE(a.judged, 0) AS BIGINT) AS judged, \
         CAST(mine.solved AS BIGINT) AS solved, COUNT(*) OVER () AS matching \
         FROM problems p \
         LEFT JOIN (SELECT problem_id, SUM(CASE WHEN verdict = 'AC' THEN 1 ELSE 0 END) AS accepted, \
                    COUNT(*) AS judged FROM submissions WHERE {JUDGED} \
                    GROUP BY problem_id) a ON a.problem_id = p.problem_id \
         {progress} {conditions} ORDER BY {order} {direction}, p.problem_id {direction} \
         LIMIT {limit} OFFSET {offset}",
        progress = progress_join(&viewer_param)
    );
    let rows: Vec<ListedRow> = filtered
        .apply(sqlx::query_as(&sql), filtered.values.len())
        .fetch_all(db.pool())
        .await?;
    let total = match rows.first() {
        Some(row) => row.matching,
        // Past the last page, or nothing matches: count without the window.
        None => count_matching(db, &filtered, &conditions, &viewer_param).await?,
    };
    let mut tags = tags_of_problems(db, rows.iter().map(|row| row.problem_id)).await?;
    let problems = rows
        .into_iter()
        .map(|row| ProblemSummary {
            tags: tags.remove(&row.problem_id).unwrap_or_default(),
            problem_id: row.problem_id,
            slug: row.slug,
            title: row.title,
            difficulty: row.difficulty,
            acceptance: (row.judged > 0).then(|| 100.0 * row.accepted as f64 / row.judged as f64),
            submissions: row.judged,
            progress: viewer.map(|_| match row.solved {
                Some(1) => Progress::Solved,
                Some(_) => Progress::Attempted,
                None => Progress::NotTried,
            }),
        })
        .collect();
    Ok(ProblemListPage {
        problems,
        total,
        page: query.page(),
        page_size: PAGE_SIZE,
    })
}

/// Joins `mine.solved` to the problems `p`: 1 when the viewer (the placeholder
/// `viewer_param`) has an accepted submission to it, 0 when only rejected ones, NULL when none.
fn progress_join(viewer_param: &str) -> String {
    format!(
        "LEFT JOIN (SELECT problem_id, MAX(CASE WHEN verdict = 'AC' THEN 1 ELSE 0 END) AS solved \
                    FROM submissions WHERE user_id = {viewer_param} AND kind = 'submit' \
                    GROUP BY problem_id) mine ON mine.problem_id = p.problem_id"
    )
}

/// Accepted and judged submissions to a problem.
pub async fn acceptance_of(db: &Db, problem_id: i64) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT CAST(COALESCE(SUM(CASE WHEN verdict = 'AC' THEN 1 ELSE 0 END), 0) AS BIGINT), \
         COUNT(*) FROM submissions WHERE problem_id = $1 AND {JUDGED}"
    ))
    .bind(problem_id)
    .fetch_one(db.pool())
    .await
}

/// How many problems match, when the page itself holds none to say so.
async fn count_matching(
    db: &Db,
    filtered: &Filtered,
    conditions: &str,
    viewer_param: &str,
) -> Result<i64, sqlx::Error> {
    let sql = format!(
        "SELECT COUNT(*) FROM problems p {progress} {conditions}",
        progress = progress_join(viewer_param)
    );
    // The limit and offset are the last two values; this query has no place for them.
    let (count,): (i64,) = filtered
        .apply(sqlx::query_as(&sql), filtered.values.len() - 2)
        .fetch_one(db.pool())
        .await?;
    Ok(count)
}

/// The tags of the given problems, sorted, by problem.
async fn tags_of_problems(
    db: &Db,
    problem_ids: impl Iterator<Item = i64>,
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let ids: Vec<String> = problem_ids.map(|id| id.to_string()).collect();
    let mut tags: HashMap<i64, Vec<String>> = HashMap::new();
    if ids.is_empty() {
        return Ok(tags);
    }
    // The ids are integers from the database, not user input.
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT problem_id, tag FROM problem_tags WHERE problem_id IN ({}) ORDER BY tag",
        ids.join(", ")
    ))
    .fetch_all(db.pool())
    .await?;
    for (problem_id, tag) in rows {
        tags.entry(problem_id).or_default().push(tag);
    }
    Ok(tags)
}

/// Every tag in use, with how many problems carry it, by name.
pub async fn all_tags(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT tag, COUNT(*) FROM problem_tags GROUP BY tag ORDER BY tag")
        .fetch_all(db.pool())
        .await
}

/// One problem with its tags.
pub async fn by_slug(db: &Db, slug: &Slug) -> Result<Option<Problem>, sqlx::Error> {
    let Some(mut problem) = sqlx::query_as::<_, Problem>(
        "SELECT problem_id, slug, title, description, difficulty, input, output, constraints, \
         leetcode_id, creator_id, created_at, time_limit_ms, memory_limit_mb \
         FROM problems WHERE slug = $1",
    )
    .bind(slug.as_str())
    .fetch_optional(db.pool())
    .await?
    else {
        return Ok(None);
    };
    problem.tags = tags_of(db, problem.problem_id).await?;
    Ok(Some(problem))
}

/// The tags of one problem, sorted.
pub async fn tags_of(db: &Db, problem_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT tag FROM problem_tags WHERE problem_id = $1 ORDER BY tag")
        .bind(problem_id)
        .fetch_all(db.pool())
        .await
}

/// How many problems the bank holds.
pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM problems")
        .fetch_one(db.pool())
        .await
}

/// The reference solution of a problem: its language id and code, if it has one.
pub async fn reference_of(
    db: &Db,
    problem_id: i64,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT reference_language, reference_code FROM problems WHERE problem_id = $1",
    )
    .bind(problem_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.and_then(|(language, code)| language.zip(code)))
}

/// A row of the admin's problem list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AdminRow {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tests: i64,
}

/// Every problem in id order with its number of tests.
pub async fn admin_list(db: &Db) -> Result<Vec<AdminRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.slug, p.title, p.difficulty, \
         (SELECT COUNT(*) FROM problem_tests t WHERE t.problem_id = p.problem_id) AS tests \
         FROM problems p ORDER BY p.problem_id",
    )
    .fetch_all(db.pool())
    .await
}

/// A stored problem as it was imported or edited: its id, what it is made of, and its
/// reference solution (without its tests, which can be large).
pub async fn editable(
    db: &Db,
    slug: &Slug,
) -> Result<Option<(i64, NewProblem, Option<Reference>)>, sqlx::Error> {
    type Row = (
        i64,
        String,
        String,
        Difficulty,
        String,
        String,
        String,
        Option<i64>,
        Option<i64>,
    );
    let row: Option<Row> = sqlx::query_as(
        "SELECT problem_id, title, description, difficulty, input, output, constraints, \
         leetcode_id, creator_id FROM problems WHERE slug = $1",
    )
    .bind(slug.as_str())
    .fetch_optional(db.pool())
    .await?;
    let Some((
        problem_id,
        title,
        description,
        difficulty,
        input,
        output,
        constraints,
        leetcode_id,
        creator_id,
    )) = row
    else {
        return Ok(None);
    };
    let decode = |e: crate::domain::InputError| sqlx::Error::Decode(Box::new(e));
    let Some(judging) = judging_of(db, problem_id).await? else {
        return Ok(None);
    };
    let problem = NewProblem {
        slug: slug.clone(),
        title: Title::parse(&title).map_err(decode)?,
        description: Body::parse(&description).map_err(decode)?,
        difficulty,
        input,
        output,
        constraints,
        leetcode_id,
        creator_id,
        tags: tags_of(db, problem_id).await?,
        time_limit_ms: judging.time_limit_ms,
        memory_limit_mb: judging.memory_limit_mb,
        checker: judging.checker,
        checker_config: judging.checker_config,
    };
    let reference = reference_of(db, problem_id)
        .await?
        .map(|(language, code)| Reference { language, code });
    Ok(Some((problem_id, problem, reference)))
}

/// A stored problem as a package, with its tests, or `None` when there is no such problem.
pub async fn package_of(db: &Db, slug: &Slug) -> Result<Option<ProblemPackage>, sqlx::Error> {
    let Some((problem_id, problem, reference)) = editable(db, slug).await? else {
        return Ok(None);
    };
    Ok(Some(ProblemPackage {
        problem,
        tests: tests_of(db, problem_id).await?,
        reference,
    }))
}

/// Changes a problem's slug, statement, limits, checker and tags in one transaction; its tests,
/// reference solution and submissions stay.
pub async fn update(db: &Db, problem_id: i64, problem: &NewProblem) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    update_row(&mut tx, problem_id, problem).await?;
    sqlx::query("DELETE FROM problem_tags WHERE problem_id = $1")
        .bind(problem_id)
        .execute(&mut *tx)
        .await?;
    insert_tags(&mut tx, problem_id, &problem.tags).await?;
    tx.commit().await
}

/// The id of the problem with this slug.
pub async fn id_of(db: &Db, slug: &Slug) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT problem_id FROM problems WHERE slug = $1")
        .bind(slug.as_str())
        .fetch_optional(db.pool())
        .await
}

/// Stores uploaded tests (numbered from 1) in one transaction: in place of the problem's
/// tests, or after them. Returns how many tests the problem has now.
pub async fn add_tests(
    db: &Db,
    problem_id: i64,
    tests: &[PackageTest],
    replace: bool,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if replace {
        sqlx::query("DELETE FROM problem_tests WHERE problem_id = $1")
            .bind(problem_id)
            .execute(&mut *tx)
            .await?;
    }
    let last: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(number), 0) FROM problem_tests WHERE problem_id = $1",
    )
    .bind(problem_id)
    .fetch_one(&mut *tx)
    .await?;
    insert_tests(&mut tx, problem_id, tests, last).await?;
    tx.commit().await?;
    Ok(last + i64::try_from(tests.len()).unwrap_or(i64::MAX))
}

/// Deletes a problem; its tags, tests and submissions go with it (ON DELETE CASCADE).
/// Returns whether there was such a problem.
pub async fn delete(db: &Db, slug: &Slug) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM problems WHERE slug = $1")
        .bind(slug.as_str())
        .execute(db.pool())
        .await?;
    Ok(result.rows_affected() > 0)
}

/// The numbers of a problem's tests with whether each is a sample, and how many submissions
/// (runs included) it has: what deleting it or replacing its tests would take away.
pub async fn test_and_submission_counts(
    db: &Db,
    problem_id: i64,
) -> Result<(Vec<(i64, bool)>, i64), sqlx::Error> {
    let tests: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT number, sample FROM problem_tests WHERE problem_id = $1 ORDER BY number",
    )
    .bind(problem_id)
    .fetch_all(db.pool())
    .await?;
    let submissions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM submissions WHERE problem_id = $1")
            .bind(problem_id)
            .fetch_one(db.pool())
            .await?;
    Ok((
        tests.into_iter().map(|(n, s)| (n, s == 1)).collect(),
        submissions,
    ))
}
