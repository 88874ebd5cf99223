"""English: which noun phrases can be a source. After a verb of saying ("said", "told",
"according to") any phrase can, but a remainder or a time ("the rest say", "the night"); after
the other cues ("gave", "put", "questioned") a phrase the gazetteer does not know names a source
when it holds a name, a pronoun, a body, person or role noun ("the station", "the retailer",
"Defense attorneys") or an information noun ("a survey", "the update"): "the roof gave way",
"the youngest adults questioned" name none."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DISCOURSE, SOURCE_NOUNS
from ..numbers.numerals import is_english_number_word
from ..text.phrases import is_info_head
from .mentions import ARTICLES, Mention, known_source, source_noun
from .pruning import reported_subject

_PEOPLE_HEADS = frozenset(ATTRIBUTION["people_heads"])
_PRONOUNS = frozenset(ATTRIBUTION["subject_pronouns_en"])
_HEADS = frozenset(ATTRIBUTION["speaking_heads_en"])
_SUFFIXES = tuple(ATTRIBUTION["speaking_suffixes_en"])
_RELEASES = tuple(DISCOURSE["en"]["release_stems"]) + tuple(ATTRIBUTION["document_heads_en"])
_SAYING = frozenset(ATTRIBUTION["speaking_cues_en"])
_NOT_SPEAKERS = frozenset(ATTRIBUTION["non_speaker_heads_en"])
_INFORMATION = frozenset(ATTRIBUTION["information_heads_en"])
_TOLD = frozenset(ATTRIBUTION["told_verbs"])
# "said in its annual report", "said on its website": a phrase of place or medium, no speaker
_PP_AFTER_VERB = frozenset(ATTRIBUTION["prepositions_after_verb"])
_FROM_REACH = 3  # words before "from" in which its information noun stands ("estimates drawn from")


def from_source(s, a: int, b: int, cue_at: int) -> bool:
    """ "data from the ONS", "estimates drawn from the survey", "from the club's accounts": a
    phrase (tokens a to b) after "from" (token ``cue_at``) is a source when it or the words just
    before "from" hold an information noun; "£6.1m from a council tax increase", "income came
    from central government" tell where money comes from."""
    for k in (*range(max(0, cue_at - _FROM_REACH), cue_at), *range(a, b)):
        low = s.lowers[k]
        if low in _INFORMATION or is_info_head(low) or low.startswith(_RELEASES):
            return True
    return False


def may_speak(s, span, cue: str) -> bool:
    """The phrase ``span`` of sentence ``s``, attributed by the cue word ``cue``, is a source."""
    if s.lowers[span[1] - 1] in _NOT_SPEAKERS:
        return False
    return cue.lower() in _SAYING or can_speak(s, span)


def can_speak(s, span) -> bool:
    """The phrase ``span`` of sentence ``s`` names someone who can speak."""
    a, b = span
    lowers, words = s.lowers, s.words
    for k in range(a, b):
        low = lowers[k]
        if low in _HEADS or low in _PEOPLE_HEADS or low in _PRONOUNS or is_info_head(low):
            return True
        if low.startswith(_RELEASES) or source_noun(s, k, "en"):
            return True
        if words[k][:1].isupper() and (k > 0 or _name_opens(low)):
            return True
    head = lowers[b - 1]
    return len(head) > 4 and head.endswith(_SUFFIXES)


def _name_opens(low: str) -> bool:
    """A capital opening the sentence is a name unless the word is an article or a number
    ("The market", "Twenty-three new")."""
    return low not in ARTICLES and not is_english_number_word(low.split("-")[0])


def not_after_its_verb(s, m, cue) -> bool:
    """The mention ``m`` after the cue verb is no source: a preposition opens the words after
    the verb, it is the subject of a reported clause, or (not after "told") what is expected
    ("expected Bank Rate to fall to 3.25%")."""
    k = m.i1
    if s.lowers[cue.i1] in _PP_AFTER_VERB or reported_subject(s, k):
        return True
    return cue.text not in _TOLD and k + 1 < s.n and s.lowers[k] == "to" and s.words[k + 1].islower()


_OWNER_AT = 3  # tokens of a colon intro in which its owner's possessive stands


def colon_owner(s) -> list:
    """ "The council's key proposals to close the gap include:": a sentence that introduces a list
    with a colon and opens with a body's possessive names that body as the list's source, as
    [(mention, cue, role)] (the cue empty), or []."""
    if s.n < 3 or s.words[-1] != ":":
        return []
    for k in range(min(_OWNER_AT, s.n - 1)):
        w = s.words[k]
        if not w.endswith(("'s", "’s")):
            continue
        stem = w[:-2]
        low = stem.lower()
        body = (
            low in _HEADS
            or low in SOURCE_NOUNS["en"]
            or (stem[:1].isupper() and known_source(stem) is not None)
        )
        if not body:
            return []
        a = k - 1 if k and s.lowers[k - 1] in ARTICLES else k
        kind = SOURCE_NOUNS["en"].get(low, (None, "organisation"))[1]
        return [(Mention(a, k + 1, stem if stem[:1].isupper() else low, kind), "", "origin")]
    return []
