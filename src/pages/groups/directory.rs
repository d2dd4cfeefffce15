//! Who a group member is: members carry an `agent_id`, extensions may carry the same. The
//! extension list is fetched page by page the first time a group is expanded, then kept.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::api::{ApiError, Client, Walk};
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

#[derive(Clone, Copy)]
pub struct Directory {
    /// `None` until loaded; an error is kept so the page can say so.
    by_agent: RwSignal<Option<Result<HashMap<String, Person>, ApiError>>>,
    loading: StoredValue<bool>,
    /// The page that asked: the lookup stops if it goes away.
    tasks: OwnerHandle,
}

impl Directory {
    pub fn new() -> Self {
        Directory {
            by_agent: RwSignal::new(None),
            loading: StoredValue::new(false),
            tasks: OwnerHandle::current(),
        }
    }

    /// Starts loading unless it is loaded or loading already.
    pub fn load(&self, client: Client) {
        if self.loading.get_value() || matches!(self.by_agent.get_untracked(), Some(Ok(_))) {
            return;
        }
        self.loading.set_value(true);
        let (by_agent, loading) = (self.by_agent, self.loading);
        self.tasks.spawn(async move {
            let mut map = HashMap::new();
            let walk = Walk {
                keyword: "",
                size: PAGE_SIZE,
                max_pages: MAX_PAGES,
                follow_total: false,
                abort: None,
            };
            let result = client
                .every_extension_page(walk, &mut |_, p| {
                    for e in p.items {
                        if let (Some(agent), Some(sip)) = (e.agent_id, e.sip_user) {
                            let full_name = e.full_name;
                            map.insert(
                                agent,
                                Person {
                                    sip_user: sip,
                                    full_name,
                                },
                            );
                        }
                    }
                })
                .await
                .map(|()| map);
            loading.set_value(false);
            by_agent.set(Some(result));
        });
    }

    /// The extension of an agent, once loaded.
    pub fn person(&self, agent_id: &str) -> Option<Person> {
        self.by_agent
            .with(|d| d.as_ref()?.as_ref().ok()?.get(agent_id).cloned())
    }

    pub fn error(&self) -> Option<ApiError> {
        self.by_agent.with(|d| d.as_ref()?.as_ref().err().cloned())
    }
}
