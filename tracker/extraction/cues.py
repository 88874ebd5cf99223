"""Attribution cue words ("laut", "nach Angaben der", "according to", "sagte", "said") and where
they stand in a sentence."""

from __future__ import annotations

from .lexicon import CUES, WORDS

_CLAUSE_BREAKS = frozenset((",", ";", ":", "–", "—", "(", ")"))


_QUOTES = frozenset("\"„“”»«‚‘’'")


_SKIPPABLE = (
    frozenset(["der", "die", "das", "den", "dem", "des", "the", "a", "an", "von", "vom", "of"]) | _QUOTES
)


MEDIA = frozenset(("news_outlet", "news_agency", "state_media"))


_INFO_HEADS = tuple(WORDS["attribution._INFO_HEADS"])


def _phrases(items):
    return {tuple(p.split()): p for p in items}


PREP_BEFORE = {lang: _phrases(CUES[lang]["prep_before"]) for lang in ("de", "en")}


PREP_AFTER = {lang: frozenset(CUES[lang]["prep_after"]) for lang in ("de", "en")}


VERBS = {lang: frozenset(CUES[lang]["verbs"]) for lang in ("de", "en")}


SEPARABLE = {lang: CUES[lang]["separable"] for lang in ("de", "en")}


NEED_NOUN = {lang: frozenset(CUES[lang]["need_source_noun"]) for lang in ("de", "en")}


RELAY_CUES = {lang: frozenset(CUES[lang]["reported_via"]) for lang in ("de", "en")}


CITING = {lang: frozenset(CUES[lang]["citing"]) for lang in ("de", "en")}


CONFIRM = {lang: frozenset(CUES[lang]["confirm"]) for lang in ("de", "en")}


CONFIRM_OBJECTS = {lang: frozenset(CUES[lang]["confirm_objects"]) for lang in ("de", "en")}


_FIRST_WORDS = {lang: frozenset(k[0] for k in PREP_BEFORE[lang]) for lang in ("de", "en")}


_MAX_PHRASE = 5


_ADJ_ENDINGS = ("e", "en", "er", "es", "em", "al", "ial", "ian", "ern", "ish", "ese")


_ANY_CUE = {lang: VERBS[lang] | _FIRST_WORDS[lang] | PREP_AFTER[lang] for lang in ("de", "en")}


_CUE_WORDS = {lang: VERBS[lang] | _FIRST_WORDS[lang] for lang in ("de", "en")}


_COORD = frozenset(("und", "and", "sowie", "oder", "or", "&"))


class Cue:
    __slots__ = ("i0", "i1", "kind", "text")

    def __init__(self, i0, i1, text, kind):
        self.i0, self.i1, self.text, self.kind = i0, i1, text, kind


def has_cue(s, lang: str) -> bool:
    return not _ANY_CUE[lang].isdisjoint(s.lowers)


def find_cues(s, lang: str):
    cues = []
    lowers, n = s.lowers, s.n
    table = PREP_BEFORE[lang]
    firsts = _FIRST_WORDS[lang]
    anycue = _ANY_CUE[lang]
    positions = [k for k, low in enumerate(lowers) if low in anycue]
    after = 0
    for i in positions:
        if i < after:
            continue
        low = lowers[i]
        matched = False
        if low in firsts:
            for length in range(min(_MAX_PHRASE, n - i), 0, -1):
                key = tuple(lowers[i : i + length])
                if key in table:
                    cues.append(Cue(i, i + length, table[key], "prep"))
                    after = i + length
                    matched = True
                    break
        if matched:
            continue
        if low in PREP_AFTER[lang]:
            cues.append(Cue(i, i + 1, low, "after"))
        elif low in VERBS[lang] and (lang == "en" or s.words[i][0].islower() or i == 0):
            if _used_as_adjective(s, i):
                continue  # "an estimated 5%", "mit geschätzten 1,2 Millionen"
            particle = SEPARABLE[lang].get(low)
            if particle:
                end = _clause_end(s, i)
                if not any(lowers[k] in particle.split("|") for k in range(i + 1, end)):
                    continue
            cues.append(Cue(i, i + 1, low, "verb"))
    return cues


_ADJECTIVE_BEFORE = frozenset(("a", "an", "the", "mit", "die", "der", "den", "eine", "einer"))


def _used_as_adjective(s, i: int) -> bool:
    before = s.lowers[i - 1] if i else ""
    after = s.words[i + 1] if i + 1 < s.n else ""
    estimate = s.lowers[i] in ("estimated", "geschätzt", "geschätzte", "geschätzten", "geschätzter")
    return before in _ADJECTIVE_BEFORE or (estimate and after[:1].isdecimal())


def _clause_end(s, i: int) -> int:
    k = i + 1
    while k < s.n and s.words[k] not in _CLAUSE_BREAKS:
        k += 1
    return k
