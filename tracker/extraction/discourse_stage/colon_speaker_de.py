"""German: a sentence that opens with a person and ends in a quotation after a colon ("Kämmerin
Petra Wiedemann umriss im Gemeinderat die Lage: „...“", "Jan Weber (SPD) wurde deutlich: „...“"):
whatever the verb, the person is the quotation's speaker, and the reported speech after it
("Die Erträge lägen um 8,7 Millionen Euro unter dem Ansatz") goes on with their account."""

from __future__ import annotations

from . import backrefs
from ._engine import SourceMention

_QUOTE_OPENERS = frozenset('„“»"')
_NAME_WORDS = 3  # capitalised words of a name after its role


def colon_speakers(art) -> None:
    """Units that name no source and hold a quotation after a colon take the person that opens
    them as their own source (a quotation's speaker)."""
    if art.lang != "de":
        return
    for u in art.units:
        if u.quoted and not u.own and not u.claims and _colon_quote(u.s):
            m = _opening_person(art.text, u.s)
            if m is not None:
                u.own = (m,)
                art.history.append((m.start, m))


def _colon_quote(s) -> bool:
    return any(
        w == ":" and k + 1 < s.n and s.words[k + 1][:1] in _QUOTE_OPENERS for k, w in enumerate(s.words)
    )


def _opening_person(text: str, s):
    """The person that opens sentence ``s``: a person's role and a name ("Kämmerin Petra
    Wiedemann"), or a name with a party in brackets ("Jan Weber (SPD)"), followed by its
    verb; or None."""
    words = s.words
    if s.n < 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[:2]):
        return None
    role = backrefs.noun_class(s.lowers[0], "de") == "person"
    k = 1
    while k < s.n and k <= _NAME_WORDS and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    if words[k] == "(" and k + 2 < s.n and words[k + 2] == ")":
        k, party = k + 3, True
    else:
        party = False
    if not (role or party) or k - (1 if role else 0) < 2 or not words[k].islower():
        return None
    a, b = s.starts[0], s.ends[k - 1]
    name = " ".join(words[1 if role else 0 : k - 3 if party else k])
    return SourceMention(name, "person", a, b, text[a:b], "quote", "origin")
