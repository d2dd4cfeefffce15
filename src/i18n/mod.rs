//! Every user-facing string. `Texts` is one typed table, its fields grouped by page; `vi.rs`
//! and `en.rs` fill it in the same order. A string missing in one language fails to compile.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::lang::{use_lang, Lang};
use crate::text::names;

mod en;
mod vi;

pub use en::EN;
pub use vi::VI;

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// The strings of the UI language, tracked, for text made from values:
/// `move || (t().expires)(&when)`. A plain string is `tr(|t| t.sign_in)`.
pub fn use_texts() -> impl Fn() -> &'static Texts + Copy {
    let lang = use_lang();
    move || lang.get().texts()
}

/// A piece of UI text that follows the language: `tr(|t| t.sign_out)`. Every such text shares
/// this one view type; a closure per text made the wasm bigger by one copy of the rendering
/// code each.
pub fn tr(pick: fn(&'static Texts) -> &'static str) -> Signal<&'static str> {
    let lang = use_lang();
    Signal::derive(move || pick(lang.get().texts()))
}

type Fmt1 = fn(&str) -> String;
/// "first–last of total", numbers already formatted.
type Fmt3 = fn(&str, &str, &str) -> String;

pub struct Texts {
    // The shell: header, navigation, language and theme, the page that is not there.
    pub app_name: &'static str,
    pub nav_label: &'static str,
    pub nav_extensions: &'static str,
    pub nav_groups: &'static str,
    pub nav_activity: &'static str,
    pub nav_overview: &'static str,
    pub sign_out: &'static str,
    pub connected_to: &'static str,
    pub expires: Fmt1,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub not_found: &'static str,
    pub back_to_extensions: &'static str,
    pub skip_to_pager: &'static str,

    // Sign-in.
    pub sign_in_title: &'static str,
    pub sign_in_intro: &'static str,
    pub base_url: &'static str,
    pub base_url_hint: &'static str,
    pub access_token: &'static str,
    pub remember: &'static str,
    pub sign_in: &'static str,
    pub signing_in: &'static str,
    pub base_url_invalid: &'static str,
    pub base_url_credentials: &'static str,
    pub this_site: &'static str,
    pub base_url_is_console: &'static str,
    pub token_required: &'static str,
    pub api_key_required: &'static str,
    pub credential: &'static str,
    pub api_key: &'static str,
    pub use_token: &'static str,
    pub use_api_key: &'static str,
    pub signed_out_expired: &'static str,
    pub signed_out_other_tab: &'static str,
    pub token_expired_at: Fmt1,

    // Shared by the pages: loading, errors, paging, messages.
    pub loading: &'static str,
    pub retry: &'static str,
    pub missing: &'static str,
    pub err_unreachable: &'static str,
    pub unreachable_help: &'static str,
    pub err_unauthorized: &'static str,
    pub err_http: fn(u16) -> String,
    pub err_malformed: &'static str,
    /// The API still asked to slow down after the retries: (seconds it asked to wait).
    pub err_slow_down: fn(u32) -> String,
    /// The API asked to slow down and the console waits: (seconds).
    pub slowing_down: fn(u32) -> String,
    pub err_rejected: fn(&str, &str) -> String,
    pub err_code: fn(&str) -> Option<&'static str>,
    pub range: Fmt3,
    pub pagination: &'static str,
    pub first_page: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub last_page: &'static str,
    pub page_n: fn(u32) -> String,
    pub page_size: &'static str,
    pub dismiss: &'static str,
    pub n_failed: fn(usize) -> String,
    pub see_why: &'static str,
    pub cancel: &'static str,
    /// "and", between the last two names of a list.
    pub and: &'static str,
    /// "5 more", ending a list cut short.
    pub n_more: fn(usize) -> String,

    // Extensions: the table, its switches and selection.
    pub extensions_title: &'static str,
    pub col_extension: &'static str,
    pub col_name: &'static str,
    pub col_email: &'static str,
    pub col_public_number: &'static str,
    pub col_domain: &'static str,
    pub col_proxy: &'static str,
    pub col_created: &'static str,
    pub col_updated: &'static str,
    pub col_status: &'static str,
    pub status_sort_hint: &'static str,
    pub no_extensions: &'static str,
    pub no_match: Fmt1,
    /// A page past the last one: (page, last page).
    pub past_end: fn(u32, u32) -> String,
    pub go_to_page: fn(u32) -> String,
    pub ext_not_on_page: Fmt1,
    pub load_extensions_failed: &'static str,
    pub search_extensions: &'static str,
    pub search_extensions_hint: &'static str,
    pub state_on: &'static str,
    pub state_off: &'static str,
    pub state_unknown: &'static str,
    pub state_unknown_hint: &'static str,
    pub switch_label: Fmt1,
    pub select_row: Fmt1,
    pub select_page: &'static str,
    pub details: &'static str,
    pub details_of: Fmt1,

    // Changes: their messages, Undo and the journal.
    pub toggled: fn(&str, bool) -> String,
    pub toggle_failed: fn(&str, bool, &str) -> String,
    pub undo: &'static str,
    pub n_changed: fn(bool, usize) -> String,
    pub set_here: Fmt1,
    pub set_here_hint: &'static str,
    pub journal_full: &'static str,
    /// The storage was full: (how many of the oldest entries were dropped).
    pub journal_trimmed: fn(usize) -> String,
    /// The journal outgrew its share of the storage: (how many of the oldest entries went).
    pub journal_over_budget: fn(usize) -> String,
    pub journal_set_aside: &'static str,

    // Extensions: bulk changes.
    pub bulk_label: &'static str,
    pub selected_n: fn(usize) -> String,
    pub enable_selected: &'static str,
    pub disable_selected: &'static str,
    pub clear_selection: &'static str,
    pub bulk_progress: fn(usize, usize) -> String,
    pub bulk_done: fn(bool, usize, usize) -> String,
    pub bulk_skipped_busy: &'static str,
    /// (selected, how many match): every match of the search, on all its pages.
    pub selected_all_matching: fn(usize, u64) -> String,
    /// (how many match, the most one bulk change takes).
    pub select_all_matching: fn(u64, usize) -> String,
    /// Reading the matches to select them: (read, of).
    pub selecting_progress: fn(usize, usize) -> String,
    pub select_all_failed: &'static str,
    pub stop: &'static str,
    /// A bulk change stopped: (how many were not sent).
    pub bulk_stopped: fn(usize) -> String,
    /// A run of changes stopped because its page was left: (enabled, stopped at, of, the
    /// names of the rest, how many they are).
    pub page_cut_short: fn(bool, usize, usize, &str, usize) -> String,
    /// The same, because the sign-in ended.
    pub session_cut_short: fn(bool, usize, usize, &str, usize) -> String,
    /// One change not made because the sign-in ended: (the extension, enabled).
    pub session_ended_one: fn(&str, bool) -> String,

    // Extensions: CSV export.
    pub export_csv: &'static str,
    pub export_progress: fn(u32, u32, usize) -> String,
    pub export_starting: &'static str,
    pub export_done: fn(usize) -> String,
    pub export_cancelled: &'static str,
    pub export_failed: &'static str,
    pub export_download_failed: &'static str,

    // Extensions: the detail drawer.
    pub detail_title: Fmt1,
    pub close: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_extension: &'static str,
    pub copy_domain: &'static str,
    pub copy_proxy: &'static str,
    pub copy_password: &'static str,
    pub password: &'static str,
    pub show_password: &'static str,
    pub hide_password: &'static str,
    pub agent_id: &'static str,
    pub hotlines_title: &'static str,
    pub load_hotlines_failed: &'static str,
    pub no_hotlines: &'static str,
    pub history_title: &'static str,
    pub no_history: &'static str,
    pub see_all_activity: &'static str,
    pub member_of_title: &'static str,
    pub member_of_none: &'static str,
    pub group_link_label: Fmt1,

    // Groups.
    pub groups_title: &'static str,
    pub search_groups: &'static str,
    pub search_groups_hint: &'static str,
    pub show_deleted: &'static str,
    pub deleted_badge: &'static str,
    pub load_groups_failed: &'static str,
    pub no_groups: &'static str,
    pub no_group_match: Fmt1,
    pub col_group: &'static str,
    pub col_group_number: &'static str,
    pub col_strategy: &'static str,
    pub col_members: &'static str,
    pub col_forwarding: &'static str,
    pub col_no_answer: &'static str,
    pub col_note: &'static str,
    pub strategy_enterprise: &'static str,
    pub strategy_rollover: &'static str,
    pub strategy_random: &'static str,
    pub forward_to_group: Fmt1,
    pub forward_to_owner: &'static str,
    pub no_answer_forwarded: &'static str,
    pub date_by: fn(&str, &str) -> String,
    pub no_members: &'static str,
    pub members_lookup_failed: &'static str,
    pub members_capped: fn(u64) -> String,
    pub agent: &'static str,
    pub ring_seconds: fn(i64) -> String,

    // Activity.
    pub activity_title: &'static str,
    pub activity_intro: &'static str,
    pub filter_extension: &'static str,
    pub filter_outcome: &'static str,
    pub outcome_all: &'static str,
    pub outcome_done: &'static str,
    pub outcome_failed: &'static str,
    pub col_when: &'static str,
    pub col_change: &'static str,
    pub col_outcome: &'static str,
    pub failed_because: Fmt1,
    pub bulk_badge: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    pub col_reason: &'static str,
    pub undo_change_of: Fmt1,
    pub undo_bulk: fn(usize) -> String,
    /// An entry a later change replaced: (the extension, the word for its state now).
    pub changed_since: fn(&str, &str) -> String,
    pub no_activity: &'static str,
    pub no_activity_match: &'static str,
    pub clear_journal: &'static str,
    pub clear_journal_confirm: fn(usize) -> String,
    pub clear_journal_yes: &'static str,
    pub journal_cleared: &'static str,
    pub export_activity_done: fn(usize) -> String,

    // Overview: the reading, counts, findings and the picture.
    pub overview_title: &'static str,
    pub overview_intro: &'static str,
    /// (read so far, of how many where the API said).
    pub reading_extensions: fn(u64, Option<u64>) -> String,
    pub reading_groups: &'static str,
    /// (when, formatted).
    pub read_at: Fmt1,
    pub read_again: &'static str,
    pub reading_cancelled: &'static str,
    pub read_extensions_failed: &'static str,
    pub counts_title: &'static str,
    pub count_enabled: &'static str,
    pub count_disabled: &'static str,
    pub count_unknown: &'static str,
    pub count_groups: &'static str,
    pub count_deleted_groups: &'static str,
    pub count_members: &'static str,
    pub findings_title: &'static str,
    pub finding_none: &'static str,
    pub cannot_join: &'static str,
    pub f_no_members: &'static str,
    pub f_no_members_why: &'static str,
    pub f_all_disabled: &'static str,
    pub f_all_disabled_why: &'static str,
    pub f_none_known_enabled: &'static str,
    pub f_none_known_enabled_why: &'static str,
    pub f_single_point: &'static str,
    pub f_single_point_why: &'static str,
    pub f_unmatched: &'static str,
    pub f_unmatched_why: &'static str,
    pub f_in_no_group: &'static str,
    pub f_in_no_group_why: &'static str,
    pub f_bad_destination: &'static str,
    pub f_bad_destination_why: &'static str,
    /// (forwarding rather than no-answer, the id or number named, deleted rather than missing).
    pub bad_destination: fn(bool, &str, bool) -> String,
    /// (the member's agent id).
    pub unmatched_member: Fmt1,
    pub f_shared_email: &'static str,
    pub f_shared_email_why: &'static str,
    pub f_no_name: &'static str,
    pub f_no_name_why: &'static str,
    pub f_no_email: &'static str,
    pub f_no_email_why: &'static str,
    pub bars_title: &'static str,
    /// (enabled, disabled, unknown).
    pub bar_label: fn(usize, usize, usize) -> String,
    /// (shown, of how many groups).
    pub bars_capped: fn(usize, usize) -> String,
    pub only_member_of: Fmt1,
    pub ask_disable_title: Fmt1,
    pub ask_leaves_none: Fmt1,
    pub disable_anyway: &'static str,
    pub preview_title: fn(usize) -> String,
    pub preview_no_groups: &'static str,
    pub preview_left: fn(usize, usize) -> String,
    pub preview_warning: fn(usize) -> String,
    pub preview_understood: fn(usize) -> String,
    pub preview_go: fn(usize) -> String,
    pub preview_failed: &'static str,
    pub disable_unchecked: &'static str,
    pub since_title: &'static str,
    pub since_comparing: &'static str,
    pub since_first: &'static str,
    pub since_nothing: Fmt1,
    pub since_count: fn(usize, usize, &str) -> String,
    pub since_failed: Fmt1,
    pub store_unavailable: &'static str,
    pub store_full: &'static str,
    pub store_failed: Fmt1,
    pub mark_seen: &'static str,
    pub from_here: &'static str,
    pub change_added: &'static str,
    pub change_removed: &'static str,
    pub change_deleted: &'static str,
    pub change_restored: &'static str,
    pub change_password: &'static str,
    pub member_added: Fmt1,
    pub member_removed: Fmt1,
    pub changes_csv_header: [&'static str; 6],
}

impl Texts {
    /// The word for an extension's state; `None`: unknown.
    pub fn state(&self, s: Option<bool>) -> &'static str {
        match s {
            Some(true) => self.state_on,
            Some(false) => self.state_off,
            None => self.state_unknown,
        }
    }

    /// A change as the switch words it: "Enabled → Disabled".
    pub fn change(&self, from: Option<bool>, to: bool) -> String {
        format!("{} → {}", self.state(from), self.state(Some(to)))
    }

    /// The word for how a journaled change went.
    pub fn outcome_word(&self, failed: bool) -> &'static str {
        if failed {
            self.outcome_failed
        } else {
            self.outcome_done
        }
    }

    /// How a journaled change went: done, or failed and why.
    pub fn outcome(&self, failed: Option<&str>) -> String {
        match failed {
            None => self.outcome_word(false).to_string(),
            Some(r) => (self.failed_because)(r),
        }
    }

    /// Extensions named in a sentence: "106, 107 and 108", the first ten of a longer list.
    pub fn names(&self, sips: &[String]) -> String {
        names(sips, self.and, self.n_more, 10)
    }

    /// A value for display: itself, or "—" when missing or blank (never "null").
    pub fn or_missing(&self, v: &Option<String>) -> String {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(self.missing)
            .to_string()
    }

    /// The sentence for an API failure: what happened and what to do.
    pub fn error(&self, e: &ApiError) -> String {
        match e {
            ApiError::Unreachable => self.err_unreachable.to_string(),
            ApiError::Unauthorized => self.err_unauthorized.to_string(),
            ApiError::Http(status) => (self.err_http)(*status),
            ApiError::Malformed | ApiError::Aborted => self.err_malformed.to_string(),
            ApiError::SlowDown(secs) => (self.err_slow_down)(*secs),
            ApiError::Rejected { code, message } => match (self.err_code)(code) {
                Some(sentence) => sentence.to_string(),
                // Unknown codes are shown verbatim: the vendor may add some.
                None => (self.err_rejected)(code, message),
            },
        }
    }
}
