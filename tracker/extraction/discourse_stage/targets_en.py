"""English: a target is no part of a release's account. "The target is 75% by March", "The
interim goal is for 65% of patients to be seen ...": the standard a figure is measured against,
which the reporter states; the account of the figures before it does not reach it."""

from __future__ import annotations

from ._engine import LEXICON

_TARGETS = frozenset(LEXICON["en"]["target_heads"])
_SUBJECT_WORDS = 5  # the opening words in which the subject "The (interim) target" stands


def target_line(u) -> bool:
    """Sentence ``u`` opens with a target as its subject, before any figure."""
    for w in u.s.lowers[:_SUBJECT_WORDS]:
        if w in _TARGETS:
            return True
        if w[:1].isdigit():
            return False
    return False
