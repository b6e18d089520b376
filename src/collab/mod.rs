//! Collab: live pair-programming sessions and who takes part in them.

mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

pub use pages::CollabPage;

use crate::domain::{Timestamp, text_enum};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// Where a pair-programming session stands.
    pub enum CollabStatus { Pending => "Pending", Active => "Active", Completed => "Completed" }
}

/// A session as the lobby lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CollabSessionSummary {
    pub session_id: i64,
    pub host_user_id: i64,
    pub host_name: String,
    pub status: CollabStatus,
    pub start_time: Timestamp,
    pub participants: i64,
}

/// Sessions that can still be joined, newest first.
#[server]
pub async fn open_sessions() -> Result<Vec<CollabSessionSummary>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::open_sessions(&db, 50)
        .await
        .map_err(crate::db::internal_error)
}
