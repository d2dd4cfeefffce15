//! Switchboard: a browser admin console for a Vietnamese cloud call-center API.

mod all_groups;
mod api;
mod app;
mod base_path;
mod components;
mod csv;
mod directory;
mod i18n;
mod idb;
mod journal;
mod keys;
mod lang;
mod latest;
mod list_params;
mod membership;
mod pages;
mod perf;
mod pool;
mod session;
mod snapshot;
mod status;
mod storage;
mod tasks;
mod text;
mod theme;

fn main() {
    // Panics are bugs, never the way a failure reaches the user; the hook makes them readable.
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
