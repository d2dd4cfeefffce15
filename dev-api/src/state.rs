//! What dev-api holds while it runs: the records, the request log, the tokens it issued and
//! the faults armed, behind one lock.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::{data, faults, tokens};

/// One request as the server received it, for tests to assert on.
#[derive(Clone, Serialize)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, exactly as sent (still percent-encoded).
    pub query: String,
    /// Every query parameter, decoded.
    pub params: HashMap<String, String>,
    /// The names of the request's headers, lowercase: what a proxy passed on.
    pub headers: Vec<String>,
    /// How many requests were being answered when this one came, itself included.
    pub in_flight: usize,
    /// How many of those were about the same extension (`sip_user` or `extension`), itself
    /// included; 0 for a request about none.
    pub same_in_flight: usize,
}

pub struct State {
    pub db: data::Db,
    pub groups: usize,
    /// How many extensions are generated beside the contract's two.
    pub extensions: usize,
    pub log: Vec<LoggedRequest>,
    /// Requests being answered now.
    pub in_flight: usize,
    /// Of those, how many about each extension.
    pub in_flight_for: HashMap<String, usize>,
    pub tokens: tokens::Issued,
    pub faults: Vec<faults::Fault>,
    pub holds: Arc<faults::Holds>,
}

pub type Shared = Arc<Mutex<State>>;

/// Locks the state; a poisoned lock (a panicked handler) still holds usable data.
pub fn lock(state: &Shared) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|p| p.into_inner())
}

pub fn new_state(groups: usize, extensions: usize) -> Shared {
    Arc::new(Mutex::new(State {
        db: data::Db::seed(groups, extensions),
        groups,
        extensions,
        log: Vec::new(),
        in_flight: 0,
        in_flight_for: HashMap::new(),
        tokens: tokens::Issued::default(),
        faults: Vec::new(),
        holds: Arc::default(),
    }))
}
