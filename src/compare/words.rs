//! The words of a quote, and how two quotes' words line up.
//!
//! Outlets re-punctuate, re-case and truncate the same quotation, so quotes
//! are compared as sequences of words (letters and digits, an inner
//! apostrophe kept: "Trump’s" is one word), lower-cased, with every
//! apostrophe form read as `'`. Alignment is a longest common subsequence
//! over interned word ids; a quote is a few dozen words, so the quadratic
//! table is small, and past [`MAX_CELLS`] only the common ends are aligned.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::lexicon::FxBuildHasher;

use serde::{Deserialize, Serialize};

/// Above this many table cells (two quotes of ~1,000 words each), only the
/// common prefix and suffix are aligned: no input makes alignment slow.
const MAX_CELLS: usize = 1_000_000;

/// A quote's words: as written (for the diff) and as ids (for matching).
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub shown: Vec<String>,
    pub ids: Vec<u32>,
}

/// Gives every distinct lower-cased word one id, shared by all articles.
/// (Keyed as mentions' `slot_of` is, with its hasher: one copy of the
/// table's code in the wasm, and no SipHash.)
#[derive(Debug, Default)]
pub struct Interner(HashMap<Cow<'static, str>, usize, FxBuildHasher>);

impl Interner {
    pub fn words(&mut self, text: &str) -> Words {
        let mut w = Words::default();
        for word in split(text) {
            let key: String = word.chars().map(fold).flat_map(char::to_lowercase).collect();
            let next = self.0.len();
            w.ids.push(*self.0.entry(Cow::Owned(key)).or_insert(next) as u32);
            w.shown.push(word.to_owned());
        }
        w
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

fn fold(c: char) -> char {
    if is_apostrophe(c) {
        '\''
    } else {
        c
    }
}

/// The words of `text`: runs of letters and digits, joined across a single
/// apostrophe that has a letter or digit on each side.
pub fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = is_apostrophe(c) && start.is_some() && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The longest common subsequence of `a` and `b`, as `(i, j)` index pairs in
/// increasing order.
pub fn align(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut pairs: Vec<(usize, usize)> = (0..prefix).map(|i| (i, i)).collect();
    if !ma.is_empty() && !mb.is_empty() && (ma.len() + 1).saturating_mul(mb.len() + 1) <= MAX_CELLS {
        pairs.extend(lcs(ma, mb).into_iter().map(|(i, j)| (i + prefix, j + prefix)));
    }
    pairs.extend((0..suffix).map(|k| (a.len() - suffix + k, b.len() - suffix + k)));
    pairs
}

/// Plain dynamic-programming LCS, filled from the ends so the walk back is
/// forwards.
fn lcs(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let w = b.len() + 1;
    let mut t = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i * w + j] = if a[i] == b[j] { t[(i + 1) * w + j + 1] + 1 } else { t[(i + 1) * w + j].max(t[i * w + j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// How many aligned words lie in runs of at least `min_run` words that are
/// consecutive in both quotes.
pub fn covered_by_runs(pairs: &[(usize, usize)], min_run: usize) -> usize {
    let mut covered = 0;
    let mut run = 0;
    for (k, &(i, j)) in pairs.iter().enumerate() {
        let continues = k > 0 && pairs[k - 1] == (i.wrapping_sub(1), j.wrapping_sub(1));
        if !continues {
            if run >= min_run {
                covered += run;
            }
            run = 0;
        }
        run += 1;
    }
    if run >= min_run {
        covered += run;
    }
    covered
}

/// One stretch of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub op: Op,
    /// The words, space-separated, as this member (or, for `missing`, the
    /// fullest version) writes them.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both this member and the fullest version.
    Same,
    /// In the fullest version only: cut or re-worded here.
    Missing,
    /// In this member only: its own wording.
    Extra,
}

crate::to_json_struct!(Piece { op, text });
crate::to_json_enum!(Op { Same = "same", Missing = "missing", Extra = "extra" });

/// The word-level diff of `member` against `fullest`. Where both differ at
/// one place (a re-wording), the missing words come before the extra ones.
pub fn diff(member: &Words, fullest: &Words) -> Vec<Piece> {
    let pairs = align(&member.ids, &fullest.ids);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |op: Op, word: &str| match pieces.last_mut() {
        Some(p) if p.op == op => {
            p.text.push(' ');
            p.text.push_str(word);
        }
        _ => pieces.push(Piece { op, text: word.to_owned() }),
    };
    let (mut i, mut j) = (0, 0);
    for &(pi, pj) in pairs.iter().chain(std::iter::once(&(member.ids.len(), fullest.ids.len()))) {
        for word in &fullest.shown[j..pj] {
            push(Op::Missing, word);
        }
        for word in &member.shown[i..pi] {
            push(Op::Extra, word);
        }
        if pi < member.shown.len() {
            push(Op::Same, &member.shown[pi]);
        }
        (i, j) = (pi + 1, pj + 1);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_keeping_inner_apostrophes() {
        assert_eq!(
            split("“It’s short,” he said — 'quite' [Russia] 12-hour"),
            ["It’s", "short", "he", "said", "quite", "Russia", "12", "hour"]
        );
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("rock'"), ["rock"]);
    }

    #[test]
    fn folds_case_and_apostrophes() {
        let mut n = Interner::default();
        assert_eq!(n.words("Trump’s plan").ids, n.words("trump's PLAN").ids);
    }

    #[test]
    fn aligns_and_counts_runs() {
        let mut n = Interner::default();
        let a = n.words("we will continue to insist that the pier is safe");
        let b = n.words("We will continue to state that the pier is safe.");
        let pairs = align(&a.ids, &b.ids);
        assert_eq!(pairs.len(), 9);
        assert_eq!(covered_by_runs(&pairs, 3), 9);
        assert_eq!(covered_by_runs(&[(0, 0), (1, 1), (5, 3)], 3), 0);
    }

    #[test]
    fn diffs_a_truncated_and_reworded_member() {
        let mut n = Interner::default();
        let full = n.words("We remain skeptical that the ferry will run, the mayor knows it.");
        let member = n.words("We continue to doubt that the ferry will run");
        let d = diff(&member, &full);
        let ops: Vec<(Op, &str)> = d.iter().map(|p| (p.op, p.text.as_str())).collect();
        assert_eq!(
            ops,
            [
                (Op::Same, "We"),
                (Op::Missing, "remain skeptical"),
                (Op::Extra, "continue to doubt"),
                (Op::Same, "that the ferry will run"),
                (Op::Missing, "the mayor knows it"),
            ]
        );
        assert_eq!(diff(&full, &full), [Piece { op: Op::Same, text: full.shown.join(" ") }]);
    }

    #[test]
    fn huge_quotes_align_only_their_ends() {
        let a: Vec<u32> = (0..3000).collect();
        let mut b = a.clone();
        b[1500] = 99_999;
        let pairs = align(&a, &b);
        assert_eq!(pairs.len(), 2999);
        let c: Vec<u32> = (0..3000).rev().collect();
        assert!(align(&a, &c).len() <= 1);
    }
}
