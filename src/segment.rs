//! Stage 2: paragraphs, sentences and tokens, with byte spans.
//!
//! Paragraphs are lines (hard wraps were already read as spaces by
//! `normalise`), cut around site furniture by `paragraphs` using the shapes
//! in [`furniture`]; furniture paragraphs, and those that look like cookie
//! banners, photo credits or copyright lines, are flagged `chrome` so later
//! stages skip them. A sentence ends at `.`, `!` or `?` (plus any closing
//! marks) before a capital, an opening mark or a digit, except after an
//! abbreviation or an initial.

pub mod furniture;
mod paragraphs;
pub(crate) mod scan;

pub use paragraphs::by_positions;

use std::cell::Cell;

use crate::lexicon;

mod lower;
pub use lower::Lower;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters/digits, with inner apostrophes, hyphens and dotted initials.
    Word,
    /// A quotation mark or apostrophe-like character standing alone.
    Mark,
    /// Any other non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The token holds a character outside ASCII (set by the tokenizer,
    /// which decodes every such character), so its lowered form is kept
    /// apart from the text lowered as ASCII (see `Doc::lower`).
    pub non_ascii: bool,
    /// A word whose first character is a capital: noted by the tokenizer,
    /// which has that character in hand, for [`Doc::is_cap`] (asked about
    /// the same tokens many times by every later stage) and [`is_headline`].
    pub cap: bool,
    /// Index of the sentence holding the token, as 32 bits so that a
    /// token takes 24 bytes, not 32 (every stage walks the tokens: the
    /// smaller array stays in the cache); read by [`Token::sentence`].
    /// (A sentence holds a byte at least: 2^32 of them is a text past
    /// 4 GB, which neither the wasm nor the CLI's memory could hold.)
    pub sent: u32,
}

// The size the field above buys: 12% fewer level-1 data-cache misses in
// callgrind's simulation of the timed round.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Token>() == 24);

impl Token {
    /// Index of the sentence holding the token.
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sent as usize
    }
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Token index range.
    pub tokens: std::ops::Range<usize>,
    /// Written in headline case ("Port Closure Will Cost Jobs, Okoye Says"),
    /// where capitals say nothing about names or verbs.
    pub headline: bool,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// Site furniture: no quotes or speakers come from here.
    pub chrome: bool,
    /// Holds a token outside ASCII or an ASCII quotation mark, backtick,
    /// `@` or `:`: noted by the tokenizer, so that the quote finder passes
    /// over the other paragraphs without walking their tokens.
    pub marks: bool,
    /// Sentence index range.
    pub sentences: std::ops::Range<usize>,
}

/// The segmented text.
#[derive(Debug)]
pub struct Doc<'a> {
    /// (`text` and `tokens` are private to this module, set by
    /// [`segment_with`] alone and left as they are: [`Doc::tok`] and
    /// [`Doc::lower`] rely on every token's ends being character boundaries
    /// of the text, which [`tokenize`] ensures as it makes each token.
    /// Other modules read them through [`Doc::text`] and [`Doc::tokens`].)
    text: &'a str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    /// Each token's lowered form, filled once `tokens` is final.
    lowered: lower::Lowered,
    /// Per-token answers later stages ask for again and again, filled on
    /// first use: see [`Doc::memo`] and [`Doc::lists`]. One vector for
    /// all of them, filled once ([`Slot::unset`]).
    memo: Vec<Slot>,
    /// The tokens reading `By`: see [`Doc::by_tokens`].
    by_tokens: Vec<usize>,
    /// Tokens the tokenizer noted as it made them.
    noted: Noted,
}

/// Token indices, ascending, noted by the tokenizer as it makes the
/// tokens: a search of every token for them cost more than noting them.
#[derive(Debug, Default)]
struct Noted {
    /// The tokens reading "a" or "an": see [`Doc::indefinites`].
    indefinites: Vec<usize>,
    /// The tokens that may be or hold a quotation mark: see
    /// [`Doc::mark_tokens`].
    marks: Vec<usize>,
}

/// A token's answers kept by [`Doc`], each unset until filled: see
/// [`Slot::unset`].
#[derive(Debug, Clone)]
struct Slot {
    /// Its word lists ([`lexicon::lists_of`] of its lowered form).
    lists: Cell<u64>,
    /// One answer per [`Memo`] (the last cell unused).
    memo: [Cell<u16>; Memo::COUNT + 1],
}

/// A per-token question whose answer [`Doc::memo`] keeps.
#[derive(Debug, Clone, Copy)]
pub enum Memo {
    /// `positions::words`' title classes (head, stop, modifier), found
    /// together.
    Title,
    /// The bound-free facts `attribute::phrases::cue_at` reads.
    Cue,
    /// Whether `gazetteer::first_name` lists the token (`mentions`).
    FirstName,
}

impl Memo {
    const COUNT: usize = 3;
}

impl Slot {
    /// A slot with nothing filled. Not all zero bytes, and without
    /// padding (a cell to spare): the vector of them is filled by two
    /// 8-byte stores per slot, where zeros were stored a field at a time,
    /// or by `memset`, which counted dearer (+1.3 M a round).
    fn unset() -> Slot {
        Slot { lists: Cell::new(0), memo: [const { Cell::new(MEMO_UNSET) }; Memo::COUNT + 1] }
    }
}

/// Marks a memo slot as not yet filled; answers use the low 15 bits.
const MEMO_UNSET: u16 = 0x8000;

/// Marks a [`Doc::lists`] slot as filled (no list uses this bit).
const LISTS_SET: u64 = 1 << 63;

impl<'a> Doc<'a> {
    /// The text the tokens cut.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Every token, in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The tokens reading `By`, ascending (for bylines), from the search
    /// for them that paragraphing made already.
    pub fn by_tokens(&self) -> &[usize] {
        &self.by_tokens
    }

    /// The tokens reading "a", "an", "A" or "An", ascending, noted by the
    /// tokenizer as it makes them: free titles follow them, and a search
    /// of every token for them cost more than noting them.
    pub fn indefinites(&self) -> &[usize] {
        &self.noted.indefinites
    }

    /// The tokens holding a character outside ASCII, and those reading
    /// `"`, `'`, a backtick, `@` or `:`, ascending, noted by the tokenizer
    /// as it makes them: the quote finder reads these, not every token of
    /// a paragraph with a mark (a few tokens in a hundred are these).
    pub fn mark_tokens(&self) -> &[usize] {
        &self.noted.marks
    }

    /// Token `i` as written. Asked about a hundred times per token, so
    /// its ends are not checked anew (see the note on the `text` field).
    pub fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        // SAFETY: every token's ends are character boundaries of `text` by
        // the way `tokenize` made them, and both fields are private
        // to this module, which changes neither after that.
        unsafe { self.text.get_unchecked(t.start..t.end) }
    }

    /// Token `i` lower-cased, with curly apostrophes made straight, for
    /// comparing against word lists. Computed once in [`segment`]; the
    /// result borrows the document and reads like a `&str`.
    #[inline]
    pub fn lower(&self, i: usize) -> Lower<'_> {
        Lower(self.lowered.get(i, self.tokens[i]))
    }

    /// The answer `f` gives about token `i` (below 0x8000), computed once
    /// per document: title and cue tests are asked about the same token
    /// from many places. Out-of-range tokens are not kept.
    #[inline]
    pub fn memo(&self, what: Memo, i: usize, f: impl FnOnce() -> u16) -> u16 {
        let Some(cell) = self.memo.get(i).map(|s| &s.memo[what as usize]) else { return f() };
        let v = cell.get();
        if v & MEMO_UNSET == 0 {
            return v;
        }
        let v = f();
        debug_assert!(v & MEMO_UNSET == 0);
        cell.set(v);
        v
    }

    /// The word lists that hold token `i`, as [`lexicon::lists_of`] bits,
    /// looked up once per token: stages ask about the same token in many
    /// lists, from many places, and each `Lexicon::contains` folded and
    /// hashed it anew. (0 for a token out of range.)
    /// (Kept already, the usual answer, it is read inline; the first
    /// question about a token is answered out of line.)
    #[inline]
    pub fn lists(&self, i: usize) -> u64 {
        match self.memo.get(i).map(|s| s.lists.get()) {
            Some(v) if v & LISTS_SET != 0 => v,
            _ => self.find_lists(i),
        }
    }

    /// [`Doc::lists`] of a token not yet looked up, kept. (A token of
    /// ASCII, whose lowered form is read in place, and short, as most are,
    /// is looked up here; the others by [`Doc::find_lists_apart`], a tail
    /// call, so that the usual lookup calls nothing.)
    #[inline(never)]
    fn find_lists(&self, i: usize) -> u64 {
        let Some(&t) = self.tokens.get(i) else { return 0 };
        if t.non_ascii {
            return self.find_lists_apart(i);
        }
        let Some(v) = lexicon::lists_of_short(self.lowered.get(i, t).as_bytes()) else { return self.find_lists_apart(i) };
        let v = self.given_name_month(i, &t, lexicon::cased_lists(v, t.cap));
        self.keep_lists(i, v | LISTS_SET)
    }

    /// `v`, token `t`'s (at `i`) lists, without the not-name bit when the
    /// token is a month that opens a name here ([`Doc::month_as_first_name`]).
    #[inline(always)]
    fn given_name_month(&self, i: usize, t: &Token, v: u64) -> u64 {
        // (Rare: a capitalised word the not-names list holds, of a month's
        // length and first byte, before the call.)
        let month = || matches!(t.end - t.start, 3..=5) && matches!(self.text.as_bytes()[t.start], b'A' | b'M' | b'J');
        if t.cap && v & lexicon::NOT_NAMES != 0 && month() && self.month_as_first_name(i) {
            v & !lexicon::NOT_NAMES
        } else {
            v
        }
    }

    /// Whether token `i`, a month that is also a given name ("April",
    /// "May", "June"; "Jan" and "Mar" as its abbreviation are too), opens a name here: before another capitalised word
    /// and not after a word that takes a date ("in", "last", "early") or a
    /// number ("3 May") or an article ("a June rally"). "April Ross said"
    /// names April Ross; "in April Ross said" and "the May Day parade" do
    /// not.
    #[inline(never)]
    fn month_as_first_name(&self, i: usize) -> bool {
        if !matches!(self.tok(i), "April" | "May" | "June" | "Jan" | "Mar") || !self.is_cap(i + 1) {
            return false;
        }
        // Words that take a date after them.
        const DATED: &[&str] = &[
            "in", "on", "since", "by", "until", "till", "through", "last", "next", "early", "late", "mid", "of", "this", "from", "to",
            "during", "every", "each", "before", "after", "between", "and", "or", "that", "a", "an", "the",
        ];
        let next = self.lists(i + 1);
        let dated = i > 0
            && (self.tok(i - 1).starts_with(|c: char| c.is_ascii_digit())
                || self.is_word(i - 1) && DATED.contains(&self.lower(i - 1).as_str()));
        next & lexicon::NOT_NAMES == 0 && !dated
    }

    /// [`Doc::find_lists`] of any token in range.
    #[inline(never)]
    fn find_lists_apart(&self, i: usize) -> u64 {
        let t = self.tokens[i];
        let v = self.given_name_month(i, &t, lexicon::cased_lists(lexicon::lists_of(&self.lower(i)), t.cap));
        self.keep_lists(i, v | LISTS_SET)
    }

    /// Keeps `v` as token `i`'s [`Doc::lists`] and returns it.
    #[inline(always)]
    fn keep_lists(&self, i: usize, v: u64) -> u64 {
        // (None after `drop_memos`.)
        if let Some(slot) = self.memo.get(i) {
            slot.lists.set(v);
        }
        v
    }

    /// Frees the per-token memos and word-list bits (16 bytes a token)
    /// when the analysis is done, before the output is built beside them:
    /// any later question is answered afresh.
    pub fn drop_memos(&mut self) {
        self.memo = Vec::new();
    }

    /// Whether `list` holds token `i`: `list.contains(doc.tok(i))`, from
    /// [`Doc::lists`].
    #[inline]
    pub fn in_list(&self, i: usize, list: &lexicon::Lexicon) -> bool {
        self.lists(i) & list.bit() != 0
    }

    /// [`Doc::memo`] for a yes/no question.
    #[inline]
    pub fn memo_bool(&self, what: Memo, i: usize, f: impl FnOnce() -> bool) -> bool {
        self.memo(what, i, || u16::from(f())) != 0
    }

    /// Whether token `i` exists and is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Whether token `i` is a word starting with a capital.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.cap)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        first_at_or_after(&self.tokens, pos)
    }

    /// [`Doc::token_at_or_after`] for a `pos` at or after the start of
    /// token `t`, itself the first token at or after some position: a walk
    /// over the few tokens between (a name's end from its run's first
    /// token), not a search of the whole document's.
    pub fn token_from(&self, mut t: usize, pos: usize) -> usize {
        while self.tokens.get(t).is_some_and(|x| x.start < pos) {
            t += 1;
        }
        t
    }

    /// The first of the tokens `lo..hi` at or after byte `pos` (`hi` for
    /// none, `lo` for no tokens): [`Doc::token_at_or_after`] clamped to
    /// `lo..=hi`, searching those tokens only.
    pub fn token_in(&self, lo: usize, hi: usize, pos: usize) -> usize {
        lo + self.tokens.get(lo..hi).map_or(0, |t| first_at_or_after(t, pos))
    }

    /// [`Doc::token_in`] among the tokens of a sentence or two: the answer
    /// guessed from the byte offsets ([`guess_at_or_after`]) and reached by
    /// a walk of a token or two, where a search by halves took six steps
    /// or more. A guess further off is searched from.
    #[inline]
    pub fn token_near(&self, lo: usize, hi: usize, pos: usize) -> usize {
        let Some(toks) = self.tokens.get(lo..hi).filter(|t| t.len() > 2) else { return self.token_in(lo, hi, pos) };
        if pos <= toks[0].start {
            return lo;
        }
        if pos > toks[toks.len() - 1].start {
            return hi;
        }
        // The answer `a` has toks[a - 1].start < pos <= toks[a].start.
        let mut a = guess_at_or_after(toks, pos);
        for _ in 0..4 {
            if toks[a - 1].start >= pos {
                a -= 1;
            } else if toks[a].start < pos {
                a += 1;
            } else {
                return lo + a;
            }
        }
        self.token_in(lo, hi, pos)
    }

    /// Index of the sentence holding byte `pos` (the last one starting at or
    /// before it).
    pub fn sentence_at(&self, pos: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= pos).saturating_sub(1)
    }

    /// Index of the paragraph holding byte `pos`.
    pub fn paragraph_at(&self, pos: usize) -> usize {
        self.paragraphs.partition_point(|p| p.start <= pos).saturating_sub(1)
    }

    /// Bytes `start..end` of the text lowered as ASCII (other characters
    /// as they are), borrowed: `to_lowercase` of an ASCII span of several
    /// tokens, such as a name, without building a string.
    pub fn ascii_lower(&self, start: usize, end: usize) -> &str {
        self.lowered.ascii(start, end)
    }

    /// Bytes `start..end` of the text lower-cased (`to_lowercase`):
    /// borrowed from [`Doc::ascii_lower`] when they are ASCII, as most
    /// names and titles are.
    pub fn lowered_span(&self, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
        let s = &self.text[start..end];
        if s.is_ascii() {
            std::borrow::Cow::Borrowed(self.ascii_lower(start, end))
        } else {
            std::borrow::Cow::Owned(s.to_lowercase())
        }
    }
}

/// Characters that can open or close a quotation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›' | '„' | '‚' | '「' | '」' | '『' | '』' | '‟' | '‛')
}

fn is_word_char(c: char) -> bool {
    // General Punctuation (curly marks, dashes, odd spaces) holds no letter
    // or digit: most characters outside ASCII in news text are there, and
    // the range test spares them the Unicode tables.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    c.is_alphanumeric() || c == '\u{AD}'
}

/// The index of the first of `toks` starting at or after byte `pos`
/// (`toks.partition_point(|t| t.start < pos)`). A search by halves of
/// thousands of tokens misses the cache at its last steps, and a text of
/// quotes in one endless sentence searched it once per quote: there the
/// answer is looked for first where the byte offsets put it ([`far_first_at_or_after`]).
#[inline]
fn first_at_or_after(toks: &[Token], pos: usize) -> usize {
    if toks.len() <= FAR_TOKENS {
        toks.partition_point(|t| t.start < pos)
    } else {
        far_first_at_or_after(toks, pos)
    }
}

/// Beyond this many tokens (about 5 KB of text, 32 KB of tokens),
/// [`first_at_or_after`] interpolates.
const FAR_TOKENS: usize = 1024;

/// [`first_at_or_after`] of many tokens: a guess from the offsets (tokens
/// are spread about evenly over their bytes), a bracket around it widened
/// by doubling, and a search by halves within it: the tokens read lie
/// near the answer, and however uneven the tokens, no more steps are taken
/// than twice a search by halves.
#[inline(never)]
fn far_first_at_or_after(toks: &[Token], pos: usize) -> usize {
    let n = toks.len();
    let (first, last) = (toks[0].start, toks[n - 1].start);
    if pos <= first {
        return 0;
    }
    if pos > last {
        return n;
    }
    // Now first < pos <= last: the answer `a` is in 1..n, with
    // toks[a - 1].start < pos <= toks[a].start.
    let guess = guess_at_or_after(toks, pos);
    // A bracket lo..=hi holding `a`: toks[lo - 1].start < pos <= toks[hi].start.
    let (mut lo, mut hi);
    if toks[guess].start < pos {
        lo = guess + 1;
        hi = n - 1;
        let mut step = 1;
        while guess + step < n - 1 {
            if toks[guess + step].start >= pos {
                hi = guess + step;
                break;
            }
            lo = guess + step + 1;
            step *= 2;
        }
    } else {
        hi = guess;
        lo = 1;
        let mut step = 1;
        while step < guess {
            if toks[guess - step].start < pos {
                lo = guess - step + 1;
                break;
            }
            hi = guess - step;
            step *= 2;
        }
    }
    lo + toks[lo..hi].partition_point(|t| t.start < pos)
}

/// Where the first of `toks` at or after `pos` likely is, for
/// `toks[0].start < pos <= toks[n - 1].start` (so `n` ≥ 2): interpolated
/// from the offsets, as tokens are spread about evenly over their bytes,
/// and rounded up, in `1..n`. (In 64 bits: a run-on sentence of megabytes
/// overflows 32 in the wasm.)
#[inline]
fn guess_at_or_after(toks: &[Token], pos: usize) -> usize {
    let n = toks.len();
    let (first, last) = (toks[0].start, toks[n - 1].start);
    let guess = ((pos - first) as u64 * (n - 1) as u64).div_ceil((last - first) as u64);
    (guess as usize).clamp(1, n - 1)
}

/// Segments `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Doc<'_> {
    segment_with(text, &newlines(text), &by_positions(text))
}

/// The offsets of the `\n`s in `text`, ascending.
fn newlines(text: &str) -> Vec<usize> {
    text.match_indices('\n').map(|(i, _)| i).collect()
}

/// [`segment`], given the offsets of the `\n`s in `text` and its
/// [`by_positions`], ascending (normalising found them already:
/// `normalise::Text::newlines` and `bys`).
pub fn segment_with<'a>(text: &'a str, newlines: &[usize], bys: &[usize]) -> Doc<'a> {
    let mut doc = Doc {
        text,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        tokens: Vec::new(),
        lowered: Default::default(),
        memo: Vec::new(),
        by_tokens: Vec::new(),
        noted: Noted::default(),
    };
    // About one token per five bytes of news text (reserved a little
    // above): growing the vector from empty copied it a dozen times.
    doc.tokens.reserve(text.len() / 4);
    // And about one sentence per 120 bytes: reserved a little above.
    doc.sentences.reserve(text.len() / 96);
    // And "a" or "an" about once in 300 bytes: growing from empty cost
    // more than noting them.
    doc.noted.indefinites.reserve(text.len() / 128);
    // And a mark token about once in 100 bytes: reserved a little above.
    doc.noted.marks.reserve(text.len() / 64);
    // The text lowered as ASCII, once: the chrome test reads paragraphs in
    // it, and the tokens' lowered forms are kept in it.
    // (Room is left for the lowered forms `Lowered` appends, a few bytes
    // in a hundred, so that the buffer is not grown again for them.)
    // (Lowered as it is copied, in one pass: a copy, then a pass lowering
    // the copy, cost 0.3 instructions a byte more.)
    let mut ascii_lower = Vec::with_capacity(text.len() + text.len() / 16);
    ascii_lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
    // SAFETY: `text` is UTF-8, and lowering its ASCII bytes, the only
    // ones changed, leaves every character whole.
    let ascii_lower = unsafe { String::from_utf8_unchecked(ascii_lower) };
    doc.lowered = lower::Lowered::new(ascii_lower);
    // A paragraph per line at most, but for the rare byline split out of
    // one: growing from empty cost more than the paragraphing. (And no
    // more than the text's other bytes: a paste of empty lines reserves
    // nothing for them.)
    doc.paragraphs.reserve(newlines.len().min(text.len() - newlines.len()) + 1);
    // The sentence ends the tokenizer found in a paragraph, reused (room
    // for more than most paragraphs hold: not grown from empty).
    let mut ends = Vec::with_capacity(16);
    paragraphs::paragraphs(text, newlines, bys, |block| segment_paragraph(&mut doc, block, &mut ends));
    // The reservation above is a guess: a text of short words outgrows it
    // and the vector doubles, leaving up to half of its largest part (a
    // token per few bytes of input) unused for the whole run. Shrunk only
    // then (a quarter or more unused): the usual small slack is not worth
    // a reallocation per text.
    if doc.tokens.len() < doc.tokens.capacity() / 4 * 3 {
        doc.tokens.shrink_to_fit();
    }
    let by_token = |&at: &usize| {
        let i = doc.token_at_or_after(at);
        doc.tokens.get(i).is_some_and(|t| t.start == at && t.end == at + 2 && text.as_bytes()[at + 1] == b'y').then_some(i)
    };
    doc.by_tokens = bys.iter().filter_map(by_token).collect();
    doc.memo = vec![Slot::unset(); doc.tokens.len()];
    doc
}

fn segment_paragraph(doc: &mut Doc, block: paragraphs::Block, ends: &mut Vec<usize>) {
    let (start, end) = (block.start, block.end);
    let text = doc.text;
    let para_index = doc.paragraphs.len();
    let first_sentence = doc.sentences.len();
    let first_token = doc.tokens.len();
    ends.clear();
    let lowered_apart = doc.lowered.apart();
    let first_mark = doc.noted.marks.len();
    let (words, punct) = tokenize(text, start..end, first_sentence, &mut doc.tokens, &mut doc.lowered, ends, &mut doc.noted);
    let tokens = &mut doc.tokens[first_token..];
    // A token of this paragraph as written, unchecked: see `Doc::tok`.
    let tok = |t: Token| tok_str(text, t);

    // Split sentences at the terminators the tokenizer noted (token
    // indices in the paragraph, ascending); those swallowed after an
    // earlier one (`?!`, `..`) are passed over.
    let mut s_start_tok = 0;
    let mut s_start = start;
    let mut next = 0;
    for &i in ends.iter() {
        if i < next {
            continue;
        }
        let t = tokens[i];
        let c = tok(t);
        // Swallow closing marks and brackets after the terminator.
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].start == tokens[j - 1].end {
            let cj = tok(tokens[j]);
            if (tokens[j].kind == TokKind::Mark && !opens_quote(cj)) || matches!(cj, ")" | "]" | "." | "!" | "?") {
                j += 1;
            } else {
                break;
            }
        }
        let boundary = j < tokens.len()
            && tokens[j].start > tokens[j - 1].end
            && starts_sentence(tok(tokens[j]))
            && if c.len() > 1 {
                // A dotted acronym: "the U.S. Army" goes on, "the U.S. They"
                // and "at 3 p.m. “Go home”" do not.
                quote_after_abbreviation(text, tokens, i, j) || OPENERS.contains(&tok(tokens[j]))
            } else {
                true
            }
            && !(c == "."
                && i > 0
                && is_abbreviation(text, tokens[i - 1], t)
                && (!numbering(text, tokens[i - 1]) || tok(tokens[j]).starts_with(|c: char| c.is_ascii_digit()))
                && !quote_after_abbreviation(text, tokens, i - 1, j));
        if boundary {
            let range = first_token + s_start_tok..first_token + j;
            let sentence = Sentence { start: s_start, end: tokens[j - 1].end, paragraph: para_index, tokens: range, headline: false };
            push_sentence(text, &mut doc.sentences, sentence, &mut tokens[s_start_tok..j]);
            s_start_tok = j;
            s_start = tokens[j].start;
        }
        next = j;
    }
    if s_start_tok < tokens.len() || s_start < end {
        let range = first_token + s_start_tok..first_token + tokens.len();
        let sentence = Sentence { start: s_start, end, paragraph: para_index, tokens: range, headline: false };
        push_sentence(text, &mut doc.sentences, sentence, &mut tokens[s_start_tok..]);
    }
    // Only a token outside ASCII can lower to ASCII: one was lowered apart.
    let outside_ascii = doc.lowered.apart() > lowered_apart;
    let slash = punct.has(b'/');
    let chrome = block.furniture
        || is_chrome(&text[start..end], doc.lowered.ascii(start, end), words, slash, outside_ascii, || {
            // Every token outside ASCII is a noted mark: only those are read.
            lowers_to_ascii(text, doc.noted.marks[first_mark..].iter().map(|&m| &doc.tokens[m]))
        });
    let marks = outside_ascii || [b'"', b'\'', b'`', b'@', b':'].into_iter().any(|b| punct.has(b));
    doc.paragraphs.push(Paragraph { start, end, chrome, marks, sentences: first_sentence..doc.sentences.len() });
}

/// Pushes `sentence`, whose tokens are `tokens`, and marks them as its
/// own. (The tokenizer marked every token with its paragraph's first
/// sentence: a paragraph of one sentence, as most are, and the first
/// sentence of the others, need no new mark.)
fn push_sentence(text: &str, sentences: &mut Vec<Sentence>, sentence: Sentence, tokens: &mut [Token]) {
    if tokens.first().is_some_and(|t| t.sentence() != sentences.len()) {
        for tok in tokens.iter_mut() {
            tok.sent = sentences.len() as u32;
        }
    }
    sentences.push(Sentence { headline: is_headline(text, tokens), ..sentence });
}

/// Whether the sentence of `tokens` is written in headline case: three or
/// more words of four characters or more, nine in ten of them
/// capitalised, and some letter in lower case (shouted all-capitals prose
/// is no headline). The words are read only until the sentence cannot
/// pass: in prose, a few long words in lower case settle it, and the
/// letters are read only in the few sentences that pass the counts.
/// (Counting every word as the tokenizer made it cost more.)
fn is_headline(text: &str, tokens: &[Token]) -> bool {
    // `slack` is how far the long words could still reach nine in ten
    // capitalised, `long + words left - 10 * lower` (every token left
    // long and capitalised): a short token or a long word in lower case
    // lowers it, and none raises it, so once below zero the sentence
    // cannot pass. (`slack` is the one count the loop tests; the long
    // words are worked out from it at the end.) The tokens are read from
    // the last: in prose the first word, capitalised,
    // says nothing, and the bound holds in any order.
    let (mut lower, mut slack) = (0, tokens.len() as isize);
    for t in tokens.iter().rev() {
        // (Any other token is one character, which is never long: its
        // kind needs no test.)
        let is_long = t.end - t.start > 3 && (!t.non_ascii || text[t.start..t.end].chars().nth(3).is_some());
        if !is_long {
            slack -= 1;
            continue;
        }
        if !t.cap {
            lower += 1;
            slack -= 10;
            if slack < 0 {
                return false;
            }
        }
    }
    // (Each long word took ten from `slack` or nothing, each other token
    // one: the long words are `slack + 10 * lower`, counted here, not in
    // the loop.)
    slack + 10 * lower >= 3
        && slack >= 0
        && tokens.iter().filter(|t| t.kind == TokKind::Word).any(|t| {
            let w = &text[t.start..t.end];
            if t.non_ascii {
                w.chars().any(char::is_lowercase)
            } else {
                w.bytes().any(|b| b.is_ascii_lowercase())
            }
        })
}

/// Marks that, standing before a word, open a quotation.
pub fn opens_quote(s: &str) -> bool {
    matches!(s, "“" | "„" | "«" | "‹" | "‘" | "‚" | "「" | "『")
}

fn starts_sentence(s: &str) -> bool {
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || is_quote_mark(c) || matches!(c, '(' | '[' | '—' | '–' | '-')
}

/// Token `t` of `text` as written, made by [`tokenize`] from `text`.
fn tok_str(text: &str, t: Token) -> &str {
    debug_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
    // SAFETY: `tokenize` made `t` from `text`, and every token's ends are
    // character boundaries of it by the way it made them (see `Doc::tok`).
    unsafe { text.get_unchecked(t.start..t.end) }
}

/// Whether the period token `dot` after word `prev` (tokens of `text`)
/// belongs to an abbreviation or an initial rather than ending the
/// sentence.
fn is_abbreviation(text: &str, prev: Token, dot: Token) -> bool {
    if prev.end != dot.start || prev.kind != TokKind::Word {
        return false;
    }
    let w = tok_str(text, prev);
    // A single capital letter is an initial ("J. Smith").
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // Dotted acronyms keep their inner dots ("U.S"). (A word is short: a
    // byte loop, not a `memchr`.)
    if w.bytes().any(|b| b == b'.') {
        return !w.ends_with("S") || w.len() > 3;
    }
    lexicon::abbreviations().contains(w)
}

/// Capitalised words that open a sentence and never go on a name or an
/// organisation's name: after a dotted acronym they start a new sentence.
const OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our",
    "My", "There", "But", "And", "Yet", "So", "In", "On", "At", "If", "When", "While", "After", "Before", "Still", "Now", "Then",
];

/// Whether token `j` opens a quotation right after the abbreviation
/// `abbr` (and its period): "at 3 p.m. “Go home,” she said" starts a
/// sentence at the mark. A quotation opening in lower case goes on the
/// sentence ("the U.S. “clearly” needed"), and after an honorific it is a
/// nickname inside the name ("Gen. “Buzz” Ray").
fn quote_after_abbreviation(text: &str, tokens: &[Token], abbr: usize, j: usize) -> bool {
    let mark = tok_str(text, tokens[j]);
    (opens_quote(mark) || mark == "\"")
        && tokens.get(j + 1).is_some_and(|n| n.start == tokens[j].end && n.kind == TokKind::Word && n.cap)
        && !lexicon::honorifics().contains(tok_str(text, tokens[abbr]))
}

/// Whether the abbreviation before a period numbers what follows ("No. 5",
/// "pp. 12"): before anything but a number it is a word ("voted no.").
fn numbering(text: &str, prev: Token) -> bool {
    let w = tok_str(text, prev);
    // (Not "P.": a capital alone is an initial.)
    w == "p" || ["no", "nos", "vol", "vols", "pp", "fig", "figs"].iter().any(|a| w.eq_ignore_ascii_case(a))
}

/// Splits `text[start..end]` into tokens, appended to `out` and marked as
/// in sentence `sentence` (the paragraph's first: see [`push_sentence`]); the indices
/// (from the paragraph's first token) of the `.`, `!`, `?` and `…`
/// tokens, which may end a sentence, go to `ends`. Returns the number of
/// words as `split_whitespace` counts them: runs of tokens with no space
/// between them (every character but a space is in some token), and the
/// ASCII punctuation it holds ([`Punct`]). Tokens holding a character outside ASCII are lowered into
/// `lowered` as they are made, and the indices of the words "a", "an",
/// "A" and "An" go to `noted.indefinites` ([`Doc::indefinites`]), and
/// those of the tokens [`Doc::mark_tokens`] lists to `noted.marks`.
///
/// [`Doc::tok`] and [`Doc::lower`] slice tokens without checking their
/// ends (tokens are made nowhere else), so every end this makes is a
/// character boundary of `s`, and so of `text`, by construction: each is
/// the end of `s`, a place a checked slice (`s[i..]`) or decoding a whole
/// character led to, or the start or end of an ASCII byte (never part of
/// a longer character). A check per token was a tenth of segmenting.
fn tokenize(
    text: &str,
    std::ops::Range { start, end }: std::ops::Range<usize>,
    sentence: usize,
    out: &mut Vec<Token>,
    lowered: &mut lower::Lowered,
    ends: &mut Vec<usize>,
    noted: &mut Noted,
) -> (usize, Punct) {
    // Positions are the text's own (`s` ends where the paragraph does and
    // the scan starts at `start`): a token's ends need no offset added.
    let s = &text[..end];
    let bytes = s.as_bytes();
    let first = out.len();
    // Words are counted where they end: at a token that whitespace
    // follows (counted where the whitespace is passed over), or that ends
    // the paragraph (counted at the end). Every character but whitespace
    // is in some token, so a token not followed by whitespace is followed
    // by the next token of its word. (Counted per token, by a test of its
    // start against the last end, it took a register more in the loop.)
    let mut words = 0;
    let push = |out: &mut Vec<Token>, from: usize, to: usize, kind: TokKind, non_ascii: bool, cap: bool| {
        // (`s` is a slice of `text`: its boundaries are the text's.) Sound
        // by construction: see the note above `tokenize`.
        debug_assert!(from < to && s.is_char_boundary(from) && s.is_char_boundary(to), "a token's ends are not character boundaries");
        out.push(Token { start: from, end: to, kind, non_ascii, cap, sent: sentence as u32 });
    };
    // Whether whitespace at `at` ends a word: the last token ends there.
    let ends_word = |out: &Vec<Token>, at: usize| out.len() > first && out.last().is_some_and(|t| t.end == at);
    let (mut pos, mut punct) = (start, Punct::default());
    // The first place from which fewer than `scan::WIDE` bytes are left.
    let fast_end = bytes.len().saturating_sub(scan::WIDE - 1);
    'tokens: while pos < bytes.len() {
        // The word starting here, if one does: where, its first byte,
        // whether its first character is a capital, and where the run of
        // ASCII letters and digits from its first character ends.
        // (A loop: after a word and its space, the next eight bytes are
        // read at once, without the test of the outer loop.)
        let (i, b, cap, run_end) = 'word: loop {
            let i = pos;
            // Most tokens are words of ASCII letters: the eight bytes from
            // here, classed at once, say both whether one starts here and
            // where its first run of letters and digits ends (most words
            // are that run), which a test of the first byte and a scan
            // from the next said apart.
            // (Tested as `i < fast_end`, one compare with a number kept
            // from before the loop, where the slice from `i` cost two and
            // a slice after this test kept them both.)
            if i < fast_end {
                // SAFETY: `i < fast_end` means `bytes` holds `WIDE` bytes
                // or more and `i + WIDE <= bytes.len()`: the bytes from `i`
                // are in `bytes`, and `[u8; WIDE]` is aligned to one byte.
                let head = unsafe { &*bytes.as_ptr().add(i).cast::<[u8; scan::WIDE]>() };
                let stop = scan::first_stop_wide(head);
                if stop != 0 {
                    let b = head[0];
                    // (A longer word, rare, is taken here too when a space
                    // follows it.)
                    let run_end = if stop == scan::WIDE { scan::alnum_end(bytes, i + scan::WIDE) } else { i + stop };
                    // The commonest token of all, a word of one run and a
                    // space after it (which `word_end` would read again,
                    // and then the space), is taken from the bytes in hand.
                    // (Read again from the text, not from the bytes in hand by a shift,
                    // which took more instructions, nor from the copy of
                    // the eight bytes, which was kept on the stack for it
                    // and left the test of the next word's place in.)
                    // (Inside the bytes in hand the run ends before one
                    // that is read unchecked: the bounds test is for a
                    // longer run.)
                    let after = if stop == scan::WIDE {
                        bytes.get(run_end).copied()
                    } else {
                        debug_assert!(stop < scan::WIDE);
                        // SAFETY: `first_stop_wide` is at most `WIDE`, so
                        // here `stop` is below it and `run_end = i + stop <
                        // i + WIDE`, which is within `bytes` (see above).
                        Some(unsafe { *bytes.get_unchecked(run_end) })
                    };
                    if after == Some(b' ') {
                        let run = run_end - i;
                        if run <= 2 && b | 0x20 == b'a' && (run == 1 || head[1] == b'n') {
                            noted.indefinites.push(out.len());
                        }
                        push(out, i, run_end, TokKind::Word, false, b.is_ascii_uppercase());
                        words += 1;
                        pos = run_end + 1;
                        continue 'word;
                    }
                    // And the next commonest, such a word of three letters
                    // or more (never "a" or "an") with a comma or a full
                    // stop and a space after it, "said, ": a full stop a
                    // space follows joins nothing, so `word_end` would end
                    // the word before it too. (Natively only: it saved 85 K
                    // instructions a round and cost the wasm 81 B of gzip,
                    // which takes these words by the path below.)
                    let next = bytes.get(run_end..).and_then(<[u8]>::first_chunk::<2>);
                    let native = cfg!(not(target_arch = "wasm32"));
                    if let (Some(&[p @ (b',' | b'.'), b' ']), true, true) = (next, run_end - i > 2, native) {
                        push(out, i, run_end, TokKind::Word, false, b.is_ascii_uppercase());
                        if p == b'.' {
                            ends.push(out.len() - first);
                        }
                        punct.add(p);
                        push(out, run_end, run_end + 1, TokKind::Punct, false, false);
                        words += 1;
                        pos = run_end + 2;
                        continue 'word;
                    }
                    break 'word (i, b, b.is_ascii_uppercase(), run_end);
                }
            }
            let Some(&b) = bytes.get(pos) else { break 'tokens };
            // ASCII first, without decoding: spaces, punctuation and the
            // start of words in a paragraph's last few bytes.
            if b < 0x80 {
                pos += 1;
                if !b.is_ascii_alphanumeric() {
                    // (`char::is_whitespace` on ASCII.)
                    if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
                        words += usize::from(ends_word(out, i));
                        continue 'tokens;
                    }
                    if matches!(b, b'.' | b'!' | b'?') {
                        ends.push(out.len() - first);
                    }
                    punct.add(b);
                    if matches!(b, b'"' | b'\'' | b'`' | b'@' | b':') {
                        noted.marks.push(out.len());
                    }
                    let kind = if matches!(b, b'"' | b'\'') { TokKind::Mark } else { TokKind::Punct };
                    push(out, i, pos, kind, false, false);
                    // A space after a mark (", ", ". ") is passed over
                    // here, as after a word, not by a turn of the loop.
                    if bytes.get(pos) == Some(&b' ') {
                        pos += 1;
                        words += 1;
                    }
                    continue 'tokens;
                }
                break 'word (i, b, b.is_ascii_uppercase(), scan::alnum_end(bytes, pos));
            }
            let Some(c) = s[i..].chars().next() else { break 'tokens };
            pos += c.len_utf8();
            if c.is_whitespace() {
                words += usize::from(ends_word(out, i));
                continue 'tokens;
            }
            if !is_word_char(c) {
                if c == '…' {
                    ends.push(out.len() - first);
                }
                let kind = if is_quote_mark(c) { TokKind::Mark } else { TokKind::Punct };
                noted.marks.push(out.len());
                if ('\u{2000}'..='\u{206F}').contains(&c) {
                    lowered.add_mark(out.len(), c, i, pos);
                } else {
                    lowered.add(out.len(), &s[i..pos]);
                }
                push(out, i, pos, kind, true, false);
                // (And after a mark outside ASCII: "” ", "— ".)
                if bytes.get(pos) == Some(&b' ') {
                    pos += 1;
                    words += 1;
                }
                continue 'tokens;
            }
            break 'word (i, b, c.is_uppercase(), scan::alnum_end(bytes, pos));
        };
        let (word_end, non_ascii) = word_end(s, i, run_end, b >= 0x80);
        // (Only a word outside ASCII is sliced, for its lowered form and
        // length in characters.)
        if non_ascii {
            lowered.add(out.len(), &s[i..word_end]);
            noted.marks.push(out.len());
        }
        // "a", "an", "A" or "An" (no other byte has the low bits of 'a').
        if word_end - i <= 2 && b | 0x20 == b'a' && (word_end - i == 1 || bytes[i + 1] == b'n') {
            noted.indefinites.push(out.len());
        }
        // (The hyphen asked in line: most words have none there.)
        let cap = cap || word_end > run_end + 2 && bytes[run_end] == b'-' && arabic_article(bytes, i, run_end);
        push(out, i, word_end, TokKind::Word, non_ascii, cap);
        // A dotted acronym that took its final dot ("U.S.") may end a
        // sentence: `segment_paragraph` decides.
        if bytes[word_end - 1] == b'.' {
            ends.push(out.len() - 1 - first);
        }
        pos = word_end;
        // Most words are followed by a space: passed over here rather than
        // by a turn of the loop (an ASCII byte, so `pos` stays a boundary).
        if bytes.get(pos) == Some(&b' ') {
            pos += 1;
            words += 1;
        }
    }
    words += usize::from(ends_word(out, end));
    (words, punct)
}

/// Whether the word from `i`, whose first run of letters ends at
/// `run_end` with a hyphen and more letters after it, is an Arabic surname
/// with its article: "al-Mansouri", "el-Sayed", "bin-Talal". It is a
/// capitalised name word, though its first letter is not ("pro-Trump" and
/// "ex-Google" are not names).
#[cold]
fn arabic_article(bytes: &[u8], i: usize, run_end: usize) -> bool {
    bytes[run_end + 1].is_ascii_uppercase()
        && matches!(&bytes[i..run_end], b"al" | b"el" | b"ul" | b"ad" | b"ash" | b"as" | b"az" | b"ud" | b"bin" | b"ibn" | b"abu" | b"abd")
}

/// The ASCII punctuation bytes a paragraph holds, noted by the tokenizer
/// for later tests (a `/` for [`slash_credit`], quotation marks for
/// [`Paragraph::marks`]) at the cost of one shift per mark. A byte's bit
/// is its low six bits, which no two ASCII punctuation bytes of interest
/// share (a control byte may share one: a test may then say yes wrongly,
/// never no).
#[derive(Debug, Default, Clone, Copy)]
struct Punct(u64);

impl Punct {
    fn add(&mut self, b: u8) {
        self.0 |= 1 << (b & 63);
    }

    fn has(self, b: u8) -> bool {
        self.0 & 1 << (b & 63) != 0
    }
}

/// The end of the word that starts at byte `i` of `s`, whose run of
/// ASCII letters and digits from its first character ends at `run_end`,
/// and whether it holds a character outside ASCII (`non_ascii` says
/// whether its first one does). (Called from one place in the
/// tokenizer's loop, for most words: it is inlined there.)
/// The end is a character boundary (`Doc::tok` relies on it): each step
/// passes ASCII bytes ([`scan::alnum_end`], the final dot) or the whole
/// character [`word_goes_on`] decoded.
fn word_end(s: &str, i: usize, run_end: usize, mut non_ascii: bool) -> (usize, bool) {
    let bytes = s.as_bytes();
    // Most words end at an ASCII space or a mark that joins nothing:
    // an ASCII joiner joins only a word character after it (an ASCII
    // one is a letter or digit), so a full stop ending a sentence ends
    // its word here.
    let joins = |at: usize| bytes.get(at).is_some_and(|&b| b >= 0x80 || b.is_ascii_alphanumeric());
    // "3,000", "1,250,000": a comma between a number's groups of three
    // digits is the number's ("told 3,000 workers that …" has no comma).
    let grouped = |at: usize| {
        bytes[i].is_ascii_digit()
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1..at + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_alphanumeric)
    };
    let ends_at = |at: usize| {
        bytes.get(at).is_none_or(|&b| b < 0x80 && !(matches!(b, b'\'' | b'-' | b'.') && joins(at + 1)) && !(b == b',' && grouped(at)))
    };
    // Runs of ASCII letters and digits, the bulk of a word: most words
    // are one run, returned at once, without the state of the loop below.
    let mut word_end = run_end;
    if ends_at(word_end) {
        return (word_end, non_ascii);
    }
    // Whether the word took an inner '.', its only way to hold one.
    let mut dotted = false;
    loop {
        word_end = scan::alnum_end(bytes, word_end);
        if ends_at(word_end) {
            break;
        }
        if bytes[word_end] == b',' {
            word_end += 4;
            continue;
        }
        let Some(next) = word_goes_on(s, i, word_end, &mut dotted) else { break };
        // (The character passed over is outside ASCII if its first byte is.)
        non_ascii |= bytes[word_end] >= 0x80;
        word_end = next;
    }
    // A dotted acronym takes its final dot: "U.S." → "U.S."
    if dotted && s[word_end..].starts_with('.') {
        word_end += 1;
    }
    (word_end, non_ascii)
}

/// Where the word of [`word_end`] that starts at byte `i` goes on after
/// byte `j`, where a run of ASCII letters and digits stopped at a
/// character outside ASCII or a joiner, if it does: past that character
/// when it is a word character or an inner joiner. Apart from the loop of
/// `word_end`, whose every word runs through, and seldom reached.
#[inline(never)]
fn word_goes_on(s: &str, i: usize, j: usize, dotted: &mut bool) -> Option<usize> {
    // Most joins are an ASCII joiner or `’` between ASCII letters and
    // digits ("pier-side", "don't", "Ana’s", "U.S"): told from the bytes,
    // without decoding (the tests below, on ASCII characters).
    let bytes = s.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    let (d, after) = match at(j) {
        b @ (b'\'' | b'-' | b'.') => (b, j + 1),
        0xE2 if at(j + 1) == 0x80 && at(j + 2) == 0x99 => (b'\'', j + 3),
        _ => (0, j),
    };
    let (n, m) = (at(after), at(after + 1));
    // (Natively only: the wasm decodes every join, which is smaller.)
    if cfg!(not(target_arch = "wasm32")) && d != 0 && n.is_ascii_alphanumeric() && m < 0x80 {
        let single_next = !m.is_ascii_alphanumeric();
        if d == b'\'' && n == b's' && single_next {
            return None;
        }
        if d == b'.' {
            let word = &bytes[i..j];
            let last = &word[word.iter().rposition(|&c| c == b'.').map_or(0, |p| p + 1)..];
            // (A last part of several bytes starting outside ASCII may be
            // one character: left to the test below.)
            match last {
                [_] if single_next => *dotted = true,
                [c, _, ..] if *c >= 0x80 => return word_goes_on_decoded(s, i, j, dotted),
                _ => return None,
            }
        }
        return Some(after);
    }
    word_goes_on_decoded(s, i, j, dotted)
}

/// [`word_goes_on`] by decoding characters: where a character outside
/// ASCII is the joiner or joined.
fn word_goes_on_decoded(s: &str, i: usize, j: usize, dotted: &mut bool) -> Option<usize> {
    let d = s[j..].chars().next()?;
    let after = j + d.len_utf8();
    if is_word_char(d) {
        return Some(after);
    }
    // Inner joiners: don't, Jean-Noël, U.S (the final dot of an
    // acronym is decided by the sentence splitter).
    if !matches!(d, '\'' | '’' | '-' | '‐' | '.') || !s[after..].chars().next().is_some_and(is_word_char) {
        return None;
    }
    // Keep the possessive 's as its own token.
    if matches!(d, '\'' | '’') {
        let tail = &s[after..];
        if tail.starts_with('s') && !tail[1..].chars().next().is_some_and(is_word_char) {
            return None;
        }
    }
    if d == '.' {
        // Only dotted single letters: U.S, U.K, D.C
        let word = &s[i..j];
        let last = word.rsplit('.').next().unwrap_or(word);
        let mut next_two = s[j + 1..].chars().take(2);
        let single_next = !next_two.nth(1).is_some_and(is_word_char);
        if last.chars().count() != 1 || !single_next {
            return None;
        }
        *dotted = true;
    }
    Some(after)
}

/// Whether one of `tokens` holds a character outside ASCII that lowers to
/// an ASCII letter: 'İ' or the Kelvin sign. Only those marked
/// [`Token::non_ascii`] are read.
fn lowers_to_ascii<'t>(text: &str, tokens: impl IntoIterator<Item = &'t Token>) -> bool {
    tokens.into_iter().any(|t| t.non_ascii && text[t.start..t.end].chars().any(|c| matches!(c, '\u{130}' | '\u{212A}')))
}

/// Site furniture: a short paragraph with a known phrase, a photo credit,
/// or a copyright line. `ascii_lower` is `p` lowered as ASCII, `words` its
/// number of words, `slash` whether it holds a `/`, `outside_ascii`
/// whether it holds a character outside ASCII other than a space (some
/// token does), `lowers_to_ascii` whether one of those lowers to an ASCII
/// letter (asked only when needed: see [`lowers_to_ascii`]).
fn is_chrome(p: &str, ascii_lower: &str, words: usize, slash: bool, outside_ascii: bool, lowers_to_ascii: impl FnOnce() -> bool) -> bool {
    let trimmed = p.trim_end();
    // Only a paragraph with a slash is looked through for a slash credit
    // (a search from its end, through the whole of most paragraphs).
    let credit = slash && slash_credit(trimmed);
    // Most prose paragraphs are long, and then only a photo credit can be
    // chrome: answer those without lowering the paragraph.
    if words >= 40 && !trimmed.ends_with(')') && !credit {
        return false;
    }
    // Every phrase looked for below is ASCII (`chrome.txt` too) or has no
    // case, so lowering only ASCII finds the same ones, unless a
    // character outside ASCII lowers to an ASCII letter: 'İ' and the
    // Kelvin sign. Lowering each paragraph anew was a third of this test.
    let lower: std::borrow::Cow<str> = if outside_ascii && lowers_to_ascii() { p.to_lowercase().into() } else { ascii_lower.into() };
    // © or its Thai misreading ยฉ: none is looked for in a paragraph of
    // ASCII (most of them), which the tokenizer noted. A search for one
    // character runs on a search for its last byte; the one for ยฉ is
    // made only where its last character, `ฉ`, is found (rare).
    let copyright = outside_ascii && (lower.contains('©') || (lower.contains('ฉ') && lower.contains("ยฉ")));
    // A paragraph of 30 words or fewer is chrome anyway if it says "all
    // rights reserved", a phrase of the chrome list tested below: the
    // search for it here is only needed for longer ones.
    if copyright || (words > 30 && lower.contains("all rights reserved")) {
        return words < 40;
    }
    // Photo credits: "… /Name/Agency" or "(Photo: …)" at the end.
    if trimmed.ends_with(')') && (lower.contains("(photo") || lower.contains("getty images")) {
        return true;
    }
    if credit {
        return true;
    }
    if words <= 30 && lexicon::chrome().any_entry_in(&lower) && !reports_speech(&lower) {
        return true;
    }
    // Short lines that start with a byline marker.
    if words <= 8 && (lower.starts_with("by ") || lower.starts_with("author:") || lower.starts_with("reporting by")) {
        return true;
    }
    false
}

/// Whether a short paragraph holding a furniture word is the article's
/// prose reporting speech: "Smith said the privacy policy is weak",
/// "“We sold every cookie,” Smith said". Not when the furniture opens it
/// ("Read more: Lind says …", "Photo: …"); quote marks alone are no sign
/// ("“Follow Jo Lee on Twitter @jolee.”" closing a transcript).
fn reports_speech(lower: &str) -> bool {
    let speech = lower.split(|c: char| !c.is_ascii_alphabetic()).any(|w| matches!(w, "said" | "says" | "told"));
    let opening = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    speech && !lexicon::chrome().entries().any(|e| opening.starts_with(e))
}

/// A photo credit at the end: "… /Name/Agency" (the last " /" followed by
/// another slash and at most eight words).
fn slash_credit(trimmed: &str) -> bool {
    // The last " /": the last slash with a space before it. `rfind('/')`
    // runs on memrchr, several times faster than searching for " /".
    let mut end = trimmed.len();
    while let Some(j) = trimmed[..end].rfind('/') {
        if j > 0 && trimmed.as_bytes()[j - 1] == b' ' {
            let tail = &trimmed[j + 1..];
            return tail.matches('/').count() >= 1 && tail.split_whitespace().count() <= 8;
        }
        end = j;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn far_token_searches_find_what_a_search_by_halves_does() {
        // Thousands of tokens, unevenly spread: long words, then runs of
        // marks, then a gap of spaces, so that guesses from the offsets
        // miss both ways.
        let mut text = String::new();
        for k in 0..900 {
            text += if k % 3 == 0 { "Extraordinarily " } else { "“a” " };
        }
        text += &" ".repeat(5000);
        text += &"x, ".repeat(800);
        let doc = segment(&text);
        let toks = doc.tokens();
        assert!(toks.len() > 3 * FAR_TOKENS, "{} tokens", toks.len());
        for pos in (0..=text.len() + 1).step_by(7).chain([toks[0].start, toks[toks.len() - 1].start]) {
            let by_halves = toks.partition_point(|t| t.start < pos);
            assert_eq!(doc.token_at_or_after(pos), by_halves, "byte {pos}");
            for (lo, hi) in [(5, toks.len() - 3), (FAR_TOKENS / 2, toks.len()), (0, FAR_TOKENS + 1)] {
                let within = lo + toks[lo..hi].partition_point(|t| t.start < pos);
                assert_eq!(doc.token_in(lo, hi, pos), within, "byte {pos} in {lo}..{hi}");
            }
        }
    }

    #[test]
    fn bounded_token_searches_find_what_token_at_or_after_does() {
        let text = "Interior Minister Ana Ruiz, 54, said: “We will.” Then she left, “at once,” he said.";
        let doc = segment(text);
        let n = doc.tokens.len();
        for pos in 0..=text.len() {
            let all = doc.token_at_or_after(pos);
            // From every token that starts at or before `pos` (the first
            // token at or after some position).
            for t in 0..=all {
                assert_eq!(doc.token_from(t, pos), all, "from token {t} to byte {pos}");
            }
            for lo in 0..=n {
                for hi in lo..=n {
                    assert_eq!(doc.token_in(lo, hi, pos), all.clamp(lo, hi), "tokens {lo}..{hi}, byte {pos}");
                }
            }
        }
    }

    /// The guess and walk answer as `Doc::token_in`: every position and
    /// range, tokens of every length (a long one puts guesses far off).
    #[test]
    fn token_near_is_token_in() {
        let doc = segment("He said “no.” An extraordinarily-long-hyphenated-word-that-goes-on-and-on, she said, is x. Y z!");
        let n = doc.tokens().len();
        for lo in 0..=n {
            for hi in lo..=n {
                for pos in 0..=doc.text().len() + 1 {
                    assert_eq!(doc.token_near(lo, hi, pos), doc.token_in(lo, hi, pos), "{lo} {hi} {pos}");
                }
            }
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let d = segment(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn lowered_forms_and_word_lists_survive_dropped_memos() {
        let mut d = segment("“Élodie’s pier is SHUT,” the Mayor said. ÆON Corp’s chief executive, Ana Ortiz, disagreed.");
        let lowered: Vec<String> = (0..d.tokens.len()).map(|i| d.lower(i).to_string()).collect();
        assert!(lowered.contains(&"élodie".to_string()) && lowered.contains(&"æon".to_string()) && lowered.contains(&"shut".to_string()));
        let lists: Vec<u64> = (0..d.tokens.len()).map(|i| d.lists(i)).collect();
        assert!(lists.iter().any(|&l| l & lexicon::CUE_VERBS != 0), "'said' is a cue verb");
        d.drop_memos();
        assert_eq!((0..d.tokens.len()).map(|i| d.lists(i)).collect::<Vec<_>>(), lists);
        assert_eq!((0..d.tokens.len()).map(|i| d.lower(i).to_string()).collect::<Vec<_>>(), lowered);
    }

    #[test]
    fn tokens_know_whether_they_are_ascii() {
        let text = "“Élodie’s pier-‐side U.S. café,” said Ana — 9:05 a.m. ÆON’s don’t İ ‘x’.";
        let d = segment(text);
        for i in 0..d.tokens.len() {
            assert_eq!(d.tokens[i].non_ascii, !d.tok(i).is_ascii(), "{:?}", d.tok(i));
        }
    }

    /// `Doc::tok` and `Doc::lower` read tokens unchecked: every token's
    /// ends must be character boundaries, in any script and around marks,
    /// dashes, emoji and combining characters.
    #[test]
    fn token_ends_are_character_boundaries() {
        let text = "«Ça va», dit-il — 東京で “Grüße!” 👍🏽 x\u{301}y ‘İstanbul’… Σίσυφος’ 9:05 a.m.\u{200B}U.S.–EU ½ ﬁne.";
        let d = segment(text);
        assert!(d.tokens.len() > 20);
        for (i, t) in d.tokens.iter().enumerate() {
            assert!(t.start < t.end && text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{t:?}");
            assert_eq!(d.tok(i), &text[t.start..t.end]);
            assert_eq!(d.lower(i).as_str(), text[t.start..t.end].to_lowercase().replace('’', "'"));
        }
    }

    // `Doc::tok` slices without checking: every token's ends must be
    // character boundaries for any text, joiners and marks included
    // (the tokenizer no longer checks each one as it makes it).
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        #[test]
        fn any_text_gives_tokens_on_character_boundaries(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "An", "U", "S", "9", ".", "'", "’", "-", "‐", " ", "\n", "“", "”", "…", "é", "\u{301}", "İ", "東", "👍🏽",
                "\u{200B}", "\u{AD}", "ß", "s", "?", "!", "/", "©", "\t", "\u{A0}",
            ]), 0..60)
        ) {
            let text: String = pieces.concat();
            let d = segment(&text);
            for (i, t) in d.tokens.iter().enumerate() {
                proptest::prop_assert!(t.start < t.end && text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{:?} in {:?}", t, text);
                proptest::prop_assert_eq!(d.tok(i), &text[t.start..t.end]);
            }
        }
    }

    // `word_goes_on`'s reading of the bytes says what decoding says.
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        #[test]
        fn joins_read_from_bytes_are_those_decoded(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "U", "S", "s", "9", ".", "'", "’", "-", "‐", " ", "é", "É", "\u{301}", "東", "”", "\u{AD}", "x.", "t",
            ]), 0..12)
        ) {
            let s: String = pieces.concat();
            for j in (0..s.len()).filter(|&j| s.is_char_boundary(j) && (s.as_bytes()[j] >= 0x80 || b"'-.".contains(&s.as_bytes()[j]))) {
                for i in (0..=j).filter(|&i| s.is_char_boundary(i)) {
                    let (mut fast, mut slow) = (false, false);
                    let got = (word_goes_on(&s, i, j, &mut fast), fast);
                    proptest::prop_assert_eq!(got, (word_goes_on_decoded(&s, i, j, &mut slow), slow), "{:?} {} {}", s, i, j);
                }
            }
        }
    }

    #[test]
    fn tokens_know_whether_they_are_capitalised_words() {
        let text = "“Élodie’s pier-side U.S. café,” said Ana — 9:05 a.m. ÆON’s don’t İ ‘x’ ǅ Ⅻ ß «Σ» (A).";
        let d = segment(text);
        for i in 0..d.tokens.len() {
            let want = d.tokens[i].kind == TokKind::Word && d.tok(i).starts_with(char::is_uppercase);
            assert_eq!(d.is_cap(i), want, "{:?}", d.tok(i));
        }
        assert!(!d.is_cap(d.tokens.len()));
    }

    /// The headline test, which stops reading a sentence early, gives
    /// each sentence what a count of all its words gives.
    #[test]
    fn headline_counts_are_each_sentences_own() {
        let text = "Port Closure Will Cost Jobs, Okoye Says. “Élodie Wants Ærø Harbour Reopened?!” Then Ana Ortiz Left… \
            Ferry Staff Were Told (Later). SHOUTED WORDS HERE ARE. One more sentence here.\nÉlan Über Große Straße\nWhy Not\n\
            Port ferry Closure Will Cost Local Jobs, Okoye Says Again Today Without Doubt\n\
            Port ferry Closure will Cost Local Jobs, Okoye Says Again Today Without Doubt\n\
            Port Closure 👍🏽 Will Cost Local Jobs, Okoye Says Again Today Without ferry";
        let d = segment(text);
        assert!(d.sentences.len() >= 7);
        let mut seen = [false; 2];
        for s in &d.sentences {
            let words: Vec<&Token> = d.tokens[s.tokens.clone()].iter().filter(|t| t.kind == TokKind::Word).collect();
            let long: Vec<&&Token> = words.iter().filter(|t| text[t.start..t.end].chars().count() > 3).collect();
            let capital = long.iter().filter(|t| text[t.start..t.end].starts_with(char::is_uppercase)).count();
            let lower = words.iter().any(|t| text[t.start..t.end].chars().any(char::is_lowercase));
            let want = long.len() >= 3 && capital * 10 >= long.len() * 9 && lower;
            assert_eq!(s.headline, want, "{:?}", &text[s.start..s.end]);
            seen[usize::from(want)] = true;
        }
        assert_eq!(seen, [true; 2]);
        // One long word in lower case among thirteen, early or last, is
        // a headline; two are not (the early stop must not say no early).
        let last: Vec<bool> = d.sentences.iter().rev().take(3).map(|s| s.headline).collect();
        assert_eq!(last, [true, false, true]);
    }

    #[test]
    fn by_tokens_are_the_tokens_reading_by() {
        let text = "News By Dana Wirth\nBY Ana. Bye, By-law, aBy, “By” x\nBYy By";
        let d = segment(text);
        let want: Vec<usize> = (0..d.tokens.len()).filter(|&i| d.tok(i) == "By").collect();
        assert_eq!(want.len(), 3);
        assert_eq!(d.by_tokens(), want);
    }

    #[test]
    fn indefinites_are_the_tokens_reading_a_or_an() {
        let text = "A man, an aide and AN ox met An a. Ana, at, a-b, ‘a’ Éa An\nán aN a";
        let d = segment(text);
        let want: Vec<usize> = (0..d.tokens.len()).filter(|&i| matches!(d.tok(i), "a" | "an" | "A" | "An")).collect();
        assert_eq!(want.len(), 7);
        assert_eq!(d.indefinites(), want);
    }

    #[test]
    fn mark_tokens_are_those_outside_ascii_or_reading_marks() {
        let text = "“Élodie’s pier,” said Ana: \"no\" `x' @a don't — ½ 9:05 café\u{A0}x.\nPlain words, (and) more; here.";
        let d = segment(text);
        let want: Vec<usize> =
            (0..d.tokens.len()).filter(|&i| d.tokens[i].non_ascii || matches!(d.tok(i), "\"" | "'" | "`" | "@" | ":")).collect();
        assert!(want.len() > 10);
        assert_eq!(d.mark_tokens(), want);
    }

    #[test]
    fn general_punctuation_holds_no_word_character() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!(c.is_alphanumeric() || c == '\u{AD}'), "{c:?}");
        }
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith went to the U.S. on Friday. He said “Hi.” Then J. Doe left."),
            vec!["Mr. Smith went to the U.S. on Friday.", "He said “Hi.”", "Then J. Doe left."]
        );
        // "No." numbers only before a number.
        assert_eq!(
            sentences("He ranked No. 4 in May. She would vote no. The bill failed. Dan P. Lee left."),
            vec!["He ranked No. 4 in May.", "She would vote no.", "The bill failed.", "Dan P. Lee left."]
        );
        // A quotation opening after an abbreviation that can end a sentence
        // starts the next one; after an honorific it is a nickname.
        assert_eq!(
            sentences("They met at 3 p.m. \"Go home,\" she said. Gen. \"Buzz\" Ray came. He joined Acme Inc. “Fine,” he said."),
            vec!["They met at 3 p.m.", "\"Go home,\" she said.", "Gen. \"Buzz\" Ray came.", "He joined Acme Inc.", "“Fine,” he said."]
        );
        // A dotted acronym ends a sentence before a quotation or a word
        // that only opens one, never before a name it belongs to.
        assert_eq!(
            sentences("Troops left the U.S. They flew. The U.S. Army came. It was 9 a.m. “Up,” he said. The U.S. “must act,” he said."),
            vec![
                "Troops left the U.S.",
                "They flew.",
                "The U.S. Army came.",
                "It was 9 a.m.",
                "“Up,” he said.",
                "The U.S. “must act,” he said."
            ]
        );
    }

    #[test]
    fn tokens_keep_names_and_split_possessives() {
        let text = "Jean-Noël Barrot’s aide didn't go.";
        let d = segment(text);
        let toks: Vec<&str> = (0..d.tokens.len()).map(|i| d.tok(i)).collect();
        assert_eq!(toks, vec!["Jean-Noël", "Barrot", "’", "s", "aide", "didn't", "go", "."]);
    }

    /// A joiner (`'`, `-`, `.`) joins only when a word character follows.
    #[test]
    fn joiners_join_only_before_word_characters() {
        let text = "end. U.S. x- -y a-b a-é a.b a.. don't rock'n' x'. 9.5 pier-'s A.b.";
        let d = segment(text);
        let toks: Vec<&str> = (0..d.tokens.len()).map(|i| d.tok(i)).collect();
        assert_eq!(
            toks,
            [
                "end", ".", "U.S.", "x", "-", "-", "y", "a-b", "a-é", "a.b", "a", ".", ".", "don't", "rock'n", "'", "x", "'", ".", "9.5",
                "pier", "-", "'", "s", "A.b."
            ]
        );
    }

    #[test]
    fn counts_words_like_split_whitespace() {
        for p in [
            "",
            " ",
            "a",
            " a b  c ",
            "a\u{A0}b\u{3000}c\td\x0Be\u{1C}f",
            "é è\u{2003}ü",
            "one two",
            "“Yes,” she said -- (AP) U.S. don’t \u{AD}x",
            "Harbour pier at dawn /Ana Ortiz/Harbour Daily",
            "a/b é/",
            "Harbour. \tpiers,\u{A0}x — \u{2003}yes ” no  ",
        ] {
            let (words, punct) =
                tokenize(p, 0..p.len(), 0, &mut Vec::new(), &mut Default::default(), &mut Vec::new(), &mut Default::default());
            assert_eq!(words, p.split_whitespace().count(), "{p:?}");
            assert_eq!(punct.has(b'/'), p.contains('/'), "{p:?}");
        }
    }

    /// `Paragraph::marks` is set exactly where a paragraph holds a
    /// character outside ASCII (but a space) or one of `"'`@:`.
    #[test]
    fn notes_paragraphs_with_marks() {
        let text = "Plain words, (and) more; here.\nHe said \"no\".\nIt's done.\nAt a@b x.\nNote: this.\nUse `x` now.\n\
                    Caf\u{e9} open.\nA \u{2014} dash.\nA\u{A0}space.\nx/y z? {a}~|<>=.";
        let d = segment(text);
        assert_eq!(d.paragraphs.len(), 10);
        for p in &d.paragraphs {
            let s = &text[p.start..p.end];
            let want = s.chars().any(|c| (!c.is_ascii() && !c.is_whitespace()) || "\"'`@:".contains(c));
            assert_eq!(p.marks, want, "{s:?}");
        }
    }

    /// `is_chrome` leaves "all rights reserved" in a short paragraph to
    /// the chrome list.
    #[test]
    fn the_chrome_list_holds_all_rights_reserved() {
        assert!(lexicon::chrome().entries().any(|e| e == "all rights reserved"));
        assert!(is_chrome("Acme News, all rights reserved", "acme news, all rights reserved", 4, false, false, || false));
        // A copyright sign is looked for where a token holds a character
        // outside ASCII.
        assert!(is_chrome("© Acme News", "© acme news", 3, false, true, || false));
        // And so is ©'s Thai misreading, ยฉ (whose bytes hold no 0xA9).
        let long = "ยฉ 2025 Acme News and its partners, who may not reprint, sell, broadcast or otherwise use any part of it";
        assert!(is_chrome(long, long, 21, false, true, || false));
        assert!(!is_chrome(&long[6..], &long[6..], 20, false, true, || false));
    }

    #[test]
    fn a_number_grouped_by_commas_is_one_token() {
        let text = "1,250,000 and 3,000, not 1,2,3, 3,0004, 12,34 or ab,123.";
        let d = segment(text);
        let toks: Vec<&str> = d.tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            toks,
            [
                "1,250,000",
                "and",
                "3,000",
                ",",
                "not",
                "1",
                ",",
                "2",
                ",",
                "3",
                ",",
                "3",
                ",",
                "0004",
                ",",
                "12",
                ",",
                "34",
                "or",
                "ab",
                ",",
                "123",
                "."
            ]
        );
    }

    #[test]
    fn flags_chrome() {
        let d = segment(
            "By continuing to browse our site you agree to our use of cookies.\nHe said so.\n© 2025 Acme News. All rights reserved.",
        );
        let flags: Vec<bool> = d.paragraphs.iter().map(|p| p.chrome).collect();
        assert_eq!(flags, vec![true, false, true]);
        // A furniture word in prose that reports speech is the article's;
        // furniture opening the line is not.
        let d = segment(
            "Nadia Ferro said the privacy policy was vague.\n“We sold every cookie,” Omar Lind said.\nRead more: Lind says the vote was rigged\nA new privacy policy takes effect.",
        );
        let flags: Vec<bool> = d.paragraphs.iter().map(|p| p.chrome).collect();
        assert_eq!(flags, vec![false, false, true, true]);
    }

    /// The Kelvin sign lowers to an ASCII `k`: "Coo\u{212A}ies" reads as
    /// "cookies", a chrome phrase, only if the paragraph is lowered whole.
    #[test]
    fn finds_characters_that_lower_to_ascii() {
        let text = "Coo\u{212A}ies help us.\nHe flew to İzmir.\n“Élodie’s pier,” he said.";
        let d = segment(text);
        let found: Vec<bool> = d.sentences.iter().map(|s| lowers_to_ascii(text, &d.tokens[s.tokens.clone()])).collect();
        assert_eq!(found, vec![true, true, false]);
        assert_eq!(d.paragraphs.iter().map(|p| p.chrome).collect::<Vec<_>>(), vec![true, false, false]);
    }
}
