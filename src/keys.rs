//! Keyboard shortcuts share one rule: a key typed into a field is the field's (Ctrl+Z undoes
//! typing there, "/" is a character), never a shortcut's.

use wasm_bindgen::JsCast;

/// Whether the key went to a field that takes typing.
pub fn in_field(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("input, textarea, select, [contenteditable]")
                .ok()
                .flatten()
                .is_some()
        })
}
