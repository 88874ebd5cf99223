"""English paragraph breaks: a release's account does not go on over a paragraph in which
another voice speaks ("according to LSEG data ... ¶ ..., said Jefferies analyst X. "...," he
said. ¶ Operating margin widened to 11.8 percent": the analyst's paragraph ends it)."""

from __future__ import annotations


def another_voice(units, k: int, acc) -> bool:
    """The paragraph before unit k names a source other than ``acc``'s or quotes someone it
    does not name."""
    names = {m.name for m in acc}
    j = k - 1
    while j >= 0:
        v = units[j]
        if any(m.name not in names for m in v.own) or (v.quoted and not v.own):
            return True  # another source, or a quotation of no one the account names
        if v.first:
            return False
        j -= 1
    return False
