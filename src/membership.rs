//! Who a group member is, and what disabling extensions does to their groups: plain functions
//! over the records, tested natively. A member is joined to an extension by `agent_id`, else
//! by `sip_user` (often `null` in real answers). A state is what the caller knows of it (the
//! list's word, else this browser's journal), `None` when unknown.

use std::collections::{HashMap, HashSet};

use crate::api::{Group, Member};
use crate::directory::Listed;

/// A group as a finding or a warning names it.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupRef {
    pub id: Option<String>,
    pub number: Option<String>,
    pub name: Option<String>,
}

impl From<&Group> for GroupRef {
    fn from(g: &Group) -> Self {
        GroupRef {
            id: g.id.clone(),
            number: g.group_number.clone(),
            name: g.group_name.clone(),
        }
    }
}

/// A value with something in it besides spaces.
pub fn filled(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Where in the extensions each agent id and SIP user is.
pub struct Join<'a> {
    by_agent: HashMap<&'a str, usize>,
    by_sip: HashMap<&'a str, usize>,
}

impl<'a> Join<'a> {
    pub fn new(extensions: &'a [Listed]) -> Self {
        let index = |field: fn(&Listed) -> &Option<String>| {
            extensions
                .iter()
                .enumerate()
                .filter_map(|(i, e)| Some((filled(field(e))?, i)))
                .collect()
        };
        Join {
            by_agent: index(|e| &e.agent_id),
            by_sip: index(|e| &e.sip_user),
        }
    }

    /// Whether any extension carries an agent id: without one, members cannot be joined.
    pub fn joinable(&self) -> bool {
        !self.by_agent.is_empty()
    }

    /// The place of the member's extension.
    pub fn find(&self, m: &Member) -> Option<usize> {
        filled(&m.agent_id)
            .and_then(|a| self.by_agent.get(a))
            .or_else(|| filled(&m.sip_user).and_then(|s| self.by_sip.get(s)))
            .copied()
    }
}

/// A group that extensions about to be disabled are members of.
#[derive(Clone, Debug, PartialEq)]
pub struct Affected {
    pub group: GroupRef,
    pub members: usize,
    /// Members not known to be disabled now.
    pub before: usize,
    /// Members not known to be disabled once the disable is made.
    pub after: usize,
}

impl Affected {
    /// The disable leaves the group with every member known to be disabled.
    pub fn left_with_none(&self) -> bool {
        self.before > 0 && self.after == 0
    }
}

/// The groups (not deleted) that the extensions `sips` are members of, with how many of their
/// members would be left not known to be disabled once those are disabled. A member that
/// matches no extension counts as not known to be disabled, unless it names one of `sips`.
pub fn disabling(
    sips: &HashSet<&str>,
    extensions: &[Listed],
    groups: &[Group],
    state: impl Fn(&Listed) -> Option<bool>,
) -> Vec<Affected> {
    let join = Join::new(extensions);
    let mut out = Vec::new();
    for g in groups.iter().filter(|g| g.is_deleted != Some(true)) {
        let (mut hit, mut before, mut after) = (false, 0, 0);
        for m in &g.members {
            let found = join.find(m).and_then(|i| extensions.get(i));
            let sip = found.map_or(filled(&m.sip_user), |e| filled(&e.sip_user));
            let chosen = sip.is_some_and(|s| sips.contains(s));
            let off = found.is_some_and(|e| state(e) == Some(false));
            hit |= chosen;
            before += usize::from(!off);
            after += usize::from(!off && !chosen);
        }
        if hit {
            out.push(Affected {
                group: GroupRef::from(g),
                members: g.members.len(),
                before,
                after,
            });
        }
    }
    out
}

/// The contract's own example records, as the app reads them: for the tests of every module
/// that works on them.
#[cfg(test)]
pub fn contract_records() -> (Vec<Listed>, Vec<Group>) {
    let c: serde_json::Value =
        serde_json::from_str(include_str!("../dev-api/data/contract.json")).unwrap();
    let exts: Vec<crate::api::Extension> = serde_json::from_value(c["extensions"].clone()).unwrap();
    let groups = serde_json::from_value(c["groups"].clone()).unwrap();
    (exts.into_iter().map(Listed::from).collect(), groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_the_contracts_records_no_member_joins_and_a_disable_touches_no_group() {
        // Its extensions carry no agent id, its members no SIP user.
        let (exts, groups) = contract_records();
        let join = Join::new(&exts);
        assert!(!join.joinable());
        assert!(groups
            .iter()
            .flat_map(|g| &g.members)
            .all(|m| join.find(m).is_none()));
        assert!(disabling(&HashSet::from(["147"]), &exts, &groups, |e| e.enabled).is_empty());
    }

    fn ext(sip: &str, agent: Option<&str>, enabled: Option<bool>) -> Listed {
        Listed {
            sip_user: Some(sip.into()),
            agent_id: agent.map(String::from),
            enabled,
            ..Default::default()
        }
    }

    fn by_agent(agent: &str) -> Member {
        Member {
            agent_id: Some(agent.into()),
            ..Default::default()
        }
    }

    fn group(name: &str, members: Vec<Member>) -> Group {
        Group {
            group_name: Some(name.into()),
            members,
            ..Default::default()
        }
    }

    #[test]
    fn members_join_by_agent_id_then_by_sip_user() {
        let exts = [ext("101", Some("a1"), None), ext("147", None, None)];
        let join = Join::new(&exts);
        assert!(join.joinable());
        assert_eq!(join.find(&by_agent("a1")), Some(0));
        let by_sip = Member {
            sip_user: Some(" 147 ".into()),
            agent_id: Some("nobody".into()),
            ..Default::default()
        };
        assert_eq!(join.find(&by_sip), Some(1));
        assert_eq!(join.find(&Member::default()), None);
        assert!(!Join::new(&exts[1..]).joinable());
    }

    #[test]
    fn a_disable_counts_what_each_group_is_left_with() {
        let exts = [
            ext("101", Some("a1"), Some(true)),
            ext("102", Some("a2"), Some(false)),
            ext("103", Some("a3"), None),
        ];
        let stranger = Member {
            agent_id: Some("gone".into()),
            ..Default::default()
        };
        let groups = [
            group("Sales", vec![by_agent("a1"), by_agent("a2")]),
            group("Support", vec![by_agent("a1"), by_agent("a3")]),
            group("Night", vec![by_agent("a3"), stranger]),
            Group {
                is_deleted: Some(true),
                ..group("Old", vec![by_agent("a1")])
            },
        ];
        let state = |e: &Listed| e.enabled;
        let hit = disabling(&HashSet::from(["101"]), &exts, &groups, state);
        let names: Vec<_> = hit.iter().filter_map(|a| a.group.name.as_deref()).collect();
        assert_eq!(names, ["Sales", "Support"]);
        assert_eq!((hit[0].members, hit[0].before, hit[0].after), (2, 1, 0));
        assert!(hit[0].left_with_none());
        assert_eq!((hit[1].before, hit[1].after), (2, 1));
        assert!(!hit[1].left_with_none());
        // A member matching no extension is not known to be disabled.
        let night = disabling(&HashSet::from(["103"]), &exts, &groups, state);
        assert_eq!((night[0].before, night[0].after), (2, 1));
        // Disabling one already known disabled changes nothing, and warns of nothing.
        let again = disabling(&HashSet::from(["102"]), &exts, &groups, state);
        assert_eq!((again[0].before, again[0].after), (1, 1));
    }

    #[test]
    fn the_contracts_members_without_agent_ids_join_by_sip_user_alone() {
        // The contract's example: members carry a SIP user and no agent id.
        let exts = [ext("147", None, Some(true)), ext("145", None, Some(false))];
        let sip = |s: &str| Member {
            sip_user: Some(s.into()),
            ..Default::default()
        };
        let groups = [group("Nhóm Sales", vec![sip("147"), sip("145")])];
        let hit = disabling(&HashSet::from(["147"]), &exts, &groups, |e| e.enabled);
        assert_eq!((hit[0].before, hit[0].after), (1, 0));
        // A member naming the SIP user of an extension not read is still the one disabled.
        let unread = disabling(
            &HashSet::from(["999"]),
            &exts,
            &[group("G", vec![sip("999")])],
            |e| e.enabled,
        );
        assert_eq!((unread[0].before, unread[0].after), (1, 0));
    }
}
