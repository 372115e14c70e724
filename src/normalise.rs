//! Stage 1: repair mis-decoded text, keeping a map back to the original.
//!
//! Two kinds of damage are common in pasted news text:
//! - UTF-8 read as Windows-1252 ("mojibake"): `â€œ` for “, `â€™` for ’,
//!   `Ã©` for é. The original bytes are recoverable, so they are decoded back.
//! - UTF-8 read as TIS-620 (Thai): “ ” ‘ ’ – — all become `โ` and the other
//!   bytes are lost. Which mark each `โ` was is inferred from its neighbours.
//!
//! Hard-wrapped lines (PDFs, e-mails) are rejoined: a line break that is a
//! wrap becomes a space of the same length (see [`wrap`]), so no offset
//! moves.
//!
//! Pasted HTML is read as text too (see [`markup`]): tags become breaks and
//! entities characters, whether or not repair is asked for, since quotation
//! marks inside tags are never quotations.
//!
//! The analysis runs on the repaired text; every offset reported to the user
//! is mapped back through [`Text::to_original`] so highlights land on what
//! was pasted.

mod markup;
mod wrap;

use std::borrow::Cow;

/// One replaced region: `orig` in the pasted text became `rep` in the
/// repaired text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    orig_start: usize,
    orig_end: usize,
    rep_start: usize,
    rep_end: usize,
}

/// The pasted text, its repaired reading and the map between them.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    pub original: &'a str,
    /// The text the analysis reads: `original` itself unless something
    /// (a repair, markup, a wrap) changed it, so most texts are not copied.
    pub repaired: Cow<'a, str>,
    edits: Vec<Edit>,
    /// How many marks/characters were repaired, by kind of damage.
    pub cp1252_repairs: usize,
    pub lossy_repairs: usize,
    /// How many HTML tags and entities were read as breaks or characters.
    pub markup_edits: usize,
    /// The byte offsets of the `\n`s in `repaired`, ascending: segmenting
    /// needs not find them again.
    pub newlines: Vec<usize>,
    /// Where each `By` or `BY` of `repaired` starts, ascending
    /// ([`crate::segment::by_positions`]): found by the survey of the text,
    /// not by a search of its own.
    pub bys: Vec<usize>,
}

impl<'a> Text<'a> {
    /// Whether anything was changed.
    pub fn was_repaired(&self) -> bool {
        !self.edits.is_empty()
    }

    /// Maps a byte offset in the repaired text to one in the original.
    /// An offset inside a replaced region maps to its start, or to its end
    /// when `is_end` (so a span never cuts a repaired character in half).
    /// Where markup was deleted, a start maps after it and an end before.
    pub fn to_original(&self, pos: usize, is_end: bool) -> usize {
        // The last edit starting before `pos` (at or before, for a start).
        let i = self.edits.partition_point(|e| if is_end { e.rep_start < pos } else { e.rep_start <= pos });
        let Some(e) = i.checked_sub(1).map(|i| self.edits[i]) else { return pos };
        if pos < e.rep_end {
            if is_end {
                e.orig_end
            } else {
                e.orig_start
            }
        } else {
            e.orig_end + (pos - e.rep_end)
        }
    }
}

/// What one scan of the pasted text finds: every `\n` and `By`, and which
/// kinds of byte that may start an edit occur at all.
struct Survey {
    newlines: Vec<usize>,
    /// Where each `By` or `BY` starts.
    bys: Vec<usize>,
    /// A `<` or `&`: markup may need reading.
    markup: bool,
    /// A character from U+00C0 to U+00FF (lead byte 0xC3): mojibake may.
    latin1: bool,
    /// A lead byte 0xE0, as of `โ`: Thai damage may.
    thai: bool,
}

/// Surveys `text` in one pass, a block of bytes at a time where it is
/// plain ASCII.
fn survey(text: &str) -> Survey {
    let b = text.as_bytes();
    // A line per 64 bytes is more than most news text has: growing the
    // vector from empty cost more than its search.
    let mut s = Survey { newlines: Vec::with_capacity(b.len() / 64), bys: Vec::new(), markup: false, latin1: false, thai: false };
    let mut at = 0;
    while let Some(i) = b.get(at..).and_then(|rest| crate::segment::scan::find_special_far(rest, [b'<', b'&', b'\n', b'B'])) {
        at += i;
        let lead = b[at];
        match lead {
            b'\n' => s.newlines.push(at),
            b'B' if matches!(b.get(at + 1), Some(b'y' | b'Y')) => s.bys.push(at),
            b'<' | b'&' => s.markup = true,
            0xC3 => s.latin1 = true,
            0xE0 => s.thai = true,
            _ => {}
        }
        // Past the whole character: continuation bytes need no look.
        at += crate::segment::scan::char_len(lead);
    }
    s
}

/// Repairs `original` when `repair` is set; otherwise the identity.
pub fn normalise(original: &str, repair: bool) -> Text<'_> {
    let found = survey(original);
    let mut text = Text {
        original,
        repaired: Cow::Borrowed(original),
        edits: Vec::new(),
        cp1252_repairs: 0,
        lossy_repairs: 0,
        markup_edits: 0,
        newlines: Vec::new(),
        bys: Vec::new(),
    };
    let wraps = wrap::breaks(original, &found.newlines);
    let lossy_thai = repair && found.thai && looks_like_thai_damage(original);
    // Nothing to repair and no markup: the text is read as it is, unless
    // a wrap (a `\n`) becomes a space.
    if !(found.markup || lossy_thai || (repair && found.latin1)) {
        let mut newlines = found.newlines;
        if !wraps.is_empty() {
            let mut out = String::with_capacity(original.len());
            let mut from = 0;
            for &i in &wraps {
                out.push_str(&original[from..i]);
                out.push(' ');
                from = i + 1;
            }
            out.push_str(&original[from..]);
            text.repaired = Cow::Owned(out);
            newlines.retain(|i| wraps.binary_search(i).is_err());
        }
        text.newlines = newlines;
        // (A wrap's space takes its `\n`'s place: no `By` moved.)
        text.bys = found.bys;
        return text;
    }
    // The repaired text's `\n`s, found as it is written.
    let mut newlines = Vec::with_capacity(found.newlines.len());
    let repair = repair && (found.latin1 || lossy_thai);
    let mut markup = markup::Markup::default();
    let mut out = String::with_capacity(original.len());
    let mut i = 0;
    // Whether a double quote opened by a repaired mark is still open in the
    // current paragraph: decides between ” and ’ for an ambiguous mark.
    let mut open_double = false;
    while i < original.len() {
        let rest = &original[i..];
        // Plain ASCII text is copied in runs: nothing in it needs repair.
        let plain = crate::segment::scan::find_special_far(rest.as_bytes(), [b'<', b'&', b'\n']).unwrap_or(rest.len());
        if plain > 0 {
            out.push_str(&rest[..plain]);
            i += plain;
            continue;
        }
        let ch = rest.chars().next().unwrap_or('\0');
        if ch == '\n' {
            if wraps.binary_search(&i).is_ok() {
                out.push(' ');
                i += 1;
                continue;
            }
            open_double = false;
            newlines.push(out.len());
        }
        if matches!(ch, '<' | '&') {
            if let Some((used, rep)) = markup.at(rest) {
                let mut buf = [0u8; 4];
                let rep = match rep {
                    markup::Replacement::Str(s) => s,
                    markup::Replacement::Char(c) => c.encode_utf8(&mut buf),
                };
                if rep.contains('\n') {
                    open_double = false;
                    newlines.extend(rep.match_indices('\n').map(|(k, _)| out.len() + k));
                }
                push_edit(&mut text.edits, &mut out, i, i + used, rep);
                text.markup_edits += 1;
                i += used;
                continue;
            }
        }
        // Only a character from U+00C0 to U+00FF (lead byte 0xC3) can open
        // mojibake, and only `โ` (0xE0) is Thai damage: others are copied.
        let lead = rest.as_bytes()[0];
        if !repair || !(lead == 0xC3 || (lossy_thai && lead == 0xE0)) {
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        if let Some((decoded, used)) = decode_cp1252_mojibake(rest) {
            push_edit(&mut text.edits, &mut out, i, i + used, &decoded);
            text.cp1252_repairs += 1;
            i += used;
            continue;
        }
        if lossy_thai {
            if let Some((mark, used)) = infer_thai_mark(original, i, open_double) {
                match mark {
                    '“' => open_double = true,
                    '”' => open_double = false,
                    _ => {}
                }
                let mut buf = [0u8; 4];
                push_edit(&mut text.edits, &mut out, i, i + used, mark.encode_utf8(&mut buf));
                text.lossy_repairs += 1;
                i += used;
                continue;
            }
        }
        out.push(ch);
        i += ch.len_utf8();
    }
    text.bys = crate::segment::by_positions(&out);
    text.repaired = Cow::Owned(out);
    text.newlines = newlines;
    text
}

fn push_edit(edits: &mut Vec<Edit>, out: &mut String, orig_start: usize, orig_end: usize, rep: &str) {
    let rep_start = out.len();
    out.push_str(rep);
    edits.push(Edit { orig_start, orig_end, rep_start, rep_end: out.len() });
}

/// The Windows-1252 byte a character stands for, if it is one.
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Decodes one mojibake sequence at the start of `s`: a UTF-8 lead byte and
/// its continuation bytes, each shown as its Windows-1252 character.
/// Returns the decoded text and how many bytes of `s` it replaces.
fn decode_cp1252_mojibake(s: &str) -> Option<(String, usize)> {
    let mut chars = s.char_indices();
    let (_, lead) = chars.next()?;
    let lead_b = cp1252_byte(lead)?;
    let need = match lead_b {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = vec![lead_b];
    let mut used = lead.len_utf8();
    for _ in 0..need {
        match chars.next() {
            Some((at, c)) => match cp1252_byte(c) {
                Some(b) if (0x80..=0xBF).contains(&b) => {
                    bytes.push(b);
                    used = at + c.len_utf8();
                }
                _ => break,
            },
            None => break,
        }
    }
    if bytes.len() == need + 1 {
        let decoded = std::str::from_utf8(&bytes).ok()?;
        // Only repair what decodes to something a real text would hold.
        let c = decoded.chars().next()?;
        if c.is_control() {
            return None;
        }
        return Some((decoded.to_owned(), used));
    }
    // `â€` with its third byte lost: 0x9D is undefined in Windows-1252, so ”
    // (E2 80 9D) is the usual victim.
    if bytes == [0xE2, 0x80] {
        return Some(("”".to_owned(), used));
    }
    None
}

/// The letter that marks TIS-620 damage: E2, the lead byte of every
/// typographic mark in UTF-8.
const THAI_LEAD: char = 'โ';

/// True when `โ` appears in a text that is otherwise not Thai: Thai prose
/// has many Thai letters per `โ` and few Latin ones; damaged Latin text is
/// mostly Latin letters, even where quotes are dense.
fn looks_like_thai_damage(s: &str) -> bool {
    // Without a `โ` there is nothing to count (a fast byte search).
    if !s.contains(THAI_LEAD) {
        return false;
    }
    let mut marks = 0usize;
    let mut thai = 0usize;
    let mut latin = 0usize;
    for c in s.chars() {
        if c == THAI_LEAD {
            marks += 1;
        } else if ('\u{0E00}'..='\u{0E7F}').contains(&c) {
            thai += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    marks > 0 && latin > 2 * (thai + marks)
}

/// Which mark a damaged `โ` at byte `i` most likely was.
fn infer_thai_mark(s: &str, i: usize, open_double: bool) -> Option<(char, usize)> {
    let rest = &s[i..];
    if !rest.starts_with(THAI_LEAD) {
        return None;
    }
    let used = THAI_LEAD.len_utf8();
    let before = s[..i].chars().next_back();
    let after = rest[used..].chars().next();
    // `โข` is ™ and `ยฉ`-style pairs are symbols in chrome; leave them.
    if after.is_some_and(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)) {
        return None;
    }
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mark = if space(before) && space(after) {
        '—'
    } else if word(before) && word(after) {
        '’'
    } else if space(before) || before.is_some_and(|c| "([{—–-/".contains(c)) {
        '“'
    } else if !open_double && before == Some('s') && space(after) {
        // "the members' support": a plural possessive, not a closing quote.
        '’'
    } else if open_double || !word(after) {
        '”'
    } else {
        '’'
    };
    Some((mark, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line breaks and `By`s handed to segmenting are those of the
    /// repaired text, found by the survey or after the edits.
    #[test]
    fn line_breaks_and_bys_are_known_whether_or_not_the_text_was_repaired() {
        let wrapped = "The harbour board met on Tuesday evening and voted to rebuild the\n\
            pier before the summer season, whatever the final cost to the island\n\
            turns out to be, the chair said after the vote at the end of the day\n\
            and the ferry company would be told of it on the Wednesday morning.\n\nNext.\n";
        let texts = [
            wrapped,
            "One.\n\nTwo\nthree.",
            "No break",
            "\n\n",
            "“Yes.”\nNo.",
            "a <b>b</b>\nc<p>d</p>\n",
            "Ã©tÃ©\nâ€œYesâ€ she said\n",
            "Brussels (CNN) โ Rubio said, โItโs short,โ and left.\nThe membersโ support held firm in the long run today.",
            "é\n𝄞\n",
            "By Ana\nBYy By\nBay aBy B",
            "x <b>By</b> Ana &amp; By\nBY\n",
            "Ã©tÃ© By Ana\nBy",
        ];
        for original in texts {
            for repair in [false, true] {
                let t = normalise(original, repair);
                let want: Vec<usize> = t.repaired.match_indices('\n').map(|(i, _)| i).collect();
                assert_eq!(t.newlines, want, "{original:?} {repair}");
                assert_eq!(t.bys, crate::segment::by_positions(&t.repaired), "{original:?} {repair}");
            }
        }
        assert_ne!(normalise(wrapped, true).repaired, wrapped);
    }

    #[test]
    fn text_without_damage_or_markup_is_copied_whole() {
        for original in ["“Yes,” said Ana Pé.\n", "Ã\n", "โรงเรียน"] {
            let t = normalise(original, true);
            assert_eq!(t.repaired, original);
            assert!(!t.was_repaired());
        }
        // Without markup, a wrap or a byte that may open damage, the text
        // is read in place, not copied.
        for (original, repair) in [("“Yes,” said Ana.\n\nNo.", true), ("Ã©\n", false), ("โรงเรียน", true)] {
            assert!(matches!(normalise(original, repair).repaired, Cow::Borrowed(_)), "{original:?}");
        }
        assert!(matches!(normalise("<b>x</b>", false).repaired, Cow::Owned(_)));
        assert!(normalise("Ã©", true).was_repaired());
    }

    #[test]
    fn repairs_cp1252_mojibake_and_maps_back() {
        let t = normalise("He said â€œhi thereâ€\u{9d} and Ã©tÃ© â€™90s", true);
        assert_eq!(t.repaired, "He said “hi there” and été ’90s");
        let open = t.repaired.find('“').unwrap();
        assert_eq!(&t.original[t.to_original(open, false)..t.to_original(open + 3, true)], "â€œ");
        let hi = open + '“'.len_utf8();
        assert_eq!(&t.original[t.to_original(hi, false)..t.to_original(hi + 8, true)], "hi there");
    }

    #[test]
    fn lost_third_byte_becomes_closing_mark() {
        let t = normalise("â€œYesâ€ she said", true);
        assert_eq!(t.repaired, "“Yes” she said");
    }

    #[test]
    fn infers_marks_from_thai_damage() {
        let src = "Brussels (CNN) โ Rubio said, โItโs short,โ and left. The membersโ support held firm in the long run today.";
        let t = normalise(src, true);
        assert_eq!(
            t.repaired,
            "Brussels (CNN) — Rubio said, “It’s short,” and left. The members’ support held firm in the long run today."
        );
    }

    #[test]
    fn thai_prose_is_left_alone() {
        let src = "โรงเรียนของเรา";
        assert_eq!(normalise(src, true).repaired, src);
    }

    #[test]
    fn html_tags_become_breaks_and_spans_map_outside_them() {
        let src = "<p>She said <em>&ldquo;no&rdquo;</em> today.</p><p class=\"x\">Next</p>";
        let t = normalise(src, false);
        assert_eq!(t.repaired, "\nShe said “no” today.\n\nNext\n");
        // “no” in the repaired text maps to &ldquo;no&rdquo; — not to the
        // <em> tags around it.
        let s = t.repaired.find('“').unwrap();
        let e = t.repaired.find('”').unwrap() + '”'.len_utf8();
        assert_eq!(&src[t.to_original(s, false)..t.to_original(e, true)], "&ldquo;no&rdquo;");
        let no = s + '“'.len_utf8();
        assert_eq!(&src[t.to_original(no, false)..t.to_original(no + 2, true)], "no");
        let next = t.repaired.find("Next").unwrap();
        assert_eq!(&src[t.to_original(next, false)..t.to_original(next + 4, true)], "Next");
    }

    #[test]
    fn identity_when_disabled() {
        let t = normalise("â€œx", false);
        assert_eq!(t.repaired, "â€œx");
        assert!(!t.was_repaired());
    }
}
