//! The extensions table: every field of the list answer but the password, sortable on the
//! current page, with a switch, a selection box and a details button per row.

use std::time::Duration;

use leptos::prelude::*;

use super::columns::{Col, COLUMNS};
use super::row::{ExtensionRow, LiveRows, Selection};
use crate::api::Extension;
use crate::i18n::{tr, use_texts};
use crate::lang::use_lang;
use crate::perf;
use crate::status::Statuses;
use crate::tasks::after;
use crate::text::collator;

/// The table's id: where the keyboard lands after a new page (`pagination::focus_list`).
pub const TABLE_ID: &str = "extensions-table";

/// Whether the keyboard is on a control in one of the table's rows.
pub fn keyboard_on_a_row() -> bool {
    let rows = format!("#{TABLE_ID} tbody");
    let active = document().active_element();
    active.is_some_and(|el| el.closest(&rows).ok().flatten().is_some())
}

#[component]
pub fn ExtensionTable(
    rows: Signal<Vec<Extension>>,
    /// The order of the rows as the URL gives it (`name`, `-name`); the table sorts the page.
    sort: Signal<Option<String>>,
    /// A header was clicked: the new `sort` value.
    on_sort: Callback<String>,
    statuses: Statuses,
    selection: Selection,
    /// A newer page is loading: the rows stay, dimmed.
    stale: Signal<bool>,
    on_toggle: Callback<(String, bool)>,
    on_details: Callback<String>,
) -> impl IntoView {
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
    // Rows by position and language: a new page rewrites the rows in place (row.rs), a new
    // language rebuilds them.
    let slots = move || {
        let code = lang.get().code();
        (0..sorted.with(Vec::len))
            .map(move |i| (code, i))
            .collect::<Vec<_>>()
    };
    // For the benchmark: when a new set of rows reaches the screen.
    Effect::new(move |_| {
        if !sorted.with(Vec::is_empty) {
            perf::mark_painted("sb:table-painted");
        }
    });
    let live = LiveRows::new(sorted, statuses, selection);

    let dimmed = held_for(stale, DIM_AFTER);
    view! {
        // tabindex -1: Firefox would make the scroller a Tab stop of its own; the controls in
        // every column already scroll it into view as the keyboard reaches them.
        <div class="table-wrap extensions" tabindex="-1" class:loading-old=dimmed>
            <table class="data" id=TABLE_ID tabindex="-1" aria-busy=move || stale.get().then_some("true")>
                <caption class="visually-hidden">{tr(|t| t.extensions_title)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="select"><SelectPage rows selection /></th>
                        {COLUMNS.into_iter().map(|col| view! { <SortHeader col order on_sort /> }).collect_view()}
                        <th scope="col" class="actions"><span class="visually-hidden">{tr(|t| t.details)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=slots key=|slot| *slot children=move |(_, index)| {
                        let e = sorted.with_untracked(|r| r.get(index).cloned()).unwrap_or_default();
                        view! {
                            <ExtensionRow index e lang=lang.get_untracked() live statuses selection on_toggle on_details />
                        }
                    } />
                </tbody>
            </table>
        </div>
    }
}

/// A quick page change does not dim the table: dimming repaints all of it twice, which cost
/// more than the load itself on a fast connection.
const DIM_AFTER: Duration = Duration::from_millis(200);

/// The box that selects, or clears, every row of the page; half-checked for some.
#[component]
fn SelectPage(rows: Signal<Vec<Extension>>, selection: Selection) -> impl IntoView {
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
    view! {
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
    }
}

/// Follows `on`, but turns true only once it has stayed true for `delay`.
fn held_for(on: Signal<bool>, delay: Duration) -> Signal<bool> {
    let held = RwSignal::new(false);
    Effect::new(move |_| {
        if on.get() {
            after(delay, move || held.set(true));
        } else {
            held.set(false);
        }
    });
    held.into()
}

/// A column's heading: a button that sorts by it, ascending first.
#[component]
fn SortHeader(
    col: Col,
    order: Memo<Option<(Col, bool)>>,
    on_sort: Callback<String>,
) -> impl IntoView {
    let t = use_texts();
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
}
