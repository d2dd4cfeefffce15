//! The middleware that answers a request as the first armed fault for its route says (see
//! `faults.rs` for what each kind does), or lets it through.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State as AxState};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::envelope::{fail, ok};
use crate::faults::Kind;
use crate::route::Route;
use crate::state::{lock, Shared};

/// Takes the first fault that matches the request, removing it when it is once-only.
fn take(state: &Shared, route: Route, params: &HashMap<String, String>) -> Option<Kind> {
    let mut st = lock(state);
    let i = st
        .faults
        .iter()
        .position(|f| f.route == route && f.when.iter().all(|(k, v)| params.get(k) == Some(v)))?;
    if let Kind::RateLimit {
        per_second, passed, ..
    } = &mut st.faults[i].kind
    {
        let now = Instant::now();
        passed.retain(|t| now.duration_since(*t) < Duration::from_secs(1));
        if passed.len() < *per_second {
            passed.push(now);
            return None;
        }
    }
    let fault = if st.faults[i].once {
        st.faults.remove(i)
    } else {
        st.faults[i].clone()
    };
    Some(fault.kind)
}

pub async fn inject(AxState(state): AxState<Shared>, req: Request, next: Next) -> Response {
    let Some(route) = Route::of(req.uri().path()) else {
        return next.run(req).await;
    };
    let params = Query::<HashMap<String, String>>::try_from_uri(req.uri())
        .map(|q| q.0)
        .unwrap_or_default();
    match take(&state, route, &params) {
        None => next.run(req).await,
        Some(Kind::Delay { ms }) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            next.run(req).await
        }
        Some(Kind::Hold) => {
            let holds = lock(&state).holds.clone();
            holds.wait().await;
            next.run(req).await
        }
        Some(Kind::Http { status }) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let html = format!("<html><body><h1>{status}</h1><p>nginx</p></body></html>");
            (status, [(header::CONTENT_TYPE, "text/html")], html).into_response()
        }
        Some(Kind::Empty) => StatusCode::OK.into_response(),
        Some(Kind::RateLimit { retry_after, .. }) => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, retry_after.to_string())],
            "Too many requests",
        )
            .into_response(),
        Some(Kind::Malformed) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"status_code": 9999, "payload": [{"#,
        )
            .into_response(),
        Some(Kind::Rejected { error, message }) => fail(
            StatusCode::OK,
            &error,
            message
                .as_deref()
                .unwrap_or("Please check your input param"),
        ),
        Some(Kind::Payload { payload }) => ok(payload),
        Some(Kind::Raw { status, body }) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
        Some(Kind::Drop) => {
            // Served for real, so a change is made; only the answer is lost.
            drop(next.run(req).await);
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(br#"{"status_code": 9999, "payload": "#)),
                Err(std::io::Error::other("dropped by an injected fault")),
            ];
            Response::builder()
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from_stream(futures_util::stream::iter(chunks)))
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}
