//! One group's row on the Groups page and, when open, its members; and the words its cells
//! are made of, as plain functions (tested natively).

use std::collections::HashSet;

use leptos::prelude::*;

use super::members::MemberList;
use crate::api::{Actor, Group};
use crate::directory::{use_directory, Directory};
use crate::i18n::Texts;
use crate::lang::Lang;
use crate::text::date_time;

/// The strategy in words; an unknown value is shown as sent.
pub fn strategy(value: &Option<String>, t: &Texts) -> String {
    match value.as_deref() {
        Some("enterprise") => t.strategy_enterprise.to_string(),
        Some("rollover") => t.strategy_rollover.to_string(),
        Some("random") => t.strategy_random.to_string(),
        Some(other) if !other.trim().is_empty() => other.to_string(),
        _ => t.missing.to_string(),
    }
}

/// Where the group's calls are forwarded, in words; `name_of` names a group by its id.
pub fn forwarding(g: &Group, t: &Texts, name_of: impl Fn(&str) -> Option<String>) -> String {
    let mut to = Vec::new();
    if g.is_forward_to_outer_group == Some(true) {
        let target = g
            .outer_group_id
            .as_deref()
            .map(|id| name_of(id).unwrap_or_else(|| id.to_string()));
        to.push((t.forward_to_group)(target.as_deref().unwrap_or(t.missing)));
    }
    if g.is_forward_to_user_owner == Some(true) {
        to.push(t.forward_to_owner.to_string());
    }
    if to.is_empty() {
        t.missing.to_string()
    } else {
        to.join("; ")
    }
}

/// Where calls go when no one answers: the destination's name in words, and the API's kind of
/// destination as sent (`target_timeout_type` has no documented vocabulary), for a tooltip.
pub fn no_answer(g: &Group, t: &Texts) -> (String, Option<String>) {
    let kind = g.target_timeout_type.clone().filter(|s| !s.is_empty());
    let name = g.target_timeout_name.as_deref().filter(|s| !s.is_empty());
    let words = match (name, &kind) {
        (Some(n), _) => n.to_string(),
        (None, Some(_)) => t.no_answer_forwarded.to_string(),
        (None, None) => t.missing.to_string(),
    };
    (words, kind)
}

/// "date by someone", or the date alone.
fn date_by(ms: Option<i64>, by: Option<&Actor>, lang: Lang) -> String {
    let t = lang.texts();
    let date = ms
        .and_then(|ms| date_time(ms, lang))
        .unwrap_or_else(|| t.missing.to_string());
    match by
        .and_then(|a| a.name.as_deref())
        .filter(|b| !b.trim().is_empty())
    {
        Some(by) => (t.date_by)(&date, by),
        None => date,
    }
}

/// Which groups are open, kept across paging and a change of language; opening one starts
/// the lookup of members' extensions. A link may name one to open (`open=`, the group's key).
#[derive(Clone, Copy)]
pub struct OpenGroups {
    keys: StoredValue<HashSet<String>>,
    directory: Directory,
}

impl OpenGroups {
    pub fn new(first: Option<String>) -> Self {
        let open = OpenGroups {
            keys: StoredValue::new(first.into_iter().collect()),
            directory: use_directory(),
        };
        if open.keys.with_value(|k| !k.is_empty()) {
            open.directory.load();
        }
        open
    }

    fn toggle(&self, key: &str, is_open: RwSignal<bool>) {
        let open = !is_open.get_untracked();
        self.keys.update_value(|e| {
            if open {
                e.insert(key.to_string());
            } else {
                e.remove(key);
            }
        });
        is_open.set(open);
        if open {
            self.directory.load();
        }
    }
}

/// A row's text is written once, in the language of the moment, and its open state is a
/// signal the row owns: a closure in a row that reads a long-lived signal (the language, a
/// page-wide set) would keep every row ever shown alive. A new language re-renders the rows.
#[component]
pub fn GroupRow(
    g: Group,
    /// The group's place in the whole list: its key when it has no id or number.
    n: usize,
    lang: Lang,
    open: OpenGroups,
    /// The name of a group, by id, for forwarding.
    name_of: Callback<String, Option<String>>,
) -> impl IntoView {
    let t = lang.texts();
    let key =
        g.id.clone()
            .or(g.group_number.clone())
            .unwrap_or_else(|| format!("#{n}"));
    let is_open = RwSignal::new(open.keys.with_value(|e| e.contains(&key)));
    let panel_id = format!("members-{n}");
    let forwarding = forwarding(&g, t, |id| name_of.run(id.to_string()));
    let (no_answer, kind) = no_answer(&g, t);
    let members = g.members.clone();
    let deleted = g.is_deleted == Some(true);
    let directory = open.directory;
    // One row group per group: its row and, when open, its members. A keystroke that
    // replaces rows then inserts and removes one node per group, not two.
    view! {
        <tbody>
        <tr class:deleted=deleted>
            <th scope="row" title=g.group_name.clone()>
                <button type="button" class="expand" aria-expanded=move || is_open.get().to_string()
                    aria-controls=panel_id.clone() on:click=move |_| open.toggle(&key, is_open)>
                    <span class="chevron" aria-hidden="true"></span>
                    {t.or_missing(&g.group_name)}
                </button>
                {deleted.then(|| view! { <span class="badge">{t.deleted_badge}</span> })}
            </th>
            <td>{t.or_missing(&g.group_number)}</td>
            <td>{strategy(&g.strategy, t)}</td>
            <td class="num">{members.len()}</td>
            <td>{forwarding}</td>
            <td title=kind>{no_answer}</td>
            <td>{date_by(g.created_date, g.create_by.as_ref(), lang)}</td>
            <td>{date_by(g.last_updated_date, g.last_update_by.as_ref(), lang)}</td>
            <td title=g.note.clone()>{t.or_missing(&g.note)}</td>
        </tr>
        {move || is_open.get().then(|| view! {
            <tr class="members-row" id=panel_id.clone()>
                <td colspan="9"><MemberList members=members.clone() directory=directory /></td>
            </tr>
        })}
        </tbody>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strategies_in_words_and_unknown_ones_as_sent() {
        let t = Lang::En.texts();
        assert_eq!(strategy(&Some("rollover".into()), t), t.strategy_rollover);
        assert_eq!(strategy(&Some("ring_all".into()), t), "ring_all");
        assert_eq!(strategy(&Some("  ".into()), t), t.missing);
        assert_eq!(strategy(&None, t), t.missing);
    }

    #[test]
    fn forwarding_names_the_target_group_or_its_id() {
        let t = Lang::En.texts();
        let mut g = Group::default();
        assert_eq!(forwarding(&g, t, |_| None), t.missing);
        g.is_forward_to_outer_group = Some(true);
        g.outer_group_id = Some("g2".into());
        let named = forwarding(&g, t, |id| (id == "g2").then(|| "Nhóm Sales".to_string()));
        assert_eq!(named, (t.forward_to_group)("Nhóm Sales"));
        assert_eq!(forwarding(&g, t, |_| None), (t.forward_to_group)("g2"));
        g.is_forward_to_user_owner = Some(true);
        let both = forwarding(&g, t, |_| None);
        assert_eq!(
            both,
            format!("{}; {}", (t.forward_to_group)("g2"), t.forward_to_owner)
        );
    }

    #[test]
    fn no_answer_shows_the_name_and_keeps_the_raw_kind_for_the_tooltip() {
        let t = Lang::En.texts();
        let mut g = Group::default();
        assert_eq!(no_answer(&g, t), (t.missing.to_string(), None));
        g.target_timeout_type = Some("internal_group".into());
        assert_eq!(no_answer(&g, t).0, t.no_answer_forwarded);
        g.target_timeout_name = Some("Nhóm Sales".into());
        assert_eq!(
            no_answer(&g, t),
            ("Nhóm Sales".to_string(), Some("internal_group".to_string()))
        );
    }
}
