"""khabar.spacy: khabar's entities as doc.ents, the analysis as doc._.khabar."""

from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is not installed (tests/py/run.mjs installs it)")

import khabar  # noqa: E402
import khabar.spacy  # noqa: E402,F401
from conftest import SAMPLES, canonical  # noqa: E402

EN = next(s for s in SAMPLES if s.name.startswith("en-"))
HI = next(s for s in SAMPLES if s.name.startswith("hi-"))


def mention_texts(analysis, kind):
    return {m["text"] for e in analysis["entities"] if e["type"] == kind for m in e["mentions"]}


def check_ents(doc):
    ents = list(doc.ents)
    assert ents
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start, "entities overlap"
    assert {e.label_ for e in ents} <= set(khabar.spacy.LABELS.values())
    ids = {e["id"] for e in doc._.khabar["entities"]}
    assert {e.id_ for e in ents} <= ids


def test_english_sample_people_become_person_ents():
    nlp = spacy.blank("en")
    nlp.add_pipe("khabar")
    text = EN.read_text(encoding="utf-8")
    doc = nlp(text)
    check_ents(doc)
    assert canonical(doc._.khabar) == canonical(khabar.analyze(text, format="text"))
    people = mention_texts(doc._.khabar, "PERSON")
    assert {"Jagat Prakash Nadda", "Mikhail Murashko", "Vladimir Putin"} <= people
    got = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Jagat Prakash Nadda", "Mikhail Murashko", "Vladimir Putin", "Rajnath Singh"} <= got
    # Every PERSON ent is a khabar person mention, aligned to whole tokens.
    assert got <= people
    assert {"GPE", "ORG"} <= {e.label_ for e in doc.ents}


def test_hindi_sample_gets_ents():
    nlp = spacy.blank("hi")
    nlp.add_pipe("khabar")
    doc = nlp(HI.read_text(encoding="utf-8"))
    check_ents(doc)
    assert doc._.khabar["language"] == "hi"
    got = {(e.text, e.label_) for e in doc.ents}
    assert ("राजनाथ सिंह", "PERSON") in got
    assert ("मॉस्को", "GPE") in got


def test_reference_date_per_text_and_per_pipeline():
    text = "Rajnath Singh met Vladimir Putin on Tuesday."
    nlp = spacy.blank("en")
    nlp.add_pipe("khabar", config={"date": "2025-12-04"})
    assert nlp(text)._.khabar["timexes"][0]["value"] == "2025-12-02"
    doc = nlp(text, component_cfg={"khabar": {"date": "2024-12-12"}})
    assert doc._.khabar["timexes"][0]["value"] == "2024-12-10"
    docs = list(nlp.pipe([text, text]))
    assert [d._.khabar["published"] for d in docs] == ["2025-12-04", "2025-12-04"]


def test_offsets_align_with_windows_line_endings_and_controls():
    # khabar drops a byte-order mark, reads "\r\n" as "\n" and a form feed
    # as a space: its offsets shift; the ents must still land on the names.
    text = "\ufeffTalks in Delhi.\r\n\x0c\r\nRajnath Singh met Vladimir Putin\r\nin Moscow on Tuesday.\r\n"
    nlp = spacy.blank("en")
    nlp.add_pipe("khabar")
    doc = nlp(text)
    assert doc._.khabar["text"] != text
    got = {(e.text, e.label_) for e in doc.ents}
    assert {("Rajnath Singh", "PERSON"), ("Vladimir Putin", "PERSON"), ("Moscow", "GPE")} <= got


def test_labels_and_overwrite_settings():
    text = "Rajnath Singh met Vladimir Putin in Moscow on Tuesday."
    nlp = spacy.blank("en")
    nlp.add_pipe("khabar", config={"labels": {"GPE": "LOC", "PERSON": ""}})
    labels = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("Moscow", "LOC") in labels and not any(label == "PERSON" for _, label in labels)

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "X", "pattern": "Vladimir"}])
    nlp.add_pipe("khabar", config={"overwrite": False})
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("Vladimir", "X") in ents and ("Rajnath Singh", "PERSON") in ents
    assert not any(t == "Vladimir Putin" for t, _ in ents)


def test_factory_found_without_importing_khabar_spacy():
    # The wheel's spacy_factories entry point.
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('khabar'); "
        "doc = nlp('Rajnath Singh met Vladimir Putin.'); "
        "assert [e.label_ for e in doc.ents] == ['PERSON', 'PERSON'], doc.ents"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_clear_import_error_without_spacy():
    code = (
        "import sys; sys.modules['spacy'] = None\n"
        "import khabar\n"
        "try:\n    import khabar.spacy\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert "khabar.spacy needs spaCy: pip install spacy" in out.stdout


def test_offset_map_falls_back_to_a_diff():
    # Texts that differ other than by khabar's normalization still map
    # every matching stretch onto the original.
    analyzed, original = "Rajnath Singh met Putin", "Rajnath  Singh met — 🙂 Putin"
    to_original = khabar.spacy._offset_map(analyzed, original)
    for word in ("Rajnath", "Singh", "Putin"):
        s = analyzed.index(word)
        start, end = to_original(s, s + len(word))
        assert original[start:end] == word


def test_docstring_examples():
    import doctest

    assert doctest.testmod(khabar.spacy).failed == 0
