"""Which mentions of a sentence attribute its figures, with the cue and the role in a chain.

Rules, in short (see the tests for examples):
- a mention right after a cue such as "laut", "nach Angaben der", "according to", "citing";
- a mention right before "zufolge";
- a mention next to a speech or report verb of its clause ("Westliche Experten geben an",
  "said a senior US official", "US officials told CNN");
- media relaying an origin are ``relay``; the source after "citing"/"heißt es aus" is ``origin``.
"""
from __future__ import annotations

from .lexicon import CUES
from .phrases import OBJECT_HEADS, is_info_head, np_after, np_before
from .sources import Mention, descriptive_mentions, gazetteer_mentions, person_near, source_noun

_CLAUSE_BREAKS = frozenset((",", ";", ":", "–", "—", "(", ")"))
_QUOTES = frozenset('"„“”»«‚‘’\'')
_SKIPPABLE = frozenset("der die das den dem des the a an von vom of".split()) | _QUOTES
MEDIA = frozenset(("news_outlet", "news_agency", "state_media"))
_INFO_HEADS = ("informationen", "angaben", "berichten", "schätzungen", "erkenntnissen", "einschätzung",
               "einschätzungen", "daten", "zählung", "darstellung", "aussagen", "quellen", "kreisen")


def _phrases(items):
    return {tuple(p.split()): p for p in items}


PREP_BEFORE = {lang: _phrases(CUES[lang]["prep_before"]) for lang in ("de", "en")}
PREP_AFTER = {lang: frozenset(CUES[lang]["prep_after"]) for lang in ("de", "en")}
VERBS = {lang: frozenset(CUES[lang]["verbs"]) for lang in ("de", "en")}
SEPARABLE = {lang: CUES[lang]["separable"] for lang in ("de", "en")}
NEED_NOUN = {lang: frozenset(CUES[lang]["need_source_noun"]) for lang in ("de", "en")}
RELAY_CUES = {lang: frozenset(CUES[lang]["reported_via"]) for lang in ("de", "en")}
CITING = {lang: frozenset(CUES[lang]["citing"]) for lang in ("de", "en")}
CONFIRM = {lang: frozenset(CUES[lang]["confirm"]) for lang in ("de", "en")}
CONFIRM_OBJECTS = {lang: frozenset(CUES[lang]["confirm_objects"]) for lang in ("de", "en")}
_FIRST_WORDS = {lang: frozenset(k[0] for k in PREP_BEFORE[lang]) for lang in ("de", "en")}
_MAX_PHRASE = 5
_ADJ_ENDINGS = ("e", "en", "er", "es", "em", "al", "ial", "ian", "ern", "ish", "ese")
_ANY_CUE = {lang: VERBS[lang] | _FIRST_WORDS[lang] | PREP_AFTER[lang] for lang in ("de", "en")}
_CUE_WORDS = {lang: VERBS[lang] | _FIRST_WORDS[lang] for lang in ("de", "en")}
_COORD = frozenset(("und", "and", "sowie", "oder", "or", ",", "&"))


class Cue:
    __slots__ = ("i0", "i1", "text", "kind")

    def __init__(self, i0, i1, text, kind):
        self.i0, self.i1, self.text, self.kind = i0, i1, text, kind


def has_cue(s, lang: str) -> bool:
    return not _ANY_CUE[lang].isdisjoint(s.lowers)


def find_cues(s, lang: str):
    cues = []
    lowers, n = s.lowers, s.n
    table = PREP_BEFORE[lang]
    firsts = _FIRST_WORDS[lang]
    anycue = _ANY_CUE[lang]
    positions = [k for k, low in enumerate(lowers) if low in anycue]
    after = 0
    for i in positions:
        if i < after:
            continue
        low = lowers[i]
        matched = False
        if low in firsts:
            for length in range(min(_MAX_PHRASE, n - i), 0, -1):
                key = tuple(lowers[i:i + length])
                if key in table:
                    cues.append(Cue(i, i + length, table[key], "prep"))
                    after = i + length
                    matched = True
                    break
        if matched:
            continue
        if low in PREP_AFTER[lang]:
            cues.append(Cue(i, i + 1, low, "after"))
        elif low in VERBS[lang] and (lang == "en" or s.words[i][0].islower() or i == 0):
            particle = SEPARABLE[lang].get(low)
            if particle:
                end = _clause_end(s, i)
                if not any(lowers[k] in particle.split("|") for k in range(i + 1, end)):
                    continue
            cues.append(Cue(i, i + 1, low, "verb"))
    return cues


def _clause_end(s, i: int) -> int:
    k = i + 1
    while k < s.n and s.words[k] not in _CLAUSE_BREAKS:
        k += 1
    return k


def _gap_ok(s, a: int, b: int, limit: int) -> bool:
    """Tokens a..b-1 are few and none ends the clause."""
    if b - a > limit:
        return False
    return all(s.words[k] not in _CLAUSE_BREAKS or s.words[k] in _QUOTES for k in range(a, b))


def _skip(s, a: int, b: int) -> bool:
    """Only articles, quote marks and adjectives between a cue and its source."""
    return all(s.lowers[k] in _SKIPPABLE or (s.words[k][0].islower() and s.words[k].endswith(_ADJ_ENDINGS))
               for k in range(a, b))


def sentence_mentions(s, lang: str):
    gaz = gazetteer_mentions(s)
    taken = set()
    for m in gaz:
        taken.update(range(m.i0, m.i1))
    desc = descriptive_mentions(s, lang, taken)
    # a gazetteer hit inside a descriptive phrase ("Sprecher des Pentagon") stays the gazetteer's
    kept = []
    for d in desc:
        clash = [g for g in gaz if g.i0 < d.i1 and d.i0 < g.i1]
        if not clash:
            kept.append(d)
        elif all(d.head < g.i0 for g in clash):  # only its genitive ran into a known source
            kept.append(Mention(d.i0, d.head + 1, d.name, d.kind, head=d.head))
    mentions = gaz + kept
    mentions.sort(key=lambda m: m.i0)
    # apposition: "Nachrichtenagentur Anadolu", "UN-Flüchtlingshilfswerk UNHCR" -> one mention
    merged = []
    for m in mentions:
        if merged and merged[-1].i1 == m.i0 and (m in gaz):
            prev = merged[-1]
            merged[-1] = Mention(prev.i0, m.i1, m.name, m.kind, m.strict and prev.strict, head=m.head)
        else:
            merged.append(m)
    return merged


def attributed(s, lang: str, mentions=None, cues=None, blocked=()):
    """[(Mention, cue_text, role)] of one sentence, origins first. ``blocked`` token indices
    (the claims' own words) are never part of a source."""
    if cues is None:
        cues = find_cues(s, lang)
    if not cues:
        return []
    if mentions is None:
        mentions = sentence_mentions(s, lang)
    taken = set(blocked)
    mentions = [m for m in mentions if not any(k in taken for k in range(m.i0, m.i1))]
    for m in mentions:
        taken.update(range(m.i0, m.i1))
    linked = {}
    for cue in cues:
        if cue.kind == "verb":
            p = person_near(s, cue.i0, lang, taken)
            if p and not any(m.i0 < p.i1 and p.i0 < m.i1 for m in mentions):
                mentions = mentions + [p]
                taken.update(range(p.i0, p.i1))
    for m in mentions:
        for cue in cues:
            if cue.kind == "prep" and cue.i1 <= m.i0 and _skip(s, cue.i1, m.i0) and m.i0 - cue.i1 <= 3:
                if cue.text in NEED_NOUN[lang] and not _noun_ok(s, m, lang, cue.text):
                    continue
                if m.strict and m.i0 != cue.i1:
                    continue
                linked.setdefault(id(m), (m, cue.text))
            elif cue.kind == "after" and m.i1 <= cue.i0 and cue.i0 - m.i1 <= 1:
                linked.setdefault(id(m), (m, cue.text))
            elif cue.kind == "verb":
                if cue.text in NEED_NOUN[lang] and m.kind == "person":
                    continue
                limit = 1 if m.strict else 3
                if m.i1 <= cue.i0 and _gap_ok(s, m.i1, cue.i0, limit):
                    linked.setdefault(id(m), (m, cue.text))
                elif cue.i1 <= m.i0 and _gap_ok(s, cue.i1, m.i0, limit):
                    linked.setdefault(id(m), (m, cue.text))
    _generic(s, lang, cues, mentions, linked, taken)
    # coordinated sources share the cue: "laut Polizei und Feuerwehr", "ukrainischen und US-..."
    for m in mentions:
        if id(m) in linked:
            continue
        for other in mentions:
            if id(other) not in linked:
                continue
            if _coordinated(s, other, m) or _coordinated(s, m, other):
                linked[id(m)] = (m, linked[id(other)][1])
                break
    if lang == "en":
        for key, (m, cue) in list(linked.items()):
            if is_info_head(s.lowers[m.head]) or is_info_head(s.lowers[m.i1 - 1]):
                for k in range(m.i1, min(s.n, m.i1 + 5)):
                    if s.words[k] in _CLAUSE_BREAKS:
                        break
                    if s.lowers[k] == "by":
                        by = np_after(s, k + 1, lang, _CUE_WORDS[lang])
                        if by:
                            linked[key] = (Mention(m.i0, by[1], _label(s, by[0], by[1], lang),
                                                   _guess_kind(s, by[0], by[1], lang)), cue)
                        break
    if not linked:
        return []
    chosen = sorted(linked.values(), key=lambda x: x[0].i0)
    return _roles(chosen, lang)


_NO_GENERIC = {"de": frozenset(("so", "zeigen", "zeigt", "zeigte", "zitiert", "gemäß", "aus kreisen")),
               "en": frozenset(("as", "from", "per", "via", "show", "shows", "showed", "found", "told", "tells",
                                "quoted", "cited", "published", "issued", "posted", "tell"))}
_AFTER_VERB_EN = frozenset(("said", "says", "added", "noted", "wrote", "warned", "stated", "explained"))
_SELF = frozenset(("eigenen", "own"))
_AFTER_SPEAKER_EN = frozenset("on in at during after before according and who while adding".split())


def _cue_words(lang: str):
    return VERBS[lang] | _FIRST_WORDS[lang]


def _generic(s, lang: str, cues, mentions, linked, taken) -> None:
    """Cues whose neighbour is no known source take the noun phrase next to them."""
    words_set = _CUE_WORDS[lang]
    linked_spans = [(m.i0, m.i1) for m, _ in linked.values()]

    def near(a, b):
        return any(x0 < b + 2 and a < x1 + 2 for x0, x1 in linked_spans)

    for cue in cues:
        if cue.text in _NO_GENERIC[lang]:
            continue
        span = None
        if cue.kind == "prep":
            if near(cue.i1, cue.i1 + 1):
                continue
            span = np_after(s, cue.i1, lang, words_set)
            if span and cue.text in ("wie", "as") and not any(
                    c.kind == "verb" and c.i0 >= span[1] for c in cues):
                span = None
            own = bool(span) and any(s.lowers[k] in _SELF for k in range(span[0], span[1]))
            if own:
                span = _subject_before(s, cue.i0, lang, words_set)
            elif span and lang == "en" and any(is_info_head(s.lowers[k]) for k in range(span[0], span[1])):
                for k in range(span[1], min(s.n, span[1] + 5)):
                    if s.words[k] in _CLAUSE_BREAKS:
                        break
                    if s.lowers[k] == "by":
                        by = np_after(s, k + 1, lang, words_set)
                        if by:
                            span = (span[0], by[1])
                        break
            elif cue.text in ("nach", "laut") and not own:
                info = _info_genitive(s, cue.i1, lang)
                if info:
                    span = info
                elif span and cue.text == "nach" and not any(is_info_head(s.lowers[k]) for k in range(span[0], span[1])):
                    span = None
        elif cue.kind == "after":
            if near(cue.i0 - 1, cue.i0):
                continue
            span = np_before(s, cue.i0, lang, words_set)
        elif cue.kind == "verb":
            if near(cue.i0 - 1, cue.i1):
                continue
            span = np_before(s, cue.i0, lang, words_set)
            if span is None and lang == "de" and (cue.text.startswith("ge") or cue.text in _PARTICIPLES):
                aux = _aux_before(s, cue.i0)  # "Litauen selbst hat angekündigt"
                if aux is not None:
                    span = np_before(s, aux, lang, words_set)
            if span and any(s.lowers[k] in OBJECT_HEADS for k in range(span[0], span[1])):
                span = None  # "Die Kosten beziffert das Bündnis auf ...": the subject follows
            if span is None and (lang == "de" or cue.text in _AFTER_VERB_EN):
                span = np_after(s, cue.i1, lang, words_set)
                if span and lang == "en" and not (s.words[span[0]][0].isupper() or s.lowers[span[0]] in ("the", "a", "an")):
                    span = None
                if span and lang == "en" and span[1] < s.n and s.words[span[1]][0].isalpha() \
                        and s.lowers[span[1]] not in _AFTER_SPEAKER_EN:
                    span = None  # "said Russian units had lost": a clause, not a speaker
                if span and lang == "de" and s.lowers[span[0]] not in ("der", "die", "das", "ein", "eine") \
                        and not s.words[span[0]][0].isupper():
                    span = None
        if span and lang == "en" and cue.kind == "prep" and not (
                s.lowers[span[0]] in ("the", "a", "an")
                or any(s.words[k][0].isupper() or source_noun(s, k, lang) for k in range(span[0], span[1]))):
            span = None
        if span:
            inside = [m for m in mentions if span[0] <= m.i0 and m.i1 <= span[1]]
            if inside and not any(id(m) in linked for m in inside):
                for m in inside:  # a known source inside the phrase: "A local official, who ..., told"
                    linked[id(m)] = (m, cue.text)
                    linked_spans.append((m.i0, m.i1))
                continue
        if not span or any(k in taken for k in range(span[0], span[1])):
            continue
        if any(s.lowers[k] in OBJECT_HEADS for k in range(span[0], span[1])):
            continue
        a, b = span
        if b - a == 1 and s.words[a] in ("Das", "Dies", "Es", "This", "That", "It", "Er", "Sie"):
            continue
        m = Mention(a, b, _label(s, a, b, lang), _guess_kind(s, a, b, lang))
        mentions.append(m)
        taken.update(range(a, b))
        linked[id(m)] = (m, cue.text)
        linked_spans.append((a, b))


def _info_genitive(s, k: int, lang: str):
    """"der am Donnerstag vorgelegten Prognose des Arbeitskreises X": the phrase from k to the
    end of the genitive, when an information noun comes within a few tokens."""
    n = s.n
    for h in range(k, min(n, k + 7)):
        w = s.words[h]
        if w in _CLAUSE_BREAKS or w[0].isdecimal():
            return None
        if w[0].isupper() and is_info_head(s.lowers[h]):
            if h + 1 < n and s.lowers[h + 1] in ("des", "der", "von", "vom", "aus", "by", "from"):
                sub = np_after(s, h + 1, lang)
                if s.lowers[h + 1] in ("von", "vom", "aus", "by", "from"):
                    sub = np_after(s, h + 2, lang)
                if sub:
                    return h + 1, sub[1]
            return None
        if w[0].isupper() and lang == "de" and s.lowers[h - 1] not in ("am", "im", "vom") and h > k and \
                s.lowers[h - 1] not in ("der", "die", "das", "des", "einer", "eines", "dem", "den"):
            return None
    return None


def info_sources(s, lang: str, blocked=()):
    """"Im neuen Deutschlandtrend des Instituts X", "a poll by Ipsos": an information noun with
    its author names the source even without a cue word."""
    out = []
    n = s.n
    for h in range(n - 2):
        w = s.words[h]
        if not w[0].isalpha() or not is_info_head(s.lowers[h]) or (lang == "de" and not w[0].isupper()):
            continue
        nxt = s.lowers[h + 1]
        if lang == "de" and nxt in ("des", "der"):
            sub = np_after(s, h + 1, lang)
        elif nxt in ("by", "from", "von", "vom"):
            sub = np_after(s, h + 2, lang)
        else:
            continue
        if sub and lang == "en" and not (s.lowers[sub[0]] in ("the", "a", "an")
                                         or any(s.words[k][0].isupper() for k in range(sub[0], sub[1]))):
            sub = None
        if sub and not any(k in blocked for k in range(sub[0], sub[1])):
            a, b = (h + 2 if nxt in ("by", "from", "von", "vom") else h + 1), sub[1]
            out.append((Mention(a, b, _label(s, a, b, lang), _guess_kind(s, a, b, lang)), s.lowers[h], "origin"))
    return out


_PARTICIPLES = frozenset(("angekündigt", "mitgeteilt", "erklärt", "berichtet", "bekanntgegeben", "bestätigt"))
_AUX = frozenset(("hat", "haben", "hatte", "hatten"))


def _aux_before(s, i: int):
    k = i - 1
    while k >= 0 and i - k < 10 and s.words[k] not in _CLAUSE_BREAKS:
        if s.lowers[k] in _AUX:
            return k
        k -= 1
    return None


def _subject_before(s, i: int, lang: str, words_set):
    """"Seit Mai wies die Bundespolizei nach eigenen Angaben ...": the article phrase before."""
    k = i - 1
    while k >= 0 and i - k < 8 and s.words[k] not in _CLAUSE_BREAKS:
        if s.lowers[k] in ("der", "die", "das", "the") or (k == 0 and s.words[0][0].isupper()):
            span = np_after(s, k, lang, words_set)
            if span and span[1] <= i:
                return span
        k -= 1
    return None


def _label(s, a: int, b: int, lang: str) -> str:
    words = s.words[a:b]
    if words and words[0].lower() in ("der", "die", "das", "den", "dem", "des", "the", "ein", "eine", "a", "an"):
        words = words[1:]
    return " ".join(words) or " ".join(s.words[a:b])


def _guess_kind(s, a: int, b: int, lang: str) -> str:
    for k in range(b - 1, a - 1, -1):
        hit = source_noun(s, k, lang)
        if hit:
            return hit[1]
    if lang == "en" and all(w[:1].isupper() for w in s.words[a:b]) and a > 0:
        return "person" if b - a <= 3 else "organisation"
    return "other"


def _coordinated(s, a, b) -> bool:
    """Mention a, then "und"/"and", maybe an article, then mention b."""
    k = a.i1
    if k >= s.n or s.lowers[k] not in _COORD:
        return False
    k += 1
    if k < s.n and s.lowers[k] in _SKIPPABLE:
        k += 1
    return k == b.i0


def _noun_ok(s, m: Mention, lang: str, cue: str) -> bool:
    """"nach"/"so"/"wie" need a real source phrase after them, not "nach Russland"."""
    if m.strict:
        return False
    if cue == "nach":
        head = s.lowers[m.head]
        return head.endswith(_INFO_HEADS) or s.lowers[m.i1 - 1].endswith(_INFO_HEADS)
    return True


def _roles(chosen, lang: str):
    media = [c for c in chosen if c[0].kind in MEDIA]
    others = [c for c in chosen if c[0].kind not in MEDIA]
    citing = [c for c in chosen if c[1] in CITING[lang]]
    out = []
    if citing and len(chosen) > 1:
        origin = citing
        relay = [c for c in chosen if c not in citing]
    elif media and others:
        origin, relay = others, media
    else:
        origin, relay = chosen, []
    for m, cue in origin:
        out.append((m, cue, "origin"))
    for m, cue in relay:
        out.append((m, cue, "relay"))
    return out


def confirmation(s, lang: str):
    """Mentions of a sentence that confirms the previous one ("Ein westlicher Geheimdienstbeamter
    bestätigte diese Einschätzung", "A senior official confirmed the figure")."""
    lowers = s.lowers
    confirm = CONFIRM[lang]
    objects = CONFIRM_OBJECTS[lang]
    for i, low in enumerate(lowers):
        if low in confirm and any(lowers[k] in objects for k in range(i + 1, min(s.n, i + 4))):
            return [x for x in attributed(s, lang) if x[0].i0 < i]
    return []
