//! What disabling extensions would do to their groups, before it is sent: from the app-wide
//! readings of the extensions and of `get_all`, with each state as the switches show it.

use leptos::prelude::*;

use crate::all_groups::{use_all_groups, AllGroups};
use crate::api::ApiError;
use crate::directory::{use_directory, Directory, Progress};
use crate::membership::{disabling, Affected};
use crate::status::{use_statuses, Statuses};

#[derive(Clone, Copy)]
pub struct Impact {
    directory: Directory,
    groups: AllGroups,
    statuses: Statuses,
}

impl Impact {
    pub fn new() -> Self {
        Impact {
            directory: use_directory(),
            groups: use_all_groups(),
            statuses: use_statuses(),
        }
    }

    /// Starts both readings, unless done or under way; failed ones are read again.
    pub fn load(&self) {
        self.directory.load();
        self.groups.load();
    }

    /// How far the extensions' reading has come, while it runs. Tracked.
    pub fn progress(&self) -> Option<Progress> {
        self.directory.progress()
    }

    /// The groups that disabling `sips` touches: `None` while a reading is still to come.
    /// Tracked, states included.
    pub fn of(&self, sips: &[String]) -> Option<Result<Vec<Affected>, ApiError>> {
        if let Some(e) = self.directory.error() {
            return Some(Err(e));
        }
        let chosen = sips.iter().map(String::as_str).collect();
        self.groups.with(|g| match g? {
            Err(e) => Some(Err(e.clone())),
            Ok(groups) => self.directory.with_people(|p| {
                Ok(disabling(&chosen, &p.extensions, groups, |e| {
                    self.statuses
                        .state(e.sip_user.as_deref().unwrap_or_default(), e.enabled)
                }))
            }),
        })
    }

    /// The groups a disable of `sip` would leave with every member known to be disabled, if
    /// both readings are in already: a switch is never held up for them.
    pub fn left_with_none_now(&self, sip: &str) -> Vec<Affected> {
        let found = untrack(|| self.of(&[sip.to_string()]));
        let mut hit = found.and_then(Result::ok).unwrap_or_default();
        hit.retain(Affected::left_with_none);
        hit
    }
}
