//! What the Overview finds in one reading of the extensions and the groups: plain functions
//! over the records, tested natively, on the join of `membership.rs`.

use std::collections::HashMap;

use crate::api::Group;
use crate::directory::Listed;
use crate::membership::{filled, GroupRef, Join};

/// An extension as a finding names it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtRef {
    pub sip_user: Option<String>,
    pub full_name: Option<String>,
}

impl From<&Listed> for ExtRef {
    fn from(e: &Listed) -> Self {
        ExtRef {
            sip_user: e.sip_user.clone(),
            full_name: e.full_name.clone(),
        }
    }
}

/// Extensions by known state, groups and members.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub enabled: usize,
    pub disabled: usize,
    pub unknown: usize,
    /// Not deleted.
    pub groups: usize,
    pub deleted_groups: usize,
    /// Of groups not deleted.
    pub members: usize,
}

/// A group's members by known state.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub group: GroupRef,
    pub enabled: usize,
    pub disabled: usize,
    pub unknown: usize,
}

/// Where a group sends calls that names a group that is not there.
#[derive(Clone, Debug, PartialEq)]
pub struct BadDestination {
    pub group: GroupRef,
    /// The forwarding (`outer_group_id`) rather than the no-answer destination
    /// (`target_timeout`).
    pub forwarding: bool,
    /// The id or number it names.
    pub target: String,
    /// Deleted, rather than missing from `get_all`.
    pub deleted: bool,
}

/// A finding that needs members joined to extensions: `None` when no extension carries an
/// `agent_id`, so members cannot be joined on this API.
pub type Joined<T> = Option<Vec<T>>;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Findings {
    pub counts: Counts,
    pub no_members: Vec<GroupRef>,
    /// Members, and every one known to be disabled.
    pub all_disabled: Vec<GroupRef>,
    /// Members, none known to be enabled, and some whose state is unknown.
    pub none_known_enabled: Vec<GroupRef>,
    /// Exactly one member not known to be disabled.
    pub single_point: Vec<GroupRef>,
    /// A group and the agent id (or SIP user) of a member of it that matches no extension.
    pub unmatched: Joined<(GroupRef, String)>,
    pub in_no_group: Joined<ExtRef>,
    pub bad_destinations: Vec<BadDestination>,
    /// An email (as the first extension spells it) and the extensions that share it.
    pub shared_emails: Vec<(String, Vec<ExtRef>)>,
    pub no_name: Vec<ExtRef>,
    pub no_email: Vec<ExtRef>,
    /// Per group not deleted that has members.
    pub bars: Vec<Bar>,
}

/// Everything the Overview shows, from one reading.
pub fn find(
    extensions: &[Listed],
    groups: &[Group],
    state: impl Fn(&Listed) -> Option<bool>,
) -> Findings {
    let mut f = Findings::default();
    let states: Vec<Option<bool>> = extensions.iter().map(&state).collect();
    for s in &states {
        match s {
            Some(true) => f.counts.enabled += 1,
            Some(false) => f.counts.disabled += 1,
            None => f.counts.unknown += 1,
        }
    }
    let join = Join::new(extensions);
    let joinable = join.joinable();
    let mut in_a_group = vec![false; extensions.len()];
    let mut unmatched = Vec::new();
    let live: Vec<&Group> = groups
        .iter()
        .filter(|g| g.is_deleted != Some(true))
        .collect();
    f.counts.groups = live.len();
    f.counts.deleted_groups = groups.len() - live.len();
    for g in &live {
        f.counts.members += g.members.len();
        if g.members.is_empty() {
            f.no_members.push(GroupRef::from(*g));
            continue;
        }
        let (mut enabled, mut disabled, mut unknown) = (0, 0, 0);
        for m in &g.members {
            match join.find(m) {
                Some(i) => {
                    if let Some(seen) = in_a_group.get_mut(i) {
                        *seen = true;
                    }
                    match states.get(i).copied().flatten() {
                        Some(true) => enabled += 1,
                        Some(false) => disabled += 1,
                        None => unknown += 1,
                    }
                }
                None => {
                    unknown += 1;
                    let key = filled(&m.agent_id).or(filled(&m.sip_user));
                    unmatched.push((GroupRef::from(*g), key.unwrap_or_default().to_string()));
                }
            }
        }
        let this = || GroupRef::from(*g);
        if enabled == 0 && unknown == 0 {
            f.all_disabled.push(this());
        } else if enabled == 0 {
            f.none_known_enabled.push(this());
        }
        if enabled + unknown == 1 {
            f.single_point.push(this());
        }
        f.bars.push(Bar {
            group: this(),
            enabled,
            disabled,
            unknown,
        });
    }
    if joinable {
        f.unmatched = Some(unmatched);
        f.in_no_group = Some(
            extensions
                .iter()
                .enumerate()
                .filter(|(i, _)| in_a_group.get(*i) == Some(&false))
                .map(|(_, e)| ExtRef::from(e))
                .collect(),
        );
    }
    f.bad_destinations = bad_destinations(&live, groups);
    f.shared_emails = shared_emails(extensions);
    f.no_name = extensions
        .iter()
        .filter(|e| filled(&e.full_name).is_none())
        .map(ExtRef::from)
        .collect();
    f.no_email = extensions
        .iter()
        .filter(|e| filled(&e.email).is_none())
        .map(ExtRef::from)
        .collect();
    f
}

/// Forwarding (`is_forward_to_outer_group` with `outer_group_id`) and no-answer destinations
/// (`target_timeout` of a `…group…` type, by number or id) naming a group that is deleted or
/// not in `get_all`. The no-answer types are not documented: one that does not say "group"
/// is not looked at.
fn bad_destinations(live: &[&Group], all: &[Group]) -> Vec<BadDestination> {
    // Where each id and number is in `all` (the same map type as the joins above: one copy of
    // its code in the wasm).
    let index = |field: fn(&Group) -> &Option<String>| -> HashMap<&str, usize> {
        all.iter()
            .enumerate()
            .filter_map(|(i, g)| Some((filled(field(g))?, i)))
            .collect()
    };
    let (by_id, by_number) = (index(|g| &g.id), index(|g| &g.group_number));
    let mut out = Vec::new();
    for g in live {
        let forward = filled(&g.outer_group_id)
            .filter(|_| g.is_forward_to_outer_group == Some(true))
            .map(|id| (true, id, by_id.get(id)));
        let to_group = g
            .target_timeout_type
            .as_deref()
            .is_some_and(|t| t.to_ascii_lowercase().contains("group"));
        let no_answer = filled(&g.target_timeout)
            .filter(|_| to_group)
            .map(|n| (false, n, by_number.get(n).or_else(|| by_id.get(n))));
        for (forwarding, target, found) in [forward, no_answer].into_iter().flatten() {
            let found = found.and_then(|&i| all.get(i));
            if found.is_none_or(|t| t.is_deleted == Some(true)) {
                out.push(BadDestination {
                    group: GroupRef::from(*g),
                    forwarding,
                    target: target.to_string(),
                    deleted: found.is_some(),
                });
            }
        }
    }
    out
}

/// Emails on more than one extension, compared without (ASCII) case or surrounding spaces, in the
/// order they first appear.
fn shared_emails(extensions: &[Listed]) -> Vec<(String, Vec<ExtRef>)> {
    // Most emails are in lower case already and are compared as they are.
    let lowered: Vec<Option<String>> = extensions
        .iter()
        .map(|e| {
            filled(&e.email)
                .filter(|m| m.bytes().any(|b| b.is_ascii_uppercase()))
                .map(str::to_ascii_lowercase)
        })
        .collect();
    // Each extension with an email chained to the next one with the same; `last` is where
    // each email's chain ends so far.
    let mut last: HashMap<&str, usize> = HashMap::with_capacity(extensions.len());
    let mut next: Vec<Option<usize>> = vec![None; extensions.len()];
    let mut later = vec![false; extensions.len()];
    for (i, (e, low)) in extensions.iter().zip(&lowered).enumerate() {
        let Some(key) = low.as_deref().or(filled(&e.email)) else {
            continue;
        };
        if let Some(end) = last.insert(key, i) {
            if let (Some(n), Some(l)) = (next.get_mut(end), later.get_mut(i)) {
                *n = Some(i);
                *l = true;
            }
        }
    }
    let starts = (0..extensions.len())
        .filter(|&i| next.get(i).is_some_and(Option::is_some) && later.get(i) == Some(&false));
    starts
        .map(|first| {
            let spelt = extensions.get(first).and_then(|e| filled(&e.email));
            let mut who = Vec::new();
            let mut at = Some(first);
            while let Some(i) = at {
                who.extend(extensions.get(i).map(ExtRef::from));
                at = next.get(i).copied().flatten();
            }
            (spelt.unwrap_or_default().to_string(), who)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Member;

    fn ext(sip: &str, agent: Option<&str>, email: Option<&str>, enabled: Option<bool>) -> Listed {
        Listed {
            sip_user: Some(sip.into()),
            full_name: Some(format!("Người {sip}")),
            email: email.map(String::from),
            agent_id: agent.map(String::from),
            enabled,
            ..Default::default()
        }
    }

    fn member(agent: &str) -> Member {
        Member {
            agent_id: Some(agent.into()),
            ..Default::default()
        }
    }

    fn group(id: &str, members: Vec<Member>) -> Group {
        Group {
            id: Some(id.into()),
            group_number: Some(format!("n{id}")),
            group_name: Some(format!("Nhóm {id}")),
            members,
            ..Default::default()
        }
    }

    fn ids(v: &[GroupRef]) -> Vec<&str> {
        v.iter().filter_map(|g| g.id.as_deref()).collect()
    }

    fn listed_state(e: &Listed) -> Option<bool> {
        e.enabled
    }

    #[test]
    fn on_the_contracts_own_records() {
        let (exts, groups) = crate::membership::contract_records();
        let f = find(&exts, &groups, |e| e.enabled);
        // The list gives no state, and no agent id: nothing is known, nothing can be joined.
        let c = &f.counts;
        assert_eq!((c.enabled, c.disabled, c.unknown), (0, 0, 2));
        assert_eq!((c.groups, c.deleted_groups, c.members), (3, 0, 5));
        let names = |v: &[GroupRef]| v.iter().filter_map(|g| g.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&f.none_known_enabled),
            ["Nhóm Tech", "Nhóm Sales", "Nhóm CSKH"]
        );
        assert_eq!(names(&f.single_point), ["Nhóm CSKH"]);
        assert!(f.all_disabled.is_empty() && f.no_members.is_empty());
        assert_eq!((f.unmatched, f.in_no_group), (None, None));
        assert!(f.bad_destinations.is_empty() && f.shared_emails.is_empty());
        assert!(f.no_name.is_empty() && f.no_email.is_empty());
        assert_eq!(f.bars.len(), 3);
    }

    #[test]
    fn groups_by_what_their_members_can_still_do() {
        let exts = vec![
            ext("101", Some("a1"), Some("a@x.vn"), Some(true)),
            ext("102", Some("a2"), Some("b@x.vn"), Some(false)),
            ext("103", Some("a3"), Some("c@x.vn"), None),
            ext("104", Some("a4"), Some("d@x.vn"), Some(false)),
        ];
        let groups = vec![
            group("empty", vec![]),
            group("dead", vec![member("a2"), member("a4")]),
            group("unsure", vec![member("a2"), member("a3")]),
            group("fine", vec![member("a1"), member("a3")]),
            group("lone", vec![member("a1"), member("a2")]),
        ];
        let f = find(&exts, &groups, listed_state);
        assert_eq!(ids(&f.no_members), ["empty"]);
        assert_eq!(ids(&f.all_disabled), ["dead"]);
        assert_eq!(ids(&f.none_known_enabled), ["unsure"]);
        assert_eq!(ids(&f.single_point), ["unsure", "lone"]);
        assert_eq!(f.unmatched, Some(vec![]));
        assert_eq!(f.in_no_group, Some(vec![]));
        assert_eq!(
            f.counts,
            Counts {
                enabled: 1,
                disabled: 2,
                unknown: 1,
                groups: 5,
                deleted_groups: 0,
                members: 8
            }
        );
        let dead = f
            .bars
            .iter()
            .find(|b| b.group.id.as_deref() == Some("dead"));
        assert_eq!(
            dead.map(|b| (b.enabled, b.disabled, b.unknown)),
            Some((0, 2, 0))
        );
    }

    #[test]
    fn members_join_by_agent_id_else_sip_user_and_the_rest_are_named() {
        let exts = vec![
            ext("101", Some("a1"), None, Some(true)),
            ext("102", None, None, Some(true)),
            ext("103", Some("a3"), None, Some(true)),
        ];
        let by_sip = Member {
            sip_user: Some("102".into()),
            ..Default::default()
        };
        let groups = vec![group("g", vec![member("a1"), by_sip, member("ghost")])];
        let f = find(&exts, &groups, listed_state);
        let unmatched = f.unmatched.unwrap_or_default();
        assert_eq!(unmatched.len(), 1);
        assert_eq!(unmatched[0].1, "ghost");
        let lonely: Vec<_> = f
            .in_no_group
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| e.sip_user)
            .collect();
        assert_eq!(lonely, ["103"]);
    }

    #[test]
    fn without_any_agent_id_members_cannot_be_joined() {
        let exts = vec![ext("147", None, Some("v@x.vn"), None)];
        let groups = vec![group("g", vec![member("62d5")])];
        let f = find(&exts, &groups, listed_state);
        assert_eq!(f.unmatched, None);
        assert_eq!(f.in_no_group, None);
        // Its member's state is unknown, which the group findings still say.
        assert_eq!(ids(&f.none_known_enabled), ["g"]);
    }

    #[test]
    fn destinations_that_name_a_deleted_or_missing_group() {
        let mut gone = group("gone", vec![member("a1")]);
        gone.is_deleted = Some(true);
        let mut to_gone = group("to-gone", vec![member("a1")]);
        to_gone.is_forward_to_outer_group = Some(true);
        to_gone.outer_group_id = Some("gone".into());
        let mut to_nowhere = group("to-nowhere", vec![member("a1")]);
        to_nowhere.target_timeout_type = Some("internal_group".into());
        to_nowhere.target_timeout = Some("n999".into());
        let mut fine = group("fine", vec![member("a1")]);
        fine.is_forward_to_outer_group = Some(true);
        fine.outer_group_id = Some("to-gone".into());
        fine.target_timeout_type = Some("internal_group".into());
        fine.target_timeout = Some("nto-nowhere".into());
        // Off, or of a type that is not a group: not looked at.
        let mut off = group("off", vec![member("a1")]);
        off.is_forward_to_outer_group = Some(false);
        off.outer_group_id = Some("missing".into());
        off.target_timeout_type = Some("extension".into());
        off.target_timeout = Some("missing".into());
        let groups = vec![gone, to_gone, to_nowhere, fine, off];
        let exts = vec![ext("101", Some("a1"), None, Some(true))];
        let f = find(&exts, &groups, listed_state);
        let found: Vec<_> = f
            .bad_destinations
            .iter()
            .map(|b| {
                (
                    b.group.id.as_deref().unwrap_or_default(),
                    b.forwarding,
                    b.target.as_str(),
                    b.deleted,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("to-gone", true, "gone", true),
                ("to-nowhere", false, "n999", false)
            ]
        );
        assert_eq!(f.counts.deleted_groups, 1);
        assert_eq!(f.counts.groups, 4);
    }

    #[test]
    fn shared_emails_and_missing_names_or_emails() {
        let mut nameless = ext("103", Some("a3"), Some(" "), None);
        nameless.full_name = None;
        let exts = vec![
            ext("101", Some("a1"), Some("Le@x.vn"), None),
            ext("102", Some("a2"), Some(" le@X.vn "), None),
            nameless,
            ext("104", Some("a4"), None, None),
            ext("105", Some("a5"), Some("b@x.vn"), None),
            ext("106", Some("a6"), Some("le@x.vn"), None),
            ext("107", Some("a7"), Some("b@x.vn"), None),
        ];
        let f = find(&exts, &[], listed_state);
        let sips = |v: &[ExtRef]| {
            v.iter()
                .filter_map(|e| e.sip_user.clone())
                .collect::<Vec<_>>()
        };
        let shared: Vec<_> = f
            .shared_emails
            .iter()
            .map(|(m, who)| (m.as_str(), sips(who)))
            .collect();
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            shared,
            [
                ("Le@x.vn", list(&["101", "102", "106"])),
                ("b@x.vn", list(&["105", "107"]))
            ]
        );
        assert_eq!(sips(&f.no_name), ["103"]);
        assert_eq!(sips(&f.no_email), ["103", "104"]);
        // The journal's word counts where the list says nothing.
        let f = find(&exts, &[], |e| {
            e.enabled.or(Some(e.sip_user.as_deref() == Some("101")))
        });
        assert_eq!(
            (f.counts.enabled, f.counts.disabled, f.counts.unknown),
            (1, 6, 0)
        );
    }
}
