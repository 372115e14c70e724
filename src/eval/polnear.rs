//! Scoring against PolNeAR (Newell, Margolin & Ruths, "An attribution
//! relations corpus for political news", LREC 2018): brat standoff files
//! of Source / Cue / Content spans, offsets in Unicode code points.
//!
//! PolNeAR marks every attribution, including beliefs and intentions, and
//! ignores scare quotes, so its spans and ours differ by design. Detection
//! therefore uses the lenient rule of the GenderGapTracker evaluation: a
//! prediction finds a gold content when it covers at least 30% of it.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::score::{len, overlap, Prf, Range, Share};
use crate::{Annotations, OutQuote, QuoteKind};

/// Double quotation marks: a content holding one is a "quoted" attribution.
/// (Single marks are left out: they are mostly apostrophes.)
pub const MARKS: &[char] = &['"', '“', '”', '«', '»', '„', '‟'];

/// Whether a content is quoted speech: it holds a double mark, or the
/// typewriter pair `''` that some papers print for one.
fn is_quoted(text: &str, s: usize, e: usize) -> bool {
    let inner = &text[s..e];
    inner.contains(MARKS) || inner.contains("''")
}

/// The least share of a gold content a prediction must cover.
const MIN_COVER: f64 = 0.3;

/// One attribution relation, as byte ranges (possibly discontinuous).
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub content: Vec<Range>,
    /// Empty when the annotator gave no source.
    pub source: Vec<Range>,
    /// The source's text, for comparing names.
    pub source_text: String,
    /// The content contains a double quotation mark.
    pub quoted: bool,
}

/// One article with the attributions of one annotator.
#[derive(Debug, Clone)]
pub struct PolnearDoc {
    pub name: String,
    pub text: String,
    /// The `.ann` file used.
    pub annotator_file: String,
    pub attributions: Vec<Attribution>,
    /// Lines that could not be used, with why.
    pub problems: Vec<String>,
}

/// Parses one `.ann` file against its text. Bad lines are reported and
/// skipped; they never abort the article.
pub fn parse_ann(text: &str, ann: &str) -> (Vec<Attribution>, Vec<String>) {
    // Code point → byte offset, one entry past the end.
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut spans: HashMap<&str, Vec<Range>> = HashMap::new();
    let mut relations = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let mut fields = line.split('\t');
        let (id, body) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        if id.starts_with('T') {
            let ranges = body.split_once(' ').map(|(_, r)| r).unwrap_or("");
            match parse_ranges(ranges, &bytes) {
                Some(r) => {
                    spans.insert(id, r);
                }
                None => problems.push(format!("line {}: bad span {ranges:?}", n + 1)),
            }
        } else if id.starts_with('E') {
            relations.push((n + 1, body));
        }
    }
    let mut out = Vec::new();
    for (line, body) in relations {
        let (mut content, mut source) = (Vec::new(), Vec::new());
        for arg in body.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let target = if role.starts_with("Content") {
                &mut content
            } else if role.starts_with("Source") {
                &mut source
            } else {
                continue;
            };
            match spans.get(id) {
                Some(r) => target.extend_from_slice(r),
                None => problems.push(format!("line {line}: {role} refers to missing {id}")),
            }
        }
        if content.is_empty() {
            continue;
        }
        let quoted = content.iter().any(|&(s, e)| is_quoted(text, s, e));
        let source_text = source.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>().join(" ");
        out.push(Attribution { content, source, source_text, quoted });
    }
    (out, problems)
}

/// `"s e;s e"` in code points → byte ranges.
fn parse_ranges(s: &str, bytes: &[usize]) -> Option<Vec<Range>> {
    s.split(';')
        .map(|part| {
            let mut it = part.split_whitespace().map(|n| n.parse::<usize>().ok());
            let (start, end) = (it.next()??, it.next()??);
            (start <= end && end < bytes.len()).then(|| (bytes[start], bytes[end]))
        })
        .collect()
}

/// Reads `DIR/text/*.txt` with, for each article, the first
/// `DIR/attributions/<article>_<annotator>.ann` in sort order. Articles
/// without annotations are listed in the second value.
pub fn read_split(dir: &Path) -> Result<(Vec<PolnearDoc>, Vec<String>), String> {
    let list = |sub: &str, ext: &str| -> Result<Vec<std::path::PathBuf>, String> {
        let d = dir.join(sub);
        let mut v: Vec<_> = std::fs::read_dir(&d)
            .map_err(|e| format!("{}: {e}", d.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .collect();
        v.sort();
        Ok(v)
    };
    let mut first_ann: HashMap<String, std::path::PathBuf> = HashMap::new();
    for p in list("attributions", "ann")? {
        let stem = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        if let Some((article, _annotator)) = stem.rsplit_once('_') {
            first_ann.entry(article.to_owned()).or_insert(p);
        }
    }
    let (mut docs, mut unannotated) = (Vec::new(), Vec::new());
    for txt in list("text", "txt")? {
        let name = txt.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let Some(ann_path) = first_ann.get(&name) else {
            unannotated.push(name);
            continue;
        };
        let text = std::fs::read_to_string(&txt).map_err(|e| format!("{}: {e}", txt.display()))?;
        let ann = std::fs::read_to_string(ann_path).map_err(|e| format!("{}: {e}", ann_path.display()))?;
        let (attributions, problems) = parse_ann(&text, &ann);
        let annotator_file = ann_path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        docs.push(PolnearDoc { name, text, annotator_file, attributions, problems });
    }
    Ok((docs, unannotated))
}

/// Detection and speakers for one group of attributions.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct GroupScore {
    /// Gold contents found (recall) and predictions that found one (precision).
    pub detection: Prf,
    /// The same without pooling: each prediction must cover 30% of a
    /// content on its own (the GenderGapTracker rule as written).
    pub detection_alone: Prf,
    /// Matched predictions whose speaker mention overlaps the gold source.
    pub speaker: Share,
    /// Matched predictions whose gold attribution has no source (not scored for speaker).
    pub no_gold_source: usize,
}

impl GroupScore {
    pub fn add(&mut self, o: &GroupScore) {
        self.detection.add(&o.detection);
        self.detection_alone.add(&o.detection_alone);
        self.speaker.add(&o.speaker);
        self.no_gold_source += o.no_gold_source;
    }
}

/// All PolNeAR metrics for one article or a sum.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct PolnearScores {
    /// Contents containing a quotation mark.
    pub quoted: GroupScore,
    /// All contents, against all predictions.
    pub all: GroupScore,
    /// Unmatched quoted-group predictions that are marked fragments of at
    /// most four words: likely scare quotes, which PolNeAR does not annotate.
    pub short_unmatched: usize,
    /// Unmatched quoted-group predictions lying inside a quoted gold
    /// content (partial quotes within mixed speech).
    pub inside_quoted: usize,
}

impl PolnearScores {
    pub fn add(&mut self, o: &PolnearScores) {
        self.quoted.add(&o.quoted);
        self.all.add(&o.all);
        self.short_unmatched += o.short_unmatched;
        self.inside_quoted += o.inside_quoted;
    }
}

/// What went wrong in the quoted group, for `--verbose`.
#[derive(Debug, Clone, PartialEq)]
pub enum PolnearFinding {
    /// A quoted gold content no prediction covers; `(content, source)` text.
    Missed {
        content: String,
        source: String,
    },
    /// An unmatched prediction; `short` when it looks like a scare quote.
    FalsePositive {
        text: String,
        kind: QuoteKind,
        short: bool,
    },
    WrongSpeaker {
        text: String,
        predicted: String,
        gold: String,
    },
}

/// Scores `pred` (UTF-8 offsets) against one article; the findings come
/// in text order.
pub fn score_doc(doc: &PolnearDoc, pred: &Annotations) -> (PolnearScores, Vec<PolnearFinding>) {
    let quoted_gold: Vec<&Attribution> = doc.attributions.iter().filter(|a| a.quoted).collect();
    let all_gold: Vec<&Attribution> = doc.attributions.iter().collect();
    // Quoted group: every marked or unmarked quote, and the indirect ones
    // that reach into a quoted content (mixed speech such as
    // 'said the figures were "a disgrace"', which PolNeAR marks as one content).
    // A marked quote that finds an unquoted content (annotators sometimes
    // left the marks out) is a correct detection of the other group, not a
    // false positive of this one.
    let unquoted_gold: Vec<&Attribution> = doc.attributions.iter().filter(|a| !a.quoted).collect();
    let finds = |q: &OutQuote, gold: &[&Attribution]| gold.iter().any(|a| coverage((q.start, q.end), &a.content) >= MIN_COVER);
    let quoted_pred: Vec<&OutQuote> = pred
        .quotes
        .iter()
        .filter(|q| {
            if q.kind == QuoteKind::Indirect {
                return quoted_gold.iter().any(|a| a.content.iter().any(|&c| overlap(c, (q.start, q.end)) > 0));
            }
            finds(q, &quoted_gold) || !finds(q, &unquoted_gold)
        })
        .collect();
    let all_pred: Vec<&OutQuote> = pred.quotes.iter().collect();

    let mut findings = Vec::new();
    let (quoted, best) = score_group(&quoted_gold, &quoted_pred, pred);
    let mut short_unmatched = 0;
    let mut inside_quoted = 0;
    for (i, q) in quoted_pred.iter().enumerate() {
        match best[i] {
            None => {
                // A partial quote inside a mixed-speech clause PolNeAR marks
                // as one content: right by our guidelines, unmatched by the
                // 30% rule. Counted apart, not as correct.
                let inside = quoted_gold.iter().any(|a| a.content.iter().any(|&c| c.0 <= q.start && q.end <= c.1));
                inside_quoted += usize::from(inside);
                let short = !inside && matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial) && q.text.split_whitespace().count() <= 4;
                short_unmatched += usize::from(short);
                findings.push((q.start, PolnearFinding::FalsePositive { text: q.text.to_string(), kind: q.kind, short }));
            }
            Some(g) if !quoted_gold[g].source.is_empty() && !speaker_right(q, quoted_gold[g], pred) => {
                findings.push((
                    q.start,
                    PolnearFinding::WrongSpeaker {
                        text: q.text.to_string(),
                        predicted: describe_speaker(q, pred),
                        gold: join(&doc.text, &quoted_gold[g].source),
                    },
                ));
            }
            Some(_) => {}
        }
    }
    for (g, a) in quoted_gold.iter().enumerate() {
        if !best.contains(&Some(g)) {
            let (content, source) = (join(&doc.text, &a.content), join(&doc.text, &a.source));
            findings.push((a.content[0].0, PolnearFinding::Missed { content, source }));
        }
    }
    let (all, _) = score_group(&all_gold, &all_pred, pred);
    findings.sort_by_key(|f| f.0);
    (PolnearScores { quoted, all, short_unmatched, inside_quoted }, findings.into_iter().map(|f| f.1).collect())
}

/// Each prediction takes the gold content it covers best (if it covers at
/// least [`MIN_COVER`] of it); returns the scores and each prediction's pick.
///
/// PolNeAR records a split quote ('“A,” X said, “B.”') as one discontinuous
/// content, where we report two quotes. So top-level predictions lying
/// inside one content are also pooled: each is right when together they
/// cover [`MIN_COVER`] of it. Nested quotes stay on their own — they are
/// attributions of their own.
fn score_group(gold: &[&Attribution], preds: &[&OutQuote], ann: &Annotations) -> (GroupScore, Vec<Option<usize>>) {
    let mut score = GroupScore::default();
    let mut best: Vec<Option<usize>> = preds
        .iter()
        .map(|q| {
            let mut pick: Option<(f64, usize)> = None;
            for (g, a) in gold.iter().enumerate() {
                let c = coverage((q.start, q.end), &a.content);
                if c >= MIN_COVER && pick.is_none_or(|(b, _)| c > b) {
                    pick = Some((c, g));
                }
            }
            pick.map(|(_, g)| g)
        })
        .collect();
    let prf = |best: &[Option<usize>]| {
        let mut found = vec![false; gold.len()];
        best.iter().flatten().for_each(|&g| found[g] = true);
        Prf {
            gold: gold.len(),
            pred: preds.len(),
            gold_found: found.iter().filter(|&&f| f).count(),
            pred_correct: best.iter().flatten().count(),
        }
    };
    score.detection_alone = prf(&best);
    let inside = |q: &OutQuote, a: &Attribution| {
        let within: usize = a.content.iter().map(|&c| overlap(c, (q.start, q.end))).sum();
        !q.nested && 2 * within >= len((q.start, q.end)).max(1)
    };
    for (g, a) in gold.iter().enumerate() {
        let pool: Vec<usize> = (0..preds.len()).filter(|&i| best[i].is_none() && inside(preds[i], a)).collect();
        if pool.is_empty() {
            continue;
        }
        let total: usize = a.content.iter().map(|&c| len(c)).sum();
        // Union of what the predictions inside the content cover (an
        // indirect clause and the partial quote within it count once).
        let mut parts: Vec<Range> = (0..preds.len()).filter(|&i| inside(preds[i], a)).map(|i| (preds[i].start, preds[i].end)).collect();
        parts.sort_unstable();
        let mut merged: Vec<Range> = Vec::new();
        for r in parts {
            match merged.last_mut() {
                Some(m) if r.0 <= m.1 => m.1 = m.1.max(r.1),
                _ => merged.push(r),
            }
        }
        let covered: usize = a.content.iter().map(|&c| merged.iter().map(|&m| overlap(c, m)).sum::<usize>()).sum();
        if total > 0 && covered as f64 / total as f64 >= MIN_COVER {
            for i in pool {
                best[i] = Some(g);
            }
        }
    }
    for (q, g) in preds.iter().zip(&best) {
        let Some(g) = *g else { continue };
        if gold[g].source.is_empty() {
            score.no_gold_source += 1;
        } else {
            score.speaker.count(speaker_right(q, gold[g], ann));
        }
    }
    score.detection = prf(&best);
    (score, best)
}

/// Share of a (possibly discontinuous) content that `r` covers.
fn coverage(r: Range, content: &[Range]) -> f64 {
    let total: usize = content.iter().map(|&c| len(c)).sum();
    let covered: usize = content.iter().map(|&c| overlap(c, r)).sum();
    if total == 0 {
        0.0
    } else {
        covered as f64 / total as f64
    }
}

/// The predicted source mention overlaps the gold source; without a
/// source mention, any mention of the predicted speaker may. PolNeAR does
/// not resolve coreference, so a speaker reached through another mention
/// ("he" two sentences on) is also right when the gold source names that
/// person: the head of the gold source (before any comma or parenthesis)
/// ends in the predicted person's surname.
fn speaker_right(q: &OutQuote, gold: &Attribution, ann: &Annotations) -> bool {
    let hits = |s: usize, e: usize| gold.source.iter().any(|&g| overlap(g, (s, e)) > 0);
    let person = q.speaker.and_then(|s| ann.people.get(s));
    let by_mention = match (&q.source, person) {
        (Some(src), _) => hits(src.start, src.end),
        (None, Some(person)) => person.mentions.iter().any(|m| hits(m.start, m.end)),
        (None, None) => false,
    };
    by_mention
        || person.is_some_and(|p| match p.kind {
            crate::PersonKind::Person => names_person(&gold.source_text, &p.name),
            // "The Harbour Authority" names the authority.
            crate::PersonKind::Org => super::names::normalise(&gold.source_text) == super::names::normalise(&p.name),
            _ => false,
        })
}

/// Whether a gold source such as "Retired Col. Anna Brandt" or "Rep. Omar
/// Reyes (D-Ore.), the deputy whip" has `name`'s surname as its head word.
/// "Marsh's niece, …" does not name Marsh.
fn names_person(source: &str, name: &str) -> bool {
    let head = source.split([',', '(']).next().unwrap_or("");
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).filter(|w| !w.is_empty()).collect()
    };
    let (gold, pred) = (words(head), words(name));
    let (Some(surname), Some(gold_last)) = (pred.last(), gold.last()) else { return false };
    if surname.chars().count() < 3 || gold_last != surname {
        return false;
    }
    // "Bill Clinton" does not name Hillary Clinton: when both give a first
    // name (a word before the surname that is not a title), it must agree.
    let first_of = |ws: &[String]| ws.len().checked_sub(2).map(|i| ws[i].clone()).filter(|w| !crate::mentions::is_title_word(w));
    match (first_of(&gold), first_of(&pred)) {
        (Some(g), Some(p)) => g == p || g.chars().count() == 1 || p.chars().count() == 1,
        _ => true,
    }
}

fn describe_speaker(q: &OutQuote, ann: &Annotations) -> String {
    let name = q.speaker.and_then(|s| ann.people.get(s)).map(|p| p.name.as_str());
    match (name, &q.source) {
        (None, _) => "nobody".into(),
        (Some(n), Some(src)) => format!("{n} (via “{}”)", src.text),
        (Some(n), None) => n.into(),
    }
}

fn join(text: &str, ranges: &[Range]) -> String {
    if ranges.is_empty() {
        return "(no source)".into();
    }
    ranges.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>().join(" … ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{OffsetUnit, OutPerson, PersonKind, Span};

    // Code points ≠ bytes: "é" and the curly marks are multi-byte.
    const TEXT: &str = "Café owner Ana Ruiz said “prices will rise soon.” She also said taxes were “a joke”. Rain fell.";
    const ANN: &str = "T1\tSource 11 19\tAna Ruiz\n\
        T2\tCue 20 24\tsaid\n\
        T3\tContent 25 49\t“prices will rise soon.”\n\
        E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n\
        T4\tSource 50 53\tShe\n\
        T5\tContent 64 70;75 83\ttaxes were … “a joke”\n\
        E2\tAttribution:T2 Source:T4 Content:T5\n\
        E3\tAttribution:T2 Content:T9\n";

    fn bytes_of(s: &str) -> Range {
        let start = TEXT.find(s).unwrap();
        (start, start + s.len())
    }

    fn quote(s: &str, kind: QuoteKind, speaker: Option<usize>, source: Option<&str>) -> OutQuote {
        let (start, end) = bytes_of(s);
        OutQuote {
            start,
            end,
            text: s.into(),
            kind,
            speaker,
            source: source.map(|t| {
                let (start, end) = bytes_of(t);
                Span { start, end, text: t.into() }
            }),
            cue: None,
            nested: false,
            confidence: 1.0,
        }
    }

    fn annotations(quotes: Vec<OutQuote>) -> Annotations {
        let (start, end) = bytes_of("Ana Ruiz");
        Annotations {
            version: 1,
            offsets: OffsetUnit::Utf8,
            quotes,
            people: vec![OutPerson {
                name: "Ana Ruiz".into(),
                kind: PersonKind::Person,
                mentions: vec![Span { start, end, text: "Ana Ruiz".into() }],
                positions: vec![],
                quotes: 3,
                members: vec![],
            }],
            repaired: None,
            notices: vec![],
        }
    }

    #[test]
    fn parses_code_points_discontinuous_spans_and_bad_references() {
        let (atts, problems) = parse_ann(TEXT, ANN);
        assert_eq!(atts.len(), 2);
        assert_eq!(atts[0].content, vec![bytes_of("“prices will rise soon.”")]);
        assert_eq!(atts[0].source, vec![bytes_of("Ana Ruiz")]);
        assert!(atts[0].quoted);
        assert_eq!(atts[1].content, vec![bytes_of("taxes "), bytes_of("“a joke”")]);
        assert!(atts[1].quoted);
        assert_eq!(problems, vec!["line 8: Content refers to missing T9".to_owned()]);
        // Offsets past the end are a problem, not a panic.
        let (none, problems) = parse_ann("short", "T1\tContent 0 99\tx\nE1\tContent:T1\n");
        assert!(none.is_empty());
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn thirty_percent_rule_speakers_and_scare_quotes() {
        let doc = PolnearDoc {
            name: "t".into(),
            text: TEXT.into(),
            annotator_file: "t_1.ann".into(),
            attributions: parse_ann(TEXT, ANN).0,
            problems: vec![],
        };
        let pred = annotations(vec![
            // Covers 22 of 30 bytes of the first content; source overlaps.
            quote("prices will rise soon.", QuoteKind::Direct, Some(0), Some("Ana Ruiz")),
            // 6 of the second content's 18 bytes: a third; but the
            // speaker is found through a mention that is not "She".
            quote("a joke", QuoteKind::Partial, Some(0), None),
            // Indirect clause reaching into the second content: quoted group.
            quote("taxes were “a", QuoteKind::Indirect, None, None),
            // Marked fragment matching nothing: a likely scare quote.
            quote("Rain", QuoteKind::Partial, None, None),
            // Indirect, nowhere near quoted content: all-group only.
            quote("Rain fell", QuoteKind::Indirect, None, None),
        ]);
        let (s, findings) = score_doc(&doc, &pred);
        assert_eq!(s.quoted.detection, Prf { gold: 2, pred: 4, gold_found: 2, pred_correct: 3 });
        // Three matched: right via source; "a joke" wrong (mention ≠ "She"); indirect has no speaker.
        assert_eq!(s.quoted.speaker, Share { hits: 1, of: 3 });
        assert_eq!(s.short_unmatched, 1);
        assert_eq!(s.all.detection, Prf { gold: 2, pred: 5, gold_found: 2, pred_correct: 3 });
        assert_eq!(findings.iter().filter(|f| matches!(f, PolnearFinding::WrongSpeaker { .. })).count(), 2);
        assert!(findings.contains(&PolnearFinding::FalsePositive { text: "Rain".into(), kind: QuoteKind::Partial, short: true }));
    }

    #[test]
    fn split_quote_parts_are_pooled_but_nested_quotes_are_not() {
        let text = "“Go,” Ana Ruiz said, “and tell them ‘no’ before the long winter sets in over the hills.”";
        let b = |s: &str| {
            let start = text.find(s).unwrap();
            (start, start + s.len())
        };
        let cp = |r: Range| (text[..r.0].chars().count(), text[..r.1].chars().count());
        let (first, second, name) =
            (cp(b("“Go,”")), cp(b("“and tell them ‘no’ before the long winter sets in over the hills.”")), cp(b("Ana Ruiz")));
        let ann = format!(
            "T1\tSource {} {}\tx\nT2\tContent {} {};{} {}\tx\nE1\tAttribution:T2 Content:T2 Source:T1\n",
            name.0, name.1, first.0, first.1, second.0, second.1
        );
        let doc = PolnearDoc {
            name: "t".into(),
            text: text.into(),
            annotator_file: "t_1.ann".into(),
            attributions: parse_ann(text, &ann).0,
            problems: vec![],
        };
        let q = |s: &str, nested: bool| {
            let (start, end) = b(s);
            OutQuote {
                start,
                end,
                text: s.into(),
                kind: QuoteKind::Direct,
                speaker: None,
                source: None,
                cue: None,
                nested,
                confidence: 1.0,
            }
        };
        let tail = "and tell them ‘no’ before the long winter sets in over the hills.";
        let mut pred = annotations(vec![q("Go,", false), q(tail, false), q("no", true)]);
        pred.offsets = OffsetUnit::Utf8;
        let (s, _) = score_doc(&doc, &pred);
        // Alone, "Go," covers a few percent of the content: unmatched.
        assert_eq!(s.quoted.detection_alone, Prf { gold: 1, pred: 3, gold_found: 1, pred_correct: 1 });
        // Pooled with the second half it is right; the nested "no" is not.
        assert_eq!(s.quoted.detection, Prf { gold: 1, pred: 3, gold_found: 1, pred_correct: 2 });
    }

    #[test]
    fn a_gold_source_names_the_person_by_its_head_word() {
        assert!(names_person("Retired Col. Anna Brandt", "Anna Brandt"));
        assert!(names_person("Rep. Omar Reyes (D-Ore.), the deputy whip", "Omar Reyes"));
        assert!(names_person("Lind", "Ana E. Lind"));
        // The niece is not Marsh; "he" names nobody; short keys never match.
        assert!(!names_person("Marsh's niece, state Sen. Ines Lund", "Daniel Marsh"));
        assert!(!names_person("he", "Daniel Marsh"));
        assert!(!names_person("Li", "Wei Li"));
        // Same surname, another first name: another person.
        assert!(!names_person("Former President Bill Lind", "Ana Lind"));
        assert!(names_person("Sen. Ana Lind", "Ana Lind"));
        assert_eq!(super::super::names::normalise("The United Nations"), super::super::names::normalise("United Nations"));
    }
}
