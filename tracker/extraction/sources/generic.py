"""Sources the gazetteer does not know: the noun phrase next to a cue ("nach Angaben des
Bündnisses", "the national grid operator Ukrenergo said"), and information nouns with their author
("Im neuen Deutschlandtrend des Instituts X", "a poll by Ipsos")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES, WORDS
from ..text.phrases import OBJECT_HEADS, POSSESSIVES, is_info_head, np_after, np_before
from .cues import CLAUSE_BREAKS, CUE_WORDS, FIRST_WORDS, VERBS, chain_start, verb_before_next_wie
from .info import guess_kind, method_only, source_label
from .links import commissioned_for
from .mentions import ARTICLES, NOT_NAMES, Mention, source_noun
from .not_speaking_de import no_statements_de, not_speaking_de
from .postposed_de import coordinated_after, phrase_before_postposition
from .pruning import reported_subject
from .speakers_en import can_speak, may_speak

_NO_GENERIC = {
    "de": frozenset(ATTRIBUTION["cues_without_generic_source_de"]),
    "en": frozenset(ATTRIBUTION["cues_without_generic_source_en"]),
}


_AFTER_VERB_EN = frozenset(ATTRIBUTION["speech_verbs_after_en"])


_SELF = frozenset(ATTRIBUTION["self_words"])


_AFTER_SPEAKER_EN = frozenset(WORDS["after_speaker_en"])


_DE_ADVERBS = frozenset(ATTRIBUTION["adverbs_before_verb_de"])


_PEOPLE_HEADS = frozenset(ATTRIBUTION["people_heads"])


_EN_ADVERBIAL_PREPS = frozenset(ATTRIBUTION["adverbial_prepositions_en"])


_EN_PRONOUNS = frozenset(ATTRIBUTION["subject_pronouns_en"])


def _cue_words(lang: str):
    return VERBS[lang] | FIRST_WORDS[lang]


def cue_phrase_sources(s, lang: str, cues, mentions, linked, taken) -> None:
    """Cues whose neighbour is no known source take the noun phrase next to them."""
    words_set = CUE_WORDS[lang]
    linked_spans = [(m.i0, m.i1) for m, _ in linked.values()]
    for cue in cues:
        span = _phrase_of(s, lang, cue, cues, linked_spans, words_set)
        if span and lang == "en" and cue.kind == "prep" and not _names_someone(s, lang, span):
            span = None
        if span and _known_inside(s, span, cue, mentions, linked, linked_spans):
            continue
        if span and lang == "en" and not may_speak(s, span, cue.text.split()[0]):
            continue  # "the roof gave way", "the rest say": no one who speaks
        if span and lang == "de" and cue.kind == "verb" and not_speaking_de(s, cue, span, mentions):
            continue
        if span and _may_be_source(s, span, taken):
            _add_phrase(s, lang, cue, span, mentions, linked, taken, linked_spans)


def _phrase_of(s, lang: str, cue, cues, linked_spans, words_set):
    """The span of the noun phrase cue ``cue`` attributes, or None."""
    if cue.text in _NO_GENERIC[lang]:
        return _closing_so(s, cue, lang, words_set) if cue.text == "so" else None
    if cue.kind == "prep":
        if any(cue.i1 <= x0 <= cue.i1 + 2 for x0, _ in linked_spans):
            return None  # a known source already follows the cue
        return _prep_phrase(s, lang, cue, cues, words_set)
    if cue.kind == "after":
        if any(cue.i0 - 2 <= x1 <= cue.i0 for _, x1 in linked_spans):
            return None
        span = np_before(s, cue.i0, lang, words_set)
        if span is None and lang == "de":  # "Der Umsatz steigt dem Amt zufolge auf ..."
            span = phrase_before_postposition(s, cue.i0)
        if span and span[0] and s.lowers[span[0] - 1] in POSSESSIVES:
            return None  # "said in its annual Global Trends report": the report's title
        return span
    if cue.kind == "verb":
        return _verb_phrase(s, lang, cue, linked_spans, words_set)
    return None


def _prep_phrase(s, lang: str, cue, cues, words_set):
    """The phrase after "laut", "according to", "nach Angaben": the body that presents its own
    figure stands before ("nach eigenen Angaben"), an information noun takes its author
    ("figures by the ONS", "nach Daten des Bundesamts")."""
    span = np_after(s, cue.i1, lang, words_set)
    if span and cue.text in ("wie", "as") and not verb_before_next_wie(cues, span[1]):
        span = None  # "Infekte wie Erkältungen, wie die Kasse erklärte": the verb is the next "wie"'s
    if span and cue.text == "wie" and s.words[cue.i1][0].islower() and s.lowers[cue.i1] not in ARTICLES:
        span = None  # "Wie stark Atemwegsinfekte die Betriebe belasten, ...": "how", no source
    own = bool(span) and not _SELF.isdisjoint(s.lowers[span[0] : span[1]])
    if own:
        return _subject_before(s, cue.i0, lang, words_set)
    if span and lang == "en" and any(is_info_head(s.lowers[k]) for k in range(span[0], span[1])):
        return _with_author_after_by(s, lang, span, words_set)
    if cue.text in ("nach", "laut"):
        info = _info_genitive(s, cue.i1, lang)
        if info:
            return info
        if (
            span
            and cue.text == "nach"
            and not any(is_info_head(s.lowers[k]) for k in range(span[0], span[1]))
        ):
            return None
    return span


def _with_author_after_by(s, lang: str, span, words_set):
    """ "figures published by the ONS": the span reaches to the author after "by"."""
    for k in range(span[1], min(s.n, span[1] + 5)):
        if s.words[k] in CLAUSE_BREAKS:
            break
        if s.lowers[k] == "by":
            by = np_after(s, k + 1, lang, words_set)
            if by:
                return (span[0], by[1])
            break
    return span


def _verb_phrase(s, lang: str, cue, linked_spans, words_set):
    """The subject of a cue verb, else (German, some English verbs) the phrase after it."""
    after_known = _known_beside(s, cue, linked_spans)
    if after_known is None:
        return None
    span = _subject_phrase(s, lang, cue, words_set)
    if span is None and after_known:
        return None
    if span is None and lang == "de" and (cue.text.startswith("ge") or cue.text in _PARTICIPLES):
        aux = _aux_before(s, cue.i0)  # "Litauen selbst hat angekündigt"
        if aux is not None:
            span = np_before(s, aux, lang, words_set)
    if span and not OBJECT_HEADS.isdisjoint(s.lowers[span[0] : span[1]]):
        span = None  # "Die Kosten beziffert das Bündnis auf ...": the subject follows
    if span is None and lang == "en" and cue.i0 and s.lowers[cue.i0 - 1] in _EN_PRONOUNS:
        return None  # "He said the average car costs …": the pronoun is the subject
    if span is None and (lang == "de" or cue.text in _AFTER_VERB_EN):
        span = _speaker_after_verb(s, lang, cue, words_set)
    return span


def _known_beside(s, cue, linked_spans):
    """Whether a known source follows the cue verb, or None when the verb needs no phrase: a
    known source stands right before it, or right after an inverted "..., said" ("..., which
    was put out by 3am, said the fire service": the subject follows)."""
    if any(cue.i0 - 3 <= x1 <= cue.i0 for _, x1 in linked_spans):
        return None
    after = any(cue.i1 <= x0 <= cue.i1 + 1 for x0, _ in linked_spans)
    return None if after and cue.i0 and s.words[cue.i0 - 1] == "," else after


def _subject_phrase(s, lang: str, cue, words_set):
    """The noun phrase before a cue verb that is its subject, or None."""
    if lang == "en" and _inverted(s, cue):
        return None  # "..., which was put out by dawn, said the fire service": it follows
    span = np_before(s, chain_start(s, cue.i0, lang), lang, words_set)
    if span and lang == "en":
        span = _past_adverbial(s, span, lang, words_set)
        if span and (_inside_pp(s, span[0]) or commissioned_for(s, span[0])):
            return None  # "forces in England and Wales registered": a place, not the subject
    if span and _subject_follows_de(s, lang, span):
        # "Zugleich kündigte Lanxeta … an", "Den Höchstwert maß der DWD": the subject follows
        span = None
    if lang == "de" and cue.i1 + 1 < s.n and s.lowers[cue.i1] == "aus" and _pronoun_or_none(s, span):
        # "Das geht aus Berechnungen des Umweltbundesamts hervor": the source follows "aus"
        span = np_after(s, cue.i1 + 1, lang, words_set)
    return span


def _inverted(s, cue) -> bool:
    """English ", said Dorset Fire Service": a comma before the speech verb and a name or an
    article right after it, the subject follows the verb."""
    k = cue.i1
    return (
        cue.i0 > 0
        and s.words[cue.i0 - 1] == ","
        and cue.text in _AFTER_VERB_EN
        and k < s.n
        and (s.words[k][0].isupper() or s.lowers[k] in ("the", "a", "an"))
    )


def _past_adverbial(s, span, lang: str, words_set):
    """ "The agency for the first time counted": the phrase is an adverbial, the subject
    stands before it (but "after BlackBerry said": the name is the subject)."""
    if (
        span[0]
        and s.lowers[span[0] - 1] in _EN_ADVERBIAL_PREPS
        and not any(s.words[k][0].isupper() for k in range(span[0], span[1]))
    ):
        return np_before(s, span[0] - 1, lang, words_set)
    return span


def _subject_follows_de(s, lang: str, span) -> bool:
    """The phrase before the verb is an adverb or (German) an object: the subject follows."""
    if span[1] - span[0] == 1 and s.lowers[span[0]] in _DE_ADVERBS:
        return True
    return lang == "de" and s.lowers[span[0]] in ("den", "dem", "einen", "einem")


def _pronoun_or_none(s, span) -> bool:
    return span is None or (span[1] - span[0] == 1 and s.words[span[0]] in ("Das", "Dies", "Es"))


_EN_PLACE_PREPS = frozenset(ATTRIBUTION["place_prepositions_en"])


def _inside_pp(s, i: int) -> bool:
    """The phrase at i is the object of a preposition of place, also as the second of a
    coordination ("in England and Wales")."""
    k = i - 1
    if k >= 1 and s.lowers[k] == "and" and s.words[k - 1][:1].isupper():
        k -= 2
    return k >= 0 and s.lowers[k] in _EN_PLACE_PREPS


def _speaker_after_verb(s, lang: str, cue, words_set):
    """ "sagte der Sprecher", "said a senior official": the phrase after the verb when it
    names someone (a name or a described speaker, not a clause)."""
    span = np_after(s, cue.i1, lang, words_set)
    if not span:
        return span
    if lang == "en":
        if not (s.words[span[0]][0].isupper() or s.lowers[span[0]] in ("the", "a", "an")):
            return None
        if span[1] < s.n and s.words[span[1]][0].isalpha() and s.lowers[span[1]] not in _AFTER_SPEAKER_EN:
            return None  # "said Russian units had lost": a clause, not a speaker
        if reported_subject(s, span[1]):
            return None  # "said Marsh, 29, would pull in"
        return span
    if s.lowers[span[0]] not in ("der", "die", "das", "ein", "eine") and not s.words[span[0]][0].isupper():
        return None
    return span


def _names_someone(s, lang: str, span) -> bool:
    """An English phrase after a preposition cue names someone: it opens with an article, ends
    in a people head ("one of the people"), or holds a name or a source noun."""
    return (
        s.lowers[span[0]] in ("the", "a", "an")
        or (s.lowers[span[0]] in POSSESSIVES and can_speak(s, span))  # "according to her barrister"
        or s.lowers[span[1] - 1] in _PEOPLE_HEADS
        or any(s.words[k][0].isupper() or source_noun(s, k, lang) for k in range(span[0], span[1]))
    )


def _known_inside(s, span, cue, mentions, linked, linked_spans) -> bool:
    """A known source inside the phrase takes the cue ("A local official, who ..., told")."""
    inside = [m for m in mentions if span[0] <= m.i0 and m.i1 <= span[1]]
    if not inside or any(id(m) in linked for m in inside):
        return False
    for m in inside:
        linked[id(m)] = (m, cue.text)
        linked_spans.append((m.i0, m.i1))
    return True


def _may_be_source(s, span, taken) -> bool:
    """A phrase clear of taken words, no object, no mere method, no lone pronoun."""
    a, b = span
    if not taken.isdisjoint(range(a, b)):
        return False
    if not OBJECT_HEADS.isdisjoint(s.lowers[a:b]) or method_only(s, span):
        return False
    if b - a == 1 and s.words[a] in ("Das", "Dies", "Es", "This", "That", "It", "Er", "Sie"):
        return False
    if s.lowers[b - 1] in _EVENTS and not (b < s.n and s.lowers[b] in _NAME_GOES_ON):
        return False  # "the blaze", "Tuesday's heat": what happened (not "the Fire and ... Agency")
    return not all(s.lowers[k] in _TIME_NAMES or s.lowers[k] in ARTICLES for k in range(a, b))


_EVENTS = frozenset(ATTRIBUTION["event_heads"])
_NAME_GOES_ON = frozenset(("and", "und", "&", "of", "-"))


# months, weekdays, seasons and their parts ("by early Tuesday") are times, never sources
_TIME_NAMES = frozenset(
    [w for lang in ("de", "en") for k in ("months", "weekdays", "part_of") for w in DATES[k][lang]]
    + WORDS["season_names"]
)


def _add_phrase(s, lang: str, cue, span, mentions, linked, taken, linked_spans) -> None:
    """The phrase becomes a linked mention (a name in apposition after it is the person:
    "sagte die Leiterin der Delegation, Nora Haddad, der dpa")."""
    a, b = span
    m = Mention(a, b, source_label(s, a, b, lang), guess_kind(s, a, b, lang))
    named = _apposition_name(s, b, taken)
    if named:
        m = Mention(a, named, " ".join(s.words[b + 1 : named]), "person")
        taken.update(range(b, named))
    mentions.append(m)
    taken.update(range(a, b))
    linked[id(m)] = (m, cue.text)
    linked_spans.append((a, b))
    also = coordinated_after(s, b, taken) if lang == "de" and cue.kind == "prep" and not named else None
    if also:  # "nach Angaben der Portale Idealo und Verivox": both
        _add_phrase(s, lang, cue, also, mentions, linked, taken, linked_spans)


def _closing_so(s, cue, lang: str, words_set):
    """ "…, so die DSO.": a phrase after "so" that closes the sentence is who says it."""
    if lang != "de" or cue.i0 == 0 or s.words[cue.i0 - 1] != ",":
        return None
    span = np_after(s, cue.i1, lang, words_set)
    if not span or not (span[1] >= s.n or s.words[span[1]] in (".", "!")):
        return None
    if not (s.words[span[0]][0].isupper() or s.lowers[span[0]] in ("der", "die", "das")):
        return None
    return span


def _apposition_name(s, b: int, taken):
    """The end of ", Nora Haddad," right after a phrase at token b, or None."""
    n = s.n
    if b >= n or s.words[b] != ",":
        return None
    q = b + 1
    while (
        q < n
        and q - b <= 3
        and s.words[q][0].isupper()
        and s.words[q].isalpha()
        and s.words[q] not in NOT_NAMES
        and q not in taken
        and source_noun(s, q, "de") is None
    ):
        q += 1
    if q > b + 2 and (q >= n or s.words[q] in (",", ".", ";")):
        return q  # two or three capitalised words: a name, not "Berlin" or a clause
    return None


def _info_genitive(s, k: int, lang: str):
    """ "der am Donnerstag vorgelegten Prognose des Arbeitskreises X": the phrase from k to the
    end of the genitive, when an information noun comes within a few tokens."""
    n = s.n
    for h in range(k, min(n, k + 7)):
        w = s.words[h]
        if w in CLAUSE_BREAKS or w[0].isdecimal():
            return None
        if w[0].isupper() and is_info_head(s.lowers[h]):
            if h + 1 < n and s.lowers[h + 1] in ("des", "der", "von", "vom", "aus", "by", "from"):
                sub = np_after(s, h + 1, lang)
                if s.lowers[h + 1] in ("von", "vom", "aus", "by", "from"):
                    sub = np_after(s, h + 2, lang)
                if sub:
                    return h + 1, sub[1]
            return None
        if (
            w[0].isupper()
            and lang == "de"
            and s.lowers[h - 1] not in ("am", "im", "vom")
            and h > k
            and s.lowers[h - 1] not in ("der", "die", "das", "des", "einer", "eines", "dem", "den")
        ):
            return None
    return None


_PARTICIPLES = frozenset(ATTRIBUTION["cue_participles_de"])


_AUX = frozenset(ATTRIBUTION["perfect_auxiliaries_de"])


def _aux_before(s, i: int):
    k = i - 1
    while k >= 0 and i - k < 18 and s.words[k] not in CLAUSE_BREAKS:
        if s.lowers[k] in _AUX:
            return k
        k -= 1
    return None


def _subject_before(s, i: int, lang: str, words_set):
    """ "Seit Mai wies die Bundespolizei nach eigenen Angaben ...": the article phrase before; in
    German not a count or a genitive, which has no statements of its own ("Bei der Kasse sank die
    Zahl der Krankmeldungen nach eigenen Angaben ...": the Kasse)."""
    k = i - 1
    while k >= 0 and i - k < (14 if lang == "de" else 8) and s.words[k] not in CLAUSE_BREAKS:
        if k > 2 and s.words[k - 1] == ")" and s.words[k - 3] == "(":
            k -= 3  # over a bracketed abbreviation: "der Westkasse (WKK) sank ..."
        if s.lowers[k] in ("der", "die", "das", "the") or (k == 0 and s.words[0][0].isupper()):
            span = np_after(s, k, lang, words_set)
            if span and span[1] <= i and not (lang == "de" and no_statements_de(s, span)):
                return span
        k -= 1
    return None
