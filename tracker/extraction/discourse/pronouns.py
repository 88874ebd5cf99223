"""Pronouns that speak: a quote whose speaker is "she" belongs to the person named just
before; "..., it added", "They said", "sagte er" stand for the source named in the sentences
just before (a person for he/she/er, an institution for it/es, either for they/sie)."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES
from ..sources.attribution import attributed
from ..sources.candidates import sentence_mentions
from ..sources.cues import MEDIA, VERBS, has_cue
from ..sources.mentions import ARTICLES, NOT_NAMES, Mention
from ..state import Attribution, QuoteSource
from ..text.clauses import positions
from .quotes import PRONOUNS
from .reported import KONJUNKTIV_RE

_PRONOUN_CLASS = {
    "en": {"it": "thing", "he": "person", "she": "person", "they": "any"},
    "de": {"er": "person", "sie": "any", "es": "thing"},
}


_PRONOUN_WORDS = {lang: frozenset(table) for lang, table in _PRONOUN_CLASS.items()}


def _pronoun_cue(s, lang: str):
    """The class of the pronoun that speaks in sentence s ("…, it added", "They said", "sagte er",
    "teilte sie … mit"), or None."""
    lowers = s.lowers
    if _PRONOUN_WORDS[lang].isdisjoint(s.low_set):
        return None
    verbs = VERBS[lang]
    words = s.words
    for k in positions(lowers, _PRONOUN_WORDS[lang]):
        low = lowers[k]
        if k + 1 < s.n and lowers[k + 1] in verbs and (k == 0 or words[k - 1] in _OPENERS):
            # ", it added", "They said", "Er sagte"; not "than it predicted", "said it would"
            return _PRONOUN_CLASS[lang][low], lowers[k + 1]
        if lang == "de" and k and lowers[k - 1] in verbs and (k == 1 or words[k - 2] in _OPENERS):
            # "…, sagte er in Berlin", "…, teilte sie am Montag mit"
            return _PRONOUN_CLASS[lang][low], lowers[k - 1]
    return None


_OPENERS = frozenset((",", ";", ":", "–", "—", "(", '"', "„", "“", "”", "»", "«", "'", "’"))


def pronoun_sources(states, quotes, lang: str, text: str) -> None:
    """A pronoun that speaks ("Prosecutors will seek up to £30m, it added", "They said 95% …",
    "…, sagte er in Berlin") stands for the source named in the sentences just before: a person
    for he/she/er, an institution for it/es, either for they/sie."""
    for k in range(1, len(states)):
        if not states[k].figures or not _may_speak(states, k, lang):  # most sentences: no call
            continue
        hit, first = _speaking_pronoun(states, k, lang, text)
        if hit is not None:
            _take_referent(states, k, first, hit, lang, text)


def _may_speak(states, k: int, lang: str) -> bool:
    """Sentence k has figures, a pronoun (here, or in German the sentence before) and no
    source with a cue ("Die Regierung werde …, kündigte er an": only a subject may go)."""
    st = states[k]
    if not st.figures:
        return False
    words = _PRONOUN_WORDS[lang]
    before = states[k - 1].sentence.low_set
    if words.isdisjoint(st.sentence.low_set) and (lang != "de" or words.isdisjoint(before)):
        return False
    return not any(isinstance(x, QuoteSource) or x.cue for x in st.sources)


def _speaking_pronoun(states, k: int, lang: str, text: str):
    """((class, verb) of the speaking pronoun, or None; the sentence to look back from)."""
    s = states[k].sentence
    hit = _pronoun_cue(s, lang)
    if hit is None and lang == "de" and k >= 2 and KONJUNKTIV_RE.search(text, s.start, s.end):
        # "…, sagte sie den Zeitungen. Ein Durchschnittsverdiener müsse 4 Euro mehr zahlen."
        before = states[k - 1]
        if not before.figures and not before.sources:
            return _pronoun_cue(before.sentence, lang), k - 2
    return hit, k - 1


def _take_referent(states, k: int, first: int, hit, lang: str, text: str) -> None:
    """Sentence k's sources become the first fitting source of the (up to three) sentences
    before ``first``, within its paragraph."""
    wanted, verb = hit
    s, sources = states[k].sentence, states[k].sources
    for back in range(first, max(-1, first - 3), -1):
        prev = states[back]
        if "\n\n" in text[prev.sentence.end : s.start]:
            return  # another paragraph, another story
        found = _referents(prev, wanted, lang)
        if found:
            sources[:] = [x for x in sources if not isinstance(x, Attribution)]
            sources.extend(Attribution(x.mention, verb, x.role, x.sentence) for x in found)
            return


def _referents(st, wanted: str, lang: str):
    """The sources of a sentence a pronoun can stand for (its first fitting one)."""
    s = st.sentence
    cands = [x for x in st.sources if isinstance(x, Attribution) and x.sentence is s]
    if not cands and not st.figures and has_cue(s, lang):
        cands = [Attribution(m, cue, role, s) for m, cue, role in attributed(s, lang)]
    if not cands and wanted != "thing":
        cands = [Attribution(m, "", "origin", s) for m in sentence_mentions(s, lang) if m.kind == "person"]
        if not cands:
            cands = opening_name(s)
    for x in cands:
        if _not_meant(x, wanted):
            continue
        person = x.mention.kind == "person" or _role_and_name(x.sentence, x.mention)
        if (wanted == "person") == person or wanted == "any":
            return [x]
    return []


_GROUPS = tuple(ATTRIBUTION["polled_groups"])


def _not_meant(x, wanted: str) -> bool:
    """ "it said" after "Analysts polled by LSEG ...": neither the data firm that relays nor the
    analysts are what the pronoun stands for."""
    if x.role == "relay" and x.mention.kind not in MEDIA:
        return True
    return wanted == "thing" and x.mention.name.lower().endswith(_GROUPS)


def _role_and_name(s, m) -> bool:
    """ "CDU-Generalsekretär Carsten Linnemann": a role noun followed by a name is a person."""
    words = s.words[m.i0 : m.i1]
    return len(words) >= 3 and all(w[0].isupper() for w in words[-3:]) and words[0].lower() not in ARTICLES


def opening_name(s):
    """ "Landrat Jochen Baumann machte …", "Chief executive Karin de Vries said …": the first run
    of two or more capitalised words (name particles allowed) that is no article phrase names a
    person."""
    words, n = s.words, s.n
    k = 0
    while k < n:
        if not (words[k][0].isupper() and words[k].isalpha()) or words[k] in NOT_NAMES:
            k += 1
            continue
        p = k + 1
        while p < n and (
            (words[p][0].isupper() and words[p].isalpha() and words[p] not in NOT_NAMES)
            or (s.lowers[p] in _NAME_PARTICLES and p + 1 < n and words[p + 1][0].isupper())
        ):
            p += 1
        after_number = k > 0 and words[k - 1][:1].isdigit()  # "410 Millionen Euro": an amount
        if (
            p - k >= 2
            and s.lowers[k] not in ARTICLES
            and _TIME_NAMES.isdisjoint(s.lowers[k:p])
            and not after_number
        ):
            return [Attribution(Mention(k, p, " ".join(words[k:p]), "person"), "", "origin", s)]
        k = p
    return []


_NAME_PARTICLES = frozenset(ATTRIBUTION["name_particles"])
# "Ende September", "Anfang Mai": a time, no name
_TIME_NAMES = frozenset(
    w for lang in ("de", "en") for w in (*DATES["months"][lang], *DATES["weekdays"][lang])
)


def resolve_pronoun_speakers(quotes, sents, text: str, lang: str) -> None:
    """ "Chief executive Karin de Vries said demand had weakened. "…," she told analysts": a
    quote whose speaker is a pronoun, with no named speaker before it, belongs to the person
    named in the sentence before."""
    if not quotes:
        return
    for q in quotes:
        if not q.speaker or q.speaker[0].lower() not in PRONOUNS or q.speaker[0].lower() in ("it", "es"):
            continue
        k = next((i for i, s in enumerate(sents) if s.start <= q.start < s.end), None)
        if not k:
            continue
        prev = sents[k - 1]
        if "\n\n" in text[prev.end : q.start]:
            continue
        people = [m for m in sentence_mentions(prev, lang) if m.kind == "person"]
        found = [Attribution(m, "", "origin", prev) for m in people if " " in m.name] or opening_name(prev)
        if found:
            m = found[0].mention
            a, b = prev.starts[m.i0], prev.ends[m.i1 - 1]
            q.speaker = (text[a:b], *q.speaker[1:3])  # the name, at the pronoun's words (nearest)
