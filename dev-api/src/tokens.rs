//! Access tokens: the fixed demo token, and JWT-shaped tokens handed out by `/api/auth`.
//!
//! The tokens are not signed for real: dev-api only needs to know which ones it issued and
//! when they expire.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// An opaque (non-JWT) token that never expires: the demo needs only this.
pub const DEMO_TOKEN: &str = "demo-token";
/// The API key `/api/auth` exchanges for a token.
pub const DEMO_API_KEY: &str = "demo-api-key";
/// Tokens live 24 hours, as the vendor's docs say.
pub const TOKEN_LIFETIME_SECS: i64 = 24 * 3600;

#[derive(Default)]
pub struct Issued {
    /// Token to expiry, in seconds since the epoch.
    expiry: HashMap<String, i64>,
}

pub enum Check {
    Valid,
    Expired,
    Unknown,
}

pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Issued {
    /// A new JWT-shaped token that expires `ttl_secs` from now (negative: already expired).
    pub fn issue(&mut self, ttl_secs: i64) -> String {
        let exp = now_secs() + ttl_secs;
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let claims = format!(
            r#"{{"sub":"dev-api","n":{},"exp":{exp}}}"#,
            self.expiry.len()
        );
        let token = format!(
            "{header}.{}.dev-api-signature",
            URL_SAFE_NO_PAD.encode(claims)
        );
        self.expiry.insert(token.clone(), exp);
        token
    }

    pub fn check(&self, token: &str) -> Check {
        if token == DEMO_TOKEN {
            return Check::Valid;
        }
        match self.expiry.get(token) {
            Some(exp) if *exp > now_secs() => Check::Valid,
            Some(_) => Check::Expired,
            None => Check::Unknown,
        }
    }
}
