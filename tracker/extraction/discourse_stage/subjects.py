"""A company named before and then the subject of a verb of its own results, by a word of its
name ("Kestrel earned 94 cents" after "Kestrel Holdings"): the source of its figures."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention, sentence_names

_RESULT_VERBS = {lang: frozenset(LEXICON[lang]["own_result_verbs"]) for lang in ("de", "en")}
_OPENING = 6  # tokens of an opening phrase before the subject ("Excluding items, Kestrel earned")


def short_name_subject(art, u) -> list:
    """ "Excluding items, Kestrel earned 94 cents", "Kestrel ended the period with 212 stores",
    "Unter dem Strich verdiente Velmar 174 Millionen Euro": a word of an organisation's name
    named before, as the subject of a verb of its own results, is its source (DESIGN: a
    company reporting its results); the claims with no source of their sentence take it."""
    found = _result_subject(u.s, art.lang)
    if found is None:
        return _abbreviation_subject(art, u)
    s, (at, verb) = u.s, found
    word = s.words[at]
    if not word[:1].isupper() or len(word) < _SHORT_NAME:
        return []
    named = _organisation_named_before(art, u, word)
    if named is None:
        return []
    mention = SourceMention(named[0], named[1], s.starts[at], s.ends[at], word, s.lowers[verb], "origin")
    return own_subject(art, u, mention)


def own_subject(art, u, mention) -> list:
    """The sentence's subject ``mention`` given to its claims without a source in the sentence
    itself (its own subject, not a source carried from before); [mention]."""
    s = u.s
    for i in u.claims:
        if all(not s.start <= x.start < s.end for x in art.sources[i]):
            art.sources[i] = (mention,)
    return [mention]


def _result_subject(s, lang: str):
    """(subject, verb) token indices of a verb of own results with its subject: "Kestrel
    earned", "Unter dem Strich verdiente Velmar" (German: the verb in second place); or None."""
    verbs = _RESULT_VERBS[lang]
    k = s.words.index(",") + 1 if "," in s.words[:_OPENING] else 0
    if k + 1 < s.n and s.lowers[k + 1] in verbs:
        return k, k + 1
    if lang != "de":
        return None
    verb = next((j for j in range(1, min(s.n - 1, _OPENING)) if s.lowers[j] in verbs), None)
    return None if verb is None else (verb + 1, verb)


def _organisation_named_before(art, u, word: str):
    """(name, kind) of the organisation named before whose name holds ``word`` (the rest of
    its name from there), or a company described before ("der Chipzulieferer Velmar"); or None."""
    for v in art.units[: art.units.index(u)]:  # the names of the sentences before (rarely reached)
        for m in sentence_names(art.text, v.s, art.lang):
            parts = m.name.split()
            if m.kind != "person" and word in (parts if art.lang == "de" else parts[:-1]):
                return " ".join(parts[parts.index(word) :]), m.kind
    if art.lang == "de" and _described_company(art, u, word):
        return word, "organisation"
    return None


_DESCRIPTORS = tuple(LEXICON["de"]["company_descriptors"])


def _described_company(art, u, word: str) -> bool:
    """The word stands right after a noun that describes a company in a sentence before
    ("Der Münchner Chipzulieferer Velmar hat ...")."""
    for v in art.units[: art.units.index(u)]:
        words = v.s.words
        for j in range(1, len(words)):
            if words[j] == word and v.s.lowers[j - 1].endswith(_DESCRIPTORS) and words[j - 1][:1].isupper():
                return True
    return False


_SHORT_NAME = 4  # letters at least: a name, not an abbreviation or a word


def _abbreviation_subject(art, u) -> list:
    """ "The OBR cut its growth forecast to 1.1%" after "the Office for Budget Responsibility
    (OBR)": an abbreviation the article defined, as the subject that opens a sentence, stands
    for the name it abbreviates; the claims with no source of their own take it."""
    s = u.s
    k = 1 if s.lowers[0] in ("the", "die", "der", "das") else 0
    if k + 1 >= s.n or not s.words[k].isupper() or not s.words[k].isalpha() or not s.words[k + 1].islower():
        return []
    word = s.words[k]
    at = art.text.find("(" + word + ")", 0, s.start)
    if at < 0:
        return []
    name = _name_before(art.text, at)
    if not name:
        return []
    mention = SourceMention(name, "organisation", s.starts[k], s.ends[k], word, s.lowers[k + 1], "origin")
    for i in u.claims:
        if not art.sources[i]:
            art.sources[i] = (mention,)
    return [mention]


def _name_before(text: str, at: int) -> str:
    """The capitalised words (and "for", "of", "und", ...) right before offset ``at``."""
    words = text[max(0, at - _NAME_CHARS) : at].split()
    name = []
    for w in reversed(words):
        if not (w[:1].isupper() or (name and w in _NAME_JOINS)):
            break
        name.insert(0, w)
    while name and name[0] in _NAME_JOINS:
        name.pop(0)
    return " ".join(name)


_NAME_CHARS = 80  # characters of a name before its abbreviation in brackets
_NAME_JOINS = frozenset(("for", "of", "and", "on", "für", "und", "der", "des"))
