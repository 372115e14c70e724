//! The `quotelight` binary end to end: annotate from stdin and files, every
//! offset unit, output folders, bad input, usage errors, and both eval modes.
//! Scoring itself is tested with hand-made predictions in `src/eval`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use quotelight::offsets::slice_in_unit;
use quotelight::{Annotations, OffsetUnit, QuoteKind};

const BIN: &str = env!("CARGO_BIN_EXE_quotelight");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/eval");

/// An invented article with multi-byte text (accents, an emoji, curly
/// marks) before the quotes, so the three offset units all differ.
const ARTICLE: &str = "Pier 😀 reopens — café owners cheer\n\n\
    “We will rebuild the pier before summer,” said Mayor Ana Ortiz on Monday.\n\n\
    Harbour master Luis Pé said the repairs had cost more than planned.\n";

fn run(args: &[&str], stdin: Option<&[u8]>, cwd: Option<&Path>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let mut child = cmd.spawn().expect("binary runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A fresh folder under Cargo's per-test temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Checks every span of `a` against `text` in `a.offsets`; returns how
/// many spans were checked.
fn check_spans(text: &str, a: &Annotations) -> usize {
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    for q in &a.quotes {
        spans.push((q.start, q.end, &q.text));
        spans.extend(q.source.iter().chain(&q.cue).map(|s| (s.start, s.end, s.text.as_str())));
    }
    for p in &a.people {
        spans.extend(p.mentions.iter().chain(&p.positions).map(|s| (s.start, s.end, s.text.as_str())));
    }
    spans.extend(a.notices.iter().filter_map(|n| n.span.as_ref()).map(|s| (s.start, s.end, s.text.as_str())));
    for &(s, e, t) in &spans {
        assert_eq!(slice_in_unit(text, a.offsets, s, e).as_deref(), Some(t), "span {s}..{e} in {:?}", a.offsets);
    }
    spans.len()
}

fn parse(json: &str) -> Annotations {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("not an Annotations document ({e}):\n{json}"))
}

#[test]
fn annotates_stdin_as_pretty_json_in_utf16_by_default() {
    let o = run(&["annotate"], Some(ARTICLE.as_bytes()), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("{\n"), "pretty JSON expected");
    let a = parse(&out);
    assert_eq!(a.offsets, OffsetUnit::Utf16);
    let direct = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the direct quote is found");
    assert_eq!(direct.text, "We will rebuild the pier before summer,");
    assert!(check_spans(ARTICLE, &a) > 0);
}

#[test]
fn every_offset_unit_slices_back_to_the_text() {
    let dir = scratch("units");
    let file = dir.join("pier.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let mut starts = Vec::new();
    for (flag, unit) in [
        (vec!["--offsets", "utf8"], OffsetUnit::Utf8),
        (vec!["--offsets=utf16"], OffsetUnit::Utf16),
        (vec!["--offsets", "chars"], OffsetUnit::Chars),
    ] {
        let mut args = vec!["annotate", file.to_str().unwrap()];
        args.extend(flag);
        let o = run(&args, None, None);
        assert!(o.status.success(), "{}", stderr(&o));
        let a = parse(&stdout(&o));
        assert_eq!(a.offsets, unit);
        assert!(check_spans(ARTICLE, &a) > 0);
        starts.push(a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("direct quote").start);
    }
    // The emoji is 4 bytes, 2 UTF-16 units, 1 char; the dash and "é" 3/2, 1, 1.
    let before = &ARTICLE[..ARTICLE.find("We will").unwrap()];
    assert_eq!(starts, vec![before.len(), before.encode_utf16().count(), before.chars().count()]);
    assert!(starts[0] > starts[1] && starts[1] > starts[2]);
}

#[test]
fn no_indirect_drops_reported_speech() {
    let with = parse(&stdout(&run(&["annotate", "--offsets", "utf8"], Some(ARTICLE.as_bytes()), None)));
    assert!(with.quotes.iter().any(|q| q.kind == QuoteKind::Indirect), "default run reports indirect speech");
    let without = parse(&stdout(&run(&["annotate", "--no-indirect"], Some(ARTICLE.as_bytes()), None)));
    assert!(!without.quotes.is_empty());
    assert!(without.quotes.iter().all(|q| q.kind != QuoteKind::Indirect));
}

#[test]
fn bad_inputs_are_named_and_the_rest_still_written() {
    let dir = scratch("bad-inputs");
    let out = dir.join("out");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("bad.txt"), b"Fine so far \xE2\x80\x9Cthen\xFF broken").unwrap();
    std::fs::write(dir.join("c.txt"), "“Short,” she said.").unwrap();
    let path = |n: &str| dir.join(n).to_str().unwrap().to_owned();
    let (a, missing, bad, c) = (path("a.txt"), path("missing.txt"), path("bad.txt"), path("c.txt"));
    let o = run(&["annotate", &a, &missing, &bad, &c, "--out-dir", out.to_str().unwrap()], None, None);

    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{missing}: no such file")), "{err}");
    // 12 ASCII bytes, then a 3-byte mark and "then": 0xFF is byte 19.
    assert!(err.contains(&format!("{bad}: not valid UTF-8: byte 0xFF at byte offset 19")), "{err}");
    for (name, text) in [("a.json", ARTICLE), ("c.json", "“Short,” she said.")] {
        let json = std::fs::read_to_string(out.join(name)).unwrap_or_else(|_| panic!("{name} written"));
        check_spans(text, &parse(&json));
    }
    assert!(!out.join("bad.json").exists() && !out.join("missing.json").exists());
}

#[test]
fn out_dir_refuses_to_overwrite_a_result_from_the_same_run() {
    let dir = scratch("same-stem");
    std::fs::create_dir_all(dir.join("x")).unwrap();
    std::fs::write(dir.join("x/note.txt"), "“One,” he said.").unwrap();
    std::fs::write(dir.join("note.txt"), "“Two,” she said.").unwrap();
    let out = dir.join("out");
    let (first, second) = (dir.join("x/note.txt"), dir.join("note.txt"));
    let o = run(&["annotate", first.to_str().unwrap(), second.to_str().unwrap(), "--out-dir", out.to_str().unwrap()], None, None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("would overwrite"), "{}", stderr(&o));
    let kept = parse(&std::fs::read_to_string(out.join("note.json")).unwrap());
    assert!(kept.quotes.iter().any(|q| q.text == "One,"));
}

#[test]
fn several_files_give_one_json_line_each() {
    let dir = scratch("lines");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, ARTICLE).unwrap();
    std::fs::write(&b, "“Short,” she said.").unwrap();
    let o = run(&["annotate", a.to_str().unwrap(), b.to_str().unwrap(), "--offsets", "chars"], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    for (line, (path, text)) in lines.iter().zip([(&a, ARTICLE), (&b, "“Short,” she said.")]) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["file"], path.to_str().unwrap());
        let ann: Annotations = serde_json::from_value(v["annotations"].clone()).unwrap();
        assert_eq!(ann.offsets, OffsetUnit::Chars);
        assert!(check_spans(text, &ann) > 0);
    }
}

#[test]
fn files_annotated_at_once_come_out_as_one_at_a_time_would() {
    // Texts of very different lengths, so later files finish first when
    // several run at once, and failures among them.
    let dir = scratch("jobs");
    let mut files = Vec::new();
    for i in 0..9 {
        let path = dir.join(format!("f{i}.txt"));
        let text = match i % 3 {
            0 => ARTICLE.repeat(40),
            1 => format!("“Line {i},” said Mayor Ana Ortiz."),
            _ => String::new(),
        };
        std::fs::write(&path, text).unwrap();
        files.push(path.to_str().unwrap().to_owned());
    }
    files.insert(4, dir.join("missing.txt").to_str().unwrap().to_owned());
    let args = |jobs: &'static str| {
        let mut a = vec!["annotate", "--jobs", jobs];
        a.extend(files.iter().map(String::as_str));
        a
    };
    let one = run(&args("1"), None, None);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(stdout(&one).lines().count(), 9);
    assert!(stderr(&one).contains("missing.txt: no such file"), "{}", stderr(&one));
    for jobs in ["2", "3", "16"] {
        let many = run(&args(jobs), None, None);
        assert_eq!((many.status.code(), stdout(&many), stderr(&many)), (one.status.code(), stdout(&one), stderr(&one)), "--jobs {jobs}");
    }
    for bad in ["0", "-1", "two", ""] {
        let o = run(&["annotate", "--jobs", bad, &files[0]], None, None);
        assert_eq!(o.status.code(), Some(2), "--jobs {bad:?}");
        assert!(stderr(&o).contains("--jobs must be a whole number"), "{}", stderr(&o));
    }
}

#[test]
fn usage_errors_exit_2_and_help_and_version_succeed() {
    for args in [&["annotate", "--frobnicate"][..], &["annotate", "--offsets", "bytes"], &["annotate", "--offsets"], &[], &["wat"]] {
        let o = run(args, Some(b""), None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("Usage:"), "{args:?}: {}", stderr(&o));
    }
    assert!(stderr(&run(&["annotate", "--frobnicate"], None, None)).contains("'--frobnicate'"));
    assert!(stderr(&run(&["eval", "--frobnicate"], None, None)).contains("'--frobnicate'"));
    let help = run(&["--help"], None, None);
    assert!(help.status.success() && stdout(&help).contains("quotelight annotate"));
    let version = run(&["--version"], None, None);
    assert!(version.status.success() && stdout(&version).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn eval_prints_a_summary_in_its_last_twelve_lines() {
    let o = run(&["eval", FIXTURES], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let tail: Vec<&str> = out.lines().rev().take(12).collect();
    for needle in [
        "== total: 1 article(s)",
        "quotes (direct+partial+unmarked)",
        "indirect",
        "speakers (people quoted)",
        "positions (person, position)",
    ] {
        assert!(tail.iter().any(|l| l.starts_with(needle)), "{needle:?} missing from the tail:\n{out}");
    }
    assert!(out.contains("harbour"), "per-article line");
}

#[test]
fn eval_json_counts_the_fixture_gold() {
    let o = run(&["eval", FIXTURES, "--json"], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let t = &v["total"];
    // Gold-side counts do not depend on the engine.
    assert_eq!(t["quotes"]["detection"]["gold"], 5);
    assert_eq!(t["indirect"]["detection"]["gold"], 4);
    assert_eq!(t["speakers"]["gold"], 4);
    assert_eq!(t["positions"]["gold"], 2);
    assert_eq!(v["articles"], 1);
}

#[test]
fn eval_verbose_lists_findings_per_article() {
    // The fixture has a group speaker no engine names as such: at least
    // one finding is always listed.
    let out = stdout(&run(&["eval", FIXTURES, "-v"], None, None));
    assert!(out.contains("── harbour ──"), "{out}");
}

#[test]
fn eval_without_a_gold_folder_says_so() {
    let missing = scratch("no-gold").join("nowhere");
    let o = run(&["eval", missing.to_str().unwrap()], None, None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));

    // No argument: the default ../shared/gold, when it is there.
    let root = scratch("default-gold");
    std::fs::create_dir_all(root.join("repo")).unwrap();
    let o = run(&["eval"], None, Some(&root.join("repo")));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("../shared/gold is not there"), "{}", stderr(&o));
    std::fs::create_dir_all(root.join("shared/gold")).unwrap();
    for f in ["harbour.txt", "harbour.json"] {
        std::fs::copy(Path::new(FIXTURES).join(f), root.join("shared/gold").join(f)).unwrap();
    }
    let o = run(&["eval"], None, Some(&root.join("repo")));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("using the default ../shared/gold"));
    assert!(stdout(&o).contains("== total: 1 article(s) in ../shared/gold"));
}

#[test]
fn eval_reports_broken_gold_and_scores_the_rest() {
    let dir = scratch("broken-gold");
    for f in ["harbour.txt", "harbour.json"] {
        std::fs::copy(Path::new(FIXTURES).join(f), dir.join(f)).unwrap();
    }
    std::fs::write(dir.join("broken.txt"), "“Hi,” he said.").unwrap();
    std::fs::write(dir.join("broken.json"), r#"{"people": [], "quotes": [{"text": "Hi,", "speaker": "ghost", "kind": "direct"}]}"#)
        .unwrap();
    let o = run(&["eval", dir.to_str().unwrap()], None, None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("broken.json") && stderr(&o).contains("'ghost'"), "{}", stderr(&o));
    assert!(stdout(&o).contains("== total: 1 article(s)") && stdout(&o).contains("1 not scored"));
}

#[test]
fn eval_polnear_reads_brat_files() {
    let split = Path::new(FIXTURES).join("polnear");
    let o = run(&["eval", "--polnear", split.to_str().unwrap(), "--json"], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    // Three attributions in the first annotator's file (the second file has one).
    assert_eq!(v["total"]["all"]["detection"]["gold"], 3);
    assert_eq!(v["total"]["quoted"]["detection"]["gold"], 2);

    let text = stdout(&run(&["eval", "--polnear", split.to_str().unwrap()], None, None));
    assert!(text.contains("other short marked fragments") && text.contains("runtime:"), "{text}");
    let o = run(&["eval", "--polnear"], None, None);
    assert_eq!(o.status.code(), Some(2));
}

/// Like [`run`], with one environment variable set.
fn run_with_env(args: &[&str], var: (&str, &str)) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).env(var.0, var.1).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.output().expect("binary runs")
}

#[test]
fn a_panic_on_one_file_is_reported_and_the_batch_goes_on() {
    let dir = scratch("panic");
    let out = dir.join("out");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("boom.txt"), "“Fine,” she said. TRIGGER-XYZ").unwrap();
    std::fs::write(dir.join("c.txt"), "“Short,” she said.").unwrap();
    let path = |n: &str| dir.join(n).to_str().unwrap().to_owned();
    let (a, boom, c) = (path("a.txt"), path("boom.txt"), path("c.txt"));
    let var = ("QUOTELIGHT_TEST_PANIC_ON", "TRIGGER-XYZ");

    // JSON Lines: the other two files still give their line.
    let o = run_with_env(&["annotate", &a, &boom, &c], var);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{boom}: internal error")), "{err}");
    assert!(!err.contains("thread '"), "the default panic message (of any thread) is replaced: {err}");
    let files: Vec<String> =
        stdout(&o).lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].as_str().unwrap().to_owned()).collect();
    assert_eq!(files, vec![a.clone(), c.clone()]);

    // --out-dir: no file for the failed input, the others written.
    let o = run_with_env(&["annotate", &a, &boom, &c, "--out-dir", out.to_str().unwrap()], var);
    assert_eq!(o.status.code(), Some(1));
    assert!(out.join("a.json").exists() && out.join("c.json").exists() && !out.join("boom.json").exists());

    // Without the trigger the same batch succeeds.
    let o = run_with_env(&["annotate", &a, &boom, &c], ("QUOTELIGHT_TEST_PANIC_ON", ""));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn out_dir_writes_whole_files_and_leaves_no_temporary_files() {
    let dir = scratch("atomic");
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    // An older result is replaced, not appended to or truncated.
    std::fs::write(out.join("a.json"), "x".repeat(100_000)).unwrap();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let o = run(&["annotate", dir.join("a.txt").to_str().unwrap(), "--out-dir", out.to_str().unwrap()], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    check_spans(ARTICLE, &parse(&std::fs::read_to_string(out.join("a.json")).unwrap()));
    let names: Vec<String> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec!["a.json".to_owned()]);

    // A folder where the file should go: an error for that input, nothing left behind.
    std::fs::create_dir_all(out.join("b.json")).unwrap();
    std::fs::write(dir.join("b.txt"), ARTICLE).unwrap();
    let o = run(&["annotate", dir.join("b.txt").to_str().unwrap(), "--out-dir", out.to_str().unwrap()], None, None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    let tmp = std::fs::read_dir(&out).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp")).count();
    assert_eq!(tmp, 0);
}

#[test]
fn an_empty_out_dir_is_a_usage_error() {
    for args in [&["annotate", "--out-dir", ""][..], &["annotate", "--out-dir="]] {
        // No stdin: the usage error ends the process before it would read,
        // and writing to it could then fail with a broken pipe.
        let o = run(args, None, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("--out-dir needs a folder name"), "{}", stderr(&o));
    }
}

/// UTF-16 with a byte-order mark is decoded; offsets index the decoded text.
#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(ARTICLE.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    let plain = parse(&stdout(&run(&["annotate"], Some(ARTICLE.as_bytes()), None)));
    for bytes in [le, be] {
        let o = run(&["annotate"], Some(&bytes), None);
        assert!(o.status.success(), "{}", stderr(&o));
        let a = parse(&stdout(&o));
        assert!(check_spans(ARTICLE, &a) > 0);
        assert_eq!(a, plain, "the same result as the UTF-8 text");
    }
}

#[test]
fn a_utf8_byte_order_mark_is_dropped() {
    let with_bom: Vec<u8> = [0xEF, 0xBB, 0xBF].iter().chain(ARTICLE.as_bytes()).copied().collect();
    let a = parse(&stdout(&run(&["annotate", "--offsets", "utf8"], Some(&with_bom), None)));
    assert!(check_spans(ARTICLE, &a) > 0, "offsets index the text without the mark");
    assert_eq!(a, parse(&stdout(&run(&["annotate", "--offsets", "utf8"], Some(ARTICLE.as_bytes()), None))));
}

#[test]
fn broken_utf16_is_named_as_utf16() {
    let dir = scratch("utf16-bad");
    let path = |n: &str| dir.join(n).to_str().unwrap().to_owned();
    // "Hi" then a lone high surrogate, little-endian.
    std::fs::write(path("lone.txt"), [0xFF, 0xFE, b'H', 0, b'i', 0, 0x00, 0xD8, b'!', 0]).unwrap();
    std::fs::write(path("odd.txt"), [0xFE, 0xFF, 0, b'H', 0]).unwrap();
    // UTF-16LE without a byte-order mark: every other byte is zero.
    let no_bom: Vec<u8> = "“Hi,” she said.".encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(path("nobom.txt"), no_bom).unwrap();
    let o = run(&["annotate", &path("lone.txt"), &path("odd.txt"), &path("nobom.txt")], None, None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{}: not valid UTF-16LE: unpaired surrogate 0xD800 at byte offset 6", path("lone.txt"))), "{err}");
    assert!(err.contains(&format!("{}: not valid UTF-16BE: odd number of bytes", path("odd.txt"))), "{err}");
    assert!(err.contains(&format!("{}: looks like UTF-16LE without a byte-order mark", path("nobom.txt"))), "{err}");
    assert!(stdout(&o).is_empty());
}
