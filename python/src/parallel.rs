//! A parallel map over texts with scoped std threads: no Python, no GIL.
//!
//! Articles vary a lot in length, so threads take the next text from a shared
//! counter rather than fixed chunks; results keep the input order.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;

/// `threads=None` → every core (but never more threads than texts); 0 is an error.
pub fn thread_count(asked: Option<usize>, texts: usize) -> PyResult<usize> {
    let wanted = match asked {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => thread::available_parallelism().map_or(1, NonZeroUsize::get),
    };
    Ok(wanted.min(texts).max(1))
}

/// `items.iter().map(f)` on `threads` threads, in input order.
pub fn map<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    if threads <= 1 || items.len() <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    mine.push((i, f(item)));
                }
                // A poisoned lock means another worker panicked; scope() re-raises that panic anyway.
                if let Ok(mut done) = done.lock() {
                    done.extend(mine);
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order_on_many_threads() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(map(&items, 4, |n| n * 2), items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn runs_on_more_than_one_thread() {
        let items = vec![(); 64];
        let ids = map(&items, 4, |_| {
            thread::sleep(std::time::Duration::from_millis(2));
            thread::current().id()
        });
        let mut distinct = ids.clone();
        distinct.sort_by_key(|id| format!("{id:?}"));
        distinct.dedup();
        assert!(distinct.len() > 1, "all 64 items ran on one thread");
    }

    #[test]
    fn empty_input_gives_empty_output() {
        assert!(map(&Vec::<u8>::new(), 4, |b| *b).is_empty());
    }

    #[test]
    fn thread_count_is_bounded_by_the_work() {
        assert_eq!(thread_count(Some(8), 3).ok(), Some(3));
        assert_eq!(thread_count(Some(2), 0).ok(), Some(1));
        assert!(thread_count(Some(0), 5).is_err());
        assert!(thread_count(None, 1000).is_ok_and(|n| n >= 1));
    }
}
