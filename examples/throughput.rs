//! Throughput of `annotate` on real articles, timed inside one process.
//!
//! ```text
//! cargo run --release --example throughput -- DIR_OR_FILE... [--seconds S] [--json]
//! ```
//!
//! Reads every `*.txt` under the given directories (recursively) and
//! annotates them with the default options, round after round, until at
//! least `S` seconds (default 2) have passed. Prints MB/s over all rounds
//! and the median time per article scaled to 5 KB. `--json` prints one JSON
//! object instead, for `scripts/bench.mjs`. Timing is wall-clock: on a busy
//! machine repeat the run, and compare with `perf stat` user time.

use std::path::{Path, PathBuf};
use std::time::Instant;

use quotelight::{annotate, Options};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else { return };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            collect(&p, out);
        }
    } else if path.extension().is_some_and(|e| e == "txt") {
        out.push(path.to_path_buf());
    }
}

/// CPU time of this process in seconds (user + system), from
/// `/proc/self/stat`; `None` off Linux. On a shared machine this is steadier
/// than wall-clock time.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 12th and 13th of them, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let mut seconds = 2.0f64;
    let mut json = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            "--json" => json = true,
            _ => collect(Path::new(&a), &mut files),
        }
    }
    let texts: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).filter(|t| !t.is_empty()).collect();
    if texts.is_empty() {
        eprintln!("throughput: no *.txt files given");
        std::process::exit(2);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = Options::default();
    // One warm-up round: lexicons load lazily on first use.
    let mut sink = 0usize;
    for t in &texts {
        sink += annotate(t, &options).quotes.len();
    }
    // Per-article times in ms per 5 KB, over all rounds.
    let mut per_5kb = Vec::new();
    let (mut rounds, start, cpu_start) = (0usize, Instant::now(), cpu_seconds());
    while rounds == 0 || start.elapsed().as_secs_f64() < seconds {
        for t in &texts {
            let t0 = Instant::now();
            sink += annotate(t, &options).quotes.len();
            per_5kb.push(t0.elapsed().as_secs_f64() * 1000.0 * 5000.0 / t.len() as f64);
        }
        rounds += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cpu = cpu_start.zip(cpu_seconds()).map(|(a, b)| b - a).filter(|&c| c > 0.0);
    let cpu_mb_s = cpu.map(|c| (bytes * rounds) as f64 / 1e6 / c);
    per_5kb.sort_by(f64::total_cmp);
    let median = per_5kb[per_5kb.len() / 2];
    let mb_s = (bytes * rounds) as f64 / 1e6 / elapsed;
    if json {
        println!(
            "{{\"articles\":{},\"bytes\":{},\"rounds\":{},\"seconds\":{:.3},\"mbPerS\":{:.3},\"cpuMbPerS\":{},\"msPer5kb\":{:.4},\"quotes\":{}}}",
            texts.len(),
            bytes,
            rounds,
            elapsed,
            mb_s,
            cpu_mb_s.map_or("null".to_string(), |v| format!("{v:.3}")),
            median,
            sink / (rounds + 1)
        );
    } else {
        println!(
            "{} articles, {:.1} KB, {} rounds in {:.2} s: {:.2} MB/s ({} MB/s of CPU time), median {:.3} ms per 5 KB article",
            texts.len(),
            bytes as f64 / 1e3,
            rounds,
            elapsed,
            mb_s,
            cpu_mb_s.map_or("?".to_string(), |v| format!("{v:.2}")),
            median
        );
    }
}
