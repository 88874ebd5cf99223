"""English: a sentence whose subject is an expectation ("The market expectation for payrolls
was a gain of 165,000", "Expectations were for 2.1%", "The consensus forecast was 3%") gives the
forecasters' figure, another voice than the account's: the account does not reach it, and goes
on after it (like an aside, "Analysts had expected ...")."""

from __future__ import annotations

from ._engine import LEXICON
from .actors_en import acts

_NOUNS = frozenset(LEXICON["en"]["consensus_nouns"] + LEXICON["en"]["group_expectation_nouns"]) | frozenset(
    ("expectation",)
)
_LEAD = frozenset(("the", "market", "markets", "a", "average", "median", "analysts'", "economists'"))
_SUBJECT_AT = 4  # the expectation noun stands among the sentence's first words


def no_ones_account(u) -> bool:
    """Sentence ``u`` is a body's own deed (``actors_en.acts``: "The carmaker also hired 1,500
    workers") or an expectation: no account reaches it."""
    return acts(u.s.lowers, u.s.words) or expectation_line(u)


def expectation_line(u) -> bool:
    """Sentence ``u`` opens with an expectation as its subject."""
    lowers = u.s.lowers
    for k in range(min(_SUBJECT_AT, len(lowers))):
        if lowers[k] in _NOUNS:
            return k + 1 < len(lowers) and lowers[k + 1] in _LINKS
        if lowers[k] not in _LEAD and not lowers[k].endswith(("'", "’")):
            return False
    return False


_LINKS = frozenset(("for", "was", "were", "is", "are", "had", "of"))
