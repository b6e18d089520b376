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
