//! The leaderboard page.

use super::{LeaderboardEntry, format_duration, leaderboard};
use crate::ui::{Empty, ListTable, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/leaderboard`: users ranked by problems solved.
#[component]
pub fn LeaderboardPage() -> impl IntoView {
    let entries = Resource::new(|| (), |_| leaderboard());
    view! {
        <Title text="Leaderboard"/>
        <section class="page">
            <h1>"Leaderboard"</h1>
            {when_loaded(entries, leaderboard_table)}
        </section>
    }
}

fn leaderboard_table(entries: Vec<LeaderboardEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <Empty message="Nobody has solved a problem yet. Be the first!"/> }
            .into_any();
    }
    view! {
        <ListTable class="leaderboard" label="Leaderboard" headers=&["Rank", "User", "Solved", "Average score", "Time practised"]>
                {entries
                    .into_iter()
                    .enumerate()
                    .map(|(index, entry)| {
                        view! {
                            <tr>
                                <td>{index + 1}</td>
                                <td>
                                    <a href=format!("/u/{}", entry.user_id)>{entry.name}</a>
                                </td>
                                <td>{entry.problems_solved}</td>
                                <td>{format!("{:.1}", entry.average_score)}</td>
                                <td>{format_duration(entry.time_spent)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
        </ListTable>
    }
    .into_any()
}
