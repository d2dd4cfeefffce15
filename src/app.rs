//! The router and the layout around every signed-in page. It provides the app-wide contexts
//! (session, language, theme, toasts, change journal, extension states), each owned by its
//! own module.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Redirect, Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};

use crate::all_groups::provide_all_groups;
use crate::base_path;
use crate::components::lang_switch::LangSwitch;
use crate::components::theme_switch::ThemeSwitch;
use crate::components::toast::{provide_toasts, ToastRegion};
use crate::directory::provide_directory;
use crate::i18n::{tr, use_texts};
use crate::journal::provide_journal;
use crate::lang::{provide_lang, use_lang};
use crate::list_params::provide_pending_address;
use crate::pages::activity::ActivityPage;
use crate::pages::overview::OverviewPage;
use crate::pages::{extensions::ExtensionsPage, groups::GroupsPage, sign_in::SignInPage};
use crate::pool;
use crate::session::{provide_auth, use_auth, Session};
use crate::status::provide_statuses;
use crate::text::{self, from_now, now_secs};
use crate::theme::provide_theme;

#[component]
pub fn App() -> impl IntoView {
    provide_auth();
    let lang = provide_lang();
    provide_theme();
    let toasts = provide_toasts();
    // A fan-out that waits for the API says so, in the language of then.
    pool::shared().tell_waits(Rc::new(move |secs| {
        toasts.success((lang.get_untracked().texts().slowing_down)(secs))
    }));
    provide_journal();
    provide_directory();
    provide_all_groups();
    provide_statuses();
    // Screen readers and `Intl` follow the document's language.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });

    view! {
        <Router base=base_path::base()>
            // A path the app does not have: the app's name and a way back.
            <Routes fallback=move || view! {
                <header class="topbar"><span class="brand">{tr(|t| t.app_name)}</span></header>
                <main class="page">
                    <h1>{tr(|t| t.not_found)}</h1>
                    <a href=base_path::href("/extensions")>{tr(|t| t.back_to_extensions)}</a>
                </main>
            }>
                <Route path=path!("/sign-in") view=SignInPage />
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("") view=|| view! { <Redirect path="/extensions" /> } />
                    <Route path=path!("extensions") view=ExtensionsPage />
                    <Route path=path!("groups") view=GroupsPage />
                    <Route path=path!("overview") view=OverviewPage />
                    <Route path=path!("activity") view=ActivityPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The layout of every signed-in page. Without a session it sends the user to sign-in,
/// remembering where they were so they come back there.
#[component]
fn Shell() -> impl IntoView {
    let auth = use_auth();
    let t = use_texts();
    let location = use_location();
    let navigate = use_navigate();
    let pending = provide_pending_address();
    Effect::new(move |_| {
        if auth.session.get().is_none() {
            // The way back names the view on screen, which the address may have yet to follow.
            pending.write();
            // `search` comes without its "?".
            let search = location.search.get_untracked();
            let query = if search.is_empty() {
                String::new()
            } else {
                format!("?{search}")
            };
            let pathname = location.pathname.get_untracked();
            let here = format!("{}{query}", base_path::app_path(&pathname));
            let next = js_sys::encode_uri_component(&here);
            navigate(
                &format!("/sign-in?next={next}"),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    let base_url = move || {
        auth.session
            .with(|s| s.as_ref().map(|s| s.base_url.clone()).unwrap_or_default())
    };
    // "Expires in …" for a JWT, refreshed every half minute.
    let now = RwSignal::new(now_secs());
    if let Ok(tick) = set_interval_with_handle(move || now.set(now_secs()), Duration::from_secs(30))
    {
        on_cleanup(move || tick.clear());
    }
    let lang = use_lang();
    // A timer runs after the page's first request has been sent (requests start in microtasks),
    // so the formatters are built while it is in flight.
    set_timeout(move || text::prepare(lang.get_untracked()), Duration::ZERO);
    let expiry = move || {
        let exp = auth
            .session
            .with(|s| s.as_ref().and_then(Session::expires_at))?;
        Some((t().expires)(&from_now(exp - now.get(), lang.get())))
    };

    view! {
        <header class="topbar">
            <span class="brand">{tr(|t| t.app_name)}</span>
            // Before a link leaves the page: a page switch of a moment ago keeps its history
            // entry, and Back returns to it.
            <nav aria-label=tr(|t| t.nav_label) on:click=move |_| pending.write()>
                <A href=base_path::href("/extensions")>{tr(|t| t.nav_extensions)}</A>
                <A href=base_path::href("/groups")>{tr(|t| t.nav_groups)}</A>
                <A href=base_path::href("/overview")>{tr(|t| t.nav_overview)}</A>
                <A href=base_path::href("/activity")>{tr(|t| t.nav_activity)}</A>
            </nav>
            <span class="connection">
                <span class="visually-hidden">{tr(|t| t.connected_to)}" "</span>
                {base_url}
                {move || expiry().map(|e| view! { <span class="expiry">" · "{e}</span> })}
            </span>
            <ThemeSwitch />
            <LangSwitch />
            <button type="button" class="link" on:click=move |_| auth.sign_out()>{tr(|t| t.sign_out)}</button>
        </header>
        <Show when=move || auth.session.with(Option::is_some)>
            <Outlet />
        </Show>
        <ToastRegion />
    }
}
