"""Direct quotations and their speakers.

Quotation marks are paired in one left-to-right pass that never crosses a line break, so
unbalanced marks cost nothing. Scare quotes around a name ("CNN") are not quotations.
"""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import ATTRIBUTION, WORDS
from ..sources.cues import VERBS
from ..sources.links import name_before_apposition
from ..sources.mentions import gazetteer_mentions
from .apposed_name import name_in_apposition
from .partial_speaker import partial_speaker
from .quote_spans import find_quote_spans

_SPEECH_EXTRA = {  # beside the speech verbs: words that introduce a quotation's speaker
    "de": frozenset(ATTRIBUTION["quote_speech_words_de"]),
    "en": frozenset(ATTRIBUTION["quote_speech_words_en"]),
}
_STOP = frozenset(WORDS["speaker_stops"])
PRONOUNS = frozenset(ATTRIBUTION["speaker_pronouns"])
_TOLD = frozenset(ATTRIBUTION["told_verbs"])
_PASSIVE_AUX_DE = frozenset(ATTRIBUTION["passive_auxiliaries_de"])
_VIA_CUES = frozenset(ATTRIBUTION["via_cues"])
_ADVERBIAL_EN = frozenset(ATTRIBUTION["adverbial_prepositions_en"])
_FUNCTION_EN = frozenset(WORDS["function_words_en"])


class QuoteInfo:
    __slots__ = ("close", "end", "speaker", "start", "via")

    def __init__(self, start, end, close):
        self.start, self.end, self.close = start, end, close
        self.speaker = None  # (name, start, end)
        self.via = []


def containing(quotes, starts, offset: int):
    """The quote (sorted by start, with ``starts`` their starts) that contains ``offset``, or None."""
    k = bisect_right(starts, offset) - 1
    if k >= 0 and quotes[k].start <= offset < quotes[k].end:
        return quotes[k]
    return None


def find_quotes(text: str, sents, lang: str):
    quotes = [QuoteInfo(a, b, c) for a, b, c in find_quote_spans(text)]
    if not sents:
        return quotes
    starts = [s.start for s in sents]
    last_person = None
    previous = None
    for q in quotes:
        _direct_speaker(q, sents, starts, lang)
        last_person = _known_speaker(q, last_person, previous, text)
        previous = q
    quotes.extend(_colon_speech(text, sents, lang, quotes, [q.start for q in quotes]))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _direct_speaker(q, sents, starts, lang: str) -> None:
    """The speaker named after the quote, else before it (or of a partial quote)."""
    s = _sentence_at(sents, starts, q.close - 1)
    if s is not None:
        _speaker_after(q, s, lang)
    if q.speaker is not None:
        return
    s0 = _sentence_at(sents, starts, q.start - 1)
    if s0 is not None:
        _speaker_before(q, s0, lang)
        if q.speaker is None and q.close - q.start < 80 and not _after_colon(s0, q.start):
            _speaker_of_partial(q, s0, lang)


def _after_colon(s, start: int) -> bool:
    """The quotation opening at ``start`` follows a colon: the clause before the colon
    introduces it, it is no partial quote of a speech verb further back ("Da die Liga einen
    Rekord meldete, fiel ihm die Prognose leicht: „...“")."""
    k = s.token_at(start - 1)
    return k > 0 and s.words[k - 1] == ":"


def _known_speaker(q, last_person, previous, text: str):
    """A pronoun speaker becomes the person named before; a quote without a speaker right
    after another is the same speaker's (the pronoun's words stay the mention, the words
    nearest the figures). Returns the last named person after ``q``."""
    if q.speaker and q.speaker[0].lower() in PRONOUNS:
        if last_person:
            q.speaker = (last_person[0], *q.speaker[1:3])
    elif q.speaker:
        return q.speaker
    elif last_person and previous is not None and _follows(previous, q, text):
        q.speaker, q.via = last_person, previous.via  # a second quote of the same speaker
    return last_person


def _follows(previous, q, text: str) -> bool:
    """Quote ``q`` follows ``previous`` closely, in the same paragraph."""
    return "\n" not in text[previous.end : q.start] and q.start - previous.end < 400


def _sentence_at(sents, starts, offset: int):
    k = bisect_right(starts, offset) - 1  # the last sentence starting at or before offset
    if k >= 0 and sents[k].start <= offset < sents[k].end + 1:
        return sents[k]
    return None


def _is_speech(low: str, lang: str) -> bool:
    return low in VERBS[lang] or low in _SPEECH_EXTRA[lang]


def _np(s, a: int, b: int, text_end: int | None = None):
    """Speaker phrase in tokens a..b-1, stopped at a preposition or punctuation."""
    k = a
    while (
        k < b
        and k - a < 8
        and s.lowers[k] not in _STOP
        and (s.words[k][0].isalnum() or (s.words[k] == "-" and k > a and s.ends[k - 1] == s.starts[k]))
    ):
        k += 1  # "der 55-Jährige": hyphenated words stay whole
    if k == a:
        return None
    start, end = s.starts[a], s.ends[k - 1]
    return s._text[start:end], start, end, k


def _via(q, s, k: int, lang: str) -> None:
    """Who passed the quote on: "told the BBC", "according to Reuters", "zitiert die dpa"."""
    if not _told_via(q, s, k):
        _cue_via(q, s, k)


def _told_via(q, s, k: int) -> bool:
    """ "told the BBC", "told Reuters" right after the speaker (at k)."""
    n = s.n
    if not (0 < k < n and s.lowers[k - 1] in _TOLD):
        return False
    j = k + 1 if s.lowers[k] == "the" else k
    e = _capitalised_end(s, j, alnum=True)
    if e == j:
        return False
    q.via.append((" ".join(s.words[j:e]), s.starts[j], s.ends[e - 1]))
    return True


def _capitalised_end(s, j: int, alnum: bool = False) -> int:
    """The end of up to four capitalised words from token j."""
    n = s.n
    e = j
    while e < n and e - j < 4 and s.words[e][0].isupper() and (not alnum or s.words[e][0].isalnum()):
        e += 1
    return e


def _cue_via(q, s, k: int) -> None:
    """A via cue a few words on from where the speaker ends (however long the quote was),
    before the end of the clause."""
    n = s.n
    stop = k + 40
    while k < n and k < stop:
        if (s.lowers[k] in _VIA_CUES or (s.lowers[k] == "zitiert" and k + 1 < n)) and _via_after(q, s, k):
            return
        if s.words[k] in (".", ";"):
            return
        k += 1


def _via_after(q, s, k: int) -> bool:
    """The capitalised name after the via cue at k ("according to", "zitiert"), if any."""
    n = s.n
    j = k + 1
    if s.lowers[k] == "according" and j < n and s.lowers[j] == "to":
        j += 1
    while j < n and s.words[j] in ('"', "„", "“", "»", "«"):
        j += 1
    if j >= n or not s.words[j][0].isupper():
        return False
    e = _capitalised_end(s, j)
    q.via.append((" ".join(s.words[j:e]), s.starts[j], s.ends[e - 1]))
    return True


def _named_apposition(s, k: int):
    """The end of ", Nora Haddad," at token k (two or three capitalised words), or None."""
    n = s.n
    if k >= n or s.words[k] != ",":
        return None
    q = k + 1
    while q < n and q - k <= 3 and s.words[q][0].isupper() and s.words[q].isalpha():
        q += 1
    if q > k + 2 and (q >= n or s.words[q] in (",", ".", ";")):
        return q
    return None


def _speaker_after(q, s, lang: str) -> None:
    """The speaker named after a quote: "„…“, wird X zitiert", "„…“, sagte X", "„…“, Smith
    said", "„…“, Mofidul Islam, a farmer, told the BBC"."""
    k = s.token_at(q.close)
    n = s.n
    while k < n and s.starts[k] < q.close:
        k += 1
    if k < n and s.words[k] in (",", "–", "-"):
        k += 1
    if k >= n:
        return
    low = s.lowers[k]
    if lang == "de" and low in _PASSIVE_AUX_DE:
        _quoted_by(q, s, k, lang)
    elif _is_speech(low, lang):
        _verb_then_speaker(q, s, k, lang)
    else:
        _speaker_then_verb(q, s, k, lang)


def _quoted_by(q, s, k: int, lang: str) -> None:
    """ "„…“, wird der Minister zitiert"."""
    n = s.n
    e = k + 1
    while e < n and e - k < 8 and s.lowers[e] not in ("zitiert", ",", "."):
        e += 1
    if e < n and s.lowers[e] == "zitiert" and e > k + 1:
        q.speaker = (" ".join(s.words[k + 1 : e]), s.starts[k + 1], s.ends[e - 1])
        _via(q, s, e + 1, lang)


def _verb_then_speaker(q, s, k: int, lang: str) -> None:
    """ "„…“, sagte X" (the verb at k), with a person in apposition after a role: "sagte die
    Leiterin der Delegation, Nora Haddad, der dpa"."""
    np = _np(s, k + 1, s.n)
    if not np:
        return
    q.speaker = np[:3]
    end = np[3]
    named = _named_apposition(s, np[3])
    if named:
        a, b = s.starts[np[3] + 1], s.ends[named - 1]
        q.speaker = (s._text[a:b], np[1], b)
        end = named
    _via(q, s, end, lang)


def _speaker_then_verb(q, s, k: int, lang: str) -> None:
    """ "Smith said", "the ministry said in a statement", "sagte er"; "Mofidul Islam, a farmer
    in Morigaon district, told the BBC"."""
    n = s.n
    e = k
    while e < n and e - k < 6 and not _is_speech(s.lowers[e], lang) and s.words[e][0].isalnum():
        e += 1
    if e < n and e > k and _is_speech(s.lowers[e], lang):
        q.speaker = (" ".join(s.words[k:e]), s.starts[k], s.ends[e - 1])
        _via(q, s, e + 1, lang)
        return
    if e < n and e > k and s.words[e] == "," and all(s.words[t][0].isupper() for t in range(k, e)):
        c = e + 1
        while c < n and c - e <= 10 and s.words[c] not in (",", ".", ";"):
            c += 1
        if c + 1 < n and s.words[c] == "," and _is_speech(s.lowers[c + 1], lang):
            q.speaker = (" ".join(s.words[k:e]), s.starts[k], s.ends[e - 1])
            _via(q, s, c + 2, lang)


def _speaker_before(q, s, lang: str) -> None:
    """ "Smith said: „…“", "sagte Kim:", "Müller sagte laut dpa: „…“"."""
    k = s.token_at(q.start - 1)
    j = k - 1
    if j < 1 or s.words[j] != ":":
        return
    verb = None
    for v in range(j - 1, max(-1, j - 7), -1):
        if _is_speech(s.lowers[v], lang):
            verb = v
            break
        if not s.words[v][0].isalnum():
            return
    if verb is None:
        return
    after = _speaker_after_verb(q, s, verb + 1, j, lang)
    if after < j:
        q.speaker = (" ".join(s.words[after:j]), s.starts[after], s.ends[j - 1])
        return
    a = verb
    while a > 0 and verb - a < 5 and s.words[a - 1][0].isalnum() and not _is_speech(s.lowers[a - 1], lang):
        a -= 1
    if a < verb:
        q.speaker = (" ".join(s.words[a:verb]), s.starts[a], s.ends[verb - 1])
    elif verb > 2 and s.words[verb - 1] == ",":
        q.speaker = name_before_apposition(s, verb - 1) or name_in_apposition(s, verb - 1)


def _speaker_after_verb(q, s, after: int, j: int, lang: str) -> int:
    """Where the speaker after the verb of "sagte Kim:" starts, or the colon ``j``: not after
    "sagte laut dpa:" (the via taken), "He said after the hearing:" (when, not who)."""
    if after < j and s.lowers[after] in _VIA_CUES:
        _via(q, s, after, lang)
        return j
    if lang == "en" and after < j and (s.lowers[after] in _ADVERBIAL_EN or _has_subject(s, after - 1)):
        return j  # "He told reporters:", "Coyle said afterwards:": the subject before the verb speaks
    return after


def _has_subject(s, verb: int) -> bool:
    """English: a pronoun or a name stands right before the verb at ``verb`` as its subject ("He
    told", "Coyle said"), not a break or an adverb ("..., said the minister:", "Then said X:")."""
    low = s.lowers[verb - 1] if verb > 0 else ""
    return low in PRONOUNS or (s.words[verb - 1][0].isupper() and low not in _FUNCTION_EN)


def speaker_before_colon(s, start: int, lang: str):
    """The speaker (name, start, end) of a quotation opening at ``start`` in sentence ``s``
    after "X said:", or None."""
    q = QuoteInfo(start, start, start)
    _speaker_before(q, s, lang)
    return q.speaker


def _speaker_of_partial(q, s, lang: str) -> None:
    """ "Der Trainer sagte, man werde „in Ruhe analysieren“": a short quote inside a sentence
    whose speech verb comes before it is that verb's subject's."""
    q.speaker = partial_speaker(s, s.token_at(q.start - 1), lang)


_AS = frozenset(ATTRIBUTION["as_openers"])


def _colon_speech(text: str, sents, lang: str, quotes, starts):
    """Reported speech after "X sagte:" without quotation marks."""
    out = []
    for s in sents:
        if text.find(":", s.start, s.end) == -1:
            continue  # no colon: no need to tokenise the sentence
        for c, w in enumerate(s.words):
            if w != ":" or c == 0 or c + 4 >= s.n:
                continue
            if s.words[c + 1][0] in '"„“»«‚':
                continue
            if not _is_speech(s.lowers[c - 1], lang) or (c > 1 and s.words[c - 1][0].isupper()):
                continue  # "... than the United States: 97,800": a capitalised name, no speech verb
            start, end = s.starts[c + 1], s.end
            if containing(quotes, starts, start) is not None:
                continue
            a = c - 1
            while a > 0 and c - 1 - a < 4 and s.words[a - 1][0].isalnum():
                a -= 1
            if s.lowers[a] in _AS or (a and s.lowers[a - 1] in _AS) or _as_clause(s, c):
                continue  # "wie die Behörde weiter mitteilte: ...": an attribution, no speech
            q = QuoteInfo(start, end, end)
            if a < c - 1:
                q.speaker = (" ".join(s.words[a : c - 1]), s.starts[a], s.ends[c - 2])
            out.append(q)
            break
    return out


def _as_clause(s, c: int) -> bool:
    """The clause ending at the colon (token c) opens with "wie"/"as" ("wie eine Umfrage zeigt:")."""
    j = c - 1
    while j > 0 and s.words[j - 1] not in (",", ";", ":", "–", "-"):
        j -= 1
    return s.lowers[j] in _AS


def gazetteer_via(s):
    return gazetteer_mentions(s)
