//! The extensions table: every field of the list answer but the password, sortable on the
//! current page, with a switch, a selection box and a details button per row.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::status::Statuses;
use crate::api::Extension;
use crate::components::switch::Switch;
use crate::i18n::{tr, use_texts, Texts};
use crate::lang::use_lang;
use crate::perf;
use crate::text::{collator, date_time};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Col {
    Extension,
    Name,
    Email,
    PublicNumber,
    Domain,
    Proxy,
    Created,
    Updated,
    Status,
}

const COLUMNS: [Col; 9] = [
    Col::Extension,
    Col::Name,
    Col::Email,
    Col::PublicNumber,
    Col::Domain,
    Col::Proxy,
    Col::Created,
    Col::Updated,
    Col::Status,
];

impl Col {
    /// The column's name in the URL (`?sort=name`, `?sort=-name` for descending).
    fn code(self) -> &'static str {
        match self {
            Col::Extension => "extension",
            Col::Name => "name",
            Col::Email => "email",
            Col::PublicNumber => "public_number",
            Col::Domain => "domain",
            Col::Proxy => "proxy",
            Col::Created => "created",
            Col::Updated => "updated",
            Col::Status => "status",
        }
    }

    /// The column and direction (`true`: ascending) a `sort` value names; `None` for none.
    fn parse_sort(value: &str) -> Option<(Col, bool)> {
        let (code, ascending) = match value.strip_prefix('-') {
            Some(code) => (code, false),
            None => (value, true),
        };
        COLUMNS
            .into_iter()
            .find(|c| c.code() == code)
            .map(|c| (c, ascending))
    }

    fn title(self, t: &Texts) -> &'static str {
        match self {
            Col::Extension => t.col_extension,
            Col::Name => t.col_name,
            Col::Email => t.col_email,
            Col::PublicNumber => t.col_public_number,
            Col::Domain => t.col_domain,
            Col::Proxy => t.col_proxy,
            Col::Created => t.col_created,
            Col::Updated => t.col_updated,
            Col::Status => t.col_status,
        }
    }

    /// Orders two rows by this column; missing values sort last. `text` compares words in the
    /// UI language.
    fn compare(
        self,
        a: &Extension,
        b: &Extension,
        statuses: &Statuses,
        text: &dyn Fn(&str, &str) -> Ordering,
    ) -> Ordering {
        fn opt<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
            match (a, b) {
                (Some(a), Some(b)) => a.cmp(&b),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
        }
        let words = |x: &Option<String>, y: &Option<String>| match (x.as_deref(), y.as_deref()) {
            (Some(x), Some(y)) => text(x, y),
            (x, y) => opt(x, y),
        };
        match self {
            // Extensions are numbers more often than not: 99 before 100.
            Col::Extension => {
                let num = |e: &Extension| e.sip_user.as_deref().and_then(|s| s.parse::<u64>().ok());
                opt(num(a), num(b)).then_with(|| words(&a.sip_user, &b.sip_user))
            }
            Col::Name => words(&a.full_name, &b.full_name),
            Col::Email => words(&a.email, &b.email),
            Col::PublicNumber => words(&a.public_number, &b.public_number),
            Col::Domain => words(&a.domain, &b.domain),
            Col::Proxy => words(&a.outbound_proxy, &b.outbound_proxy),
            Col::Created => opt(a.created_date, b.created_date),
            Col::Updated => opt(a.last_updated_date, b.last_updated_date),
            Col::Status => {
                let state =
                    |e: &Extension| statuses.state(e.sip_user.as_deref().unwrap_or(""), e.enabled);
                opt(state(a).map(|s| !s), state(b).map(|s| !s))
            }
        }
    }
}

#[component]
pub fn ExtensionTable(
    rows: Signal<Vec<Extension>>,
    /// The order of the rows as the URL gives it (`name`, `-name`); the table sorts the page.
    sort: Signal<Option<String>>,
    /// A header was clicked: the new `sort` value.
    on_sort: Callback<String>,
    statuses: Statuses,
    selection: RwSignal<HashSet<String>>,
    /// A newer page is loading: the rows stay, dimmed.
    stale: Signal<bool>,
    on_toggle: Callback<(String, bool)>,
    on_details: Callback<String>,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let order = Memo::new(move |_| sort.with(|s| s.as_deref().and_then(Col::parse_sort)));
    // A toggle does not re-sort: sorted by status, the row would move from under the
    // pointer, and the next click would land on another extension. The order follows the
    // rows, the column and the language; states as they were then.
    let sorted = Memo::new(move |_| {
        let mut rows = rows.get();
        if let Some((col, ascending)) = order.get() {
            let text = collator(lang.get());
            untrack(|| {
                rows.sort_by(|a, b| {
                    let o = col.compare(a, b, &statuses, &text);
                    if ascending {
                        o
                    } else {
                        o.reverse()
                    }
                })
            });
        }
        rows
    });
    // Rows keyed by extension (made unique), so a re-sort moves rows instead of rebuilding them.
    let keyed = move || {
        let code = lang.get().code();
        let mut seen = HashSet::new();
        sorted
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let sip = e.sip_user.clone().unwrap_or_default();
                let key = if seen.insert(sip.clone()) {
                    format!("{code}:{sip}")
                } else {
                    format!("{code}:{sip}#{i}")
                };
                (key, e)
            })
            .collect::<Vec<_>>()
    };
    // For the benchmark: when a new set of rows reaches the screen.
    Effect::new(move |_| {
        if !sorted.with(Vec::is_empty) {
            perf::mark_painted("sb:table-painted");
        }
    });
    let page_sips = move || {
        rows.with(|r| {
            r.iter()
                .filter_map(|e| e.sip_user.clone())
                .collect::<Vec<_>>()
        })
    };
    let all_selected = move || {
        let sips = page_sips();
        !sips.is_empty() && selection.with(|s| sips.iter().all(|sip| s.contains(sip)))
    };
    let some_selected = move || {
        !all_selected()
            && page_sips()
                .iter()
                .any(|sip| selection.with(|s| s.contains(sip)))
    };

    let header = move |col: Col| {
        let aria_sort = move || match order.get() {
            Some((c, true)) if c == col => "ascending",
            Some((c, false)) if c == col => "descending",
            _ => "none",
        };
        let arrow = move || match order.get() {
            Some((c, true)) if c == col => "▲",
            Some((c, false)) if c == col => "▼",
            _ => "",
        };
        view! {
            <th scope="col" class=(col == Col::Status).then_some("state") aria-sort=aria_sort>
                <button type="button" class="sort"
                    title=move || (col == Col::Status).then(|| t().status_sort_hint)
                    on:click=move |_| {
                    let descending = order.get_untracked() == Some((col, true));
                    let sign = if descending { "-" } else { "" };
                    on_sort.run(format!("{sign}{}", col.code()));
                }>
                    {move || col.title(t())}
                    <span aria-hidden="true">{arrow}</span>
                </button>
            </th>
        }
    };

    // A row's text is written once, in the language of the moment, and its switch and checkbox
    // read signals the row owns, kept in step by one effect below. A reactive closure in a row
    // that reads a long-lived signal (language, statuses, selection) kept every row ever shown
    // alive; this way only the table subscribes. A new language rebuilds the rows instead (the
    // language is part of their key).
    let live = StoredValue::new(HashMap::<Arc<str>, Vec<RowState>>::new());
    Effect::new(move |_| {
        // Tracked here, not only through the rows: with no rows yet the effect still reruns.
        statuses.track();
        selection.track();
        live.with_value(|rows| {
            for (sip, states) in rows {
                for r in states {
                    r.sync(sip, statuses, selection);
                }
            }
        })
    });
    let row = move |e: Extension| {
        let t = lang.get_untracked().texts();
        let tag = lang.get_untracked();
        // Shared by the row's closures; an item without `sip_user` can't be changed or opened.
        let sip: Arc<str> = e.sip_user.clone().unwrap_or_default().into();
        let has_sip = !sip.is_empty();
        let here = RowState::new(&sip, e.enabled, statuses, selection);
        live.update_value(|rows| rows.entry(sip.clone()).or_default().push(here));
        {
            let sip = sip.clone();
            on_cleanup(move || {
                live.update_value(|rows| {
                    if let Some(states) = rows.get_mut(&sip) {
                        states.retain(|r| *r != here);
                        if states.is_empty() {
                            rows.remove(&sip);
                        }
                    }
                })
            });
        }
        let selected = here.selected;
        // The tooltip holds the whole value when the cell cuts it short; none when missing.
        let cell = move |v: Option<String>| {
            view! { <td title=v.clone()>{t.or_missing(&v)}</td> }
        };
        let date = move |ms: Option<i64>| {
            view! { <td>{ms.and_then(|ms| date_time(ms, tag)).unwrap_or_else(|| t.missing.to_string())}</td> }
        };
        let switch = has_sip.then(|| {
            let sip = sip.clone();
            view! {
                <Switch
                    texts=t
                    label=(t.switch_label)(&sip)
                    state=here.state
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
    };

    let dimmed = shown_after(stale, DIM_AFTER);
    view! {
        // tabindex -1: Firefox would make the scroller a Tab stop of its own; the controls in
        // every column already scroll it into view as the keyboard reaches them.
        <div class="table-wrap extensions" tabindex="-1" class:loading-old=dimmed>
            <table class="data" id="extensions-table" tabindex="-1" aria-busy=move || stale.get().then_some("true")>
                <caption class="visually-hidden">{tr(|t| t.extensions_title)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="select">
                            <input type="checkbox"
                                aria-label=tr(|t| t.select_page)
                                prop:checked=all_selected
                                prop:indeterminate=some_selected
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let sips = page_sips();
                                    selection.update(|s| {
                                        for sip in sips {
                                            if on { s.insert(sip); } else { s.remove(&sip); }
                                        }
                                    });
                                } />
                        </th>
                        {COLUMNS.into_iter().map(header).collect_view()}
                        <th scope="col" class="actions"><span class="visually-hidden">{tr(|t| t.details)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=keyed key=|(k, _)| k.clone() children=move |(_, e)| row(e) />
                </tbody>
            </table>
        </div>
    }
}

/// A quick page change does not dim the table: dimming repaints all of it twice, which cost
/// more than the load itself on a fast connection.
const DIM_AFTER: Duration = Duration::from_millis(200);

/// Follows `on`, but turns true only once it has stayed true for `delay`.
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

fn shown_after(on: Signal<bool>, delay: Duration) -> Signal<bool> {
    let shown = RwSignal::new(false);
    Effect::new(move |timer: Option<Option<TimeoutHandle>>| {
        if let Some(Some(t)) = timer {
            t.clear();
        }
        if !on.get() {
            shown.set(false);
            return None;
        }
        // The page may be gone by then: `try_set` on a disposed signal does nothing.
        set_timeout_with_handle(move || _ = shown.try_set(true), delay).ok()
    });
    shown.into()
}

/// What one row shows of the table's long-lived state, in signals the row owns.
#[derive(Clone, Copy, PartialEq)]
struct RowState {
    /// What the list answer said, for `Statuses::state`.
    listed: Option<bool>,
    state: RwSignal<Option<bool>>,
    busy: RwSignal<bool>,
    selected: RwSignal<bool>,
}

impl RowState {
    fn new(
        sip: &str,
        listed: Option<bool>,
        statuses: Statuses,
        selection: RwSignal<HashSet<String>>,
    ) -> Self {
        untrack(|| RowState {
            listed,
            state: RwSignal::new(statuses.state(sip, listed)),
            busy: RwSignal::new(statuses.is_busy(sip)),
            selected: RwSignal::new(selection.with(|s| s.contains(sip))),
        })
    }

    /// Copies the table's state into the row's signals; only a change notifies the row.
    fn sync(&self, sip: &str, statuses: Statuses, selection: RwSignal<HashSet<String>>) {
        set_if_changed(self.state, statuses.state(sip, self.listed));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_values_from_the_url() {
        assert_eq!(Col::parse_sort("name"), Some((Col::Name, true)));
        assert_eq!(Col::parse_sort("-updated"), Some((Col::Updated, false)));
        assert_eq!(
            Col::parse_sort("public_number"),
            Some((Col::PublicNumber, true))
        );
        assert_eq!(Col::parse_sort("password"), None);
        assert_eq!(Col::parse_sort(""), None);
        for col in COLUMNS {
            assert_eq!(
                Col::parse_sort(&format!("-{}", col.code())),
                Some((col, false))
            );
        }
    }
}
