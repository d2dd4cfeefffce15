//! Enabling and disabling extensions, and what this browser knows of their states. A change
//! shows at once, a second click on the same extension waits for the first to settle, a
//! failure puts the old state back, and every change sent goes into the journal of the account
//! it was sent to, whose last entry is what a switch shows when the API says nothing.
//! App-wide (`provide_statuses`/`use_statuses`), so a change and its Undo outlive the page they
//! were made on; never the sign-in they were made in: a change, its Undo and what is told of it
//! act only in that sign-in, and what a sign-in's end cut short is told at the account's next.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;

use futures::channel::oneshot;
use futures::StreamExt;
use leptos::prelude::*;

use crate::api::{ApiError, Client, Extension, Walk};
use crate::components::toast::{use_toasts, Toasts};
use crate::i18n::Texts;
use crate::journal::{use_journal, Entry, Journal};
use crate::lang::{use_lang, Lang};
use crate::pool;
use crate::session::{use_auth, Account, Auth, Session, SignedIn};
use crate::storage;

/// Why a status change was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum ToggleError {
    /// A change to the same extension is still in flight: this one was not sent.
    Busy,
    /// The sign-in it was asked in has ended: it was not sent.
    Ended,
    Api(ApiError),
}

impl ToggleError {
    /// Whether nothing more can be sent in this sign-in.
    pub fn ends_session(&self) -> bool {
        matches!(
            self,
            ToggleError::Ended | ToggleError::Api(ApiError::Unauthorized)
        )
    }
}

/// Why a run of changes stopped before its end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stop {
    /// The admin pressed Stop.
    Asked,
    PageLeft,
    SessionEnded,
}

/// One extension's answer in a run of changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub sip: String,
    /// `None` on success.
    pub error: Option<ToggleError>,
}

/// How a run of changes went.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ran {
    /// The extensions that had an answer, in the order given.
    pub outcomes: Vec<Outcome>,
    /// Those not changed because the run stopped: not sent, or refused as the sign-in ended.
    pub left: Vec<String>,
    pub stopped: Option<Stop>,
}

impl Ran {
    /// The extensions changed.
    pub fn made(&self) -> Vec<String> {
        let made = self.outcomes.iter().filter(|o| o.error.is_none());
        made.map(|o| o.sip.clone()).collect()
    }
}

/// A state as a switch shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown {
    /// `None`: unknown.
    pub state: Option<bool>,
    /// When (ms since the epoch) the state shown was set from this browser: it comes from
    /// here, not the API.
    pub set_here_at: Option<i64>,
}

/// The client of one sign-in, for a run of changes: each is sent only while it lasts.
#[derive(Clone)]
pub struct Sender {
    client: Client,
    made_in: SignedIn,
}

impl Sender {
    pub fn made_in(&self) -> &SignedIn {
        &self.made_in
    }
}

/// Something to tell of changes that were not made. Kept in storage for the account's next
/// sign-in when its own has ended (in any tab, after a reload too), so it is worded only when
/// shown, in the language of then.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    /// A run of changes to `sips` stopped after the first `done`: "Retry" sends the rest.
    CutShort {
        why: Stop,
        enabled: bool,
        done: usize,
        sips: Vec<String>,
    },
    /// One change the API refused, already in words.
    Failed { text: String },
}

impl Notice {
    /// Kept as a list of strings, a shape the build already decodes: a derived decoder of its
    /// own costs about 3 KB gzip.
    fn to_words(&self) -> Vec<String> {
        match self {
            Notice::CutShort {
                why,
                enabled,
                done,
                sips,
            } => {
                let why = match why {
                    Stop::Asked => "asked",
                    Stop::PageLeft => "page",
                    Stop::SessionEnded => "session",
                };
                let head = ["cut", why, if *enabled { "on" } else { "off" }];
                let head = head.iter().map(|w| w.to_string());
                head.chain([done.to_string()])
                    .chain(sips.iter().cloned())
                    .collect()
            }
            Notice::Failed { text } => vec!["failed".into(), text.clone()],
        }
    }

    fn from_words(words: &[String]) -> Option<Notice> {
        let word = |i: usize| words.get(i).map(String::as_str);
        match word(0)? {
            "failed" => Some(Notice::Failed {
                text: word(1)?.to_string(),
            }),
            "cut" => Some(Notice::CutShort {
                why: match word(1)? {
                    "asked" => Stop::Asked,
                    "page" => Stop::PageLeft,
                    "session" => Stop::SessionEnded,
                    _ => return None,
                },
                enabled: word(2)? == "on",
                done: word(3)?.parse().ok()?,
                sips: words.get(4..)?.to_vec(),
            }),
            _ => None,
        }
    }
}

/// Where the notices for an account's next sign-in are kept: a list of encoded word lists.
fn untold_key(account: &Account) -> String {
    format!("switchboard.untold:{}", account.key())
}

fn keep_untold(account: &Account, notice: &Notice) {
    let key = untold_key(account);
    let mut kept = storage::strings(&key);
    let Ok(one) = serde_json::to_string(&notice.to_words()) else {
        return;
    };
    kept.push(one);
    // A full storage loses the notice; the journal still has each change that was sent.
    storage::keep_strings(&key, &kept);
}

/// The notices kept for `account`, which are then no longer kept.
fn take_untold(account: &Account) -> Vec<Notice> {
    let key = untold_key(account);
    let kept = storage::strings(&key);
    if let Some(storage) = storage::local() {
        let _ = storage.remove_item(&key);
    }
    kept.iter()
        .filter_map(|one| serde_json::from_str::<Vec<String>>(one).ok())
        .filter_map(|words| Notice::from_words(&words))
        .collect()
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
    follow_session(statuses);
    statuses
}

pub fn use_statuses() -> Statuses {
    expect_context::<Statuses>()
}

/// When a sign-in ends or another begins, what was shown and known belongs to the old one: its
/// messages and their Undo go, and so do the states set since its list loaded. A new sign-in
/// is then told what the end of its account's last one cut short.
fn follow_session(statuses: Statuses) {
    let auth = statuses.auth;
    Effect::new(move |before: Option<()>| {
        let now = auth.session.with(|s| s.as_ref().map(Session::account));
        if before.is_some() {
            statuses.toasts.clear();
            statuses.known.set(HashMap::new());
            statuses.listed.set_value(HashMap::new());
        }
        if let Some(account) = now {
            for notice in take_untold(&account) {
                statuses.show(&account, notice);
            }
        }
    });
}

impl Statuses {
    /// The state to show: set since the list loaded, else what the list said, else the last
    /// state set from this browser (marked as such), else unknown.
    pub fn shown(&self, sip: &str, listed: Option<bool>) -> Shown {
        let here = self.journal.last_set(sip);
        match (self.known.with(|k| k.get(sip).copied()), listed) {
            (Some(k), _) => Shown {
                state: Some(k),
                set_here_at: here.filter(|(s, _)| *s == k).map(|(_, at)| at),
            },
            (None, Some(l)) => Shown {
                state: Some(l),
                set_here_at: None,
            },
            (None, None) => Shown {
                state: here.map(|(s, _)| s),
                set_here_at: here.map(|(_, at)| at),
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

    /// What sends changes in the current sign-in; `None` when signed out.
    pub fn sender(&self) -> Option<Sender> {
        Some(Sender {
            client: self.auth.client()?,
            made_in: self.auth.signed_in()?,
        })
    }

    /// Asks the API to set the state; shows it at once, rolls back on failure, and writes
    /// what was sent and how it went into the journal. Once sent, a change is seen through to
    /// its journal entry even if the caller stops waiting for it (its page was left).
    pub fn set(
        &self,
        via: &Sender,
        sip: &str,
        enabled: bool,
        batch: Option<i64>,
    ) -> impl Future<Output = Result<(), ToggleError>> {
        let refused = if !self.auth.is_current(&via.made_in) {
            Some(ToggleError::Ended)
        } else if self.is_busy(sip) {
            Some(ToggleError::Busy)
        } else {
            None
        };
        let answer = match refused {
            Some(e) => Err(e),
            None => {
                let (tx, rx) = oneshot::channel();
                let sent = self.send(via.clone(), sip.to_string(), enabled, batch);
                leptos::task::spawn_local(async move {
                    let _ = tx.send(sent.await);
                });
                Ok(rx)
            }
        };
        async move {
            match answer {
                Err(e) => Err(e),
                Ok(rx) => rx.await.unwrap_or(Err(ToggleError::Api(ApiError::Aborted))),
            }
        }
    }

    /// Shows the change at once and returns the request, which settles the rest.
    fn send(
        &self,
        via: Sender,
        sip: String,
        enabled: bool,
        batch: Option<i64>,
    ) -> impl Future<Output = Result<(), ToggleError>> {
        let before = self.known.with_untracked(|k| k.get(&sip).copied());
        let listed = self.listed.with_value(|l| l.get(&sip).copied());
        let from = untrack(|| self.state(&sip, listed));
        let at = js_sys::Date::now() as i64;
        self.busy.update(|b| {
            b.insert(sip.clone());
        });
        self.remember(&sip, Some(enabled));
        // An Undo of an earlier change to this extension would set back what is no longer there.
        self.toasts.withdraw_undo_of(&sip);
        let this = *self;
        async move {
            let Sender { client, made_in } = via;
            let mut result = client.set_status(&sip, enabled).await;
            // What is known here belongs to the sign-in now current: one that ended while the
            // change was out has had its states forgotten, and another account's are not ours.
            let here = this.auth.is_current(&made_in);
            match &result {
                Ok(()) => {}
                _ if !here => {}
                // The API said no: nothing changed.
                Err(ApiError::Rejected { .. } | ApiError::Unauthorized | ApiError::SlowDown(_)) => {
                    this.remember(&sip, before)
                }
                // No clear answer (a lost connection, a proxy error): the change may or may not
                // have been made, so ask the server what the state is now. If it holds the
                // state asked for, the change was made and only its answer was lost: a success.
                Err(_) => {
                    this.remember(&sip, before);
                    if let Some(state) = current_state(&client, &sip).await {
                        this.remember(&sip, Some(state));
                        if state == enabled {
                            result = Ok(());
                        }
                    }
                }
            }
            this.busy.update(|b| {
                b.remove(&sip);
            });
            let t = this.texts();
            this.journal.record(
                &made_in.account,
                Entry {
                    at,
                    sip,
                    from,
                    to: enabled,
                    failed: result.as_ref().err().map(|e| t.error(e)),
                    batch,
                },
            );
            result.map_err(ToggleError::Api)
        }
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

    /// Sets each extension to `enabled`, several at once through the pool, and says how it
    /// went, offering Undo of what was made. Not tied to a page: a switch's change and an Undo
    /// finish, and are told, wherever the admin has gone meanwhile; but they stop with the
    /// sign-in.
    pub fn change(&self, sips: Vec<String>, enabled: bool) {
        let Some(via) = self.sender() else {
            return;
        };
        let this = *self;
        leptos::task::spawn_local(async move {
            let ran = this.run(&via, &sips, enabled, &|| None, &|_| {}).await;
            for o in &ran.outcomes {
                if let Some(ToggleError::Api(e)) = &o.error {
                    let t = this.texts();
                    let text = (t.toggle_failed)(&o.sip, enabled, &t.error(e));
                    this.tell(&via.made_in.account, Notice::Failed { text });
                }
            }
            this.cut_short(via.made_in(), enabled, &ran);
            this.offer_undo(via.made_in(), ran.made(), enabled);
        });
    }

    /// Sets each of `sips` to `enabled`, [`pool::IN_FLIGHT`] at a time, as one batch of the
    /// journal. `stop` is asked before each is sent; once it gives a reason, or the sign-in
    /// ends, nothing more is sent (what is on its way is seen through). `progress` is told how
    /// many have been settled.
    pub async fn run(
        &self,
        via: &Sender,
        sips: &[String],
        enabled: bool,
        stop: &dyn Fn() -> Option<Stop>,
        progress: &dyn Fn(usize),
    ) -> Ran {
        let batch = (sips.len() > 1).then(|| js_sys::Date::now() as i64);
        let why = Cell::new(None);
        let (this, why_now) = (*self, &why);
        let work = sips.iter().map(|sip| async move {
            if why_now.get().is_none() {
                why_now.set(stop());
            }
            if why_now.get().is_some() {
                return None;
            }
            let error = this.set(via, sip, enabled, batch).await.err();
            if error.as_ref().is_some_and(ToggleError::ends_session) {
                why_now.set(Some(Stop::SessionEnded));
                return None;
            }
            Some(error)
        });
        let mut answers = pool::in_order(work);
        let mut ran = Ran::default();
        for (settled, sip) in sips.iter().enumerate() {
            match answers.next().await.flatten() {
                Some(error) => ran.outcomes.push(Outcome {
                    sip: sip.clone(),
                    error,
                }),
                None => ran.left.push(sip.clone()),
            }
            progress(settled + 1);
        }
        ran.stopped = why.get();
        ran
    }

    /// Says that these extensions were set to `enabled`, with Undo for a while, in the sign-in
    /// they were made in only.
    pub fn offer_undo(&self, made_in: &SignedIn, made: Vec<String>, enabled: bool) {
        if !self.auth.is_current(made_in) {
            return;
        }
        let t = self.texts();
        let text = match made.as_slice() {
            [] => return,
            [sip] => (t.toggled)(sip, enabled),
            many => (t.n_changed)(enabled, many.len()),
        };
        let (this, made_in) = (*self, made_in.clone());
        let covers = made.clone();
        let undo = move || {
            if this.auth.is_current(&made_in) {
                this.change(made.clone(), !enabled);
            }
        };
        self.toasts.undoable(text, covers, Arc::new(undo));
    }

    /// Tells that a run of changes stopped before its end (its page was left, or the sign-in
    /// ended): those left were not made. Offers to send them again, in this account only. A
    /// stop the admin asked for is theirs to read where they asked it.
    pub fn cut_short(&self, made_in: &SignedIn, enabled: bool, ran: &Ran) {
        let Some(why) = ran.stopped.filter(|w| *w != Stop::Asked) else {
            return;
        };
        let settled = ran.outcomes.iter().map(|o| o.sip.clone());
        let notice = Notice::CutShort {
            why,
            enabled,
            done: ran.outcomes.len(),
            sips: settled.chain(ran.left.iter().cloned()).collect(),
        };
        self.tell(&made_in.account, notice);
    }

    /// Shows a notice now if its account is signed in here, else at its next sign-in.
    fn tell(&self, account: &Account, notice: Notice) {
        if self.auth.is_account(account) {
            self.show(account, notice);
        } else {
            keep_untold(account, &notice);
        }
    }

    fn show(&self, account: &Account, notice: Notice) {
        let t = self.texts();
        let (why, enabled, done, sips) = match notice {
            Notice::Failed { text } => return self.toasts.failure(text),
            Notice::CutShort {
                why,
                enabled,
                done,
                sips,
            } => (why, enabled, done, sips),
        };
        let rest = sips.get(done..).unwrap_or_default().to_vec();
        let names = t.names(&rest);
        let (n, left) = (sips.len(), rest.len());
        let text = match (why, n) {
            (Stop::SessionEnded, 1) => (t.session_ended_one)(&names, enabled),
            (Stop::SessionEnded, n) => (t.session_cut_short)(enabled, done, n, &names, left),
            (Stop::PageLeft | Stop::Asked, n) => (t.page_cut_short)(enabled, done, n, &names, left),
        };
        let (this, account) = (*self, account.clone());
        let covers = rest.clone();
        let retry = move || {
            if this.auth.is_account(&account) {
                this.change(rest.clone(), enabled);
            }
        };
        self.toasts.retryable(text, covers, Arc::new(retry));
    }
}

/// A guard against an API whose paging never ends: 100,000 matches.
const MAX_PAGES: u32 = 1000;

/// The state the server holds for one extension, if it says.
async fn current_state(client: &Client, sip: &str) -> Option<bool> {
    // The keyword matches parts of numbers, names and emails too: every matching page is read
    // (through the pool) and the exact extension picked, wherever it falls among them.
    let walk = Walk {
        keyword: sip,
        size: 100,
        max_pages: MAX_PAGES,
        follow_total: true,
        abort: None,
    };
    let mut state = None;
    client
        .every_extension_page(walk, &mut |_, p| {
            if state.is_none() {
                state = p
                    .items
                    .into_iter()
                    .find(|e| e.sip_user.as_deref() == Some(sip));
            }
        })
        .await
        .ok()?;
    state?.enabled
}

#[cfg(test)]
mod tests {
    use super::{Notice, Stop};

    #[test]
    fn a_kept_notice_reads_back_as_it_was_and_a_damaged_one_not_at_all() {
        let cut = Notice::CutShort {
            why: Stop::SessionEnded,
            enabled: false,
            done: 4,
            sips: vec!["106".into(), "a,b\"c".into()],
        };
        let failed = Notice::Failed {
            text: "Could not enable 101".into(),
        };
        for n in [cut, failed] {
            assert_eq!(Notice::from_words(&n.to_words()), Some(n));
        }
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            Notice::from_words(&words(&["cut", "page", "on", "x"])),
            None
        );
        assert_eq!(
            Notice::from_words(&words(&["cut", "lunch", "on", "1"])),
            None
        );
        assert_eq!(Notice::from_words(&words(&["other"])), None);
        assert_eq!(Notice::from_words(&[]), None);
    }
}
