//! Page, size and keyword of a list, kept in the URL query (`?page=2&size=25&keyword=vy`) so
//! reload, back/forward and shared links restore them. Every list page uses this. A new page,
//! size or keyword shows at once and reaches the address a moment later ([`ADDRESS_AFTER`]).

use std::time::Duration;

use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use leptos_use_storage::use_local_storage;

use crate::api::ListQuery;
use crate::base_path;
use crate::tasks::after;

/// The sizes the page-size chooser offers.
pub const PAGE_SIZES: [u32; 4] = [10, 25, 50, 100];
pub const DEFAULT_SIZE: u32 = 50;

/// Reads the URL query; a missing or unusable value takes its default. A URL means one view
/// wherever it is opened, so a size remembered in this browser never stands in for a missing one.
fn parse(get: impl Fn(&str) -> Option<String>) -> ListQuery {
    let num = |k: &str| {
        get(k)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| *n > 0)
    };
    ListQuery {
        page: num("page").unwrap_or(1),
        size: num("size")
            .filter(|s| PAGE_SIZES.contains(s))
            .unwrap_or(DEFAULT_SIZE),
        keyword: get("keyword").unwrap_or_default(),
    }
}

/// A link to a list page showing these query values (e.g. Groups linking to an extension's
/// detail), encoded as the list pages encode their own.
pub fn list_href(path: &str, values: &[(&'static str, String)]) -> String {
    let mut q = ParamsMap::new();
    for (k, v) in values {
        q.insert(*k, v.clone());
    }
    base_path::href(&with_query(path, &q))
}

/// An app path with this query, as the list pages write their own.
fn with_query(path: &str, q: &ParamsMap) -> String {
    format!("{path}{}", q.to_query_string())
}

/// The list's params from the URL and the way to change them.
#[derive(Clone, Copy)]
pub struct UrlList {
    pub params: Memo<ListQuery>,
    /// The query on screen: the address's, or a view change not yet written to it.
    query: Memo<ParamsMap>,
    /// The pending address: a new page, size or keyword, shown at once and written to the
    /// address when it has stood for [`ADDRESS_AFTER`].
    pending: RwSignal<Option<ParamsMap>>,
    navigate: Callback<(String, bool)>,
    remembered_size: WriteSignal<u32>,
    path: &'static str,
    /// Query keys that name a row of the current view (the open detail): a new page, size or
    /// keyword shows other rows, so they are dropped with it.
    row_keys: &'static [&'static str],
}

/// Writing a history entry makes Chromium draw a frame for it at once, so on a fast API the
/// new rows waited for the frame after: the benchmark's page switch took about 10 ms longer
/// with the entry written at the click (docs/performance.md). A moment later costs nothing.
const ADDRESS_AFTER: Duration = Duration::from_millis(100);

/// The list on screen, app-wide, whose pending address must be written before anything leaves
/// it (a link in the header, the shell's `next=` when a session ends): it names the view on
/// screen, and history needs its entry.
#[derive(Clone, Copy)]
pub struct PendingAddress(StoredValue<Option<UrlList>>);

impl PendingAddress {
    /// Writes a view change still waiting to the address now.
    pub fn write(&self) {
        if let Some(list) = self.0.try_get_value().flatten() {
            list.write_pending();
        }
    }
}

pub fn provide_pending_address() -> PendingAddress {
    let pending = PendingAddress(StoredValue::new(None));
    provide_context(pending);
    pending
}

/// `path` is the page's own path; `size_key` names where the chosen page size is remembered;
/// `row_keys` are the query keys that belong to the rows on screen.
pub fn use_list_params(
    path: &'static str,
    size_key: &'static str,
    row_keys: &'static [&'static str],
) -> UrlList {
    let address = use_query_map();
    let pending = RwSignal::new(None::<ParamsMap>);
    let query = Memo::new(move |_| pending.get().unwrap_or_else(|| address.get()));
    let (size, set_size, _) = use_local_storage::<u32, FromToStringCodec>(size_key);
    let params = Memo::new(move |_| {
        query.with(|q| {
            let mut p = parse(|k| q.get(k));
            // A bare address shows the size remembered here, which the effect below writes
            // into it: asking with the default size first would be a request for nothing.
            let remembered = size.get();
            if q.to_query_string().is_empty() && PAGE_SIZES.contains(&remembered) {
                p.size = remembered;
            }
            p
        })
    });
    let nav = use_navigate();
    let navigate = Callback::new(move |(to, replace): (String, bool)| {
        nav(
            &to,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        )
    });
    // The page opened bare (the header's link, a bookmark of the page): the size remembered
    // here is written into the URL, so that this entry too names the view it shows.
    Effect::new(move |_| {
        let remembered = size.get();
        let bare = address.with(|q| q.to_query_string().is_empty());
        if bare && remembered != DEFAULT_SIZE && PAGE_SIZES.contains(&remembered) {
            navigate.run((format!("{path}?size={remembered}"), true));
        }
    });
    let list = UrlList {
        params,
        query,
        pending,
        navigate,
        remembered_size: set_size,
        path,
        row_keys,
    };
    // Back, Forward or a link moved the address: what it says wins over a change not yet in it.
    Effect::new(move |_| {
        address.track();
        if pending.with_untracked(Option::is_some) {
            pending.set(None);
        }
    });
    if let Some(holder) = use_context::<PendingAddress>() {
        holder.0.set_value(Some(list));
        // Unless the next page has already put itself there.
        on_cleanup(move || {
            holder.0.try_update_value(|l| {
                if l.is_some_and(|l| l.pending == pending) {
                    *l = None;
                }
            });
        });
    }
    // Each new change re-arms the timer; leaving the page drops it.
    Effect::new(move |_| {
        if pending.with(Option::is_some) {
            after(ADDRESS_AFTER, move || list.write_pending());
        }
    });
    list
}

impl UrlList {
    /// Changes some query values, keeping the others (e.g. an open detail).
    pub fn set(&self, changes: &[(&'static str, Option<String>)], replace: bool) {
        // A view change still waiting goes first, so that history keeps the order of both.
        self.write_pending();
        let mut q = self.query.get_untracked();
        edit(&mut q, changes);
        self.navigate.run((with_query(self.path, &q), replace));
    }

    /// Shows other rows (page, size, keyword): what named a row of the old view goes. The
    /// address follows (see [`ADDRESS_AFTER`]) in a new history entry; changes made before it
    /// does make one entry.
    fn change_view(&self, changes: &[(&'static str, Option<String>)]) {
        let mut q = self.query.get_untracked();
        for k in self.row_keys {
            q.remove(k);
        }
        edit(&mut q, changes);
        self.pending.set(Some(q));
    }

    fn write_pending(&self) {
        if let Some(Some(q)) = self.pending.try_get_untracked() {
            self.navigate.run((with_query(self.path, &q), false));
            // After the address has it: the query on screen stays the same.
            self.pending.try_set(None);
        }
    }

    pub fn go_to_page(&self, page: u32) {
        self.change_view(&[("page", Some(page.to_string()))]);
    }

    /// A new keyword starts again on page 1. Each settled keyword is a history entry of its
    /// own, so Back returns to the list as it was before the search.
    pub fn search(&self, keyword: String) {
        let keyword = Some(keyword).filter(|k| !k.is_empty());
        self.change_view(&[("keyword", keyword), ("page", Some("1".into()))]);
    }

    /// A new page size is remembered in the browser and starts again on page 1.
    pub fn set_size(&self, size: u32) {
        self.remembered_size.set(size);
        self.change_view(&[("size", Some(size.to_string())), ("page", Some("1".into()))]);
    }

    /// Another query value of the page, e.g. the open detail.
    pub fn get(&self, key: &str) -> Option<String> {
        self.query.with(|q| q.get(key))
    }
}

fn edit(q: &mut ParamsMap, changes: &[(&'static str, Option<String>)]) {
    for (k, v) in changes {
        q.remove(k);
        if let Some(v) = v {
            q.insert(*k, v.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ParamsMap` decodes through the browser, so the tests read plain pairs.
    fn parse_pairs(pairs: &[(&str, &str)]) -> ListQuery {
        parse(|k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn a_url_without_a_size_means_the_default_size() {
        let p = parse_pairs(&[("keyword", "an"), ("page", "2")]);
        assert_eq!(
            (p.page, p.size, p.keyword.as_str()),
            (2, DEFAULT_SIZE, "an")
        );
        assert_eq!(parse_pairs(&[("size", "10")]).size, 10);
        // A size the chooser does not offer, or nonsense, is the default too.
        assert_eq!(parse_pairs(&[("size", "7")]).size, DEFAULT_SIZE);
        assert_eq!(parse_pairs(&[("page", "-1"), ("size", "x")]).page, 1);
    }
}
