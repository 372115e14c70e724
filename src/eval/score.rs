//! The arithmetic every evaluation mode shares: span overlap, counts with
//! precision/recall/F1, and the two ways of pairing predictions with gold
//! items (greedy by overlap for spans, maximum matching for names).

use serde::{Serialize, Serializer};

/// A half-open byte range `start..end` in the article.
pub type Range = (usize, usize);

/// Bytes shared by two ranges.
pub fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Length of a range (0 for an inverted one).
pub fn len(r: Range) -> usize {
    r.1.saturating_sub(r.0)
}

/// Detection counts. `gold_found` and `pred_correct` are kept apart because
/// not every rule is one-to-one (PolNeAR's is not); where it is, they are equal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    pub gold: usize,
    pub pred: usize,
    /// Gold items some prediction found.
    pub gold_found: usize,
    /// Predictions that found a gold item.
    pub pred_correct: usize,
}

impl Prf {
    /// Counts for a one-to-one matching with `matched` pairs.
    pub fn one_to_one(gold: usize, pred: usize, matched: usize) -> Self {
        Prf { gold, pred, gold_found: matched, pred_correct: matched }
    }

    /// `pred_correct / pred`; undefined without predictions.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.pred_correct, self.pred)
    }

    /// `gold_found / gold`; undefined without gold items.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.gold_found, self.gold)
    }

    /// Harmonic mean of P and R, an undefined one counting as 0; undefined
    /// only when there is nothing at all to score.
    pub fn f1(&self) -> Option<f64> {
        if self.gold + self.pred == 0 {
            return None;
        }
        let (p, r) = (self.precision().unwrap_or(0.0), self.recall().unwrap_or(0.0));
        Some(if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }

    pub fn add(&mut self, o: &Prf) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.gold_found += o.gold_found;
        self.pred_correct += o.pred_correct;
    }
}

impl Serialize for Prf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out {
            gold: usize,
            pred: usize,
            gold_found: usize,
            pred_correct: usize,
            precision: Option<f64>,
            recall: Option<f64>,
            f1: Option<f64>,
        }
        Out {
            gold: self.gold,
            pred: self.pred,
            gold_found: self.gold_found,
            pred_correct: self.pred_correct,
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
        .serialize(s)
    }
}

/// A share such as "matches with exact spans": `hits` out of `of`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    pub hits: usize,
    pub of: usize,
}

impl Share {
    pub fn count(&mut self, hit: bool) {
        self.of += 1;
        self.hits += usize::from(hit);
    }

    pub fn value(&self) -> Option<f64> {
        ratio(self.hits, self.of)
    }

    pub fn add(&mut self, o: &Share) {
        self.hits += o.hits;
        self.of += o.of;
    }
}

impl Serialize for Share {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out {
            hits: usize,
            of: usize,
            value: Option<f64>,
        }
        Out { hits: self.hits, of: self.of, value: self.value() }.serialize(s)
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// Pairs gold and predicted spans one-to-one. A pair is a candidate when
/// the overlap is at least half of each span; candidates are taken largest
/// overlap first (ties: closer starts, then earlier items), so every span
/// ends up with its best still-free partner. Returns `(gold, pred)` indices.
pub fn match_spans(gold: &[Range], pred: &[Range]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, &gr) in gold.iter().enumerate() {
        for (p, &pr) in pred.iter().enumerate() {
            let ov = overlap(gr, pr);
            if ov > 0 && 2 * ov >= len(gr) && 2 * ov >= len(pr) {
                candidates.push((ov, gr.0.abs_diff(pr.0), g, p));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let (mut gold_used, mut pred_used) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut pairs = Vec::new();
    for (_, _, g, p) in candidates {
        if !gold_used[g] && !pred_used[p] {
            gold_used[g] = true;
            pred_used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// A maximum one-to-one matching between `left` and `right` items where
/// `edge(l, r)` says which pairs may match (Kuhn's augmenting paths; the
/// sets are a few dozen names, so the cubic worst case does not matter).
/// Returns `match_of_left[l] = Some(r)`.
pub fn max_matching(left: usize, right: usize, edge: impl Fn(usize, usize) -> bool) -> Vec<Option<usize>> {
    let adj: Vec<Vec<usize>> = (0..left).map(|l| (0..right).filter(|&r| edge(l, r)).collect()).collect();
    let mut owner: Vec<Option<usize>> = vec![None; right];
    for l in 0..left {
        let mut seen = vec![false; right];
        augment(l, &adj, &mut owner, &mut seen);
    }
    let mut of_left = vec![None; left];
    for (r, o) in owner.iter().enumerate() {
        if let Some(l) = *o {
            of_left[l] = Some(r);
        }
    }
    of_left
}

fn augment(l: usize, adj: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &r in &adj[l] {
        if seen[r] {
            continue;
        }
        seen[r] = true;
        if owner[r].is_none_or(|o| augment(o, adj, owner, seen)) {
            owner[r] = Some(l);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_of_each_side_is_required() {
        // 5 of 10 gold bytes and 5 of 6 predicted: a match.
        assert_eq!(match_spans(&[(0, 10)], &[(5, 11)]), vec![(0, 0)]);
        // 5 of 10 gold, but only 5 of 11 predicted: not.
        assert_eq!(match_spans(&[(0, 10)], &[(5, 16)]), vec![]);
        // Touching is not overlapping.
        assert_eq!(match_spans(&[(0, 0), (0, 4)], &[(4, 8), (0, 0)]), vec![]);
    }

    #[test]
    fn greedy_takes_largest_overlap_first_and_is_one_to_one() {
        let gold = [(0, 10), (10, 20)];
        // Pred 0 covers gold 0 exactly; pred 1 overlaps gold 0 by 6 and gold 1 by 4.
        let pred = [(0, 10), (4, 14), (10, 20)];
        assert_eq!(match_spans(&gold, &pred), vec![(0, 0), (1, 2)]);
        // Two predictions for one gold: only one is matched.
        assert_eq!(match_spans(&[(0, 10)], &[(0, 9), (1, 10)]).len(), 1);
    }

    #[test]
    fn prf_definitions() {
        let c = Prf::one_to_one(4, 2, 1);
        assert_eq!(c.precision(), Some(0.5));
        assert_eq!(c.recall(), Some(0.25));
        assert!((c.f1().unwrap() - 1.0 / 3.0).abs() < 1e-12);
        let none = Prf::one_to_one(3, 0, 0);
        assert_eq!((none.precision(), none.recall(), none.f1()), (None, Some(0.0), Some(0.0)));
        assert_eq!(Prf::default().f1(), None);
    }

    #[test]
    fn max_matching_finds_augmenting_paths() {
        // Left 0 can take 0 or 1, left 1 only 0: greedy-in-order would
        // give 0→0 and leave 1 alone; the maximum matching is 0→1, 1→0.
        let m = max_matching(2, 2, |l, r| l == 0 || r == 0);
        assert_eq!(m, vec![Some(1), Some(0)]);
        assert_eq!(max_matching(2, 1, |_, _| true).iter().flatten().count(), 1);
    }
}
