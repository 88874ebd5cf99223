"""Another body than the account's: a sentence that speaks of what another body has or does
(its name as subject, a possessive, a clause of its own) is not carried to."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import sentence_names
from .accounts_en import clause_subject, place_subject, possessive_body, predicate, the_figures


def other_body(text: str, lang: str, s, acc) -> bool:
    """Sentence ``s`` speaks of what another body than the account's ``acc`` has: a name
    as its subject or with a possessive ("the Federal Reserve's target of 2 percent")."""
    names = {m.name for m in acc}
    texts = " ".join(m.text for m in acc)
    for m in sentence_names(text, s, lang):
        if (
            m.name in names
            or m.text in texts
            or (lang == "en" and (the_figures(m) or predicate(s, m) or place_subject(s, m, acc)))
        ):
            continue
        if m.start - s.start <= 4 or text.startswith(("'s ", "’s "), m.end) or _early_subject(s, m):
            return True
        if lang == "en" and clause_subject(s, m):  # "..., and the Bank of England has sold"
            return True
    return lang == "en" and possessive_body(text, s, texts)  # "the Central Bank's", not "January's"


def _early_subject(s, m) -> bool:
    """The name stands among the first words and a lower-case word (its verb) follows it:
    "The drivers' union UTD is demanding ..."."""
    k = bisect_left(s.starts, m.start)
    if k > 4:
        return False
    e = bisect_left(s.starts, m.end)
    return e < s.n and s.words[e].isalpha() and s.words[e].islower()
