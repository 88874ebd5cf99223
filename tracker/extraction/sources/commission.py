"""The outlet a poll or survey was made for: no source of its figures (the pollster is; the
keying conventions' "Polls": "a poll by YouGov for the Times", "Infratest dimap im Auftrag der
ARD")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES
from ..text.phrases import is_info_head
from .cues import MEDIA, SKIPPABLE

_COMMISSIONING = frozenset(ATTRIBUTION["commissioning_preps"])
_COMMISSIONED_BY = frozenset(tuple(x.split()) for x in ATTRIBUTION["commissioning_phrases"])
# the words without which no outlet is one a poll was made for ("for", "für", "Auftrag", "by")
_NEEDED = _COMMISSIONING | frozenset(x[-1] for x in _COMMISSIONED_BY)
# "Forsa hat für RTL und ntv 1.002 Menschen befragt": the poll is its fieldwork verb
_FIELDWORK = frozenset(DATES["fieldwork_verbs"])
_SKIPPED = SKIPPABLE | frozenset(("und", "and"))


def drop_commissioners(s, linked) -> None:
    """ "a poll by YouGov for the Times", "A YouGov poll for the Sunday Times puts",
    "Infratest dimap im Auftrag der ARD": the outlet a poll or survey was made for is no
    source of its figures (the pollster is)."""
    if _NEEDED.isdisjoint(s.low_set):
        return
    for key, (m, _cue) in list(linked.items()):
        if m.kind in MEDIA and _commissioned(s, m.i0):
            del linked[key]


_DOCUMENT_REACH = 6  # words before "for" in which the poll or survey stands


def _commissioned(s, i: int) -> bool:
    """The outlet at token i follows "for" after a document ("poll ... for the Sunday Times",
    "Umfrage von Infratest dimap für die ARD") or in a sentence of the poll's fieldwork ("hat für
    RTL 1.002 Menschen befragt"), or "im Auftrag", "commissioned by"."""
    k = i - 1
    while k > 0 and i - k <= 4 and (s.lowers[k] in _SKIPPED or s.words[k][:1].isupper()):
        k -= 1  # "for the Sunday Times", "für RTL und ntv": articles, titles, a coordinated outlet
    lowers = s.lowers
    if (lowers[k - 1], lowers[k]) in _COMMISSIONED_BY or (
        k > 1 and (lowers[k - 2], lowers[k - 1], lowers[k]) in _COMMISSIONED_BY
    ):
        return True
    return lowers[k] in _COMMISSIONING and (
        any(is_info_head(w) for w in lowers[max(0, k - _DOCUMENT_REACH) : k])
        or not _FIELDWORK.isdisjoint(s.low_set)
    )
