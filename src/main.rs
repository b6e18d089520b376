//! The `grindstone` binary: the web server and the administration commands.

#[cfg(feature = "ssr")]
fn main() -> std::process::ExitCode {
    grindstone::cli::run()
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The client is a library loaded by the browser; this binary only exists with `ssr`.
}
