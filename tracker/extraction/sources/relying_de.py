"""German: a source that relies on the data just cited ("Nach RKI-Daten, auf die sich die Kasse
beruft, ...", "nach Daten des Bundesamts, auf die sich das Portal stützt"): the one named in the
relative clause passed the figures on, a relay beside the cited origin; so does one that collects
them ("Nach Angaben der Gesundheitsämter, die das RKI sammelt")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ..text.phrases import np_after
from .info import guess_kind, source_label
from .mentions import Mention

_RELATIVES = frozenset(("die", "den", "das", "welche"))
_RELYING = frozenset(ATTRIBUTION["relying_verbs_de"])
_COLLECTING = frozenset(ATTRIBUTION["collecting_verbs_de"])


def may_relay(s) -> bool:
    """A cheap test first: the sentence holds "sich" or a collecting verb."""
    return "sich" in s.low_set or not _COLLECTING.isdisjoint(s.low_set)


def with_relays(s, found) -> list:
    """``found`` [(mention, cue, role)] with the relays that rely on one of its mentions."""
    out = list(found)
    for m, _cue, _role in found:
        span = _relying(s, m.i1) or _collecting(s, m.i1)
        if span is None:
            continue
        a, b = span
        relay = Mention(a, b, source_label(s, a, b, "de"), guess_kind(s, a, b, "de"))
        out.append((relay, s.lowers[b], "relay"))
    return out


def _relying(s, k: int):
    """ ", auf die sich die Kasse beruft" at token k: the span of who relies, or None."""
    if not (k + 4 < s.n and s.words[k] == "," and s.lowers[k + 1] == "auf"):
        return None
    if s.lowers[k + 2] not in _RELATIVES or s.lowers[k + 3] != "sich":
        return None
    span = np_after(s, k + 4, "de")
    return span if span is not None and span[1] < s.n and s.lowers[span[1]] in _RELYING else None


def _collecting(s, k: int):
    """ ", die das RKI sammelt" at token k (after the cited bodies or data): the span of who
    collects them, or None."""
    if not (k + 3 < s.n and s.words[k] == "," and s.lowers[k + 1] in _RELATIVES):
        return None
    span = np_after(s, k + 2, "de")
    return span if span is not None and span[1] < s.n and s.lowers[span[1]] in _COLLECTING else None
