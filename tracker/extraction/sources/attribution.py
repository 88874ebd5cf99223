"""Which mentions of a sentence attribute its figures, with the cue and the role in a chain.

Rules, in short (see the tests for examples):
- a mention right after a cue such as "laut", "nach Angaben der", "according to", "citing";
- a mention right before "zufolge";
- a mention next to a speech or report verb of its clause ("Westliche Experten geben an",
  "said a senior US official", "US officials told CNN");
- media relaying an origin are ``relay``; the source after "citing"/"heißt es aus" is ``origin``.
"""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ..text.phrases import POSSESSIVES, RELATIVE
from . import court
from .appositions_en import role_apposition
from .asides_en import sampled
from .authors_en import authors_after_by
from .candidates import sentence_mentions
from .commission import drop_commissioners
from .cues import (
    ADJ_ENDINGS,
    AUXILIARIES,
    CLAUSE_BREAKS,
    COORD,
    INFO_HEADS,
    MEDIA,
    NEED_NOUN,
    SKIPPABLE,
    VERBS,
    chain_start,
    find_cues,
)
from .generic import cue_phrase_sources
from .info import method_only, source_label
from .links import (
    AFFILIATION,
    REPORTS,
    apposed_name,
    apposed_subject,
    author_of_report,
    commission_gap,
    commissioning_media,
    drop_affiliations,
    drop_reported_subjects,
    figureless_relative_clause,
    framed_subject,
    gap_ok,
    passive_recipient,
    speaker_before_affiliation,
    subject_before_relay,
    told_outlet,
)
from .mentions import Mention, person_near, source_noun
from .not_speaking_de import asks_a_price
from .noun_cues_en import noun_before_be
from .pruning import drop_other_clauses, prune, roles
from .recipients_en import reported_to
from .relying_de import may_relay, with_relays
from .speakers_en import from_source, not_after_its_verb

_TOLD = frozenset(ATTRIBUTION["told_verbs"])
_QUOTING = frozenset(ATTRIBUTION["quoting_verbs_en"])
_QUALIFIERS = frozenset(ATTRIBUTION["source_qualifiers"])


def _is_apposition(s, m) -> bool:
    """ "The council's finance chief, Craig Cowley, told": a role, a comma and a name."""
    return m.kind == "person" and "," in s.words[m.i0 : m.i1]


def _skip(s, a: int, b: int) -> bool:
    """Only articles, quote marks and adjectives between a cue and its source."""
    return all(
        s.lowers[k] in SKIPPABLE
        or (s.words[k][0].islower() and s.words[k].endswith(ADJ_ENDINGS))
        or s.lowers[k] in _QUALIFIERS  # "per the latest Ipsos political monitor"
        for k in range(a, b)
    )


def attributed(s, lang: str, mentions=None, cues=None, blocked=()):
    """[(Mention, cue_text, role)] of one sentence, origins first. ``blocked`` token indices
    (the claims' own words) are never part of a source."""
    if cues is None:
        cues = find_cues(s, lang)
    hearing = court.might_apply(s, lang)
    if not cues and not hearing:
        return []
    if lang == "en":  # "its annual Global Trends report", "The next jobs report, ..., is due"
        cues = [c for c in cues if not (_possessed_noun(s, c) or noun_before_be(s, c))]
    if mentions is None:
        mentions = sentence_mentions(s, lang)
    taken = set(blocked)
    mentions = _free_mentions(s, lang, mentions, cues, taken)
    mentions = _with_speakers(s, lang, mentions, cues, taken)
    linked = _linked(s, lang, mentions, cues, blocked)
    _phrase_sources(s, lang, cues, mentions, linked, taken)
    if linked:
        prune(s, lang, mentions, linked)
        drop_other_clauses(s, cues, linked, blocked)
        court.drop_listeners(s, lang, linked)
    _refine(s, lang, cues, mentions, linked)
    if hearing:
        court.apply(s, lang, linked, blocked)
    if not linked:
        return []
    chosen = sorted(linked.values(), key=lambda x: x[0].i0)
    found = roles(chosen, lang)
    return with_relays(s, found) if lang == "de" and may_relay(s) else found


def sentence_attributed(s, lang: str):
    """``attributed(s, lang)``, nothing blocked: found once per sentence (``s.memo``); read only."""
    found = s.memo.get(("attributed", lang))
    if found is None:
        found = s.memo[("attributed", lang)] = attributed(s, lang)
    return found


def _linked(s, lang: str, mentions, cues, blocked) -> dict:
    """id(mention) -> (mention, cue text) for each mention a cue attributes (its first cue)."""
    linked = {}
    for m in mentions:
        for cue in cues:
            if _links(s, lang, m, cue, mentions, blocked):
                linked.setdefault(id(m), (m, cue.text))
    return linked


def _phrase_sources(s, lang: str, cues, mentions, linked, taken) -> None:
    """Sources that only the cue's phrase shows: "told Reuters", an apposed subject, "the
    figures showed", commissioned media ("for the Evening Standard")."""
    if lang == "en":
        _told_outlets(s, cues, mentions, linked, taken)
    _apposed_subjects(s, lang, cues, mentions, linked, taken)
    cue_phrase_sources(s, lang, cues, mentions, linked, taken)
    if linked and lang == "en":
        subject_before_relay(s, cues, mentions, linked)
    if linked and ("für" in s.low_set or "for" in s.low_set):
        commissioning_media(s, mentions, linked)


def _refine(s, lang: str, cues, mentions, linked) -> None:
    """Coordinated sources share a cue; authors after "by", speakers before an affiliation and
    a report's author stand for the words they belong to; reported subjects and affiliations
    go when another source is linked."""
    _share_coordinated(s, mentions, linked)
    if lang == "en":
        authors_after_by(s, linked)
    if linked and not AFFILIATION.isdisjoint(s.low_set):
        speaker_before_affiliation(s, mentions, linked)
    if linked and not REPORTS.isdisjoint(s.low_set):
        author_of_report(s, mentions, linked)
    if len(linked) > 1:
        drop_reported_subjects(s, cues, linked)
        drop_affiliations(s, linked)
    if linked:
        drop_commissioners(s, linked)


def _free_mentions(s, lang: str, mentions, cues, taken):
    """The mentions clear of the claims' words (``taken``), without a cue verb they swallowed
    ("The group estimates that ...": the verb is no part of the source phrase); their tokens
    are added to ``taken``."""
    mentions = [m for m in mentions if taken.isdisjoint(range(m.i0, m.i1))]
    verbs = {c.i0 for c in cues if c.kind == "verb"}
    if verbs:
        mentions = [
            Mention(m.i0, m.i1 - 1, source_label(s, m.i0, m.i1 - 1, lang), m.kind)
            if m.i1 - 1 in verbs and m.i1 - 1 > m.i0
            else m
            for m in mentions
        ]
    for m in mentions:
        taken.update(range(m.i0, m.i1))
    return mentions


def _with_speakers(s, lang: str, mentions, cues, taken):
    """The mentions with the person beside each cue verb that no mention covers yet."""
    for cue in cues:
        if cue.kind != "verb":
            continue
        p = person_near(s, cue.i0, lang, taken)
        if p and p.i1 - p.i0 == 1 and p.i1 == cue.i0 and cue.text not in _SPEECH_VERBS:
            continue  # "Albuquerque recorded 105 homicides": a place that counts, no speaker
        if p and lang == "de" and asks_a_price(cue, (p.i0, p.i1)):
            continue  # "verlangten Vermieter 16 Euro": sellers asking a price
        if p and not any(m.i0 < p.i1 and p.i0 < m.i1 for m in mentions) and not method_only(s, (p.i0, p.i1)):
            mentions = [*mentions, p]
            taken.update(range(p.i0, p.i1))
    return mentions


def _links(s, lang: str, m, cue, mentions, blocked) -> bool:
    """Cue ``cue`` attributes mention ``m``: a preposition right before it ("laut Polizei"),
    "zufolge" right after it, or a verb of its clause before or after it."""
    if cue.kind == "prep":
        return _prep_links(s, lang, m, cue)
    if cue.kind == "after":
        return m.i1 <= cue.i0 and cue.i0 - m.i1 <= 1
    if cue.kind == "verb":
        return _verb_links(s, lang, m, cue, mentions, blocked)
    return False


def _prep_links(s, lang: str, m, cue) -> bool:
    if not (cue.i1 <= m.i0 and _skip(s, cue.i1, m.i0) and m.i0 - cue.i1 <= 3):
        return False
    if cue.text in NEED_NOUN[lang] and not _noun_ok(s, m, lang, cue.text):
        return False
    if cue.text == "from" and not _MOVED_FROM.isdisjoint(s.lowers[max(0, cue.i0 - 3) : cue.i0]):
        return False  # "transferred money from the hospice's accounts": where money came from
    if cue.text == "from" and lang == "en" and not from_source(s, m.i0, m.i1, cue.i0):
        return False  # "£6.1m from a council tax rise", "income came from central government"
    return not (m.strict and m.i0 != cue.i1)


_MOVED_FROM = frozenset(ATTRIBUTION["moved_from_en"])
_ADDRESSEE_DE = frozenset(ATTRIBUTION["addressee_prepositions_de"])


def _verb_links(s, lang: str, m, cue, mentions, blocked) -> bool:
    if (cue.text in NEED_NOUN[lang] and m.kind == "person") or figureless_relative_clause(s, cue.i0, blocked):
        return False
    limit = 1 if m.strict else 3
    listener = cue.text in _TOLD and m.kind not in MEDIA  # "told members the authority"
    if cue.i1 <= m.i0 and not listener and _object_of_subject(s, lang, m, cue, mentions, blocked):
        return reported_to(s, m, cue)  # an object, unless reported to it ("... to WHO")
    if m.i1 <= cue.i0 and (
        _subject_of_verb(s, lang, m, cue, limit, blocked)
        or commission_gap(s, m, cue.i0)
        or framed_subject(s, m, cue)
        or passive_recipient(s, m, cue)
    ):
        return True
    return (
        cue.i1 <= m.i0
        and not listener
        and gap_ok(s, cue.i1, m.i0, limit)
        and _speaks_after_verb(s, lang, m, cue)
    )


def _speaks_after_verb(s, lang: str, m, cue) -> bool:
    """The mention after the verb may be its speaker: in English not one the verb does not
    govern; in German not whom a demand is addressed to ("fordert von der Landesregierung")."""
    if lang == "en":
        return not not_after_its_verb(s, m, cue)
    return not (cue.i1 < m.i0 and s.lowers[cue.i1] in _ADDRESSEE_DE)


def _object_of_subject(s, lang: str, m, cue, mentions, blocked) -> bool:
    """English: the mention after the verb is its object, the verb has a subject of its own
    (not the one quoted: "State television quoted Li Wenhua as saying")."""
    told = cue.text in _TOLD and m.kind in MEDIA
    return lang == "en" and cue.text not in _QUOTING and not told and _has_subject(s, cue, mentions, blocked)


def _subject_of_verb(s, lang: str, m, cue, limit: int, blocked) -> bool:
    """The mention before the verb is its subject: in apposition (", said"), right before it,
    or (German) with only the claims' words between."""
    if cue.i0 == m.i1 + 1 and s.words[m.i1] == "," and _is_apposition(s, m):
        return True
    return _before_verb(s, m, cue.i0, lang, limit) or (
        _gap_over_claims(s, m.i1, cue.i0, limit, blocked) if lang == "de" else sampled(s, m, cue, blocked)
    )


def _told_outlets(s, cues, mentions, linked, taken) -> None:
    """ "officials told Reuters": the outlet after "told" relays."""
    for cue in cues:
        if cue.text in _TOLD:
            m = told_outlet(s, cue.i1, taken)
            if m is not None:
                mentions.append(m)
                taken.update(range(m.i0, m.i1))
                linked[id(m)] = (m, cue.text)


def _apposed_subjects(s, lang: str, cues, mentions, linked, taken) -> None:
    """ "..., the ministry's spokesman, said": the subject in apposition before a cue verb."""
    for cue in cues:
        if cue.kind == "verb" and cue.i0 > 3 and s.words[cue.i0 - 1] == ",":
            m = apposed_subject(s, cue.i0, lang) or apposed_name(s, cue.i0, lang)
            if m is None or any(x.i1 > m.i0 and x.i0 < cue.i0 for x, _ in linked.values()):
                continue
            inside = [x for x in mentions if m.i0 <= x.i0 and x.i1 <= m.i1]
            for x in inside or [m]:
                if x is m:
                    mentions.append(m)
                    taken.update(range(m.i0, m.i1))
                linked[id(x)] = (x, cue.text)


def _share_coordinated(s, mentions, linked) -> None:
    """Coordinated sources share the cue: "laut Polizei und Feuerwehr", "ukrainischen und US-"."""
    for m in mentions:
        if id(m) in linked:
            continue
        for other in mentions:
            if id(other) not in linked:
                continue
            if _coordinated(s, other, m) or _coordinated(s, m, other):
                linked[id(m)] = (m, linked[id(other)][1])
                break


def _verb_start(s, i: int, lang: str) -> int:
    """Where the subject of the verb at i must end: before "is expected to", or before a relative
    clause between them ("Die Bundesagentur (BA), die die Zahlen erhebt, bezifferte")."""
    i = chain_start(s, i, lang)
    words = s.words
    if i > 2 and words[i - 1] == ",":
        q = i - 2
        while q > 0 and i - q < 14 and words[q] != ",":
            q -= 1
        opens = s.lowers[q + 1] in RELATIVE or (lang == "en" and role_apposition(s, q + 1, i - 1))
        if q > 0 and words[q] == "," and opens:
            return q  # "..., which ...,", "..., cabinet member for finance,"
    return i


_SPEECH_VERBS = frozenset(ATTRIBUTION["speech_verbs_past"])
_NOUN_LIKE_CUES = frozenset(ATTRIBUTION["noun_like_cues"])


def _possessed_noun(s, cue) -> bool:
    """ "its annual Global Trends report": a noun after a possessive, not the verb "report"."""
    if cue.kind != "verb" or s.lowers[cue.i0] not in _NOUN_LIKE_CUES:
        return False
    prev = s.words[cue.i0 - 1] if cue.i0 else ""
    if prev in AUXILIARIES or (prev[:1].islower() and prev.endswith("s") and not prev.endswith("ss")):
        return False  # "its partners estimate", "that X had forecast": a subject and its verb
    for k in range(cue.i0 - 1, max(-1, cue.i0 - 5), -1):
        low = s.lowers[k]
        if low in POSSESSIVES:
            return True
        if not s.words[k][0].isalpha() or low in VERBS["en"]:
            return False
    return False


_REPORTED_SPEECH = frozenset(ATTRIBUTION["konjunktiv_short"])


def _gap_over_claims(s, a: int, b: int, limit: int, claim_tokens) -> bool:
    """German verb-final clauses put the figure between the subject and its verb: "hatte das RKI
    etwa 3.000 Todesfälle gezählt", "habe die Polizei 40 Festnahmen gemeldet". The figure's own
    tokens are no gap."""
    if not claim_tokens or not _REPORTED_SPEECH.isdisjoint(s.low_set):
        return False  # "Die Polizei habe 310 Verdächtige ermittelt": whoever speaks is the source
    rest = [k for k in range(a, b) if k not in claim_tokens]
    return (
        len(rest) < b - a and len(rest) <= limit and all(s.words[k] not in CLAUSE_BREAKS for k in range(a, b))
    )


def _before_verb(s, m, i: int, lang: str, limit: int) -> bool:
    start = _verb_start(s, i, lang)
    if start == i:
        return gap_ok(s, m.i1, i, limit)
    return m.i1 <= start and gap_ok(s, m.i1, start, limit)


def _has_subject(s, cue, mentions, blocked=()) -> bool:
    """A mention stands right before the verb as its subject ("think tank Ember said")."""
    k = cue.i0 - 1
    if k >= 0 and s.words[k][0].isalpha() and (s.words[k][0].isupper() or source_noun(s, k, "en")):
        return True  # a name or a source noun right before the verb
    return any(
        m.i1 <= cue.i0
        and (m.i1 == cue.i0 or gap_ok(s, m.i1, cue.i0, 1 if m.strict else 3) or sampled(s, m, cue, blocked))
        for m in mentions
    )


def _coordinated(s, a, b) -> bool:
    """Mention a, then "und"/"and", maybe an article, then mention b."""
    k = a.i1
    if k >= s.n or s.lowers[k] not in COORD:
        return False
    k += 1
    if k < s.n and s.lowers[k] in SKIPPABLE:
        k += 1
    return k == b.i0


def _noun_ok(s, m: Mention, lang: str, cue: str) -> bool:
    """ "nach"/"so"/"wie" need a real source phrase after them, not "nach Russland"."""
    if m.strict:
        return False
    if cue == "nach":
        head = s.lowers[m.head]
        return head.endswith(INFO_HEADS) or s.lowers[m.i1 - 1].endswith(INFO_HEADS)
    return True
