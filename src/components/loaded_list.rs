//! A titled section whose list loads from the API (the drawer's hotlines, an extension's
//! groups): "Loading…", then the failure with Retry, a sentence for an empty list, or the list.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::loaded::{Loaded, Words};
use crate::i18n::tr;

#[component]
pub fn LoadedList<T, V>(
    /// The section's class; its title's id is `{class}-title` and its list's class `{class}-list`.
    class: &'static str,
    title: Words,
    /// `None` while loading.
    #[prop(into)]
    data: Signal<Option<Result<Vec<T>, ApiError>>>,
    /// Asks again after a failure.
    on_retry: Callback<()>,
    /// What could not be done, for the failure.
    failed: Words,
    empty: Words,
    /// One item's content.
    item: fn(T) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let title_id = format!("{class}-title");
    let labelled_by = title_id.clone();
    let body = move |list: Vec<T>| {
        if list.is_empty() {
            view! { <p class="empty">{tr(empty)}</p> }.into_any()
        } else {
            view! {
                <ul class=format!("{class}-list")>
                    {list.into_iter().map(|x| view! { <li>{item(x)}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <h3 id=title_id>{tr(title)}</h3>
            <Loaded data failed on_retry shown=body />
        </section>
    }
}
