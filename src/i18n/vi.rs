//! The Vietnamese texts, in the order of `Texts`.

use super::Texts;
use crate::lang::Lang;
use crate::text::count;

/// A number in a Vietnamese text, grouped as Vietnamese groups digits; what is not a count
/// (negative) shows as 0.
fn vi(n: impl TryInto<u64>) -> String {
    count(n.try_into().unwrap_or(0), Lang::Vi)
}

pub const VI: Texts = Texts {
    // The shell: header, navigation, language and theme, the page that is not there.
    app_name: "Switchboard",
    nav_label: "Điều hướng chính",
    nav_extensions: "Số nội bộ",
    nav_groups: "Nhóm nội bộ",
    nav_activity: "Hoạt động",
    nav_overview: "Tổng quan",
    sign_out: "Đăng xuất",
    connected_to: "Đang kết nối",
    expires: |when| format!("token hết hạn {when}"),
    language: "Ngôn ngữ",
    theme: "Giao diện",
    theme_system: "Giao diện theo hệ thống",
    theme_light: "Sáng",
    theme_dark: "Tối",
    not_found: "Không có trang này.",
    back_to_extensions: "Về danh sách số nội bộ",
    skip_to_pager: "Bỏ qua bảng, đến phần phân trang",

    // Sign-in.
    sign_in_title: "Đăng nhập tổng đài",
    sign_in_intro: "Nhập địa chỉ API và access token của tổng đài.",
    base_url: "Địa chỉ API",
    base_url_hint: "Ví dụ: https://public-v1.omicall.com",
    access_token: "Access token",
    remember: "Ghi nhớ trên thiết bị này",
    sign_in: "Đăng nhập",
    signing_in: "Đang đăng nhập…",
    base_url_invalid: "Địa chỉ API phải là một URL http:// hoặc https://.",
    base_url_credentials: "Địa chỉ API không được chứa tên người dùng hay mật khẩu (user:mật-khẩu@). Hãy bỏ phần đó đi và nhập access token ở ô bên dưới.",
    this_site: "Trang này (API được chuyển tiếp qua đây)",
    base_url_is_console: "Đây là địa chỉ của chính trang quản trị này, không phải của API. Hãy nhập địa chỉ API của tổng đài, ví dụ https://public-v1.omicall.com.",
    token_required: "Hãy nhập access token.",
    api_key_required: "Hãy nhập API key.",
    credential: "Đăng nhập bằng",
    api_key: "API key",
    use_token: "Dùng access token",
    use_api_key: "Dùng API key (đổi lấy token; key không được lưu)",
    signed_out_expired: "Phiên đăng nhập đã hết hạn hoặc bị từ chối. Hãy đăng nhập lại.",
    signed_out_other_tab: "Bạn đã đăng xuất, hoặc đăng nhập bằng tài khoản khác, ở một thẻ khác. Hãy đăng nhập lại để tiếp tục.",
    token_expired_at: |when| format!("Token này đã hết hạn {when}. Hãy lấy token mới."),

    // Shared by the pages: loading, errors, paging, messages.
    loading: "Đang tải…",
    retry: "Thử lại",
    missing: "—",
    err_unreachable: "Trình duyệt không kết nối được tới API. Có thể API không cho phép trang này gọi tới (CORS), máy chủ đang tắt, hoặc tên miền không tồn tại. Hãy kiểm tra địa chỉ API rồi thử lại.",
    unreachable_help: "Cách khắc phục (CORS, proxy của Trunk)",
    err_unauthorized: "API từ chối access token này. Hãy kiểm tra token hoặc lấy token mới.",
    err_http: |s| format!("API trả về lỗi HTTP {s}. Hãy thử lại sau ít phút."),
    err_malformed: "API trả về dữ liệu không đúng định dạng. Hãy thử lại; nếu vẫn lỗi, hãy báo cho nhà cung cấp.",
    err_slow_down: |s| format!("API vẫn yêu cầu gửi chậm lại nên yêu cầu này chưa được gửi. Hãy thử lại sau {} giây.", vi(s)),
    slowing_down: |s| format!("API yêu cầu gửi chậm lại; tiếp tục sau {} giây.", vi(s)),
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
    dismiss: "Bỏ qua thông báo",
    n_failed: |n| format!("{} thay đổi không thành công.", vi(n)),
    see_why: "Xem lý do",
    cancel: "Huỷ",
    and: "và",
    n_more: |n| format!("{} số khác", vi(n)),

    // Extensions: the table, its switches and selection.
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
    status_sort_hint: "Xếp theo trạng thái lúc tải: dòng vừa đổi giữ nguyên chỗ đến lần tải sau.",
    no_extensions: "Chưa có số nội bộ nào.",
    no_match: |k| format!("Không có số nội bộ nào khớp với “{k}”."),
    past_end: |p, last| format!("Trang {} nằm ngoài danh sách: danh sách chỉ có {} trang.", vi(p), vi(last)),
    go_to_page: |n| format!("Đến trang {}", vi(n)),
    ext_not_on_page: |s| format!("Số nội bộ {s} không có trên trang này của danh sách."),
    load_extensions_failed: "Không tải được danh sách số nội bộ.",
    search_extensions: "Tìm số nội bộ",
    search_extensions_hint: "Số nội bộ, họ tên hoặc email",
    state_on: "Hoạt động",
    state_off: "Ngưng hoạt động",
    state_unknown: "Chưa rõ",
    state_unknown_hint: "API không cho biết trạng thái. Bấm để bật số nội bộ này.",
    switch_label: |s| format!("Hoạt động: {s}"),
    select_row: |s| format!("Chọn {s}"),
    select_page: "Chọn tất cả trên trang này",
    details: "Chi tiết",
    details_of: |s| format!("Chi tiết {s}"),

    // Changes: their messages, Undo and the journal.
    toggled: |s, on| if on { format!("Đã bật {s}.") } else { format!("Đã tắt {s}.") },
    toggle_failed: |s, on, why| format!("Không {} được {s}: {why}", if on { "bật" } else { "tắt" }),
    undo: "Hoàn tác",
    n_changed: |on, n| {
        let verb = if on { "Đã bật" } else { "Đã tắt" };
        format!("{verb} {} số nội bộ.", vi(n))
    },
    set_here: |when| format!("đặt tại đây {when}"),
    set_here_hint: "Trạng thái này lấy từ nhật ký của trình duyệt này: API không cho biết. Thay đổi làm ở nơi khác không hiện ở đây.",
    journal_full: "Bộ nhớ của trình duyệt đã đầy nên nhật ký thay đổi không lưu được. Thay đổi vẫn được gửi; hãy xoá bớt nhật ký ở trang Hoạt động.",
    journal_trimmed: |n| format!("Bộ nhớ của trình duyệt đã đầy nên {} mục cũ nhất của nhật ký thay đổi đã bị xoá để giữ các mục mới.", vi(n)),
    journal_over_budget: |n| format!("Nhật ký thay đổi đã dùng hết phần bộ nhớ dành cho nó trong trình duyệt này (1 MB) nên {} mục cũ nhất đã bị xoá để giữ các mục mới. Nếu cần, hãy xuất nhật ký ở trang Hoạt động trước khi chúng bị xoá.", vi(n)),
    journal_set_aside: "Nhật ký thay đổi trong trình duyệt này không đọc được (hỏng, hoặc do phiên bản khác ghi). Nó đã được cất riêng và một nhật ký mới đã bắt đầu.",

    // Extensions: bulk changes.
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
    selected_all_matching: |n, total| {
        if n as u64 >= total {
            format!("Đã chọn tất cả {} số khớp, trên mọi trang", vi(n))
        } else {
            format!("Đã chọn {} trong {} số khớp, trên mọi trang", vi(n), vi(total))
        }
    },
    select_all_matching: |total, cap| {
        if total > cap as u64 {
            format!("Chọn {} số đầu trong {} số khớp (tối đa {} số một lần)", vi(cap), vi(total), vi(cap))
        } else {
            format!("Chọn tất cả {} số khớp (tối đa {} số một lần)", vi(total), vi(cap))
        }
    },
    selecting_progress: |d, n| format!("Đang đọc các số khớp: {}/{}…", vi(d), vi(n)),
    select_all_failed: "Không đọc được các số khớp nên chưa có số nào được chọn hay thay đổi.",
    stop: "Dừng",
    bulk_stopped: |n| format!("Đã dừng: {} số chưa được gửi.", vi(n)),
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

    // Extensions: CSV export.
    export_csv: "Xuất CSV",
    export_progress: |p, n, rows| {
        format!("Đang xuất trang {}/{} ({} dòng)…", vi(p), vi(n), vi(rows))
    },
    export_starting: "Đang bắt đầu xuất…",
    export_done: |n| format!("Đã xuất {} số nội bộ.", vi(n)),
    export_cancelled: "Đã huỷ xuất CSV.",
    export_failed: "Xuất CSV thất bại.",
    export_download_failed: "Trình duyệt không tạo được tệp tải về. Hãy thử lại.",

    // Extensions: the detail drawer.
    detail_title: |s| format!("Số nội bộ {s}"),
    close: "Đóng",
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
    history_title: "Thay đổi từ trình duyệt này",
    no_history: "Chưa có thay đổi nào từ trình duyệt này.",
    see_all_activity: "Xem tất cả ở trang Hoạt động",
    member_of_title: "Thuộc nhóm nội bộ",
    member_of_none: "Không thuộc nhóm nào.",
    group_link_label: |g| format!("Mở nhóm {g} ở trang Nhóm nội bộ"),

    // Groups.
    groups_title: "Nhóm nội bộ",
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
    no_answer_forwarded: "Chuyển tiếp (không rõ đích)",
    date_by: |d, by| format!("{d} bởi {by}"),
    no_members: "Nhóm chưa có thành viên.",
    members_lookup_failed: "Không tra được số nội bộ của thành viên.",
    members_capped: |n| format!("Tên chỉ được tra trong {} số nội bộ đầu tiên: thành viên ngoài số đó hiện mã agent.", vi(n)),
    agent: "Agent",
    ring_seconds: |s| format!("đổ chuông {} giây", vi(s)),

    // Activity.
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
    failed_because: |r| format!("Lỗi: {r}"),
    bulk_badge: "hàng loạt",
    col_from: "Từ",
    col_to: "Thành",
    col_reason: "Lý do",
    undo_change_of: |s| format!("Hoàn tác thay đổi của {s}"),
    undo_bulk: |n| format!("Hoàn tác cả loạt ({} số)", vi(n)),
    changed_since: |s, now| format!("{s} đã được thay đổi lại sau đó: nay là {now}."),
    no_activity: "Chưa có thay đổi nào được gửi từ trình duyệt này.",
    no_activity_match: "Không có thay đổi nào khớp bộ lọc.",
    clear_journal: "Xoá nhật ký…",
    clear_journal_confirm: |n| format!("Xoá {} mục khỏi nhật ký của trình duyệt này? Không thể khôi phục.", vi(n)),
    clear_journal_yes: "Xoá nhật ký",
    journal_cleared: "Đã xoá nhật ký thay đổi.",
    export_activity_done: |n| format!("Đã xuất {} mục nhật ký.", vi(n)),

    // Overview: the reading, counts, findings and the picture.
    overview_title: "Tổng quan",
    overview_intro: "Toàn bộ tổng đài, từ một lần đọc mọi số nội bộ và mọi nhóm. Trạng thái lấy từ trình duyệt này: theo danh sách của API, nếu không thì theo lần thay đổi gần nhất gửi từ đây. Thay đổi làm ở nơi khác không hiện ở đây.",
    reading_extensions: |n, of| match of {
        Some(of) => format!("Đang đọc số nội bộ: {} / {}", vi(n), vi(of)),
        None => format!("Đang đọc số nội bộ: {}", vi(n)),
    },
    reading_groups: "Đang đọc các nhóm…",
    read_at: |when| format!("Đọc lúc {when}"),
    read_again: "Đọc lại",
    reading_cancelled: "Đã huỷ lần đọc.",
    read_extensions_failed: "Không đọc được danh sách số nội bộ.",
    counts_title: "Số liệu",
    count_enabled: "Số nội bộ đang bật",
    count_disabled: "Số nội bộ đang tắt",
    count_unknown: "Số nội bộ chưa rõ trạng thái",
    count_groups: "Nhóm",
    count_deleted_groups: "Nhóm đã xoá",
    count_members: "Thành viên nhóm",
    findings_title: "Phát hiện",
    finding_none: "Không có.",
    cannot_join: "Không xác định được trên API này: danh sách số nội bộ không có agent id, nên không ghép được thành viên với số nội bộ.",
    f_no_members: "Nhóm không có thành viên",
    f_no_members_why: "Cuộc gọi vào nhóm này không đổ chuông cho ai.",
    f_all_disabled: "Nhóm có mọi thành viên đều đang tắt",
    f_all_disabled_why: "Không ai nghe được cuộc gọi: số nội bộ đã tắt không gọi đi và không nhận cuộc gọi được.",
    f_none_known_enabled: "Nhóm không có thành viên nào được biết là đang bật",
    f_none_known_enabled_why: "Trạng thái của một số thành viên chưa rõ ở đây: hãy kiểm tra trước khi dựa vào nhóm.",
    f_single_point: "Nhóm chỉ trông vào một thành viên",
    f_single_point_why: "Chỉ một thành viên không được biết là đang tắt: khi người đó vắng, cuộc gọi của nhóm không ai nghe.",
    f_unmatched: "Thành viên không khớp số nội bộ nào",
    f_unmatched_why: "Số nội bộ của họ đã bị xoá, hoặc chưa từng có: cuộc gọi không đổ chuông cho họ được.",
    f_in_no_group: "Số nội bộ không thuộc nhóm nào",
    f_in_no_group_why: "Không nhóm nào chuyển cuộc gọi tới họ: có chủ ý, hoặc bị quên.",
    f_bad_destination: "Điểm chuyển tới một nhóm đã xoá hoặc không có",
    f_bad_destination_why: "Cuộc gọi chuyển tới đó bị mất.",
    bad_destination: |forwarding, target, deleted| {
        let what = if forwarding { "chuyển tiếp tới" } else { "chuyển cuộc gọi không ai nghe tới" };
        let why = if deleted { "đã xoá" } else { "không có trong danh sách nhóm" };
        format!("{what} {target} ({why})")
    },
    unmatched_member: |agent| format!("agent {agent}"),
    f_shared_email: "Cùng một email trên nhiều số nội bộ",
    f_shared_email_why: "Thư gửi cho một người đến cả những người kia, và không ai phân biệt được ai với ai.",
    f_no_name: "Số nội bộ không có tên",
    f_no_name_why: "Không ai biết ai nghe máy ở số đó.",
    f_no_email: "Số nội bộ không có email",
    f_no_email_why: "Không liên lạc được với người dùng qua email.",
    bars_title: "Thành viên theo trạng thái đã biết, từng nhóm",
    bar_label: |on, off, unknown| format!("{} bật, {} tắt, {} chưa rõ", vi(on), vi(off), vi(unknown)),
    bars_capped: |n, of| format!("{} trong {} nhóm có ít thành viên được biết là đang bật nhất.", vi(n), vi(of)),
    only_member_of: |g| format!("Là thành viên duy nhất của {g} chưa biết là đã tắt: tắt số này thì nhóm không còn ai nhận cuộc gọi."),
    ask_disable_title: |sip| format!("Tắt {sip}?"),
    ask_leaves_none: |sip| format!("Tắt {sip} thì mọi thành viên của các nhóm sau đều đã tắt: không còn ai nhận cuộc gọi của nhóm."),
    disable_anyway: "Vẫn tắt",
    preview_title: |n| format!("Tắt {} số nội bộ: các nhóm có các số này", vi(n as u64)),
    preview_no_groups: "Không số nào thuộc nhóm nào.",
    preview_left: |after, of| format!("còn {} trong {} thành viên chưa biết là đã tắt", vi(after as u64), vi(of as u64)),
    preview_warning: |n| format!("{} nhóm sẽ có mọi thành viên đều đã tắt.", vi(n as u64)),
    preview_understood: |_| "Chấp nhận để các nhóm đó không còn ai nhận cuộc gọi".to_string(),
    preview_go: |n| format!("Tắt {} số nội bộ", vi(n as u64)),
    preview_failed: "Không xác định được việc tắt này ảnh hưởng tới đâu.",
    disable_unchecked: "Tắt mà không kiểm tra",
    since_title: "Kể từ lần xem trước",
    since_comparing: "Đang so với lần đọc trước lưu trong trình duyệt này…",
    since_first: "Đây là lần đọc đầu tiên lưu trong trình duyệt này cho tài khoản này: lần sau sẽ được so với nó.",
    since_nothing: |when| format!("Không có gì thay đổi kể từ lần đọc lúc {when}."),
    since_count: |n, here, when| format!("{} thay đổi kể từ lần đọc lúc {when}, {} trong số đó làm từ trình duyệt này. Đánh dấu đã xem để lần đọc sau so với lần này.", vi(n), vi(here)),
    since_failed: |why| format!("Không hiển thị được những gì đã thay đổi kể từ lần xem trước: {why}"),
    store_unavailable: "trình duyệt này không cho trang lưu dữ liệu (cửa sổ ẩn danh, hoặc đã tắt lưu trữ).",
    store_full: "bộ nhớ của trình duyệt dành cho trang đã đầy. Hãy giải phóng bớt (Hoạt động: Xoá nhật ký), rồi Đọc lại.",
    store_failed: |why| format!("bộ nhớ của trình duyệt gặp lỗi ({why}). Đọc lại để thử lại."),
    mark_seen: "Đánh dấu đã xem",
    from_here: "từ trình duyệt này",
    change_added: "đã thêm",
    change_removed: "đã bỏ",
    change_deleted: "đã đánh dấu xoá",
    change_restored: "không còn bị xoá",
    change_password: "đã đổi mật khẩu SIP",
    member_added: |m| format!("đã thêm thành viên {m}"),
    member_removed: |m| format!("đã bỏ thành viên {m}"),
    changes_csv_header: ["Loại", "Đối tượng", "Thay đổi", "Cũ", "Mới", "Làm từ trình duyệt này"],
};
