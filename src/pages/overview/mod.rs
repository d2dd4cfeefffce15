//! The Overview: the whole switchboard from one reading of every extension (the app-wide
//! directory, shared with Groups) and of `get_all` (shared with the Extensions drawers): counts, findings that each list the rows
//! they concern, and per group a bar of its members by known state.

mod changes;
mod findings;

use std::time::Duration;

use leptos::prelude::*;

use crate::all_groups::{use_all_groups, AllGroups};
use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::components::links::{ExtensionLink, GroupLink};
use crate::components::loaded::Words;
use crate::directory::{use_directory, Directory};
use crate::i18n::{tr, use_texts};
use crate::lang::use_lang;
use crate::membership::GroupRef;
use crate::pool;
use crate::status::use_statuses;
use crate::text::date_time;
use changes::SinceLast;
use findings::{find, Bar, ExtRef, Findings};

/// Rows a finding lists before "N more": the rest are one search away on their page.
const ROWS_SHOWN: usize = 20;
/// Groups drawn in the picture, those with the fewest members known enabled first.
const BARS_SHOWN: usize = 100;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let (directory, groups) = (use_directory(), use_all_groups());
    directory.load();
    groups.load();
    let statuses = use_statuses();
    // The reading's last page ends a long task already (its decoding, the reading's end): the
    // findings and their drawing come in the next one.
    let settled = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        let at = directory.with_people(|p| p.at);
        leptos::task::spawn_local(async move {
            pool::sleep(Duration::ZERO).await;
            let _ = settled.try_set(at);
        });
    });
    // `statuses.state` subscribes to the states it reads: a change made elsewhere redraws.
    let findings = Memo::new(move |_| {
        groups.with(|g| {
            let groups = match g? {
                Ok(groups) => groups,
                Err(e) => return Some(Err(e.clone())),
            };
            let at = settled.get()?;
            directory
                .with_people(|p| {
                    (p.at == at).then(|| {
                        Ok(find(&p.extensions, groups, |e| {
                            statuses.state(e.sip_user.as_deref().unwrap_or_default(), e.enabled)
                        }))
                    })
                })
                .flatten()
        })
    });
    let read_again = move || {
        directory.read_again();
        groups.read_again();
    };
    view! {
        <main class="page overview">
            <h1>{tr(|t| t.overview_title)}</h1>
            <p class="muted">{tr(|t| t.overview_intro)}</p>
            <Reading directory groups on_read_again=Callback::new(move |_| read_again()) />
            <Show when=move || findings.with(|f| matches!(f, Some(Ok(_))))>
                <SinceLast />
            </Show>
            {move || findings.get().map(|f| match f {
                Ok(f) => view! { <Shown f /> }.into_any(),
                Err(e) => view! {
                    <ErrorPanel what=tr(|t| t.load_groups_failed) error=e
                        on_retry=Callback::new(move |_| groups.load()) />
                }.into_any(),
            })}
        </main>
    }
}

/// How the reading goes: its progress with Cancel, its failure, or when it was made.
#[component]
fn Reading(directory: Directory, groups: AllGroups, on_read_again: Callback<()>) -> impl IntoView {
    let (t, lang) = (use_texts(), use_lang());
    let at = move || directory.with_people(|p| p.at);
    view! {
        <div class="toolbar reading">
            {move || directory.progress().map(|p| view! {
                <span class="read-progress" role="status">
                    <progress max=p.total.unwrap_or(0).max(p.read).max(1) value=p.read
                        aria-label=tr(|t| t.overview_title)></progress>
                    <span>{move || (t().reading_extensions)(p.read, p.total)}</span>
                    <button type="button" on:click=move |_| directory.cancel()>{tr(|t| t.cancel)}</button>
                </span>
            })}
            {move || groups.reading().then(|| view! {
                <span class="muted" role="status">{tr(|t| t.reading_groups)}</span>
            })}
            {move || match directory.error() {
                Some(ApiError::Aborted) => Some(view! {
                    <span role="status">{tr(|t| t.reading_cancelled)}</span>
                }.into_any()),
                Some(e) => Some(view! {
                    <ErrorPanel what=tr(|t| t.read_extensions_failed) error=e on_retry=on_read_again />
                }.into_any()),
                None => None,
            }}
            {move || at().and_then(|at| date_time(at, lang.get())).map(|when| view! {
                <span class="muted read-at">{move || (t().read_at)(&when)}</span>
            })}
            <button type="button" on:click=move |_| on_read_again.run(())
                disabled=move || directory.progress().is_some()>
                {tr(|t| t.read_again)}
            </button>
        </div>
    }
}

/// The counts, the findings and the picture of one reading.
#[component]
fn Shown(f: Findings) -> impl IntoView {
    let t = use_texts();
    let c = f.counts.clone();
    let counts: [(Words, usize); 6] = [
        (|t| t.count_enabled, c.enabled),
        (|t| t.count_disabled, c.disabled),
        (|t| t.count_unknown, c.unknown),
        (|t| t.count_groups, c.groups),
        (|t| t.count_deleted_groups, c.deleted_groups),
        (|t| t.count_members, c.members),
    ];
    let groups = |v: Vec<GroupRef>| first(v, |g| view! { <GroupLink g /> }.into_any());
    let exts = |v: Vec<ExtRef>| first(v, |e| view! { <ExtRow e /> }.into_any());
    let unmatched = f.unmatched.map(|v| {
        first(v, |(g, agent)| {
            view! { <GroupLink g />": "{move || (t().unmatched_member)(&agent)} }.into_any()
        })
    });
    let bad = first(f.bad_destinations, |b| {
        let (forwarding, target, deleted) = (b.forwarding, b.target, b.deleted);
        view! { <GroupLink g=b.group />" "{move || (t().bad_destination)(forwarding, &target, deleted)} }.into_any()
    });
    let shared = first(f.shared_emails, |(email, who)| {
        view! { {email}": "{who.into_iter().map(|e| view! { <ExtRow e />" " }).collect_view()} }
            .into_any()
    });
    let findings: [(&'static str, Words, Words, Option<Rows>); 10] = [
        (
            "no-members",
            |t| t.f_no_members,
            |t| t.f_no_members_why,
            Some(groups(f.no_members)),
        ),
        (
            "all-disabled",
            |t| t.f_all_disabled,
            |t| t.f_all_disabled_why,
            Some(groups(f.all_disabled)),
        ),
        (
            "none-known-enabled",
            |t| t.f_none_known_enabled,
            |t| t.f_none_known_enabled_why,
            Some(groups(f.none_known_enabled)),
        ),
        (
            "single-point",
            |t| t.f_single_point,
            |t| t.f_single_point_why,
            Some(groups(f.single_point)),
        ),
        (
            "unmatched",
            |t| t.f_unmatched,
            |t| t.f_unmatched_why,
            unmatched,
        ),
        (
            "in-no-group",
            |t| t.f_in_no_group,
            |t| t.f_in_no_group_why,
            f.in_no_group.map(exts),
        ),
        (
            "bad-destination",
            |t| t.f_bad_destination,
            |t| t.f_bad_destination_why,
            Some(bad),
        ),
        (
            "shared-email",
            |t| t.f_shared_email,
            |t| t.f_shared_email_why,
            Some(shared),
        ),
        (
            "no-name",
            |t| t.f_no_name,
            |t| t.f_no_name_why,
            Some(exts(f.no_name)),
        ),
        (
            "no-email",
            |t| t.f_no_email,
            |t| t.f_no_email_why,
            Some(exts(f.no_email)),
        ),
    ];
    view! {
        <section aria-labelledby="counts-title">
            <h2 id="counts-title">{tr(|t| t.counts_title)}</h2>
            <dl class="counts">
                {counts.into_iter().map(|(label, n)| view! {
                    <div><dt>{tr(label)}</dt><dd>{n}</dd></div>
                }).collect_view()}
            </dl>
        </section>
        <section aria-labelledby="findings-title">
            <h2 id="findings-title">{tr(|t| t.findings_title)}</h2>
            {findings.into_iter().map(|(id, title, why, rows)| view! { <Finding id title why rows /> }).collect_view()}
        </section>
        <Bars bars=f.bars />
    }
}

/// A finding's rows: how many, and the views of the first [`ROWS_SHOWN`].
struct Rows {
    total: usize,
    first: Vec<AnyView>,
}

/// Views of the first rows only: a finding may concern every extension.
fn first<T>(rows: Vec<T>, view: impl Fn(T) -> AnyView) -> Rows {
    Rows {
        total: rows.len(),
        first: rows.into_iter().take(ROWS_SHOWN).map(view).collect(),
    }
}

/// One finding: its title and count, why it matters, and its first rows. `rows` is `None`
/// when it cannot be worked out on this API, which it then says instead of a count.
#[component]
fn Finding(id: &'static str, title: Words, why: Words, rows: Option<Rows>) -> impl IntoView {
    let t = use_texts();
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let count = rows
        .as_ref()
        .map(|r| view! { " "<span class="count">{r.total}</span> });
    let body = match rows {
        None => view! { <p class="muted">{tr(|t| t.cannot_join)}</p> }.into_any(),
        Some(rows) if rows.total == 0 => {
            view! { <p class="muted">{tr(|t| t.finding_none)}</p> }.into_any()
        }
        Some(rows) => {
            let more = rows.total - rows.first.len();
            view! {
                <p>{tr(why)}</p>
                <ul>
                    {rows.first.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p class="muted">{move || (t().n_more)(more)}</p> })}
            }
            .into_any()
        }
    };
    let found = count.is_some();
    view! {
        <section class="finding" class:found=found id=id aria-labelledby=labelled_by>
            <h3 id=title_id>{tr(title)}{count}</h3>
            {body}
        </section>
    }
}

/// An extension, linking to its detail, with its name.
#[component]
fn ExtRow(e: ExtRef) -> impl IntoView {
    let name = e.full_name.filter(|n| !n.trim().is_empty());
    view! {
        {e.sip_user.map(|sip| view! { <ExtensionLink sip /> })}
        {name.map(|n| view! { " "<span class="muted">{n}</span> })}
    }
}

/// Per group, its members by known state: the groups with the fewest known enabled first.
#[component]
fn Bars(mut bars: Vec<Bar>) -> impl IntoView {
    let t = use_texts();
    let all = bars.len();
    bars.sort_unstable_by_key(|b| (b.enabled, usize::MAX - b.disabled));
    bars.truncate(BARS_SHOWN);
    let capped = (all > bars.len()).then(|| {
        let shown = bars.len();
        view! { <p class="muted">{move || (t().bars_capped)(shown, all)}</p> }
    });
    // Each part grows by its count from no width, so the bar splits by the counts with no
    // float formatting in the wasm; set through the CSSOM, which the CSP allows.
    view! {
        <section aria-labelledby="bars-title">
            <h2 id="bars-title">{tr(|t| t.bars_title)}</h2>
            {capped}
            <ul class="bars">
                {bars.into_iter().map(|b| {
                    let (on, off, unknown) = (b.enabled, b.disabled, b.unknown);
                    let label = move || (t().bar_label)(on, off, unknown);
                    view! {
                        <li>
                            <GroupLink g=b.group />
                            <span class="bar" aria-hidden="true">
                                <span class="on" style:flex-grow=on.to_string()></span>
                                <span class="off" style:flex-grow=off.to_string()></span>
                                <span class="unknown" style:flex-grow=unknown.to_string()></span>
                            </span>
                            <span class="bar-text">{label}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
