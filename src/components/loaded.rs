//! How every page and section draws an answer it waits for: "Loading…", then the failure with
//! Retry, or what was loaded. Extensions keeps its old rows while the next page loads, so it
//! draws its body from the same two pieces, [`Loading`] and [`ErrorPanel`].

use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::{tr, Texts};

/// A sentence of the texts, chosen by the caller.
pub type Words = fn(&'static Texts) -> &'static str;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="muted" role="status">{tr(|t| t.loading)}</p> }
}

#[component]
pub fn Loaded<T, V>(
    /// `None` while loading.
    #[prop(into)]
    data: Signal<Option<Result<T, ApiError>>>,
    /// What could not be done, for the failure.
    failed: Words,
    /// Asks again after a failure.
    on_retry: Callback<()>,
    /// What was loaded.
    shown: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match data.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Err(e)) => view! { <ErrorPanel what=tr(failed) error=e on_retry /> }.into_any(),
        Some(Ok(v)) => shown(v).into_any(),
    }
}
