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
    /// The request was cancelled: a newer one replaced it, or the user stopped it.
    Aborted,
}
