"""English: a list whose intro has a company's results as its subject ("Set against the
forecasts of analysts polled by LSEG, the company's results for the quarter were:" and lines
"Revenue: $2.86 billion, against $2.79 billion expected"): each line's figure is the company's
result, under the intro's phrase of its results; a figure marked as expected right after it
keeps the forecasters the intro names (DESIGN: a company presenting its results is their
source, the analysts the origin of their expectation)."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention

_RESULTS = frozenset(LEXICON["en"]["result_list_nouns"])
_HEADS = frozenset(LEXICON["en"]["company_heads"])
_EXPECTED = frozenset(LEXICON["en"]["estimate_words"])
_POSSESSIVE = ("'s", "’s")
_MARK = 3  # tokens after a figure in which "expected" marks it as the forecast


def company_results(text: str, units, sources, claims, items) -> None:
    """The figures of the lines of a results list take the company, but the expected ones."""
    for k in range(1, len(units)):
        if not items[k] or items[k - 1] or _RESULTS.isdisjoint(units[k - 1].s.low_set):
            continue
        owner = _results_phrase(text, units, k - 1)
        if owner is None:
            continue
        j = k
        while j < len(units) and items[j]:
            for i in units[j].claims:
                if not _expected(units[j].s, claims[i]):
                    sources[i] = (owner,)
            j += 1


def _results_phrase(text: str, units, j: int):
    """ "the company's results" (a company's description or name in the possessive right
    before a results noun) in the intro unit j, as a mention of the company named before."""
    s = units[j].s
    for h in range(1, s.n):
        if s.lowers[h] not in _RESULTS or not s.lowers[h - 1].endswith(_POSSESSIVE):
            continue
        word = s.lowers[h - 1][:-2]
        a = h - 2 if h >= 2 and s.lowers[h - 2] == "the" else h - 1
        if word not in _HEADS and not s.words[h - 1][:1].isupper():
            return None
        name = _company_before(units, j) or text[s.starts[a] : s.ends[h - 1] - 2]
        return SourceMention(
            name, "organisation", s.starts[a], s.ends[h], text[s.starts[a] : s.ends[h]], "results", "origin"
        )
    return None


def _company_before(units, j: int):
    """The name of the body named last before unit j, or None."""
    for v in reversed(units[:j]):
        for m in reversed(v.own):
            if m.kind != "person" and m.cue != "quote":
                return m.name
    return None


def _expected(s, c) -> bool:
    """An estimate word stands right after the figure ("31 cents expected")."""
    k = next((t for t in range(s.n) if s.starts[t] >= c.end), s.n)
    return any(w in _EXPECTED for w in s.lowers[k : k + _MARK])
