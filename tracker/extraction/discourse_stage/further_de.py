"""German: an attribution that says it goes on ("Wie das Statistische Bundesamt weiter
mitteilte, ...", "..., teilte die Polizei weiter mit") tells that the figures before it in its
paragraph were that source's too: they take it where they have no source of their own, back to
the paragraph's start (a sentence with a source of its own or a background sentence ends the
run; a quotation without figures in between does not, "sagt die Präsidentin des Amtes" being
part of the same release) and within ``accounts.WINDOW`` characters."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import LEXICON
from .accounts import WINDOW
from .paragraphs import give_back
from .signals import background

_FURTHER = frozenset(LEXICON["de"]["further_words"])
_REACH = 6  # words after the source's name in which "weiter" stands ("(Destatis) weiter mitteilt")


def cover_before(lang: str, units, sources, claims) -> None:
    """The figures without a source before a "weiter" attribution in its paragraph take it."""
    if lang != "de":
        return
    for k in range(1, len(units)):
        u = units[k]
        if u.first or u.headline or not u.own:
            continue
        given = tuple(m for m in u.own if m.cue != "quote" and _says_further(u.s, m))
        if given and len(given) == len(u.own):
            _give_back(lang, units, k, given, sources, claims)


def _says_further(s, m) -> bool:
    k = bisect_left(s.starts, m.end)
    for w in s.lowers[k : k + _REACH]:
        if w in _FURTHER:
            return True
        if w in (",", ";", ":"):
            return False
    return False


def _give_back(lang: str, units, k: int, given, sources, claims) -> None:
    """The figures without a source of the sentences before unit k in its paragraph, within
    ``WINDOW`` characters, back to a headline, background or a sentence with a source of its own
    (a quotation without figures does not end the run)."""
    pos = min(m.start for m in given)
    give_back(
        units,
        k,
        given,
        sources,
        lambda v: v.headline or background(v, lang) or (v.own and (v.claims or not v.quoted)),
        lambda i: not sources[i] and pos - claims[i].start <= WINDOW,
    )
