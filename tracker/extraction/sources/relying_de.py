"""German: a source that relies on the data just cited ("Nach RKI-Daten, auf die sich die Kasse
beruft, ...", "nach Daten des Bundesamts, auf die sich das Portal stützt"): the one named in the
relative clause passed the figures on, a relay beside the cited origin."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ..text.phrases import np_after
from .info import guess_kind, source_label
from .mentions import Mention

_RELATIVES = frozenset(("die", "den", "das", "welche"))
_RELYING = frozenset(ATTRIBUTION["relying_verbs_de"])


def with_relays(s, found) -> list:
    """``found`` [(mention, cue, role)] with the relays that rely on one of its mentions."""
    out = list(found)
    for m, _cue, _role in found:
        k = m.i1
        if not (k + 4 < s.n and s.words[k] == "," and s.lowers[k + 1] == "auf"):
            continue
        if s.lowers[k + 2] not in _RELATIVES or s.lowers[k + 3] != "sich":
            continue
        span = np_after(s, k + 4, "de")
        if span is None or span[1] >= s.n or s.lowers[span[1]] not in _RELYING:
            continue
        a, b = span
        relay = Mention(a, b, source_label(s, a, b, "de"), guess_kind(s, a, b, "de"))
        out.append((relay, s.lowers[b], "relay"))
    return out
