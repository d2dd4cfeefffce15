//! The language switcher: the choice made here wins over the browser's and is remembered
//! (see `lang.rs`).

use leptos::prelude::*;

use crate::i18n::tr;
use crate::lang::{choose_lang, use_lang, Lang};

#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    view! {
        <label class="lang">
            <span class="visually-hidden">{tr(|t| t.language)}</span>
            <select on:change=move |ev| {
                if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                    choose_lang(l);
                }
            }>
                <option value="vi" lang="vi" selected=move || lang.get() == Lang::Vi>"Tiếng Việt"</option>
                <option value="en" lang="en" selected=move || lang.get() == Lang::En>"English"</option>
            </select>
        </label>
    }
}
