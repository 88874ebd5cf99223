"""German: the words nearest a carried figure that stand for its source.

A source carried to a sentence of its account may stand in that sentence as its subject, by a
pronoun or a description: "Nach Angaben eines Bahnsprechers fielen 1.900 Züge aus. Er senkte
die Prognose auf 60 Prozent", "Die Krankenkasse Nordsee ... Die Kasse zählte 2,4 Millionen",
"Für 2027 peilt sie 170 Millionen Euro an". The claims of such a sentence keep their source,
under the mention of those words (DESIGN.md: the mention span of the words nearest the claim).
The pronoun must agree with the source (``gender_de``), a description's head must be a word
of the source's own mentions ("Die Kasse" for "Krankenkasse Nordsee"), and a plural verb
("Sie lagen") makes "sie" no source.
"""

from __future__ import annotations

from . import backrefs
from ._engine import LEXICON, SourceMention
from .nearness import carried_alone, put_under

_DETS = frozenset(LEXICON["de"]["determiners"])
_PRONOUNS = dict(LEXICON["de"]["pronouns"])
_NOT_A_VERB = frozenset(LEXICON["de"]["determiners"]) | frozenset(
    ("und", "oder", "dass", "wie", "als", "ob", "weil", "wenn", "mit", "für", "von", "bei", "nach", "auf")
)
_SUBJECT_REACH = 8  # tokens: a subject after the verb stands among a sentence's first words
_COPULA = frozenset(("ist", "war", "sei", "wäre"))
_PLURAL = frozenset(("sind", "waren", "haben", "hatten", "werden", "wurden", "können", "konnten"))


def nearest_mentions(lang: str, text: str, units, sources) -> None:
    """The carried claims of each sentence take the sentence's subject pronoun or description
    that stands for their source as its mention."""
    if lang != "de":
        return
    names = None  # found at the first carried sentence (most articles have none)
    for _k, u, given in carried_alone(units, sources):
        if names is None:
            names = mention_words(sources)
        stand = _subject(text, u.s, given[0], names.get(given[0].name, ()))
        if stand is not None:
            put_under(u, sources, given, stand)


def mention_words(sources) -> dict:
    """Source name -> the lower-case words of all its mentions in the article."""
    names = {}
    for given in sources:
        for m in given:
            names.setdefault(m.name, set()).update(m.text.lower().replace("-", " ").split())
    return names


def _subject(text: str, s, m, words):
    """A mention of ``m`` at the sentence's subject pronoun or description, or None."""
    lowers = s.lowers
    for k in range(min(s.n - 1, _SUBJECT_REACH)):
        if s.words[k] in (",", ";", ":"):
            return None  # a clause before the subject: not this sentence's main subject
        if k and (
            not s.words[k - 1].isalpha() or lowers[k - 1] in _NOT_A_VERB or s.words[k - 1][0].isupper()
        ):
            continue  # the subject opens the sentence or follows its verb ("peilt sie", "kämpft der Konzern")
        low = lowers[k]
        if low in _PRONOUNS:
            verb = lowers[k + 1] if k == 0 else lowers[k - 1]
            if _agrees_as_pronoun(low, verb, m):
                return _mention(text, m, s.starts[k], s.ends[k])
            return None
        if low in _DETS and k + 1 < s.n and s.words[k + 1][:1].isupper():
            head = lowers[k + 1]
            cls = backrefs.noun_class(head, "de")
            if cls in ("institution", "person") and backrefs.fits(cls, m) and _names_it(head, words):
                return _mention(text, m, s.starts[k], s.ends[k + 1])
            return None
    return None


def _verb(s, k: int) -> bool:
    """Token k may be a finite verb: a lower-case word that is no article, conjunction or
    preposition."""
    w = s.words[k]
    return w.isalpha() and not w[0].isupper() and s.lowers[k] not in _NOT_A_VERB


def _agrees_as_pronoun(low: str, verb: str, m) -> bool:
    if low == "sie" and (verb.endswith("n") or verb in _PLURAL):
        return False  # "Sie lagen ...": a plural
    if verb in _COPULA or backrefs.is_backref_text(m.text, "de") == "document":
        return False  # "Sie ist die erste Frau ...": says what someone is; a study does not act
    return backrefs.fits(_PRONOUNS[low] if low == "er" else "any", m, low)


def _names_it(head: str, words) -> bool:
    """The description's head is (the tail of) a word of the source's mentions, also of one
    in the genitive ("Das Amt" for "des Landesamts", "des Landesamtes")."""
    return any(w.endswith(head) or _no_genitive(w).endswith(head) for w in words)


def _no_genitive(word: str) -> str:
    """ "landesamts", "landesamtes" -> "landesamt"."""
    return word[:-2] if word.endswith("es") else word.removesuffix("s")


def _mention(text: str, m, a: int, b: int) -> SourceMention:
    return SourceMention(m.name, m.kind, a, b, text[a:b], m.cue, m.role)
