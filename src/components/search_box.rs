//! A labelled search input that reports the keyword once typing settles (about 300 ms). A page
//! that searches in the browser can own the box's text and follow every keystroke.

use leptos::prelude::*;
use leptos_use_fn_debounce_throttle::use_debounce_fn_with_arg;

use crate::keys;

/// How long typing must pause before the keyword is reported as settled.
const SETTLE_MS: f64 = 300.0;

#[component]
pub fn SearchBox(
    /// The keyword in effect (from the URL): shown, and followed on back/forward.
    value: Signal<String>,
    on_search: Callback<String>,
    label: Signal<&'static str>,
    #[prop(optional)] placeholder: Option<Signal<&'static str>>,
    /// The text in the box, when the page owns it; it starts as `value` and follows it on
    /// back/forward as the box does.
    #[prop(optional_no_strip)]
    text: Option<RwSignal<String>>,
) -> impl IntoView {
    let text = text.unwrap_or_else(|| RwSignal::new(value.get_untracked()));
    // The last keyword this box reported: when the URL comes back with it, the user may have
    // typed on since, so the input is left alone.
    let reported = StoredValue::new(value.get_untracked());
    Effect::new(move |_| {
        let v = value.get();
        if v != reported.get_value() {
            reported.set_value(v.clone());
            text.set(v);
        }
    });
    let settled = use_debounce_fn_with_arg(
        move |k: String| {
            // Only what the box still shows: back/forward while typing settled replaced it.
            let shown = text.with_untracked(|t| t.trim() == k);
            if shown && k != reported.get_value() {
                reported.set_value(k.clone());
                on_search.run(k);
            }
        },
        SETTLE_MS,
    );
    // "/" anywhere but in a field jumps to the search, as in most consoles.
    let input = NodeRef::<leptos::html::Input>::new();
    let slash = window_event_listener(leptos::ev::keydown, move |e| {
        if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if !keys::in_field(&e) {
            if let Some(i) = input.get() {
                e.prevent_default();
                let _ = i.focus();
            }
        }
    });
    on_cleanup(move || slash.remove());
    view! {
        <label class="grow search">
            <span>{label}</span>
            <input type="search" id="search" autocomplete="off" spellcheck="false" node_ref=input
                aria-keyshortcuts="/"
                placeholder=move || placeholder.map(|p| p.get())
                prop:value=text
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    text.set(v.clone());
                    settled(v.trim().to_string());
                } />
        </label>
    }
}
