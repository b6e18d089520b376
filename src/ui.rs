//! Small view helpers shared by every feature's pages.

use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

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
