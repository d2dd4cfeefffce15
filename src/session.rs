//! Who is signed in: the API base URL and access token, kept in the browser, and the session
//! context every page reads ([`Auth`], `provide_auth`/`use_auth`).
//!
//! "Remember on this device" keeps them in localStorage; otherwise sessionStorage, so they are
//! gone with the tab. The token is never logged and never put in a URL.

use std::rc::Rc;
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::{ApiError, Client};
use crate::storage::{self, local, tab};
use crate::tasks::after;
use crate::text::now_secs;

/// Where the session is kept (`early.js` reads it too).
pub const KEY: &str = "switchboard.session";
const RECENT_KEY: &str = "switchboard.recentBaseUrls";
/// How many base URLs sign-in offers.
const RECENT_MAX: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Normalized by `api::normalize_base_url`.
    pub base_url: String,
    pub token: String,
}

impl Session {
    /// When the token expires (seconds since the epoch), if it is a JWT that says so.
    pub fn expires_at(&self) -> Option<i64> {
        jwt_expiry(&self.token)
    }

    /// Whose switchboard this session manages.
    pub fn account(&self) -> Account {
        Account {
            base_url: self.base_url.clone(),
            name: jwt_account(&self.token),
        }
    }
}

/// One call-center account: the API it is reached at and, when the token is a JWT that names
/// one, the account's name there. Two tokens of one account share its journal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Account {
    pub base_url: String,
    pub name: Option<String>,
}

impl Account {
    /// Names the account in storage keys: what is kept for it is found at its next sign-in.
    pub fn key(&self) -> String {
        match &self.name {
            Some(a) => format!("{}#{a}", self.base_url),
            None => self.base_url.clone(),
        }
    }
}

/// One sign-in: the account and which of its sign-ins. A change, its Undo and what is told of
/// it belong to the sign-in they were made in: they never act in another.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedIn {
    pub account: Account,
    epoch: u64,
}

/// The `exp` claim of a JWT; `None` for a token that is not a JWT or has no expiry, which is
/// then used as it is.
pub fn jwt_expiry(token: &str) -> Option<i64> {
    let exp = jwt_claims(token)?.get("exp")?.as_f64()?;
    exp.is_finite().then_some(exp as i64)
}

/// Whose account a JWT is for: its tenant claim, else its subject; `None` for other tokens.
fn jwt_account(token: &str) -> Option<String> {
    let claims = jwt_claims(token)?;
    ["tenant_id", "tenant", "tid", "sub"]
        .iter()
        .find_map(|name| match claims.get(*name)? {
            serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
}

fn jwt_claims(token: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let mut parts = token.trim().split('.');
    let (_, claims, _) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let json = URL_SAFE_NO_PAD.decode(claims.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&json).ok()
}

/// Why a session ended without the user signing out in this tab, for sign-in to say.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ended {
    /// The API refused the token, or its expiry passed.
    Expired,
    /// Another tab signed out, or signed in with another account.
    OtherTab,
}

/// The signed-in session, shared by every page.
#[derive(Clone, Copy)]
pub struct Auth {
    pub session: RwSignal<Option<Session>>,
    /// Set when the session ended by itself, so sign-in can say why.
    pub ended: RwSignal<Option<Ended>>,
    /// Counts the sign-ins and sign-outs, so that two sign-ins of one account differ.
    epoch: StoredValue<u64>,
}

impl Auth {
    pub fn sign_in(&self, s: Session, remember: bool) {
        save(&s, remember);
        self.ended.set(None);
        self.replace(Some(s));
    }

    pub fn sign_out(&self) {
        clear();
        self.replace(None);
    }

    /// Every change of session goes through here, so each one is a new epoch.
    fn replace(&self, s: Option<Session>) {
        self.epoch.update_value(|e| *e += 1);
        self.session.set(s);
    }

    /// The current sign-in, untracked; `None` when signed out.
    pub fn signed_in(&self) -> Option<SignedIn> {
        let account = self
            .session
            .with_untracked(|s| s.as_ref().map(Session::account))?;
        Some(SignedIn {
            account,
            epoch: self.epoch.get_value(),
        })
    }

    /// Whether `s` is still the current sign-in.
    pub fn is_current(&self, s: &SignedIn) -> bool {
        self.signed_in().as_ref() == Some(s)
    }

    /// Whether the current sign-in, if any, is of `account`.
    pub fn is_account(&self, account: &Account) -> bool {
        self.session
            .with_untracked(|s| s.as_ref().is_some_and(|s| &s.account() == account))
    }

    /// The API said the token is no longer good: sign out and tell the user why.
    pub fn expire(&self) {
        self.ended.set(Some(Ended::Expired));
        self.sign_out();
    }

    /// A client for the current session; `None` when signed out.
    pub fn client(&self) -> Option<Client> {
        let auth = *self;
        self.session
            .get_untracked()
            .map(|s| Client::new(&s.base_url, &s.token, Rc::new(move || auth.expire())))
    }

    /// The client, or the error a call without a session would get.
    pub fn require_client(&self) -> Result<Client, ApiError> {
        self.client().ok_or(ApiError::Unauthorized)
    }
}

/// Sets up the session context from what the browser kept; called once, by the app.
pub fn provide_auth() -> Auth {
    let auth = Auth {
        session: RwSignal::new(load()),
        ended: RwSignal::new(None),
        epoch: StoredValue::new(0),
    };
    provide_context(auth);
    expire_with_token(auth);
    follow_other_tabs(auth);
    auth
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

/// Signs the user out when a JWT's `exp` passes, before any call can fail with it.
fn expire_with_token(auth: Auth) {
    Effect::new(move |_| {
        let Some(exp) = auth
            .session
            .with(|s| s.as_ref().and_then(Session::expires_at))
        else {
            return;
        };
        let left_ms = (exp - now_secs()).saturating_mul(1000);
        if left_ms <= 0 {
            auth.expire();
            return;
        }
        // Timers take at most about 24 days; a later expiry is checked again at the next load.
        let delay = Duration::from_millis(left_ms.min(i32::MAX as i64) as u64);
        after(delay, move || auth.expire());
    });
}

/// A remembered session is shared by every tab: when another tab signs out or signs in with
/// another account (the browser's `storage` event), this tab's session ends too, instead of
/// going on with a token the admin meant to put away.
fn follow_other_tabs(auth: Auth) {
    let handle = window_event_listener(leptos::ev::storage, move |e| {
        if e.key().as_deref() != Some(KEY) {
            return;
        }
        let parse =
            |json: Option<String>| json.and_then(|j| serde_json::from_str::<Session>(&j).ok());
        let (was, now) = (parse(e.old_value()), parse(e.new_value()));
        let mine = auth.session.get_untracked();
        if mine.is_some() && was == mine && now != mine {
            // Only this tab's copy is cleared: the other tab's new session stays kept.
            if let Some(tab) = tab() {
                let _ = tab.remove_item(KEY);
            }
            auth.ended.set(Some(Ended::OtherTab));
            auth.replace(None);
        }
    });
    on_cleanup(move || handle.remove());
}

/// The session kept by an earlier visit, from either storage.
pub fn load() -> Option<Session> {
    [tab(), local()]
        .into_iter()
        .flatten()
        .find_map(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
}

/// Keeps the session; `remember` chooses localStorage over sessionStorage.
pub fn save(session: &Session, remember: bool) {
    clear();
    let storage = if remember { local() } else { tab() };
    if let (Some(storage), Ok(json)) = (storage, serde_json::to_string(session)) {
        // A full or disabled storage only means the session is not kept across reloads.
        let _ = storage.set_item(KEY, &json);
    }
    remember_base_url(&session.base_url);
}

/// Forgets the session in both storages.
pub fn clear() {
    for storage in [tab(), local()].into_iter().flatten() {
        let _ = storage.remove_item(KEY);
    }
}

/// Base URLs signed in to before, newest first: admins switch between staging and production.
pub fn recent_base_urls() -> Vec<String> {
    storage::strings(RECENT_KEY)
}

fn remember_base_url(url: &str) {
    let mut recent = recent_base_urls();
    recent.retain(|u| u != url);
    recent.insert(0, url.to_string());
    recent.truncate(RECENT_MAX);
    storage::keep_strings(RECENT_KEY, &recent);
}

#[cfg(test)]
mod tests {
    use super::{jwt_account, jwt_expiry};

    #[test]
    fn reads_the_expiry_of_a_jwt_and_accepts_other_tokens() {
        // {"alg":"HS256","typ":"JWT"} . {"sub":"x","exp":1700000000}
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwiZXhwIjoxNzAwMDAwMDAwfQ.sig";
        assert_eq!(jwt_expiry(jwt), Some(1_700_000_000));
        assert_eq!(jwt_expiry("demo-token"), None);
        assert_eq!(jwt_expiry("a.b.c"), None);
        assert_eq!(jwt_expiry("a.b.c.d"), None);
        // No exp claim: used as it is.
        assert_eq!(jwt_expiry("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.x"), None);
    }

    #[test]
    fn a_jwt_names_its_account_by_tenant_then_subject() {
        // {"sub":"x","tenant_id":"t1"} and {"sub":42}
        assert_eq!(
            jwt_account("e30.eyJzdWIiOiJ4IiwidGVuYW50X2lkIjoidDEifQ.s").as_deref(),
            Some("t1")
        );
        assert_eq!(jwt_account("e30.eyJzdWIiOjQyfQ.s").as_deref(), Some("42"));
        assert_eq!(jwt_account("demo-token"), None);
    }
}
