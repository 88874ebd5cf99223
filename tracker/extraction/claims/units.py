"""What a figure counts: the normalised unit and the subject as written.

German nouns are looked up with their inflection endings stripped, and compounds by their last
part ("Munitionscontainern" -> ammunition container); English nouns by their singular.

>>> unit_of_word("armeeangehörigen", "de")
('soldier', 'count')
>>> unit_of_word("casualties", "en")
('casualty', 'count')
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import CUES, NATIONALITIES, UNITS, WORDS

_DE_ENDINGS = ("", "n", "en", "e", "s", "es", "ern", "nen")
MIN_COMPOUND_STEM = 5
HARM = {"de": CUES["harm_verbs"]["de"], "en": CUES["harm_verbs"]["en"]}

DE_FUNCTION = frozenset(WORDS["function_words_de"])

EN_FUNCTION = frozenset(WORDS["function_words_en"])

# "14 weitere Menschen", "zwei weitere Tote": counted all the same
_DE_SKIP_IN_SUBJECT = frozenset(("weitere", "weiteren", "weiterer"))
_EN_PERIOD_WORDS = frozenset(("last", "next", "this", "every", "each", "per"))
_EN_NUMBER_WORDS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty")
)
_EN_WHEN_WORDS = frozenset(("overnight", "yesterday", "today", "tonight", "annually", "daily"))
_EN_PERIODS = frozenset(
    ("year", "month", "week", "day", "quarter", "season", "night", "weekend", "summer", "winter", "spring")
)
_EN_SKIP_IN_SUBJECT = frozenset(("more", "our", "their", "its", "additional", "other", "further"))
AUX = frozenset(WORDS["auxiliaries"])


@lru_cache(maxsize=8192)
def unit_of_word(lower: str, language: str):
    """(unit, kind) for one lower-case noun, or None."""
    table = UNITS[language]
    hit = table.get(lower)
    if hit:
        return None if hit[0] == "-" else hit
    if language == "de":
        for ending in _DE_ENDINGS:
            if ending and not lower.endswith(ending):
                continue
            hit = _de_stem_unit(table, lower[: len(lower) - len(ending)] if ending else lower)
            if hit:
                return None if hit[0] == "-" else hit
        if "-" in lower:  # "Elektro-Lkw", "Corona-Patienten": the last part
            return unit_of_word(lower.rsplit("-", 1)[1], language)
        return None
    if lower.endswith("ies"):
        hit = table.get(lower[:-3] + "y")
    elif lower.endswith("es") and lower[:-2] in table:
        hit = table.get(lower[:-2])
    elif lower.endswith("s"):
        hit = table.get(lower[:-1])
    if hit:
        return None if hit[0] == "-" else hit
    if "-" in lower:  # "North-Korean", "service-members": try the last part
        return unit_of_word(lower.rsplit("-", 1)[1], language)
    return None


def compound_row(table, word: str, min_tail: int = MIN_COMPOUND_STEM):
    """The row of a German word, else of its longest last part of min_tail letters or more
    ("Munitionscontainer" -> "container"), else None."""
    hit = table.get(word)
    if hit:
        return hit
    for i in range(1, len(word) - min_tail + 1):
        hit = table.get(word[i:])
        if hit:
            return hit
    return None


def _de_stem_unit(table, base: str):
    """The row of a German stem: the stem or its last part (compound_row), else a four-letter
    last part after a linking s."""
    return compound_row(table, base) or _linked_tail(table, base)


def _linked_tail(table, base: str):
    """A four-letter last part after a linking s ("Verkaufstage", "Verkehrstote"), else None."""
    if len(base) >= 9 and base[-5] == "s":
        return table.get(base[-4:])
    return None


def _demonym(low: str) -> bool:
    """ "syrians", "sudanese", "oregonians": people named by where they are from (plural: an
    "Australian dollar" is none)."""
    table = NATIONALITIES["en"]
    return (
        (low.endswith("ese") and low in table)
        or (low.endswith("s") and low[:-1] in table)
        or low.endswith(("ians", "ans"))
    )


def unit_of_pair(first: str, second: str, language: str):
    """Two-word units: "police officers", "percentage points", "square kilometres"."""
    if language != "en":
        return None
    return UNITS["en"].get(f"{first} {second}") or _plural_pair(first, second)


def _plural_pair(first: str, second: str):
    table = UNITS["en"]
    if second.endswith("s"):
        return table.get(f"{first} {second[:-1]}")
    return None


def harm_unit(sent, j: int, language: str):
    """A counted verb right after a number: "4.000 getötet oder verwundet" -> (casualty, end)."""
    n = sent.n
    table = HARM[language]
    first = table.get(sent.lowers[j]) if j < n else None
    if not first:
        return None
    end = j + 1
    if end + 1 < n and sent.lowers[end] in ("oder", "or", "und", "and"):
        second = table.get(sent.lowers[end + 1])
        if second and {first, second} == {"killed", "wounded"}:
            return "casualty", end + 2
    return first, end


def _subject_de(sent, j: int, limit: int):
    """German counted noun: the first capitalised word after j ("3000 neue Wohnungen" -> "Wohnungen")."""
    n = sent.n
    words, lowers = sent.words, sent.lowers
    if j + 3 < n and lowers[j] in _DE_PHRASE_PREPS:
        found = _after_participle_phrase(sent, j)
        if found:
            return found
    p = j
    while p < n and p - j < limit:
        w = words[p]
        if not w[0].isalpha():
            return None
        if w[0].isupper():
            hit = unit_of_word(lowers[p], "de")
            return (hit[0], hit[1], p + 1, j) if hit else (None, None, p + 1, j)
        if (lowers[p] in DE_FUNCTION and lowers[p] not in _DE_SKIP_IN_SUBJECT) or lowers[p] in HARM["de"]:
            return None
        p += 1
    return None


def _after_participle_phrase(sent, j: int):
    """ "31.460 im Labor bestätigte Influenza-Fälle", "120 vom Hochwasser zerstörte Häuser": the
    noun after a prepositional phrase and a participle (j: the preposition)."""
    words, lowers = sent.words, sent.lowers
    if not (words[j + 1][0].isupper() and words[j + 2][0].islower() and words[j + 3][0].isupper()):
        return None
    if not lowers[j + 2].endswith(_PARTICIPLE_ENDINGS):
        return None
    hit = unit_of_word(lowers[j + 3], "de")
    return (hit[0], hit[1], j + 4, j) if hit else None


_DE_PHRASE_PREPS = frozenset(("im", "vom", "beim", "am", "in", "von", "bei", "an", "aus", "durch"))
_PARTICIPLE_ENDINGS = ("te", "ten", "ene", "enen", "ende", "enden")


def _glued_end(sent, p: int, n: int) -> int:
    """End of tokens glued together from p, or 0: "A350-1000", "AH-64 Apache", "F-16 fighter jets"."""
    ends, starts = sent.ends, sent.starts
    if p + 1 < n and ends[p] == starts[p + 1] and sent.words[p + 1][0].isalnum():
        q = p + 1
        while q + 1 < n and ends[q] == starts[q + 1]:
            q += 1
        return q + 1
    if p + 2 < n and sent.words[p + 1] == "-" and ends[p] == starts[p + 1] and ends[p + 1] == starts[p + 2]:
        return p + 3
    return 0


def _ends_counted(lowers, w: str, p: int, j: int, n: int) -> bool:
    """Whether w at p is past what is counted.

    "105 homicides last year": the period is no part of it; "about 84,000 four years ago": another figure.
    """
    return (
        not w[0].isalpha()
        or w in _EN_WHEN_WORDS
        or (w in _EN_NUMBER_WORDS and p == j)
        or (w in _EN_PERIOD_WORDS and p + 1 < n and lowers[p + 1] in _EN_PERIODS)
    )


def _en_pair_unit(lowers, w: str, p: int, n: int):
    """(unit, kind) of the two words from p, or None: "police officers", "percentage points"."""
    if p + 1 < n and lowers[p + 1][0].isalpha():
        return unit_of_pair(w, lowers[p + 1], "en")
    return None


def _en_word_unit(sent, w: str, p: int):
    """(unit, kind) of the word at p, or None: "homicides"; "1.9 million Syrians" -> person."""
    hit = unit_of_word(w, "en")
    if hit:
        return hit
    if sent.words[p][0].isupper() and _demonym(w):
        return "person", "count"
    return None


def _subject_en(sent, j: int, limit: int):
    """English counted noun after j: "thousands of our people", "920,000 more people"."""
    n = sent.n
    lowers = sent.lowers
    p = j
    last_content = None
    while p < n and p - j < limit + 2:
        w = lowers[p]
        if w in _EN_SKIP_IN_SUBJECT and p + 1 < n:
            p += 1
            continue
        glued = _glued_end(sent, p, n)
        if glued:
            p = glued
            continue
        if _ends_counted(lowers, w, p, j, n):
            break
        pair = _en_pair_unit(lowers, w, p, n)
        if pair:
            return pair[0], pair[1], p + 2, j
        if w in EN_FUNCTION:
            break
        hit = _en_word_unit(sent, w, p)
        if hit:
            head = _compound_head(sent, w, p, n)  # "two passenger trains": trains
            return (head[0], head[1], p + 2, j) if head else (hit[0], hit[1], p + 1, j)
        last_content = p
        p += 1
    if last_content is not None:
        return None, None, last_content + 1, j
    return None


def _compound_head(sent, w: str, p: int, n: int):
    """The plural noun after a singular one that modifies it ("passenger trains", "police
    cars"): its (unit, kind), else None."""
    if w.endswith("s") or w in _PLURAL_NOUNS or p + 1 >= n:
        return None
    nxt = sent.lowers[p + 1]
    if not nxt.endswith("s") or nxt in EN_FUNCTION or not sent.words[p + 1][0].islower():
        return None
    return unit_of_word(nxt, "en")


_PLURAL_NOUNS = frozenset(("people", "children", "men", "women", "staff", "personnel"))


def subject_phrase(sent, j: int, language: str, limit: int = 4):
    """Find the counted noun after token ``j``.

    Returns (unit, kind, head_end, subject_start) with head_end exclusive, or None.
    """
    if language == "de":
        return _subject_de(sent, j, limit)
    return _subject_en(sent, j, limit)
