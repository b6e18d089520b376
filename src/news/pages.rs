//! The news & jobs feed.

use super::{NewsItem, NewsKind, latest_news};
use crate::ui::{Empty, excerpt, filter_chips, query_param, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/news`: news, job posts and promotions, newest first; `?type=` filters.
#[component]
pub fn NewsPage() -> impl IntoView {
    let kind = query_param::<NewsKind>("type");
    let items = Resource::new(kind, latest_news);
    view! {
        <Title text="News & Jobs"/>
        <section class="page">
            <h1>"News & Jobs"</h1>
            {filter_chips(
                "Kind",
                "/news",
                "type",
                &[("News", NewsKind::News), ("Jobs", NewsKind::Job), ("Promotions", NewsKind::Promotion)],
            )}
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
