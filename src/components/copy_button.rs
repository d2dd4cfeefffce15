//! Copies a value to the clipboard and says so.

use leptos::prelude::*;
use leptos_use_clipboard::{use_clipboard, UseClipboardReturn};

use crate::i18n::use_texts;

#[component]
pub fn CopyButton(
    value: String,
    /// The accessible name, e.g. "Copy password".
    label: Signal<String>,
) -> impl IntoView {
    let t = use_texts();
    let UseClipboardReturn {
        is_supported,
        copied,
        copy,
        ..
    } = use_clipboard();
    view! {
        <button type="button" class="copy" aria-label=label disabled=move || !is_supported.get()
            on:click=move |_| copy(&value)>
            {move || if copied.get() { t().copied } else { t().copy }}
        </button>
    }
}
