//! One row of the extensions table, by position, and the signals it reads.
//!
//! Rows are slots: a new page, sort or answer rewrites the rows on screen in place, and only a
//! change in their number adds or removes rows. Building fifty rows anew (elements, listeners,
//! effects) and taking the old ones down was most of a page switch. A row reads only signals
//! it owns, which [`LiveRows`] keeps in step with the table's rows and state: a reactive
//! closure in a row that read a long-lived signal (language, statuses, selection) would keep
//! every row ever shown alive. A new language rebuilds the rows (it is part of their key). A
//! `reactive_stores` keyed store in place of `LiveRows` grew the memory 17.8 MB over 190 page
//! switches, against 0.9 MB (docs/performance.md).

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::api::Extension;
use crate::components::switch::Switch;
use crate::lang::Lang;
use crate::status::{Shown, Statuses};
use crate::text::date_time;

/// What one row shows, in signals the row owns.
#[derive(Clone, Copy, PartialEq)]
struct RowState {
    ext: RwSignal<Extension>,
    shown: RwSignal<Shown>,
    busy: RwSignal<bool>,
    selected: RwSignal<bool>,
}

impl RowState {
    fn new(e: Extension, statuses: Statuses, selection: Selection) -> Self {
        untrack(|| {
            let (shown, busy, selected) = state_of(&e, statuses, selection);
            RowState {
                shown: RwSignal::new(shown),
                busy: RwSignal::new(busy),
                selected: RwSignal::new(selected),
                ext: RwSignal::new(e),
            }
        })
    }

    /// Copies the extension now at the row's place, and the table's state of it, into the
    /// row's signals; only a change notifies the row.
    fn sync(&self, e: &Extension, statuses: Statuses, selection: Selection) {
        // `try_`: a row being taken down is never a reason to panic.
        if self.ext.try_with_untracked(|now| now != e) == Some(true) {
            self.ext.try_set(e.clone());
        }
        let (shown, busy, selected) = state_of(e, statuses, selection);
        set_if_changed(self.shown, shown);
        set_if_changed(self.busy, busy);
        set_if_changed(self.selected, selected);
    }
}

/// What the table's state says of an extension: its switch, whether a change of it is in
/// flight, whether it is selected.
fn state_of(e: &Extension, statuses: Statuses, selection: Selection) -> (Shown, bool, bool) {
    let sip = sip_of(e);
    (
        statuses.shown(sip, e.enabled),
        statuses.is_busy(sip),
        selection.with(|s| s.contains(sip)),
    )
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.try_with_untracked(|v| *v != value) == Some(true) {
        signal.try_set(value);
    }
}

/// The key of an extension's state; empty for an item without `sip_user`, which can't be
/// changed, selected or opened.
fn sip_of(e: &Extension) -> &str {
    e.sip_user.as_deref().unwrap_or_default()
}

/// The selected extensions, by `sip_user`.
pub type Selection = RwSignal<HashSet<String>>;

/// The rows on screen and their signals, by position (for a moment, during a change of
/// language, two rows hold one position).
#[derive(Clone, Copy)]
pub struct LiveRows(StoredValue<HashMap<usize, Vec<RowState>>>);

impl LiveRows {
    /// Keeps every row's signals in step with the rows, the statuses and the selection, from
    /// one effect.
    pub fn new(rows: Memo<Vec<Extension>>, statuses: Statuses, selection: Selection) -> Self {
        let live = LiveRows(StoredValue::new(HashMap::new()));
        Effect::new(move |_| {
            // Tracked here, not only through the rows: with no rows yet the effect still reruns.
            statuses.track();
            selection.track();
            rows.with(|rows| {
                live.0.with_value(|slots| {
                    for (i, states) in slots {
                        let Some(e) = rows.get(*i) else { continue };
                        for r in states {
                            r.sync(e, statuses, selection);
                        }
                    }
                })
            })
        });
        live
    }

    /// A row's signals, followed until the row goes away.
    fn add(&self, index: usize, e: Extension, statuses: Statuses, sel: Selection) -> RowState {
        let here = RowState::new(e, statuses, sel);
        let rows = self.0;
        rows.update_value(|r| r.entry(index).or_default().push(here));
        on_cleanup(move || {
            rows.update_value(|r| {
                if let Some(states) = r.get_mut(&index) {
                    states.retain(|s| *s != here);
                    if states.is_empty() {
                        r.remove(&index);
                    }
                }
            })
        });
        here
    }
}

#[component]
pub fn ExtensionRow(
    /// The row's place in the table.
    index: usize,
    /// The extension at that place when the row is built.
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
    let here = live.add(index, e, statuses, selection);
    let (ext, shown, selected) = (here.ext, here.shown, here.selected);
    // The row's extension at the moment of a click: the row may have shown another before.
    let sip = move || ext.with_untracked(|e| sip_of(e).to_string());
    let has_sip = Memo::new(move |_| ext.with(|e| !sip_of(e).is_empty()));
    // An attribute that names the row's extension ("Select 147", the Details button's id).
    let named = move |words: fn(&str) -> String| move || ext.with(|e| words(sip_of(e)));
    // The text cells, rewritten in place by one closure when the row shows another extension.
    let cells = move || {
        ext.with(|e| {
            // The tooltip holds the whole value when the cell cuts it short; none when missing.
            let cell = |v: &Option<String>| view! { <td title=v.clone()>{t.or_missing(v)}</td> };
            let date = |ms: Option<i64>| {
                let text = ms.and_then(|ms| date_time(ms, lang));
                view! { <td>{text.unwrap_or_else(|| t.missing.to_string())}</td> }
            };
            view! {
                <th scope="row" title=sip_of(e).to_string()>{t.or_missing(&e.sip_user)}</th>
                {cell(&e.full_name)}
                {cell(&e.email)}
                {cell(&e.public_number)}
                {cell(&e.domain)}
                {cell(&e.outbound_proxy)}
                {date(e.created_date)}
                {date(e.last_updated_date)}
            }
        })
    };
    let switch = move || {
        has_sip.get().then(|| {
            view! {
                <Switch
                    texts=t
                    label=Signal::derive(named(t.switch_label))
                    state=Signal::derive(move || shown.get().state)
                    set_here=Signal::derive(move || shown.get().set_here_at.map(|ms| set_here_words(ms, lang)))
                    busy=here.busy
                    on_change=Callback::new(move |want| on_toggle.run((sip(), want)))
                />
            }
        })
    };
    view! {
        <tr class:selected=selected>
            <td class="select">
                <input type="checkbox" disabled=move || !has_sip.get()
                    aria-label=named(t.select_row)
                    prop:checked=selected
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let sip = sip();
                        selection.update(|s| {
                            if on { s.insert(sip); } else { s.remove(&sip); }
                        });
                    } />
            </td>
            {cells}
            <td class="state">{switch}</td>
            <td class="actions">
                <button type="button" class="link details" disabled=move || !has_sip.get()
                    aria-label=named(t.details_of) id=named(details_id)
                    on:click=move |_| on_details.run(sip())>{t.details}</button>
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
