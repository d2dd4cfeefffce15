//! Performance marks the benchmark (`./run.sh bench`) reads; they cost one call each.

use leptos::prelude::{queue_microtask, request_animation_frame};

/// Marks that `name` happened now.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Marks `name` once the effects already queued have run: called from an effect that tracks
/// what a view renders, the mark then comes after the view's own update, whichever effect the
/// change woke first.
pub fn mark_rendered(name: &'static str) {
    queue_microtask(move || mark(name));
}

/// Marks `name` at the next frame, when what was just rendered is about to be painted.
pub fn mark_painted(name: &'static str) {
    request_animation_frame(move || mark(name));
}
