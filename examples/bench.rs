//! Throughput and linearity of `annotate` on hostile inputs.
//!
//! ```text
//! cargo run --release --example bench            # full: up to 10 MB / 10⁶ marks
//! cargo run --release --example bench -- --quick # up to 2 MB
//! ```
//!
//! For each input shape the text is built at doubling sizes and annotated
//! once per size; the report gives MB/s and how the time per byte grows
//! from the smallest to the largest size. Linear code keeps that growth
//! near 1; a quadratic stage doubles it at every step. The process exits
//! with status 1 when the growth passes [`MAX_GROWTH`], so the script can
//! guard a change, but no test depends on timing (a busy machine would make
//! such a test flaky).

use std::time::{Duration, Instant};

use quotelight::{annotate, OffsetUnit, Options};

/// Allowed growth of time per byte from the smallest to the largest size
/// (noise, caches and allocation make a little growth normal).
const MAX_GROWTH: f64 = 3.0;

/// A named input shape: builds a text of about `n` bytes.
struct Shape {
    name: &'static str,
    build: fn(usize) -> String,
}

fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "article paragraphs",
        build: |n| {
            repeat_to(
                "“We will rebuild the pier before summer,” said Mayor Ana Ortiz, who called the delay “regrettable”. \
                 Harbour master Luis Pé said the repairs had cost more than planned.\n\n",
                n,
            )
        },
    },
    Shape {
        name: "one line, no newline",
        build: |n| repeat_to("“We will act,” she said, and the ministers' 'plan' was 'fine'. Rock 'n' roll. ", n),
    },
    Shape { name: "balanced marks only", build: |n| repeat_to("“a” ", n) },
    Shape { name: "openers, never closed", build: |n| repeat_to("“a ", n) },
    Shape { name: "openers then closers", build: |n| format!("{}{}", repeat_to("“a ", n / 2), repeat_to("b’ ", n / 2)) },
    // Quotes nested ever deeper, then all closed: without the depth bound
    // each level repeats the rest of the text (quadratic time and output).
    Shape { name: "nested, then closed", build: nested },
    Shape { name: "nested, never closed", build: |n| repeat_to("“a ‘b ", n) },
    Shape { name: "straight marks, odd", build: |n| repeat_to("\" a \"b\" c' 'd ", n) },
    Shape { name: "mojibake", build: |n| repeat_to("â€œWe wonâ€™t go,â€\u{9d} said Ana. ", n) },
    Shape { name: "lossy one-letter marks", build: |n| repeat_to("Ana said, โWe wonโt go,โ and left. ", n) },
    Shape { name: "html", build: |n| repeat_to("<p class=\"x\">“Yes,” said <a href=\"/a\">Ana</a> &ldquo;ok&rdquo;.</p>", n) },
    Shape { name: "unclosed tags and comments", build: |n| repeat_to("<!-- <script> <b \" '", n) },
    Shape { name: "colon labels", build: |n| repeat_to("Ana: We will go now.\nQ: Why now?\n", n) },
    Shape { name: "one long word", build: |n| format!("'{}'", "a".repeat(n)) },
    // One sentence with no full stop: every quote's attribution search
    // (subject, pronoun, nested cue) must stay local.
    Shape {
        name: "endless sentence of cues",
        build: |n| repeat_to("and then, after saying “it is ‘over,’ she said,” they argued that the plan was “fine” ", n),
    },
    // Run-on reports: lower case after each full stop keeps one sentence.
    Shape { name: "run-on reports", build: |n| repeat_to("the minister said “x”. people who said the x, xx yy said ", n) },
    // A cue every two words: each report's clause is read up to its bound.
    Shape { name: "cue after cue", build: |n| repeat_to("xx said ", n) },
    // Every sentence opens on a capitalised word of its own: the openers
    // looked up in the text's own vocabulary grow with it.
    Shape { name: "distinct sentence openers", build: distinct_openers },
    // "Ms X … Mr X" for ever new surnames: each "Mr" contradicts the one
    // entity of his surname and looks for another of his sex.
    Shape { name: "honorific of the other sex", build: other_sex },
];

/// `Bazeko went to the fidula market. …`: about `n` bytes of sentences,
/// each opening on a made-up word no other sentence opens on.
fn distinct_openers(n: usize) -> String {
    made_up_sentences(n, |k| {
        let opener = capitalised(&made_up_word(k));
        format!("{opener} went to the {} market. ", made_up_word(k / 2 + 7))
    })
}

/// `Ms Bazeko spoke. Mr Bazeko spoke. …`: about `n` bytes, a new
/// surname in each pair.
fn other_sex(n: usize) -> String {
    made_up_sentences(n, |k| {
        let name = capitalised(&made_up_word(k + 400));
        format!("Ms {name} spoke. Mr {name} spoke. ")
    })
}

/// About `n` bytes of `unit(k)` for k = 0, 1, …, six to a paragraph.
fn made_up_sentences(n: usize, unit: impl Fn(usize) -> String) -> String {
    let mut text = String::with_capacity(n + 64);
    for k in 0.. {
        if text.len() >= n {
            break;
        }
        text.push_str(&unit(k));
        if k % 6 == 5 {
            text.push_str("\n\n");
        }
    }
    text
}

/// A word of made-up syllables, a different one for each `k`.
fn made_up_word(mut k: usize) -> String {
    const SYLLABLES: [&str; 18] =
        ["ba", "ze", "ko", "fi", "du", "la", "me", "no", "pi", "ru", "sa", "te", "vo", "wi", "ga", "hu", "jo", "ly"];
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[k % SYLLABLES.len()]);
        k /= SYLLABLES.len();
        if k == 0 {
            break w;
        }
    }
}

fn capitalised(w: &str) -> String {
    w[..1].to_ascii_uppercase() + &w[1..]
}

/// `“a ‘a “a … b’ b” b’ b”`: about `n` bytes of quotes nested in one another.
fn nested(n: usize) -> String {
    let depth = n / 8;
    let mut text = String::with_capacity(n + 16);
    for i in 0..depth {
        text.push_str(if i % 2 == 0 { "“a " } else { "‘a " });
    }
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { "b” " } else { "b’ " });
    }
    text
}

/// The faster of two runs: the first run at a new, larger size pays for
/// fresh pages of memory (the allocator maps big buffers anew until it has
/// seen them freed), which is the operating system's cost, not the
/// engine's, and grows the time per byte of the fast shapes at the top
/// sizes only.
fn time(text: &str) -> (Duration, usize) {
    let options = Options { offsets: OffsetUnit::Utf16, indirect: true, repair: true };
    let run = || {
        let t = Instant::now();
        let a = annotate(text, &options);
        (t.elapsed(), a.quotes.len())
    };
    let (first, quotes) = run();
    (first.min(run().0), quotes)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let max = if quick { 2 << 20 } else { 10 << 20 };
    let sizes: Vec<usize> = std::iter::successors(Some(max >> 3), |&s| (s < max).then_some(s * 2)).collect();
    let mut worst = ("", 0.0f64);
    println!("{:<28} {:>9} {:>9} {:>9} {:>8}", "shape", "bytes", "quotes", "MB/s", "ns/byte");
    for shape in SHAPES {
        let mut per_byte = Vec::new();
        for &n in &sizes {
            let text = (shape.build)(n);
            let (took, quotes) = time(&text);
            let ns = took.as_nanos() as f64 / text.len() as f64;
            per_byte.push(ns);
            let mbs = text.len() as f64 / 1e6 / took.as_secs_f64();
            println!("{:<28} {:>9} {:>9} {:>9.1} {:>8.1}", shape.name, text.len(), quotes, mbs, ns);
        }
        let growth = per_byte.last().unwrap() / per_byte[0].max(f64::MIN_POSITIVE);
        println!("{:<28} time per byte ×{growth:.2} from {} to {} bytes\n", "", sizes[0], max);
        if growth > worst.1 {
            worst = (shape.name, growth);
        }
    }
    // A million marks, as the issue states it.
    let marks = "“a” ".repeat(250_000);
    let (took, quotes) = time(&marks);
    println!("10⁶ quote marks: {quotes} quotes in {:.2} s", took.as_secs_f64());
    // The bar of issue 13: 100 KB of nested quotes well under a second.
    let text = nested(100_000);
    let (took, quotes) = time(&text);
    println!("100 KB nested quotes: {quotes} quotes in {:.3} s", took.as_secs_f64());
    println!("worst growth: {} ×{:.2} (limit ×{MAX_GROWTH})", worst.0, worst.1);
    if worst.1 > MAX_GROWTH {
        println!("FAIL: time per byte grows with size: something is not linear");
        std::process::exit(1);
    }
}
