//! Stage 3: quotations — marked, nested, continued across paragraphs, and
//! unmarked speech (`Name: …`, interview turns, embedded posts).
//!
//! One pass over each paragraph's characters. Each quotation mark is
//! classified by its neighbours, in the spirit of CommonMark's flanking
//! rules: a mark with space before and a word after can open, one with a
//! word or punctuation before and space after can close, and a mark between
//! two letters is an apostrophe. Openers go on a stack; a closer pairs with
//! the nearest compatible opener. Counting marks is never used, so one stray
//! mark cannot derail the rest of the article.

use crate::segment::{Doc, TokKind};
use crate::QuoteKind;

/// One quotation found in the text. Byte offsets into the repaired text.
#[derive(Debug, Clone)]
pub struct QuoteSpan {
    /// Content, without the marks.
    pub start: usize,
    pub end: usize,
    /// Bounds including the marks (equal to the content when unmarked).
    pub outer_start: usize,
    pub outer_end: usize,
    pub kind: QuoteKind,
    /// Index of the enclosing quote, for nested quotes.
    pub parent: Option<usize>,
    /// Continues the quote in the previous paragraph (news convention:
    /// every paragraph of a long quote opens with a mark).
    pub continues: bool,
    /// For unmarked speech: the speaker label ("Rubio" in "Rubio: …", the
    /// name in a post's signature).
    pub label: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Corner,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    ch: char,
    len: usize,
    can_open: bool,
    can_close: bool,
}

#[derive(Debug)]
struct Open {
    mark: Mark,
    family: Family,
    /// Where its children (quotes closed while it was open) start in
    /// [`Stack::children`]: those after it are its own.
    children: usize,
    /// Its pairing key, if it is listed under one, and the opener listed
    /// under that key before it ([`NONE_BELOW`] for none). (Small types:
    /// a run of marks never closed keeps one of these per mark, the
    /// largest part of its memory.)
    key: Option<u8>,
    below: usize,
}

/// [`Open::below`] of an opener with none below it under its key.
const NONE_BELOW: usize = usize::MAX;

fn family(c: char) -> Family {
    match c {
        '"' | '“' | '”' | '„' | '«' | '»' | '‟' => Family::Double,
        '「' | '」' | '『' | '』' => Family::Corner,
        _ => Family::Single,
    }
}

fn is_mark(c: char) -> bool {
    crate::segment::is_quote_mark(c)
}

fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Elisions that start with an apostrophe: 'em, 'til, '90s, rock 'n' roll.
fn is_leading_elision(after: &str) -> bool {
    // At most a few letters: a mark before a long word must stay O(1).
    let word_len: usize = after.chars().take(8).take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
    // Lowered on the stack when ASCII, as it nearly always is: this runs
    // at every apostrophe.
    let raw = &after[..word_len];
    let mut buf = [0u8; 8];
    let owned;
    let word: &str = match buf.get_mut(..raw.len()) {
        Some(dst) if raw.is_ascii() => {
            dst.copy_from_slice(raw.as_bytes());
            dst.make_ascii_lowercase();
            std::str::from_utf8(dst).unwrap_or_default()
        }
        _ => {
            owned = raw.to_lowercase();
            &owned
        }
    };
    let word_ends = after[word_len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        // '90s, '24 — but not '2 + 2', a quoted number sentence.
        return word.len() == 2 || (word.len() == 3 && word.ends_with('s'));
    }
    word_ends && matches!(word, "em" | "til" | "n" | "cause" | "bout" | "tis" | "twas" | "round" | "nuff")
}

/// Classifies a mark at `at` in `p` (a paragraph) by its neighbours.
/// `len` is its length in bytes and `ch` the mark it stands for: `''` and
/// ``` `` ``` are read as `"` and `“` (typewriter doubles, as in NYT text).
fn classify(p: &str, at: usize, len: usize, ch: char) -> Mark {
    let mut before = p[..at].chars().next_back();
    let after_str = &p[at + len..];
    let mut after = after_str.chars().next();
    // French sets guillemets off with a (narrow) space: « Non », read as «Non».
    let thin = |c: Option<char>| c.is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'));
    match ch {
        '«' | '‹' if thin(after) && before.is_none_or(char::is_whitespace) => {
            after = after_str.chars().nth(1);
        }
        '»' | '›' if thin(before) && !after.is_some_and(char::is_alphanumeric) => {
            before = p[..at].chars().rev().nth(1);
        }
        _ => {}
    }
    let space_before = before.is_none_or(char::is_whitespace);
    let space_after = after.is_none_or(char::is_whitespace);
    // CommonMark flanking, treating other quote marks as punctuation.
    let left_flanking = !space_after && (!after.is_some_and(is_punct) || space_before || before.is_some_and(is_punct));
    let right_flanking = !space_before && (!before.is_some_and(is_punct) || space_after || after.is_some_and(is_punct));
    let letters_around = before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
    let (can_open, can_close) = match ch {
        '“' | '„' | '«' | '‹' | '「' | '『' | '‟' | '‚' => {
            (!right_flanking || left_flanking, right_flanking && !left_flanking)
        }
        // `surprising,”Clinton said`: a right mark glued to the next word
        // after a comma or a stop still closes (a space lost in the paste).
        '”' | '»' | '›' | '」' | '』' => {
            let glued = before.is_some_and(|c| matches!(c, ',' | '.' | '?' | '!')) && after.is_some_and(char::is_alphabetic);
            (left_flanking && !right_flanking, right_flanking || !left_flanking || glued)
        }
        // `'outreach,' " he told`: a mark set off by spaces after a
        // closing comma or inner mark still closes.
        '"' => {
            let after_punct = space_before && space_after && p[..at].trim_end().ends_with([',', '.', '?', '!', '\'', '’']);
            (left_flanking && !right_flanking, right_flanking || after_punct)
        }
        '‘' | '‛' => {
            if letters_around || (space_before && is_leading_elision(after_str)) {
                (false, false)
            } else {
                (left_flanking, right_flanking && !left_flanking)
            }
        }
        // ’ and ': apostrophes between letters or before an elision;
        // otherwise flanking decides.
        _ => {
            // The second mark of rock 'n' roll.
            let n_elision = matches!(p[..at].strip_suffix('n'), Some(b) if b.ends_with(" '") || b.ends_with(" ’"));
            if letters_around || n_elision || (left_flanking && is_leading_elision(after_str)) {
                (false, false)
            } else {
                (left_flanking && !right_flanking && ch == '\'', right_flanking)
            }
        }
    };
    Mark { at, ch, len, can_open, can_close }
}

/// The quotation marks of a paragraph as `(byte offset, length, mark)`,
/// found by a scan of its bytes (see [`marks_at`]).
fn marks(p: &str) -> impl Iterator<Item = (usize, usize, char)> + '_ {
    marks_at(p, stops(p.as_bytes(), 0, p.len()))
}

/// Where a mark may start in `bytes[from..to]`: each `'`, `"` and
/// backtick, and each character outside ASCII (its lead byte), skipping
/// plain ASCII by words of bytes.
fn stops(bytes: &[u8], from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        let at = pos + crate::segment::scan::find_special(bytes.get(pos..to)?, [b'\'', b'"', b'`'])?;
        pos = at + crate::segment::scan::char_len(bytes[at]);
        Some(at)
    })
}

/// [`marks`] of the paragraph `start..end` (offsets from `start`), whose
/// tokens of [`Doc::mark_tokens`] are `tokens`, read off those tokens
/// rather than the bytes (the others hold no mark): a mark
/// stands alone as a token (a backtick as punctuation), or inside a word,
/// where only a word with a character outside ASCII need be looked
/// through. An ASCII word holds a mark only as an inner apostrophe
/// ("don't"), between two letters or digits, which neither opens nor
/// closes (see [`classify`]). The same walk notes in `seen` whether the
/// paragraph holds an `@` or a `:` (each always a token of its own), for
/// unmarked speech: neither is searched for again.
fn para_marks<'d>(
    doc: &'d Doc,
    (start, end): (usize, usize),
    tokens: &'d [usize],
    seen: &'d mut Seen,
) -> impl Iterator<Item = (usize, usize, char)> + 'd {
    let bytes = doc.text().as_bytes();
    let mut toks = tokens.iter().map(|&i| &doc.tokens()[i]);
    // The rest of a word outside ASCII still to look through.
    let (mut pos, mut to) = (0, 0);
    let starts = std::iter::from_fn(move || loop {
        if pos < to {
            if let Some(k) = crate::segment::scan::find_special(&bytes[pos..to], [b'\'', b'"', b'`']) {
                let at = pos + k;
                pos = at + crate::segment::scan::char_len(bytes[at]);
                return Some(at - start);
            }
            pos = to;
        }
        // (Each is a token outside ASCII or a mark, `@` or `:`.)
        let t = toks.next()?;
        if t.kind == TokKind::Word {
            (pos, to) = (t.start, t.end);
            continue;
        }
        match bytes[t.start] {
            b'\'' | b'"' | b'`' | 0x80.. => return Some(t.start - start),
            b'@' => seen.at_sign = true,
            b':' => seen.colon = true,
            _ => {}
        }
    });
    marks_at(&doc.text()[start..end], starts)
}

/// The last byte of `b[..i]` that is `'` or 0x99 (the last byte of `’`),
/// searched back a word of eight bytes at a time: a word of plain ASCII
/// without `'`, most of a paragraph, is passed over whole. (Natively:
/// in the wasm the search is by the byte, 0.5 KB smaller.)
fn last_apostrophe_byte(b: &[u8], mut i: usize) -> Option<usize> {
    const LO: u64 = u64::from_le_bytes([1; 8]);
    if cfg!(target_arch = "wasm32") {
        return b[..i].iter().rposition(|&c| c == b'\'' || c == 0x99);
    }
    loop {
        // (The zero-byte test of `w ^ '\''` may flag a byte that is not
        // `'`: the word's bytes are then read one by one.)
        while let Some(w) = i.checked_sub(8).and_then(|s| crate::segment::scan::word_at(b, s)) {
            if (w | (w ^ (LO * u64::from(b'\''))).wrapping_sub(LO)) & crate::segment::scan::HI != 0 {
                break;
            }
            i -= 8;
        }
        let s = i.saturating_sub(8);
        if let Some(k) = b[s..i].iter().rposition(|&c| c == b'\'' || c == 0x99) {
            return Some(s + k);
        }
        if s == 0 {
            return None;
        }
        i = s;
    }
}

/// What [`para_marks`] saw in a paragraph besides its marks: an `@` (a
/// post's signature may follow) and a `:` (a `Label:` may open it).
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    at_sign: bool,
    colon: bool,
}

/// The marks of `p` that start at the offsets `stops` gives (ascending;
/// every mark's first byte among them).
///
/// Two typewriter apostrophes (`''`) stand for one double mark, and two
/// backticks for an opening one. In a run of three apostrophes the single
/// mark is the inner one: it comes first when the run closes a quote
/// (`…no.'''`) and last when it opens one.
fn marks_at<'p>(p: &'p str, mut stops: impl Iterator<Item = usize> + 'p) -> impl Iterator<Item = (usize, usize, char)> + 'p {
    let bytes = p.as_bytes();
    let mut pending: Option<(usize, usize, char)> = None;
    // The end of the last mark read: stops inside a run are passed over.
    let mut pos = 0;
    std::iter::from_fn(move || {
        if let Some(m) = pending.take() {
            return Some(m);
        }
        loop {
            let at = stops.next()?;
            if at < pos {
                continue;
            }
            let ch = p.get(at..)?.chars().next()?;
            pos = at + ch.len_utf8();
            if ch == '\'' || ch == '`' {
                let run = bytes[at..].iter().take_while(|&&b| b == ch as u8).count();
                pos = at + run;
                let double = if ch == '`' { '“' } else { '"' };
                match (run, ch) {
                    (1, '\'') => return Some((at, 1, '\'')),
                    (2, _) => return Some((at, 2, double)),
                    (3, '\'') => {
                        let closing = p[..at].chars().next_back().is_some_and(|c| !c.is_whitespace());
                        return Some(if closing {
                            pending = Some((at + 1, 2, double));
                            (at, 1, '\'')
                        } else {
                            pending = Some((at + 2, 1, '\''));
                            (at, 2, double)
                        });
                    }
                    // A lone backtick or a longer run is not quotation.
                    _ => continue,
                }
            }
            if is_mark(ch) {
                return Some((at, ch.len_utf8(), ch));
            }
        }
    })
}

/// Which openers a mark pairs with: doubles with doubles, singles with
/// singles, each corner bracket with its own kind. `None` for marks that
/// never pair in that role (a low „ or ‚ cannot close).
fn pair_key(c: char, as_closer: bool) -> Option<usize> {
    match (family(c), c) {
        (_, '„' | '‚') if as_closer => None,
        (Family::Double, _) => Some(0),
        (Family::Single, _) => Some(1),
        (Family::Corner, '「' | '」') => Some(2),
        (Family::Corner, _) => Some(3),
    }
}

/// The openers waiting for a closer, with, for each pairing key, the
/// nearest opener under it (each opener names the next one down): finding
/// the nearest compatible opener is O(1), so a run of a million unmatched
/// marks stays linear. The children of all openers are kept in one list,
/// each opener's after those of the openers below it (only the top one's
/// grow): no vector per opener or per key.
#[derive(Default)]
struct Stack {
    opens: Vec<Open>,
    tops: [Option<usize>; 4],
    children: Vec<usize>,
}

impl Stack {
    /// Empties the stack for the next paragraph, keeping its vectors'
    /// room: one stack serves every paragraph, not one allocated per
    /// paragraph with a mark.
    fn clear(&mut self) {
        self.opens.clear();
        self.tops = [None; 4];
        self.children.clear();
    }

    fn push(&mut self, mark: Mark) {
        let key = pair_key(mark.ch, false).filter(|_| !matches!(mark.ch, '」' | '』'));
        let below = key.and_then(|k| self.tops[k].replace(self.opens.len())).unwrap_or(NONE_BELOW);
        // (Keys are 0 to 3: `pair_key`.)
        let key = key.map(|k| k as u8);
        self.opens.push(Open { mark, family: family(mark.ch), children: self.children.len(), key, below });
    }

    /// The nearest opener that `close` can end.
    fn find(&self, close: char) -> Option<usize> {
        pair_key(close, true).and_then(|k| self.tops[k])
    }

    /// Removes opener `i` and every opener above it (left unclosed: their
    /// children become `i`'s children, which stay at the end of
    /// [`Stack::children`] from `i`'s `children` on, for the caller to take).
    fn close(&mut self, i: usize) -> Open {
        while self.opens.len() > i {
            let open = self.opens.pop().expect("`i` is in the stack");
            if let Some(k) = open.key {
                self.tops[usize::from(k)] = (open.below != NONE_BELOW).then_some(open.below);
            }
            if self.opens.len() == i {
                return open;
            }
        }
        unreachable!("index is in the stack")
    }
}

/// Finds every quotation in the document.
pub fn find_quotes(doc: &Doc) -> Vec<QuoteSpan> {
    let text = doc.text();
    // (Room for one quote a paragraph, more than most articles hold: the
    // vector is seldom grown.)
    let mut quotes: Vec<QuoteSpan> = Vec::with_capacity(doc.paragraphs.len());
    // The quote left open at the end of the previous paragraph, waiting for
    // a paragraph that opens with a mark of the same family.
    let mut carried: Option<Family> = None;
    let mut stack = Stack::default();
    // The document's mark tokens ([`Doc::mark_tokens`]), walked once along
    // the paragraphs: the next not yet passed.
    let (mark_tokens, mut next_mark) = (doc.mark_tokens(), 0);
    for para in &doc.paragraphs {
        // (A paragraph with no mark, `@` or `:` holds no quote: passed over
        // without walking its tokens.)
        if para.chrome || !para.marks {
            carried = None;
            continue;
        }
        let p = &text[para.start..para.end];
        let base = para.start;
        let first_quote = quotes.len();
        let continues_from = carried.take();
        // Last single mark after punctuation: a better closer than a
        // possessive plural ("the ministers' decision") before it. Looked
        // for only when a mark has a possessive's shape: the search walks
        // the whole paragraph back, by the byte (`'`, or the last byte of
        // `’`, then the bytes before it; the punctuation is ASCII, which
        // is never part of another character).
        let mut last_punct_single: Option<Option<usize>> = None;
        let mut last_punct_single = || {
            *last_punct_single.get_or_insert_with(|| {
                let (b, mut i) = (p.as_bytes(), p.len());
                loop {
                    i = last_apostrophe_byte(b, i)?;
                    let at = match b[i] {
                        b'\'' => i,
                        _ if i >= 2 && b[i - 2..i] == [0xE2, 0x80] => i - 2,
                        _ => continue,
                    };
                    if at > 0 && b",.!?;:".contains(&b[at - 1]) {
                        return Some(at);
                    }
                }
            })
        };
        stack.clear();
        // The paragraph's tokens: those of its sentences.
        let sents = &doc.sentences[para.sentences.clone()];
        let tokens = sents.first().zip(sents.last()).map_or(0..0, |(a, b)| a.tokens.start..b.tokens.end);
        while mark_tokens.get(next_mark).is_some_and(|&i| i < tokens.start) {
            next_mark += 1;
        }
        let first_mark = next_mark;
        while mark_tokens.get(next_mark).is_some_and(|&i| i < tokens.end) {
            next_mark += 1;
        }
        let mut seen = Seen::default();
        for (at, len, ch) in para_marks(doc, (para.start, para.end), &mark_tokens[first_mark..next_mark], &mut seen) {
            let mark = classify(p, at, len, ch);
            if mark.can_close {
                let possessive_shape = matches!(ch, '\'' | '’')
                    && p[..at].ends_with(['s', 'z'])
                    && p[at + mark.len..].starts_with(' ')
                    && p[at + mark.len + 1..].chars().next().is_some_and(char::is_lowercase)
                    && last_punct_single().is_some_and(|l| l > at);
                let found = if possessive_shape { None } else { stack.find(ch) };
                if let Some(i) = found {
                    let open = stack.close(i);
                    let start = open.mark.at + open.mark.len;
                    let idx = push_quote(&mut quotes, p, base, start, at, open.mark.at, at + mark.len);
                    if let Some(idx) = idx {
                        stack.children.drain(open.children..).for_each(|child| quotes[child].parent = Some(idx));
                        if !stack.opens.is_empty() {
                            stack.children.push(idx);
                        }
                    } else {
                        // (No quote: its children are left without a parent.)
                        stack.children.truncate(open.children);
                    }
                    continue;
                }
            }
            if mark.can_open {
                stack.push(mark);
            }
        }
        // Quotes still open at the paragraph's end: the outermost double
        // (or corner) quote runs to the end of the paragraph.
        // A single quote (British style) runs on only where it plainly
        // introduces speech or continues in the next paragraph.
        let runs_on = stack.opens.iter().position(|o| o.family != Family::Single).or_else(|| {
            stack.opens.iter().position(|o| {
                let before = p[..o.mark.at].trim_end();
                before.is_empty() || before.ends_with(':') || next_paragraph_opens(doc, para.end, Family::Single)
            })
        });
        if let Some(i) = runs_on {
            let open = stack.close(i);
            let next_opens = next_paragraph_opens(doc, para.end, open.family);
            let before = p[..open.mark.at].trim_end();
            let intro = before.is_empty() || before.ends_with([':', ',']) || next_opens;
            if intro {
                let start = open.mark.at + open.mark.len;
                if let Some(idx) = push_quote(&mut quotes, p, base, start, p.len(), open.mark.at, p.len()) {
                    // Everything closed after it opened lies inside it.
                    for child in &mut quotes[first_quote..idx] {
                        if child.parent.is_none() && child.outer_start > base + open.mark.at {
                            child.parent = Some(idx);
                        }
                    }
                    if next_opens {
                        carried = Some(open.family);
                    }
                }
            }
        }
        if let Some(fam) = continues_from {
            // The first quote of this paragraph, if it opens the paragraph.
            if let Some(q) = quotes.get_mut(first_quote) {
                let lead = text[para.start..q.outer_start].trim();
                if lead.is_empty() && leading_mark(&text[q.outer_start..para.end]).is_some_and(|(_, c)| family(c) == fam) {
                    q.continues = true;
                }
            }
        }
        find_unmarked(doc, (para.start, para.end), tokens, &mut quotes, first_quote, seen);
    }
    let mut sorted = sort_and_prune(quotes);
    // Each quote's sentence (that of its opening), walked forward along
    // the quotes, which are in document order: no search per quote.
    let mut sent = 0;
    for i in 0..sorted.len() {
        while doc.sentences.get(sent + 1).is_some_and(|s| s.start <= sorted[i].outer_start) {
            sent += 1;
        }
        sorted[i].kind = classify_kind(doc, &sorted, i, sent);
    }
    sorted
}

/// How many quotes deep a quote may sit and still be reported: a quote
/// (depth 0), a quote inside it (1) and one inside that (2). Deeper quotes
/// stay part of their ancestors' text but are not reported on their own.
/// News never nests deeper, and without a bound `“a ‘b “c ‘d … d’ c” b’ a”`
/// would report n quotes of length up to n: quadratic time and output.
pub const MAX_NESTING: usize = 2;

/// Sorts quotes into document order (by start, parents before their
/// children; children were pushed before parents), drops those nested
/// deeper than [`MAX_NESTING`] and fixes the parent indexes.
fn sort_and_prune(quotes: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    // Most articles' quotes are neither nested nor out of order: they are
    // kept as they are, without the vectors below.
    if quotes.iter().all(|q| q.parent.is_none()) && quotes.is_sorted_by_key(|q| (q.outer_start, std::cmp::Reverse(q.outer_end))) {
        return quotes;
    }
    let mut depth = nesting_depths(&quotes);
    let mut order: Vec<usize> = (0..quotes.len()).filter(|&i| depth[i] <= MAX_NESTING).collect();
    // (Ties keep their order by the index: no stable sort's scratch.)
    crate::compact_sort::sort_unstable_by(&mut order, |&a, &b| {
        (quotes[a].outer_start, std::cmp::Reverse(quotes[a].outer_end), a).cmp(&(
            quotes[b].outer_start,
            std::cmp::Reverse(quotes[b].outer_end),
            b,
        ))
    });
    // Each quote's new index (`usize::MAX` if dropped), kept where its
    // depth was: no second vector.
    let new_index = &mut depth;
    new_index.fill(usize::MAX);
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    order
        .iter()
        .map(|&old| {
            let mut q = quotes[old].clone();
            q.parent = q.parent.and_then(|p| new_index.get(p).copied()).filter(|&p| p != usize::MAX);
            q
        })
        .collect()
}

/// How deep each quote is nested (0 for a quote without a parent). A
/// quote's parent comes after it (quotes are pushed as they close, and a
/// parent is never named before its own push), so one pass from the last
/// quote finds each depth from its parent's, in linear time.
fn nesting_depths(quotes: &[QuoteSpan]) -> Vec<usize> {
    let mut depth = vec![0; quotes.len()];
    for i in (0..quotes.len()).rev() {
        debug_assert!(quotes[i].parent.is_none_or(|p| p > i), "a parent after its child");
        if let Some(p) = quotes[i].parent.filter(|&p| p > i && p < quotes.len()) {
            depth[i] = depth[p] + 1;
        }
    }
    depth
}

/// Adds a quote with content `p[start..end]` (trimmed), unless it is empty.
fn push_quote(
    quotes: &mut Vec<QuoteSpan>,
    p: &str,
    base: usize,
    start: usize,
    end: usize,
    outer_start: usize,
    outer_end: usize,
) -> Option<usize> {
    let content = &p[start..end];
    let lead = content.len() - content.trim_start().len();
    let trimmed = content.trim();
    // A stage direction in a transcript ("(CROSSTALK.)") is nobody's words.
    let parenthesised = trimmed.starts_with('(')
        && trimmed.trim_end_matches(['.', ',']).ends_with(')')
        && trimmed[1..].find(')').is_some_and(|i| 1 + i + 1 >= trimmed.trim_end_matches(['.', ',']).len());
    if parenthesised || trimmed.is_empty() || !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let s = base + start + lead;
    quotes.push(QuoteSpan {
        start: s,
        end: s + trimmed.len(),
        outer_start: base + outer_start,
        outer_end: base + outer_end,
        kind: QuoteKind::Direct,
        parent: None,
        continues: false,
        label: None,
    });
    Some(quotes.len() - 1)
}

/// Whether the paragraph after byte `end` starts with an opening mark of
/// `fam`.
fn next_paragraph_opens(doc: &Doc, end: usize, fam: Family) -> bool {
    let i = doc.paragraphs.partition_point(|p| p.start < end);
    let Some(next) = doc.paragraphs.get(i) else { return false };
    let p = &doc.text()[next.start..next.end];
    leading_mark(p).is_some_and(|(len, c)| {
        family(c) == fam && !matches!(c, '”' | '»' | '」') && p[len..].chars().next().is_some_and(|c| !c.is_whitespace())
    })
}

/// The mark `s` starts with, as `(length, mark)`.
fn leading_mark(s: &str) -> Option<(usize, char)> {
    marks(s).next().filter(|&(at, _, _)| at == 0).map(|(_, len, c)| (len, c))
}

/// Function words that never stand in a speaker's name.
const HEADLINE_WORDS: &[&str] = &[
    "the", "a", "an", "of", "over", "in", "on", "for", "to", "and", "with", "at", "from", "is", "are", "was", "why", "how", "what", "when",
    "where", "not", "no", "but", "or", "after", "before", "vs", "vs.", "about", "into",
];

/// Labels that end in a colon but do not introduce speech.
const NOT_SPEAKER_LABELS: &[&str] = &[
    "related",
    "read more",
    "see also",
    "note",
    "editor's note",
    "editor’s note",
    "update",
    "updated",
    "source",
    "sources",
    "photo",
    "image",
    "video",
    "watch",
    "listen",
    "date",
    "author",
    "by",
    "tags",
    "topics",
    "share",
    "warning",
    "correction",
    "disclaimer",
    "for example",
    "example",
    "key points",
    "summary",
    "background",
    "more",
    "also",
    "live",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "the answer",
    "the question",
    // Section kickers before a headline ("Obituary: Ana Lind, 91, …").
    "obituary",
    "obituaries",
    "review",
    "explainer",
    "editorial",
    "comment",
    "interview",
    "q&a",
    "q & a",
    "profile",
    "preview",
    "recap",
    "factbox",
    "timeline",
    "fact check",
    "clarification",
    "podcast",
    "feature",
];

/// Unmarked speech in the paragraph `start..end`:
/// - `Label: speech` where the label is a short name, `Q`/`A`, or a
///   headline-style "X tells Y".
/// - An embedded post: text followed by `— Name (@handle) Date`, looked
///   for only when the paragraph has an `@`.
///
/// (`seen` says what the paragraph holds: a label is looked for only
/// when it has a `:`.)
fn find_unmarked(
    doc: &Doc,
    (start, end): (usize, usize),
    tokens: std::ops::Range<usize>,
    quotes: &mut Vec<QuoteSpan>,
    first_in_para: usize,
    seen: Seen,
) {
    let text = doc.text();
    let p = &text[start..end];
    if let Some(q) = seen.at_sign.then(|| post_signature(p)).flatten() {
        let (content_end, name) = q;
        let body = p[..content_end].trim_end();
        let body = strip_post_tail(body);
        // A post whose text began in an earlier `Label:` paragraph extends it.
        // Only the last quote can be extended: nothing may stand between.
        let extend = quotes.len().checked_sub(1).filter(|&i| {
            let q = &quotes[i];
            q.kind == QuoteKind::Unmarked && q.end < start && text[q.end..start].trim().is_empty()
        });
        if let Some(i) = extend {
            quotes[i].end = start + body.len();
            quotes[i].outer_end = quotes[i].end;
        } else if body.chars().any(char::is_alphanumeric) && quotes.len() == first_in_para {
            let lead = body.len() - body.trim_start().len();
            quotes.push(QuoteSpan {
                start: start + lead,
                end: start + body.len(),
                outer_start: start + lead,
                outer_end: start + body.len(),
                kind: QuoteKind::Unmarked,
                parent: None,
                continues: false,
                label: Some((start + name.0, start + name.1)),
            });
        }
        return;
    }
    // `Label: speech`.
    let Some(colon) = seen.colon.then(|| label_colon(doc, start, tokens)).flatten() else { return };
    let label = p[..colon].trim();
    // (Its words, at most six, on the stack.)
    let mut words = [""; 6];
    let mut n = 0;
    for w in label.split_whitespace() {
        let Some(slot) = words.get_mut(n) else { return };
        (*slot, n) = (w, n + 1);
    }
    let words = &words[..n];
    if words.is_empty() || label.contains(['"', '“', '”', '(', ')', ',']) {
        return;
    }
    let label_start = start + (p.len() - p.trim_start().len());
    let lower = doc.lowered_span(label_start, label_start + label.len());
    if NOT_SPEAKER_LABELS.contains(&&*lower) || lower.chars().any(|c| c.is_ascii_digit()) {
        return;
    }
    let after = &p[colon + 1..];
    if !after.starts_with(' ') {
        return;
    }
    let content = after.trim();
    if words_up_to(content, 3) < 3 {
        return;
    }
    // Marked quotes that start right after the colon already cover it.
    if quotes[first_in_para..].iter().any(|q| q.outer_start <= start + colon + 3) {
        return;
    }
    // A title-cased function word marks a headline ("Stealth Over Health:",
    // "The Latest:"), not a name.
    // (The words listed are ASCII without a `k`: only the Kelvin sign
    // lowers to ASCII, so a word lowers to one of them exactly when it
    // equals it but for ASCII case.)
    let headline = words.len() > 1 && words.iter().any(|w| HEADLINE_WORDS.iter().any(|h| w.eq_ignore_ascii_case(h)));
    let is_name = words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) && words.len() <= 3 && !headline;
    let qa = matches!(label, "Q" | "A");
    let cue = words.iter().skip(1).any(|w| crate::lexicon::cue_verbs().contains(w));
    let first_upper = words[0].chars().next().is_some_and(char::is_uppercase);
    if !(is_name || qa || (cue && first_upper)) {
        return;
    }
    // A label that is just a capitalised sentence start ("Meanwhile:") is
    // not a speaker.
    if words.len() == 1 && !qa && crate::lexicon::not_names().contains(words[0]) {
        return;
    }
    let c_start = start + colon + 1 + (after.len() - after.trim_start().len());
    let c_end = c_start + content.len();
    quotes.push(QuoteSpan {
        start: c_start,
        end: c_end,
        outer_start: c_start,
        outer_end: c_end,
        kind: QuoteKind::Unmarked,
        parent: None,
        continues: false,
        label: Some((label_start, label_start + label.len())),
    });
    // Marked quotes inside the unmarked speech are nested in it.
    let idx = quotes.len() - 1;
    for q in &mut quotes[first_in_para..idx] {
        if q.outer_start >= c_start && q.outer_end <= c_end {
            q.parent = Some(idx);
        }
    }
}

/// Where the first `:` of the paragraph starting at `start`, whose tokens
/// are `tokens`, is (from `start`), if it is in one of its first seven
/// words: a label of more than six words is none. Read from the tokens
/// (each `:` is one, and a space parts two words), not by a search through
/// the whole paragraph.
fn label_colon(doc: &Doc, start: usize, tokens: std::ops::Range<usize>) -> Option<usize> {
    let (mut words, mut last_end) = (0, usize::MAX);
    for t in &doc.tokens()[tokens] {
        words += usize::from(t.start != last_end);
        last_end = t.end;
        if words > 7 {
            return None;
        }
        if doc.text().as_bytes()[t.start] == b':' {
            return Some(t.start - start);
        }
    }
    None
}

/// Finds `— Name (@handle) Month D, YYYY` at the end of a paragraph.
/// Returns where the post's text ends and the name's span.
fn post_signature(p: &str) -> Option<(usize, (usize, usize))> {
    let handle = p.rfind("(@")?;
    let close = handle + p[handle..].find(')')?;
    let tail = p[close + 1..].trim();
    // A date follows: at least a year-like number.
    if !tail.chars().any(|c| c.is_ascii_digit()) || tail.split_whitespace().count() > 4 {
        return None;
    }
    let dash = p[..handle].rfind(['—', '–'])?;
    let name = p[dash..handle].trim_start_matches(['—', '–']).trim();
    if name.is_empty() || name.split_whitespace().count() > 5 {
        return None;
    }
    let name_start = p[..handle].rfind(name)?;
    Some((dash, (name_start, name_start + name.len())))
}

/// Drops a post's trailing thread counter and picture link ("5/ pic.…").
fn strip_post_tail(body: &str) -> &str {
    let mut b = body.trim_end();
    loop {
        let last = b.rsplit(char::is_whitespace).next().unwrap_or("");
        let is_tail = last.starts_with("pic.")
            || last.starts_with("http")
            || (last.ends_with('/') && last[..last.len() - 1].chars().all(|c| c.is_ascii_digit()) && last.len() > 1);
        if !is_tail || last.len() == b.len() {
            return b;
        }
        b = b[..b.len() - last.len()].trim_end();
    }
}

/// Subject words that, followed by a verb, make a content a clause.
/// (A `match`, asked of every word of a content: no scan of a list.)
fn is_subject(w: &str) -> bool {
    matches!(w, "i" | "we" | "you" | "he" | "she" | "it" | "they" | "there" | "this" | "that" | "what" | "who" | "nobody" | "everyone")
}

/// Auxiliaries and modals, the verbs a clause shows first ("we will",
/// "the problem is").
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "have"
            | "has"
            | "had"
            | "does"
            | "did"
            | "doesn't"
            | "didn't"
            | "won't"
            | "isn't"
            | "aren't"
            | "wasn't"
            | "can't"
    )
}

/// Verbs that make a content a clause after a subject word.
fn is_clause_verb(w: &str) -> bool {
    is_auxiliary(w)
        || matches!(
            w,
            "do" | "don't"
                | "want"
                | "know"
                | "think"
                | "believe"
                | "need"
                | "see"
                | "hope"
                | "say"
                | "said"
                | "am"
                | "continue"
                | "remain"
                | "take"
                | "feel"
                | "expect"
        )
}

/// Direct (a clause or more) or partial (a fragment inside the reporter's
/// sentence), per the annotation guidelines.
/// `sent` is the sentence its opening mark is in ([`Doc::sentence_at`]).
fn classify_kind(doc: &Doc, quotes: &[QuoteSpan], i: usize, sent: usize) -> QuoteKind {
    let q = &quotes[i];
    if q.kind == QuoteKind::Unmarked {
        return QuoteKind::Unmarked;
    }
    let text = doc.text();
    let content = &text[q.start..q.end];
    let first = content.chars().find(|c| !is_mark(*c)).unwrap_or(' ');
    let starts_upper = first.is_uppercase() || first == '[' || first == '…' || first == '.';
    // Word counts are only compared with small numbers: count up to 5, so
    // a long quote's content is not walked again for each question.
    let words = words_up_to(content, 5);
    let ends_sentence = content.trim_end_matches(is_mark).ends_with(['.', '!', '?', '…']);
    // What precedes the opening mark in its sentence.
    let sent_start = doc.sentences.get(sent).map_or(0, |s| s.start);
    let lead_from = if sent_start <= q.outer_start { sent_start } else { q.outer_start };
    let lead = text[lead_from..q.outer_start].trim_end();
    let lead = match q.parent {
        Some(p) if quotes[p].start > lead_from => text[quotes[p].start..q.outer_start].trim_end(),
        _ => lead,
    };
    // '“No.” “Maybe.”': a sentence that ended inside the previous quote.
    let opens_sentence = lead.is_empty() || lead.trim_end_matches(is_mark).ends_with(['.', '!', '?', '—', '–']);
    let after_intro = lead.ends_with(':') || lead.ends_with(',');
    if q.continues || opens_sentence && (starts_upper || words >= 4) {
        return QuoteKind::Direct;
    }
    // (Each test below only makes a quote direct, so their order does not
    // matter: the content is walked for a clause after the cheap tests,
    // and once.)
    if starts_upper && (after_intro || words >= 5 && ends_sentence) {
        return QuoteKind::Direct;
    }
    // (Inside the reporter's sentence only a quote that opens as a clause
    // is one: "said the sea had been “like nothing I've seen”" is a
    // fragment with a relative clause in it.)
    if (after_intro || words >= 3) && has_clause(doc, q.start, q.end, !after_intro) {
        return QuoteKind::Direct;
    }
    if after_intro && continues_split_quote(doc, quotes, i) {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// Whether `content` (bytes `start..end` of the text) has a clause: a
/// subject word followed by a verb ("we will"), or a subject with a
/// contracted verb ("it's", "they’re"). One pass over the whitespace-split
/// words, by the byte: an ASCII word is read lowered from
/// [`Doc::ascii_lower`], and only a word with other characters is decoded
/// and lowercased (if short: no longer one can match).
/// `opening`: only a clause that opens the content counts, its subject
/// the first word or the second after a connective ("if we don't act").
fn has_clause(doc: &Doc, start: usize, end: usize, opening: bool) -> bool {
    const LONGEST: usize = 16;
    // A word outside ASCII lowered (see `lower_word`).
    let mut buf = [0; LONGEST * 2];
    let bytes = doc.text().as_bytes();
    // (How many opening words may come before the subject: one
    // connective, or a prepositional phrase of up to four words.)
    let (mut after_subject, mut at, mut nth, mut reach, mut noun_subject) = (false, start, 0usize, 2usize, false);
    while at < end {
        let (word_start, mut ascii) = (at, true);
        // The word runs to the next whitespace; a character outside ASCII
        // is decoded only at its lead byte.
        while at < end {
            // (Plain ASCII, most bytes, is passed over first, eight bytes
            // at a time.)
            at = crate::segment::scan::plain_end(&bytes[..end], at);
            let Some(&b) = bytes.get(at).filter(|_| at < end) else { break };
            let space = if b < 0x80 {
                b == b' ' || (b'\t'..=b'\r').contains(&b)
            } else {
                b >= 0xC0 && doc.text()[at..].chars().next().is_some_and(char::is_whitespace)
            };
            if space {
                break;
            }
            ascii &= b < 0x80;
            at += 1;
        }
        let (word_end, lowered) = (at, if ascii { None } else { Some(lower_word(&doc.text()[word_start..at], LONGEST, &mut buf)) });
        // Past the whitespace (one character: its length in bytes).
        at += match bytes.get(at) {
            Some(&b) if b >= 0x80 => doc.text()[at..].chars().next().map_or(1, char::len_utf8),
            _ => 1,
        };
        if word_start == word_end {
            continue;
        }
        let lw = match lowered {
            Some(l) => l.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''),
            None => {
                let keep = |b: &u8| b.is_ascii_alphanumeric() || *b == b'\'';
                let w = &bytes[word_start..word_end];
                let s = word_start + w.iter().position(keep).unwrap_or(w.len());
                let e = word_start + w.iter().rposition(keep).map_or(0, |k| k + 1);
                if s < e && e - s <= LONGEST {
                    doc.ascii_lower(s, e)
                } else {
                    ""
                }
            }
        };
        // (Only a word with an apostrophe can be contracted.)
        // (A subject word holds no apostrophe: the first one ends it.)
        let contracted = lw
            .bytes()
            .position(|b| b == b'\'')
            .is_some_and(|k| is_subject(&lw[..k]) && matches!(&lw[k + 1..], "s" | "re" | "ll" | "ve" | "m" | "d"));
        // ("the most beautiful soul I've ever met": a relative clause.)
        if noun_subject && contracted {
            return false;
        }
        if contracted || (after_subject && is_clause_verb(lw)) {
            return true;
        }
        after_subject = is_subject(lw);
        if opening {
            if nth == 0 && matches!(lw, "the" | "this" | "these" | "those" | "my" | "our" | "his" | "her" | "their" | "its") {
                // A definite noun phrase as the subject and an auxiliary:
                // "the problem with low rates is that …"; a relative clause
                // in it makes a fragment ("the best soul I've met"), and so
                // does an indefinite one ("a politics of hope").
                (noun_subject, reach) = (true, 8);
            } else if noun_subject {
                if is_auxiliary(lw) || lw == "weren't" {
                    return true;
                }
                if after_subject || matches!(lw, "which" | "whom") {
                    return false;
                }
            } else if !after_subject && nth == 0 && (is_adverbial_preposition(lw) || is_connective(lw)) {
                reach = 5;
            }
            nth += 1;
            // "as a nation, we have to do better": an opening phrase ends at
            // its comma, and the clause may start again after it.
            if nth < 4 && !noun_subject && bytes[word_end - 1] == b',' {
                (nth, reach) = (0, 2);
                continue;
            }
            // Past the opening words no subject starts the content's clause.
            if !after_subject && (nth >= reach || nth == 1 && reach == 2 && !is_connective(lw)) {
                return false;
            }
        }
    }
    false
}

/// Prepositions that open an adverbial phrase before a clause's subject:
/// "at some point it will be clear".
fn is_adverbial_preposition(w: &str) -> bool {
    matches!(w, "at" | "in" | "on" | "for" | "after" | "before" | "by" | "within" | "over" | "under" | "from" | "with" | "during" | "since")
}

/// Words that may open a clause before its subject: "if we don't act".
fn is_connective(w: &str) -> bool {
    matches!(
        w,
        "if" | "when" | "and" | "but" | "because" | "so" | "as" | "while" | "although" | "though" | "unless" | "until" | "then" | "now"
    )
}

/// A word with characters outside ASCII trimmed of what is neither
/// alphanumeric nor an apostrophe, then lowercased with straight
/// apostrophes into `buf`, a character at a time (no `String` per word);
/// empty when longer than `longest` bytes. (A character lowers to at most
/// half as many bytes again: `İ`, `Ⱥ`. Per character, capital sigma
/// lowers to `σ` where `to_lowercase` may give `ς`: outside ASCII either
/// way, as every word the caller compares with is in ASCII.)
fn lower_word<'b>(w: &str, longest: usize, buf: &'b mut [u8]) -> &'b str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    if w.len() > longest || w.len() * 3 / 2 > buf.len() {
        return "";
    }
    let mut n = 0;
    for l in w.chars().flat_map(char::to_lowercase) {
        n += (if l == '’' { '\'' } else { l }).encode_utf8(&mut buf[n..]).len();
    }
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

/// How many whitespace-separated words `s` has, counted up to `max` (as
/// `s.split_whitespace().take(max).count()`): read by the byte, a run of
/// spaces and then a word at a time, and the count stops as the last word
/// wanted starts. Only a character outside ASCII is decoded.
fn words_up_to(s: &str, max: usize) -> usize {
    let bytes = s.as_bytes();
    // Whether the character at `i` is whitespace, and its length.
    let space_at = |i: usize| match bytes[i] {
        b' ' | b'\t'..=b'\r' => (true, 1),
        ..0x80 => (false, 1),
        _ => s[i..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
    };
    let (mut words, mut i) = (0, 0);
    loop {
        // The spaces before a word.
        loop {
            match bytes.get(i) {
                None => return words,
                Some(b' ') => {
                    i += 1;
                    continue;
                }
                // (Plain ASCII, as most words start, is no space: not
                // classed by `space_at`.)
                Some(&b) if b > b' ' && b < 0x80 => break,
                Some(_) => {}
            }
            match space_at(i) {
                (true, len) => i += len,
                _ => break,
            }
        }
        words += 1;
        if words >= max {
            return max;
        }
        // The word: plain ASCII is passed over without decoding.
        loop {
            match bytes.get(i) {
                None => return words,
                // (Plain ASCII, eight bytes at a time.)
                Some(&b) if b > b' ' && b < 0x80 => i = crate::segment::scan::plain_end(bytes, i + 1),
                Some(b' ') => break,
                Some(_) => match space_at(i) {
                    (true, _) => break,
                    (false, len) => i += len,
                },
            }
        }
    }
}

/// Whether quote `i` is the second half of a split quote: '“A,” she said,
/// “b.”' — a direct quote ending in a comma, then a short attribution.
fn continues_split_quote(doc: &Doc, quotes: &[QuoteSpan], i: usize) -> bool {
    let q = &quotes[i];
    let prev = quotes[..i].iter().rev().take(64).find(|p| p.parent == q.parent && p.outer_end <= q.outer_start);
    let Some(prev) = prev else { return false };
    let between = &doc.text()[prev.outer_end..q.outer_start];
    prev.kind == QuoteKind::Direct
        && doc.text()[prev.start..prev.end].trim_end_matches(is_mark).ends_with(',')
        && !between.contains('\n')
        && words_up_to(between, 11) <= 10
        && between.trim_end().ends_with(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_back_by_words_finds_what_a_byte_search_finds() {
        let text = "The ministers' aides, it’s said, 'quoted,' ‘too’ and \"more\" ... '";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            assert_eq!(last_apostrophe_byte(b, i), b[..i].iter().rposition(|&c| c == b'\'' || c == 0x99), "{i}");
        }
    }

    #[test]
    fn words_outside_ascii_lower_as_to_lowercase_does() {
        let mut buf = [0; 32];
        for w in ["“It’s", "İt’s", "ȺȺȺȺȺȺȺȺ", "Naïve,", "THEY’RE”", "Ⱥ-and-much-too-long", "—"] {
            let t = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let want = if t.len() <= 16 { t.to_lowercase().replace('’', "'") } else { String::new() };
            assert_eq!(lower_word(w, 16, &mut buf), want, "{w:?}");
        }
    }

    /// Words are counted as `split_whitespace` parts them, spaces outside
    /// ASCII included, up to the bound.
    #[test]
    fn words_counted_up_to_a_bound() {
        for s in ["", "  ", "a", " a b ", "a\u{a0}b\u{2009}c", "é ü\u{3000}ß x", "one two three four five six", "\ta\x0bb\x0cc\rd"] {
            for max in 0..8 {
                assert_eq!(words_up_to(s, max), s.split_whitespace().take(max).count(), "{s:?} {max}");
            }
        }
    }

    /// Closing an opener drops those above it, left unclosed, and makes
    /// their children its own; closing the top one keeps its children;
    /// each key's nearest opener is the one left below those closed.
    #[test]
    fn closing_an_opener_adopts_the_children_of_those_above() {
        let mut stack = Stack::default();
        let mark = |at, ch| Mark { at, ch, len: 3, can_open: true, can_close: false };
        stack.push(mark(0, '“'));
        stack.children.push(7);
        stack.push(mark(5, '‘'));
        stack.children.extend([1, 2]);
        stack.push(mark(9, '“'));
        stack.push(mark(12, '‘'));
        stack.children.push(3);
        assert_eq!((stack.find('”'), stack.find('’'), stack.find('」')), (Some(2), Some(3), None));
        let top = stack.close(3);
        assert_eq!(top.mark.at, 12);
        assert_eq!(stack.children.drain(top.children..).collect::<Vec<_>>(), [3]);
        assert_eq!((stack.find('”'), stack.find('’')), (Some(2), Some(1)));
        let closed = stack.close(0);
        assert_eq!(closed.mark.at, 0);
        let mut children: Vec<usize> = stack.children.drain(closed.children..).collect();
        children.sort_unstable();
        assert_eq!(children, [1, 2, 7]);
        assert!(stack.opens.is_empty() && stack.find('”').is_none() && stack.find('’').is_none());
    }

    /// Depths follow the parents, each named after its children, and
    /// those nested deeper than [`MAX_NESTING`] are dropped, the rest
    /// sorted with their parents renumbered.
    #[test]
    fn nesting_depths_follow_later_parents() {
        let q = |outer_start, outer_end, parent| QuoteSpan {
            start: outer_start + 1,
            end: outer_end - 1,
            outer_start,
            outer_end,
            kind: QuoteKind::Direct,
            parent,
            continues: false,
            label: None,
        };
        // 0 in 1 in 2 in 4; 3 in 4; 5 alone.
        let quotes = vec![q(3, 4, Some(1)), q(2, 5, Some(2)), q(1, 6, Some(4)), q(7, 8, Some(4)), q(0, 9, None), q(10, 12, None)];
        assert_eq!(nesting_depths(&quotes), [3, 2, 1, 1, 0, 0]);
        let kept: Vec<_> = sort_and_prune(quotes).iter().map(|q| (q.outer_start, q.parent)).collect();
        assert_eq!(kept, [(0, None), (1, Some(0)), (2, Some(1)), (7, Some(0)), (10, None)]);
        // Quotes without parents are sorted too, unless already in order.
        let starts = |v: Vec<QuoteSpan>| sort_and_prune(v).iter().map(|q| (q.outer_start, q.outer_end)).collect::<Vec<_>>();
        assert_eq!(starts(vec![q(5, 6, None), q(0, 2, None), q(0, 3, None)]), [(0, 3), (0, 2), (5, 6)]);
        assert_eq!(starts(vec![q(0, 3, None), q(0, 2, None), q(5, 6, None)]), [(0, 3), (0, 2), (5, 6)]);
    }

    /// A stack cleared for the next paragraph pairs nothing with the
    /// openers left in the last one, as a new stack would.
    #[test]
    fn cleared_stack_keeps_no_openers() {
        let mut stack = Stack::default();
        let mark = Mark { at: 0, ch: '‘', len: 3, can_open: true, can_close: false };
        stack.push(mark);
        stack.children.push(4);
        assert_eq!(stack.find('’'), Some(0));
        stack.clear();
        assert_eq!(stack.find('’'), None);
        assert!(stack.opens.is_empty() && stack.children.is_empty());
        // After the mark is pushed again, index 0 is the new opener.
        stack.push(mark);
        assert_eq!(stack.find('’'), Some(0));
    }

    /// The marks read off a paragraph's tokens are the marks its bytes
    /// hold, but for inner apostrophes of ASCII words, which neither open
    /// nor close; and the same walk finds its `@` and `:`.
    #[test]
    fn marks_from_tokens_are_the_marks_that_pair() {
        let text = "“It’s ‘fine,’ ” said O'Neill's aide. ``Yes,'' she wrote, rock 'n' roll.\n\
                    Don't say 'no.''' José’s «Non» „gut“ `tick d\u{ad}'x\n\
                    — Ana Ruiz (@ana) May 2, 2019\n\
                    Plain words: no marks at all.";
        let doc = crate::segment::segment(text);
        for para in &doc.paragraphs {
            let p = &text[para.start..para.end];
            let first = doc.sentences[para.sentences.start].tokens.start;
            let last = doc.sentences[para.sentences.end - 1].tokens.end;
            let mut seen = Seen::default();
            let mark_tokens: Vec<usize> = doc.mark_tokens().iter().copied().filter(|i| (first..last).contains(i)).collect();
            let got: Vec<_> = para_marks(&doc, (para.start, para.end), &mark_tokens, &mut seen).collect();
            assert_eq!((seen.at_sign, seen.colon), (p.contains('@'), p.contains(':')), "{p}");
            for m in marks(p) {
                let c = classify(p, m.0, m.1, m.2);
                assert!(got.contains(&m) || !(c.can_open || c.can_close), "{m:?} in {p}");
            }
            assert!(got.iter().all(|m| marks(p).any(|n| n == *m)), "{got:?} in {p}");
        }
        assert_eq!(doc.paragraphs.len(), 4);
    }

    #[test]
    fn a_clause_is_a_subject_and_a_verb_across_whitespace_of_any_kind() {
        let cases = [
            ("we will reopen", true),
            ("(We) WILL reopen", true),
            ("“they’re back”", true),
            ("it's over", true),
            ("they\u{2019}re here", true),
            ("what'll", true),
            ("when's it", false),
            ("itself's", false),
            ("it'sx", false),
            ("we\u{a0}will", true),
            ("we\u{2009}will", true),
            ("we\u{3000}\tcan", true),
            ("Élan said we", false),
            ("we/they will", false),
            ("the plan will work", false),
            ("we averyveryverylongword will", false),
            ("wé will", false),
            ("", false),
            (" \u{a0} ", false),
        ];
        for (text, want) in cases {
            let doc = crate::segment::segment(text);
            assert_eq!(has_clause(&doc, 0, text.len(), false), want, "{text:?}");
        }
        // Only the given bytes are read.
        let doc = crate::segment::segment("we will");
        assert!(!has_clause(&doc, 0, 3, false));
    }

    #[test]
    fn a_label_colon_is_found_in_the_first_seven_words() {
        let cases = [
            ("Ana Ortiz: We will reopen.", Some(9)),
            ("  Q: When?", Some(3)),
            ("No colon here at all.", None),
            ("one two three four five six seven: x", Some(33)),
            ("one two three four five six seven:x", Some(33)),
            ("one two three four five six seven eight: x", None),
            ("one two three four five six seven :x", None),
            ("one two three four five six :x", Some(28)),
            ("a-b,c d.e f g h i j k: x", None),
            ("Time: 9:05", Some(4)),
        ];
        for (p, want) in cases {
            let doc = crate::segment::segment(p);
            let para = &doc.paragraphs[0];
            let sents = &doc.sentences[para.sentences.clone()];
            let tokens = sents.first().zip(sents.last()).map_or(0..0, |(a, b)| a.tokens.start..b.tokens.end);
            let got = label_colon(&doc, para.start, tokens).map(|i| para.start + i);
            assert_eq!(got, want, "{p:?}");
            if let Some(i) = got {
                assert_eq!(p.find(':'), Some(i), "{p:?}");
            }
        }
    }

    #[test]
    fn posts_are_found_in_any_paragraph_after_any_at_sign() {
        let post = "The pier will reopen in May, and the ferries will sail again. — Ana Lund (@alund) May 1, 2024";
        for before in ["", "Write to news@example.com.\n\n", "Write to @harbour.\n\nThe board met.\n\n"] {
            let text = format!("{before}{post}\n\nNo post here.\n\n{post}");
            let doc = crate::segment::segment(&text);
            let labels: Vec<&str> = find_quotes(&doc).iter().filter_map(|q| q.label).map(|(s, e)| &text[s..e]).collect();
            assert_eq!(labels, ["Ana Lund", "Ana Lund"], "{text:?}");
        }
    }
}
