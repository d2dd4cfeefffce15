//! Light and dark themes: the system's choice (`prefers-color-scheme`) unless one is picked
//! here, which is remembered. The stylesheet reads `data-theme` on the root element.

use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_use_storage::use_local_storage;

use crate::i18n::{tr, use_texts};

const KEY: &str = "switchboard.theme";

/// Keeps the root element's `data-theme` on the remembered choice ("light", "dark", or none
/// for the system's).
pub fn apply_theme() {
    let (theme, _, _) = use_local_storage::<String, FromToStringCodec>(KEY);
    Effect::new(move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = match theme.get().as_str() {
            t @ ("light" | "dark") => root.set_attribute("data-theme", t),
            _ => root.remove_attribute("data-theme"),
        };
    });
}

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let t = use_texts();
    let (theme, set_theme, _) = use_local_storage::<String, FromToStringCodec>(KEY);
    let option = move |value: &'static str, label: fn(&crate::i18n::Texts) -> &'static str| {
        view! { <option value=value selected=move || theme.get() == value>{move || label(t())}</option> }
    };
    view! {
        <label class="theme">
            <span class="visually-hidden">{tr(|t| t.theme)}</span>
            <select on:change=move |ev| set_theme.set(event_target_value(&ev))>
                {option("", |t| t.theme_system)}
                {option("light", |t| t.theme_light)}
                {option("dark", |t| t.theme_dark)}
            </select>
        </label>
    }
}
