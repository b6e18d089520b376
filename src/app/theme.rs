//! Light and dark themes: the choice is kept in localStorage and applied before first paint.

use leptos::prelude::*;

const STORAGE_KEY: &str = "grindstone-theme";

/// An inline script for the document head that applies the saved (or the system's) theme before
/// the page paints, so that a dark-theme user never sees a flash of light.
pub fn restore_script() -> impl IntoView {
    let script = format!(
        "(function(){{try{{var t=localStorage.getItem('{STORAGE_KEY}');}}catch(e){{}}\
         if(t!=='light'&&t!=='dark'){{t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';}}\
         document.documentElement.setAttribute('data-theme',t);}})();"
    );
    view! { <script>{script}</script> }
}

/// A button that switches between the light and the dark theme. It works only once the page
/// has hydrated, which also makes it the end-to-end tests' hydration probe.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let toggle = move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let next = match root.get_attribute("data-theme").as_deref() {
            Some("dark") => "light",
            _ => "dark",
        };
        // Both calls only fail in browsers without DOM attributes or storage; the theme then
        // simply does not persist.
        let _ = root.set_attribute("data-theme", next);
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, next);
        }
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-label="Switch between light and dark theme"
            title="Switch theme"
            on:click=toggle
        >
            <span aria-hidden="true">"◐"</span>
        </button>
    }
}
