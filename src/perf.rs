//! Performance marks the benchmark (`./run.sh bench`) reads; they cost one call each.

use leptos::prelude::request_animation_frame;

/// Marks that `name` happened now.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Marks `name` at the next frame, when what was just rendered is about to be painted.
pub fn mark_painted(name: &'static str) {
    request_animation_frame(move || mark(name));
}
