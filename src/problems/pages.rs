//! The problem list and the problem page.

use super::{Difficulty, Problem, ProblemSummary, get_problem, list_problems};
use crate::app::NotFound;
use crate::ui::{Empty, ListTable, filter_chips, query_param, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/problems`: every problem with its difficulty and tags; `?difficulty=` filters.
#[component]
pub fn ProblemsPage() -> impl IntoView {
    let difficulty = query_param::<Difficulty>("difficulty");
    let problems = Resource::new(difficulty, list_problems);
    view! {
        <Title text="Problems"/>
        <section class="page">
            <h1>"Problems"</h1>
            {filter_chips(
                "Difficulty",
                "/problems",
                "difficulty",
                &[("Easy", Difficulty::Easy), ("Medium", Difficulty::Medium), ("Hard", Difficulty::Hard)],
            )}
            {when_loaded(problems, problem_table)}
        </section>
    }
}

fn problem_table(problems: Vec<ProblemSummary>) -> impl IntoView {
    if problems.is_empty() {
        return view! { <Empty message="No problems match this filter yet."/> }.into_any();
    }
    view! {
        <ListTable class="problems" headers=&["#", "Title", "Difficulty", "Tags"]>
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
        </ListTable>
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
        <Title text=problem.title.clone()/>
        <article class="page problem">
            <h1>{problem.title}</h1>
            <p class="meta">
                <DifficultyBadge difficulty=problem.difficulty/>
                <Tags tags=problem.tags/>
                {problem
                    .leetcode_id
                    .map(|id| view! { <span class="muted">"LeetCode #" {id}</span> })}
                <span class="muted">
                    {format!(
                        "Time limit {} ms · memory limit {} MB",
                        problem.time_limit_ms,
                        problem.memory_limit_mb,
                    )}
                </span>
            </p>
            <div class="statement">{problem.description}</div>
            {section("Input", problem.input)}
            {section("Output", problem.output)}
            {section("Constraints", problem.constraints)}
        </article>
    }
}
