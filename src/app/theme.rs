//! Light and dark themes: the choice is kept in localStorage and applied before first paint.

use leptos::prelude::*;

const STORAGE_KEY: &str = "grindstone-theme";

/// The site's colour theme, for parts that draw their own colours (the code editor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// Puts the theme signal in the context: in the browser, the theme the head script applied;
/// on the server, which cannot know it, light.
pub fn provide_theme() {
    #[cfg(feature = "hydrate")]
    let initial = match document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"))
        .as_deref()
    {
        Some("dark") => Theme::Dark,
        _ => Theme::Light,
    };
    #[cfg(not(feature = "hydrate"))]
    let initial = Theme::Light;
    provide_context(RwSignal::new(initial));
}

/// The site's theme, as a signal that follows the toggle.
pub fn use_theme() -> RwSignal<Theme> {
    expect_context()
}

/// An inline script for the document head that applies the saved (or the system's) theme before
/// the page paints, so that a dark-theme user never sees a flash of light.
#[cfg(feature = "ssr")]
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
    let theme = use_theme();
    let toggle = move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let next = match root.get_attribute("data-theme").as_deref() {
            Some("dark") => Theme::Light,
            _ => Theme::Dark,
        };
        // Both calls only fail in browsers without DOM attributes or storage; the theme then
        // simply does not persist.
        let _ = root.set_attribute("data-theme", next.as_str());
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, next.as_str());
        }
        theme.set(next);
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
