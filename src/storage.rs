//! The browser's two storages, for every module that keeps something in them: `None` where
//! the browser allows none (a private window may), and the console goes on without keeping it.
//! The theme and the page size use leptos-use's reactive storage instead.

use web_sys::Storage;

/// localStorage: kept on this device.
pub fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// sessionStorage: kept for this tab only.
pub fn tab() -> Option<Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// A list of strings kept in localStorage; empty when there is none or it cannot be read.
pub fn strings(key: &str) -> Vec<String> {
    local()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Keeps a list of strings in localStorage; a full or refused storage keeps nothing, which
/// costs only what the list remembers.
pub fn keep_strings(key: &str, list: &[String]) {
    if let (Some(storage), Ok(json)) = (local(), serde_json::to_string(list)) {
        let _ = storage.set_item(key, &json);
    }
}
