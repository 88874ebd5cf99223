"""A German sentence without figures whose source, as its subject, explains or comments on what
the paragraph just reported: "Die DFL erklärt den Rückgang vor allem damit, dass ...", "Der
Verband begründet das Plus mit ...", "Die Behörde führt den Anstieg auf ... zurück". Its verb's
object points back (a demonstrative, or a definite article and a noun of change), so the source
is the source of the figures before it in its paragraph, as after "Das teilte X mit".

The object may open the sentence instead, its source after the verb, and hold the change's own
figure: "Den Anstieg um 14,9 Prozent nannte die Präsidentin eine Mehrbelastung", "Das Plus
begründete der Verband mit ..." (``object_first_back``)."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import LEXICON

_OBJECTS = frozenset(LEXICON["de"]["back_objects"])
_ARTICLES = frozenset(LEXICON["de"]["back_object_articles"])
_CHANGES = tuple(LEXICON["de"]["back_object_changes"])
_SUBJECT_AT = 2  # the source opens the sentence (after at most an article)


def verb_points_back(s, own, lang: str) -> bool:
    """Sentence ``s`` opens with its source, its cue verb follows, and the verb's object points
    back ("den Rückgang", "das Plus", "dies")."""
    if lang != "de" or not own:
        return False
    for m in own:
        if bisect_left(s.starts, m.start) > _SUBJECT_AT:
            return False
        k = bisect_left(s.starts, m.end)
        cue = m.cue.lower()
        if k + 1 >= s.n or s.lowers[k] != cue:
            return False
        j = k + 1
        if s.lowers[j] in _OBJECTS:
            continue
        if not (j + 1 < s.n and s.lowers[j] in _ARTICLES and s.lowers[j + 1].endswith(_CHANGES)):
            return False
    return True


_OBJECT_WORDS = 8  # tokens of an opening object up to its verb ("Den Anstieg um 14,9 Prozent")


def object_first_back(s, own, claims, lang: str) -> bool:
    """Sentence ``s`` opens with an object that points back (a definite article and a noun of
    change), its cue verb follows within a few words, its source right after the verb, and its
    figures (``claims``) all stand in the object: the source speaks of what was just reported."""
    if lang != "de" or not own or s.n < 4:
        return False
    if s.lowers[0] not in _ARTICLES or not s.lowers[1].endswith(_CHANGES):
        return False
    for m in own:
        k = bisect_left(s.starts, m.start)
        if k < 3 or k > _OBJECT_WORDS or s.lowers[k - 1] != m.cue.lower():
            return False
        if "," in s.words[: k - 1] or any(c.end > s.starts[k - 1] for c in claims):
            return False
    return True
