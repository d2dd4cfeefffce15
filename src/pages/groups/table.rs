//! The groups table: one page of the groups that match, and the pager under it.

use leptos::prelude::*;

use super::row::{GroupRow, OpenGroups};
use crate::api::Group;
use crate::components::pagination::{PageInfo, Pagination, SkipToPager};
use crate::i18n::tr;
use crate::lang::use_lang;

#[component]
pub fn GroupsTable(
    /// The page's groups, each with its place in the whole list.
    rows: Memo<Vec<(usize, Group)>>,
    info: Memo<PageInfo>,
    open: OpenGroups,
    name_of: Callback<String, Option<String>>,
    on_page: Callback<u32>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
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
                    children=move |((_, n), g)| view! {
                        <GroupRow g n lang=lang.get_untracked() open name_of />
                    }
                />
            </table>
        </div>
        <Pagination info=info.into() on_page />
    }
}
