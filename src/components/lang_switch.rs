//! The language switcher. The browser's language chooses at first; a choice made here wins and
//! is remembered in the browser.

use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_use_storage::use_local_storage;

use crate::i18n::{tr, use_lang, Lang};

const KEY: &str = "switchboard.lang";

/// The remembered choice, else the browser's language, else English.
pub fn initial_lang() -> Lang {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(KEY).ok().flatten());
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    stored
        .or(browser)
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::En)
}

#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let (_, remember, _) = use_local_storage::<String, FromToStringCodec>(KEY);
    view! {
        <label class="lang">
            <span class="visually-hidden">{tr(|t| t.language)}</span>
            <select on:change=move |ev| {
                if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                    lang.set(l);
                    remember.set(l.code().to_string());
                }
            }>
                <option value="vi" lang="vi" selected=move || lang.get() == Lang::Vi>"Tiếng Việt"</option>
                <option value="en" lang="en" selected=move || lang.get() == Lang::En>"English"</option>
            </select>
        </label>
    }
}
