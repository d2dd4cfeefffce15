//! The theme switcher: the system's theme, light or dark (see `theme.rs`).

use leptos::prelude::*;

use crate::i18n::{tr, use_texts, Texts};
use crate::theme::use_theme;

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let t = use_texts();
    let theme = use_theme();
    let option = move |value: &'static str, label: fn(&Texts) -> &'static str| {
        view! { <option value=value selected=move || theme.picked.get() == value>{move || label(t())}</option> }
    };
    view! {
        <label class="theme">
            <span class="visually-hidden">{tr(|t| t.theme)}</span>
            <select on:change=move |ev| theme.pick.set(event_target_value(&ev))>
                {option("", |t| t.theme_system)}
                {option("light", |t| t.theme_light)}
                {option("dark", |t| t.theme_dark)}
            </select>
        </label>
    }
}
