//! Adopting the request that `early.js` started while the wasm loaded (see there): the first
//! GET the app makes takes it, and uses its answer if it was for exactly that URL and token.
//! Taken once either way, so no later call can adopt an answer that has grown stale.

use js_sys::JsString;
use wasm_bindgen::{JsCast, JsValue};

use super::body::Body;

/// Where `early.js` leaves its request.
const NAME: &str = "__switchboardEarly";

/// The early request's answer, its status and body, if there is one for this URL and token;
/// `Err` when it was sent and failed (no answer, or a body cut short).
pub async fn take(url: &str, token: &str) -> Option<Result<(u16, Body), ()>> {
    let answer: js_sys::Promise = adopt(url, token)?.dyn_into().ok()?;
    let answer = wasm_bindgen_futures::JsFuture::from(answer).await;
    let read = |a: &JsValue| {
        let field = |k: &str| js_sys::Reflect::get(a, &k.into()).ok();
        let status = field("status")?.as_f64()? as u16;
        // The body as text, or the response itself with its body not yet read.
        let body = match field("body")?.dyn_into::<JsString>() {
            Ok(text) => Body::Early(text),
            Err(_) => Body::Network(
                field("response")?
                    .dyn_into::<web_sys::Response>()
                    .ok()?
                    .into(),
            ),
        };
        Some((status, body))
    };
    Some(answer.ok().as_ref().and_then(read).ok_or(()))
}

/// What `early.js` left for this URL and token, taken away either way.
fn adopt(url: &str, token: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    let name = JsValue::from_str(NAME);
    let early = js_sys::Reflect::get(&window, &name)
        .ok()
        .filter(|v| v.is_object())?;
    let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &name);
    let field = |k: &str| js_sys::Reflect::get(&early, &k.into()).ok();
    let text = |k: &str| field(k).and_then(|v| v.as_string());
    if text("url")? != url || text("token")? != token {
        return None;
    }
    field("answer")
}

/// `early.js` is a plain script, so it names what the Rust code names: these tests hold the two
/// to the same session key, page sizes, size key and paths.
#[cfg(test)]
mod tests {
    use crate::api::{GROUPS_PATH, LIST_PATH};
    use crate::list_params::{DEFAULT_SIZE, PAGE_SIZES};
    use crate::pages::extensions::SIZE_KEY;
    use crate::session::KEY;

    const EARLY: &str = include_str!("early.js");

    #[test]
    fn early_js_names_what_the_app_names() {
        let sizes: Vec<String> = PAGE_SIZES.iter().map(|s| format!("'{s}'")).collect();
        for needed in [
            format!("var KEY = '{KEY}';"),
            format!("var SIZES = [{}];", sizes.join(", ")),
            format!("size ?? '{DEFAULT_SIZE}'"),
            format!("localStorage.getItem('{SIZE_KEY}')"),
            format!("s.base_url + '{LIST_PATH}'"),
            format!("s.base_url + '{GROUPS_PATH}'"),
        ] {
            assert!(EARLY.contains(&needed), "early.js no longer has {needed}");
        }
    }
}
