//! Short messages about what just happened (a toggle saved or failed), in a polite live region.
//! Successes fade after a few seconds; failures stay until dismissed, and two or more collapse
//! into one message whose reasons open on demand, so a run of failures never buries the page.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{tr, use_texts};

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
/// The most successes shown at once; older ones make room.
const MAX_SUCCESSES: usize = 2;
/// The most failures kept behind the collapsed message.
const MAX_FAILURES: usize = 50;

impl Toasts {
    fn push(&self, text: String, failed: bool) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|l| {
            l.push(Toast { id, text, failed });
            let max = if failed { MAX_FAILURES } else { MAX_SUCCESSES };
            let mut extra = l
                .iter()
                .filter(|t| t.failed == failed)
                .count()
                .saturating_sub(max);
            l.retain(|t| {
                let drop = extra > 0 && t.failed == failed;
                extra -= usize::from(drop);
                !drop
            });
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
    /// Dismisses one message, or with `all_failures` every failure (they show as one).
    fn dismiss(&self, id: u64, all_failures: bool) {
        self.list
            .update(|l| l.retain(|t| t.id != id && !(all_failures && t.failed)));
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

/// One message as shown: a toast as it is, or the failures collapsed into one.
#[derive(Clone)]
struct Message {
    /// The toast's id; for collapsed failures, that of the newest.
    id: u64,
    failed: bool,
    text: String,
    /// The collapsed failures' texts; empty for a single toast.
    reasons: Vec<String>,
}

/// Failures first, one as it is and two or more as one; then the successes.
fn messages(list: &[Toast], n_failed: fn(usize) -> String) -> Vec<Message> {
    let failed: Vec<&Toast> = list.iter().filter(|t| t.failed).collect();
    let one = |t: &Toast| Message {
        id: t.id,
        failed: t.failed,
        text: t.text.clone(),
        reasons: Vec::new(),
    };
    let mut out: Vec<Message> = match failed.as_slice() {
        [] => Vec::new(),
        [t] => vec![one(t)],
        many => vec![Message {
            id: many.iter().map(|t| t.id).max().unwrap_or_default(),
            failed: true,
            text: n_failed(many.len()),
            reasons: many.iter().map(|t| t.text.clone()).collect(),
        }],
    };
    out.extend(list.iter().filter(|t| !t.failed).map(one));
    out
}

/// Where the messages show; placed once, last in the layout. It keeps a place of its own at
/// the end of the page (sticky, not fixed), so scrolling down always uncovers what it overlaps.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let toasts = use_toasts();
    let t = use_texts();
    // Whatever the keyboard or a script scrolls to stops above the messages, not beneath them.
    let region = NodeRef::<leptos::html::Div>::new();
    let fit = move || {
        request_animation_frame(move || {
            let root = document().document_element();
            if let (Some(el), Some(root)) = (region.try_get_untracked().flatten(), root) {
                let px = format!("{}px", el.offset_height());
                let style = root.unchecked_into::<web_sys::HtmlElement>().style();
                let _ = style.set_property("scroll-padding-bottom", &px);
            }
        })
    };
    Effect::new(move |_| {
        toasts.list.track();
        fit();
    });
    view! {
        <div class="toasts" role="status" aria-live="polite" node_ref=region>
            // Keyed by the count too: collapsed failures show anew when one more arrives.
            <For each=move || toasts.list.with(|l| messages(l, t().n_failed))
                key=|s| (s.id, s.reasons.len()) children=move |s| {
                    let collapsed = !s.reasons.is_empty();
                    view! {
                        <div class="toast" class:failed=s.failed>
                            <div>
                                <span>{s.text}</span>
                                <details class:hidden=!collapsed on:toggle=move |_| fit()>
                                    <summary>{tr(|t| t.see_why)}</summary>
                                    <ul>{s.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                                </details>
                            </div>
                            <button type="button" class="link" aria-label=tr(|t| t.dismiss)
                                on:click=move |_| toasts.dismiss(s.id, collapsed)>"×"</button>
                        </div>
                    }
                } />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_or_more_failures_show_as_one_message_before_the_successes() {
        let toast = |id: u64, failed| Toast {
            id,
            text: format!("t{id}"),
            failed,
        };
        let n_failed = |n: usize| format!("{n} failed");
        let texts = |m: &[Message]| m.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
        let one = messages(&[toast(0, false), toast(1, true)], n_failed);
        assert_eq!(texts(&one), ["t1", "t0"]);
        assert!(one.iter().all(|m| m.reasons.is_empty()));
        let many = messages(&[toast(0, true), toast(1, false), toast(2, true)], n_failed);
        assert_eq!(texts(&many), ["2 failed", "t1"]);
        assert_eq!(many[0].id, 2);
        assert_eq!(many[0].reasons, ["t0", "t2"]);
    }
}
