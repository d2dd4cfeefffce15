//! The Groups page: every internal group from `get_all`, searched, filtered and paged in the
//! browser (the API has no paging for groups). Only one page of rows is ever rendered.

mod members;
mod row;
mod table;

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::{Group, ListQuery};
use crate::components::empty_list::EmptyList;
use crate::components::list_controls::ListControls;
use crate::components::loaded::Loaded;
use crate::components::pagination::{focus_list, PageInfo};
use crate::i18n::tr;
use crate::list_params::{use_list_params, UrlList};
use crate::perf;
use crate::session::use_auth;
use crate::text::fold;
use row::OpenGroups;
use table::GroupsTable;

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

/// The places in `groups` of those that pass the filters: the work done per keystroke.
fn matching(groups: &[Indexed], folded_keyword: &str, deleted: bool) -> Vec<usize> {
    groups
        .iter()
        .enumerate()
        .filter(|(_, g)| deleted || g.group.is_deleted != Some(true))
        .filter(|(_, g)| folded_keyword.is_empty() || g.key.contains(folded_keyword))
        .map(|(i, _)| i)
        .collect()
}

/// The groups of one page: the `i.page`th slice of `matching`, each with its place in `groups`.
fn page_rows(groups: &[Indexed], matching: &[usize], i: PageInfo) -> Vec<(usize, Group)> {
    matching
        .iter()
        .skip(i.offset())
        .take(i.size as usize)
        .filter_map(|&k| groups.get(k).map(|g| (k, g.group.clone())))
        .collect()
}

/// The name of the group with this id, for forwarding.
fn group_name(groups: &[Indexed], id: &str) -> Option<String> {
    groups
        .iter()
        .find(|g| g.group.id.as_deref() == Some(id))
        .and_then(|g| g.group.group_name.clone())
}

/// Deleted groups are hidden unless this is checked; the choice is in the URL (`deleted=1`).
#[component]
fn ShowDeleted(list: UrlList, shown: Memo<bool>) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=shown on:change=move |ev| {
                let on = event_target_checked(&ev);
                list.set(&[("deleted", on.then(|| "1".to_string())), ("page", Some("1".into()))], true);
            } />
            <span>{tr(|t| t.show_deleted)}</span>
        </label>
    }
}

/// The page of groups to show, and where it is among all that match the typed keyword.
fn paged(
    all: Signal<Arc<Vec<Indexed>>>,
    typed: Memo<String>,
    show_deleted: Memo<bool>,
    params: Memo<ListQuery>,
) -> (Memo<PageInfo>, Memo<Vec<(usize, Group)>>) {
    let matching = Memo::new(move |_| {
        let keyword = typed.with(|k| fold(k));
        all.with(|groups| matching(groups, &keyword, show_deleted.get()))
    });
    let info = Memo::new(move |_| {
        let p = params.get();
        // A new keyword starts on page 1 before the URL says so.
        let settled = typed.with(|k| *k == p.keyword);
        PageInfo::of_slice(
            if settled { p.page } else { 1 },
            p.size,
            matching.with(Vec::len) as u64,
        )
    });
    let rows = Memo::new(move |_| {
        let i = info.get();
        matching.with(|m| all.with(|groups| page_rows(groups, m, i)))
    });
    (info, rows)
}

#[component]
pub fn GroupsPage() -> impl IntoView {
    let auth = use_auth();
    let list = use_list_params("/groups", "switchboard.groups.pageSize", &[]);
    let params = list.params;
    let show_deleted = Memo::new(move |_| list.get("deleted").as_deref() == Some("1"));
    // The text in the search box: the filter follows every keystroke, while the URL (for
    // reload, back/forward and links) is written once typing settles, as on Extensions, since
    // a URL change is dearer than filtering and rendering the rows.
    let text = RwSignal::new(params.with_untracked(|p| p.keyword.clone()));
    let typed = Memo::new(move |_| text.with(|t| t.trim().to_string()));

    let data = LocalResource::new(move || {
        let client = auth.require_client();
        async move { client?.groups().await.map(|g| Arc::new(index(g))) }
    });
    // Shared, never copied: the groups can be tens of megabytes.
    let all = Signal::derive(move || {
        data.with(|d| {
            d.as_ref()
                .and_then(|r| r.as_ref().ok())
                .cloned()
                .unwrap_or_default()
        })
    });
    let (info, rows) = paged(all, typed, show_deleted, params);
    // For the benchmark: the work a keystroke causes ends when the rows for it are rendered
    // (the same rows, when the keystroke changed nothing).
    Effect::new(move |_| {
        typed.track();
        rows.track();
        perf::mark_rendered("sb:groups-rendered");
    });
    let name_of = Callback::new(move |id: String| all.with(|groups| group_name(groups, &id)));
    let open = OpenGroups::new(list.get("open"));
    let on_page = Callback::new(move |p: u32| {
        // With the keyword as typed: a click just after typing is not undone when the typing
        // settles.
        let keyword = Some(typed.get_untracked()).filter(|k| !k.is_empty());
        list.set(
            &[("page", Some(p.to_string())), ("keyword", keyword)],
            false,
        );
        // The keyboard lands on the new rows, as on Extensions.
        focus_list("groups-table");
    });

    let shown = move |_| {
        view! {
            <Show
                when=move || info.with(|i| i.total_items > 0)
                fallback=move || view! {
                    <EmptyList keyword=typed.into() none=|t| t.no_groups no_match=|t| t.no_group_match />
                }
            >
                <GroupsTable rows info open name_of on_page />
            </Show>
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
                <ShowDeleted list shown=show_deleted />
            </div>
            <Loaded
                data=Signal::derive(move || data.get())
                failed=|t| t.load_groups_failed
                on_retry=Callback::new(move |_| data.refetch())
                shown
            />
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str, deleted: bool) -> Group {
        Group {
            group_name: Some(name.to_string()),
            is_deleted: Some(deleted),
            ..Group::default()
        }
    }

    #[test]
    fn the_filter_ignores_diacritics_and_hides_deleted_groups_unless_asked() {
        let groups = index(vec![
            named("Nhóm Kỹ thuật", false),
            named("Nhóm Sales", true),
            named("Tổng đài Đà Nẵng", false),
        ]);
        assert_eq!(matching(&groups, "", false), vec![0, 2]);
        assert_eq!(matching(&groups, "", true), vec![0, 1, 2]);
        assert_eq!(matching(&groups, &fold("da nang"), false), vec![2]);
        assert_eq!(
            matching(&groups, &fold("sales"), false),
            Vec::<usize>::new()
        );
        assert_eq!(matching(&groups, &fold("sales"), true), vec![1]);
    }

    #[test]
    fn a_page_holds_its_slice_of_the_matching_groups() {
        let groups = index((0..5).map(|i| named(&format!("G{i}"), false)).collect());
        let rows = page_rows(&groups, &[0, 2, 3, 4], PageInfo::of_slice(2, 2, 4));
        let names: Vec<_> = rows
            .iter()
            .map(|(k, g)| (*k, g.group_name.clone().unwrap_or_default()))
            .collect();
        assert_eq!(names, [(3, "G3".to_string()), (4, "G4".to_string())]);
        assert_eq!(group_name(&groups, "none"), None);
    }

    #[test]
    fn a_page_past_the_end_shows_the_last_one() {
        let i = PageInfo::of_slice(9, 50, 130);
        assert_eq!((i.page, i.total_pages, i.range()), (3, 3, (101, 130)));
        let i = PageInfo::of_slice(1, 50, 0);
        assert_eq!((i.page, i.total_pages, i.on_page), (1, 0, 0));
    }
}
