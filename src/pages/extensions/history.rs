//! An extension's changes from this browser, in its detail drawer: the newest few from the
//! journal, and the way to all of them on the Activity page.

use leptos::prelude::*;

use crate::i18n::{tr, use_texts};
use crate::journal::use_journal;
use crate::lang::use_lang;
use crate::list_params::list_href;
use crate::text::date_time;

/// How many of its changes the drawer lists.
const SHOWN: usize = 5;

#[component]
pub fn History(sip: String) -> impl IntoView {
    let (journal, t, lang) = (use_journal(), use_texts(), use_lang());
    let href = list_href("/activity", &[("keyword", sip.clone())]);
    let entries = Memo::new(move |_| {
        journal.with(|j| {
            let mine = j.iter().rev().filter(|e| e.sip == sip);
            mine.take(SHOWN).cloned().collect::<Vec<_>>()
        })
    });
    view! {
        <section class="history" aria-labelledby="history-title">
            <h3 id="history-title">{tr(|t| t.history_title)}</h3>
            <Show when=move || entries.with(|e| !e.is_empty())
                fallback=|| view! { <p class="empty">{tr(|t| t.no_history)}</p> }>
                <ul class="history-list">
                    {move || {
                        let (t, lang) = (t(), lang.get());
                        entries.get().into_iter().map(|e| {
                            let when = date_time(e.at, lang).unwrap_or_default();
                            let outcome = t.outcome(e.failed.as_deref());
                            view! {
                                <li class:failed=e.failed.is_some()>
                                    {when}" · "{t.change(e.from, e.to)}" · "{outcome}
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
            <a href=href>{tr(|t| t.see_all_activity)}</a>
        </section>
    }
}
