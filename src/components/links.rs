//! Links to a record's place on its page: an extension's detail on Extensions, a group opened
//! on Groups.

use leptos::prelude::*;

use crate::i18n::use_texts;
use crate::list_params::list_href;
use crate::membership::GroupRef;

/// A link to an extension's detail on the Extensions page, searched for and opened.
#[component]
pub fn ExtensionLink(sip: String) -> impl IntoView {
    let t = use_texts();
    let href = list_href(
        "/extensions",
        &[("keyword", sip.clone()), ("ext", sip.clone())],
    );
    let label = sip.clone();
    view! { <a href=href aria-label=move || (t().details_of)(&label)>{sip}</a> }
}

/// Where a group shows on the Groups page: searched for (by number, else name) and opened (by
/// id, else number).
pub fn group_href(number: Option<&str>, name: Option<&str>, id: Option<&str>) -> String {
    let values = [("keyword", number.or(name)), ("open", id.or(number))];
    let values: Vec<(&'static str, String)> = values
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?.to_string())))
        .collect();
    list_href("/groups", &values)
}

/// A group's name, linking to it on the Groups page.
#[component]
pub fn GroupLink(g: GroupRef) -> impl IntoView {
    let t = use_texts();
    let href = group_href(g.number.as_deref(), g.name.as_deref(), g.id.as_deref());
    let name = t().or_missing(&g.name);
    let label = name.clone();
    view! { <a href=href aria-label=move || (t().group_link_label)(&label)>{name}</a> }
}
