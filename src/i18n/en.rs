//! The English texts, in the order of `Texts`.

use super::Texts;
use crate::lang::Lang;
use crate::text::count;

/// A number in an English text, grouped as English groups digits; what is not a count
/// (negative) shows as 0.
fn en(n: impl TryInto<u64>) -> String {
    count(n.try_into().unwrap_or(0), Lang::En)
}

pub const EN: Texts = Texts {
    // The shell: header, navigation, language and theme, the page that is not there.
    app_name: "Switchboard",
    nav_label: "Main",
    nav_extensions: "Extensions",
    nav_groups: "Groups",
    nav_activity: "Activity",
    nav_overview: "Overview",
    sign_out: "Sign out",
    connected_to: "Connected to",
    expires: |when| format!("token expires {when}"),
    language: "Language",
    theme: "Theme",
    theme_system: "System theme",
    theme_light: "Light",
    theme_dark: "Dark",
    not_found: "There is no such page.",
    back_to_extensions: "Back to the extensions",
    skip_to_pager: "Skip to page navigation",

    // Sign-in.
    sign_in_title: "Sign in to the switchboard",
    sign_in_intro: "Enter the API address and an access token of your call center.",
    base_url: "API base URL",
    base_url_hint: "For example https://public-v1.omicall.com",
    access_token: "Access token",
    remember: "Remember on this device",
    sign_in: "Sign in",
    signing_in: "Signing in…",
    base_url_invalid: "The API base URL must be an http:// or https:// URL.",
    base_url_credentials: "The API base URL must not contain a user name or password (user:password@). Remove that part and put the access token in the box below.",
    this_site: "This site (the API is proxied here)",
    base_url_is_console: "This is the address of this console, not of the API. Enter the call-center API's address, for example https://public-v1.omicall.com.",
    token_required: "Enter an access token.",
    api_key_required: "Enter an API key.",
    credential: "Sign in with",
    api_key: "API key",
    use_token: "An access token",
    use_api_key: "An API key (exchanged for a token; the key is not kept)",
    signed_out_expired: "Your session expired or was refused. Please sign in again.",
    signed_out_other_tab: "You signed out, or signed in with another account, in another tab. Sign in again to go on.",
    token_expired_at: |when| format!("This token expired {when}. Get a new one."),

    // Shared by the pages: loading, errors, paging, messages.
    loading: "Loading…",
    retry: "Retry",
    missing: "—",
    err_unreachable: "The browser could not reach the API. The API may not allow calls from this page's origin (CORS), the server may be down, or its name may not resolve. Check the API base URL and try again.",
    unreachable_help: "How to fix this (CORS, Trunk's proxy)",
    err_unauthorized: "The API refused this access token. Check it, or get a new one.",
    err_http: |s| format!("The API answered with HTTP error {s}. Try again in a few minutes."),
    err_malformed: "The API sent an answer in an unexpected format. Try again; if it persists, tell the vendor.",
    err_slow_down: |s| format!("The API kept asking to slow down, so this was not sent. Try again in {} s.", en(s)),
    slowing_down: |s| format!("The API asked to slow down; going on in {} s.", en(s)),
    err_rejected: |code, message| {
        if message.is_empty() {
            format!("The API refused the request: {code}.")
        } else {
            format!("The API refused the request: {code} ({message}).")
        }
    },
    err_code: |code| match code {
        "api_key_is_required" => Some("The access token is missing. Please sign in again."),
        "api_key_invalid" => Some("The API key or access token is not valid. Check it, or get a new one."),
        "request_body_required" => Some("The API needs data that the request did not carry."),
        "data_is_required" => Some("The request lacks data the API requires."),
        "tenant_invalid" => Some("The call-center account is not valid or has been locked."),
        "user_not_registered" => Some("The user is not registered with the call center."),
        "extension_invalid" => Some("The extension does not exist or is not valid."),
        _ => None,
    },
    range: |a, b, n| format!("{a}–{b} of {n}"),
    pagination: "Pagination",
    first_page: "First page",
    previous_page: "Previous page",
    next_page: "Next page",
    last_page: "Last page",
    page_n: |n| format!("Page {}", en(n)),
    page_size: "Rows per page",
    dismiss: "Dismiss message",
    n_failed: |n| format!("{} changes failed.", en(n)),
    see_why: "See why",
    cancel: "Cancel",
    and: "and",
    n_more: |n| format!("{} more", en(n)),

    // Extensions: the table, its switches and selection.
    extensions_title: "Extensions",
    col_extension: "Extension",
    col_name: "Full name",
    col_email: "Email",
    col_public_number: "Public number",
    col_domain: "Domain",
    col_proxy: "Outbound proxy",
    col_created: "Created",
    col_updated: "Last updated",
    col_status: "Status",
    status_sort_hint: "Sorted by state as loaded: a changed row keeps its place until the next load.",
    no_extensions: "There are no extensions yet.",
    no_match: |k| format!("No extension matches “{k}”."),
    past_end: |p, last| format!("Page {} is past the end of the list, which has {} page{}.", en(p), en(last), if last == 1 { "" } else { "s" }),
    go_to_page: |n| format!("Go to page {}", en(n)),
    ext_not_on_page: |s| format!("Extension {s} is not on this page of the list."),
    load_extensions_failed: "The extensions could not be loaded.",
    search_extensions: "Search extensions",
    search_extensions_hint: "Extension, name or email",
    state_on: "Enabled",
    state_off: "Disabled",
    state_unknown: "Unknown",
    state_unknown_hint: "The API did not say whether this is enabled. Click to enable it.",
    switch_label: |s| format!("Enabled: {s}"),
    select_row: |s| format!("Select {s}"),
    select_page: "Select all on this page",
    details: "Details",
    details_of: |s| format!("Details of {s}"),

    // Changes: their messages, Undo and the journal.
    toggled: |s, on| if on { format!("{s} enabled.") } else { format!("{s} disabled.") },
    toggle_failed: |s, on, why| format!("Could not {} {s}: {why}", if on { "enable" } else { "disable" }),
    undo: "Undo",
    n_changed: |on, n| {
        let verb = if on { "enabled" } else { "disabled" };
        format!("{} extensions {verb}.", en(n))
    },
    set_here: |when| format!("set here {when}"),
    set_here_hint: "From this browser's journal: the API did not say. Changes made elsewhere do not show here.",
    journal_full: "The browser's storage is full, so the change journal could not be saved. Changes are still sent; clear some of the journal on the Activity page.",
    journal_trimmed: |n| format!("The browser's storage was full, so the oldest {} entries of the change journal were dropped to keep the newest.", en(n)),
    journal_over_budget: |n| format!("The change journal reached its share of this browser's storage (1 MB), so its oldest {} entries were dropped to keep the newest. Export them from the Activity page before they go, if you need them.", en(n)),
    journal_set_aside: "The change journal in this browser could not be read (damaged, or written by another version). It was set aside and a new one started.",

    // Extensions: bulk changes.
    bulk_label: "Bulk actions",
    selected_n: |n| format!("{} selected", en(n)),
    enable_selected: "Enable selected",
    disable_selected: "Disable selected",
    clear_selection: "Clear selection",
    bulk_progress: |d, n| format!("Updating {} of {}… Stay on this page until it finishes.", en(d), en(n)),
    bulk_done: |on, ok, bad| {
        let verb = if on { "Enabled" } else { "Disabled" };
        format!("{verb} {}; {} failed.", en(ok), en(bad))
    },
    bulk_skipped_busy: "Skipped: another change to it was still in flight.",
    selected_all_matching: |n, total| {
        if n as u64 >= total {
            format!("All {} that match are selected, on every page", en(n))
        } else {
            format!("{} of the {} that match are selected, on every page", en(n), en(total))
        }
    },
    select_all_matching: |total, cap| {
        if total > cap as u64 {
            format!("Select the first {} of all {} that match (at most {} at once)", en(cap), en(total), en(cap))
        } else {
            format!("Select all {} that match (at most {} at once)", en(total), en(cap))
        }
    },
    selecting_progress: |d, n| format!("Reading the matches: {} of {}…", en(d), en(n)),
    select_all_failed: "The matches could not be read, so nothing was selected or changed.",
    stop: "Stop",
    bulk_stopped: |n| {
        let were = if n == 1 { "was" } else { "were" };
        format!("Stopped: {} {were} not sent.", en(n))
    },
    page_cut_short: |on, d, n, rest, left| {
        let verb = if on { "enabling" } else { "disabling" };
        let were = if left == 1 { "was" } else { "were" };
        format!("You left the page, so {verb} stopped after {} of {} extensions. {rest} {were} not sent.", en(d), en(n))
    },
    session_cut_short: |on, d, n, rest, left| {
        let verb = if on { "enabling" } else { "disabling" };
        let were = if left == 1 { "was" } else { "were" };
        format!("The session ended, so {verb} stopped after {} of {}. {rest} {were} not changed.", en(d), en(n))
    },
    session_ended_one: |s, on| {
        let verb = if on { "enabled" } else { "disabled" };
        format!("The session ended before {s} could be {verb}: it was not changed.")
    },

    // Extensions: CSV export.
    export_csv: "Export CSV",
    export_progress: |p, n, rows| {
        format!("Exporting page {} of {} ({} rows)…", en(p), en(n), en(rows))
    },
    export_starting: "Starting the export…",
    export_done: |n| format!("Exported {} extensions.", en(n)),
    export_cancelled: "Export cancelled.",
    export_failed: "The export failed.",
    export_download_failed: "The browser could not create the download. Try again.",

    // Extensions: the detail drawer.
    detail_title: |s| format!("Extension {s}"),
    close: "Close",
    copy: "Copy",
    copied: "Copied",
    copy_extension: "Copy extension",
    copy_domain: "Copy domain",
    copy_proxy: "Copy outbound proxy",
    copy_password: "Copy password",
    password: "SIP password",
    show_password: "Show password",
    hide_password: "Hide password",
    agent_id: "Agent ID",
    hotlines_title: "Hotlines for outbound calls",
    load_hotlines_failed: "The hotlines could not be loaded.",
    no_hotlines: "No hotline is allowed for outbound calls.",
    history_title: "Changes from this browser",
    no_history: "No changes from this browser yet.",
    see_all_activity: "See all on the Activity page",
    member_of_title: "Internal groups",
    member_of_none: "In no group.",
    group_link_label: |g| format!("Open group {g} on the Groups page"),

    // Groups.
    groups_title: "Internal groups",
    search_groups: "Search groups",
    search_groups_hint: "Group name or number",
    show_deleted: "Show deleted groups",
    deleted_badge: "deleted",
    load_groups_failed: "The groups could not be loaded.",
    no_groups: "There are no internal groups yet.",
    no_group_match: |k| format!("No group matches “{k}”."),
    col_group: "Group",
    col_group_number: "Number",
    col_strategy: "Ring strategy",
    col_members: "Members",
    col_forwarding: "Forwarding",
    col_no_answer: "On no answer",
    col_note: "Note",
    strategy_enterprise: "Ring all members at once",
    strategy_rollover: "Ring members in turn",
    strategy_random: "Ring a random member",
    forward_to_group: |g| format!("To group {g}"),
    forward_to_owner: "To the customer's owner",
    no_answer_forwarded: "Forwarded (destination not named)",
    date_by: |d, by| format!("{d} by {by}"),
    no_members: "This group has no members.",
    members_lookup_failed: "The members' extensions could not be looked up.",
    members_capped: |n| format!("Names are looked up among the first {} extensions only: a member past them shows its agent id.", en(n)),
    agent: "Agent",
    ring_seconds: |s| format!("rings {} s", en(s)),

    // Activity.
    activity_title: "Activity",
    activity_intro: "Extensions enabled or disabled from this browser, newest first. Changes made in another browser or tool are not here.",
    filter_extension: "Extension",
    filter_outcome: "Outcome",
    outcome_all: "All",
    outcome_done: "Done",
    outcome_failed: "Failed",
    col_when: "When",
    col_change: "Change",
    col_outcome: "Outcome",
    failed_because: |r| format!("Failed: {r}"),
    bulk_badge: "bulk",
    col_from: "From",
    col_to: "To",
    col_reason: "Reason",
    undo_change_of: |s| format!("Undo the change to {s}"),
    undo_bulk: |n| format!("Undo the whole bulk change ({})", en(n)),
    changed_since: |s, now| format!("{s} was changed again since: now {now}."),
    no_activity: "No changes have been sent from this browser yet.",
    no_activity_match: "No change matches the filters.",
    clear_journal: "Clear the journal…",
    clear_journal_confirm: |n| format!("Delete {} entries from this browser's journal? This cannot be undone.", en(n)),
    clear_journal_yes: "Clear the journal",
    journal_cleared: "The change journal was cleared.",
    export_activity_done: |n| format!("Exported {} journal entries.", en(n)),

    // Overview: the reading, counts, findings and the picture.
    overview_title: "Overview",
    overview_intro: "The whole switchboard from one reading of every extension and group. States come from this browser: what the API's list says, else the last change sent from here. Changes made elsewhere do not show.",
    reading_extensions: |n, of| match of {
        Some(of) => format!("Reading extensions: {} of {}", en(n), en(of)),
        None => format!("Reading extensions: {}", en(n)),
    },
    reading_groups: "Reading groups…",
    read_at: |when| format!("Read {when}"),
    read_again: "Read again",
    reading_cancelled: "The reading was cancelled.",
    read_extensions_failed: "The extensions could not be read.",
    counts_title: "Counts",
    count_enabled: "Extensions enabled",
    count_disabled: "Extensions disabled",
    count_unknown: "Extensions, state unknown",
    count_groups: "Groups",
    count_deleted_groups: "Deleted groups",
    count_members: "Group members",
    findings_title: "Findings",
    finding_none: "None.",
    cannot_join: "Cannot be worked out on this API: its extension list carries no agent id, so members cannot be matched to extensions.",
    f_no_members: "Groups with no members",
    f_no_members_why: "A call to such a group rings nobody.",
    f_all_disabled: "Groups in which every member is disabled",
    f_all_disabled_why: "Nobody can answer their calls: a disabled extension can neither make nor receive calls.",
    f_none_known_enabled: "Groups with no member known to be enabled",
    f_none_known_enabled_why: "Some of their members' states are not known here: check them before relying on the group.",
    f_single_point: "Groups that rely on one member",
    f_single_point_why: "Only one member is not known to be disabled: when that person is away, the group's calls go unanswered.",
    f_unmatched: "Members that match no extension",
    f_unmatched_why: "Their extension was removed, or the member was never one: calls cannot ring them.",
    f_in_no_group: "Extensions in no group",
    f_in_no_group_why: "No group's calls reach them: intended, or forgotten.",
    f_bad_destination: "Destinations that point to a deleted or missing group",
    f_bad_destination_why: "Calls sent there are lost.",
    bad_destination: |forwarding, target, deleted| {
        let what = if forwarding { "forwards to" } else { "sends unanswered calls to" };
        let why = if deleted { "deleted" } else { "not among the groups" };
        format!("{what} {target} ({why})")
    },
    unmatched_member: |agent| format!("agent {agent}"),
    f_shared_email: "The same email on several extensions",
    f_shared_email_why: "Mail meant for one of them reaches the others, and nobody can tell who is who.",
    f_no_name: "Extensions with no name",
    f_no_name_why: "Nobody can tell who answers them.",
    f_no_email: "Extensions with no email",
    f_no_email_why: "Their user cannot be reached by email.",
    bars_title: "Members by known state, per group",
    bar_label: |on, off, unknown| format!("{} enabled, {} disabled, {} unknown", en(on), en(off), en(unknown)),
    bars_capped: |n, of| format!("The {} of {} groups with the fewest members known to be enabled.", en(n), en(of)),
    only_member_of: |g| format!("The only member of {g} not known to be disabled: disabling it leaves the group with nobody to take its calls."),
    ask_disable_title: |sip| format!("Disable {sip}?"),
    ask_leaves_none: |sip| format!("Disabling {sip} leaves these groups with every member known to be disabled: nobody could take their calls."),
    disable_anyway: "Disable anyway",
    preview_title: |n| match n {
        1 => "Disable 1 extension: the groups it is in".to_string(),
        n => format!("Disable {} extensions: the groups they are in", en(n as u64)),
    },
    preview_no_groups: "None of them is in a group.",
    preview_left: |after, of| format!("{} of {} members left not known to be disabled", en(after as u64), en(of as u64)),
    preview_warning: |n| match n {
        1 => "1 group would be left with every member known to be disabled.".to_string(),
        n => format!("{} groups would be left with every member known to be disabled.", en(n as u64)),
    },
    preview_understood: |n| match n {
        1 => "Leave that group with nobody to take its calls".to_string(),
        _ => "Leave those groups with nobody to take their calls".to_string(),
    },
    preview_go: |n| match n {
        1 => "Disable 1 extension".to_string(),
        n => format!("Disable {} extensions", en(n as u64)),
    },
    preview_failed: "What this disable touches could not be worked out.",
    disable_unchecked: "Disable without checking",
    since_title: "Since the last visit",
    since_comparing: "Comparing with the last reading kept in this browser…",
    since_first: "This is the first reading kept in this browser for this account: the next one is compared with it.",
    since_nothing: |when| format!("Nothing changed since the reading of {when}."),
    since_count: |n, here, when| {
        let changes = if n == 1 { "1 change".to_string() } else { format!("{} changes", en(n)) };
        format!("{changes} since the reading of {when}, {} of them made from this browser. Mark them as seen to compare the next reading with this one.", en(here))
    },
    since_failed: |why| format!("What changed since the last visit cannot be shown: {why}"),
    store_unavailable: "this browser offers the site no storage for it (a private window, or storage turned off).",
    store_full: "this browser's storage for the site is full. Free some (Activity: Clear the journal), then Read again.",
    store_failed: |why| format!("the browser's storage failed ({why}). Read again to retry."),
    mark_seen: "Mark as seen",
    from_here: "from this browser",
    change_added: "added",
    change_removed: "removed",
    change_deleted: "marked deleted",
    change_restored: "no longer deleted",
    change_password: "SIP password changed",
    member_added: |m| format!("member {m} added"),
    member_removed: |m| format!("member {m} removed"),
    changes_csv_header: ["What", "Which", "Change", "Old", "New", "Made from this browser"],
};
