"""The speaker of a short quotation inside a sentence whose speech verb stands before it:
"Der Trainer sagte, man werde „in Ruhe analysieren“", "Analyst Jonas Brehm von der Bank
Keller & Co. sprach von einem „teuren Schritt“" (the person, not the end of the firm's name)."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ..sources.cues import VERBS
from ..sources.mentions import ARTICLES

_SPEECH = {
    "de": VERBS["de"] | frozenset(ATTRIBUTION["quote_speech_words_de"]),
    "en": VERBS["en"] | frozenset(ATTRIBUTION["quote_speech_words_en"]),
}
_AFFILIATION = frozenset(ATTRIBUTION["affiliation_prepositions"])
_JOINERS = frozenset(("&", "+"))  # inside a firm's name: "Keller & Co.", "Brenner + Partner"
_WORDS = 4  # words of the speaker before the verb
_FIRM_WORDS = 10  # the same, when a firm's name with "&" stands among them


def partial_speaker(s, k: int, lang: str):
    """(name, start, end) of the subject of the last speech verb before token k, or None."""
    speech = _SPEECH[lang]
    verb = next((v for v in range(k - 1, -1, -1) if s.lowers[v] in speech), None)
    if verb is None:
        return None
    a = verb
    budget = _WORDS
    while a > 0 and verb - a < budget and (s.words[a - 1][0].isalnum() or s.words[a - 1] in _JOINERS):
        if s.words[a - 1] in _JOINERS:
            budget = _FIRM_WORDS
        a -= 1
    while a < verb and s.lowers[a] in ARTICLES:
        a += 1
    if a >= verb or not s.words[a][0].isupper():
        return None
    end = _before_affiliation(s, a, verb)
    return " ".join(s.words[a:end]), s.starts[a], s.ends[end - 1]


def _before_affiliation(s, a: int, verb: int) -> int:
    """Where a person's name ends before "von der Privatbank Keller & Co." (a preposition and
    an article followed by two words or more): ``verb`` when no such affiliation follows."""
    for t in range(a + 2, verb - 3):
        if s.lowers[t] in _AFFILIATION and s.lowers[t + 1] in ARTICLES and verb - (t + 2) >= 2:
            return t
    return verb
