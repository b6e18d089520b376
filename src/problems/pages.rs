//! The problem list and the problem page.

use super::{Difficulty, Problem, ProblemSummary, get_problem, list_problems};
use crate::app::NotFound;
use crate::ui::{Empty, when_loaded};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/problems`: every problem with its difficulty and tags; `?difficulty=` filters.
#[component]
pub fn ProblemsPage() -> impl IntoView {
    let query = use_query_map();
    let difficulty = move || {
        query
            .read()
            .get("difficulty")
            .and_then(|d| d.parse::<Difficulty>().ok())
    };
    let problems = Resource::new(difficulty, list_problems);
    let filter_link = move |label: &'static str, value: Option<Difficulty>| {
        let href = value.map_or_else(
            || "/problems".to_owned(),
            |d| format!("/problems?difficulty={d}"),
        );
        let current = move || difficulty() == value;
        view! {
            <a href=href class="chip" aria-current=move || current().then_some("page")>
                {label}
            </a>
        }
    };
    view! {
        <section class="page">
            <h1>"Problems"</h1>
            <nav class="filters" aria-label="Difficulty">
                {filter_link("All", None)}
                {filter_link("Easy", Some(Difficulty::Easy))}
                {filter_link("Medium", Some(Difficulty::Medium))}
                {filter_link("Hard", Some(Difficulty::Hard))}
            </nav>
            {when_loaded(problems, problem_table)}
        </section>
    }
}

fn problem_table(problems: Vec<ProblemSummary>) -> impl IntoView {
    if problems.is_empty() {
        return view! { <Empty message="No problems match this filter yet."/> }.into_any();
    }
    view! {
        <table class="list problems">
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    <th scope="col">"Title"</th>
                    <th scope="col">"Difficulty"</th>
                    <th scope="col">"Tags"</th>
                </tr>
            </thead>
            <tbody>
                {problems
                    .into_iter()
                    .map(|problem| {
                        view! {
                            <tr>
                                <td>{problem.problem_id}</td>
                                <td>
                                    <a href=format!("/problems/{}", problem.slug)>{problem.title}</a>
                                </td>
                                <td>
                                    <DifficultyBadge difficulty=problem.difficulty/>
                                </td>
                                <td>
                                    <Tags tags=problem.tags/>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A coloured label for a difficulty.
#[component]
pub fn DifficultyBadge(difficulty: Difficulty) -> impl IntoView {
    let class = format!("badge difficulty-{}", difficulty.as_str().to_lowercase());
    view! { <span class=class>{difficulty.as_str()}</span> }
}

#[component]
fn Tags(tags: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tags">
            {tags.into_iter().map(|tag| view! { <li class="tag">{tag}</li> }).collect_view()}
        </ul>
    }
}

/// `/problems/{slug}`: the statement of one problem.
#[component]
pub fn ProblemPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let problem = Resource::new(slug, get_problem);
    view! {
        {when_loaded(
            problem,
            |problem| match problem {
                Some(problem) => problem_statement(problem).into_any(),
                None => view! { <NotFound/> }.into_any(),
            },
        )}
    }
}

fn problem_statement(problem: Problem) -> impl IntoView {
    let section = |heading: &'static str, text: String| {
        (!text.trim().is_empty()).then(|| {
            view! {
                <h2>{heading}</h2>
                <pre class="statement-block">{text}</pre>
            }
        })
    };
    view! {
        <article class="page problem">
            <h1>{problem.title}</h1>
            <p class="meta">
                <DifficultyBadge difficulty=problem.difficulty/>
                <Tags tags=problem.tags/>
                {problem
                    .leetcode_id
                    .map(|id| view! { <span class="muted">"LeetCode #" {id}</span> })}
            </p>
            <div class="statement">{problem.description}</div>
            {section("Input", problem.input)}
            {section("Output", problem.output)}
            {section("Constraints", problem.constraints)}
        </article>
    }
}
