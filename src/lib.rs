//! Grindstone: a self-hostable platform to prepare for coding interviews.
//!
//! One crate, compiled twice by cargo-leptos: with feature `ssr` into the `grindstone` server
//! (axum, server functions, the database) and with feature `hydrate` into the WebAssembly client
//! that hydrates the server-rendered pages. See docs/ARCHITECTURE.md.

pub mod app;
pub mod domain;
pub mod ui;

// Features of the product.
pub mod accounts;
pub mod collab;
pub mod forum;
pub mod interviews;
pub mod judge;
pub mod news;
pub mod practice;
pub mod problems;
pub mod stats;
pub mod submissions;

// Engines the features drive: the AI provider (the judge above is the other).
pub mod ai;

// The server: configuration, database, startup, command line.
#[cfg(feature = "ssr")]
pub mod cli;
#[cfg(feature = "ssr")]
pub mod config;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod privileges;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod seed;
#[cfg(feature = "ssr")]
pub mod startup;
#[cfg(feature = "ssr")]
pub mod telemetry;

/// Entry point of the WebAssembly client: hydrates the server-rendered page once the part of
/// the client that the page needs has arrived.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    std::panic::set_hook(Box::new(|panic| {
        console_error_panic_hook::hook(panic);
        app::show_client_failure();
    }));
    leptos::mount::hydrate_lazy(app::App);
}
