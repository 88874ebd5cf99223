"""A German sentence without figures whose source, as its subject, explains or comments on what
the paragraph just reported: "Die DFL erklärt den Rückgang vor allem damit, dass ...", "Der
Verband begründet das Plus mit ...", "Die Behörde führt den Anstieg auf ... zurück". Its verb's
object points back (a demonstrative, or a definite article and a noun of change), so the source
is the source of the figures before it in its paragraph, as after "Das teilte X mit"."""

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
