//! Controls that only tests use, under `/__test/`: the request log, a data reset, records added
//! beside the seeded ones, tokens with a chosen lifetime, injected faults, and the release of
//! held requests.

use std::collections::HashMap;
use std::time::Duration;

use axum::extract::{Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::state::{lock, Shared};
use crate::{data, faults};

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/__test/requests", get(requests).delete(clear_requests))
        .route("/__test/reset", post(reset))
        .route("/__test/records", post(add_records).patch(change_records))
        .route("/__test/token", post(token))
        .route(
            "/__test/faults",
            get(list_faults).post(add_faults).delete(clear_faults),
        )
        .route("/__test/release", post(release))
        .with_state(state)
}

/// Every `/api/` request received since the last reset, oldest first.
async fn requests(AxState(state): AxState<Shared>) -> Response {
    Json(lock(&state).log.clone()).into_response()
}

async fn clear_requests(AxState(state): AxState<Shared>) -> StatusCode {
    lock(&state).log.clear();
    StatusCode::NO_CONTENT
}

/// Back to the data of a fresh start, with an empty log.
async fn reset(AxState(state): AxState<Shared>) -> StatusCode {
    let mut st = lock(&state);
    st.db = data::Db::seed(st.groups, st.extensions);
    st.log.clear();
    st.faults.clear();
    st.holds.release_all();
    StatusCode::NO_CONTENT
}

/// Records a test adds, shaped as the contract shapes them (never as the app's structs).
#[derive(Deserialize)]
struct Records {
    #[serde(default)]
    extensions: Vec<Value>,
    #[serde(default)]
    groups: Vec<Value>,
}

/// Adds records after the seeded ones, for the data a test needs; a reset takes them away.
async fn add_records(AxState(state): AxState<Shared>, Json(new): Json<Records>) -> StatusCode {
    let mut st = lock(&state);
    st.db.extensions.extend(new.extensions);
    st.db.groups.extend(new.groups);
    StatusCode::NO_CONTENT
}

/// Changes to records between two visits: fields merged into the record with that
/// `sip_user` (extensions) or `_id` (groups), and records removed by the same keys.
#[derive(Deserialize)]
struct Changes {
    #[serde(default)]
    extensions: Vec<serde_json::Map<String, Value>>,
    #[serde(default)]
    groups: Vec<serde_json::Map<String, Value>>,
    #[serde(default)]
    remove_extensions: Vec<String>,
    #[serde(default)]
    remove_groups: Vec<String>,
}

/// Applies `Changes`; 404 (and nothing changed) when one names a record that is not there.
async fn change_records(AxState(state): AxState<Shared>, Json(c): Json<Changes>) -> StatusCode {
    let mut st = lock(&state);
    let mut db = st.db.clone();
    let key_of = |r: &Value, key: &str| r.get(key).and_then(Value::as_str).map(String::from);
    for (records, changes, key) in [
        (&mut db.extensions, &c.extensions, "sip_user"),
        (&mut db.groups, &c.groups, "_id"),
    ] {
        for change in changes {
            let wanted = change.get(key).and_then(Value::as_str);
            let found = records
                .iter_mut()
                .find(|r| wanted.is_some() && key_of(r, key).as_deref() == wanted);
            match found.and_then(Value::as_object_mut) {
                Some(record) => record.extend(change.clone()),
                None => return StatusCode::NOT_FOUND,
            }
        }
    }
    for (records, gone, key) in [
        (&mut db.extensions, &c.remove_extensions, "sip_user"),
        (&mut db.groups, &c.remove_groups, "_id"),
    ] {
        for k in gone {
            let before = records.len();
            records.retain(|r| key_of(r, key).as_deref() != Some(k.as_str()));
            if records.len() == before {
                return StatusCode::NOT_FOUND;
            }
        }
    }
    st.db = db;
    StatusCode::NO_CONTENT
}

/// Lets the requests a `hold` fault keeps go on to their answers. 409 when none was held
/// within five seconds: the request the test meant never came.
async fn release(AxState(state): AxState<Shared>) -> StatusCode {
    let holds = lock(&state).holds.clone();
    if holds.release(Duration::from_secs(5)).await {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::CONFLICT
    }
}

/// Faults still armed, for a test to check that a once-only fault was used.
async fn list_faults(AxState(state): AxState<Shared>) -> Response {
    Json(
        lock(&state)
            .faults
            .iter()
            .map(faults::describe)
            .collect::<Vec<_>>(),
    )
    .into_response()
}

async fn add_faults(
    AxState(state): AxState<Shared>,
    Json(new): Json<faults::NewFaults>,
) -> StatusCode {
    let mut st = lock(&state);
    match new {
        faults::NewFaults::One(f) => st.faults.push(f),
        faults::NewFaults::Many(fs) => st.faults.extend(fs),
    }
    StatusCode::NO_CONTENT
}

async fn clear_faults(AxState(state): AxState<Shared>) -> StatusCode {
    let mut st = lock(&state);
    st.faults.clear();
    st.holds.release_all();
    StatusCode::NO_CONTENT
}

/// A JWT-shaped token living `ttl` seconds (negative: already expired).
async fn token(
    AxState(state): AxState<Shared>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let ttl = q
        .get("ttl")
        .and_then(|t| t.parse().ok())
        .unwrap_or(crate::tokens::TOKEN_LIFETIME_SECS);
    lock(&state).tokens.issue(ttl).into_response()
}
