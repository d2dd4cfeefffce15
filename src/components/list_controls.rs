//! The search box and page-size chooser of a list page, bound to its URL query.

use leptos::prelude::*;

use crate::components::page_size::PageSize;
use crate::components::search_box::SearchBox;
use crate::list_params::UrlList;

#[component]
pub fn ListControls(
    list: UrlList,
    label: Signal<&'static str>,
    placeholder: Signal<&'static str>,
    /// See `SearchBox`: the box's text, for a search in the browser.
    #[prop(optional)]
    text: Option<RwSignal<String>>,
) -> impl IntoView {
    let params = list.params;
    view! {
        <SearchBox
            value=Signal::derive(move || params.with(|p| p.keyword.clone()))
            on_search=Callback::new(move |k| list.search(k))
            label=label
            placeholder=placeholder
            text=text
        />
        <PageSize
            size=Signal::derive(move || params.with(|p| p.size))
            on_change=Callback::new(move |n| list.set_size(n))
        />
    }
}
