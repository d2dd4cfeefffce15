//! The wrapper every answer comes in, and the page object of the list endpoint.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::lenient;

/// `status_code` of a successful answer.
pub const SUCCESS: i64 = 9999;
/// `status_code` of a failed answer.
pub const FAILURE: i64 = -9999;

/// `{status_code, instance_id, instance_name | instance_version, payload, key_enabled}`; only
/// the two fields the app reads are kept.
#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
    #[serde(default, deserialize_with = "lenient::int")]
    pub status_code: Option<i64>,
    #[serde(default = "none")]
    pub payload: Option<T>,
}

fn none<T>() -> Option<T> {
    None
}

/// The payload of a failure: `{"status":"fail","error":"data_is_required","message":"…"}`.
#[derive(Debug, Default, Deserialize)]
pub struct ErrorPayload {
    #[serde(default, deserialize_with = "lenient::string")]
    pub error: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub message: Option<String>,
}

/// The page object of `internal_phone/list`. Every key is optional: the view derives what is
/// missing from what is there (see `components::pagination`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(bound(deserialize = "T: DeserializeOwned"))]
pub struct Page<T> {
    #[serde(default, deserialize_with = "lenient::list")]
    pub items: Vec<T>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub page_number: Option<i64>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub page_size: Option<i64>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub total_items: Option<i64>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub total_pages: Option<i64>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub has_next: Option<bool>,
}

impl<T> Page<T> {
    /// How many pages the list has at `size` rows a page: as sent, else from the total.
    pub fn pages(&self, size: u32) -> Option<u64> {
        let n = |v: Option<i64>| v.map(|v| v.max(0) as u64);
        n(self.total_pages)
            .or_else(|| n(self.total_items).map(|t| t.div_ceil(u64::from(size.max(1)))))
    }
}
