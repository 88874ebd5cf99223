"""The source-like mentions of a sentence: names, described bodies, people, insiders
("people familiar with the matter", "mit der Sache vertraute Personen") and abbreviations
that stand for a name given before ("Bundesagentur für Arbeit (BA)").
"""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ..text.phrases import is_info_head, np_after
from .cues import (
    CUE_WORDS,
)
from .described import descriptive_mentions
from .info import method_only, source_label
from .mentions import Mention, gazetteer_mentions, source_noun


def sentence_mentions(s, lang: str):
    """The source-like mentions of sentence ``s``, in text order. They depend on the sentence
    alone: found once (``s.memo``) for the sources stage, the pronouns and the discourse stage,
    which only read the list."""
    key = ("mentions", lang)
    found = s.memo.get(key)
    if found is None:
        found = s.memo[key] = _sentence_mentions(s, lang)
    return found


def _sentence_mentions(s, lang: str):
    gaz = gazetteer_mentions(s)
    taken = set()
    for m in gaz:
        taken.update(range(m.i0, m.i1))
    kept = _described_beside_known(gaz, descriptive_mentions(s, lang, taken))
    gaz = [g for g in gaz if not _a_place(s, g, lang)]
    # "preliminary figures" names no one ("poll" alone may join the name before it)
    mentions = gaz + [d for d in kept if d.i1 - d.i0 < 2 or not method_only(s, (d.i0, d.i1))]
    if not (_INSIDER_LINKS if lang == "en" else _DE_INSIDER_LINKS).isdisjoint(s.low_set):
        for x in _insiders(s, lang) if lang == "en" else _german_insiders(s, lang):
            mentions = [m for m in mentions if not (m.i0 < x.i1 and x.i0 < m.i1)]
            mentions.append(x)
    mentions.sort(key=lambda m: m.i0)
    if "(" in s.low_set:
        mentions, wholes = _abbreviated(s, mentions, gaz, lang)
        gaz = gaz + wholes if wholes else gaz
    return _merged(mentions, gaz)


def _a_place(s, g, lang: str) -> bool:
    """A gazetteer government that stands for a place here: a capital after "in" is where, not
    who ("Analysten des ISW in Washington schreiben"), or (English) a place inside another
    body's name."""
    after_in = g.i0 and g.i1 - g.i0 == 1 and s.lowers[g.i0 - 1] == "in" and g.kind == "government"
    return bool(after_in) or (lang == "en" and _place_in_name(s, g))


def _place_in_name(s, g) -> bool:
    """ "The London Fire Brigade", "Leeds City Council said": a one-word place the gazetteer
    takes for its government, followed by one to three capitalised words and then a word in
    lower case, is part of another body's name, not that government."""
    if g.i1 - g.i0 != 1 or g.kind != "government":
        return False
    k = g.i1
    while k < s.n and k - g.i1 < _NAME_WORDS and s.words[k][:1].isupper() and s.words[k].isalpha():
        k += 1
    return g.i1 < k < s.n and s.words[k][:1].islower()


_NAME_WORDS = 3


def _described_beside_known(gaz, desc):
    """The described mentions that keep clear of known ones: a gazetteer hit inside a
    descriptive phrase ("Sprecher des Pentagon") stays the gazetteer's; a description whose
    genitive only ran into a known source ends at its head."""
    kept = []
    for d in desc:
        clash = [g for g in gaz if g.i0 < d.i1 and d.i0 < g.i1]
        if not clash:
            kept.append(d)
        elif all(d.head < g.i0 for g in clash):
            kept.append(Mention(d.i0, d.head + 1, d.name, d.kind, head=d.head))
    return kept


def _merged(mentions, gaz):
    """Apposition: "Nachrichtenagentur Anadolu", "UN-Flüchtlingshilfswerk UNHCR" -> one
    mention; a known source and its bare role noun are one source: "the YouGov poll", "a
    Kremlin spokesman", "Pentagon officials"."""
    merged = []
    for m in mentions:
        if merged and merged[-1].i1 == m.i0 and (m in gaz):
            prev = merged[-1]
            merged[-1] = Mention(prev.i0, m.i1, m.name, m.kind, m.strict and prev.strict, head=m.head)
        elif (
            merged
            and merged[-1].i1 == m.i0
            and merged[-1] in gaz
            and m.kind != "person"
            and m.i0 == m.head == m.i1 - 1
        ):
            prev = merged[-1]
            merged[-1] = Mention(prev.i0, m.i1, prev.name, prev.kind, prev.strict, head=m.head)
        else:
            merged.append(m)
    return merged


_INSIDER_HEADS = frozenset(ATTRIBUTION["insider_heads"])


_INSIDER_LINKS = frozenset(ATTRIBUTION["insider_links_en"])


def _insiders(s, lang: str):
    """ "people familiar with the matter", "a person close to the negotiations", "sources briefed
    on the talks": anonymous sources the noun lexicon cannot name."""
    out = []
    lowers, n = s.lowers, s.n
    for k in range(n - 2):
        if lowers[k] not in _INSIDER_HEADS:
            continue
        link = k + 1
        if lowers[link] == "with" and lowers[link + 1] in ("knowledge", "direct"):
            link += 1  # "people with knowledge of the talks", "a source with direct knowledge of"
            if lowers[link] == "direct" and link + 1 < n and lowers[link + 1] == "knowledge":
                link += 1
        if lowers[link] not in _INSIDER_LINKS:
            continue
        e = link + 1
        if lowers[link] == "knowledge" or (e < n and lowers[e] in ("with", "to", "on", "of")):
            e += 1
        np = np_after(s, e, lang, CUE_WORDS[lang])
        end = np[1] if np else e
        # "two officials briefed on the talks": the count is part of the mention (no figure)
        a = k - 1 if k and lowers[k - 1] in _INSIDER_COUNTS else k
        if lowers[k] in _ANONYMOUS:
            name, kind = "people familiar", "other"
        else:  # "officials briefed on the talks", "diplomats familiar with ..."
            name, kind = source_noun(s, k, lang) or (lowers[k], "other")
        out.append(Mention(a, end, name, kind, head=k))
    return out


_INSIDER_COUNTS = frozenset(ATTRIBUTION["insider_counts_en"])


_DE_INSIDER_LINKS = frozenset(ATTRIBUTION["insider_links_de"])


_DE_INSIDER_COUNTS = frozenset(ATTRIBUTION["insider_counts_de"])


_DE_ANONYMOUS = frozenset(ATTRIBUTION["anonymous_heads_de"])


def _german_insiders(s, lang: str):
    """ "drei mit den Gesprächen vertraute Personen", "aus mit der Sache vertrauten Kreisen",
    "ein mit den Plänen vertrauter Diplomat": anonymous sources the noun lexicon cannot name."""
    out = []
    lowers, words, n = s.lowers, s.words, s.n
    for k in range(1, n - 1):
        if lowers[k] not in _DE_INSIDER_LINKS or not words[k + 1][0].isupper():
            continue
        a = next((j for j in range(k - 1, max(-1, k - 6), -1) if lowers[j] == "mit"), None)
        if a is None:
            continue
        if a and lowers[a - 1] in _DE_INSIDER_COUNTS:
            a -= 1
        head = k + 1
        if lowers[head] in _DE_ANONYMOUS:
            name, kind = "people familiar", "other"
        else:  # "ein mit den Plänen vertrauter Diplomat"
            found = source_noun(s, head, lang)
            if found is None:
                continue
            name, kind = found
        out.append(Mention(a, head + 1, name, kind, head=head))
    return out


_ANONYMOUS = frozenset(ATTRIBUTION["anonymous_heads_en"])


_NAME_JOINS = frozenset(ATTRIBUTION["name_joins"])


# a name before its abbreviation never reaches back over the cue: "Nach Angaben des ... (DWD)"
_ABBREVIATION_STOPS = frozenset(ATTRIBUTION["abbreviation_stops"])


def _abbreviated(s, mentions, gaz, lang: str):
    """ "The UN Office for the Coordination of Humanitarian Affairs (OCHA)", "Das Robert
    Koch-Institut (RKI)": the name and its abbreviation are one mention."""
    mentions, wholes = _known_abbreviations(s, mentions, gaz)
    return _unknown_abbreviations(s, mentions, wholes, lang), wholes


def _in_brackets(s, m) -> bool:
    return m.i0 >= 2 and s.words[m.i0 - 1] == "(" and m.i1 < s.n and s.words[m.i1] == ")"


def _known_abbreviations(s, mentions, gaz):
    """The mentions with each known abbreviation in brackets joined to the name before it, and
    the joined mentions."""
    wholes = []
    for m in [m for m in gaz if _in_brackets(s, m)]:
        whole = _name_of_abbreviation(s, m, mentions)
        if whole is None:
            continue
        mentions = [x for x in mentions if not (whole.i0 <= x.i0 and x.i1 <= m.i1 + 1)]
        mentions.append(whole)
        wholes.append(whole)
        mentions.sort(key=lambda x: x.i0)
    return mentions, wholes


def _unknown_abbreviations(s, mentions, wholes, lang: str):
    """The mentions, each extended over its name's rest up to an unknown abbreviation in
    brackets ("... Fire Protection (Cal Fire)")."""
    for x in [x for x in mentions if x not in wholes]:
        end = _unknown_abbreviation_after(s, x)
        if end is not None and not any(w.i0 < end and x.i0 < w.i1 for w in wholes):
            name = x.name if s.words[x.i1] == "(" else source_label(s, x.i0, s.words.index("(", x.i1), lang)
            whole = Mention(x.i0, end, name, x.kind, x.strict, head=x.head)
            mentions = [whole if y is x else y for y in mentions]
    return mentions


def _name_of_abbreviation(s, m, mentions):
    """The mention from the full name before the known abbreviation ``m`` in brackets through
    the closing bracket, or None."""
    words = s.words
    a = m.i0 - 1
    named = min((x for x in mentions if x.i1 == a and x is not m), key=lambda x: x.i0, default=None)
    if named is not None:
        a = named.i0  # "des Deutschen Wetterdienstes (DWD)": the name found already
    while (
        named is None
        and a > 0
        and m.i0 - a < 12
        and (words[a - 1][0].isupper() or s.lowers[a - 1] in _NAME_JOINS)
        and s.lowers[a - 1] not in _ABBREVIATION_STOPS
        and not is_info_head(s.lowers[a - 1])
    ):
        a -= 1
    while a < m.i0 - 1 and not words[a][0].isupper():
        a += 1  # begin with a capitalised word
    if a >= m.i0 - 1:
        return None
    # the full name is no ambiguous short form, even when its abbreviation is ("BA")
    return Mention(a, m.i1 + 1, m.name, m.kind, named.strict if named is not None else False)


def _unknown_abbreviation_after(s, x):
    """The end of "... of Forestry and Fire Protection (Cal Fire)" after a mention: its name goes
    on up to an abbreviation in brackets the gazetteer does not know."""
    words, n = s.words, s.n
    p = x.i1
    while p < n and p - x.i1 < 8 and words[p] != "(":
        if not (words[p][0].isupper() or s.lowers[p] in _NAME_JOINS):
            return None
        p += 1
    if p >= n or words[p] != "(":
        return None
    q = p + 1
    while q < n and q - p <= 3 and words[q] != ")":
        if not words[q][0].isupper():
            return None
        q += 1
    if q >= n or words[q] != ")" or q == p + 1 or (p > x.i1 and not words[p - 1][0].isupper()):
        return None
    return q + 1
