"""Sources without a cue phrase: an institution as the subject of a sentence that presents its
own figure ("Das Ministerium plant 4 Milliarden Euro ein"), and a confirmation in the next
sentence ("Ein Beamter bestätigte diese Zahlen").
"""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES, DISCOURSE_DE
from ..text.phrases import is_info_head
from .attribution import sentence_attributed
from .cues import (
    CONFIRM,
    CONFIRM_OBJECTS,
)
from .info import guess_kind, source_label
from .mentions import NOT_NAMES, Mention, gazetteer_mentions, source_noun
from .ranked_places import ranked

_INSTITUTION_KINDS = frozenset(("government", "organisation", "intelligence", "military", "expert"))


_INSTITUTION_HEADS = {
    "de": tuple(ATTRIBUTION["institution_heads_de"]),
    "en": tuple(ATTRIBUTION["institution_heads_en"]),
}


_DETS = frozenset(ATTRIBUTION["subject_determiners"])


_SUBJECT_JOIN = frozenset(ATTRIBUTION["subject_joins"])


_EN_PAST = frozenset(ATTRIBUTION["past_forms_en"])


_ACTING = frozenset(ATTRIBUTION["acting_verbs"]) | frozenset(
    DATES["fieldwork_verbs"]
)  # "Ipsos interviewed 2,014"
# "Der Konzern streicht 3.000 Stellen", "baut ... ab", "stellt ... ein": beginnings of German
# acting verbs (a separable one with its particle first), shared with the discourse stage
_ACTING_STEMS_DE = tuple(DISCOURSE_DE["acting_stems"])
_SELF = frozenset(ATTRIBUTION["self_words"])
_PREPOSITIONS_DE = frozenset(ATTRIBUTION["adverbial_openers_de"]) | frozenset(
    ATTRIBUTION["subject_not_openers_de"]
)


def institution_subject(s, lang: str, blocked=()):
    """An institution that opens the sentence as its subject is the source of the figures it
    reports or sets even without a speech verb: "Die Weltbank hatte einen Kredit über 120
    Millionen Dollar zugesagt", "Das Robert Koch-Institut (RKI) zählte 11.870 Fälle", "The
    company cut its forecast by $2.3bn"."""
    if s.n < 4:
        return []
    k = 1 if s.lowers[0] in _DETS else 0
    if not s.words[k][0].isupper() or (lang == "de" and s.lowers[0] in _PREPOSITIONS_DE):
        return []  # "Im Ausschuss erreichte die Zulage ...": a prepositional phrase is no subject
    found = _known_subject(s, lang, k) or _described_subject(s, lang, k)
    if found is None:
        return []
    m, end = found
    end = _after_abbreviation(s, end)
    if lang == "en" and end + 1 < s.n and s.lowers[end] in ("also", "again", "now", "later", "further"):
        end += 1  # "The Bank also cut its forecast"
    if (
        not (_finite_verb_at(s, lang, end) or _holds_figure(s, lang, end, blocked))
        or _acting_verb(s, lang, end)
        or _acting_participle(s, end)
        or ranked(s, end, s.lowers[end])
    ):
        return []  # "WHO released $1 million": the doer of the counted thing is no source;
        # "London recorded the weakest growth": the subject ranked is what is measured
    if any(k in blocked for k in range(m.i0, m.i1)):
        return []
    return [Mention(0, m.i1, m.name, m.kind, head=m.head)]


def acting_subject(s, lang: str) -> bool:
    """The sentence opens with a body as the subject of a verb that acts on what is counted
    ("Das Landgericht Mainfeld hat zwei Männer ... verurteilt", "Der Konzern streicht 3.000
    Stellen"): its figures are the body's deed, which a source in the next sentence does not
    report back ("..., wie ein Gerichtssprecher mitteilte" is for its own sentence)."""
    k = _after_dateline(s)
    if s.n - k < 4:
        return False
    k += 1 if s.lowers[k] in _DETS else 0
    end = k
    while end < s.n and end - k < 4 and s.words[end][:1].isupper():
        end += 1
    heads = _INSTITUTION_HEADS[lang]
    if end == k or not any(s.lowers[j].endswith(heads) for j in range(k, end)):
        return False
    end = _after_abbreviation(s, end)
    return end < s.n and (_acting_verb(s, lang, end) or _acting_participle(s, end))


_DASHES = frozenset(("-", "–", "—"))
_DATELINE_AT = 7  # the tokens in which a dateline's dash stands


def _after_dateline(s) -> int:
    """The first token after a dateline that opens the sentence ("Hamburg - ", "Berlin (dpa) –
    ", "Frankfurt/Main - "): capitalised words, a slash or words in brackets before a dash;
    else 0."""
    if s.lowers[0] in _DETS:
        return 0
    inside = False
    for j in range(1, min(s.n, _DATELINE_AT)):
        w = s.words[j]
        if w in _DASHES:
            return j + 1
        inside = (inside or w == "(") and w != ")"
        if not (inside or w in "/)" or w[:1].isupper()):
            return 0
    return 0


_PLANNING = {
    "de": frozenset(ATTRIBUTION["planning_verbs_de"]),
    "en": frozenset(ATTRIBUTION["planning_verbs_en"]),
}
_PLAN_AT = 10  # the finite verb stands among the first words
_BODY_KINDS = frozenset(("government", "organisation", "military"))


def planning_subject(s, lang: str, blocked=()):
    """A body that declares its own plan ("Die Regierung will 940 Millionen Euro bereitstellen",
    "Für die Sanierung will die Regierung ...", "Zusätzlich kann die Koalition auf Rücklagen von
    1,1 Milliarden Euro zugreifen", "The government plans to spend £4bn"): the subject of a
    planning verb, before it or (German) right after it, is the source of its figures."""
    planning = _PLANNING[lang]
    if planning.isdisjoint(s.lowers[:_PLAN_AT]):
        return []
    v = next(k for k in range(min(_PLAN_AT, s.n)) if s.lowers[k] in planning)
    for a in (v - 3, v - 2, v - 1, v + 1):  # "The government has pledged", "will die Regierung"
        m = _body_at(s, lang, a) or _known_body_at(s, a)
        if m is not None and not any(k in blocked for k in range(m.i0, m.i1)):
            return [m]
    m = _named_body_before(s, v) if lang == "en" else _name_after_fronted_infinitive(s, lang, v)
    return [m] if m is not None and not any(k in blocked for k in range(m.i0, m.i1)) else []


_NAMED_BODY_WORDS = 5  # words before a body's noun: "the Harrow Vale school board"
_BOARDS = frozenset(ATTRIBUTION["planning_boards_en"])


def _named_body_before(s, v: int):
    """English: "The Harrow Vale school board voted", "the Portuguese government promised": a
    determiner, names, nationalities or lower-case modifiers and a body's source noun right
    before the verb at v, or None."""
    h = v - 1
    hit = source_noun(s, h, "en") if h > 0 else None
    if hit is None and h > 0 and s.lowers[h] in _BOARDS:
        hit = (s.lowers[h], "organisation")
    if hit is None or hit[1] not in _BODY_KINDS:
        return None
    a = h - 1
    while (
        a > 0
        and h - a < _NAMED_BODY_WORDS
        and s.lowers[a] not in _DETS
        and s.words[a].replace("-", "").isalpha()
    ):
        a -= 1
    if s.lowers[a] not in _DETS:
        return None
    return Mention(a, v, source_label(s, a, v, "en"), hit[1], head=h)


def _name_after_fronted_infinitive(s, lang: str, v: int):
    """ "Investieren will Burscheid 24 Millionen Euro": the sentence opens with the infinitive,
    the planning verb follows, and the name right after it (up to three capitalised words
    before a lower-case word or a number: "will Kämmerin Ute Lenz") is its subject, or None."""
    if lang != "de" or v != 1 or not s.lowers[0].endswith(_INFINITIVE_ENDINGS) or s.lowers[0] in _DETS:
        return None
    words = s.words
    b = v + 1
    while (
        b < s.n and b - v <= 3 and words[b][:1].isupper() and words[b].isalpha() and words[b] not in NOT_NAMES
    ):
        b += 1
    if b == v + 1 or b >= s.n or not (words[b][:1].islower() or words[b][:1].isdigit()):
        return None
    end = b
    while end < s.n and words[end] not in _CLAUSE_END:
        end += 1
    if words[end - 1][:1].islower() and s.lowers[end - 1].endswith(_INFINITIVE_ENDINGS):
        return None  # "Bremen will Geld für 40 Projekte ausgeben": the infinitive closes the clause
    return Mention(v + 1, b, " ".join(words[v + 1 : b]), guess_kind(s, v + 1, b, lang))


_INFINITIVE_ENDINGS = ("en", "ern", "eln")
_CLAUSE_END = frozenset((",", ".", ";", ":", "!", "?", "–"))


def _known_body_at(s, a: int):
    """A known organisation after a determiner at token a ("will die IG Metall ...")."""
    if a < 0 or a + 1 >= s.n or s.lowers[a] not in _DETS:
        return None
    for m in gazetteer_mentions(s):
        if m.i0 == a + 1 and m.kind in _BODY_KINDS:
            return m
    return None


_PLANNING_PLACES = frozenset(ATTRIBUTION["planning_places_de"])


def _body_at(s, lang: str, a: int):
    """The phrase of a body (determiner, at most two adjectives, a source noun of a body; in
    German also a town or district that plans its budget, "will die Stadt") that starts at token
    a, or None."""
    if a < 0 or a >= s.n or s.lowers[a] not in _DETS:
        return None
    for h in range(a + 1, min(a + 4, s.n)):  # "die rheinland-pfälzische Landesregierung"
        if lang == "de" and s.lowers[h] in _PLANNING_PLACES:
            return Mention(a, h + 1, s.words[h], "government")
        hit = source_noun(s, h, lang)
        if hit is not None:
            return (
                Mention(a, h + 1, source_label(s, a, h + 1, lang), hit[1]) if hit[1] in _BODY_KINDS else None
            )
        if not (s.words[h].replace("-", "").isalpha() and s.words[h][0].islower()):
            return None
    return None


def _known_subject(s, lang: str, k: int):
    """(mention, end) of a known institution at the start ("Die Hilfsorganisation Ärzte ohne
    Grenzen": a role noun may stand before the name), or None."""
    for m in gazetteer_mentions(s):
        if (m.i0 in (0, k) or (m.i0 == k + 1 and source_noun(s, k, lang))) and m.kind in _INSTITUTION_KINDS:
            return m, m.i1
    return None


def _described_subject(s, lang: str, k: int):
    """(mention, end) of capitalised words at the start that end in an institution's head
    ("Das Statistische Landesamt", "The Energy Agency"), with their own attributes ("für
    Küstenschutz in Schleswig-Holstein"), or None ("Analysts at Morgan Stanley cut")."""
    n = s.n
    end = k
    while end < n and end - k < 4 and s.words[end][0].isupper():
        end += 1
    head = s.lowers[end - 1]
    noun = end > k and source_noun(s, end - 1, lang) is not None and s.lowers[end - 1].endswith("s")
    if end == k or not (noun or (k == 1 and head.endswith(_INSTITUTION_HEADS[lang]))):
        return None
    while end + 1 < n and s.lowers[end] in _SUBJECT_JOIN and s.words[end + 1][0].isupper():
        q = end + 1
        while q < n and q - end <= 3 and s.words[q][0].isupper():
            q += 1
        end = q
    return Mention(0, end, source_label(s, 0, end, lang), guess_kind(s, 0, end, lang)), end


_AUXILIARIES = frozenset(ATTRIBUTION["perfect_auxiliaries_de"] + ATTRIBUTION["perfect_auxiliaries_en"])
_CLAUSE_ENDS = frozenset((".", ",", ";", ":", "!", "?"))


def _clause_last(s, end: int) -> int:
    """The index of the last token of the clause that the verb at ``end`` opens."""
    k = end + 1
    while k < s.n and s.words[k] not in _CLAUSE_ENDS:
        k += 1
    return k - 1


def _acting_verb(s, lang: str, end: int) -> bool:
    """The finite verb at ``end`` acts: a listed form ("released", "spendete"), or in German a
    form that begins as an acting verb does, alone, with its participle at the clause's end or
    with its separable particle there ("Der Konzern streicht 3.000 Stellen", "hat ...
    gestrichen", "baut 3.000 Stellen ab", "stellt 500 Leute ein")."""
    low = s.lowers[end]
    if low in _ACTING:
        return True
    if lang != "de" or _own_account(s):
        return False  # "versorgte nach eigenen Angaben 140 Verletzte": the doer tells it
    last = _clause_last(s, end)
    tail = s.lowers[last] if last > end and s.words[last].isalpha() and s.words[last].islower() else ""
    return any(f.startswith(_ACTING_STEMS_DE) for f in (low, tail, tail + low) if f)


def _own_account(s) -> bool:
    """The sentence says the subject tells it itself ("nach eigenen Angaben")."""
    if _SELF.isdisjoint(s.low_set):
        return False
    return any(w in _SELF and k + 1 < s.n and is_info_head(s.lowers[k + 1]) for k, w in enumerate(s.lowers))


def _acting_participle(s, end: int) -> bool:
    """ "Das Landgericht hat drei Männer zu Haftstrafen verurteilt", "The court has jailed two
    men": an auxiliary whose participle (German: at the clause's end) is an acting verb."""
    if s.lowers[end] not in _AUXILIARIES:
        return False
    return s.lowers[_clause_last(s, end)] in _ACTING or (end + 1 < s.n and s.lowers[end + 1] in _ACTING)


def _after_abbreviation(s, end: int) -> int:
    """The end after an abbreviation in brackets ("(RKI)"), else ``end``."""
    n = s.n
    if end >= n or s.words[end] != "(":
        return end
    close = end + 1
    while close < n and close - end < 5 and s.words[close] != ")":
        close += 1
    return close + 1 if close < n and s.words[close] == ")" else end


_HAVE_EN = frozenset(("has", "have", "had"))


def _holds_figure(s, lang: str, end: int, blocked) -> bool:
    """ "The Environment Agency has three severe flood warnings in force": "has" as the main
    verb with a figure right after it, what the body counts of its own."""
    return lang == "en" and end + 1 < s.n and s.lowers[end] in _HAVE_EN and end + 1 in blocked


def _finite_verb_at(s, lang: str, end: int) -> bool:
    """The finite verb follows the subject: a lower-case word, not a relative clause; in English
    a past form ("EU emissions fell", "The EU has committed to": no reporting subject)."""
    if end >= s.n or not s.words[end][0].islower() or s.lowers[end] in ("und", "and", "of", "des", "der"):
        return False
    return lang != "en" or s.lowers[end].endswith("ed") or s.lowers[end] in _EN_PAST


def confirmation(s, lang: str):
    """Mentions of a sentence that confirms the previous one ("Ein westlicher Geheimdienstbeamter
    bestätigte diese Einschätzung", "A senior official confirmed the figure")."""
    lowers = s.lowers
    confirm = CONFIRM[lang]
    if confirm.isdisjoint(s.low_set):
        return []
    objects = CONFIRM_OBJECTS[lang]
    for i, low in enumerate(lowers):
        if low in confirm and not objects.isdisjoint(lowers[i + 1 : i + 4]):
            return [x for x in sentence_attributed(s, lang) if x[0].i0 < i]
    return []
