"""English: the subject of a clause that holds a figure and names no source.

"Eversource is reporting 478,340 outages", "the council expected cost pressures of £48.6m",
"United Illuminating now counts 3,120": a body that can speak, standing as the grammatical
subject before the verb that governs the figure, is where the figure comes from, whatever the
verb (no list of stating verbs). It is not when the verb is an acting verb (the body merely
does the counted thing: "Tesco sold 4 million turkeys", "Police arrested 38 people"), a form of
"be", or when the subject is a place, a time or an event ("Storm Bert cut power to 40,000").
"""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES, DISCOURSE, WORDS
from ..text.phrases import is_info_head
from ..time.periods import dateline_end
from .candidates import sentence_mentions
from .info import guess_kind, source_label
from .mentions import Mention, gazetteer_mentions, known_source, source_noun

# the subject does the counted thing ("Tesco sold", "Ipsos interviewed") or is what the figure
# measures ("Labour gained two points", "claims climbed 18 per cent"): no source
_NOT_TELLING = frozenset(
    ATTRIBUTION["acting_verbs"]
    + ATTRIBUTION["measured_subject_verbs_en"]
    + WORDS["change_verbs"]
    + DATES["fieldwork_verbs"]
)
_PREPOSITIONS = frozenset(ATTRIBUTION["adverbial_prepositions_en"] + ["to", "from", "by", "with"])
_BE = frozenset(ATTRIBUTION["be_forms_en"])
_AUX = frozenset(ATTRIBUTION["finite_auxiliaries_en"])
_ADVERBS = frozenset(ATTRIBUTION["adverbs_before_verb_en"])
_FUNCTION = frozenset(WORDS["function_words_en"])
_NOT_NAMES = frozenset(WORDS["not_names"])
_PLACES = frozenset(ATTRIBUTION["place_names"])
_EVENTS = frozenset(ATTRIBUTION["event_heads"])
_CLAUSE_STARTS = frozenset(ATTRIBUTION["clause_subject_openers_en"])
_PAST = frozenset(ATTRIBUTION["past_forms_en"])
_MODALS = frozenset(("will",))
_SPEECH = frozenset(ATTRIBUTION["speech_verbs_past"])
_OWN_PASTS = frozenset(ATTRIBUTION["own_figure_pasts_en"])
_BALLOT = frozenset(ATTRIBUTION["ballot_verbs_en"])
_RECKONINGS = frozenset(ATTRIBUTION["reckoning_nouns_en"])
_OWN = frozenset(ATTRIBUTION["self_words"])
_CORPORATE = frozenset(DISCOURSE["corporate_suffixes"])
_FINDING = frozenset(ATTRIBUTION["showing_verbs_en"])
_RESEARCH = frozenset(DISCOURSE["en"]["research_verbs"])
_BELIEF = frozenset(ATTRIBUTION["belief_verbs_en"])
_COORDINATORS = frozenset(("and", "but"))
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_DETS = frozenset(("the",))
_SPEAKING_KINDS = frozenset(("government", "organisation", "intelligence", "military", "expert"))
_BREAKS = frozenset((",", ";", ":", "(", ")", "-", "–", "—", '"', "“", "”"))
_OPENERS = frozenset(ATTRIBUTION["opening_time_words_en"])
_OPENING = 5  # words at most of an opening phrase before its comma ("In late May,")
_ASIDE = 12  # words at most of an aside between commas after the subject
_PARTICLES = frozenset(ATTRIBUTION["verb_particles_en"])
_GAP = 4  # words at most between the verb and its figure ("expected cost pressures of")


def clause_subject(s, text: str, figures, blocked) -> list:
    """The subject mentions of the clauses that hold ``figures`` (first token indices), when
    each is a body or person that can speak and its verb is no acting verb."""
    if s.n < 4 or s.words[-1] not in (".", "!", "?", '"', "”"):
        return []  # a headline states, it reports no one
    found = []
    for a in _clause_starts(s, text):
        hit = _subject_at(s, a, text)
        if hit is None:
            continue
        m, v, publishes = hit
        if any(k in blocked for k in range(m.i0, v + 1)):
            continue
        if not (_governs(s, v, figures) or (publishes and any(f > v for f in figures))):
            continue
        if not any(x.i0 == m.i0 for x in found):
            found.append(m)
    return found or members_ballot(s, figures, blocked)


def members_ballot(s, figures, blocked) -> list:
    """ "Members of the Unite union at the site backed walkouts by 81%": the body whose members
    voted in a ballot is the source of its result (a percentage after the verb)."""
    k = next((j for j in range(s.n - 3) if s.lowers[j] == "members" and s.lowers[j + 1] == "of"), None)
    if k is None or (k and s.lowers[k - 1] not in _CLAUSE_STARTS):
        return []
    a = k + 3 if s.lowers[k + 2] in _DETS else k + 2
    e = _body_end(s, a)
    v = next((j for j in range(e, min(e + _GAP + 1, s.n)) if s.lowers[j] in _BALLOT), None)
    if e == a or v is None or any(j in blocked for j in range(k, e)):
        return []
    if not any(f > v and s.lowers[f + 1 : f + 2] == ["%"] for f in figures):
        return []  # "voted by 31 to 22": a count of votes, no ballot's share
    return [Mention(k + 2, e, source_label(s, a, e, "en"), "organisation", head=e - 1)]


def _body_end(s, a: int) -> int:
    """The end of a body's name from a: capitalised words and source nouns ("Unite union")."""
    e = a
    while e < s.n and e - a < 4 and (s.words[e][:1].isupper() or source_noun(s, e, "en")):
        e += 1
    return e


def coordinated_speaker(s, blocked, text: str = "") -> list:
    """ "The utility's chief executive, Joseph Nolan, called the storm the worst in a decade and
    said it could take up to eight days": a speech verb after "and" shares the subject that opens
    the sentence, when the figures follow it; so does a verb of findings after a verb of research
    ("Trenton tested approval ratings for the mayor and found ...")."""
    k = next(
        (j for j in range(2, s.n - 2) if s.lowers[j] in _COORDINATORS and _coordinated_telling(s, j)), None
    )
    if k is None or not any(j > k + 1 for j in blocked):
        return []
    a = _researcher_start(s, k)
    first = next((m for m in sentence_mentions(s, "en") if m.i0 <= a + 1 and m.i0 >= a and m.i1 < k), None)
    if first is None and text:
        first = _name_at(s, a, text)  # "Lena Marsh thanked the crews and said"
    if first is None or first.i1 >= k or any(j in blocked for j in range(first.i0, first.i1)):
        return []
    return [first]


def _researcher_start(s, k: int) -> int:
    """Where the subject of a verb of research before "and" at k starts when capitalised words
    after a comma name it ("In bleaker news, Trenton tested ... and found"), else 0."""
    r = next((j for j in range(1, k) if s.lowers[j] in _RESEARCH), None)
    if r is None or s.lowers[k + 1] in _SPEECH:
        return 0
    q = r
    while q > 0 and r - q < 4 and s.words[q - 1][:1].isupper():
        q -= 1
    return q if q < r and (q == 0 or s.words[q - 1] == ",") else 0


def _coordinated_telling(s, j: int) -> bool:
    """The verb after "and" or "but" at j tells: a speech verb or a verb of belief, or a verb of
    findings after a verb of research before it ("tested ... and found")."""
    low = s.lowers[j + 1]
    if s.lowers[j] == "but":  # "traced 52 victims, but believe ..."
        return low in _BELIEF
    return low in _SPEECH or low in _BELIEF or (low in _FINDING and not _RESEARCH.isdisjoint(s.lowers[:j]))


def by_reckoning(s, blocked) -> list:
    """ "by the authority's own reckoning", "by Oxfam's count": the possessor of a reckoning
    after "by" is the source of the figures of its sentence."""
    lowers = s.lowers
    for k in range(s.n - 3):
        if lowers[k] != "by":
            continue
        e = next((j for j in range(k + 1, min(k + 5, s.n)) if lowers[j].endswith(_POSSESSIVE)), None)
        if e is None or any(j in blocked for j in range(k, e + 1)):
            continue
        r = e + 2 if e + 1 < s.n and lowers[e + 1] in _OWN else e + 1
        if r < s.n and lowers[r] in _RECKONINGS:
            label = source_label(s, k + 1, e + 1, "en")
            name = label[:-2] if label.endswith(("'s", "’s")) else label[:-1]
            return [Mention(k + 1, e + 1, name, guess_kind(s, k + 1, e + 1, "en"), head=e)]
    return []


def own_subject(s, num: int, sources):
    """The sources of sentence ``s`` without the cue-less subjects of another clause than the
    figure at token ``num`` when its own clause has one ("Eversource is reporting 478,340
    outages and United Illuminating is reporting 3,120": each figure its own company), or None
    when none is to be dropped."""
    subjects = [x.mention for x in sources if getattr(x, "sentence", None) is s and not x.cue]
    if len(subjects) < 2:
        return None
    own = max((m for m in subjects if m.i0 <= num), key=lambda m: m.i0, default=None)
    if own is None:
        return None
    return [x for x in sources if getattr(x, "mention", own) is own or x.mention not in subjects]


def _clause_starts(s, text: str):
    """Token indices where a clause's subject may begin: the sentence's start or the word after
    its dateline ("AUSTIN, Texas, April 23 (Reuters) - Corvane Inc posted"), the word after
    an opening phrase of time or place and its comma ("In May, the insurer booked"), and the
    word after a clause opener ("and", "that", "while")."""
    yield 0
    end = dateline_end(s, text)
    if end is not None:
        k = next((j for j in range(1, s.n - 2) if s.starts[j] >= end), None)
        if k is not None:
            yield k
    if s.lowers[0] in _PREPOSITIONS or s.lowers[0] in _OPENERS:
        k = next((j for j in range(1, min(_OPENING + 1, s.n - 2)) if s.words[j] == ","), None)
        if k is not None and not any(s.words[j][:1].isdigit() for j in range(1, k)):
            yield k + 1
    for k, low in enumerate(s.lowers[:-2]):
        if low in _CLAUSE_STARTS:
            yield k + 1


def _subject_at(s, a: int, text: str):
    """(mention, verb index, whether it publishes) of a speaking subject from token a and the
    verb after it."""
    m = _known_at(s, a) or _body_at(s, a) or _name_at(s, a, text) or _described_at(s, a)
    if m is None:
        return None
    v = _verb_after(s, _after_aside(s, m.i1), _is_body(s, m))
    if v is not None:
        return m, v, False
    v = _publishing_verb(s, m.i1)
    return (m, v, True) if v is not None else None


def _publishing_verb(s, k: int):
    """ "Survation has also released four constituency polls, ..., putting Reform on 26%": a
    verb in any tense whose object is a poll, figures or a report publishes what the sentence
    goes on to give (the index of the verb, or None)."""
    while k < s.n and (s.lowers[k] in _ADVERBS or s.lowers[k] in _AUX):
        k += 1
    low = s.lowers[k] if k < s.n else ""
    if not (low.isalpha() and s.words[k][0].islower() and low.endswith(("ed", "s"))) or low in _FUNCTION:
        return None  # no verb: "Building impact assessment teams"
    for j in range(k + 1, min(k + 1 + _GAP, s.n)):
        if is_info_head(s.lowers[j]) or is_info_head(s.lowers[j][:-1]):  # "polls", "surveys"
            return k
        if _stops(s, j):
            return None
    return None


def _after_aside(s, k: int) -> int:
    """The token after an aside between commas that follows a subject ending at k ("Pollster
    Ipsos, in a survey for the Guardian, recorded"): k itself when there is none, or when the
    aside holds a figure or a clause opener."""
    if k >= s.n or s.words[k] != ",":
        return k
    e = next((j for j in range(k + 1, min(k + _ASIDE, s.n)) if s.words[j] == ","), None)
    if e is None or any(s.words[j][:1].isdigit() or s.lowers[j] in _CLAUSE_STARTS for j in range(k, e)):
        return k
    return e + 1


def _described_at(s, a: int):
    """A name its description opens ("health insurer Harbor Mutual", "Statistics institute
    INE"): a mention of the sentence from a that is longer than one word and names a body."""
    for m in sentence_mentions(s, "en"):
        if m.i0 == a and m.i1 - a > 1 and m.kind in _SPEAKING_KINDS:
            return m
    return None


def _known_at(s, a: int):
    """A known body of the gazetteer at a, maybe after "the"."""
    b = a + 1 if s.lowers[a] in _DETS else a
    for m in gazetteer_mentions(s):
        if m.i0 == b and m.kind in _SPEAKING_KINDS:
            return Mention(a, m.i1, m.name, m.kind, head=m.head)
    return None


def _body_at(s, a: int):
    """ "the council", "the local health authority": a determiner, at most two lower-case
    modifiers and a source noun of a body or a speaker."""
    if s.lowers[a] not in _DETS:
        return None
    for h in range(a + 1, min(a + 4, s.n)):
        hit = source_noun(s, h, "en")
        if hit is not None and s.lowers[h] not in _EVENTS:
            return Mention(a, h + 1, source_label(s, a, h + 1, "en"), hit[1], head=h)
        if not (s.words[h].isalpha() and s.words[h][0].islower()):
            return None
    return None


def _name_at(s, a: int, text: str):
    """Capitalised words from a that name an organisation or a person ("United Illuminating");
    a single word at the sentence's start only when the text never writes it in lower case
    and it looks no plural (no "Revenue", "Power", "Shoppers")."""
    e = a
    while e < s.n and e - a < 4 and s.words[e][:1].isupper() and s.words[e].replace("-", "").isalpha():
        e += 1
    if a < e < s.n and s.words[e] in _CORPORATE:
        e += 1  # "Brenco Holdings plc"
    if e == a or s.words[a] in _NOT_NAMES or any(w in _PLACES for w in s.lowers[a:e]):
        return None
    if e - a == 1 and a == 0 and (s.lowers[0].endswith("s") or not _never_lower(text, s.words[0])):
        return None  # "Shoppers now spend", "Revenue grows": a common noun opening the sentence
    kind = guess_kind(s, a, e, "en") if a else "organisation"
    return Mention(a, e, " ".join(s.words[a:e]), kind, head=e - 1)


def _never_lower(text: str, word: str) -> bool:
    """The text never writes the word in lower case ("Eversource", not "Bills", "Power"): no
    occurrence between word boundaries (as ``\\b`` sees them; ``str.find`` skips ahead where a
    regex starting with ``\\b`` tries every position of the article)."""
    low = word.lower()
    k = text.find(low)
    while k >= 0:
        if _boundary(text, k) and _boundary(text, k + len(low)):
            return False
        k = text.find(low, k + 1)
    return True


def _boundary(text: str, p: int) -> bool:
    """A regex ``\\b`` at offset p: a word character on one side only."""
    before = p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_")
    after = p < len(text) and (text[p].isalnum() or text[p] == "_")
    return before != after


def _is_body(s, m) -> bool:
    """The subject is a body, not a person: a source noun of a body ("the council", "Harwick
    Council"), a known body, a name ending in a company's legal form ("Corvane Systems Inc"),
    or one capitalised word ("Caldera"; not "Tom Ashby")."""
    if s.words[m.i1 - 1] in _CORPORATE:
        return True
    nouns = [source_noun(s, k, "en") for k in range(m.i0, m.i1)]
    if m.kind == "person" or any(h and h[1] == "person" for h in nouns):
        return False
    return any(nouns) or m.i1 - m.i0 == 1 or known_source(m.name) is not None


def _verb_after(s, k: int, body: bool = False):
    """The index of the lexical verb after a subject ending at k: maybe adverbs ("now",
    "still"), maybe an auxiliary, then the verb in the present, the progressive or after
    "will" (a body's also in a past of its own figures); None when it is no verb, a form of
    "be" or "have", another past, or a verb of no telling (acting, measured)."""
    aux = None
    while k < s.n and (s.lowers[k] in _ADVERBS or (aux is None and s.lowers[k] in _AUX)):
        if s.lowers[k] in _AUX:
            aux = s.lowers[k]
        k += 1
    if k >= s.n or not _lexical(s, k):
        return None
    if body and s.lowers[k] in _OWN_PASTS and aux not in _BE:
        return k  # "The council collected £4m in fines", "the agency has recorded 412 cases"
    return k if _tense_tells(s, k, aux) else None


def _lexical(s, k: int) -> bool:
    low = s.lowers[k]
    return (
        low.isalpha()
        and s.words[k][0].islower()
        and low not in _FUNCTION
        and low not in _BE
        and low not in _NOT_TELLING
    )


def _tense_tells(s, k: int, aux) -> bool:
    """The present tells what a body holds or counts ("Eversource reports", "Castlebridge now
    spend"), as do "is reporting" and "will spend"; a past narrates what it did ("Rescuers
    pulled a girl", "ScotRail cancelled 1,300 services"): the telling pasts are the cue verbs,
    found before this rule."""
    low = s.lowers[k]
    if aux is None:
        present = (low.endswith("s") and not low.endswith("ss")) or s.lowers[k - 1] in _ADVERBS
        return present and not low.endswith("ed") and low not in _PAST
    if aux in _BE:
        return low.endswith("ing")  # "is reporting", not "is out", "was hit"
    return aux in _MODALS  # "will spend", not "has pulled", "would win"


def _governs(s, v: int, figures) -> bool:
    """A figure follows the verb within a few words of its own clause, as its object or part of
    it ("expected cost pressures of £48.6m"), not after a preposition ("ordered him to pay
    £2,500", "deducted from his 24 workers' wages")."""
    if v + 1 < s.n and s.lowers[v + 1] in _PARTICLES:
        v += 1  # "totted up 13 billion"
    return any(v < f <= v + 1 + _GAP and not any(_stops(s, k) for k in range(v + 1, f)) for f in figures)


def _stops(s, k: int) -> bool:
    """Token k ends the verb's reach: a clause mark or opener, a preposition, or another verb
    (then the first was a noun: "Gasoline prices fell 3.1%", "Lifeboat crews pulled 14")."""
    low = s.lowers[k]
    return (
        s.words[k] in _BREAKS
        or low in _CLAUSE_STARTS
        or low in _PREPOSITIONS
        or low in _NOT_TELLING
        or low.endswith("ed")
        or low in _AUX
        or low in _BE
    )
