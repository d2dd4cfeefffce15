//! Short messages about what just happened (a toggle saved or failed), in a polite live region.
//! Failures stay until dismissed; successes fade after a few seconds.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::tr;

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    id: u64,
    pub text: String,
    pub failed: bool,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    list: RwSignal<Vec<Toast>>,
    next: StoredValue<u64>,
}

/// How long a success stays on screen.
const SUCCESS_MS: u64 = 6000;
/// The most messages shown at once; older ones make room.
const MAX: usize = 4;

impl Toasts {
    fn push(&self, text: String, failed: bool) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|l| {
            l.push(Toast { id, text, failed });
            let extra = l.len().saturating_sub(MAX);
            l.drain(..extra);
        });
        if !failed {
            let list = self.list;
            set_timeout(
                move || list.update(|l| l.retain(|t| t.id != id)),
                Duration::from_millis(SUCCESS_MS),
            );
        }
    }
    pub fn success(&self, text: String) {
        self.push(text, false);
    }
    pub fn failure(&self, text: String) {
        self.push(text, true);
    }
    fn dismiss(&self, id: u64) {
        self.list.update(|l| l.retain(|t| t.id != id));
    }
}

pub fn provide_toasts() -> Toasts {
    let toasts = Toasts {
        list: RwSignal::new(Vec::new()),
        next: StoredValue::new(0),
    };
    provide_context(toasts);
    toasts
}

pub fn use_toasts() -> Toasts {
    expect_context::<Toasts>()
}

/// Where the messages show; placed once in the layout.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let toasts = use_toasts();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For each=move || toasts.list.get() key=|toast| toast.id let:toast>
                <div class="toast" class:failed=toast.failed>
                    <span>{toast.text.clone()}</span>
                    <button type="button" class="link" aria-label=tr(|t| t.dismiss)
                        on:click=move |_| toasts.dismiss(toast.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
