//! The Activity page: the change journal of this browser, newest first, filtered by extension
//! and by outcome (both in the URL), with Undo per change and per bulk change, CSV export, and
//! clearing behind a confirmation.

use leptos::prelude::*;

use crate::components::list_controls::ListControls;
use crate::components::pagination::{focus_list, PageInfo, Pagination, SkipToPager};
use crate::components::toast::use_toasts;
use crate::csv;
use crate::i18n::{tr, use_texts, Texts};
use crate::journal::{use_journal, Entry};
use crate::lang::{use_lang, Lang};
use crate::list_params::{use_list_params, UrlList};
use crate::status::use_statuses;
use crate::text::{date_time, iso_utc};

/// Which outcomes are listed (`outcome=` in the URL).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    All,
    Done,
    Failed,
}

impl Outcome {
    fn from_url(v: Option<String>) -> Self {
        match v.as_deref() {
            Some("done") => Outcome::Done,
            Some("failed") => Outcome::Failed,
            _ => Outcome::All,
        }
    }
    fn keeps(self, e: &Entry) -> bool {
        match self {
            Outcome::All => true,
            Outcome::Done => e.failed.is_none(),
            Outcome::Failed => e.failed.is_some(),
        }
    }
}

/// One listed change; the first listed change of a bulk change carries the Undo of all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub entry: Entry,
    /// A later change from here replaced this one's effect: the state it set. Such a change
    /// has no Undo, which would only repeat the state there is now.
    pub replaced: Option<bool>,
    /// The extensions a bulk change made whose state it still sets, to set back at once.
    pub undo_bulk: Option<Vec<String>>,
}

/// The entries that pass the filters, newest first. `ext` matches part of the extension.
pub fn listed(entries: &[Entry], ext: &str, outcome: Outcome) -> Vec<Listed> {
    // Where each extension's last change that was made is, and what it set.
    let mut last = std::collections::HashMap::new();
    for (i, e) in entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.failed.is_none())
    {
        last.insert(e.sip.as_str(), (i, e.to));
    }
    let replaced = |i: usize, e: &Entry| {
        let (at, to) = last.get(e.sip.as_str()).copied()?;
        (e.failed.is_none() && at != i).then_some(to)
    };
    let mut seen = std::collections::HashSet::new();
    entries
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, e)| e.sip.contains(ext) && outcome.keeps(e))
        .map(|(i, e)| {
            let undo_bulk = e.batch.filter(|b| seen.insert(*b)).map(|b| {
                let made = entries.iter().enumerate().filter(|(j, o)| {
                    o.batch == Some(b) && o.failed.is_none() && replaced(*j, o).is_none()
                });
                made.map(|(_, o)| o.sip.clone()).collect::<Vec<_>>()
            });
            Listed {
                entry: e.clone(),
                replaced: replaced(i, e),
                undo_bulk: undo_bulk.filter(|m| m.len() > 1),
            }
        })
        .collect()
}

/// The journal as CSV, in the order listed.
pub fn to_csv(rows: &[Listed], t: &Texts) -> String {
    let mut out = csv::line(&[
        t.col_when,
        t.col_extension,
        t.col_from,
        t.col_to,
        t.col_outcome,
        t.col_reason,
    ]);
    for Listed { entry: e, .. } in rows {
        out.push_str(&csv::line(&[
            iso_utc(e.at),
            e.sip.clone(),
            t.state(e.from).to_string(),
            t.state(Some(e.to)).to_string(),
            t.outcome_word(e.failed.is_some()).to_string(),
            e.failed.clone().unwrap_or_default(),
        ]));
    }
    out
}

#[component]
fn ActivityRow(row: Listed, lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let statuses = use_statuses();
    let Listed {
        entry: e,
        replaced,
        undo_bulk,
    } = row;
    let (sip, to) = (e.sip.clone(), e.to);
    let since = replaced.map(
        |now| view! { <span class="muted">{(t.changed_since)(&e.sip, t.state(Some(now)))}</span> },
    );
    let undo_one = (e.failed.is_none() && replaced.is_none()).then(|| {
        let label = (t.undo_change_of)(&e.sip);
        view! {
            <button type="button" aria-label=label
                on:click=move |_| statuses.change(vec![sip.clone()], !to)>{t.undo}</button>
        }
    });
    let undo_all = undo_bulk.map(|sips| {
        let n = sips.len();
        view! {
            <button type="button" on:click=move |_| statuses.change(sips.clone(), !to)>
                {(t.undo_bulk)(n)}
            </button>
        }
    });
    view! {
        <tr class:failed=e.failed.is_some()>
            <td>{date_time(e.at, lang).unwrap_or_else(|| iso_utc(e.at))}</td>
            <th scope="row">{e.sip.clone()}</th>
            <td>
                {t.change(e.from, e.to)}
                {e.batch.map(|_| view! { <span class="badge">{t.bulk_badge}</span> })}
            </td>
            <td title=e.failed.clone()>{t.outcome(e.failed.as_deref())}</td>
            <td class="undo-cell">{since}{undo_one}{undo_all}</td>
        </tr>
    }
}

/// The outcome filter, kept in the URL.
#[component]
fn OutcomeFilter(list: UrlList, outcome: Memo<Outcome>) -> impl IntoView {
    let set = move |ev| {
        let v = event_target_value(&ev);
        let v = (v != "all").then_some(v);
        list.set(&[("outcome", v), ("page", Some("1".into()))], true);
    };
    let option = move |value: &'static str, o: Outcome, label: fn(&Texts) -> &'static str| {
        view! { <option value=value prop:selected=move || outcome.get() == o>{tr(label)}</option> }
    };
    view! {
        <label class="field-inline">
            <span>{tr(|t| t.filter_outcome)}</span>
            <select on:change=set>
                {option("all", Outcome::All, |t| t.outcome_all)}
                {option("done", Outcome::Done, |t| t.outcome_done)}
                {option("failed", Outcome::Failed, |t| t.outcome_failed)}
            </select>
        </label>
    }
}

/// "Clear the journal…", then a confirmation that says how much goes.
#[component]
fn ClearJournal() -> impl IntoView {
    let (journal, toasts, t) = (use_journal(), use_toasts(), use_texts());
    let asking = RwSignal::new(false);
    let count = move || journal.with(<[Entry]>::len);
    view! {
        <Show when=move || asking.get() fallback=move || view! {
            <button type="button" disabled=move || count() == 0
                on:click=move |_| asking.set(true)>{tr(|t| t.clear_journal)}</button>
        }>
            <div class="confirm" role="alertdialog" aria-labelledby="clear-confirm">
                <p id="clear-confirm">{move || (t().clear_journal_confirm)(count())}</p>
                <button type="button" class="danger" on:click=move |_| {
                    journal.clear();
                    asking.set(false);
                    toasts.success(t().journal_cleared.to_string());
                }>{tr(|t| t.clear_journal_yes)}</button>
                <button type="button" on:click=move |_| asking.set(false)>{tr(|t| t.cancel)}</button>
            </div>
        </Show>
    }
}

#[component]
pub fn ActivityPage() -> impl IntoView {
    let (journal, toasts, t, lang) = (use_journal(), use_toasts(), use_texts(), use_lang());
    let list = use_list_params("/activity", "switchboard.activity.pageSize", &[]);
    let params = list.params;
    let outcome = Memo::new(move |_| Outcome::from_url(list.get("outcome")));
    let all = Memo::new(move |_| {
        let ext = params.with(|p| p.keyword.clone());
        journal.with(|e| listed(e, &ext, outcome.get()))
    });
    let info = Memo::new(move |_| {
        let p = params.get();
        PageInfo::of_slice(p.page, p.size, all.with(Vec::len) as u64)
    });
    let rows = Memo::new(move |_| {
        let i = info.get();
        all.with(|a| {
            a.iter()
                .skip(i.offset())
                .take(i.size as usize)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let export = move |_| {
        let (t, n) = (t(), all.with(Vec::len));
        match all.with(|a| csv::download("activity.csv", &to_csv(a, t))) {
            Ok(()) => toasts.success((t.export_activity_done)(n)),
            Err(_) => toasts.failure(t.export_download_failed.to_string()),
        }
    };
    let on_page = Callback::new(move |p: u32| {
        list.go_to_page(p);
        focus_list("activity-table");
    });
    view! {
        <main class="page">
            <h1>{tr(|t| t.activity_title)}</h1>
            <p class="muted">{tr(|t| t.activity_intro)}</p>
            <div class="toolbar">
                <ListControls list label=tr(|t| t.filter_extension) placeholder=tr(|t| t.filter_extension) />
                <OutcomeFilter list outcome />
                <button type="button" disabled=move || all.with(Vec::is_empty) on:click=export>
                    {tr(|t| t.export_csv)}
                </button>
                <ClearJournal />
            </div>
            <Show when=move || info.with(|i| i.total_items > 0) fallback=move || {
                let pick: fn(&'static Texts) -> &'static str = if journal.with(<[Entry]>::is_empty) {
                    |t| t.no_activity
                } else {
                    |t| t.no_activity_match
                };
                view! { <p class="empty" role="status">{tr(pick)}</p> }
            }>
                <SkipToPager />
                <div class="table-wrap" tabindex="-1">
                    <table class="data activity" id="activity-table" tabindex="-1">
                        <caption class="visually-hidden">{tr(|t| t.activity_title)}</caption>
                        <thead><tr>
                            <th scope="col">{tr(|t| t.col_when)}</th>
                            <th scope="col">{tr(|t| t.col_extension)}</th>
                            <th scope="col">{tr(|t| t.col_change)}</th>
                            <th scope="col">{tr(|t| t.col_outcome)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(|t| t.undo)}</span></th>
                        </tr></thead>
                        <tbody>
                            {move || {
                                let lang = lang.get();
                                rows.get().into_iter().map(|row| view! { <ActivityRow row lang /> }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <Pagination info=info.into() on_page />
            </Show>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(at: i64, sip: &str, to: bool, failed: bool, batch: Option<i64>) -> Entry {
        Entry {
            at,
            sip: sip.into(),
            from: None,
            to,
            failed: failed.then(|| "no".into()),
            batch,
        }
    }

    #[test]
    fn newest_first_filtered_with_one_bulk_undo_of_what_was_made() {
        let j = [
            e(1, "147", false, false, None),
            e(2, "148", false, false, Some(2)),
            e(3, "149", false, true, Some(2)),
            e(4, "150", false, false, Some(2)),
        ];
        let all = listed(&j, "", Outcome::All);
        let ats: Vec<i64> = all.iter().map(|l| l.entry.at).collect();
        assert_eq!(ats, [4, 3, 2, 1]);
        assert_eq!(
            all[0].undo_bulk.as_deref(),
            Some(&["148".to_string(), "150".to_string()][..])
        );
        assert!(all[1..].iter().all(|l| l.undo_bulk.is_none()));
        let failed = listed(&j, "", Outcome::Failed);
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].undo_bulk.as_ref().map(Vec::len), Some(2));
        assert_eq!(listed(&j, "47", Outcome::Done).len(), 1);
    }

    #[test]
    fn a_change_a_later_one_replaced_offers_no_undo_and_says_what_is_there_now() {
        // 101 off then on again; 102 and 103 off together, then 102 on alone.
        let j = [
            e(1, "101", false, false, None),
            e(2, "101", true, false, None),
            e(3, "102", false, false, Some(3)),
            e(3, "103", false, false, Some(3)),
            e(4, "103", true, true, None),
            e(5, "102", true, false, None),
        ];
        let all = listed(&j, "", Outcome::All);
        let by_at = |at: i64, sip: &str| {
            all.iter()
                .find(|l| l.entry.at == at && l.entry.sip == sip)
                .cloned()
        };
        assert_eq!(by_at(1, "101").and_then(|l| l.replaced), Some(true));
        assert_eq!(by_at(2, "101").and_then(|l| l.replaced), None);
        assert_eq!(by_at(3, "102").and_then(|l| l.replaced), Some(true));
        // A later change that failed replaced nothing.
        assert_eq!(by_at(3, "103").and_then(|l| l.replaced), None);
        // The bulk's Undo would set back only 103, which its own entry does: none of its own.
        assert!(all.iter().all(|l| l.undo_bulk.is_none()));
    }

    #[test]
    fn csv_is_excel_safe() {
        let t = Lang::En.texts();
        let rows = listed(&[e(0, "=cmd", true, true, None)], "", Outcome::All);
        let csv = to_csv(&rows, t);
        assert!(csv.contains("1970-01-01T00:00:00Z,'=cmd,Unknown,Enabled,Failed,no\r\n"));
    }
}
