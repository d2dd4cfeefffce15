//! Reading an answer whose payload is a long list as it arrives: [`Split`] hands out each entry
//! of the envelope's `payload` array as soon as its bytes are in, and keeps the rest of the
//! envelope (with `"payload":[]`) for [`super::decode`] to judge at the end. The whole body is
//! then never in memory at once, and no entry waits for the last byte.
//!
//! Anything it does not recognise (no top-level object, a payload that is not an array, text
//! that is not JSON) goes to the rest untouched, so the answer is judged exactly as a whole
//! body would be.

/// Where the scan is.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Stage {
    /// Before the payload's array: bytes go to the rest.
    Envelope,
    /// Inside the payload's array: entries are handed out.
    Entries,
    /// After it: bytes go to the rest.
    Done,
}

pub struct Split {
    stage: Stage,
    /// Nesting of `{` and `[` outside strings.
    depth: u32,
    in_string: bool,
    escaped: bool,
    /// In the top-level object: whether the next string is a key.
    expect_key: bool,
    /// The last key of the top-level object, while it is short enough to be `payload`.
    key: Vec<u8>,
    in_key: bool,
    /// Seen `"payload":`, waiting for its value.
    payload_next: bool,
    /// The bytes of the entry being read.
    entry: Vec<u8>,
    /// What the entry is: a nested value (`{`/`[`), a string, or a bare word or number.
    entry_kind: Option<u8>,
    rest: Vec<u8>,
}

const PAYLOAD: &[u8] = b"payload";

impl Split {
    pub fn new() -> Self {
        Split {
            stage: Stage::Envelope,
            depth: 0,
            in_string: false,
            escaped: false,
            expect_key: false,
            key: Vec::new(),
            in_key: false,
            payload_next: false,
            entry: Vec::new(),
            entry_kind: None,
            rest: Vec::new(),
        }
    }

    /// Reads the next bytes of the body, calling `each` with every entry they complete.
    pub fn feed(&mut self, chunk: &[u8], each: &mut dyn FnMut(&[u8])) {
        for &b in chunk {
            match self.stage {
                Stage::Envelope => self.envelope(b),
                Stage::Entries => self.entries(b, each),
                Stage::Done => self.rest.push(b),
            }
        }
    }

    /// The envelope without its entries, once the body has ended.
    pub fn rest(self) -> Vec<u8> {
        let mut rest = self.rest;
        // A body cut inside the array: its end is lost as a whole body's would be.
        rest.extend_from_slice(&self.entry);
        rest
    }

    fn envelope(&mut self, b: u8) {
        self.rest.push(b);
        if self.in_string {
            match self.string_byte(b) {
                Some(true) if self.in_key => {
                    self.in_key = false;
                    self.expect_key = false;
                }
                Some(false) if self.in_key && self.key.len() <= PAYLOAD.len() => self.key.push(b),
                _ => {}
            }
            return;
        }
        let top = self.depth == 1;
        match b {
            b'"' => {
                self.in_string = true;
                if top && self.expect_key {
                    self.in_key = true;
                    self.key.clear();
                }
                self.payload_next = false;
            }
            b':' if top => self.payload_next = self.key == PAYLOAD,
            b',' if top => {
                self.expect_key = true;
                self.payload_next = false;
            }
            b'[' if top && self.payload_next => {
                self.depth += 1;
                self.stage = Stage::Entries;
            }
            b'{' | b'[' => {
                self.depth += 1;
                self.expect_key = self.depth == 1 && b == b'{';
                self.payload_next = false;
            }
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                self.payload_next = false;
            }
            b if b.is_ascii_whitespace() => {}
            _ => self.payload_next = false,
        }
    }

    fn entries(&mut self, b: u8, each: &mut dyn FnMut(&[u8])) {
        let Some(kind) = self.entry_kind else {
            match b {
                b']' => self.end_of_array(),
                b',' => {}
                b if b.is_ascii_whitespace() => {}
                _ => self.start_entry(b),
            }
            return;
        };
        if kind != b'"' && kind != b'{' && kind != b'[' {
            // A bare word or number ends at what cannot be part of it.
            if b == b',' || b == b']' || b.is_ascii_whitespace() {
                self.hand_out(each);
                if b == b']' {
                    self.end_of_array();
                }
                return;
            }
            self.entry.push(b);
            return;
        }
        self.entry.push(b);
        if self.in_string {
            if self.string_byte(b) == Some(true) && kind == b'"' {
                self.hand_out(each);
            }
            return;
        }
        match b {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth -= 1;
                if self.depth == 2 {
                    self.hand_out(each);
                }
            }
            _ => {}
        }
    }

    /// A byte inside a string: `Some(true)` when it ends the string, `Some(false)` when it is
    /// a character of it, `None` when it is part of an escape.
    fn string_byte(&mut self, b: u8) -> Option<bool> {
        if self.escaped {
            self.escaped = false;
            None
        } else if b == b'\\' {
            self.escaped = true;
            None
        } else if b == b'"' {
            self.in_string = false;
            Some(true)
        } else {
            Some(false)
        }
    }

    fn start_entry(&mut self, b: u8) {
        self.entry.push(b);
        self.entry_kind = Some(b);
        match b {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            _ => {}
        }
    }

    fn hand_out(&mut self, each: &mut dyn FnMut(&[u8])) {
        each(&self.entry);
        self.entry.clear();
        self.entry_kind = None;
    }

    fn end_of_array(&mut self) {
        // The `[` went in as the array began.
        self.rest.push(b']');
        self.depth -= 1;
        self.stage = Stage::Done;
    }
}

#[cfg(test)]
mod tests {
    use super::Split;

    /// The entries and the rest of `body`, fed in pieces of `n` bytes.
    fn split(body: &str, n: usize) -> (Vec<String>, String) {
        let mut split = Split::new();
        let mut entries = Vec::new();
        for piece in body.as_bytes().chunks(n) {
            split.feed(piece, &mut |e| {
                entries.push(String::from_utf8_lossy(e).into_owned())
            });
        }
        (entries, String::from_utf8_lossy(&split.rest()).into_owned())
    }

    #[test]
    fn hands_out_each_entry_of_the_payload_whatever_the_pieces() {
        let body = r#"{"status_code":9999, "instance_id":"a[{\"", "payload" : [ {"a":"x]}\"y","b":[1,{"c":2}]}, 7 ,"s,]", [1,[2]], null,{} ],"key_enabled":false}"#;
        for n in 1..body.len() {
            let (entries, rest) = split(body, n);
            assert_eq!(
                entries,
                [
                    r#"{"a":"x]}\"y","b":[1,{"c":2}]}"#,
                    "7",
                    r#""s,]""#,
                    "[1,[2]]",
                    "null",
                    "{}"
                ],
                "in pieces of {n}"
            );
            assert_eq!(
                rest,
                r#"{"status_code":9999, "instance_id":"a[{\"", "payload" : [],"key_enabled":false}"#
            );
        }
    }

    #[test]
    fn only_the_top_level_payload_is_split() {
        let body = r#"{"x":{"payload":[1,2]},"payload":[{"n":1}],"status_code":9999}"#;
        let (entries, rest) = split(body, 5);
        assert_eq!(entries, [r#"{"n":1}"#]);
        assert_eq!(
            rest,
            r#"{"x":{"payload":[1,2]},"payload":[],"status_code":9999}"#
        );
        // A value that merely says "payload" is not the key.
        let body = r#"{"note":"payload","other":[1],"payload":{"error":"x"}}"#;
        assert_eq!(split(body, 3), (vec![], body.to_string()));
    }

    #[test]
    fn what_is_not_an_envelope_with_a_list_is_left_whole() {
        for body in [
            "<html>Bad gateway</html>",
            "[1,2,3]",
            r#"{"status_code":-9999,"payload":{"error":"e","message":"[m]"}}"#,
            "{not json",
            "",
        ] {
            assert_eq!(split(body, 2), (vec![], body.to_string()), "{body}");
        }
        // Cut off inside the list: what was read of the last entry stays, and fails to decode
        // as a cut-off body does.
        let (entries, rest) = split(r#"{"payload":[{"a":1},{"b""#, 4);
        assert_eq!(entries, [r#"{"a":1}"#]);
        assert_eq!(rest, r#"{"payload":[{"b""#);
    }
}
