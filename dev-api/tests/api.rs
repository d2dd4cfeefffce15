//! dev-api against the contract: pagination edges, keyword, auth, status round-trip, CORS.

use axum::body::{to_bytes, Body};
use axum::http::{header, Method, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

const TOKEN: &str = dev_api::DEMO_TOKEN;

async fn call(
    state: &dev_api::Shared,
    method: Method,
    uri: &str,
    token: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let res = dev_api::app(state.clone(), None, None, true)
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let bytes = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    (status, body)
}

async fn get(uri: &str) -> Value {
    let state = dev_api::new_state(dev_api::DEFAULT_GROUPS, dev_api::DEFAULT_EXTENSIONS);
    let (status, body) = call(&state, Method::GET, uri, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    assert_eq!(body["status_code"], 9999, "{uri}: {body}");
    body["payload"].clone()
}

const LIST: &str = "/api/call_center/internal_phone/list";

#[tokio::test]
async fn first_page_starts_with_the_contract_records_and_has_every_key() {
    let state = dev_api::new_state(dev_api::DEFAULT_GROUPS, dev_api::DEFAULT_EXTENSIONS);
    let (_, body) = call(
        &state,
        Method::GET,
        &format!("{LIST}?page=1&size=2"),
        Some(TOKEN),
    )
    .await;
    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "instance_id",
            "instance_name",
            "key_enabled",
            "payload",
            "status_code"
        ]
    );
    let p = body["payload"].clone();
    let items = p["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["sip_user"], "147");
    assert_eq!(items[0]["full_name"], "Đỗ Thị Hồng Vy");
    assert_eq!(items[0]["password"], "XXXXXX");
    assert!(
        items[0].get("enabled").is_none(),
        "the contract's record has no enabled flag"
    );
    assert_eq!(items[1]["sip_user"], "145");
    let total = p["total_items"].as_u64().unwrap();
    assert!(total >= 120);
    assert_eq!(p["page_number"], 1);
    assert_eq!(p["page_size"], 2);
    assert_eq!(p["total_pages"], total.div_ceil(2));
    assert_eq!(p["has_next"], true);
    assert_eq!(p["next_page"], 2);
    assert_eq!(p["has_previous"], false);
    assert_eq!(p["previous_page"], 1);
}

#[tokio::test]
async fn defaults_are_page_one_and_size_fifty() {
    let p = get(LIST).await;
    assert_eq!(p["page_number"], 1);
    assert_eq!(p["page_size"], 50);
    assert_eq!(p["items"].as_array().unwrap().len(), 50);
}

#[tokio::test]
async fn last_page_has_no_next_and_next_page_stays() {
    let first = get(&format!("{LIST}?size=50")).await;
    let last = first["total_pages"].as_u64().unwrap();
    let total = first["total_items"].as_u64().unwrap();
    let p = get(&format!("{LIST}?size=50&page={last}")).await;
    assert_eq!(p["has_next"], false);
    assert_eq!(p["next_page"], last);
    assert_eq!(p["has_previous"], true);
    assert_eq!(p["previous_page"], last - 1);
    assert_eq!(
        p["items"].as_array().unwrap().len() as u64,
        total - 50 * (last - 1)
    );
}

#[tokio::test]
async fn size_above_total_is_one_page() {
    let p = get(&format!("{LIST}?keyword=vy&size=100")).await;
    assert_eq!(p["total_pages"], 1);
    assert_eq!(p["has_next"], false);
    assert_eq!(p["next_page"], 1);
}

#[tokio::test]
async fn size_is_capped() {
    let p = get(&format!("{LIST}?size=100000")).await;
    assert_eq!(p["page_size"], 200);
}

#[tokio::test]
async fn page_past_the_end_is_empty_but_well_formed() {
    let p = get(&format!("{LIST}?page=999&size=50")).await;
    assert_eq!(p["items"].as_array().unwrap().len(), 0);
    assert_eq!(p["page_number"], 999);
    assert_eq!(p["has_next"], false);
    assert_eq!(p["next_page"], 999);
    assert_eq!(p["previous_page"], 998);
}

#[tokio::test]
async fn page_zero_or_not_a_number_is_page_one() {
    for q in ["page=0", "page=abc", "page=-3", "page=&size=x"] {
        let p = get(&format!("{LIST}?{q}")).await;
        assert_eq!(p["page_number"], 1, "{q}");
        assert_eq!(p["page_size"], 50, "{q}");
    }
}

#[tokio::test]
async fn keyword_ignores_case_and_diacritics() {
    let p = get(&format!("{LIST}?keyword=vy")).await;
    let names: Vec<&str> = p["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["full_name"].as_str())
        .collect();
    assert!(names.contains(&"Đỗ Thị Hồng Vy"), "{names:?}");
    let p = get(&format!("{LIST}?keyword=%C4%90%E1%BB%97%20TH%E1%BB%8A")).await; // "Đỗ THỊ"
    assert_eq!(p["items"][0]["sip_user"], "147");
    let p = get(&format!("{LIST}?keyword=vykh252")).await; // email
    assert_eq!(p["total_items"], 1);
    assert_eq!(p["items"][0]["sip_user"], "145");
    let p = get(&format!("{LIST}?keyword=147")).await; // extension
    assert_eq!(p["items"][0]["sip_user"], "147");
    let p = get(&format!("{LIST}?keyword=zzzzzz")).await;
    assert_eq!(p["total_items"], 0);
    assert_eq!(p["total_pages"], 0);
}

#[tokio::test]
async fn data_has_nulls_and_is_the_same_at_every_start() {
    let a = get(&format!("{LIST}?size=200")).await;
    let b = get(&format!("{LIST}?size=200")).await;
    assert_eq!(a, b);
    let items = a["items"].as_array().unwrap();
    assert!(items.iter().any(|i| i["full_name"].is_null()));
    assert!(items.iter().any(|i| i["email"].is_null()));
}

#[tokio::test]
async fn calls_without_a_valid_token_get_401_with_an_envelope() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    for (token, code) in [
        (None, "api_key_is_required"),
        (Some("wrong"), "api_key_invalid"),
    ] {
        let (status, body) = call(&state, Method::GET, LIST, token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body["status_code"], -9999);
        assert_eq!(body["payload"]["error"], code);
    }
}

#[tokio::test]
async fn api_key_exchanges_for_a_jwt_that_works() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let (_, body) = call(&state, Method::GET, "/api/auth?apiKey=demo-api-key", None).await;
    assert_eq!(body["payload"]["token_type"], "Bearer");
    let token = body["payload"]["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(token.split('.').count(), 3);
    let (status, _) = call(&state, Method::GET, LIST, Some(&token)).await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = call(&state, Method::GET, "/api/auth?apiKey=nope", None).await;
    assert_eq!(body["status_code"], -9999);
    assert_eq!(body["payload"]["error"], "api_key_invalid");
}

/// The `enabled` flag of an extension as the list shows it.
async fn listed_enabled(state: &dev_api::Shared, sip: &str) -> Value {
    let (_, list) = call(
        state,
        Method::GET,
        &format!("{LIST}?keyword={sip}"),
        Some(TOKEN),
    )
    .await;
    list["payload"]["items"][0]["enabled"].clone()
}

#[tokio::test]
async fn status_round_trip_shows_in_the_list() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let put = "/api/call_center/internal_phone/status?enabled=false&sip_user=147";
    let (status, body) = call(&state, Method::PUT, put, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, Value::Null, "the contract documents an empty answer");
    assert_eq!(listed_enabled(&state, "147").await, false);
    let put = "/api/call_center/internal_phone/status?enabled=true&sip_user=147";
    call(&state, Method::PUT, put, Some(TOKEN)).await;
    assert_eq!(listed_enabled(&state, "147").await, true);
}

/// Arms the faults of a `POST /__test/faults` body; the status of the answer.
async fn arm(state: &dev_api::Shared, body: String) -> StatusCode {
    let arm = Request::post("/__test/faults")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap();
    let res = dev_api::app(state.clone(), None, None, true)
        .oneshot(arm)
        .await
        .unwrap();
    res.status()
}

/// Holds the next `n` list requests (`kind: hold`).
async fn hold_lists(state: &dev_api::Shared, n: usize) {
    let fault = r#"{"route": "list", "kind": "hold", "once": true}"#;
    let body = format!("[{}]", vec![fault; n].join(","));
    assert_eq!(arm(state, body).await, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_fault_for_a_route_that_does_not_exist_is_refused() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let misspelt = r#"{"route": "statuses", "kind": "empty"}"#.to_string();
    assert!(arm(&state, misspelt).await.is_client_error());
    let (_, faults) = call(&state, Method::GET, "/__test/faults", None).await;
    assert_eq!(faults, serde_json::json!([]));
    let right = r#"{"route": "status", "kind": "empty"}"#.to_string();
    assert_eq!(arm(&state, right).await, StatusCode::NO_CONTENT);
}

/// Asks for the list in a task of its own, so that the test can go on while it is held.
fn spawn_list(state: &dev_api::Shared) -> tokio::task::JoinHandle<(StatusCode, Value)> {
    let state = state.clone();
    tokio::spawn(async move { call(&state, Method::GET, LIST, Some(TOKEN)).await })
}

#[tokio::test]
async fn a_held_request_is_answered_only_once_released() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    hold_lists(&state, 2).await;
    let list = || spawn_list(&state);
    let release = || call(&state, Method::POST, "/__test/release", None);
    // Each release waits for its request to be held, so it cannot come first; nor can the
    // second be taken for the first, which was let go a moment before.
    let first = list();
    assert_eq!(release().await.0, StatusCode::NO_CONTENT);
    let second = list();
    assert_eq!(release().await.0, StatusCode::NO_CONTENT);
    for held in [first, second] {
        let answered = tokio::time::timeout(std::time::Duration::from_secs(5), held).await;
        let (status, body) = answered.expect("a held request never answered").unwrap();
        assert_eq!(
            (status, body["status_code"].clone()),
            (StatusCode::OK, 9999.into())
        );
    }
    // Nothing held: the release says so instead of passing.
    tokio::time::pause();
    assert_eq!(release().await.0, StatusCode::CONFLICT);
}

#[tokio::test]
async fn status_rejects_unknown_extensions_and_bad_values() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    for (q, code) in [
        ("enabled=true&sip_user=9999", "extension_invalid"),
        ("enabled=maybe&sip_user=147", "data_invalid"),
        ("sip_user=147", "data_is_required"),
        ("enabled=true", "data_is_required"),
    ] {
        let (_, body) = call(
            &state,
            Method::PUT,
            &format!("/api/call_center/internal_phone/status?{q}"),
            Some(TOKEN),
        )
        .await;
        assert_eq!(body["status_code"], -9999, "{q}");
        assert_eq!(body["payload"]["error"], code, "{q}");
    }
}

#[tokio::test]
async fn hotlines_of_147_are_the_contracts() {
    let p = get("/api/call_center/hotline/list?extension=147").await;
    assert_eq!(p, serde_json::json!(["024********", "842*********"]));
}

#[tokio::test]
async fn groups_start_with_the_contract_three_with_every_field() {
    let p = get("/api/call_center/internal_group/get_all").await;
    let groups = p.as_array().unwrap();
    assert!(groups.len() >= 12);
    let names: Vec<&str> = groups[..3]
        .iter()
        .map(|g| g["group_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Nhóm Tech", "Nhóm Sales", "Nhóm CSKH"]);
    assert_eq!(groups[0]["group_number"], "38011");
    assert_eq!(groups[0]["members"].as_array().unwrap().len(), 2);
    let keys: Vec<&String> = groups[0].as_object().unwrap().keys().collect();
    for g in groups {
        let mut k: Vec<&String> = g.as_object().unwrap().keys().collect();
        k.sort();
        let mut want = keys.clone();
        want.sort();
        assert_eq!(k, want, "every group has the contract's fields");
        let n = g["members"].as_array().unwrap().len();
        assert!((1..=8).contains(&n));
    }
    for s in ["enterprise", "rollover", "random"] {
        assert!(groups.iter().any(|g| g["strategy"] == s), "{s}");
    }
}

#[tokio::test]
async fn cors_preflight_allows_any_origin_with_auth_header() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let req = Request::builder()
        .method(Method::OPTIONS)
        .uri(LIST)
        .header(header::ORIGIN, "http://elsewhere.example")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "PUT")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "authorization,content-type",
        )
        .body(Body::empty())
        .unwrap();
    let res = dev_api::app(state, None, None, true)
        .oneshot(req)
        .await
        .unwrap();
    assert!(res.status().is_success());
    let h = res.headers();
    assert_eq!(h[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let methods = h[header::ACCESS_CONTROL_ALLOW_METHODS].to_str().unwrap();
    assert!(methods.contains("PUT") && methods.contains("GET"));
    let allowed = h[header::ACCESS_CONTROL_ALLOW_HEADERS]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(allowed.contains("authorization") && allowed.contains("content-type"));
}

#[tokio::test]
async fn without_cors_no_origin_is_allowed() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let req = Request::builder()
        .uri(LIST)
        .header(header::ORIGIN, "http://elsewhere.example")
        .header(header::AUTHORIZATION, "Bearer demo-token")
        .body(Body::empty())
        .unwrap();
    let res = dev_api::app(state, None, None, false)
        .oneshot(req)
        .await
        .unwrap();
    assert!(res.status().is_success());
    assert!(res
        .headers()
        .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
        .is_none());
}

/// A folder of app files (name, content) for `--static`, one per test.
fn app_files(test: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dev-api-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, content) in files {
        std::fs::write(dir.join(name), content).unwrap();
    }
    dir
}

/// A build made with `--public-url /switchboard/` is served below that path, with index.html for
/// the app's own paths there, while the API stays at the root.
#[tokio::test]
async fn serves_the_app_below_a_prefix() {
    let dir = app_files(
        "prefix",
        &[("index.html", "the index"), ("app.js", "the script")],
    );
    let state = dev_api::new_state(dev_api::DEFAULT_GROUPS, dev_api::DEFAULT_EXTENSIONS);
    let fetch = |uri: &'static str| {
        let app = dev_api::app(state.clone(), Some(dir.clone()), Some("/switchboard"), true);
        async move {
            let req = Request::builder().uri(uri).body(Body::empty()).unwrap();
            let res = app.oneshot(req).await.unwrap();
            let status = res.status();
            let bytes = to_bytes(res.into_body(), usize::MAX).await.unwrap();
            (status, String::from_utf8_lossy(&bytes).into_owned())
        }
    };
    assert_eq!(
        fetch("/switchboard/app.js").await,
        (StatusCode::OK, "the script".into())
    );
    assert_eq!(
        fetch("/switchboard/groups").await,
        (StatusCode::OK, "the index".into())
    );
    assert_eq!(fetch("/groups").await.0, StatusCode::NOT_FOUND);
    let (status, _) = call(&state, Method::GET, LIST, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// As deploy/nginx.conf: the build's hashed scripts, wasm and styles are cached for good, and
/// index.html (every route of the app) is asked for again each time.
#[tokio::test]
async fn serves_hashed_files_for_good_and_the_index_afresh() {
    let dir = app_files(
        "cache",
        &[
            ("index.html", "the index"),
            ("app-1f2e.js", "a script"),
            ("app-1f2e_bg.wasm", "a module"),
            ("main-3c4d.css", "a style"),
        ],
    );
    let state = dev_api::new_state(dev_api::DEFAULT_GROUPS, dev_api::DEFAULT_EXTENSIONS);
    for (uri, expected) in [
        ("/app-1f2e.js", "public, max-age=31536000, immutable"),
        ("/app-1f2e_bg.wasm", "public, max-age=31536000, immutable"),
        ("/main-3c4d.css", "public, max-age=31536000, immutable"),
        ("/", "no-cache"),
        ("/extensions", "no-cache"),
    ] {
        let app = dev_api::app(state.clone(), Some(dir.clone()), None, true);
        let req = Request::builder().uri(uri).body(Body::empty()).unwrap();
        let res = app.oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{uri}");
        assert_eq!(res.headers()["cache-control"], expected, "{uri}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn the_log_says_how_many_requests_were_being_answered() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    hold_lists(&state, 2).await;
    let list = || spawn_list(&state);
    let held = [list(), list()];
    let lists = || {
        dev_api::lock(&state)
            .log
            .iter()
            .filter(|r| r.path == LIST)
            .count()
    };
    // Both have come (each is logged as it comes) and neither is answered: they are held.
    while lists() < 2 {
        tokio::task::yield_now().await;
    }
    // A release lets go of those held so far: the second may be held after the first release.
    while !held.iter().all(|h| h.is_finished()) {
        call(&state, Method::POST, "/__test/release", None).await;
    }
    for h in held {
        h.await.unwrap();
    }
    call(&state, Method::GET, LIST, Some(TOKEN)).await;
    let counts: Vec<u64> = dev_api::lock(&state)
        .log
        .iter()
        .filter(|r| r.path == LIST)
        .map(|r| r.in_flight as u64)
        .collect();
    // The two held ones overlapped; the one after them came alone.
    assert_eq!(counts, [1, 2, 1]);
}

#[tokio::test]
async fn a_rate_limit_answers_so_many_a_second_then_429_with_retry_after() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let limit = r#"{"route": "list", "kind": "rate_limit", "per_second": 2, "retry_after": 3}"#;
    assert_eq!(arm(&state, limit.to_string()).await, StatusCode::NO_CONTENT);
    let mut answers = Vec::new();
    for _ in 0..3 {
        let req = Request::get(LIST)
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap();
        let res = dev_api::app(state.clone(), None, None, true)
            .oneshot(req)
            .await
            .unwrap();
        let wait = res.headers().get(header::RETRY_AFTER).cloned();
        answers.push((res.status(), wait));
    }
    assert_eq!(answers[0], (StatusCode::OK, None));
    assert_eq!(answers[1], (StatusCode::OK, None));
    assert_eq!(
        answers[2],
        (StatusCode::TOO_MANY_REQUESTS, Some("3".parse().unwrap()))
    );
}

#[tokio::test]
async fn the_log_counts_requests_in_flight_for_the_same_extension() {
    let state = dev_api::new_state(3, dev_api::DEFAULT_EXTENSIONS);
    let hold = r#"{"route": "status", "kind": "hold", "once": true}"#;
    assert_eq!(
        arm(&state, format!("[{hold},{hold}]")).await,
        StatusCode::NO_CONTENT
    );
    let put = |sip: &'static str| {
        let state = state.clone();
        tokio::spawn(async move {
            let uri =
                format!("/api/call_center/internal_phone/status?enabled=false&sip_user={sip}");
            call(&state, Method::PUT, &uri, Some(TOKEN)).await
        })
    };
    let logged = || dev_api::lock(&state).log.len();
    let mut held = vec![put("147")];
    while logged() < 1 {
        tokio::task::yield_now().await;
    }
    held.push(put("147"));
    while logged() < 2 {
        tokio::task::yield_now().await;
    }
    while !held.iter().all(|h| h.is_finished()) {
        call(&state, Method::POST, "/__test/release", None).await;
    }
    call(
        &state,
        Method::GET,
        "/api/call_center/hotline/list?extension=101",
        Some(TOKEN),
    )
    .await;
    call(&state, Method::GET, LIST, Some(TOKEN)).await;
    let same: Vec<usize> = dev_api::lock(&state)
        .log
        .iter()
        .filter(|r| !r.path.starts_with("/__test"))
        .map(|r| r.same_in_flight)
        .collect();
    assert_eq!(same, [1, 2, 1, 0]);
}
