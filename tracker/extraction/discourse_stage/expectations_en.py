"""English: a sentence whose subject is an expectation ("The market expectation for payrolls
was a gain of 165,000", "Expectations were for 2.1%", "The consensus forecast was 3%") gives the
forecasters' figure, another voice than the account's: the account does not reach it, and goes
on after it (like an aside, "Analysts had expected ..."). So is a sentence whose figures all
stand in a clause of history after a year ("the strongest since 1999, when 17,000 died")."""

from __future__ import annotations

from ._engine import CALENDAR_EN, LEXICON
from .actors_en import acts

_NOUNS = frozenset(LEXICON["en"]["consensus_nouns"] + LEXICON["en"]["group_expectation_nouns"]) | frozenset(
    ("expectation",)
)
_LEAD = frozenset(("the", "market", "markets", "a", "average", "median", "analysts'", "economists'"))
_SUBJECT_AT = 4  # the expectation noun stands among the sentence's first words


def no_ones_account(u) -> bool:
    """Sentence ``u`` is a body's own deed (``actors_en.acts``: "The carmaker also hired 1,500
    workers"), an expectation, or history ("the strongest since 1999, when 17,000 died"): no
    account reaches it."""
    return acts(u.s.lowers, u.s.words) or expectation_line(u) or history_clause(u.s.lowers)


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


_SINCE = frozenset(("since", "in", "last"))
_TIMES = frozenset(LEXICON["en"]["history_times"]) | CALENDAR_EN


def history_clause(lowers) -> bool:
    """Every number of the sentence but a year stands in a clause ", when ..." after "since
    1999", "in 2019", "last spring": what happened then, told as background."""
    if "when" not in lowers:
        return False
    k = lowers.index("when")
    if k < 3 or lowers[k - 1] != "," or lowers[k - 3] not in _SINCE or not _year(lowers[k - 2]):
        return False
    return not any(w[:1].isdigit() for w in lowers[: k - 2])


def _year(w: str) -> bool:
    """A year ("1999") or a word of time ("spring", "March")."""
    return (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")) or w in _TIMES
