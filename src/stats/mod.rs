//! Stats: per-user progress snapshots and the leaderboard built from them.

mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::LeaderboardPage;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A row of the leaderboard: a user's latest stats snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct LeaderboardEntry {
    pub user_id: i64,
    pub name: String,
    pub problems_solved: i64,
    pub average_score: f64,
    /// Seconds spent practising.
    pub time_spent: i64,
}

/// The top users by problems solved, then by average score.
#[server]
pub async fn leaderboard() -> Result<Vec<LeaderboardEntry>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::leaderboard(&db, 100)
        .await
        .map_err(crate::db::internal_error)
}

/// "3 h 20 min" for a number of seconds.
pub fn format_duration(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration(59), "0 min");
        assert_eq!(format_duration(3600), "1 h");
        assert_eq!(format_duration(12_000), "3 h 20 min");
    }
}
