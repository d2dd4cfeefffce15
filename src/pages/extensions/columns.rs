//! The extensions table's columns: their names in the URL (`?sort=`), their headings, and how
//! each orders two rows.

use std::cmp::Ordering;

use crate::api::Extension;
use crate::i18n::Texts;
use crate::status::Statuses;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Col {
    Extension,
    Name,
    Email,
    PublicNumber,
    Domain,
    Proxy,
    Created,
    Updated,
    Status,
}

pub const COLUMNS: [Col; 9] = [
    Col::Extension,
    Col::Name,
    Col::Email,
    Col::PublicNumber,
    Col::Domain,
    Col::Proxy,
    Col::Created,
    Col::Updated,
    Col::Status,
];

impl Col {
    /// The column's name in the URL (`?sort=name`, `?sort=-name` for descending).
    pub fn code(self) -> &'static str {
        match self {
            Col::Extension => "extension",
            Col::Name => "name",
            Col::Email => "email",
            Col::PublicNumber => "public_number",
            Col::Domain => "domain",
            Col::Proxy => "proxy",
            Col::Created => "created",
            Col::Updated => "updated",
            Col::Status => "status",
        }
    }

    /// The column and direction (`true`: ascending) a `sort` value names; `None` for none.
    pub fn parse_sort(value: &str) -> Option<(Col, bool)> {
        let (code, ascending) = match value.strip_prefix('-') {
            Some(code) => (code, false),
            None => (value, true),
        };
        COLUMNS
            .into_iter()
            .find(|c| c.code() == code)
            .map(|c| (c, ascending))
    }

    pub fn title(self, t: &Texts) -> &'static str {
        match self {
            Col::Extension => t.col_extension,
            Col::Name => t.col_name,
            Col::Email => t.col_email,
            Col::PublicNumber => t.col_public_number,
            Col::Domain => t.col_domain,
            Col::Proxy => t.col_proxy,
            Col::Created => t.col_created,
            Col::Updated => t.col_updated,
            Col::Status => t.col_status,
        }
    }

    /// Orders two rows by this column; missing values sort last. `text` compares words in the
    /// UI language.
    pub fn compare(
        self,
        a: &Extension,
        b: &Extension,
        statuses: &Statuses,
        text: &dyn Fn(&str, &str) -> Ordering,
    ) -> Ordering {
        fn opt<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
            match (a, b) {
                (Some(a), Some(b)) => a.cmp(&b),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
        }
        let words = |x: &Option<String>, y: &Option<String>| match (x.as_deref(), y.as_deref()) {
            (Some(x), Some(y)) => text(x, y),
            (x, y) => opt(x, y),
        };
        match self {
            // Extensions are numbers more often than not: 99 before 100.
            Col::Extension => {
                let num = |e: &Extension| e.sip_user.as_deref().and_then(|s| s.parse::<u64>().ok());
                opt(num(a), num(b)).then_with(|| words(&a.sip_user, &b.sip_user))
            }
            Col::Name => words(&a.full_name, &b.full_name),
            Col::Email => words(&a.email, &b.email),
            Col::PublicNumber => words(&a.public_number, &b.public_number),
            Col::Domain => words(&a.domain, &b.domain),
            Col::Proxy => words(&a.outbound_proxy, &b.outbound_proxy),
            Col::Created => opt(a.created_date, b.created_date),
            Col::Updated => opt(a.last_updated_date, b.last_updated_date),
            Col::Status => {
                let state =
                    |e: &Extension| statuses.state(e.sip_user.as_deref().unwrap_or(""), e.enabled);
                opt(state(a).map(|s| !s), state(b).map(|s| !s))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_values_from_the_url() {
        assert_eq!(Col::parse_sort("name"), Some((Col::Name, true)));
        assert_eq!(Col::parse_sort("-updated"), Some((Col::Updated, false)));
        assert_eq!(
            Col::parse_sort("public_number"),
            Some((Col::PublicNumber, true))
        );
        assert_eq!(Col::parse_sort("password"), None);
        assert_eq!(Col::parse_sort(""), None);
        for col in COLUMNS {
            assert_eq!(
                Col::parse_sort(&format!("-{}", col.code())),
                Some((col, false))
            );
        }
    }
}
