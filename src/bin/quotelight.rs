//! `quotelight`: batch annotation and evaluation on the command line.
//!
//! Arguments are parsed by hand: two subcommands with a handful of flags do
//! not need a parser crate. Exit codes: 0 success, 1 some input failed
//! (the rest were still processed), 2 usage error.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use quotelight::eval::{self, report};
use quotelight::{annotate, OffsetUnit, Options};

const USAGE: &str = "\
Usage:
  quotelight annotate [FILE ...] [--out-dir DIR] [--offsets utf16|utf8|chars]
                      [--no-indirect] [--no-repair] [--jobs N]
  quotelight compare FILE FILE ... [--offsets utf16|utf8|chars]
                     [--no-indirect] [--no-repair]
  quotelight eval [GOLD_DIR] [--json] [-v|--verbose]
  quotelight eval --polnear SPLIT_DIR [--json] [-v|--verbose]
  quotelight --help | --version

annotate  Finds quotes, speakers and positions in each FILE (stdin when none,
          or for '-'). One file: its result as pretty JSON on stdout. Several
          files: JSON Lines on stdout, one {\"file\": …, \"annotations\": …}
          object per file read. With --out-dir: DIR/<stem>.json per file.
          --offsets  unit of every start/end (default utf16, as in JavaScript)
          --no-indirect  quoted speech only, no reported speech
          --no-repair    do not repair mis-decoded quotation marks
          --jobs N, -j N  annotate up to N files at once (default: one per
                         core); results and errors still come in the
                         order the files were given
          Input: UTF-8, or UTF-16 with a byte-order mark; offsets index the
          decoded text. Exit status: 0 all inputs done, 1 some input failed
          (named on stderr; the others are still done), 2 usage error.
compare   Annotates 2-12 versions of one story and groups the quotes they
          share, with word-level diffs, speakers and positions, as pretty
          JSON on stdout. Options as for annotate.
eval      Scores the engine against NAME.txt + NAME.json gold pairs in
          GOLD_DIR (default ../shared/gold), or against a PolNeAR split.
          --json  machine-readable totals; -v  misses and false positives.

Formats and metrics: docs/format.md.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => usage_error("no command given"),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("quotelight {} (result format {})", env!("CARGO_PKG_VERSION"), quotelight::output::FORMAT_VERSION);
            ExitCode::SUCCESS
        }
        Some("annotate") => {
            quiet_panics();
            run_annotate(&args[1..])
        }
        Some("compare") => run_compare(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("quotelight: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("quotelight: {msg}");
    ExitCode::FAILURE
}

/// Splits `--flag=value` and takes a flag's value from the next argument
/// otherwise.
struct Args<'a> {
    rest: std::slice::Iter<'a, String>,
    /// After `--`, everything is an operand.
    operands_only: bool,
}

enum Arg<'a> {
    Flag(&'a str, Option<&'a str>),
    Operand(&'a str),
}

impl<'a> Args<'a> {
    fn new(args: &'a [String]) -> Self {
        Args { rest: args.iter(), operands_only: false }
    }

    fn next(&mut self) -> Option<Arg<'a>> {
        let a = self.rest.next()?.as_str();
        if self.operands_only || a == "-" || !a.starts_with('-') {
            return Some(Arg::Operand(a));
        }
        if a == "--" {
            self.operands_only = true;
            return self.next();
        }
        Some(match a.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => Arg::Flag(flag, Some(value)),
            _ => Arg::Flag(a, None),
        })
    }

    /// The value of `flag`: given inline, or the next argument.
    fn value(&mut self, flag: &str, inline: Option<&'a str>) -> Result<&'a str, String> {
        inline.or_else(|| self.rest.next().map(String::as_str)).ok_or(format!("{flag} needs a value"))
    }
}

/// What `annotate` was asked to do.
struct AnnotateArgs<'a> {
    options: Options,
    files: Vec<&'a str>,
    out_dir: Option<PathBuf>,
    /// Files annotated at once; `None`: one per core.
    jobs: Option<usize>,
    help: bool,
}

fn parse_annotate(args: &[String]) -> Result<AnnotateArgs<'_>, String> {
    let mut a = AnnotateArgs { options: Options::default(), files: Vec::new(), out_dir: None, jobs: None, help: false };
    let mut it = Args::new(args);
    while let Some(arg) = it.next() {
        match arg {
            Arg::Operand(f) => a.files.push(f),
            Arg::Flag("--offsets", v) => {
                a.options.offsets = match it.value("--offsets", v)? {
                    "utf16" => OffsetUnit::Utf16,
                    "utf8" => OffsetUnit::Utf8,
                    "chars" => OffsetUnit::Chars,
                    other => return Err(format!("--offsets must be utf16, utf8 or chars, not '{other}'")),
                }
            }
            Arg::Flag("--out-dir", v) => {
                let dir = it.value("--out-dir", v)?;
                if dir.is_empty() {
                    return Err("--out-dir needs a folder name, not an empty string (use --out-dir . for this folder)".into());
                }
                a.out_dir = Some(PathBuf::from(dir));
            }
            Arg::Flag(flag @ ("--jobs" | "-j"), v) => {
                let n = it.value(flag, v)?;
                a.jobs = Some(n.parse().ok().filter(|&n| n > 0).ok_or(format!("{flag} must be a whole number of 1 or more, not '{n}'"))?);
            }
            Arg::Flag("--no-indirect", None) => a.options.indirect = false,
            Arg::Flag("--no-repair", None) => a.options.repair = false,
            Arg::Flag("-h" | "--help", None) => a.help = true,
            Arg::Flag(f, _) => return Err(format!("unknown option '{f}' for annotate")),
        }
    }
    if a.files.is_empty() {
        a.files.push("-");
    }
    Ok(a)
}

fn run_annotate(args: &[String]) -> ExitCode {
    let AnnotateArgs { options, files, out_dir, jobs, help } = match parse_annotate(args) {
        Ok(a) => a,
        Err(e) => return usage_error(&e),
    };
    if help {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if let Some(dir) = &out_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            return fail(&format!("cannot create output folder {}: {e}", dir.display()));
        }
    }

    let mut ok = true;
    let mut written: std::collections::HashMap<PathBuf, &str> = std::collections::HashMap::new();
    let stdout = std::io::stdout();
    // Standard input is read once, by whichever file names it first: in
    // order, so one job when it is among the files.
    let jobs = if files.contains(&"-") { 1 } else { jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from)) };
    // JSON Lines are written where the file was annotated: the main thread
    // only hands them on in order.
    let lines = out_dir.is_none() && files.len() > 1;
    let work = |&file: &&str| {
        let result = read_text(file).and_then(|text| annotate_catching(&text, &options))?;
        Ok(if lines { Done::Line(json_line(label_of(file), &result)) } else { Done::Whole(result) })
    };
    for_each_in_order(&files, jobs, work, |i, result: Result<Done, String>| {
        let file = files[i];
        let label = label_of(file);
        let result = match result {
            Ok(Done::Whole(r)) => r,
            Ok(Done::Line(line)) => {
                if let Err(e) = write_stdout(&stdout, |w| w.write_all(&line)) {
                    eprintln!("quotelight: {label}: {e}");
                    ok = false;
                }
                return;
            }
            Err(e) => {
                eprintln!("quotelight: {label}: {e}");
                ok = false;
                return;
            }
        };
        let outcome = match &out_dir {
            Some(dir) => {
                let stem = if file == "-" {
                    "stdin".to_owned()
                } else {
                    Path::new(file).file_stem().map_or("output".into(), |s| s.to_string_lossy().into_owned())
                };
                let target = dir.join(format!("{stem}.json"));
                if let Some(earlier) = written.get(&target) {
                    Err(format!("{} would overwrite the result of {earlier}; not written", target.display()))
                } else {
                    let r = write_atomically(&target, |w| write_pretty(w, &result));
                    written.insert(target, label);
                    r
                }
            }
            // Streamed: the JSON of a long text is about ten times its size,
            // and building it as one string first doubled the peak memory.
            None => write_stdout(&stdout, |w| write_pretty(w, &result)),
        };
        if let Err(e) = outcome {
            eprintln!("quotelight: {label}: {e}");
            ok = false;
        }
    });
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Calls `work` on every item, on up to `jobs` threads, and `sink` on each
/// result in the items' order, as soon as it and all before it are done.
/// A worker takes an item only within `2 * jobs` of the next one to be
/// handed on, so a slow file holds back at most that many finished results
/// (each may be ten times its text in memory), not the whole batch.
fn for_each_in_order<T: Sync, R: Send>(items: &[T], jobs: usize, work: impl Fn(&T) -> R + Sync, mut sink: impl FnMut(usize, R)) {
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    use std::sync::{mpsc, Condvar, Mutex};
    let jobs = jobs.min(items.len());
    let window = 2 * jobs;
    // Items taken, and items handed on (a worker waits while its item is a
    // window or more ahead of the latter).
    let (taken, handed) = (AtomicUsize::new(0), (Mutex::new(0usize), Condvar::new()));
    let mut next = 0;
    if jobs > 1 {
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel::<(usize, R)>();
            let mut spawned = 0;
            for _ in 0..jobs {
                let (tx, taken, handed, work) = (tx.clone(), &taken, &handed, &work);
                let worker = move || loop {
                    let i = taken.fetch_add(1, Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let mut done = handed.0.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + window {
                        done = handed.1.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                    drop(done);
                    if tx.send((i, work(item))).is_err() {
                        break;
                    }
                };
                // The main thread's stack, not a spawned thread's smaller
                // default: the engine's deepest texts must not fail here
                // alone.
                match std::thread::Builder::new().stack_size(8 << 20).spawn_scoped(scope, worker) {
                    Ok(_) => spawned += 1,
                    Err(_) => break,
                }
            }
            drop(tx);
            if spawned == 0 {
                return;
            }
            let mut waiting = std::collections::BTreeMap::new();
            for (i, r) in rx {
                waiting.insert(i, r);
                while let Some(r) = waiting.remove(&next) {
                    sink(next, r);
                    next += 1;
                    *handed.0.lock().unwrap_or_else(|e| e.into_inner()) = next;
                    handed.1.notify_all();
                }
            }
        });
    }
    // One job, or no thread could be started: the rest here, in order.
    for (i, item) in items.iter().enumerate().skip(next) {
        sink(i, work(item));
    }
}

/// Runs the engine on one input. A panic (a bug: the engine is meant never
/// to panic) becomes an error for this input, so the rest of a batch is
/// still processed.
fn annotate_catching(text: &str, options: &Options) -> Result<quotelight::Annotations, String> {
    // Only for the tests of this contract: a text containing the value of
    // this variable makes the engine's run panic.
    let trigger = std::env::var("QUOTELIGHT_TEST_PANIC_ON").ok().filter(|t| !t.is_empty());
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if trigger.is_some_and(|t| text.contains(&t)) {
            panic!("panic requested by QUOTELIGHT_TEST_PANIC_ON");
        }
        annotate(text, options)
    }))
    .map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        let at = PANIC_AT.with(|p| p.borrow_mut().take()).map(|l| format!(" at {l}")).unwrap_or_default();
        format!("internal error, no result for this input (engine panicked{at}: {what}); please report it with the input")
    })
}

thread_local! {
    /// Where the last panic happened, recorded by the hook that replaces
    /// the default one (whose message would not name the input).
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the default panic message with a record of where it happened;
/// [`annotate_catching`] reports it with the file name.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
        PANIC_AT.with(|p| *p.borrow_mut() = at);
    }));
}

/// What a worker of `annotate` hands on: a result to write as pretty
/// JSON, or a JSON Lines line already written.
enum Done {
    Whole(quotelight::Annotations),
    Line(Vec<u8>),
}

/// How errors and JSON Lines name a file.
fn label_of(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// One line of `annotate`'s JSON Lines output, `{"file":…,"annotations":…}`
/// and a newline: the text serde_json wrote, by the engine's own compact
/// JSON writer (about half its instructions).
fn json_line(label: &str, result: &quotelight::Annotations) -> Vec<u8> {
    let mut line = Vec::with_capacity(2 * label.len() + 3 * result.quotes.len() * 256 + 1024);
    line.extend_from_slice(br#"{"file":"#);
    serde_json::to_writer(&mut line, label).expect("a string is written to a Vec");
    line.extend_from_slice(br#","annotations":"#);
    quotelight::json::extend(&mut line, result);
    line.extend_from_slice(b"}\n");
    line
}

/// `result` as pretty JSON and a newline: `Annotations::to_json`, written
/// as it is made instead of built as one string first.
fn write_pretty(w: &mut dyn Write, result: &quotelight::Annotations) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, result)?;
    writeln!(w)
}

/// Writes to stdout through a buffer, flushed before returning.
fn write_stdout(stdout: &std::io::Stdout, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), String> {
    let mut out = std::io::BufWriter::new(stdout.lock());
    write(&mut out).and_then(|()| out.flush()).map_err(|e| e.to_string())
}

/// Writes what `write` writes to `target` through a temporary file in the
/// same folder and a rename, so a reader (or a crash) never sees half a
/// result.
fn write_atomically(target: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), String> {
    let name = target.file_name().map_or("output".into(), |n| n.to_string_lossy().into_owned());
    let tmp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut out = std::io::BufWriter::new(f);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    let result = written.and_then(|()| std::fs::rename(&tmp, target));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}: {e}", target.display())
    })
}

/// The whole file (or stdin for `-`) as text: UTF-8 (a byte-order mark is
/// dropped), or UTF-16 LE/BE when it starts with a byte-order mark. Bad
/// input is an error that says where, never silently replaced.
fn read_text(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(file)
    };
    let bytes = bytes.map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        _ => format!("cannot read: {e}"),
    })?;
    decode(bytes)
}

/// Decodes a file's bytes; see [`read_text`].
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => return decode_utf16(rest, "UTF-16LE", u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => return decode_utf16(rest, "UTF-16BE", u16::from_be_bytes),
        _ => {}
    }
    if let Some(parity) = utf16_without_bom(&bytes) {
        let order = if parity == 1 { "UTF-16LE" } else { "UTF-16BE" };
        return Err(format!(
            "looks like {order} without a byte-order mark (every other byte is zero); save it as UTF-8, or as UTF-16 with a byte-order mark"
        ));
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
    let mut bytes = bytes;
    bytes.drain(..bom);
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes().get(at).copied().unwrap_or(0);
        let at = at + bom;
        format!(
            "not valid UTF-8: byte 0x{byte:02X} at byte offset {at} (convert the file to UTF-8, or to UTF-16 with a byte-order mark, first)"
        )
    })
}

/// `compare`: the annotate options, at least two files, one JSON document.
fn run_compare(args: &[String]) -> ExitCode {
    let mut options = Options::default();
    let mut files = Vec::new();
    let mut it = Args::new(args);
    while let Some(arg) = it.next() {
        match arg {
            Arg::Operand(f) => files.push(f),
            Arg::Flag("--offsets", v) => match it.value("--offsets", v).map(|u| serde_json::from_value(serde_json::json!(u))) {
                Ok(Ok(unit)) => options.offsets = unit,
                Ok(Err(_)) => return usage_error("--offsets must be utf16, utf8 or chars"),
                Err(e) => return usage_error(&e),
            },
            Arg::Flag("--no-indirect", None) => options.indirect = false,
            Arg::Flag("--no-repair", None) => options.repair = false,
            Arg::Flag("-h" | "--help", None) => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Arg::Flag(f, _) => return usage_error(&format!("unknown option '{f}' for compare")),
        }
    }
    let mut articles = Vec::new();
    for file in files {
        match read_text(file) {
            Ok(text) => articles.push(quotelight::Article { name: file.to_owned(), text }),
            Err(e) => return fail(&format!("{}: {e}", if file == "-" { "<stdin>" } else { file })),
        }
    }
    match quotelight::compare(&articles, &options) {
        Ok(c) => match writeln!(std::io::stdout().lock(), "{}", c.to_json()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e.to_string()),
        },
        Err(e) => usage_error(&e.to_string()),
    }
}

/// Decodes UTF-16 (after its byte-order mark); an odd length or an unpaired
/// surrogate is an error naming the encoding and the byte offset in the file.
fn decode_utf16(body: &[u8], name: &str, unit: fn([u8; 2]) -> u16) -> Result<String, String> {
    if body.len() % 2 == 1 {
        return Err(format!("not valid {name}: odd number of bytes ({}) after the byte-order mark", body.len() + 2));
    }
    let units = body.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(body.len());
    for ch in char::decode_utf16(units) {
        match ch {
            Ok(c) => text.push(c),
            Err(e) => {
                // Only on error: count the units decoded so far.
                let units_before: usize = text.chars().map(char::len_utf16).sum();
                return Err(format!(
                    "not valid {name}: unpaired surrogate 0x{:04X} at byte offset {}",
                    e.unpaired_surrogate(),
                    2 + 2 * units_before
                ));
            }
        }
    }
    Ok(text)
}

/// Whether text without a byte-order mark looks like UTF-16: among its
/// first bytes, zeros sit at one parity only, in half the pairs or more. Returns that parity (1: little-endian ASCII, 0: big-endian).
fn utf16_without_bom(bytes: &[u8]) -> Option<usize> {
    let head = bytes.get(..bytes.len().min(1024))?;
    let zeros = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let pairs = head.len() / 2;
    match (even, odd) {
        (0, o) if pairs >= 2 && o * 2 >= pairs => Some(1),
        (e, 0) if pairs >= 2 && e * 2 >= pairs => Some(0),
        _ => None,
    }
}

fn run_eval(args: &[String]) -> ExitCode {
    let (mut json, mut verbose, mut polnear) = (false, false, false);
    let mut dir: Option<&str> = None;
    let mut it = Args::new(args);
    while let Some(arg) = it.next() {
        match arg {
            Arg::Operand(d) if dir.is_none() => dir = Some(d),
            Arg::Operand(d) => return usage_error(&format!("eval takes one folder; '{d}' is one too many")),
            Arg::Flag("--json", None) => json = true,
            Arg::Flag("-v" | "--verbose", None) => verbose = true,
            Arg::Flag("--polnear", None) => polnear = true,
            Arg::Flag("--polnear", Some(d)) => {
                polnear = true;
                dir = Some(d);
            }
            Arg::Flag("-h" | "--help", None) => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Arg::Flag(f, _) => return usage_error(&format!("unknown option '{f}' for eval")),
        }
    }
    let dir = match (dir, polnear) {
        (Some(d), _) => PathBuf::from(d),
        (None, true) => return usage_error("--polnear needs the split folder, e.g. ../shared/external-data/polnear/dev"),
        (None, false) => {
            let default = Path::new("../shared/gold");
            if !default.is_dir() {
                return usage_error("no GOLD_DIR given, and the default ../shared/gold is not there");
            }
            eprintln!("quotelight: no GOLD_DIR given; using the default ../shared/gold");
            default.to_path_buf()
        }
    };

    if polnear {
        match eval::run_polnear(&dir) {
            Err(e) => fail(&e),
            Ok(run) => {
                print_problems(&run.problems);
                print!("{}", if json { report::polnear_json(&run) + "\n" } else { report::polnear_text(&run, verbose) });
                ExitCode::SUCCESS
            }
        }
    } else {
        match eval::run_gold(&dir) {
            Err(e) => fail(&e),
            Ok(run) => {
                print_problems(&run.problems);
                print!("{}", if json { report::gold_json(&run) + "\n" } else { report::gold_text(&run, verbose) });
                if run.failed > 0 {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                }
            }
        }
    }
}

/// Problems go to stderr before the report, so the report's last lines
/// stay the summary even when both streams are shown together.
fn print_problems(problems: &[String]) {
    const SHOWN: usize = 20;
    for p in problems.iter().take(SHOWN) {
        eprintln!("quotelight: {p}");
    }
    if problems.len() > SHOWN {
        eprintln!("quotelight: … and {} more problem(s); --json lists them all", problems.len() - SHOWN);
    }
}
