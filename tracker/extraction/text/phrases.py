"""Noun phrases next to an attribution cue, for sources the gazetteer does not know
("nach Angaben des Bündnisses", "the national grid operator Ukrenergo said").

Both chunkers look at a handful of tokens only.
"""

from __future__ import annotations

from ..claims.units import DE_FUNCTION, EN_FUNCTION
from ..lexicon import WORDS
from ..sources.mentions import NOT_NAMES, source_noun
from .sentences import glued_digits

DE_DETS = frozenset(WORDS["determiners_de"])
EN_DETS = frozenset(["the", "a", "an", "its", "their", "his", "her"])
INFO_HEADS = tuple(WORDS["info_heads"])
_QUOTES = frozenset("\"„“”»«‚‘’'")
_EN_AUX = frozenset(WORDS["verb_group_words_en"])  # the verb group before its verb: "has now said"
_DE_NAMES_JOIN = frozenset(("für", "von", "vom", "an", "zur", "zum"))
_EN_JOIN = frozenset(("of", "for"))
_EN_DETS_JOIN = EN_DETS | _EN_JOIN
MAX_NP = 8
_CLAUSE_START = frozenset((",", ";", ":", "–", "—", "(", '"', "„", "“", "”", "»", "«"))
_RELATIVE = RELATIVE = frozenset(WORDS["relative_pronouns"])
OBJECT_HEADS = frozenset(WORDS["object_heads"])
_NOUN_LIKE_VERBS = frozenset(WORDS["noun_like_verbs"])
_NOT_HEADS = frozenset(WORDS["not_noun_heads"])
_OPENING_ADVERBS = frozenset(WORDS["opening_adverbs_de"])  # "Vor allem Kliniken meldeten ..."
_SENTENCE_ADVERBS = frozenset(WORDS["sentence_adverbs_de"])  # "Ursprünglich hatte die Branche ..."
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
POSSESSIVES = frozenset(WORDS["possessives"])


def is_info_head(low: str) -> bool:
    return low.endswith(INFO_HEADS)


def _cap(w: str) -> bool:
    return w[:1].isupper()


def _de_modifiers_end(words, lowers, k: int, n: int, cue_words) -> int:
    """End of the determiner and lower-case words before a German noun.

    "am Donnerstag vorgelegten": a short prepositional insert before the noun; "die neue" -> 2.
    """
    p = k
    if p < n and lowers[p] in DE_DETS:
        p += 1
    while (
        p < n
        and p - k < 5
        and words[p][0].islower()
        and words[p][0].isalpha()
        and lowers[p] not in DE_FUNCTION
        and lowers[p] not in cue_words
    ):
        p += 1
    return p


def _de_nouns_end(words, p: int, n: int) -> int:
    """End of up to four capitalised words from p: "Deutsche Bahn sagte" -> after "Bahn"."""
    start = p
    while p < n and p - start < 4 and _cap(words[p]) and words[p][0].isalpha() and words[p] not in NOT_NAMES:
        p += 1
    return p


def _quoted_name_end(words, p: int, start_nouns: int, n: int) -> int:
    """'das Fachmagazin "Kicker"': the quoted name is the phrase's own; p is after the opening quote."""
    if p + 1 < n and p > start_nouns and words[p - 1] in _QUOTES and _cap(words[p]):
        q = p
        while q < n and q - p < 4 and words[q] not in _QUOTES and _cap(words[q]):
            q += 1
        if q < n and words[q] in _QUOTES:
            p = q + 1
    return p


def _de_joined_name_end(s, p: int, n: int) -> int:
    """End of a name joined by "für"/"von" at p: "Bundesagentur für Arbeit und Soziales"."""
    words, lowers = s.words, s.lowers
    q = p + 1
    while (
        q < n
        and q - p < 5
        and (_cap(words[q]) or (lowers[q] in ("und",) and q + 1 < n and _cap(words[q + 1])))
    ):
        q += 1
    return q


def _de_tail_end(s, p: int, lang: str, cue_words) -> int:
    """End of a genitive or joined name after the German noun ending at p.

    "der Bund der Steuerzahler" -> after "Steuerzahler"; "die Bundesagentur für Arbeit" -> after "Arbeit".
    """
    n, words, lowers = s.n, s.words, s.lowers
    if p + 1 < n and lowers[p] in ("des", "der") and lowers[p] not in cue_words:
        sub = np_after(s, p, lang, cue_words)
        if sub and sub[1] - p <= MAX_NP:
            p = sub[1]
    elif p + 1 < n and lowers[p] in _DE_NAMES_JOIN and _cap(words[p + 1]) and _institution(s, p - 1, lang):
        p = _de_joined_name_end(s, p, n)
    return p


def _np_after_de(s, k: int, lang: str, cue_words):
    """German noun phrase from k: "des Bündnisses", 'das Fachmagazin "Kicker"'."""
    n, words = s.n, s.words
    start_nouns = _de_modifiers_end(words, s.lowers, k, n, cue_words)
    p = _de_nouns_end(words, start_nouns, n)
    if p == start_nouns:
        return None
    while p < n and words[p] in _QUOTES:
        p += 1
    p = _quoted_name_end(words, p, start_nouns, n)
    p = _de_tail_end(s, p, lang, cue_words)
    return (k, p) if p - k <= MAX_NP + 4 else None


def _en_join_at(s, p: int, content: int) -> bool:
    """ "the Ministry of Health", "Institute for the Study": "of"/"for" at p continues the phrase."""
    lowers = s.lowers
    return (
        lowers[p] in _EN_JOIN
        and content
        and p + 1 < s.n
        and (lowers[p + 1] in EN_DETS or _cap(s.words[p + 1]))
    )


def _en_stops(w: str, low: str, cue_words) -> bool:
    """A function word, a cue word (but an info head like "report") or a number ends the phrase."""
    return low in EN_FUNCTION or (low in cue_words and not is_info_head(low)) or w[0].isdecimal()


def _np_after_en(s, k: int, cue_words):
    """English noun phrase from k: "the national grid operator Ukrenergo"."""
    n, words, lowers = s.n, s.words, s.lowers
    p = k
    if p < n and lowers[p] in EN_DETS:
        p += 1
    content = 0
    while p < n and p - k < MAX_NP:
        w = words[p]
        if not w[0].isalnum():
            break
        if _en_join_at(s, p, content):
            p += 1
            if p < n and lowers[p] in EN_DETS:
                p += 1
            continue
        if _en_stops(w, lowers[p], cue_words):
            break
        content += 1
        p += 1
    while p > k and lowers[p - 1] in _EN_DETS_JOIN:
        p -= 1
    return (k, p) if content else None


def np_after(s, k: int, lang: str, cue_words=frozenset()):
    """(i0, i1) of the noun phrase starting at token k, or None."""
    n, words = s.n, s.words
    while k < n and words[k] in _QUOTES:
        k += 1
    span = _np_after_de(s, k, lang, cue_words) if lang == "de" else _np_after_en(s, k, cue_words)
    return span if span is None else (span[0], _name_end(s, words, span[1], n))


def _name_end(s, words, i1: int, n: int) -> int:
    """Past the rest of a dotted abbreviation the phrase stopped in ("the U" of "the U.N."), or
    past digits glued to the name it ends in ("Check24", "Pro7")."""
    if i1 < n and s.starts[i1] == s.ends[i1 - 1] and words[i1].isdigit() and words[i1 - 1][0].isupper():
        return i1 + 1
    if i1 >= n or words[i1] != "." or not _letter(words[i1 - 1]):
        return i1
    while i1 + 1 < n and words[i1] == "." and _letter(words[i1 + 1]):
        i1 += 2
    return i1 + 1 if i1 < n and words[i1] == "." else i1


def _letter(w: str) -> bool:
    return len(w) == 1 and w.isupper()


def _institution(s, i: int, lang: str) -> bool:
    return source_noun(s, i, lang) is not None or s.lowers[i].endswith(_INSTITUTION_ENDS)


_INSTITUTION_ENDS = tuple(WORDS["institution_endings_de"])


_DE_PARTICLES = frozenset(("selbst", "auch", "bereits", "jedoch", "nun", "zuletzt"))
_DE_INFLECTED = ("e", "en", "er", "es", "em")
_EN_PRONOUN_DETS = ("its", "their", "his", "her")
# what a German word before the verb is to the subject (see _de_kind)
_STOP, _WORD, _NOUN, _DET = -1, 0, 1, 2


def _subject_end(words, lowers, k: int) -> int:
    """Where the subject ends, before an insert between it and the verb at k.

    "Ein Nato-Offizier, der anonym bleiben wollte, beziffert" -> after "Nato-Offizier";
    "Die Deutsche Krankenhausgesellschaft (DKG) bezifferte" -> after "Krankenhausgesellschaft".
    """
    e = k
    if e > 0 and words[e - 1] == ",":
        q = e - 2
        while q > 0 and e - q < 14 and words[q] != ",":
            q -= 1
        if q > 0 and words[q] == "," and lowers[q + 1] in _RELATIVE:
            e = q
    if e > 3 and words[e - 1] == ")" and words[e - 3] == "(" and words[e - 2].isupper():
        e -= 3
    return e


def _en_verb_group_start(lowers, e: int, k: int):
    """Start of the English verb group ending at e, or None for a passive without agent.

    "the operator has said" -> before "has"; "levels are expected" -> None.
    """
    if e > 0 and lowers[e - 1] in _BE:
        return None
    while e > 0 and lowers[e - 1] in _EN_AUX and k - e < 2:
        e -= 1
    return e


def _de_name_join(words, low: str, p: int) -> bool:
    """ "Die Bundesagentur für Arbeit bezifferte": "für" at p - 1 joins a name."""
    return low in _DE_NAMES_JOIN and p >= 2 and _cap(words[p - 2]) and words[p - 2].isalpha()


def _de_kind(w: str, low: str, cue_words) -> int:
    """What a German word is to the subject before the verb.

    "Bundesagentur" -> _NOUN; "neue" -> _WORD; "die" -> _DET; "in", "Montag" -> _STOP.
    """
    if w[0].islower() and not low.endswith(_DE_INFLECTED) and low not in DE_DETS:
        return _STOP
    if low in DE_DETS:
        return _DET
    if low in DE_FUNCTION or low in cue_words or low in _OPENING_ADVERBS:
        return _STOP
    if not w[0].isupper():
        return _WORD
    return _STOP if w in NOT_NAMES or low in _SENTENCE_ADVERBS else _NOUN


def _scan_de(s, e: int, cue_words):
    """(p, e, content, nouns) of the German phrase ending at e, read backwards.

    "Litauen selbst hat": the subject ends before the particle, so e moves too.
    """
    words, lowers = s.words, s.lowers
    p = e - 1 if e > 1 and glued_digits(s, e - 1) else e  # "Die DEL2 meldete": the digits end the name
    content = nouns = 0
    while p > 0 and e - p < MAX_NP:
        w, low = words[p - 1], lowers[p - 1]
        if not w[0].isalpha():
            break
        if content and _de_name_join(words, low, p):
            p -= 1
            continue
        if low in _DE_PARTICLES and p > 1:  # not "Auch Kliniken meldeten": the clause's first word
            if p == e:
                e -= 1
            p -= 1
            continue
        kind = _de_kind(w, low, cue_words)
        if kind == _STOP:
            break
        if kind == _DET:
            p -= 1
            break
        nouns += kind
        content += 1
        p -= 1
    return p, e, content, nouns


def _de_subject_start(s, p: int, e: int):
    """Start of the German subject p..e, or None when it is not a clause's first phrase.

    "Der Bund der Steuerzahler rechnete vor": the genitive belongs to the subject;
    not "in Hamburg mitteilte".
    """
    words, lowers = s.words, s.lowers
    if not _cap(words[e - 2 if glued_digits(s, e - 1) else e - 1]):
        return None  # a German subject ends with its noun
    if p > 1 and lowers[p] in ("der", "des") and _cap(words[p - 1]) and words[p - 1].isalpha():
        q = p - 1
        if q > 0 and lowers[q - 1] in DE_DETS:
            q -= 1
        if q == 0 or words[q - 1] in _CLAUSE_START:
            p = q
    if p > 0 and words[p - 1] not in _CLAUSE_START and not _after_opening_adverbs(lowers, p):
        return None
    return p


def _before_place(s, p: int, e: int, cue_words):
    """Start of a German subject that a place after "in" ends ("Die Separatisten in Luhansk
    hatten ... angegeben": the names p..e are the place), or None."""
    if p < 2 or s.lowers[p - 1] != "in" or not all(_cap(w) and w.isalpha() for w in s.words[p:e]):
        return None
    q, _e, _content, nouns = _scan_de(s, p - 1, cue_words)
    return _de_subject_start(s, q, p - 1) if nouns else None


def _after_opening_adverbs(lowers, p: int) -> bool:
    """Only adverbs stand before token p, from the sentence's start ("Besonders Kliniken",
    "Vor allem Kliniken meldeten"): p opens the subject."""
    return all(low in _OPENING_ADVERBS or (low == "vor" and k == 0) for k, low in enumerate(lowers[:p]))


def _scan_en(s, e: int, cue_words):
    """(p, content) of the English phrase ending at e, read backwards.

    "the national grid operator Ukrenergo" -> from "the".
    """
    words, lowers = s.words, s.lowers
    p = e
    content = 0
    while p > 0 and e - p < MAX_NP:
        w, low = words[p - 1], lowers[p - 1]
        if not w[0].isalpha():
            break
        if low in _EN_JOIN and content and p - 2 >= 0:
            p -= 1
            continue
        if low in EN_DETS:
            p -= 1
            break
        if low in EN_FUNCTION or low in cue_words or w in NOT_NAMES:
            break
        content += 1
        p -= 1
    return p, content


def _en_subject_ok(s, p: int, e: int, k: int, lang: str) -> bool:
    """Whether the English phrase p..e is the subject of the verb at k.

    Not "their forecast" (a noun), "the highest ever recorded", "voters narrowly approved";
    a subject has a determiner, a capital or a source noun.
    """
    lowers = s.lowers
    if lowers[p] in _EN_PRONOUN_DETS and lowers[k] in _NOUN_LIKE_VERBS:
        return False
    if lowers[e - 1].endswith("ly") or lowers[e - 1] in _NOT_HEADS:
        return False
    words = s.words
    return lowers[p] in EN_DETS or any(_cap(words[x]) or source_noun(s, x, lang) for x in range(p, e))


def np_before(s, k: int, lang: str, cue_words=frozenset()):
    """(i0, i1) of the noun phrase ending right before token k (the verb), or None."""
    lowers = s.lowers
    e = _subject_end(s.words, lowers, k)
    if lang == "de":
        p, e, content, nouns = _scan_de(s, e, cue_words)
        if not content or not nouns:
            return None
        start = _de_subject_start(s, p, e)
        if start is None:
            start = _before_place(s, p, e, cue_words)
        return None if start is None else (start, e)
    if lang == "en":
        e = _en_verb_group_start(lowers, e, k)
        if e is None:
            return None
    p, content = _scan_en(s, e, cue_words)
    if not content:
        return None
    if lang == "en" and not _en_subject_ok(s, p, e, k, lang):
        return None
    if (
        p > 0
        and lowers[p - 1] in POSSESSIVES
        and lowers[k] in _NOUN_LIKE_VERBS
        and lowers[k - 1] not in _EN_AUX
    ):
        return None  # "its growth forecast": a noun, not a verb (but "that X had forecast")
    return p, e
