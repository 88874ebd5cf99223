"""Attribution cue words ("laut", "nach Angaben der", "according to", "sagte", "said") and where
they stand in a sentence."""

from __future__ import annotations

from ..claims.units import unit_of_word
from ..lexicon import ATTRIBUTION, CUES, WORDS
from .mentions import ARTICLES

CLAUSE_BREAKS = frozenset((",", ";", ":", "–", "—", "(", ")"))


QUOTES = frozenset("\"„“”»«‚‘’'")


# articles, "von"/"of" and quote marks may stand between a cue and its source
SKIPPABLE = ARTICLES | frozenset(("von", "vom", "of")) | QUOTES


MEDIA = frozenset(("news_outlet", "news_agency", "state_media"))


INFO_HEADS = tuple(WORDS["info_heads_after_cue"])


def _phrases(items):
    return {tuple(p.split()): p for p in items}


PREP_BEFORE = {lang: _phrases(CUES[lang]["prep_before"]) for lang in ("de", "en")}


PREP_AFTER = {lang: frozenset(CUES[lang]["prep_after"]) for lang in ("de", "en")}


# "nennt": a cue verb as the speech and report verbs are where the sentence holds figures (the
# other verbs of stating need no list: discourse_stage/clause_subject_de.py takes the subject)
STATING_DE = frozenset(CUES["de"]["stating_verbs"])


VERBS = {
    lang: frozenset(CUES[lang]["verbs"]) | frozenset(CUES[lang]["stating_verbs"]) for lang in ("de", "en")
}


SEPARABLE = {lang: CUES[lang]["separable"] for lang in ("de", "en")}


PARTICLE_BEFORE = {lang: CUES[lang]["particle_before"] for lang in ("de", "en")}


NEED_NOUN = {lang: frozenset(CUES[lang]["need_source_noun"]) for lang in ("de", "en")}


RELAY_CUES = {lang: frozenset(CUES[lang]["reported_via"]) for lang in ("de", "en")}


CITING = {lang: frozenset(CUES[lang]["citing"]) for lang in ("de", "en")}


CONFIRM = {lang: frozenset(CUES[lang]["confirm"]) for lang in ("de", "en")}


CONFIRM_OBJECTS = {lang: frozenset(CUES[lang]["confirm_objects"]) for lang in ("de", "en")}


FIRST_WORDS = {lang: frozenset(k[0] for k in PREP_BEFORE[lang]) for lang in ("de", "en")}


_MAX_PHRASE = 5


def _lengths(table) -> dict:
    """First word -> the lengths (longest first, at most ``_MAX_PHRASE``) of the phrases it opens."""
    out = {}
    for key in table:
        if len(key) <= _MAX_PHRASE:
            out.setdefault(key[0], set()).add(len(key))
    return {w: tuple(sorted(sizes, reverse=True)) for w, sizes in out.items()}


# only the lengths of phrases that start with the word are looked up (no tuple built for others)
_PHRASE_LENGTHS = {lang: _lengths(PREP_BEFORE[lang]) for lang in ("de", "en")}


ADJ_ENDINGS = ("e", "en", "er", "es", "em", "al", "ial", "ian", "ern", "ish", "ese")


# "Im ZDF sah die Forschungsgruppe Wahlen die CDU bei 32 Prozent": a pollster's verb of seeing
_POLL_SEE = {
    "de": frozenset(("sieht", "sah", "sehen", "sahen")),
    "en": frozenset(("puts", "put", "had", "has")),
}
_ANY_CUE = {
    lang: VERBS[lang] | FIRST_WORDS[lang] | PREP_AFTER[lang] | _POLL_SEE[lang] | set(PARTICLE_BEFORE[lang])
    for lang in ("de", "en")
}


CUE_WORDS = {lang: VERBS[lang] | FIRST_WORDS[lang] for lang in ("de", "en")}


COORD = frozenset(("und", "and", "sowie", "oder", "or", "&"))
AUXILIARIES = frozenset(ATTRIBUTION["auxiliaries_before_verb"])  # "that X had forecast"


class Cue:
    __slots__ = ("i0", "i1", "kind", "text")

    def __init__(self, i0, i1, text, kind):
        self.i0, self.i1, self.text, self.kind = i0, i1, text, kind


def has_cue(s, lang: str) -> bool:
    return not _ANY_CUE[lang].isdisjoint(s.low_set)


def find_cues(s, lang: str):
    """The attribution cues of sentence ``s`` in text order: prepositional phrases ("laut",
    "according to"), postpositions ("zufolge") and cue verbs."""
    cues = []
    anycue = _ANY_CUE[lang]
    after = 0
    for i in [k for k, low in enumerate(s.lowers) if low in anycue]:
        if i < after:
            continue
        cue = _cue_at(s, i, lang)
        if cue is not None:
            cues.append(cue)
            after = cue.i1
    return cues


def _cue_at(s, i: int, lang: str):
    """The cue that starts at token i, or None."""
    lowers, n = s.lowers, s.n
    low = lowers[i]
    if low in FIRST_WORDS[lang]:
        cue = _prep_phrase(lowers, i, n, lang)
        if cue is not None:
            return cue
    if low == "aus" and i + 1 < n and lowers[i + 1].endswith("kreisen"):
        # "aus Regierungskreisen", "wie der SPIEGEL aus Ausschusskreisen erfuhr"
        return Cue(i, i + 1, "aus kreisen", "prep")
    if low in _POLL_SEE[lang] and low not in VERBS[lang] and _sees_at(lowers, i, n, lang):
        return Cue(i, i + 1, low, "verb")
    if low in PREP_AFTER[lang]:
        return Cue(i, i + 1, low, "after")
    if low in PARTICLE_BEFORE[lang]:  # "hat die Polizei bekannt gegeben"
        return (
            Cue(i - 1, i + 1, lowers[i - 1] + low, "verb")
            if i and lowers[i - 1] == PARTICLE_BEFORE[lang][low]
            else None
        )
    if low in VERBS[lang] and (s.words[i][0].islower() or i == 0):
        # capitalised only at the start: "The United States", "Die Welt Berichtet" are names
        return _verb_cue(s, i, lang)
    return None


def _prep_phrase(lowers, i: int, n: int, lang: str):
    """The longest prepositional cue phrase from token i ("according to", "nach Angaben"), or None."""
    table = PREP_BEFORE[lang]
    for length in _PHRASE_LENGTHS[lang].get(lowers[i], ()):
        if length > n - i:
            continue
        key = tuple(lowers[i : i + length])
        if key in table:
            return Cue(i, i + length, table[key], "prep")
    return None


def _verb_cue(s, i: int, lang: str):
    """The cue verb at token i, unless it is used as an adjective ("an estimated 5%"), is no
    verb in English ("are projected", "in a separate report") or lacks its particle."""
    if _used_as_adjective(s, i):
        return None  # "an estimated 5%", "mit geschätzten 1,2 Millionen"
    if lang == "de" and _before_its_noun_de(s, i):
        return None  # "31.460 im Labor bestätigte Influenza-Fälle", "verzeichneten Ansteckungsfälle"
    if lang == "en" and _not_a_verb_en(s, i):
        return None
    low = s.lowers[i]
    if lang == "de" and low in _SHOWING_SELF and _stance_closes(s, i):
        return Cue(i + 1, i + 2, low + " sich", "verb")  # "zeigte sich X zuversichtlich": X speaks
    if low in STATING_DE and lang == "de" and not _states_figures(s, i):
        return None  # "Als Grund nannte der Vorstand die schwache Nachfrage": no figure stated
    particle = SEPARABLE[lang].get(low)
    if particle:
        end = _clause_end(s, i)
        parts = particle.split("|")
        if not _particle_closes(s, i, end, parts) and not _ends_with(s, i, parts):
            return None
    return Cue(i, i + 1, low, "verb")


_SHOWING_SELF = frozenset(ATTRIBUTION["showing_self_de"])
_STANCES = frozenset(ATTRIBUTION["stance_adjectives_de"])


def _stance_closes(s, i: int) -> bool:
    """ "..., zeigte sich der Präsident zuversichtlich": "sich" after the verb at i and an
    adjective of stance as the last word of its clause, a statement of the speaker after it."""
    if i + 2 >= s.n or s.lowers[i + 1] != "sich":
        return False
    k = _clause_end(s, i) - 1
    while k > i and not s.words[k][0].isalpha():
        k -= 1
    return k > i + 2 and s.lowers[k] in _STANCES


def _states_figures(s, i: int) -> bool:
    """A stating verb's sentence holds a figure in digits, or a colon after the verb opens the
    figures ("nennt Zahlen: ...")."""
    return ":" in s.words[i:] or any(w[:1].isdigit() or w[-1:].isdigit() for w in s.words)


def _sees_at(lowers, i: int, n: int, lang: str) -> bool:
    """ "sah die Forschungsgruppe Wahlen die CDU bei 32 Prozent", "put Reform on 31%"."""
    at = ("bei",) if lang == "de" else ("on", "at")
    return any(
        lowers[k] in at and lowers[k + 1][:1].isdecimal() and (k + 2 >= n or _share_after(lowers, k + 2, n))
        for k in range(i + 1, min(n - 1, i + 8))
    )


def _share_after(lowers, k: int, n: int) -> bool:
    """A percent word at k, or after a range's upper end ("bei 22 bis 25 Prozent")."""
    if lowers[k] in _PERCENT_AFTER:
        return True
    return lowers[k] in _RANGE_WORDS and k + 2 < n and lowers[k + 2] in _PERCENT_AFTER


_RANGE_WORDS = frozenset(("bis", "to", "-", "–"))


_PERCENT_AFTER = frozenset(ATTRIBUTION["percent_words"])
_ADJECTIVE_BEFORE = frozenset(ATTRIBUTION["adjective_openers"])


def _before_its_noun_de(s, i: int) -> bool:
    """A German participle right before the noun a figure counts ("bestätigte Influenza-Fälle"):
    an attribute, no verb."""
    if i + 1 >= s.n or not s.lowers[i].endswith(("te", "ten")) or not s.words[i + 1][:1].isupper():
        return False
    return unit_of_word(s.lowers[i + 1], "de") is not None


def _used_as_adjective(s, i: int) -> bool:
    before = s.lowers[i - 1] if i else ""
    after = s.words[i + 1] if i + 1 < s.n else ""
    estimate = s.lowers[i] in ("estimated", "geschätzt", "geschätzte", "geschätzten", "geschätzter")
    return before in _ADJECTIVE_BEFORE or (estimate and after[:1].isdecimal())


_EN_BE = frozenset(ATTRIBUTION["be_forms_en"])
_AMOUNT_VERBS = frozenset(ATTRIBUTION["amount_verbs_en"])
_EN_NOUN_CUES = frozenset(ATTRIBUTION["noun_cues_en"])
_EN_REQUEST = frozenset(ATTRIBUTION["request_verbs_en"])
# a cue only before a clause or at its end: "the report states that", "..., the filing states."
_EN_CLAUSE_VERBS = frozenset(ATTRIBUTION["clause_verbs_en"])
_EN_CLAUSE_NEXT = frozenset(
    ("that", ",", ".", ":", "in", "")
)  # a cue only before "for": "asked for nine years"
_EN_NOUN_BEFORE = frozenset(ATTRIBUTION["noun_cue_openers_en"])
_EN_NOUN_AFTER = frozenset(ATTRIBUTION["noun_cue_followers_en"])


def _not_a_verb_en(s, i: int) -> bool:
    """ "Emissions are projected to fall", "were found": a passive without its agent names no
    source; "in a separate report", "the growth forecast was cut": the cue word is a noun; "a
    move expected to": a participle after its noun."""
    lowers = s.lowers
    before = lowers[i - 1] if i else ""
    after = lowers[i + 1] if i + 1 < s.n else ""
    if lowers[i] in _AMOUNT_VERBS and (after[:1].isdecimal() or after[:1] in "$£€"):
        return True  # "Construction added 1.3%": an amount, no speech
    if before in _EN_BE or (i > 1 and before in ("also", "widely", "now", "not") and lowers[i - 2] in _EN_BE):
        return after != "by" and not lowers[i].endswith("ing")  # "is demanding": progressive
    low = lowers[i]
    if low in _EN_CLAUSE_VERBS and after not in _EN_CLAUSE_NEXT:
        return True  # "in EU member states last year", "the Gulf states have"
    if low in _EN_REQUEST and after != "for":
        return True  # "asked how", "asked 1,000 adults": no request of a figure
    if after == "to" and low.endswith("ed") and before not in _EN_HAVE:
        return True  # "a move expected to bring in $48 million": a participle after its noun
    if low.endswith("ed") and after in _EN_PARTICIPLE_PREPS and before.isalpha() and before not in _EN_HAVE:
        return _main_verb_follows(lowers, i + 2)  # "applications recorded in 2015 were ..."
    return low in _EN_NOUN_CUES and (
        before in _EN_NOUN_BEFORE or after in _EN_NOUN_AFTER or _measured_after(lowers, i + 1)
    )


# "Jobless claims rose 5%", "Asylum claims in rich countries rise 9%": the noun's own change
_EN_MEASURED = frozenset(ATTRIBUTION["measured_subject_verbs_en"] + WORDS["change_verbs"])


def _measured_after(lowers, k: int) -> bool:
    """A verb of change or level at k, or after a short phrase of place at k ("in Kent")."""
    if k < len(lowers) and lowers[k] in _EN_MEASURED:
        return True
    if k >= len(lowers) or lowers[k] not in _EN_PARTICIPLE_PREPS:
        return False
    for w in lowers[k + 1 : k + 5]:
        if w in _EN_MEASURED:
            return True
        if not w.isalpha():
            return False
    return False


_EN_CHAIN = frozenset(ATTRIBUTION["verb_chain_en"])
_EN_HAVE = frozenset(("had", "have", "has"))
_EN_PARTICIPLE_PREPS = frozenset(("in", "during", "since", "between", "across", "over", "at", "on"))
_EN_FINITE = frozenset(("was", "were", "is", "are", "have", "has", "had", "rose", "fell", "will", "would"))


def _main_verb_follows(lowers, k: int) -> bool:
    """The sentence's own verb comes within the next words, before a comma or "that": the
    participle before is an attribute of its noun ("the applications recorded in 2015 were
    more than double"), not the verb of a source ("officials reported on Tuesday that")."""
    for w in lowers[k : k + 6]:
        if w in _EN_FINITE:
            return True
        if w in (",", "that", "."):
            return False
    return False


def chain_start(s, i: int, lang: str) -> int:
    """ "The OBR is also expected to say": the subject stands before the whole verb chain."""
    if lang != "en" or i == 0 or s.lowers[i - 1] != "to":
        return i
    k = i
    while k > 0 and i - k < 6 and s.lowers[k - 1] in _EN_CHAIN:
        k -= 1
    return k


def _particle_closes(s, i: int, end: int, parts) -> bool:
    """The verb's particle is the last word of its clause ("teilte die Polizei am Montag mit",
    "gab an, dass"), not a preposition inside it ("gaben an der Straße vier Schüsse ab")."""
    k = end - 1
    while k > i and not s.words[k][0].isalpha():
        k -= 1
    return k > i and s.lowers[k] in parts


def _ends_with(s, i: int, parts) -> bool:
    """The sentence's last word is the verb's particle, after an apposition: "teilte der Leiter
    der Behörde, Jan Novak, am Montag mit."."""
    last = s.n - 1
    while last > i and not s.words[last][0].isalpha():
        last -= 1
    return last > i + 1 and s.lowers[last] in parts


def _clause_end(s, i: int) -> int:
    k = i + 1
    while k < s.n and s.words[k] not in CLAUSE_BREAKS:
        k += 1
    return k


def verb_before_next_wie(cues, k: int) -> bool:
    """A cue verb follows token k before another "wie"/"as" does ("wie die Polizei mitteilte";
    not "Infekte wie Erkältungen, wie die Kasse erklärte": that verb is the second one's)."""
    nxt = next((c for c in cues if c.i0 >= k and (c.kind == "verb" or c.text in ("wie", "as"))), None)
    return nxt is not None and nxt.kind == "verb"
