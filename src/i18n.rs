//! Every user-facing string, in Vietnamese and English. `Texts` is one typed table: a string
//! missing in one language fails to compile.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::lang::{use_lang, Lang};
use crate::text::{count, names};

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// A number in a Vietnamese or English text, grouped as that language groups digits; what is
/// not a count (negative) shows as 0.
fn vi(n: impl TryInto<u64>) -> String {
    count(n.try_into().unwrap_or(0), Lang::Vi)
}
fn en(n: impl TryInto<u64>) -> String {
    count(n.try_into().unwrap_or(0), Lang::En)
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
    pub app_name: &'static str,
    pub nav_label: &'static str,
    pub nav_extensions: &'static str,
    pub nav_groups: &'static str,
    pub sign_out: &'static str,
    pub connected_to: &'static str,
    pub expires: Fmt1,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,

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
    pub status_sort_hint: &'static str,
    pub no_answer_forwarded: &'static str,
    pub base_url_is_console: &'static str,
    pub token_required: &'static str,
    pub api_key_required: &'static str,
    pub credential: &'static str,
    pub api_key: &'static str,
    pub use_token: &'static str,
    pub use_api_key: &'static str,
    pub signed_out_expired: &'static str,
    pub signed_out_other_tab: &'static str,

    pub loading: &'static str,
    pub retry: &'static str,
    pub missing: &'static str,
    pub not_found: &'static str,
    pub back_to_extensions: &'static str,

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
    pub no_extensions: &'static str,
    pub no_match: Fmt1,
    /// A page past the last one: (page, last page).
    pub past_end: fn(u32, u32) -> String,
    pub go_to_page: fn(u32) -> String,
    pub ext_not_on_page: Fmt1,
    pub load_extensions_failed: &'static str,

    pub groups_title: &'static str,

    pub err_unreachable: &'static str,
    pub unreachable_help: &'static str,
    pub token_expired_at: Fmt1,
    pub err_unauthorized: &'static str,
    pub err_http: fn(u16) -> String,
    pub err_malformed: &'static str,
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
    pub search_extensions: &'static str,
    pub search_extensions_hint: &'static str,
    pub state_on: &'static str,
    pub state_off: &'static str,
    pub state_unknown: &'static str,
    pub state_unknown_hint: &'static str,
    pub switch_label: Fmt1,
    pub toggled: fn(&str, bool) -> String,
    pub toggle_failed: fn(&str, bool, &str) -> String,
    pub select_row: Fmt1,
    pub select_page: &'static str,
    pub details: &'static str,
    pub details_of: Fmt1,
    pub detail_title: Fmt1,
    pub close: &'static str,
    pub dismiss: &'static str,
    pub n_failed: fn(usize) -> String,
    pub skip_to_pager: &'static str,
    pub see_why: &'static str,
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
    pub export_csv: &'static str,
    pub export_progress: fn(u32, u32, usize) -> String,
    pub export_starting: &'static str,
    pub export_done: fn(usize) -> String,
    pub export_cancelled: &'static str,
    pub export_failed: &'static str,
    pub export_download_failed: &'static str,
    pub cancel: &'static str,
    pub bulk_label: &'static str,
    pub selected_n: fn(usize) -> String,
    pub enable_selected: &'static str,
    pub disable_selected: &'static str,
    pub clear_selection: &'static str,
    pub bulk_progress: fn(usize, usize) -> String,
    pub bulk_done: fn(bool, usize, usize) -> String,
    pub bulk_skipped_busy: &'static str,
    /// A run of changes stopped because its page was left: (enabled, stopped at, of, the
    /// names of the rest, how many they are).
    pub page_cut_short: fn(bool, usize, usize, &str, usize) -> String,
    /// The same, because the sign-in ended.
    pub session_cut_short: fn(bool, usize, usize, &str, usize) -> String,
    /// One change not made because the sign-in ended: (the extension, enabled).
    pub session_ended_one: fn(&str, bool) -> String,
    /// "and", between the last two names of a list.
    pub and: &'static str,
    /// "5 more", ending a list cut short.
    pub n_more: fn(usize) -> String,
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
    pub date_by: fn(&str, &str) -> String,
    pub no_members: &'static str,
    pub members_lookup_failed: &'static str,
    pub agent: &'static str,
    pub ring_seconds: fn(i64) -> String,
    pub nav_activity: &'static str,
    pub undo: &'static str,
    pub n_changed: fn(bool, usize) -> String,
    pub set_here: Fmt1,
    pub set_here_hint: &'static str,
    pub journal_full: &'static str,
    pub journal_set_aside: &'static str,
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
    pub change_words: fn(Option<bool>, bool) -> String,
    pub failed_because: Fmt1,
    pub bulk_badge: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    pub col_reason: &'static str,
    pub undo_change_of: Fmt1,
    pub undo_bulk: fn(usize) -> String,
    /// An entry a later change replaced: (the extension, its state now).
    pub changed_since: fn(&str, bool) -> String,
    pub no_activity: &'static str,
    pub no_activity_match: &'static str,
    pub clear_journal: &'static str,
    pub clear_journal_confirm: fn(usize) -> String,
    pub clear_journal_yes: &'static str,
    pub journal_cleared: &'static str,
    pub export_activity_done: fn(usize) -> String,
    pub history_title: &'static str,
    pub no_history: &'static str,
    pub see_all_activity: &'static str,
    pub member_of_title: &'static str,
    pub member_of_none: &'static str,
    pub group_link_label: Fmt1,
}

pub const VI: Texts = Texts {
    app_name: "Switchboard",
    nav_label: "Điều hướng chính",
    nav_extensions: "Số nội bộ",
    nav_groups: "Nhóm nội bộ",
    sign_out: "Đăng xuất",
    connected_to: "Đang kết nối",
    expires: |when| format!("token hết hạn {when}"),
    language: "Ngôn ngữ",
    theme: "Giao diện",
    theme_system: "Giao diện theo hệ thống",
    theme_light: "Sáng",
    theme_dark: "Tối",

    sign_in_title: "Đăng nhập tổng đài",
    sign_in_intro: "Nhập địa chỉ API và access token của tổng đài.",
    base_url: "Địa chỉ API",
    base_url_hint: "Ví dụ: https://public-v1.omicall.com",
    access_token: "Access token",
    remember: "Ghi nhớ trên thiết bị này",
    sign_in: "Đăng nhập",
    signing_in: "Đang đăng nhập…",
    base_url_invalid: "Địa chỉ API phải là một URL http:// hoặc https://.",
    this_site: "Trang này (API được chuyển tiếp qua đây)",
    no_answer_forwarded: "Chuyển tiếp (không rõ đích)",
    status_sort_hint: "Xếp theo trạng thái lúc tải: dòng vừa đổi giữ nguyên chỗ đến lần tải sau.",
    base_url_credentials: "Địa chỉ API không được chứa tên người dùng hay mật khẩu (user:mật-khẩu@). Hãy bỏ phần đó đi và nhập access token ở ô bên dưới.",
    base_url_is_console: "Đây là địa chỉ của chính trang quản trị này, không phải của API. Hãy nhập địa chỉ API của tổng đài, ví dụ https://public-v1.omicall.com.",
    token_required: "Hãy nhập access token.",
    api_key_required: "Hãy nhập API key.",
    credential: "Đăng nhập bằng",
    api_key: "API key",
    use_token: "Dùng access token",
    use_api_key: "Dùng API key (đổi lấy token; key không được lưu)",
    signed_out_expired: "Phiên đăng nhập đã hết hạn hoặc bị từ chối. Hãy đăng nhập lại.",
    signed_out_other_tab: "Bạn đã đăng xuất, hoặc đăng nhập bằng tài khoản khác, ở một thẻ khác. Hãy đăng nhập lại để tiếp tục.",

    loading: "Đang tải…",
    retry: "Thử lại",
    missing: "—",
    not_found: "Không có trang này.",
    back_to_extensions: "Về danh sách số nội bộ",

    extensions_title: "Số nội bộ",
    col_extension: "Số nội bộ",
    col_name: "Họ và tên",
    col_email: "Email",
    col_public_number: "Đầu số",
    col_domain: "Domain",
    col_proxy: "Outbound proxy",
    col_created: "Ngày tạo",
    col_updated: "Cập nhật lần cuối",
    col_status: "Trạng thái",
    no_extensions: "Chưa có số nội bộ nào.",
    no_match: |k| format!("Không có số nội bộ nào khớp với “{k}”."),
    past_end: |p, last| format!("Trang {} nằm ngoài danh sách: danh sách chỉ có {} trang.", vi(p), vi(last)),
    go_to_page: |n| format!("Đến trang {}", vi(n)),
    ext_not_on_page: |s| format!("Số nội bộ {s} không có trên trang này của danh sách."),
    load_extensions_failed: "Không tải được danh sách số nội bộ.",

    groups_title: "Nhóm nội bộ",

    err_unreachable: "Trình duyệt không kết nối được tới API. Có thể API không cho phép trang này gọi tới (CORS), máy chủ đang tắt, hoặc tên miền không tồn tại. Hãy kiểm tra địa chỉ API rồi thử lại.",
    unreachable_help: "Cách khắc phục (CORS, proxy của Trunk)",
    token_expired_at: |when| format!("Token này đã hết hạn {when}. Hãy lấy token mới."),
    err_unauthorized: "API từ chối access token này. Hãy kiểm tra token hoặc lấy token mới.",
    err_http: |s| format!("API trả về lỗi HTTP {s}. Hãy thử lại sau ít phút."),
    err_malformed: "API trả về dữ liệu không đúng định dạng. Hãy thử lại; nếu vẫn lỗi, hãy báo cho nhà cung cấp.",
    err_rejected: |code, message| {
        if message.is_empty() {
            format!("API từ chối yêu cầu: {code}.")
        } else {
            format!("API từ chối yêu cầu: {code} ({message}).")
        }
    },
    err_code: |code| match code {
        "api_key_is_required" => Some("Thiếu access token. Hãy đăng nhập lại."),
        "api_key_invalid" => Some("API key hoặc access token không hợp lệ. Hãy kiểm tra lại hoặc lấy token mới."),
        "request_body_required" => Some("API cần dữ liệu gửi kèm mà yêu cầu không có."),
        "data_is_required" => Some("Thiếu dữ liệu bắt buộc trong yêu cầu."),
        "tenant_invalid" => Some("Tài khoản tổng đài không hợp lệ hoặc đã bị khoá."),
        "user_not_registered" => Some("Người dùng chưa được đăng ký trên tổng đài."),
        "extension_invalid" => Some("Số nội bộ không tồn tại hoặc không hợp lệ."),
        _ => None,
    },

    range: |a, b, n| format!("{a}–{b} trên {n}"),
    pagination: "Phân trang",
    first_page: "Trang đầu",
    previous_page: "Trang trước",
    next_page: "Trang sau",
    last_page: "Trang cuối",
    page_n: |n| format!("Trang {}", vi(n)),
    page_size: "Số dòng mỗi trang",
    search_extensions: "Tìm số nội bộ",
    search_extensions_hint: "Số nội bộ, họ tên hoặc email",
    state_on: "Hoạt động",
    state_off: "Ngưng hoạt động",
    state_unknown: "Chưa rõ",
    state_unknown_hint: "API không cho biết trạng thái. Bấm để bật số nội bộ này.",
    switch_label: |s| format!("Hoạt động: {s}"),
    toggled: |s, on| if on { format!("Đã bật {s}.") } else { format!("Đã tắt {s}.") },
    toggle_failed: |s, on, why| format!("Không {} được {s}: {why}", if on { "bật" } else { "tắt" }),
    select_row: |s| format!("Chọn {s}"),
    select_page: "Chọn tất cả trên trang này",
    details: "Chi tiết",
    details_of: |s| format!("Chi tiết {s}"),
    detail_title: |s| format!("Số nội bộ {s}"),
    close: "Đóng",
    dismiss: "Bỏ qua thông báo",
    n_failed: |n| format!("{} thay đổi không thành công.", vi(n)),
    see_why: "Xem lý do",
    skip_to_pager: "Bỏ qua bảng, đến phần phân trang",
    copy: "Sao chép",
    copied: "Đã chép",
    copy_extension: "Sao chép số nội bộ",
    copy_domain: "Sao chép domain",
    copy_proxy: "Sao chép outbound proxy",
    copy_password: "Sao chép mật khẩu",
    password: "Mật khẩu SIP",
    show_password: "Hiện mật khẩu",
    hide_password: "Ẩn mật khẩu",
    agent_id: "Agent ID",
    hotlines_title: "Đầu số được phép gọi ra",
    load_hotlines_failed: "Không tải được danh sách đầu số.",
    no_hotlines: "Không có đầu số nào được phép gọi ra.",
    export_csv: "Xuất CSV",
    export_progress: |p, n, rows| {
        format!("Đang xuất trang {}/{} ({} dòng)…", vi(p), vi(n), vi(rows))
    },
    export_starting: "Đang bắt đầu xuất…",
    export_done: |n| format!("Đã xuất {} số nội bộ.", vi(n)),
    export_cancelled: "Đã huỷ xuất CSV.",
    export_failed: "Xuất CSV thất bại.",
    export_download_failed: "Trình duyệt không tạo được tệp tải về. Hãy thử lại.",
    cancel: "Huỷ",
    bulk_label: "Thao tác hàng loạt",
    selected_n: |n| format!("Đã chọn {}", vi(n)),
    enable_selected: "Bật các số đã chọn",
    disable_selected: "Tắt các số đã chọn",
    clear_selection: "Bỏ chọn",
    bulk_progress: |d, n| format!("Đang cập nhật {}/{}… Hãy ở lại trang này đến khi xong.", vi(d), vi(n)),
    bulk_done: |on, ok, bad| {
        let verb = if on { "Đã bật" } else { "Đã tắt" };
        format!("{verb} {} số nội bộ; {} lỗi.", vi(ok), vi(bad))
    },
    bulk_skipped_busy: "Bỏ qua vì đang có yêu cầu khác cho số này.",
    page_cut_short: |on, d, n, rest, _| {
        let verb = if on { "bật" } else { "tắt" };
        format!("Bạn đã rời trang nên việc {verb} hàng loạt đã dừng sau {}/{} số nội bộ. Chưa được gửi: {rest}.", vi(d), vi(n))
    },
    session_cut_short: |on, d, n, rest, _| {
        let verb = if on { "bật" } else { "tắt" };
        format!("Phiên đăng nhập đã kết thúc nên việc {verb} đã dừng sau {}/{} số nội bộ. Chưa được thay đổi: {rest}.", vi(d), vi(n))
    },
    session_ended_one: |s, on| {
        let verb = if on { "bật" } else { "tắt" };
        format!("Phiên đăng nhập đã kết thúc trước khi {verb} được {s}: số này chưa được thay đổi.")
    },
    and: "và",
    n_more: |n| format!("{} số khác", vi(n)),
    search_groups: "Tìm nhóm",
    search_groups_hint: "Tên nhóm hoặc số nhóm",
    show_deleted: "Hiện nhóm đã xoá",
    deleted_badge: "đã xoá",
    load_groups_failed: "Không tải được danh sách nhóm.",
    no_groups: "Chưa có nhóm nội bộ nào.",
    no_group_match: |k| format!("Không có nhóm nào khớp với “{k}”."),
    col_group: "Nhóm",
    col_group_number: "Số nhóm",
    col_strategy: "Cách đổ chuông",
    col_members: "Thành viên",
    col_forwarding: "Chuyển tiếp",
    col_no_answer: "Khi không ai nghe",
    col_note: "Ghi chú",
    strategy_enterprise: "Đổ chuông tất cả cùng lúc",
    strategy_rollover: "Đổ chuông lần lượt",
    strategy_random: "Đổ chuông ngẫu nhiên một thành viên",
    forward_to_group: |g| format!("Sang nhóm {g}"),
    forward_to_owner: "Tới nhân viên phụ trách khách hàng",
    date_by: |d, by| format!("{d} bởi {by}"),
    no_members: "Nhóm chưa có thành viên.",
    members_lookup_failed: "Không tra được số nội bộ của thành viên.",
    agent: "Agent",
    ring_seconds: |s| format!("đổ chuông {} giây", vi(s)),
    nav_activity: "Hoạt động",
    undo: "Hoàn tác",
    n_changed: |on, n| {
        let verb = if on { "Đã bật" } else { "Đã tắt" };
        format!("{verb} {} số nội bộ.", vi(n))
    },
    set_here: |when| format!("đặt tại đây {when}"),
    set_here_hint: "Trạng thái này lấy từ nhật ký của trình duyệt này: API không cho biết. Thay đổi làm ở nơi khác không hiện ở đây.",
    journal_full: "Bộ nhớ của trình duyệt đã đầy nên nhật ký thay đổi không lưu được. Thay đổi vẫn được gửi; hãy xoá bớt nhật ký ở trang Hoạt động.",
    journal_set_aside: "Nhật ký thay đổi trong trình duyệt này không đọc được (hỏng, hoặc do phiên bản khác ghi). Nó đã được cất riêng và một nhật ký mới đã bắt đầu.",
    activity_title: "Hoạt động",
    activity_intro: "Các lần bật, tắt số nội bộ được gửi từ trình duyệt này, mới nhất trước. Thay đổi làm ở trình duyệt khác hoặc công cụ khác không có ở đây.",
    filter_extension: "Số nội bộ",
    filter_outcome: "Kết quả",
    outcome_all: "Tất cả",
    outcome_done: "Thành công",
    outcome_failed: "Lỗi",
    col_when: "Thời điểm",
    col_change: "Thay đổi",
    col_outcome: "Kết quả",
    change_words: |from, to| {
        let w = |s: Option<bool>| match s { Some(true) => "Bật", Some(false) => "Tắt", None => "Không rõ" };
        format!("{} → {}", w(from), w(Some(to)))
    },
    failed_because: |r| format!("Lỗi: {r}"),
    bulk_badge: "hàng loạt",
    col_from: "Từ",
    col_to: "Thành",
    col_reason: "Lý do",
    undo_change_of: |s| format!("Hoàn tác thay đổi của {s}"),
    undo_bulk: |n| format!("Hoàn tác cả loạt ({} số)", vi(n)),
    changed_since: |s, on| format!("{s} đã được thay đổi lại sau đó: nay là {}.", if on { "Bật" } else { "Tắt" }),
    no_activity: "Chưa có thay đổi nào được gửi từ trình duyệt này.",
    no_activity_match: "Không có thay đổi nào khớp bộ lọc.",
    clear_journal: "Xoá nhật ký…",
    clear_journal_confirm: |n| format!("Xoá {} mục khỏi nhật ký của trình duyệt này? Không thể khôi phục.", vi(n)),
    clear_journal_yes: "Xoá nhật ký",
    journal_cleared: "Đã xoá nhật ký thay đổi.",
    export_activity_done: |n| format!("Đã xuất {} mục nhật ký.", vi(n)),
    history_title: "Thay đổi từ trình duyệt này",
    no_history: "Chưa có thay đổi nào từ trình duyệt này.",
    see_all_activity: "Xem tất cả ở trang Hoạt động",
    member_of_title: "Thuộc nhóm nội bộ",
    member_of_none: "Không thuộc nhóm nào.",
    group_link_label: |g| format!("Mở nhóm {g} ở trang Nhóm nội bộ"),
};

pub const EN: Texts = Texts {
    app_name: "Switchboard",
    nav_label: "Main",
    nav_extensions: "Extensions",
    nav_groups: "Groups",
    sign_out: "Sign out",
    connected_to: "Connected to",
    expires: |when| format!("token expires {when}"),
    language: "Language",
    theme: "Theme",
    theme_system: "System theme",
    theme_light: "Light",
    theme_dark: "Dark",

    sign_in_title: "Sign in to the switchboard",
    sign_in_intro: "Enter the API address and an access token of your call center.",
    base_url: "API base URL",
    base_url_hint: "For example https://public-v1.omicall.com",
    access_token: "Access token",
    remember: "Remember on this device",
    sign_in: "Sign in",
    signing_in: "Signing in…",
    base_url_invalid: "The API base URL must be an http:// or https:// URL.",
    this_site: "This site (the API is proxied here)",
    no_answer_forwarded: "Forwarded (destination not named)",
    status_sort_hint: "Sorted by state as loaded: a changed row keeps its place until the next load.",
    base_url_credentials: "The API base URL must not contain a user name or password (user:password@). Remove that part and put the access token in the box below.",
    base_url_is_console: "This is the address of this console, not of the API. Enter the call-center API's address, for example https://public-v1.omicall.com.",
    token_required: "Enter an access token.",
    api_key_required: "Enter an API key.",
    credential: "Sign in with",
    api_key: "API key",
    use_token: "An access token",
    use_api_key: "An API key (exchanged for a token; the key is not kept)",
    signed_out_expired: "Your session expired or was refused. Please sign in again.",
    signed_out_other_tab: "You signed out, or signed in with another account, in another tab. Sign in again to go on.",

    loading: "Loading…",
    retry: "Retry",
    missing: "—",
    not_found: "There is no such page.",
    back_to_extensions: "Back to the extensions",

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
    no_extensions: "There are no extensions yet.",
    no_match: |k| format!("No extension matches “{k}”."),
    past_end: |p, last| format!("Page {} is past the end of the list, which has {} page{}.", en(p), en(last), if last == 1 { "" } else { "s" }),
    go_to_page: |n| format!("Go to page {}", en(n)),
    ext_not_on_page: |s| format!("Extension {s} is not on this page of the list."),
    load_extensions_failed: "The extensions could not be loaded.",

    groups_title: "Internal groups",

    err_unreachable: "The browser could not reach the API. The API may not allow calls from this page's origin (CORS), the server may be down, or its name may not resolve. Check the API base URL and try again.",
    unreachable_help: "How to fix this (CORS, Trunk's proxy)",
    token_expired_at: |when| format!("This token expired {when}. Get a new one."),
    err_unauthorized: "The API refused this access token. Check it, or get a new one.",
    err_http: |s| format!("The API answered with HTTP error {s}. Try again in a few minutes."),
    err_malformed: "The API sent an answer in an unexpected format. Try again; if it persists, tell the vendor.",
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
    search_extensions: "Search extensions",
    search_extensions_hint: "Extension, name or email",
    state_on: "Enabled",
    state_off: "Disabled",
    state_unknown: "Unknown",
    state_unknown_hint: "The API did not say whether this is enabled. Click to enable it.",
    switch_label: |s| format!("Enabled: {s}"),
    toggled: |s, on| if on { format!("{s} enabled.") } else { format!("{s} disabled.") },
    toggle_failed: |s, on, why| format!("Could not {} {s}: {why}", if on { "enable" } else { "disable" }),
    select_row: |s| format!("Select {s}"),
    select_page: "Select all on this page",
    details: "Details",
    details_of: |s| format!("Details of {s}"),
    detail_title: |s| format!("Extension {s}"),
    close: "Close",
    dismiss: "Dismiss message",
    n_failed: |n| format!("{} changes failed.", en(n)),
    see_why: "See why",
    skip_to_pager: "Skip to page navigation",
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
    export_csv: "Export CSV",
    export_progress: |p, n, rows| {
        format!("Exporting page {} of {} ({} rows)…", en(p), en(n), en(rows))
    },
    export_starting: "Starting the export…",
    export_done: |n| format!("Exported {} extensions.", en(n)),
    export_cancelled: "Export cancelled.",
    export_failed: "The export failed.",
    export_download_failed: "The browser could not create the download. Try again.",
    cancel: "Cancel",
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
    and: "and",
    n_more: |n| format!("{} more", en(n)),
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
    date_by: |d, by| format!("{d} by {by}"),
    no_members: "This group has no members.",
    members_lookup_failed: "The members' extensions could not be looked up.",
    agent: "Agent",
    ring_seconds: |s| format!("rings {} s", en(s)),
    nav_activity: "Activity",
    undo: "Undo",
    n_changed: |on, n| {
        let verb = if on { "enabled" } else { "disabled" };
        format!("{} extensions {verb}.", en(n))
    },
    set_here: |when| format!("set here {when}"),
    set_here_hint: "From this browser's journal: the API did not say. Changes made elsewhere do not show here.",
    journal_full: "The browser's storage is full, so the change journal could not be saved. Changes are still sent; clear some of the journal on the Activity page.",
    journal_set_aside: "The change journal in this browser could not be read (damaged, or written by another version). It was set aside and a new one started.",
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
    change_words: |from, to| {
        let w = |s: Option<bool>| match s { Some(true) => "Enabled", Some(false) => "Disabled", None => "Unknown" };
        format!("{} → {}", w(from), w(Some(to)))
    },
    failed_because: |r| format!("Failed: {r}"),
    bulk_badge: "bulk",
    col_from: "From",
    col_to: "To",
    col_reason: "Reason",
    undo_change_of: |s| format!("Undo the change to {s}"),
    undo_bulk: |n| format!("Undo the whole bulk change ({})", en(n)),
    changed_since: |s, on| format!("{s} was changed again since: now {}.", if on { "Enabled" } else { "Disabled" }),
    no_activity: "No changes have been sent from this browser yet.",
    no_activity_match: "No change matches the filters.",
    clear_journal: "Clear the journal…",
    clear_journal_confirm: |n| format!("Delete {} entries from this browser's journal? This cannot be undone.", en(n)),
    clear_journal_yes: "Clear the journal",
    journal_cleared: "The change journal was cleared.",
    export_activity_done: |n| format!("Exported {} journal entries.", en(n)),
    history_title: "Changes from this browser",
    no_history: "No changes from this browser yet.",
    see_all_activity: "See all on the Activity page",
    member_of_title: "Internal groups",
    member_of_none: "In no group.",
    group_link_label: |g| format!("Open group {g} on the Groups page"),
};

impl Texts {
    /// The word for an extension's state; `None`: unknown.
    pub fn state(&self, s: Option<bool>) -> &'static str {
        match s {
            Some(true) => self.state_on,
            Some(false) => self.state_off,
            None => self.state_unknown,
        }
    }

    /// How a journaled change went: done, or failed and why.
    pub fn outcome(&self, failed: Option<&str>) -> String {
        match failed {
            None => self.outcome_done.to_string(),
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
            ApiError::Rejected { code, message } => match (self.err_code)(code) {
                Some(sentence) => sentence.to_string(),
                // Unknown codes are shown verbatim: the vendor may add some.
                None => (self.err_rejected)(code, message),
            },
        }
    }
}
