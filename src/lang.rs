//! The UI language: the two there are, the one chosen at first (a choice remembered in the
//! browser, else the browser's language, else English), and the app-wide signal that holds it.

use leptos::prelude::*;

use crate::storage::local;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// The BCP 47 tag for `Intl` and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi-VN",
            Lang::En => "en-US",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.get(..2) {
            Some("vi") => Some(Lang::Vi),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }
}

const KEY: &str = "switchboard.lang";

/// The remembered choice, else the browser's language, else English.
fn initial_lang() -> Lang {
    let stored = local().and_then(|s| s.get_item(KEY).ok().flatten());
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    stored
        .or(browser)
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::En)
}

#[derive(Clone, Copy)]
struct UiLang(RwSignal<Lang>);

/// Called once by the app, before anything reads the language.
pub fn provide_lang() -> RwSignal<Lang> {
    let lang = RwSignal::new(initial_lang());
    provide_context(UiLang(lang));
    lang
}

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().0
}

/// Switches the UI to `lang` and remembers it in this browser.
pub fn choose_lang(lang: Lang) {
    use_lang().set(lang);
    if let Some(s) = local() {
        let _ = s.set_item(KEY, lang.code());
    }
}
