//! The members of one group, in ring order.

use leptos::prelude::*;

use crate::api::Member;
use crate::components::links::ExtensionLink;
use crate::directory::{Directory, MOST_READ};
use crate::i18n::{tr, use_texts};

/// Ring order: by `order`, ties (and missing orders, last) as listed.
pub fn ring_order(members: &[Member]) -> Vec<Member> {
    let mut sorted = members.to_vec();
    sorted.sort_by_key(|m| m.order.unwrap_or(i64::MAX));
    sorted
}

/// "62d563…8cbf": enough of an id to tell members apart.
fn short_id(id: &str) -> String {
    let len = id.chars().count();
    if len <= 12 {
        return id.to_string();
    }
    let head: String = id.chars().take(6).collect();
    let tail: String = id.chars().skip(len - 4).collect();
    format!("{head}…{tail}")
}

#[component]
pub fn MemberList(members: Vec<Member>, directory: Directory) -> impl IntoView {
    let t = use_texts();
    let members = ring_order(&members);
    view! {
        <div class="members">
            {move || directory.error().map(|e| view! {
                <p class="muted">{tr(|t| t.members_lookup_failed)}" "{t().error(&e)}</p>
            })}
            {move || directory.capped().then(|| view! {
                <p class="muted">{move || (t().members_capped)(MOST_READ.into())}</p>
            })}
            {if members.is_empty() {
                view! { <p class="muted">{tr(|t| t.no_members)}</p> }.into_any()
            } else {
                view! {
                    <ol class="member-list">
                        {members.into_iter().map(|m| {
                            let timeout = m.timeout;
                            let agent = m.agent_id.clone().unwrap_or_default();
                            let who = move || {
                                let known = directory.person(&agent);
                                match (m.sip_user.clone().filter(|s| !s.is_empty()), known) {
                                    (Some(sip), known) => view! {
                                        <ExtensionLink sip=sip />
                                        {known.and_then(|p| p.full_name).map(|n| view! { <span>" "{n}</span> })}
                                    }.into_any(),
                                    (None, Some(p)) => view! {
                                        <ExtensionLink sip=p.sip_user />
                                        {p.full_name.map(|n| view! { <span>" "{n}</span> })}
                                    }.into_any(),
                                    (None, None) if agent.is_empty() => view! { <span>{t().missing}</span> }.into_any(),
                                    (None, None) => view! {
                                        <span class="agent" title=agent.clone()>{format!("{} {}", t().agent, short_id(&agent))}</span>
                                    }.into_any(),
                                }
                            };
                            view! {
                                <li>
                                    <span class="who">{who}</span>
                                    <span class="muted">{move || match timeout {
                                        Some(s) => (t().ring_seconds)(s),
                                        None => t().missing.to_string(),
                                    }}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ring_order_is_by_order_then_as_listed() {
        let m = |id: &str, order: Option<i64>| Member {
            agent_id: Some(id.into()),
            order,
            ..Default::default()
        };
        let sorted = ring_order(&[
            m("a", Some(1)),
            m("b", None),
            m("c", Some(0)),
            m("d", Some(1)),
        ]);
        let ids: Vec<_> = sorted.iter().map(|m| m.agent_id.clone().unwrap()).collect();
        assert_eq!(ids, ["c", "a", "d", "b"]);
    }

    #[test]
    fn ids_are_shortened() {
        assert_eq!(short_id("62d563113127de2eac6b8cbf"), "62d563…8cbf");
        assert_eq!(short_id("abc"), "abc");
    }
}
