//! Reported (indirect) speech: the content clause of a cue, without
//! quotation marks — part of the attribution stage.
//!
//! Shapes: `X said (that) CLAUSE` · `X told Y (that) CLAUSE` · `CLAUSE, X
//! said` · `CLAUSE, said X` · `CLAUSE, X said, CLAUSE` · `According to X,
//! CLAUSE` · `CLAUSE, according to X` · `X accused Y of …`, `X urged Y to …`
//! · participles continuing a sentence (`…, saying CLAUSE`, `by telling them
//! that …`) · coordinated verbs sharing a subject (`X did A and said B`).
//! The span is the reported content only: no "that", no cue, no source.
//!
//! What is *not* speech is decided by the shape of the content rather than
//! by a list of sentences: verbs that also take plain objects ("reiterated
//! his stance", "added conditions", "maintaining sanctions") report speech
//! only before a clause; questions ("asked whether …") and documents ("the
//! agreement says") are left out.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::attribute::{
    cue_at, cue_at_word, head_token, is_finite, named_appositive, np_after, np_before, object_after, past_relative, relative_antecedent,
    Np, NpKind,
};
use crate::lexicon::{self, FxBuildHasher};
use crate::mentions::{in_quote, sets_off, QuoteScan};
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, TokKind};

/// One reported-speech finding in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub np: Option<Np>,
    /// Cue token range.
    pub cue: (usize, usize),
    /// Content byte spans (one, or two for `A, X said, B`).
    pub spans: Spans,
}

/// A finding's speaker and cue, as [`Found`] has them.
type Said = (Option<Np>, (usize, usize));

/// A finding's content spans, at most two: kept inline, so a finding
/// allocates nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Spans {
    spans: [(usize, usize); 2],
    len: u8,
}

impl Spans {
    fn one(sp: (usize, usize)) -> Self {
        Spans { spans: [sp; 2], len: 1 }
    }

    /// Adds a span (panics past two: a report has no third part).
    fn push(&mut self, sp: (usize, usize)) {
        self.spans[usize::from(self.len)] = sp;
        self.len += 1;
    }
}

impl std::ops::Deref for Spans {
    type Target = [(usize, usize)];
    fn deref(&self) -> &Self::Target {
        &self.spans[..usize::from(self.len)]
    }
}

impl IntoIterator for Spans {
    type Item = (usize, usize);
    type IntoIter = std::iter::Take<std::array::IntoIter<(usize, usize), 2>>;
    fn into_iter(self) -> Self::IntoIter {
        self.spans.into_iter().take(usize::from(self.len))
    }
}

/// The longest reported clause, in tokens.
const MAX_CONTENT_TOKENS: usize = 150;

/// Conjunctions that link a clause to the one before it: a subject
/// phrase never runs back over one, and one may open the clause.
const CLAUSE_LINKS: &[&str] =
    &["and", "but", "while", "when", "because", "although", "though", "as", "if", "after", "before", "since", "so"];

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those"];

// Word classes. Vocabulary — reporting verbs by class, document nouns,
// audiences, adverbs — is data in `src/lexicon/verbs_*.txt` and
// `indirect_*.txt`, so it can grow without touching the rules. What stays
// here is grammar: closed classes of function words (auxiliaries,
// pronouns, prepositions, connectives) and the calendar, which never grow
// and whose membership the rules below depend on by design.

/// Auxiliaries and negation that may stand between a subject and its cue
/// ("has also said", "did not deny"); see [`is_aux`] for the adverbs.
const AUX: &[&str] = &["has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do", "not", "never"];

/// Prepositions that open a phrase after a demonstrative "that" ("said
/// that about every book", "said that to reporters").
const PREPOSITIONS: &[&str] = &["about", "to", "for", "with", "in", "on", "at", "from", "of", "by", "after", "before", "during", "until"];

/// Modals that stand between a subject and its cue when negated ("could
/// not say").
const MODALS: &[&str] = &["can", "could", "may", "might", "must", "shall", "should"];

/// Prepositions and determiners that open a setting adverbial between a
/// cue and its content ("said on Friday that", "said in a statement");
/// see [`is_adverbial_start`] for the adverbs.
const ADVERBIAL_STARTS: &[&str] = &[
    "on", "in", "at", "this", "last", "during", "after", "before", "while", "when", "upon", "from", "via", "through", "over", "to",
    "outside", "inside", "near",
];

/// Prepositions that may open a sentence's opening phrase as well ("Under
/// questioning from senators, the chief …"), though not a setting after a
/// cue ("said under the pseudonym …", "said despite all that, …").
const OPENING_PREPOSITIONS: &[&str] = &["under", "amid", "despite", "following", "throughout", "within", "across", "around", "without"];

const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Single-word connectives that may open a sentence or a subject ("But
/// the mayor said …").
const CONNECTIVES: &[&str] = &["but", "and", "so", "yet", "still", "however", "meanwhile", "instead", "also", "moreover", "furthermore"];

/// More connectives and the words of multi-word ones ("in addition", "for
/// example", "on the other hand"): with [`CONNECTIVES`], what opens a
/// sentence without being part of what anyone said.
const DISCOURSE: &[&str] = &[
    "nonetheless",
    "nevertheless",
    "besides",
    "indeed",
    "overall",
    "more",
    "most",
    "in",
    "addition",
    "separately",
    "similarly",
    "likewise",
    "again",
    "then",
    "too",
    "thus",
    "therefore",
    "otherwise",
    "later",
    "earlier",
    "first",
    "second",
    "finally",
    "ultimately",
    "for",
    "example",
    "instance",
    "at",
    "the",
    "same",
    "time",
    "on",
    "other",
    "hand",
    "fact",
    "short",
    "particular",
    "turn",
    "contrast",
    "general",
];

fn is_discourse(w: &str) -> bool {
    CONNECTIVES.contains(&w) || DISCOURSE.contains(&w)
}

/// Whether token `k` is an auxiliary or an adverb between a subject and
/// its cue. (The adverbs by the token's `Doc::lists`: the words asked,
/// next to a cue, are nearly all looked up already, where the list's own
/// shape test and lookup cost more.)
fn is_aux(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    AUX.contains(&w.as_str()) || doc.in_list(k, lexicon::indirect_cue_adverbs())
}

/// Whether token `k` is a negative auxiliary [`AUX`] leaves out: a
/// contraction ("wouldn't", "didn’t"), "cannot", or a modal before "not"
/// ("could not"). Asked only before a refused question
/// ([`refused_question`]): elsewhere a negated verb ("won't accept",
/// "don't think") is seldom a report.
fn is_negative_aux(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    w.ends_with("n't")
        || w.ends_with("n’t")
        || w == "cannot"
        || (MODALS.contains(&w.as_str()) && k + 1 < doc.tokens().len() && matches!(doc.lower(k + 1).as_str(), "not" | "never"))
}

/// Whether token `k` may open a setting adverbial after a cue.
fn is_adverbial_start(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    // "at least two employees", "over 300 homes": a quantity opens a
    // noun phrase, no setting.
    // (Only "at" and "over" may open one: the others are not asked.)
    ADVERBIAL_STARTS.contains(&w.as_str()) && !(matches!(w.as_str(), "at" | "over") && quantity_at(doc, k))
        || WEEKDAYS.contains(&w.as_str())
        || doc.in_list(k, lexicon::indirect_setting_adverbs())
}

/// Whether cue `cue` ("said", "pointed out") is a form of a verb in
/// `class`, a lexicon of lemmas.
fn verb_in(cue: &str, class: &lexicon::Lexicon) -> bool {
    verb_classes(cue).1 & class.bit() != 0
}

/// The lemma of a folded cue ("said", "pointed out") and the word lists
/// that hold it (`lexicon::lists_of`): one probe of a table of every verb
/// form, where `lexicon::lemma` tried two lists and then a third lookup
/// found the classes. A word of neither list is its own lemma.
fn verb_classes(cue: &str) -> (&str, u64) {
    // (Form → index into the lemmas and classes: a map of the type
    // mentions' names use, so the wasm carries one copy of its code.)
    type Forms = (HashMap<Cow<'static, str>, usize, FxBuildHasher>, Vec<(&'static str, u64)>);
    static FORMS: OnceLock<Forms> = OnceLock::new();
    let (index, classes) = FORMS.get_or_init(|| {
        let (mut index, mut classes) = (HashMap::default(), Vec::new());
        for f in lexicon::verbs_forms().entries().chain(lexicon::cue_verbs().entries()) {
            index.entry(Cow::Borrowed(f)).or_insert_with(|| {
                let l = lexicon::lemma(f);
                classes.push((l, lexicon::lists_of(l)));
                classes.len() - 1
            });
        }
        (index, classes)
    });
    index.get(cue).map_or_else(|| (cue, lexicon::lists_of(cue)), |&i| classes[i])
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

/// Finds reported speech in sentence `s`, including a sentence that only
/// continues the report before it (see [`continuation`]). `scan` is one
/// [`Unquoted`] for the document's sentences asked in order: where the
/// next quote starts is then found once, not searched for per sentence,
/// and the findings are handed out from its one vector, not from one
/// allocated per sentence.
pub fn find_in_sentence<'s>(doc: &Doc, s: usize, quotes: &[QuoteSpan], scan: &'s mut Unquoted) -> &'s [Found] {
    let Unquoted { cursor, found, last_own, last_found, next_quote } = scan;
    found.clear();
    let cue_seen = find_own(doc, s, quotes, cursor, found);
    if found.is_empty() {
        let before = last_own.filter(|&p| p + 1 == s).map(|_| &*last_found);
        found.extend(continuation(doc, s, quotes, next_quote, cue_seen, before));
        *last_found = None;
    } else {
        *last_found = found.last().map(|f| (f.np, f.cue));
    }
    *last_own = Some(s);
    found
}

/// A sentence with no cue of its own that goes on with quoted words right
/// after `CLAUSE, X said.` in the same paragraph is still X's report
/// (mixed speech): "Talks have stalled, the official said. The terms are
/// unclear and “there are still disagreements.”" `cue_seen` is what
/// [`find_own`] returned for `s`, `before` the last of its findings for
/// `s - 1` when it was asked (both read from the sentences again when not
/// known). `next_quote` is a cursor over `quotes` for sentences asked in
/// order.
fn continuation(
    doc: &Doc,
    s: usize,
    quotes: &[QuoteSpan],
    next_quote: &mut usize,
    cue_seen: Option<bool>,
    before: Option<&Option<Said>>,
) -> Option<Found> {
    let sent = &doc.sentences[s];
    let (lo, hi) = (sent.tokens.start, sent.tokens.end);
    if s == 0 || lo >= hi || doc.sentences[s - 1].paragraph != sent.paragraph {
        return None;
    }
    // Quoted words inside, but not a quote sentence, and no cue outside.
    // Only a quote opening after the first word can hold a later one (the
    // first is outside those opened before it): most sentences have none,
    // and are answered by a cursor moved forward (the sentences come in
    // order), without reading their words.
    let (first, last) = (doc.tokens()[lo].start, doc.tokens()[hi - 1].start);
    while quotes.get(*next_quote).is_some_and(|q| q.outer_start <= first) {
        *next_quote += 1;
    }
    if quotes.get(*next_quote).is_none_or(|q| q.outer_start > last) {
        return None;
    }
    if doc.tokens()[lo].kind == TokKind::Mark || in_quote(quotes, first) {
        return None;
    }
    let mut scan = QuoteScan::new(quotes);
    if !(lo + 1..hi).any(|k| scan.covers(doc.tokens()[k].start)) {
        return None;
    }
    if cue_seen.unwrap_or_else(|| cue_outside_quotes(doc, lo, hi, quotes)) {
        return None;
    }
    let (np, cue) = before.copied().unwrap_or_else(|| {
        // (A scan of its own: the shared one has passed sentence `s - 1`.)
        let mut prev = Vec::new();
        find_own(doc, s - 1, quotes, &mut Cursor::new(quotes), &mut prev);
        prev.last().map(|f| (f.np, f.cue))
    })?;
    // The previous report ends its sentence with the cue: "…, X said."
    let prev_sent = &doc.sentences[s - 1];
    let mut end = prev_sent.tokens.end;
    while end > prev_sent.tokens.start && !doc.is_word(end - 1) {
        end -= 1;
    }
    let np_end = np.map_or(cue.1, |n| n.last.max(cue.1));
    if np_end != end || np.is_none() {
        return None;
    }
    let sp = span_of(doc, skip_discourse(doc, lo, hi), hi, quotes)?;
    Some(Found { np, cue, spans: Spans::one(sp) })
}

/// Whether a word of `lo..hi` outside quotes is a cue or "according".
fn cue_outside_quotes(doc: &Doc, lo: usize, hi: usize, quotes: &[QuoteSpan]) -> bool {
    (lo..hi).any(|k| !in_quote(quotes, doc.tokens()[k].start) && (cue_at(doc, k, hi).is_some() || doc.lower(k) == "according"))
}

/// What [`find_in_sentence`] keeps from one sentence to the next: a
/// [`Cursor`] over the quotes, and what a [`continuation`] asks.
pub struct Unquoted<'q> {
    cursor: Cursor<'q>,
    /// The findings [`find_in_sentence`] hands out, kept for the next
    /// sentence's.
    found: Vec<Found>,
    /// The sentence [`find_in_sentence`] was last asked about and the last
    /// of its own findings, for a [`continuation`] of it (only who said
    /// it and the cue: its spans are not asked, and not copied). Two
    /// fields, written in place: not a tuple replaced every sentence.
    last_own: Option<usize>,
    last_found: Option<Said>,
    /// The first quote opening after the first word of the sentence a
    /// [`continuation`] was last asked about.
    next_quote: usize,
}

impl<'q> Unquoted<'q> {
    pub fn new(quotes: &'q [QuoteSpan]) -> Self {
        Unquoted { cursor: Cursor::new(quotes), found: Vec::new(), last_own: None, last_found: None, next_quote: 0 }
    }
}

/// [`QuoteScan`] for a scan that moves forward through a sentence, asking
/// only when it reaches `gate`: positions before it are all quoted or all
/// not (`quoted`), so a quotation's words are passed over unread. Asked in
/// increasing order only (a position before the gate is not searched for).
/// (Apart from the rest of [`Unquoted`], so that [`find_own`] fills the
/// findings' vector in place while it moves the cursor.)
struct Cursor<'q> {
    scan: QuoteScan<'q>,
    quoted: bool,
    gate: usize,
    /// Positions below this are not quoted: the gate outside a quote, 0
    /// inside one. A scan asks `covers` only from here on, with one
    /// comparison a word where the gate and `quoted` were two.
    plain_until: usize,
}

impl<'q> Cursor<'q> {
    fn new(quotes: &'q [QuoteSpan]) -> Self {
        Cursor { scan: QuoteScan::new(quotes), quoted: false, gate: 0, plain_until: 0 }
    }

    /// Whether `pos` (no earlier than any position asked before) is quoted.
    fn covers(&mut self, pos: usize) -> bool {
        if pos >= self.gate {
            (self.quoted, self.gate) = self.scan.covers_until(pos);
            self.plain_until = if self.quoted { 0 } else { self.gate };
        }
        self.quoted
    }
}

/// The first token from `i` on (`hi` for none) that may start a report:
/// a word outside quotes that is "according" or starts a cue below `hi`.
/// Every word of a sentence is asked, so an ASCII word is read as
/// written, not lowered, and only one of a cue's shape (`may_start`, the
/// cue verbs' start filter fetched once a sentence by the caller) is
/// asked `cue_at_word`. (Most words of that shape are no cue: they are
/// passed over here, not returned to `find_own` one by one.) Also returns
/// the cue's end, found here, so that `find_own` does not ask again.
#[inline(never)]
fn next_candidate(doc: &Doc, i: usize, hi: usize, scan: &mut Cursor, may_start: &impl Fn(&[u8]) -> bool) -> (usize, Option<usize>) {
    let text = doc.text().as_bytes();
    let third = crate::attribute::cue_third_shapes();
    let toks = doc.tokens().get(i..hi).unwrap_or_default();
    // A token's index from its place in `toks`, worked out only for the
    // few words asked further: the loop then counts nothing but its
    // place. (Tokens are not zero-sized: the division is sound.)
    let base = toks.as_ptr().addr();
    let index_of = |t: &crate::segment::Token| i + (std::ptr::from_ref(t).addr() - base) / std::mem::size_of::<crate::segment::Token>();
    for t in toks {
        if t.kind != TokKind::Word || (t.start >= scan.plain_until && scan.covers(t.start)) {
            continue;
        }
        let maybe = if t.non_ascii {
            let w = doc.lower(index_of(t));
            w == "according" || may_start(w.as_bytes())
        } else {
            // SAFETY: a token's ends lie within the text, which
            // `segment_with` ensures for every token it makes (see
            // `Doc::tok`): the checks of `text[t.start..t.end]`, made here
            // for every word outside quotes, are not needed.
            let w = unsafe { text.get_unchecked(t.start..t.end) };
            // (A third shape, of the bytes already read, rules out most
            // words of a cue's first two shapes that are no cue, before
            // their lists are found; it reads low five bits, which
            // lowering ASCII keeps.)
            may_start(w) && crate::attribute::has_third_shape(third, w) || w.eq_ignore_ascii_case(b"according")
        };
        if maybe {
            let k = index_of(t);
            let cue = cue_at_word(doc, k, hi);
            if cue.is_some() || doc.lower(k) == "according" {
                return (k, cue);
            }
        }
    }
    (hi, None)
}

/// The reports of sentence `s`, pushed to `out` (empty). With no report
/// found, returns whether a word outside quotes is a cue or "according"
/// (`continuation` asks), found as every such word is read here; `None`
/// when words were skipped.
fn find_own(doc: &Doc, s: usize, quotes: &[QuoteSpan], scan: &mut Cursor, out: &mut Vec<Found>) -> Option<bool> {
    let sent = &doc.sentences[s];
    let (lo, hi) = (sent.tokens.start, sent.tokens.end);
    let mut last_np: Option<Np> = None;
    let mut i = lo;
    let may_start = lexicon::cue_verbs().start_filter();
    // "Asked whether …, X said …": the question is not speech, the answer
    // after the comma may be.
    if lo < hi && matches!(doc.lower(lo).as_str(), "asked" | "questioned" | "pressed" | "when") {
        let question = doc.lower(lo) != "when" || (lo + 1 < hi && matches!(doc.lower(lo + 1).as_str(), "asked" | "questioned" | "pressed"));
        if question {
            match (lo..hi).find(|&k| doc.tok(k) == "," && !in_quote(quotes, doc.tokens()[k].start)) {
                Some(c) => i = c + 1,
                None => return None,
            }
        }
    }
    // (Unknown when the question's words were skipped.)
    let mut cue_seen = Some(false).filter(|_| i == lo);
    loop {
        let verb_end;
        (i, verb_end) = next_candidate(doc, i, hi, scan, &may_start);
        if i >= hi {
            break cue_seen;
        }
        let w = doc.lower(i);
        let according = w == "according";
        if according && i + 1 < hi && doc.lower(i + 1) == "to" {
            if let Some(f) = according_to(doc, lo, hi, i, quotes) {
                i = hi;
                out.push(f);
                continue;
            }
        }
        // (`next_candidate` found a cue, or "according", which is none.)
        let Some(verb_end) = verb_end else {
            cue_seen = cue_seen.map(|c| c || according);
            i += 1;
            continue;
        };
        // "The recall was announced", "a report": right after an article
        // the word is a noun.
        if i > lo && matches!(doc.lower(i - 1).as_str(), "the" | "a" | "an") {
            i = verb_end;
            continue;
        }
        // "went on to say …": the cue is the verb after "to", whose
        // subject is found past the raising verb below.
        if verb_end + 1 < hi && doc.lower(verb_end) == "to" && doc.lower(verb_end - 1) == "on" && cue_at(doc, verb_end + 1, hi).is_some() {
            i = verb_end;
            continue;
        }
        // "Tickets went on sale", "went on strike", "went on to win": "go
        // on" reports speech only before "that" or a mark, never before
        // another word.
        // ("workers in demanding jobs": a participle qualifying its noun.)
        // (A cue of one word ends on no "on": its lowered form is not read.)
        if verb_end > i + 1 && verb_end < hi && doc.lower(verb_end - 1) == "on" && doc.is_word(verb_end) && doc.lower(verb_end) != "that"
            || crate::attribute::adjectival_participle(doc, lo, i, verb_end, hi)
        {
            i = verb_end;
            continue;
        }
        // "Officials briefed on the talks said …": a participle's phrase
        // after its noun, whose cue comes after it.
        if w.ends_with("ed")
            && crate::attribute::participle_head(doc, lo, i).is_some()
            && (verb_end + 1..hi.min(verb_end + 9)).take_while(|&m| doc.is_word(m)).any(|m| cue_at(doc, m, hi).is_some())
        {
            i = verb_end;
            continue;
        }
        cue_seen = cue_seen.map(|_| true);
        // The noun phrase right after the cue (`…, said X`), asked below in
        // several places: found once.
        let after_cue = std::cell::OnceCell::new();
        let np_after_cue = || *after_cue.get_or_init(|| np_after(doc, verb_end, hi, true));
        let participle = w.ends_with("ing");
        let after_comma = i > lo && doc.tok(i - 1) == ",";
        // The word before the verb, past any auxiliaries ("and have accused").
        let mut k = i;
        // ("would not say when …", "wouldn't say when …": a refusal, whose
        // subject is found past any negative too.)
        let question = refused_question(doc, lo, i, verb_end, hi);
        let aux = |k: usize| is_aux(doc, k) || (question && is_negative_aux(doc, k));
        while k > lo && doc.is_word(k - 1) && aux(k - 1) {
            k -= 1;
        }
        // "Roe (D-Ore.) and Kern all suggested": a floating quantifier.
        if k > lo + 1 && matches!(doc.lower(k - 1).as_str(), "all" | "both") && (doc.tok(k - 2) == ")" || doc.is_word(k - 2)) {
            k -= 1;
        }
        // "appeared to suggest", "went on to say": the subject is before
        // the raising verb (and its particle "on").
        let raised = |n: usize| k > lo + n && doc.in_list(k - n, lexicon::indirect_raising_verbs());
        let raising = if k >= lo + 3 && doc.lower(k - 1) == "to" {
            if raised(2) {
                2
            } else if doc.lower(k - 2) == "on" && raised(3) {
                3
            } else {
                0
            }
        } else {
            0
        };
        if raising > 0 {
            k -= raising;
            while k > lo && doc.is_word(k - 1) && aux(k - 1) {
                k -= 1;
            }
        }
        // "who in 2010 said", "who last week said": a setting between the
        // relative pronoun and its verb.
        // (Only words may stand between: the look-back ends at the first
        // other token. The word before the verb is no relative pronoun, so
        // the search starts before it, and a setting is then always left.)
        if k > lo + 1 && doc.is_word(k - 1) && !matches!(doc.lower(k - 1).as_str(), "who" | "whom" | "which") {
            let mut back = (k.saturating_sub(6).max(lo)..k - 1).rev().take_while(|&m| doc.is_word(m));
            if let Some(w) = back.find(|&m| matches!(doc.lower(m).as_str(), "who" | "which")) {
                if is_adverbial_start(doc, w + 1) {
                    k = w + 1;
                }
            }
        }
        let prev = if k > lo { doc.lower(k - 1) } else { Default::default() };
        // (Asked again from the cue only when auxiliaries stand between.)
        let mut np = subject_before(doc, lo, k).or_else(|| (k != i).then(|| subject_before(doc, lo, i)).flatten());
        // "won the crowd with his pledge to keep …": right after a
        // possessive the cue is a noun, and its possessor said it.
        // (Only before its content: "their calls are not getting
        // through" reports nothing, nor does "his writing that …".)
        if k == i
            && matches!(prev.as_str(), "his" | "her" | "their")
            && !participle
            && verb_end < hi
            && matches!(doc.lower(verb_end).as_str(), "that" | "to" | "for" | "of")
        {
            np = Some(Np { first: k - 1, last: k, kind: NpKind::Pronoun });
        }
        // "A did not go well, and the meeting soured, said one source":
        // a clause between commas is no appositive of the subject.
        if after_comma && np.is_some_and(|n| n.last + 1 < k && clause_aside(doc, n.last, k)) && np_after_cue().is_some() {
            np = None;
        }
        // The subject stands right before the cue (not reached through a
        // relative pronoun or a coordination): only then can the cue close
        // a `CLAUSE, X said` report.
        let mut adjacent = np.is_some();
        // A relative clause's content ends at its first comma: "Rusk,
        // who said the port would close, left early".
        let mut relative = false;
        // "an architect who said …", "many of whom say …": the antecedent.
        if np.is_none() && matches!(prev.as_str(), "who" | "whom" | "which") && k >= lo + 2 {
            // (A restrictive one too: "listeners who said A, but kept B".)
            relative = true;
            np = relative_subject(doc, lo, k, prev == "whom");
        }
        // "The bank said …", "Civil rights activists say …": any noun
        // phrase opening a clause.
        if np.is_none() && !participle && prev != "to" {
            np = plain_subject(doc, lo, k);
            adjacent = np.is_some();
        }
        // (Only after dashes may a noun phrase follow the cue: "X -- co-editor
        // of a book -- said the …"; after commas that is `CLAUSE, said X`.)
        let dashed = k > lo && matches!(doc.tok(k - 1), "—" | "–" | "-" | "--");
        // (The noun phrase after the cue is not looked for where no aside
        // can end.)
        if np.is_none() && !participle && aside_may_end(doc, lo, k) {
            np = subject_before_aside(doc, lo, k, quotes, !dashed && np_after_cue().is_some());
        }
        if np.is_none() && !participle && prev != "to" {
            np = long_subject(doc, lo, k);
            adjacent = np.is_some();
        }
        // "what X described as Y": the naming Y is the report, unless it
        // is all quoted ("what he called “hysteria”": the quote says it).
        if np.is_some_and(|n| n.first > lo && matches!(doc.lower(n.first - 1).as_str(), "what" | "whatever")) {
            i = naming(doc, i, verb_end, hi, np, quotes, out);
            continue;
        }
        // A cue right after a quote attributes the quote, not a report:
        // "“…,” the official said at the meeting that Rubio attended."
        let (quote_np, np_first) = (np, np.map_or(i, |n| title_start(doc, lo, n.first)));
        // …unless a content of its own follows ("“Title,” she said she …").
        let obj_end = object_end(doc, i, verb_end, hi);
        let takes_content =
            obj_end < hi && doc.is_word(obj_end) && !is_adverbial_start(doc, obj_end) && (np.is_some() || np_after_cue().is_none());
        if !takes_content && (follows_quote(doc, lo, np_first) || follows_quote(doc, lo, i)) {
            let n = np.or_else(np_after_cue);
            if let Some(n) = n {
                last_np = Some(n);
            }
            // Mixed speech: "The administration “understands our
            // concerns,” Dmitriev said" — the clause the quote ends.
            if let Some(sp) = mixed_clause(doc, lo, np_first.min(i), quotes) {
                out.push(Found { np: n, cue: (i, verb_end), spans: Spans::one(sp) });
            }
            i = verb_end;
            continue;
        }
        // Coordinated verbs share the subject: "X reiterated …, and said …".
        if np.is_none() && matches!(prev.as_str(), "and" | "but" | "or") {
            np = last_np.or_else(|| clause_subject(doc, lo, k - 1));
        }
        if participle {
            // "is quoted as saying …" reports the subject's words.
            let quoted_as = prev == "as" && k >= lo + 2 && doc.lower(k - 2) == "quoted";
            let adverbial = quoted_as || matches!(prev.as_str(), "by" | "while" | "after" | "before" | "when" | "in" | "upon" | "without");
            if !after_comma && np.is_none() && !adverbial {
                i = verb_end;
                continue;
            }
            // "Dean, a doctor, appeared on MSNBC and began by saying …":
            // after a preposition the gerund's subject is the name that
            // opens the clause, not a noun just before.
            let opening = || {
                (adverbial && !after_comma && prev != "in").then(|| np_after(doc, lo, k, true)).flatten().filter(|n| {
                    n.first == lo
                        && n.kind == NpKind::Name
                        && n.last < k
                        && (n.first..n.last).all(|j| !doc.in_list(j, lexicon::not_names()))
                })
            };
            if np.is_none() || after_comma {
                np = opening().or(last_np).or_else(|| clause_subject(doc, lo, i));
            }
        } else if np.is_none() {
            // An -s form right after a determiner or possessive is a noun
            // ("his comments"); only the inverted `…, said X` stands alone.
            let inverted = after_comma && np_after_cue().is_some();
            if !inverted {
                i = verb_end;
                continue;
            }
        }
        if let Some(n) = np {
            // ("The U.S. Geological Survey said": an agency that surveys,
            // named so.)
            let agency = n.kind == NpKind::Name && doc.is_cap(n.last - 1) && doc.lower(n.last - 1) == "survey";
            // The head noun, before a complement: "a person familiar with
            // the plan" is a person, "the report by the panel" a report.
            let head = if n.kind == NpKind::Description { head_token(doc, n) } else { n.last - 1 };
            if doc.in_list(head, lexicon::indirect_document_heads()) && !agency {
                i = verb_end;
                continue;
            }
            // "Nobody asks …", "No one told them …", "None of the officials
            // said …": what no one said is no report.
            if no_one(doc, lo, n) {
                i = verb_end;
                continue;
            }
        }
        // ("…, told the council he would pay": a verb of telling is never
        // inverted; the phrase after it is whom it tells.)
        let tells =
            || matches!(doc.lower(i).as_str(), "told" | "tell" | "tells" | "telling" | "briefed" | "assured" | "reminded" | "informed");
        // "Staff were told by managers that …", "He was informed that …":
        // the subject of a cue in the passive was addressed; the agent
        // after "by" spoke, or no one named did.
        // (Without an agent, only a verb of telling: "is said to be
        // furious" or "was described as" may still be the subject's.)
        let passive_agent =
            (i > lo && !participle && matches!(doc.lower(i - 1).as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being"))
                .then(|| passive_agent(doc, verb_end, hi))
                .filter(|agent| agent.is_some() || tells());
        if let Some(agent) = passive_agent {
            np = agent;
        }
        let cue_end = match passive_agent {
            Some(Some(agent)) => obj_end.max(agent.last),
            _ => obj_end,
        };
        let inverted_np = if np.is_none() && !tells() { np_after_cue() } else { None };
        let mut spans = Spans::default();
        let mut accused = false;
        // The token that ends a content found after the cue, the last span
        // pushed.
        let mut content_end = None;
        // (As found above, unless the subject changed since.)
        let np_first = if np == quote_np { np_first } else { np.map_or(i, |n| title_start(doc, lo, n.first)) };
        // `CLAUSE, X said.` / `CLAUSE, said X.` — the clause before.
        let before_comma = np_first > lo && doc.tok(np_first - 1) == ",";
        let inverted = inverted_np.is_some() && after_comma;
        let after_cue = if inverted { inverted_np.map_or(cue_end, |n| n.last) } else { cue_end };
        let rest_at = clause_end_after(doc, after_cue, hi);
        // Not `CLAUSE, X said` when the cue goes on to a quote ("I laughed
        // and said, “…”") or the clause is an adverbial ("when my mother
        // mentioned it, I said").
        // (A cue denied reports nothing before it: "…, Acme did not say",
        // "The firm that built it, Acme, did not respond to requests".)
        let negated = || (k..i).any(|m| is_negative_aux(doc, m) || matches!(doc.lower(m).as_str(), "not" | "never"));
        let open = before_comma && !negated();
        let closes_clause = open
            && !participle
            && adjacent
            && !rest_at.is_some_and(|r| quote_follows(doc, r, hi, quotes))
            // (Mid-sentence, the adverbial opens the content: "If talks
            // fail, she argued, there are other tools.")
            && !(rest_at.is_some_and(|r| r >= hi || doc.tok(r) != ",") && adverbial_clause(doc, lo, np_first - 1, quotes));
        if (closes_clause || inverted) && rest_at.is_some() {
            let comma = if inverted { i - 1 } else { np_first - 1 };
            // Start after the previous finding: "A, Al Jazeera reports"
            // names where a report was read, not a new speaker.
            let covered =
                out.iter().flat_map(|f| f.spans.iter()).any(|&(_, e)| e > doc.tokens()[lo].start && e <= doc.tokens()[comma].start);
            // "The mayor, Ana Ruiz, responded.", "A lawyer for the family,
            // …": a phrase headed by a person noun before a name set off by
            // commas is the name's appositive, not a report.
            let appositive = !inverted && np.is_some_and(|n| n.last < i && doc.tok(n.last) == ",") && role_description(doc, lo, comma);
            if !covered && !appositive {
                if let Some(sp) = clause_span(doc, lo, comma, quotes) {
                    spans.push(sp);
                }
            }
            // `A, X said at the meeting, B.`
            let rest = rest_at.unwrap_or(hi);
            // (Not an appositive: "…, said Lena Holm, the engineer.")
            if rest < hi && doc.tok(rest) == "," && !covered {
                // "…, he said, adding that …": the participle reports on its own.
                let participle_next = rest + 1 < hi && doc.lower(rest + 1).ends_with("ing") && cue_at(doc, rest + 1, hi).is_some();
                // "The museum, Ortiz said, celebrated …": a verbless first
                // part is the subject of the second.
                let subject_only = spans.first().is_some_and(|&(s0, e0)| {
                    let (a, b) = (doc.token_at_or_after(s0), doc.token_at_or_after(e0));
                    !(a..b).any(|m| is_finite(&doc.lower(m)) || cue_at(doc, m, b).is_some())
                });
                if let Some((sp, end)) = content_after(doc, rest + 1, hi, quotes).filter(|_| !participle_next) {
                    // (Positions in increasing order: one search, then a walk.)
                    let mut qs = QuoteScan::new(quotes);
                    let quoted = (rest + 1..end).any(|k| qs.covers(doc.tokens()[k].start));
                    let continues = subject_only && doc.is_word(rest + 1) && !doc.is_cap(rest + 1) && !is_discourse(&doc.lower(rest + 1));
                    // "…, said Ana Ruiz, president of the union / who leads
                    // the union": the speaker's description. After a
                    // verbless first part the report goes on past it ("The
                    // pier, said Ruiz, who sails, is unsafe").
                    let relative = matches!(doc.lower(rest + 1).as_str(), "who" | "whose");
                    if relative && (subject_only || spans.is_empty()) {
                        // (What goes on is a predicate: lower case, and no
                        // participle that reports on its own.)
                        let goes_on =
                            |c: usize| c + 1 < end && doc.is_word(c + 1) && !doc.is_cap(c + 1) && !doc.lower(c + 1).ends_with("ing");
                        let after = (rest + 2..end).find(|&k| doc.tok(k) == ",").filter(|&c| goes_on(c));
                        if let Some(sp) = after.and_then(|c| span_of(doc, c + 1, end, quotes)) {
                            spans.push(sp);
                        }
                    } else if !relative
                        && !role_description(doc, rest + 1, end)
                        && (quoted || continues || reports_speech(doc, "say", rest + 1, end, false))
                    {
                        spans.push(sp);
                    }
                }
            }
        } else {
            // (Most cues are one word: that one, borrowed. Only this branch
            // reads the words: a phrase is joined here, not for every cue.)
            let cue_words: Cow<str> = if verb_end == i + 1 { w.as_str().into() } else { joined_cue(doc, i, verb_end).into() };
            // "vowed to build …": the infinitive is the content, not a
            // setting ("said to reporters"). Not after a passive ("was
            // told to leave": the subject is the one addressed).
            let passive = i > lo && matches!(doc.lower(i - 1).as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being");
            // Not when the sentence closes with its own report ("A and B
            // agreed to share the cost, officials said"): the whole clause
            // is what the officials said.
            let infinitive = !passive
                && cue_end + 1 < hi
                && doc.lower(cue_end) == "to"
                && verb_in(&cue_words, lexicon::verbs_to())
                && bare_verb_at(doc, cue_end + 1, hi);
            let start = if infinitive || refused_question(doc, lo, i, cue_end, hi) {
                Some((cue_end, false))
            } else {
                content_start(doc, cue_end, hi)
            };
            let start = start.filter(|&(st, _)| doc.lower(st) != "to" || closing_report(doc, lo, hi, quotes).is_none_or(|c| c < st));
            // "Officers were called to the scene": "called to" summons.
            let start = start.filter(|_| !(cue_end < hi && doc.lower(cue_end) == "to" && verb_classes(&cue_words).0 == "call"));
            // "developers who complained about the fees had faced …": after
            // a relative clause's cue, a content opening with an auxiliary
            // has no subject; the auxiliary is the antecedent's verb.
            let start = start.filter(|&(st, had_that)| !(relative && !had_that && opens_with_auxiliary(doc, st)));
            if let Some((st, had_that)) = start {
                let content = content_after(doc, st, hi, quotes).map(|(sp, end)| {
                    if relative {
                        let cut = cut_at_comma(doc, sp, quotes);
                        (cut, if cut == sp { end } else { doc.token_in(st, hi, cut.1) })
                    } else {
                        (sp, end)
                    }
                });
                if let Some((sp, end)) = content {
                    if reports_speech(doc, &cue_words, st, end, had_that) {
                        spans.push(sp);
                        content_end = Some(end);
                        // "Pike is accused of …": an accusation whose
                        // accuser goes unnamed; the accused does not speak.
                        accused = passive && cue_words.ends_with("ed") && verb_classes(&cue_words).0 == "accuse";
                    }
                }
            }
        }
        // ("said a spokeswoman, Elena Marsh": the name she is.)
        let np = if accused { None } else { np.or(inverted_np.map(|n| named_appositive(doc, n, hi))) };
        if np.is_some() {
            last_np = np;
        }
        if !spans.is_empty() {
            out.push(Found { np, cue: (i, cue_end), spans });
        }
        // Continue after the content: a later cue may start another report.
        // (Every span is of this sentence's tokens: its end token is found
        // among them, `Doc::token_in`, not among the document's.)
        i = cue_end;
        if let Some(end) = content_end {
            i = end.max(cue_end);
        } else if let Some(&(_, end)) = out.last().and_then(|f| f.spans.last()) {
            i = doc.token_in(lo, hi, end).max(cue_end);
        }
    }
}

/// Whether `np` (from `lo`) is a negative subject: "nobody", "no one",
/// "none of the officials". ("Neither X nor Y responded to questions" is
/// annotated as the non-answer of both, in PolNeAR.)
fn no_one(doc: &Doc, lo: usize, np: Np) -> bool {
    let w = doc.lower(np.first);
    matches!(w.as_str(), "nobody" | "no-one" | "none")
        || w == "no" && np.first + 1 < np.last && doc.lower(np.first + 1) == "one"
        || np.first >= lo + 2 && doc.lower(np.first - 1) == "of" && doc.lower(np.first - 2) == "none"
        || np.first >= lo + 3 && doc.lower(np.first - 2) == "of" && doc.lower(np.first - 1) == "the" && doc.lower(np.first - 3) == "none"
}

/// The agent of a cue in the passive, the noun phrase after "by" at
/// `at` ("told by managers"): a name or a description.
fn passive_agent(doc: &Doc, at: usize, hi: usize) -> Option<Np> {
    (at + 1 < hi && doc.lower(at) == "by")
        .then(|| np_after(doc, at + 1, hi, true))
        .flatten()
        .filter(|n| matches!(n.kind, NpKind::Name | NpKind::Description))
}

/// "what X described as Y": the naming Y after the cue at `i..verb_end`
/// is the report, pushed to `out`, unless it is all quoted. Returns where
/// `find_own` goes on. (Rare: kept out of its hot code.)
#[cold]
#[inline(never)]
fn naming(doc: &Doc, i: usize, verb_end: usize, hi: usize, np: Option<Np>, quotes: &[QuoteSpan], out: &mut Vec<Found>) -> usize {
    let mut st = verb_end;
    if st < hi && doc.lower(st) == "as" {
        st += 1;
    }
    let quoted = st < hi && doc.tokens()[st].kind == TokKind::Mark;
    if let Some((sp, end)) = (!quoted).then(|| content_after(doc, st, hi, quotes)).flatten() {
        out.push(Found { np, cue: (i, st), spans: Spans::one(sp) });
        end
    } else {
        verb_end
    }
}

/// The lowered words of a cue phrase `i..verb_end`, joined by spaces.
/// (Most cues are one word: rare, kept out of `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn joined_cue(doc: &Doc, i: usize, verb_end: usize) -> String {
    let mut joined = String::with_capacity(32);
    for k in i..verb_end {
        if k > i {
            joined.push(' ');
        }
        joined.push_str(doc.lower(k).as_str());
    }
    joined
}

/// The antecedent of the relative pronoun before the cue at `k` ("an
/// architect who said …", "many of whom say …"). (Rare: kept out of
/// `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn relative_subject(doc: &Doc, lo: usize, k: usize, whom: bool) -> Option<Np> {
    let rel = if whom && k >= lo + 3 && doc.lower(k - 2) == "of" { k - 3 } else { k - 1 };
    let end = if rel > lo && doc.tok(rel - 1) == "," { rel - 1 } else { rel };
    let mut np = if whom {
        np_before(doc, lo, rel + 1).or_else(|| plain_subject(doc, lo, rel))
    } else {
        relative_antecedent(doc, lo, rel).or_else(|| plain_subject(doc, lo, end))
    };
    if np.is_some_and(|n| n.kind == NpKind::Pronoun) {
        np = None;
    }
    // "listeners to the show who said …", "families, many of
    // whom say …": the noun the clause hangs on.
    if np.is_none() {
        np = np_before(doc, lo, end)
            .filter(|n| n.kind != NpKind::Pronoun)
            .or_else(|| plain_subject(doc, lo, end))
            .or_else(|| bare_head(doc, lo, end));
        // (Not the addressee of another cue: "told a woman who
        // suggested …" goes on with what was told.)
        if np.is_some_and(|n| n.first > lo && cue_at(doc, n.first - 1, n.first).is_some()) {
            np = None;
        }
    }
    np
}

/// The comma of a report that closes the sentence, `…, officials said.`
/// or `…, said the minister.`: a phrase and a cue, and nothing after
/// but the final punctuation.
/// (Rare: kept out of `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn closing_report(doc: &Doc, lo: usize, hi: usize, quotes: &[QuoteSpan]) -> Option<usize> {
    let mut end = hi;
    while end > lo && !doc.is_word(end - 1) && !in_quote(quotes, doc.tokens()[end - 1].start) {
        end -= 1;
    }
    let c = (lo..end).rev().take(12).find(|&k| doc.tok(k) == ",")?;
    if in_quote(quotes, doc.tokens()[c].start) {
        return None;
    }
    // ("officials from both countries said": a complement may follow.)
    let np_cue = (c + 2..end).any(|j| cue_at(doc, j, end) == Some(end) && np_after(doc, c + 1, j, true).is_some());
    let cue_np = cue_at(doc, c + 1, end).is_some_and(|e| np_after(doc, e, end, true).is_some_and(|np| np.last == end));
    (np_cue || cue_np).then_some(c)
}
/// A comma or dash, which may close an aside before a cue.
fn aside_delim(t: &str) -> bool {
    matches!(t, "," | "—" | "–" | "-" | "--")
}

/// Whether an aside of [`subject_before_aside`] may end right before the
/// cue at `k`: a comma or dash there, with room for a subject and an
/// aside before it.
fn aside_may_end(doc: &Doc, lo: usize, k: usize) -> bool {
    k >= lo + 4 && aside_delim(doc.tok(k - 1))
}

/// The subject before a long appositive or relative clause that ends
/// right before the cue at `k`, beyond what `np_before` reaches: "Ada
/// Roe, an adviser to the campaign and a professor at the law school,
/// said …", "Roe, 56, who has sat on the board for years, told …".
/// With `strict` (a noun phrase follows the cue, which may be `CLAUSE,
/// said X`), only an aside a participle opens, or a verbless indefinite
/// description, counts.
fn subject_before_aside(doc: &Doc, lo: usize, k: usize, quotes: &[QuoteSpan], strict: bool) -> Option<Np> {
    if !aside_may_end(doc, lo, k) {
        return None;
    }
    let mut close = k - 1;
    while close > lo && aside_delim(doc.tok(close - 1)) {
        close -= 1;
    }
    let floor = lo.max(close.saturating_sub(50)) + 1;
    for p in (floor..close).rev() {
        let t = doc.tok(p);
        let possessive = matches!(t, "'" | "’") && p + 1 < close && doc.lower(p + 1) == "s";
        if matches!(t, ";" | ":")
            || is_terminal(t)
            || (doc.tokens()[p].kind == TokKind::Mark && !possessive)
            || in_quote(quotes, doc.tokens()[p].start)
        {
            return None;
        }
        if !aside_delim(t) || aside_delim(doc.tok(p - 1)) {
            continue;
        }
        let Some(np) = np_before(doc, lo, p).filter(|n| n.last == p && matches!(n.kind, NpKind::Name | NpKind::Description)) else {
            continue;
        };
        if np.first > lo && doc.tok(np.first - 1) != "," {
            continue;
        }
        // What stands between is a description or a relative clause, not
        // a clause of its own ("Monday, the plan failed, said X").
        // A participle opens a phrase whose own clauses describe the
        // subject ("…, speaking on condition of anonymity because he was
        // not authorized to discuss it, said …").
        if participial_phrase(doc, p + 1, close) {
            return Some(np);
        }
        let aside = p + 1..close;
        // ("a nurse elected to the council in May": a participle right
        // after a role noun is the appositive's, no verb of a clause.)
        let participle = |m: usize| m > p + 1 && lexicon::is_role_noun_with(&doc.lower(m - 1), doc.lists(m - 1));
        let verbless = || {
            aside.clone().all(|m| {
                let w = doc.lower(m);
                // (A capital inside is a name: "in May".)
                (!is_finite(&w) || m > p + 1 && doc.is_cap(m))
                    && (!w.ends_with("ed") || doc.is_cap(m) || participle(m))
                    && cue_at(doc, m, close).is_none()
            })
        };
        if strict {
            // (Or an indefinite description with no verb: "a nurse elected
            // to the council in May".)
            return (matches!(doc.lower(p + 1).as_str(), "a" | "an") && verbless()).then_some(np);
        }
        let relative = aside.clone().any(|m| matches!(doc.lower(m).as_str(), "who" | "which" | "whose") && aside_delim(doc.tok(m - 1)));
        return (relative || verbless()).then_some(np);
    }
    None
}

/// Whether what stands between a subject's end `a` and a cue at `k` is a
/// clause rather than an appositive: ", and the meeting soured from
/// there," or one with a finite verb that no relative pronoun introduces.
fn clause_aside(doc: &Doc, a: usize, k: usize) -> bool {
    // (One pass over the words, not collected.)
    let mut words = (a..k).filter(|&m| doc.is_word(m)).map(|m| doc.lower(m)).peekable();
    let mut clause = words.peek().is_some_and(|w| matches!(w.as_str(), "and" | "but"));
    for w in words {
        if matches!(w.as_str(), "who" | "whom" | "which" | "whose") {
            return false;
        }
        clause = clause || is_finite(&w);
    }
    clause
}

/// The noun a relative clause hangs on when no fuller phrase is found:
/// "listeners to the show" → "the show"; up to four words back to a
/// preposition or verb.
/// (Rare: kept out of `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn bare_head(doc: &Doc, lo: usize, end: usize) -> Option<Np> {
    if end <= lo || !doc.is_word(end - 1) {
        return None;
    }
    let head = doc.lower(end - 1);
    if is_finite(&head) || SUBJECT_PRONOUNS.contains(&head.as_str()) || head.ends_with("ly") || cue_at(doc, end - 1, end).is_some() {
        return None;
    }
    let mut first = end - 1;
    let mut determined = false;
    while first > lo && end - first < 4 && doc.is_word(first - 1) {
        let w = doc.lower(first - 1);
        let det = matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "some" | "many" | "those" | "these");
        if det {
            first -= 1;
            determined = true;
            break;
        }
        if is_adverbial_start(doc, first - 1) || is_finite(&w) || matches!(w.as_str(), "of" | "to" | "for" | "with" | "by" | "and" | "or") {
            break;
        }
        first -= 1;
    }
    // A bare singular ("… crook and liar who has …") is a predicate.
    (determined || (head.ends_with('s') && !head.ends_with("ss"))).then_some(Np { first, last: end, kind: NpKind::Description })
}

/// A subject too long or too loose for the other finders, opening the
/// sentence: "All the experts I interviewed said …", "Political
/// observers in Ohio and around the country say …". The phrase holds no
/// verb; the speaker is its first noun phrase.
fn long_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    // (Fewer than three words before the cue are too few, whatever is
    // skipped below.)
    if k < lo + 3 {
        return None;
    }
    let mut st = skip_discourse(doc, lo, k);
    // "In the mayor's favor, all the experts …": past an opening phrase.
    // (Only the last few words: anything further back is no subject, and a
    // long comma-free sentence must stay linear.)
    if let Some(c) = (st.max(k.saturating_sub(14))..k).rev().find(|&m| doc.tok(m) == ",") {
        let opener = is_adverbial_start(doc, st)
            && c - st <= 8
            && (st..c).all(|m| {
                (doc.is_word(m) && !is_finite(&doc.lower(m))) || matches!(doc.tok(m), "'" | "’") || crate::mentions::is_name_dot(doc, m)
            });
        if !opener {
            return None;
        }
        st = c + 1;
    }
    if st >= k || k - st > 12 || k - st < 3 {
        return None;
    }
    // A verb only in a relative clause after its pronoun ("the experts I
    // interviewed"), and the cue no noun after a preposition ("a series of
    // tweets").
    // Or a participle after a plural of people, with or without "not": a
    // reduced relative clause ("Experts not involved in the research",
    // "Residents interviewed on Tuesday").
    let people = |m: usize| doc.is_word(m) && lexicon::is_people_plural_with(doc.lower(m).as_str(), doc.lists(m));
    // (With its complement: "the moderates polled responded to …" is no
    // speech.)
    let reduced = |m: usize| m > st && m + 1 < k && (people(m - 1) || m > st + 1 && doc.lower(m - 1) == "not" && people(m - 2));
    let verb_ok = |m: usize| {
        let w = doc.lower(m);
        !w.ends_with("ed")
            || doc.is_cap(m)
            || (m > st && matches!(doc.lower(m - 1).as_str(), "i" | "we" | "you" | "they" | "he" | "she"))
            || reduced(m)
    };
    if matches!(doc.lower(k - 1).as_str(), "of" | "the" | "a" | "an" | "to" | "in" | "for" | "with" | "by" | "on") {
        return None;
    }
    let plain = (st..k).all(|m| {
        let w = doc.lower(m);
        doc.is_word(m)
            && verb_ok(m)
            && (!is_finite(&w) || w == "not" && m > st && m + 1 < k && doc.lower(m + 1).ends_with("ed") && people(m - 1))
            && !matches!(w.as_str(), "that" | "which" | "whose" | "if" | "when" | "while" | "because" | "as" | "although" | "though")
            && cue_at(doc, m, k).is_none()
    });
    let lead = doc.lower(st);
    let led = doc.is_cap(st) || matches!(lead.as_str(), "all" | "the" | "many" | "most" | "some" | "several" | "both");
    if !plain || !led || is_adverbial_start(doc, st) || SUBJECT_PRONOUNS.contains(&lead.as_str()) {
        return None;
    }
    // The first noun phrase: up to a preposition, a pronoun or "who".
    let mut last = st + 1;
    while last < k {
        let w = doc.lower(last);
        if is_adverbial_start(doc, last)
            || SUBJECT_PRONOUNS.contains(&w.as_str())
            || matches!(w.as_str(), "of" | "who" | "and" | "for" | "with" | "around" | "across")
            || (w == "not" || w.ends_with("ed")) && people(last - 1)
        {
            break;
        }
        last += 1;
    }
    let head = doc.lower(last - 1);
    // A plural noun (or a name) heads it, and something follows it.
    let headed = (head.ends_with('s') && !head.ends_with("ss")) || doc.is_cap(last - 1);
    if last >= k || !headed || doc.in_list(last - 1, lexicon::indirect_document_heads()) {
        return None;
    }
    Some(Np { first: st, last, kind: NpKind::Description })
}

/// Whether a quotation opens right after the cue's clause ends at `r`
/// (`said, “…”`, `said: “…”`).
fn quote_follows(doc: &Doc, r: usize, hi: usize, quotes: &[QuoteSpan]) -> bool {
    r + 1 < hi
        && matches!(doc.tok(r), "," | ":")
        && (doc.tokens()[r + 1].kind == TokKind::Mark || in_quote(quotes, doc.tokens()[r + 1].start))
}

/// Whether the last comma-separated part of `lo..comma` is an adverbial
/// clause ("when my mother mentioned it", "once the vote was over"): it
/// sets the scene for the clause after it and reports nothing.
fn adverbial_clause(doc: &Doc, lo: usize, comma: usize, quotes: &[QuoteSpan]) -> bool {
    let st = (lo..comma)
        .rev()
        .find(|&k| matches!(doc.tok(k), "," | ";" | ":") && !in_quote(quotes, doc.tokens()[k].start))
        .map_or(lo, |k| k + 1);
    // (A participle only where it opens the sentence: "…, emphasized by
    // both sides, the official said" ends a clause.)
    let opens = st == lo;
    let st = skip_discourse(doc, st, comma);
    st < comma
        && (opens && participial_phrase(doc, st, comma)
            || matches!(
                doc.lower(st).as_str(),
                "when"
                    | "while"
                    | "once"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "until"
                    | "if"
                    | "unless"
                    | "although"
                    | "though"
                    | "whenever"
            ))
}

/// Whether `st..end` opens on a participle and its complement, a phrase
/// with no clause of its own: "Speaking to students in Dayton, …",
/// "Asked about the delay, …" ("Nothing" and "Spending rose" are
/// subjects). (Rare: out of line.)
#[inline(never)]
fn participial_phrase(doc: &Doc, st: usize, end: usize) -> bool {
    let w = doc.lower(st);
    st + 1 < end
        && w.len() > 4
        && (w.ends_with("ing") && !w.ends_with("thing") || w.ends_with("ed"))
        && matches!(
            doc.lower(st + 1).as_str(),
            "to" | "at" | "in" | "on" | "with" | "about" | "before" | "from" | "by" | "for" | "during" | "not"
        )
}

/// A relative clause's content ends at its first comma outside quotes.
/// (Rare: kept out of `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn cut_at_comma(doc: &Doc, sp: (usize, usize), quotes: &[QuoteSpan]) -> (usize, usize) {
    let (a, b) = (doc.token_at_or_after(sp.0), doc.token_at_or_after(sp.1));
    match (a + 1..b).find(|&k| doc.tok(k) == "," && !in_quote(quotes, doc.tokens()[k].start)) {
        Some(c) if (a..c).filter(|&k| doc.is_word(k)).count() >= 2 => (sp.0, doc.tokens()[c - 1].end),
        _ => sp,
    }
}

/// Whether token `k` (after "to") can be a bare verb: "vowed to build",
/// "agreed to quickly sell", not "agreed to a ceasefire" or "to only a
/// moratorium".
fn bare_verb_at(doc: &Doc, mut k: usize, hi: usize) -> bool {
    let adverb = |w: &str| matches!(w, "only" | "just" | "even" | "also" | "not" | "never") || (w.ends_with("ly") && w.len() > 4);
    if k + 1 < hi && adverb(&doc.lower(k)) {
        k += 1;
    }
    let w = doc.lower(k);
    doc.is_word(k)
        && !doc.is_cap(k)
        && !w.starts_with(|c: char| c.is_ascii_digit())
        && !SUBJECT_PRONOUNS.contains(&w.as_str())
        && !matches!(
            w.as_str(),
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "that"
                | "these"
                | "those"
                | "some"
                | "any"
                | "all"
                | "no"
                | "more"
                | "most"
                | "what"
                | "which"
                | "him"
                | "them"
                | "us"
                | "me"
        )
}

/// Whether the source at token `at` follows a quotation directly
/// (`“…,” X said`, `“…”, X said`), so the cue belongs to the quote.
fn follows_quote(doc: &Doc, lo: usize, at: usize) -> bool {
    let mut k = at;
    let mut steps = 0;
    while k > lo && steps < 2 && sets_off(doc.tok(k - 1)) {
        k -= 1;
        steps += 1;
    }
    k > lo && doc.tokens()[k - 1].kind == TokKind::Mark && {
        // A closing mark: no space before it, or a comma just inside it.
        let m = doc.tokens()[k - 1];
        (k >= lo + 2 && doc.tokens()[k - 2].end == m.start) || steps > 0
    }
}

/// A plain noun phrase ending right before the verb at `k` and opening
/// its clause: "The bank", "Civil rights activists", "Those close to him",
/// "63 percent". Only lower-case words after a determiner, number or
/// capital, with no verb among them.
fn plain_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let mut j = k;
    // (Eight words; a possessive's two tokens count as none: "A person
    // familiar with the company's plans said".)
    let mut possessives = 0;
    while j > lo && k - j < 8 + possessives {
        let p = j - 1;
        let w = doc.lower(p);
        // ("Ida May": a capital after a capital is a name, not a modal.)
        let name_part = doc.is_cap(p) && p > lo && doc.is_cap(p - 1);
        let ok = (doc.is_word(p)
            && (name_part || (!is_finite(&w) && !is_aux(doc, p)))
            && !SUBJECT_PRONOUNS[..7].contains(&w.as_str())
            && !CLAUSE_LINKS.contains(&w.as_str())
            && !matches!(w.as_str(), "that" | "which" | "who" | "whom" | "where" | "or")
            && cue_at(doc, p, k).is_none()
            && !(w.ends_with("ed") && p > lo && !matches!(doc.tok(p - 1), "," | ";")))
            || (matches!(doc.tok(p), "'" | "’") && p + 1 < k && doc.tok(p + 1) == "s");
        if !ok {
            break;
        }
        if matches!(doc.tok(p), "'" | "’") {
            possessives += 2;
        }
        j = p;
    }
    if j >= k {
        return None;
    }
    // The phrase must open a clause.
    let opens = j == lo
        || matches!(doc.tok(j - 1), "," | ";" | ":" | "—" | "–")
        || CLAUSE_LINKS.contains(&doc.lower(j - 1).as_str())
        || doc.lower(j - 1) == "whereas";
    let mut first = j;
    while first < k && CONNECTIVES.contains(&doc.lower(first).as_str()) {
        first += 1;
    }
    if !opens || first >= k {
        return None;
    }
    let head = doc.lower(k - 1);
    let lead = doc.lower(first);
    let led = doc.is_cap(first)
        || doc.tok(first).chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            lead.as_str(),
            "the"
                | "a"
                | "an"
                | "one"
                | "two"
                | "three"
                | "some"
                | "many"
                | "most"
                | "several"
                | "those"
                | "these"
                | "both"
                | "all"
                | "another"
                | "other"
                | "few"
                | "each"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
        );
    // ("a cautious", "the analysis": adjectives and nouns in -us, -is.)
    let is_plural = |w: &str| w.ends_with('s') && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"));
    // "elected officials in both chambers": a plural before a phrase.
    let pp = (first + 1..k.min(first + 4)).find(|&m| matches!(doc.lower(m).as_str(), "from" | "in" | "of" | "across" | "around"));
    let plural = (is_plural(&head) && k - first <= 4) || pp.is_some_and(|m| is_plural(&doc.lower(m - 1)) && k - first <= 7);
    if !(led || plural) || head.ends_with("ly") || doc.in_list(k - 1, lexicon::indirect_document_heads()) || !doc.is_word(k - 1) {
        return None;
    }
    // ("You've said", "We're told": a pronoun and its contraction, never
    // a name's capital.)
    if matches!(head.as_str(), "this" | "that" | "it" | "what" | "there" | "here" | "not")
        || first + 1 == k && doc.tok(first).contains(['\'', '’']) && lexicon::is_not_name_with(doc.tok(first), doc.lists(first))
    {
        return None;
    }
    // Only someone can report: "The new calendar adds 35 minutes", "the
    // wood tells you when …" are no speakers. Without a "that" after the
    // verb, a singular lower-case head must be a person, role, source or
    // organisation noun ("the clip shows that …" still reports).
    let that = cue_at(doc, k, doc.tokens().len()).is_some_and(|e| e < doc.tokens().len() && doc.lower(e) == "that");
    if !that && !is_plural(&head) && !doc.is_cap(k - 1) && !animate(&head) {
        return None;
    }
    Some(Np { first, last: k, kind: NpKind::Description })
}

/// Whether a lower-case noun can head the description of a speaker:
/// "the official", "the bank", "the 58-year-old", "the statement".
fn animate(head: &str) -> bool {
    // "his ex-wife", "the co-founder".
    let head = head.strip_prefix("ex-").unwrap_or(head);
    // "63 percent said", "some say", "one told": people counted.
    matches!(head, "percent" | "some" | "all" | "one" | "most" | "many" | "none" | "state" | "government" | "administration")
        // Places and events that act through their offices: "the city
        // said the road would reopen", "the festival said".
        || matches!(head, "city" | "town" | "county" | "village" | "festival" | "church" | "diocese" | "parish")
        // Media that carry someone's words: "the clip says", "the ad claims".
        || matches!(head, "clip" | "spot" | "ad" | "advert" | "commercial" | "story" | "tweet" | "post" | "message" | "video" | "poll" | "survey")
        || crate::attribute::is_source_word(head)
        || lexicon::is_role_noun(head)
        || lexicon::org_nouns().contains(head)
        || lexicon::org_words().contains(head)
        || lexicon::indirect_document_heads().contains(head)
}

/// The clause ending with a quote right before `at` (`Words “quoted,” X
/// said`), when words outside the marks open it: mixed speech.
/// (Rare: kept out of `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn mixed_clause(doc: &Doc, lo: usize, at: usize, quotes: &[QuoteSpan]) -> Option<(usize, usize)> {
    let mut k = at;
    while k > lo && sets_off(doc.tok(k - 1)) {
        k -= 1;
    }
    let mark_end = doc.tokens().get(k.checked_sub(1)?)?.end;
    let q = top_level_before(quotes, mark_end.saturating_sub(1)).filter(|q| q.outer_end == mark_end)?;
    // (Searched for among the tokens from `lo` to `k` alone: one outside
    // them is answered as an end of theirs, `lo` or `k + 1`, which the
    // test below rejects as it would the quote's own first token.)
    let q_first = doc.token_in(lo, k + 1, q.outer_start);
    // (Most such quotes open their sentence: then no opener is skipped.)
    if q_first <= lo || q_first > k {
        return None;
    }
    let st = skip_discourse(doc, lo, k);
    if q_first <= st {
        return None;
    }
    let lead = st..q_first;
    let words = lead.clone().filter(|&j| doc.is_word(j)).count();
    let plain = lead.clone().all(|j| !in_quote(quotes, doc.tokens()[j].start) && !matches!(doc.tok(j), ":" | ";"));
    // (Not a participle qualifying its noun: "in demanding jobs".)
    let cue =
        lead.clone().any(|j| cue_at(doc, j, q_first).is_some_and(|e| !crate::attribute::adjectival_participle(doc, lo, j, e, q_first)));
    if words < 2 || !plain || cue {
        return None;
    }
    Some((doc.tokens()[st].start, mark_end))
}

/// "…, its president, Kevin Moss, said", "…, his daughter, Ingrid
/// Solheim, said": where the description that a
/// name after a comma stands in apposition to starts (its own comma
/// before it), when it is a title or role with its determiner.
fn appositive_title_start(doc: &Doc, lo: usize, first: usize) -> Option<usize> {
    if first < lo + 4 || doc.tok(first - 1) != "," {
        return None;
    }
    let (mut j, mut role) = (first - 1, false);
    while j > lo && j + 8 > first && doc.tok(j - 1) != "," {
        let p = j - 1;
        let (w, lists) = (doc.lower(p), doc.lists(p));
        // ("…, his daughter, Ingrid Solheim, said": a kinship or person
        // noun stands so too.)
        let role_noun = lexicon::is_role_noun_with(&w, lists) || lists & (lexicon::KIN_NOUNS | lexicon::PERSON_NOUNS) != 0;
        let word = doc.is_word(p)
            && (matches!(w.as_str(), "its" | "his" | "her" | "their" | "the" | "a" | "an" | "our" | "my" | "s")
                || doc.is_cap(p)
                // (A possessor: "the company's chief executive".)
                || matches!(doc.tok(p + 1), "'" | "’")
                || lists & (lexicon::TITLE_MODIFIERS | lexicon::TITLES) != 0
                || role_noun);
        if !(word || matches!(doc.tok(p), "'" | "’")) {
            return None;
        }
        role |= role_noun;
        j = p;
    }
    (j > lo && j + 1 < first && doc.tok(j - 1) == "," && role).then_some(j)
}

/// Where a source's title starts, walking left from its name over title
/// words: "U.S. Secretary of State Marco Rubio".
fn title_start(doc: &Doc, lo: usize, first: usize) -> usize {
    if let Some(j) = appositive_title_start(doc, lo, first) {
        return j;
    }
    let mut j = first;
    let mut loose = 0;
    while j > lo && j + 10 > first {
        let p = j - 1;
        let w = doc.lower(p);
        let titled = doc.is_word(p)
            && (doc.is_cap(p)
                || matches!(w.as_str(), "of" | "the" | "for" | "and" | "s")
                || doc.lists(p) & (lexicon::TITLE_MODIFIERS | lexicon::TITLES) != 0);
        let possessive = matches!(doc.tok(p), "'" | "’");
        // "union leader", "opposition chief": a noun modifying a title.
        // (Asked only of a word neither titled nor possessive.)
        let modifier = || doc.is_word(p) && loose < 2 && !is_finite(&w) && cue_at(doc, p, first).is_none();
        if titled || possessive {
            j = p;
        } else if modifier() {
            loose += 1;
            j = p;
        } else {
            break;
        }
    }
    // Only a title that runs back to a comma (or the sentence start)
    // changes anything.
    if j == lo || doc.tok(j - 1) == "," || doc.tokens()[j - 1].kind == TokKind::Mark {
        j
    } else {
        first
    }
}

/// The subject before a cue at `i`, past a parenthesis ("Sen. Ann Roe
/// (D-Ore.) said").
fn subject_before(doc: &Doc, lo: usize, i: usize) -> Option<Np> {
    if i > lo + 1 && doc.tok(i - 1) == ")" {
        let open = (lo.max(i.saturating_sub(12))..i - 1).rev().find(|&k| doc.tok(k) == "(")?;
        return np_before(doc, lo, open);
    }
    past_relative(doc, lo, np_before(doc, lo, i), i)
}

/// The subject of the clause holding token `i`: a noun phrase that opens
/// the sentence (after connectives) and ends right before a verb.
fn clause_subject(doc: &Doc, lo: usize, i: usize) -> Option<Np> {
    let mut st = lo;
    // "In May, several groups granted …", "In a column on the day before
    // the debate, two speechwriters urged …": past an opening phrase.
    // (A phrase, not a clause: "Then he cut into Bush, calling …".)
    if let Some(c) = (st..i.min(st + 16)).find(|&c| doc.tok(c) == ",") {
        if c > st
            && (is_adverbial_start(doc, st) || OPENING_PREPOSITIONS.contains(&doc.lower(st).as_str()))
            && (st..c).all(|m| {
                doc.is_word(m) && !matches!(doc.lower(m).as_str(), "he" | "she" | "they" | "we" | "i") && !is_finite(&doc.lower(m))
            })
        {
            st = c + 1;
        }
    }
    // "When the officials are caught, Ames and Roe call …": a fronted
    // subordinate clause ends at its comma, and its subject is not the
    // main clause's.
    if let Some(c) = crate::attribute::fronted_clause_end(doc, st, i) {
        st = c;
    }
    while st < i && (doc.tok(st) == "," || is_discourse(&doc.lower(st))) {
        st += 1;
    }
    // The first verb-like word with a noun phrase right before it.
    for k in st + 1..i.min(st + 16) {
        let w = doc.lower(k);
        if !doc.is_word(k)
            || doc.is_cap(k)
            || matches!(w.as_str(), "s" | "of" | "the" | "and" | "de" | "for" | "a" | "an")
            || doc.lists(k) & (lexicon::TITLE_MODIFIERS | lexicon::TITLES | lexicon::SOURCE_NOUNS) != 0
        {
            continue;
        }
        let verb = is_finite(&w) || w.len() > 4 && w.ends_with("ed");
        if let Some(np) = np_before(doc, st, k) {
            // (Or a name set off by an appositive before the verb: "Ana
            // Roe, a spokeswoman for the city, rejected …".)
            let set_off = || verb && np.kind == NpKind::Name && doc.tok(np.last) == "," && doc.tok(k - 1) == ",";
            if np.last == k || set_off() {
                return Some(np);
            }
        }
        // "several neighborhood groups granted …": a plain noun phrase
        // opening the clause before its first finite verb.
        if verb {
            if let Some(np) = plain_subject(doc, st, k).filter(|n| n.first == st) {
                return Some(np);
            }
        }
    }
    None
}

/// Where a reporting verb's object ends: "told reporters", "accused
/// Russia" (the object stays in the content for accuse/urge/call).
fn object_end(doc: &Doc, first: usize, end: usize, hi: usize) -> usize {
    // "promised to publish": no object; the infinitive is the content.
    if doc.in_list(first, lexicon::indirect_object_cues()) && !(end < hi && doc.lower(end) == "to") {
        let obj = |o: usize| {
            matches!(doc.lower(o).as_str(), "him" | "her" | "them" | "us" | "me") || doc.in_list(o, lexicon::indirect_audiences())
        };
        // "told Turkish state television that …", "told reporters
        // traveling with her that …": a verbless addressee up to "that"
        // (no infinitive, "urged Ames to drop plans that …", and no
        // setting, "told reporters after the meeting that was …").
        if let Some(t) = (end + 1..hi.min(end + 8)).find(|&m| doc.tok(m) == "that") {
            let addressee = |m: usize| {
                let w = doc.lower(m);
                doc.is_word(m) && !is_finite(&w) && !w.ends_with("n't") && w != "to" && w != "of" && !is_adverbial_start(doc, m)
            };
            if (end..t).all(addressee) {
                return t;
            }
        }
        if end < hi && obj(end) {
            return end + 1;
        }
        // "warned the budget could not …": the "object" is the subject
        // of the content.
        let subject_of_content = |o: usize| o < hi && (is_finite(&doc.lower(o)) || doc.lower(o).ends_with("n't"));
        if let Some(obj) = object_after(doc, end, hi) {
            return if subject_of_content(obj) { end } else { extend_object(doc, obj, hi) };
        }
        if let Some(np) = np_after(doc, end, hi, false) {
            return if subject_of_content(np.last) { end } else { extend_object(doc, np.last, hi) };
        }
    }
    end
}

/// Extends an addressee ending at `o` over a possessive's noun ("told
/// the Gazette's weekly podcast") or an "of" phrase before "that" ("told
/// a meeting of island leaders that …").
fn extend_object(doc: &Doc, o: usize, hi: usize) -> usize {
    let stop = |m: usize| {
        let w = doc.lower(m);
        !doc.is_word(m)
            || w == "that"
            || is_finite(&w)
            || SUBJECT_PRONOUNS.contains(&w.as_str())
            || is_adverbial_start(doc, m)
            || matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "some" | "many" | "no")
    };
    if o + 2 < hi && matches!(doc.tok(o), "'" | "’") && doc.lower(o + 1) == "s" {
        let mut j = o + 2;
        while j < hi && j < o + 7 && !stop(j) {
            j += 1;
        }
        // A word must be left for the content.
        if j > o + 2 && j < hi && doc.is_word(j) {
            return j;
        }
    }
    if o < hi && doc.lower(o) == "of" {
        if let Some(t) = (o + 1..hi.min(o + 8)).find(|&m| doc.lower(m) == "that") {
            if t > o + 1 && (o + 1..t).all(|m| doc.is_word(m) && !is_finite(&doc.lower(m))) {
                return t;
            }
        }
    }
    o
}

/// Skips a short adverbial ("on Friday", "in a statement", "this week"),
/// stopping where the content's own subject begins ("said on Thursday he
/// expected …").
fn skip_adverbial(doc: &Doc, mut j: usize, hi: usize) -> usize {
    if j >= hi || !is_adverbial_start(doc, j) || quantity_at(doc, j) {
        return j;
    }
    // "said this was a fair offer": "this" before a finite verb is the
    // content's subject ("said this week" stays a setting).
    if j + 1 < hi && doc.lower(j) == "this" && is_finite(&doc.lower(j + 1)) {
        return j;
    }
    // "said early symptoms were easy to miss": before a noun, "early" and
    // "late" are adjectives opening the content ("said early on Tuesday",
    // "said late last night that" stay settings).
    if matches!(doc.lower(j).as_str(), "early" | "late") && j + 1 < hi && doc.is_word(j + 1) && !doc.is_cap(j + 1) {
        let next = doc.lower(j + 1);
        let setting = is_adverbial_start(doc, j + 1)
            || crate::attribute::is_time_noun(&next)
            || matches!(next.as_str(), "that" | "next" | "afternoon" | "hours" | "and" | "or" | "to" | "enough" | "as" | "when" | "after");
        if !setting {
            return j;
        }
    }
    let limit = (j + 8).min(hi);
    let start = j;
    // "said Monday's vote was …": a possessive opens the subject.
    if j + 2 < hi && matches!(doc.tok(j + 1), "'" | "’") && doc.tok(j + 2) == "s" {
        return start;
    }
    while j < limit && doc.is_word(j) {
        let w = doc.lower(j);
        if j > start && (w == "that" || w == "to" || SUBJECT_PRONOUNS[..8].contains(&w.as_str()) || is_finite(&w)) {
            break;
        }
        // A determiner after a noun starts the content's subject: "said in
        // an interview the port would close".
        if j > start + 1
            && matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "some" | "many" | "most" | "no")
            && doc.lower(start) != "to"
            && !is_adverbial_start(doc, j - 1)
            && !doc.lower(j - 1).ends_with("ly")
            && !matches!(
                doc.lower(j - 1).as_str(),
                "of" | "for" | "with" | "by" | "about" | "and" | "the" | "a" | "an" | "only" | "just" | "even"
            )
        {
            break;
        }
        // A capital after a noun starts a new phrase: "on Friday Russia".
        if j > start + 1 && doc.is_cap(j) && doc.is_word(j - 1) {
            let p = doc.lower(j - 1);
            if !is_adverbial_start(doc, j - 1) && !matches!(p.as_str(), "the" | "a" | "an" | "of" | "for" | "with") && !doc.is_cap(j - 1) {
                break;
            }
            if doc.is_cap(j - 1) && j >= start + 2 && !is_adverbial_start(doc, j - 2) && doc.lower(j - 2) != "the" {
                // "on Friday Russia": two capitals after one preposition
                // object are a new subject.
                let (p2, p1) = (doc.lower(j - 2), doc.lower(j - 1));
                if WEEKDAYS.contains(&p1.as_str()) || WEEKDAYS.contains(&p2.as_str()) {
                    break;
                }
            }
        }
        if days_end(doc, j) {
            // ("said Sunday a man was …", "said Monday night the …": a bare
            // day, and its part, is the whole setting.)
            if j == start && j + 1 < limit && days_end(doc, j + 1) {
                j += 1;
            }
            // (Only when a subject follows: "said Friday as he left" and
            // "said Monday during a town hall in …" go on.)
            // (Nor the verb's own particle: "called Friday for …".)
            let subject = || {
                j + 1 < limit
                    && doc.is_word(j + 1)
                    && !is_adverbial_start(doc, j + 1)
                    && !as_clause(doc, j + 1, hi)
                    && !matches!(doc.lower(j + 1).as_str(), "for" | "on" | "to" | "with" | "about")
            };
            let bare_day = || (WEEKDAYS.contains(&w.as_str()) || matches!(w.as_str(), "yesterday" | "today")) && subject();
            if j > start || bare_day() {
                j += 1;
                break;
            }
        }
        j += 1;
    }
    j
}

/// Whether a number's hedge opens at token `j`: "about 40,000 homes",
/// "at least two employees",
/// "around 60 per cent" (the content's subject, not a setting).
fn quantity_at(doc: &Doc, j: usize) -> bool {
    if j + 1 >= doc.tokens().len() {
        return false;
    }
    let w = doc.lower(j);
    matches!(w.as_str(), "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "some" | "over")
        && doc.tok(j + 1).starts_with(|c: char| c.is_ascii_digit())
        || w == "at" && matches!(doc.lower(j + 1).as_str(), "least" | "most")
}

/// Whether token `j` is a weekday or "week"/"month"/"year" ending a time
/// phrase ("on Friday", "last week").
fn days_end(doc: &Doc, j: usize) -> bool {
    let w = doc.lower(j);
    WEEKDAYS.contains(&w.as_str())
        || matches!(
            w.as_str(),
            "week" | "month" | "year" | "weekend" | "morning" | "evening" | "afternoon" | "night" | "yesterday" | "today"
        )
}

/// After `X said`, where the cue's clause ends: right away, or after a
/// setting adverbial ("said at the end of the meeting in Brussels"). Returns
/// the token that ends it (a comma or terminator), or `None` when the cue
/// goes on to a content of its own.
fn clause_end_after(doc: &Doc, at: usize, hi: usize) -> Option<usize> {
    if at >= hi || matches!(doc.tok(at), "," | "." | "!" | "?" | ";" | "…") {
        return Some(at);
    }
    if !is_adverbial_start(doc, at) {
        return None;
    }
    let mut j = at;
    while j < hi && j < at + 18 {
        if !doc.is_word(j) {
            return matches!(doc.tok(j), "," | "." | "!" | "?" | ";" | "…").then_some(j);
        }
        let w = doc.lower(j);
        // ("said earlier this week": "this" before a day or week is a
        // time's, no content's subject.)
        let time = || w == "this" && j + 1 < hi && days_end(doc, j + 1);
        if w == "that" || SUBJECT_PRONOUNS.contains(&w.as_str()) && j > at && !time() || is_finite(&w) {
            return None;
        }
        j += 1;
    }
    (j >= hi).then_some(hi)
}

/// Where the reported content starts after a cue: after "that" and any
/// adverbial before it. Also says whether a "that" was there.
fn content_start(doc: &Doc, cue_end: usize, hi: usize) -> Option<(usize, bool)> {
    let mut j = cue_end;
    // "said on Friday that …" / "said in a statement that …".
    let limit = (j + 14).min(hi);
    // (Read as written: no character outside ASCII lowers to a letter of
    // "that", so only a four-byte token can, and lowering is not needed.)
    if let Some(t) = (j..limit).find(|&k| doc.tok(k).eq_ignore_ascii_case("that")) {
        // (A comma may set off a place: "at a stop in Dover, Kent, that".)
        let place_comma = |k: usize| doc.tok(k) == "," && k > j && doc.is_cap(k - 1) && k + 1 < hi && (doc.is_cap(k + 1) || k + 1 == t);
        let clean = (j..t).all(|k| doc.is_word(k) || place_comma(k)) && (t <= j + 10 || (j..t).any(place_comma));
        // "acknowledged that limitation in their paper", "dismissed that
        // as a stunt": a demonstrative, when a noun or "as" follows and
        // then only a phrase to the sentence's end, with no verb-like
        // word (an "-s" form may be a verb: "that Ames wants …").
        if t == j && demonstrative_that(doc, t, hi) {
            return None;
        }
        // "said only that …", "said afterward that …": one adverb before.
        const ADVERBS: &[&str] = &[
            "only",
            "afterward",
            "afterwards",
            "later",
            "again",
            "also",
            "then",
            "simply",
            "merely",
            "just",
            "once",
            "repeatedly",
            "privately",
            "publicly",
            "recently",
            "previously",
            "separately",
            "earlier",
            "flatly",
        ];
        let adverb = || t == j + 1 && ADVERBS.contains(&doc.lower(j).as_str());
        if clean && (t == j || is_adverbial_start(doc, j) || adverb() || as_clause(doc, j, hi)) {
            // "that, as he stated, …": the content starts at "that"'s
            // clause; a comma right after it is part of the content.
            let mut st = t + 1;
            if st + 1 < hi && doc.tok(st) == "," {
                st += 1;
            }
            return (st < hi).then_some((st, true));
        }
    }
    // "insists, most recently in an interview with the Tribune, that …":
    // an aside between commas before "that".
    if j < hi && doc.tok(j) == "," {
        let close = (j + 2..hi.min(j + 20)).find(|&k| !doc.is_word(k))?;
        // (", as he had many times, that …": a clause of manner is an aside
        // too.)
        let aside = as_clause(doc, j + 1, close) || (j + 1..close).all(|k| !is_finite(&doc.lower(k)) && cue_at(doc, k, close).is_none());
        let that = close + 2 < hi && doc.tok(close) == "," && doc.lower(close + 1) == "that";
        return (aside && that).then_some((close + 2, true));
    }
    // "said as she left the meeting": a clause of time, and no content
    // ("said as many as 40 people …" is one).
    if as_clause(doc, j, hi) {
        return None;
    }
    j = skip_adverbial(doc, j, hi);
    // "responded to Mr. Reed": an object cut short at a name's period
    // leaves no content to start.
    if j < hi && matches!(doc.tok(j), "," | ".") {
        return None;
    }
    if j + 2 < hi && matches!(doc.tok(j), "'" | "’") && doc.lower(j + 1) == "s" {
        if let Some(found) = after_possessed_audience(doc, j, hi) {
            return found;
        }
    }
    (j < hi).then_some((j, false))
}

/// Whether the "that" at token `t`, right after a cue, is a demonstrative
/// that a short phrase ends the sentence after: "that limitation in
/// their paper.", "that as a stunt.". See [`content_start`].
fn demonstrative_that(doc: &Doc, t: usize, hi: usize) -> bool {
    let Some(end) = (t + 1..hi.min(t + 8)).find(|&k| !doc.is_word(k)) else { return false };
    let closed = matches!(doc.tok(end), "." | "!" | "?" | ";") && doc.lists(end - 1) & (lexicon::ABBREVIATIONS | lexicon::HONORIFICS) == 0;
    if !closed || end == t + 1 {
        return false;
    }
    let first = doc.lower(t + 1);
    // (A capital, a number or a verb-like form: maybe a clause.)
    let odd = |k: usize| {
        let w = doc.lower(k);
        let s_form = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w != "this";
        doc.is_cap(k) || !w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') || s_form || verb_like(doc, k)
    };
    let plain = |k: usize| !odd(k);
    let opens = first == "as"
        || plain(t + 1) && (end == t + 2 || matches!(doc.lower(t + 2).as_str(), "in" | "of" | "on" | "at" | "for" | "to" | "as" | "with"));
    opens && !SUBJECT_PRONOUNS.contains(&first.as_str()) && (t + 1..end).all(plain)
}

/// Whether word `k` reads as a finite verb: an auxiliary or modal, an
/// "-ed" form, a negated one or an irregular past ("met", "cut").
fn verb_like(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    is_finite(&w) || w.ends_with("ed") || w.ends_with("n't") || doc.lists(k) & lexicon::IRREGULAR_PAST != 0
}

/// Whether token `st` is an auxiliary or modal ("had", "would"), not "not"
/// nor an infinitive's ("who is said to have pressed …").
fn opens_with_auxiliary(doc: &Doc, st: usize) -> bool {
    let w = doc.lower(st);
    is_finite(&w) && !matches!(w.as_str(), "not" | "needs" | "needed") && !(st > 0 && doc.lower(st - 1) == "to")
}

/// Whether the cue at `i` is refused or negated ("declined to say", "did
/// not say") and a question word follows at `j`: "would not say when the
/// bridge reopens" — the content is the question, "when" and all, not a
/// setting before it.
fn refused_question(doc: &Doc, lo: usize, i: usize, j: usize, hi: usize) -> bool {
    let negated = |k: usize| {
        let w = doc.lower(k);
        matches!(w.as_str(), "not" | "never") || is_negative_aux(doc, k)
    };
    let refused = |k: usize| matches!(doc.lower(k).as_str(), "declined" | "declines" | "declining" | "refused" | "refuses" | "refusing");
    j < hi
        && matches!(doc.lower(j).as_str(), "when" | "where" | "why" | "how" | "who" | "whether" | "which" | "what" | "if")
        && ((i > lo && negated(i - 1)) || (i >= lo + 2 && doc.lower(i - 1) == "to" && refused(i - 2)))
}

/// Whether a clause of time or manner opens at `j`: "as" and its subject
/// ("as she left", "as the vote began"), not "as many as" or "as well".
fn as_clause(doc: &Doc, j: usize, hi: usize) -> bool {
    j + 1 < hi
        && doc.lower(j) == "as"
        && matches!(
            doc.lower(j + 1).as_str(),
            "he" | "she" | "they" | "we" | "i" | "it" | "you" | "the" | "his" | "her" | "their" | "its" | "our"
        )
}

/// "told MSNBC's “Morning Joe” that …": the possessive at `j` ends no
/// audience, its noun is still one, and the content opens after "that" —
/// unless that noun is a saying ("responded to a rival's claim that …":
/// the claim's content, not the cue's). `None`: no such "that" near.
/// (Rare: out of line.)
#[cold]
#[inline(never)]
fn after_possessed_audience(doc: &Doc, j: usize, hi: usize) -> Option<Option<(usize, bool)>> {
    let t = (j + 2..hi.min(j + 12)).find(|&k| doc.tok(k).eq_ignore_ascii_case("that"))?;
    (j + 2..t)
        .all(|k| doc.is_word(k) || doc.tokens()[k].kind == TokKind::Mark)
        .then(|| (t + 1 < hi && !doc.in_list(t - 1, lexicon::speech_nouns())).then_some((t + 1, true)))
}

/// Whether the content `st..end` after cue `cue` reports speech: a clause,
/// or the object shapes some verbs take ("accused X of …", "urged X to …").
fn reports_speech(doc: &Doc, cue: &str, st: usize, end: usize, had_that: bool) -> bool {
    if st >= end {
        return false;
    }
    let first = doc.lower(st);
    // "said and did the same things": a second verb, not a content.
    if matches!(first.as_str(), "and" | "or" | "nor") {
        return false;
    }
    // The cue's lemma, and the verb classes below that hold it, looked up
    // once (the lemma is folded: a list's form or the lowered cue).
    let (lemma, classes) = verb_classes(cue);
    let is = |class: u64| classes & class != 0;
    // Reported questions are not speech: "asked whether …".
    if is(lexicon::VERBS_QUESTION) {
        if matches!(first.as_str(), "whether" | "if" | "why" | "how" | "what" | "who" | "when" | "where" | "which") {
            return false;
        }
        // "asked not to be named", "asked to remain anonymous": the source
        // formula, a request about the speaker's own name, not speech.
        let own_name = |k: usize| match doc.lower(k).as_str() {
            "not" => k + 2 < end && doc.lower(k + 1) == "to" && doc.lower(k + 2) == "be",
            "to" => k + 1 < end && matches!(doc.lower(k + 1).as_str(), "remain" | "not"),
            _ => false,
        };
        return !own_name(st) && (st..end.min(st + 6)).any(|k| doc.lower(k) == "to");
    }
    // The words of the content's first phrase, before any comma (at most
    // 30 tokens). (Read again where needed rather than collected, and only
    // as far as asked: most askers want a few words, some none.)
    let phrase = || (st..end.min(st + 30)).take_while(|&k| !matches!(doc.tok(k), "," | ";" | ":" | "—" | "–"));
    let words = || phrase().filter(|&k| doc.is_word(k)).map(|k| doc.lower(k));
    let all_end = end.min(st + 40);
    if lemma == "accuse" {
        return words().take(8).any(|w| w == "of");
    }
    if is(lexicon::VERBS_AS) {
        return words().any(|w| w == "as") || had_that;
    }
    // "urged Republicans to join …", "encouraged voters to …".
    if is(lexicon::VERBS_TO) && words().take(7).any(|w| w == "to") {
        return true;
    }
    // A proposal given as a gerund: "suggested looking at …".
    if is(lexicon::VERBS_PROPOSAL) && first.ends_with("ing") && first.len() > 5 {
        return true;
    }
    if lemma == "call" {
        // "a crabber called Little Meg": naming, not speech — the "content"
        // is a name and nothing more.
        // ("a group called the Lakeside Fund, which …": after "the" too.)
        // ("a coalition called Students for Open Research, …": a name's
        // joiners between capitals.)
        let name_st = if first == "the" && st + 1 < end && doc.is_cap(st + 1) { st + 1 } else { st };
        let joiner = |k: usize| k + 1 < end && doc.is_cap(k + 1) && matches!(doc.lower(k).as_str(), "of" | "for" | "and" | "the" | "on");
        let name_end = (name_st..end).find(|&k| !doc.is_cap(k) && !joiner(k)).unwrap_or(end);
        if name_end > name_st && (name_end == end || matches!(doc.tok(name_end), "," | "." | ";" | ")")) {
            return false;
        }
        // ("a group called Harbour Watch was not charged": after a noun
        // and its "a", the name is the subject of the sentence's verb.)
        let indefinite =
            st >= 3 && doc.lower(st - 1) == "called" && matches!(doc.lower(st - 3).as_str(), "a" | "an") && !doc.is_cap(st - 2);
        if indefinite && name_end > name_st && name_end < end && is_finite(&doc.lower(name_end)) {
            return false;
        }
        // "a group calling itself Grey Lantern": a reflexive before a name
        // names; before a description it describes ("called himself a
        // socialist", which is said).
        let reflexive = matches!(first.as_str(), "itself" | "himself" | "herself" | "themselves");
        if reflexive && st + 1 < end && (doc.is_cap(st + 1) || st + 2 < end && doc.lower(st + 1) == "the" && doc.is_cap(st + 2)) {
            return false;
        }
        // "called the talks constructive", "called for a moratorium"; not
        // "called it “…”" (the quote says it all).
        // ("called her vote a mistake": "her" is a possessive there.)
        let possessive = first == "her"
            && st + 1 < end
            && doc.is_word(st + 1)
            && !doc.is_cap(st + 1)
            && !matches!(doc.lower(st + 1).as_str(), "a" | "an" | "the");
        return (possessive || !matches!(first.as_str(), "it" | "him" | "her" | "them" | "in" | "off" | "up" | "out" | "back" | "on"))
            && (2..=14).contains(&words().count())
            // (An object needs its complement: "called her brother" or
            // "called the police" is a phone call, "called Vale
            // unqualified" is not.)
            && !(words().nth(2).is_none() && matches!(first.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"));
    }
    // After "that" a clause may open with a setting: "noted that at the
    // first meeting, in 1980, he …". But a short phrase with no verb after
    // it leaves "that" a pronoun: "she says that about every book".
    if had_that {
        let verb = |k: usize| verb_like(doc, k);
        // (The sentence's words to its end, which must come within eight
        // words: a content may stop at a comma before its verb. An
        // abbreviation's period ends no sentence: "in Mr. Ruiz's view, …".)
        let n = doc.tokens().len();
        let stop = (st..n.min(st + 9)).find(|&k| !doc.is_word(k));
        let ends = stop.is_some_and(|k| is_terminal(doc.tok(k)) && doc.lists(k - 1) & (lexicon::ABBREVIATIONS | lexicon::HONORIFICS) == 0);
        let pronoun = PREPOSITIONS.contains(&first.as_str()) && ends && !(st..stop.unwrap_or(st)).any(verb);
        return !pronoun;
    }
    if matches!(first.as_str(), "to" | "of" | "about" | "on" | "for" | "with" | "at" | "from" | "into" | "against" | "by")
        && !quantity_at(doc, st)
    {
        return false;
    }
    if SUBJECT_PRONOUNS.contains(&first.as_str()) || matches!(first.as_str(), "what" | "how" | "why" | "whether" | "if") {
        return true;
    }
    // The clause's verb comes after a short subject: the first seven
    // words of `words`. (The phrase walked here to note how far: the
    // tokens before `asked` need not be asked again below.)
    let verb = |w: &str| is_finite(w) || w.ends_with("n't");
    let (mut asked, mut n) = (st, 0);
    for k in phrase() {
        if n == 7 {
            break;
        }
        asked = k + 1;
        if doc.is_word(k) {
            if verb(&doc.lower(k)) {
                return true;
            }
            n += 1;
        }
    }
    if is(lexicon::VERBS_SAY) {
        if (asked..all_end).filter(|&k| doc.is_word(k)).map(|k| doc.lower(k)).any(|w| verb(&w)) {
            return true;
        }
        // A finite verb form after the subject: "Russia wants peace",
        // "the talks collapsed".
        return (st + 1..all_end).any(|k| {
            let w = doc.lower(k);
            doc.is_word(k)
                && !doc.is_cap(k)
                && w != "s"
                // ("met", "cut", "won": a listed irregular past of any length.)
                && (w.len() > 3
                    && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous") && !w.ends_with("ics")))
                    || doc.in_list(k, lexicon::irregular_past()))
                // "the three spent", "some agreed": a quantifier standing
                // alone is a subject; before an -s word it counts a noun
                // ("87 cents", "two years" too).
                && !(w.ends_with('s')
                    && (matches!(
                        doc.lower(k - 1).as_str(),
                        "some" | "many" | "these" | "those" | "all" | "two" | "three" | "several"
                    ) || doc.tok(k - 1).starts_with(|c: char| c.is_ascii_digit())))
                && !matches!(
                    doc.lower(k - 1).as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "of"
                        | "s"
                        | "and"
                        | "for"
                        | "to"
                        | "in"
                        | "on"
                        | "with"
                        | "by"
                        | "new"
                        | "more"
                        | "other"
                        | "such"
                        | "any"
                        | "no"
                )
        });
    }
    false
}

/// Whether a new report starts at token `j` (after a comma or dash): `X
/// said …`, `the Russians added …`, `while X insisted …`, `said X`.
fn new_report_at(doc: &Doc, mut j: usize, hi: usize) -> bool {
    while j < hi && matches!(doc.lower(j).as_str(), "and" | "but" | "while" | "whereas" | "although" | "though" | "yet" | "even" | "which")
    {
        j += 1;
    }
    if j >= hi || !doc.is_word(j) {
        return false;
    }
    if let Some(end) = cue_at(doc, j, hi) {
        return !doc.lower(j).ends_with("ing")
            && np_after(doc, end, hi, true).is_some_and(|n| n.kind != NpKind::Pronoun || doc.lower(n.first) != "it");
    }
    // A subject: a pronoun, a name or a determiner phrase.
    let w = doc.lower(j);
    if !(doc.is_cap(j)
        || SUBJECT_PRONOUNS.contains(&w.as_str())
        || matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "some" | "other" | "many" | "several" | "both"))
    {
        return false;
    }
    let mut m = j;
    let mut words = 0;
    while m < hi && m < j + 30 {
        let t = doc.tok(m);
        if matches!(t, "," | "—" | "–" | "(") || doc.lower(m) == "who" {
            // An appositive or relative clause: "Trump and his envoy, who
            // has met Putin twice, have insisted".
            let close = match t {
                "(" => ")",
                "—" | "–" => t,
                _ => ",",
            };
            match (m + 1..hi.min(m + 18)).find(|&k| doc.tok(k) == close || (close != "," && doc.tok(k) == ",")) {
                Some(c) => m = c + 1,
                None => return false,
            }
            continue;
        }
        // "Mr. Tadic said": the dot of an honorific or initial.
        if matches!(t, "'" | "’") || crate::mentions::is_name_dot(doc, m) {
            m += 1;
            continue;
        }
        if !doc.is_word(m) {
            return false;
        }
        let lw = doc.lower(m);
        if is_aux(doc, m) {
            m += 1;
            continue;
        }
        if m > j && cue_at(doc, m, hi).is_some() {
            return !lw.ends_with("ing");
        }
        if lw == "that" || is_finite(&lw) || words >= 8 {
            return false;
        }
        words += 1;
        m += 1;
    }
    false
}

/// Whether an independent clause with its own subject starts at `j`
/// after a comma: ", and the downgrade is casting a shadow".
fn new_clause_at(doc: &Doc, j: usize, hi: usize) -> bool {
    if j + 2 >= hi || !matches!(doc.lower(j).as_str(), "and" | "but") {
        return false;
    }
    if !matches!(doc.lower(j + 1).as_str(), "the" | "this" | "these" | "its" | "his" | "her" | "their" | "a" | "an") {
        return false;
    }
    (j + 2..hi.min(j + 8)).take_while(|&m| doc.is_word(m)).any(|m| is_finite(&doc.lower(m)))
}

/// Whether token `k` is a finite reporting verb coordinated with the
/// first: "said he was angry and floated sanctions".
fn coordinated_cue(doc: &Doc, k: usize, hi: usize) -> bool {
    let mut m = k;
    while m < hi && doc.is_word(m) && is_aux(doc, m) && !matches!(doc.lower(m).as_str(), "was" | "were" | "is" | "are") {
        m += 1;
    }
    if m >= hi || cue_at(doc, m, hi).is_none() {
        return false;
    }
    let w = doc.lower(m);
    m > k
        || w.ends_with("ed")
        || matches!(
            w.as_str(),
            "said" | "told" | "wrote" | "went" | "made" | "says" | "tells" | "adds" | "insists" | "warns" | "argues" | "notes"
        )
}

/// The reported content from token `st` to the end of the clause: its
/// byte span and the token that ends it (exclusive), which the callers
/// go on from (known here, not searched for again by the span's end).
fn content_after(doc: &Doc, st: usize, hi: usize, quotes: &[QuoteSpan]) -> Option<((usize, usize), usize)> {
    if st >= hi {
        return None;
    }
    // A reported clause is a sentence's worth of words; a run-on "sentence"
    // of a whole page must not make every report walk it (and the checks
    // below look back over the content so far).
    let hi = hi.min(st + MAX_CONTENT_TOKENS);
    if matches!(doc.tok(st), ":" | "," | ";") {
        return None;
    }
    let mut end = hi;
    let mut k = st + 1;
    let bytes = doc.text().as_bytes();
    // Only these tokens can end the content, all of one byte or three
    // (read first: most tokens are neither, and are passed over in a
    // tight search); the quote test (a binary search) is for them alone.
    let may_stop = |tk: &crate::segment::Token| match tk.end - tk.start {
        1 => matches!(bytes[tk.start], b';' | b','),
        3 => is_dash_and_but(&bytes[tk.start..tk.end]),
        // ("“wrong,” while Whitcomb said": after a quoted comma.)
        5 => bytes[tk.start] | 0x20 == b'w' && bytes[tk.start..tk.end].eq_ignore_ascii_case(b"while"),
        _ => false,
    };
    // (The stops are asked in increasing order: one search, then a walk.)
    let mut qs = QuoteScan::new(quotes);
    while k < hi {
        let Some(n) = doc.tokens()[k..hi].iter().position(may_stop) else { break };
        k += n;
        if qs.covers(doc.tokens()[k].start) {
            k += 1;
            continue;
        }
        let t = doc.tok(k);
        if t == ";" {
            end = k;
            break;
        }
        if matches!(t, "," | "—" | "–" | "―") && k + 1 < hi {
            let next = doc.lower(k + 1);
            // ", adding …" / ", saying …" start a new report.
            let participle = next.ends_with("ing") && cue_at(doc, k + 1, hi).is_some();
            // ", according to X", ", who …" (a description of someone
            // named, not part of what was said).
            // ", to which Ana replied", ", at which point": a clause of
            // its own, about the report.
            let which = k + 2 < hi && doc.lower(k + 2) == "which" && matches!(next.as_str(), "to" | "at" | "after" | "upon");
            if participle
                || which
                || next == "according"
                || (t == "," && next == "who")
                || new_report_at(doc, k + 1, hi)
                || new_clause_at(doc, k + 1, hi)
            {
                end = k;
                break;
            }
        }
        // "did not give “visual evidence,” but he said that …", "were
        // “wrong,” while Whitcomb said …": the comma inside the closing
        // mark ends the clause; a new report follows.
        if quote_comma_before(doc, k) && new_report_at(doc, k, hi) {
            end = k;
            break;
        }
        // "said he was angry and floated sanctions": the second verb is a
        // report of its own.
        if matches!(doc.lower(k).as_str(), "and" | "but")
            && k + 1 < hi
            && coordinated_cue(doc, k + 1, hi)
            && !(st..k).any(|j| cue_at(doc, j, k).is_some())
            // (A finite verb before shows "and" joins clauses; "said" and
            // "told" are never nouns: "dismissed X as Y and said …".)
            && ((st..k).any(|j| is_finite(&doc.lower(j))) || matches!(doc.lower(k + 1).as_str(), "said" | "told"))
        {
            end = if doc.tok(k - 1) == "," { k - 1 } else { k };
            break;
        }
        // "said the plan was sound but declined to elaborate": a refusal
        // to say more is the speaker's, no part of what was said.
        if matches!(doc.lower(k).as_str(), "and" | "but") && refusal_at(doc, k + 1, hi) {
            end = if doc.tok(k - 1) == "," { k - 1 } else { k };
            break;
        }
        k += 1;
    }
    span_to(doc, st, end, quotes)
}

/// Whether a refusal to say more opens at token `k`: "declined to
/// comment", "refused to elaborate", "did not say", "wouldn't discuss".
fn refusal_at(doc: &Doc, k: usize, hi: usize) -> bool {
    const SAY_MORE: &[&str] = &[
        "comment",
        "elaborate",
        "say",
        "discuss",
        "answer",
        "respond",
        "specify",
        "provide",
        "offer",
        "disclose",
        "explain",
        "identify",
        "name",
        "speculate",
        "confirm",
        "detail",
    ];
    if k >= hi {
        return false;
    }
    let w = doc.lower(k);
    // ("declined to", "did not": the verb two words on.)
    let two = match w.as_str() {
        "declined" | "refused" | "declines" | "refuses" => "to",
        "did" | "does" | "would" | "could" => "not",
        _ => "",
    };
    let verb = if !two.is_empty() && k + 1 < hi && doc.lower(k + 1) == two {
        k + 2
    } else if matches!(w.as_str(), "didn't" | "didn’t" | "doesn't" | "doesn’t" | "wouldn't" | "wouldn’t") {
        k + 1
    } else {
        return false;
    };
    verb < hi && SAY_MORE.contains(&doc.lower(verb).as_str())
}

/// Whether a token of three bytes is a dash (em, en or bar) or reads
/// "and" or "but" in any case: its bytes read as one number, where
/// comparing it as text with each dash and then its lowered form with
/// each word took a dozen compares and a lookup per token. (Setting each
/// byte's bit 5 lowers an ASCII letter and makes no other byte one.)
fn is_dash_and_but(t: &[u8]) -> bool {
    let Ok(&[a, b, c]) = <&[u8; 3]>::try_from(t) else { return false };
    let w = u32::from_le_bytes([a, b, c, 0]);
    let word = |s: &str| s.bytes().rev().fold(0, |n, b| n << 8 | u32::from(b));
    [word("—"), word("–"), word("―")].contains(&w) || [word("and"), word("but")].contains(&(w | 0x20_2020))
}

/// Whether tokens `lo..end` are a description of a person: a determiner
/// or possessive (or none), then words up to a person noun that ends the phrase or
/// comes before "of"/"for"/"at" ("A spokesperson for the mayor", "His
/// top aide", "The company's chief executive"). No verb: the words are
/// a short noun phrase.
fn role_description(doc: &Doc, lo: usize, end: usize) -> bool {
    let st = skip_discourse(doc, lo, end);
    if st >= end || end - st > 10 {
        return false;
    }
    // (After a name the determiner may go: "…, said Ana Ruiz, president
    // of the union.")
    let from = st + usize::from(matches!(doc.lower(st).as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"));
    let head = (from..end).find(|&m| matches!(doc.lower(m).as_str(), "of" | "for" | "at")).unwrap_or(end);
    // ("special agent in charge of …": the idiom after its head.)
    let in_charge = |m: usize| m > from + 1 && crate::mentions::in_charge_at(doc, m);
    let head = if head > from + 2 && in_charge(head - 1) { head - 2 } else { head };
    head > from
        && {
            let h = head - 1;
            let w = doc.lower(h);
            doc.is_word(h) && (lexicon::is_role_noun_with(&w, doc.lists(h)) || doc.lists(h) & lexicon::PERSON_NOUNS != 0)
        }
        && !(st..end).any(|m| !in_charge(m) && (is_finite(&doc.lower(m)) || cue_at(doc, m, end).is_some()))
}

/// Whether token `k` follows a closing quotation mark with a comma just
/// inside it: `“…,” but`.
fn quote_comma_before(doc: &Doc, k: usize) -> bool {
    k >= 2 && doc.tokens()[k - 1].kind == TokKind::Mark && doc.tok(k - 2) == "," && !crate::segment::opens_quote(doc.tok(k - 1))
}

/// The clause before a comma: `CLAUSE, X said`, without an opening
/// connective ("But", "More broadly,").
fn clause_span(doc: &Doc, lo: usize, comma: usize, quotes: &[QuoteSpan]) -> Option<(usize, usize)> {
    // Start after the last cue-free boundary: a previous quote or a colon.
    // (Not a clock's or a score's colon: "at 3:42 a.m.", "won 2:1".)
    let digits = |k: usize| doc.tok(k).bytes().all(|b| b.is_ascii_digit());
    let mut st = lo;
    for k in (lo..comma).rev() {
        let t = doc.tok(k);
        if t == ";" || t == ":" && !(k > lo && k + 1 < comma && digits(k - 1) && digits(k + 1)) {
            st = k + 1;
            break;
        }
    }
    st = skip_discourse(doc, st, comma);
    // "“…,” the drivers' lead attorney, Ana Ruiz, said": a quote and then
    // the speaker's title, no clause of its own to report.
    let opens_with_quote = st < comma && in_quote(quotes, doc.tokens()[(st + 1).min(comma - 1)].start);
    if opens_with_quote {
        let mut unquoted = (st..comma).filter(|&k| doc.is_word(k) && !in_quote(quotes, doc.tokens()[k].start));
        if unquoted.all(|k| !is_finite(&doc.lower(k)) && cue_at(doc, k, comma).is_none()) {
            return None;
        }
    }
    span_of(doc, st, comma, quotes)
}

/// Skips an opening connective: "But", "And", "More broadly,", "Still,".
fn skip_discourse(doc: &Doc, mut st: usize, end: usize) -> usize {
    // "More broadly, …": a short opener made of connectives and -ly adverbs.
    if let Some(c) = (st..=end.min(st + 4)).find(|&k| k == end || doc.tok(k) == ",") {
        if c > st && (st..c).all(|k| is_connective(doc, k)) {
            st = c + 1;
        }
    }
    while st < end && matches!(doc.lower(st).as_str(), "but" | "and" | "so" | "yet") {
        st += 1;
    }
    st
}

fn is_connective(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    doc.is_word(k) && (is_discourse(&w) || (w.ends_with("ly") && w.len() > 4))
}

/// Byte span of tokens `st..end`, trimmed of a final terminator, rejected
/// when too short or when a quotation holds all of it.
fn span_of(doc: &Doc, st: usize, end: usize, quotes: &[QuoteSpan]) -> Option<(usize, usize)> {
    span_to(doc, st, end, quotes).map(|(sp, _)| sp)
}

/// [`span_of`], and the token its trimmed end stops at (exclusive): the
/// first token at or after the span's end, `Doc::token_in` of it, as
/// tokens are not empty and do not overlap.
fn span_to(doc: &Doc, st: usize, mut end: usize, quotes: &[QuoteSpan]) -> Option<((usize, usize), usize)> {
    while end > st && (matches!(doc.tok(end - 1), "," | ":" | "—" | "–" | "-") || is_terminal(doc.tok(end - 1))) {
        end -= 1;
    }
    if end <= st {
        return None;
    }
    let words = (st..end).filter(|&k| doc.is_word(k)).take(2).count();
    if words < 2 {
        return None;
    }
    let (bs, be) = (doc.tokens()[st].start, doc.tokens()[end - 1].end);
    // Everything reported is inside one quote: the quote says it all.
    if top_level_before(quotes, bs).is_some_and(|q| q.outer_end >= be && q.kind != crate::QuoteKind::Unmarked) {
        return None;
    }
    // Every word is quoted (a direct quote sentence).
    if !(st..end).any(|k| doc.is_word(k) && !in_quote(quotes, doc.tokens()[k].start)) {
        return None;
    }
    Some(((bs, be), end))
}

/// `According to X, CLAUSE` and `CLAUSE, according to X`.
/// (Rare: kept out of `find_own`'s hot code.)
#[cold]
#[inline(never)]
fn according_to(doc: &Doc, lo: usize, hi: usize, i: usize, quotes: &[QuoteSpan]) -> Option<Found> {
    // "according to her, …": an object pronoun, alone before its comma.
    let object =
        || {
            (i + 3 <= hi && matches!(doc.lower(i + 2).as_str(), "him" | "her" | "them") && (i + 3 == hi || !doc.is_word(i + 3)))
                .then_some(Np { first: i + 2, last: i + 3, kind: NpKind::Pronoun })
        };
    let np = np_after(doc, i + 2, hi, true).or_else(object).or_else(|| {
        // "according to two people familiar with the talks".
        let mut j = i + 2;
        while j < hi && doc.is_word(j) {
            j += 1;
        }
        np_before(doc, i + 2, j)
    });
    // Documents are not speakers: "according to the agreement".
    let mut w = i + 2;
    while w < hi && doc.is_word(w) {
        if doc.in_list(w, lexicon::indirect_document_heads()) {
            return None;
        }
        w += 1;
    }
    let np_end = np.map_or(i + 2, |n| n.last);
    let mut after = np_end;
    while after < hi && doc.tok(after) != "," && doc.is_word(after) {
        after += 1;
    }
    // "according to a spokeswoman, Elena Marsh, …": the name set off
    // after a description is the source.
    let mut np = np;
    if np.is_some_and(|n| n.kind == NpKind::Description) && after + 1 < hi && doc.tok(after) == "," {
        let name = np_after(doc, after + 1, hi, true)
            .filter(|n| n.kind == NpKind::Name && n.first == after + 1 && (n.last >= hi || matches!(doc.tok(n.last), "," | "." | ";")));
        if let Some(n) = name {
            np = Some(n);
            after = n.last;
        }
    }
    let span = if i == lo || (i == lo + 1 && !lexicon::cue_verbs().contains(doc.tok(lo))) {
        if after < hi && doc.tok(after) == "," {
            // "According to X, the mayor of Y, CLAUSE", "…, one of the
            // votes against, …", "…, who voted no, …": skip the
            // description or relative clause.
            // (A long one opens with an article or a relative pronoun:
            // "…, a senior researcher at the Institute of Marine Research
            // in Berghavn, …".)
            let next = (after + 1..hi.min(after + 26))
                .find(|&k| doc.tok(k) == ",")
                .filter(|&c| c < after + 12 || matches!(doc.lower(after + 1).as_str(), "a" | "an" | "the" | "who" | "whose" | "which"));
            if let Some(c) = next {
                // "…, an economist at Ardmore University who studies
                // coalfield towns, …": a relative clause may close the
                // description, its verbs its own.
                let rel = (after + 2..c).find(|&k| matches!(doc.lower(k).as_str(), "who" | "whose" | "which")).unwrap_or(c);
                // (A possessive's mark too: "the bill's co-sponsor".)
                let verbless = (after + 1..rel).all(|k| {
                    matches!(doc.tok(k), "'" | "’") || doc.is_word(k) && !is_finite(&doc.lower(k)) && cue_at(doc, k, rel).is_none()
                });
                const PEOPLE: u64 = lexicon::TITLES | lexicon::SOURCE_NOUNS | lexicon::PERSON_NOUNS | lexicon::ROLES;
                // ("…, a co-sponsor, …": a listed noun after a prefix.)
                let prefixed = |w: &str| w.rsplit_once('-').is_some_and(|(_, t)| lexicon::lists_of(t) & PEOPLE != 0);
                // (Or any role noun: "…, a forecaster, …".)
                let titled = (after + 1..rel).any(|k| {
                    doc.lists(k) & PEOPLE != 0 || prefixed(&doc.lower(k)) || lexicon::is_role_noun_with(&doc.lower(k), doc.lists(k))
                }) || c > after + 2 && matches!(doc.lower(after + 1).as_str(), "one" | "among") && doc.tok(after + 2) == "of";
                let relative = c > after + 2 && matches!(doc.lower(after + 1).as_str(), "who" | "whose" | "which");
                if verbless && titled || relative {
                    after = c;
                }
            }
            content_after(doc, after + 1, hi, quotes).map(|(sp, _)| sp)
        } else {
            None
        }
    } else if doc.tok(i - 1) == "," {
        clause_span(doc, lo, i - 1, quotes)
    } else {
        None
    };
    let np = np.filter(|n| n.kind != NpKind::Pronoun || n.first < n.last);
    Some(Found { np, cue: (i, i + 2), spans: Spans::one(span?) })
}

/// The last top-level quote starting at or before byte `pos`, found by
/// binary search (quotes are sorted by start; top-level ones never
/// overlap), so reading a huge text stays linear.
fn top_level_before(quotes: &[QuoteSpan], pos: usize) -> Option<&QuoteSpan> {
    let i = quotes.partition_point(|q| q.outer_start <= pos);
    quotes[..i].iter().rev().take(64).find(|q| q.parent.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverbs_are_found_by_the_tokens_lists_in_any_case() {
        // The adverb tests read `Doc::lists`: every entry, as written at a
        // sentence's start, answers as its list does.
        for (list, test) in [
            (lexicon::indirect_cue_adverbs(), is_aux as fn(&Doc, usize) -> bool),
            (lexicon::indirect_setting_adverbs(), is_adverbial_start),
        ] {
            for e in list.entries().filter(|e| !e.contains(' ')) {
                let text = format!("{}{} word", e[..1].to_uppercase(), &e[1..]);
                let doc = crate::segment::segment(&text);
                assert!(test(&doc, 0), "{text}");
            }
        }
        let doc = crate::segment::segment("Table said");
        assert!(!is_aux(&doc, 0) && !is_adverbial_start(&doc, 0));
    }

    /// `find_own` answers whether a cue stands outside quotes as the
    /// scan of every word does, unless it skipped words or found a report; and
    /// `find_in_sentence` keeps the last own finding of the sentence asked.
    #[test]
    fn find_own_sees_every_cue_outside_quotes() {
        let text = "Menu | Home\n\nTalks stalled, the official said. The terms are unclear and “there are still disagreements.” \
                    “We said no,” the terms read. According to Ames, it rained. Asked whether it rained, Roe smiled. \
                    Asked about it. The plan is “said to be late” now. He said nothing. She told him so. \
                    Nothing here, she added, was new.";
        let doc = crate::segment::segment(text);
        let quotes = crate::quotes::find_quotes(&doc);
        let mut scan = Unquoted::new(&quotes);
        let (mut skipped, mut seen, mut unseen) = (0, 0, 0);
        for s in 0..doc.sentences.len() {
            let (lo, hi) = (doc.sentences[s].tokens.start, doc.sentences[s].tokens.end);
            let mut out = Vec::new();
            match find_own(&doc, s, &quotes, &mut Cursor::new(&quotes), &mut out).filter(|_| out.is_empty()) {
                Some(c) => {
                    assert_eq!(c, cue_outside_quotes(&doc, lo, hi, &quotes), "sentence {s}");
                    if c {
                        seen += 1;
                    } else {
                        unseen += 1;
                    }
                }
                None => skipped += 1,
            }
            let _ = find_in_sentence(&doc, s, &quotes, &mut scan).len();
            assert_eq!((scan.last_own, scan.last_found), (Some(s), out.last().map(|f| (f.np, f.cue))), "sentence {s}");
        }
        assert!(skipped >= 1 && seen >= 1 && unseen >= 2, "{skipped} {seen} {unseen}");
    }

    #[test]
    fn three_byte_stops_are_dashes_and_and_or_but_in_any_case() {
        for (t, stop) in [("—", true), ("–", true), ("―", true), ("and", true), ("AnD", true), ("But", true), ("bUT", true)] {
            assert_eq!(is_dash_and_but(t.as_bytes()), stop, "{t}");
        }
        for t in ["ant", "ANY", "bud", "a@d", "an$", "‒", "and ", "an", "", "the"] {
            assert!(!is_dash_and_but(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn verb_classes_answer_as_lemma_and_lists_of() {
        // Every form of both verb lists, and words of neither (their own
        // lemma), as the two lookups and the third would.
        let listed = lexicon::verbs_forms().entries().chain(lexicon::cue_verbs().entries());
        for w in listed.chain(["said", "pointed out", "urged", "walked", "table", "call"]) {
            let lemma = lexicon::lemma(w);
            assert_eq!(verb_classes(w), (lemma, lexicon::lists_of(lemma)), "{w:?}");
        }
        assert_eq!(verb_classes("says").0, "say");
        assert_ne!(verb_classes("urged").1 & lexicon::VERBS_TO, 0);
    }

    #[test]
    fn spans_hold_what_was_pushed_in_order() {
        let mut spans = Spans::default();
        assert!(spans.is_empty() && spans.into_iter().next().is_none());
        spans.push((3, 5));
        spans.push((8, 13));
        assert_eq!(*spans, [(3, 5), (8, 13)]);
        assert_eq!(spans.into_iter().collect::<Vec<_>>(), [(3, 5), (8, 13)]);
        assert_eq!(Spans::one((1, 2)).into_iter().collect::<Vec<_>>(), [(1, 2)]);
    }

    #[test]
    fn unquoted_answers_as_in_quote_at_every_position() {
        let q = |outer_start, outer_end, kind, parent| QuoteSpan {
            start: outer_start + 1,
            end: outer_end - 1,
            outer_start,
            outer_end,
            kind,
            parent,
            continues: false,
            label: None,
        };
        // A quote holding nine short ones (more than `in_quote` reads back
        // over), an unmarked one, and quotes that touch.
        let mut quotes = vec![q(10, 200, crate::QuoteKind::Direct, None)];
        quotes.extend((0..9).map(|n| q(20 + 10 * n, 25 + 10 * n, crate::QuoteKind::Partial, Some(0))));
        quotes.push(q(220, 260, crate::QuoteKind::Unmarked, None));
        quotes.push(q(270, 280, crate::QuoteKind::Direct, None));
        quotes.push(q(280, 290, crate::QuoteKind::Partial, None));
        // From every start, as a sentence's scan is asked.
        for from in 0..300 {
            let mut scan = Cursor::new(&quotes);
            for pos in from..300 {
                assert_eq!(scan.covers(pos), in_quote(&quotes, pos), "{from} {pos}");
            }
        }
    }
}
