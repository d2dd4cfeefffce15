//! The vendor's REST API. Every call goes through [`Client::call`], which adds the bearer token,
//! sends, unwraps the envelope and turns every failure into one [`ApiError`]. Nothing here
//! touches the DOM.

mod body;
mod early;
mod envelope;
mod error;
mod lenient;
mod models;
mod split;

use std::rc::Rc;

use futures::StreamExt;
use gloo_net::http::{Method, RequestBuilder};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::Value;
use web_sys::AbortSignal;

use crate::pool::{self, Pool};

use body::Body;
pub use envelope::{Envelope, ErrorPayload, Page, FAILURE, SUCCESS};
use error::asked_to_wait;
pub use error::ApiError;
use lenient::Maybe;
pub use models::{Actor, AuthToken, Extension, Group, Member};
use split::Split;

/// The contract's paths of the two lists, which `early.js` may ask for first.
pub const LIST_PATH: &str = "/api/call_center/internal_phone/list";
pub const GROUPS_PATH: &str = "/api/call_center/internal_group/get_all";

/// What the extension list is asked for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ListQuery {
    pub page: u32,
    pub size: u32,
    pub keyword: String,
}

/// How [`Client::every_extension_page`] reads the list to its end.
pub struct Walk<'a> {
    pub keyword: &'a str,
    pub size: u32,
    /// A guard against an API whose paging never ends.
    pub max_pages: u32,
    /// For an answer without `has_next`: go on while its total says more pages follow (`true`),
    /// or take it to be the last page (`false`).
    pub follow_total: bool,
    pub abort: Option<&'a AbortSignal>,
}

/// Takes each entry of a list payload as it arrives (see `split`).
type Entries<'a> = &'a mut dyn FnMut(&[u8]);

/// A signed-in connection to one API. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    base: Rc<str>,
    token: Rc<str>,
    /// Called when the API says the session is over, before the error is returned.
    on_unauthorized: Rc<dyn Fn()>,
    /// What every fan-out's requests, and every change, go through.
    pool: Rc<Pool>,
}

impl Client {
    /// `base` must already be normalized (see [`normalize_base_url`]).
    pub fn new(base: &str, token: &str, on_unauthorized: Rc<dyn Fn()>) -> Self {
        Client {
            base: base.into(),
            token: token.into(),
            on_unauthorized,
            pool: pool::shared(),
        }
    }

    /// One page of extensions; `abort` cancels it when a newer query replaces it.
    pub async fn extensions(
        &self,
        q: &ListQuery,
        abort: Option<&AbortSignal>,
    ) -> Result<Page<Extension>, ApiError> {
        let page = q.page.to_string();
        let size = q.size.to_string();
        let mut query = vec![("page", page.as_str()), ("size", size.as_str())];
        if !q.keyword.is_empty() {
            query.push(("keyword", q.keyword.as_str()));
        }
        required(self.call(Method::GET, LIST_PATH, &query, abort, None).await)
    }

    /// Reads every page of the extension list, handing each answer to `each` in page order
    /// with the query that asked for it, until a page says it is the last, comes back empty,
    /// or the walk's `max_pages` is reached; the first error ends it. Once the first answer
    /// says how many pages there are, the rest are asked for through the pool, several at once.
    pub async fn every_extension_page(
        &self,
        walk: Walk<'_>,
        // `dyn`: one copy of the walk in the wasm, not one per caller.
        each: &mut dyn FnMut(&ListQuery, Page<Extension>),
    ) -> Result<(), ApiError> {
        let query = |page| ListQuery {
            page,
            size: walk.size,
            keyword: walk.keyword.to_string(),
        };
        // Whether the walk goes on after this page.
        let more = |q: &ListQuery, p: &Page<Extension>| {
            let said_more =
                walk.follow_total && p.pages(q.size).is_some_and(|n| u64::from(q.page) < n);
            p.has_next.unwrap_or(said_more) && !p.items.is_empty() && q.page < walk.max_pages
        };
        let first = query(1);
        let p = self.pooled_page(&first, walk.abort).await?;
        let (mut going, known) = (more(&first, &p), p.pages(walk.size));
        each(&first, p);
        let mut next = 2;
        if let (true, Some(n)) = (going, known) {
            let last = u32::try_from(n).unwrap_or(u32::MAX).min(walk.max_pages);
            let asked: Vec<ListQuery> = (next..=last).map(query).collect();
            let mut answers = pool::in_order(asked.iter().map(|q| self.pooled_page(q, walk.abort)));
            for q in &asked {
                let Some(p) = answers.next().await else { break };
                let p = p?;
                going = more(q, &p);
                each(q, p);
                next = q.page + 1;
                if !going {
                    return Ok(());
                }
            }
        }
        // No count of pages, or more than it said: one page after another.
        while going {
            let q = query(next);
            let p = self.pooled_page(&q, walk.abort).await?;
            going = more(&q, &p);
            each(&q, p);
            next += 1;
        }
        Ok(())
    }

    /// One page of a walk, through the pool.
    async fn pooled_page(
        &self,
        q: &ListQuery,
        abort: Option<&AbortSignal>,
    ) -> Result<Page<Extension>, ApiError> {
        let ask = || self.extensions(q, abort);
        self.pool.run(ask, ApiError::wait).await
    }

    /// Enables or disables an extension, through the pool: a bulk's changes and a switch's
    /// share its bound. The contract documents an empty answer.
    pub async fn set_status(&self, sip_user: &str, enabled: bool) -> Result<(), ApiError> {
        let enabled = if enabled { "true" } else { "false" };
        let query = [("enabled", enabled), ("sip_user", sip_user)];
        let path = "/api/call_center/internal_phone/status";
        let put = || self.call::<Value>(Method::PUT, path, &query, None, None);
        self.pool.run(put, ApiError::wait).await.map(|_| ())
    }

    /// The hotlines an extension may call out from.
    pub async fn hotlines(&self, extension: &str) -> Result<Vec<String>, ApiError> {
        let query = [("extension", extension)];
        let lines: Vec<Value> = required(
            self.call(
                Method::GET,
                "/api/call_center/hotline/list",
                &query,
                None,
                None,
            )
            .await,
        )?;
        // A number sent as a JSON number is still a number to dial.
        Ok(lines
            .into_iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect())
    }

    /// Every internal group; the API has no paging for them. Tens of thousands of groups are
    /// tens of megabytes: each is decoded as it arrives, and the body is never kept whole.
    pub async fn groups(&self) -> Result<Vec<Group>, ApiError> {
        let (mut groups, mut broken) = (Vec::new(), false);
        let mut each = |entry: &[u8]| match serde_json::from_slice::<Maybe<Group>>(entry) {
            Ok(Maybe(group)) => groups.extend(group),
            Err(_) => broken = true,
        };
        // The envelope is judged as a whole answer's would be. A payload that is not a list
        // has no groups, as a field that is not a list is empty.
        required::<Value>(
            self.call(Method::GET, GROUPS_PATH, &[], None, Some(&mut each))
                .await,
        )?;
        if broken {
            return Err(ApiError::Malformed);
        }
        Ok(groups)
    }

    /// The one place a request is made with the token.
    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        abort: Option<&AbortSignal>,
        entries: Option<Entries<'_>>,
    ) -> Result<Option<T>, ApiError> {
        let is_get = method == Method::GET;
        let request = RequestBuilder::new(&format!("{}{path}", self.base))
            .method(method)
            .header("Authorization", &format!("Bearer {}", self.token))
            .header("Content-Type", "application/json")
            .query(query.iter().copied())
            .abort_signal(abort);
        let result = send(request, abort, is_get.then_some(&*self.token), entries).await;
        if matches!(result, Err(ApiError::Unauthorized)) {
            (self.on_unauthorized)();
        }
        result
    }
}

/// Exchanges an API key for an access token (`GET /api/auth?apiKey=`). The key is sent once and
/// never kept.
pub async fn exchange_api_key(base: &str, api_key: &str) -> Result<String, ApiError> {
    let request = RequestBuilder::new(&format!("{base}/api/auth")).query([("apiKey", api_key)]);
    let token: AuthToken = required(send(request, None, None, None).await)?;
    token
        .access_token
        .filter(|t| !t.is_empty())
        .ok_or(ApiError::Malformed)
}

/// Sends the request, or for a GET with the session's `token` adopts the one `early.js` sent
/// for it, and decodes the answer. With `entries`, each entry of a list payload is handed to it
/// as it arrives (see `split`), and what is decoded is the envelope with an empty list.
async fn send<T: DeserializeOwned>(
    request: RequestBuilder,
    abort: Option<&AbortSignal>,
    token: Option<&str>,
    entries: Option<Entries<'_>>,
) -> Result<Option<T>, ApiError> {
    let failed = || {
        if abort.is_some_and(|a| a.aborted()) {
            ApiError::Aborted
        } else {
            ApiError::Unreachable
        }
    };
    let request = request.build().map_err(|_| ApiError::Unreachable)?;
    let early = match token {
        Some(t) => early::take(&request.url(), t).await,
        None => None,
    };
    let (status, retry_after, body) = match early {
        Some(answer) => {
            let (status, body) = answer.map_err(|_| failed())?;
            (status, None, body)
        }
        None => {
            let response = request.send().await.map_err(|_| failed())?;
            let retry_after = response.headers().get("retry-after");
            (response.status(), retry_after, Body::Network(response))
        }
    };
    if let Some(secs) = asked_to_wait(status, retry_after.as_deref()) {
        return Err(ApiError::SlowDown(secs));
    }
    // A connection dropped in the middle of the body is as good as no answer.
    let body = match entries {
        None => body.whole().await,
        Some(each) => {
            let mut split = Split::new();
            let read = body.pieces(&mut |piece| split.feed(piece, each)).await;
            read.map(|()| split.rest())
        }
    };
    decode(status, &body.map_err(|_| ApiError::Unreachable)?)
}

fn required<T>(result: Result<Option<T>, ApiError>) -> Result<T, ApiError> {
    result?.ok_or(ApiError::Malformed)
}

/// Turns an HTTP status and body into the payload or an [`ApiError`]. `Ok(None)` is an empty
/// body, `null`, or an envelope without payload. The payload is decoded from the body's bytes
/// straight into `T`, never through a `serde_json::Value`.
pub fn decode<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<Option<T>, ApiError> {
    let ok = (200..300).contains(&status);
    if status == 401 {
        return Err(ApiError::Unauthorized);
    }
    let body = body.trim_ascii();
    if body.is_empty() || body == b"null" {
        return if ok {
            Ok(None)
        } else {
            Err(ApiError::Http(status))
        };
    }
    let Ok(envelope) = serde_json::from_slice::<Envelope<&RawValue>>(body) else {
        return Err(if ok {
            ApiError::Malformed
        } else {
            ApiError::Http(status)
        });
    };
    let payload = envelope.payload.map(RawValue::get);
    match envelope.status_code {
        Some(SUCCESS) if ok => match payload {
            None | Some("null") => Ok(None),
            Some(payload) => serde_json::from_str(payload)
                .map(Some)
                .map_err(|_| ApiError::Malformed),
        },
        Some(401) => Err(ApiError::Unauthorized),
        Some(FAILURE) => {
            let failure: ErrorPayload = payload
                .and_then(|p| serde_json::from_str(p).ok())
                .unwrap_or_default();
            let code = failure.error.unwrap_or_default();
            let message = failure.message.unwrap_or_default();
            if code.contains("token_expired") || message.contains("token_expired") {
                Err(ApiError::Unauthorized)
            } else {
                Err(ApiError::Rejected { code, message })
            }
        }
        _ if !ok => Err(ApiError::Http(status)),
        _ => Err(ApiError::Malformed),
    }
}

/// Why a base URL cannot be used, for sign-in to say.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BadBaseUrl {
    /// Not an `http://` or `https://` URL with a host.
    NotHttp,
    /// It carries `user:password@`: the browser would not send it, and it does not belong there.
    Credentials,
}

/// The API base URL as the user typed or pasted it, made usable: `http(s)://host[:port][/prefix]`
/// with no trailing slash, and a pasted endpoint path (`…/api/…`) cut off.
pub fn normalize_base_url(input: &str) -> Result<String, BadBaseUrl> {
    let input = input.trim();
    let (scheme, rest) = input.split_once("://").ok_or(BadBaseUrl::NotHttp)?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(BadBaseUrl::NotHttp);
    }
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    // A pasted endpoint: keep what comes before its `/api/`.
    let rest = rest.split("/api/").next().unwrap_or("");
    let rest = rest.strip_suffix("/api").unwrap_or(rest);
    let rest = rest.trim_end_matches('/');
    let host = rest.split('/').next().unwrap_or("");
    if host.contains('@') {
        return Err(BadBaseUrl::Credentials);
    }
    if host.is_empty() || rest.contains(char::is_whitespace) {
        return Err(BadBaseUrl::NotHttp);
    }
    Ok(format!("{scheme}://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_success_envelope() {
        let body =
            r#"{"status_code":9999,"instance_id":"stg","payload":["024"],"key_enabled":false}"#;
        assert_eq!(
            decode::<Vec<String>>(200, body.as_bytes()),
            Ok(Some(vec!["024".to_string()]))
        );
    }

    #[test]
    fn an_empty_or_null_answer_is_no_payload() {
        assert_eq!(decode::<Value>(200, "".as_bytes()), Ok(None));
        assert_eq!(decode::<Value>(200, " null ".as_bytes()), Ok(None));
        assert_eq!(
            decode::<Value>(200, r#"{"status_code":9999,"payload":null}"#.as_bytes()),
            Ok(None)
        );
    }

    #[test]
    fn the_failure_envelope_carries_its_code() {
        let body = r#"{"status_code":-9999,"instance_id":"stg","instance_version":"1.2.163","payload":{"status":"fail","error":"data_is_required","message":"Please check your input param"},"key_enabled":false}"#;
        assert_eq!(
            decode::<Value>(200, body.as_bytes()),
            Err(ApiError::Rejected {
                code: "data_is_required".into(),
                message: "Please check your input param".into()
            })
        );
    }

    #[test]
    fn every_sign_of_an_expired_session_is_unauthorized() {
        assert_eq!(
            decode::<Value>(401, "<html>nope</html>".as_bytes()),
            Err(ApiError::Unauthorized)
        );
        assert_eq!(
            decode::<Value>(200, r#"{"status_code":401}"#.as_bytes()),
            Err(ApiError::Unauthorized)
        );
        let expired = r#"{"status_code":-9999,"payload":{"error":"x","message":"token_expired"}}"#;
        assert_eq!(
            decode::<Value>(200, expired.as_bytes()),
            Err(ApiError::Unauthorized)
        );
    }

    #[test]
    fn html_error_pages_and_garbage_are_told_apart() {
        assert_eq!(
            decode::<Value>(502, "<html>Bad gateway</html>".as_bytes()),
            Err(ApiError::Http(502))
        );
        assert_eq!(
            decode::<Value>(500, "".as_bytes()),
            Err(ApiError::Http(500))
        );
        assert_eq!(
            decode::<Value>(200, "{not json".as_bytes()),
            Err(ApiError::Malformed)
        );
        assert_eq!(
            decode::<Vec<String>>(200, r#"{"status_code":9999,"payload":{"a":1}}"#.as_bytes()),
            Err(ApiError::Malformed)
        );
    }

    /// What `Client::groups` does with the pieces of a body, without the browser.
    fn groups_in_pieces(body: &str, n: usize) -> (Vec<Group>, Result<Option<Value>, ApiError>) {
        let (mut split, mut groups) = (Split::new(), Vec::new());
        for piece in body.as_bytes().chunks(n) {
            split.feed(piece, &mut |e| {
                groups.extend(
                    serde_json::from_slice::<Maybe<Group>>(e)
                        .ok()
                        .and_then(|m| m.0),
                )
            });
        }
        (groups, decode(200, &split.rest()))
    }

    #[test]
    fn groups_read_in_pieces_are_those_of_the_whole_answer_and_failures_stay_whole() {
        let body = r#"{"status_code":9999,"payload":[{"_id":"a","members":[{"agent_id":"x"}]},"odd",{"_id":"b","group_name":7}]}"#;
        for n in [1, 7, 64, body.len()] {
            let (groups, rest) = groups_in_pieces(body, n);
            let ids: Vec<_> = groups.iter().map(|g| g.id.as_deref()).collect();
            assert_eq!(ids, [Some("a"), Some("b")]);
            assert_eq!(groups[0].members[0].agent_id.as_deref(), Some("x"));
            assert_eq!(groups[1].group_name.as_deref(), Some("7"));
            assert_eq!(rest, Ok(Some(Value::Array(vec![]))));
        }
        let failed = r#"{"status_code":-9999,"payload":{"error":"tenant_invalid","message":"m"}}"#;
        let (groups, rest) = groups_in_pieces(failed, 5);
        assert!(groups.is_empty());
        assert_eq!(
            rest,
            Err(ApiError::Rejected {
                code: "tenant_invalid".into(),
                message: "m".into()
            })
        );
    }

    #[test]
    fn base_urls_are_tolerated_as_pasted() {
        let n = |s| normalize_base_url(s).ok();
        assert_eq!(
            n("https://public-v1-stg.omicall.com/").as_deref(),
            Some("https://public-v1-stg.omicall.com")
        );
        assert_eq!(
            n(" https://public-v1.omicall.com/api/call_center/internal_phone/list?page=1 ")
                .as_deref(),
            Some("https://public-v1.omicall.com")
        );
        assert_eq!(
            n("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(
            n("https://proxy.example/omi/").as_deref(),
            Some("https://proxy.example/omi")
        );
        assert_eq!(n("ftp://x"), None);
        assert_eq!(n("public-v1.omicall.com"), None);
        assert_eq!(n("https://"), None);
        assert_eq!(
            normalize_base_url("https://admin:pw@public-v1.omicall.com"),
            Err(BadBaseUrl::Credentials)
        );
        assert_eq!(normalize_base_url("omicall"), Err(BadBaseUrl::NotHttp));
    }
}
