//! The page object of the list endpoint, computed as the contract's example shows it.

use serde_json::{json, Value};

pub const DEFAULT_SIZE: usize = 50;
/// Larger sizes are capped, so one request can't ask for everything.
pub const MAX_SIZE: usize = 200;

/// Reads `page` and `size` as the vendor's defaults suggest: absent, zero, negative or not a
/// number falls back to page 1 and size 50.
pub fn parse(page: Option<&str>, size: Option<&str>) -> (usize, usize) {
    let num = |s: Option<&str>| {
        s.and_then(|s| s.trim().parse::<usize>().ok())
            .filter(|n| *n > 0)
    };
    let page = num(page).unwrap_or(1);
    let size = num(size).unwrap_or(DEFAULT_SIZE).min(MAX_SIZE);
    (page, size)
}

/// One page of `all`: `next_page` stays on the current page when there is none, and
/// `previous_page` is 1 on page 1, as in the contract's example.
pub fn page<T: serde::Serialize>(all: &[T], page: usize, size: usize) -> Value {
    let total = all.len();
    let total_pages = total.div_ceil(size);
    let start = (page - 1).saturating_mul(size).min(total);
    let end = (start + size).min(total);
    let has_next = page < total_pages;
    let has_previous = page > 1;
    json!({
        "items": &all[start..end],
        "page_number": page,
        "page_size": size,
        "total_items": total,
        "total_pages": total_pages,
        "has_next": has_next,
        "next_page": if has_next { page + 1 } else { page },
        "has_previous": has_previous,
        "previous_page": if has_previous { page - 1 } else { 1 },
    })
}
