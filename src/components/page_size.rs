//! The rows-per-page chooser.

use leptos::prelude::*;

use crate::i18n::tr;
use crate::list_params::PAGE_SIZES;

#[component]
pub fn PageSize(size: Signal<u32>, on_change: Callback<u32>) -> impl IntoView {
    view! {
        <label>
            <span>{tr(|t| t.page_size)}</span>
            <select on:change=move |ev| {
                if let Ok(n) = event_target_value(&ev).parse() {
                    on_change.run(n);
                }
            }>
                {PAGE_SIZES
                    .iter()
                    .map(|&n| view! { <option value=n selected=move || size.get() == n>{n}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
