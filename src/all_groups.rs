//! `get_all`, downloaded once per account in a visit, the first time a page asks, and kept for
//! every page after it: the Overview, the Extensions drawers and the warnings before a disable.
//! It holds every group with its members and may be large. The Groups page downloads its own,
//! each visit, as it shows every field fresh.

use leptos::prelude::*;

use crate::api::{ApiError, Group};
use crate::perf;
use crate::session::{use_auth, Account, Auth};
use crate::tasks::OwnerHandle;

#[derive(Clone, Copy)]
pub struct AllGroups {
    /// `None` until downloaded, and while downloading again.
    read: RwSignal<Option<Result<Vec<Group>, ApiError>>>,
    /// Whose download `read` is, or is becoming.
    account: StoredValue<Option<Account>>,
    reading: RwSignal<bool>,
    auth: Auth,
    /// The app: the download outlives the page that asked for it.
    tasks: OwnerHandle,
}

/// Called once, by the app, after the session.
pub fn provide_all_groups() {
    provide_context(AllGroups {
        read: RwSignal::new(None),
        account: StoredValue::new(None),
        reading: RwSignal::new(false),
        auth: use_auth(),
        tasks: OwnerHandle::current(),
    });
}

pub fn use_all_groups() -> AllGroups {
    expect_context::<AllGroups>()
}

impl AllGroups {
    /// Starts the download unless this account's is done or under way; a failed one is
    /// asked for again.
    pub fn load(&self) {
        let (Some(client), Some(signed_in)) = (self.auth.client(), self.auth.signed_in()) else {
            return;
        };
        let account = signed_in.account;
        if self.account.with_value(|a| a.as_ref() != Some(&account)) {
            self.account.set_value(Some(account.clone()));
            self.read.set(None);
            self.reading.set(false);
        }
        if self.reading.get_untracked() || self.read.with_untracked(|r| matches!(r, Some(Ok(_)))) {
            return;
        }
        self.reading.set(true);
        self.read.set(None);
        let this = *self;
        self.tasks.spawn(async move {
            let result = client.groups().await;
            // Another account signed in meanwhile: this download is not its.
            if this.account.with_value(|a| a.as_ref() == Some(&account)) {
                this.reading.set(false);
                this.read.set(Some(result));
                perf::mark_rendered("sb:groups-read");
            }
        });
    }

    /// Downloads again, whatever was downloaded before.
    pub fn read_again(&self) {
        if self.reading.get_untracked() {
            return;
        }
        self.read.set(None);
        self.load();
    }

    /// Whether a download is under way. Tracked.
    pub fn reading(&self) -> bool {
        self.reading.get()
    }

    /// The download as it stands: `None` while it runs. Tracked.
    pub fn with<R>(&self, f: impl FnOnce(Option<&Result<Vec<Group>, ApiError>>) -> R) -> R {
        self.read.with(|r| f(r.as_ref()))
    }
}
