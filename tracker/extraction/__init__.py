"""Fact-tracker extraction engine: figures, their sources and dates, and quotes, from news text.

Pure Python (stdlib only), no Django, no I/O besides the lexicons loaded at import. An optional
build compiles the same sources with Cython (``accelerate.py``); ``COMPILED`` says which runs.

>>> from tracker.extraction import extract
>>> r = extract("Laut Polizei wurden etwa 12.000 Menschen evakuiert.", "de", "2025-07-03")
>>> c = r.claims[0]
>>> (c.text, c.value, c.bound, c.unit, [s.name for s in c.sources])
('etwa 12.000 Menschen', 12000, 'about', 'person', ['police'])
"""

from __future__ import annotations

import datetime as _dt

from .accelerate import use_compiled_build

# before the first engine module is imported: a fresh compiled build is found first
COMPILED = use_compiled_build(__path__)

from .pipeline import run as _run  # noqa: E402
from .types import Claim, Extraction, Period, Quote, SourceMention, Span, Speaker  # noqa: E402

EXTRACTOR_VERSION = "2026.12.30"

__all__ = [
    "COMPILED",
    "EXTRACTOR_VERSION",
    "Claim",
    "Extraction",
    "Period",
    "Quote",
    "SourceMention",
    "Span",
    "Speaker",
    "extract",
]


def extract(text: str, language: str | None = None, published: _dt.date | str | None = None) -> Extraction:
    """Extract claims and quotes from ``text``.

    ``language`` is "de" or "en" (detected when None); ``published`` (date or "YYYY-MM-DD")
    resolves relative dates. Any text gives a result, an empty one at worst; a bug in the engine
    raises, so that the caller can tell "no figures" from "the engine failed" (the extraction
    task marks the article failed with the error, and it can be run again).
    """
    return _run(text, language, published, EXTRACTOR_VERSION)
