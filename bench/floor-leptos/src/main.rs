//! The Leptos floor of the benchmark: fetches a page of extensions with the stored session and
//! renders the same 50 rows as `bench/vanilla.js`, through the router, as the console does.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use serde::Deserialize;
use wasm_bindgen::JsValue;

#[derive(Deserialize)]
struct Session {
    base_url: String,
    token: String,
}

#[derive(Clone, Deserialize)]
struct Extension {
    sip_user: Option<String>,
    full_name: Option<String>,
    email: Option<String>,
    public_number: Option<String>,
    domain: Option<String>,
    outbound_proxy: Option<String>,
    created_date: Option<i64>,
    last_updated_date: Option<i64>,
    enabled: Option<bool>,
}

#[derive(Deserialize)]
struct Page {
    items: Vec<Extension>,
}

#[derive(Deserialize)]
struct Envelope {
    payload: Page,
}

/// The first page of extensions; `None` on any failure (the benchmark then never sees a table).
async fn first_page() -> Option<Vec<Extension>> {
    let stored = window()
        .local_storage()
        .ok()??
        .get_item("switchboard.session")
        .ok()??;
    let session: Session = serde_json::from_str(&stored).ok()?;
    let response = gloo_net::http::Request::get(&format!(
        "{}/api/call_center/internal_phone/list",
        session.base_url
    ))
    .query([("page", "1"), ("size", "50")])
    .header("Authorization", &format!("Bearer {}", session.token))
    .header("Content-Type", "application/json")
    .send()
    .await
    .ok()?;
    let body = response.text().await.ok()?;
    let envelope: Envelope = serde_json::from_str(&body).ok()?;
    Some(envelope.payload.items)
}

#[component]
fn Table() -> impl IntoView {
    let data = LocalResource::new(first_page);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"short".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locales = js_sys::Array::of1(&"en-US".into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    let date = move |ms: Option<i64>| {
        ms.and_then(|ms| {
            let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
            format.call1(&JsValue::NULL, &d).ok()?.as_string()
        })
        .unwrap_or_else(|| "—".into())
    };
    let text = |v: Option<String>| v.filter(|v| !v.is_empty()).unwrap_or_else(|| "—".into());
    Effect::new(move |_| {
        if data.with(|d| d.as_ref().is_some_and(Option::is_some)) {
            request_animation_frame(|| {
                if let Some(p) = window().performance() {
                    let _ = p.mark("sb:table-painted");
                }
            });
        }
    });
    let rows = move || data.get().flatten().unwrap_or_default();
    view! {
        <table class="data">
            <thead><tr>
                <th>"Extension"</th><th>"Full name"</th><th>"Email"</th><th>"Public number"</th>
                <th>"Domain"</th><th>"Outbound proxy"</th><th>"Created"</th><th>"Last updated"</th>
                <th>"Status"</th>
            </tr></thead>
            <tbody>
                <For each=rows key=|e| e.sip_user.clone() children=move |e| {
                    let date = date.clone();
                    let status = match e.enabled {
                        None => "Unknown",
                        Some(true) => "Enabled",
                        Some(false) => "Disabled",
                    };
                    view! {
                        <tr>
                            <td>{text(e.sip_user)}</td><td>{text(e.full_name)}</td>
                            <td>{text(e.email)}</td><td>{text(e.public_number)}</td>
                            <td>{text(e.domain)}</td><td>{text(e.outbound_proxy)}</td>
                            <td>{date(e.created_date)}</td><td>{date(e.last_updated_date)}</td>
                            <td>{status}</td>
                        </tr>
                    }
                } />
            </tbody>
        </table>
    }
}

fn main() {
    mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/floor-leptos/") view=Table />
                </Routes>
            </Router>
        }
    })
}
