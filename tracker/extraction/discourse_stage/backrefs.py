"""Back-references: words that stand for a source named before.

"The company earned ...", "Die Behörde verwies ...", "It also said ...", "Nach seinen Worten
...", "hieß es weiter": each is found with its span and the class of source it can stand for
(person, institution, document, any; "impersonal" for "hieß es", which names no one and
goes on with the account before), and resolves to the most recent compatible named source.
A document ("the report", "die Umfrage") stands for the body that published it.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import ATTRIBUTION, MISC
from . import gender_de, info_namings_de
from ._engine import LEXICON, VERBS, SourceMention, positions


def _table(lang: str):
    lex = LEXICON[lang]
    nouns = {}
    for cls in ("document", "institution", "person"):  # person wins where a word is in two
        for w in lex["back_nouns"][cls]:
            nouns[w] = cls
    info = list(info_namings_de.POSSESSIVES | info_namings_de.OPENERS) if lang == "de" else []
    return {
        "german": lang == "de",
        "nouns": nouns,
        "long": tuple(sorted({len(w) for w in nouns if len(w) >= 5}, reverse=True)) if lang == "de" else (),
        "dets": frozenset(lex["determiners"]),
        "pronouns": dict(lex["pronouns"]),
        "verbs": VERBS[lang] | frozenset(lex["presenting_verbs"]),
        "impersonal": [tuple(x) for x in lex["impersonal"]],
        "subjects": tuple(lex["pronouns"]) + tuple(lex["determiners"]),
        "in": frozenset(lex["inside_document"]),
        # the words find() looks for first: possessives' second words, "hieß", subjects
        # "seinen" of "nach seinen Worten"; "deren" of "Deren Angaben zufolge", "laut" of "laut Mitteilung"
        "possessed": frozenset([x[1] for x in lex["possessive_cues"]] + info),
        # second word -> [(place in the list, phrase, class)]: only the phrases that may stand
        "by_possessed": {
            w: [(p, tuple(x[:-1]), x[-1]) for p, x in enumerate(lex["possessive_cues"]) if x[1] == w]
            for w in {x[1] for x in lex["possessive_cues"]}
        },
        "unnamed": frozenset([x[0] for x in lex["impersonal"]]),  # "hieß" of "hieß es"
        "keys": frozenset(
            [x[1] for x in lex["possessive_cues"]]
            + info
            + [x[0] for x in lex["impersonal"]]
            + list(lex["pronouns"])
            + list(lex["determiners"])
        ),
    }


_TABLES = {lang: _table(lang) for lang in ("de", "en")}
_AUX = frozenset(ATTRIBUTION["auxiliaries_before_verb"])
# what an actor does to what is counted ("They also destroyed 3 bridges"): no verb of stating
_ACTING = frozenset(ATTRIBUTION["acting_verbs"])
_CLAUSE_OPEN = frozenset((",", ";", ":", "–", "—", "(", '"', "„", "“", "”", "»", "«"))


class BackRef:
    """A back-reference in a sentence: its span, class, the verb that makes it speak and the
    head noun of a description ("kasse" in "Die Kasse")."""

    __slots__ = ("cls", "cue", "end", "head", "start", "word")

    def __init__(
        self, start: int, end: int, cls: str, cue: str, head: str | None = None, word: str | None = None
    ):
        self.start, self.end, self.cls, self.cue, self.head = start, end, cls, cue, head
        self.word = word  # a German pronoun ("er", "sie"), whose gender must agree


def noun_class(low: str, lang: str):
    """The class a description head stands for ("konzern" -> institution), or None; German
    compounds by their tail ("Krankenkasse" -> "kasse")."""
    cls = _TABLES[lang]["nouns"].get(low)
    if cls is None and lang == "de" and len(low) > 6:
        return _compound_class(low)
    return cls


@lru_cache(maxsize=8192)
def _compound_class(low: str):
    """``noun_class`` of a long German word by its tail (pure: looked up once per word)."""
    table = _TABLES["de"]
    nouns = table["nouns"]
    for size in table["long"]:  # the tail lengths, longest first: a few dict look-ups
        if len(low) - size >= 3:
            cls = nouns.get(low[-size:])
            if cls is not None:
                return cls
    return None


def specific_compound(low: str, lang: str) -> bool:
    """A German description head that is a compound, known only by its tail ("finanzministerium",
    "bundesgesundheitsministerium"): it names which body it is."""
    return lang == "de" and low not in _TABLES[lang]["nouns"] and noun_class(low, lang) is not None


def _speaks(s, k: int, table) -> str | None:
    """The verb (or auxiliary and verb) at token k that makes the phrase before it a speaker."""
    lowers = s.lowers
    for p in range(k, min(k + 3, s.n)):
        low = lowers[p]
        if low in table["verbs"]:
            return low
        if p > k and lowers[p - 1] == "also" and s.words[p].isalpha() and s.words[p].islower():
            # "It also tweaked ...": "also" after a subject makes the next word a verb, one that
            # states unless it acts ("They also shelled 4 villages": the actor, no source)
            return None if low in _ACTING else low
        if low not in _AUX:
            break
    return _bracket_verb(s, k, table) if k < s.n and lowers[k] in _DE_AUX else None


_DE_AUX = frozenset(ATTRIBUTION["perfect_auxiliaries_de"])
_BRACKET = 16  # tokens from the auxiliary to the participle that closes its clause


def _bracket_verb(s, k: int, table) -> str | None:
    """German "Er hat bislang 2,5 Prozent angeboten": the participle that closes the clause of
    the auxiliary at k, when it is a verb of speaking or stating."""
    q = k + 1
    while q < s.n and q - k <= _BRACKET and s.words[q] not in _CLAUSE_OPEN and s.words[q] not in ".!?":
        q += 1
    last = s.lowers[q - 1]
    return last if q - 1 > k and last in table["verbs"] else None


def _after_apposition(s, k: int) -> int:
    """The token after an apposition that opens at k ("The poll, taken March 8-11, indicates":
    the verb after the second comma), else k."""
    if k >= s.n or s.words[k] != ",":
        return k
    for q in range(k + 2, min(s.n, k + 40)):
        if s.words[q] == ",":
            return q + 1
        if s.words[q] in _CLAUSE_STOPS:
            break
    return k


_CLAUSE_STOPS = frozenset((";", ":", "(", '"', "„", "“", "”", "»", "«"))


def _in_the_document(s, lang: str):
    """ "In the poll, 37 percent said ...", "In der Umfrage ...": a sentence that opens inside a
    document named before."""
    lowers = s.lowers
    if s.n < 4:
        return None
    if lowers[0] in _TABLES[lang]["in"] and lowers[1] in _TABLES[lang]["dets"]:
        if noun_class(lowers[2], lang) != "document":
            return None
        return BackRef(s.starts[0], s.ends[2], "document", lowers[0], lowers[2])
    if _SAME[lang].isdisjoint(s.low_set):  # most sentences: one set test, no set built
        return None
    same = _SAME[lang].intersection(s.low_set)  # "hatten sich in derselben Erhebung noch 49 Prozent"
    for k in positions(lowers, same):
        j = k + 1
        if j < s.n and lowers[k - 1] in _TABLES[lang]["dets"] and lang == "en":
            k -= 1  # "in the same survey"
        if (
            k > 0
            and lowers[k - 1] in _TABLES[lang]["in"]
            and j < s.n
            and noun_class(lowers[j], lang) == "document"
        ):
            return BackRef(s.starts[k - 1], s.ends[j], "document", lowers[k - 1], lowers[j])
    return None


_SAME = {lang: frozenset(LEXICON[lang]["same_words"]) for lang in ("de", "en")}


def find(s, lang: str):
    """The back-reference of sentence ``s`` (the first), or None."""
    table = _TABLES[lang]
    if s.n < 2:
        return None
    if s.lowers[0] in table["in"] or not _SAME[lang].isdisjoint(s.low_set):  # else no call
        doc = _in_the_document(s, lang)
        if doc is not None:
            return doc
    present = table["keys"].intersection(s.low_set)  # one pass in C; the scans below only for these
    if not present:
        return None
    return (
        (_possessive(s, table, present) if not table["possessed"].isdisjoint(present) else None)
        or (_impersonal(s, table, present) if not table["unnamed"].isdisjoint(present) else None)
        or _subject(s, lang, table, present)
        or (_pronoun_after_verb(s, lang, table, present) if lang == "de" else None)
    )


def _possessive(s, table, present):
    """ "Nach seinen Worten", "nach eigenen Angaben", "by its count"; German also "Deren Angaben
    zufolge", "laut Mitteilung" (info_namings_de.py)."""
    lowers = s.lowers
    by_word = table["by_possessed"]
    rows = [r for w in present if w in by_word for r in by_word[w]]
    if len(rows) > 1:
        rows.sort()  # the table's order
    for _, phrase, cls in rows:
        size = len(phrase)
        k = -1
        for _ in range(lowers.count(phrase[0])):  # no ValueError raised at the last one
            k = lowers.index(phrase[0], k + 1)
            if tuple(lowers[k : k + size]) == phrase:
                return BackRef(s.starts[k], s.ends[k + size - 1], cls, " ".join(phrase))
    span = (info_namings_de.possessive_info(s) or info_namings_de.ownerless(s)) if table["german"] else None
    if span is None:
        return None
    return BackRef(s.starts[span[0]], s.ends[span[1]], "any", " ".join(lowers[span[0] : span[1] + 1]))


def _impersonal(s, table, present):
    """ "hieß es weiter": the account goes on without a name."""
    lowers = s.lowers
    for phrase in table["impersonal"]:
        if phrase[0] not in present:
            continue
        for k in positions(lowers, (phrase[0],)):
            if k + 1 < s.n and lowers[k + 1] == phrase[1]:
                return BackRef(s.starts[k], s.ends[k + 1], "impersonal", " ".join(phrase))
    return None


def _subject(s, lang: str, table, present):
    """A subject at the start of the sentence or of a clause: "The watchdog cut ...", "Die
    Behörde verwies ...", "It also said ...", "..., the company said"."""
    lowers = s.lowers
    wanted = present.intersection(table["subjects"])
    # the clauses' starts (fewer than the determiners of most sentences), in text order
    opens = _CLAUSE_OPEN.intersection(s.low_set)
    starts = [0, *[p + 1 for p in positions(lowers, opens)]] if opens else [0]
    research = lang == "en" and "the" in wanted and not _RESEARCH.isdisjoint(s.low_set)
    for k in sorted({*starts, *positions(lowers, ("the",))}) if research else starts:
        if k >= s.n or lowers[k] not in wanted:
            continue
        if (
            k and s.words[k - 1] not in _CLAUSE_OPEN
        ):  # not a clause's start: "the nine states the institute polls"
            ref = _researching(s, k)
            if ref is not None:
                return ref
            continue
        cls = table["pronouns"].get(lowers[k])
        if cls is not None:
            verb = _speaks(s, k + 1, table)
            if verb:
                return BackRef(s.starts[k], s.ends[k], cls, verb, word=_pronoun(lang, lowers[k]))
            continue
        if lowers[k] in table["dets"]:
            ref = _description_at(s, lang, table, k)
            if ref is not None:
                return ref
    return None


_RESEARCH = frozenset(LEXICON["en"]["research_verbs"])
_NOT_NOUNS = frozenset(
    MISC["stopwords"]["en"] + ATTRIBUTION["place_prepositions_en"] + ATTRIBUTION["adverbial_prepositions_en"]
)


def _researching(s, k: int):
    """ "the nine states the institute polls": a description of a body right after a plural
    noun, as the subject of a clause of research work with no relative word (the body whose
    research the sentence reports), or None ("in the institute polls": no clause)."""
    lowers = s.lowers
    if lowers[k] != "the" or k + 2 >= s.n or lowers[k + 2] not in _RESEARCH:
        return None
    before = s.words[k - 1]
    if not (before.isalpha() and before.islower() and before.endswith("s")) or before in _NOT_NOUNS:
        return None
    if noun_class(lowers[k + 1], "en") != "institution":
        return None
    return BackRef(s.starts[k], s.ends[k + 1], "institution", lowers[k + 2], lowers[k + 1])


_POLLS = {lang: tuple(LEXICON[lang]["poll_stems"]) for lang in ("de", "en")}
_POLL_WORDS = _POLLS["de"] + _POLLS["en"]


def _description_at(s, lang: str, table, k: int):
    """ "The company said", "die Behörde verwies": a description after the determiner at k
    that speaks, or None ("the Labor Department", "die Deutsche Bahn": a name)."""
    words, lowers = s.words, s.lowers
    for h in range(k + 1, min(k + 4, s.n)):
        cls = noun_class(lowers[h], lang)
        if cls is not None and (lang == "en" or words[h][0].isupper()):
            verb = _speaks(s, _after_apposition(s, h + 1), table)
            if not verb and k == 0 and lowers[h].startswith(_POLLS[lang]):
                verb = lowers[h]  # "The survey of 2,031 adults was carried out ...": the poll before
            return BackRef(s.starts[k], s.ends[h], cls, verb, lowers[h]) if verb else None
        if not words[h].isalpha() or words[h][0].isupper():
            return None
    return None


def _pronoun_after_verb(s, lang: str, table, present):
    """ "..., sagte er", "teilte sie mit": the pronoun right after a verb that opens a clause."""
    words, lowers = s.words, s.lowers
    for k in positions(lowers, present.intersection(table["pronouns"])):
        cls = table["pronouns"][lowers[k]]
        if k and lowers[k - 1] in VERBS[lang] and (k == 1 or words[k - 2] in _CLAUSE_OPEN):
            return BackRef(s.starts[k], s.ends[k], cls, lowers[k - 1], word=lowers[k])
    return None


def _pronoun(lang: str, low: str) -> str | None:
    return low if lang == "de" else None


_CORPORATE = frozenset(LEXICON["corporate_suffixes"])


def is_company(mention: SourceMention) -> bool:
    return mention.text.rsplit(None, 1)[-1] in _CORPORATE


def name_runs(text: str, s, lang: str, head: str | None):
    """Names no attribution found, as mentions (kind "organisation"), in text order: a run
    of capitalised words that holds the description's head as the tail of a compound
    ("Krankenkasse Nordsee" for "die Kasse") or ends in a company suffix ("Brandt AG")."""
    words, lowers, n = s.words, s.lowers, s.n
    out = []
    k = 0
    dets = _TABLES[lang]["dets"]
    while k < n:
        w = words[k]
        if not (w[0].isupper() and w.isalpha()) or lowers[k] in dets:
            k += 1
            continue
        p = k + 1
        while p < n and words[p][0].isupper() and (words[p].isalpha() or words[p] in _CORPORATE):
            p += 1
        run = lowers[k:p]
        hit = head is not None and any(r.endswith(head) and r != head for r in run)
        if hit or (p - k >= 2 and words[p - 1] in _CORPORATE):
            a, b = s.starts[k], s.ends[p - 1]
            out.append(SourceMention(text[a:b], "organisation", a, b, text[a:b], "", "origin"))
        k = p
    return out


def fits(cls: str, mention: SourceMention, word: str | None = None) -> bool:
    """A named source a back-reference of class ``cls`` can stand for ("Brandt AG" is no
    person, whatever the name finder took it for); a German pronoun (``word``) agrees in
    gender ("sagte sie" not for "des Unternehmens", "er" not for "die Sprecherin") and stands
    for a person named by a role ("nach Angaben eines Bahnsprechers ... Er kündigte an")."""
    person = mention.kind == "person" and mention.text.rsplit(None, 1)[-1] not in _CORPORATE
    if word is not None:
        person = person or gender_de.is_person_role(mention.text)
        if not gender_de.agrees(word, mention, person):
            return False
    if (
        person
        and cls == "document"
        and any(w.startswith(_POLL_WORDS) for w in mention.text.lower().split()[:-1])
    ):
        return True  # "the latest poll by Kestrel Research": the author of a poll
    if cls == "person":
        return person
    if cls in ("institution", "document"):
        return not person
    return True


def is_backref_text(text: str, lang: str) -> str | None:
    """The class of a mention's words when they are themselves a description ("Die Behörde",
    "the company") or a pronoun, else None."""
    parts = text.split()
    if not parts:
        return None
    table = _TABLES[lang]
    low = [p.lower().strip(".,;:") for p in parts]
    if len(low) == 1:
        return table["pronouns"].get(low[0])
    if low[0] in table["dets"] and len(low) <= 4:
        if any(p[:1].isupper() for p in parts[1:-1]) or (lang == "en" and parts[-1][:1].isupper()):
            return None  # "the Labor Department", "das Berliner Landgericht": a name
        return noun_class(low[-1], lang)
    return None


def subject_description(text: str, s, lang: str) -> list[SourceMention]:
    """A description that opens the sentence as its subject ("Die Bahn fuhr ...", "The
    regulator set ..."), as a mention, or []."""
    if s.n < 3 or s.lowers[0] not in _TABLES[lang]["dets"]:
        return []
    cls = noun_class(s.lowers[1], lang)
    if cls is None or cls == "person":
        return []
    a, b = s.starts[0], s.ends[1]
    return [SourceMention(text[a:b], "organisation", a, b, text[a:b], "", "origin")]
