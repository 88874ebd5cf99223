"""English: a target is no part of a release's account. "The target is 75% by March", "The
interim goal is for 65% of patients to be seen ...": the standard a figure is measured against,
which the reporter states; the account of the figures before it does not reach it."""

from __future__ import annotations

import re

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


# "the Fed's 2% target", "the Riksbank's target of 2.5 percent", "the 2% target set for
# the Bank of England": a target another body owns, named (capitalised) by a possessive before
# it or after "set for"/"set by"
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)['’]s\s+$")
_OWNER_AFTER = re.compile(
    r"^\s+(?:" + "|".join(_TARGETS) + r")\s+set\s+(?:for|by)\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s*)+)"
)
_SET_AFTER = re.compile(r"^\s+set\s+(?:for|by)\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s*)+)")
# "the Riksbank's target of 2.5 percent": the owner before the target's noun and "of"
_OWNER_OF = re.compile(
    r"((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)['’]s\s+"
    r"(?:[\w-]+\s+)?(?:" + "|".join(_TARGETS) + r")(?:\s+[a-z]+)?\s+of\s+$"
)
_REACH = 60  # characters before or after the figure in which its owner stands


def owned_targets(text: str, lang: str, units, sources, claims) -> None:
    """A target another body owns ("well above the Fed's 2% target") is no figure of the
    sentence's source or of an account carried to it: it is the owner's standard, which the
    reporter states; its sources go unless one of them is the owner."""
    if lang != "en":
        return
    for u in units:
        for i in u.claims:
            if not sources[i]:
                continue
            owner = _owner(text, claims[i], u.s.start, u.s.end)
            if owner and not any(_same_body(owner, x) for x in sources[i]):
                sources[i] = ()


def _owner(text: str, c, a: int, b: int) -> str:
    """The owner's name of the target figure ``c`` is, or ''."""
    before = text[max(a, c.start - _REACH) : c.start]
    m = _OWNER_OF.search(before)
    if m:
        return m.group(1)
    words = c.text.lower().split()
    after = text[c.end : min(b, c.end + _REACH)]
    target = any(w in _TARGETS for w in words) or after.lower().lstrip().startswith(tuple(_TARGETS))
    if not target:
        return ""
    m = _OWNER_BEFORE.search(before)
    if m:
        return m.group(1)
    m = (_SET_AFTER if any(w in _TARGETS for w in words) else _OWNER_AFTER).search(after)
    return m.group(1).strip() if m else ""


def _same_body(owner: str, x) -> bool:
    """Source ``x`` names the owner (its last word among the source's words)."""
    last = owner.split()[-1].lower()
    return last in x.text.lower().split() or last in x.name.lower().split()
