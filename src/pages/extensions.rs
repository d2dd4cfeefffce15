//! The Extensions page: the server-paginated list of extensions.

use leptos::prelude::*;

use crate::api::{Extension, ListQuery};
use crate::app::use_auth;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::{use_lang, use_texts};
use crate::text::date_time;

#[component]
pub fn ExtensionsPage() -> impl IntoView {
    let auth = use_auth();
    let t = use_texts();
    let query = Memo::new(|_| ListQuery { page: 1, size: 50, keyword: String::new() });
    let data = LocalResource::new(move || {
        let q = query.get();
        let client = auth.client();
        async move {
            match client {
                Some(c) => c.extensions(&q, None).await,
                None => Err(crate::api::ApiError::Unauthorized),
            }
        }
    });

    view! {
        <main class="page">
            <h1>{move || t().extensions_title}</h1>
            {move || match data.get() {
                None => view! { <p class="muted" role="status">{move || t().loading}</p> }.into_any(),
                Some(Err(e)) => view! {
                    <ErrorPanel
                        what=Signal::derive(move || t().load_extensions_failed)
                        error=e
                        on_retry=Callback::new(move |_| data.refetch())
                    />
                }.into_any(),
                Some(Ok(page)) if page.items.is_empty() => {
                    view! { <p class="empty">{move || t().no_extensions}</p> }.into_any()
                }
                Some(Ok(page)) => view! { <ExtensionTable rows=page.items /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn ExtensionTable(rows: Vec<Extension>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let dash = move || t().missing;
    let cell = move |v: Option<String>| v.unwrap_or_else(|| dash().to_string());
    let date = move |ms: Option<i64>| ms.and_then(|ms| date_time(ms, lang.get())).unwrap_or_else(|| dash().to_string());
    view! {
        <div class="table-wrap">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{move || t().col_extension}</th>
                        <th scope="col">{move || t().col_name}</th>
                        <th scope="col">{move || t().col_email}</th>
                        <th scope="col">{move || t().col_public_number}</th>
                        <th scope="col">{move || t().col_domain}</th>
                        <th scope="col">{move || t().col_proxy}</th>
                        <th scope="col">{move || t().col_created}</th>
                        <th scope="col">{move || t().col_updated}</th>
                        <th scope="col">{move || t().col_status}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|e| {
                            let Extension { sip_user, full_name, email, public_number, domain, outbound_proxy, created_date, last_updated_date, enabled, .. } = e;
                            view! {
                                <tr>
                                    <th scope="row">{cell(sip_user)}</th>
                                    <td>{cell(full_name)}</td>
                                    <td>{cell(email)}</td>
                                    <td>{cell(public_number)}</td>
                                    <td>{cell(domain)}</td>
                                    <td>{cell(outbound_proxy)}</td>
                                    <td>{move || date(created_date)}</td>
                                    <td>{move || date(last_updated_date)}</td>
                                    <td>{format!("{enabled:?}")}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
