"""English: an aside between commas after a document that its verb's link may skip ("The
club's press release, issued at 10pm on Friday, highlighted ...")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from .cues import CLAUSE_BREAKS

_ASIDE_PARTICIPLES = frozenset(ATTRIBUTION["aside_participles_en"])
_ASIDE = 10  # tokens at most of such an aside with its commas


def after_participle_aside(s, a: int, b: int) -> int:
    """The token after an aside between commas that opens the gap a..b with a participle of a
    document ("The club's press release, issued at 10pm on Friday, highlighted"), else a."""
    if a + 2 >= b or s.words[a] != "," or s.lowers[a + 1] not in _ASIDE_PARTICIPLES:
        return a
    e = next((k for k in range(a + 2, min(a + _ASIDE, b)) if s.words[k] in CLAUSE_BREAKS), None)
    return e + 1 if e is not None and s.words[e] == "," else a
