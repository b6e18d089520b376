//! The code editor: Monaco, driven from Rust through wasm-bindgen bindings.
//!
//! The server renders a plain textarea of the same size holding the code, so the page is
//! usable and does not jump before the client takes over; after hydration Monaco's AMD build
//! (served from /monaco, copied from npm by scripts/setup.sh) is loaded, on pages that show an
//! editor only, and replaces the textarea. On a touch screen (a coarse pointer) the textarea
//! stays, as Monaco is hard to use there; the page says so and offers Monaco anyway.
//!
//! Escape leaves Monaco (when no widget of its own is open), moving focus to the control after
//! the editor, so the keyboard is never trapped in it.

use crate::app::Theme;
use leptos::prelude::*;

/// An editor of `code` in `language` (a judge language id, which is also Monaco's), following
/// the site's theme. Ctrl/Cmd+Enter calls `on_run`, Ctrl/Cmd+Shift+Enter `on_submit`.
#[component]
pub fn CodeEditor(
    #[prop(into)] language: Signal<String>,
    code: RwSignal<String>,
    on_run: Callback<()>,
    on_submit: Callback<()>,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    let theme = crate::app::use_theme();
    // Whether the editor stays a plain textarea: unknown until the page runs in a browser.
    let plain = RwSignal::new(None::<bool>);
    #[cfg(feature = "hydrate")]
    {
        Effect::new(move |_| {
            if plain.get_untracked().is_none() {
                plain.set(Some(monaco::coarse_pointer()));
            }
        });
        monaco::mount(host, plain, language, code, theme, on_run, on_submit);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (language, theme, on_run, on_submit);
    let shortcut = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
            event.prevent_default();
            if event.shift_key() {
                on_submit.run(());
            } else {
                on_run.run(());
            }
        }
    };
    let note = move || {
        (plain.get() == Some(true)).then(|| {
            view! {
                <p class="editor-note muted">
                    "On a touch screen the editor is a plain text box. "
                    <button type="button" class="link-button" on:click=move |_| plain.set(Some(false))>
                        "Use the full editor"
                    </button>
                </p>
            }
        })
    };
    view! {
        {note}
        <div
            class="editor"
            node_ref=host
            data-editor=move || if plain.get() == Some(true) { "plain" } else { "loading" }
        >
            <textarea
                class="editor-fallback"
                aria-label="Code"
                spellcheck="false"
                autocomplete="off"
                inner_html=crate::ui::textarea_html(&code.get_untracked())
                prop:value=move || code.get()
                on:input:target=move |event| code.set(event.target().value())
                on:keydown=shortcut
            ></textarea>
        </div>
    }
}

/// Monaco's name for a site theme: its own light and dark themes, with the colours that fall
/// short of WCAG AA contrast (comments in the dark one, line numbers past the end) replaced.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn monaco_theme(theme: Theme) -> &'static str {
    match theme {
        Theme::Light => "grindstone-light",
        Theme::Dark => "grindstone-dark",
    }
}

/// The themes named by [`monaco_theme`], as `(name, definition)` for `defineTheme`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn monaco_theme_definitions() -> [(&'static str, serde_json::Value); 2] {
    [
        (
            "grindstone-light",
            serde_json::json!({
                "base": "vs", "inherit": true, "rules": [],
                "colors": { "editorLineNumber.dimmedForeground": "#646e78" },
            }),
        ),
        (
            "grindstone-dark",
            serde_json::json!({
                "base": "vs-dark", "inherit": true,
                "rules": [{ "token": "comment", "foreground": "7fa86b" }],
                "colors": {
                    "editorLineNumber.foreground": "#8a8a8a",
                    "editorLineNumber.dimmedForeground": "#8a8a8a",
                },
            }),
        ),
    ]
}

#[cfg(feature = "hydrate")]
mod monaco {
    use super::{monaco_theme, monaco_theme_definitions};
    use crate::app::Theme;
    use leptos::prelude::*;
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    /// Where Monaco's files are served.
    const BASE: &str = "/monaco/vs";
    /// Monaco's key codes: KeyMod.CtrlCmd, KeyMod.Shift, KeyCode.Enter.
    const CTRL_CMD: u32 = 2048;
    const SHIFT: u32 = 1024;
    const ENTER: u32 = 3;
    const ESCAPE: u32 = 9;
    /// When Escape leaves the editor: not while it closes a widget of Monaco's own, a
    /// selection or extra cursors, or leaves a snippet.
    const ESCAPE_LEAVES: &str = "editorTextFocus && !suggestWidgetVisible && !findWidgetVisible \
        && !parameterHintsVisible && !renameInputVisible && !inSnippetMode && !editorHasSelection \
        && !editorHasMultipleSelections && !accessibilityHelpWidgetVisible";

    #[wasm_bindgen]
    extern "C" {
        /// The AMD loader's `require(modules, callback)`.
        #[wasm_bindgen(js_name = require)]
        fn amd_require(modules: &js_sys::Array, on_load: &Closure<dyn FnMut()>);
        #[wasm_bindgen(js_namespace = require, js_name = config)]
        fn amd_config(config: &JsValue);

        /// `monaco.editor.IStandaloneCodeEditor`.
        type Editor;
        #[wasm_bindgen(js_namespace = ["monaco", "editor"], js_name = create)]
        fn create_editor(host: &web_sys::HtmlElement, options: &JsValue) -> Editor;
        #[wasm_bindgen(js_namespace = ["monaco", "editor"], js_name = defineTheme)]
        fn define_theme(name: &str, definition: &JsValue);
        #[wasm_bindgen(js_namespace = ["monaco", "editor"], js_name = setTheme)]
        fn set_theme(theme: &str);
        #[wasm_bindgen(js_namespace = ["monaco", "editor"], js_name = setModelLanguage)]
        fn set_model_language(model: &JsValue, language: &str);
        #[wasm_bindgen(method, js_name = getValue)]
        fn get_value(this: &Editor) -> String;
        #[wasm_bindgen(method, js_name = setValue)]
        fn set_value(this: &Editor, value: &str);
        #[wasm_bindgen(method, js_name = getModel)]
        fn get_model(this: &Editor) -> JsValue;
        #[wasm_bindgen(method, js_name = onDidChangeModelContent)]
        fn on_did_change_model_content(this: &Editor, listener: &Closure<dyn FnMut(JsValue)>);
        #[wasm_bindgen(method, js_name = addCommand)]
        fn add_command(
            this: &Editor,
            keybinding: u32,
            handler: &Closure<dyn FnMut()>,
            when: Option<&str>,
        );
        #[wasm_bindgen(method)]
        fn dispose(this: &Editor);
    }

    /// A created editor and the callbacks it holds, which must live as long as it does: its
    /// change listener and its two commands.
    struct Mounted {
        editor: Editor,
        _changed: Closure<dyn FnMut(JsValue)>,
        _commands: [Closure<dyn FnMut()>; 3],
    }

    /// Whether Monaco's scripts are loaded, and who waits for them.
    enum Loading {
        NotStarted,
        Waiting(Vec<Box<dyn FnOnce()>>),
        Ready,
    }

    thread_local! {
        static LOADING: RefCell<Loading> = const { RefCell::new(Loading::NotStarted) };
    }

    /// Calls `then` once Monaco is loaded, loading it on first use.
    fn with_monaco(then: impl FnOnce() + 'static) {
        let start = LOADING.with(|loading| {
            let mut loading = loading.borrow_mut();
            match &mut *loading {
                Loading::Ready => {
                    drop(loading);
                    then();
                    false
                }
                Loading::Waiting(waiting) => {
                    waiting.push(Box::new(then));
                    false
                }
                Loading::NotStarted => {
                    *loading = Loading::Waiting(vec![Box::new(then)]);
                    true
                }
            }
        });
        if start {
            load_scripts();
        }
    }

    fn load_scripts() {
        let Ok(script) = document().create_element("script") else {
            return;
        };
        let on_loader = Closure::once_into_js(|| {
            if let Ok(config) = js_sys::JSON::parse(&format!(r#"{{"paths":{{"vs":"{BASE}"}}}}"#)) {
                amd_config(&config);
            }
            let on_main = Closure::once(|| {
                for (name, definition) in monaco_theme_definitions() {
                    if let Ok(definition) = js_sys::JSON::parse(&definition.to_string()) {
                        define_theme(name, &definition);
                    }
                }
                let waiting = LOADING.with(|loading| {
                    match std::mem::replace(&mut *loading.borrow_mut(), Loading::Ready) {
                        Loading::Waiting(waiting) => waiting,
                        _ => Vec::new(),
                    }
                });
                for then in waiting {
                    then();
                }
            });
            let modules = js_sys::Array::of1(&JsValue::from_str("vs/editor/editor.main"));
            amd_require(&modules, &on_main);
            on_main.forget();
        });
        let _ = script.set_attribute("src", &format!("{BASE}/loader.js"));
        if let Some(script) = script.dyn_ref::<web_sys::HtmlScriptElement>() {
            script.set_onload(Some(on_loader.unchecked_ref()));
        }
        if let Some(head) = document().head() {
            let _ = head.append_child(&script);
        }
    }

    /// Whether the primary pointer is coarse (a finger), where the plain textarea serves better.
    pub fn coarse_pointer() -> bool {
        window()
            .match_media("(pointer: coarse)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches())
    }

    /// Moves focus from the editor in `host` to the first control after it.
    fn leave(host: &web_sys::HtmlElement) {
        const CONTROLS: &str = "a[href], button:not([disabled]), input:not([type=hidden]):not([hidden]), \
            select, textarea:not([hidden])";
        let mut next = host.next_element_sibling();
        while let Some(element) = next {
            let control = if element.matches(CONTROLS).unwrap_or(false) {
                Some(element.clone())
            } else {
                element.query_selector(CONTROLS).ok().flatten()
            };
            if let Some(control) = control.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = control.focus();
                return;
            }
            next = element.next_element_sibling();
        }
    }

    /// Replaces the fallback textarea in `host` with Monaco once both exist and `plain` says
    /// no, and keeps code, language and theme in step with it.
    pub fn mount(
        host: NodeRef<leptos::html::Div>,
        plain: RwSignal<Option<bool>>,
        language: Signal<String>,
        code: RwSignal<String>,
        theme: RwSignal<Theme>,
        on_run: Callback<()>,
        on_submit: Callback<()>,
    ) {
        let mounted = StoredValue::new_local(None::<Mounted>);
        Effect::new(move |_| {
            let Some(host) = host.get() else {
                return;
            };
            if plain.get() != Some(false) {
                return;
            }
            with_monaco(move || {
                if mounted.try_with_value(Option::is_some).unwrap_or(true) {
                    return;
                }
                let options = serde_json::json!({
                    "value": code.get_untracked(),
                    "language": language.get_untracked(),
                    "theme": monaco_theme(theme.get_untracked()),
                    "automaticLayout": true,
                    "minimap": { "enabled": false },
                    "fontSize": 14,
                    "scrollBeyondLastLine": false,
                    "tabSize": 4,
                });
                let Ok(options) = js_sys::JSON::parse(&options.to_string()) else {
                    return;
                };
                let _ = host.set_attribute("data-editor", "monaco");
                if let Some(fallback) = host.first_element_child() {
                    fallback.remove();
                }
                let editor = create_editor(&host, &options);
                let changed: Closure<dyn FnMut(JsValue)> = Closure::new(move |_| {
                    let value = mounted
                        .try_with_value(|m| m.as_ref().map(|m| m.editor.get_value()))
                        .flatten();
                    if let Some(value) = value {
                        code.set(value);
                    }
                });
                editor.on_did_change_model_content(&changed);
                let run: Closure<dyn FnMut()> = Closure::new(move || on_run.run(()));
                editor.add_command(CTRL_CMD | ENTER, &run, None);
                let submit: Closure<dyn FnMut()> = Closure::new(move || on_submit.run(()));
                editor.add_command(CTRL_CMD | SHIFT | ENTER, &submit, None);
                let escape: Closure<dyn FnMut()> = Closure::new(move || leave(&host));
                editor.add_command(ESCAPE, &escape, Some(ESCAPE_LEAVES));
                mounted.set_value(Some(Mounted {
                    editor,
                    _changed: changed,
                    _commands: [run, submit, escape],
                }));
            });
        });
        // Code changed from outside the editor: another language's draft, a reset.
        Effect::new(move |_| {
            let code = code.get();
            mounted.with_value(|mounted| {
                if let Some(mounted) = mounted
                    && mounted.editor.get_value() != code
                {
                    mounted.editor.set_value(&code);
                }
            });
        });
        Effect::new(move |_| {
            let language = language.get();
            mounted.with_value(|mounted| {
                if let Some(mounted) = mounted {
                    set_model_language(&mounted.editor.get_model(), &language);
                }
            });
        });
        Effect::new(move |_| {
            let theme = theme.get();
            if mounted.with_value(Option::is_some) {
                set_theme(monaco_theme(theme));
            }
        });
        on_cleanup(move || {
            mounted.try_update_value(|mounted| {
                if let Some(mounted) = mounted.take() {
                    mounted.editor.dispose();
                }
            });
        });
    }
}
