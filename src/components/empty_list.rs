//! What a list page says when it has no rows: none at all, or none for what was searched.

use leptos::prelude::*;

use crate::i18n::{use_texts, Texts};

/// `none` when `keyword` is empty, else `no_match` for it.
#[component]
pub fn EmptyList(
    keyword: Signal<String>,
    none: fn(&Texts) -> &'static str,
    no_match: fn(&Texts) -> fn(&str) -> String,
) -> impl IntoView {
    let t = use_texts();
    let text = move || {
        let k = keyword.get();
        if k.is_empty() {
            none(t()).to_string()
        } else {
            no_match(t())(&k)
        }
    };
    view! { <p class="empty" role="status">{text}</p> }
}
