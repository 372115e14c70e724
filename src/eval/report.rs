//! Evaluation results as text for people and JSON for scripts. The text
//! always ends with a compact total of at most twelve lines, so `tail -n 12`
//! shows the whole summary.

use std::fmt::Write;

use serde_json::json;

use super::compare::{DocScore, Finding, QuoteView, Scores};
use super::polnear::{GroupScore, PolnearFinding, PolnearScores};
use super::score::{Prf, Share};
use super::{GoldRun, PolnearRun};
use crate::QuoteKind;

/// `57.1`, or `–` when undefined.
fn pct(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| format!("{:.1}", 100.0 * v))
}

fn prf(c: &Prf) -> String {
    format!("P {:>5}  R {:>5}  F1 {:>5}", pct(c.precision()), pct(c.recall()), pct(c.f1()))
}

fn share(s: &Share) -> String {
    format!("{}/{} ({}%)", s.hits, s.of, pct(s.value()))
}

fn kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Unmarked => "unmarked",
        QuoteKind::Indirect => "indirect",
    }
}

/// A quote's text on one line, long ones shortened in the middle.
fn excerpt(s: &str) -> String {
    let flat = s.split('\n').map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty());
    let flat = flat.collect::<Vec<_>>().join(" ¶ ");
    let chars: Vec<char> = flat.chars().collect();
    let body = if chars.len() <= 100 {
        flat
    } else {
        let head: String = chars[..60].iter().collect();
        let tail: String = chars[chars.len() - 30..].iter().collect();
        format!("{} … {}", head.trim_end(), tail.trim_start())
    };
    format!("“{body}”")
}

/// The text report of a gold-folder evaluation.
pub fn gold_text(run: &GoldRun, verbose: bool) -> String {
    let mut out = String::new();
    if verbose {
        for d in &run.docs {
            findings(&mut out, d);
        }
    }
    let _ = writeln!(out, "{:<26} {:^22}  {:^22}  {:>7} {:>7}  {:>6} {:>6}", "", "quotes", "indirect", "speaker", "", "people", "posit.");
    let _ = writeln!(
        out,
        "{:<26} {:>22}  {:>22}  {:>7} {:>7}  {:>6} {:>6}",
        "article", "P / R / F1  (gold)", "P / R / F1  (gold)", "quotes", "indir.", "F1", "F1"
    );
    for d in &run.docs {
        let s = &d.scores;
        let name: String = d.name.chars().take(26).collect();
        let _ = writeln!(
            out,
            "{name:<26} {:>22}  {:>22}  {:>7} {:>7}  {:>6} {:>6}",
            compact(&s.quotes.detection),
            compact(&s.indirect.detection),
            pct(s.quotes.speaker.value()),
            pct(s.indirect.speaker.value()),
            pct(s.speakers.f1()),
            pct(s.positions.f1()),
        );
    }
    out.push('\n');
    gold_summary(&mut out, run);
    out
}

fn compact(c: &Prf) -> String {
    format!("{}/{}/{} ({})", pct(c.precision()), pct(c.recall()), pct(c.f1()), c.gold)
}

/// The closing summary: exactly ten lines.
fn gold_summary(out: &mut String, run: &GoldRun) {
    let t: &Scores = &run.total;
    let mut head = format!("== total: {} article(s) in {}", run.docs.len(), run.dir);
    if run.failed > 0 {
        let _ = write!(head, ", {} not scored", run.failed);
    }
    if t.unlocated > 0 {
        let _ = write!(head, ", {} gold quote(s) not located", t.unlocated);
    }
    let _ = writeln!(out, "{head} ==");
    let counts = |c: &Prf| format!("gold {}  pred {}  matched {}", c.gold, c.pred, c.gold_found);
    let rows: [(&str, String); 9] = [
        ("quotes (direct+partial+unmarked)", format!("{}   {}", prf(&t.quotes.detection), counts(&t.quotes.detection))),
        ("  exact spans / kind agrees", format!("{}  /  {}", share(&t.quotes.exact), share(&t.quotes.kind))),
        ("indirect", format!("{}   {}", prf(&t.indirect.detection), counts(&t.indirect.detection))),
        ("  exact spans", share(&t.indirect.exact)),
        ("speaker right, matched quotes", share(&t.quotes.speaker)),
        ("speaker right, matched indirect", share(&t.indirect.speaker)),
        ("speakers (people quoted)", format!("{}   {}", prf(&t.speakers), counts(&t.speakers))),
        ("positions (person, position)", format!("{}   {}", prf(&t.positions), counts(&t.positions))),
        ("time", format!("{:.2} s total, engine {:.2} s", run.seconds, run.engine_seconds)),
    ];
    for (label, value) in rows {
        let _ = writeln!(out, "{label:<34} {value}");
    }
}

/// What went wrong in one article, in text order.
fn findings(out: &mut String, d: &DocScore) {
    let mut quotes: Vec<(usize, String)> = Vec::new();
    let (mut missed_spk, mut extra_spk, mut missed_pos, mut extra_pos): (Vec<String>, Vec<String>, Vec<String>, Vec<String>) =
        Default::default();
    let line = |v: &QuoteView| format!("{:<8} @{:<6} {} — {}", kind(v.kind), v.start, excerpt(&v.text), v.speaker);
    for f in &d.findings {
        match f {
            Finding::Missed(g) => quotes.push((g.start, format!("  missed          {}\n", line(g)))),
            Finding::FalsePositive(p) => quotes.push((p.start, format!("  false positive  {}\n", line(p)))),
            Finding::Mismatch { gold, pred, speaker_ok, exact, kind_ok } => {
                let what: Vec<&str> = [(!speaker_ok, "speaker"), (!exact, "span"), (!kind_ok, "kind")]
                    .into_iter()
                    .filter_map(|(bad, w)| bad.then_some(w))
                    .collect();
                quotes.push((
                    gold.start,
                    format!("  wrong {:<9} gold {}\n                  pred {}\n", what.join("+"), line(gold), line(pred)),
                ));
            }
            Finding::MissedSpeaker(n) => missed_spk.push(n.clone()),
            Finding::ExtraSpeaker(n) => extra_spk.push(n.clone()),
            Finding::MissedPosition { person, position } => missed_pos.push(format!("{person} — {position}")),
            Finding::ExtraPosition { person, position } => extra_pos.push(format!("{person} — {position}")),
        }
    }
    if d.findings.is_empty() {
        return;
    }
    let _ = writeln!(out, "── {} ──", d.name);
    quotes.sort_by_key(|q| q.0);
    for (_, q) in quotes {
        out.push_str(&q);
    }
    let list = |label: &str, items: &[String], out: &mut String| {
        if !items.is_empty() {
            let _ = writeln!(out, "  {label:<15} {}", items.join("; "));
        }
    };
    list("missed speakers", &missed_spk, out);
    list("extra speakers", &extra_spk, out);
    list("missed position", &missed_pos, out);
    list("extra position", &extra_pos, out);
    out.push('\n');
}

/// Totals and per-article scores as one JSON object.
pub fn gold_json(run: &GoldRun) -> String {
    let v = json!({
        "mode": "gold",
        "dir": run.dir,
        "articles": run.docs.len(),
        "not_scored": run.failed,
        "total": run.total,
        "per_article": run.docs,
        "problems": run.problems,
        "seconds": run.seconds,
        "engine_seconds": run.engine_seconds,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// The text report of a PolNeAR evaluation.
pub fn polnear_text(run: &PolnearRun, verbose: bool) -> String {
    let mut out = String::new();
    if verbose {
        for (name, _, fs) in &run.docs {
            if fs.is_empty() {
                continue;
            }
            let _ = writeln!(out, "── {name} ──");
            for f in fs {
                let _ = match f {
                    PolnearFinding::Missed { content, source } => {
                        writeln!(out, "  missed          {} — source {}", excerpt(content), excerpt(source))
                    }
                    PolnearFinding::FalsePositive { text, kind: k, short } => writeln!(
                        out,
                        "  false positive  {:<8} {}{}",
                        kind(*k),
                        excerpt(text),
                        if *short { "  (short: scare quote?)" } else { "" }
                    ),
                    PolnearFinding::WrongSpeaker { text, predicted, gold } => {
                        writeln!(out, "  wrong speaker   {} — predicted {predicted}, gold source {}", excerpt(text), excerpt(gold))
                    }
                };
            }
            out.push('\n');
        }
    }
    let t: &PolnearScores = &run.total;
    let _ = writeln!(out, "== PolNeAR: {} article(s) in {} (first annotator file of each) ==", run.docs.len(), run.dir);
    let group = |out: &mut String, label: &str, g: &GroupScore| {
        let d = &g.detection;
        let _ = writeln!(out, "{label}");
        let _ = writeln!(
            out,
            "  detection  {}   gold found {}/{}  predictions right {}/{}",
            prf(d),
            d.gold_found,
            d.gold,
            d.pred_correct,
            d.pred
        );
        let a = &g.detection_alone;
        let _ = writeln!(out, "  alone      {}   (each prediction on its own, no pooling of split quotes)", prf(a));
        let _ =
            writeln!(out, "  speaker    {} of matched ({} matched without a gold source, not scored)", share(&g.speaker), g.no_gold_source);
    };
    group(&mut out, "contents with a quotation mark, vs quotes + indirect reaching into them", &t.quoted);
    group(&mut out, "all contents, vs all predictions", &t.all);
    let _ = writeln!(
        out,
        "unmatched quoted-group predictions: {} inside a quoted gold content (partials of mixed speech), {} other short marked fragments (≤ 4 words: scare quotes, titles)",
        t.inside_quoted, t.short_unmatched
    );
    let _ = writeln!(out, "runtime: {:.2} s total, engine {:.2} s", run.seconds, run.engine_seconds);
    out
}

pub fn polnear_json(run: &PolnearRun) -> String {
    let per: Vec<_> = run.docs.iter().map(|(n, s, _)| json!({ "name": n, "scores": s })).collect();
    let v = json!({
        "mode": "polnear",
        "dir": run.dir,
        "articles": run.docs.len(),
        "total": run.total,
        "per_article": per,
        "problems": run.problems,
        "seconds": run.seconds,
        "engine_seconds": run.engine_seconds,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_one_line_and_shortened_in_the_middle() {
        assert_eq!(excerpt("a\n\n b  c"), "“a ¶ b c”");
        let long = format!("start {} end", "x".repeat(200));
        let e = excerpt(&long);
        assert!(e.starts_with("“start x") && e.ends_with("x end”") && e.contains(" … "));
        assert!(e.chars().count() < 100);
    }

    #[test]
    fn undefined_values_print_as_a_dash() {
        assert_eq!(pct(None), "–");
        assert_eq!(pct(Some(0.5714)), "57.1");
        assert_eq!(compact(&Prf::one_to_one(3, 0, 0)), "–/0.0/0.0 (3)");
    }
}
