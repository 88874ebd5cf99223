"""German: the grammatical subject of a clause that holds figures and no attribution is their
source when it is a body or a person that can speak, whatever its verb ("Insgesamt listet das
Jahrbuch 412 Fälle auf", "Netto verdiente Brenntal 24 Millionen Euro", "Auf bis zu 540 Euro kommt
das Vergleichsportal Verivox", "Statt 150 Millionen Euro peilt sie nun 170 Millionen Euro an"):
DESIGN, a body presenting its own figure. The finite verb is found by its place (second, after
the first constituent, or right after the subject that opens the clause) and its ending, not by
a list of stating verbs; a subordinate clause's subject stands right after its conjunction and
its verb at its end ("nachdem das Regierungspräsidium ... erklärt hatte"), and a comment
", was das Landesamt mit ... erklärte" speaks for the clause before it. No source: an acting
verb (the subject does the counted thing: "Die Polizei nahm 38 Menschen fest"), a form of
"sein"/"haben" as the main verb (the subject's own description), a place, a measure, a time or
an event as the subject (none is a body)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lexicon import ATTRIBUTION, DISCOURSE_DE, WORDS
from ..text.sentences import glued_digits
from . import backrefs
from ._engine import LEXICON
from .acting_de import AUXILIARIES, CLAUSE, COPULAS, IN_CLAUSE, acts, clause_last
from .signals import goes_on, says_it_goes_on
from .speakers_de import as_source

_LEX = DISCOURSE_DE
_DETS = frozenset(("der", "die", "das"))
_JOINS = frozenset(WORDS["function_words_de"]) | frozenset(_LEX["not_finite_joins"])
_FUNCTION = _JOINS | frozenset(_LEX["not_finite_adverbs"])
# "hat ... befragt": who polls does the polling, the sample is not its statement
_ADVERBS = frozenset(ATTRIBUTION["adverbs_before_verb_de"]) | frozenset(_LEX["not_finite_adverbs"])
_ADJECTIVE_ENDS = ("e", "en", "er", "es", "em")
_TIME_UNITS = frozenset(_LEX["time_units"])
_PENALTIES = frozenset(_LEX["penalty_nouns"])
_PENALTY_REACH = 3  # tokens between a penalty noun and its span of time ("Freiheitsstrafe zwischen drei")
_REPORTED = frozenset(LEXICON["de"]["reported_speech"])
_SUBORDINATORS = frozenset(LEXICON["de"]["clause_subordinators"]) | frozenset(_LEX["clause_openers"])
_FINITE_ENDINGS = ("t", "te", "ten", "en", "tet")
_MAIN_BREAKS = frozenset((":", ";"))  # a main clause opens after them
_OPEN = frozenset(("„", '"', "“", "»"))
_ADJECTIVES = 3  # lower-case words between the determiner and the head
_NAME_WORDS = 3  # capitalised words of a name after its head ("das Vergleichsportal Verivox")
_VERB_REACH = 24  # tokens from the clause's start to its finite verb


def clause_subjects(art) -> None:
    """Each German sentence's claims take the subject of their clause where it can speak
    (after the carry-over: a name or pronoun takes over from an account carried from before, a
    description gives only figures no source reached)."""
    units = art.units
    for k, u in enumerate(units):
        if u.claims:
            given = subject_source(art, u)
            if given:
                _reported_after(art, k, given[0])


def _reported_after(art, k: int, m) -> None:
    """The sentences after unit k in its paragraph that report in Konjunktiv ("Realistisch seien
    nun weniger als 70 Prozent") and have no source take the subject ``m`` that spoke in unit k."""
    for v in art.units[k + 1 :]:
        if v.first or v.own or v.quoted or not v.claims or not goes_on(v, "de"):
            return
        if any(art.sources[i] for i in v.claims):
            return
        for i in v.claims:
            art.sources[i] = (m,)


def subject_source(art, u) -> list:
    """[the subject as a source] given to the claims of unit u without a source of their own
    sentence; [] when the subject is no body or person, or its verb acts."""
    if art.lang != "de" or not u.claims or says_it_goes_on(u, "de"):
        return []  # "Demnach zerstörten die Streitkräfte ...": the account before reports it
    s = u.s
    if _all_sourced(art.sources, u.claims, s):
        return []  # every figure has a source of its own sentence (one after it: ``_give`` decides)
    blocked = _claim_tokens(art, s, u.claims)
    for a, b, verb, at in _subjects(s, blocked) + _subordinate(s, blocked):
        if acts(s, verb) or s.lowers[verb] in _REPORTED:
            continue  # "Die Firma habe 85 Stellen zugesagt": reported speech of the account before
        m = as_source(art, u, a, b, verb)
        given = [] if m is None else _give(art, u, m, _scope(s, verb, at, blocked))
        if given:
            return given
    return []


def _all_sourced(sources, claims, s) -> bool:
    """Every claim (index) has a source of sentence ``s`` that is no authorless data (loops,
    not generators: asked for every sentence with figures)."""
    start, end = s.start, s.end
    for i in claims:
        for x in sources[i]:
            if start <= x.start < end and not _authorless_data(x, s):
                break
        else:
            return False
    return True


def _scope(s, verb: int, at, blocked):
    """Which claims (by their first token) the subject speaks for: those of its verb's clause,
    or (``at`` a comment ", was das Landesamt mit ... erklärte") those of the main clause
    before the comment."""
    if at is None:
        return lambda k: _in_clause_of(s, k, verb, blocked)
    return lambda k: k < at and s.lowers[_segment_start(s, k)] not in _SUBORDINATORS


def _segment_start(s, k: int) -> int:
    """The first token of the comma-delimited part of the sentence that holds token k."""
    while k > 0 and s.words[k - 1] not in CLAUSE:
        k -= 1
    return k


def _give(art, u, m, in_scope) -> list:
    """The claims (their first token ``in_scope``) that have no source in their own sentence take
    ``m``; [m] when one does."""
    s, given = u.s, False
    takes_over = _takes_over(m)
    for i in u.claims:
        mine = [x for x in art.sources[i] if not _authorless_data(x, s)]
        same = bool(mine) and all(x.name == m.name and x.start >= s.end for x in mine)
        if not same and (any(x.start >= s.start for x in mine) or (mine and not takes_over)):
            continue  # its own sentence's source, a later one pointing back, or an account carried
        k = bisect_left(s.starts, art.claims[i].start)
        if (art.claims[i].unit not in _TIME_UNITS or _penalty(s, k)) and in_scope(k):
            art.sources[i] = (m,)
            given = True
    return [m] if given else []


def _penalty(s, k: int) -> bool:
    """The span of time at token k is a prison term: a penalty noun stands just before it or
    right after its unit ("eine Freiheitsstrafe zwischen drei und vier Jahren", "fünf Jahre Haft")."""
    return not _PENALTIES.isdisjoint(s.lowers[max(0, k - _PENALTY_REACH) : k + 2 * _PENALTY_REACH])


def _authorless_data(x, s) -> bool:
    """ "Nach den jüngsten Daten zahlte die Bundesagentur ...": data of the sentence without an
    author, or the subject's own ("in ihrem Bericht"), are the subject's, no other source."""
    return s.start <= x.start < s.end and _document_words(x.text)


@lru_cache(maxsize=4096)
def _document_words(text: str) -> bool:
    """The mention's words are a document's description (a pure function of them: cached)."""
    words = text.lower().split()
    if len(words) == 2 and words[0] in _OWN:  # "In ihrem Jahresbericht beziffert die Stiftung"
        return backrefs.noun_class(words[1], "de") == "document"
    return backrefs.is_backref_text(text, "de") == "document"


def _takes_over(m) -> bool:
    """A name, an acronym or a pronoun takes the claims from an account carried from before; a
    description ("die Liga") goes on with it."""
    words = m.text.split()
    first = words[0].lower()
    return first in ("sie", "er") or words[-1].isupper() or (m.text[:1].isupper() and first not in _DETS)


def _in_clause_of(s, k: int, verb: int, blocked) -> bool:
    """Token k stands in the clause of the finite verb, or in a later part of the sentence that
    goes on with it without a verb of its own ("..., nach 17 Millionen Euro im Vorjahr"); not in
    a subordinate clause ("als 4,68 Milliarden Euro erlöst wurden", "um zwei Beamte zu befreien"),
    but an infinitive clause the finite verb governs ("verabschiedete sich vom Ziel, 75 Prozent
    der Züge pünktlich ans Ziel zu bringen")."""
    a, b = k, k
    while a > 0 and s.words[a - 1] not in IN_CLAUSE:
        a -= 1
    while b < s.n and s.words[b] not in IN_CLAUSE and s.words[b] not in (".", "!", "?", ";"):
        b += 1
    if a <= verb < b:
        return True
    if a > verb and s.lowers[a] == "dass" and CLAUSE.isdisjoint(s.words[verb : a - 1]):
        return True  # "wertete die Kammer, dass zwei der drei Männer ...": what the subject states
    if s.lowers[a] == "was" and s.words[a - 1] == "," and _REPORTED.isdisjoint(s.lowers[a:b]):
        return a > verb  # ", was dem Kreis 2,6 Millionen Euro bringen soll": what the clause yields
    if a < verb or s.lowers[a] in _SUBORDINATORS or s.words[a - 1 : a] == [";"]:
        return False
    if not _REPORTED.isdisjoint(s.lowers[a:b]):
        return True  # "schrieb ..., im Dorf seien zwei Menschen verletzt worden": what it says
    return not any(_finite(s, j) and j not in blocked and not _infinitive(s, j) for j in range(a, b))


def _infinitive(s, j: int) -> bool:
    """Token j is an infinitive of an infinitive clause: after "zu" ("zu tragen"), or with "zu"
    between a separable particle and the stem ("mitzutragen", "anzuheben", "aufzustocken")."""
    low = s.lowers[j]
    return s.lowers[j - 1] == "zu" or (len(low) > 7 and low.endswith("en") and "zu" in low[2:-4])


def _subordinate(s, blocked) -> list:
    """(start, end, verb) of the subjects of subordinate clauses that open with a conjunction
    ("nachdem das Regierungspräsidium, das ..., ein Defizit von 60 Millionen Euro für vertretbar
    erklärt hatte"): the phrase right after the conjunction, over a relative clause in commas;
    the verb is the clause's last word."""
    out = []
    if _CONJUNCTIONS.isdisjoint(s.low_set) and "was" not in s.low_set:
        return out  # no conjunction, no ", was": no subordinate clause to look at
    for p in range(s.n - 2):
        if s.lowers[p] not in _CONJUNCTIONS and (s.lowers[p] != "was" or s.words[p - 1 : p] != [","]):
            continue
        a = p + 2 if s.lowers[p + 1] in _FOCUS else p + 1  # "weil auch die Liga ... meldete"
        end = _phrase(s, a, blocked)
        if end is None or s.lowers[a] in ("sie", "er"):
            continue
        e = _after_relative(s, _with_attributes(s, end, blocked))
        last = clause_last(s, e - 1) if e < s.n else e - 1
        if last > e and s.words[last].islower():  # ", was das Landesamt mit ... erklärte": the clause before
            out.append((a, end, last, p if s.lowers[p] == "was" else None))
    return out


def _after_relative(s, e: int) -> int:
    """The token after a relative clause in commas that opens at e ("das Regierungspräsidium,
    das den Haushalt genehmigen muss, bereits ..."), else e."""
    if e + 1 < s.n and s.words[e] == "," and s.lowers[e + 1] in _RELATIVES:
        for j in range(e + 2, s.n):
            if s.words[j] == ",":
                return j + 1
            if s.words[j] in CLAUSE or s.words[j] in (".", "!", "?"):
                break
    return e


def _claim_tokens(art, s, claims) -> set:
    out = set()
    for i in claims:
        c = art.claims[i]
        out.update(range(bisect_left(s.starts, c.start), bisect_right(s.starts, c.end - 1)))
    return out


def _subjects(s, blocked):
    """(start, end, verb) of the candidate subjects of the sentence's main clauses: the one
    that opens it before the finite verb, else the one right after the finite verb in second
    place (after the first constituent or a fronted clause closed by a comma)."""
    out = []
    breaks = (
        ()
        if _MAIN_BREAKS.isdisjoint(s.low_set)
        else [k + 1 for k in range(s.n - 1) if s.words[k] in _MAIN_BREAKS]
    )
    for c in [0, *breaks]:
        first = _phrase(s, c, blocked)
        if first is not None:
            first = _with_attributes(s, first, blocked)
        verb = _after_abbreviation(s, first) if first is not None else None
        if verb is not None and verb < s.n and _verb_after_subject(s, verb):
            out.append((c, first, verb, None))
            if s.lowers[c] in _DETS:
                continue  # "Die Forschenden hatten ...": the subject opens it, no inversion
        found = _inverted(s, c, blocked)
        if found is not None:
            out.append(found)
    return out


def _after_abbreviation(s, e: int) -> int:
    """Token e, or the token after an abbreviation in brackets there ("Die Deutsche Fußball Liga
    (DFL) hatte"): where the verb after a subject stands."""
    if e + 3 < s.n and s.words[e] == "(" and s.words[e + 2] == ")" and s.words[e + 1].isupper():
        return e + 3
    return e


def _inverted(s, c: int, blocked):
    """(start, end, verb) of the subject right after the first finite verb in second place of
    the clause from c, over relative clauses in commas ("Nach den Daten, die sich auf den August
    beziehen, zahlte die Bundesagentur"); None when no subject phrase follows that verb."""
    depth, v = 0, c + 1
    while v < min(s.n - 1, c + _VERB_REACH):
        w = s.words[v]
        depth += (w == "(") - (w == ")")
        if w in _MAIN_BREAKS:
            return None
        if w == "," and s.lowers[v + 1] in _RELATIVES:
            v = next((j for j in range(v + 1, s.n) if s.words[j] in CLAUSE), s.n)
            continue  # the relative clause's own verb stands at its end
        if not depth and w != ")" and _second_verb(s, v) and _closes_constituent(s, v - 1, blocked):
            end = _phrase(s, v + 1, blocked)
            return None if end is None else (v + 1, end, v, None)
        v += 1
    return None


_GENITIVE = frozenset(("des", "der"))
_OWN = frozenset(_LEX["own_possessives"])
_CONJUNCTIONS = frozenset(_LEX["subject_conjunctions"])
_FOCUS = frozenset(_LEX["focus_particles"])  # "weil auch die Liga": the subject follows them
_RELATIVES = frozenset(("der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"))


def _with_attributes(s, e: int, blocked) -> int:
    """The end of an opening subject over its genitive attribute and an apposition in commas
    ("Der Gouverneur des Gebiets Brjansk, Alexander Bogomas, schrieb"), from ``e`` after its
    head."""
    if e + 1 < s.n and s.lowers[e] in _GENITIVE:
        g = _phrase(s, e + 1, blocked)  # its determiner is no nominative's: the noun after it
        if g is not None:
            e = g
    if e < s.n and s.words[e] == ",":
        q = e + 1
        while q < s.n and q - e <= _NAME_WORDS + 1 and s.words[q][:1].isupper() and s.words[q].isalpha():
            q += 1
        if q > e + 1 and q < s.n and s.words[q] == "," and not any(k in blocked for k in range(e, q)):
            return q + 1
    return e


def _closes_constituent(s, k: int, blocked) -> bool:
    """Token k may end the first constituent: a noun, name, number, adverb or a comma after a
    fronted clause; not a determiner, preposition or conjunction."""
    w, low = s.words[k], s.lowers[k]
    if w == ",":
        return True
    if w in CLAUSE or w in _OPEN or low in _JOINS:
        return low in _ADVERBS and w != "("
    if low in _ADVERBS:
        return True
    if w[:1].isupper() or w[:1].isdigit() or k in blocked:
        return True
    return w.isalpha() and not low.endswith(_ADJECTIVE_ENDS)  # an adverb, no adjective before its noun


def _verb_after_subject(s, v: int) -> bool:
    """Right after a subject that opens its clause, any lower-case word that is no function word
    or adverb is the finite verb, a strong past too ("schrieb", "sprach", "kam")."""
    w, low = s.words[v], s.lowers[v]
    return _finite(s, v) or (w.isalpha() and w.islower() and low not in _FUNCTION and low not in _ADVERBS)


def _second_verb(s, v: int) -> bool:
    """A finite verb in second place: by its ending, or a strong past ("nahm", "kam") that is
    no adverb and does not end as an adjective before its noun does."""
    return _verb_after_subject(s, v) and (_finite(s, v) or not s.lowers[v].endswith(_ADJECTIVE_ENDS))


def _finite(s, v: int) -> bool:
    """A finite verb by its form: lower-case, ending as the present or past of a verb does
    ("zählt", "nannte", "listet", "kommen"), or an auxiliary; no function word."""
    w, low = s.words[v], s.lowers[v]
    if not (w.isalpha() and w.islower()):
        return False
    if low in AUXILIARIES or low in COPULAS:
        return True
    return low not in _FUNCTION and w.endswith(_FINITE_ENDINGS)


def _phrase(s, a: int, blocked):
    """The end of a noun phrase of a possible speaker at token a: determiner, adjectives and a
    capitalised head with a name after it ("das Vergleichsportal Verivox"), a name, or a
    pronoun; None when no such phrase stands there or it holds a figure."""
    if a >= s.n:
        return None
    low = s.lowers[a]
    if low in ("sie", "er"):
        return a + 1
    h = a + 1 if low in _DETS else a
    while h < s.n and h - a <= _ADJECTIVES and s.words[h].isalpha() and s.words[h].islower() and h > a:
        h += 1
    if h >= s.n or not s.words[h][:1].isupper() or (h == a and low in _FUNCTION):
        return None
    e = _name_end(s, h)
    if any(k in blocked for k in range(a, e)):
        return None
    return e


def _name_end(s, h: int) -> int:
    """The end of the head at h with the capitalised words of a name after it, and digits
    written onto its last word ("die DEL2")."""
    e = h + 1
    while e < s.n and e - h <= _NAME_WORDS and s.words[e][:1].isupper() and s.words[e][:1].isalpha():
        e += 1
    return e + 1 if e < s.n and glued_digits(s, e) else e
