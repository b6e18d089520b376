//! The built site's files (`server.site_root`: the client's JS, WASM and CSS from cargo-leptos,
//! and everything in `public/`). A release build names each client file after a hash of its
//! content and writes those hashes to `hash.txt` beside the executable; such a file never
//! changes, so browsers may keep it for a year. Any other file is revalidated on each use.
//! Files are sent brotli- or gzip-compressed: precompressed by the release build where it made
//! `.br`/`.gz` files, compressed on the fly otherwise (see `startup`).

use axum::body::Body;
use axum::http::{HeaderValue, Request, header};
use axum::middleware::Next;
use axum::response::Response;
use leptos::config::LeptosOptions;
use std::path::PathBuf;

/// For names carrying a content hash: a year, and no revalidation.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// For every other file: keep it, but ask whether it changed before each use.
const REVALIDATE: &str = "no-cache";

/// Where the build's content hashes are, when it wrote them: `options.hash_file` (an absolute
/// path, or one relative to the executable's directory, as Leptos reads it).
pub fn hash_file(options: &LeptosOptions) -> Option<PathBuf> {
    let exe_dir = std::env::current_exe().ok()?.parent()?.to_path_buf();
    let path = exe_dir.join(options.hash_file.as_ref());
    path.is_file().then_some(path)
}

/// The address of the site's stylesheet, under its hashed name when the build hashed it.
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    let hash = options
        .hash_files
        .then(|| std::fs::read_to_string(hash_file(options)?).ok())
        .flatten()
        .and_then(|hashes| {
            hashes.lines().find_map(|line| {
                let (file, hash) = line.split_once(':')?;
                (file.trim() == "css").then(|| hash.trim().to_owned())
            })
        });
    let name = &options.output_name;
    let pkg = &options.site_pkg_dir;
    match hash {
        Some(hash) => format!("/{pkg}/{name}.{hash}.css"),
        None => format!("/{pkg}/{name}.css"),
    }
}

/// Middleware for the site's files: says how long a successful answer may be cached.
pub async fn cache_policy(request: Request<Body>, next: Next) -> Response {
    let immutable = names_content_hash(request.uri().path());
    let mut response = next.run(request).await;
    let status = response.status();
    if status.is_success() || status == axum::http::StatusCode::NOT_MODIFIED {
        let policy = if immutable { IMMUTABLE } else { REVALIDATE };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// Whether a file's name carries cargo-leptos's content hash: 22 characters of URL-safe
/// base64 (an MD5 digest) between dots, as in `grindstone.K3f…Q.wasm`.
fn names_content_hash(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split('.').any(|part| {
        part.len() == 22
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            // cargo-leptos's placeholder for a hash not computed: underscores only.
            && part.bytes().any(|b| b.is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::names_content_hash;

    #[test]
    fn only_names_with_a_content_hash_are_immutable() {
        assert!(names_content_hash(
            "/pkg/grindstone.Yx3mQ_0aZ-9bCdEfGhIjKl.wasm"
        ));
        assert!(names_content_hash(
            "/pkg/__wasm_split.Yx3mQ_0aZ-9bCdEfGhIjKl.js"
        ));
        assert!(!names_content_hash("/pkg/grindstone.wasm"));
        assert!(!names_content_hash(
            "/pkg/__wasm_split.______________________.js"
        ));
        assert!(!names_content_hash("/monaco/vs/editor/editor.main.js"));
        assert!(!names_content_hash("/favicon.svg"));
        // A hash-like directory does not make the file in it immutable.
        assert!(!names_content_hash("/Yx3mQ_0aZ-9bCdEfGhIjKl/app.js"));
    }
}
