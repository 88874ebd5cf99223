"""German: a phrase before a cue verb that cannot speak, so is no source: an adverbial opened by
a preposition ("Aufs Jahr gerechnet belaufe sich ..."), a measure ("Die Geburtenziffer gibt an"),
and, for a verb that needs a speaker
("erinnerte"), a phrase without a speaker's noun ("Das Foto erinnerte viele an ...")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from .mentions import source_noun

_ADVERBIAL_OPENERS = frozenset(ATTRIBUTION["adverbial_openers_de"])
_SPEAKER_ONLY = frozenset(ATTRIBUTION["speaker_only_verbs_de"])
_MEASURES = tuple(ATTRIBUTION["measure_heads_de"])


def not_speaking_de(s, cue, span) -> bool:
    """The German phrase ``span`` before cue verb ``cue`` is no speaker: a sentence's first
    phrase opened by a preposition is an adverbial, not the subject of the verb after it; a verb
    that needs a speaker has none in a phrase without a speaker's noun."""
    if span[0] == 0 and s.lowers[0] in _ADVERBIAL_OPENERS:
        return True
    if s.words[span[1] - 1][:1].isupper() and s.lowers[span[1] - 1].endswith(_MEASURES):
        return True  # "Die Geburtenziffer gibt an, wie viele ...": a measure, no speaker
    return cue.text in _SPEAKER_ONLY and source_noun(s, span[1] - 1, "de") is None
