"""What a sentence says about the account before it: it points back ("Das teilte die Polizei
mit."), goes on ("demnach", "That was up from ..."), opens a paragraph that goes on, or steps
out into background ("Zuvor ...", "had been built")."""

from __future__ import annotations

from ._engine import LEXICON
from .market_de import share_move
from .size_de import states_own_size

_LANGS = ("de", "en")
_BACK_OPENERS = {lang: frozenset(LEXICON[lang]["back_openers"]) for lang in _LANGS}
_CONT_OPENERS = {lang: frozenset(LEXICON[lang]["continuation_openers"]) for lang in _LANGS}
_CARRY_OPENERS = {lang: [tuple(x.split()) for x in LEXICON[lang]["carry_openers"]] for lang in _LANGS}


def _by_first_word(openers) -> dict:
    out = {}
    for opener in openers:
        out.setdefault(opener[0], []).append(opener)
    return out


# the same by their first word: a sentence is compared only with the openers its first word starts
_OPENERS_BY_FIRST = {lang: _by_first_word(_CARRY_OPENERS[lang]) for lang in _LANGS}
_CARRY_WORDS = {lang: frozenset(LEXICON[lang]["carry_words"]) for lang in _LANGS}
_REPORTED = {lang: frozenset(LEXICON[lang]["reported_speech"]) for lang in _LANGS}
_BREAKS = {lang: frozenset(LEXICON[lang]["account_breaks"]) for lang in _LANGS}
_BACKGROUND = {lang: [frozenset(x) for x in LEXICON[lang]["background_tenses"]] for lang in _LANGS}
_ACCOUNT_WORDS = {lang: frozenset(LEXICON[lang]["account_words"]) for lang in _LANGS}
_PASSIVE = {lang: frozenset(LEXICON[lang]["passive_auxiliaries"]) for lang in _LANGS}
_MARKET = {lang: [tuple(x.split()) for x in LEXICON[lang]["market_openers"]] for lang in _LANGS}
_MARKET_FIRST = {lang: frozenset(m[0] for m in _MARKET[lang]) for lang in _LANGS}
_PART_OF = {lang: frozenset(tuple(x.split()) for x in LEXICON[lang]["part_of_before"]) for lang in _LANGS}


def opens_back(s, lang: str) -> bool:
    """ "Das teilte die Polizei mit.", "Dies berichteten Teilnehmer.", "This was reported by":
    a demonstrative subject followed by the verb."""
    if s.n < 3 or s.lowers[0] not in _BACK_OPENERS[lang]:
        return False
    w1 = s.words[1]
    return w1.isalpha() and w1.islower()


def says_it_goes_on(u, lang: str) -> bool:
    """ "Am Mittwoch rollten demnach ...": the sentence says it reports the account before."""
    return not _ACCOUNT_WORDS[lang].isdisjoint(u.s.low_set)


def continues(u, lang: str) -> bool:
    """A paragraph that opens by going on with the account before ("Demnach ...")."""
    lowers = u.s.lowers
    return bool(lowers) and lowers[0] in _CONT_OPENERS[lang]


def goes_on(u, lang: str) -> bool:
    """A sentence that says it continues the account before it: it opens with a word that
    points back ("Das waren 17 Prozent weniger", "That was up from 4.9%"), refers to the figure
    or period just reported ("im Vorjahreszeitraum", "previous"), says so ("demnach", "also")
    or, in German, reports speech (Konjunktiv)."""
    lowers = u.s.lowers
    for opener in _OPENERS_BY_FIRST[lang].get(lowers[0], ()) if lowers else ():
        if tuple(lowers[: len(opener)]) == opener:
            return True
    if not _CARRY_WORDS[lang].isdisjoint(u.s.low_set) and not (lang == "en" and _carried_in_relative(lowers)):
        return True
    for k in range(1, min(len(lowers) - 1, _PART_AT + 1)):  # "About 120 of them were ..."
        if (lowers[k], lowers[k + 1]) in _PART_OF[lang]:
            return True
    return not _REPORTED[lang].isdisjoint(u.s.low_set)


_PART_AT = 3  # the figure's own words before "of them" in the sentence's opening
_RELATIVE_EN = frozenset(("which", "who", "whose"))


def _carried_in_relative(lowers) -> bool:
    """English: every carry word stands in a relative clause set off by commas ("Stock in the
    company, which also makes software, has tripled"): it speaks of the clause, not the account."""
    inside = False
    for k, w in enumerate(lowers):
        if w == "," and k + 1 < len(lowers) and lowers[k + 1] in _RELATIVE_EN:
            inside = True
        elif w == "," and inside:
            inside = False
        elif w in _CARRY_WORDS["en"] and not inside:
            return False
    return True


def background(u, lang: str) -> bool:
    """A sentence that steps out of the account: it opens with "Zuvor", "Meanwhile", with the
    share price's move ("Die Aktie ...", "Shares ..."), or tells what had happened before ("war
    ... gebaut worden", "had been")."""
    lowers = u.s.lowers
    if (
        lowers[0] in _BREAKS[lang]
        or _set_off_break(lowers, lang)
        or (lowers[0] in _MARKET_FIRST[lang] and any(tuple(lowers[: len(m)]) == m for m in _MARKET[lang]))
    ):
        return True  # "Zuvor ...", "Die Aktie legte um 6,2 Prozent zu": the market's reaction
    if lang == "de" and (share_move(lowers) or states_own_size(u.s)):
        return True  # "Im nachbörslichen Handel gab das Papier um 7 Prozent nach"; "X beschäftigt 900"
    words = u.s.low_set  # the sentence's words, a set made once
    tenses = [tense for tense in _BACKGROUND[lang] if tense <= words]
    if not tenses:
        return False
    if all(not _PASSIVE[lang].isdisjoint(t) for t in tenses) and _figure_subject(lowers):
        return False  # "More than 300 people had been moved to shelters": the outcome reported
    # "had been waiting more than 52 weeks": a state still reported, not what had happened
    return not (lang == "en" and _progressive(lowers))


def _set_off_break(lowers, lang: str) -> bool:
    """English: "The jobless rate, meanwhile, climbed to 4.4%": a break word set off by commas
    right after the subject reads as one opening the sentence."""
    if lang != "en" or "," not in lowers[:_SUBJECT_WORDS]:
        return False
    k = lowers.index(",")
    return k + 2 < len(lowers) and lowers[k + 2] == "," and lowers[k + 1] in _BREAKS[lang]


def _figure_subject(lowers) -> bool:
    """A figure among the sentence's first words ("About 1,200 homes had been ...", "Rund 300
    Menschen waren ... worden"): the subject of its verb is what the account counts."""
    return any(w[:1].isdigit() for w in lowers[:_SUBJECT_WORDS])


_SUBJECT_WORDS = 4  # the words in which a figure opening the sentence stands


def _progressive(lowers) -> bool:
    """ "had been" followed by a verb in -ing."""
    for k in range(len(lowers) - 2):
        if lowers[k] == "had" and lowers[k + 1] == "been" and lowers[k + 2].endswith("ing"):
            return True
    return False


def body_quoted(u) -> bool:
    """A body, no person, names its source around quoted words ("..., though numbers "seem to
    be levelling off", the agency said"): its release, no person's quotation."""
    return bool(u.own) and all(m.cue != "quote" and m.kind != "person" and not _role(m) for m in u.own)


_ROLES = frozenset(w for lang in _LANGS for w in LEXICON[lang]["back_nouns"]["person"])


def _role(m) -> bool:
    """A person by role ("a military spokesman", "Gulf Star chairman Khalid Al Mansoori")."""
    return not _ROLES.isdisjoint(m.text.lower().split())
