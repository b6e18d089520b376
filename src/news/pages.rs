//! The news & jobs feed.

use super::{NewsItem, NewsKind, latest_news};
use crate::ui::{Empty, excerpt, when_loaded};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/news`: news, job posts and promotions, newest first; `?type=` filters.
#[component]
pub fn NewsPage() -> impl IntoView {
    let query = use_query_map();
    let kind = move || {
        query
            .read()
            .get("type")
            .and_then(|k| k.parse::<NewsKind>().ok())
    };
    let items = Resource::new(kind, latest_news);
    let filter_link = move |label: &'static str, value: Option<NewsKind>| {
        let href = value.map_or_else(|| "/news".to_owned(), |k| format!("/news?type={k}"));
        view! {
            <a href=href class="chip" aria-current=move || (kind() == value).then_some("page")>
                {label}
            </a>
        }
    };
    view! {
        <section class="page">
            <h1>"News & Jobs"</h1>
            <nav class="filters" aria-label="Kind">
                {filter_link("All", None)}
                {filter_link("News", Some(NewsKind::News))}
                {filter_link("Jobs", Some(NewsKind::Job))}
                {filter_link("Promotions", Some(NewsKind::Promotion))}
            </nav>
            {when_loaded(items, news_list)}
        </section>
    }
}

fn news_list(items: Vec<NewsItem>) -> impl IntoView {
    if items.is_empty() {
        return view! { <Empty message="Nothing in the feed yet."/> }.into_any();
    }
    view! {
        <ul class="cards">
            {items
                .into_iter()
                .map(|item| {
                    let badge = format!("badge kind-{}", item.kind.as_str().to_lowercase());
                    view! {
                        <li class="card">
                            <h2>
                                <span class=badge>{item.kind.as_str()}</span>
                                " "
                                <a href=item.url rel="noopener noreferrer nofollow" target="_blank">
                                    {item.title}
                                </a>
                            </h2>
                            <p>{excerpt(&item.content, 240)}</p>
                            <p class="meta">{item.source} " · " {item.created_at.date()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
