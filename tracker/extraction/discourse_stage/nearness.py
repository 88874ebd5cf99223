"""Which sentences the discourse stage looks at: those with figures and the few before them
in their paragraph (an attribution anywhere else has nothing to attribute), over a paragraph
break when the paragraph before names a release."""

from __future__ import annotations

from . import backrefs, releases, signals
from ._engine import VERBS

_LOOKAHEAD = 3  # sentences after a claimless one whose figures it may still attribute


def near_claims(units, lang: str, items=None) -> list[bool]:
    """Per sentence: it, or one of the next few, holds a figure (an attribution anywhere else
    has nothing to attribute, so the stage skips those sentences); ``items``: per sentence, a
    line of a list (``lists.item_lines``), whose figures the sentence before the list may
    attribute."""
    out = [False] * len(units)
    countdown = 0
    for k in range(len(units) - 1, -1, -1):
        if units[k].claims:
            countdown = _LOOKAHEAD + 1
        out[k] = countdown > 0
        countdown -= 1
        # (else no figure ahead to reach: the tests would change nothing)
        if countdown > 0 and _ends_account(units, k, lang, items):
            countdown = 0
    for k in range(len(units) - 1):
        if units[k].claims and not units[k + 1].first:
            out[k + 1] = True  # "..., sagte eine Sprecherin" may reach back to the figures
        elif lang == "en" and units[k + 1].headline and units[k].s.words[-1:] == [":"]:
            out[k] = True  # "Here are the key figures from X:" before its crossheads' sections
    return out


def _ends_account(units, k: int, lang: str, items) -> bool:
    """An account ends with its paragraph (at unit k, the first of one), unless it says it goes
    on, or (English copy) a line without figures names a release before it ("..., according to
    the latest report."); a crosshead and the paragraph after it end none."""
    u = units[k]
    return (
        u.first
        and u.para
        and not (u.headline or units[k - 1].headline)
        and not (items and items[k])
        and not (signals.continues(u, lang) or signals.says_it_goes_on(u, lang))
        and not (lang == "en" and backrefs.find(u.s, lang) is not None)  # "According to him, ..."
        and not (lang == "en" and k and (release_before(units, k, lang) or wire_line_before(units, k)))
    )


def wire_line_before(units, k: int) -> bool:
    """English wire copy: the paragraph before unit k is one sentence without figures closed by
    its attribution ("..., the Northern Counties Building Society said on Thursday."), whose
    account a paragraph break alone does not end."""
    u = units[k - 1]
    if not u.first or u.claims or u.headline:
        return False
    lowers = u.s.lowers
    tail = lowers[max(0, len(lowers) - _CLOSING) :]
    return "," in lowers and not VERBS["en"].isdisjoint(tail) and lowers.index(",") < len(lowers) - _CLOSING


_CLOSING = 6  # last tokens in which a closing attribution's verb stands ("..., X said on Thursday.")


def release_before(units, k: int, lang: str) -> bool:
    """The paragraph before unit k has no figures and names a release: its document ("...,
    according to the latest report.") or a body known for releases ("..., Eurostat said.")."""
    j = k - 1
    while True:
        u = units[j]
        if u.claims:
            return False
        if releases.names_a_document(u) or releases.names_a_release_body(u, lang):
            return True
        if u.first or j == 0 or k - j >= _LOOKAHEAD:
            return False
        j -= 1


def carried_alone(units, sources):
    """(k, sentence, source) for each sentence with figures, neither a headline nor naming its
    own source, whose figures carry one single-mention source from before it (not a quotation's
    speaker): the sentences where a nearer mention of that source may stand in for it."""
    for k, u in enumerate(units):
        if not u.claims or u.own or u.headline:
            continue
        carried = {sources[i] for i in u.claims if sources[i]}
        if len(carried) != 1:
            continue
        (given,) = carried
        if len(given) == 1 and given[0].cue != "quote" and given[0].start < u.s.start:
            yield k, u, given


def put_under(u, sources, given, stand) -> None:
    """The figures of sentence ``u`` that carry ``given`` take the mention ``stand`` instead."""
    for i in u.claims:
        if sources[i] == given:
            sources[i] = (stand,)
