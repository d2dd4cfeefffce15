//! The Extensions page: the server-paginated, searchable list of extensions, with switches,
//! a detail drawer, CSV export and bulk changes. Page, size, keyword, the rows' order and the
//! open detail live in the URL.

mod ask_first;
mod bulk;
mod columns;
mod detail;
mod export;
mod history;
mod impact;
mod member_of;
mod preview;
mod row;
mod table;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::api::{ApiError, Extension, ListQuery, Page};
use crate::components::empty_list::EmptyList;
use crate::components::error_panel::ErrorPanel;
use crate::components::list_controls::ListControls;
use crate::components::loaded::Loading;
use crate::components::pagination::{focus_list, PageInfo, Pagination, SkipToPager};
use crate::components::toast::use_toasts;
use crate::i18n::{tr, use_texts};
use crate::latest::Latest;
use crate::list_params::{use_list_params, UrlList};
use crate::session::use_auth;
use crate::status::{use_statuses, Statuses};
use ask_first::{guarded_toggle, AskFirst};
use bulk::{Across, BulkBar, Matches};
use detail::OpenDetail;
use export::ExportButton;
use impact::Impact;
use row::Selection;
use table::{keyboard_on_a_row, ExtensionTable, TABLE_ID};

/// What the page's body shows.
#[derive(Clone, PartialEq)]
enum Body {
    Loading,
    Failed(ApiError),
    /// No rows, for this keyword.
    Empty(String),
    /// A page past the last one: (that page, the last page).
    PastEnd(u32, u32),
    Table,
}

/// What the body shows for the latest answer (`None` while the first is awaited).
fn body_of(answer: Option<&(ListQuery, Result<Page<Extension>, ApiError>)>, pages: u32) -> Body {
    match answer {
        None => Body::Loading,
        Some((_, Err(e))) => Body::Failed(e.clone()),
        Some((q, Ok(p))) if p.items.is_empty() && q.page > 1 => Body::PastEnd(q.page, pages.max(1)),
        Some((q, Ok(p))) if p.items.is_empty() => Body::Empty(q.keyword.clone()),
        Some(_) => Body::Table,
    }
}

/// The latest list answer, with the query it answers.
type Answers = Latest<ListQuery, Result<Page<Extension>, ApiError>>;

/// What each new answer brings: it is the server's word on states; the selection keeps only
/// rows still shown, unless it is every match of the search the answer is for; a detail named in the URL for a row not shown is said and dropped from the
/// URL, not ignored (the drawer is open exactly when the URL says so); after a page change, or
/// when it was on a row, the keyboard lands on the table.
fn follow_answers(
    data: Answers,
    rows: Memo<Vec<Extension>>,
    statuses: Statuses,
    selection: Selection,
    across: Across,
    open: Memo<Option<String>>,
    list: UrlList,
) {
    let (t, toasts) = (use_texts(), use_toasts());
    Effect::new(move |previous: Option<Option<u32>>| {
        let (page, keyword, answered) = data.with(|d| match d {
            Some((q, r)) => (Some(q.page), Some(q.keyword.clone()), r.is_ok()),
            None => (None, None, false),
        });
        rows.with_untracked(|r| statuses.list_loaded(r));
        let sips: HashSet<String> =
            rows.with_untracked(|r| r.iter().filter_map(|e| e.sip_user.clone()).collect());
        if across.get_untracked() != keyword {
            across.set(None);
            selection.update(|s| s.retain(|sip| sips.contains(sip)));
        }
        if let Some(sip) = open
            .get_untracked()
            .filter(|s| answered && !sips.contains(s))
        {
            toasts.failure((t().ext_not_on_page)(&sip));
            list.set(&[("ext", None)], true);
        }
        // Rows are rewritten in place (row.rs): a keyboard left on a row's control would now
        // be on another extension's, where the next key would change it.
        if matches!(previous, Some(Some(p)) if Some(p) != page) || keyboard_on_a_row() {
            focus_list(TABLE_ID);
        }
        page
    });
}

/// A page past the last one, and the way to the last.
#[component]
fn PastEnd(page: u32, last: u32, list: UrlList) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="empty" role="status">{move || (t().past_end)(page, last)}</p>
        <button type="button" on:click=move |_| list.go_to_page(last)>
            {move || (t().go_to_page)(last)}
        </button>
    }
}

/// The body when it is not the table: loading, a failure, no rows, or past the last page.
#[component]
fn NoTable(body: Body, data: Answers, list: UrlList) -> impl IntoView {
    match body {
        // `Table` never comes here: the page shows the table itself.
        Body::Loading | Body::Table => view! { <Loading /> }.into_any(),
        Body::Failed(e) => view! {
            <ErrorPanel
                what=tr(|t| t.load_extensions_failed)
                error=e
                on_retry=Callback::new(move |_| data.refetch())
            />
        }
        .into_any(),
        Body::Empty(keyword) => view! {
            <EmptyList keyword=Signal::stored(keyword) none=|t| t.no_extensions no_match=|t| t.no_match />
        }
        .into_any(),
        Body::PastEnd(page, last) => view! { <PastEnd page last list /> }.into_any(),
    }
}

/// Where the page size chosen here is remembered (`early.js` reads it too).
pub const SIZE_KEY: &str = "switchboard.extensions.pageSize";

#[component]
pub fn ExtensionsPage() -> impl IntoView {
    let auth = use_auth();
    let list = use_list_params("/extensions", SIZE_KEY, &["ext"]);
    let params = list.params;

    // A newer query aborts the request still in flight; only the latest answer shows.
    let data = Latest::new(params, move |q: ListQuery, abort| {
        let client = auth.require_client();
        async move { client?.extensions(&q, abort.as_ref()).await }
    });

    let statuses = use_statuses();
    let selection = RwSignal::new(HashSet::<String>::new());
    let across: Across = RwSignal::new(None);
    let rows = Memo::new(move |_| {
        data.with(|d| match d {
            Some((_, Ok(p))) => p.items.clone(),
            _ => Vec::new(),
        })
    });
    let info = Memo::new(move |_| {
        data.with(|d| match d {
            Some((q, Ok(p))) => PageInfo::of_answer(q, p),
            _ => PageInfo::new(1, params.get_untracked().size, 0, Some(0), 0),
        })
    });
    // The rows on screen answer an older query while a newer one loads.
    let stale =
        Signal::derive(move || data.with(|d| d.as_ref().is_some_and(|(q, _)| *q != params.get())));

    let open = Memo::new(move |_| list.get("ext"));
    follow_answers(data, rows, statuses, selection, across, open, list);
    let matches = Signal::derive(move || {
        data.with(|d| match d {
            Some((q, Ok(p))) => Matches {
                keyword: q.keyword.clone(),
                total: info.with(|i| i.total_items),
                on_page: p.items.len(),
            },
            _ => Matches::default(),
        })
    });

    let impact = Impact::new();
    let asking = RwSignal::new(None);
    let on_toggle = guarded_toggle(statuses, impact, asking);

    // The rows' order is in the URL too, so a reload or a shared link keeps it; changing it
    // replaces the history entry rather than adding one per click.
    let sort = Memo::new(move |_| list.get("sort"));
    let on_sort = Callback::new(move |s: String| list.set(&[("sort", Some(s))], true));
    let on_details = Callback::new(move |sip: String| list.set(&[("ext", Some(sip))], false));
    // Closing gives the keyboard back to the Details button that opened the drawer.
    let close = Callback::new(move |_| {
        if let Some(sip) = open.get_untracked() {
            row::focus_details(&sip);
        }
        list.set(&[("ext", None)], false);
    });
    // The search box's text, owned here so that export takes what the box shows even before
    // the typing has settled into the URL.
    let text = RwSignal::new(params.with_untracked(|p| p.keyword.clone()));
    let keyword = Signal::derive(move || text.with(|t| t.trim().to_string()));
    // Only a change of kind rebuilds the body, so a new page of rows updates the table in
    // place instead of building a new one.
    let body = Memo::new(move |_| data.with(|d| body_of(d.as_ref(), info.with(|i| i.total_pages))));
    let table = move || {
        view! {
            <SkipToPager />
            <ExtensionTable
                rows=rows.into()
                sort=sort.into()
                on_sort=on_sort
                statuses=statuses
                selection=selection
                stale=stale
                on_toggle=on_toggle
                on_details=on_details
            />
        }
    };
    let content = move || match body.get() {
        Body::Table => table().into_any(),
        other => view! { <NoTable body=other data list /> }.into_any(),
    };

    view! {
        <main class="page">
            <h1>{tr(|t| t.extensions_title)}</h1>
            <div class="toolbar">
                <ListControls
                    list=list
                    label=tr(|t| t.search_extensions)
                    placeholder=tr(|t| t.search_extensions_hint)
                    text=text
                />
                <ExportButton keyword=keyword />
            </div>
            <BulkBar selection across matches statuses impact />
            {content}
            <Show when=move || body.get() == Body::Table>
                <Pagination info=info.into() on_page=Callback::new(move |p| list.go_to_page(p)) />
            </Show>
            <OpenDetail open rows statuses impact on_close=close />
            <AskFirst asking statuses />
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(
        page: u32,
        keyword: &str,
        rows: usize,
    ) -> (ListQuery, Result<Page<Extension>, ApiError>) {
        let q = ListQuery {
            page,
            size: 50,
            keyword: keyword.to_string(),
        };
        let p = Page {
            items: vec![Extension::default(); rows],
            page_number: None,
            page_size: None,
            total_items: None,
            total_pages: None,
            has_next: None,
        };
        (q, Ok(p))
    }

    #[test]
    fn the_body_says_loading_failed_empty_past_the_end_or_shows_the_table() {
        assert!(body_of(None, 0) == Body::Loading);
        let failed = (answer(1, "", 0).0, Err(ApiError::Unreachable));
        assert!(body_of(Some(&failed), 0) == Body::Failed(ApiError::Unreachable));
        assert!(body_of(Some(&answer(1, "", 0)), 0) == Body::Empty(String::new()));
        assert!(body_of(Some(&answer(1, "an", 0)), 0) == Body::Empty("an".into()));
        assert!(body_of(Some(&answer(9, "", 0)), 3) == Body::PastEnd(9, 3));
        assert!(body_of(Some(&answer(9, "zzz", 0)), 0) == Body::PastEnd(9, 1));
        assert!(body_of(Some(&answer(2, "", 30)), 3) == Body::Table);
    }
}
