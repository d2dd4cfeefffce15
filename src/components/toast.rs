//! Short messages about what just happened (a toggle saved or failed), in a polite live region.
//! Successes fade after a few seconds; failures stay until dismissed, and two or more collapse
//! into one message whose reasons open on demand, so a run of failures never buries the page.
//! A success may offer Undo (its button, or Ctrl+Z outside a text field) for a while longer,
//! and a failure may offer to try again.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{tr, use_texts};
use crate::keys;

#[derive(Clone)]
pub struct Toast {
    id: u64,
    pub text: String,
    pub failed: bool,
    action: Option<Action>,
}

impl Toast {
    fn offers_undo(&self) -> bool {
        self.action.as_ref().is_some_and(Action::is_undo)
    }
}

/// What a message's button does: undo a change, or try again what was not made.
#[derive(Clone)]
pub struct Action {
    pub kind: ActionKind,
    /// The extensions it changes: a newer change to any of them withdraws an Undo, which
    /// would otherwise set back what is no longer there.
    pub covers: Vec<String>,
    pub run: Arc<dyn Fn() + Send + Sync>,
}

impl Action {
    fn is_undo(&self) -> bool {
        self.kind == ActionKind::Undo
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionKind {
    Undo,
    Retry,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    list: RwSignal<Vec<Toast>>,
    next: StoredValue<u64>,
    /// Messages the pointer or keyboard went into: they stay until dismissed.
    kept: StoredValue<Vec<u64>>,
}

/// How long a success stays on screen.
const SUCCESS_MS: u64 = 6000;
/// How long an Undo is offered; a message kept on screen longer loses its Undo then.
const UNDO_MS: u64 = 10_000;
/// The most successes shown at once; older ones make room.
const MAX_SUCCESSES: usize = 2;
/// The most failures kept behind the collapsed message.
const MAX_FAILURES: usize = 50;

impl Toasts {
    fn push(&self, text: String, failed: bool, action: Option<Action>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        let undo = action.as_ref().is_some_and(Action::is_undo);
        let lasts = if undo { UNDO_MS } else { SUCCESS_MS };
        self.list.update(|l| {
            l.push(Toast {
                id,
                text,
                failed,
                action,
            });
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
            let this = *self;
            set_timeout(
                move || {
                    if this.kept.with_value(|k| k.contains(&id)) {
                        this.withdraw(|t| t.id == id);
                    } else {
                        this.list.update(|l| l.retain(|t| t.id != id));
                    }
                },
                Duration::from_millis(lasts),
            );
        }
    }
    pub fn success(&self, text: String) {
        self.push(text, false, None);
    }
    pub fn failure(&self, text: String) {
        self.push(text, true, None);
    }
    /// A success whose change can be taken back by `undo` while the message shows.
    pub fn undoable(&self, text: String, covers: Vec<String>, undo: Arc<dyn Fn() + Send + Sync>) {
        self.push_action(text, ActionKind::Undo, covers, undo);
    }
    /// A failure that offers to try again what was not made.
    pub fn retryable(&self, text: String, covers: Vec<String>, retry: Arc<dyn Fn() + Send + Sync>) {
        self.push_action(text, ActionKind::Retry, covers, retry);
    }
    /// An Undo is offered on a success, a Retry on a failure.
    fn push_action(
        &self,
        text: String,
        kind: ActionKind,
        covers: Vec<String>,
        run: Arc<dyn Fn() + Send + Sync>,
    ) {
        let failed = kind == ActionKind::Retry;
        self.push(text, failed, Some(Action { kind, covers, run }));
    }
    /// A newer change to `sip` is on its way: an Undo of an older one no longer applies.
    pub fn withdraw_undo_of(&self, sip: &str) {
        self.withdraw(|t| {
            t.action
                .as_ref()
                .is_some_and(|a| a.is_undo() && a.covers.iter().any(|c| c == sip))
        });
    }
    /// Takes every message away: they belong to a session that has ended.
    pub fn clear(&self) {
        self.list.update(Vec::clear);
        self.kept.update_value(Vec::clear);
    }
    /// Takes the Undo away from the messages that `which` picks, leaving their text.
    fn withdraw(&self, which: impl Fn(&Toast) -> bool) {
        let any = self
            .list
            .with_untracked(|l| l.iter().any(|t| which(t) && t.offers_undo()));
        if any {
            self.list.update(|l| {
                for t in l.iter_mut().filter(|t| which(t)) {
                    t.action.take_if(|a| a.is_undo());
                }
            });
        }
    }
    /// Runs a message's action once and takes the message away.
    fn act(&self, id: u64) {
        let run = self.list.with_untracked(|l| {
            l.iter()
                .find(|t| t.id == id)
                .and_then(|t| t.action.as_ref().map(|a| a.run.clone()))
        });
        self.dismiss(id, false);
        if let Some(run) = run {
            run();
        }
    }
    /// The newest message that offers Undo.
    fn newest_undo(&self) -> Option<u64> {
        self.list
            .with_untracked(|l| l.iter().rev().find(|t| t.offers_undo()).map(|t| t.id))
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
        kept: StoredValue::new(Vec::new()),
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
    /// The collapsed failures: each one's id, text and whether it offers to try again; empty
    /// for a single toast.
    reasons: Vec<(u64, String, bool)>,
    action: Option<ActionKind>,
}

/// Failures first, one as it is and two or more as one; then the successes.
fn messages(list: &[Toast], n_failed: fn(usize) -> String) -> Vec<Message> {
    let failed: Vec<&Toast> = list.iter().filter(|t| t.failed).collect();
    let one = |t: &Toast| Message {
        id: t.id,
        failed: t.failed,
        text: t.text.clone(),
        reasons: Vec::new(),
        action: t.action.as_ref().map(|a| a.kind),
    };
    let mut out: Vec<Message> = match failed.as_slice() {
        [] => Vec::new(),
        [t] => vec![one(t)],
        many => vec![Message {
            id: many.iter().map(|t| t.id).max().unwrap_or_default(),
            failed: true,
            text: n_failed(many.len()),
            reasons: many
                .iter()
                .map(|t| (t.id, t.text.clone(), t.action.is_some()))
                .collect(),
            action: None,
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
    Effect::new(move |shown: Option<bool>| {
        let any = toasts.list.with(|l| !l.is_empty());
        // With no message now or before there is nothing to fit: measuring in the page's first
        // frame would lay out the whole page (its first table too) before that frame's mark.
        if any || shown == Some(true) {
            fit();
        }
        any
    });
    // Ctrl+Z (⌘Z) undoes the newest undoable change, unless the keyboard is in a text field,
    // where it undoes typing as usual.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if (e.ctrl_key() || e.meta_key())
            && !e.shift_key()
            && e.key().eq_ignore_ascii_case("z")
            && !keys::in_field(&e)
        {
            if let Some(id) = toasts.newest_undo() {
                e.prevent_default();
                toasts.act(id);
            }
        }
    });
    on_cleanup(move || keys.remove());
    let keep = move |id: u64| toasts.kept.update_value(|k| k.push(id));
    view! {
        <div class="toasts" role="status" aria-live="polite" node_ref=region>
            // Keyed by the count and the button too: collapsed failures show anew when one
            // more arrives, and a message anew when its Undo is withdrawn.
            <For each=move || toasts.list.with(|l| messages(l, t().n_failed))
                key=|s| (s.id, s.reasons.len(), s.action) children=move |s| {
                    let collapsed = !s.reasons.is_empty();
                    view! {
                        <div class="toast" class:failed=s.failed
                            on:focusin=move |_| keep(s.id) on:pointerenter=move |_| keep(s.id)>
                            <div>
                                <span>{s.text}</span>
                                <details class:hidden=!collapsed on:toggle=move |_| fit()>
                                    <summary>{tr(|t| t.see_why)}</summary>
                                    <ul>{s.reasons.into_iter().map(|(id, r, retry)| view! {
                                        <li>{r}{retry.then(|| view! {
                                            " "<button type="button" class="link"
                                                on:click=move |_| toasts.act(id)>{tr(|t| t.retry)}</button>
                                        })}</li>
                                    }).collect_view()}</ul>
                                </details>
                            </div>
                            {s.action.map(|kind| match kind {
                                ActionKind::Undo => view! {
                                    <button type="button" class="undo" aria-keyshortcuts="Control+Z"
                                        on:click=move |_| toasts.act(s.id)>{tr(|t| t.undo)}</button>
                                }.into_any(),
                                ActionKind::Retry => view! {
                                    <button type="button" class="undo"
                                        on:click=move |_| toasts.act(s.id)>{tr(|t| t.retry)}</button>
                                }.into_any(),
                            })}
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
            action: None,
        };
        let n_failed = |n: usize| format!("{n} failed");
        let texts = |m: &[Message]| m.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
        let one = messages(&[toast(0, false), toast(1, true)], n_failed);
        assert_eq!(texts(&one), ["t1", "t0"]);
        assert!(one.iter().all(|m| m.reasons.is_empty()));
        let many = messages(&[toast(0, true), toast(1, false), toast(2, true)], n_failed);
        assert_eq!(texts(&many), ["2 failed", "t1"]);
        assert_eq!(many[0].id, 2);
        let reasons = many[0]
            .reasons
            .iter()
            .map(|r| r.1.as_str())
            .collect::<Vec<_>>();
        assert_eq!(reasons, ["t0", "t2"]);
    }
}
