//! Light and dark themes: the system's choice (`prefers-color-scheme`) unless one is picked,
//! which is remembered in the browser. The stylesheet reads `data-theme` on the root element.

use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_use_storage::use_local_storage;

const KEY: &str = "switchboard.theme";

/// The picked theme: "light", "dark", or "" for the system's.
#[derive(Clone, Copy)]
pub struct Theme {
    pub picked: Signal<String>,
    pub pick: WriteSignal<String>,
}

/// Called once by the app: keeps the root element's `data-theme` on the picked theme.
pub fn provide_theme() {
    let (picked, pick, _) = use_local_storage::<String, FromToStringCodec>(KEY);
    Effect::new(move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = match picked.get().as_str() {
            t @ ("light" | "dark") => root.set_attribute("data-theme", t),
            _ => root.remove_attribute("data-theme"),
        };
    });
    provide_context(Theme { picked, pick });
}

pub fn use_theme() -> Theme {
    expect_context::<Theme>()
}
