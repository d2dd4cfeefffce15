//! Text helpers: dates through the browser's `Intl`, and Vietnamese diacritic folding.

use wasm_bindgen::JsValue;

use crate::i18n::Lang;

/// Epoch milliseconds as a local date and time in the UI language, e.g. "2/12/2019, 13:49".
/// `None` for a value the browser cannot read as a date.
pub fn date_time(ms: i64, lang: Lang) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &k.into(), &v.into());
    let _ = set("dateStyle", "short");
    let _ = set("timeStyle", "short");
    Some(date.to_locale_string(lang.tag(), &options).into())
}
