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
