//! Text kept by key in the browser's IndexedDB: the Overview's snapshot of each account, too big
//! for localStorage beside the journal. Each call opens the database, does one thing and lets
//! it go. A storage that is missing, or full is an error to tell, never a panic.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "switchboard";
const STORE: &str = "snapshots";

/// Why the store did not do what was asked.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    /// No IndexedDB here (a private window of some browsers, or it is turned off).
    Unavailable,
    /// Over the browser's quota for this site.
    Full,
    /// Anything else, as the browser named it.
    Failed(String),
}

fn error_of(e: JsValue) -> StoreError {
    match e.dyn_into::<DomException>() {
        Ok(d) if d.name() == "QuotaExceededError" => StoreError::Full,
        Ok(d) => StoreError::Failed(format!("{}: {}", d.name(), d.message())),
        Err(e) => StoreError::Failed(e.as_string().unwrap_or_default()),
    }
}

/// The text kept under `key`, if any.
pub async fn get(key: &str) -> Result<Option<String>, StoreError> {
    let db = open().await?;
    let store = db
        .transaction_with_str(STORE)
        .and_then(|t| t.object_store(STORE))
        .map_err(error_of)?;
    let found = answer(&store.get(&JsValue::from_str(key)).map_err(error_of)?).await;
    db.close();
    Ok(found?.as_string())
}

/// Keeps `text` under `key`, once the browser has written it.
pub async fn put(key: &str, text: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(error_of)?;
    let written = tx
        .object_store(STORE)
        .and_then(|s| s.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key)))
        .map_err(error_of);
    let result = match written {
        Ok(_) => committed(&tx).await,
        Err(e) => Err(e),
    };
    db.close();
    result
}

async fn open() -> Result<IdbDatabase, StoreError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StoreError::Unavailable)?;
    let request = factory.open_with_u32(DB, 1).map_err(error_of)?;
    let upgrade = request.clone();
    let on_upgrade = Closure::<dyn FnMut()>::new(move || {
        if let Some(db) = upgrade
            .result()
            .ok()
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let opened = answer(&request).await;
    request.set_onupgradeneeded(None);
    opened?.dyn_into::<IdbDatabase>().map_err(error_of)
}

/// The result of a request, once it succeeds or fails.
async fn answer(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let bad = request.clone();
        let on_error = Closure::once_into_js(move || {
            let why = bad.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &why.unwrap_or(JsValue::NULL));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(error_of)
}

/// Once a transaction is written; a full store aborts it.
async fn committed(tx: &IdbTransaction) -> Result<(), StoreError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let bad = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let why = bad.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &why.unwrap_or(JsValue::NULL));
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(error_of)
}
