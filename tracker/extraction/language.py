"""Language detection by stop-word counts (German vs English)."""
from __future__ import annotations

import re

from .lexicon import MISC

_DE = frozenset(MISC["stopwords"]["de"])
_EN = frozenset(MISC["stopwords"]["en"])
_WORD_RE = re.compile(r"[^\W\d_]{1,30}")
SAMPLE = 20000  # characters looked at; plenty for a decision


def detect_language(text: str, default: str = "de") -> str:
    """Return "de" or "en" by counting frequent function words.

    >>> detect_language("The troops said that the war was over.")
    'en'
    >>> detect_language("Die Soldaten sagten, dass der Krieg vorbei sei.")
    'de'
    """
    de = en = 0
    for m in _WORD_RE.finditer(text, 0, min(len(text), SAMPLE)):
        w = m.group().lower()
        if w in _DE:
            de += 1
        if w in _EN:
            en += 1
    if de == en:
        if any(ch in text[:SAMPLE] for ch in "äöüß"):
            return "de"
        return default if de else default
    return "de" if de > en else "en"


def normalise_language(language) -> str | None:
    if not language:
        return None
    code = str(language).strip().lower()[:2]
    return code if code in ("de", "en") else None
