"""English: the analysts' consensus beside a company's own figures ("against analysts'
consensus of £1.21 billion", "ahead of the £1.16 billion company-compiled consensus", "topping
economists' estimates of 2.1%"): the consensus, the analysts' expectation, is the source of
its figure, not the company whose results or outlook stand in the same sentence (DESIGN:
chains, the analysts as origin)."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import LEXICON, SourceMention

_NOUNS = frozenset(LEXICON["en"]["consensus_nouns"])
_EXPECTATIONS = frozenset(LEXICON["en"]["group_expectation_nouns"])
_GROUPS = frozenset(LEXICON["en"]["aside_sources"])
_APOSTROPHES = frozenset(("'", "’", "'s", "’s"))
_AFTER = (
    3  # tokens after a figure in which its consensus noun stands ("£1.16 billion company-compiled consensus")
)
_MODIFIERS = 3  # tokens of the consensus's own modifiers before it ("analysts ' consensus")


def give(text: str, lang: str, units, sources, claims) -> None:
    """Each figure of a consensus phrase takes the consensus as its source."""
    if lang != "en":
        return
    for u in units:
        if not u.claims or (_NOUNS.isdisjoint(u.s.low_set) and _EXPECTATIONS.isdisjoint(u.s.low_set)):
            continue
        s = u.s
        for i in u.claims:
            span = _after(s, claims[i]) or _before(s, claims[i])
            if span:
                a, b = s.starts[span[0]], s.ends[span[1] - 1]
                sources[i] = (SourceMention("analysts", "expert", a, b, text[a:b], "consensus", "origin"),)


def _after(s, c):
    """(first, end) tokens of "company-compiled consensus" right after the figure, or None."""
    k = bisect_left(s.starts, c.end)
    for j in range(k, min(s.n, k + _AFTER)):
        if s.lowers[j] in _NOUNS:
            return k, j + 1
        if not s.words[j][:1].isalnum():
            return None
    return None


def _before(s, c):
    """(first, end) tokens of "analysts' consensus" in "consensus of £1.21 billion", or None."""
    k = bisect_left(s.starts, c.start)
    if k < 2 or s.lowers[k - 1] != "of" or s.lowers[k - 2] not in _NOUNS | _EXPECTATIONS:
        return None
    a = k - 2
    while a > 0 and k - 2 - a < _MODIFIERS and _modifier(s, a - 1):
        a -= 1
    if s.lowers[k - 2] in _EXPECTATIONS and _GROUPS.isdisjoint(s.lowers[a : k - 2]):
        return None  # "the company's forecast of $2bn": its own, no forecasters'
    if a > 0 and s.lowers[a - 1] == "the":
        a -= 1
    return a, k - 1


def _modifier(s, j: int) -> bool:
    """Token j modifies the consensus: the analysts and their possessive, a name, a compound."""
    w = s.words[j]
    return w in _APOSTROPHES or s.lowers[j] in _GROUPS or "-" in w or (w[:1].isupper() and w.isalpha())


def before_expectation(u, sources, claims, given) -> None:
    """ "The rise took the rate to 3.4%, above the 3.1% that most economists had expected":
    in a sentence whose only source is the analysts' expectation (an aside), the figures before
    the one the expectation names (the last before its mention) are the account's (``given``)."""
    own = list(u.own)
    if not given or not own:
        return
    first = min(m.start for m in own)
    before = [i for i in u.claims if claims[i].start < first]
    for i in before[:-1]:
        if all(m in own for m in sources[i]):
            sources[i] = given
