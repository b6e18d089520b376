//! Keyboard shortcuts, and the dialog that lists them: `?` opens it from anywhere outside a
//! text field, as does a button in the footer; Escape closes it and the browser returns focus
//! to where it was.

use leptos::prelude::*;

/// Every shortcut of the site, with what it does.
const SHORTCUTS: &[(&str, &str)] = &[
    ("?", "Show this list of shortcuts"),
    ("/", "Go to the search box of the page, if it has one"),
    ("Ctrl+Enter (⌘+Enter)", "Run your code, in the editor"),
    (
        "Ctrl+Shift+Enter (⌘+Shift+Enter)",
        "Submit your code, in the editor",
    ),
    ("Esc", "Leave the code editor for the controls after it"),
    ("Tab, Shift+Tab", "Move to the next or the previous control"),
];

/// The footer's "Keyboard shortcuts" button and its dialog; listens for `?` and `/`.
#[component]
pub fn ShortcutsHelp() -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = move || {
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    #[cfg(feature = "hydrate")]
    {
        let listener = window_event_listener(leptos::ev::keydown, move |event| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() || typing(&event) {
                return;
            }
            match event.key().as_str() {
                "?" => {
                    event.prevent_default();
                    open();
                }
                "/" => {
                    if let Some(search) = document()
                        .query_selector("main input[type=search]")
                        .ok()
                        .flatten()
                        .and_then(|e| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()
                        })
                    {
                        event.prevent_default();
                        let _ = search.focus();
                    }
                }
                _ => {}
            }
        });
        on_cleanup(move || listener.remove());
    }
    view! {
        <button type="button" class="link-button" on:click=move |_| open()>
            "Keyboard shortcuts"
        </button>
        <dialog id="shortcuts" class="shortcuts-dialog" node_ref=dialog aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
            <dl>
                {SHORTCUTS
                    .iter()
                    .map(|(keys, action)| view! {
                        <div>
                            <dt><kbd>{*keys}</kbd></dt>
                            <dd>{*action}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
            <form method="dialog">
                <button type="submit" class="button">"Close"</button>
            </form>
        </dialog>
    }
    .into_any()
}

/// Whether a key pressed now goes into text: a form field, an editable element or the editor.
#[cfg(feature = "hydrate")]
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            element
                .closest("input, textarea, select, [contenteditable], .monaco-editor")
                .ok()
                .flatten()
                .is_some()
        })
}
