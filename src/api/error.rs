//! Every way a call can fail, as one enum the views turn into a sentence (see `i18n`).

/// Why an API call failed. The variants follow what the user can do about it.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No HTTP status at all: the browser blocked the call (CORS), the server is down, or the
    /// name does not resolve. The browser does not tell these apart.
    Unreachable,
    /// The access token is missing, wrong or expired (HTTP 401, `status_code` 401, or
    /// `token_expired`): the user must sign in again.
    Unauthorized,
    /// The API answered with its failure envelope (`status_code` -9999) and an error code.
    Rejected { code: String, message: String },
    /// An HTTP error status without the API's envelope, e.g. a proxy's HTML error page.
    Http(u16),
    /// A 2xx answer that is not what the contract describes.
    Malformed,
    /// The API asked to slow down (HTTP 429, or 503 with `Retry-After`) and to try again in
    /// this many seconds; it did nothing with the request.
    SlowDown(u32),
    /// The request was cancelled: a newer one replaced it, or the user stopped it.
    Aborted,
}

/// What is waited when a 429 says not how long (or says it as a date).
const DEFAULT_WAIT_S: u32 = 5;
/// The longest wait honoured: past it, a fan-out would seem to hang.
const MAX_WAIT_S: u32 = 60;

impl ApiError {
    /// The seconds the API asked to wait, when that is what it said.
    pub fn wait(&self) -> Option<u32> {
        match self {
            ApiError::SlowDown(secs) => Some(*secs),
            _ => None,
        }
    }
}

/// Whether an answer asks to slow down, and for how long: HTTP 429 always, 503 only with a
/// `Retry-After` of seconds (without one it is an outage, not a pace). The header is readable
/// cross-origin only when the API exposes it.
pub fn asked_to_wait(status: u16, retry_after: Option<&str>) -> Option<u32> {
    let secs = retry_after.and_then(|v| v.trim().parse::<u32>().ok());
    match (status, secs) {
        (429, s) => Some(s.unwrap_or(DEFAULT_WAIT_S).clamp(1, MAX_WAIT_S)),
        (503, Some(s)) => Some(s.clamp(1, MAX_WAIT_S)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::asked_to_wait;

    #[test]
    fn a_429_or_a_503_with_retry_after_asks_to_wait() {
        assert_eq!(asked_to_wait(429, Some("7")), Some(7));
        assert_eq!(asked_to_wait(429, None), Some(5));
        assert_eq!(
            asked_to_wait(429, Some("Wed, 21 Oct 2026 07:28:00 GMT")),
            Some(5)
        );
        assert_eq!(asked_to_wait(429, Some("3600")), Some(60));
        assert_eq!(asked_to_wait(429, Some("0")), Some(1));
        assert_eq!(asked_to_wait(503, Some(" 2 ")), Some(2));
        assert_eq!(asked_to_wait(503, None), None);
        assert_eq!(asked_to_wait(500, Some("2")), None);
        assert_eq!(asked_to_wait(200, Some("2")), None);
    }
}
