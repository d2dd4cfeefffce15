//! Enabling and disabling extensions, and what this browser knows of their states. A change
//! shows at once, a second click on the same extension waits for the first to settle, a
//! failure puts the old state back, and every change sent goes into the journal, whose last
//! entry is what a switch shows when the API says nothing. App-wide (`provide_statuses`/
//! `use_statuses`), so a change and its Undo outlive the page they were made on.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;

use crate::api::{ApiError, Client, Extension, ListQuery};
use crate::components::toast::{use_toasts, Toasts};
use crate::i18n::Texts;
use crate::journal::{use_journal, Entry, Journal};
use crate::lang::{use_lang, Lang};
use crate::session::{use_auth, Auth};

/// Why a status change was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum ToggleError {
    /// A change to the same extension is still in flight: this one was not sent.
    Busy,
    Api(ApiError),
}

/// A state as a switch shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown {
    /// `None`: unknown.
    pub state: Option<bool>,
    /// When the state shown was set from this browser: it comes from here, not the API.
    pub set_here: Option<i64>,
}

/// What the browser knows of extension states beyond the last list answer.
#[derive(Clone, Copy)]
pub struct Statuses {
    /// States set since the list was loaded, by `sip_user`.
    known: RwSignal<HashMap<String, bool>>,
    /// What the last list answer said, for the journal's "from".
    listed: StoredValue<HashMap<String, bool>>,
    /// Extensions with a request in flight.
    busy: RwSignal<HashSet<String>>,
    journal: Journal,
    auth: Auth,
    toasts: Toasts,
    lang: RwSignal<Lang>,
}

/// Sets up the statuses; called once, by the app, after the journal.
pub fn provide_statuses() -> Statuses {
    let statuses = Statuses {
        known: RwSignal::new(HashMap::new()),
        listed: StoredValue::new(HashMap::new()),
        busy: RwSignal::new(HashSet::new()),
        journal: use_journal(),
        auth: use_auth(),
        toasts: use_toasts(),
        lang: use_lang(),
    };
    provide_context(statuses);
    statuses
}

pub fn use_statuses() -> Statuses {
    expect_context::<Statuses>()
}

impl Statuses {
    /// The state to show: set since the list loaded, else what the list said, else the last
    /// state set from this browser (marked as such), else unknown.
    pub fn shown(&self, sip: &str, listed: Option<bool>) -> Shown {
        let here = self.journal.last_set(sip);
        match (self.known.with(|k| k.get(sip).copied()), listed) {
            (Some(k), _) => Shown {
                state: Some(k),
                set_here: here.filter(|(s, _)| *s == k).map(|(_, at)| at),
            },
            (None, Some(l)) => Shown {
                state: Some(l),
                set_here: None,
            },
            (None, None) => Shown {
                state: here.map(|(s, _)| s),
                set_here: here.map(|(_, at)| at),
            },
        }
    }

    pub fn state(&self, sip: &str, listed: Option<bool>) -> Option<bool> {
        self.shown(sip, listed).state
    }

    /// Subscribes the running effect to every change of state or busyness.
    pub fn track(&self) {
        self.known.track();
        self.busy.track();
        self.journal.track();
    }

    pub fn is_busy(&self, sip: &str) -> bool {
        self.busy.with(|b| b.contains(sip))
    }

    /// A fresh list answer is the server's word: forget what was set here, except for
    /// extensions whose request has not settled yet.
    pub fn list_loaded(&self, rows: &[Extension]) {
        let busy = self.busy.get_untracked();
        self.known.update(|k| k.retain(|sip, _| busy.contains(sip)));
        let listed = rows
            .iter()
            .filter_map(|e| Some((e.sip_user.clone()?, e.enabled?)))
            .collect();
        self.listed.set_value(listed);
    }

    /// Asks the API to set the state; shows it at once, rolls back on failure, and writes
    /// what was sent and how it went into the journal.
    pub async fn set(
        &self,
        client: &Client,
        sip: &str,
        enabled: bool,
        batch: Option<i64>,
    ) -> Result<(), ToggleError> {
        if self.is_busy(sip) {
            return Err(ToggleError::Busy);
        }
        let before = self.known.with_untracked(|k| k.get(sip).copied());
        let listed = self.listed.with_value(|l| l.get(sip).copied());
        let from = untrack(|| self.state(sip, listed));
        let at = js_sys::Date::now() as i64;
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
        let t = self.texts();
        self.journal.record(Entry {
            at,
            sip: sip.to_string(),
            from,
            to: enabled,
            failed: result.as_ref().err().map(|e| t.error(e)),
            batch,
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

    fn texts(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
    }

    /// Sets each extension to `enabled`, one after another, and says how it went, offering
    /// Undo of what was made. Not tied to a page: a switch's change and an Undo finish, and
    /// are told, wherever the admin has gone meanwhile.
    pub fn change(&self, sips: Vec<String>, enabled: bool) {
        let Some(client) = self.auth.client() else {
            return;
        };
        let this = *self;
        leptos::task::spawn_local(async move {
            let batch = (sips.len() > 1).then(|| js_sys::Date::now() as i64);
            let mut made = Vec::new();
            for sip in sips {
                match this.set(&client, &sip, enabled, batch).await {
                    Ok(()) => made.push(sip),
                    Err(ToggleError::Api(ApiError::Unauthorized)) => return,
                    Err(ToggleError::Busy) => {}
                    Err(ToggleError::Api(e)) => {
                        let t = this.texts();
                        this.toasts
                            .failure((t.toggle_failed)(&sip, enabled, &t.error(&e)));
                    }
                }
            }
            this.offer_undo(made, enabled);
        });
    }

    /// Says that these extensions were set to `enabled`, with Undo for a while.
    pub fn offer_undo(&self, made: Vec<String>, enabled: bool) {
        let t = self.texts();
        let text = match made.as_slice() {
            [] => return,
            [sip] => (t.toggled)(sip, enabled),
            many => (t.n_changed)(enabled, many.len()),
        };
        let this = *self;
        self.toasts
            .undoable(text, Arc::new(move || this.change(made.clone(), !enabled)));
    }
}

/// What a row's switch calls.
pub fn toggle(statuses: Statuses) -> Callback<(String, bool)> {
    Callback::new(move |(sip, want): (String, bool)| statuses.change(vec![sip], want))
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
