//! Enabling and disabling extensions, optimistically: the new state shows at once, a second
//! click waits for the first to settle, and a failure puts the old state back.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::api::{ApiError, Client};

/// What the browser knows of extension states beyond the last list answer.
#[derive(Clone, Copy)]
pub struct Statuses {
    /// States set since the list was loaded, by `sip_user`.
    known: RwSignal<HashMap<String, bool>>,
    /// Extensions with a request in flight.
    busy: RwSignal<HashSet<String>>,
}

impl Statuses {
    pub fn new() -> Self {
        Statuses {
            known: RwSignal::new(HashMap::new()),
            busy: RwSignal::new(HashSet::new()),
        }
    }

    /// The state to show: what was set here, else what the list said (`None`: unknown).
    pub fn state(&self, sip: &str, listed: Option<bool>) -> Option<bool> {
        self.known.with(|k| k.get(sip).copied()).or(listed)
    }

    pub fn is_busy(&self, sip: &str) -> bool {
        self.busy.with(|b| b.contains(sip))
    }

    /// A fresh list answer is the server's word: forget what was set here, except for
    /// extensions whose request has not settled yet.
    pub fn list_loaded(&self) {
        let busy = self.busy.get_untracked();
        self.known.update(|k| k.retain(|sip, _| busy.contains(sip)));
    }

    /// Asks the API to set the state; shows it at once and rolls back on failure.
    /// `Err(None)` means a request for this extension is already in flight.
    pub async fn set(
        &self,
        client: &Client,
        sip: &str,
        enabled: bool,
    ) -> Result<(), Option<ApiError>> {
        if self.is_busy(sip) {
            return Err(None);
        }
        let before = self.known.with_untracked(|k| k.get(sip).copied());
        self.busy.update(|b| {
            b.insert(sip.to_string());
        });
        self.known.update(|k| {
            k.insert(sip.to_string(), enabled);
        });
        let result = client.set_status(sip, enabled).await;
        if result.is_err() {
            self.known.update(|k| match before {
                Some(state) => {
                    k.insert(sip.to_string(), state);
                }
                None => {
                    k.remove(sip);
                }
            });
        }
        self.busy.update(|b| {
            b.remove(sip);
        });
        result.map_err(Some)
    }
}
