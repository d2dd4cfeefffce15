//! How a failure reads: the sentence for an API error, with a link to the fix when the browser
//! could not reach the API at all; and a failed load with its Retry button.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::{tr, use_texts};

/// The README section on CORS and Trunk's proxy, shipped beside the app (see index.html).
const UNREACHABLE_HELP: &str = "README.md#when-the-browser-cannot-reach-the-api";

/// The sentence for an error, and for `Unreachable` a link to what to do.
#[component]
pub fn ErrorMessage(error: ApiError) -> impl IntoView {
    let t = use_texts();
    let help = (error == ApiError::Unreachable).then(|| {
        view! { " "<a href=UNREACHABLE_HELP target="_blank" rel="noopener">{tr(|t| t.unreachable_help)}</a> }
    });
    view! { <span>{move || t().error(&error)}</span>{help} }
}

#[component]
pub fn ErrorPanel(
    /// What could not be done, e.g. "The extensions could not be loaded."
    what: Signal<&'static str>,
    error: ApiError,
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert">
            <p><strong>{what}</strong>" "<ErrorMessage error=error /></p>
            <button type="button" on:click=move |_| on_retry.run(())>{tr(|t| t.retry)}</button>
        </div>
    }
}
