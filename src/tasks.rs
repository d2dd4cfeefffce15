//! Async work that belongs to a component: it stops when the component goes away, so it never
//! touches the signals of a page the user has left.

use std::future::Future;

use futures::future::{AbortHandle, Abortable};
use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;

/// A weak handle to the component that owns the work: take it while the component is being
/// set up, then spawn from event handlers and callbacks.
#[derive(Clone, Copy)]
pub struct OwnerHandle(StoredValue<Option<WeakOwner>>);

impl OwnerHandle {
    /// Holds the owner weakly: the router disposes of a page it leaves by dropping the page's
    /// owner, so any strong handle kept inside the page would keep it, and its work, alive.
    pub fn current() -> Self {
        OwnerHandle(StoredValue::new(Owner::current().map(|o| o.downgrade())))
    }

    /// Runs `work` until it ends or the component is disposed, whichever comes first; not at
    /// all once it is disposed. The work is stopped at its next await and dropped there.
    pub fn spawn(&self, work: impl Future<Output = ()> + 'static) {
        let Some(owner) = self.owner() else {
            return;
        };
        let (abort, registration) = AbortHandle::new_pair();
        owner.with(|| on_cleanup(move || abort.abort()));
        // Not Leptos's `spawn_local_scoped_with_cancellation`: its task holds the owner itself,
        // so a page left while the work runs is never dropped and the work never stopped.
        leptos::task::spawn_local(async move {
            let _ = Abortable::new(work, registration).await;
        });
    }

    fn owner(&self) -> Option<Owner> {
        self.0.try_get_value().flatten().and_then(|o| o.upgrade())
    }
}

/// Runs `f` after `delay`, unless the current owner is cleaned up first: an effect that calls
/// this re-arms its timer each time it reruns, and a page's timer ends with the page.
pub fn after(delay: std::time::Duration, f: impl FnOnce() + 'static) {
    if let Ok(timer) = set_timeout_with_handle(f, delay) {
        on_cleanup(move || timer.clear());
    }
}
