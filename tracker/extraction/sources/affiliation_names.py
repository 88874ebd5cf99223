"""Where a person works, named after "of"/"from"/"vom" ("Detective Inspector Ana Ruiz of the
City of Kentmere Police said"): the body's mention may start inside a longer name whose first
words (a place, "City of") the mention finders left out; the name is still the affiliation, and
the person, not the body, speaks."""

from __future__ import annotations

from .cues import SKIPPABLE

_JOINERS = frozenset(("of", "and", "for", "&", "upon", "on"))  # "City of London", "Tyne and Wear"
_NAME_WORDS = 4  # capitalised words at most of the name before the mention


def reaches(s, a: int, b: int, skips: int = 1) -> bool:
    """Tokens a..b-1 between the affiliation word and a body's mention at b are ``skips``
    articles or "of" at most, or articles and the first words of the body's name, capitalised
    or joiners."""
    p = a
    while p < b and s.lowers[p] in SKIPPABLE:
        p += 1
    if p == b:
        return b - a <= skips
    words = s.words
    return b - p <= _NAME_WORDS and words[p][0].isupper() and all(_name_word(s, j) for j in range(p, b))


def word_before(s, b: int, affiliation) -> int:
    """The position of the affiliation word ("of", "vom") after a name of two capitalised words
    or more and before a body's mention at b, passing over the first words of the body's name
    ("Ana Ruiz of the City of Kentmere Police"), or -1."""
    words = s.words
    for pos in range(b - 1, max(1, b - 3 - _NAME_WORDS), -1):
        if (
            s.lowers[pos] in affiliation
            and reaches(s, pos + 1, b, b)
            and words[pos - 1][:1].isupper()
            and words[pos - 2][:1].isupper()
            and words[pos - 2].isalpha()
        ):
            return pos
    return -1


def _name_word(s, j: int) -> bool:
    return s.words[j].isalpha() and (s.words[j][0].isupper() or s.lowers[j] in _JOINERS)
