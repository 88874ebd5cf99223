"""Paragraph breaks: whether an account goes on over the break before a paragraph. It does
when the paragraph says so ("Demnach ...", a later "hieß es" or "demnach" before any name of
its own), when a release goes on with a part of what it counted, and in English wire copy when
the paragraph before was the account's own in every sentence."""

from __future__ import annotations

from .accounts_en import same_release
from .breaks_en import another_voice
from .releases import release_goes_on
from .reported_open import opens_reported
from .signals import background, continues, goes_on, says_it_goes_on


def new_paragraph_keeps(units, k: int, acc, lang: str, named=None, carried=None) -> bool:
    """An account goes on over a paragraph break when the paragraph says so ("Demnach ..."),
    and in English wire copy, where the paragraph before was a single sentence or the
    account's own in every sentence: it names the account's source ("according to a new Ipsos
    poll ... The survey puts Reform on 31%") or says it goes on ("This is 21% higher ... The
    total for 2022 was ...")."""
    if not acc or paragraph_goes_on(units, k, lang, named):
        return True
    if _release_keeps(units, k, acc, lang):
        return True  # "According to Home Office figures, ... ¶ Of those, 12,000 were ..."
    if lang != "en" or units[k - 1].first:
        return lang == "en"
    names = {m.name for m in acc}
    j = k - 1
    while True:
        v = units[j]
        if v.own:
            if not names.issuperset(m.name for m in v.own) and not same_release(acc, v.own):
                return False
        elif (
            v.claims or v.quoted or background(v, lang)
        ) and not (  # a plain sentence without figures is neutral
            v.goes_on or goes_on(v, lang) or (carried is not None and carried(v, names, acc))
        ):
            return False
        if v.first:
            return True
        j -= 1


def _release_keeps(units, k: int, acc, lang: str) -> bool:
    """The account is a release that goes on over the break before unit k, and (English) no
    other voice speaks in the paragraph before."""
    return release_goes_on(acc, units[k], lang) and not (lang == "en" and another_voice(units, k, acc))


def paragraph_goes_on(units, k: int, lang: str, named=None) -> bool:
    """The paragraph that opens with unit k says it goes on with the account before: its first
    sentence ("Demnach ...", "Am Mittwoch rollten demnach ..."), or its second with "hieß es"
    and no source ("Zwei Radfahrer kamen ins Krankenhaus. Lebensgefahr bestehe nicht, hieß
    es.")."""
    u = units[k]
    if u.goes_on or continues(u, lang) or says_it_goes_on(u, lang) or opens_reported(u, lang):
        return True
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is None or nxt.first:
        return False
    if nxt.goes_on and not nxt.own:
        return True
    # "Die Grünen erreichen zwölf Prozent ... Union und SPD kämen demnach zusammen auf 42,5
    # Prozent": a later sentence of the paragraph, before any source or name of its own
    # (``named(j)``: "Die Bahn fuhr ... Am Mittwoch rollten demnach ..." is the Bahn's), says so
    if named is None:
        return False
    for j in range(k + 1, min(len(units), k + _PARAGRAPH_LOOK)):
        v = units[j]
        if v.first or v.own:
            return False
        if says_it_goes_on(v, lang):
            return not named(j)
    return False


_PARAGRAPH_LOOK = 4  # sentences of a paragraph searched for a "demnach"
