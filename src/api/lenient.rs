//! Field deserializers that never fail: real answers drop fields, send `null`, or send a
//! number where the contract shows a string. A value of the wrong type becomes `None`, so one
//! odd field shows as "—" instead of failing the whole page.
//!
//! They read the value straight from the parser, skipping what they do not keep, and never
//! build a `serde_json::Value` on the way: an answer of 20,000 groups is decoded at the size of
//! its models, not at several times the size of its JSON.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// A JSON value as these deserializers see it: a scalar they may keep, or something else.
enum Scalar {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Other,
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Str(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(i64::try_from(v).map_or(Scalar::Float(v as f64), Scalar::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Float(v))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

/// A string, or a number written as a string; anything else is `None`.
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Scalar::deserialize(d)? {
        Scalar::Str(s) => Some(s),
        Scalar::Int(n) => Some(n.to_string()),
        Scalar::Float(f) => serde_json::Number::from_f64(f).map(|n| n.to_string()),
        _ => None,
    })
}

/// An integer, or an integer written as a string; anything else is `None`.
pub fn int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Scalar::deserialize(d)? {
        Scalar::Int(n) => Some(n),
        Scalar::Float(f) => Some(f as i64),
        Scalar::Str(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A boolean, or `"true"`/`"false"` as the API sends `is_answer`; anything else is `None`.
pub fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(match Scalar::deserialize(d)? {
        Scalar::Bool(b) => Some(b),
        Scalar::Str(s) if s == "true" => Some(true),
        Scalar::Str(s) if s == "false" => Some(false),
        _ => None,
    })
}

/// An object read as `T`, or `None` for anything else. `T`'s fields are lenient themselves, so
/// an object never fails to be one.
pub struct Maybe<T>(pub Option<T>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Maybe<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = Maybe<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Maybe<T>, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                T::deserialize(map).map(|t| Maybe(Some(t)))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Maybe<T>, D::Error> {
                d.deserialize_any(self)
            }
            // Anything that is not an object is skipped, whatever it holds.
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Maybe<T>, A::Error> {
                ScalarVisitor.visit_seq(seq).map(|_| Maybe(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
            fn visit_unit<E>(self) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
            fn visit_none<E>(self) -> Result<Maybe<T>, E> {
                Ok(Maybe(None))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A list whose entries that are not objects are dropped, not fatal; a value that is not a
/// list at all is an empty list.
pub fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    struct V<T>(PhantomData<T>);
    impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::new();
            while let Some(Maybe(item)) = seq.next_element::<Maybe<T>>()? {
                items.extend(item);
            }
            Ok(items)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
            ScalarVisitor.visit_map(map).map(|_| Vec::new())
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
            d.deserialize_any(self)
        }
        fn visit_str<E>(self, _: &str) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_i64<E>(self, _: i64) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_u64<E>(self, _: u64) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_f64<E>(self, _: f64) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_bool<E>(self, _: bool) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_unit<E>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
    }
    d.deserialize_any(V(PhantomData))
}

/// A nested object of the expected shape, or `None`.
pub fn object<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Maybe::deserialize(d).map(|Maybe(t)| t)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    struct Item {
        #[serde(default, deserialize_with = "super::string")]
        name: Option<String>,
        #[serde(default, deserialize_with = "super::int")]
        n: Option<i64>,
    }

    #[derive(Debug, Deserialize)]
    struct Holder {
        #[serde(default, deserialize_with = "super::list")]
        items: Vec<Item>,
        #[serde(default, deserialize_with = "super::object")]
        one: Option<Item>,
    }

    #[test]
    fn entries_that_are_not_objects_are_dropped_and_the_rest_kept_in_order() {
        let h: Holder = serde_json::from_str(
            r#"{"items": [{"name": "a", "n": "3"}, 7, null, "x", [1, {"name": "no"}],
                {"name": 5, "n": 2.9, "extra": {"deep": [1]}}, {"name": {"no": 1}}],
                "one": [1]}"#,
        )
        .unwrap();
        let names: Vec<_> = h.items.iter().map(|i| (i.name.clone(), i.n)).collect();
        assert_eq!(
            names,
            [
                (Some("a".into()), Some(3)),
                (Some("5".into()), Some(2)),
                (None, None)
            ]
        );
        assert_eq!(h.one, None);
    }

    #[test]
    fn a_list_that_is_not_a_list_is_empty() {
        for odd in [
            r#"{"items": {"a": 1}}"#,
            r#"{"items": "x"}"#,
            r#"{"items": null}"#,
        ] {
            let h: Holder = serde_json::from_str(odd).unwrap();
            assert!(h.items.is_empty(), "{odd}");
        }
    }
}
