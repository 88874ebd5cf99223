"""Language detection by stop-word counts (German vs English)."""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import MISC

_DE = frozenset(MISC["stopwords"]["de"])
_EN = frozenset(MISC["stopwords"]["en"])
_WORD_RE = re.compile(r"[^\W\d_]{1,30}")
SAMPLE = 6000  # characters looked at; plenty for a decision


def detect_language(text: str, default: str = "de") -> str:
    """Return "de" or "en" by counting frequent function words.

    >>> detect_language("The troops said that the war was over.")
    'en'
    >>> detect_language("Die Soldaten sagten, dass der Krieg vorbei sei.")
    'de'
    """
    counts = Counter(_WORD_RE.findall(text[:SAMPLE].lower()))
    de = sum(counts[w] for w in _DE)
    en = sum(counts[w] for w in _EN)
    if de == en:
        if any(ch in text[:SAMPLE] for ch in "äöüß"):
            return "de"
        return default
    return "de" if de > en else "en"


def normalise_language(language) -> str | None:
    if not language:
        return None
    code = str(language).strip().lower()[:2]
    return code if code in ("de", "en") else None
