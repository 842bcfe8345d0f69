"""khabar.analyze and khabar.merge: the CLI's output, as Python objects."""

from __future__ import annotations

import datetime
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import khabar
from conftest import SAMPLES, articles, canonical

assert len(SAMPLES) == 2, f"expected the two samples in www/samples, found {SAMPLES}"


def spans(analysis):
    """Every (start, end, text) the analysis pins to its text."""
    for e in analysis["entities"]:
        for m in e["mentions"]:
            yield m["start"], m["end"], m["text"]
    for t in analysis["timexes"]:
        yield t["start"], t["end"], t["text"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("date", [None, "2025-12-04"])
def test_sample_is_the_clis_json(cli, sample, date):
    args = [str(sample)] + (["--date", date] if date else [])
    want = cli(*args)["documents"][0]
    # The CLI reads the file's bytes and names the document by its path.
    got = khabar.analyze(sample.read_bytes(), date, id=str(sample), name=sample.name)
    assert canonical(got) == canonical(want)
    # A str takes the same path: its UTF-8 bytes, format sniffed.
    text = sample.read_text(encoding="utf-8")
    got_str = khabar.analyze(text, date, id=str(sample), name=sample.name)
    assert canonical(got_str) == canonical(want)
    assert got["entities"] and got["timexes"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_offsets_count_code_points(sample):
    a = khabar.analyze(sample.read_text(encoding="utf-8"))
    pinned = list(spans(a))
    assert len(pinned) > 10
    for start, end, text in pinned:
        assert a["text"][start:end] == text


def test_offsets_after_emoji_and_devanagari():
    text = "🇮🇳🙏 नमस्ते 😀 NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin on Tuesday."
    a = khabar.analyze(text, "2024-12-05")
    people = {m["text"]: m["start"] for e in a["entities"] if e["type"] == "PERSON" for m in e["mentions"]}
    assert people["Rajnath Singh"] == text.index("Rajnath Singh")
    for start, end, t in spans(a):
        assert text[start:end] == t
    assert [t["value"] for t in a["timexes"] if t["text"] == "Tuesday"] == ["2024-12-03"]


def test_lone_surrogates_keep_offsets():
    # UTF-8 cannot hold a lone surrogate: it becomes one U+FFFD, so the
    # offsets still count the caller's code points.
    text = "Talks: \ud800 Rajnath Singh met \udc00\ud83d Vladimir Putin in Moscow."
    a = khabar.analyze(text)
    want = text
    for lone in ("\ud800", "\udc00", "\ud83d"):
        want = want.replace(lone, "\ufffd")
    assert a["text"] == want
    names = {m["text"]: m["start"] for e in a["entities"] for m in e["mentions"]}
    assert names["Vladimir Putin"] == text.index("Vladimir Putin")


def test_date_and_lang_options():
    text = "Rajnath Singh met Vladimir Putin on Tuesday."
    a = khabar.analyze(text, datetime.date(2025, 12, 4))
    assert a["published"] == "2025-12-04" and a["published_source"] == "caller"
    assert [t["value"] for t in a["timexes"]] == ["2025-12-02"]
    assert khabar.analyze(text, datetime.datetime(2025, 12, 4, 18, 30))["published"] == "2025-12-04"
    assert khabar.analyze(text)["published"] is None
    assert khabar.analyze(text, lang="en")["language"] == "en"
    assert khabar.analyze(text, id="a1")["id"] == "a1"
    line = khabar.analyze_json(text, "2025-12-04")
    assert "\n" not in line and khabar.analyze(text, "2025-12-04") == __import__("json").loads(line)


def test_windows_1252_html_bytes_decode_as_the_cli_does(cli, tmp_path):
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 talks</title></head><body>'
        "<article><p>MUMBAI, March 3 (PTI) - Priya Sharma, the caf\u00e9 owner in Colaba, "
        "met Ren\u00e9e Dubois on Monday. \u201cWe agreed on everything,\u201d Sharma said. "
        "The na\u00efve r\u00e9sum\u00e9 cost \u20ac40 \u2013 a fair price.</p></article></body></html>"
    )
    data = html.encode("windows-1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    a = khabar.analyze(data, "2025-03-05")
    assert "caf\u00e9 owner" in a["text"] and "\u201cWe agreed" in a["text"] and "\u20ac40" in a["text"]
    assert "\ufffd" not in a["text"] and "<p>" not in a["text"]
    assert any("windows-1252" in w for w in a["warnings"]), a["warnings"]
    people = {e["name"] for e in a["entities"] if e["type"] == "PERSON"}
    assert "Priya Sharma" in people
    assert [t["value"] for t in a["timexes"] if t["text"] == "Monday"] == ["2025-03-03"]
    # The same bytes in a file: the CLI reads them the same way.
    page = tmp_path / "cafe.html"
    page.write_bytes(data)
    want = cli(str(page), "--date", "2025-03-05")["documents"][0]
    assert canonical(khabar.analyze(data, "2025-03-05", id=str(page), name=page.name)) == canonical(want)


def test_utf16_bytes_with_bom():
    text = "Rajnath Singh met Vladimir Putin in Moscow on Tuesday."
    a = khabar.analyze(text.encode("utf-16"), "2024-12-12")
    assert a["text"] == text
    assert {e["name"] for e in a["entities"]} >= {"Rajnath Singh", "Vladimir Putin", "Moscow"}


def test_ten_megabytes():
    en, hi = (s.read_text(encoding="utf-8") for s in SAMPLES)
    parts, size, i = [], 0, 0
    while size < 10 * 1024 * 1024:
        part = (en if i % 2 == 0 else hi) + f"\n\nPart {i}.\n\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
        i += 1
    text = "".join(parts)
    a = khabar.analyze(text.encode("utf-8"), "2025-12-04")
    assert a["text"] == text
    assert len(a["entities"]) >= 10
    pinned = list(spans(a))
    assert len(pinned) > 1000
    for start, end, t in pinned[:: max(1, len(pinned) // 500)] + pinned[-5:]:
        assert text[start:end] == t


@pytest.mark.parametrize(
    "data, says",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "ZIP archive"),
        (bytes(range(256)) * 8, "binary file"),
    ],
    ids=["pdf", "png", "zip", "noise"],
)
def test_binary_input_raises_value_error(data, says):
    with pytest.raises(ValueError, match=says) as e:
        khabar.analyze(data)
    assert "not an article" in str(e.value)


@pytest.mark.parametrize(
    "kwargs, says",
    [
        ({"date": "04/12/2025"}, "expected a date as YYYY-MM-DD"),
        ({"date": "2025-02-30"}, "expected a date as YYYY-MM-DD"),
        ({"lang": "fr"}, 'expected lang to be "auto", "en" or "hi", but found "fr"'),
        ({"format": "pdf"}, 'but found "pdf"'),
    ],
)
def test_invalid_options_raise_value_error(kwargs, says):
    with pytest.raises(ValueError, match=says):
        khabar.analyze("Rajnath Singh met Vladimir Putin.", **kwargs)


def test_wrong_input_type_raises_type_error():
    with pytest.raises(TypeError, match="expected the article as str or bytes, but found int"):
        khabar.analyze(42)  # type: ignore[arg-type]


def test_four_threads_give_what_one_gives():
    batch = articles(400)
    one = [khabar.analyze_json(text, date) for text, date in batch]
    with ThreadPoolExecutor(max_workers=4) as pool:
        four = list(pool.map(lambda a: khabar.analyze_json(a[0], a[1]), batch))
    assert four == one
    analyses = [khabar.analyze(text, date) for text, date in batch[:12]]
    assert {a["language"] for a in analyses} >= {"en", "hi"}
    assert sum(len(a["entities"]) for a in analyses) > 30


def test_the_gil_is_released_during_analysis():
    # While one thread analyzes, this one keeps running Python code. Were
    # the GIL held, it would stand still for the whole analysis (checked
    # against a regex that holds the GIL: the longest pause equals the call).
    text = SAMPLES[0].read_text(encoding="utf-8") * 100
    took = []

    def work():
        t0 = time.perf_counter()
        khabar.analyze_json(text)
        took.append(time.perf_counter() - t0)

    worker = threading.Thread(target=work)
    last, longest = time.perf_counter(), 0.0
    worker.start()
    while worker.is_alive():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    assert took and took[0] > 0.05
    assert longest < took[0] / 2, f"paused {longest:.3f} s of a {took[0]:.3f} s analysis"


def test_merge_is_the_clis_corpus(cli):
    want = cli(*map(str, SAMPLES))
    analyses = [khabar.analyze(s.read_bytes(), id=str(s), name=s.name) for s in SAMPLES]
    assert canonical(analyses) == canonical(want["documents"])
    corpus = khabar.merge(analyses)
    assert canonical(corpus) == canonical(want["corpus"])
    # The same person across scripts: Rajnath Singh = राजनाथ सिंह.
    merged = [c for c in corpus["entities"] if len({m["doc"] for m in c["mentions"]}) == 2]
    assert any(c["name"] == "Rajnath Singh" for c in merged), [c["name"] for c in merged]


def test_merge_refuses_what_is_not_an_analysis():
    with pytest.raises(ValueError, match="expected a list of analyses"):
        khabar.merge([{"id": "x"}])
    with pytest.raises(ValueError, match="expected a list of analyses"):
        khabar.merge([{"salience": float("nan")}])
    assert khabar.merge([]) == {"documents": [], "entities": [], "timeline": []}


def test_import_khabar_does_not_import_spacy():
    code = "import sys, khabar; khabar.analyze('Rajnath Singh'); assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_docstring_examples():
    import doctest

    result = doctest.testmod(khabar)
    assert result.attempted >= 3 and result.failed == 0


def test_version():
    assert khabar.__version__.count(".") == 2
