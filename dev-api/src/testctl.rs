//! Controls that only tests use, under `/__test/`: the request log, a data reset, and tokens
//! with a chosen lifetime.

use std::collections::HashMap;

use axum::extract::{Query, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::{data, lock, Shared};

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/__test/requests", get(requests).delete(clear_requests))
        .route("/__test/reset", post(reset))
        .route("/__test/token", post(token))
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
    st.db = data::Db::seed(st.groups);
    st.log.clear();
    StatusCode::NO_CONTENT
}

/// A JWT-shaped token living `ttl` seconds (negative: already expired).
async fn token(AxState(state): AxState<Shared>, Query(q): Query<HashMap<String, String>>) -> Response {
    let ttl = q.get("ttl").and_then(|t| t.parse().ok()).unwrap_or(crate::tokens::TOKEN_LIFETIME_SECS);
    lock(&state).tokens.issue(ttl).into_response()
}
