//! The change journal: every status change sent from this browser, kept in localStorage per
//! API base URL and account, so what an admin set is still known after a reload, can be
//! undone, and is listed on the Activity page. It knows only this browser's changes.
//!
//! The context is a `provide_journal`/`use_journal` pair; the parsing and capping are plain
//! functions, tested natively.

use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::toast::{use_toasts, Toasts};
use crate::i18n::use_texts;
use crate::lang::{use_lang, Lang};
use crate::session::{use_auth, Account};
use crate::storage::local;

/// The newest entries kept; older ones make room.
pub const CAP: usize = 5000;
/// The most characters of an API's reason kept in an entry: a long one would fill the
/// storage's quota a few thousand entries sooner.
const REASON_CAP: usize = 300;
/// How many of this tab's newest entries are checked against another tab's write: more than
/// a bulk change of a whole page (100) records at once. The race it guards against lasts
/// milliseconds, so older entries are long in the other tabs' lists.
const UNHEARD_CAP: usize = 200;
/// How long another tab's writes are let gather before the last is read: a bulk change there
/// writes several times a second, and each read parses the whole journal.
const HEAR_AFTER: Duration = Duration::from_millis(200);
/// The most bytes of JSON the journal keeps: a fifth of the 5 million characters browsers give
/// an origin's localStorage, so the rest of the console's state always has room. At 5,000
/// entries it binds only when many carry long reasons.
pub const BUDGET: usize = 1_000_000;
/// Past its budget the journal drops its oldest entries until it takes this much: a margin, so
/// the next changes are not each told of one more dropped.
const BUDGET_REFILL: usize = BUDGET * 9 / 10;
/// The format written; a journal of another version is set aside, not read.
const VERSION: u32 = 1;
const PREFIX: &str = "switchboard.journal:";

/// One status change sent from this browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// When it was sent, in milliseconds since the epoch.
    pub at: i64,
    pub sip: String,
    /// The state shown before the change; `None` when it was unknown.
    pub from: Option<bool>,
    pub to: bool,
    /// Why it failed, in the words shown then; `None` when it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
    /// Shared by the changes of one bulk change (or one Undo of several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<i64>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    entries: Vec<Entry>,
}

/// Why a stored journal was not read.
#[derive(Debug, PartialEq)]
pub enum Unreadable {
    Corrupt,
    OtherVersion,
}

/// The entries of a stored journal, oldest first.
pub fn parse(json: &str) -> Result<Vec<Entry>, Unreadable> {
    #[derive(Deserialize)]
    struct Head {
        version: u32,
    }
    let head: Head = serde_json::from_str(json).map_err(|_| Unreadable::Corrupt)?;
    if head.version != VERSION {
        return Err(Unreadable::OtherVersion);
    }
    let stored: Stored = serde_json::from_str(json).map_err(|_| Unreadable::Corrupt)?;
    Ok(stored.entries)
}

fn to_json(entries: &[Entry]) -> Option<String> {
    #[derive(Serialize)]
    struct Out<'a> {
        version: u32,
        entries: &'a [Entry],
    }
    serde_json::to_string(&Out {
        version: VERSION,
        entries,
    })
    .ok()
}

/// Adds an entry, dropping the oldest beyond `cap`.
pub fn push_capped(entries: &mut Vec<Entry>, entry: Entry, cap: usize) {
    entries.push(entry);
    drop_oldest(entries, cap);
}

/// Drops the oldest entries of a journal past [`BUDGET`] until its JSON takes at most
/// [`BUDGET_REFILL`] bytes; how many were dropped.
pub fn keep_to_budget(entries: &mut Vec<Entry>) -> usize {
    let size = |e: &[Entry]| to_json(e).map_or(0, |j| j.len());
    let mut len = size(entries);
    if len <= BUDGET {
        return 0;
    }
    let mut dropped = 0;
    while len > BUDGET_REFILL && !entries.is_empty() {
        // As many as the average entry says, at least one.
        let per = (len / entries.len()).max(1);
        let n = ((len - BUDGET_REFILL) / per).clamp(1, entries.len());
        entries.drain(..n);
        dropped += n;
        len = size(entries);
    }
    dropped
}

fn drop_oldest(entries: &mut Vec<Entry>, cap: usize) {
    let extra = entries.len().saturating_sub(cap);
    entries.drain(..extra);
}

/// The journal another tab wrote (`fresh`), with this tab's entries it lacks put back in time
/// order (`unheard`: the entries this tab recorded that no other tab's write has shown yet),
/// and the entries still unheard after it. Two tabs that record at the same moment each write
/// their own list, and the later write drops the other's entry; the tab whose entry is
/// missing puts it back.
pub fn merge(mut fresh: Vec<Entry>, unheard: Vec<Entry>, cap: usize) -> (Vec<Entry>, Vec<Entry>) {
    let lost: Vec<Entry> = unheard.into_iter().filter(|e| !fresh.contains(e)).collect();
    for entry in &lost {
        let at = fresh.partition_point(|e| e.at <= entry.at);
        fresh.insert(at, entry.clone());
    }
    drop_oldest(&mut fresh, cap);
    (fresh, lost)
}

/// Where the journal of an account is kept.
pub fn storage_key(account: &Account) -> String {
    format!("{PREFIX}{}", account.key())
}

/// A failure's reason as the journal keeps it: at most [`REASON_CAP`] characters, cut with "…".
fn capped_reason(reason: &str) -> String {
    match reason.char_indices().nth(REASON_CAP) {
        None => reason.to_string(),
        Some((cut, _)) => format!("{}…", &reason[..cut]),
    }
}

/// The last state each extension was set to from here, and when: failures changed nothing.
pub fn last_set(entries: &[Entry]) -> HashMap<String, (bool, i64)> {
    entries
        .iter()
        .filter(|e| e.failed.is_none())
        .map(|e| (e.sip.clone(), (e.to, e.at)))
        .collect()
}

/// Another tab's latest write of a journal, waiting to be read.
struct Heard {
    key: Option<String>,
    /// `None` when the other tab removed it.
    json: Option<String>,
}

/// The journal of the signed-in account, shared by every page.
#[derive(Clone, Copy)]
pub struct Journal {
    /// The key whose entries `entries` holds: the session may already have moved on to
    /// another key whose entries have yet to be read.
    loaded: StoredValue<Option<String>>,
    /// Oldest first.
    entries: RwSignal<Vec<Entry>>,
    last: Memo<HashMap<String, (bool, i64)>>,
    /// Entries recorded here that no other tab's write has shown yet (see [`merge`]).
    unheard: StoredValue<Vec<Entry>>,
    toasts: Toasts,
    lang: RwSignal<Lang>,
}

impl Journal {
    /// Reads the entries, tracked.
    pub fn with<R>(&self, f: impl FnOnce(&[Entry]) -> R) -> R {
        self.entries.with(|e| f(e))
    }

    /// The last state set here for an extension and when, tracked.
    pub fn last_set(&self, sip: &str) -> Option<(bool, i64)> {
        self.last.with(|l| l.get(sip).copied())
    }

    pub fn track(&self) {
        self.last.track();
    }

    /// Adds an entry to the journal of the account the change was sent to, and keeps it. A
    /// storage that refuses it costs older entries, then the journal's persistence, never the
    /// change. The session may have ended while the change was on its way: then the entry
    /// goes straight to that account's stored journal, never into another account's.
    pub fn record(&self, to: &Account, mut entry: Entry) {
        entry.failed = entry.failed.map(|r| capped_reason(&r));
        let key = storage_key(to);
        if self.loaded.with_value(|l| l.as_ref() != Some(&key)) {
            record_stored(&key, entry);
            return;
        }
        self.unheard
            .update_value(|u| push_capped(u, entry.clone(), UNHEARD_CAP));
        let mut dropped = 0;
        self.entries.update(|e| {
            push_capped(e, entry, CAP);
            dropped = keep_to_budget(e);
        });
        if dropped > 0 {
            let t = self.lang.get_untracked().texts();
            self.toasts.failure((t.journal_over_budget)(dropped));
        }
        self.save();
    }

    /// Forgets every entry, here and in storage.
    pub fn clear(&self) {
        self.unheard.set_value(Vec::new());
        self.entries.set(Vec::new());
        if let (Some(s), Some(key)) = (local(), self.loaded.get_value()) {
            let _ = s.remove_item(&key);
        }
    }

    /// Takes in another tab's write of this journal, putting back the entries of ours it lacks.
    fn hear(&self, heard: Heard) {
        if self
            .loaded
            .try_with_value(|l| *l != heard.key)
            .unwrap_or(true)
        {
            return; // The session moved on while the write waited.
        }
        match heard.json.and_then(|json| parse(&json).ok()) {
            Some(fresh) => {
                let unheard = self.unheard.get_value();
                let (merged, lost) = merge(fresh, unheard, CAP);
                let put_back = !lost.is_empty();
                self.unheard.set_value(lost);
                self.entries.set(merged);
                if put_back {
                    self.save();
                }
            }
            // Cleared in the other tab, or unreadable there too.
            None => {
                self.unheard.set_value(Vec::new());
                self.entries.set(Vec::new());
            }
        }
    }

    fn save(&self) {
        let (Some(storage), Some(key)) = (local(), self.loaded.get_value()) else {
            return;
        };
        let write = |entries: &[Entry]| {
            to_json(entries).is_some_and(|json| storage.set_item(&key, &json).is_ok())
        };
        if self.entries.with_untracked(|e| write(e)) {
            return;
        }
        // Full: keep the newer half and try once more, then go on without keeping it. Either
        // way the admin is told what the journal lost.
        let mut dropped = 0;
        self.entries.update(|e| {
            dropped = e.len() / 2;
            e.drain(..dropped);
        });
        let t = self.lang.get_untracked().texts();
        if self.entries.with_untracked(|e| write(e)) {
            self.toasts.failure((t.journal_trimmed)(dropped));
        } else {
            self.toasts.failure(t.journal_full.to_string());
        }
    }
}

/// Adds an entry to a journal that is only in storage (no tab of this account is signed in
/// here). An unreadable one is left as it is, for the account's next sign-in to set aside.
fn record_stored(key: &str, entry: Entry) {
    let Some(storage) = local() else { return };
    let mut entries = match storage.get_item(key).ok().flatten() {
        None => Vec::new(),
        Some(json) => match parse(&json) {
            Ok(entries) => entries,
            Err(_) => return,
        },
    };
    push_capped(&mut entries, entry, CAP);
    if let Some(json) = to_json(&entries) {
        let _ = storage.set_item(key, &json);
    }
}

/// Sets up the journal of whoever is signed in; called once, by the app, after the session,
/// language and toasts.
pub fn provide_journal() -> Journal {
    let auth = use_auth();
    let (toasts, t) = (use_toasts(), use_texts());
    let key = Memo::new(move |_| {
        auth.session
            .with(|s| s.as_ref().map(|s| storage_key(&s.account())))
    });
    let entries = RwSignal::new(Vec::new());
    let last = Memo::new(move |_| entries.with(|e| last_set(e)));
    let journal = Journal {
        loaded: StoredValue::new(None),
        entries,
        last,
        unheard: StoredValue::new(Vec::new()),
        toasts,
        lang: use_lang(),
    };
    // Another account's journal, or none, each time the session changes.
    Effect::new(move |_| {
        let now = key.get();
        let read = now
            .clone()
            .and_then(|k| Some((local()?.get_item(&k).ok()??, k)));
        let loaded = match read {
            None => Vec::new(),
            Some((json, k)) => parse(&json).unwrap_or_else(|_| {
                // Kept under another name, so nothing is lost and the console goes on.
                if let Some(s) = local() {
                    let _ = s.set_item(&format!("{k}.set-aside"), &json);
                    let _ = s.remove_item(&k);
                }
                toasts.failure(t().journal_set_aside.to_string());
                Vec::new()
            }),
        };
        journal.unheard.set_value(Vec::new());
        journal.loaded.set_value(now);
        entries.set(loaded);
    });
    // A change made in another tab shows here too, and one of ours it wrote over goes back.
    // A bulk change there writes once a change: only the last write of a burst is read.
    let heard: StoredValue<Option<Heard>> = StoredValue::new(None);
    let handle = window_event_listener(leptos::ev::storage, move |e| {
        let mine = journal.loaded.get_value();
        if mine.is_none() || !(e.key().is_none() || e.key() == mine) {
            return;
        }
        let first = heard.with_value(Option::is_none);
        heard.set_value(Some(Heard {
            key: mine,
            json: e.new_value(),
        }));
        if first {
            set_timeout(
                move || {
                    if let Some(Some(last)) = heard.try_update_value(Option::take) {
                        journal.hear(last);
                    }
                },
                HEAR_AFTER,
            );
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(journal);
    journal
}

pub fn use_journal() -> Journal {
    expect_context::<Journal>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_reason_is_kept_short_and_whole_characters() {
        assert_eq!(capped_reason("Rejected"), "Rejected");
        let long = "Đ".repeat(REASON_CAP + 5);
        let kept = capped_reason(&long);
        assert_eq!(kept.chars().count(), REASON_CAP + 1);
        assert!(kept.ends_with('…') && kept.starts_with("ĐĐ"));
        assert_eq!(
            capped_reason(&"x".repeat(REASON_CAP)),
            "x".repeat(REASON_CAP)
        );
    }

    #[test]
    fn past_its_budget_the_journal_drops_its_oldest_entries_to_a_margin() {
        let long = |at: i64| Entry {
            at,
            sip: "147".into(),
            from: Some(true),
            to: false,
            failed: Some(capped_reason(&"Đ".repeat(REASON_CAP + 1))),
            batch: Some(1),
        };
        let mut entries: Vec<Entry> = (0..1000).map(long).collect();
        assert_eq!(keep_to_budget(&mut entries), 0);
        let mut entries: Vec<Entry> = (0..CAP as i64).map(long).collect();
        let before = to_json(&entries).map_or(0, |j| j.len());
        assert!(before > BUDGET, "{before} bytes do not test the budget");
        let dropped = keep_to_budget(&mut entries);
        let after = to_json(&entries).map_or(0, |j| j.len());
        assert!(
            after <= BUDGET_REFILL && after > BUDGET_REFILL * 99 / 100,
            "{after} bytes"
        );
        assert_eq!(dropped + entries.len(), CAP);
        // The newest are kept.
        assert_eq!(entries.last().map(|e| e.at), Some(CAP as i64 - 1));
    }

    fn entry(at: i64, sip: &str, to: bool, failed: bool) -> Entry {
        Entry {
            at,
            sip: sip.into(),
            from: Some(!to),
            to,
            failed: failed.then(|| "no".into()),
            batch: None,
        }
    }

    #[test]
    fn keeps_the_newest_entries_up_to_the_cap() {
        let mut e = Vec::new();
        for i in 0..7 {
            push_capped(&mut e, entry(i, "1", true, false), 5);
        }
        assert_eq!(e.iter().map(|e| e.at).collect::<Vec<_>>(), [2, 3, 4, 5, 6]);
    }

    #[test]
    fn each_base_url_and_account_has_its_own_key() {
        let key = |base_url: &str, name: Option<&str>| {
            storage_key(&Account {
                base_url: base_url.into(),
                name: name.map(Into::into),
            })
        };
        let a = key("https://a.example/api", None);
        let b = key("https://b.example/api", None);
        let a1 = key("https://a.example/api", Some("t1"));
        let a2 = key("https://a.example/api", Some("t2"));
        let keys = std::collections::HashSet::from([&a, &b, &a1, &a2]);
        assert_eq!(keys.len(), 4);
    }

    #[test]
    fn reads_its_own_version_and_sets_aside_anything_else() {
        let e = vec![entry(1, "147", false, false)];
        let json = to_json(&e).unwrap_or_default();
        assert_eq!(parse(&json), Ok(e));
        assert_eq!(parse("{not json"), Err(Unreadable::Corrupt));
        assert_eq!(
            parse(r#"{"version":1,"entries":{}}"#),
            Err(Unreadable::Corrupt)
        );
        assert_eq!(
            parse(r#"{"version":2,"entries":[],"more":1}"#),
            Err(Unreadable::OtherVersion)
        );
        assert_eq!(parse("[]"), Err(Unreadable::Corrupt));
    }

    #[test]
    fn an_entry_another_tab_wrote_over_is_put_back_in_time_order() {
        let old = entry(1, "101", false, false);
        let ours = entry(5, "102", false, false);
        let theirs = entry(6, "103", true, false);
        // The other tab wrote its list without ours: ours goes back, and stays unheard.
        let (merged, unheard) = merge(vec![old.clone(), theirs.clone()], vec![ours.clone()], CAP);
        assert_eq!(merged, [old.clone(), ours.clone(), theirs.clone()]);
        assert_eq!(unheard, std::slice::from_ref(&ours));
        // Its list already has ours: taken as it is, nothing unheard any more.
        let fresh = vec![old.clone(), ours.clone(), theirs.clone()];
        assert_eq!(
            merge(fresh.clone(), vec![ours.clone()], CAP),
            (fresh, Vec::new())
        );
        // Put back within the cap, the oldest making room.
        let (merged, _) = merge(vec![old, theirs], vec![ours.clone()], 2);
        assert_eq!(merged.iter().map(|e| e.at).collect::<Vec<_>>(), [5, 6]);
        // Into an empty list too.
        assert_eq!(merge(Vec::new(), vec![ours.clone()], CAP).0, [ours]);
    }

    #[test]
    fn the_last_state_set_ignores_failures() {
        let e = [
            entry(1, "147", false, false),
            entry(2, "147", true, true),
            entry(3, "148", true, false),
        ];
        let last = last_set(&e);
        assert_eq!(last.get("147"), Some(&(false, 1)));
        assert_eq!(last.get("148"), Some(&(true, 3)));
    }
}
