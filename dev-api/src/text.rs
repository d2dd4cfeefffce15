//! Vietnamese text helpers for matching keywords the way an admin types them.

use unicode_normalization::UnicodeNormalization;

/// The text without diacritics, as the API's `group_name_unsigned` holds it.
pub fn unsign(s: &str) -> String {
    s.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// Lower-case and without diacritics: "Đỗ Thị Hồng Vy" -> "do thi hong vy".
pub fn fold(s: &str) -> String {
    unsign(s).to_lowercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_vietnamese() {
        assert_eq!(super::fold("Đỗ Thị Hồng Vy"), "do thi hong vy");
        assert_eq!(super::unsign("Nhóm Tech"), "Nhom Tech");
    }
}
