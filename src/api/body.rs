//! An answer's body: read whole, or in pieces as it arrives, with the page given a turn
//! between pieces so that a body of tens of megabytes never holds the main thread.

use std::time::Duration;

use js_sys::{JsString, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::pool;

/// How much is read before the page is given a turn: a few milliseconds of decoding.
const TURN: usize = 256 * 1024;

pub enum Body {
    /// What `early.js` read while the wasm loaded.
    Early(JsString),
    Network(gloo_net::http::Response),
}

/// The body could not be read to its end: the connection dropped in the middle of it.
pub struct Cut;

impl Body {
    pub async fn whole(self) -> Result<Vec<u8>, Cut> {
        match self {
            Body::Early(text) => Ok(String::from(text).into_bytes()),
            Body::Network(response) => response.binary().await.map_err(|_| Cut),
        }
    }

    /// Calls `each` with each piece of the body in order.
    pub async fn pieces(self, each: &mut dyn FnMut(&[u8])) -> Result<(), Cut> {
        match self {
            Body::Early(text) => {
                // In UTF-16 units, as JS strings are cut; never between the halves of a pair.
                let (len, mut at) = (text.length(), 0);
                while at < len {
                    let mut end = (at + TURN as u32).min(len);
                    if end < len && (0xD800..0xDC00).contains(&(text.char_code_at(end - 1) as u32))
                    {
                        end += 1;
                    }
                    each(String::from(text.slice(at, end)).as_bytes());
                    at = end;
                    if at < len {
                        pool::sleep(Duration::ZERO).await;
                    }
                }
                Ok(())
            }
            Body::Network(response) => {
                let Some(stream) = response.body() else {
                    return Ok(());
                };
                let reader: web_sys::ReadableStreamDefaultReader =
                    stream.get_reader().unchecked_into();
                let mut since_turn = 0;
                loop {
                    let read = JsFuture::from(reader.read()).await.map_err(|_| Cut)?;
                    match Reflect::get(&read, &"done".into()).map(|d| d.as_bool()) {
                        Ok(Some(true)) => return Ok(()),
                        Ok(Some(false)) => {}
                        _ => return Err(Cut),
                    }
                    let piece = Reflect::get(&read, &"value".into()).map_err(|_| Cut)?;
                    let piece = piece.dyn_into::<Uint8Array>().map_err(|_| Cut)?.to_vec();
                    each(&piece);
                    since_turn += piece.len();
                    if since_turn >= TURN {
                        since_turn = 0;
                        pool::sleep(Duration::ZERO).await;
                    }
                }
            }
        }
    }
}
