//! The languages on offer: each judge records at its start which of its languages work, and
//! pages read them from the database, so a web server with no judge of its own (judging done by
//! `grindstone judge-worker` elsewhere) offers exactly what its judges can run.

use super::EditorLanguage;
use super::engine::Judge;
use crate::db::Db;
use crate::domain::Timestamp;

/// One of a judge's languages as the editor's catalog records it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub version: Option<String>,
    pub starter: String,
    pub available: bool,
}

/// A judge's languages and whether each works here.
pub fn entries(judge: &Judge) -> Vec<Entry> {
    judge
        .languages()
        .into_iter()
        .zip(judge.language_table())
        .map(|(info, language)| Entry {
            id: info.id,
            name: info.name,
            version: info.version,
            starter: language.starter.clone(),
            available: info.available,
        })
        .collect()
}

/// Records a judge's languages (`entries`).
pub async fn record(db: &Db, entries: &[Entry]) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    for entry in entries {
        sqlx::query(
            "INSERT INTO judge_languages (language_id, name, version, starter, available, \
             checked_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (language_id) DO UPDATE SET name = excluded.name, \
             version = excluded.version, starter = excluded.starter, \
             available = excluded.available, checked_at = excluded.checked_at",
        )
        .bind(&entry.id)
        .bind(&entry.name)
        .bind(&entry.version)
        .bind(&entry.starter)
        .bind(i64::from(entry.available))
        .bind(Timestamp::now())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// The languages a judge can run, in a stable order.
pub async fn offered(db: &Db) -> Result<Vec<EditorLanguage>, sqlx::Error> {
    sqlx::query_as(
        "SELECT language_id AS id, name, version, starter FROM judge_languages \
         WHERE available = 1 ORDER BY name",
    )
    .fetch_all(db.pool())
    .await
}

/// Whether a judge can run `language`.
pub async fn is_offered(db: &Db, language: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM judge_languages WHERE language_id = $1 AND available = 1",
    )
    .bind(language)
    .fetch_optional(db.pool())
    .await?;
    Ok(found.is_some())
}
