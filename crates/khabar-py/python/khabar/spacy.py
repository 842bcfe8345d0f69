"""A spaCy pipeline component: khabar's entities as ``doc.ents``.

spaCy has no Hindi entity recognizer and normalizes no dates; khabar does
both, for English and Hindi news. The component analyzes ``doc.text`` with
:func:`khabar.analyze`, sets ``doc.ents`` from khabar's entity mentions and
keeps the whole analysis (dates resolved to real days, quotes, events, the
timeline) in ``doc._.khabar``.

>>> import spacy, khabar.spacy
>>> nlp = spacy.blank("en")
>>> nlp.add_pipe("khabar")  # doctest: +ELLIPSIS
<khabar.spacy.KhabarComponent object at ...>
>>> doc = nlp("NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin on Tuesday.")
>>> [(e.text, e.label_) for e in doc.ents]  # doctest: +ELLIPSIS
[...('Rajnath Singh', 'PERSON'), ('Vladimir Putin', 'PERSON')]

The reference date for one text goes through spaCy's ``component_cfg``:
``nlp(text, component_cfg={"khabar": {"date": "2025-12-04"}})``.

Mentions are aligned to spaCy's tokens with ``alignment_mode="expand"``; of
mentions that overlap after that, the longest is kept
(:func:`spacy.util.filter_spans`). Each entity span's ``id_`` is the khabar
entity id, the key into ``doc._.khabar["entities"]``.

Importing this module imports spaCy; ``import khabar`` alone does not.
"""

from __future__ import annotations

import difflib
from typing import Any, Dict, List, Optional

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.util import filter_spans
except ImportError as _e:  # pragma: no cover - exercised without spaCy only
    raise ImportError(
        "khabar.spacy needs spaCy: pip install spacy (or the wheel's extra, "
        "khabar[spacy]); khabar.analyze works without it"
    ) from _e

import khabar

__all__ = ["KhabarComponent", "LABELS", "make_khabar"]

#: khabar's entity types (docs/schema.md) → spaCy labels. They are
#: OntoNotes' names, as spaCy's English pipelines use, so the map is the
#: identity; MISC (khabar's catch-all) is also WikiNER's label in spaCy's
#: multilingual pipelines. Override entries with the ``labels`` setting.
LABELS: Dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "PRODUCT",
    "WORK_OF_ART": "WORK_OF_ART",
    "LAW": "LAW",
    "LANGUAGE": "LANGUAGE",
    "MISC": "MISC",
}

if not Doc.has_extension("khabar"):
    Doc.set_extension("khabar", default=None)


@Language.factory(
    "khabar",
    default_config={"date": None, "lang": "auto", "labels": {}, "overwrite": True},
)
def make_khabar(
    nlp: Language,
    name: str,
    date: Optional[str],
    lang: str,
    labels: Dict[str, str],
    overwrite: bool,
) -> "KhabarComponent":
    """``nlp.add_pipe("khabar", config={...})``: ``date`` (YYYY-MM-DD) for
    every text, ``lang`` ("auto", "en", "hi"), ``labels`` (khabar type →
    spaCy label, overriding :data:`LABELS`; map a type to "" to drop it),
    ``overwrite`` (False: keep the entities already in ``doc.ents`` and add
    khabar's where they do not overlap)."""
    return KhabarComponent(date=date, lang=lang, labels=labels, overwrite=overwrite)


class KhabarComponent:
    """Sets ``doc.ents`` and ``doc._.khabar`` from :func:`khabar.analyze`."""

    def __init__(
        self,
        date: Optional[str] = None,
        lang: str = "auto",
        labels: Optional[Dict[str, str]] = None,
        overwrite: bool = True,
    ) -> None:
        self.date = date
        self.lang = lang
        self.labels = {**LABELS, **(labels or {})}
        self.overwrite = overwrite

    def __call__(
        self, doc: Doc, date: Optional[str] = None, lang: Optional[str] = None
    ) -> Doc:
        # format="text": the offsets must refer to doc.text, so markup in a
        # text is read as text, never extracted.
        analysis = khabar.analyze(
            doc.text,
            date if date is not None else self.date,
            lang if lang is not None else self.lang,
            format="text",
        )
        doc._.khabar = analysis
        to_doc = _offset_map(analysis["text"], doc.text)
        spans: List[Span] = []
        for entity in analysis["entities"]:
            label = self.labels.get(entity["type"], entity["type"])
            if not label:
                continue
            for m in entity["mentions"]:
                start, end = to_doc(m["start"], m["end"])
                span = doc.char_span(
                    start,
                    end,
                    label=label,
                    alignment_mode="expand",
                    span_id=entity["id"],
                )
                if span is not None and len(span) > 0:
                    spans.append(span)
        if self.overwrite:
            doc.ents = filter_spans(spans)
        else:
            kept = list(doc.ents)
            taken = {i for e in kept for i in range(e.start, e.end)}
            for span in filter_spans(spans):
                if not any(i in taken for i in range(span.start, span.end)):
                    kept.append(span)
            doc.ents = sorted(kept, key=lambda s: s.start)
        return doc


def _offset_map(analyzed: str, original: str) -> Any:
    """Offsets into ``analyzed`` (khabar's text) → offsets into ``original``
    (``doc.text``). As plain text they differ only where the analyzer
    normalized: ``\\r\\n`` and ``\\r`` became ``\\n``, other control
    characters spaces, a leading byte-order mark dropped. A linear walk
    covers those; anything else falls back to difflib's matching blocks."""
    if analyzed == original:
        return lambda s, e: (s, e)
    table = _walk(analyzed, original) or _diff(analyzed, original)
    # The end maps through the span's last character, so that a gap after
    # the span in the original stays outside it.
    return lambda s, e: (table[s], table[e - 1] + 1 if e > s else table[s])


def _walk(a: str, o: str) -> Optional[List[int]]:
    table: List[int] = []
    i = 1 if o.startswith("\ufeff") and not a.startswith("\ufeff") else 0
    for c in a:
        if i < len(o) and o[i] == c:
            table.append(i)
            i += 1
        elif c == "\n" and i < len(o) and o[i] == "\r":
            table.append(i)
            i += 2 if o[i + 1 : i + 2] == "\n" else 1
        elif c in " \ufffd" and i < len(o) and (ord(o[i]) < 0x20 or 0xD800 <= ord(o[i]) < 0xE000):
            table.append(i)
            i += 1
        else:
            return None
    table.append(len(o))
    return table


def _diff(a: str, o: str) -> List[int]:
    table = [0] * (len(a) + 1)
    matcher = difflib.SequenceMatcher(None, a, o, autojunk=False)
    last_a = last_o = 0
    for block in matcher.get_matching_blocks():
        # Unmatched stretch of a: pin it to where o's stretch starts.
        for k in range(last_a, block.a):
            table[k] = last_o
        for k in range(block.size):
            table[block.a + k] = block.b + k
        last_a, last_o = block.a + block.size, block.b + block.size
    table[len(a)] = len(o)
    return table
