//! One module per screen.

pub mod activity;
pub mod extensions;
pub mod groups;
pub mod overview;
pub mod sign_in;
