//! The Groups page: every internal group.

use leptos::prelude::*;

use crate::i18n::use_texts;

#[component]
pub fn GroupsPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <main class="page">
            <h1>{move || t().groups_title}</h1>
        </main>
    }
}
