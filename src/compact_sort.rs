//! One small sort for the wasm. std's `sort_unstable` is compiled anew for
//! every element type and comparator, 3 to 8 KB of wasm apiece, and the
//! engine sorts a dozen kinds of things; a heap sort is a few hundred
//! bytes per type. Natively std's sort stays, faster on long inputs. Both
//! are unstable: only for keys that order the elements totally (the whole
//! tuple, or an index as the last key), where every sort gives one order.
//! The stable sorts ([`sort_by_key`], [`sort_by`]) are, in the wasm, a
//! merge sort of one copy per element type, where std's stable sort is
//! another 3 to 5 KB per comparator.

use std::cmp::Ordering;

/// `v.sort_unstable_by(cmp)`; in the wasm, [`heap_sort`].
pub fn sort_unstable_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by(cmp);
    #[cfg(target_arch = "wasm32")]
    {
        let mut cmp = cmp;
        heap_sort(v, &mut |a: &T, b: &T| cmp(a, b) == Ordering::Less);
    }
}

/// `v.sort_unstable()`; in the wasm, [`heap_sort`].
pub fn sort_unstable<T: Ord>(v: &mut [T]) {
    sort_unstable_by(v, T::cmp);
}

/// `v.sort_by_key(key)`, stable; in the wasm, [`merge_sort`].
pub fn sort_by_key<T: Clone, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(key);
    #[cfg(target_arch = "wasm32")]
    merge_sort(v, &mut |a: &T, b: &T| key(a) < key(b));
}

/// `v.sort_by(cmp)`, stable; in the wasm, [`merge_sort`].
pub fn sort_by<T: Clone>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
    #[cfg(target_arch = "wasm32")]
    merge_sort(v, &mut |a: &T, b: &T| cmp(a, b) == Ordering::Less);
}

/// Stable bottom-up merge sort by `less` (behind one pointer, as
/// [`heap_sort`]'s), through one buffer: runs of 1, 2, 4, … merged, the
/// left element first among equals.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn merge_sort<T: Clone>(v: &mut [T], less: &mut dyn FnMut(&T, &T) -> bool) {
    let n = v.len();
    if n < 2 || v.windows(2).all(|w| !less(&w[1], &w[0])) {
        return;
    }
    let mut buf = v.to_vec();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let (mid, hi) = ((lo + width).min(n), (lo + 2 * width).min(n));
            let (mut a, mut b) = (lo, mid);
            for slot in &mut buf[lo..hi] {
                let left = a < mid && (b >= hi || !less(&v[b], &v[a]));
                *slot = if left {
                    a += 1;
                    v[a - 1].clone()
                } else {
                    b += 1;
                    v[b - 1].clone()
                };
            }
            lo = hi;
        }
        v.clone_from_slice(&buf);
        width *= 2;
    }
}

/// Heap sort by `less`, the comparator behind one pointer: one copy of the
/// code per element type, none per comparator.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn heap_sort<T>(v: &mut [T], less: &mut dyn FnMut(&T, &T) -> bool) {
    fn sift<T>(v: &mut [T], mut root: usize, end: usize, less: &mut dyn FnMut(&T, &T) -> bool) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && less(&v[child], &v[child + 1]) {
                child += 1;
            }
            if !less(&v[root], &v[child]) {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n, less);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end, less);
    }
}

#[cfg(test)]
mod tests {
    use super::heap_sort;

    #[test]
    fn the_merge_sort_orders_as_std_stable_sort_does() {
        let mut x = 54321u32;
        for n in [0usize, 1, 2, 3, 5, 8, 9, 100, 1000] {
            let v: Vec<(u32, u32)> = (0..n)
                .map(|k| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 20, k as u32)
                })
                .collect();
            let (mut a, mut b) = (v.clone(), v);
            // Equal keys keep their order: the second field shows it.
            a.sort_by_key(|p| p.0);
            super::merge_sort(&mut b, &mut |p, q| p.0 < q.0);
            assert_eq!(a, b, "n = {n}");
        }
    }

    #[test]
    fn the_heap_sort_orders_as_std_does() {
        // A fixed pseudo-random sequence with repeats, and the edge lengths.
        let mut x = 12345u32;
        for n in [0usize, 1, 2, 3, 7, 8, 100, 1000] {
            let v: Vec<(u32, u32)> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 50, (x >> 8) % 7)
                })
                .collect();
            let (mut a, mut b) = (v.clone(), v);
            a.sort_unstable();
            heap_sort(&mut b, &mut |p, q| p < q);
            assert_eq!(a, b, "n = {n}");
        }
    }
}
