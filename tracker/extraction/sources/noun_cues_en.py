"""English: a cue word that is a noun of its phrase, not a verb: "The next monthly jobs report,
covering May, is due on June 5": after "the" and its modifiers, "report" followed (maybe over an
apposition in commas) by a form of "be" is the phrase's noun, whose verb comes after it."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION

_NOUN_LIKE = frozenset(ATTRIBUTION["noun_like_cues"])
_BE = frozenset(ATTRIBUTION["be_forms_en"])
_PHRASE = 4  # words from "the" to the noun ("the next monthly jobs report")
_APPOSITION = 8  # words of an apposition in commas (", covering May,")


def noun_before_be(s, cue) -> bool:
    """The cue verb at ``cue.i0`` is the noun of a phrase opened by "the" and the subject of
    a form of "be" after it."""
    k = cue.i0
    if cue.kind != "verb" or s.lowers[k] not in _NOUN_LIKE or "the" not in s.lowers[max(0, k - _PHRASE) : k]:
        return False
    k += 1
    if k < s.n and s.words[k] == ",":
        k = next((j + 1 for j in range(k + 1, min(s.n, k + _APPOSITION)) if s.words[j] == ","), k)
    return k < s.n and s.lowers[k] in _BE
