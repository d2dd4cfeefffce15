//! A failed load: what failed, why, and a Retry button.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::use_texts;

#[component]
pub fn ErrorPanel(
    /// What could not be done, e.g. "The extensions could not be loaded."
    what: Signal<&'static str>,
    error: ApiError,
    on_retry: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let reason = move || t().error(&error);
    view! {
        <div class="error-panel" role="alert">
            <p><strong>{what}</strong>" "{reason}</p>
            <button type="button" on:click=move |_| on_retry.run(())>{move || t().retry}</button>
        </div>
    }
}
