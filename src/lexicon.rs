//! Word lists, compiled in from `src/lexicon/*.txt`.
//!
//! Lexicons are data: one entry per line, `#` starts a comment, case is
//! folded on load. Adding a reporting verb or a title is an edit to a text
//! file, not to code.
//!
//! A line may list several forms of one word separated by commas ("say,
//! says, said, saying"); the first is the line's lemma, so a form can be
//! mapped back to its base ([`Lexicon::lemma`], [`lemma`]) and word
//! classes can be listed once, by lemma ("verbs_say.txt").

/// A word list's text, `include_str!`'s, less its comment lines (those
/// starting with `#`), at compile time: the headers that give a list's
/// source, version and licence stay in the repo's files and out of the
/// wasm, where they were 8 KB of text. (Parsers skip comments all the
/// same; a line is kept or dropped whole, so the text stays UTF-8.)
macro_rules! list_text {
    ($path:expr) => {{
        const RAW: &[u8] = include_bytes!($path);
        const BYTES: [u8; $crate::lexicon::uncommented_len(RAW)] = $crate::lexicon::uncommented(RAW);
        const TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a word list is not UTF-8"),
        };
        TEXT
    }};
}

pub mod gazetteer;

/// A front-coded list's text written out, once per list: a line that
/// starts with a digit `d` takes the first `d` bytes of the line before it,
/// then its own bytes ("2ia" after "ana" is "ania"). Sorted lists so
/// written are an eighth smaller in the page's gzip download. A `|` line
/// (a group's flags) is copied and shares nothing with the line after it.
/// The text lives as long as the process, as the compiled-in text does, so
/// the lists borrow it as they borrow that. (The generators write no
/// broken row; a test reads every front-coded list.)
pub(crate) fn front_decoded(src: &str) -> &'static str {
    let mut out: Vec<u8> = Vec::with_capacity(src.len() * 2);
    let mut before = 0..0;
    for line in src.split_inclusive('\n') {
        let start = out.len();
        match line.as_bytes()[0] {
            d @ b'0'..=b'9' => {
                let shared = usize::from(d - b'0').min(before.len());
                out.extend_from_within(before.start..before.start + shared);
                out.extend_from_slice(&line.as_bytes()[1..]);
            }
            _ => out.extend_from_slice(line.as_bytes()),
        }
        let end = out.len() - usize::from(out.last() == Some(&b'\n'));
        before = if line.starts_with('|') { end..end } else { start..end };
    }
    let text = String::from_utf8(out).unwrap_or_else(|_| panic!("a front-coded list splits a character"));
    Box::leak(text.into_boxed_str())
}

/// The length of [`list_text`]'s text of `src`.
pub(crate) const fn uncommented_len(src: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < src.len() {
        let end = line_end(src, i);
        if src[i] != b'#' {
            n += end - i;
        }
        i = end;
    }
    n
}

/// [`list_text`]'s text of `src`, of its length `N`.
pub(crate) const fn uncommented<const N: usize>(src: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    let (mut i, mut n) = (0, 0);
    while i < src.len() {
        let end = line_end(src, i);
        if src[i] != b'#' {
            while i < end {
                out[n] = src[i];
                (i, n) = (i + 1, n + 1);
            }
        }
        i = end;
    }
    out
}

/// The end of the line starting at `i`, past its newline if it has one.
const fn line_end(src: &[u8], mut i: usize) -> usize {
    while i < src.len() && src[i] != b'\n' {
        i += 1;
    }
    if i < src.len() {
        i + 1
    } else {
        i
    }
}

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of lower-cased entries loaded from one lexicon file.
pub struct Lexicon {
    /// Each form, as bytes, and its lemma, an index into `lemma_names`:
    /// the first entry of the line it is on. Byte keys let a lookup fold a
    /// word into a stack buffer and hash it without re-checking UTF-8.
    /// Forms already in lower case (nearly all) borrow the compiled-in
    /// file instead of being copied.
    lemmas: HashMap<Cow<'static, [u8]>, u32, FxBuildHasher>,
    /// The first form of each line.
    lemma_names: Vec<Cow<'static, str>>,
    /// The entries as text, for [`Lexicon::entries`].
    entries: Vec<Cow<'static, str>>,
    /// First words of the multi-word entries ("point" of "point out"), so a
    /// phrase lookup can give up after one word.
    /// Sorted, for a binary search: a few dozen words, asked only after
    /// [`Lexicon::start_shapes`] let them through (and no hash table's
    /// code in the wasm for them).
    phrase_starts: Box<[Box<[u8]>]>,
    /// Longest entry in words, for multi-word lookups.
    pub max_words: usize,
    /// [`Shape`] bits of the ASCII entries: most lookups miss, and this
    /// answers most misses before folding and hashing.
    shapes: Box<ShapeBits>,
    /// [`Shape::bits_folded`] of every entry and phrase start, for
    /// [`Lexicon::may_start`]; built on first use.
    start_shapes: OnceLock<Box<FoldedShapeBits>>,
    /// For [`Lexicon::any_entry_in`]: a bit per hash of four bytes at one
    /// of an entry's first three places, those entries (with the place)
    /// by their four bytes, and the entries too short for that; built on
    /// first use.
    prefix_starts: OnceLock<PrefixIndex>,
    /// This list's bit in [`lists_of`] answers (0 for a list parsed
    /// outside the `lexicon!` functions).
    bit: u64,
}

/// Words this long or shorter are folded on the stack for a lookup.
const FOLD_BUF: usize = 64;

/// Entries by their first four bytes (sorted (bytes, entry, place)
/// triples, for a binary search behind the bits: no hash table's code in
/// the wasm for it), with a bit set per hash of those bytes for a quick
/// "no entry starts here", and the entries too short to be so indexed
/// (searched for whole).
type PrefixIndex = (Box<[u64; (1 << 16) / 64]>, Vec<(u32, usize, usize)>, Vec<usize>);

/// Builds [`FxHasher`]s, for maps keyed by words.
pub(crate) type FxBuildHasher = BuildHasherDefault<FxHasher>;

impl Lexicon {
    /// The list in `src`, whose bit in [`lists_of`] answers is `bit`.
    fn parse(src: &'static str, bit: u64) -> Self {
        // About one form per line or comma, so the map never grows.
        let forms = src.bytes().map(|b| usize::from(b == b'\n' || b == b',')).sum::<usize>() + 1;
        let mut lemmas: HashMap<Cow<'static, [u8]>, u32, FxBuildHasher> =
            HashMap::with_capacity_and_hasher(forms, FxBuildHasher::default());
        let mut lemma_names: Vec<Cow<'static, str>> = Vec::new();
        let mut entries: Vec<Cow<'static, str>> = Vec::with_capacity(forms);
        let mut max_words = 1;
        // A form, and whether it may need trimming, lowering or counting
        // in words (a byte of `ODD`); the first of its line is the lemma,
        // and a form on two lines keeps its first lemma.
        let mut add = |form: &'static str, odd: bool, lemma: &mut Option<u32>| {
            let form = if odd { trim(form) } else { form };
            if form.is_empty() {
                return;
            }
            let form: Cow<'static, str> = if !odd || form.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(form)
            } else {
                Cow::Owned(form.to_lowercase())
            };
            if odd && form.bytes().any(|b| b <= b' ' || b >= 0x80) {
                max_words = max_words.max(form.split_whitespace().count());
            }
            let base = *lemma.get_or_insert_with(|| {
                lemma_names.push(form.clone());
                (lemma_names.len() - 1) as u32
            });
            let key = match &form {
                Cow::Borrowed(f) => Cow::Borrowed(f.as_bytes()),
                Cow::Owned(f) => Cow::Owned(f.as_bytes().to_vec()),
            };
            if let Entry::Vacant(slot) = lemmas.entry(key) {
                slot.insert(base);
                entries.push(form);
            }
        };
        // Lines, comments and commas in one walk over the bytes, which
        // also notes a form's capitals, spaces and bytes outside ASCII (a
        // form of none, nearly every one, is taken as it is), skipping the
        // spaces after a comma. (Where `lines`, `split('#')`, `split(',')`,
        // `trim` and the tests of each form walked it six times: this runs
        // once per list in every process, and in the page's first
        // `annotate`.)
        let (mut start, mut odd, mut comment, mut lemma) = (0, false, false, None);
        for (i, &c) in src.as_bytes().iter().enumerate() {
            if c >= b'A' {
                // (Lower-case letters, mostly.)
                odd |= c <= b'Z' || c >= 0x80;
            } else if comment {
                if c == b'\n' {
                    (start, odd, comment, lemma) = (i + 1, false, false, None);
                }
            } else if matches!(c, b'\n' | b',' | b'#') {
                add(&src[start..i], odd, &mut lemma);
                if c == b'\n' {
                    lemma = None;
                }
                (start, odd, comment) = (i + 1, false, c == b'#');
            } else if c == b' ' && start == i {
                start = i + 1;
            } else {
                odd |= c <= b' ';
            }
        }
        if !comment {
            add(&src[start..], odd, &mut lemma);
        }
        let mut phrase_starts: Vec<Box<[u8]>> =
            entries.iter().filter_map(|e| Some(e.as_bytes()[..e.bytes().position(|b| b == b' ')?].into())).collect();
        crate::compact_sort::sort_unstable(&mut phrase_starts);
        phrase_starts.dedup();
        let phrase_starts = phrase_starts.into_boxed_slice();
        let shapes = Shape::bits(entries.iter().map(|e| e.as_bytes()));
        Lexicon {
            lemmas,
            lemma_names,
            entries,
            phrase_starts,
            max_words,
            shapes,
            start_shapes: OnceLock::new(),
            prefix_starts: OnceLock::new(),
            bit,
        }
    }

    /// Every entry, lower-cased, for substring matching ("cookie" in a
    /// banner).
    pub fn entries(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| &**e)
    }

    /// Whether any entry occurs in `text` as it is (no case folding): the
    /// same as `entries().any(|e| text.contains(e))`, in one pass over
    /// `text` instead of one per entry.
    pub fn any_entry_in(&self, text: &str) -> bool {
        // Four bytes as one number, and a 16-bit hash of it. The first two
        // bytes of an entry ("co", "re") start a place in nearly every
        // sentence; four rule out nearly every place at one test. An entry
        // of six bytes or more holds a quad at each of its first three
        // places, so the text's quads are read at every third place only:
        // each quad is indexed with its place in its entry.
        const STRIDE: usize = 3;
        let quad = |w: &[u8]| u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        let hash = |q: u32| (q.wrapping_mul(0x9E37_79B1) >> 16) as usize;
        let (bits, by_quad, short) = self.prefix_starts.get_or_init(|| {
            let mut bits = Box::new([0u64; (1 << 16) / 64]);
            let mut by_quad = Vec::new();
            for (i, e) in self.entries.iter().enumerate().filter(|(_, e)| e.len() >= STRIDE + 3) {
                for k in 0..STRIDE {
                    let q = quad(&e.as_bytes()[k..]);
                    bits[hash(q) / 64] |= 1 << (hash(q) % 64);
                    by_quad.push((q, i, k));
                }
            }
            crate::compact_sort::sort_unstable(&mut by_quad);
            // (Kept apart: a pass over every entry's length at each call
            // cost more than the search, when no entry is this short.)
            let short = (0..self.entries.len()).filter(|&i| self.entries[i].len() < STRIDE + 3).collect();
            (bits, by_quad, short)
        });
        // (Each quad one load off the front of the rest, and the bits an
        // array indexed below its length: no bounds checks, where indexing
        // the text and a vector cost five of a probe's twenty instructions.)
        let t = text.as_bytes();
        let bit = |q: u32| bits[hash(q) / 64] >> (hash(q) % 64) & 1 != 0;
        let found = |q: u32, i: usize| {
            let at = |&(_, e, k): &(u32, usize, usize)| i >= k && t[i - k..].starts_with(self.entries[e].as_bytes());
            by_quad[by_quad.partition_point(|e| e.0 < q)..].iter().take_while(|e| e.0 == q).any(at)
        };
        // The quads at `i` and `i + STRIDE`, from the eight bytes at `i`.
        let pair = |w: &[u8; 8], i: usize| {
            let w = u64::from_le_bytes(*w);
            let (q, r) = (w as u32, (w >> 24) as u32);
            (bit(q) && found(q, i)) || (bit(r) && found(r, i + STRIDE))
        };
        let mut rest = t;
        // Natively, four places per turn, two per load of eight bytes: a
        // turn and a load per place were a third of a probe's cost (-0.11 M
        // a round; the wasm, 234 B smaller without it, takes a place a turn).
        if cfg!(not(target_arch = "wasm32")) {
            while let Some(w) = rest.first_chunk::<{ 4 * STRIDE + 2 }>() {
                let i = t.len() - rest.len();
                let (Some(a), Some(b)) = (w.first_chunk::<8>(), w.last_chunk::<8>()) else { break };
                if pair(a, i) || pair(b, i + 2 * STRIDE) {
                    return true;
                }
                rest = &rest[4 * STRIDE..];
            }
            if let Some(w) = rest.first_chunk::<8>() {
                if pair(w, t.len() - rest.len()) {
                    return true;
                }
                rest = &rest[2 * STRIDE..];
            }
        }
        while let Some(&w) = rest.first_chunk::<4>() {
            let q = u32::from_le_bytes(w);
            if bit(q) && found(q, t.len() - rest.len()) {
                return true;
            }
            rest = &rest[STRIDE..];
        }
        short.iter().any(|&e| text.contains(&*self.entries[e]))
    }

    /// Whether `word` (any case) is in the list. Curly apostrophes match
    /// straight ones.
    pub fn contains(&self, word: &str) -> bool {
        !Shape::rules_out(&self.shapes, word) && self.contains_unruled(word)
    }

    /// [`Lexicon::contains`] past the shape test. A short ASCII word
    /// (nearly every one asked) is packed and lowered in a few integer
    /// operations and looked up in the table of every list ([`lists_of`]),
    /// comparing two integers where this list's map folded the word into a
    /// buffer, hashed it and compared bytes.
    #[inline(never)]
    fn contains_unruled(&self, word: &str) -> bool {
        match (LISTS.get(), pack(word.as_bytes()).and_then(lower_packed)) {
            (Some(lists), Some(key)) if self.bit != 0 => lists.get_packed(key) & self.bit != 0,
            _ => self.find_unruled(word).is_some(),
        }
    }

    /// The lemma of `word` (any case): the first entry of its line, or
    /// `None` when the word is not in the list.
    pub fn lemma(&self, word: &str) -> Option<&str> {
        self.find(word)
    }

    /// Whether some entry of two or more words starts with `word` (any
    /// case).
    pub fn starts_phrase(&self, word: &str) -> bool {
        let mut buf = [0u8; FOLD_BUF];
        let mut n = 0;
        let long;
        let folded = if fold_into(word, &mut buf, &mut n) {
            &buf[..n]
        } else {
            long = Self::fold(word);
            long.as_bytes()
        };
        Shape::may_hold(self.start_shapes(), folded) && self.phrase_starts.binary_search_by(|k| (**k).cmp(folded)).is_ok()
    }

    /// False when `folded`, a word already folded as lookups fold it (a
    /// token's `Doc::lower`), is surely neither an entry nor the first word
    /// of one, by its [`Shape`]: a few instructions where a lookup hashes.
    /// True means maybe.
    #[inline]
    pub fn may_start(&self, folded: &str) -> bool {
        Shape::may_hold(self.start_shapes(), folded.as_bytes())
    }

    /// [`Lexicon::may_start`] of an ASCII word as written, in any case:
    /// the shape reads each byte's low five bits and the length, which
    /// lowering ASCII keeps, so a scan over every token need not lower
    /// (or slice as `str`) the words it rules out.
    #[inline]
    pub fn may_start_ascii(&self, word: &[u8]) -> bool {
        Shape::may_hold(self.start_shapes(), word)
    }

    /// [`Lexicon::may_start`] (of a folded word, or [`Lexicon::may_start_ascii`]
    /// of an ASCII one) with the shapes fetched once, for a scan that asks
    /// it of every word.
    pub fn start_filter(&self) -> impl Fn(&[u8]) -> bool + '_ {
        let bits = self.start_shapes();
        move |w| Shape::may_hold(bits, w)
    }

    fn start_shapes(&self) -> &FoldedShapeBits {
        let starts = || self.lemmas.keys().map(|k| &**k).chain(self.phrase_starts.iter().map(|k| &**k));
        self.start_shapes.get_or_init(|| Shape::bits_folded(starts()))
    }

    /// Whether `words` joined by single spaces are an entry, as
    /// `contains(&words.join(" "))` but without allocating for short
    /// phrases. `cue_at` asks this at every word.
    pub fn contains_words<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> bool {
        let mut buf = [0u8; 2 * FOLD_BUF];
        let mut n = 0;
        // Folding is per character and a space stops it, so folding word
        // by word equals folding the joined phrase.
        let mut long: Option<String> = None;
        for (k, w) in words.into_iter().enumerate() {
            let sep = if k == 0 { "" } else { " " };
            if let Some(s) = long.as_mut() {
                s.push_str(sep);
                s.push_str(&Self::fold(w));
            } else {
                let before = n;
                if !(fold_into(sep, &mut buf, &mut n) && fold_into(w, &mut buf, &mut n)) {
                    // The words before `w` are folded in the buffer, as ASCII.
                    let mut s: String = buf[..before].iter().map(|&b| char::from(b)).collect();
                    s.push_str(sep);
                    s.push_str(&Self::fold(w));
                    long = Some(s);
                }
            }
        }
        match long {
            Some(s) => self.lemmas.contains_key(s.as_bytes()),
            None => self.lemmas.contains_key(&buf[..n]),
        }
    }

    /// Looks `word` up folded, without allocating unless it has a
    /// non-ASCII letter other than `’` or is very long. This runs several
    /// times per token.
    fn find(&self, word: &str) -> Option<&str> {
        if Shape::rules_out(&self.shapes, word) {
            return None;
        }
        self.find_unruled(word)
    }

    /// [`Lexicon::find`] past the shape test, which rules out most words:
    /// apart, so that those leave without the set-up of the buffer and the
    /// hash lookup.
    #[inline(never)]
    fn find_unruled(&self, word: &str) -> Option<&str> {
        let mut buf = [0u8; FOLD_BUF];
        let mut n = 0;
        let found =
            if fold_into(word, &mut buf, &mut n) { self.lemmas.get(&buf[..n]) } else { self.lemmas.get(Self::fold(word).as_bytes()) };
        found.map(|&l| &*self.lemma_names[l as usize])
    }

    fn fold(word: &str) -> String {
        word.to_lowercase().replace('’', "'")
    }

    /// This list's bit in the answers of [`lists_of`].
    pub fn bit(&self) -> u64 {
        debug_assert!(self.bit != 0, "a word list parsed outside lexicon!");
        self.bit
    }
}

/// `s.trim()`, by bytes when its ends are ASCII (a list's forms nearly
/// always are).
fn trim(s: &str) -> &str {
    let t = s.trim_ascii();
    // (`trim_ascii` keeps a vertical tab, which `trim` strips.)
    let plain = |b: Option<&u8>| b.is_none_or(|&b| b < 0x80 && b != 0x0B);
    if plain(t.as_bytes().first()) && plain(t.as_bytes().last()) {
        t
    } else {
        t.trim()
    }
}

/// Every word list, in the order of their bits in [`lists_of`].
const ALL: [fn() -> &'static Lexicon; 41] = [
    cue_verbs,
    titles,
    title_modifiers,
    honorifics,
    abbreviations,
    chrome,
    source_nouns,
    kin_nouns,
    person_nouns,
    org_words,
    place_heads,
    org_names,
    irregular_past,
    org_nouns,
    speech_nouns,
    recordings,
    generic_speakers,
    sentence_openers,
    not_names,
    roles,
    role_abbreviations,
    role_modifiers,
    role_postmodifiers,
    role_stops,
    verbs_forms,
    verbs_say,
    verbs_to,
    verbs_as,
    verbs_question,
    verbs_proposal,
    indirect_object_cues,
    indirect_audiences,
    indirect_raising_verbs,
    indirect_document_heads,
    indirect_setting_adverbs,
    indirect_cue_adverbs,
    lower_only,
    role_synonyms,
    verbs_only,
    party_roles,
    public_offices,
];

/// In [`lists_of`]: some entry of [`cue_verbs`] of two or more words
/// starts with the word.
pub const CUE_PHRASE_START: u64 = 1 << 62;

/// In [`lists_of`]: the word may be the lowered first token of a run of
/// two or more tokens that spells an entry of [`org_names`] ("white" of
/// "white house"), so a run whose first token lacks it is not looked up
/// (see [`org_phrase_starts`]).
pub const ORG_PHRASE_START: u64 = 1 << 59;

/// The words flagged [`ORG_PHRASE_START`]. A run's first token, lowered,
/// is a prefix of the entry it spells, ending where the tokenizer ends a
/// word. An entry's first word of ASCII letters and digits is one token:
/// that word (an entry of one such word is one token, never a longer
/// run). Any other first word (or entry without a space) may be split
/// anywhere, so each of its prefixes is flagged, also with its last "σ"
/// as "ς" (a token lowered alone may end in a final sigma where the run,
/// lowered whole, has "σ").
/// (Given to `each`, so that building the table allocates as before.)
fn org_phrase_starts<'e>(entries: impl Iterator<Item = &'e str>, mut each: impl FnMut(&str)) {
    for e in entries {
        let (head, phrase) = e.split_once(' ').map_or((e, false), |(h, _)| (h, true));
        if head.bytes().all(|b| b.is_ascii_alphanumeric()) {
            if phrase {
                each(head);
            }
            continue;
        }
        for (i, c) in head.char_indices() {
            let p = &head[..i + c.len_utf8()];
            each(p);
            if let Some(s) = p.rfind('σ') {
                each(&format!("{}ς{}", &p[..s], &p[s + 'σ'.len_utf8()..]));
            }
        }
    }
}

/// In [`lists_of`]: set for every word of any list, so that [`ROLE_FORM`]
/// answers for it.
const LISTED: u64 = 1 << 61;

/// [`LISTED`], for a test outside: the word is in some list.
pub const LISTED_ANY: u64 = LISTED;

/// In [`lists_of`], with [`LISTED`]: the word is a productive role noun
/// (`is_productive_role`), found as the table is built, so that a listed
/// word ("the", "people") is not read again for a role each time a
/// token is asked about.
const ROLE_FORM: u64 = 1 << 60;

/// Every word of any list with the lists it is in, as bits (a
/// [`Packed`] table: a lookup compares two integers per slot where a map
/// of byte slices hashed the word byte by byte and called `memcmp`, a
/// byte loop in the wasm).
type Lists = Packed<u64, SHORT_SLOTS>;

/// The slots of [`Lists`]' short words: at least twice the words of every list
/// (about 6,100 counted once per list; checked as the table is built).
const SHORT_SLOTS: usize = 1 << 14;

/// A word of up to 16 bytes as two integers: its bytes, zero-padded, in
/// little-endian order (the same for any of the readings below). Words
/// ending in a NUL byte are left out, so no two words pack alike. Read in a few fixed-size loads
/// (overlapping, the bytes read twice shifted out), with no loop.
#[inline]
pub(crate) fn pack(w: &[u8]) -> Option<(u64, u64)> {
    let n = w.len();
    if w.last() == Some(&0) {
        return None;
    }
    // (From a slice of the width: one bounds check and one load, where an
    // array of eight indexed bytes was eight of each.)
    let u64_at = |i: usize| w[i..i + 8].try_into().map_or(0, u64::from_le_bytes);
    let u32_at = |i: usize| w[i..i + 4].try_into().map_or(0, |b| u64::from(u32::from_le_bytes(b)));
    Some(match n {
        0..=3 => (le_up_to_3(w), 0),
        // (The last four bytes moved up to their place: those read twice
        // are the same in both loads, so or-ing them keeps them.)
        4..=8 => (u32_at(0) | u32_at(n - 4) << (8 * (n - 4)), 0),
        9..=16 => (u64_at(0), u64_at(n - 8) >> (8 * (16 - n))),
        _ => return None,
    })
}

/// Three bytes or fewer, zero-padded and read little-endian: the first,
/// middle and last bytes each put in its place (one byte put twice or
/// thrice in a shorter word), without the loop of a fold, which
/// `Doc::find_lists` ran for a third of its words.
#[inline]
fn le_up_to_3(w: &[u8]) -> u64 {
    debug_assert!(w.len() <= 3);
    let n = w.len();
    let Some(&first) = w.first() else { return 0 };
    u64::from(first) | u64::from(w[n / 2]) << (8 * (n / 2)) | u64::from(w[n - 1]) << (8 * (n - 1))
}

/// A hash of a [`pack`]ed word, for open-addressed tables of them (its
/// low bits are as good as its high ones).
#[inline]
pub(crate) fn packed_hash((a, b): (u64, u64)) -> usize {
    // (One product: `b`, zero for the eight bytes or fewer of most words,
    // is turned so that its bytes fall across `a`'s rather than on them.)
    ((a ^ b.rotate_left(29)).wrapping_mul(FxHasher::SEED) >> 32) as usize
}

/// A [`pack`]ed word lowered as [`Lexicon::fold`] lowers it, eight bytes
/// at a time, when all its bytes are ASCII (`None` otherwise). Lowering is
/// per byte, so this is the packed lowered word.
#[inline]
fn lower_packed((a, b): (u64, u64)) -> Option<(u64, u64)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    if (a | b) & HIGH != 0 {
        return None;
    }
    // For a byte under 0x80, adding 0x80 - c sets its high bit when it is
    // c or more, with no carry into the next byte; the two sums differ in
    // that bit for 'A' to 'Z' only, which then gain 0x20.
    let from_a = |x: u64| x + (0x80 - u64::from(b'A')) * ONES;
    let past_z = |x: u64| x + (0x80 - u64::from(b'Z') - 1) * ONES;
    let lower = |x: u64| x | (((from_a(x) ^ past_z(x)) & HIGH) >> 2);
    Some((lower(a), lower(b)))
}

/// A table of words, by [`pack`] for those of up to 16 bytes: open
/// addressing with linear probing over `N` slots (a power of two, never
/// more than half full: each table's builder asserts it), a free slot
/// holding `V::default()` (`None`, for an `Option`). A lookup compares two
/// integers per slot where a map of strings hashed the word byte by byte
/// and called `memcmp`; the constant size spares the bounds checks. The
/// few longer words are in a map.
pub(crate) struct Packed<V, const N: usize> {
    short: Box<[((u64, u64), V); N]>,
    /// A byte of each slot's hash ([`Packed::tag`]), 0 for a free slot: a
    /// lookup reads these first and the slots only where they agree. The
    /// slots are 24 bytes and read at random, one cache miss a word asked
    /// when the text's own data has pushed them out; the tags, a byte a
    /// slot, mostly stay in cache, and most words asked are in no table.
    tags: Box<[u8; N]>,
    /// The longer words, sorted for a binary search: a few dozen, so no
    /// hash table (nor its code in the wasm) for them.
    long: Vec<(Box<[u8]>, V)>,
}

impl<V: Copy + Default, const N: usize> Packed<V, N> {
    pub(crate) fn new() -> Self {
        assert!(N.is_power_of_two());
        let short = vec![((0, 0), V::default()); N].into_boxed_slice().try_into().ok().expect("N slots");
        let tags = vec![0; N].into_boxed_slice().try_into().expect("N tags");
        Packed { short, tags, long: Vec::new() }
    }

    /// The bits of a slot's index (`N` is far below 2^24).
    const INDEX_BITS: u32 = N.trailing_zeros();

    /// The tag of a hash: its eight bits below the slot index's, never 0.
    #[inline]
    fn tag(hash: usize) -> u8 {
        (hash >> (24 - Self::INDEX_BITS)) as u8 | 1
    }

    /// The slot of a packed word, or the free slot where it would go.
    #[inline]
    fn slot(&self, key: (u64, u64)) -> usize {
        let hash = packed_hash(key);
        let tag = Self::tag(hash);
        // (The hash's top bits, its 32 bits being the product's high
        // ones: one shift of the product, where its low bits were masked
        // after it.)
        let mut i = hash >> (32 - Self::INDEX_BITS);
        while self.tags[i] != 0 && (self.tags[i] != tag || self.short[i].0 != key) {
            i = (i + 1) & (N - 1);
        }
        i
    }

    /// The value of a [`pack`]ed word, or `V::default()` (read without
    /// the free slot's value, which would cost the miss the tags spare).
    #[inline]
    fn get_packed(&self, key: (u64, u64)) -> V {
        let i = self.slot(key);
        if self.tags[i] == 0 {
            return V::default();
        }
        self.short[i].1
    }

    /// Marks slot `i` taken by `key`.
    fn take(&mut self, i: usize, key: (u64, u64)) {
        self.short[i].0 = key;
        self.tags[i] = Self::tag(packed_hash(key));
    }

    /// The value of `w`, or `V::default()`.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> V {
        match pack(w) {
            Some(key) => self.get_packed(key),
            None => self.get_long(w),
        }
    }

    /// [`Packed::get`] of a word too long to pack, rare: hashed out of
    /// line, so that a caller's usual lookup saves no registers for it.
    #[cold]
    #[inline(never)]
    fn get_long(&self, w: &[u8]) -> V {
        self.long_index(w).map_or_else(|_| V::default(), |i| self.long[i].1)
    }

    /// Where the long word `w` is in `long`, or where it would go.
    fn long_index(&self, w: &[u8]) -> Result<usize, usize> {
        self.long.binary_search_by(|(k, _)| (**k).cmp(w))
    }

    /// The value of `w`, for filling the table: `w` put in with
    /// `V::default()` if it was not there.
    fn value_mut(&mut self, w: &[u8]) -> &mut V {
        match pack(w) {
            Some(key) => {
                let i = self.slot(key);
                self.take(i, key);
                &mut self.short[i].1
            }
            None => {
                let i = self.long_index(w).unwrap_or_else(|i| {
                    self.long.insert(i, (w.into(), V::default()));
                    i
                });
                &mut self.long[i].1
            }
        }
    }

    /// Puts `w` in with `v`, unless it is in already (the first wins).
    pub(crate) fn insert_first(&mut self, w: &[u8], v: V) {
        match pack(w) {
            Some(key) => {
                let i = self.slot(key);
                if self.tags[i] == 0 {
                    self.take(i, key);
                    self.short[i].1 = v;
                }
            }
            None => {
                if let Err(i) = self.long_index(w) {
                    self.long.insert(i, (w.into(), v));
                }
            }
        }
    }

    /// The words' values, short and long.
    #[cfg(test)]
    pub(crate) fn values(&self) -> impl Iterator<Item = V> + '_ {
        self.short.iter().zip(self.tags.iter()).filter(|(_, &t)| t != 0).map(|(s, _)| s.1).chain(self.long.iter().map(|l| l.1))
    }
}

/// The table of [`lists`], once built.
static LISTS: OnceLock<Lists> = OnceLock::new();

fn lists() -> &'static Lists {
    LISTS.get_or_init(|| {
        // About 4,700 words, 6,100 counted once per list: a table under a
        // third full.
        let words: usize = ALL.iter().map(|f| f().lemmas.len()).sum();
        assert!(words * 2 <= SHORT_SLOTS, "lexicon::SHORT_SLOTS too small for {words} words");
        let mut lists = Lists::new();
        // (Each list's entries as text, the same words as its map's keys:
        // read without checking their UTF-8 again.)
        for lex in ALL.map(|f| f()) {
            for e in &lex.entries {
                *lists.value_mut(e.as_bytes()) |= lex.bit;
            }
        }
        for k in cue_verbs().phrase_starts.iter() {
            *lists.value_mut(k) |= CUE_PHRASE_START;
        }
        org_phrase_starts(org_names().entries(), |word| *lists.value_mut(word.as_bytes()) |= ORG_PHRASE_START);
        // (A second pass: a compound's head is looked up in the lists. A
        // word of several lists is read once, at its first.)
        for lex in ALL.map(|f| f()) {
            for word in lex.entries() {
                let Some(key) = pack(word.as_bytes()) else { continue };
                let i = lists.slot(key);
                if lists.short[i].1 & LISTED != 0 {
                    continue;
                }
                let role = is_productive_role_in(word, &|t| lists.get(t.as_bytes()));
                lists.short[i].1 |= LISTED | if role { ROLE_FORM } else { 0 };
            }
        }
        lists
    })
}

/// The word lists that hold `folded`, a word already folded as lookups
/// fold it (lower case, ’ as ': a token's `Doc::lower`), as bits: a list's
/// [`Lexicon::bit`], and [`CUE_PHRASE_START`]. One lookup answers for
/// every list, so a token's memberships are found once (`Doc::lists`)
/// instead of folding and hashing it again for each list each time a
/// stage asks.
pub fn lists_of(folded: &str) -> u64 {
    // (The table's building and the longer words are answered out of
    // line, as tail calls: the usual lookup saves no registers for them.)
    let folded = folded.as_bytes();
    lists_of_short(folded).unwrap_or_else(|| lists_of_apart(folded))
}

/// [`lists_of`] of a word that [`pack`] takes, once the table is built
/// (`None` otherwise: then ask [`lists_of`]). Inlined where a token's
/// lists are looked up and kept (`Doc::find_lists`, 24 K lookups a round),
/// whose other cases go out of line: its usual lookup then calls nothing
/// and saves no registers, which were a fifth of each lookup.
#[inline(always)]
pub(crate) fn lists_of_short(folded: &[u8]) -> Option<u64> {
    Some(LISTS.get()?.get_packed(pack(folded)?))
}

/// [`lists_of`] of a word [`pack`] leaves out (a phrase, mostly), or of
/// any word before the table is built.
#[inline(never)]
fn lists_of_apart(w: &[u8]) -> u64 {
    lists().get(w)
}

/// A word's length, first and last byte, folded: a cheap key for a bit
/// set that says "no entry looks like this". Only ASCII words have one (an
/// ASCII word folds to ASCII of the same length, so never matches another
/// entry). Each part keeps its low five bits only: the same for a letter
/// in either case, and a word of 32 bytes or more shares the shapes of a
/// shorter one, which only makes "maybe" more frequent (a mask where a
/// bound on the length cost a compare and a move per word).
///
/// The set is 32-bit words, one per pair of end bytes, and a shape's bit
/// in its word is its length: a test makes the index from the two bytes
/// alone and shifts by the length as it is (a shift of a 32-bit word
/// reads the low five bits), where one 15-bit index cost a few
/// instructions more per word asked.
struct Shape;

/// The bits of [`Shape::bit`], one per shape: an array of known length, so
/// that a word's index, below it by construction, needs no bounds check.
type ShapeBits = [u32; Shape::WORDS];

/// The bits of [`Shape::bits_folded`]: outer shapes, then inner ones.
type FoldedShapeBits = [u32; 2 * Shape::WORDS];

impl Shape {
    const WORDS: usize = 32 * 32;

    /// The word of two end bytes, by their low five bits.
    #[inline]
    fn word(a: u8, b: u8) -> usize {
        usize::from(a & 31) << 5 | usize::from(b & 31)
    }

    /// Whether `bits` holds the shape `(word, length)`.
    #[inline]
    fn has<const N: usize>(bits: &[u32; N], (word, len): (usize, usize)) -> bool {
        bits[word] >> (len & 31) & 1 != 0
    }

    /// The shape of an ASCII `word` already folded, or of one to be
    /// folded: the same for both, since folding ASCII only lowers letters.
    #[inline]
    fn bit(word: &[u8]) -> Option<(usize, usize)> {
        let (&first, &last) = (word.first()?, word.last()?);
        Some((Self::word(first, last), word.len()))
    }

    fn bits<'k>(keys: impl Iterator<Item = &'k [u8]>) -> Box<ShapeBits> {
        let mut bits: Box<ShapeBits> = vec![0u32; Self::WORDS].into_boxed_slice().try_into().expect("WORDS words");
        for (w, len) in keys.filter(|k| k.is_ascii()).filter_map(Self::bit) {
            bits[w] |= 1 << (len & 31);
        }
        bits
    }

    /// Two shapes of a word already folded, as [`Shape::bit`] but without
    /// lowering: [`Shape::outer`] and [`Shape::inner`].
    #[inline]
    fn folded_bits(word: &[u8]) -> Option<[(usize, usize); 2]> {
        (!word.is_empty()).then(|| [Self::outer(word), Self::inner(word)])
    }

    /// A non-empty folded word's shape by its first and last bytes.
    #[inline]
    fn outer(word: &[u8]) -> (usize, usize) {
        (Self::word(word[0], word[word.len() - 1]), word.len())
    }

    /// A non-empty folded word's shape by its second and last-but-one
    /// bytes (its only byte, for one), in the second half of the set.
    #[inline]
    fn inner(word: &[u8]) -> (usize, usize) {
        let (second, penult) = if word.len() > 1 { (word[1], word[word.len() - 2]) } else { (word[0], word[0]) };
        (Self::WORDS + Self::word(second, penult), word.len())
    }

    /// [`Shape::folded_bits`] of words already folded, ASCII or not: a
    /// folded word equal to one of them has both its bits, and needs no
    /// ASCII test. (Two keys rule out twice as many words as one: "and" has
    /// the outer shape of "add", not its inner one.)
    fn bits_folded<'k>(keys: impl Iterator<Item = &'k [u8]>) -> Box<FoldedShapeBits> {
        let mut bits: Box<FoldedShapeBits> = vec![0u32; 2 * Self::WORDS].into_boxed_slice().try_into().expect("2 * WORDS words");
        for (w, len) in keys.filter_map(Self::folded_bits).flatten() {
            bits[w] |= 1 << (len & 31);
        }
        bits
    }

    /// Whether a word already folded may be one of the words of
    /// [`Shape::bits_folded`] `bits`; false means surely not.
    #[inline]
    fn may_hold(bits: &FoldedShapeBits, folded: &[u8]) -> bool {
        // The outer bit first: most words are ruled out by it, and the
        // inner one is then never made.
        !folded.is_empty() && Self::has(bits, Self::outer(folded)) && Self::has(bits, Self::inner(folded))
    }

    /// True when no entry can be `word` (any case); false means maybe.
    #[inline]
    fn rules_out(bits: &ShapeBits, word: &str) -> bool {
        let w = word.as_bytes();
        w.is_ascii() && Self::bit(w).is_some_and(|b| !Self::has(bits, b))
    }
}

/// Appends `word` lower-cased, with `’` made `'`, to `buf[*n..]` when it has
/// no other non-ASCII character and fits: then what it appends equals
/// [`Lexicon::fold`]. Returns false otherwise, having maybe appended part.
fn fold_into(word: &str, buf: &mut [u8], n: &mut usize) -> bool {
    const APOSTROPHE: &[u8] = "’".as_bytes();
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let folded = if b < 0x80 {
            i += 1;
            b.to_ascii_lowercase()
        } else if bytes[i..].starts_with(APOSTROPHE) {
            i += APOSTROPHE.len();
            b'\''
        } else {
            return false;
        };
        let Some(slot) = buf.get_mut(*n) else { return false };
        *slot = folded;
        *n += 1;
    }
    true
}

/// FxHash (as in rustc): a multiply-rotate hash, several times faster than
/// the default SipHash on short words. Lexicons are compiled-in data, so
/// hash flooding is no concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(Self::SEED);
    }
}

/// The bytes of `b`, under 8 of them, zero-padded and read little-endian:
/// a string's tail in [`FxHasher::write`], where copying it into a padded
/// array called `memcpy` for its few bytes. (Four or more are read in two
/// overlapping loads, as in [`pack`].)
#[inline]
fn short_le(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |i: usize| b[i..i + 4].try_into().map_or(0, |w| u64::from(u32::from_le_bytes(w)));
    match n {
        0..=3 => b.iter().rev().fold(0, |a, &c| a << 8 | u64::from(c)),
        _ => u32_at(0) | (u32_at(n - 4) >> (8 * (8 - n))) << 32,
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(short_le(rest) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The low bits pick the bucket; move the well-mixed high bits down.
        self.0.rotate_left(26)
    }
}

/// A word list's function, and its bit in [`lists_of`] answers as a
/// constant: a stage that reads a token's [`lists_of`] bits tests them
/// without loading the list (a `OnceLock` each time).
macro_rules! lexicon {
    ($(#[$doc:meta])* $name:ident, $file:literal, $bit:ident = $i:literal) => {
        lexicon!($(#[$doc])* $name, list_text!(concat!("lexicon/", $file)), $bit = $i);
    };
    // A front-coded list ([`front_decoded`]).
    ($(#[$doc:meta])* $name:ident, front $file:literal, $bit:ident = $i:literal) => {
        lexicon!($(#[$doc])* $name, front_decoded(list_text!(concat!("lexicon/", $file))), $bit = $i);
    };
    ($(#[$doc:meta])* $name:ident, $text:expr, $bit:ident = $i:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static Lexicon {
            static CELL: OnceLock<Lexicon> = OnceLock::new();
            CELL.get_or_init(|| Lexicon::parse($text, $bit))
        }
        #[doc = concat!("[`", stringify!($name), "`]'s bit in [`lists_of`] answers.")]
        pub const $bit: u64 = 1 << $i;
    };
}

lexicon!(
    /// Reporting verbs in all their forms ("said", "says", "telling").
    cue_verbs, "cue_verbs.txt", CUE_VERBS = 0);
lexicon!(
    /// Head nouns of titles and roles ("minister", "spokesman").
    titles, "titles.txt", TITLES = 1);
lexicon!(
    /// Title modifiers that can precede a head ("deputy", "foreign").
    title_modifiers, "title_modifiers.txt", TITLE_MODIFIERS = 2);
lexicon!(
    /// Honorifics before a name ("Mr", "Dr", "Sen.").
    honorifics, "honorifics.txt", HONORIFICS = 3);
lexicon!(
    /// Abbreviations whose period does not end a sentence.
    abbreviations, "abbreviations.txt", ABBREVIATIONS = 4);
lexicon!(
    /// Phrases that mark a paragraph as site furniture.
    chrome, "chrome.txt", CHROME = 5);
lexicon!(
    /// Nouns that make a description usable as a source ("official").
    source_nouns, "source_nouns.txt", SOURCE_NOUNS = 6);
lexicon!(
    /// Kinship nouns ("grandson", "mum"): people named by their relation.
    kin_nouns, "kin_nouns.txt", KIN_NOUNS = 7);
lexicon!(
    /// Nouns that name a person, from WordNet ("woman", "shopper"):
    /// heads of descriptions that can speak.
    person_nouns, front "person_nouns.txt", PERSON_NOUNS = 8);
lexicon!(
    /// Words that end an organisation name ("Ministry", "Corp").
    org_words, "org_words.txt", ORG_WORDS = 9);
lexicon!(
    /// Words that end a place name ("River", "Street").
    place_heads, "place_heads.txt", PLACE_HEADS = 10);
lexicon!(
    /// Single words that name an organisation on their own ("Kremlin").
    org_names, "org_names.txt", ORG_NAMES = 11);
lexicon!(
    /// Irregular past tenses ("met", "cut"): finite verbs without "-ed".
    irregular_past, "irregular_past.txt", IRREGULAR_PAST = 12);
lexicon!(
    /// Heads of descriptions of an organisation, by kind ("the company",
    /// "the maker"): the lemma names the kind.
    org_nouns, "org_nouns.txt", ORG_NOUNS = 13);
lexicon!(
    /// Nouns of saying whose possessor is the speaker ("his claim that").
    speech_nouns, "speech_nouns.txt", SPEECH_NOUNS = 14);
lexicon!(
    /// Recordings that show their speaker ("footage of X saying").
    recordings, "recordings.txt", RECORDINGS = 15);
lexicon!(
    /// Bare subjects that name nobody in particular ("people say").
    generic_speakers, "generic_speakers.txt", GENERIC_SPEAKERS = 16);
lexicon!(
    /// Words that open a sentence with a capital but are not names there.
    sentence_openers, "sentence_openers.txt", SENTENCE_OPENERS = 17);
lexicon!(
    /// Capitalised words that are never part of a person's name.
    not_names, "not_names.txt", NOT_NAMES = 18);

/// Whether a capitalised word is a common word rather than part of a name.
/// Acronyms ("US", "IT") are never common words here.
pub fn is_not_name(word: &str) -> bool {
    !is_acronym(word) && not_names().contains(word)
}

/// [`is_not_name`] of a token, given its lists (`Doc::lists`).
pub fn is_not_name_with(word: &str, lists: u64) -> bool {
    lists & NOT_NAMES != 0 && !is_acronym(word)
}

fn is_acronym(word: &str) -> bool {
    // (An ASCII lower-case byte first: a capitalised word leaves at its
    // second byte, with no char decoded.)
    !word.bytes().any(|b| b.is_ascii_lowercase())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !word.chars().any(char::is_lowercase)
}

/// A party and state tag written after a legislator's name: "R-Iowa",
/// "D-N" (of "D-N.Y."), "I-Vt".
pub fn is_party_tag(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// A capitalised compound adjective: "Milwaukee-based", "Paris-born",
/// "Tory-led". A place or a party before a participle describes something
/// else; it is never a name.
pub fn is_compound_adjective(word: &str) -> bool {
    // The tail ends the word: most words leave at its last bytes, before a
    // search for the hyphen (this is asked of every capitalised word).
    (word.ends_with("ed") || word.ends_with("born"))
        && word.rsplit_once('-').is_some_and(|(head, tail)| {
            !head.is_empty() && tail.len() >= 3 && tail.chars().all(|c| c.is_ascii_lowercase()) && (tail.ends_with("ed") || tail == "born")
        })
}

/// Whether a word is the head of a title: in the titles list, or a
/// "-master" compound (harbourmaster, headmaster, postmaster).
pub fn is_title_head(word: &str) -> bool {
    titles().contains(word) || is_master(word) || is_elect(word)
}

/// [`is_title_head`] of a token, given its lists (`Doc::lists`).
pub fn is_title_head_with(word: &str, lists: u64) -> bool {
    lists & TITLES != 0 || is_master(word) || is_elect(word)
}

/// A title chosen and not yet taken: "mayor-elect", "Governor-elect".
/// (Asked of every title word: the hyphen's place rules out nearly every
/// word inline, before the rest is read out of line.)
#[inline]
fn is_elect(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 7 && b[b.len() - 6] == b'-' && elect_title(word)
}

#[inline(never)]
fn elect_title(word: &str) -> bool {
    let n = word.len();
    word.as_bytes()[n - 5..].eq_ignore_ascii_case(b"elect") && titles().contains(word[..n - 6].to_ascii_lowercase().as_str())
}

/// A "-master" compound.
fn is_master(word: &str) -> bool {
    // Only ASCII letters lower-case to ASCII letters, so the last six bytes
    // decide "ends with master" without lowering the word.
    word.len() > 8 && word.get(word.len() - 6..).is_some_and(|t| t.eq_ignore_ascii_case("master"))
}

lexicon!(
    /// Role and occupation nouns generated from WordNet by
    /// `scripts/lexicons/roles.py` ("greengrocer", "coxswain").
    roles, front "roles.txt", ROLES = 19);
lexicon!(
    /// Abbreviated ranks and offices, each line's lemma the full word
    /// ("sgt." → "sergeant").
    role_abbreviations, "role_abbreviations.txt", ROLE_ABBREVIATIONS = 20);
lexicon!(
    /// Words allowed before a role noun despite a verb-like ending
    /// ("retired", "acting", "marketing").
    role_modifiers, "role_modifiers.txt", ROLE_MODIFIERS = 21);
lexicon!(
    /// Words after a role noun inside a title ("emeritus", "general").
    role_postmodifiers, "role_postmodifiers.txt", ROLE_POSTMODIFIERS = 22);
lexicon!(
    /// Closed-class words and common verbs that end a title phrase.
    role_stops, "role_stops.txt", ROLE_STOPS = 23);

/// Longest word read as a productive role noun, in bytes.
const MAX_ROLE_WORD: usize = 40;

/// Endings of agent nouns, which head compound roles ("shopkeeper").
/// ("-woman" and "-eer" end in "man" and "er": they need no test of
/// their own.)
const AGENT_ENDINGS: [&str; 6] = ["er", "or", "ist", "man", "person", "ian"];

/// Endings of science agent nouns ("glaciologist"); each ends in one of
/// [`AGENT_ENDINGS`], which `is_productive_role` tests first.
const SCIENCE_ENDINGS: [&str; 4] = ["ologist", "ician", "ographer", "onomist"];

/// Words that end in a role suffix but are not roles.
const NOT_AGENT_NOUNS: &[&str] =
    &["consist", "persist", "insist", "resist", "assist", "subsist", "exist", "coexist", "amidst", "against", "midst", "median"];

/// A noun naming a person by what they are, with no role or title: "Dane",
/// "veteran". It describes someone already named, never names them.
pub fn is_bare_person_noun(word: &str) -> bool {
    person_nouns().contains(word) && !is_role_noun(word)
}

/// Whether a word names a role: a hand-listed title ("minister"), a
/// WordNet role noun ("greengrocer"), or a productive form: a science agent noun ("glaciologist", "statistician"),
/// a prefixed role ("co-founder", "ex-minister", "vice-chair") or a
/// lower-case compound headed by one ("boatbuilder", "shopkeeper").
/// Capitalised compounds are left alone: "Kissinger" is not a singer.
pub fn is_role_noun(word: &str) -> bool {
    is_title_head(word) || roles().contains(word) || is_productive_role(word)
}

/// Whether a word is a role noun's plural by a final "s" ("ministers",
/// "trustees", "Workers").
pub fn is_role_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && is_role_noun(&w[..w.len() - 1])
}

/// [`is_role_noun`] of a token, given its lists (`Doc::lists`).
/// (A listed word's lower-case form was read for a productive form as the
/// table was built: its bit answers, for "Geologist" opening a sentence
/// too. An unlisted word is read here, in lower case only: "Kissinger" is
/// not a singer.)
pub fn is_role_noun_with(word: &str, lists: u64) -> bool {
    is_title_head_with(word, lists) || lists & (ROLES | ROLE_FORM) != 0 || (lists & LISTED == 0 && is_productive_role(word))
}

/// Whether a lower-case word in no list (`lists`, from `lists_of`) is the
/// plural of a noun that names people: a person noun, title, role or
/// kinship noun, listed or productive ("plumbers", "chairmen", "deputies",
/// "midwives", "glaciologists"). The lists hold singulars (WordNet's);
/// plurals are made by rule here, on a stack buffer.
#[inline(never)]
pub fn is_person_plural_with(w: &str, lists: u64) -> bool {
    if lists & LISTED != 0 {
        return false;
    }
    const PEOPLE: u64 = PERSON_NOUNS | TITLES | ROLES | SOURCE_NOUNS | KIN_NOUNS;
    let b = w.as_bytes();
    if b.len() < 4 || b.len() > MAX_ROLE_WORD || !matches!(b[b.len() - 1], b's' | b'n') {
        return false;
    }
    let mut buf = [0u8; MAX_ROLE_WORD];
    let person = |stem: &[u8], tail: &[u8], buf: &mut [u8; MAX_ROLE_WORD]| {
        let n = stem.len() + tail.len();
        buf[..stem.len()].copy_from_slice(stem);
        buf[stem.len()..n].copy_from_slice(tail);
        std::str::from_utf8(&buf[..n]).is_ok_and(|s| {
            let lists = lists_of(s);
            lists & PEOPLE != 0 || (lists & LISTED == 0 && is_productive_role(s))
        })
    };
    let (stem, tails): (&[u8], &[&[u8]]) = match b {
        [stem @ .., b'm', b'e', b'n'] => (stem, &[b"man"]),
        [stem @ .., b'i', b'e', b's'] => (stem, &[b"y"]),
        [stem @ .., b'v', b'e', b's'] => (stem, &[b"fe", b"f"]),
        [stem @ .., b'e', b's'] if matches!(stem.last(), Some(b's' | b'x' | b'z' | b'h')) => (stem, &[b"", b"e"]),
        [stem @ .., b's'] if !stem.ends_with(b"s") => (stem, &[b""]),
        _ => return false,
    };
    tails.iter().any(|t| person(stem, t, &mut buf))
}

/// Whether lower-case `w` (with its `lists`) names people in the plural:
/// [`is_person_plural_with`], or a plural the source nouns list
/// ("prosecutors", "nurses").
pub fn is_people_plural_with(w: &str, lists: u64) -> bool {
    is_person_plural_with(w, lists) || lists & SOURCE_NOUNS != 0 && w.ends_with('s')
}

/// The productive forms of [`is_role_noun`], for a word in no list.
fn is_productive_role(word: &str) -> bool {
    is_productive_role_in(word, &lists_of)
}

/// [`is_productive_role`], with the lists of a (lower-case) word from
/// `lists_of`: the table's own, as it is built.
fn is_productive_role_in(word: &str, lists_of: &dyn Fn(&str) -> u64) -> bool {
    // A compound headed by an agent noun: "boatbuilder", "shopkeeper",
    // "dike-reeve" (after the last hyphen), but not "extraordinary".
    // (Every ending ends in r, t or n: most words leave at their last byte.)
    let agent = |tail: &str| matches!(tail.as_bytes().last(), Some(b'r' | b't' | b'n')) && AGENT_ENDINGS.iter().any(|s| tail.ends_with(s));
    // Only plain lower-case words are read (below): a capitalised word, the
    // commonest asked, leaves on its first byte.
    if !word.as_bytes().first().is_some_and(|&b| b.is_ascii_lowercase() || b == b'-') {
        return false;
    }
    // Every productive form has a hyphen or an agent ending (each science
    // ending ends in one), so most words, asked about once each, leave here.
    // Without a hyphen it is a compound of 8 bytes or more or a science
    // noun of 9 or more: a short word with an agent ending ("for",
    // "after", "her") leaves here too. (The hyphen is found by a byte
    // loop, cheaper on a short word than `contains('-')`'s char search.)
    if (word.len() < 8 || !agent(word)) && !word.bytes().any(|b| b == b'-') {
        return false;
    }
    // Productive forms are read only on plain lower-case words of a
    // sensible length, which also keeps the compound scan cheap.
    let lower = word.len() <= MAX_ROLE_WORD && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if !lower || NOT_AGENT_NOUNS.contains(&word) {
        return false;
    }
    for prefix in ["co-", "ex-", "vice-", "deputy-", "sub-", "under-", "non-executive-"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            return is_title_head(rest) || roles().contains(rest) || is_productive_role_in(rest, lists_of);
        }
    }
    if word.len() >= 9 && SCIENCE_ENDINGS.iter().any(|s| word.ends_with(s)) {
        return true;
    }
    // The word is lower-case ASCII, so each tail is already folded: one
    // lookup answers for both lists.
    let listed = TITLES | ROLES;
    let role = |tail: &str| agent(tail) && lists_of(tail) & listed != 0;
    // (The hyphen found by its byte: `rsplit_once('-')` searched as for
    // any char, several times the cost on a short word.)
    if let Some(h) = word.bytes().rposition(|b| b == b'-') {
        let tail = &word[h + 1..];
        return tail.len() >= 4 && role(tail);
    }
    // A tail ends as the word does, so without an agent ending on the word
    // no tail has one.
    agent(word) && (3..word.len().saturating_sub(4)).any(|i| word.is_char_boundary(i) && role(&word[i..]))
}

/// The full word of an abbreviated rank or office ("Sgt." → "sergeant").
/// Not an initialism's ([`role_initialism`]).
#[inline]
pub fn role_abbreviation(word: &str) -> Option<&'static str> {
    role_full_form(word).filter(|&(_, initialism)| !initialism).map(|(full, _)| full)
}

/// The words of a title an initialism stands for ("CEO" → "chief
/// executive").
pub fn role_initialism(word: &str) -> Option<&'static str> {
    role_full_form(word).filter(|&(_, initialism)| initialism).map(|(full, _)| full)
}

/// The full form of an abbreviated rank, office or title, and whether
/// `word` is an initialism of it: a word with no period or space whose
/// full form has several words ("CEO", not "Lt. Gov."). One lookup for a
/// caller that reads both.
#[inline]
pub fn role_full_form(word: &str) -> Option<(&'static str, bool)> {
    role_abbreviations().lemma(word).map(|full| (full, full.contains(' ') && !word.contains(['.', ' '])))
}

lexicon!(
    /// Full paradigms of reporting verbs whose base form is not a cue
    /// ("state, states, stated, stating"): read only for lemmas.
    verbs_forms, "verbs_forms.txt", VERBS_FORMS = 24);
lexicon!(
    /// Verbs that report speech whatever their object ("say", "insist").
    verbs_say, "verbs_say.txt", VERBS_SAY = 25);
lexicon!(
    /// Verbs whose content may be an infinitive ("promise", "urge").
    verbs_to, "verbs_to.txt", VERBS_TO = 26);
lexicon!(
    /// Verbs that describe their object "as" something ("dismiss").
    verbs_as, "verbs_as.txt", VERBS_AS = 27);
lexicon!(
    /// Verbs of asking, whose questions are not speech ("ask", "wonder").
    verbs_question, "verbs_question.txt", VERBS_QUESTION = 28);
lexicon!(
    /// Verbs that put forward a proposal, possibly a gerund ("suggest").
    verbs_proposal, "verbs_proposal.txt", VERBS_PROPOSAL = 29);
lexicon!(
    /// Cue forms followed by the person addressed ("told", "briefed").
    indirect_object_cues, "indirect_object_cues.txt", INDIRECT_OBJECT_CUES = 30);
lexicon!(
    /// Audience nouns after "told" ("reporters", "lawmakers").
    indirect_audiences, "indirect_audiences.txt", INDIRECT_AUDIENCES = 31);
lexicon!(
    /// Verb forms taking a cue as infinitive ("appeared", "declined").
    indirect_raising_verbs, "indirect_raising_verbs.txt", INDIRECT_RAISING_VERBS = 32);
lexicon!(
    /// Source heads that are documents, not speakers ("agreement").
    indirect_document_heads, "indirect_document_heads.txt", INDIRECT_DOCUMENT_HEADS = 33);
lexicon!(
    /// Time and manner adverbs between a cue and its content ("yesterday").
    indirect_setting_adverbs, "indirect_setting_adverbs.txt", INDIRECT_SETTING_ADVERBS = 34);
lexicon!(
    /// Adverbs between a subject and its cue ("also", "flatly").
    indirect_cue_adverbs, "indirect_cue_adverbs.txt", INDIRECT_CUE_ADVERBS = 35);
lexicon!(
    /// Trade nouns that are common surnames ("baker", "carpenter"): person
    /// and role nouns only as a token in lower case ([`cased_lists`]).
    lower_only, "lower_only.txt", LOWER_ONLY = 36);
lexicon!(
    /// Role nouns that name one role ("lawyer", "attorney"): the lemma of
    /// each is its line's first word.
    role_synonyms, "role_synonyms.txt", ROLE_SYNONYMS = 37);

/// Whether `word` (any case) is one of [`org_words`] that name a trade
/// ("Energy", "Construction"): the last word of a company's name, but
/// alone no organisation.
pub fn is_trade_word(word: &str) -> bool {
    org_words().lemma(word) == Some("electric")
}

/// Whether role nouns `a` and `b` (any case) name one role by
/// [`role_synonyms`]: "lawyer" and "attorney".
pub fn same_role(a: &str, b: &str) -> bool {
    role_synonyms().lemma(a).is_some_and(|l| role_synonyms().lemma(b) == Some(l))
}
lexicon!(
    /// Frequent words that are only verbs, never nouns or adjectives
    /// ("succeeds", "include"): never inside a title.
    verbs_only, "verbs_only.txt", VERBS_ONLY = 38);
lexicon!(
    /// Roles that name someone by their part towards another or in a
    /// proceeding ("lawyer", "judge"): no epithet of the person just named.
    party_roles, "party_roles.txt", PARTY_ROLES = 39);
lexicon!(
    /// Title heads of public office ("minister", "commissioner"): "the
    /// official" restates a person who holds one.
    public_offices, "public_offices.txt", PUBLIC_OFFICES = 40);

/// A token's lists given its case: a word of [`lower_only`] is a person
/// and role noun in lower case and neither when capitalised ("a baker
/// said", "Lisa Baker said").
/// (The rare word of the list is answered out of line: the usual token
/// pays one test.)
#[inline(always)]
pub fn cased_lists(lists: u64, capitalised: bool) -> u64 {
    if lists & LOWER_ONLY == 0 {
        lists
    } else {
        lower_only_lists(lists, capitalised)
    }
}

#[cold]
#[inline(never)]
fn lower_only_lists(lists: u64, capitalised: bool) -> u64 {
    if capitalised {
        lists & !(PERSON_NOUNS | ROLES)
    } else {
        lists | PERSON_NOUNS | ROLES
    }
}

/// The lemma of a reporting verb form or phrase: "said" → "say",
/// "pointed out" → "point out", "stated" → "state". A word in neither verb
/// list is its own lemma, returned as given (callers pass lower case).
pub fn lemma(word: &str) -> &str {
    verbs_forms().lemma(word).or_else(|| cue_verbs().lemma(word)).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_texts_are_their_files_less_comment_lines() {
        let full = include_str!("lexicon/places.txt");
        let kept: String = full.split_inclusive('\n').filter(|l| !l.starts_with('#')).collect();
        assert!(full.starts_with('#') && kept.len() < full.len());
        assert_eq!(list_text!("lexicon/places.txt"), kept);
        const SAMPLE: &[u8] = b"# head\none\n#two\n\nthree";
        assert_eq!(uncommented::<{ uncommented_len(SAMPLE) }>(SAMPLE), *b"one\n\nthree");
    }

    #[test]
    fn front_coded_lists_read_back_in_order() {
        // A digit takes that many bytes of the line before; a group's `|`
        // line gives none; a count past the line before takes all of it.
        assert_eq!(front_decoded("|c\n0ana\n2ia\n1bby\n|t\n0anna\n9s\n"), "|c\nana\nania\nabby\n|t\nanna\nannas\n");
        assert_eq!(front_decoded("0Algérie\n5ria\n3eria\n"), "Algérie\nAlgéria\nAlgeria\n");
        for text in [
            list_text!("lexicon/roles.txt"),
            list_text!("lexicon/person_nouns.txt"),
            list_text!("lexicon/places.txt"),
            list_text!("lexicon/first_names.txt"),
        ] {
            let mut before = String::new();
            for line in front_decoded(text).lines() {
                assert!(!line.is_empty() && !line.starts_with(|c: char| c.is_ascii_digit()), "{line:?}");
                let key = line.to_lowercase();
                assert!(line.starts_with('|') || key >= before, "{line:?} after {before:?}");
                before = if line.starts_with('|') { String::new() } else { key };
            }
        }
        assert!(roles().contains("accompanist") && person_nouns().contains("shopper"));
        assert!(crate::lexicon::gazetteer::is_place("Afghanistan"));
    }

    #[test]
    fn short_tails_read_as_padded_words() {
        let bytes = [0x41u8, 0, 0xC3, 0xA9, 0x7F, 0xFF, 0x20];
        for n in 0..8 {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(short_le(&bytes[..n]), u64::from_le_bytes(w), "{n}");
        }
    }

    #[test]
    fn every_word_list_has_a_bit() {
        // A list missing from ALL would have no bit: `Doc::in_list` would
        // never find a token in it.
        assert_eq!(include_str!("lexicon.rs").matches("\nlexicon!(").count(), ALL.len());
        let bits: Vec<u64> = ALL.iter().map(|f| f().bit()).collect();
        assert!(bits.iter().enumerate().all(|(i, &b)| b == 1 << i) && ALL.len() < 62);
        assert_eq!(lists_of("said") & cue_verbs().bit(), cue_verbs().bit());
        assert_ne!(lists_of("point") & CUE_PHRASE_START, 0);
    }

    #[test]
    fn every_org_name_of_two_or_more_tokens_starts_with_a_flagged_token() {
        // As mentions' runs read them: a run's first token, lowered, in
        // either case; also made-up entries the tokenizer splits oddly
        // (a final sigma before ':' lowers apart as "ς", in the run as "σ").
        let odd = ["at&t", "at&t inc", "jean-noël group", "u.s. steel", "l'oréal paris", "οδοσ:α", "οδοσ:α x"];
        let entries = || org_names().entries().chain(odd);
        let mut starts: Vec<String> = Vec::new();
        org_phrase_starts(entries(), |w| starts.push(w.to_string()));
        let mut multi = 0;
        for e in entries() {
            for text in [e.to_string(), e.to_uppercase()] {
                let doc = crate::segment::segment(&text);
                if doc.tokens().len() < 2 {
                    continue;
                }
                assert_eq!(Lexicon::fold(&text), e);
                multi += 1;
                assert!(starts.iter().any(|w| **w == *doc.lower(0)), "{text:?}");
                if org_names().entries().any(|n| n == e) {
                    assert_ne!(doc.lists(0) & ORG_PHRASE_START, 0, "{text:?}");
                }
            }
        }
        assert!(multi >= 2 * odd.len() + 2);
        assert!(lists_of("white") & ORG_PHRASE_START != 0 && lists_of("kremlin") & ORG_PHRASE_START == 0);
    }

    #[test]
    fn acronyms_are_read_as_before_the_byte_test() {
        for w in ["US", "IT", "NATO", "Us", "It", "U.S.", "A", "ÉU", "Éu", "ÉTATS", "Ωμέγα", "ΩΜ", "9/11", ""] {
            let by_chars = w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
            assert_eq!(is_acronym(w), by_chars, "{w:?}");
        }
        assert!(is_acronym("NATO") && !is_acronym("Nato"));
    }

    #[test]
    fn lists_of_answers_as_a_map_of_every_list_would() {
        // Every listed word, the same with a byte more or less (other
        // words of every length near 8 and 16, where `pack` reads apart),
        // and words ending in NUL, which `pack` leaves to the long map.
        let mut map: HashMap<Vec<u8>, u64> = HashMap::new();
        for lex in ALL.iter().map(|f| f()) {
            for k in lex.lemmas.keys() {
                *map.entry(k.to_vec()).or_default() |= lex.bit();
            }
        }
        for k in cue_verbs().phrase_starts.iter() {
            *map.entry(k.to_vec()).or_default() |= CUE_PHRASE_START;
        }
        org_phrase_starts(org_names().entries(), |k| *map.entry(k.as_bytes().to_vec()).or_default() |= ORG_PHRASE_START);
        let mut asked: Vec<Vec<u8>> = Vec::new();
        for k in map.keys() {
            asked.push(k.clone());
            asked.push(k[..k.len() - 1].to_vec());
            asked.push(k[1..].to_vec());
            for tail in [&b"s"[..], b"\0", b"x\0", b"\0\0"] {
                asked.push([&k[..], tail].concat());
            }
        }
        asked.extend([&b""[..], b"\0", b"a\0b", b"\0a"].map(<[u8]>::to_vec));
        for w in asked.iter().filter_map(|w| std::str::from_utf8(w).ok()) {
            assert_eq!(lists_of(w) & !(LISTED | ROLE_FORM), map.get(w.as_bytes()).copied().unwrap_or(0), "{w:?}");
        }
    }

    #[test]
    fn listed_words_know_whether_they_are_productive_roles() {
        // Every listed word read as `lists_of` says: listed, and a role
        // form just when `is_productive_role` reads one (the check for a
        // listed word that is_role_noun_with skips).
        let mut roles = 0;
        for k in ALL.iter().flat_map(|f| f().lemmas.keys()).filter(|k| k.len() <= 16 && k.last() != Some(&0)) {
            let w = std::str::from_utf8(k).unwrap();
            let bits = lists_of(w);
            assert!(bits & LISTED != 0, "{w:?}");
            assert_eq!(bits & ROLE_FORM != 0, is_productive_role(w), "{w:?}");
            roles += usize::from(bits & ROLE_FORM != 0);
        }
        assert!(roles > 0);
        // A listed word answers as its lower-case form, capitalised too
        // ("Shopkeeper" opening a sentence); an unlisted one as written.
        for w in ["the", "people", "co-founder", "Co-Founder", "shopkeeper", "Shopkeeper", "Kissinger"] {
            let lower = w.to_lowercase();
            let as_read = if lists_of(&lower) & LISTED != 0 { lower.as_str() } else { w };
            assert_eq!(is_role_noun_with(w, lists_of(&lower)), is_role_noun(as_read), "{w:?}");
        }
        assert!(is_role_noun_with("Shopkeeper", lists_of("shopkeeper")) && !is_role_noun_with("Kissinger", lists_of("kissinger")));
    }

    #[test]
    fn words_pack_as_their_bytes_zero_padded() {
        // Each length's reading (bytes, two u32s, one or two u64s) against
        // the bytes themselves.
        let all: Vec<u8> = (1..=17).collect();
        for n in 0..=17 {
            let w = &all[..n];
            let mut bytes = [0; 16];
            bytes[..n.min(16)].copy_from_slice(&w[..n.min(16)]);
            let want =
                (n <= 16).then(|| (u64::from_le_bytes(bytes[..8].try_into().unwrap()), u64::from_le_bytes(bytes[8..].try_into().unwrap())));
            assert_eq!(pack(w), want, "{n}");
        }
        assert_eq!(pack(b"ab\0"), None);
    }

    #[test]
    fn packed_words_lower_as_words_do() {
        let mut words: Vec<Vec<u8>> = (0u8..=255).map(|b| vec![b, b'a', b]).collect();
        words.extend(
            ["", "A", "Z@[`{", "SAID", "Said", "McDONALD'S", "ÉLYSÉE", "Co-Founder", "ABCDEFGHIJKLMNOP", "abcdefgHIJ"]
                .map(|w| w.as_bytes().to_vec()),
        );
        for w in words.iter().filter(|w| w.len() <= 16 && w.last() != Some(&0)) {
            let lowered = lower_packed(pack(w).unwrap());
            assert_eq!(lowered, w.is_ascii().then(|| pack(&w.to_ascii_lowercase()).unwrap()), "{w:?}");
        }
        // `contains` answers as the list's own map.
        lists();
        for lex in ALL.iter().map(|f| f()) {
            for k in lex.lemmas.keys().filter_map(|k| std::str::from_utf8(k).ok()) {
                for w in [k.to_string(), k.to_uppercase(), format!("{k}s"), k.chars().skip(1).collect()] {
                    assert_eq!(lex.contains(&w), lex.find(&w).is_some(), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn productive_roles_have_an_agent_ending_or_a_hyphen() {
        // is_productive_role returns early for words with neither.
        assert!(SCIENCE_ENDINGS.iter().all(|s| AGENT_ENDINGS.iter().any(|a| s.ends_with(a))));
        // It tests the last byte before the endings.
        assert!(AGENT_ENDINGS.iter().all(|a| matches!(a.as_bytes().last(), Some(b'r' | b't' | b'n'))));
        for word in ["dendrologist", "acoustician", "lexicographer", "agronomist", "ex-minister", "bridgebuilder"] {
            assert!(is_productive_role(word), "{word}");
        }
        assert!(!is_productive_role("harbourage") && !is_productive_role("insist"));
        // Without a hyphen, none of under 8 bytes is productive, not even
        // with a listed agent noun ("actor") after a head: a compound
        // needs three bytes before its head noun of five or more.
        for word in ["for", "after", "her", "actor", "xyactor", "xyzactor"] {
            assert_eq!(is_productive_role(word), word.len() >= 8, "{word}");
        }
    }

    #[test]
    fn compound_adjectives_end_in_a_participle_or_born() {
        for (word, is) in [
            ("Harbour-based", true),
            ("Lisbon-born", true),
            ("Union-backed", true),
            ("Anne-Marie", false),
            ("-led", false),
            ("Co-ed", false),
            ("Red", false),
            ("Hyphen-Ated", false),
        ] {
            assert_eq!(is_compound_adjective(word), is, "{word}");
        }
    }

    #[test]
    fn cue_phrases_fit_the_per_token_facts() {
        // attribute::phrases::cue_facts keeps a bit per phrase length, up to 12.
        assert!(cue_verbs().max_words <= 12);
    }

    #[test]
    fn a_form_maps_to_the_first_entry_of_its_line() {
        let lex = Lexicon::parse("# verbs\nsay, says, said, saying\npoint out, pointed out # phrasal\n", 0);
        assert_eq!(lex.lemma("said"), Some("say"));
        assert_eq!(lex.lemma("Saying"), Some("say"));
        assert_eq!(lex.lemma("pointed out"), Some("point out"));
        assert_eq!(lex.lemma("say"), Some("say"));
        assert_eq!(lex.lemma("tell"), None);
    }

    #[test]
    fn lookups_fold_case_and_apostrophes_like_to_lowercase() {
        let lex = Lexicon::parse("don't\nsay, said\nnoël\n", 0);
        for (word, found) in [("don't", true), ("DON’T", true), ("Said", true), ("NOËL", true), ("noel", false), ("sai", false)] {
            assert_eq!(lex.contains(word), found, "{word}");
        }
        assert_eq!(lex.lemma("SAID"), Some("say"));
        assert!(!lex.contains(&"A".repeat(200)));
        // Shapes keep a length's low five bits: a word of 32 bytes or more
        // (here 33, shaped as one of 1) is still found, in any case, and
        // words of its first and last bytes but other lengths are ruled out.
        let long = format!("a{}z", "-".repeat(31));
        let lex = Lexicon::parse(format!("{long}\n{long} out\n").leak(), 0);
        assert!(lex.contains(&long.to_uppercase()) && lex.may_start(&long) && lex.starts_phrase(&long));
        assert!(!lex.contains("az") && !lex.may_start("az") && !lex.may_start(&format!("a{}z", "-".repeat(30))));
        let lex = Lexicon::parse("point out\nmake it clear\nsaid\n", 0);
        assert!(lex.starts_phrase("Point") && lex.starts_phrase("make") && !lex.starts_phrase("said") && !lex.starts_phrase("out"));
        assert!(lex.contains_words(["point", "out"]) && lex.contains_words(["MAKE", "it", "clear"]) && !lex.contains_words(["make", "it"]));
        assert!(lex.contains_words(["said"]) && !lex.contains_words([&*"x".repeat(100), "out"]));
        // `may_start` never rules out an entry or a phrase's first word.
        assert!(lex.may_start("point") && lex.may_start("said") && !lex.may_start("out") && !lex.may_start("sai"));
        assert!(cue_verbs().entries().flat_map(|e| e.split(' ').next()).all(|w| cue_verbs().may_start(w)));
        // `start_filter` answers as `may_start`, and as written for ASCII.
        let filter = cue_verbs().start_filter();
        for w in ["said", "Said", "SAID", "point", "out", "sai", "the", "according", "déclaré"] {
            assert_eq!(filter(w.as_bytes()), cue_verbs().may_start(&w.to_lowercase()), "{w}");
        }
        let lex =
            Lexicon::parse("jean noël said\nsaid it all again and again and again and again and again and again and again and again\n", 0);
        assert!(lex.contains_words(["Jean", "NOËL", "said"]) && lex.starts_phrase("JEAN"));
        assert!(lex.contains_words("said it all again and again and again and again and again and again and again and AGAIN".split(' ')));
        let lex = Lexicon::parse("read more\nx\ncookie\nnew\nabout\nsign up now\n", 0);
        for text in [
            "",
            "r",
            "please read more",
            "cookies here",
            "a x b",
            "read mor",
            "ok",
            "cook",
            "renew",
            "ne",
            "about",
            "xabout",
            "xxabout",
            "xsign up now",
            "xxsign up now",
            "xxxsign up now",
            "sign up no",
            "aread more",
            "aaread more.",
            "cookie",
            "cookiez",
        ] {
            assert_eq!(lex.any_entry_in(text), lex.entries().any(|e| text.contains(e)), "{text}");
        }
        // Every entry of the chrome list at each place of a step of the
        // scan (four places a turn), and with its last byte changed.
        for e in chrome().entries() {
            for pad in 0..14 {
                for tail in ["", "x", "xyzxyzx"] {
                    let text = format!("{}{e}{tail}", "_".repeat(pad));
                    assert!(chrome().any_entry_in(&text), "{text}");
                    let cut = format!("{}{}~{tail}", "_".repeat(pad), &e[..e.len() - 1]);
                    assert_eq!(chrome().any_entry_in(&cut), chrome().entries().any(|e| cut.contains(e)), "{cut}");
                }
            }
        }
        assert!(is_title_head("Harbourmaster") && is_title_head("HEADMASTER") && !is_title_head("masterful"));
    }

    #[test]
    fn verb_lemmas_cover_irregular_doubled_and_noun_like_forms() {
        for (form, base) in [
            ("said", "say"),
            ("told", "tell"),
            ("denies", "deny"),
            ("urging", "urge"),
            ("admitted", "admit"),
            ("quipped", "quip"),
            ("labelling", "label"),
            ("made it clear", "make it clear"),
            ("went on", "go on"),
            ("stated", "state"),
            ("noted", "note"),
            ("emphasized", "emphasise"),
        ] {
            assert_eq!(lemma(form), base, "{form}");
        }
        assert_eq!(lemma("reiterated"), "reiterate");
        assert_eq!(lemma("zzz"), "zzz");
    }

    #[test]
    fn verb_classes_are_lemmas() {
        assert!(verbs_say().contains(lemma("admitted")));
        assert!(!verbs_say().contains(lemma("reiterated")));
        assert!(verbs_to().contains(lemma("vowed")));
        assert!(verbs_as().contains(lemma("branded")));
        assert!(verbs_question().contains(lemma("asked")));
    }
}
