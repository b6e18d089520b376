//! Stats storage. Each change of a user's progress appends a snapshot; the newest one counts.

use super::LeaderboardEntry;
use crate::db::Db;
use crate::domain::Timestamp;

/// A user's progress at one moment.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct StatsSnapshot {
    pub stats_id: i64,
    pub user_id: i64,
    pub problems_solved: i64,
    pub time_spent: i64,
    pub average_score: f64,
    pub rank: Option<i64>,
    pub study_plan: Option<String>,
    pub last_updated: Timestamp,
}

/// The numbers of a new snapshot.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewSnapshot {
    pub problems_solved: i64,
    pub time_spent: i64,
    pub average_score: f64,
    pub rank: Option<i64>,
    pub study_plan: Option<serde_json::Value>,
}

/// Appends a snapshot for a user and returns its id.
pub async fn record(db: &Db, user_id: i64, snapshot: &NewSnapshot) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO user_stats (user_id, problems_solved, time_spent, average_score, rank, \
         study_plan, last_updated) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING stats_id",
    )
    .bind(user_id)
    .bind(snapshot.problems_solved)
    .bind(snapshot.time_spent)
    .bind(snapshot.average_score)
    .bind(snapshot.rank)
    .bind(snapshot.study_plan.as_ref().map(|plan| plan.to_string()))
    .bind(Timestamp::now())
    .fetch_one(db.pool())
    .await
}

/// A user's newest snapshot, if any.
pub async fn latest(db: &Db, user_id: i64) -> Result<Option<StatsSnapshot>, sqlx::Error> {
    sqlx::query_as(
        "SELECT stats_id, user_id, problems_solved, time_spent, average_score, rank, study_plan, \
         last_updated FROM user_stats WHERE user_id = $1 ORDER BY stats_id DESC LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(db.pool())
    .await
}

/// The top `limit` users by their newest snapshot.
pub async fn leaderboard(db: &Db, limit: i64) -> Result<Vec<LeaderboardEntry>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.user_id, u.name, s.problems_solved, s.average_score, s.time_spent \
         FROM user_stats s JOIN users u ON u.user_id = s.user_id \
         WHERE s.stats_id = (SELECT MAX(l.stats_id) FROM user_stats l WHERE l.user_id = s.user_id) \
         ORDER BY s.problems_solved DESC, s.average_score DESC, u.user_id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// A break longer than this between two submissions to one problem is not practice time.
const LONGEST_PRACTICE_GAP_MS: i64 = 30 * 60 * 1000;

/// A query of `(user_id, practice_ms)`: each user's practice time over the `submissions` rows
/// matching `rows` (a condition), the milliseconds between consecutive submissions and runs on
/// the same problem, breaks over `LONGEST_PRACTICE_GAP_MS` left out.
pub fn practice_by_user(rows: &str) -> String {
    format!(
        "SELECT user_id, \
         CAST(COALESCE(SUM(CASE WHEN gap <= {LONGEST_PRACTICE_GAP_MS} THEN gap ELSE 0 END), 0) \
         AS BIGINT) AS practice_ms \
         FROM (SELECT user_id, submitted_at - LAG(submitted_at) \
               OVER (PARTITION BY user_id, problem_id ORDER BY submitted_at) AS gap \
               FROM submissions WHERE {rows}) gaps GROUP BY user_id"
    )
}

/// Appends a snapshot of the user's numbers as their submissions now say, and returns it:
/// problems solved (each problem once), time spent (seconds between consecutive submissions
/// and runs on the same problem, breaks over half an hour left out), and the average score
/// (the percentage of their judged submissions that were accepted).
pub async fn refresh(db: &Db, user_id: i64) -> Result<NewSnapshot, sqlx::Error> {
    let (problems_solved, accepted, judged): (i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(DISTINCT CASE WHEN verdict = 'AC' THEN problem_id END), \
         CAST(COALESCE(SUM(CASE WHEN verdict = 'AC' THEN 1 ELSE 0 END), 0) AS BIGINT), \
         COUNT(*) FROM submissions WHERE user_id = $1 AND {JUDGED}",
        JUDGED = crate::problems::repo::JUDGED
    ))
    .bind(user_id)
    .fetch_one(db.pool())
    .await?;
    // Deleted runs' practice time is carried, so time spent never shrinks.
    let practice_ms: i64 = sqlx::query_scalar(&format!(
        "SELECT CAST(COALESCE((SELECT practice_ms FROM ({practice}) p), 0) \
         + COALESCE((SELECT practice_ms FROM carried_practice WHERE user_id = $1), 0) AS BIGINT)",
        practice = practice_by_user("user_id = $1"),
    ))
    .bind(user_id)
    .fetch_one(db.pool())
    .await?;
    let previous = latest(db, user_id).await?;
    let snapshot = NewSnapshot {
        problems_solved,
        time_spent: practice_ms / 1000,
        average_score: if judged == 0 {
            0.0
        } else {
            100.0 * accepted as f64 / judged as f64
        },
        rank: previous.as_ref().and_then(|p| p.rank),
        study_plan: previous
            .and_then(|p| p.study_plan)
            .and_then(|plan| serde_json::from_str(&plan).ok()),
    };
    record(db, user_id, &snapshot).await?;
    Ok(snapshot)
}
