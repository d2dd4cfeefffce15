//! The vendor's envelopes, for the routes and for the faults that imitate them.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

/// The success envelope.
pub fn ok(payload: Value) -> Response {
    success(payload, ("instance_version", "1.2.163"))
}

/// The success envelope as the contract's list example shows it: `instance_name` where the
/// other examples have `instance_version`.
pub fn ok_named(payload: Value) -> Response {
    success(payload, ("instance_name", "DESKTOP-3I0NHO0"))
}

fn success(payload: Value, (instance_key, instance): (&str, &str)) -> Response {
    let mut body = json!({"status_code": 9999, "instance_id": "stg", "payload": payload, "key_enabled": false});
    body[instance_key] = json!(instance);
    Json(body).into_response()
}

/// The failure envelope, as the vendor's docs show it.
pub fn fail(http: StatusCode, error: &str, message: &str) -> Response {
    let body = json!({
        "status_code": -9999,
        "instance_id": "stg",
        "instance_version": "1.2.163",
        "payload": {"status": "fail", "error": error, "message": message},
        "key_enabled": false,
    });
    (http, Json(body)).into_response()
}
