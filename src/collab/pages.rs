//! The pair-programming lobby.

use super::{CollabSessionSummary, open_sessions};
use crate::ui::{Empty, ListTable, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/collab`: sessions that are waiting for a partner or under way.
#[component]
pub fn CollabPage() -> impl IntoView {
    let sessions = Resource::new(|| (), |_| open_sessions());
    view! {
        <Title text="Pair programming"/>
        <section class="page">
            <h1>"Pair programming"</h1>
            <p class="lead">"Solve a problem together in a shared editor."</p>
            {when_loaded(sessions, session_list)}
        </section>
    }
}

fn session_list(sessions: Vec<CollabSessionSummary>) -> impl IntoView {
    if sessions.is_empty() {
        return view! { <Empty message="No open sessions right now."/> }.into_any();
    }
    view! {
        <ListTable class="sessions" label="Sessions" headers=&["Host", "Status", "Started", "Participants"]>
                {sessions
                    .into_iter()
                    .map(|session| {
                        view! {
                            <tr>
                                <td>
                                    <a href=format!(
                                        "/u/{}",
                                        session.host_user_id,
                                    )>{session.host_name}</a>
                                </td>
                                <td>{session.status.as_str()}</td>
                                <td>{session.start_time.date_time()}</td>
                                <td>{session.participants}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
        </ListTable>
    }
    .into_any()
}
