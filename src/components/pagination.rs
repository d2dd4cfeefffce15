//! Paging controls: first, previous, nearby pages, next, last, and "x–y of N". Used by both
//! list pages, whether the paging is done by the server or in the browser.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{ListQuery, Page};
use crate::i18n::{tr, use_texts};
use crate::lang::use_lang;
use crate::text::count;

/// Where a list stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageInfo {
    /// From 1.
    pub page: u32,
    pub size: u32,
    pub total_items: u64,
    pub total_pages: u32,
    /// Rows on this page.
    pub on_page: usize,
}

impl PageInfo {
    /// `total_pages` is derived when the server did not send it.
    pub fn new(
        page: u32,
        size: u32,
        total_items: u64,
        total_pages: Option<u32>,
        on_page: usize,
    ) -> Self {
        let size = size.max(1);
        let total_pages = total_pages.unwrap_or_else(|| total_items.div_ceil(size as u64) as u32);
        PageInfo {
            page: page.max(1),
            size,
            total_items,
            total_pages,
            on_page,
        }
    }
    /// Where a server's answer to `q` stands. Values the server left out are taken from the
    /// query; without a total, this page is taken to be the last.
    pub fn of_answer<T>(q: &ListQuery, p: &Page<T>) -> Self {
        let n = |v: Option<i64>| v.map(|v| v.max(0) as u64);
        let on_page = p.items.len();
        let size = n(p.page_size).map_or(q.size, |v| v as u32);
        PageInfo::new(
            n(p.page_number).map_or(q.page, |v| v as u32),
            size,
            n(p.total_items)
                .unwrap_or((q.page as u64).saturating_sub(1) * q.size as u64 + on_page as u64),
            p.pages(size).map(|v| v as u32),
            on_page,
        )
    }
    /// Where `total` rows paged in the browser stand at `page` (kept within the pages there are).
    pub fn of_slice(page: u32, size: u32, total: u64) -> Self {
        let size = size.max(1);
        let pages = total.div_ceil(size as u64) as u32;
        let page = page.clamp(1, pages.max(1));
        let on_page =
            (total.saturating_sub((page as u64 - 1) * size as u64)).min(size as u64) as usize;
        PageInfo::new(page, size, total, Some(pages), on_page)
    }
    /// Where this page's rows start in the whole list.
    pub fn offset(&self) -> usize {
        (self.page as usize).saturating_sub(1) * self.size as usize
    }
    pub fn has_previous(&self) -> bool {
        self.page > 1
    }
    pub fn has_next(&self) -> bool {
        self.page < self.total_pages
    }
    /// The 1-based numbers of the first and last rows shown, `(0, 0)` when none are.
    pub fn range(&self) -> (u64, u64) {
        if self.on_page == 0 {
            return (0, 0);
        }
        let first = (self.page as u64 - 1) * self.size as u64 + 1;
        (first, first + self.on_page as u64 - 1)
    }
    /// Up to five page numbers around the current one.
    pub fn nearby(&self) -> Vec<u32> {
        let last = self.total_pages.max(1);
        let start = self
            .page
            .saturating_sub(2)
            .max(1)
            .min(last.saturating_sub(4).max(1));
        (start..=(start + 4).min(last)).collect()
    }
}

/// After a page change the keyboard lands on the list that changed (the element with `id`),
/// and the window shows the new page from its top: paged from the pager below the table, the
/// view would otherwise stay at the bottom of the new page. Done in the next animation frame,
/// once the new rows are all in: measuring while they are still being written forces a layout
/// of the table that the frame then does again.
pub fn focus_list(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            let top = el.get_bounding_client_rect().top();
            if top < 0.0 {
                window().scroll_by_with_x_and_y(0.0, top);
            }
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    })
}

/// The pager's id: where [`SkipToPager`] sends the keyboard.
const PAGER_ID: &str = "pager";

/// A way past a long table to its pager: a keyboard user would otherwise Tab through every
/// row's controls. Placed just before the table; it shows only while it has focus.
#[component]
pub fn SkipToPager() -> impl IntoView {
    view! {
        <button type="button" class="skip" on:click=|_| focus_list(PAGER_ID)>
            {tr(|t| t.skip_to_pager)}
        </button>
    }
}

#[component]
pub fn Pagination(info: Signal<PageInfo>, on_page: Callback<u32>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let go = move |p: u32| on_page.run(p);
    view! {
        <nav class="pagination" id=PAGER_ID tabindex="-1" aria-label=tr(|t| t.pagination)>
            <span class="range" aria-live="polite">
                {move || {
                    let (i, lang) = (info.get(), lang.get());
                    let (a, b) = i.range();
                    (t().range)(&count(a, lang), &count(b, lang), &count(i.total_items, lang))
                }}
            </span>
            <button type="button" aria-label=tr(|t| t.first_page)
                disabled=move || !info.get().has_previous() on:click=move |_| go(1)>"«"</button>
            <button type="button" aria-label=tr(|t| t.previous_page)
                disabled=move || !info.get().has_previous() on:click=move |_| go(info.get_untracked().page.saturating_sub(1))>"‹"</button>
            {move || {
                let i = info.get();
                i.nearby()
                    .into_iter()
                    .map(|n| {
                        let current = n == i.page;
                        view! {
                            <button type="button" class:current=current
                                aria-label=move || (t().page_n)(n)
                                aria-current=current.then_some("page")
                                on:click=move |_| go(n)>{n}</button>
                        }
                    })
                    .collect_view()
            }}
            <button type="button" aria-label=tr(|t| t.next_page)
                disabled=move || !info.get().has_next() on:click=move |_| go(info.get_untracked().page + 1)>"›"</button>
            <button type="button" aria-label=tr(|t| t.last_page)
                disabled=move || !info.get().has_next() on:click=move |_| go(info.get_untracked().total_pages)>"»"</button>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::PageInfo;

    #[test]
    fn reads_an_answer_with_what_the_server_left_out() {
        use crate::api::{ListQuery, Page};
        let q = ListQuery {
            page: 3,
            size: 50,
            keyword: String::new(),
        };
        let p = |items: usize, total: Option<i64>| Page::<u8> {
            items: vec![0; items],
            page_number: None,
            page_size: None,
            total_items: total,
            total_pages: None,
            has_next: None,
        };
        let i = PageInfo::of_answer(&q, &p(30, Some(130)));
        assert_eq!(
            (i.page, i.size, i.total_pages, i.range()),
            (3, 50, 3, (101, 130))
        );
        // No total: this page is the last one.
        let i = PageInfo::of_answer(&q, &p(50, None));
        assert_eq!((i.total_items, i.total_pages), (150, 3));
        assert!(!i.has_next());
    }

    #[test]
    fn derives_pages_and_ranges() {
        let i = PageInfo::new(3, 50, 130, None, 30);
        assert_eq!(i.total_pages, 3);
        assert_eq!(i.range(), (101, 130));
        assert!(i.has_previous() && !i.has_next());
        assert_eq!(i.nearby(), vec![1, 2, 3]);
        let i = PageInfo::new(7, 10, 130, Some(13), 10);
        assert_eq!(i.nearby(), vec![5, 6, 7, 8, 9]);
        assert_eq!(
            PageInfo::new(13, 10, 130, Some(13), 10).nearby(),
            vec![9, 10, 11, 12, 13]
        );
        assert_eq!(PageInfo::new(1, 50, 0, Some(0), 0).range(), (0, 0));
    }
}
