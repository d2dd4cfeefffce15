//! Enabling or disabling the selected extensions together, one request after another, with
//! progress and a result per extension. Successes stay applied when others fail. Leaving the
//! page, or the end of the sign-in, stops it before the next request (the one on its way is
//! seen through), and an app-wide message says how far it got and which were not sent.

use std::collections::HashSet;

use leptos::prelude::*;

use super::row::Selection;
use crate::i18n::{tr, use_texts};
use crate::session::use_auth;
use crate::status::{Statuses, Stop, ToggleError};

#[derive(Clone, PartialEq)]
struct Outcome {
    sip: String,
    /// `None` on success.
    error: Option<ToggleError>,
}

#[component]
pub fn BulkBar(selection: Selection, statuses: Statuses) -> impl IntoView {
    let (t, auth) = (use_texts(), use_auth());
    let running = RwSignal::new(None::<(usize, usize)>);
    let results = RwSignal::new(None::<(bool, Vec<Outcome>)>);
    // The run is not the page's, so that it can say how far it got once the page is gone;
    // this value goes with the page, which tells the run it was left.
    let page = StoredValue::new(());

    let run = move |enabled: bool| {
        let Some(via) = statuses.sender() else { return };
        if running.get_untracked().is_some() {
            return;
        }
        let mut sips: Vec<String> = selection.get_untracked().into_iter().collect();
        sips.sort();
        results.set(None);
        running.set(Some((0, sips.len())));
        let batch = Some(js_sys::Date::now() as i64);
        leptos::task::spawn_local(async move {
            let mut outcomes = Vec::new();
            for (i, sip) in sips.iter().enumerate() {
                // The sign-in's end leaves the page too: it is the reason to tell.
                let stop = if !auth.is_current(via.made_in()) {
                    Some(Stop::SessionEnded)
                } else if page.try_with_value(|_| ()).is_none() {
                    Some(Stop::PageLeft)
                } else {
                    None
                };
                if let Some(why) = stop {
                    statuses.cut_short(via.made_in(), why, enabled, i, &sips);
                    return;
                }
                let error = statuses.set(&via, sip, enabled, batch).await.err();
                if error.as_ref().is_some_and(ToggleError::ends_session) {
                    let why = Stop::SessionEnded;
                    statuses.cut_short(via.made_in(), why, enabled, i, &sips);
                    return;
                }
                outcomes.push(Outcome {
                    sip: sip.clone(),
                    error,
                });
                let _ = running.try_set(Some((i + 1, sips.len())));
            }
            // What succeeded is no longer selected; what failed stays selected to try again.
            let _ = selection.try_update(|s| {
                for o in outcomes.iter().filter(|o| o.error.is_none()) {
                    s.remove(&o.sip);
                }
            });
            let _ = running.try_set(None);
            let made = outcomes.iter().filter(|o| o.error.is_none());
            statuses.offer_undo(
                via.made_in(),
                made.map(|o| o.sip.clone()).collect(),
                enabled,
            );
            let _ = results.try_set(Some((enabled, outcomes)));
        });
    };

    let count = move || selection.with(HashSet::len);
    view! {
        <Show when=move || { count() > 0 || running.get().is_some() || results.with(Option::is_some) }>
            <section class="bulk" aria-label=tr(|t| t.bulk_label)>
                <span>{move || (t().selected_n)(count())}</span>
                <button type="button" disabled=move || count() == 0 || running.get().is_some()
                    on:click=move |_| run(true)>{tr(|t| t.enable_selected)}</button>
                <button type="button" disabled=move || count() == 0 || running.get().is_some()
                    on:click=move |_| run(false)>{tr(|t| t.disable_selected)}</button>
                <button type="button" class="link" disabled=move || running.get().is_some()
                    on:click=move |_| { selection.set(HashSet::new()); results.set(None); }>
                    {tr(|t| t.clear_selection)}
                </button>
                {move || running.get().map(|(done, total)| view! {
                    <span role="status">
                        <progress max=total value=done></progress>
                        {move || (t().bulk_progress)(done, total)}
                    </span>
                })}
                {move || results.get().map(|(enabled, outcomes)| view! { <BulkResult enabled outcomes /> })}
            </section>
        </Show>
    }
}

/// What a finished bulk change did: how many were made, and why each other one was not.
#[component]
fn BulkResult(enabled: bool, outcomes: Vec<Outcome>) -> impl IntoView {
    let t = use_texts();
    let ok = outcomes.iter().filter(|o| o.error.is_none()).count();
    let failed: Vec<Outcome> = outcomes.into_iter().filter(|o| o.error.is_some()).collect();
    let bad = failed.len();
    view! {
        <div class="bulk-result" role="status">
            <p>{move || (t().bulk_done)(enabled, ok, bad)}</p>
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
