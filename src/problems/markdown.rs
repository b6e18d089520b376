//! Statements are markdown written by admins or imported from elsewhere; this turns them into
//! HTML that is safe to put in a page. Rendering happens on the server only, so neither parser
//! nor sanitizer is shipped to the browser.

use ammonia::Builder;
use pulldown_cmark::{Options, Parser, html};
use std::sync::LazyLock;

/// What may survive of a statement's HTML: text formatting, lists, tables, code and images
/// (links get `rel="noopener noreferrer nofollow"`); no scripts, styles, forms, frames or
/// event attributes.
static SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::default();
    builder
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer nofollow"));
    builder
});

/// Renders CommonMark with tables, strikethrough and footnotes to sanitized HTML.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    SANITIZER.clean(&unsafe_html).to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn markdown_becomes_html() {
        let html =
            render("Find **two** numbers:\n\n- `n` values\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<strong>two</strong>"), "{html}");
        assert!(html.contains("<code>n</code>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
    }

    #[test]
    fn scripts_and_handlers_are_removed() {
        let html = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n\
             [x](javascript:alert(1)) <a href=\"https://example.com\" style=\"color:red\">ok</a>",
        );
        for bad in ["<script", "onerror", "javascript:", "style="] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow\""),
            "{html}"
        );
    }

    #[test]
    fn leetcode_style_html_keeps_its_formatting() {
        let html =
            render("<p>Given <code>nums</code>:</p><pre><strong>Input:</strong> x = 1</pre>");
        assert!(html.contains("<code>nums</code>"), "{html}");
        assert!(html.contains("<strong>Input:</strong>"), "{html}");
    }
}
