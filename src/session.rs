//! Who is signed in: the API base URL and access token, kept in the browser.
//!
//! "Remember on this device" keeps them in localStorage; otherwise sessionStorage, so they are
//! gone with the tab. The token is never logged and never put in a URL.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use web_sys::Storage;

const KEY: &str = "switchboard.session";
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
}

/// The `exp` claim of a JWT; `None` for a token that is not a JWT or has no expiry, which is
/// then used as it is.
pub fn jwt_expiry(token: &str) -> Option<i64> {
    #[derive(Deserialize)]
    struct Claims {
        exp: Option<f64>,
    }
    let mut parts = token.trim().split('.');
    let (_, claims, _) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let json = URL_SAFE_NO_PAD.decode(claims.trim_end_matches('=')).ok()?;
    let claims: Claims = serde_json::from_slice(&json).ok()?;
    claims.exp.filter(|e| e.is_finite()).map(|e| e as i64)
}

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn tab() -> Option<Storage> {
    web_sys::window()?.session_storage().ok()?
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
    local()
        .and_then(|s| s.get_item(RECENT_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

fn remember_base_url(url: &str) {
    let mut recent = recent_base_urls();
    recent.retain(|u| u != url);
    recent.insert(0, url.to_string());
    recent.truncate(RECENT_MAX);
    if let (Some(storage), Ok(json)) = (local(), serde_json::to_string(&recent)) {
        let _ = storage.set_item(RECENT_KEY, &json);
    }
}

#[cfg(test)]
mod tests {
    use super::jwt_expiry;

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
}
