//! The detail drawer of one extension: every field, the SIP password behind a reveal button,
//! copy buttons for what a softphone needs, the hotlines it may call out from, the groups it is
//! in, and its changes from this browser.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use super::history::History;
use super::impact::Impact;
use super::member_of::MemberOf;
use super::row::set_here_words;
use crate::api::Extension;
use crate::components::copy_button::CopyButton;
use crate::components::loaded_list::LoadedList;
use crate::i18n::{tr, use_texts, Texts};
use crate::lang::use_lang;
use crate::session::use_auth;
use crate::status::{Shown, Statuses};
use crate::text::date_time;

/// The drawer of the extension the URL names (`open`), if it is among the rows.
#[component]
pub fn OpenDetail(
    open: Memo<Option<String>>,
    rows: Memo<Vec<Extension>>,
    statuses: Statuses,
    impact: Impact,
    on_close: Callback<()>,
) -> impl IntoView {
    move || {
        let sip = open.get()?;
        let ext = rows.with(|r| {
            r.iter()
                .find(|e| e.sip_user.as_deref() == Some(sip.as_str()))
                .cloned()
        })?;
        let listed = ext.enabled;
        let state = Signal::derive(move || statuses.shown(&sip, listed));
        Some(view! { <Detail ext state impact on_close /> })
    }
}

#[component]
fn Detail(
    ext: Extension,
    state: Signal<Shown>,
    impact: Impact,
    on_close: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let close_ref = NodeRef::<html::Button>::new();

    // Esc closes the drawer and does nothing else: it is the topmost thing open, so the
    // search box under the keyboard does not also clear itself. Focus starts on the close
    // button so the keyboard is inside the drawer.
    let esc = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && !e.default_prevented() {
            e.prevent_default();
            on_close.run(());
        }
    });
    on_cleanup(move || esc.remove());
    Effect::new(move |_| {
        if let Some(b) = close_ref.get() {
            let _ = b.focus();
        }
    });

    let sip = ext.sip_user.clone().unwrap_or_default();

    // A field with an optional copy button: (label, value, copy label).
    type Label = fn(&Texts) -> &'static str;
    let field = move |label: Label, value: Option<String>, copy: Option<Label>| {
        let text = value.clone();
        view! {
            <div class="field">
                <dt>{move || label(t())}</dt>
                <dd>
                    <span class="value">{move || t().or_missing(&text)}</span>
                    {copy.zip(value.filter(|v| !v.is_empty())).map(|(copy, v)| view! {
                        <CopyButton value=v label=Signal::derive(move || copy(t()).to_string()) />
                    })}
                </dd>
            </div>
        }
    };
    let date = move |label: Label, ms: Option<i64>| {
        view! {
            <div class="field">
                <dt>{move || label(t())}</dt>
                <dd>{move || ms.and_then(|ms| date_time(ms, lang.get())).unwrap_or_else(|| t().missing.to_string())}</dd>
            </div>
        }
    };
    view! {
        <div class="drawer" role="dialog" aria-modal="true" aria-labelledby="detail-title"
            on:keydown=keep_tab_inside>
            <header>
                <h2 id="detail-title">{let s = sip.clone(); move || (t().detail_title)(&s)}</h2>
                <button type="button" node_ref=close_ref aria-label=tr(|t| t.close)
                    on:click=move |_| on_close.run(())>"×"</button>
            </header>
            <dl>
                {field(|t| t.col_extension, ext.sip_user.clone(), Some(|t| t.copy_extension))}
                {field(|t| t.col_name, ext.full_name.clone(), None)}
                {field(|t| t.col_email, ext.email.clone(), None)}
                {field(|t| t.col_public_number, ext.public_number.clone(), None)}
                {field(|t| t.col_domain, ext.domain.clone(), Some(|t| t.copy_domain))}
                {field(|t| t.col_proxy, ext.outbound_proxy.clone(), Some(|t| t.copy_proxy))}
                <PasswordField password=ext.password.clone().filter(|p| !p.is_empty()) />
                {field(|t| t.agent_id, ext.agent_id.clone(), None)}
                {date(|t| t.col_created, ext.created_date)}
                {date(|t| t.col_updated, ext.last_updated_date)}
                <div class="field">
                    <dt>{tr(|t| t.col_status)}</dt>
                    <dd>
                        {move || t().state(state.get().state)}
                        {move || state.get().set_here_at.map(|ms| view! {
                            <span class="set-here" title=t().set_here_hint>" · "{set_here_words(ms, lang.get())}</span>
                        })}
                    </dd>
                </div>
            </dl>
            <Hotlines sip=sip.clone() />
            <MemberOf agent_id=ext.agent_id.clone() sip=sip.clone() impact />
            <History sip=sip />
        </div>
    }
}

/// The SIP password, hidden until asked for, with a copy button.
#[component]
fn PasswordField(password: Option<String>) -> impl IntoView {
    let t = use_texts();
    let revealed = RwSignal::new(false);
    let has_password = password.is_some();
    view! {
        <div class="field">
            <dt>{tr(|t| t.password)}</dt>
            <dd>
                <span class="value secret">{
                    let p = password.clone();
                    move || match (&p, revealed.get()) {
                        (Some(p), true) => p.clone(),
                        (Some(_), false) => "••••••••".to_string(),
                        (None, _) => t().missing.to_string(),
                    }
                }</span>
                {has_password.then(|| view! {
                    <button type="button" aria-pressed=move || revealed.get().to_string()
                        on:click=move |_| revealed.update(|r| *r = !*r)>
                        {move || if revealed.get() { t().hide_password } else { t().show_password }}
                    </button>
                })}
                {password.map(|p| view! {
                    <CopyButton value=p label=Signal::derive(move || t().copy_password.to_string()) />
                })}
            </dd>
        </div>
    }
}

/// The hotlines the extension may call out from (`hotline/list?extension=`).
#[component]
fn Hotlines(sip: String) -> impl IntoView {
    let auth = use_auth();
    let hotlines = LocalResource::new(move || {
        let sip = sip.clone();
        let client = auth.require_client();
        async move { client?.hotlines(&sip).await }
    });
    view! {
        <LoadedList class="hotlines" title=|t| t.hotlines_title data=move || hotlines.get()
            on_retry=Callback::new(move |_| hotlines.refetch())
            failed=|t| t.load_hotlines_failed empty=|t| t.no_hotlines item=|line: String| line />
    }
}

/// The drawer is modal for the keyboard: Tab and Shift+Tab go round its own controls instead
/// of leaving for the table hidden beneath it.
pub fn keep_tab_inside(e: ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if e.key() != "Tab" {
        return;
    }
    let Some(drawer) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = drawer.query_selector_all("button:not([disabled]), a[href], input, select")
    else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref() == Some(el.unchecked_ref());
    let to = if e.shift_key() && at(first) {
        last
    } else if !e.shift_key() && at(last) {
        first
    } else {
        return;
    };
    e.prevent_default();
    let _ = to.focus();
}
