//! Where the app is served from: the site's root, or a sub-path such as `/switchboard/` when it
//! is built with Trunk's `--public-url`, which Trunk writes into index.html's `<base>`. The
//! router, the header's links, links between pages and return paths all go through here.

use std::sync::OnceLock;

use leptos::prelude::document;

static BASE: OnceLock<String> = OnceLock::new();

/// The path prefix without its trailing slash: "" at the root, "/switchboard" below it.
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        let doc = document();
        // Without a `<base>` element `baseURI` is the page's own address, not the app's root.
        let has_base = matches!(doc.query_selector("base[href]"), Ok(Some(_)));
        has_base
            .then(|| doc.base_uri().ok().flatten())
            .flatten()
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| prefix_of(&url.pathname()))
            .unwrap_or_default()
    })
}

/// An app path (`/extensions?…`) as the browser's address for it.
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}

/// A browser pathname as the app's own path, the form `navigate` and `next=` take.
pub fn app_path(pathname: &str) -> &str {
    strip(base(), pathname)
}

/// A browser pathname as the app's own path, only if it lies under the app's root and cannot be
/// read as another host's address (`//host`): what a return path must be.
pub fn inside_app(pathname: &str) -> Option<&str> {
    within(base(), pathname)
}

fn within<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    let path = match pathname.strip_prefix(base)? {
        "" => "/",
        rest => rest,
    };
    (path.starts_with('/') && !path.starts_with("//")).then_some(path)
}

fn prefix_of(base_pathname: &str) -> String {
    base_pathname.trim_end_matches('/').to_string()
}

fn strip<'a>(base: &str, pathname: &'a str) -> &'a str {
    match pathname.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => pathname,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_has_no_trailing_slash() {
        assert_eq!(prefix_of("/"), "");
        assert_eq!(prefix_of("/switchboard/"), "/switchboard");
        assert_eq!(prefix_of("/a/b/"), "/a/b");
    }

    #[test]
    fn a_return_path_lies_under_the_root_and_names_no_host() {
        assert_eq!(within("", "/groups"), Some("/groups"));
        assert_eq!(
            within("/switchboard", "/switchboard/groups"),
            Some("/groups")
        );
        assert_eq!(within("/switchboard", "/switchboard"), Some("/"));
        assert_eq!(within("/switchboard", "/switchboardx/groups"), None);
        assert_eq!(within("/switchboard", "/groups"), None);
        assert_eq!(within("", "//evil.example"), None);
        assert_eq!(within("/switchboard", "/switchboard//evil.example"), None);
    }

    #[test]
    fn strips_only_a_whole_prefix() {
        assert_eq!(strip("", "/extensions"), "/extensions");
        assert_eq!(strip("/switchboard", "/switchboard/groups"), "/groups");
        assert_eq!(strip("/switchboard", "/switchboard"), "/");
        assert_eq!(
            strip("/switchboard", "/switchboardx/groups"),
            "/switchboardx/groups"
        );
    }
}
