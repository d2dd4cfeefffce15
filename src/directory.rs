//! The extension list, read once per account in a visit (every page, through the pool) the
//! first time a page asks, and kept for every page after it: who a group member is (members
//! carry an `agent_id`, extensions may carry the same) and what the Overview looks at.

use std::collections::HashMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use web_sys::{AbortController, AbortSignal};

use crate::api::{ApiError, Client, Extension, Walk};
use crate::perf;
use crate::session::{use_auth, Account, Auth};
use crate::snapshot::password_digest;
use crate::tasks::OwnerHandle;

/// An extension as a member line shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub sip_user: String,
    pub full_name: Option<String>,
}

/// An extension as the reading keeps it: what member lines, the Overview and its comparison
/// with the last visit use. The SIP password is dropped as each page arrives, all but a short
/// digest that tells when it changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Listed {
    pub sip_user: Option<String>,
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub public_number: Option<String>,
    pub domain: Option<String>,
    pub outbound_proxy: Option<String>,
    pub agent_id: Option<String>,
    pub password_digest: Option<String>,
    /// What the list said, where it says.
    pub enabled: Option<bool>,
}

impl From<Extension> for Listed {
    fn from(e: Extension) -> Self {
        Listed {
            password_digest: password_digest(e.sip_user.as_deref(), e.password.as_deref()),
            sip_user: e.sip_user,
            full_name: e.full_name,
            email: e.email,
            public_number: e.public_number,
            domain: e.domain,
            outbound_proxy: e.outbound_proxy,
            agent_id: e.agent_id,
            enabled: e.enabled,
        }
    }
}

/// Rows asked for per request.
const PAGE_SIZE: u32 = 100;
/// A guard against an API whose paging never ends.
const MAX_PAGES: u32 = 200;
/// How many extensions are read at most.
pub const MOST_READ: u32 = PAGE_SIZE * MAX_PAGES;

/// One reading of the extension list.
#[derive(Debug, Default)]
pub struct People {
    /// In the list's order.
    pub extensions: Vec<Listed>,
    /// Where in `extensions` each agent id is.
    by_agent: HashMap<String, usize>,
    /// More extensions than [`MOST_READ`]: those past it were not read.
    pub capped: bool,
    /// When it was read, in milliseconds since the epoch.
    pub at: i64,
}

impl People {
    fn push(&mut self, e: Extension) {
        if let Some(agent) = e.agent_id.clone().filter(|a| !a.is_empty()) {
            self.by_agent.insert(agent, self.extensions.len());
        }
        self.extensions.push(e.into());
    }
}

/// How far a reading has come.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Progress {
    pub read: u64,
    /// As the first answer said, where it said.
    pub total: Option<u64>,
}

#[derive(Clone, Copy)]
pub struct Directory {
    /// `None` until read; an error is kept so the page can say so.
    read: RwSignal<Option<Result<People, ApiError>>>,
    /// Whose reading `read` is, or is becoming: every page that shows it loads it first, and
    /// loading for another account starts afresh.
    account: StoredValue<Option<Account>>,
    /// While a reading runs.
    progress: RwSignal<Option<Progress>>,
    /// Cancels the reading under way.
    controller: StoredValue<Option<AbortController>, LocalStorage>,
    auth: Auth,
    /// The app: the reading outlives the page that asked for it.
    tasks: OwnerHandle,
}

/// Called once, by the app, after the session.
pub fn provide_directory() {
    provide_context(Directory {
        read: RwSignal::new(None),
        account: StoredValue::new(None),
        progress: RwSignal::new(None),
        controller: StoredValue::new_local(None),
        auth: use_auth(),
        tasks: OwnerHandle::current(),
    });
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}

impl Directory {
    /// Starts reading unless this account's reading is done or under way; one that failed is
    /// read again.
    pub fn load(&self) {
        let (Some(client), Some(signed_in)) = (self.auth.client(), self.auth.signed_in()) else {
            return;
        };
        let account = signed_in.account;
        if self.account.with_value(|a| a.as_ref() != Some(&account)) {
            self.cancel();
            self.account.set_value(Some(account.clone()));
            self.progress.set(None);
            self.read.set(None);
        }
        let running = self.progress.with_untracked(Option::is_some);
        if running || self.read.with_untracked(|r| matches!(r, Some(Ok(_)))) {
            return;
        }
        // A failed reading gives way to the new one: its error is no longer the state.
        self.read.set(None);
        let controller = AbortController::new().ok();
        self.controller.set_value(controller.clone());
        self.progress.set(Some(Progress::default()));
        let this = *self;
        self.tasks.spawn(async move {
            let signal = controller.as_ref().map(AbortController::signal);
            let result = read_everyone(client, signal.as_ref(), this.progress).await;
            // Another account signed in meanwhile: this reading is not its.
            if this.account.with_value(|a| a.as_ref() == Some(&account)) {
                this.progress.set(None);
                this.read.set(Some(result));
                perf::mark_rendered("sb:directory-read");
            }
        });
    }

    /// Every extension, read by another walk of the whole list (the export of an empty
    /// search): kept as this visit's reading when none is done or under way, so that the pages
    /// are not read a second time.
    pub fn offer(&self, rows: Vec<Extension>) {
        let Some(signed_in) = self.auth.signed_in() else {
            return;
        };
        let ours = self
            .account
            .with_value(|a| a.as_ref() == Some(&signed_in.account));
        let done = self.read.with_untracked(|r| matches!(r, Some(Ok(_))));
        if ours && (done || self.progress.with_untracked(Option::is_some)) {
            return;
        }
        let mut people = People {
            capped: rows.len() > MOST_READ as usize,
            at: js_sys::Date::now() as i64,
            ..Default::default()
        };
        for e in rows.into_iter().take(MOST_READ as usize) {
            people.push(e);
        }
        self.cancel();
        self.account.set_value(Some(signed_in.account));
        self.progress.set(None);
        self.read.set(Some(Ok(people)));
    }

    /// Reads again, from the first page, whatever was read before.
    pub fn read_again(&self) {
        if self.progress.with_untracked(Option::is_some) {
            return;
        }
        self.read.set(None);
        self.load();
    }

    /// Stops the reading under way; it ends as [`ApiError::Aborted`].
    pub fn cancel(&self) {
        if let Some(c) = self.controller.get_value() {
            c.abort();
        }
    }

    /// How far the reading under way has come; `None` when none runs. Tracked.
    pub fn progress(&self) -> Option<Progress> {
        self.progress.get()
    }

    /// Looks at the reading, once done and if it worked. Tracked.
    pub fn with_people<R>(&self, f: impl FnOnce(&People) -> R) -> Option<R> {
        self.read.with(|r| r.as_ref()?.as_ref().ok().map(f))
    }

    /// The extension of an agent, once read.
    pub fn person(&self, agent_id: &str) -> Option<Person> {
        self.with_people(|p| {
            let e = p.extensions.get(*p.by_agent.get(agent_id)?)?;
            Some(Person {
                sip_user: e.sip_user.clone()?,
                full_name: e.full_name.clone(),
            })
        })
        .flatten()
    }

    pub fn error(&self) -> Option<ApiError> {
        self.read.with(|r| r.as_ref()?.as_ref().err().cloned())
    }

    /// Whether the reading stopped at its cap with more extensions after it.
    pub fn capped(&self) -> bool {
        self.read.with(|r| matches!(r, Some(Ok(p)) if p.capped))
    }
}

async fn read_everyone(
    client: Client,
    abort: Option<&AbortSignal>,
    progress: RwSignal<Option<Progress>>,
) -> Result<People, ApiError> {
    let mut people = People::default();
    let walk = Walk {
        keyword: "",
        size: PAGE_SIZE,
        max_pages: MAX_PAGES,
        follow_total: false,
        abort,
    };
    client
        .every_extension_page(walk, &mut |q, p| {
            if q.page == MAX_PAGES {
                let more = p.has_next.unwrap_or(false)
                    || p.pages(PAGE_SIZE).is_some_and(|n| n > u64::from(MAX_PAGES));
                people.capped = more && !p.items.is_empty();
            }
            let total = p.total_items.map(|t| t.max(0) as u64);
            for e in p.items {
                people.push(e);
            }
            progress.set(Some(Progress {
                read: people.extensions.len() as u64,
                total: total.or(progress.get_untracked().and_then(|p| p.total)),
            }));
        })
        .await?;
    people.at = js_sys::Date::now() as i64;
    Ok(people)
}
