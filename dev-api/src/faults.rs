//! Injected faults, set by tests through `/__test/faults`: per route, permanent or once-only,
//! optionally only for requests with given query parameters. `inject.rs` applies them.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::watch;

use crate::route::Route;

#[derive(Clone, Debug, Deserialize)]
pub struct Fault {
    /// `list`, `status`, `hotlines`, `groups` or `auth`.
    pub route: Route,
    #[serde(flatten)]
    pub kind: Kind,
    /// Fail the next matching request only.
    #[serde(default)]
    pub once: bool,
    /// Only requests whose query carries these values, e.g. `{"sip_user": "147"}`.
    #[serde(default)]
    pub when: HashMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Kind {
    /// Answer normally, `ms` milliseconds late.
    Delay { ms: u64 },
    /// An HTML error page with this status, as a proxy sends it.
    Http { status: u16 },
    /// 200 with an empty body.
    Empty,
    /// 200 with a body that is not JSON.
    Malformed,
    /// The vendor's failure envelope with this error code.
    Rejected {
        error: String,
        #[serde(default)]
        message: Option<String>,
    },
    /// A 200 success envelope with this payload instead of the real one.
    Payload { payload: Value },
    /// The request is carried out, then the connection drops in the middle of the answer: the
    /// client cannot know whether its change was made.
    Drop,
    /// Exactly this body (sent as JSON) with this status: for envelopes no other kind makes.
    Raw { status: u16, body: String },
    /// Answer normally once `POST /__test/release` lets it go: a test sees what the page shows
    /// while an answer is awaited for as long as it takes to look, however slow the browser.
    Hold,
    /// Answers `per_second` matching requests in any one second, and each one more with HTTP
    /// 429 and `Retry-After: retry_after`, as a vendor's rate limit does. Meant to stay armed.
    RateLimit {
        per_second: usize,
        #[serde(default = "one_second")]
        retry_after: u32,
        /// When the requests let through in the last second came.
        #[serde(skip)]
        passed: Vec<Instant>,
    },
}

fn one_second() -> u32 {
    1
}

/// The requests a `hold` fault keeps waiting, and the releases that let them go.
#[derive(Default)]
pub struct Holds {
    held: watch::Sender<usize>,
    releases: watch::Sender<u64>,
}

/// Takes a held request out of the count when its connection is gone before a release (a
/// release itself sets the count to nought).
struct HeldGuard<'a>(&'a watch::Sender<usize>);

impl Drop for HeldGuard<'_> {
    fn drop(&mut self) {
        self.0.send_modify(|n| *n = n.saturating_sub(1));
    }
}

impl Holds {
    /// Waits for the next release.
    pub async fn wait(&self) {
        let mut released = self.releases.subscribe();
        self.held.send_modify(|n| *n += 1);
        let guard = HeldGuard(&self.held);
        // An error means the sender is gone, which cannot happen while `self` lives.
        let _ = released.changed().await;
        // Already counted out by the release: a second hold right after this one must not
        // find this request still counted and be released before it comes.
        std::mem::forget(guard);
    }

    /// Lets every held request go, waiting up to `patience` for one to be held so that a
    /// test's release never comes before the request it means. Says whether one was held.
    pub async fn release(&self, patience: Duration) -> bool {
        let mut held = self.held.subscribe();
        let some = tokio::time::timeout(patience, held.wait_for(|n| *n > 0))
            .await
            .is_ok_and(|r| r.is_ok());
        self.release_all();
        some
    }

    /// Lets every held request go at once: a reset leaves none waiting.
    pub fn release_all(&self) {
        self.held.send_replace(0);
        self.releases.send_modify(|g| *g += 1);
    }
}

/// The body of `POST /__test/faults`: one fault or a list of them.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum NewFaults {
    One(Fault),
    Many(Vec<Fault>),
}

pub fn describe(f: &Fault) -> Value {
    json!({"route": f.route, "once": f.once, "kind": format!("{:?}", f.kind)})
}
