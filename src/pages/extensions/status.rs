//! Enabling and disabling extensions, optimistically: the new state shows at once, a second
//! click waits for the first to settle, and a failure puts the old state back.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::api::{ApiError, Client, ListQuery};
use crate::components::toast::use_toasts;
use crate::i18n::use_texts;
use crate::session::use_auth;
use crate::tasks::Tasks;

/// Why a status change was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum ToggleError {
    /// A change to the same extension is still in flight: this one was not sent.
    Busy,
    Api(ApiError),
}

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

    /// Subscribes the running effect to every change of state or busyness.
    pub fn track(&self) {
        self.known.track();
        self.busy.track();
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
    pub async fn set(&self, client: &Client, sip: &str, enabled: bool) -> Result<(), ToggleError> {
        if self.is_busy(sip) {
            return Err(ToggleError::Busy);
        }
        let before = self.known.with_untracked(|k| k.get(sip).copied());
        self.busy.update(|b| {
            b.insert(sip.to_string());
        });
        self.remember(sip, Some(enabled));
        let mut result = client.set_status(sip, enabled).await;
        match &result {
            Ok(()) => {}
            // The API said no: nothing changed.
            Err(ApiError::Rejected { .. } | ApiError::Unauthorized) => self.remember(sip, before),
            // No clear answer (a lost connection, a proxy error): the change may or may not
            // have been made, so ask the server what the state is now. If it holds the state
            // asked for, the change was made and only its answer was lost: a success.
            Err(_) => {
                self.remember(sip, before);
                if let Some(state) = current_state(client, sip).await {
                    self.remember(sip, Some(state));
                    if state == enabled {
                        result = Ok(());
                    }
                }
            }
        }
        self.busy.update(|b| {
            b.remove(sip);
        });
        result.map_err(ToggleError::Api)
    }

    fn remember(&self, sip: &str, state: Option<bool>) {
        self.known.update(|k| match state {
            Some(s) => {
                k.insert(sip.to_string(), s);
            }
            None => {
                k.remove(sip);
            }
        });
    }
}

/// What a row's switch calls: the change, then a message saying how it went. Called while the
/// page is set up; the change stops if the page goes away.
pub fn toggle_and_tell(statuses: Statuses) -> Callback<(String, bool)> {
    let (auth, toasts, t) = (use_auth(), use_toasts(), use_texts());
    let tasks = Tasks::current();
    Callback::new(move |(sip, want): (String, bool)| {
        let Some(client) = auth.client() else { return };
        tasks.spawn(async move {
            match statuses.set(&client, &sip, want).await {
                Ok(()) => toasts.success((t().toggled)(&sip, want)),
                Err(ToggleError::Busy | ToggleError::Api(ApiError::Unauthorized)) => {}
                Err(ToggleError::Api(e)) => {
                    toasts.failure((t().toggle_failed)(&sip, want, &t().error(&e)))
                }
            }
        });
    })
}

/// The state the server holds for one extension, if it says.
async fn current_state(client: &Client, sip: &str) -> Option<bool> {
    // The keyword matches parts of numbers too: pick the exact extension.
    let q = ListQuery {
        page: 1,
        size: 100,
        keyword: sip.to_string(),
    };
    let page = client.extensions(&q, None).await.ok()?;
    page.items
        .into_iter()
        .find(|e| e.sip_user.as_deref() == Some(sip))?
        .enabled
}
