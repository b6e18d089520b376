//! Small view helpers shared by every feature's pages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Serialize, de::DeserializeOwned};
use std::fmt::Display;
use std::str::FromStr;

/// The text a user should see for a failed server call: the server's own message, never the
/// internal wrapping.
pub fn error_message(error: &ServerFnError) -> String {
    match error {
        ServerFnError::ServerError(message) => message.clone(),
        _ => "We could not reach the server. Check your connection and try again.".to_owned(),
    }
}

/// Renders `render(value)` once `resource` has loaded, a loading line before, and the error's
/// message if the server call failed.
pub fn when_loaded<T, V>(
    resource: Resource<Result<T, ServerFnError>>,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => render(value).into_any(),
                        Err(error) => {
                            view! { <p class="error" role="alert">{error_message(&error)}</p> }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// A table of class `list` with one header row; `children` are its body rows. It scrolls
/// sideways inside a region named `label` when it is wider than the screen, never the page;
/// the region takes focus so that the keyboard can scroll it too.
#[component]
pub fn ListTable(
    #[prop(into)] class: String,
    label: &'static str,
    headers: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            <table class=format!("list {class}")>
                <thead>
                    <tr>
                        {headers
                            .iter()
                            .map(|header| view! { <th scope="col">{*header}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// The value of query parameter `name` of the current URL, if it parses.
pub fn query_param<T: FromStr>(name: &'static str) -> impl Fn() -> Option<T> + Copy {
    let query = use_query_map();
    move || query.read().get(name).and_then(|value| value.parse().ok())
}

/// A row of chips that filter a list page by one query parameter; "All" clears it and the
/// chip of the current value is marked.
pub fn filter_chips<T>(
    label: &'static str,
    path: &'static str,
    param: &'static str,
    choices: &[(&'static str, T)],
) -> impl IntoView
where
    T: Copy + PartialEq + Display + FromStr + Send + Sync + 'static,
{
    let current = query_param::<T>(param);
    let chip = move |text: &'static str, value: Option<T>| {
        let href = value.map_or_else(|| path.to_owned(), |v| format!("{path}?{param}={v}"));
        view! {
            <a href=href class="chip" aria-current=move || (current() == value).then_some("page")>
                {text}
            </a>
        }
    };
    view! {
        <nav class="filters" aria-label=label>
            {chip("All", None)}
            {choices.iter().map(|&(text, value)| chip(text, Some(value))).collect_view()}
        </nav>
    }
}

/// "Previous · Page 2 of 5 · Next" links that keep the rest of the current URL's query.
#[component]
pub fn Pager(page: i64, pages: i64) -> impl IntoView {
    let query = use_query_map();
    let path = leptos_router::hooks::use_location().pathname;
    let href = move |target: i64| {
        let mut params = query.get_untracked();
        params.replace("page", target.to_string());
        format!("{}{}", path.get_untracked(), params.to_query_string())
    };
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label="Pages">
                {(page > 1).then(|| view! { <a rel="prev" href=href(page - 1)>"← Previous"</a> })}
                <span>{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { <a rel="next" href=href(page + 1)>"Next →"</a> })}
            </nav>
        }
    })
}

/// The content of a `<textarea>` holding `text`, escaped, for its server-rendered HTML: Leptos
/// writes a textarea's children unescaped, so a text holding `</textarea>` would otherwise end
/// the field and inject markup into the page.
pub fn textarea_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` as one component of a URL: every byte but the unreserved ones percent-encoded.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The links between the administrators' pages.
#[component]
pub fn AdminNav() -> impl IntoView {
    view! {
        <nav class="admin-nav" aria-label="Admin">
            <a href="/admin/users">"Users"</a>
            <a href="/admin/problems">"Problems"</a>
            <a href="/admin/interviews">"Interview questions"</a>
        </nav>
    }
}

/// A line shown instead of an empty list.
#[component]
pub fn Empty(#[prop(into)] message: String) -> impl IntoView {
    view! { <p class="empty">{message}</p> }
}

/// The first `max_chars` characters of `text`, with an ellipsis when cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

/// "1 comment", "3 comments".
pub fn plural(count: i64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_on_characters() {
        assert_eq!(excerpt("héllo wörld", 5), "héllo…");
        assert_eq!(excerpt("short", 10), "short");
    }

    #[test]
    fn plurals_agree_with_their_count() {
        assert_eq!(plural(1, "comment", "comments"), "1 comment");
        assert_eq!(plural(0, "comment", "comments"), "0 comments");
    }
}

/// The value under `key` in the browser's localStorage.
#[cfg(feature = "hydrate")]
pub fn stored(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Keeps `value` under `key` in the browser's localStorage, if it can.
#[cfg(feature = "hydrate")]
pub fn store(key: &str, value: &str) {
    // Storage can be full or disabled; the draft then lives only in the page.
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes `key` from the browser's localStorage.
#[cfg(feature = "hydrate")]
pub fn forget(key: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.remove_item(key);
    }
}
