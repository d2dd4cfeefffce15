//! The contract's routes, answered in the vendor's envelope.

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::{Query, Request, State as AxState};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::Router;
use serde_json::{json, Value};

use crate::envelope::{fail, ok, ok_named};
use crate::route::Route;
use crate::state::{lock, LoggedRequest, Shared};
use crate::tokens::Check;
use crate::{inject, paging, text, tokens};

type Params = Query<HashMap<String, String>>;

pub fn router(state: Shared) -> Router {
    let call_center = Router::new()
        .route(Route::List.path(), get(list_extensions))
        .route(Route::Status.path(), put(set_status))
        .route(Route::Hotlines.path(), get(hotlines))
        .route(Route::Groups.path(), get(groups))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .route(Route::Auth.path(), get(auth))
        .merge(call_center)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            inject::inject,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), log_request))
        .with_state(state)
}

async fn log_request(AxState(state): AxState<Shared>, req: Request, next: Next) -> Response {
    let query = req.uri().query().unwrap_or("").to_string();
    let params = Query::<HashMap<String, String>>::try_from_uri(req.uri())
        .map(|q| q.0)
        .unwrap_or_default();
    // The extension a request is about, to count those in flight for the same one.
    let about = params
        .get("sip_user")
        .or_else(|| params.get("extension"))
        .cloned();
    {
        let mut st = lock(&state);
        st.in_flight += 1;
        let in_flight = st.in_flight;
        let same_in_flight = about.as_ref().map_or(0, |a| {
            let n = st.in_flight_for.entry(a.clone()).or_default();
            *n += 1;
            *n
        });
        st.log.push(LoggedRequest {
            method: req.method().to_string(),
            path: req.uri().path().to_string(),
            query,
            params,
            headers: req
                .headers()
                .keys()
                .map(|k| k.as_str().to_string())
                .collect(),
            in_flight,
            same_in_flight,
        });
    }
    // Counted out when answered, or when the client went away first and the request with it.
    let _answered = Answered(state, about);
    next.run(req).await
}

struct Answered(Shared, Option<String>);

impl Drop for Answered {
    fn drop(&mut self) {
        let mut st = lock(&self.0);
        st.in_flight = st.in_flight.saturating_sub(1);
        if let Some(about) = &self.1 {
            if let Some(n) = st.in_flight_for.get_mut(about) {
                *n = n.saturating_sub(1);
            }
        }
    }
}

async fn require_token(
    AxState(state): AxState<Shared>,
    req: Request<Body>,
    next: Next,
) -> Response {
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let check = bearer.map(|t| lock(&state).tokens.check(t));
    match (bearer, check) {
        (_, Some(Check::Valid)) => next.run(req).await,
        (_, Some(Check::Expired)) => {
            fail(StatusCode::UNAUTHORIZED, "api_key_invalid", "token_expired")
        }
        (None, _) => fail(
            StatusCode::UNAUTHORIZED,
            "api_key_is_required",
            "Access token is required",
        ),
        (Some(_), _) => fail(
            StatusCode::UNAUTHORIZED,
            "api_key_invalid",
            "Access token is invalid",
        ),
    }
}

async fn auth(AxState(state): AxState<Shared>, Query(q): Params) -> Response {
    match q.get("apiKey").map(String::as_str) {
        None | Some("") => fail(
            StatusCode::OK,
            "api_key_is_required",
            "Please check your input param",
        ),
        Some(tokens::DEMO_API_KEY) => {
            let token = lock(&state).tokens.issue(tokens::TOKEN_LIFETIME_SECS);
            ok(json!({"access_token": token, "token_type": "Bearer", "access_type": "api_key"}))
        }
        Some(_) => fail(StatusCode::OK, "api_key_invalid", "API key is invalid"),
    }
}

/// `keyword` matches the extension, the email or the full name, ignoring case and diacritics.
fn matches(item: &Value, keyword: &str) -> bool {
    keyword.is_empty()
        || ["sip_user", "email", "full_name"]
            .iter()
            .filter_map(|k| item[*k].as_str())
            .any(|v| text::fold(v).contains(keyword))
}

async fn list_extensions(AxState(state): AxState<Shared>, Query(q): Params) -> Response {
    let (page, size) = paging::parse(
        q.get("page").map(String::as_str),
        q.get("size").map(String::as_str),
    );
    let keyword = text::fold(q.get("keyword").map(String::as_str).unwrap_or("").trim());
    let st = lock(&state);
    // References: at 10,000 extensions a copy of each per request was most of its time.
    let found: Vec<&Value> = st
        .db
        .extensions
        .iter()
        .filter(|e| matches(e, &keyword))
        .collect();
    ok_named(paging::page(&found, page, size))
}

async fn set_status(AxState(state): AxState<Shared>, Query(q): Params) -> Response {
    let enabled = match q.get("enabled").map(String::as_str) {
        Some("true") => true,
        Some("false") => false,
        None | Some("") => {
            return fail(
                StatusCode::OK,
                "data_is_required",
                "Please check your input param",
            )
        }
        Some(_) => {
            return fail(
                StatusCode::OK,
                "data_invalid",
                "enabled must be true or false",
            )
        }
    };
    let sip_user = match q.get("sip_user").map(String::as_str) {
        None | Some("") => {
            return fail(
                StatusCode::OK,
                "data_is_required",
                "Please check your input param",
            )
        }
        Some(s) => s.to_string(),
    };
    let mut st = lock(&state);
    match st
        .db
        .extensions
        .iter_mut()
        .find(|e| e["sip_user"].as_str() == Some(sip_user.as_str()))
    {
        Some(item) => {
            item["enabled"] = json!(enabled);
            // The contract documents an empty 200 answer.
            StatusCode::OK.into_response()
        }
        None => fail(StatusCode::OK, "extension_invalid", "Extension not found"),
    }
}

async fn hotlines(AxState(state): AxState<Shared>, Query(q): Params) -> Response {
    let st = lock(&state);
    match q.get("extension").map(String::as_str) {
        // The parameter is optional in the contract: without it, every active hotline.
        None | Some("") => {
            let mut all: Vec<&String> = st.db.hotlines.iter().flat_map(|(_, h)| h).collect();
            all.sort();
            all.dedup();
            ok(json!(all))
        }
        Some(ext) => match st.db.hotlines.iter().find(|(s, _)| s == ext) {
            Some((_, lines)) => ok(json!(lines)),
            None => fail(StatusCode::OK, "extension_invalid", "Extension not found"),
        },
    }
}

async fn groups(AxState(state): AxState<Shared>) -> Response {
    ok(json!(lock(&state).db.groups))
}
