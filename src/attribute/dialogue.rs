//! Dialogue: paragraphs of bare quotes that take turns.
//!
//! Features and interviews print conversations as one quote per paragraph
//! with no cue. News convention gives such a paragraph to the previous
//! speaker (a quote continued), but in a dialogue the turns alternate, and
//! the text says so in two ways, both read here:
//! - a form of address: in `“Thanks, Samir.”` the speaker is not Samir,
//!   and the next bare turn is Samir's reply;
//! - a question put with "asks"/"asked": the bare turn after it answers.
//!
//! Only runs of consecutive quote-opened paragraphs that show one of these
//! signs are changed; a plain run of bare quotes stays a continuation.

use super::Attributed;
use crate::mentions::Entities;
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, TokKind};
use crate::{PersonKind, QuoteKind};

/// One paragraph-opening quote: its attribution, paragraph and shape.
struct Turn {
    /// Index into the attributed list.
    at: usize,
    para: usize,
    /// The paragraph holds nothing but this quote.
    alone: bool,
    cued: bool,
    /// Its content ends in a question mark.
    question: bool,
    /// The person it addresses by name (looked for only in runs of two
    /// or more turns, the only ones that can be a dialogue).
    addressee: Option<usize>,
    /// Index of its quote.
    quote: usize,
}

/// Reassigns the bare turns of dialogue runs; `out` is sorted by start.
pub(crate) fn assign_turns(doc: &Doc, quotes: &[QuoteSpan], out: &mut [Attributed], ents: &Entities) {
    let names = NameIndex::new(ents);
    let mut turns = collect_turns(doc, quotes, out);
    let mut i = 0;
    while i < turns.len() {
        let mut j = i + 1;
        while j < turns.len() && turns[j].para == turns[j - 1].para + 1 {
            j += 1;
        }
        if j - i >= 2 {
            assign_run(doc, quotes, &names, &mut turns[i..j], out, ents);
        }
        i = j;
    }
}

/// The attribution of quote `q` that passes `want`, from `from`, the first
/// one not starting before it (`out` is sorted by start).
fn attributed(out: &[Attributed], from: usize, q: &QuoteSpan, want: impl Fn(&Attributed) -> bool) -> Option<usize> {
    (from..out.len()).take_while(|&i| out[i].start == q.start).find(|&i| out[i].end == q.end && want(&out[i]))
}

fn collect_turns(doc: &Doc, quotes: &[QuoteSpan], out: &[Attributed]) -> Vec<Turn> {
    // (At most one turn per quote: sized once, not grown.)
    let mut turns: Vec<Turn> = Vec::with_capacity(quotes.len());
    // The quotes come in text order: each one's paragraph and first
    // attribution are walked to from the last one's, not searched for
    // (both walks go either way, so they end where the searches would).
    let (mut para, mut from) = (0, 0);
    for (qi, q) in quotes.iter().enumerate().filter(|(_, q)| q.parent.is_none() && q.kind != QuoteKind::Unmarked && q.label.is_none()) {
        let pos = q.outer_start;
        while para + 1 < doc.paragraphs.len() && doc.paragraphs[para + 1].start <= pos {
            para += 1;
        }
        while para > 0 && doc.paragraphs[para].start > pos {
            para -= 1;
        }
        let p = &doc.paragraphs[para];
        if p.chrome || turns.last().is_some_and(|t| t.para == para) || !super::blank(&doc.text()[p.start..q.outer_start]) {
            continue;
        }
        while from < out.len() && out[from].start < q.start {
            from += 1;
        }
        while from > 0 && out[from - 1].start >= q.start {
            from -= 1;
        }
        let Some(at) = attributed(out, from, q, |a| a.kind != QuoteKind::Indirect) else { continue };
        let content = doc.text()[q.start..q.end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
        turns.push(Turn {
            at,
            para,
            alone: super::blank(&doc.text()[q.outer_end.min(p.end)..p.end]),
            cued: out[at].cue.is_some(),
            question: content.ends_with('?'),
            addressee: None,
            quote: qi,
        });
    }
    turns
}

/// The person a quote addresses: a name standing alone between commas or
/// at the quote's edge ("…, Omar, and …", "Thanks, Samir.", "Pat, …").
fn addressee(doc: &Doc, q: &QuoteSpan, names: &NameIndex) -> Option<usize> {
    let (first, last) = (doc.token_at_or_after(q.start), doc.token_at_or_after(q.end));
    (first..last).find_map(|k| {
        let t = &doc.tokens()[k];
        if t.kind != TokKind::Word || !doc.is_cap(k) || doc.tok(k) == "I" {
            return None;
        }
        let before_ok = k > first && doc.tok(k - 1) == ",";
        let edge_start = k == first && k + 1 < last && doc.tok(k + 1) == ",";
        let after_ok = k + 1 == last || matches!(doc.tok(k + 1), "," | "." | "?" | "!");
        if !((before_ok && after_ok) || edge_start) {
            return None;
        }
        names.person(doc.tok(k))
    })
}

/// People by the first and last words of their names, built once per
/// document so that each possible form of address is one binary search;
/// built at the first such form, as most documents have none.
struct NameIndex<'e> {
    ents: &'e Entities,
    words: std::cell::OnceCell<Vec<(&'e str, usize)>>,
}

impl<'e> NameIndex<'e> {
    fn new(ents: &'e Entities) -> Self {
        NameIndex { ents, words: std::cell::OnceCell::new() }
    }

    fn words(ents: &'e Entities) -> Vec<(&'e str, usize)> {
        let mut words: Vec<(&str, usize)> = Vec::new();
        for (i, e) in ents.list.iter().enumerate() {
            if e.kind != PersonKind::Person || e.place_like {
                continue;
            }
            let mut parts = e.name.split_whitespace();
            let first = parts.next();
            let last = parts.next_back();
            words.extend(first.into_iter().chain(last).map(|w| (w, i)));
        }
        crate::compact_sort::sort_unstable(&mut words);
        words.dedup();
        words
    }

    /// The person whose first or last name is `word`, when only one is.
    fn person(&self, word: &str) -> Option<usize> {
        let words = self.words.get_or_init(|| Self::words(self.ents));
        let from = words.partition_point(|&(w, _)| w < word);
        let mut hits = words[from..].iter().take_while(|&&(w, _)| w == word);
        let (_, e) = *hits.next()?;
        hits.next().is_none().then_some(e)
    }
}

/// The speaker of each turn in one run of consecutive quote paragraphs.
fn assign_run(doc: &Doc, quotes: &[QuoteSpan], names: &NameIndex, run: &mut [Turn], out: &mut [Attributed], ents: &Entities) {
    let asked = |t: &Turn| {
        t.question
            && t.cued
            && out[t.at].cue.is_some_and(|(a, b)| matches!(doc.text()[a..b].to_lowercase().as_str(), "asks" | "asked" | "ask" | "pressed"))
    };
    // Whether the run is a dialogue is read from the bare turns'
    // addressees: the other turns' are looked for only in a dialogue.
    let bare = |t: &Turn| t.alone && !t.cued;
    for t in run.iter_mut().filter(|t| bare(t)) {
        t.addressee = addressee(doc, &quotes[t.quote], names);
    }
    let dialogue = run.iter().any(|t| t.addressee.is_some() && bare(t)) || run.iter().any(asked);
    if run.len() < 2 || !dialogue {
        return;
    }
    for t in run.iter_mut().filter(|t| !bare(t)) {
        t.addressee = addressee(doc, &quotes[t.quote], names);
    }
    let run = &*run;
    // Who has taken part so far, latest last: people named in the
    // paragraph before the run, then each turn's speaker and addressee.
    let mut recent: Vec<usize> = speakers_before(out, run[0].at);
    recent.extend(people_before(doc, run[0].para, ents));
    let partner = |recent: &[usize], not: usize| recent.iter().rev().copied().find(|&e| e != not);
    // "“Is it true you're going?” asks a woman in a red coat": a newcomer's
    // question goes to the person the story is about — of those taking
    // part, the one mentioned most so far.
    let salient = |recent: &[usize], not: usize, before: usize| {
        let count = |e: usize| ents.list[e].mentions.iter().filter(|m| m.start < before).count();
        recent.iter().rev().copied().filter(|&e| e != not).max_by_key(|&e| count(e))
    };
    let asked: Vec<bool> = run.iter().map(asked).collect();
    let mut prev: Option<(Option<usize>, bool)> = None;
    let mut newcomer_asked = false;
    for (n, t) in run.iter().enumerate() {
        let bare = t.alone && !t.cued;
        if bare {
            let by_address = t.addressee.and_then(|x| partner(&recent, x));
            // A reply to the previous turn: its speaker's partner.
            let by_turn =
                prev.and_then(|(s, _)| s).and_then(
                    |s| {
                        if newcomer_asked {
                            salient(&recent, s, out[t.at].start)
                        } else {
                            partner(&recent, s)
                        }
                    },
                );
            let speaker = by_address.or(by_turn);
            if speaker.is_some() {
                out[t.at].speaker = speaker;
                out[t.at].source = None;
                out[t.at].confidence = 0.5;
            }
        }
        let speaker = out[t.at].speaker;
        newcomer_asked = asked[n] && speaker.is_some_and(|s| !recent.contains(&s));
        if let Some(s) = speaker {
            recent.push(s);
        }
        if let Some(x) = t.addressee {
            recent.push(x);
            // Addressed last, the addressee answers next.
            if speaker.is_some() {
                recent.retain(|&e| e != x);
                recent.push(x);
            }
        }
        prev = Some((speaker, t.question));
    }
}

/// The last two people who spoke before attribution `at`, earlier first.
fn speakers_before(out: &[Attributed], at: usize) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    for s in out[..at].iter().rev().filter(|a| !a.nested).filter_map(|a| a.speaker) {
        if !found.contains(&s) {
            found.push(s);
            if found.len() == 2 {
                break;
            }
        }
    }
    found.reverse();
    found
}

/// People named in the paragraph before `para`, in order of mention.
fn people_before(doc: &Doc, para: usize, ents: &Entities) -> Vec<usize> {
    let Some(p) = para.checked_sub(1).map(|i| &doc.paragraphs[i]) else { return Vec::new() };
    let from = ents.names.partition_point(|n| n.start < p.start);
    ents.names[from..]
        .iter()
        .take_while(|n| n.start < p.end)
        .map(|n| n.entity)
        .filter(|&e| ents.list[e].kind == PersonKind::Person && !ents.list[e].place_like)
        .collect()
}

/// Interviews printed as `Q:` / `A:` turns: the questions are the
/// interviewer's, the answers the interviewee's. The introduction names
/// both: the interviewer next to a word of the trade ("our reporter Ana
/// Ruiz", "Ana Ruiz, editor of …") or a verb of interviewing ("spoke to",
/// "sat down with"), the interviewee as the person it names most.
pub(crate) fn assign_interview(doc: &Doc, quotes: &[QuoteSpan], out: &mut [Attributed], ents: &Entities) {
    let label = |q: &QuoteSpan| q.label.map(|(a, b)| doc.text()[a..b].trim().to_owned());
    let Some(first) = quotes.iter().find(|q| matches!(label(q).as_deref(), Some("Q" | "A"))) else { return };
    let intro_end = first.outer_start;
    let upto = ents.names.partition_point(|n| n.start < intro_end);
    let intro = &ents.names[..upto];
    let is_person = |e: usize| ents.list[e].kind == PersonKind::Person && !ents.list[e].place_like;
    let interviewer = intro
        .iter()
        .rev()
        .map(|n| n.entity)
        .find(|&e| is_person(e) && ents.list[e].mentions.iter().any(|m| m.start < intro_end && interviews_near(doc, m.start, m.end)));
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for n in intro.iter().filter(|n| is_person(n.entity) && Some(n.entity) != interviewer) {
        match counts.iter_mut().find(|(e, _)| *e == n.entity) {
            Some((_, c)) => *c += 1,
            None => counts.push((n.entity, 1)),
        }
    }
    // Most mentions; the first named wins a tie.
    let interviewee = counts.iter().rev().max_by_key(|(_, c)| *c).map(|(e, _)| *e);
    for q in quotes {
        let who = match label(q).as_deref() {
            Some("Q") => interviewer,
            Some("A") => interviewee,
            _ => continue,
        };
        if let Some(i) = attributed(out, out.partition_point(|a| a.start < q.start), q, |a| a.speaker.is_none()) {
            out[i].speaker = who;
            out[i].confidence = 0.5;
        }
    }
}

/// Whether the words around a name mention say that person interviews:
/// a word of the trade just before or after it, or a verb of
/// interviewing right after.
fn interviews_near(doc: &Doc, start: usize, end: usize) -> bool {
    const TRADE: &[&str] =
        &["reporter", "correspondent", "editor", "writer", "interviewer", "journalist", "columnist", "host", "presenter"];
    const VERBS: &[&str] = &["spoke", "talked", "interviewed", "asked", "sat", "met"];
    let (a, b) = (doc.token_at_or_after(start), doc.token_at_or_after(end));
    let before = (a.saturating_sub(3)..a).any(|k| TRADE.contains(&doc.lower(k).as_str()));
    let after = (b..(b + 4).min(doc.tokens().len())).any(|k| {
        let w = doc.lower(k);
        TRADE.contains(&w.as_str()) || (k < b + 2 && VERBS.contains(&w.as_str()))
    });
    before || after
}

#[cfg(test)]
mod tests {
    use crate::{annotate, OffsetUnit, Options, QuoteKind};

    /// The name of the speaker `text`'s annotation gives the quote that
    /// starts with a prefix, asked of the function returned.
    fn speakers(text: &str) -> impl Fn(&str) -> Option<String> {
        let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, indirect: true, repair: true });
        move |prefix| {
            let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect && q.text.starts_with(prefix)).expect("quote");
            q.speaker.map(|s| a.people[s].name.to_string())
        }
    }

    /// A bare turn addressing someone by name is not theirs, and the bare
    /// turn after it is their reply: the addressee is looked for in a run
    /// of turns.
    #[test]
    fn a_form_of_address_in_a_run_gives_the_reply_to_the_addressee() {
        let text = "Maria Costa met Samir Haddad at the market on Sunday.\n\n\
             “Good morning, Samir.”\n\n\
             “Good morning to you.”\n";
        let speaker = speakers(text);
        assert_eq!(speaker("Good morning, Samir").as_deref(), Some("Maria Costa"));
        assert_eq!(speaker("Good morning to you").as_deref(), Some("Samir Haddad"));
    }

    /// In a dialogue, a cued turn's form of address counts too (looked
    /// for once the bare turns make the run a dialogue): Samir answers
    /// Maria by name, so the bare turn after his is hers.
    #[test]
    fn a_cued_turn_addressing_someone_passes_the_next_turn_to_them() {
        let text = "Maria Costa met Samir Haddad and Omar Nasser at the market on Sunday.\n\n\
             “Good morning, Samir.”\n\n\
             “Good morning, Maria,” Samir Haddad said.\n\n\
             “How are you?”\n";
        let speaker = speakers(text);
        assert_eq!(speaker("Good morning, Maria").as_deref(), Some("Samir Haddad"));
        assert_eq!(speaker("How are you").as_deref(), Some("Maria Costa"));
    }
}
