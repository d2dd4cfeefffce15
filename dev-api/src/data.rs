//! The records dev-api serves: the contract page's examples verbatim, then generated ones.
//!
//! Records are kept as `serde_json::Value` shaped like the contract, never as the app's structs,
//! so a field name the app misreads shows up as a failing test.

use serde_json::{json, Value};

const CONTRACT: &str = include_str!("../data/contract.json");

#[derive(Clone)]
pub struct Db {
    pub extensions: Vec<Value>,
    pub groups: Vec<Value>,
    /// Outbound hotlines per `sip_user`.
    pub hotlines: Vec<(String, Vec<String>)>,
}

/// A small deterministic generator, so the data is the same at every start.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn hex_id(&mut self) -> String {
        format!("{:012x}{:012x}", self.next() >> 16, self.next() >> 16)
    }
}

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];
const MIDDLE: &[&str] = &[
    "Văn", "Thị", "Minh", "Ngọc", "Thu", "Quốc", "Thanh", "Hữu", "Đức", "Hoài", "Gia", "Bảo",
];
const GIVEN: &[&str] = &[
    "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hùng", "Hương", "Khánh",
    "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Quân", "Quyên", "Sơn",
    "Tâm", "Thảo", "Trang", "Trí", "Trung", "Tuấn", "Uyên", "Việt", "Yến", "Đạt",
];
const TEAMS: &[&str] = &[
    "Kinh doanh",
    "Chăm sóc khách hàng",
    "Kỹ thuật",
    "Kế toán",
    "Hỗ trợ đêm",
    "Tổng đài Hà Nội",
    "Tổng đài Đà Nẵng",
    "Tổng đài Sài Gòn",
    "Bảo hành",
    "Đặt lịch",
    "Khiếu nại",
    "Khách hàng VIP",
];
const STRATEGIES: &[&str] = &["enterprise", "rollover", "random"];

/// Epoch milliseconds around 2023–2024, where generated records were "created".
const EPOCH_BASE: u64 = 1_672_531_200_000;

impl Db {
    /// The data set at start: contract records plus generated ones; `groups` and
    /// `generated` are how many groups and extensions to generate beside the contract's.
    pub fn seed(groups: usize, generated: usize) -> Db {
        let contract: Value = serde_json::from_str(CONTRACT).expect("contract.json is valid JSON");
        let mut rng = Rng(0x5157_0ABD_2024_0001);
        let mut extensions: Vec<Value> = contract["extensions"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let contract_hotlines: Vec<String> = contract["hotlines"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let mut hotlines: Vec<(String, Vec<String>)> = extensions
            .iter()
            .filter_map(|e| e["sip_user"].as_str())
            .map(|s| (s.to_string(), contract_hotlines.clone()))
            .collect();

        let mut sip = 100;
        let mut agents = Vec::new();
        for i in 0..generated {
            sip += 1;
            if sip == 145 || sip == 147 {
                sip += 1;
            }
            let (sur, mid, given) = (rng.pick(SURNAMES), rng.pick(MIDDLE), rng.pick(GIVEN));
            let full_name = format!("{sur} {mid} {given}");
            let email = format!(
                "{}.{}{}@congty.vn",
                crate::text::fold(given),
                crate::text::fold(sur),
                sip
            )
            .replace(' ', "");
            let created =
                EPOCH_BASE + rng.below(300) as u64 * 86_400_000 + rng.below(86_400_000) as u64;
            let updated = created + rng.below(200) as u64 * 86_400_000;
            let agent_id = rng.hex_id();
            let password: String = (0..10)
                .map(|_| (b'a' + rng.below(26) as u8) as char)
                .collect();
            agents.push((agent_id.clone(), sip.to_string()));
            extensions.push(json!({
                "domain": "omiteam",
                "outbound_proxy": "wss://wssvn.omicrm.com",
                "sip_user": sip.to_string(),
                "password": password,
                "full_name": if i % 17 == 5 { Value::Null } else { json!(full_name) },
                "email": if i % 13 == 7 { Value::Null } else { json!(email) },
                "public_number": format!("842{:09}", 873_000_000 + rng.below(999_999)),
                "last_updated_date": updated,
                "created_date": created,
                "agent_id": agent_id,
                "enabled": i % 7 != 3,
            }));
            let lines: Vec<String> = match i % 5 {
                0 => Vec::new(),
                n => (0..n.min(3))
                    .map(|k| format!("02{}{:08}", 4 + k, 7_300_000 + i * 10 + k))
                    .collect(),
            };
            hotlines.push((sip.to_string(), lines));
        }

        let mut all_groups: Vec<Value> = contract["groups"].as_array().cloned().unwrap_or_default();
        // Past the default set (which the tests' counts rely on), some groups go wrong as real
        // ones do: a member whose extension is gone, a forward to a deleted group.
        let mut deleted_id: Option<String> = None;
        for i in 0..groups {
            let team = TEAMS[i % TEAMS.len()];
            let name = if i < TEAMS.len() {
                format!("Nhóm {team}")
            } else {
                format!("Nhóm {team} {}", i / TEAMS.len() + 1)
            };
            let count = 1 + rng.below(8);
            let mut members: Vec<Value> = (0..count)
                .map(|k| {
                    let (agent, sip_user) = &agents[rng.below(agents.len())];
                    json!({
                        "agent_id": agent,
                        "contact_id": rng.hex_id(),
                        // Even groups list their members against ring order, odd ones all tie.
                        "order": if i % 2 == 0 { count - 1 - k } else { 0 },
                        "view": null,
                        "timeout": 15 + 5 * rng.below(6),
                        "sip_user": if k % 2 == 0 { json!(sip_user) } else { Value::Null },
                        "hold_music_id": null,
                    })
                })
                .collect();
            let beyond_default = i >= crate::DEFAULT_GROUPS;
            if beyond_default && i % 13 == 0 {
                members.push(
                    json!({"agent_id": format!("gone-agent-{i}"), "sip_user": null, "order": 0}),
                );
            }
            let created = EPOCH_BASE + rng.below(300) as u64 * 86_400_000;
            let id = rng.hex_id();
            let is_deleted = i % 11 == 4;
            let to_deleted = deleted_id.clone().filter(|_| beyond_default && i % 17 == 0);
            let forward = i % 4 == 1 || to_deleted.is_some();
            let outer = to_deleted.unwrap_or_else(|| "62ff119508d4bf3ea694a44a".to_string());
            if is_deleted {
                deleted_id = Some(id.clone());
            }
            all_groups.push(json!({
                "_id": id,
                "tenant_id": "6209c98461c1cb163ded25f7",
                "group_name": name,
                "group_name_unsigned": crate::text::unsign(&name),
                "group_number": format!("{}", 40_000 + i * 7 + rng.below(7)),
                "created_date": created,
                "last_updated_date": created + rng.below(100) as u64 * 86_400_000,
                "create_by": {"id": "6209c98561c1cb163ded25fa", "name": "OMI Hotline"},
                "last_update_by": if i % 3 == 0 { Value::Null } else { json!({"id": "6209c98561c1cb163ded25fa", "name": "Quản trị viên"}) },
                "is_deleted": is_deleted,
                "note": if i % 3 == 1 { json!(format!("Trực {team}, giờ hành chính")) } else { Value::Null },
                "members": members,
                "is_forward_to_user_owner": if i % 5 == 2 { json!(true) } else { Value::Null },
                "is_forward_to_outer_group": forward,
                "outer_group_id": if forward { json!(outer) } else { Value::Null },
                "strategy": STRATEGIES[i % STRATEGIES.len()],
                "ring_back_id": "",
                "ring_back_name": null,
                "is_answer": "false",
                "target_timeout_type": if i % 3 == 2 { "internal_group" } else { "" },
                "target_timeout": if i % 3 == 2 { "62714" } else { "" },
                "target_timeout_name": if i % 3 == 2 { json!("Nhóm Sales") } else { Value::Null },
                "ring_group_type": if i % 2 == 0 { json!(0) } else { Value::Null },
                "ring_group_wait_time": 0,
                "ring_group_wait_time_sequence": 2,
                "ring_group_type_result": null,
                "enable_criteria": false,
                "criterias": [],
            }));
        }
        Db {
            extensions,
            groups: all_groups,
            hotlines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_default_groups_some_go_wrong_as_real_ones_do() {
        let db = Db::seed(200, 300);
        let agents: std::collections::HashSet<&str> = db
            .extensions
            .iter()
            .filter_map(|e| e["agent_id"].as_str())
            .collect();
        let unmatched = db
            .groups
            .iter()
            .flat_map(|g| g["members"].as_array().into_iter().flatten());
        assert!(unmatched
            .filter_map(|m| m["agent_id"].as_str())
            .any(|a| !agents.contains(a)));
        let deleted: std::collections::HashSet<&str> = db
            .groups
            .iter()
            .filter(|g| g["is_deleted"] == true)
            .filter_map(|g| g["_id"].as_str())
            .collect();
        assert!(db
            .groups
            .iter()
            .any(|g| g["is_forward_to_outer_group"] == true
                && g["outer_group_id"]
                    .as_str()
                    .is_some_and(|id| deleted.contains(id))));
        // The default set has neither: the tests' counts rely on it.
        let small = Db::seed(crate::DEFAULT_GROUPS, crate::DEFAULT_EXTENSIONS);
        assert!(!small.groups.iter().any(|g| g["outer_group_id"]
            .as_str()
            .is_some_and(|id| deleted.contains(id))));
    }
}
