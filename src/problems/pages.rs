//! The problem list, and the parts of a problem's page that show the problem itself (the
//! practice page puts them beside the editor).

use super::{
    Difficulty, ProblemListPage, ProblemQuery, ProblemSort, ProblemSummary, Progress,
    list_problems, problem_tags,
};
use crate::accounts::AuthActions;
use crate::ui::{Empty, ListTable, Pager, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// The list's state as read from the URL (`difficulty`, `tag`…, `status`, `q`, `sort`,
/// `order`, `page`); what does not parse is ignored.
fn query_from_url() -> Memo<ProblemQuery> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|params| ProblemQuery {
            difficulty: params.get_str("difficulty").and_then(|v| v.parse().ok()),
            tags: params
                .get_all("tag")
                .unwrap_or_default()
                .into_iter()
                .map(|tag| tag.trim().to_lowercase())
                .filter(|tag| !tag.is_empty())
                .collect(),
            progress: params.get_str("status").and_then(|v| v.parse().ok()),
            search: params.get("q").filter(|q| !q.trim().is_empty()),
            sort: params
                .get_str("sort")
                .and_then(|v| v.parse().ok())
                .unwrap_or(ProblemSort::Id),
            descending: params.get_str("order") == Some("desc"),
            page: params
                .get_str("page")
                .and_then(|v| v.parse().ok())
                .unwrap_or(1),
        })
    })
}

/// `/problems`: filter by difficulty, tags, progress and text, sort, page through. The
/// filters are a GET form, so a filtered list is a URL to share and the back button works.
#[component]
pub fn ProblemsPage() -> impl IntoView {
    let query = query_from_url();
    let problems = Resource::new(move || query.get(), list_problems);
    let tags = Resource::new(|| (), |()| problem_tags());
    let auth = expect_context::<AuthActions>();
    view! {
        <Title text="Problems"/>
        <section class="page problems-page">
            <h1>"Problems"</h1>
            // Drawn again when the URL changes (a tag link, the back button).
            <Suspense fallback=|| ()>
                {move || {
                    let query = query.get();
                    Suspend::new(async move {
                        let signed_in = matches!(auth.me.await, Ok(Some(_)));
                        tags.await.map(|tags| filters(query, tags, signed_in))
                    })
                }}
            </Suspense>
            {when_loaded(problems, problem_table)}
        </section>
    }
}

fn filters(query: ProblemQuery, tags: Vec<(String, i64)>, signed_in: bool) -> impl IntoView {
    let option = |value: &'static str, label: &'static str, selected: bool| {
        view! { <option value=value selected=selected>{label}</option> }
    };
    let difficulty = query.difficulty;
    let sort = query.sort;
    view! {
        <Form method="GET" action="/problems" attr:class="problem-filters">
            <input
                type="search"
                name="q"
                maxlength=ProblemQuery::MAX_SEARCH_CHARS.to_string()
                aria-label="Search titles and statements"
                placeholder="Search titles and statements"
                value=query.search.clone().unwrap_or_default()
            />
            <label>
                "Difficulty "
                <select name="difficulty">
                    {option("", "Any", difficulty.is_none())}
                    {Difficulty::ALL
                        .iter()
                        .map(|d| option(d.as_str(), d.as_str(), difficulty == Some(*d)))
                        .collect_view()}
                </select>
            </label>
            {signed_in.then(|| view! {
                <label>
                    "Status "
                    <select name="status">
                        {option("", "Any", query.progress.is_none())}
                        {option("solved", "Solved", query.progress == Some(Progress::Solved))}
                        {option("attempted", "Attempted", query.progress == Some(Progress::Attempted))}
                        {option("todo", "Not tried", query.progress == Some(Progress::NotTried))}
                    </select>
                </label>
            })}
            <label>
                "Sort by "
                <select name="sort">
                    {option("id", "Number", sort == ProblemSort::Id)}
                    {option("title", "Title", sort == ProblemSort::Title)}
                    {option("difficulty", "Difficulty", sort == ProblemSort::Difficulty)}
                    {option("acceptance", "Acceptance", sort == ProblemSort::Acceptance)}
                </select>
            </label>
            <label>
                <select name="order" aria-label="Order">
                    {option("asc", "Ascending", !query.descending)}
                    {option("desc", "Descending", query.descending)}
                </select>
            </label>
            <details class="tag-filter" open=!query.tags.is_empty()>
                <summary>
                    {if query.tags.is_empty() {
                        "Tags".to_owned()
                    } else {
                        format!("Tags: {}", query.tags.join(", "))
                    }}
                </summary>
                <div class="tag-choices">
                    {tags
                        .into_iter()
                        .map(|(tag, count)| {
                            let checked = query.tags.contains(&tag);
                            view! {
                                <label class="tag-choice">
                                    <input type="checkbox" name="tag" value=tag.clone() checked=checked/>
                                    {format!("{tag} ({count})")}
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </details>
            <button type="submit" class="button primary">"Apply"</button>
            <a href="/problems" class="button">"Clear"</a>
        </Form>
    }
}

fn problem_table(page: ProblemListPage) -> impl IntoView {
    if page.problems.is_empty() {
        return view! { <Empty message="No problems match these filters."/> }.into_any();
    }
    let pages = (page.total + page.page_size - 1) / page.page_size;
    let shows_progress = page.problems.iter().any(|p| p.progress.is_some());
    let headers: &'static [&'static str] = if shows_progress {
        &["Status", "#", "Title", "Difficulty", "Acceptance", "Tags"]
    } else {
        &["#", "Title", "Difficulty", "Acceptance", "Tags"]
    };
    view! {
        <p class="muted count">{crate::ui::plural(page.total, "problem", "problems")}</p>
        <ListTable class="problems" label="Problems" headers>
            {page.problems.into_iter().map(problem_row).collect_view()}
        </ListTable>
        <Pager page=page.page pages/>
    }
    .into_any()
}

fn problem_row(problem: ProblemSummary) -> impl IntoView {
    let progress = problem.progress.map(|progress| {
        let (mark, label) = match progress {
            Progress::Solved => ("✓", "Solved"),
            Progress::Attempted => ("○", "Attempted"),
            Progress::NotTried => ("", "Not tried"),
        };
        view! {
            <td class=format!("progress progress-{progress}") title=label>
                <span aria-hidden="true">{mark}</span>
                <span class="visually-hidden">{label}</span>
            </td>
        }
    });
    view! {
        <tr>
            {progress}
            <td>{problem.problem_id}</td>
            <td>
                <a href=format!("/problems/{}", problem.slug)>{problem.title}</a>
            </td>
            <td>
                <DifficultyBadge difficulty=problem.difficulty/>
            </td>
            <td class="acceptance">{acceptance_text(problem.acceptance)}</td>
            <td>
                <Tags tags=problem.tags/>
            </td>
        </tr>
    }
}

/// A problem's acceptance rate, or a dash before any verdict.
pub fn acceptance_text(acceptance: Option<f64>) -> String {
    acceptance.map_or_else(|| "—".to_owned(), |share| format!("{share:.1}%"))
}

/// A coloured label for a difficulty.
#[component]
pub fn DifficultyBadge(difficulty: Difficulty) -> impl IntoView {
    let class = format!("badge difficulty-{}", difficulty.as_str().to_lowercase());
    view! { <span class=class>{difficulty.as_str()}</span> }
}

/// A problem's tags, each a link to the list filtered by it.
#[component]
pub fn Tags(tags: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tags">
            {tags
                .into_iter()
                .map(|tag| {
                    let href = format!("/problems?tag={}", tag.replace(' ', "+"));
                    view! { <li class="tag"><a href=href>{tag}</a></li> }
                })
                .collect_view()}
        </ul>
    }
}
