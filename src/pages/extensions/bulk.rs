//! Enabling or disabling the selected extensions together, several at once through the pool,
//! with progress, Stop and a result per extension. The selection is the rows ticked on this
//! page, or every extension that matches the search, on all its pages, up to [`MAX_SELECTED`].
//! Successes stay applied when others fail. Stop, leaving the page or the end of the sign-in
//! sends nothing more (what is on its way is seen through); the result, or an app-wide
//! message once the page is gone, says how far it got and which were not sent.

use std::collections::HashSet;

use leptos::prelude::*;
use web_sys::AbortController;

use super::impact::Impact;
use super::preview::DisablePreview;
use super::row::Selection;
use crate::api::{ApiError, Walk};
use crate::i18n::{tr, use_texts};
use crate::session::use_auth;
use crate::status::{Outcome, Ran, Statuses, Stop, ToggleError};
use crate::tasks::OwnerHandle;

/// The most extensions one bulk change takes: "select all that match" stops there, and says so.
pub const MAX_SELECTED: usize = 1000;
/// Rows asked for per request when reading every match.
const MATCHES_PAGE_SIZE: u32 = 100;

/// The search the page shows: its keyword, how many extensions match it, how many are on this
/// page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matches {
    pub keyword: String,
    pub total: u64,
    pub on_page: usize,
}

/// The keyword whose every match is selected, across its pages; `None`: the selection is this
/// page's rows.
pub type Across = RwSignal<Option<String>>;

/// A bulk change on its way: how many of how many have an answer.
#[derive(Clone, Copy, PartialEq)]
enum Going {
    /// Reading the matches of the search to select them: (read so far, of).
    Selecting(usize, usize),
    Changing(usize, usize),
}

impl Going {
    fn counts(self) -> (usize, usize) {
        match self {
            Going::Selecting(done, of) | Going::Changing(done, of) => (done, of),
        }
    }
}

/// What the bar says once a run is over.
#[derive(Clone)]
enum Told {
    /// A bulk change: (enabled, how it went).
    Ran(bool, Ran),
    /// Reading every match of the search failed: nothing was selected or changed.
    SelectFailed(ApiError),
}

#[component]
pub fn BulkBar(
    selection: Selection,
    across: Across,
    matches: Signal<Matches>,
    statuses: Statuses,
    impact: Impact,
) -> impl IntoView {
    let (t, auth) = (use_texts(), use_auth());
    let going = RwSignal::new(None::<Going>);
    let stopping = RwSignal::new(false);
    let results = RwSignal::new(None::<Told>);
    // A disable shows what it touches first, and waits for the go-ahead.
    let previewing = RwSignal::new(false);
    let controller = StoredValue::new_local(None::<AbortController>);
    // The run is not the page's, so that it can say how far it got once the page is gone;
    // this value goes with the page, which tells the run it was left.
    let page = StoredValue::new(());
    let tasks = OwnerHandle::current();

    let select_all = move |_| {
        let Some(client) = auth.client() else { return };
        if going.get_untracked().is_some() {
            return;
        }
        let Matches { keyword, total, .. } = matches.get_untracked();
        let total = usize::try_from(total).unwrap_or(usize::MAX);
        let abort = AbortController::new().ok();
        controller.set_value(abort.clone());
        results.set(None);
        going.set(Some(Going::Selecting(0, total)));
        tasks.spawn(async move {
            let signal = abort.as_ref().map(|a| a.signal());
            let mut sips = Vec::new();
            let walk = Walk {
                keyword: &keyword,
                size: MATCHES_PAGE_SIZE,
                max_pages: MAX_SELECTED.div_ceil(MATCHES_PAGE_SIZE as usize) as u32,
                follow_total: true,
                abort: signal.as_ref(),
            };
            let read = client
                .every_extension_page(walk, &mut |_, p| {
                    let room = MAX_SELECTED.saturating_sub(sips.len());
                    sips.extend(p.items.into_iter().filter_map(|e| e.sip_user).take(room));
                    going.set(Some(Going::Selecting(sips.len(), total)));
                })
                .await;
            going.set(None);
            match read {
                Ok(()) => {
                    selection.set(sips.into_iter().collect());
                    across.set(Some(keyword));
                }
                Err(ApiError::Aborted) => {}
                Err(e) => results.set(Some(Told::SelectFailed(e))),
            }
        });
    };

    let run = move |enabled: bool| {
        let Some(via) = statuses.sender() else { return };
        if going.get_untracked().is_some() {
            return;
        }
        previewing.set(false);
        let mut sips: Vec<String> = selection.get_untracked().into_iter().collect();
        sips.sort();
        results.set(None);
        stopping.set(false);
        going.set(Some(Going::Changing(0, sips.len())));
        leptos::task::spawn_local(async move {
            let stop = || {
                // The sign-in's end leaves the page too: it is the reason to tell.
                if !auth.is_current(via.made_in()) {
                    Some(Stop::SessionEnded)
                } else if page.try_with_value(|_| ()).is_none() {
                    Some(Stop::PageLeft)
                } else if stopping.try_get_untracked() == Some(true) {
                    Some(Stop::Asked)
                } else {
                    None
                }
            };
            let n = sips.len();
            let progress = |done| {
                let _ = going.try_set(Some(Going::Changing(done, n)));
            };
            let ran = statuses.run(&via, &sips, enabled, &stop, &progress).await;
            statuses.cut_short(via.made_in(), enabled, &ran);
            if matches!(ran.stopped, Some(Stop::PageLeft | Stop::SessionEnded)) {
                return;
            }
            // What succeeded is no longer selected; what failed or was not sent stays
            // selected to try again.
            let _ = selection.try_update(|s| {
                for sip in ran.made() {
                    s.remove(&sip);
                }
            });
            let _ = going.try_set(None);
            statuses.offer_undo(via.made_in(), ran.made(), enabled);
            let _ = results.try_set(Some(Told::Ran(enabled, ran)));
        });
    };
    let stop = move |_| {
        stopping.set(true);
        if let Some(c) = controller.get_value() {
            c.abort();
        }
    };
    let preview = move |_| {
        impact.load();
        results.set(None);
        previewing.set(true);
    };
    let chosen = Signal::derive(move || {
        let mut sips: Vec<String> = selection.with(|s| s.iter().cloned().collect());
        sips.sort();
        sips
    });
    let clear = move |_| {
        previewing.set(false);
        selection.set(HashSet::new());
        across.set(None);
        results.set(None);
    };

    let count = move || selection.with(HashSet::len);
    let busy = move || going.get().is_some();
    // Every row of this page is selected, and more match than the page shows.
    let offer_all = move || {
        let m = matches.get();
        across.with(Option::is_none)
            && m.on_page > 0
            && count() >= m.on_page
            && m.total > m.on_page as u64
    };
    let what_is_selected = move || {
        let n = count();
        match across.get() {
            Some(_) => (t().selected_all_matching)(n, matches.with(|m| m.total)),
            None => (t().selected_n)(n),
        }
    };
    view! {
        <Show when=move || { count() > 0 || busy() || results.with(Option::is_some) }>
            <section class="bulk" aria-label=tr(|t| t.bulk_label)>
                <span>{what_is_selected}</span>
                <Show when=offer_all>
                    <button type="button" class="link" disabled=busy on:click=select_all>
                        {move || (t().select_all_matching)(matches.with(|m| m.total), MAX_SELECTED)}
                    </button>
                </Show>
                <button type="button" disabled=move || count() == 0 || busy()
                    on:click=move |_| run(true)>{tr(|t| t.enable_selected)}</button>
                <button type="button" disabled=move || count() == 0 || busy()
                    aria-expanded=move || previewing.get().to_string()
                    on:click=preview>{tr(|t| t.disable_selected)}</button>
                <button type="button" class="link" disabled=busy on:click=clear>
                    {tr(|t| t.clear_selection)}
                </button>
                <Show when=move || { previewing.get() && count() > 0 && !busy() }>
                    <DisablePreview sips=chosen impact
                        on_go=Callback::new(move |_| run(false))
                        on_cancel=Callback::new(move |_| previewing.set(false)) />
                </Show>
                {move || going.get().map(|g| {
                    let (done, total) = g.counts();
                    view! {
                        <span role="status">
                            <progress max=total.max(1) value=done></progress>
                            {move || match g {
                                Going::Selecting(..) => (t().selecting_progress)(done, total),
                                Going::Changing(..) => (t().bulk_progress)(done, total),
                            }}
                        </span>
                        <button type="button" on:click=stop disabled=stopping>{tr(|t| t.stop)}</button>
                    }
                })}
                {move || results.get().map(|told| match told {
                    Told::Ran(enabled, ran) => view! { <BulkResult enabled ran /> }.into_any(),
                    Told::SelectFailed(e) => view! {
                        <p class="bulk-result failed" role="alert">
                            {move || format!("{} {}", t().select_all_failed, t().error(&e))}
                        </p>
                    }.into_any(),
                })}
            </section>
        </Show>
    }
}

/// What a finished bulk change did: how many were made, why each other one was not, and how
/// many a Stop left unsent.
#[component]
fn BulkResult(enabled: bool, ran: Ran) -> impl IntoView {
    let t = use_texts();
    let ok = ran.made().len();
    let left = ran.left.len();
    let failed: Vec<Outcome> = ran
        .outcomes
        .into_iter()
        .filter(|o| o.error.is_some())
        .collect();
    let bad = failed.len();
    view! {
        <div class="bulk-result" role="status">
            <p>
                {move || (t().bulk_done)(enabled, ok, bad)}
                {move || (left > 0).then(|| format!(" {}", (t().bulk_stopped)(left)))}
            </p>
            <ul>
                {failed.into_iter().map(|Outcome { sip, error }| {
                    view! {
                        <li class="failed">
                            <strong>{sip}</strong>": "
                            {move || match &error {
                                Some(ToggleError::Api(e)) => t().error(e),
                                _ => t().bulk_skipped_busy.to_string(),
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
