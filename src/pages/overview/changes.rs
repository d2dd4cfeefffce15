//! What changed since the last visit: each reading is compared with the snapshot this browser
//! keeps for the account (IndexedDB, `idb.rs`); "Mark as seen" keeps the new one. A store that
//! fails costs the comparison, said in one sentence, never the reading.

use std::time::Duration;

use leptos::prelude::*;

use crate::all_groups::{use_all_groups, AllGroups};
use crate::components::links::{ExtensionLink, GroupLink};
use crate::csv;
use crate::directory::{use_directory, Directory};
use crate::i18n::{tr, use_texts, Texts};
use crate::idb::{self, StoreError};
use crate::journal::{use_journal, Journal};
use crate::lang::use_lang;
use crate::membership::GroupRef;
use crate::pool;
use crate::session::use_auth;
use crate::snapshot::{
    compare, keep_groups, to_json, Change, Difference, Field, KeptGroup, Snapshot, Subject,
};
use crate::text::date_time;

/// Differences listed on the page; the CSV has them all.
const SHOWN: usize = 100;

/// How the comparison with the kept snapshot came out.
#[derive(Clone)]
enum Since {
    /// Nothing was kept for this account: this reading now is.
    First,
    /// The kept reading's time, and what differs from it.
    Compared(i64, Vec<Difference>),
    Failed(StoreError),
}

#[component]
pub fn SinceLast() -> impl IntoView {
    let (directory, groups, journal, auth) =
        (use_directory(), use_all_groups(), use_journal(), use_auth());
    let t = use_texts();
    // Bumped once a new snapshot is kept, to compare again.
    let kept = RwSignal::new(0u32);
    let since = LocalResource::new(move || {
        kept.track();
        let read = directory.with_people(|_| ()).zip(groups.with(|g| match g {
            Some(Ok(_)) => Some(()),
            _ => None,
        }));
        let key = auth.signed_in().map(|s| s.account.key());
        async move {
            let key = key.zip(read)?.0;
            let since = with_kept(&key, journal, directory, groups).await;
            Some((since, key))
        }
    });
    let body = move || {
        since.with(|s| match s.as_ref().and_then(Option::as_ref) {
            None => {
                view! { <p class="muted" role="status">{tr(|t| t.since_comparing)}</p> }.into_any()
            }
            Some((Since::First, _)) => view! { <p>{tr(|t| t.since_first)}</p> }.into_any(),
            Some((Since::Failed(e), _)) => {
                let e = e.clone();
                view! { <p role="alert">{move || (t().since_failed)(&store_words(t(), &e))}</p> }
                    .into_any()
            }
            Some((Since::Compared(at, diffs), key)) => view! {
                <Compared at=*at diffs=diffs.clone() key=key.clone() kept />
            }
            .into_any(),
        })
    };
    view! {
        <section aria-labelledby="since-title" id="since">
            <h2 id="since-title">{tr(|t| t.since_title)}</h2>
            {body}
        </section>
    }
}

/// Compares the reading with what is kept under `key`; keeps the reading when nothing is (or
/// what is cannot be read back). Each step is a task of its own, after the one that drew the
/// findings: at 10,000 extensions each takes tens of milliseconds.
async fn with_kept(key: &str, journal: Journal, directory: Directory, groups: AllGroups) -> Since {
    pool::sleep(Duration::ZERO).await;
    let old = match idb::get(key).await {
        Err(e) => return Since::Failed(e),
        Ok(kept) => kept.and_then(|k| serde_json::from_str::<Snapshot>(&k).ok()),
    };
    let Some(old) = old else {
        return match keep(key, directory, groups).await {
            Ok(()) => Since::First,
            Err(e) => Since::Failed(e),
        };
    };
    pool::sleep(Duration::ZERO).await;
    let here = |sip: &str, to: bool, since: i64| {
        journal
            .last_set(sip)
            .is_some_and(|(set, at)| set == to && at > since)
    };
    let diffs = untrack(|| {
        let now = kept_groups(groups);
        directory.with_people(|p| compare(&old, &p.extensions, &now, here))
    });
    Since::Compared(old.at, diffs.unwrap_or_default())
}

/// The groups of the reading, as a snapshot keeps them.
fn kept_groups(groups: AllGroups) -> Vec<KeptGroup> {
    groups.with(|g| match g {
        Some(Ok(g)) => keep_groups(g),
        _ => Vec::new(),
    })
}

/// Keeps the reading shown now under `key`.
async fn keep(key: &str, directory: Directory, groups: AllGroups) -> Result<(), StoreError> {
    let json = untrack(|| {
        let groups = kept_groups(groups);
        directory.with_people(|p| to_json(p.at, &p.extensions, &groups))
    });
    match json {
        Some(Ok(json)) => idb::put(key, &json).await,
        Some(Err(e)) => Err(StoreError::Failed(e.to_string())),
        // A new reading has begun: it will be compared in its turn.
        None => Ok(()),
    }
}

/// The differences from a kept reading, "Mark as seen" and the CSV.
#[component]
fn Compared(at: i64, diffs: Vec<Difference>, key: String, kept: RwSignal<u32>) -> impl IntoView {
    let (t, lang) = (use_texts(), use_lang());
    let (directory, groups) = (use_directory(), use_all_groups());
    let failed = RwSignal::new(None::<StoreError>);
    let when = move || date_time(at, lang.get()).unwrap_or_default();
    let total = diffs.len();
    let here = diffs.iter().filter(|d| d.here).count();
    let key = StoredValue::new(key);
    let mark = move |_| {
        leptos::task::spawn_local(async move {
            match keep(&key.get_value(), directory, groups).await {
                // The page may be gone by now.
                Ok(()) => drop(kept.try_update(|k| *k += 1)),
                Err(e) => drop(failed.try_set(Some(e))),
            }
        });
    };
    let all = StoredValue::new(diffs.clone());
    let export = move |_| {
        let t = t();
        if let Err(e) = all.with_value(|d| csv::download("changes.csv", &to_csv(d, t))) {
            let reason = e.as_string().unwrap_or_default();
            failed.set(Some(StoreError::Failed(reason)));
        }
    };
    if total == 0 {
        return view! { <p>{move || (t().since_nothing)(&when())}</p> }.into_any();
    }
    let more = total.saturating_sub(SHOWN);
    view! {
        <p>{move || (t().since_count)(total, here, &when())}</p>
        <div class="toolbar">
            <button type="button" on:click=mark>{tr(|t| t.mark_seen)}</button>
            <button type="button" on:click=export>{tr(|t| t.export_csv)}</button>
        </div>
        {move || failed.get().map(|e| view! {
            <p role="alert">{move || (t().since_failed)(&store_words(t(), &e))}</p>
        })}
        <ul class="changes">
            {diffs.into_iter().take(SHOWN).map(|d| view! { <li><DiffRow d /></li> }).collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="muted">{move || (t().n_more)(more)}</p> })}
    }
    .into_any()
}

/// One difference: what it is about, and what changed.
#[component]
fn DiffRow(d: Difference) -> impl IntoView {
    let t = use_texts();
    let subject = match d.subject.clone() {
        Subject::Extension(sip) => view! { <ExtensionLink sip /> }.into_any(),
        Subject::Group { id, number, name } => {
            view! { <GroupLink g=GroupRef { id, number, name } /> }.into_any()
        }
    };
    let here = d.here;
    let change = d.change;
    view! {
        {subject}": "{move || change_words(t(), &change).join(" ")}
        {here.then(|| view! { " "<span class="badge">{tr(|t| t.from_here)}</span> })}
    }
}

fn field_name(t: &Texts, f: Field) -> &'static str {
    match f {
        Field::Name => t.col_name,
        Field::Email => t.col_email,
        Field::PublicNumber => t.col_public_number,
        Field::Domain => t.col_domain,
        Field::OutboundProxy => t.col_proxy,
        Field::Agent => t.agent_id,
        Field::Password => t.password,
        Field::State => t.col_status,
        Field::Strategy => t.col_strategy,
        Field::Forwarding => t.col_forwarding,
        Field::NoAnswer => t.col_no_answer,
    }
}

/// A state kept as "true"/"false", in words.
fn value_words(t: &Texts, f: Field, v: &Option<String>) -> String {
    match (f, v.as_deref()) {
        (Field::State, Some(s)) => t.state(s.parse().ok()).to_string(),
        _ => t.or_missing(v),
    }
}

/// The change as (what, old, new): the CSV's cells; the page joins them.
fn change_words(t: &Texts, c: &Change) -> [String; 3] {
    let word = |w: &str| [w.to_string(), String::new(), String::new()];
    match c {
        Change::Added => word(t.change_added),
        Change::Removed => word(t.change_removed),
        Change::Deleted => word(t.change_deleted),
        Change::Restored => word(t.change_restored),
        Change::Field(Field::Password, ..) => word(t.change_password),
        Change::Field(f, old, new) => [
            format!("{}:", field_name(t, *f)),
            value_words(t, *f, old),
            format!("→ {}", value_words(t, *f, new)),
        ],
        Change::MemberAdded(m) => word(&(t.member_added)(m)),
        Change::MemberRemoved(m) => word(&(t.member_removed)(m)),
    }
}

fn store_words(t: &Texts, e: &StoreError) -> String {
    match e {
        StoreError::Unavailable => t.store_unavailable.to_string(),
        StoreError::Full => t.store_full.to_string(),
        StoreError::Failed(why) => (t.store_failed)(why),
    }
}

/// Every difference, one line each: what, which, the change, old, new, whether made here.
fn to_csv(diffs: &[Difference], t: &Texts) -> String {
    let mut out = csv::line(&t.changes_csv_header);
    for d in diffs {
        let (kind, which) = match &d.subject {
            Subject::Extension(sip) => (t.col_extension, sip.clone()),
            Subject::Group { number, name, .. } => {
                let which = [name.as_deref(), number.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                (t.col_group, which)
            }
        };
        let [what, old, new] = change_words(t, &d.change);
        let new = new.trim_start_matches("→ ").to_string();
        let what = what.trim_end_matches(':').to_string();
        let here = if d.here { t.from_here } else { "" };
        out.push_str(&csv::line(&[kind, &which, &what, &old, &new, here]));
    }
    out
}
