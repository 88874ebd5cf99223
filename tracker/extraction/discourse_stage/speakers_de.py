"""German: the subject of a clause holding figures as a speaker (clause_subject_de.py finds it):
a known source, a name the sentence finder takes for one, a name introduced before ("Der
Küchengerätehersteller Brenntal ... verdiente Brenntal"), an acronym the article introduced,
a description whose head is a body's or a person's noun or ends like one ("die
Tierärztekammer"), an apposition's name, or a pronoun after its verb resolved to the body or
person it agrees with. Places and plural descriptions of people doing things are none."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DISCOURSE_DE
from . import backrefs, gender_de
from ._engine import SourceMention, known_source, name_spans
from .naming import antecedent, full_name, named, named_before, role_before

_LEX = DISCOURSE_DE
_DETS = frozenset(("der", "die", "das"))
_BODY_ENDINGS = tuple(_LEX["body_endings"])
_NOT_BODIES = tuple(_LEX["not_body_endings"])
_BODY_KINDS = frozenset(("organisation", "government", "intelligence", "military", "news_agency"))
_PLACES = frozenset(ATTRIBUTION["place_names"])
_PLURAL_ENDS = ("en", "ten")
_NAME_WORDS = 3  # capitalised words of a name after its head


def as_source(art, u, a: int, b: int, verb: int):
    """The subject phrase [a, b) as a source mention, or None when it is no body or person."""
    s, text = u.s, art.text
    start, end = s.starts[a], s.ends[b - 1]
    words = text[start:end]
    plural = s.lowers[verb].endswith(_PLURAL_ENDS)
    if s.lowers[a] in ("sie", "er"):  # after its verb: "peilt sie"; before it only plural bodies
        if a < verb and plural and s.lowers[a] == "sie":
            return _plural_pronoun(art, u, a, verb)  # "Die Fraktionen ... Sie tragen ... mit"
        return _pronoun(art, u, a, verb) if a > verb and not plural else None
    head = a + 1 if s.lowers[a] in _DETS else a
    low = s.lowers[head]
    if low in _PLACES or low.endswith(_NOT_BODIES):
        return None
    mention = _named(art, u, a, b, head)
    if mention is None and plural and head > a and _plural_body(s, head):
        mention = (" ".join(s.words[head:b]), "organisation")  # "Die Fraktionen tragen ... mit"
    if mention is None or (plural and head > a and mention[1] not in _BODY_KINDS):
        return None  # "Die Beamten überprüften 212 Personen": people doing, no body stating
    cue = s.lowers[verb]
    if s.words[b - 1] == ",":  # an apposition names the person or body the head describes
        open_at = s.words.index(",", head)
        mention = (" ".join(s.words[open_at + 1 : b - 1]), _kind(low))
        end = s.ends[b - 2]
        words = text[start:end]
    m = SourceMention(mention[0], mention[1], start, end, words, cue, "origin")
    return named(m, art.history, "de", text, art.classes)


def _named(art, u, a: int, b: int, head: int):
    """(name, kind) of a subject that can speak: a known source, a name the sentence finder
    takes for a source, a name of the sentences before, an acronym, or a description whose head
    is a body's or a person's noun; None for anything else."""
    s = u.s
    name = " ".join(s.words[head:b])
    known = known_source(name) or known_source(s.words[head])
    if known is not None:
        return None if known[1] == "place" else (known[0], known[1])
    for found, kind, start, _end in name_spans(art.text, u.s, "de"):
        if s.starts[a] <= start < s.ends[b - 1]:
            return found, kind
    word = s.words[head]
    by_form = _by_form(art, s, a, b, head, name)
    if by_form is not None:
        return None if by_form is _NOT_A_SPEAKER else by_form
    body = next((k for k in range(head, b) if _body_word(s, k, bare=head == a)), None)
    if body is not None and (head > a or body > head):  # "die Tierärztekammer", "Deutsche Bank"
        return name, _kind(s.lowers[body])
    return _named_before(art, u, word) if head == a else None  # a bare name named before


_NOT_A_SPEAKER = ("", "")


def _by_form(art, s, a: int, b: int, head: int, name: str):
    """(name, kind) of a subject an acronym or a role names, ``_NOT_A_SPEAKER``, or None when its
    form tells nothing. An acronym alone must have been introduced ("das Nationale Institut für
    Geophysik (INGV) ... nannte das INGV"; not a party's in a poll: "Die SPD liegt bei 13
    Prozent"); an unknown acronym with its article and more words is a body ("verbuchte die AOK
    Niedersachsen"); a person's role and a name are the person ("Vorstandschefin Annette Gerlach")."""
    word = s.words[head]
    acronym = word.isupper() and word.isalpha() and len(word) > 1
    if acronym and b == head + 1:
        return (word, "organisation") if f"({word})" in art.text[: s.start] else _NOT_A_SPEAKER
    if acronym and head > a and known_source(word) is None:
        return name, "organisation"
    if b - head >= 2 and backrefs.noun_class(s.lowers[head], "de") == "person":
        return " ".join(s.words[head + 1 : b]), "person"
    return None


def _body_word(s, k: int, bare: bool) -> bool:
    """Token k is a noun of a body, a person or a document (bare: in a name without a
    determiner, only one that ends as a body's noun does, "Deutsche Bank", not "Experten"); a
    single bare word must have been named before ("Stadtrat beschließt" in a headline is none)."""
    low = s.lowers[k]
    if not s.words[k][:1].isupper():
        return False
    if low.endswith(_BODY_ENDINGS):
        return True
    return not bare and backrefs.noun_class(low, "de") in ("institution", "person", "document")


def _named_before(art, u, word: str):
    """(name, kind) of a source the sentences before named with ``word`` in it, or introduced
    after a body's or a person's noun ("Der Küchengerätehersteller Brenntal"), or None."""
    for v in reversed(art.units[: art.units.index(u)]):
        for name, kind, a, b in name_spans(art.text, v.s, "de"):
            if word in name.split() or word in art.text[a:b].split():
                return name, kind
        s = v.s
        for j in range(1, s.n):
            if s.words[j] == word and _speaker_noun(s, j - 1):
                return word, _kind(s.lowers[j - 1])
    return None


def _kind(low: str) -> str:
    return "person" if backrefs.noun_class(low, "de") == "person" else "organisation"


def _speaker_noun(s, k: int) -> bool:
    """Token k is a capitalised noun of a body or a person ("Küchengerätehersteller", "Kasse")."""
    low = s.lowers[k]
    return s.words[k][:1].isupper() and (
        backrefs.noun_class(low, "de") in ("institution", "person") or low.endswith(_BODY_ENDINGS)
    )


def _nearest_agreeing(art, u, ref):
    """The nearest body or person before the pronoun, in its sentence or the one before it,
    that the pronoun agrees with ("die Führung um Vorstandschefin Miriam Calvelli ...: ...
    peilt sie"), as a mention, or None."""
    k = art.units.index(u)
    for v in (u, art.units[k - 1]) if k and not u.first else (u,):
        s = v.s
        for h in range(s.n - 1, -1, -1):
            if s.ends[h] > ref.start or not _speaker_noun(s, h):
                continue
            e = h + 1
            while e < s.n and e - h <= _NAME_WORDS and s.words[e][:1].isupper() and s.words[e].isalpha():
                e += 1
            a, b = s.starts[h], s.ends[e - 1]
            m = SourceMention(art.text[a:b], "organisation", a, b, art.text[a:b], "", "origin")
            person = backrefs.noun_class(s.lowers[h], "de") == "person"
            if gender_de.agrees(ref.word, m, person):
                name = " ".join(s.words[h + 1 : e]) if e > h + 1 and person else m.name
                return SourceMention(name, "person" if person else "organisation", a, b, m.text, "", "origin")
    return None


def _pronoun(art, u, a: int, verb: int):
    """ "Statt 150 Millionen Euro peilt sie nun 170 Millionen an": the pronoun subject resolved
    to the body or person it stands for (agreeing in gender), under the pronoun's span."""
    s, text = u.s, art.text
    low = s.lowers[a]
    cls = "person" if low == "er" else "any"
    ref = backrefs.BackRef(s.starts[a], s.ends[a], cls, s.lowers[verb], word=low)
    k = art.units.index(u)
    ante = (
        antecedent(art.history, ref, [])
        or named_before(text, "de", art.units, k, ref, art.history)
        or role_before(text, "de", art.units, k, ref)
        or _nearest_agreeing(art, u, ref)
    )
    if ante is None:
        return None
    return SourceMention(full_name(ante, text), ante.kind, ref.start, ref.end, s.words[a], ref.cue, "origin")


def _plural_body(s, k: int) -> bool:
    """Token k is the plural of a body's noun ("Fraktionen", "Gewerkschaften", "Kassen"): bodies
    that state and back things, not people doing them ("Die Beamten")."""
    low = s.lowers[k]
    if not s.words[k][:1].isupper():
        return False
    return any(low.endswith(p) and low[: -len(p)].endswith(_BODY_ENDINGS) for p in _BODY_PLURALS)


_BODY_PLURALS = ("en", "n")
_PLURAL_REACH = 2  # sentences back in its paragraph where a plural "Sie" finds its bodies


def _plural_pronoun(art, u, a: int, verb: int):
    """ "Die Fraktionen von CDU und FDP ... Sie tragen eine Anhebung auf 32 Prozent mit": a plural
    "Sie" opening its clause stands for the nearest plural bodies named before it in its
    paragraph (its own sentence or the two before), under the pronoun's span; None when none."""
    s, k = u.s, art.units.index(u)
    for j in range(k, max(-1, k - _PLURAL_REACH - 1), -1):
        v = art.units[j]
        last = a if j == k else v.s.n
        body = next((h for h in range(last - 1, -1, -1) if _plural_body(v.s, h)), None)
        if body is not None:
            name = v.s.words[body]
            return SourceMention(
                name, "organisation", s.starts[a], s.ends[a], s.words[a], s.lowers[verb], "origin"
            )
        if v.first:
            return None
    return None
