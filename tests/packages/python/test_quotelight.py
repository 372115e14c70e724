"""The installed wheel, tested from outside the source tree (scripts/pack-python.sh --test)."""

import os
import threading
import time
from pathlib import Path

import pytest

import quotelight

# Invented for these tests.
ARTICLE = (
    "City treasurer Luis Pé said the repairs had cost more than planned.\n"
    "“We will rebuild the pier before summer,” said Mayor Ana Ortiz. "
    "“The boats cannot wait,” she added.\n"
)


def speakers(result):
    return [result["people"][q["speaker"]]["name"] if q["speaker"] is not None else None for q in result["quotes"]]


def test_quotes_speakers_and_positions():
    result = quotelight.annotate(ARTICLE)
    direct = [q for q in result["quotes"] if q["kind"] == "direct"]
    assert [q["text"] for q in direct] == ["We will rebuild the pier before summer,", "The boats cannot wait,"]
    assert [result["people"][q["speaker"]]["name"] for q in direct] == ["Ana Ortiz", "Ana Ortiz"]
    people = {p["name"]: [s["text"] for s in p["positions"]] for p in result["people"]}
    assert people["Ana Ortiz"] == ["Mayor"]
    assert people["Luis Pé"] == ["City treasurer"]


def test_result_is_plain_json_shaped_dicts():
    result = quotelight.annotate(ARTICLE)
    assert type(result) is dict
    assert result["version"] == quotelight.FORMAT_VERSION == 1
    assert result["offsets"] == "chars"
    assert result["repaired"] is None and result["notices"] == []
    quote = result["quotes"][0]
    assert set(quote) == {"start", "end", "text", "kind", "speaker", "source", "cue", "nested", "confidence"}
    assert type(quote["confidence"]) is float and type(quote["nested"]) is bool


def test_offsets_index_python_strings_by_default():
    result = quotelight.annotate(ARTICLE)
    spans = [q for q in result["quotes"]] + [s for p in result["people"] for s in p["mentions"] + p["positions"]]
    assert spans
    for span in spans:
        assert ARTICLE[span["start"]:span["end"]] == span["text"]


def test_other_offset_units():
    utf8 = quotelight.annotate(ARTICLE, offsets="utf8")
    data = ARTICLE.encode("utf-8")
    for q in utf8["quotes"]:
        assert data[q["start"]:q["end"]].decode("utf-8") == q["text"]
    utf16 = quotelight.annotate(ARTICLE, offsets="utf16")
    # "é" is one code point and one UTF-16 unit, but the curly quotes are too: the units
    # differ from code points only past the BMP, so add an emoji first.
    emoji = quotelight.annotate("🙂 " + ARTICLE, offsets="utf16")
    assert [q["start"] for q in emoji["quotes"]] == [q["start"] + 3 for q in utf16["quotes"]]


def test_lone_surrogate_keeps_code_point_offsets():
    text = "\ud800 " + ARTICLE
    result = quotelight.annotate(text)
    quote = result["quotes"][1]
    assert text[quote["start"]:quote["end"]] == quote["text"] == "We will rebuild the pier before summer,"


def test_indirect_option():
    with_indirect = quotelight.annotate(ARTICLE)
    without = quotelight.annotate(ARTICLE, indirect=False)
    assert any(q["kind"] == "indirect" for q in with_indirect["quotes"])
    assert not any(q["kind"] == "indirect" for q in without["quotes"])


def test_errors_are_python_exceptions():
    with pytest.raises(ValueError, match="offsets"):
        quotelight.annotate(ARTICLE, offsets="bytes")
    with pytest.raises(TypeError):
        quotelight.annotate(b"bytes are not text")
    with pytest.raises(TypeError):
        quotelight.annotate(ARTICLE, colour="red")
    with pytest.raises(ValueError, match="collection of texts"):
        quotelight.annotate_many(ARTICLE)
    with pytest.raises(TypeError):
        quotelight.annotate_many([ARTICLE, 42])
    with pytest.raises(ValueError, match="threads"):
        quotelight.annotate_many([ARTICLE], threads=0)


def test_empty_and_odd_inputs_do_not_fail():
    assert quotelight.annotate("")["quotes"] == []
    assert quotelight.annotate_many([]) == []
    quotelight.annotate("“" * 1000 + "\x00\r\n" * 10)


def test_annotate_many_equals_a_loop_in_order():
    texts = [ARTICLE.replace("Ana Ortiz", name) for name in ("Ana Ortiz", "Rosa Vidal", "Tomás Ruiz")] * 20
    assert quotelight.annotate_many(texts) == [quotelight.annotate(t) for t in texts]
    assert quotelight.annotate_many(iter(texts), offsets="utf8", threads=3) == [
        quotelight.annotate(t, offsets="utf8") for t in texts
    ]
    assert speakers(quotelight.annotate_many(texts)[1])[1] == "Rosa Vidal"


def test_annotate_many_releases_the_gil():
    # While annotate_many works, a Python thread must keep running.
    texts = [ARTICLE * 200] * 40
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    start = time.perf_counter()
    quotelight.annotate_many(texts, threads=1)
    end = time.perf_counter()
    done.set()
    ticker.join()
    during = [t for t in ticks if start < t < end]
    assert end - start < 0.05 or len(during) >= 5, f"{len(during)} ticks in {end - start:.3f} s"


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc (Linux)")
def test_annotate_many_runs_several_threads():
    # Timing cannot prove parallelism on a shared CI machine; the threads can be
    # counted though: poll this process's threads while annotate_many works.
    texts = [ARTICLE * 50] * 64
    counts = []
    done = threading.Event()

    def poll():
        while not done.is_set():
            counts.append(len(os.listdir("/proc/self/task")))
            time.sleep(0.001)

    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(0.01)
    before = len(os.listdir("/proc/self/task"))
    # A fast engine can finish between two polls: repeat the batch (up to
    # 20 times) until the poller has seen the workers.
    for _ in range(20):
        quotelight.annotate_many(texts, threads=3)
        if counts and max(counts) >= before + 3:
            break
    done.set()
    poller.join()
    assert max(counts) >= before + 3, f"{before} threads before, at most {max(counts)} during"


def test_help_texts_and_stubs_ship():
    assert "quotes" in quotelight.__doc__
    assert "offsets" in quotelight.annotate.__doc__
    assert "GIL" in quotelight.annotate_many.__doc__
    assert quotelight.__version__.count(".") == 2
    package = os.path.dirname(quotelight.__file__)
    assert os.path.isfile(os.path.join(package, "py.typed"))
    assert os.path.isfile(os.path.join(package, "__init__.pyi"))


ENGINE_HAS_COMPARE = "pub mod compare;" in (Path(__file__).parents[3] / "src" / "lib.rs").read_text(encoding="utf-8")


def test_the_wheel_has_compare_when_the_engine_does():
    # The crate feature `compare` must be on once the engine has compare.
    assert hasattr(quotelight, "compare") == ENGINE_HAS_COMPARE


@pytest.mark.skipif(not hasattr(quotelight, "compare"), reason="built without the engine's compare")
def test_compare_groups_the_quotes_two_versions_share():
    other = ARTICLE.replace("said Mayor Ana Ortiz", "Mayor Ana Ortiz said")
    result = quotelight.compare([ARTICLE, other], names=["first", "second"])
    assert [d["name"] for d in result["documents"]] == ["first", "second"]
    assert result["documents"][0]["annotations"] == quotelight.annotate(ARTICLE)
    assert len(result["groups"]) >= 2
    assert [d["name"] for d in quotelight.compare(iter([ARTICLE, other]))["documents"]] == ["Article 1", "Article 2"]
    with pytest.raises(ValueError, match="at least 2"):
        quotelight.compare([ARTICLE])
    with pytest.raises(ValueError, match="names"):
        quotelight.compare([ARTICLE, other], names=["first"])
    with pytest.raises(ValueError, match="offsets"):
        quotelight.compare([ARTICLE, other], offsets="bytes")
