//! HTML pasted as text: tags become breaks, entities become characters.
//!
//! People paste page source, or text copied with stray markup (`<tweet …>`
//! placeholders, `&rsquo;`). Attribute values are not prose: a `"` inside
//! `<a href="…">` must never open a quote. Block tags become a line break
//! (a paragraph boundary for `segment`); inline tags vanish; `<q>` becomes
//! curly marks; `<script>`/`<style>` lose their contents. Everything is an
//! edit, so offsets still land on the pasted text.
//!
//! Linear: each `<` looks at most [`MAX_TAG`] bytes ahead, and a search for
//! a closer that fails (`-->`, `</script>`) is remembered and not repeated.

/// The longest tag read as one; a `<` with no `>` within this is text.
const MAX_TAG: usize = 2048;

/// Inline elements: removing them must not split a paragraph.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "s", "samp", "small",
    "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// Elements whose contents are not text.
const RAW: &[&str] = &["script", "style", "noscript", "template"];

/// What a piece of markup is replaced by.
pub(super) enum Replacement {
    Str(&'static str),
    Char(char),
}

/// Remembers failed searches so that none is repeated.
#[derive(Default)]
pub(super) struct Markup {
    no_comment_close: bool,
    no_raw_close: [bool; RAW.len()],
}

impl Markup {
    /// The markup at the start of `s` (which starts with `<` or `&`), as
    /// how many bytes it spans and what replaces them.
    pub(super) fn at(&mut self, s: &str) -> Option<(usize, Replacement)> {
        match s.as_bytes().first()? {
            b'&' => entity(s).map(|(len, c)| (len, Replacement::Char(c))),
            b'<' => self.tag(s),
            _ => None,
        }
    }

    fn tag(&mut self, s: &str) -> Option<(usize, Replacement)> {
        let b = s.as_bytes();
        if let Some(body) = s.strip_prefix("<!--") {
            if self.no_comment_close {
                return None;
            }
            return match body.find("-->") {
                Some(i) => Some((4 + i + 3, Replacement::Str(""))),
                None => {
                    self.no_comment_close = true;
                    None
                }
            };
        }
        let closing = b.get(1) == Some(&b'/');
        let name_at = if closing { 2 } else { 1 };
        let first = *b.get(name_at)?;
        // `<!DOCTYPE …>` and `<?xml …?>` are dropped like tags.
        let declaration = !closing && (first == b'!' || first == b'?');
        if !first.is_ascii_alphabetic() && !declaration {
            return None;
        }
        let name_len = b[name_at + 1..].iter().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_')).count() + 1;
        let after_name = name_at + name_len;
        if !declaration && !matches!(b.get(after_name), Some(b' ' | b'\t' | b'\n' | b'\r' | b'>' | b'/')) {
            return None;
        }
        let window = &b[..b.len().min(MAX_TAG)];
        let close = after_name + window.get(after_name..)?.iter().position(|&c| c == b'>' || c == b'<')?;
        if b[close] != b'>' {
            return None;
        }
        let end = close + 1;
        let name = s[name_at..after_name].to_ascii_lowercase();
        if declaration {
            return Some((end, Replacement::Str("")));
        }
        if let Some(k) = RAW.iter().position(|r| *r == name) {
            let self_closing = b[close - 1] == b'/';
            if !closing && !self_closing && !self.no_raw_close[k] {
                match find_closer(&s[end..], &name) {
                    Some(stop) => return Some((end + stop, Replacement::Str("\n"))),
                    None => self.no_raw_close[k] = true,
                }
            }
            return Some((end, Replacement::Str("\n")));
        }
        let rep = match name.as_str() {
            "q" if closing => Replacement::Char('”'),
            "q" => Replacement::Char('“'),
            n if INLINE.contains(&n) => Replacement::Str(""),
            _ => Replacement::Str("\n"),
        };
        Some((end, rep))
    }
}

/// The end of `</name …>` in `s`, case-insensitively.
fn find_closer(s: &str, name: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s[from..].find("</") {
        let at = from + i + 2;
        let tail = &b[at..];
        if tail.len() >= name.len() && tail[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            let gt = tail.iter().position(|&c| c == b'>')?;
            return Some(at + gt + 1);
        }
        from = at;
    }
    None
}

/// Decodes `&name;`, `&#NNN;` or `&#xHH;` at the start of `s`.
fn entity(s: &str) -> Option<(usize, char)> {
    let semi = s.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        // Numeric references to C1 bytes mean their Windows-1252 character.
        match code {
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x96 => '–',
            0x97 => '—',
            _ => char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())?,
        }
    } else {
        named(body)?
    };
    Some((semi + 1, c))
}

/// The named entities news text uses.
fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "shy" => '\u{ad}',
        "copy" => '©',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "oacute" => 'ó',
        "iacute" => 'í',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "szlig" => 'ß',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rep(s: &str) -> Option<(usize, String)> {
        Markup::default().at(s).map(|(n, r)| {
            (
                n,
                match r {
                    Replacement::Str(x) => x.to_owned(),
                    Replacement::Char(c) => c.to_string(),
                },
            )
        })
    }

    #[test]
    fn tags_entities_and_text_that_only_looks_like_them() {
        assert_eq!(rep("<p class=\"x\">Hi"), Some((13, "\n".into())));
        assert_eq!(rep("<em>Hi"), Some((4, "".into())));
        assert_eq!(rep("</q> he"), Some((4, "”".into())));
        assert_eq!(rep("<script>var a = \"x\";</SCRIPT> b"), Some((29, "\n".into())));
        assert_eq!(rep("<!-- \"x\" --> b"), Some((12, "".into())));
        assert_eq!(rep("&rsquo;s"), Some((7, "’".into())));
        assert_eq!(rep("&#8220;x"), Some((7, "“".into())));
        assert_eq!(rep("&#x201D;x"), Some((8, "”".into())));
        assert_eq!(rep("&#147;x"), Some((6, "“".into())));
        // Not markup: comparisons, hearts, lone ampersands, unclosed tags.
        assert_eq!(rep("< b and c > d"), None);
        assert_eq!(rep("<3 you"), None);
        assert_eq!(rep("& co"), None);
        assert_eq!(rep("&bogus;"), None);
        assert_eq!(rep("<b unclosed < b>"), None);
    }

    #[test]
    fn failed_searches_are_not_repeated() {
        let mut m = Markup::default();
        assert!(m.at("<!-- never closed").is_none());
        assert!(m.no_comment_close);
        assert!(matches!(m.at("<script>no end"), Some((8, Replacement::Str("\n")))));
        assert!(m.no_raw_close[0]);
    }
}
