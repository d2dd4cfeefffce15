//! Enabling or disabling the selected extensions together, one request after another, with
//! progress and a result per extension. Successes stay applied when others fail. Leaving the
//! page stops it (its signals go with the page), and an app-wide toast says how far it got.

use std::collections::HashSet;

use leptos::prelude::*;

use super::row::Selection;
use crate::api::ApiError;
use crate::components::toast::{use_toasts, Toasts};
use crate::i18n::{tr, use_texts};
use crate::session::use_auth;
use crate::status::{Statuses, ToggleError};
use crate::tasks::Tasks;

#[derive(Clone, PartialEq)]
struct Outcome {
    sip: String,
    /// `None` on success.
    error: Option<ToggleError>,
}

/// Says how far a bulk change got if it is dropped before it finishes: that happens only when
/// its page is left, and the toast region outlives the page.
struct StopNotice {
    toasts: Toasts,
    text: fn(bool, usize, usize) -> String,
    enabled: bool,
    done: usize,
    total: usize,
    finished: bool,
}

impl Drop for StopNotice {
    fn drop(&mut self) {
        if !self.finished {
            self.toasts
                .failure((self.text)(self.enabled, self.done, self.total));
        }
    }
}

#[component]
pub fn BulkBar(selection: Selection, statuses: Statuses) -> impl IntoView {
    let t = use_texts();
    let auth = use_auth();
    let toasts = use_toasts();
    let running = RwSignal::new(None::<(usize, usize)>);
    let results = RwSignal::new(None::<(bool, Vec<Outcome>)>);

    let tasks = Tasks::current();
    let run = move |enabled: bool| {
        let Some(client) = auth.client() else { return };
        if running.get_untracked().is_some() {
            return;
        }
        let mut sips: Vec<String> = selection.get_untracked().into_iter().collect();
        sips.sort();
        results.set(None);
        running.set(Some((0, sips.len())));
        let notice = StopNotice {
            toasts,
            text: t().bulk_stopped,
            enabled,
            done: 0,
            total: sips.len(),
            finished: false,
        };
        let batch = Some(js_sys::Date::now() as i64);
        tasks.spawn(async move {
            let mut notice = notice;
            let mut outcomes = Vec::new();
            for (i, sip) in sips.iter().enumerate() {
                let error = statuses.set(&client, sip, enabled, batch).await.err();
                if error == Some(ToggleError::Api(ApiError::Unauthorized)) {
                    break;
                }
                outcomes.push(Outcome {
                    sip: sip.clone(),
                    error,
                });
                notice.done = i + 1;
                running.set(Some((i + 1, sips.len())));
            }
            notice.finished = true;
            // What succeeded is no longer selected; what failed stays selected to try again.
            selection.update(|s| {
                for o in outcomes.iter().filter(|o| o.error.is_none()) {
                    s.remove(&o.sip);
                }
            });
            running.set(None);
            let made = outcomes.iter().filter(|o| o.error.is_none());
            statuses.offer_undo(made.map(|o| o.sip.clone()).collect(), enabled);
            results.set(Some((enabled, outcomes)));
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
