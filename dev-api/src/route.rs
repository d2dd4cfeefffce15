//! The contract's routes by name: the router serves their paths, and a fault names the route
//! it is for (`{"route": "status"}`), so a misspelt name is refused instead of never firing.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    List,
    Status,
    Hotlines,
    Groups,
    Auth,
}

const ALL: [Route; 5] = [
    Route::List,
    Route::Status,
    Route::Hotlines,
    Route::Groups,
    Route::Auth,
];

impl Route {
    pub fn path(self) -> &'static str {
        match self {
            Route::Auth => "/api/auth",
            Route::List => "/api/call_center/internal_phone/list",
            Route::Status => "/api/call_center/internal_phone/status",
            Route::Hotlines => "/api/call_center/hotline/list",
            Route::Groups => "/api/call_center/internal_group/get_all",
        }
    }

    /// The route a request's path belongs to, if it is one of the contract's.
    pub fn of(path: &str) -> Option<Route> {
        ALL.into_iter().find(|r| r.path() == path)
    }
}
