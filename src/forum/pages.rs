//! The forum's pages.

use super::{PostSummary, recent_posts};
use crate::ui::{Empty, excerpt, plural, when_loaded};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/forum`: the newest posts.
#[component]
pub fn ForumPage() -> impl IntoView {
    let posts = Resource::new(|| (), |_| recent_posts());
    view! {
        <Title text="Forum"/>
        <section class="page">
            <h1>"Forum"</h1>
            {when_loaded(posts, post_list)}
        </section>
    }
}

fn post_list(posts: Vec<PostSummary>) -> impl IntoView {
    if posts.is_empty() {
        return view! { <Empty message="No posts yet."/> }.into_any();
    }
    view! {
        <ul class="cards">
            {posts
                .into_iter()
                .map(|post| {
                    let comments = plural(post.comments, "comment", "comments");
                    view! {
                        <li class="card">
                            <h2>{post.title}</h2>
                            <p>{excerpt(&post.content, 220)}</p>
                            <p class="meta">
                                <a href=format!("/u/{}", post.author_id)>{post.author_name}</a>
                                " · "
                                {post.created_at.date()}
                                " · "
                                {comments}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
