//! Who is signed in: the API base URL and access token, kept in the browser.
//!
//! "Remember on this device" keeps them in localStorage; otherwise sessionStorage, so they are
//! gone with the tab. The token is never logged and never put in a URL.

use serde::{Deserialize, Serialize};
use web_sys::Storage;

const KEY: &str = "switchboard.session";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Normalized by `api::normalize_base_url`.
    pub base_url: String,
    pub token: String,
}

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn tab() -> Option<Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The session kept by an earlier visit, from either storage.
pub fn load() -> Option<Session> {
    [tab(), local()]
        .into_iter()
        .flatten()
        .find_map(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
}

/// Keeps the session; `remember` chooses localStorage over sessionStorage.
pub fn save(session: &Session, remember: bool) {
    clear();
    let storage = if remember { local() } else { tab() };
    if let (Some(storage), Ok(json)) = (storage, serde_json::to_string(session)) {
        // A full or disabled storage only means the session is not kept across reloads.
        let _ = storage.set_item(KEY, &json);
    }
}

/// Forgets the session in both storages.
pub fn clear() {
    for storage in [tab(), local()].into_iter().flatten() {
        let _ = storage.remove_item(KEY);
    }
}
