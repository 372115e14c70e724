//! Evaluation: runs [`crate::annotate`] over annotated articles and scores
//! it, for `quotelight eval`. Two kinds of gold are read:
//!
//! - our own format (`gold`): people with names, aliases and positions,
//!   quotes located by text and occurrence; scored in [`compare`];
//! - PolNeAR's brat files (`polnear`), scored with the GenderGapTracker's
//!   lenient coverage rule, since its notion of a quote is not ours.
//!
//! The rules and metrics are documented in `docs/format.md`. Everything
//! here is plain Rust over byte offsets; it is never called from wasm.

pub mod compare;
pub mod gold;
pub mod names;
pub mod polnear;
pub mod report;
pub mod score;

use std::path::Path;
use std::time::Instant;

use crate::offsets::slice_in_unit;
use crate::{annotate, Annotations, OffsetUnit, Options, Span};

/// The engine settings every evaluation uses: byte offsets, everything on.
pub fn engine_options() -> Options {
    Options { offsets: OffsetUnit::Utf8, indirect: true, repair: true }
}

/// Every span in `ann` whose `text` is not `text` sliced at its offsets:
/// breaches of the format's one promise, reported rather than scored around.
pub fn contract_breaches(text: &str, ann: &Annotations) -> Vec<String> {
    fn flat<'a>(what: &'static str, s: &'a Span) -> (&'static str, usize, usize, &'a str) {
        (what, s.start, s.end, s.text.as_str())
    }
    let mut spans = Vec::new();
    for q in &ann.quotes {
        spans.push(("quote", q.start, q.end, q.text.as_str()));
        spans.extend(q.source.iter().map(|s| flat("quote source", s)));
        spans.extend(q.cue.iter().map(|s| flat("quote cue", s)));
    }
    for p in &ann.people {
        spans.extend(p.mentions.iter().map(|s| flat("mention", s)));
        spans.extend(p.positions.iter().map(|s| flat("position", s)));
    }
    spans.extend(ann.notices.iter().filter_map(|n| n.span.as_ref()).map(|s| flat("notice", s)));
    spans
        .into_iter()
        .filter(|&(_, s, e, t)| slice_in_unit(text, ann.offsets, s, e).as_deref() != Some(t))
        .map(|(what, s, e, t)| format!("{what} {s}..{e} has text {t:?}, which is not the input at {s}..{e}"))
        .collect()
}

/// A gold-folder evaluation.
pub struct GoldRun {
    pub dir: String,
    pub docs: Vec<compare::DocScore>,
    pub total: compare::Scores,
    /// Set-aside quotes, unreadable files, contract breaches: one line each.
    pub problems: Vec<String>,
    /// Articles that could not be scored at all (bad JSON, bad ids).
    pub failed: usize,
    pub engine_seconds: f64,
    pub seconds: f64,
}

/// Scores the engine on every `NAME.txt` + `NAME.json` pair in `dir`.
/// Errs when there is nothing to score: the folder is missing, unreadable
/// or holds no pairs.
pub fn run_gold(dir: &Path) -> Result<GoldRun, String> {
    let clock = Instant::now();
    if !dir.is_dir() {
        return Err(format!("gold folder {} does not exist (or is not a folder)", dir.display()));
    }
    let (pairs, orphans) = gold::list_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    if pairs.is_empty() {
        return Err(format!("no NAME.txt + NAME.json pairs in {}", dir.display()));
    }
    let mut problems: Vec<String> = orphans.iter().map(|o| format!("{o}: no .txt beside it, skipped")).collect();
    let (mut docs, mut total, mut failed, mut engine) = (Vec::new(), compare::Scores::default(), 0, 0.0);
    for path in pairs {
        let doc = match gold::GoldDoc::read(&path) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{e} (article not scored)"));
                failed += 1;
                continue;
            }
        };
        problems.extend(doc.unlocated.iter().map(|u| format!("{}: {u} (quote not scored)", doc.name)));
        let t = Instant::now();
        let pred = annotate(&doc.text, &engine_options());
        engine += t.elapsed().as_secs_f64();
        problems.extend(contract_breaches(&doc.text, &pred).into_iter().map(|b| format!("{}: engine: {b}", doc.name)));
        let scored = compare::score_doc(&doc, &pred);
        total.add(&scored.scores);
        docs.push(scored);
    }
    Ok(GoldRun {
        dir: dir.display().to_string(),
        docs,
        total,
        problems,
        failed,
        engine_seconds: engine,
        seconds: clock.elapsed().as_secs_f64(),
    })
}

/// A PolNeAR split evaluation.
pub struct PolnearRun {
    pub dir: String,
    pub docs: Vec<(String, polnear::PolnearScores, Vec<polnear::PolnearFinding>)>,
    pub total: polnear::PolnearScores,
    pub problems: Vec<String>,
    pub engine_seconds: f64,
    pub seconds: f64,
}

/// Scores the engine on a PolNeAR split folder (`text/`, `attributions/`).
pub fn run_polnear(dir: &Path) -> Result<PolnearRun, String> {
    let clock = Instant::now();
    if !dir.is_dir() {
        return Err(format!("PolNeAR split folder {} does not exist (or is not a folder)", dir.display()));
    }
    let (split, unannotated) = polnear::read_split(dir)?;
    if split.is_empty() {
        return Err(format!("no annotated articles in {} (expected text/*.txt and attributions/*.ann)", dir.display()));
    }
    let mut problems: Vec<String> = unannotated.iter().map(|n| format!("{n}: no .ann file, skipped")).collect();
    let (mut docs, mut total, mut engine) = (Vec::new(), polnear::PolnearScores::default(), 0.0);
    for doc in &split {
        problems.extend(doc.problems.iter().map(|p| format!("{}: {p}", doc.annotator_file)));
        let t = Instant::now();
        let pred = annotate(&doc.text, &engine_options());
        engine += t.elapsed().as_secs_f64();
        problems.extend(contract_breaches(&doc.text, &pred).into_iter().map(|b| format!("{}: engine: {b}", doc.name)));
        let (scores, findings) = polnear::score_doc(doc, &pred);
        total.add(&scores);
        docs.push((doc.name.clone(), scores, findings));
    }
    Ok(PolnearRun { dir: dir.display().to_string(), docs, total, problems, engine_seconds: engine, seconds: clock.elapsed().as_secs_f64() })
}
