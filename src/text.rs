//! Text helpers: dates through the browser's `Intl`, ISO dates for files, and Vietnamese
//! diacritic folding for matching.

use std::cell::RefCell;
use std::cmp::Ordering;

use wasm_bindgen::JsValue;

use crate::lang::Lang;

/// Epoch milliseconds as a local date and time in the UI language, e.g. "2/12/2019, 13:49".
/// `None` for a value the browser cannot read as a date.
pub fn date_time(ms: i64, lang: Lang) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    if date.get_time().is_nan() {
        return None;
    }
    formatted(Formatter::DateTime, lang, &date)
}

/// A time from now in words, in the UI language: "in 23 hours", "5 minutes ago".
pub fn from_now(secs: i64, lang: Lang) -> String {
    let (per, unit) = unit_of(secs);
    let locales = js_sys::Array::of1(&lang.tag().into());
    let format = js_sys::Intl::RelativeTimeFormat::new(&locales, &js_sys::Object::new());
    format.format((secs / per) as f64, unit).into()
}

/// The largest unit a span of time fills at least once, and its length in seconds: a token
/// that expired decades ago reads "57 years ago", not "498,822 hours ago".
fn unit_of(secs: i64) -> (i64, &'static str) {
    const DAY: i64 = 86_400;
    match secs.saturating_abs() {
        s if s >= 365 * DAY => (365 * DAY, "year"),
        s if s >= 30 * DAY => (30 * DAY, "month"),
        s if s >= 2 * DAY => (DAY, "day"),
        s if s >= 3600 => (3600, "hour"),
        s if s >= 60 => (60, "minute"),
        _ => (1, "second"),
    }
}

/// Items in a sentence, "a, b and c"; past `cap`, the first `cap` and how many more.
pub fn names(items: &[String], and: &str, more: fn(usize) -> String, cap: usize) -> String {
    let (shown, last) = match items {
        [] => return String::new(),
        [one] => return one.clone(),
        _ if items.len() > cap => (&items[..cap], more(items.len() - cap)),
        [first @ .., last] => (first, last.clone()),
    };
    format!("{} {and} {last}", shown.join(", "))
}

/// A count in the UI language's digits grouping ("4,550", "4.550").
pub fn count(n: u64, lang: Lang) -> String {
    formatted(Formatter::Number, lang, &JsValue::from_f64(n as f64))
        .unwrap_or_else(|| n.to_string())
}

#[derive(Clone, Copy, PartialEq)]
enum Formatter {
    DateTime,
    Number,
}

thread_local! {
    /// Building an `Intl` formatter costs far more than using one (a table page formats a
    /// hundred dates): each kind is built once per language.
    static FORMATTERS: RefCell<Vec<(Formatter, Lang, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
}

/// Builds the formatters a table page uses, ahead of its first row. The first `Intl` date
/// formatter of a page load takes the browser tens of milliseconds (locale data): called while
/// a request is in flight, that time overlaps the network instead of following the answer.
pub fn prepare(lang: Lang) {
    formatter(Formatter::DateTime, lang);
    formatter(Formatter::Number, lang);
}

/// `value` formatted by the cached `Intl` formatter of that kind and language.
fn formatted(kind: Formatter, lang: Lang, value: &JsValue) -> Option<String> {
    formatter(kind, lang)
        .call1(&JsValue::NULL, value)
        .ok()?
        .as_string()
}

/// The `format` function of that kind and language, built on first use.
fn formatter(kind: Formatter, lang: Lang) -> js_sys::Function {
    FORMATTERS.with_borrow_mut(|cache| {
        if let Some((_, _, f)) = cache.iter().find(|(k, l, _)| *k == kind && *l == lang) {
            return f.clone();
        }
        let locales = js_sys::Array::of1(&lang.tag().into());
        let options = js_sys::Object::new();
        let f = match kind {
            Formatter::DateTime => {
                let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &k.into(), &v.into());
                let _ = set("dateStyle", "short");
                let _ = set("timeStyle", "short");
                js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
            }
            Formatter::Number => js_sys::Intl::NumberFormat::new(&locales, &options).format(),
        };
        cache.push((kind, lang, f.clone()));
        f
    })
}

/// Seconds since the epoch, by the browser's clock.
pub fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Compares text as the UI language sorts it (`Intl.Collator`): "Đỗ" sorts with "D" in
/// Vietnamese, and case does not split the list.
pub fn collator(lang: Lang) -> impl Fn(&str, &str) -> Ordering {
    let locales = js_sys::Array::of1(&lang.tag().into());
    let compare = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
    move |a, b| {
        let n = compare
            .call2(&JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|v| v.as_f64());
        n.and_then(|n| n.partial_cmp(&0.0))
            .unwrap_or(Ordering::Equal)
    }
}

/// Epoch milliseconds as ISO 8601 in UTC ("2019-12-02T06:49:33Z"), for files that other
/// programs read. Pure arithmetic, so it needs no browser.
pub fn iso_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Lower case without Vietnamese diacritics, for matching as people type:
/// "Đỗ Thị Hồng Vy" → "do thi hong vy".
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ'
            | 'ẩ' | 'ẫ' | 'ậ' => 'a',
            'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => {
                'e'
            }
            'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
            'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ'
            | 'ở' | 'ỡ' | 'ợ' => 'o',
            'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => {
                'u'
            }
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'đ' => 'd',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_a_sentence_and_a_long_list_is_cut() {
        let sips = |n: usize| (0..n).map(|i| (101 + i).to_string()).collect::<Vec<_>>();
        let more = |n: usize| format!("{n} more");
        assert_eq!(names(&[], "and", more, 3), "");
        assert_eq!(names(&sips(1), "and", more, 3), "101");
        assert_eq!(names(&sips(2), "and", more, 3), "101 and 102");
        assert_eq!(names(&sips(3), "and", more, 3), "101, 102 and 103");
        assert_eq!(names(&sips(5), "và", more, 3), "101, 102, 103 và 2 more");
    }

    #[test]
    fn a_span_is_told_in_the_largest_unit_it_fills() {
        assert_eq!(unit_of(-498_822 * 3600), (365 * 86_400, "year"));
        assert_eq!(unit_of(86_400), (3600, "hour"));
        assert_eq!(unit_of(3 * 86_400), (86_400, "day"));
        assert_eq!(unit_of(-90), (60, "minute"));
        assert_eq!(unit_of(59), (1, "second"));
        assert_eq!(unit_of(i64::MIN), (365 * 86_400, "year"));
    }

    #[test]
    fn folds_vietnamese_as_typed() {
        assert_eq!(fold("Đỗ Thị Hồng Vy"), "do thi hong vy");
        assert_eq!(fold("NHÓM TECH"), "nhom tech");
        // Decomposed input (combining marks) folds the same.
        assert_eq!(fold("Nho\u{301}m"), "nhom");
    }

    #[test]
    fn iso_dates_in_utc() {
        assert_eq!(iso_utc(1575269373331), "2019-12-02T06:49:33Z");
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(951_782_400_000), "2000-02-29T00:00:00Z");
    }
}
