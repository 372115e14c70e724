//! Work on scoped std threads while the calling thread takes the results as
//! they come: no Python here, so the workers never touch the GIL.
//!
//! Articles vary a lot in length, so workers take the next item from a shared
//! counter rather than fixed chunks. The caller converts each result to Python
//! (which needs the GIL) while the workers go on with the rest.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver};
use std::sync::Mutex;
use std::thread;

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;

/// Where workers' results arrive: `(index into items, result)`. In a Mutex so
/// a `&Results` can cross into a closure that runs without the GIL.
pub type Results<R> = Mutex<Receiver<(usize, R)>>;

/// `threads=None` → every core (but never more threads than texts); 0 is an error.
pub fn thread_count(asked: Option<usize>, texts: usize) -> PyResult<usize> {
    let wanted = match asked {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => thread::available_parallelism().map_or(1, NonZeroUsize::get),
    };
    Ok(wanted.min(texts).max(1))
}

/// Applies `f` to every item on `threads` workers. Meanwhile `take` runs on
/// the calling thread, again and again, until it returns false; it should
/// receive one result from the channel (false once the channel is empty and
/// closed). When `take` stops early the workers stop too.
pub fn run<T, R, F, G>(items: &[T], threads: usize, f: F, mut take: G)
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
    G: FnMut(&Results<R>) -> bool,
{
    let next = AtomicUsize::new(0);
    let (tx, rx) = channel();
    let results = Mutex::new(rx);
    thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            let tx = tx.clone();
            let (next, f) = (&next, &f);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                // A failed send means the caller stopped listening: no point going on.
                if tx.send((i, f(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx); // Now the channel closes when the last worker ends.
        while take(&results) {}
        // Stopping early: let the workers' next send fail.
        next.store(items.len(), Ordering::Relaxed);
        drop(results);
    });
}

/// One result from the workers, or None once they are all done.
pub fn receive<R>(results: &Results<R>) -> Option<(usize, R)> {
    results.lock().ok()?.recv().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `items.iter().map(f)` through `run`, back in input order.
    fn map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
        let mut out: Vec<Option<R>> = items.iter().map(|_| None).collect();
        run(items, threads, f, |results| match receive(results) {
            Some((i, r)) => {
                out[i] = Some(r);
                true
            }
            None => false,
        });
        out.into_iter().flatten().collect()
    }

    #[test]
    fn every_result_arrives_once_with_its_index() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(map(&items, 4, |n| n * 2), items.iter().map(|n| n * 2).collect::<Vec<_>>());
        assert_eq!(map(&items, 1, |n| n + 1), items.iter().map(|n| n + 1).collect::<Vec<_>>());
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
    fn stopping_early_stops_the_workers() {
        let items: Vec<usize> = (0..100_000).collect();
        let done = AtomicUsize::new(0);
        run(
            &items,
            2,
            |_| {
                done.fetch_add(1, Ordering::Relaxed);
                thread::sleep(std::time::Duration::from_micros(10));
            },
            |results| {
                receive(results);
                false // stop after the first result
            },
        );
        assert!(done.load(Ordering::Relaxed) < 1000, "{} items done after stopping", done.load(Ordering::Relaxed));
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
