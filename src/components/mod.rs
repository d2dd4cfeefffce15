//! Pieces shared by the pages.

pub mod copy_button;
pub mod empty_list;
pub mod error_panel;
pub mod lang_switch;
pub mod links;
pub mod list_controls;
pub mod loaded;
pub mod loaded_list;
pub mod page_size;
pub mod pagination;
pub mod search_box;
pub mod switch;
pub mod theme_switch;
pub mod toast;
