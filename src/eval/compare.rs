//! Scores one article's predictions against its gold annotations; the
//! rules are spelled out in `docs/format.md` ("Metrics").

use serde::Serialize;

use super::gold::GoldDoc;
use super::names::{normalise, Forms};
use super::score::{match_spans, max_matching, Prf, Range, Share};
use crate::{Annotations, OutQuote, QuoteKind};

/// Detection of one group of quotes, and what is right about the matches.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Detection {
    pub detection: Prf,
    /// Matched pairs whose spans are identical.
    pub exact: Share,
    /// Matched pairs whose kinds agree (only counted for the quotes group).
    pub kind: Share,
    /// Matched pairs with the right speaker.
    pub speaker: Share,
}

impl Detection {
    pub fn add(&mut self, o: &Detection) {
        self.detection.add(&o.detection);
        self.exact.add(&o.exact);
        self.kind.add(&o.kind);
        self.speaker.add(&o.speaker);
    }
}

/// Every metric of one article, or summed over many.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Scores {
    /// Direct, partial and unmarked quotes, together.
    pub quotes: Detection,
    /// Indirect (reported) speech.
    pub indirect: Detection,
    /// People quoted at least once.
    pub speakers: Prf,
    /// (person, position) pairs.
    pub positions: Prf,
    /// Gold quotes that could not be located in the text (not scored).
    pub unlocated: usize,
}

impl Scores {
    pub fn add(&mut self, o: &Scores) {
        self.quotes.add(&o.quotes);
        self.indirect.add(&o.indirect);
        self.speakers.add(&o.speakers);
        self.positions.add(&o.positions);
        self.unlocated += o.unlocated;
    }
}

/// A quote as shown in a verbose report.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteView {
    pub start: usize,
    pub kind: QuoteKind,
    pub text: String,
    /// Who it is attributed to, as a reader would say it.
    pub speaker: String,
}

/// What went wrong, for `eval --verbose`.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Missed(QuoteView),
    FalsePositive(QuoteView),
    /// A matched pair that differs in speaker, span or kind.
    Mismatch {
        gold: QuoteView,
        pred: QuoteView,
        speaker_ok: bool,
        exact: bool,
        kind_ok: bool,
    },
    MissedSpeaker(String),
    ExtraSpeaker(String),
    MissedPosition {
        person: String,
        position: String,
    },
    ExtraPosition {
        person: String,
        position: String,
    },
}

/// One scored article.
#[derive(Debug, Clone, Serialize)]
pub struct DocScore {
    pub name: String,
    #[serde(flatten)]
    pub scores: Scores,
    #[serde(skip)]
    pub findings: Vec<Finding>,
}

/// Scores `pred` (which must use UTF-8 offsets) against `gold`.
pub fn score_doc(gold: &GoldDoc, pred: &Annotations) -> DocScore {
    let pred_forms: Vec<Forms> = pred.people.iter().map(Forms::of_prediction).collect();
    let ctx = Ctx { gold, pred, pred_forms: &pred_forms };
    let mut findings = Vec::new();
    let is_indirect = |k: QuoteKind| k == QuoteKind::Indirect;
    let scores = Scores {
        quotes: ctx.detection(|k| !is_indirect(k), true, &mut findings),
        indirect: ctx.detection(is_indirect, false, &mut findings),
        speakers: ctx.speakers(&mut findings),
        positions: ctx.positions(&mut findings),
        unlocated: gold.unlocated.len(),
    };
    DocScore { name: gold.name.clone(), scores, findings }
}

struct Ctx<'a> {
    gold: &'a GoldDoc,
    pred: &'a Annotations,
    pred_forms: &'a [Forms],
}

impl Ctx<'_> {
    /// Detection, exactness, kind agreement and speaker accuracy for the
    /// quotes whose kind passes `in_group`, on both sides.
    fn detection(&self, in_group: impl Fn(QuoteKind) -> bool, check_kind: bool, findings: &mut Vec<Finding>) -> Detection {
        let gold: Vec<_> = self.gold.quotes.iter().filter(|q| in_group(q.kind)).collect();
        let pred: Vec<&OutQuote> = self.pred.quotes.iter().filter(|q| in_group(q.kind)).collect();
        let gold_ranges: Vec<Range> = gold.iter().map(|q| q.range).collect();
        let pred_ranges: Vec<Range> = pred.iter().map(|q| (q.start, q.end)).collect();
        let pairs = match_spans(&gold_ranges, &pred_ranges);

        let mut d = Detection::default();
        let (mut gold_hit, mut pred_hit) = (vec![false; gold.len()], vec![false; pred.len()]);
        for &(g, p) in &pairs {
            gold_hit[g] = true;
            pred_hit[p] = true;
            let (gq, pq) = (gold[g], pred[p]);
            let is_exact = gq.range == (pq.start, pq.end);
            let kind_ok = !check_kind || gq.kind == pq.kind;
            let speaker_ok = self.speaker_right(gq.speaker, pq.speaker);
            d.exact.count(is_exact);
            if check_kind {
                d.kind.count(kind_ok);
            }
            d.speaker.count(speaker_ok);
            if !(is_exact && kind_ok && speaker_ok) {
                findings.push(Finding::Mismatch {
                    gold: self.gold_view(gq),
                    pred: self.pred_view(pq),
                    speaker_ok,
                    exact: is_exact,
                    kind_ok,
                });
            }
        }
        findings.extend(gold.iter().zip(&gold_hit).filter(|(_, &hit)| !hit).map(|(q, _)| Finding::Missed(self.gold_view(q))));
        findings.extend(pred.iter().zip(&pred_hit).filter(|(_, &hit)| !hit).map(|(q, _)| Finding::FalsePositive(self.pred_view(q))));
        d.detection = Prf::one_to_one(gold.len(), pred.len(), pairs.len());
        d
    }

    /// Does predicted person `p` name gold person `g` (or, for a group, one
    /// of its members)?
    fn same_person(&self, p: usize, g: usize) -> bool {
        let pf = &self.pred_forms[p];
        pf.meets(&self.gold.forms[g]) || self.gold.members[g].iter().any(|&m| pf.meets(&self.gold.forms[m]))
    }

    fn speaker_right(&self, gold: Option<usize>, pred: Option<usize>) -> bool {
        match (gold, pred) {
            (None, None) => true,
            (Some(g), Some(p)) => p < self.pred_forms.len() && self.same_person(p, g),
            _ => false,
        }
    }

    /// Predicted people with at least one quote vs gold `speaker: true`.
    /// Gold marks a speaking group's members as speakers too, so the
    /// members of a quoted group may match them; a member gold does not
    /// list is no extra speaker (the group is what the prediction claims).
    fn speakers(&self, findings: &mut Vec<Finding>) -> Prf {
        let n = self.pred.people.len();
        // 2: quoted; 1: only a member of a quoted group.
        let mut claim = vec![0u8; n];
        for s in self.pred.quotes.iter().filter_map(|q| q.speaker).filter(|&s| s < n) {
            claim[s] = 2;
            for &m in self.pred.people[s].members.iter().filter(|&&m| m < n) {
                claim[m] = claim[m].max(1);
            }
        }
        let pred: Vec<usize> = (0..n).filter(|&i| claim[i] > 0).collect();
        let gold: Vec<usize> = (0..self.gold.people.len()).filter(|&i| self.gold.people[i].speaker).collect();
        let m = max_matching(pred.len(), gold.len(), |p, g| self.same_person(pred[p], gold[g]));
        let mut gold_hit = vec![false; gold.len()];
        let mut predicted = 0;
        for (p, g) in m.iter().enumerate() {
            match g {
                Some(g) => gold_hit[*g] = true,
                None if claim[pred[p]] == 1 => continue,
                None => findings.push(Finding::ExtraSpeaker(self.pred.people[pred[p]].name.to_string())),
            }
            predicted += 1;
        }
        for (g, _) in gold_hit.iter().enumerate().filter(|(_, &hit)| !hit) {
            findings.push(Finding::MissedSpeaker(self.gold.people[gold[g]].name.clone()));
        }
        Prf::one_to_one(gold.len(), predicted, m.iter().flatten().count())
    }

    /// (person, position) pairs, each person's positions deduplicated by
    /// their normalised form.
    fn positions(&self, findings: &mut Vec<Finding>) -> Prf {
        let gold = position_pairs(self.gold.people.iter().map(|p| p.positions.iter().map(String::as_str)));
        let pred = position_pairs(self.pred.people.iter().map(|p| p.positions.iter().map(|s| s.text.as_str())));
        let m = max_matching(pred.len(), gold.len(), |p, g| pred[p].1 == gold[g].1 && self.same_person(pred[p].0, gold[g].0));
        let mut gold_hit = vec![false; gold.len()];
        for (p, g) in m.iter().enumerate() {
            match g {
                Some(g) => gold_hit[*g] = true,
                None => findings
                    .push(Finding::ExtraPosition { person: self.pred.people[pred[p].0].name.to_string(), position: pred[p].2.clone() }),
            }
        }
        for (g, _) in gold_hit.iter().enumerate().filter(|(_, &hit)| !hit) {
            findings.push(Finding::MissedPosition { person: self.gold.people[gold[g].0].name.clone(), position: gold[g].2.clone() });
        }
        Prf::one_to_one(gold.len(), pred.len(), m.iter().flatten().count())
    }

    fn gold_view(&self, q: &super::gold::Located) -> QuoteView {
        QuoteView {
            start: q.range.0,
            kind: q.kind,
            text: self.gold.text[q.range.0..q.range.1].to_owned(),
            speaker: q.speaker.map_or("nobody".into(), |g| self.gold.people[g].name.clone()),
        }
    }

    fn pred_view(&self, q: &OutQuote) -> QuoteView {
        let speaker = match q.speaker.and_then(|s| self.pred.people.get(s)) {
            None => "nobody".to_owned(),
            Some(p) => match &q.source {
                Some(src) if normalise(&src.text) != normalise(&p.name) => {
                    format!("{} (via “{}”)", p.name, src.text)
                }
                _ => p.name.to_string(),
            },
        };
        QuoteView { start: q.start, kind: q.kind, text: q.text.to_string(), speaker }
    }
}

/// `(person index, normalised position, position as written)` for every
/// person's positions, without repeats of one person's normalised position.
fn position_pairs<'a, P: IntoIterator<Item = &'a str>>(people: impl Iterator<Item = P>) -> Vec<(usize, String, String)> {
    let mut out: Vec<(usize, String, String)> = Vec::new();
    for (who, positions) in people.enumerate() {
        for p in positions {
            let n = normalise(p);
            if !n.is_empty() && !out.iter().any(|(w, m, _)| *w == who && *m == n) {
                out.push((who, n, p.to_owned()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::gold::{locate, GoldDoc};
    use crate::{OffsetUnit, OutPerson, PersonKind, Span};

    const TEXT: &str = include_str!("../../tests/fixtures/eval/harbour.txt");
    const GOLD: &str = include_str!("../../tests/fixtures/eval/harbour.json");

    fn gold() -> GoldDoc {
        GoldDoc::new("harbour", TEXT.into(), serde_json::from_str(GOLD).unwrap()).unwrap()
    }

    /// The `nth` occurrence of `s` in the fixture, as a span.
    fn span(s: &str, nth: usize) -> Span {
        let (start, end) = locate(TEXT, s, nth).unwrap_or_else(|| panic!("{s:?} not in fixture"));
        Span { start, end, text: s.into() }
    }

    fn quote(s: &str, kind: QuoteKind, speaker: Option<usize>, source: Option<&str>) -> OutQuote {
        let Span { start, end, text } = span(s, 1);
        let source = source.map(|t| span(t, 1));
        OutQuote { start, end, text, kind, speaker, source, cue: None, nested: false, confidence: 1.0 }
    }

    fn person(name: &str, mentions: &[&str], positions: &[&str]) -> OutPerson {
        OutPerson {
            name: name.into(),
            kind: PersonKind::Person,
            mentions: mentions.iter().map(|m| span(m, 1)).collect(),
            positions: positions.iter().map(|p| span(p, 1)).collect(),
            quotes: 0,
            members: vec![],
        }
    }

    /// A hand-made prediction with one of each kind of error.
    fn prediction() -> Annotations {
        use QuoteKind::*;
        let quotes = vec![
            // Exact, right kind and speaker.
            quote("needs another look", Partial, Some(0), None),
            // Right, but the span takes in the opening mark: not exact.
            quote("“We cannot ask commuters to pay more for a service that runs late half the time,", Direct, Some(0), None),
            // Wrong kind and wrong speaker.
            quote("That is not fair, and it is not going to happen on my watch.", Partial, Some(1), None),
            quote("The numbers do not lie,", Direct, Some(1), Some("Okafor")),
            // Gold speaker is null: only a null prediction is right.
            quote("harbour levy", Partial, None, None),
            // Not a quote at all.
            quote("Harbour council delays vote", Direct, Some(3), None),
            // Indirect: exact; short of the end (still ≥ 50% both ways); a
            // group member for a group speaker; one false positive; and
            // "it welcomed the delay" left out.
            quote("the plan “needs another look”", Indirect, Some(0), None),
            quote("the harbour authority had lost money for three years", Indirect, Some(1), Some("He")),
            quote("the ferry must keep running through the winter", Indirect, Some(1), None),
            quote("outside the town hall", Indirect, Some(0), None),
        ];
        Annotations {
            version: 1,
            offsets: OffsetUnit::Utf8,
            quotes,
            people: vec![
                person("Elena Vásquez", &["Vásquez"], &["Mayor"]),
                // Matched through a mention; one position wrong; case differs from gold.
                person("Okafor", &["Tom Okafor", "He"], &["Council treasurer", "harbour"]),
                // No quotes: not a speaker.
                person("Portvale harbour council", &["Portvale harbour council"], &[]),
                person("Harbour", &["Harbour"], &[]),
            ],
            repaired: None,
            notices: vec![],
        }
    }

    #[test]
    fn fixture_gold_locates_every_quote_in_bytes() {
        let g = gold();
        assert!(g.unlocated.is_empty());
        assert_eq!(g.quotes.len(), 9);
        // "Vásquez" and the curly marks are multi-byte: ranges are bytes.
        let partial = &g.quotes[1];
        assert_eq!(&TEXT[partial.range.0..partial.range.1], "needs another look");
        assert_eq!(g.members[3], vec![0, 1]);
    }

    #[test]
    fn scores_a_hand_made_prediction() {
        let s = score_doc(&gold(), &prediction());
        let t = s.scores;
        assert_eq!(t.quotes.detection, Prf::one_to_one(5, 6, 5));
        assert_eq!(t.quotes.exact, Share { hits: 4, of: 5 });
        assert_eq!(t.quotes.kind, Share { hits: 4, of: 5 });
        assert_eq!(t.quotes.speaker, Share { hits: 4, of: 5 });
        assert_eq!(t.indirect.detection, Prf::one_to_one(4, 4, 3));
        assert_eq!(t.indirect.exact, Share { hits: 2, of: 3 });
        assert_eq!(t.indirect.kind, Share::default());
        assert_eq!(t.indirect.speaker, Share { hits: 3, of: 3 });
        // Speakers: Vásquez, Okafor and "Harbour" predicted; the org and the group missed.
        assert_eq!(t.speakers, Prf::one_to_one(4, 3, 2));
        assert_eq!(t.positions, Prf::one_to_one(2, 3, 2));
        assert_eq!(t.unlocated, 0);

        let count = |f: fn(&Finding) -> bool| s.findings.iter().filter(|x| f(x)).count();
        assert_eq!(count(|f| matches!(f, Finding::Missed(_))), 1);
        assert_eq!(count(|f| matches!(f, Finding::FalsePositive(_))), 2);
        assert_eq!(count(|f| matches!(f, Finding::Mismatch { .. })), 3);
        assert!(s.findings.contains(&Finding::ExtraSpeaker("Harbour".into())));
        assert!(s.findings.contains(&Finding::MissedSpeaker("Ferry Users’ Association".into())));
        assert!(s.findings.contains(&Finding::MissedSpeaker("Vásquez and Okafor".into())));
        assert!(s.findings.contains(&Finding::ExtraPosition { person: "Okafor".into(), position: "harbour".into() }));
        let wrong = s.findings.iter().find_map(|f| match f {
            Finding::Mismatch { gold, pred, speaker_ok: false, exact: true, kind_ok: false } => Some((gold, pred)),
            _ => None,
        });
        let (g, p) = wrong.expect("the kind+speaker mismatch is reported");
        assert_eq!((g.speaker.as_str(), p.speaker.as_str()), ("Elena Vásquez", "Okafor"));
    }

    #[test]
    fn a_quoted_groups_members_can_be_found_but_are_never_extra() {
        let mut pred = prediction();
        let mut group = person("Vásquez and Okafor", &["Vásquez and Okafor"], &[]);
        // Vásquez is a gold speaker; the harbour council is not.
        group.members = vec![0, 2];
        pred.people.push(group);
        for q in &mut pred.quotes {
            q.speaker = None;
        }
        pred.quotes[8].speaker = Some(4);
        let s = score_doc(&gold(), &pred);
        assert_eq!(s.scores.speakers, Prf::one_to_one(4, 2, 2));
        assert!(!s.findings.iter().any(|f| matches!(f, Finding::ExtraSpeaker(_))));
        assert!(s.findings.contains(&Finding::MissedSpeaker("Tom Okafor".into())));
    }

    #[test]
    fn null_gold_speaker_needs_a_null_prediction() {
        let mut pred = prediction();
        pred.quotes[4].speaker = Some(0);
        assert_eq!(score_doc(&gold(), &pred).scores.quotes.speaker, Share { hits: 3, of: 5 });
    }

    #[test]
    fn out_of_range_speaker_index_is_wrong_not_a_panic() {
        let mut pred = prediction();
        pred.quotes[0].speaker = Some(99);
        let s = score_doc(&gold(), &pred);
        assert_eq!(s.scores.quotes.speaker, Share { hits: 3, of: 5 });
    }
}
