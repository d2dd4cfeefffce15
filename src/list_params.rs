//! Page, size and keyword of a list, kept in the URL query (`?page=2&size=25&keyword=vy`) so
//! reload, back/forward and shared links restore them. Both list pages use this.

use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use leptos_use_storage::use_local_storage;

use crate::api::ListQuery;

/// The sizes the page-size chooser offers.
pub const PAGE_SIZES: [u32; 4] = [10, 25, 50, 100];
pub const DEFAULT_SIZE: u32 = 50;

/// Reads the URL query; a missing or unusable value takes its default.
fn parse(q: &ParamsMap, default_size: u32) -> ListQuery {
    let num = |k: &str| {
        q.get(k)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| *n > 0)
    };
    ListQuery {
        page: num("page").unwrap_or(1),
        size: num("size")
            .filter(|s| PAGE_SIZES.contains(s))
            .unwrap_or(default_size),
        keyword: q.get("keyword").unwrap_or_default(),
    }
}

/// The list's params from the URL and the way to change them.
#[derive(Clone, Copy)]
pub struct UrlList {
    pub params: Memo<ListQuery>,
    query: Memo<ParamsMap>,
    navigate: Callback<(String, bool)>,
    remembered_size: WriteSignal<u32>,
    path: &'static str,
}

/// `path` is the page's own path; `size_key` names where the chosen page size is remembered.
pub fn use_list_params(path: &'static str, size_key: &'static str) -> UrlList {
    let query = use_query_map();
    let (size, set_size, _) = use_local_storage::<u32, FromToStringCodec>(size_key);
    let default_size = move || {
        Some(size.get())
            .filter(|s| PAGE_SIZES.contains(s))
            .unwrap_or(DEFAULT_SIZE)
    };
    let params = Memo::new(move |_| query.with(|q| parse(q, default_size())));
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
    UrlList {
        params,
        query,
        navigate,
        remembered_size: set_size,
        path,
    }
}

impl UrlList {
    /// Changes some query values, keeping the others (e.g. an open detail).
    pub fn set(&self, changes: &[(&'static str, Option<String>)], replace: bool) {
        let mut q = self.query.get_untracked();
        for (k, v) in changes {
            q.remove(k);
            if let Some(v) = v {
                q.insert(*k, v.clone());
            }
        }
        self.navigate
            .run((format!("{}{}", self.path, q.to_query_string()), replace));
    }

    pub fn go_to_page(&self, page: u32) {
        self.set(&[("page", Some(page.to_string()))], false);
    }

    /// A new keyword starts again on page 1. Typing replaces the history entry rather than
    /// adding one per settled word.
    pub fn search(&self, keyword: String) {
        let keyword = Some(keyword).filter(|k| !k.is_empty());
        self.set(&[("keyword", keyword), ("page", Some("1".into()))], true);
    }

    /// A new page size is remembered in the browser and starts again on page 1.
    pub fn set_size(&self, size: u32) {
        self.remembered_size.set(size);
        self.set(
            &[("size", Some(size.to_string())), ("page", Some("1".into()))],
            false,
        );
    }

    /// Another query value of the page, e.g. the open detail.
    pub fn get(&self, key: &str) -> Option<String> {
        self.query.with(|q| q.get(key))
    }
}
