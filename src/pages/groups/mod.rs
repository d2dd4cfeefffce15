//! The Groups page: every internal group from `get_all`, searched, filtered and paged in the
//! browser (the API has no paging for groups). Only one page of rows is ever rendered.

mod directory;
mod members;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::api::{Actor, Group};
use crate::components::error_panel::ErrorPanel;
use crate::components::list_controls::ListControls;
use crate::components::pagination::{focus_list, PageInfo, Pagination, SkipToPager};
use crate::i18n::{tr, use_texts, Texts};
use crate::lang::use_lang;
use crate::list_params::use_list_params;
use crate::perf;
use crate::session::use_auth;
use crate::text::{date_time, fold};
use directory::Directory;
use members::MemberList;

/// A group with what search matches it against, folded once when the data arrives rather
/// than on every keystroke.
#[derive(Clone, PartialEq)]
struct Indexed {
    group: Group,
    key: String,
}

fn index(groups: Vec<Group>) -> Vec<Indexed> {
    groups
        .into_iter()
        .map(|g| {
            let names = [
                g.group_name_unsigned.as_deref(),
                g.group_name.as_deref(),
                g.group_number.as_deref(),
            ];
            let key = names
                .iter()
                .flatten()
                .map(|s| fold(s))
                .collect::<Vec<_>>()
                .join("\u{1f}");
            Indexed { group: g, key }
        })
        .collect()
}

/// The strategy in words; an unknown value is shown as sent.
fn strategy(value: &Option<String>, t: &Texts) -> String {
    match value.as_deref() {
        Some("enterprise") => t.strategy_enterprise.to_string(),
        Some("rollover") => t.strategy_rollover.to_string(),
        Some("random") => t.strategy_random.to_string(),
        Some(other) if !other.trim().is_empty() => other.to_string(),
        _ => t.missing.to_string(),
    }
}

#[component]
pub fn GroupsPage() -> impl IntoView {
    let auth = use_auth();
    let t = use_texts();
    let lang = use_lang();
    let list = use_list_params("/groups", "switchboard.groups.pageSize", &[]);
    let params = list.params;
    let show_deleted = Memo::new(move |_| list.get("deleted").as_deref() == Some("1"));
    // The text in the search box: the filter follows every keystroke, while the URL (for
    // reload, back/forward and links) is written once typing settles, as on Extensions: writing
    // the URL on every keystroke cost more than the filtering and the rows together.
    let text = RwSignal::new(params.with_untracked(|p| p.keyword.clone()));
    let typed = Memo::new(move |_| text.with(|t| t.trim().to_string()));

    let data = LocalResource::new(move || {
        let client = auth.require_client();
        async move { client?.groups().await.map(index) }
    });
    let all = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .and_then(|r| r.as_ref().ok())
                .cloned()
                .unwrap_or_default()
        })
    });
    // Indices of the groups that pass the filters: the work done per keystroke.
    let matching = Memo::new(move |_| {
        let keyword = typed.with(|k| fold(k));
        let deleted = show_deleted.get();
        all.with(|groups| {
            groups
                .iter()
                .enumerate()
                .filter(|(_, g)| deleted || g.group.is_deleted != Some(true))
                .filter(|(_, g)| keyword.is_empty() || g.key.contains(&keyword))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    let info = Memo::new(move |_| {
        let p = params.get();
        let total = matching.with(Vec::len) as u64;
        let pages = total.div_ceil(p.size as u64) as u32;
        // A new keyword starts on page 1 before the URL says so.
        let settled = typed.with(|k| *k == p.keyword);
        let page = if settled { p.page } else { 1 }.min(pages.max(1));
        let shown =
            (total.saturating_sub((page as u64 - 1) * p.size as u64)).min(p.size as u64) as usize;
        PageInfo::new(page, p.size, total, Some(pages), shown)
    });
    let rows = Memo::new(move |_| {
        let i = info.get();
        let start = (i.page as usize - 1) * i.size as usize;
        matching.with(|m| {
            all.with(|groups| {
                m.iter()
                    .skip(start)
                    .take(i.size as usize)
                    .filter_map(|&k| groups.get(k).map(|g| (k, g.group.clone())))
                    .collect::<Vec<_>>()
            })
        })
    });
    // For the benchmark: the work a keystroke causes ends when the rows for it are rendered
    // (the same rows, when the keystroke changed nothing).
    Effect::new(move |_| {
        typed.track();
        rows.track();
        perf::mark_rendered("sb:groups-rendered");
    });
    let name_of = move |id: &str| {
        all.with(|groups| {
            groups
                .iter()
                .find(|g| g.group.id.as_deref() == Some(id))
                .and_then(|g| g.group.group_name.clone())
        })
    };

    // Which groups are open, kept across paging and a change of language; each row follows
    // its own state in a signal it owns (see the rows below).
    let expanded = StoredValue::new(HashSet::<String>::new());
    let directory = Directory::new();
    let toggle = move |key: &str, is_open: RwSignal<bool>| {
        let open = !is_open.get_untracked();
        expanded.update_value(|e| {
            if open {
                e.insert(key.to_string());
            } else {
                e.remove(key);
            }
        });
        is_open.set(open);
        if open {
            if let Some(client) = auth.client() {
                directory.load(client);
            }
        }
    };

    // A row's text is written once, in the language of the moment, and its open state is a
    // signal the row owns: a closure in a row that reads a long-lived signal (the language, a
    // page-wide set) kept every row ever shown alive. A new language re-renders the rows.
    let row = move |g: Group, n: usize| {
        let (t, tag) = (lang.get_untracked().texts(), lang.get_untracked());
        let key =
            g.id.clone()
                .or(g.group_number.clone())
                .unwrap_or_else(|| format!("#{n}"));
        let is_open = RwSignal::new(expanded.with_value(|e| e.contains(&key)));
        let panel_id = format!("members-{n}");
        let mut forwarding = Vec::new();
        if g.is_forward_to_outer_group == Some(true) {
            let target = g
                .outer_group_id
                .as_deref()
                .map(|id| name_of(id).unwrap_or_else(|| id.to_string()));
            forwarding.push((t.forward_to_group)(target.as_deref().unwrap_or(t.missing)));
        }
        if g.is_forward_to_user_owner == Some(true) {
            forwarding.push(t.forward_to_owner.to_string());
        }
        let forwarding = if forwarding.is_empty() {
            t.missing.to_string()
        } else {
            forwarding.join("; ")
        };
        // Where calls go when no one answers: the destination's name in words. The API's
        // kind of destination (`target_timeout_type`) has no documented vocabulary, so it is
        // shown as sent, in the tooltip only.
        let kind = g.target_timeout_type.clone().filter(|s| !s.is_empty());
        let no_answer = match (
            g.target_timeout_name.as_deref().filter(|s| !s.is_empty()),
            &kind,
        ) {
            (Some(n), _) => n.to_string(),
            (None, Some(_)) => t.no_answer_forwarded.to_string(),
            (None, None) => t.missing.to_string(),
        };
        let date_by = |ms: Option<i64>, by: Option<&Actor>| {
            let date = ms
                .and_then(|ms| date_time(ms, tag))
                .unwrap_or_else(|| t.missing.to_string());
            match by
                .and_then(|a| a.name.as_deref())
                .filter(|b| !b.trim().is_empty())
            {
                Some(by) => (t.date_by)(&date, by),
                None => date,
            }
        };
        let members = g.members.clone();
        let deleted = g.is_deleted == Some(true);
        // One row group per group: its row and, when open, its members. A keystroke that
        // replaces rows then inserts and removes one node per group, not two.
        view! {
            <tbody>
            <tr class:deleted=deleted>
                <th scope="row" title=g.group_name.clone()>
                    <button type="button" class="expand" aria-expanded=move || is_open.get().to_string()
                        aria-controls=panel_id.clone() on:click=move |_| toggle(&key, is_open)>
                        <span class="chevron" aria-hidden="true"></span>
                        {t.or_missing(&g.group_name)}
                    </button>
                    {deleted.then(|| view! { <span class="badge">{t.deleted_badge}</span> })}
                </th>
                <td>{t.or_missing(&g.group_number)}</td>
                <td>{strategy(&g.strategy, t)}</td>
                <td class="num">{members.len()}</td>
                <td>{forwarding}</td>
                <td title=kind>{no_answer}</td>
                <td>{date_by(g.created_date, g.create_by.as_ref())}</td>
                <td>{date_by(g.last_updated_date, g.last_update_by.as_ref())}</td>
                <td title=g.note.clone()>{t.or_missing(&g.note)}</td>
            </tr>
            {move || is_open.get().then(|| view! {
                <tr class="members-row" id=panel_id.clone()>
                    <td colspan="9"><MemberList members=members.clone() directory=directory /></td>
                </tr>
            })}
            </tbody>
        }
    };

    let content = move || {
        match data.get() {
        None => view! { <p class="muted" role="status">{tr(|t| t.loading)}</p> }.into_any(),
        Some(Err(e)) => view! {
            <ErrorPanel
                what=tr(|t| t.load_groups_failed)
                error=e
                on_retry=Callback::new(move |_| data.refetch())
            />
        }
        .into_any(),
        Some(Ok(_)) => view! {
            <Show
                when=move || info.with(|i| i.total_items > 0)
                fallback=move || {
                    let k = typed.get();
                    let message = if k.is_empty() { t().no_groups.to_string() } else { (t().no_group_match)(&k) };
                    view! { <p class="empty" role="status">{message}</p> }
                }
            >
                <SkipToPager />
                // Not a Tab stop of its own in Firefox: see the extensions table.
                <div class="table-wrap" tabindex="-1">
                    <table class="data groups" id="groups-table" tabindex="-1">
                        <caption class="visually-hidden">{tr(|t| t.groups_title)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(|t| t.col_group)}</th>
                                <th scope="col">{tr(|t| t.col_group_number)}</th>
                                <th scope="col">{tr(|t| t.col_strategy)}</th>
                                <th scope="col">{tr(|t| t.col_members)}</th>
                                <th scope="col">{tr(|t| t.col_forwarding)}</th>
                                <th scope="col">{tr(|t| t.col_no_answer)}</th>
                                <th scope="col">{tr(|t| t.col_created)}</th>
                                <th scope="col">{tr(|t| t.col_updated)}</th>
                                <th scope="col">{tr(|t| t.col_note)}</th>
                            </tr>
                        </thead>
                        // Keyed by the group's place in the whole list (and the language), so a
                        // keystroke only adds and removes the rows that change.
                        <For
                            each=move || {
                                let code = lang.get().code();
                                rows.get().into_iter().map(move |(k, g)| ((code, k), g)).collect::<Vec<_>>()
                            }
                            key=|(key, _)| *key
                            children=move |((_, k), g)| row(g, k)
                        />
                    </table>
                </div>
                <Pagination info=info.into() on_page=Callback::new(move |p: u32| {
                    // With the keyword as typed: a click just after typing is not undone when
                    // the typing settles.
                    let keyword = Some(typed.get_untracked()).filter(|k| !k.is_empty());
                    list.set(&[("page", Some(p.to_string())), ("keyword", keyword)], false);
                    // The keyboard lands on the new rows, as on Extensions.
                    request_animation_frame(|| focus_list("groups-table"));
                }) />
            </Show>
        }
        .into_any(),
    }
    };

    view! {
        <main class="page">
            <h1>{tr(|t| t.groups_title)}</h1>
            <div class="toolbar">
                <ListControls
                    list=list
                    label=tr(|t| t.search_groups)
                    placeholder=tr(|t| t.search_groups_hint)
                    text=text
                />
                <label class="check">
                    <input type="checkbox" prop:checked=show_deleted on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        list.set(&[("deleted", on.then(|| "1".to_string())), ("page", Some("1".into()))], true);
                    } />
                    <span>{tr(|t| t.show_deleted)}</span>
                </label>
            </div>
            {content}
        </main>
    }
}
