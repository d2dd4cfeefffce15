//! What one reading of the switchboard was, as kept in the browser for the next visit, and what
//! changed between two: plain functions, tested natively. The SIP password is never kept, only
//! a short digest of it (see [`password_digest`]).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::api::Group;
use crate::directory::Listed;
use crate::membership::filled;

/// One reading, as kept and read back.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Snapshot {
    /// When it was read, in milliseconds since the epoch.
    pub at: i64,
    /// As read; those without a SIP user are not compared.
    pub extensions: Vec<Listed>,
    pub groups: Vec<KeptGroup>,
}

/// The same, written from the reading itself: the extensions are not copied first.
#[derive(Serialize)]
struct Kept<'a> {
    at: i64,
    extensions: &'a [Listed],
    groups: &'a [KeptGroup],
}

/// The text to keep for a reading, written into one allocation of its size (about 3 MB at
/// 10,000 extensions): a buffer that doubled as it grew would hold twice that for a moment.
pub fn to_json(at: i64, extensions: &[Listed], groups: &[KeptGroup]) -> serde_json::Result<String> {
    let len = |v: &Option<String>| v.as_ref().map_or(4, String::len);
    let ext_size = |e: &Listed| {
        let texts = [&e.sip_user, &e.full_name, &e.email, &e.public_number];
        let more = [
            &e.domain,
            &e.outbound_proxy,
            &e.agent_id,
            &e.password_digest,
        ];
        // The field names, quotes and commas of one record: 150 bytes.
        150 + texts.into_iter().chain(more).map(len).sum::<usize>()
    };
    let group_size = |g: &KeptGroup| {
        let texts = [
            &g.id,
            &g.number,
            &g.name,
            &g.strategy,
            &g.forwarding,
            &g.no_answer,
        ];
        120 + g.key.len()
            + texts.into_iter().map(len).sum::<usize>()
            + g.members.iter().map(|m| m.len() + 3).sum::<usize>()
    };
    let size = extensions.iter().map(ext_size).sum::<usize>()
        + groups.iter().map(group_size).sum::<usize>();
    let mut out = Vec::with_capacity(size + size / 16 + 64);
    serde_json::to_writer(
        &mut out,
        &Kept {
            at,
            extensions,
            groups,
        },
    )?;
    // serde_json writes UTF-8 only.
    String::from_utf8(out).map_err(serde::ser::Error::custom)
}

/// A group as kept.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptGroup {
    /// Its id, else its number, else its name.
    pub key: String,
    pub id: Option<String>,
    pub number: Option<String>,
    pub name: Option<String>,
    pub deleted: bool,
    /// Each member's agent id, else SIP user.
    pub members: Vec<String>,
    pub strategy: Option<String>,
    /// The group calls are forwarded to, when forwarding is on.
    pub forwarding: Option<String>,
    /// Where unanswered calls go: "type: target".
    pub no_answer: Option<String>,
}

/// Four hex digits of a SHA-256 of the extension and its password: enough to tell that a
/// password changed (a change goes unseen once in 65,536), too few to find the password from,
/// as thousands of others share them.
pub fn password_digest(sip: Option<&str>, password: Option<&str>) -> Option<String> {
    let password = password.filter(|p| !p.is_empty())?;
    let mut hash = Sha256::new();
    hash.update(sip.unwrap_or_default().as_bytes());
    hash.update([0]);
    hash.update(password.as_bytes());
    let d = hash.finalize();
    Some(format!("{:02x}{:02x}", d[0], d[1]))
}

/// The groups of a reading, as kept.
pub fn keep_groups(groups: &[Group]) -> Vec<KeptGroup> {
    groups
        .iter()
        .filter_map(|g| {
            let key = filled(&g.id)
                .or(filled(&g.group_number))
                .or(filled(&g.group_name))?;
            let forwarding = filled(&g.outer_group_id)
                .filter(|_| g.is_forward_to_outer_group == Some(true))
                .map(String::from);
            let no_answer = match (filled(&g.target_timeout_type), filled(&g.target_timeout)) {
                (None, None) => None,
                (kind, target) => Some(format!(
                    "{}: {}",
                    kind.unwrap_or_default(),
                    target.unwrap_or_default()
                )),
            };
            let members = g
                .members
                .iter()
                .filter_map(|m| {
                    filled(&m.agent_id)
                        .or(filled(&m.sip_user))
                        .map(String::from)
                })
                .collect();
            Some(KeptGroup {
                key: key.to_string(),
                id: g.id.clone(),
                number: g.group_number.clone(),
                name: g.group_name.clone(),
                deleted: g.is_deleted == Some(true),
                members,
                strategy: g.strategy.clone(),
                forwarding,
                no_answer,
            })
        })
        .collect()
}

/// A field that changed, as the comparison names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
    PublicNumber,
    Domain,
    OutboundProxy,
    Agent,
    Password,
    State,
    Strategy,
    Forwarding,
    NoAnswer,
}

/// What changed of one extension or group.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Added,
    Removed,
    /// A group now marked deleted.
    Deleted,
    /// A group no longer marked deleted.
    Restored,
    /// Old and new. For the password, only that it changed: both are `None`.
    Field(Field, Option<String>, Option<String>),
    MemberAdded(String),
    MemberRemoved(String),
}

/// What a difference is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// By SIP user.
    Extension(String),
    Group {
        id: Option<String>,
        number: Option<String>,
        name: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub subject: Subject,
    pub change: Change,
    /// Made from this browser: a state it set since the older reading.
    pub here: bool,
}

/// What changed from `old` to the reading of `extensions` and `groups`. `set_here(sip, state,
/// since)` tells whether this browser set that extension to that state after `since`.
pub fn compare(
    old: &Snapshot,
    extensions: &[Listed],
    groups: &[KeptGroup],
    set_here: impl Fn(&str, bool, i64) -> bool,
) -> Vec<Difference> {
    let mut out = Vec::new();
    let sip = |e: &Listed| filled(&e.sip_user).unwrap_or_default().to_string();
    let named = |e: &&Listed| filled(&e.sip_user).is_some();
    let before: HashMap<String, &Listed> = old
        .extensions
        .iter()
        .filter(named)
        .map(|e| (sip(e), e))
        .collect();
    let now: HashSet<String> = extensions.iter().filter(named).map(sip).collect();
    for e in extensions.iter().filter(named) {
        let subject = || Subject::Extension(sip(e));
        let Some(was) = before.get(&sip(e)) else {
            out.push(Difference {
                subject: subject(),
                change: Change::Added,
                here: false,
            });
            continue;
        };
        let fields = [
            (Field::Name, &was.full_name, &e.full_name),
            (Field::Email, &was.email, &e.email),
            (Field::PublicNumber, &was.public_number, &e.public_number),
            (Field::Domain, &was.domain, &e.domain),
            (Field::OutboundProxy, &was.outbound_proxy, &e.outbound_proxy),
            (Field::Agent, &was.agent_id, &e.agent_id),
        ];
        for (field, a, b) in fields {
            if a != b {
                out.push(Difference {
                    subject: subject(),
                    change: Change::Field(field, a.clone(), b.clone()),
                    here: false,
                });
            }
        }
        if was.password_digest != e.password_digest {
            out.push(Difference {
                subject: subject(),
                change: Change::Field(Field::Password, None, None),
                here: false,
            });
        }
        if let (Some(a), Some(b)) = (was.enabled, e.enabled) {
            if a != b {
                out.push(Difference {
                    subject: subject(),
                    change: Change::Field(Field::State, Some(a.to_string()), Some(b.to_string())),
                    here: set_here(&sip(e), b, old.at),
                });
            }
        }
    }
    for e in old.extensions.iter().filter(named) {
        if !now.contains(&sip(e)) {
            out.push(Difference {
                subject: Subject::Extension(sip(e)),
                change: Change::Removed,
                here: false,
            });
        }
    }
    compare_groups(&old.groups, groups, &mut out);
    out
}

fn compare_groups(old: &[KeptGroup], new: &[KeptGroup], out: &mut Vec<Difference>) {
    let before: HashMap<&str, &KeptGroup> = old.iter().map(|g| (g.key.as_str(), g)).collect();
    let now: HashSet<&str> = new.iter().map(|g| g.key.as_str()).collect();
    let subject = |g: &KeptGroup| Subject::Group {
        id: g.id.clone(),
        number: g.number.clone(),
        name: g.name.clone(),
    };
    let mut push = |g: &KeptGroup, change| {
        out.push(Difference {
            subject: subject(g),
            change,
            here: false,
        })
    };
    for g in new {
        let Some(was) = before.get(g.key.as_str()) else {
            push(g, Change::Added);
            continue;
        };
        if was.deleted != g.deleted {
            push(
                g,
                if g.deleted {
                    Change::Deleted
                } else {
                    Change::Restored
                },
            );
        }
        let fields = [
            (Field::Name, &was.name, &g.name),
            (Field::Strategy, &was.strategy, &g.strategy),
            (Field::Forwarding, &was.forwarding, &g.forwarding),
            (Field::NoAnswer, &was.no_answer, &g.no_answer),
        ];
        for (field, a, b) in fields {
            if a != b {
                push(g, Change::Field(field, a.clone(), b.clone()));
            }
        }
        let had: HashSet<&str> = was.members.iter().map(String::as_str).collect();
        let has: HashSet<&str> = g.members.iter().map(String::as_str).collect();
        for m in g.members.iter().filter(|m| !had.contains(m.as_str())) {
            push(g, Change::MemberAdded(m.clone()));
        }
        for m in was.members.iter().filter(|m| !has.contains(m.as_str())) {
            push(g, Change::MemberRemoved(m.clone()));
        }
    }
    for g in old.iter().filter(|g| !now.contains(g.key.as_str())) {
        push(g, Change::Removed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Member;
    use crate::membership::contract_records;

    /// A reading kept, then read back as the next visit does.
    fn kept(exts: &[Listed], groups: &[Group], at: i64) -> Snapshot {
        serde_json::from_str(&to_json(at, exts, &keep_groups(groups)).unwrap()).unwrap()
    }

    #[test]
    fn the_password_is_kept_only_as_a_short_digest() {
        let (exts, groups) = contract_records();
        let kept = to_json(1, &exts, &keep_groups(&groups)).unwrap();
        assert!(kept.contains(r#""sip_user":"147""#));
        for password in ["XXXXXX", "kiyyzsefxx"] {
            assert!(!kept.contains(password));
        }
        let digest = password_digest(Some("145"), Some("kiyyzsefxx")).unwrap();
        assert_eq!(digest.len(), 4);
        assert!(kept.contains(&format!(r#""password_digest":"{digest}""#)));
        // Another extension with the same password keeps another digest.
        assert_ne!(
            password_digest(Some("148"), Some("kiyyzsefxx")),
            Some(digest)
        );
        assert_eq!(password_digest(Some("147"), Some("")), None);
    }

    #[test]
    fn the_kept_text_fits_the_room_made_for_it() {
        let (exts, groups) = contract_records();
        let many: Vec<Listed> = (0..1000).map(|_| exts[0].clone()).collect();
        let json = to_json(1, &many, &keep_groups(&groups)).unwrap();
        // What is written is within the room, and fills most of it: a hint far off would
        // waste what it saves.
        let room = json.capacity();
        assert!(json.len() <= room);
        assert!(json.len() * 5 / 4 >= room, "{} of {}", json.len(), room);
    }

    #[test]
    fn the_same_reading_has_no_differences_and_reads_back_as_kept() {
        let (exts, groups) = contract_records();
        let snap = kept(&exts, &groups, 1);
        assert_eq!(snap.extensions, exts);
        assert!(compare(&snap, &exts, &keep_groups(&groups), |_, _, _| false).is_empty());
    }

    #[test]
    fn every_kind_of_change_is_found() {
        let (mut exts, mut groups) = contract_records();
        let old = kept(&exts, &groups, 10);
        exts[0].full_name = Some("Nguyễn Văn B".into());
        exts[0].password_digest = password_digest(Some("147"), Some("new-secret"));
        exts.push(Listed {
            sip_user: Some("148".into()),
            ..Default::default()
        });
        groups[0].strategy = Some("random".into());
        groups[0].members = vec![Member {
            agent_id: Some("ag9".into()),
            ..Default::default()
        }];
        groups[0].is_deleted = Some(true);
        groups.push(Group {
            group_number: Some("1002".into()),
            ..Default::default()
        });
        let diffs = compare(&old, &exts, &keep_groups(&groups), |_, _, _| false);
        let changes: Vec<&Change> = diffs.iter().map(|d| &d.change).collect();
        assert_eq!(
            changes,
            [
                &Change::Field(
                    Field::Name,
                    Some("Đỗ Thị Hồng Vy".into()),
                    Some("Nguyễn Văn B".into())
                ),
                &Change::Field(Field::Password, None, None),
                &Change::Added,
                &Change::Deleted,
                &Change::Field(
                    Field::Strategy,
                    Some("enterprise".into()),
                    Some("random".into())
                ),
                &Change::MemberAdded("ag9".into()),
                &Change::MemberRemoved("62d563113127de2eac6b8cbf".into()),
                &Change::MemberRemoved("6209c98561c1cb163ded25fa".into()),
                &Change::Added,
            ]
        );
        assert_eq!(diffs[2].subject, Subject::Extension("148".into()));
        let gone = compare(
            &kept(&exts, &groups, 20),
            &old.extensions,
            &old.groups,
            |_, _, _| false,
        );
        assert!(gone
            .iter()
            .any(|d| d.subject == Subject::Extension("148".into()) && d.change == Change::Removed));
    }

    #[test]
    fn a_state_set_from_this_browser_is_told_apart() {
        let (mut exts, groups) = contract_records();
        exts[0].enabled = Some(true);
        let old = kept(&exts, &groups, 10);
        exts[0].enabled = Some(false);
        let now = keep_groups(&groups);
        let here = compare(&old, &exts, &now, |sip, to, since| {
            sip == "147" && !to && since == 10
        });
        assert_eq!(here.len(), 1);
        assert!(here[0].here);
        assert!(!compare(&old, &exts, &now, |_, _, _| false)[0].here);
        // Where the list says no state, none is compared; nor an extension with no SIP user.
        exts[0].enabled = None;
        exts.push(Listed::default());
        assert!(compare(&old, &exts, &now, |_, _, _| true).is_empty());
    }
}
