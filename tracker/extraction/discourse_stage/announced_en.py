"""English: "This was announced on Thursday by the head of the regional administration, Anna
Kovalenko.": a figure-less sentence that points back ("This", "That", "These") and names, in
the passive, who told it ("was announced ... by X", "were confirmed late on Monday by X") names
the source of the sentence before (``accounts.after_the_figures`` gives it on). Words of time
may stand between the participle and "by"; the source is the first name after "by"."""

from __future__ import annotations

from ._engine import LEXICON, VERBS, SourceMention, name_spans

_BACK = frozenset(LEXICON["en"]["back_openers"])
_BE = frozenset(("was", "were", "is", "are", "has", "have", "had", "been"))
_GAP = 5  # words between the participle and "by" ("on Thursday", "late on Monday night")


def announced_by(text: str, s) -> list:
    """[the first name after "by"] when sentence ``s`` reads "This was <cue verb> ... by X",
    else []."""
    if s.n < 5 or s.lowers[0] not in _BACK or s.lowers[1] not in _BE or "by" not in s.lowers:
        return []
    verb = next((j for j in range(2, min(s.n, 4)) if s.lowers[j] not in _BE), None)
    if verb is None or s.lowers[verb] not in VERBS["en"] or not s.lowers[verb].endswith("ed"):
        return []
    by = next((j for j in range(verb + 1, min(s.n, verb + 2 + _GAP)) if s.lowers[j] == "by"), None)
    if by is None:
        return []
    after = s.ends[by]
    for name, kind, a, b in name_spans(text, s, "en"):
        if a >= after:
            return [SourceMention(name, kind, a, b, text[a:b], f"{s.lowers[verb]} by", "origin")]
    return []
