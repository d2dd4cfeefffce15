//! Adopting the request that `early.js` started while the wasm loaded (see there): the first
//! GET the app makes takes it, and uses its answer if it was for exactly that URL and token.
//! Taken once either way, so no later call can adopt an answer that has grown stale.

use wasm_bindgen::JsCast;

/// Where `early.js` leaves its request.
const NAME: &str = "__switchboardEarly";

/// The early request's response promise, if there is one for this URL and token.
pub fn take(url: &str, token: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let name = wasm_bindgen::JsValue::from_str(NAME);
    let early = js_sys::Reflect::get(&window, &name)
        .ok()
        .filter(|v| v.is_object())?;
    let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &name);
    let field = |k: &str| js_sys::Reflect::get(&early, &k.into()).ok();
    let text = |k: &str| field(k).and_then(|v| v.as_string());
    if text("url")? != url || text("token")? != token {
        return None;
    }
    field("response")?.dyn_into().ok()
}
