//! Export of the current search as CSV: every page, read through the pool (several at once),
//! with progress and Cancel, written as `csv` writes every export; the password is left out.
//! The pages of an empty search are the whole list: they become the visit's reading of it.

use leptos::prelude::*;
use web_sys::AbortController;

use crate::api::{ApiError, Extension, Walk};
use crate::components::pagination::PageInfo;
use crate::components::toast::use_toasts;
use crate::csv;
use crate::directory::use_directory;
use crate::i18n::{tr, use_texts, Texts};
use crate::session::use_auth;
use crate::tasks::OwnerHandle;
use crate::text::iso_utc;

/// Rows asked for per request.
const EXPORT_PAGE_SIZE: u32 = 100;
/// A guard against an API whose paging never ends.
const MAX_PAGES: u32 = 10_000;

#[derive(Clone, Copy, PartialEq)]
struct Progress {
    page: u32,
    pages: u32,
    rows: usize,
}

/// The CSV text (without BOM); the password is left out.
pub fn to_csv(rows: &[Extension], t: &Texts) -> String {
    let mut out = csv::line(&[
        t.col_extension,
        t.col_name,
        t.col_email,
        t.col_public_number,
        t.col_domain,
        t.col_proxy,
        t.col_created,
        t.col_updated,
        t.col_status,
    ]);
    for e in rows {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        let d = |v: Option<i64>| v.map(iso_utc).unwrap_or_default();
        // Unknown is an empty cell: a spreadsheet filter then tells it from a state.
        let status = e.enabled.map_or("", |s| t.state(Some(s)));
        out.push_str(&csv::line(&[
            s(&e.sip_user),
            s(&e.full_name),
            s(&e.email),
            s(&e.public_number),
            s(&e.domain),
            s(&e.outbound_proxy),
            d(e.created_date),
            d(e.last_updated_date),
            status.to_string(),
        ]));
    }
    out
}

#[component]
pub fn ExportButton(
    /// The keyword the search box shows, settled or not: what the admin sees is what is exported.
    keyword: Signal<String>,
) -> impl IntoView {
    let t = use_texts();
    let auth = use_auth();
    let toasts = use_toasts();
    let directory = use_directory();
    let progress = RwSignal::new(None::<Progress>);
    let controller = StoredValue::new_local(None::<AbortController>);

    let tasks = OwnerHandle::current();
    let start = move |_| {
        let Some(client) = auth.client() else { return };
        if progress.get_untracked().is_some() {
            return;
        }
        let abort = AbortController::new().ok();
        controller.set_value(abort.clone());
        let keyword = keyword.get_untracked();
        progress.set(Some(Progress {
            page: 0,
            pages: 0,
            rows: 0,
        }));
        tasks.spawn(async move {
            let signal = abort.as_ref().map(|a| a.signal());
            let mut rows: Vec<Extension> = Vec::new();
            let walk = Walk {
                keyword: &keyword,
                size: EXPORT_PAGE_SIZE,
                max_pages: MAX_PAGES,
                follow_total: true,
                abort: signal.as_ref(),
            };
            let outcome = client
                .every_extension_page(walk, &mut |q, p| {
                    let info = PageInfo::of_answer(q, &p);
                    rows.extend(p.items);
                    progress.set(Some(Progress {
                        page: q.page,
                        pages: info.total_pages.max(q.page),
                        rows: rows.len(),
                    }));
                })
                .await;
            progress.set(None);
            let t = t();
            match outcome {
                Ok(()) => {
                    let name = if keyword.is_empty() {
                        "extensions.csv".to_string()
                    } else {
                        format!("extensions-{keyword}.csv")
                    };
                    match csv::download(&name, &to_csv(&rows, t)) {
                        Ok(()) => toasts.success((t.export_done)(rows.len())),
                        Err(_) => toasts.failure(t.export_download_failed.to_string()),
                    }
                    if keyword.is_empty() {
                        directory.offer(rows);
                    }
                }
                Err(ApiError::Aborted) => toasts.success(t.export_cancelled.to_string()),
                Err(e) => toasts.failure(format!("{} {}", t.export_failed, t.error(&e))),
            }
        });
    };
    let cancel = move |_| {
        if let Some(c) = controller.get_value() {
            c.abort();
        }
    };

    // The button stays where it was while an export runs, refusing clicks (aria-disabled
    // keeps the keyboard on it): the progress comes before it, at the toolbar's end, so the
    // second click of a double click lands on the button again, not on Cancel.
    let running = move || progress.with(Option::is_some);
    view! {
        {move || progress.get().map(|p| view! {
            <span class="export-progress" role="status">
                <progress max=p.pages.max(1) value=p.page aria-label=tr(|t| t.export_csv)></progress>
                <span>{move || if p.page == 0 {
                    t().export_starting.to_string()
                } else {
                    (t().export_progress)(p.page, p.pages, p.rows)
                }}</span>
                <button type="button" on:click=cancel>{tr(|t| t.cancel)}</button>
            </span>
        })}
        <button type="button" on:click=start aria-disabled=move || running().then_some("true")>
            {tr(|t| t.export_csv)}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn csv_quotes_escapes_and_leaves_out_the_password() {
        let rows = vec![Extension {
            sip_user: Some("147".into()),
            full_name: Some("Đỗ Thị \"Vy\", CSKH".into()),
            email: Some("=HYPERLINK(1)".into()),
            password: Some("secret".into()),
            created_date: Some(1575269373331),
            enabled: Some(false),
            ..Default::default()
        }];
        let csv = to_csv(&rows, &EN);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "Extension,Full name,Email,Public number,Domain,Outbound proxy,Created,Last updated,Status");
        assert_eq!(
            lines[1],
            "147,\"Đỗ Thị \"\"Vy\"\", CSKH\",'=HYPERLINK(1),,,,2019-12-02T06:49:33Z,,Disabled"
        );
        assert!(!csv.contains("secret"));
    }
}
