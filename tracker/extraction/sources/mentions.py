"""Who is named in a sentence: gazetteer sources, descriptive sources ("Westliche Experten",
"a senior US official") and persons next to speech verbs.

A mention is just a span with a canonical name and kind; whether it is an attribution is
decided in ``attribution.py``.
"""

from __future__ import annotations

from functools import lru_cache

from ..claims.units import compound_row, unit_of_word
from ..lexicon import ATTRIBUTION, DISCOURSE, NATIONALITIES, SOURCE_NOUNS, SOURCES, WORDS
from ..text.sentences import TOKEN_RE
from .appositions_en import before_relative

MIN_COMPOUND = 5


_GERMAN_ENDINGS = ("es", "en", "er", "em", "e", "s", "n")


ARTICLES = frozenset(WORDS["articles"])  # der … einen, the, a, an


NOT_NAMES = frozenset(WORDS["not_names"])


_AFTER_NAME = frozenset(WORDS["after_name"])


# the endings of _GERMAN_ENDINGS by length: a word has one ending of each length, and the
# longer one goes first
_ENDINGS_2 = frozenset(e for e in _GERMAN_ENDINGS if len(e) == 2)
_ENDINGS_1 = frozenset(e for e in _GERMAN_ENDINGS if len(e) == 1)


def stem(word: str) -> str:
    """Lower case without German inflection endings: "ukrainischen" -> "ukrainisch"; at least
    four letters stay."""
    w = word.lower()
    if len(w) > 5 and w[-2:] in _ENDINGS_2:
        return w[:-2]
    if len(w) > 4 and w[-1] in _ENDINGS_1:
        return w[:-1]
    return w


def _alias_tokens(alias: str):
    return [m.group() for m in TOKEN_RE.finditer(alias)]


def _build_gazetteer():
    exact, folded = {}, {}
    for name, kind, _country, aliases in SOURCES:
        for alias, _lang, strict in aliases:
            toks = _alias_tokens(alias)
            while len(toks) > 1 and toks[0].lower() in ARTICLES:
                toks = toks[1:]  # "the Pentagon", "Die Welt": the article is no part of the key
            if not toks:
                continue
            case = len(alias) <= 6 and alias.replace("-", "").replace(".", "").replace("&", "").isupper()
            entry_key = tuple(toks) if case else tuple(stem(t) for t in toks)
            table = exact if case else folded
            # a capitalised name is not matched by a lower-case word: "for the first time" holds
            # no "Times"
            capital = toks[0][0].isupper()
            # an alias that is also an ordinary word matches only as written: "Economists" is
            # no "The Economist"
            plain = tuple(t.lower() for t in toks) if strict and not case else None
            table.setdefault(entry_key[0], []).append((entry_key, name, kind, strict, capital, plain))
    for table in (exact, folded):
        for k in table:
            table[k].sort(key=lambda e: -len(e[0]))
    return exact, folded


def _split_folded(folded):
    """The folded entries of several words by their first two stems, and those of one word, each
    in the table's order (longest first: every longer entry stands before every one-word one)."""
    pairs, ones = {}, {}
    for first, entries in folded.items():
        for e in entries:
            if len(e[0]) > 1:
                pairs.setdefault((first, e[0][1]), []).append(e)
            else:
                ones.setdefault(first, []).append(e)
    return pairs, ones


_EXACT, _FOLDED = _build_gazetteer()
_FOLDED_PAIRS, _FOLDED_ONE = _split_folded(_FOLDED)
# the first words of the exact entries as a frozenset: its isdisjoint() with a sentence's words
# is a third of the cost of the dict's keys view's
_EXACT_FIRST = frozenset(_EXACT)


# lower-case forms that can stem to the first word of a folded alias: only those are stemmed
_FOLDED_FIRST = frozenset(k + e for k in _FOLDED for e in ("", *_GERMAN_ENDINGS)) | frozenset(_FOLDED)


NOUN_TAILS = {lang: frozenset(f[-4:] for f in SOURCE_NOUNS[lang]) for lang in ("de", "en")}


class Mention:
    __slots__ = ("head", "i0", "i1", "kind", "name", "strict")

    def __init__(self, i0, i1, name, kind, strict=False, head=None):
        self.i0, self.i1, self.name, self.kind, self.strict = i0, i1, name, kind, strict
        self.head = head if head is not None else i1 - 1


def gazetteer_mentions(s):
    """The gazetteer's sources named in sentence ``s``, longest first at each word, in text
    order and without overlaps: exact spellings or stemmed (folded) ones, the longer. Found
    once per sentence (``s.memo``: the subject finders ask again); read only."""
    found = s.memo.get("gazetteer")
    if found is None:
        found = s.memo["gazetteer"] = _gazetteer_mentions(s)
    return found


def _gazetteer_mentions(s):
    out = []
    words, lowers = s.words, s.lowers
    exact, folded_first = _EXACT, _FOLDED_FIRST
    if _EXACT_FIRST.isdisjoint(words) and folded_first.isdisjoint(s.low_set):
        return out
    stems = {}  # token index -> stem, computed once
    after = 0
    for i in [k for k, w in enumerate(words) if w in exact or lowers[k] in folded_first]:
        if i < after:
            continue
        hit = _exact_hit(words, i)
        if lowers[i] in folded_first:  # the longer of both: "NHS England", not "NHS"
            longer = _folded_hit(s, i, stems)
            if longer is not None and (hit is None or longer.i1 > hit.i1):
                hit = longer
        if hit:
            out.append(hit)
            after = hit.i1
    return out


def _exact_hit(words, i: int):
    """The gazetteer entry spelled exactly as the words from i, or None."""
    for key, name, kind, strict, _capital, _plain in _EXACT.get(words[i], ()):
        if tuple(words[i : i + len(key)]) == key:
            return Mention(i, i + len(key), name, kind, strict)
    return None


def _folded_hit(s, i: int, stems):
    """The gazetteer entry whose stems match the words from i ("Verteidigungsministeriums"),
    or None; the entries of several words only under their first two stems (most entries, "UN
    ...", "US ...", part at the second word), then those of one word."""
    words, lowers, n = s.words, s.lowers, s.n
    first = _stem_at(stems, words, i)
    if first not in _FOLDED:
        return None
    longer = _FOLDED_PAIRS.get((first, _stem_at(stems, words, i + 1)), ()) if i + 1 < n else ()
    for key, name, kind, strict, capital, plain in (*longer, *_FOLDED_ONE.get(first, ())):
        size = len(key)
        if i + size > n or (capital and words[i][0].islower()):
            continue
        if plain is not None and any(
            lowers[i + t] not in (w, w + "'s", w + "’s") for t, w in enumerate(plain)
        ):
            continue
        if all(_stem_at(stems, words, i + t) == key[t] for t in range(1, size)):
            return Mention(i, i + size, name, kind, strict)
    return None


def _stem_at(stems, words, i: int) -> str:
    st = stems.get(i)
    if st is None:
        st = stems[i] = stem(words[i])
    return st


def source_noun(s, i: int, lang: str):
    """(category, kind) when token i is a source noun ("Experten", "Geheimdienstbeamter", "officials")."""
    low = s.lowers[i]
    if lang == "de":
        if not s.words[i][0].isupper():
            return None
        if low[-4:] not in NOUN_TAILS["de"] and "-" not in low:
            return None
        return _german_noun(low)
    table = SOURCE_NOUNS[lang]
    hit = table.get(low)
    if hit is None and "-" in low:
        hit = table.get(low.rsplit("-", 1)[1])
    return hit


@lru_cache(maxsize=8192)
def _german_noun(low: str):
    """The row of a capitalised German word as a source noun, by its last parts (a pure function
    of the word: the compound search runs once per word, not once per token)."""
    table = SOURCE_NOUNS["de"]
    hit = compound_row(table, low, MIN_COMPOUND)
    if hit:
        return hit
    if "-" in low:
        return table.get(low.rsplit("-", 1)[1])
    return None


def nationality(word: str, lang: str):
    table = NATIONALITIES[lang]
    low = word.lower()
    if lang == "en":
        low = low[:-2] if low.endswith("'s") or low.endswith("’s") else low
        return table.get(low)
    hit = table.get(low) or table.get(stem(low))
    if hit:
        return hit
    for e in ("en", "er", "es", "em", "e"):
        if low.endswith(e) and table.get(low[: -len(e)]):
            return table[low[: -len(e)]]
    return None


def person_near(s, verb: int, lang: str, taken):
    """A capitalised name right after (``sagte Kim``, ``said John Smith``) or before (``Smith said``)
    a speech verb."""
    return _name_after(s, verb, lang, taken) or _name_before(s, verb, lang, taken)


def _name_after(s, verb: int, lang: str, taken):
    """ "sagte Kim", "said John Smith": the capitalised words right after the verb, or None."""
    n, words = s.n, s.words
    p = verb + 1
    joined = False
    while p < n and p - verb <= (_JOINED_WORDS if joined else 4):
        if (
            words[p][0].isupper()
            and words[p] not in NOT_NAMES
            and p not in taken
            and (lang == "en" or _not_unit_nor_noun(s, p, lang))
        ):
            p += 1
        elif lang == "en" and p > verb + 1 and _joins_name(s, p, taken):
            joined = True  # "said Dorset & Wiltshire Fire and Rescue Service"
            p += 1
        else:
            break
    if (
        p > verb + 1
        and not (p < n and words[p][0].isalpha() and words[p][0].islower() and s.lowers[p] not in _AFTER_NAME)
        and nationality(words[verb + 1], lang) is None
    ):
        return Mention(
            verb + 1, p, " ".join(words[verb + 1 : p]), "organisation" if joined else _kind(s, verb + 1, p)
        )
    return None


def _not_unit_nor_noun(s, p: int, lang: str) -> bool:
    return unit_of_word(s.lowers[p], lang) is None and source_noun(s, p, lang) is None


_NAME_JOINS_EN = frozenset(WORDS["name_joins_en"])
_JOINED_WORDS = 8  # words of a body's name after the verb when it holds "and", "&", "of"


def _joins_name(s, p: int, taken) -> bool:
    """Token p joins two capitalised parts of one name after a speech verb ("Fire and Rescue
    Service", "Dorset & Wiltshire")."""
    return (
        s.lowers[p] in _NAME_JOINS_EN
        and p + 1 < s.n
        and s.words[p + 1][:1].isupper()
        and s.words[p + 1].isalpha()
        and p + 1 not in taken
    )


_POSSESSIVES_DE = frozenset(ATTRIBUTION["possessives_de"])


def _name_before(s, verb: int, lang: str, taken):
    """ "Smith said", "Nakuru county commissioner Esther Mwangi told": the capitalised words
    right before the verb at the start of a clause (a role phrase may stand before them)."""
    words = s.words
    end = before_relative(s, verb) if lang == "en" else verb
    if lang == "en" and _dotted_form(words, end):
        return _dotted_name(s, end, taken)  # "Northpeak Software Inc. said"
    q = _capitalised_start(s, end, lang, taken)
    opens = q == 0 or (q == 1 and lang == "de" and s.lowers[0] in _POSSESSIVES_DE)  # "Ihr Chef X sagte"
    if q < end and (opens or not words[q - 1][0].isalpha() or s.lowers[q - 1] in ("und", "and")):
        if lang == "de" and q == 0 and unit_of_word(s.lowers[q], lang):
            return None
        kind = "organisation" if _called_its(s, verb) else _kind(s, q, end)
        return Mention(q, end, " ".join(words[q:end]), kind)
    if lang == "en" and verb - q >= 2 and q >= 1 and source_noun(s, q - 1, lang) is not None:
        return _after_role(s, q, verb)
    return None


_DOTTED_FORMS = frozenset(
    w[:-1] for w in DISCOURSE["corporate_suffixes"] if w.endswith(".") and w.count(".") == 1
)


def _dotted_form(words, end: int) -> bool:
    """The name before token ``end`` ends in a company's legal form with its dot ("Inc.",
    "Corp."), which the tokens split ("Inc", ".")."""
    return end >= 3 and words[end - 1] == "." and words[end - 2] in _DOTTED_FORMS


def _dotted_name(s, end: int, taken):
    """ "Northpeak Software Inc. said": the company's name with its legal form and dot, at the
    start of a clause, or None."""
    q = _capitalised_start(s, end - 2, "en", taken)
    if q == end - 2 or (q and s.words[q - 1][0].isalpha() and s.lowers[q - 1] != "and"):
        return None
    return Mention(q, end, " ".join(s.words[q : end - 1]) + ".", "organisation")


def _kind(s, a: int, b: int) -> str:
    """ "UKHSA said", "sagte der ADAC": a single word in capitals is a body's acronym, no person;
    nor is a name the clause goes on to call "its" ("Nationwide said its index rose")."""
    w = s.words[a]
    if b == a + 1 and len(w) > 1 and w.isupper() and w.isalpha():
        return "organisation"
    return "organisation" if _called_its(s, b) else "person"


_ITS = frozenset(ATTRIBUTION["body_possessives_en"])
_HIS = frozenset(ATTRIBUTION["person_possessives_en"])


def _called_its(s, verb: int) -> bool:
    """ "its" follows the verb before any "his", "her" or clause mark."""
    for k in range(verb + 1, min(s.n, verb + 5)):
        if s.lowers[k] in _ITS:
            return True
        if s.lowers[k] in _HIS or not s.words[k][0].isalnum():
            return False
    return False


def _capitalised_start(s, verb: int, lang: str, taken) -> int:
    """Where the up to four capitalised words right before the verb start (``verb`` if none)."""
    words = s.words
    q = verb
    while (
        q > 0
        and verb - q < 4
        and words[q - 1][0].isupper()
        and words[q - 1] not in NOT_NAMES
        and (q - 1) not in taken
        and (lang == "en" or q - 1 > 0)
    ):
        q -= 1
    return q


def _after_role(s, q: int, verb: int):
    """ "Nakuru county commissioner Esther Mwangi told": the name after a role phrase that
    opens the clause, as a person mention over both, or None."""
    words = s.words
    a = q - 1
    while a > 0 and q - a < 4 and words[a - 1][0].isalpha() and s.lowers[a - 1] not in ARTICLES:
        a -= 1
    if a == 0 or not words[a - 1][0].isalpha() or s.lowers[a - 1] in ARTICLES:
        return Mention(a, verb, " ".join(words[q:verb]), "person")
    return None


_KNOWN: dict[str, tuple[str, str, str]] = {}


def known_source(name: str) -> tuple[str, str, str] | None:
    """(canonical name, kind, country) of a gazetteer source named ``name`` or one of its
    aliases, case-insensitively; None for a name the gazetteer does not hold.

    >>> known_source("korean central news agency")
    ('KCNA', 'state_media', 'KP')
    """
    if not _KNOWN:
        for canonical, kind, country, aliases in SOURCES:
            for alias in [canonical, *(a for a, _lang, _strict in aliases)]:
                _KNOWN.setdefault(alias.lower(), (canonical, kind, country))
    return _KNOWN.get(name.strip().lower())
