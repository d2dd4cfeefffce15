//! Performance marks the benchmark (`./run.sh bench`) reads; they cost one call each.

use leptos::prelude::{queue_microtask, request_animation_frame, set_timeout};

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

/// Marks `name` once what was just rendered has been painted: a task queued in the next frame
/// runs after that frame's style, layout and paint.
pub fn mark_painted(name: &'static str) {
    request_animation_frame(move || set_timeout(move || mark(name), Default::default()));
}
