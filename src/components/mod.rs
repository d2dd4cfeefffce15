//! Pieces shared by the pages.

pub mod copy_button;
pub mod error_panel;
pub mod page_size;
pub mod pagination;
pub mod search_box;
pub mod switch;
pub mod toast;
