//! The internal groups an extension belongs to, in its detail drawer: from `get_all`, matched
//! by agent id and by SIP user, each linking to that group on the Groups page.

use leptos::prelude::*;

use crate::api::{ApiError, Group};
use crate::components::links::group_href;
use crate::components::loaded_list::LoadedList;
use crate::i18n::use_texts;
use crate::session::use_auth;
use crate::tasks::OwnerHandle;

/// `get_all`, downloaded once for all the drawers opened during one visit of the Extensions
/// page: it holds every group with its members, and may be large. Made by the page, so the
/// download belongs to the page, not to the drawer that first needed it. A failed download is
/// tried again by the next drawer; the Groups page always downloads its own.
#[derive(Clone, Copy)]
pub struct AllGroups {
    page: OwnerHandle,
    started: StoredValue<Option<Download>>,
}

type Download = LocalResource<Result<Vec<Group>, ApiError>>;

impl AllGroups {
    pub fn new() -> Self {
        let (page, started) = (OwnerHandle::current(), StoredValue::new(None));
        AllGroups { page, started }
    }

    /// The download, started by the first drawer that asks.
    fn get(&self) -> Download {
        if let Some(all) = self.started.get_value() {
            if all.with_untracked(|a| matches!(a, Some(Err(_)))) {
                all.refetch();
            }
            return all;
        }
        let auth = use_auth();
        let all = self.page.within(|| {
            LocalResource::new(move || {
                let client = auth.require_client();
                async move { client?.groups().await }
            })
        });
        self.started.set_value(Some(all));
        all
    }
}

/// The groups (not deleted) with a member that is this extension, by agent id or SIP user.
pub fn groups_of(groups: &[Group], agent_id: Option<&str>, sip: &str) -> Vec<Group> {
    let agent_id = agent_id.filter(|a| !a.is_empty());
    let is_me = |m: &crate::api::Member| {
        (agent_id.is_some() && m.agent_id.as_deref() == agent_id)
            || (!sip.is_empty() && m.sip_user.as_deref() == Some(sip))
    };
    groups
        .iter()
        .filter(|g| g.is_deleted != Some(true) && g.members.iter().any(is_me))
        .cloned()
        .collect()
}

#[component]
pub fn MemberOf(agent_id: Option<String>, sip: String, groups: AllGroups) -> impl IntoView {
    let all = groups.get();
    let mine = move || {
        all.with(|a| {
            a.as_ref().map(|a| match a {
                Ok(all) => Ok(groups_of(all, agent_id.as_deref(), &sip)),
                Err(e) => Err(e.clone()),
            })
        })
    };
    view! {
        <LoadedList class="member-of" title=|t| t.member_of_title data=mine
            on_retry=Callback::new(move |_| all.refetch())
            failed=|t| t.load_groups_failed empty=|t| t.member_of_none item=group_link />
    }
}

/// A group's name, linking to it on the Groups page.
fn group_link(g: Group) -> impl IntoView {
    let t = use_texts();
    let name = t().or_missing(&g.group_name);
    let label = name.clone();
    view! { <a href=group_href(g.group_number.as_deref(), g.group_name.as_deref(), g.id.as_deref()) aria-label=move || (t().group_link_label)(&label)>{name}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Member;

    fn group(name: &str, members: Vec<Member>, deleted: bool) -> Group {
        Group {
            group_name: Some(name.into()),
            members,
            is_deleted: Some(deleted),
            ..Default::default()
        }
    }

    #[test]
    fn matches_members_by_agent_id_or_sip_user_and_skips_deleted_groups() {
        let by_agent = Member {
            agent_id: Some("a1".into()),
            ..Default::default()
        };
        let by_sip = Member {
            sip_user: Some("147".into()),
            ..Default::default()
        };
        let groups = vec![
            group("A", vec![by_agent.clone()], false),
            group("B", vec![by_sip.clone()], false),
            group("C", vec![by_sip], true),
            group("D", vec![Member::default()], false),
        ];
        let names = |g: Vec<Group>| {
            g.into_iter()
                .filter_map(|g| g.group_name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(groups_of(&groups, Some("a1"), "147")), ["A", "B"]);
        assert_eq!(names(groups_of(&groups, None, "")), Vec::<String>::new());
        assert_eq!(
            names(groups_of(&groups, Some(""), "999")),
            Vec::<String>::new()
        );
    }
}
