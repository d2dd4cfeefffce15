//! The internal groups an extension belongs to, in its detail drawer: from the app-wide
//! `get_all`, matched by agent id and by SIP user, each linking to that group on the Groups
//! page, and saying where the extension is the only member not known to be disabled.

use leptos::prelude::*;

use super::impact::Impact;
use crate::all_groups::use_all_groups;
use crate::api::Group;
use crate::components::links::GroupLink;
use crate::components::loaded_list::LoadedList;
use crate::i18n::use_texts;
use crate::membership::GroupRef;

/// The groups (not deleted) with a member that is this extension, by agent id or SIP user.
fn groups_of<'a>(groups: &'a [Group], agent_id: Option<&str>, sip: &str) -> Vec<&'a Group> {
    let agent_id = agent_id.filter(|a| !a.is_empty());
    let is_me = |m: &crate::api::Member| {
        (agent_id.is_some() && m.agent_id.as_deref() == agent_id)
            || (!sip.is_empty() && m.sip_user.as_deref() == Some(sip))
    };
    groups
        .iter()
        .filter(|g| g.is_deleted != Some(true) && g.members.iter().any(is_me))
        .collect()
}

/// A group the extension is in, and whether it is that group's only member not known to be
/// disabled.
#[derive(Clone)]
struct InGroup {
    group: GroupRef,
    only_one: bool,
}

#[component]
pub fn MemberOf(agent_id: Option<String>, sip: String, impact: Impact) -> impl IntoView {
    let all = use_all_groups();
    impact.load();
    let me = [sip.clone()];
    let mine = move || {
        // The warning waits for the extensions' reading; the groups show without it.
        let only: Vec<GroupRef> = match impact.of(&me) {
            Some(Ok(hit)) => hit
                .into_iter()
                .filter(|a| a.before == 1 && a.after == 0)
                .map(|a| a.group)
                .collect(),
            _ => Vec::new(),
        };
        all.with(|a| {
            a.map(|a| match a {
                Ok(all) => Ok(groups_of(all, agent_id.as_deref(), &sip)
                    .into_iter()
                    .map(|g| {
                        let group = GroupRef::from(g);
                        let only_one = only.contains(&group);
                        InGroup { group, only_one }
                    })
                    .collect()),
                Err(e) => Err(e.clone()),
            })
        })
    };
    view! {
        <LoadedList class="member-of" title=|t| t.member_of_title data=mine
            on_retry=Callback::new(move |_| all.load())
            failed=|t| t.load_groups_failed empty=|t| t.member_of_none item=in_group />
    }
}

/// A group's link, and the warning when the extension is all that is left to take its calls.
fn in_group(g: InGroup) -> impl IntoView {
    let t = use_texts();
    let name = t().or_missing(&g.group.name);
    view! {
        <GroupLink g=g.group />
        {g.only_one.then(|| view! {
            <p class="only-one">{move || (t().only_member_of)(&name)}</p>
        })}
    }
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
        let names = |g: Vec<&Group>| {
            g.into_iter()
                .filter_map(|g| g.group_name.clone())
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
