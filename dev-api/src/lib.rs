//! The stand-in API: the contract's routes, bearer-token auth, CORS for any origin, a request
//! log and reset for tests, and optionally the built app served at `/`.

mod data;
mod envelope;
mod faults;
mod inject;
mod paging;
mod route;
mod routes;
mod state;
mod testctl;
pub mod text;
mod tokens;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::Router;
use tower_http::cors::{Any, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeader;

pub use state::{lock, new_state, LoggedRequest, Shared, State};
pub use tokens::{DEMO_API_KEY, DEMO_TOKEN};

/// The Content-Security-Policy the app is served with, so every test runs under it. Hosts
/// should send the same, with their API's origin in `connect-src` (see the README).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src *; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// How many groups are generated beside the contract's three unless `--groups` says otherwise.
pub const DEFAULT_GROUPS: usize = 10;
/// How many extensions are generated beside the contract's two unless `--extensions` says
/// otherwise.
pub const DEFAULT_EXTENSIONS: usize = 128;

pub struct Options {
    pub host: String,
    pub port: u16,
    pub static_dir: Option<PathBuf>,
    /// The path the app's files are served below, e.g. `/switchboard` for a build made with
    /// `trunk build --public-url /switchboard/`; `None` serves them at the root.
    pub static_prefix: Option<String>,
    pub groups: usize,
    pub extensions: usize,
    /// Answer with CORS headers, so a page of another origin may call. Off (`--no-cors`), it
    /// is an API that allows no other origin, as the vendor's may be.
    pub cors: bool,
    /// Every request to the API, its CORS preflight too, is answered this much later: an API
    /// as far away as a real one (`--latency MS`).
    pub latency: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            host: "127.0.0.1".into(),
            port: 8080,
            static_dir: None,
            static_prefix: None,
            groups: DEFAULT_GROUPS,
            extensions: DEFAULT_EXTENSIONS,
            cors: true,
            latency: Duration::ZERO,
        }
    }
}

/// The whole service: API routes, test controls, CORS unless `cors` is off, and the app's
/// files when given, at the root or below `static_prefix`, with index.html for every path the
/// files do not have.
pub fn app(
    state: Shared,
    static_dir: Option<PathBuf>,
    static_prefix: Option<&str>,
    cors: bool,
) -> Router {
    let mut router = routes::router(state.clone()).merge(testctl::router(state));
    if let Some(dir) = static_dir {
        let index = dir.join("index.html");
        let files = ServeDir::new(dir).fallback(ServeFile::new(index));
        let csp = HeaderValue::from_static(CSP);
        let files = SetResponseHeader::overriding(files, header::CONTENT_SECURITY_POLICY, csp);
        let files = SetResponseHeader::overriding(files, header::CACHE_CONTROL, cache_control);
        router = match static_prefix {
            Some(prefix) => router.nest_service(prefix, files),
            None => router.fallback_service(files),
        };
    }
    if !cors {
        return router;
    }
    router.layer(
        CorsLayer::new()
            .allow_origin(Any)
            .allow_methods([Method::GET, Method::PUT])
            .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
            // Readable cross-origin only when exposed: how long the rate limit asks to wait.
            .expose_headers([header::RETRY_AFTER]),
    )
}

/// As deploy/nginx.conf: the build's scripts, wasm and styles carry a hash in their names, so
/// they are cached for good; index.html (and so every route) is asked for again each time.
fn cache_control<B>(response: &axum::http::Response<B>) -> Option<HeaderValue> {
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)?
        .to_str()
        .ok()?;
    let hashed = ["application/wasm", "text/javascript", "text/css"]
        .iter()
        .any(|k| kind.starts_with(k));
    Some(HeaderValue::from_static(if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }))
}

pub async fn serve(opts: Options) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind((opts.host.as_str(), opts.port)).await?;
    let addr: SocketAddr = listener.local_addr()?;
    let state = new_state(opts.groups, opts.extensions);
    // Tests read this line to learn the port; keep its shape.
    println!("dev-api listening on http://{addr}");
    println!("demo access token: {DEMO_TOKEN}");
    println!("demo API key:      {DEMO_API_KEY}");
    let app = app(
        state,
        opts.static_dir,
        opts.static_prefix.as_deref(),
        opts.cors,
    );
    let latency = opts.latency;
    // Outside the CORS layer, which answers preflights itself.
    let app = app.layer(axum::middleware::from_fn(
        move |req: Request, next: Next| async move {
            if !latency.is_zero() && req.uri().path().starts_with("/api/") {
                tokio::time::sleep(latency).await;
            }
            next.run(req).await
        },
    ));
    axum::serve(listener, app).await
}
