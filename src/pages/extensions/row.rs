//! One row of the extensions table, and the signals it reads.
//!
//! A row's text is written once, in the language of the moment, and its switch and checkbox
//! read signals the row owns, which [`LiveRows`] keeps in step with the table's state. A
//! reactive closure in a row that read a long-lived signal (language, statuses, selection)
//! would keep every row ever shown alive; this way only the table subscribes. A new language
//! rebuilds the rows instead (the language is part of their key). A `reactive_stores` keyed
//! store in place of `LiveRows` grew the memory 17.8 MB over 190 page switches, against 0.9 MB
//! (README, "Tried").

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;

use crate::api::Extension;
use crate::components::switch::Switch;
use crate::lang::Lang;
use crate::status::{Shown, Statuses};
use crate::text::date_time;

/// What one row shows of the table's long-lived state, in signals the row owns.
#[derive(Clone, Copy, PartialEq)]
struct RowState {
    /// What the list answer said, for `Statuses::shown`.
    listed: Option<bool>,
    shown: RwSignal<Shown>,
    busy: RwSignal<bool>,
    selected: RwSignal<bool>,
}

impl RowState {
    fn new(sip: &str, listed: Option<bool>, statuses: Statuses, selection: Selection) -> Self {
        untrack(|| RowState {
            listed,
            shown: RwSignal::new(statuses.shown(sip, listed)),
            busy: RwSignal::new(statuses.is_busy(sip)),
            selected: RwSignal::new(selection.with(|s| s.contains(sip))),
        })
    }

    /// Copies the table's state into the row's signals; only a change notifies the row.
    fn sync(&self, sip: &str, statuses: Statuses, selection: Selection) {
        set_if_changed(self.shown, statuses.shown(sip, self.listed));
        set_if_changed(self.busy, statuses.is_busy(sip));
        set_if_changed(self.selected, selection.with(|s| s.contains(sip)));
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    // `try_`: a row being taken down is never a reason to panic.
    if signal.try_with_untracked(|v| *v != value) == Some(true) {
        signal.try_set(value);
    }
}

/// The selected extensions, by `sip_user`.
pub type Selection = RwSignal<HashSet<String>>;

/// The rows on screen and their signals, by extension (a page may list one twice).
#[derive(Clone, Copy)]
pub struct LiveRows(StoredValue<HashMap<Arc<str>, Vec<RowState>>>);

impl LiveRows {
    /// Keeps every row's signals in step with the statuses and the selection, from one effect.
    pub fn new(statuses: Statuses, selection: Selection) -> Self {
        let live = LiveRows(StoredValue::new(HashMap::new()));
        Effect::new(move |_| {
            // Tracked here, not only through the rows: with no rows yet the effect still reruns.
            statuses.track();
            selection.track();
            live.0.with_value(|rows| {
                for (sip, states) in rows {
                    for r in states {
                        r.sync(sip, statuses, selection);
                    }
                }
            })
        });
        live
    }

    /// A row's signals, followed until the row goes away.
    fn add(
        &self,
        sip: Arc<str>,
        listed: Option<bool>,
        statuses: Statuses,
        sel: Selection,
    ) -> RowState {
        let here = RowState::new(&sip, listed, statuses, sel);
        let rows = self.0;
        rows.update_value(|r| r.entry(sip.clone()).or_default().push(here));
        on_cleanup(move || {
            rows.update_value(|r| {
                if let Some(states) = r.get_mut(&sip) {
                    states.retain(|s| *s != here);
                    if states.is_empty() {
                        r.remove(&sip);
                    }
                }
            })
        });
        here
    }
}

#[component]
pub fn ExtensionRow(
    e: Extension,
    /// The UI language when the row was built (a new one rebuilds the rows).
    lang: Lang,
    live: LiveRows,
    statuses: Statuses,
    selection: Selection,
    on_toggle: Callback<(String, bool)>,
    on_details: Callback<String>,
) -> impl IntoView {
    let t = lang.texts();
    // Shared by the row's closures; an item without `sip_user` can't be changed or opened.
    let sip: Arc<str> = e.sip_user.clone().unwrap_or_default().into();
    let has_sip = !sip.is_empty();
    let here = live.add(sip.clone(), e.enabled, statuses, selection);
    let selected = here.selected;
    // The tooltip holds the whole value when the cell cuts it short; none when missing.
    let cell = move |v: Option<String>| {
        view! { <td title=v.clone()>{t.or_missing(&v)}</td> }
    };
    let date = move |ms: Option<i64>| {
        view! { <td>{ms.and_then(|ms| date_time(ms, lang)).unwrap_or_else(|| t.missing.to_string())}</td> }
    };
    let shown = here.shown;
    let switch = has_sip.then(|| {
        let sip = sip.clone();
        view! {
            <Switch
                texts=t
                label=(t.switch_label)(&sip)
                state=Signal::derive(move || shown.get().state)
                set_here=Signal::derive(move || shown.get().set_here.map(|ms| set_here_words(ms, lang)))
                busy=here.busy
                on_change=Callback::new(move |want| on_toggle.run((sip.to_string(), want)))
            />
        }
    });
    view! {
        <tr class:selected=selected>
            <td class="select">
                <input type="checkbox" disabled=!has_sip
                    aria-label=(t.select_row)(&sip)
                    prop:checked=selected
                    on:change={
                        let sip = sip.clone();
                        move |ev| {
                            let on = event_target_checked(&ev);
                            selection.update(|s| {
                                if on { s.insert(sip.to_string()); } else { s.remove(&*sip); }
                            });
                        }
                    } />
            </td>
            <th scope="row" title=sip.to_string()>{t.or_missing(&e.sip_user)}</th>
            {cell(e.full_name)}
            {cell(e.email)}
            {cell(e.public_number)}
            {cell(e.domain)}
            {cell(e.outbound_proxy)}
            {date(e.created_date)}
            {date(e.last_updated_date)}
            <td class="state">{switch}</td>
            <td class="actions">
                <button type="button" class="link details" disabled=!has_sip
                    aria-label=(t.details_of)(&sip) id=details_id(&sip)
                    on:click=move |_| on_details.run(sip.to_string())>{t.details}</button>
            </td>
        </tr>
    }
}

/// "set here 27 Nov, 10:32": a state known only because it was set from this browser.
pub fn set_here_words(ms: i64, lang: Lang) -> String {
    (lang.texts().set_here)(&date_time(ms, lang).unwrap_or_default())
}

/// The id of a row's Details button.
fn details_id(sip: &str) -> String {
    format!("details-{sip}")
}

/// Puts the keyboard on a row's Details button, if the row is on screen.
pub fn focus_details(sip: &str) {
    use wasm_bindgen::JsCast;
    let button = document().get_element_by_id(&details_id(sip));
    if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = b.focus();
    }
}
