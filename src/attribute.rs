//! Stage 5: attribution — which cue introduces each quote, which mention is
//! its source, and which entity that mention refers to.
//!
//! Shapes handled, for a quote Q in its sentence:
//! - after Q: `“Q,” Rubio said` · `“Q,” said the official` · `“Q,” he added`
//!   · `“Q,” Mark Rutte, NATO's chief, said`
//! - before Q: `Rubio said: “Q”` · `X said on Friday, “Q”` · `X said that …
//!   “Q”` (a partial inside reported speech) · `what he called “Q”`
//! - no cue: a quote paragraph continuing the previous speaker's words, or
//!   the second sentence after `“A,” X said.`
//!
//! Sources are resolved in document order, keeping a running notion of who
//! the text is about (sentence subjects and the last speaker), so a pronoun
//! resolves without searching the whole article.

use crate::lexicon;
use crate::mentions::{in_quote, Entities, Entity, Gender, Mention, MentionKind};
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, TokKind};
use crate::{indirect, PersonKind, QuoteKind};

/// A quote (or reported clause) with its attribution. Byte offsets.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub nested: bool,
    pub speaker: Option<usize>,
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub confidence: f64,
}

/// A noun phrase found next to a cue: token range and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Np {
    pub first: usize,
    /// Exclusive.
    pub last: usize,
    pub kind: NpKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    Pronoun,
    Name,
    Description,
    Group,
}

/// A cue with its source: token ranges.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub first: usize,
    pub last: usize,
    pub np: Option<Np>,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
const AUX: &[&str] = &[
    "has", "have", "had", "also", "was", "were", "is", "are", "will", "would", "later", "then", "again", "previously",
    "reportedly", "repeatedly", "further", "recently", "earlier", "once", "did", "does", "do", "not", "never", "had",
    "just", "already", "publicly", "privately", "separately", "subsequently", "initially", "first", "however",
    "too", "himself", "herself", "themselves", "simply", "flatly", "firmly", "openly", "quickly", "angrily",
];
const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "night", "morning", "evening", "weekend", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "time",
];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some", "many", "other", "another",
    "his", "her", "their", "its", "our", "both", "most", "few", "multiple", "numerous", "dozens", "those", "these",
];

fn lower(doc: &Doc, i: usize) -> String {
    doc.tok(i).to_lowercase().replace('’', "'")
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word)
}

fn is_cap(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.tok(i).chars().next().is_some_and(char::is_uppercase)
}

/// Whether token `i` is a source noun or title head ("official", "sources").
fn is_source_noun(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && (lexicon::source_nouns().contains(doc.tok(i)) || lexicon::titles().contains(doc.tok(i)))
}

/// If a cue verb (one or two words) starts at token `i`, its exclusive end.
pub fn cue_at(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    if i >= hi || !is_word(doc, i) {
        return None;
    }
    let max = lexicon::cue_verbs().max_words;
    for n in (2..=max).rev() {
        if i + n <= hi && (i..i + n).all(|k| is_word(doc, k)) {
            let phrase = (i..i + n).map(|k| lower(doc, k)).collect::<Vec<_>>().join(" ");
            if lexicon::cue_verbs().contains(&phrase) {
                return Some(i + n);
            }
        }
    }
    let w = doc.tok(i);
    if w.chars().next().is_some_and(char::is_uppercase) && i > doc.sentences[doc.tokens[i].sentence].tokens.start {
        return None;
    }
    // "continuing to grapple": an aspect verb, not a cue.
    if lower(doc, i).starts_with("continu") && i + 1 < hi && lower(doc, i + 1) == "to" {
        return None;
    }
    lexicon::cue_verbs().contains(w).then_some(i + 1)
}

/// Extends a cue over its indirect object or a short phrase, as written:
/// "told reporters", "told a press briefing", "told CNN".
fn cue_extent(doc: &Doc, first: usize, end: usize, hi: usize) -> usize {
    let verb = lower(doc, first);
    if matches!(verb.as_str(), "told" | "tell" | "tells" | "telling" | "briefed" | "assured" | "reminded" | "informed") {
        if let Some(obj) = object_after(doc, end, hi) {
            return obj;
        }
        if let Some(np) = np_after(doc, end, hi, false) {
            if np.kind != NpKind::Pronoun || matches!(lower(doc, np.first).as_str(), "him" | "her" | "them" | "us" | "me") {
                return np.last;
            }
        }
        // "told him", "told them".
        if end < hi && matches!(lower(doc, end).as_str(), "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists") {
            return end + 1;
        }
    }
    end
}

/// The end of an indirect object after "told": "reporters", "a press
/// briefing", "his NATO counterparts", "Russian state media".
pub fn object_after(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    let mut j = i;
    while j < hi && j < i + 5 && is_word(doc, j) {
        let w = lower(doc, j);
        if w == "that" || (j > i && (AUX.contains(&w.as_str()) || lexicon::cue_verbs().contains(&w)))
            || matches!(w.as_str(), "on" | "in" | "at" | "after" | "before" | "during" | "about" | "this" | "last" | "of" | "he" | "she" | "they" | "it" | "we" | "there")
        {
            break;
        }
        j += 1;
        if !DETERMINERS.contains(&w.as_str()) && !lexicon::title_modifiers().contains(&w) && !(j < hi && is_word(doc, j) && (is_cap(doc, j) || lexicon::source_nouns().contains(doc.tok(j)) || matches!(lower(doc, j).as_str(), "media" | "briefing" | "conference" | "reporters" | "counterparts" | "agency" | "broadcaster" | "channel" | "network" | "newspaper"))) {
            break;
        }
    }
    (j > i).then_some(j)
}

/// The noun phrase ending just before token `k` (exclusive), skipping
/// auxiliaries, an appositive between commas or dashes, and a relative
/// clause ("X, who …, said").
pub fn np_before(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let mut k = k;
    loop {
        while k > lo && is_word(doc, k - 1) && AUX.contains(&lower(doc, k - 1).as_str()) {
            k -= 1;
        }
        // A time adverbial between subject and verb: "Trump last month said".
        if k > lo + 1 && TIME_NOUNS.contains(&lower(doc, k - 1).as_str()) && matches!(lower(doc, k - 2).as_str(), "last" | "this" | "on" | "next" | "earlier" | "later") {
            k -= 2;
            continue;
        }
        break;
    }
    if k <= lo {
        return None;
    }
    // "Rep. Gwen Moore (D-Wis.) said": skip the parenthetical.
    if doc.tok(k - 1) == ")" {
        if let Some(open) = (lo.max(k.saturating_sub(12))..k - 1).rev().find(|&j| doc.tok(j) == "(") {
            return np_before(doc, lo, open);
        }
    }
    // Appositive or parenthetical: ", …," or "— … —" right before the cue.
    let closing = doc.tok(k - 1);
    if matches!(lower(doc, k - 1).as_str(), "by" | "after" | "while" | "before" | "when" | "upon" | "with" | "of" | "and") {
        return None;
    }
    if matches!(closing, "," | "—" | "–") {
        let mut j = k - 1;
        let mut steps = 0;
        while j > lo && steps < 16 {
            j -= 1;
            steps += 1;
            if doc.tok(j) == closing {
                // "Putin's envoy, Kirill Dmitriev, told": the name is the
                // appositive between the commas.
                if let Some(np) = np_after(doc, j + 1, k - 1, true) {
                    if np.kind == NpKind::Name && np.last == k - 1 && is_cap(doc, np.first) {
                        return Some(np);
                    }
                }
                if let Some(np) = np_before(doc, lo, j) {
                    if np.kind != NpKind::Pronoun || steps > 1 {
                        return Some(np);
                    }
                }
                break;
            }
        }
        return None;
    }
    let last = k;
    let w = lower(doc, k - 1);
    if PRONOUNS.contains(&w.as_str()) {
        return Some(Np { first: k - 1, last, kind: NpKind::Pronoun });
    }
    if is_cap(doc, k - 1) && !lexicon::is_not_name(doc.tok(k - 1)) {
        let mut first = k - 1;
        while first > lo {
            let p = first - 1;
            let pw = lower(doc, p);
            let particle = matches!(pw.as_str(), "de" | "van" | "von" | "bin" | "al" | "da" | "di" | "du" | "der" | "la" | "le");
            let dot = crate::mentions::is_name_dot(doc, p);
            if (is_cap(doc, p) && !lexicon::is_not_name(doc.tok(p))) || (particle && first < k) || dot {
                first = p;
            } else {
                break;
            }
        }
        if crate::mentions::is_name_dot(doc, first) {
            first += 1;
        }
        // "the foreign secretary of the United Kingdom": a description.
        let mut of_at = first;
        if of_at > lo && lower(doc, of_at - 1) == "the" {
            of_at -= 1;
        }
        if of_at > lo + 1 && lower(doc, of_at - 1) == "of" && is_source_noun(doc, of_at - 2) && !is_cap(doc, of_at - 2) {
            return Some(description_before(doc, lo, of_at - 2, last));
        }
        let mut np = Np { first, last, kind: NpKind::Name };
        // Groups: "Russia and Ukraine", "Trump and his envoy Steve Witkoff".
        if first >= lo + 2 && lower(doc, first - 1) == "and" {
            if let Some(left) = np_before(doc, lo, first - 1) {
                if left.kind == NpKind::Name || left.kind == NpKind::Description {
                    np = Np { first: left.first, last, kind: NpKind::Group };
                }
            } else {
                // "and his envoy Steve Witkoff": walk back over the title.
                let mut j = first - 1;
                while j > lo && is_word(doc, j - 1) && !is_cap(doc, j - 1) && j + 4 > first {
                    j -= 1;
                }
                if j > lo && lower(doc, j) == "and" {
                    if let Some(left) = np_before(doc, lo, j) {
                        np = Np { first: left.first, last, kind: NpKind::Group };
                    }
                }
            }
        }
        return Some(np);
    }
    if is_source_noun(doc, k - 1) || matches!(w.as_str(), "backers" | "supporters" | "allies" | "critics" | "opponents" | "members" | "voters") {
        return Some(description_before(doc, lo, k - 1, last));
    }
    // "people familiar with the talks", "a spokeswoman for the ministry".
    let mut j = k - 1;
    let floor = lo.max(k.saturating_sub(8));
    while j > floor {
        j -= 1;
        let wj = lower(doc, j);
        if wj.ends_with("ed") || wj == "by" || lexicon::cue_verbs().contains(&wj) {
            break;
        }
        if matches!(wj.as_str(), "with" | "for" | "of" | "to" | "at" | "on") && j > lo && is_source_noun(doc, j - 1) {
            let head = j - 1;
            let np = description_before(doc, lo, head, last);
            return Some(np);
        }
        if !is_word(doc, j) {
            break;
        }
    }
    None
}

/// A description whose head noun is token `head`, walking left over
/// modifiers to its determiner: "the senior NATO official".
fn description_before(doc: &Doc, lo: usize, head: usize, last: usize) -> Np {
    let mut first = head;
    while first > lo {
        let p = first - 1;
        let pw = lower(doc, p);
        if DETERMINERS.contains(&pw.as_str()) {
            first = p;
            break;
        }
        let modifier = is_word(doc, p)
            && !AUX.contains(&pw.as_str())
            && !lexicon::cue_verbs().contains(&pw)
            && !matches!(pw.as_str(), "that" | "which" | "who" | "said" | "but" | "while" | "as" | "when" | "because" | "if" | "so" | "in" | "on" | "at" | "by" | "from");
        let possessive = doc.tok(p) == "s" && p > lo && matches!(doc.tok(p - 1), "'" | "’");
        if possessive {
            first = p - 1;
            continue;
        }
        if modifier || (pw == "and" && first > lo) {
            first = p;
        } else {
            break;
        }
    }
    // "and" cannot start a description.
    while first < head && matches!(lower(doc, first).as_str(), "and" | "or") {
        first += 1;
    }
    let kind = if (first..last).any(|i| lower(doc, i) == "and") { NpKind::Group } else { NpKind::Description };
    Np { first, last, kind }
}

/// The noun phrase starting at token `i`: a pronoun, a name (with the title
/// words before it), or a description.
pub fn np_after(doc: &Doc, i: usize, hi: usize, subject: bool) -> Option<Np> {
    if i >= hi || !is_word(doc, i) {
        return None;
    }
    let w = lower(doc, i);
    let pronouns: &[&str] = if subject { PRONOUNS } else { &["him", "her", "them", "us", "me"] };
    if pronouns.contains(&w.as_str()) {
        return Some(Np { first: i, last: i + 1, kind: NpKind::Pronoun });
    }
    let mut j = i;
    let mut saw_head = false;
    let mut saw_cap = false;
    while j < hi {
        if !is_word(doc, j) {
            // Possessive: "Russia's deputy foreign minister".
            if matches!(doc.tok(j), "'" | "’") && j + 1 < hi && doc.tok(j + 1) == "s" {
                j += 2;
                continue;
            }
            // "Mr. Podesta", "Vann R. Newkirk".
            if crate::mentions::is_name_dot(doc, j) && j + 1 < hi && is_cap(doc, j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        let wj = lower(doc, j);
        if j > i && (lexicon::cue_verbs().contains(&wj) || AUX.contains(&wj.as_str()) || wj == "who") {
            break;
        }
        if is_cap(doc, j) {
            saw_cap = true;
        } else if is_source_noun(doc, j) {
            saw_head = true;
        } else if !(DETERMINERS.contains(&wj.as_str()) && j == i)
            && !lexicon::title_modifiers().contains(&wj)
            && !(j > i && (wj == "and" || wj == "of" || crate::mentions::PARTICLES.contains(&wj.as_str())))
            && !wj.ends_with("ian")
            && !wj.ends_with("ese")
        {
            break;
        }
        j += 1;
        if j - i > 10 {
            return None;
        }
    }
    if j == i {
        return None;
    }
    // "a spokeswoman for the ministry", "people familiar with the talks".
    if saw_head && j < hi && is_source_noun(doc, j - 1) {
        let w = lower(doc, j);
        let pp_start = match w.as_str() {
            "for" | "of" | "at" | "from" | "in" => Some(j + 1),
            "familiar" | "close" if j + 1 < hi && matches!(lower(doc, j + 1).as_str(), "with" | "to") => Some(j + 2),
            _ => None,
        };
        if let Some(mut k) = pp_start {
            let stop = hi.min(k + 6);
            while k < stop && is_word(doc, k) && !lexicon::cue_verbs().contains(doc.tok(k)) && !AUX.contains(&lower(doc, k).as_str()) {
                k += 1;
            }
            let ends = k >= hi || cue_at(doc, k, hi).is_some() || AUX.contains(&lower(doc, k).as_str()) || matches!(doc.tok(k), "," | "." | ";");
            if pp_start.is_some_and(|p| k > p) && ends {
                return Some(Np { first: i, last: k, kind: NpKind::Description });
            }
        }
    }
    let last_is_cap = is_cap(doc, j - 1);
    let kind = if (i..j).any(|k| lower(doc, k) == "and") && saw_cap {
        NpKind::Group
    } else if last_is_cap {
        NpKind::Name
    } else if saw_head && is_source_noun(doc, j - 1) {
        NpKind::Description
    } else {
        return None;
    };
    let _ = saw_cap;
    Some(Np { first: i, last: j, kind })
}

/// Finds the cue that attributes text at token `at` from *after* it:
/// `, NP CUE` or `, CUE NP`. `hi` bounds the search.
fn cue_after(doc: &Doc, at: usize, hi: usize) -> Option<Cue> {
    let mut i = at;
    while i < hi && matches!(doc.tok(i), "," | "—" | "–" | "-" | ":") {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    // Inverted: "said Rubio", "added the official".
    if let Some(end) = cue_at(doc, i, hi) {
        let np = np_after(doc, end, hi, true).filter(|np| np.kind != NpKind::Pronoun || lower(doc, np.first) != "it");
        return Some(Cue { first: i, last: cue_extent(doc, i, end, hi), np });
    }
    let np = np_after(doc, i, hi, true)?;
    let mut j = np.last;
    if j < hi && doc.tok(j) == "(" {
        if let Some(close) = (j + 1..hi.min(j + 12)).find(|&k| doc.tok(k) == ")") {
            j = close + 1;
        }
    }
    // Appositive after the subject: "Rutte, NATO's chief, said".
    if j < hi && matches!(doc.tok(j), "," | "—" | "–") {
        let sep = doc.tok(j);
        let close = (j + 1..hi.min(j + 30)).find(|&k| doc.tok(k) == sep);
        if let Some(c) = close {
            j = c + 1;
        }
    }
    while j < hi && is_word(doc, j) && AUX.contains(&lower(doc, j).as_str()) {
        j += 1;
    }
    let end = cue_at(doc, j, hi)?;
    Some(Cue { first: j, last: cue_extent(doc, j, end, hi), np: Some(np) })
}

/// The nearest cue before token `k` in `lo..k`, with its subject.
fn cue_before(doc: &Doc, lo: usize, k: usize, quotes: &[QuoteSpan]) -> Option<Cue> {
    let mut i = k;
    while i > lo {
        i -= 1;
        if in_quote(quotes, doc.tokens[i].start) {
            continue;
        }
        // "according to X".
        if lower(doc, i) == "according" && i + 1 < k && lower(doc, i + 1) == "to" {
            let np = np_after(doc, i + 2, k, true);
            return Some(Cue { first: i, last: i + 2, np });
        }
        let Some(end) = cue_at(doc, i, k) else { continue };
        let end = cue_extent(doc, i, end, k);
        let mut np = np_before(doc, lo, i).or_else(|| np_after(doc, end, k, true).filter(|np| np.kind != NpKind::Pronoun));
        // "… a meeting with Rubio saying": a participle's subject is the
        // sentence's, not the object of a preposition before it.
        if lower(doc, i).ends_with("ing") {
            if let Some(n) = np {
                let prev = if n.first > lo { lower(doc, n.first - 1) } else { String::new() };
                if matches!(prev.as_str(), "with" | "to" | "of" | "for" | "from" | "at" | "by" | "on" | "in" | "about") || (n.first > lo && doc.tok(n.first - 1) == ",") && n.last == i {
                    np = None;
                }
            }
        }
        if np.is_none() && lower(doc, i).ends_with("ing") {
            // "X told CNN that …, calling it “…”": the earlier cue's source.
            let mut at = i;
            while let Some(prev) = cue_before(doc, lo, at, quotes) {
                if prev.np.is_some() {
                    np = prev.np;
                    break;
                }
                at = prev.first;
            }
        }
        return Some(Cue { first: i, last: end, np });
    }
    None
}

/// Running state for resolving sources in document order.
struct Resolver<'d> {
    doc: &'d Doc<'d>,
    /// Last entity that spoke, and the paragraph it spoke in.
    last_speaker: Option<(usize, usize)>,
    /// Subject entity of each sentence seen so far (by sentence index).
    subjects: Vec<Option<usize>>,
}

impl<'d> Resolver<'d> {
    /// The entity the sentence is about: its first name mention outside
    /// quotes that is not inside a prepositional phrase.
    fn subject_of(&mut self, s: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        self.subject_before(s, usize::MAX, ents, quotes)
    }

    /// The subject of sentence `s` among names starting before byte `limit`:
    /// not inside a quote, not after a preposition, not a possessive
    /// modifier ("Putin's envoy").
    fn subject_before(&mut self, s: usize, limit: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        if let Some(Some(e)) = self.subjects.get(s) {
            return Some(*e);
        }
        let doc = self.doc;
        let sent = &doc.sentences[s];
        let i = ents.names.partition_point(|n| n.start < sent.start);
        let found = ents.names[i..]
            .iter()
            .take_while(|n| n.start < sent.end.min(limit))
            .find(|n| {
                let t = doc.token_at_or_after(n.run_start);
                let prev = if t > sent.tokens.start { lower(doc, t - 1) } else { String::new() };
                let after = doc.token_at_or_after(n.end);
                let possessive = after < sent.tokens.end && matches!(doc.tok(after), "'" | "’");
                // After a plain lowercase word ("visited Washington") a
                // name is an object; title words may precede a subject.
                let after_word = t > sent.tokens.start
                    && doc.tokens[t - 1].kind == TokKind::Word
                    && prev.chars().all(char::is_lowercase)
                    && !crate::mentions::is_title_word(&prev);
                !in_quote(quotes, n.start)
                    && !possessive
                    && !after_word
                    && !matches!(prev.as_str(), "in" | "to" | "from" | "with" | "at" | "by" | "on" | "for" | "of" | "against" | "toward" | "towards" | "the" | "and")
            })
            .map(|n| n.entity);
        found
    }

    fn set_subject(&mut self, s: usize, e: usize) {
        if self.subjects.len() <= s {
            self.subjects.resize(s + 1, None);
        }
        if self.subjects[s].is_none() {
            self.subjects[s] = Some(e);
        }
    }

    /// Resolves a pronoun at sentence `s` to an entity.
    fn pronoun(&mut self, word: &str, at: usize, s: usize, para: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        let want = match word {
            "he" | "him" | "his" => Some(Gender::Male),
            "she" | "her" => Some(Gender::Female),
            _ => None,
        };
        let personal = want.is_some();
        let fits = |e: &Entity| {
            if personal {
                e.kind != PersonKind::Org
                    && e.kind != PersonKind::Group
                    && !e.place_like
                    && (e.person_like || e.kind == PersonKind::Unnamed)
                    && !(e.gender.is_some() && e.gender != want)
                    && !e.name.to_lowercase().ends_with('s')
                    || e.kind == PersonKind::Person && e.person_like && !(e.gender.is_some() && e.gender != want)
            } else {
                matches!(e.kind, PersonKind::Org | PersonKind::Group | PersonKind::Unnamed) || e.name.ends_with('s')
            }
        };
        // 1. The subject of this sentence, then of the previous ones in
        //    the paragraph; 2. the last speaker; 3. earlier subjects.
        let first_in_para = self.doc.paragraphs[para].sentences.start;
        for back in 0..=3usize {
            let Some(t) = s.checked_sub(back) else { break };
            if t < first_in_para && back > 0 {
                if let Some((e, p)) = self.last_speaker {
                    if para.saturating_sub(p) <= 1 && fits(&ents.list[e]) {
                        return Some(e);
                    }
                }
            }
            let limit = if back == 0 { at } else { usize::MAX };
            if let Some(e) = self.subject_before(t, limit, ents, quotes) {
                if fits(&ents.list[e]) {
                    return Some(e);
                }
            }
            // "For Maya Lind, a nurse, the vote came as a relief. “…,” she
            // said.": a person introduced in the sentence before, even
            // inside a phrase, beats an earlier speaker.
            if back == 1 {
                let sent = &self.doc.sentences[t];
                let i = ents.names.partition_point(|n| n.start < sent.start);
                let fresh = ents.names[i..].iter().take_while(|n| n.start < sent.end).find(|n| {
                    let e = &ents.list[n.entity];
                    fits(e) && e.mentions.first().is_some_and(|m| m.start >= sent.start) && !in_quote(quotes, n.start)
                });
                if let Some(n) = fresh {
                    return Some(n.entity);
                }
            }
        }
        if let Some((e, _)) = self.last_speaker {
            if fits(&ents.list[e]) {
                return Some(e);
            }
        }
        // Most recent fitting name before this sentence.
        let start = self.doc.sentences[s].start;
        let i = ents.names.partition_point(|n| n.start < start);
        ents.names[..i].iter().rev().take(40).map(|n| n.entity).find(|&e| fits(&ents.list[e]))
    }
}

/// Resolves a source noun phrase to an entity, creating one when needed.
fn resolve(
    r: &mut Resolver,
    np: Np,
    s: usize,
    para: usize,
    ents: &mut Entities,
    quotes: &[QuoteSpan],
) -> Option<(usize, (usize, usize))> {
    let doc = r.doc;
    let start = doc.tokens[np.first].start;
    let end = doc.tokens[np.last - 1].end;
    let mut source = (start, end);
    let e = match np.kind {
        NpKind::Pronoun => {
            let w = lower(doc, np.first);
            if w == "i" || w == "we" {
                return None;
            }
            let e = r.pronoun(&w, start, s, para, ents, quotes)?;
            let g = match w.as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                _ => None,
            };
            if g.is_some() && ents.list[e].gender.is_none() && ents.list[e].kind != PersonKind::Unnamed {
                ents.list[e].gender = g;
            }
            ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
            e
        }
        NpKind::Name => {
            // The last name mention inside the phrase is the head.
            let i = ents.names.partition_point(|n| n.end <= start);
            let hit = ents.names[i..].iter().take_while(|n| n.start < end).last().copied();
            match hit {
                Some(n) => {
                    source = (n.start, n.end);
                    n.entity
                }
                None => {
                    let name = doc.text[start..end].trim_start_matches("The ").to_owned();
                    new_entity(ents, &name, PersonKind::Org, start, end, MentionKind::Name)
                }
            }
        }
        NpKind::Description => {
            let text = &doc.text[start..end];
            let stripped = strip_article(text);
            let head = crate::mentions::surname_key(stripped);
            let definite = !text.to_lowercase().starts_with("a ") && !text.to_lowercase().starts_with("an ")
                || recent(ents).any(|(_, e)| e.kind == PersonKind::Unnamed && e.name.eq_ignore_ascii_case(stripped));
            // "the official" refers back to "a senior NATO official".
            let found = definite
                .then(|| {
                    recent(ents)
                        .find(|(_, e)| {
                            e.kind == PersonKind::Unnamed && e.key == head && {
                                let en = e.name.to_lowercase();
                                stripped.to_lowercase().split_whitespace().all(|w| en.split_whitespace().any(|x| x == w))
                            }
                        })
                        .map(|(i, _)| i)
                })
                .flatten();
            match found {
                Some(e) => {
                    let off = text.len() - stripped.len();
                    ents.list[e].mentions.push(Mention { start: start + off, end, kind: MentionKind::Description });
                    e
                }
                None => {
                    let org = lexicon::org_words().contains(&head) && !head.ends_with('s');
                    let kind = if org { PersonKind::Org } else { PersonKind::Unnamed };
                    let off = text.len() - stripped.len();
                    let e = new_entity(ents, stripped, kind, start + off, end, MentionKind::Description);
                    if head.ends_with("woman") {
                        ents.list[e].gender = Some(Gender::Female);
                    } else if head.ends_with("man") {
                        ents.list[e].gender = Some(Gender::Male);
                    }
                    e
                }
            }
        }
        NpKind::Group => {
            let text = strip_article(&doc.text[start..end]);
            let off = doc.text[start..end].len() - text.len();
            let i = ents.names.partition_point(|n| n.end <= start);
            let members: Vec<usize> = ents.names[i..].iter().take_while(|n| n.start < end).map(|n| n.entity).collect();
            let existing = recent(ents).find(|(_, e)| e.kind == PersonKind::Group && e.name == text).map(|(i, _)| i);
            let e = existing.unwrap_or_else(|| new_entity(ents, text, PersonKind::Group, start + off, end, MentionKind::Name));
            if existing.is_some() {
                ents.list[e].mentions.push(Mention { start: start + off, end, kind: MentionKind::Name });
            }
            ents.list[e].members = members;
            e
        }
    };
    Some((e, source))
}

/// How far back a description or group looks for an earlier one: far
/// enough for any article, bounded so a huge text stays linear.
const RECENT: usize = 256;

/// The most recent entities, newest first, with their indexes.
fn recent(ents: &Entities) -> impl Iterator<Item = (usize, &Entity)> {
    ents.list.iter().enumerate().rev().take(RECENT)
}

fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

fn new_entity(ents: &mut Entities, name: &str, kind: PersonKind, start: usize, end: usize, mk: MentionKind) -> usize {
    let mut e = Entity::new(name, kind);
    e.mentions.push(Mention { start, end, kind: mk });
    ents.list.push(e);
    ents.list.len() - 1
}

fn span(doc: &Doc, first: usize, last: usize) -> (usize, usize) {
    (doc.tokens[first].start, doc.tokens[last - 1].end)
}

/// Attributes every quote, and finds reported speech when `with_indirect`.
pub fn attribute(doc: &Doc, quotes: &[QuoteSpan], ents: &mut Entities, with_indirect: bool) -> Vec<Attributed> {
    let mut r = Resolver { doc, last_speaker: None, subjects: vec![None; doc.sentences.len()] };
    let mut out: Vec<Attributed> = Vec::with_capacity(quotes.len());
    // Speaker of each quote, by quote index, for continuations.
    let mut speaker_of: Vec<Option<usize>> = vec![None; quotes.len()];
    let mut next_quote = 0;
    for (p_idx, para) in doc.paragraphs.iter().enumerate() {
        if para.chrome {
            continue;
        }
        for s in para.sentences.clone() {
            let sent = &doc.sentences[s];
            // Quotes that start in this sentence (nested ones included).
            while next_quote < quotes.len() && quotes[next_quote].outer_start < sent.end {
                let qi = next_quote;
                next_quote += 1;
                let q = &quotes[qi];
                let a = attribute_quote(&mut r, q, qi, quotes, &speaker_of, s, p_idx, ents);
                speaker_of[qi] = a.speaker;
                if let Some(e) = a.speaker {
                    if q.parent.is_none() {
                        r.last_speaker = Some((e, p_idx));
                        if a.source.is_some() {
                            r.set_subject(doc.sentence_at(a.source.unwrap().0), e);
                        }
                    }
                }
                out.push(a);
            }
            if with_indirect {
                for found in indirect::find_in_sentence(doc, s, quotes) {
                    let resolved = found.np.and_then(|np| resolve(&mut r, np, s, p_idx, ents, quotes));
                    let speaker = resolved.map(|(e, _)| e);
                    if let Some(e) = speaker {
                        r.last_speaker = Some((e, p_idx));
                        r.set_subject(s, e);
                    }
                    for (start, end) in found.spans {
                        out.push(Attributed {
                            start,
                            end,
                            kind: QuoteKind::Indirect,
                            nested: false,
                            speaker,
                            source: resolved.map(|(_, src)| src),
                            cue: Some(span(doc, found.cue.0, found.cue.1)),
                            confidence: if speaker.is_some() { 0.7 } else { 0.3 },
                        });
                    }
                }
            }
        }
    }
    out.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
    link_titles_to_names(doc, &mut out, ents);
    out
}

/// Heads of descriptions that stay anonymous by design ("a senior
/// official"), never merged into a later name.
const ANONYMOUS_HEADS: &[&str] = &["official", "officials", "source", "sources", "person", "people", "diplomat", "diplomats", "aide", "aides", "insider", "insiders", "observer", "analyst", "expert"];

/// "The foreign secretary … accused Russia. “…,” David Lammy told
/// reporters.": a speaking description with a title, followed within a few
/// sentences by a newly named speaker, is that person; the description
/// becomes one of their positions.
fn link_titles_to_names(doc: &Doc, out: &mut [Attributed], ents: &mut Entities) {
    let mut merged_into: Vec<Option<usize>> = vec![None; ents.list.len()];
    for u in 0..ents.list.len() {
        let e = &ents.list[u];
        if e.kind != PersonKind::Unnamed || e.mentions.is_empty() {
            continue;
        }
        // The head noun comes before any complement: "minister of Portugal".
        let lname = e.name.to_lowercase();
        let core = [" of ", " for ", " to ", " at "].iter().filter_map(|p| lname.find(p)).min().map_or(lname.as_str(), |i| &lname[..i]);
        let head = core.split_whitespace().last().unwrap_or("").to_owned();
        if !lexicon::titles().contains(&head) || ANONYMOUS_HEADS.contains(&head.as_str()) || head.ends_with('s') {
            continue;
        }
        let m = e.mentions[0];
        let indefinite = {
            let before = doc.text[..m.start].trim_end().to_lowercase();
            before.ends_with(" a") || before.ends_with(" an") || before == "a" || before == "an"
        };
        if indefinite {
            continue;
        }
        let s = doc.sentence_at(m.start);
        let horizon = doc.sentences.get(s + 3).map_or(doc.text.len(), |x| x.start);
        // The first speaker after the description whose first mention is
        // after it: a newly introduced person.
        let from = out.partition_point(|a| a.start <= m.end);
        let candidate = out[from..]
            .iter()
            .take_while(|a| a.start < horizon)
            .filter_map(|a| a.speaker)
            .find(|&p| {
                let pe = &ents.list[p];
                p != u && pe.kind == PersonKind::Person && pe.mentions.first().is_some_and(|f| f.start > m.end)
            });
        let Some(p) = candidate else { continue };
        merged_into[u] = Some(p);
        let moved: Vec<Mention> = ents.list[u].mentions.drain(..).collect();
        let pe = &mut ents.list[p];
        pe.positions.push((moved[0].start, moved[0].end));
        pe.mentions.extend(moved);
    }
    for a in out.iter_mut() {
        if let Some(p) = a.speaker.and_then(|u| merged_into[u]) {
            a.speaker = Some(p);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn attribute_quote(
    r: &mut Resolver,
    q: &QuoteSpan,
    qi: usize,
    quotes: &[QuoteSpan],
    speaker_of: &[Option<usize>],
    s: usize,
    p_idx: usize,
    ents: &mut Entities,
) -> Attributed {
    let doc = r.doc;
    let mut a = Attributed {
        start: q.start,
        end: q.end,
        kind: q.kind,
        nested: q.parent.is_some(),
        speaker: None,
        source: None,
        cue: None,
        confidence: 0.0,
    };
    if q.parent.is_some() {
        return a;
    }
    // Unmarked speech names its speaker in a label.
    if let Some((ls, le)) = q.label {
        let first = doc.token_at_or_after(ls);
        let last = doc.token_at_or_after(le);
        if first < last {
            // Headline shape "Rubio tells Moscow: …": subject and cue.
            let cue = (first..last).find_map(|i| cue_at(doc, i, last).map(|e| (i, e)));
            let np_end = cue.map_or(last, |(c, _)| c);
            let np = np_before(doc, first, np_end).or(Some(Np { first, last: np_end, kind: NpKind::Name }));
            if let Some((c, e)) = cue {
                a.cue = Some(span(doc, c, cue_extent(doc, c, e, last)));
            }
            if let Some(np) = np.filter(|np| np.first < np.last) {
                let qa = matches!(doc.tok(np.first), "Q" | "A");
                if !qa {
                    if let Some((e, src)) = resolve(r, np, s, p_idx, ents, quotes) {
                        a.speaker = Some(e);
                        a.source = Some(src);
                        a.confidence = 0.8;
                    }
                }
            }
        }
        return a;
    }
    // A transcript turn inside the marks: "“PENCE: Well, look, …”".
    if let Some((ls, le)) = transcript_label(doc, q) {
        let first = doc.token_at_or_after(ls);
        let last = doc.token_at_or_after(le);
        if let Some((e, src)) = resolve(r, Np { first, last, kind: NpKind::Name }, s, p_idx, ents, quotes) {
            a.speaker = Some(e);
            a.source = Some(src);
            a.confidence = 0.8;
            return a;
        }
    }
    let sent = &doc.sentences[s];
    // Bounds: the sentence(s) the quote sits in, cut at neighbouring quotes.
    let end_sent = doc.sentence_at(q.outer_end.saturating_sub(1).max(q.outer_start));
    let after_lo = doc.token_at_or_after(q.outer_end);
    let mut after_hi = doc.sentences[end_sent].tokens.end;
    // If the quote ends its sentence, a short "X said." sentence right after
    // still attributes it.
    if after_lo >= after_hi && end_sent + 1 < doc.sentences.len() && doc.sentences[end_sent + 1].paragraph == doc.sentences[end_sent].paragraph {
        let next = &doc.sentences[end_sent + 1];
        if next.tokens.len() <= 8 && !doc.text[next.start..next.end].contains(['“', '"', '«']) {
            after_hi = next.tokens.end;
        }
    }
    if let Some(nq) = quotes[qi + 1..].iter().find(|n| n.parent.is_none() && n.outer_start >= q.outer_end) {
        after_hi = after_hi.min(doc.token_at_or_after(nq.outer_start));
    }
    let mut before_lo = sent.tokens.start;
    if let Some(pq) = quotes[..qi].iter().rev().find(|p| p.parent.is_none() && p.outer_end <= q.outer_start) {
        before_lo = before_lo.max(doc.token_at_or_after(pq.outer_end));
    }
    let before_hi = doc.token_at_or_after(q.outer_start);

    let mut found = cue_after(doc, after_lo, after_hi);
    // "“…” for criminal behavior, she said": the cue after a short phrase.
    if found.is_none() {
        found = (after_lo..after_hi.min(after_lo + 12))
            .filter(|&k| doc.tok(k) == ",")
            .find_map(|k| cue_after(doc, k, after_hi).filter(|c| c.np.is_some()));
    }
    let mut confidence = 0.9;
    if found.is_none() {
        found = cue_before(doc, before_lo, before_hi, quotes);
        confidence = 0.8;
    }
    // A quote in mid-sentence whose cue is further along: "“Q,” Rutte
    // said, adding …" is handled above; "X … “Q” …, Y said" is rarer.
    if let Some(c) = found {
        a.cue = Some(span(doc, c.first, c.last));
        let np = c.np.or_else(|| {
            // Participle cues ("calling it", "saying") take the sentence's
            // subject.
            let _ = c;
            None
        });
        if let Some((e, src)) = np.and_then(|np| resolve(r, np, s, p_idx, ents, quotes)) {
            a.source = Some(src);
            a.speaker = Some(e);
            a.confidence = confidence;
        } else {
            a.speaker = r.subject_of(s, ents, quotes).or(r.last_speaker.map(|(e, _)| e));
            a.confidence = 0.5;
        }
        if a.speaker.is_some() {
            return a;
        }
    }
    // No cue: continue the previous speaker when this quote opens its
    // paragraph or follows an attributed quote in the same paragraph.
    let prev = quotes[..qi].iter().rposition(|p| p.parent.is_none());
    if let Some(pi) = prev {
        let pp = doc.paragraph_at(quotes[pi].outer_start);
        let lead = doc.text[doc.paragraphs[p_idx].start..q.outer_start].trim();
        let opens_para = lead.is_empty();
        if (pp == p_idx || (opens_para && pp + 1 >= p_idx)) && speaker_of[pi].is_some() {
            a.speaker = speaker_of[pi];
            a.confidence = 0.6;
            return a;
        }
    }
    // Someone already spoke (reported speech included) in this paragraph.
    if let Some((e, p)) = r.last_speaker {
        if p == p_idx {
            a.speaker = Some(e);
            a.confidence = 0.5;
            return a;
        }
    }
    // A previous sentence ending in a colon introduces the quote.
    if s > 0 {
        let prev = &doc.sentences[s - 1];
        if doc.text[prev.start..prev.end].trim_end().ends_with(':') {
            a.speaker = r.subject_of(s - 1, ents, quotes);
            a.confidence = 0.5;
        }
    }
    a
}

/// A speaker label opening a quote's content: one to three capitalised
/// words, the first in capitals, then a colon ("PENCE:", "MR. SMITH:").
fn transcript_label(doc: &Doc, q: &QuoteSpan) -> Option<(usize, usize)> {
    let content = &doc.text[q.start..q.end];
    let colon = content.find(':')?;
    let label = &content[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let caps = |w: &&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    if words.is_empty() || words.len() > 3 || !words.iter().all(caps) || label.len() < 2 {
        return None;
    }
    Some((q.start, q.start + label.trim_end().len()))
}
