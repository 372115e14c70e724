//! Stage 7: the public result, in the format of `docs/format.md`.
//!
//! Internal spans are byte ranges in the repaired text. Here they are mapped
//! back to the text as pasted and converted, once, to the caller's unit;
//! every `text` field is the pasted text sliced at its span.

use serde::{Deserialize, Serialize};

use crate::attribute::Attributed;
use crate::mentions::{Entity, Mention, MentionKind};
use crate::normalise::Text;
use crate::offsets::OffsetTable;
use crate::segment::Doc;
use crate::short_str::ShortStr;
use crate::{OffsetUnit, Options, PersonKind, QuoteKind};

/// Format version: bumped on any breaking change to the JSON.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// Most span texts are a few words: kept inline, not allocated.
    pub text: ShortStr,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutQuote {
    pub start: usize,
    pub end: usize,
    pub text: ShortStr,
    pub kind: QuoteKind,
    /// Index into `people`; `None` when the text attributes it to nobody.
    pub speaker: Option<usize>,
    /// The mention that attributes the quote ("he", "the official").
    pub source: Option<Span>,
    /// The reporting verb or phrase ("said", "told reporters").
    pub cue: Option<Span>,
    /// Inside another quote's marks.
    pub nested: bool,
    /// How sure the engine is of the speaker, 0–1.
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutPerson {
    pub name: ShortStr,
    pub kind: PersonKind,
    pub mentions: Vec<Span>,
    pub positions: Vec<Span>,
    /// How many quotes name this person as speaker.
    pub quotes: usize,
    /// For a group ("Trump and his envoy Steve Witkoff"): indices into
    /// `people` of the members the text names, who share its quotes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<usize>,
}

/// Something the reader should know about how the text was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    /// `repaired` (mis-decoded marks fixed), `markup` (read as HTML) or
    /// `chrome` (site furniture skipped).
    pub kind: String,
    pub message: String,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    pub version: u32,
    pub offsets: OffsetUnit,
    pub quotes: Vec<OutQuote>,
    pub people: Vec<OutPerson>,
    /// The repaired reading the analysis ran on, when it differs.
    pub repaired: Option<String>,
    pub notices: Vec<Notice>,
}

/// Builds the public result. Takes the entities: their names move into it
/// uncopied.
pub fn build(text: &Text, doc: &Doc, quotes: &[Attributed], mut entities: Vec<Entity>, options: &Options) -> Annotations {
    // Per entity: how many quotes name it as speaker, and its index in
    // `people` once kept (one vector for both, sized once).
    let mut slots: Vec<(usize, Option<usize>)> = vec![(0, None); entities.len()];
    for q in quotes {
        if let Some(s) = q.speaker {
            slots[s].0 += 1;
        }
    }
    // Speakers and named people with a position are kept, and so are the
    // members of a kept group: the group's words are theirs too. (A kept
    // entity's index is a placeholder until all are known.)
    for (slot, e) in slots.iter_mut().zip(&entities) {
        if slot.0 > 0 || (!e.positions.is_empty() && e.mentions.iter().any(|m| m.kind != MentionKind::Pronoun)) {
            slot.1 = Some(0);
        }
    }
    for (i, e) in entities.iter().enumerate() {
        if slots[i].1.is_some() {
            for &m in &e.members {
                slots[m].1 = Some(0);
            }
        }
    }
    let mut kept = 0;
    for slot in slots.iter_mut().filter(|s| s.1.is_some()) {
        slot.1 = Some(kept);
        kept += 1;
    }
    let new_index = |i: usize| slots[i].1;

    // Pronoun mentions are shown only where they attribute a quote.
    let mut source_spans: Vec<(usize, usize)> = Vec::with_capacity(quotes.len());
    source_spans.extend(quotes.iter().filter_map(|q| q.source));
    crate::compact_sort::sort_unstable(&mut source_spans);
    // Each speaker's sources, by speaker: a source is always among its
    // speaker's mentions, even one no mention was made for (an "I" inside
    // a Q&A answer, the answer's speaker).
    let mut sources_of: Vec<(usize, (usize, usize))> = Vec::with_capacity(quotes.len());
    sources_of.extend(quotes.iter().filter_map(|q| Some((q.speaker?, q.source?))));
    crate::compact_sort::sort_unstable(&mut sources_of);

    let chrome: Vec<(usize, usize)> = doc.paragraphs.iter().filter(|p| p.chrome).map(|p| (p.start, p.end)).collect();

    let orig = |(s, e): (usize, usize)| (text.to_original(s, false), text.to_original(e, true));
    let table = OffsetTable::new(text.original, options.offsets);
    // A span's offsets, converted and in the original text: spans that
    // may repeat are sorted and deduplicated as these, so a text is copied
    // only for the spans kept.
    let at = |r: (usize, usize)| {
        let (s, e) = orig(r);
        (table.get(s), table.get(e), s, e)
    };
    let span_at =
        |(start, end, s, e): (usize, usize, usize, usize)| Span { start, end, text: text.original.get(s..e).unwrap_or("").into() };
    let span = |r: (usize, usize)| span_at(at(r));
    // (Room for most people's mentions: reused, and seldom regrown.)
    let mut spans = Vec::with_capacity(16);

    let out_quotes = quotes
        .iter()
        .map(|q| {
            let Span { start, end, text } = span((q.start, q.end));
            OutQuote {
                start,
                end,
                text,
                kind: q.kind,
                speaker: q.speaker.and_then(new_index),
                source: q.source.map(span),
                cue: q.cue.map(span),
                nested: q.nested,
                confidence: q.confidence,
            }
        })
        .collect();

    let mut people = Vec::with_capacity(kept);
    people.extend((0..entities.len()).filter(|&i| slots[i].1.is_some()).map(|i| {
        let name = std::mem::take(&mut entities[i].name);
        let e = &entities[i];
        spans.clear();
        let source = |m: &Mention| source_spans.binary_search(&(m.start, m.end)).is_ok();
        // A description inside one of the person's titles and longer than
        // it nowhere ("presumptive Republican" inside "presumptive
        // Republican presidential nominee") is a piece of that title, not a
        // mention — unless a quote names it as its source. (Titles sorted
        // by start; a description asks the few that start before it.)
        let mut titles: Vec<(usize, usize)> = e.positions.iter().copied().collect();
        crate::compact_sort::sort_unstable(&mut titles);
        let covered = |m: &Mention| {
            let upto = titles.partition_point(|t| t.0 <= m.start);
            m.kind == MentionKind::Description && titles[..upto].iter().rev().take(8).any(|&t| t.1 >= m.end && t != (m.start, m.end))
        };
        let shown = |m: &&Mention| (m.kind != MentionKind::Pronoun || source(m)) && (!covered(m) || source(m));
        spans.extend(e.mentions.iter().filter(shown).map(|m| at((m.start, m.end))));
        let from = sources_of.partition_point(|s| s.0 < i);
        // (All of them: the sort below drops repeats, where a search of the
        // mentions for each would be quadratic in a person named often.)
        spans.extend(sources_of[from..].iter().take_while(|s| s.0 == i).map(|s| at(s.1)));
        // Only exact repeats go: a source must stay among the mentions
        // even when a longer one starts at the same place ("HE" in "HE E:").
        crate::compact_sort::sort_by_key(&mut spans, |s| (s.0, s.1));
        spans.dedup_by_key(|s| (s.0, s.1));
        let mentions = spans.iter().map(|&s| span_at(s)).collect();
        spans.clear();
        // A description that refers to the person is a mention and may be a
        // title too, but a title that only overlaps one kept above ("Sen.
        // co-founder" over the source "co-founder") would hold a piece of a
        // mention: left out. (Descriptions sorted by start; a title asks the few that
        // start before its end.)
        let mut described: Vec<(usize, usize)> = e
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Description && (!covered(m) || source(m)))
            .map(|m| (m.start, m.end))
            .collect();
        crate::compact_sort::sort_unstable(&mut described);
        let overlaps = |p: (usize, usize)| {
            let upto = described.partition_point(|d| d.0 < p.1);
            described[..upto].iter().rev().take(8).any(|&d| p.0 < d.1 && d != p)
        };
        spans.extend(e.positions.iter().filter(|&&p| !overlaps(p)).map(|&p| at(p)));
        crate::compact_sort::sort_by_key(&mut spans, |s| s.0);
        spans.dedup_by_key(|s| s.0);
        let positions = spans.iter().map(|&s| span_at(s)).collect();
        let mut members: Vec<usize> = e.members.iter().filter_map(|&m| new_index(m)).filter(|&m| Some(m) != new_index(i)).collect();
        crate::compact_sort::sort_unstable(&mut members);
        members.dedup();
        OutPerson { name, kind: e.kind, mentions, positions, quotes: slots[i].0, members }
    }));

    let mut notices = Vec::new();
    let repairs = text.cp1252_repairs + text.lossy_repairs;
    if repairs > 0 {
        notices.push(Notice {
            kind: "repaired".into(),
            message: format!("Repaired {repairs} mis-decoded character(s) before reading; highlights refer to the text as pasted."),
            span: None,
        });
    }
    if text.markup_edits > 0 {
        notices.push(Notice {
            kind: "markup".into(),
            message: format!("Read the text as HTML ({} tag(s) and entities); highlights refer to the text as pasted.", text.markup_edits),
            span: None,
        });
    }
    for &c in &chrome {
        notices.push(Notice {
            kind: "chrome".into(),
            message: "Skipped: looks like site furniture, not article text.".into(),
            span: Some(span(c)),
        });
    }

    Annotations {
        version: FORMAT_VERSION,
        offsets: options.offsets,
        quotes: out_quotes,
        people,
        repaired: text.was_repaired().then(|| text.repaired.to_string()),
        notices,
    }
}

// Compact JSON for the wasm boundary, field for field as serde writes
// these (src/json.rs; its tests compare the two on every shape).
crate::to_json_struct!(Span { start, end, text });
crate::to_json_struct!(OutQuote { start, end, text, kind, speaker, source, cue, nested, confidence });
crate::to_json_struct!(OutPerson { name, kind, mentions, positions, quotes, ?members });
crate::to_json_struct!(Notice { kind, message, span });
crate::to_json_struct!(Annotations { version, offsets, quotes, people, repaired, notices });

impl Annotations {
    /// The result as pretty JSON (the CLI's output).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }
}
