//! Quotes inside quotes: the words the outer speaker puts in someone
//! else's mouth ("… he said, ‘we're done’ …").

use super::phrases::{self, cue_after, cue_before, Np, NpKind};
use super::resolve::{resolve, Resolver};
use super::{span, Attributed};
use crate::lexicon;
use crate::mentions::{Entities, Mention, MentionKind};
use crate::quotes::QuoteSpan;

/// A quote inside a quote belongs to whoever the outer speaker puts the
/// words in the mouth of — named by a cue inside the outer quote ("…
/// Reyes told me, ‘We're done’ …"), or the outer speaker's own when the
/// cue's subject is "I". Without such a cue it is nobody in particular,
/// and stays unattributed. (Rare: kept out of `attribute_quote`'s hot code.)
#[cold]
#[inline(never)]
#[allow(clippy::too_many_arguments)]
pub(super) fn attribute_nested(
    r: &mut Resolver,
    q: &QuoteSpan,
    parent: &QuoteSpan,
    outer_speaker: Option<usize>,
    s: usize,
    p_idx: usize,
    ents: &mut Entities,
    mut a: Attributed,
) -> Attributed {
    let doc = r.doc;
    let sent = &doc.sentences[s];
    let lo = doc.token_at_or_after(parent.start).max(sent.tokens.start);
    let hi = doc.token_at_or_after(parent.end).min(doc.sentences[doc.sentence_at(q.outer_end.saturating_sub(1))].tokens.end);
    let before_hi = doc.token_at_or_after(q.outer_start);
    let after_lo = doc.token_at_or_after(q.outer_end);
    // Inside the outer quote nothing else is "in a quote": search its text
    // as plain prose, without the quote list.
    let cue = cue_after(doc, after_lo, hi).filter(|c| c.np.is_some()).or_else(|| cue_before(doc, lo, before_hi, &[]));
    // "It feels like, ‘Meh, we can wait,’" he said; "the term ‘rural
    // outreach’": words in marks that no one inside the quote is said to
    // have spoken are the outer speaker's own.
    let Some(c) = cue else {
        // "I heard somebody yelling ‘Stop!’": someone else's words all the same.
        // ("read you the question: ‘…’" is the outer speaker reading.)
        let someone = (lo.max(before_hi.saturating_sub(4))..before_hi).any(|j| {
            let w = doc.lower(j);
            w.as_str() != "you" && lexicon::generic_speakers().contains(&w)
        });
        if outer_speaker.is_some() && !someone {
            a.speaker = outer_speaker;
            a.confidence = 0.4;
        }
        return a;
    };
    // "you"/"I"/"we" inside a quote are the outer speaker's own deixis;
    // "people say" is nobody in particular.
    let generic = |np: &Np| match np.kind {
        NpKind::Pronoun => !matches!(phrases::pronoun_at(doc, np.first), Some("he" | "she")),
        _ => np.last == np.first + 1 && lexicon::generic_speakers().contains(doc.tok(np.first)),
    };
    // "I told her, ‘Sign us up’": the outer speaker quoting themselves.
    if let (Some(np), Some(outer)) = (c.np, outer_speaker) {
        if np.kind == NpKind::Pronoun && doc.tok(np.first) == "I" {
            ents.list[outer].mentions.push(Mention {
                start: doc.tokens()[np.first].start,
                end: doc.tokens()[np.first].end,
                kind: MentionKind::Pronoun,
            });
            a.speaker = Some(outer);
            a.source = Some(span(doc, np.first, np.last));
            a.cue = Some(span(doc, c.first, c.last));
            a.confidence = 0.6;
            return a;
        }
    }
    let Some(np) = c.np.filter(|np| !generic(np)) else { return a };
    let resolved = if np.kind == NpKind::Pronoun {
        // "… the president is at a point where he's going to say, ‘…’":
        // a speaker's "he" is someone else, most likely the person the
        // quote itself just mentioned.
        let mentioned = (lo..np.first).rev().find_map(|j| {
            let description =
                lexicon::is_title_head(doc.tok(j)) && j > lo && matches!(doc.lower(j - 1).as_str(), "the" | "our" | "my" | "your");
            let np = Np { first: j - usize::from(description), last: j + 1, kind: NpKind::Description };
            description.then(|| resolve(r, np, s, p_idx, ents, &[])).flatten()
        });
        let src = span(doc, np.first, np.last);
        // Otherwise by salience, but never the outer speaker, and without
        // learning a gender from a guess.
        let guess = || {
            let w = phrases::pronoun_at(doc, np.first).unwrap_or_default();
            r.pronoun(w, src.0, s, p_idx, ents, &[], outer_speaker)
        };
        let found = mentioned.map(|(e, _)| e).or_else(guess);
        if let Some(e) = found {
            ents.list[e].mentions.push(Mention { start: src.0, end: src.1, kind: MentionKind::Pronoun });
        }
        found.map(|e| (e, src))
    } else {
        resolve(r, np, s, p_idx, ents, &[])
    };
    if let Some((e, src)) = resolved {
        a.speaker = Some(e);
        a.source = Some(src);
        a.cue = Some(span(doc, c.first, c.last));
        a.confidence = 0.6;
    }
    a
}
