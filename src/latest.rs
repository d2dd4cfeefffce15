//! A request that follows a changing query: a new query starts its request at once and aborts
//! the one in flight, and only the latest answer is ever kept.
//!
//! Leptos' `LocalResource` waits for a running request to finish before it starts the next one
//! and then shows the finished, stale answer; a search box that changes while a slow page loads
//! needs this instead.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;
use web_sys::{AbortController, AbortSignal};

/// The latest answer and the query it answers; the query lets a page tell that the answer on
/// screen is older than what it asked for.
pub struct Latest<Q: Send + Sync + 'static, T: Send + Sync + 'static> {
    value: RwSignal<Option<(Q, T)>>,
    again: Trigger,
}

// Signals are handles: copying one never copies `Q` or `T`, so no bound on them is needed.
impl<Q: Send + Sync + 'static, T: Send + Sync + 'static> Clone for Latest<Q, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<Q: Send + Sync + 'static, T: Send + Sync + 'static> Copy for Latest<Q, T> {}

impl<Q, T> Latest<Q, T>
where
    Q: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    /// `fetch` is called with each new query and a signal that aborts it when a newer one comes.
    pub fn new<Fut>(query: Memo<Q>, fetch: impl Fn(Q, Option<AbortSignal>) -> Fut + 'static) -> Self
    where
        Fut: Future<Output = T> + 'static,
    {
        let value = RwSignal::new(None);
        let again = Trigger::new();
        let generation = StoredValue::new(0u64);
        let inflight = StoredValue::new_local(None::<AbortController>);
        Effect::new(move |_| {
            again.track();
            let q = query.get();
            let this = generation.get_value() + 1;
            generation.set_value(this);
            let controller = AbortController::new().ok();
            if let Some(old) = inflight
                .try_update_value(|c| std::mem::replace(c, controller.clone()))
                .flatten()
            {
                old.abort();
            }
            let answer = fetch(q.clone(), controller.map(|c| c.signal()));
            // Owned by this effect: the next run, or leaving the page, cancels it.
            spawn_local_scoped_with_cancellation(async move {
                let answer = answer.await;
                // A newer query has started since: this answer is stale.
                if generation.get_value() == this {
                    value.set(Some((q, answer)));
                }
            });
        });
        Latest { value, again }
    }

    /// The latest answer with its query; `None` until the first one arrives.
    pub fn with<R>(&self, f: impl FnOnce(&Option<(Q, T)>) -> R) -> R {
        self.value.with(f)
    }

    /// Asks again for the current query (Retry).
    pub fn refetch(&self) {
        self.again.notify();
    }
}
