//! Who a group member is: members carry an `agent_id`, extensions may carry the same. The
//! extension list is read once per account in a visit (every page, through the pool) the first
//! time a page asks, and kept for every page after it.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::api::{ApiError, Client, Walk};
use crate::perf;
use crate::session::{use_auth, Account, Auth};
use crate::tasks::OwnerHandle;

/// An extension as a member line shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub sip_user: String,
    pub full_name: Option<String>,
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
    by_agent: HashMap<String, Person>,
    /// More extensions than [`MOST_READ`]: those past it were not read.
    pub capped: bool,
}

#[derive(Clone, Copy)]
pub struct Directory {
    /// `None` until read; an error is kept so the page can say so.
    read: RwSignal<Option<Result<People, ApiError>>>,
    /// Whose reading `read` is, or is becoming: every page that shows it loads it first, and
    /// loading for another account starts afresh.
    account: StoredValue<Option<Account>>,
    loading: StoredValue<bool>,
    auth: Auth,
    /// The app: the reading outlives the page that asked for it.
    tasks: OwnerHandle,
}

/// Called once, by the app, after the session.
pub fn provide_directory() {
    provide_context(Directory {
        read: RwSignal::new(None),
        account: StoredValue::new(None),
        loading: StoredValue::new(false),
        auth: use_auth(),
        tasks: OwnerHandle::current(),
    });
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}

impl Directory {
    /// Starts reading unless this account's reading is done or under way.
    pub fn load(&self) {
        let (Some(client), Some(signed_in)) = (self.auth.client(), self.auth.signed_in()) else {
            return;
        };
        let account = signed_in.account;
        if self.account.with_value(|a| a.as_ref() != Some(&account)) {
            self.account.set_value(Some(account.clone()));
            self.loading.set_value(false);
            self.read.set(None);
        }
        if self.loading.get_value() || self.read.with_untracked(|r| matches!(r, Some(Ok(_)))) {
            return;
        }
        self.loading.set_value(true);
        let this = *self;
        self.tasks.spawn(async move {
            let result = read_everyone(client).await;
            // Another account signed in meanwhile: this reading is not its.
            if this.account.with_value(|a| a.as_ref() == Some(&account)) {
                this.loading.set_value(false);
                this.read.set(Some(result));
                perf::mark_rendered("sb:directory-read");
            }
        });
    }

    /// The extension of an agent, once read.
    pub fn person(&self, agent_id: &str) -> Option<Person> {
        self.read
            .with(|r| r.as_ref()?.as_ref().ok()?.by_agent.get(agent_id).cloned())
    }

    pub fn error(&self) -> Option<ApiError> {
        self.read.with(|r| r.as_ref()?.as_ref().err().cloned())
    }

    /// Whether the reading stopped at its cap with more extensions after it.
    pub fn capped(&self) -> bool {
        self.read.with(|r| matches!(r, Some(Ok(p)) if p.capped))
    }
}

async fn read_everyone(client: Client) -> Result<People, ApiError> {
    let mut people = People::default();
    let walk = Walk {
        keyword: "",
        size: PAGE_SIZE,
        max_pages: MAX_PAGES,
        follow_total: false,
        abort: None,
    };
    client
        .every_extension_page(walk, &mut |q, p| {
            if q.page == MAX_PAGES {
                let more = p.has_next.unwrap_or(false)
                    || p.pages(PAGE_SIZE).is_some_and(|n| n > u64::from(MAX_PAGES));
                people.capped = more && !p.items.is_empty();
            }
            for e in p.items {
                if let (Some(agent), Some(sip_user)) = (e.agent_id, e.sip_user) {
                    let full_name = e.full_name;
                    people.by_agent.insert(
                        agent,
                        Person {
                            sip_user,
                            full_name,
                        },
                    );
                }
            }
        })
        .await?;
    Ok(people)
}
