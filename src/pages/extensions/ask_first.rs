//! A switch turned off asks first when its disable would leave a group with every member
//! known to be disabled; any other click is sent at once. The groups are looked at only if
//! they were read already: a switch never waits for them.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::detail::keep_tab_inside;
use super::impact::Impact;
use crate::components::links::GroupLink;
use crate::i18n::{tr, use_texts};
use crate::membership::GroupRef;
use crate::status::Statuses;

/// A disable waiting for the admin's word: the extension, and the groups it would leave with
/// every member known to be disabled.
#[derive(Clone)]
pub struct Asked {
    sip: String,
    groups: Vec<GroupRef>,
}

pub type Asking = RwSignal<Option<Asked>>;

/// The switches' click: a disable that would empty a group is held in `asking` instead.
pub fn guarded_toggle(
    statuses: Statuses,
    impact: Impact,
    asking: Asking,
) -> Callback<(String, bool)> {
    Callback::new(move |(sip, want): (String, bool)| {
        if !want {
            let hit = impact.left_with_none_now(&sip);
            if !hit.is_empty() {
                let groups = hit.into_iter().map(|a| a.group).collect();
                asking.set(Some(Asked { sip, groups }));
                return;
            }
        }
        statuses.change(vec![sip], want)
    })
}

#[component]
pub fn AskFirst(asking: Asking, statuses: Statuses) -> impl IntoView {
    move || {
        asking
            .get()
            .map(|asked| view! { <AskDialog asked asking statuses /> })
    }
}

#[component]
fn AskDialog(asked: Asked, asking: Asking, statuses: Statuses) -> impl IntoView {
    let t = use_texts();
    let cancel_ref = NodeRef::<html::Button>::new();
    let sip = asked.sip.clone();
    // The keyboard goes back to the switch that asked once the question is answered.
    let opener = StoredValue::new_local(
        document()
            .active_element()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok()),
    );
    let close = move || {
        // Read first: the dialog, and this value with it, goes with the question.
        let back = opener.try_get_value().flatten();
        asking.set(None);
        if let Some(e) = back {
            let _ = e.focus();
        }
    };
    // Esc says no, as Cancel does; the keyboard starts on Cancel, the choice that sends nothing.
    let esc = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && !e.default_prevented() {
            e.prevent_default();
            close();
        }
    });
    on_cleanup(move || esc.remove());
    Effect::new(move |_| {
        if let Some(b) = cancel_ref.get() {
            let _ = b.focus();
        }
    });
    let send = move |_| {
        statuses.change(vec![sip.clone()], false);
        close();
    };
    let named = asked.sip.clone();
    let title = asked.sip.clone();
    view! {
        <div class="backdrop">
            <div class="ask" role="alertdialog" aria-modal="true" aria-labelledby="ask-title"
                aria-describedby="ask-why" on:keydown=keep_tab_inside>
                <h2 id="ask-title">{move || (t().ask_disable_title)(&title)}</h2>
                <p id="ask-why">{move || (t().ask_leaves_none)(&named)}</p>
                <ul>
                    {asked.groups.into_iter().map(|g| view! { <li><GroupLink g /></li> }).collect_view()}
                </ul>
                <div class="actions">
                    <button type="button" class="danger" on:click=send>{tr(|t| t.disable_anyway)}</button>
                    <button type="button" node_ref=cancel_ref on:click=move |_| close()>{tr(|t| t.cancel)}</button>
                </div>
            </div>
        </div>
    }
}
