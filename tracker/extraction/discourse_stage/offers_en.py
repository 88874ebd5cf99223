"""English: an offer and its maker ("the government's offer of 4.5%", "an offer from the
employers' body Unico of a 3% rise for staff earning up to £30,000 and a flat £600 above
that"): the maker, named in the possessive or after "from", is a source of the figures of the
offer, those after its "of" up to a comma or the sentence's end, beside the sentence's own
sources (the union that rejected the offer)."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention

_OFFERS = frozenset(LEXICON["en"]["offer_nouns"])
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_TIMES = frozenset(LEXICON["en"]["duration_units"])  # "last year's offer"
_MARKS = frozenset(("'", "’", "'s", "’s"))
_FROM_REACH = 6  # words of the maker after "from" ("the councils' body Cosla")


def give(text: str, lang: str, units, sources, claims) -> None:
    """Each figure of an offer phrase takes the offer's maker beside its sources."""
    if lang != "en":
        return
    for u in units:
        if not u.claims or _OFFERS.isdisjoint(u.s.low_set):
            continue
        s = u.s
        for k in range(s.n):
            if s.lowers[k] in _OFFERS:
                _give_offer(text, s, k, u.claims, sources, claims)


def _give_offer(text: str, s, k: int, own, sources, claims) -> None:
    maker, of = _maker(text, s, k)
    if maker is None:
        return
    end = next((j for j in range(of, s.n) if s.words[j] in (",", ";")), s.n)
    start, stop = s.starts[of], s.ends[end - 1]
    for i in own:
        c = claims[i]
        if start <= c.start and c.end <= stop and not any(m.start == maker.start for m in sources[i]):
            sources[i] = (*sources[i], maker)


def _maker(text: str, s, k: int):
    """(the maker's mention, token after "of") for the offer noun at k, or (None, 0)."""
    if k >= 1 and s.lowers[k - 1].endswith(_POSSESSIVE):  # "the government's offer of"
        if s.lowers[k - 1].rstrip("'’s") in _TIMES:
            return None, 0  # "last year's offer of 4%": no maker
        a = k - 2 if k >= 2 and s.lowers[k - 2] == "the" else k - 1
        if k + 2 < s.n and s.lowers[k + 1] == "of":
            return _mention(text, s, a, k + 1, "offer"), k + 2
        return None, 0
    if k + 2 < s.n and s.lowers[k + 1] == "from":
        of = next((j for j in range(k + 3, min(s.n, k + 3 + _FROM_REACH)) if s.lowers[j] == "of"), None)
        if of is not None and all(s.words[j][:1].isalnum() or s.words[j] in _MARKS for j in range(k + 2, of)):
            return _mention(text, s, k + 2, of, "offer from"), of + 1
    return None, 0


def _mention(text: str, s, a: int, b: int, cue: str):
    start, end = s.starts[a], s.ends[b - 1]
    return SourceMention(text[start:end], "institution", start, end, text[start:end], cue, "origin")
