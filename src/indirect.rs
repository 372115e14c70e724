//! Reported (indirect) speech: the content clause of a cue, without
//! quotation marks — part of the attribution stage.
//!
//! Shapes: `X said (that) CLAUSE` · `X told Y (that) CLAUSE` · `CLAUSE, X
//! said` · `CLAUSE, said X` · `CLAUSE, X said, CLAUSE` · `According to X,
//! CLAUSE` · `CLAUSE, according to X` · `X accused Y of …`, `X urged Y to …`
//! · participles continuing a sentence (`…, saying CLAUSE`). The span is the
//! reported content only: no "that", no cue, no source.

use crate::attribute::{cue_at, np_after, np_before, object_after, Np, NpKind};
use crate::lexicon;
use crate::mentions::in_quote;
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, TokKind};

/// One reported-speech finding in a sentence.
#[derive(Debug, Clone)]
pub struct Found {
    pub np: Option<Np>,
    /// Cue token range.
    pub cue: (usize, usize),
    /// Content byte spans (one, or two for `A, X said, B`).
    pub spans: Vec<(usize, usize)>,
}

/// Source heads that are documents, not speakers: "the agreement says".
const DOCUMENT_HEADS: &[&str] = &[
    "agreement", "report", "document", "documents", "study", "data", "poll", "law", "treaty", "bill", "survey",
    "letter", "filing", "website", "page", "article", "book", "text", "plan", "proposal", "ruling", "memo", "rules",
];

/// Temporal and setting adverbials allowed between a cue and its content.
const ADVERBIAL_STARTS: &[&str] = &[
    "on", "in", "at", "this", "last", "late", "early", "earlier", "later", "during", "after", "before", "yesterday",
    "today", "tonight", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday", "separately",
    "privately", "publicly", "repeatedly", "again", "recently", "also", "previously", "then", "overnight", "while",
    "when", "upon", "from", "via", "over", "to",
];

fn lower(doc: &Doc, i: usize) -> String {
    doc.tok(i).to_lowercase().replace('’', "'")
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

/// Finds reported speech in sentence `s`.
pub fn find_in_sentence(doc: &Doc, s: usize, quotes: &[QuoteSpan]) -> Vec<Found> {
    let sent = &doc.sentences[s];
    let (lo, hi) = (sent.tokens.start, sent.tokens.end);
    let mut out = Vec::new();
    // Skip sentences that are mostly a direct quote: their cue belongs to
    // the quote, not to reported speech.
    let mut last_np: Option<Np> = None;
    let mut i = lo;
    while i < hi {
        if in_quote(quotes, doc.tokens[i].start) {
            i += 1;
            continue;
        }
        let w = lower(doc, i);
        // "Asked whether …" reports a question, not speech.
        if i == lo && w == "asked" {
            return out;
        }
        if w == "according" && i + 1 < hi && lower(doc, i + 1) == "to" {
            if let Some(f) = according_to(doc, lo, hi, i, quotes) {
                i = hi;
                out.push(f);
                continue;
            }
        }
        let Some(verb_end) = cue_at(doc, i, hi) else {
            i += 1;
            continue;
        };
        let participle = w.ends_with("ing");
        let after_comma = i > lo && doc.tok(i - 1) == ",";
        let mut np = np_before(doc, lo, i);
        // Coordinated verbs share the subject: "X reiterated …, and said …".
        if np.is_none() && i > lo && matches!(lower(doc, i - 1).as_str(), "and" | "but") {
            np = last_np;
        }
        // A cue right after a quote attributes the quote, not a report:
        // "“…,” the official said at the meeting that Rubio attended."
        let np_first = np.map_or(i, |n| n.first);
        if np_first >= lo + 2 && doc.tok(np_first - 1) == "," && doc.tokens[np_first - 2].kind == TokKind::Mark {
            i = verb_end;
            continue;
        }
        if i >= lo + 2 && doc.tok(i - 1) == "," && doc.tokens[i - 2].kind == TokKind::Mark {
            i = verb_end;
            continue;
        }
        // An -s form right after a determiner or possessive is a noun
        // ("his comments", "Rubio's remarks").
        if np.is_none() && !participle {
            let inverted = after_comma && np_after(doc, verb_end, hi, true).is_some();
            if !inverted {
                i = verb_end;
                continue;
            }
        }
        if participle {
            if !after_comma && np.is_none() {
                i = verb_end;
                continue;
            }
            if np.is_none() || after_comma {
                np = last_np;
            }
        }
        if let Some(n) = np {
            let head = lower(doc, n.last - 1);
            if DOCUMENT_HEADS.contains(&head.as_str()) {
                i = verb_end;
                continue;
            }
        }
        let cue_end = object_end(doc, i, verb_end, hi);
        let inverted_np = if np.is_none() { np_after(doc, verb_end, hi, true) } else { None };
        let mut spans = Vec::new();
        let np_first = np.map_or(i, |n| n.first);
        // `CLAUSE, X said.` / `CLAUSE, said X.` — the clause before.
        let before_comma = np_first > lo && doc.tok(np_first - 1) == ",";
        let inverted = inverted_np.is_some() && after_comma;
        // The cue ends its clause ("…, X said." or "…, X said at the
        // meeting, …"): the content is the clause before it.
        let after_cue = if inverted { inverted_np.map_or(cue_end, |n| n.last) } else { cue_end };
        let rest_at = skip_adverbial(doc, after_cue, hi);
        let cue_ends_clause = rest_at >= hi || matches!(doc.tok(rest_at), "," | "." | "!" | "?" | ";");
        if ((before_comma && !participle) || inverted) && cue_ends_clause {
            let comma = if inverted { i - 1 } else { np_first - 1 };
            if let Some(sp) = clause_span(doc, lo, comma, quotes) {
                spans.push(sp);
            }
            // `A, X said at the meeting, B.`
            let after = if inverted { inverted_np.map_or(cue_end, |n| n.last) } else { cue_end };
            let rest = skip_adverbial(doc, after, hi);
            if rest < hi && doc.tok(rest) == "," && !spans.is_empty() {
                if let Some(sp) = content_after(doc, rest + 1, hi, quotes) {
                    spans.push(sp);
                }
            }
        } else {
            let start = content_start(doc, cue_end, hi);
            if let Some(sp) = start.and_then(|st| content_after(doc, st, hi, quotes)) {
                spans.push(sp);
            }
        }
        let np = np.or(inverted_np);
        if np.is_some() {
            last_np = np;
        }
        if !spans.is_empty() {
            out.push(Found { np, cue: (i, cue_end), spans });
        }
        // Continue after the content: a later cue may start another report.
        i = cue_end;
        if let Some(&(_, end)) = out.last().and_then(|f| f.spans.last()) {
            i = doc.token_at_or_after(end).max(cue_end);
        }
    }
    out
}

/// Where a reporting verb's object ends: "told reporters", "accused
/// Russia" (the object stays in the content for accuse/urge/call).
fn object_end(doc: &Doc, first: usize, end: usize, hi: usize) -> usize {
    let verb = lower(doc, first);
    if matches!(verb.as_str(), "told" | "tell" | "tells" | "telling" | "briefed" | "assured" | "reminded" | "informed" | "warned" | "promised") {
        if let Some(obj) = object_after(doc, end, hi) {
            return obj;
        }
        if let Some(np) = np_after(doc, end, hi, false) {
            return np.last;
        }
        if end < hi && matches!(lower(doc, end).as_str(), "reporters" | "journalists" | "lawmakers" | "parliament" | "congress") {
            return end + 1;
        }
    }
    end
}

/// Skips a short adverbial ("on Friday", "in a statement", "this week").
fn skip_adverbial(doc: &Doc, mut j: usize, hi: usize) -> usize {
    let limit = (j + 12).min(hi);
    if j < hi && ADVERBIAL_STARTS.contains(&lower(doc, j).as_str()) {
        while j < limit && doc.tokens[j].kind == TokKind::Word && lower(doc, j) != "that" {
            j += 1;
        }
    }
    j
}

/// Where the reported content starts after a cue: after "that" and any
/// adverbial before it.
fn content_start(doc: &Doc, cue_end: usize, hi: usize) -> Option<usize> {
    let mut j = cue_end;
    // "said on Friday that …" / "said in a statement that …".
    let limit = (j + 10).min(hi);
    if let Some(t) = (j..limit).find(|&k| lower(doc, k) == "that") {
        let clean = (j..t).all(|k| doc.tokens[k].kind == TokKind::Word);
        if clean && (t == j || ADVERBIAL_STARTS.contains(&lower(doc, j).as_str())) {
            return Some(t + 1);
        }
    }
    j = skip_adverbial(doc, j, hi);
    if j < hi && doc.tok(j) == "," {
        return None;
    }
    (j < hi).then_some(j)
}

/// The reported content from token `st` to the end of the clause.
fn content_after(doc: &Doc, st: usize, hi: usize, quotes: &[QuoteSpan]) -> Option<(usize, usize)> {
    if st >= hi {
        return None;
    }
    if matches!(doc.tok(st), ":" | "," | ";") {
        return None;
    }
    let mut end = hi;
    let mut k = st + 1;
    while k < hi {
        let t = doc.tok(k);
        if in_quote(quotes, doc.tokens[k].start) {
            k += 1;
            continue;
        }
        if t == ";" {
            end = k;
            break;
        }
        // ", adding …" / ", saying …" start a new report.
        if t == "," && k + 1 < hi && lower(doc, k + 1).ends_with("ing") && cue_at(doc, k + 1, hi).is_some() {
            end = k;
            break;
        }
        if t == "," && k + 2 < hi && lower(doc, k + 1) == "according" {
            end = k;
            break;
        }
        k += 1;
    }
    span_of(doc, st, end, quotes)
}

/// The clause before a comma: `CLAUSE, X said`.
fn clause_span(doc: &Doc, lo: usize, comma: usize, quotes: &[QuoteSpan]) -> Option<(usize, usize)> {
    // Start after the last cue-free boundary: a previous quote or a colon.
    let mut st = lo;
    for k in (lo..comma).rev() {
        if matches!(doc.tok(k), ";" | ":") {
            st = k + 1;
            break;
        }
    }
    span_of(doc, st, comma, quotes)
}

/// Byte span of tokens `st..end`, trimmed of a final terminator, rejected
/// when too short or when it is all one direct quote.
fn span_of(doc: &Doc, st: usize, mut end: usize, quotes: &[QuoteSpan]) -> Option<(usize, usize)> {
    while end > st && (matches!(doc.tok(end - 1), "," | ":" | "—" | "–") || is_terminal(doc.tok(end - 1))) {
        end -= 1;
    }
    if end <= st {
        return None;
    }
    let words = (st..end).filter(|&k| doc.tokens[k].kind == TokKind::Word).count();
    if words < 2 {
        return None;
    }
    let (bs, be) = (doc.tokens[st].start, doc.tokens[end - 1].end);
    // Everything reported is inside one quote: the quote says it all.
    if quotes.iter().any(|q| q.parent.is_none() && q.outer_start <= bs && q.outer_end >= be && q.kind != crate::QuoteKind::Unmarked) {
        return None;
    }
    // A quote's content already covers it (a direct quote sentence).
    let inside = (st..end).filter(|&k| in_quote(quotes, doc.tokens[k].start)).count();
    if inside * 10 >= (end - st) * 9 {
        return None;
    }
    Some((bs, be))
}

/// `According to X, CLAUSE` and `CLAUSE, according to X`.
fn according_to(doc: &Doc, lo: usize, hi: usize, i: usize, quotes: &[QuoteSpan]) -> Option<Found> {
    let np = np_after(doc, i + 2, hi, true).or_else(|| {
        // "according to two people familiar with the talks".
        let mut j = i + 2;
        while j < hi && doc.tokens[j].kind == TokKind::Word {
            j += 1;
        }
        np_before(doc, i + 2, j)
    });
    let np_end = np.map_or(i + 2, |n| n.last);
    let mut after = np_end;
    while after < hi && doc.tok(after) != "," && doc.tokens[after].kind == TokKind::Word {
        after += 1;
    }
    let spans = if i == lo || (i == lo + 1 && !lexicon::cue_verbs().contains(doc.tok(lo))) {
        if after < hi && doc.tok(after) == "," {
            content_after(doc, after + 1, hi, quotes).into_iter().collect()
        } else {
            Vec::new()
        }
    } else if doc.tok(i - 1) == "," {
        clause_span(doc, lo, i - 1, quotes).into_iter().collect()
    } else {
        Vec::new()
    };
    if spans.is_empty() {
        return None;
    }
    let np = np.filter(|n| n.kind != NpKind::Pronoun || n.first < n.last);
    Some(Found { np, cue: (i, i + 2), spans })
}
