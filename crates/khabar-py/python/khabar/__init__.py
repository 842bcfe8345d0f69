"""khabar: who, what, where and when in English and Hindi news articles.

The same analyzer as the ``khabar`` command and the web page (a Rust core,
compiled into this package). :func:`analyze` returns what
``khabar analyze FILE --format json`` prints for one document, as Python
objects; :func:`merge` what it prints as ``corpus`` for several. The fields
are documented in ``docs/schema.md``.

Offsets count Unicode code points, as Python's ``str`` does, so
``a["text"][m["start"]:m["end"]] == m["text"]`` for every mention ``m``.
Offsets refer to ``a["text"]``, the plain text analyzed (for an HTML page,
the article's text without markup).

The analysis runs without the GIL: a ``ThreadPoolExecutor`` uses every core.

>>> import khabar
>>> text = "NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin on Tuesday."
>>> a = khabar.analyze(text, date="2024-12-05")
>>> [e["name"] for e in a["entities"] if e["type"] == "PERSON"]
['Rajnath Singh', 'Vladimir Putin']
>>> [(t["text"], t["value"]) for t in a["timexes"]]
[('Dec 3', '2024-12-03'), ('Tuesday', '2024-12-03')]
>>> m = a["entities"][0]["mentions"][0]
>>> a["text"][m["start"]:m["end"]] == m["text"]
True

The spaCy component lives in :mod:`khabar.spacy` (``nlp.add_pipe("khabar")``);
importing :mod:`khabar` does not import spaCy.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from typing import Any, Dict, Iterable, List, Optional, Union

from . import _khabar

__all__ = ["analyze", "analyze_json", "merge", "__version__"]

__version__: str = _khabar.__version__

#: What :func:`analyze` accepts as an article.
Input = Union[str, bytes, bytearray]
#: What :func:`analyze` accepts as a reference date.
DateLike = Union[str, _dt.date, None]


def _iso(date: DateLike) -> Optional[str]:
    # datetime (and pandas.Timestamp) are dates too: keep the day only.
    if isinstance(date, _dt.datetime):
        date = date.date()
    if isinstance(date, _dt.date):
        return date.isoformat()
    return date


def analyze_json(
    text_or_html: Input,
    date: DateLike = None,
    lang: str = "auto",
    *,
    format: str = "auto",
    id: Optional[str] = None,
    name: Optional[str] = None,
) -> str:
    """Like :func:`analyze`, but returns the analysis as a JSON string (one
    line, as ``khabar analyze --format jsonl`` prints it): for writing
    JSON Lines without parsing and re-encoding."""
    return _khabar.analyze_json(text_or_html, _iso(date), lang, format, id, name)


def analyze(
    text_or_html: Input,
    date: DateLike = None,
    lang: str = "auto",
    *,
    format: str = "auto",
    id: Optional[str] = None,
    name: Optional[str] = None,
) -> Dict[str, Any]:
    """Analyzes one article.

    ``text_or_html``: plain text or an HTML page, as ``str``; or the raw
    ``bytes`` of a file in any encoding (UTF-8, UTF-16, windows-1252, …),
    read exactly as ``khabar analyze FILE`` reads the file.

    ``date``: the reference date every relative date ("on Tuesday", "last
    month") is resolved against, ``"YYYY-MM-DD"`` or a :class:`datetime.date`;
    it wins over a date found in the article. Without it, the article's own
    date is used (HTML metadata, dateline) when it has one.

    ``lang``: ``"auto"`` (detect per document and per sentence), ``"en"``
    or ``"hi"``.

    ``format``: ``"auto"`` (by ``name``'s extension, else HTML when it looks
    like markup, else plain text), ``"text"``, ``"html"`` or ``"markdown"``.

    ``id``: the document's id in the analysis and in :func:`merge`'s
    output (else one derived from ``name`` or the title). ``name``: the file
    name it came from, if any: ``.md`` is read as Markdown, ``.html`` as HTML.

    Returns the analysis as a ``dict`` (fields in ``docs/schema.md``), with
    code-point offsets into ``result["text"]``.

    Raises :class:`ValueError` with the analyzer's message for input that
    cannot be analyzed (a PDF or other binary file, a malformed date, a
    document over 50 MiB, an unknown ``lang`` or ``format``), and
    :class:`TypeError` when ``text_or_html`` is neither ``str`` nor ``bytes``.
    """
    return _json.loads(
        analyze_json(text_or_html, date, lang, format=format, id=id, name=name)
    )


def merge(analyses: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    """Merges analyses (as :func:`analyze` returns them) into one corpus: one
    entity table across documents and scripts (Rajnath Singh = राजनाथ सिंह),
    and one timeline. The same as the ``corpus`` that
    ``khabar analyze FILES --format json`` prints.

    Raises :class:`ValueError` when an item is not an analysis.
    """
    items: List[Dict[str, Any]] = list(analyses)
    try:
        payload = _json.dumps(items, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise ValueError(
            f"expected a list of analyses as khabar.analyze returns them, but {e}"
        ) from None
    return _json.loads(_khabar.merge_json(payload))
