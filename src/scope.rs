//! Async work that belongs to a component: it stops when the component goes away, so it never
//! touches the signals of a page the user has left (which would panic).

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

/// The component that owns the work; take it while the component is being set up, then spawn
/// from event handlers and callbacks.
#[derive(Clone, Copy)]
pub struct Scope(StoredValue<Option<Owner>>);

impl Scope {
    pub fn current() -> Self {
        Scope(StoredValue::new(Owner::current()))
    }

    /// Runs `work` until it ends or the component is disposed, whichever comes first; not at
    /// all once it is disposed.
    pub fn spawn(&self, work: impl Future<Output = ()> + 'static) {
        if let Some(owner) = self.0.try_get_value().flatten() {
            owner.with(|| spawn_local_scoped_with_cancellation(work));
        }
    }
}
