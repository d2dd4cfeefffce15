//! The records of the API, named as the API names them. Every field is optional and lenient
//! (see `lenient`): the view decides how a missing value looks, the model never invents one.

use serde::Deserialize;

use super::lenient;

/// An extension (`số nội bộ`) as `internal_phone/list` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Extension {
    #[serde(default, deserialize_with = "lenient::string")]
    pub sip_user: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub full_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub public_number: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub domain: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub outbound_proxy: Option<String>,
    /// The SIP secret: shown only in the detail panel, behind a reveal button.
    #[serde(default, deserialize_with = "lenient::string")]
    pub password: Option<String>,
    /// Epoch milliseconds.
    #[serde(default, deserialize_with = "lenient::int")]
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    #[serde(default, deserialize_with = "lenient::int")]
    pub last_updated_date: Option<i64>,
    /// Not in the contract's example; `None` means the state is unknown.
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub enabled: Option<bool>,
    /// In newer docs; links an extension to group members.
    #[serde(default, deserialize_with = "lenient::string")]
    pub agent_id: Option<String>,
}

/// Who created or last changed a group.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Actor {
    #[serde(default, deserialize_with = "lenient::string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub name: Option<String>,
}

/// A member of an internal group.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Member {
    #[serde(default, deserialize_with = "lenient::string")]
    pub agent_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub contact_id: Option<String>,
    /// Ring order; ties keep the order of the list.
    #[serde(default, deserialize_with = "lenient::int")]
    pub order: Option<i64>,
    /// Seconds this member rings.
    #[serde(default, deserialize_with = "lenient::int")]
    pub timeout: Option<i64>,
    /// Often `null` in real answers.
    #[serde(default, deserialize_with = "lenient::string")]
    pub sip_user: Option<String>,
}

/// An internal group (`nhóm nội bộ`) as `internal_group/get_all` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Group {
    #[serde(rename = "_id", default, deserialize_with = "lenient::string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub group_name: Option<String>,
    /// The name without Vietnamese diacritics.
    #[serde(default, deserialize_with = "lenient::string")]
    pub group_name_unsigned: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub group_number: Option<String>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub created_date: Option<i64>,
    #[serde(default, deserialize_with = "lenient::int")]
    pub last_updated_date: Option<i64>,
    #[serde(default, deserialize_with = "lenient::object")]
    pub create_by: Option<Actor>,
    #[serde(default, deserialize_with = "lenient::object")]
    pub last_update_by: Option<Actor>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub is_deleted: Option<bool>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub note: Option<String>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub members: Vec<Member>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub is_forward_to_user_owner: Option<bool>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub is_forward_to_outer_group: Option<bool>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub outer_group_id: Option<String>,
    /// `enterprise`, `rollover` or `random`.
    #[serde(default, deserialize_with = "lenient::string")]
    pub strategy: Option<String>,
    /// What a call goes to when no member answers; its types are not documented.
    #[serde(default, deserialize_with = "lenient::string")]
    pub target_timeout_type: Option<String>,
    /// The destination itself: a group's number when the type is a group.
    #[serde(default, deserialize_with = "lenient::string")]
    pub target_timeout: Option<String>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub target_timeout_name: Option<String>,
}

/// What `GET /api/auth` returns.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AuthToken {
    #[serde(default, deserialize_with = "lenient::string")]
    pub access_token: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::Extension;

    #[test]
    fn wrong_types_become_none_and_unknown_fields_are_ignored() {
        let e: Extension = serde_json::from_str(
            r#"{"sip_user": 147, "full_name": {"x": 1}, "email": null, "created_date": "1575251355778",
                "last_updated_date": "yesterday", "enabled": "true", "surprise": [1, 2]}"#,
        )
        .unwrap();
        assert_eq!(e.sip_user.as_deref(), Some("147"));
        assert_eq!(e.full_name, None);
        assert_eq!(e.email, None);
        assert_eq!(e.created_date, Some(1575251355778));
        assert_eq!(e.last_updated_date, None);
        assert_eq!(e.enabled, Some(true));
        assert_eq!(e.domain, None);
    }
}
