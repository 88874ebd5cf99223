"""Described sources: a source noun with its modifiers ("Westliche Experten", "the UK's
Office for National Statistics", "das Statistische Landesamt"), bodies named for a place or a
cause, names in quotation marks.
"""

from __future__ import annotations

from ..claims.units import DE_FUNCTION, EN_FUNCTION, unit_of_word
from ..lexicon import ATTRIBUTION, SOURCE_NOUNS, WORDS
from .cues import VERBS
from .mentions import ARTICLES, NOT_NAMES, NOUN_TAILS, Mention, nationality, source_noun

_CUE_STOP = frozenset(WORDS["cue_stops"])
_GROUP_HEADS = frozenset(ATTRIBUTION["ambiguous_group_heads_en"])
_RANKED = frozenset(ATTRIBUTION["ranked_part_modifiers_en"])
_COMPOUND_TAILS = frozenset(ATTRIBUTION["compound_tails_en"])


def _is_modifier(s, k: int, lang: str, first: bool) -> bool:
    w, low = s.words[k], s.lowers[k]
    if not w[0].isalpha() or low in _CUE_STOP:
        return False
    if lang == "de":
        if low in DE_FUNCTION or low in ARTICLES:
            return False
        if w[0].islower():
            return low.endswith(("e", "en", "er", "es", "em"))
        # capitalised: Westliche (sentence start), Kiewer, US-amerikanischen, US
        return (
            nationality(w, lang) is not None
            or (
                low.endswith("er")
                and len(low) > 4
                and k > 0
                and unit_of_word(low, lang) is None
                and source_noun(s, k, lang) is None
            )
            or (first and low.endswith(("e", "en", "er", "es")))
            or w.isupper()
        )
    if w.isupper() and len(w) <= 4:
        return True  # US, UK, EU, UN
    return not (low in EN_FUNCTION or low in ARTICLES)


def descriptive_mentions(s, lang: str, taken):
    """Source-noun heads with their modifiers; coordinated adjectives become mentions of their own."""
    out = []
    for i in _heads(s, lang):
        if i in taken:
            continue
        hit = source_noun(s, i, lang)
        if not hit:
            continue
        if (
            lang == "en"
            and i + 1 < s.n
            and (source_noun(s, i + 1, lang) or s.lowers[i + 1] in _COMPOUND_TAILS)
        ):
            continue  # "intelligence official": the last noun is the head; "council tax": no body
        if lang == "en" and i and s.lowers[i] in _GROUP_HEADS and s.lowers[i - 1] in _RANKED:
            continue  # "The largest group, some 6,300 people": a part of the counted
        _describe(s, lang, i, hit, taken, out)
    return out


# the English source nouns as a frozenset: isdisjoint() with a sentence's words costs a third of
# the dict's keys view's
_EN_NOUNS = frozenset(SOURCE_NOUNS["en"])


def _heads(s, lang: str) -> list:
    """The tokens that may head a described source (a cheap pre-check on the whole sentence;
    German: one pass over the tokens' endings, which costs less than a search of the sentence
    for the endings, which most sentences hold somewhere)."""
    if lang == "de":
        tails = NOUN_TAILS["de"]
        return [k for k, low in enumerate(s.lowers) if low[-4:] in tails or "-" in low]
    table = SOURCE_NOUNS["en"]
    if "-" not in s.text_lower and _EN_NOUNS.isdisjoint(s.low_set):
        return []
    return [k for k, low in enumerate(s.lowers) if low in table or "-" in low]


def _describe(s, lang: str, i: int, hit, taken, out) -> None:
    """The mention headed by the source noun at i, with its modifiers, a name after a role
    noun, an apposed person, what an institution is for or a genitive that names the source;
    and a coordinated modifier before it as a mention of its own."""
    category, kind = hit
    i0 = _modifiers_start(s, lang, i, taken)
    name = _label(s, lang, i0, i, category)
    i1 = i + 1
    quoted = _quoted_title(s, kind, i0, i, i1)
    if quoted is not None:
        out.append(quoted)
        return
    name, kind, i1 = _named_after_head(s, lang, i1, name, kind, taken)
    if i1 == i + 1 and kind != "person" and s.lowers[i].endswith(_INSTITUTIONS[lang]):
        i1, name = _named_for(s, i0, i1, name)
    if i1 == i + 1 and kind != "person":
        i1 = _genitive_after(s, i1)
    out.append(Mention(i0, i1, name, kind, head=i))
    other = _coordinated_modifier(s, lang, i0, i, category, kind, taken)
    if other is not None:
        out.append(other)


def _modifiers_start(s, lang: str, i: int, taken) -> int:
    """Where the modifiers before the source noun at i begin ("russische Militärblogger", "das
    im MDax notierte Unternehmen"); a verb before a role and its name is not one of them."""
    i0 = i
    while i0 > 0 and i - i0 < 4 and (i0 - 1) not in taken and _is_modifier(s, i0 - 1, lang, i0 - 1 == 0):
        i0 -= 1
    if lang != "de" or i0 == i:
        return i0
    if _participle_phrase(s, i0, taken):
        i0 -= 2  # "das im MDax notierte Unternehmen", "die in Bonn ansässige Behörde"
    if s.lowers[i0] in VERBS["de"] and i + 1 < s.n and s.words[i + 1][:1].isupper():
        i0 += 1  # "meldete Gouverneur Oleh Bondar": the verb before a role and its name
    return i0


def _participle_phrase(s, i0: int, taken) -> bool:
    """A preposition and a name before the participle at i0 that opens the modifiers ("im
    MDax notierte", "in Bonn ansässige"): one attribute with it."""
    w = s.words[i0]
    if i0 < 2 or not w[0].islower() or not w.endswith(_PARTICIPLE_ENDS) or {i0 - 1, i0 - 2} & taken:
        return False
    return s.words[i0 - 1][0].isupper() and s.lowers[i0 - 2] in _PARTICIPLE_PREPS


_PARTICIPLE_PREPS = frozenset(ATTRIBUTION["participle_prepositions_de"])
_PARTICIPLE_ENDS = ("te", "ten", "ene", "enen", "ige", "igen")  # notierte, gelegene, ansässige


def _label(s, lang: str, i0: int, i: int, category: str) -> str:
    """ "russische Militärblogger" -> "Russian military bloggers"-like labels: the nationality
    with the category, else the words as written, else the category."""
    nat = None
    for k in range(i0, i):
        nat = nat or nationality(s.words[k], lang)
    if nat and nat.lower() not in category.lower():
        return f"{nat} {category}"
    return " ".join(s.words[i0 : i + 1]) if i0 < i else category


def _quoted_title(s, kind: str, i0: int, i: int, i1: int):
    """ "die ägyptische Zeitung »Al-Ahram«", "die Zeitung „Sudan Tribune“": the title in
    quotation marks is the name, or None."""
    n = s.n
    if kind not in _NAMED_IN_QUOTES or i1 + 2 >= n or s.words[i1] not in _OPENING_QUOTES:
        return None
    close = next((q for q in range(i1 + 2, min(n, i1 + 7)) if s.words[q] in _CLOSING_QUOTES), None)
    if close is not None and all(s.words[q][0].isupper() for q in range(i1 + 1, close)):
        return Mention(i0, close + 1, " ".join(s.words[i1 + 1 : close]), kind, head=i)
    return None


def _named_after_head(s, lang: str, i1: int, name: str, kind: str, taken):
    """(name, kind, end) after a role or body noun: a name right after it ("Bürgermeister Oleh
    Danyljuk", "der Nichtregierungsorganisation Caucasus Watch") or a person in apposition
    ("die Leiterin der Delegation, Nora Haddad, ..."); else as they were."""
    if lang == "en" and (s.lowers[i1 - 1] in _TITLE_OPENERS or s.lowers[i1 - 1] in _TITLE_ROLES):
        i1 = _title_end(s, i1, taken)  # "Chief Financial Officer Marcus Lee": the name after the title
    p = _name_run_end(s, lang, i1, taken)
    if p > i1 and s.lowers[i1 - 1].endswith(_INSTITUTIONS[lang]):
        return f"{name} {' '.join(s.words[i1:p])}", kind, p  # "Statistisches Landesamt Sachsen": its place
    if p > i1 and kind in ("government", "military", "expert", "other", "intelligence"):
        return " ".join(s.words[i1:p]), "person", p
    if p > i1 and kind in ("organisation", "news_outlet", "news_agency"):
        return " ".join(s.words[i1:p]), kind, p
    if kind != "person":
        found = _person_in_apposition(s, lang, i1, taken)
        if found is not None:
            return found
    return name, kind, i1


_TITLE_OPENERS = frozenset(ATTRIBUTION["role_openers_en"])
_TITLE_ROLES = frozenset(ATTRIBUTION["person_roles"])
_TITLE_WORDS = 3  # capitalised words of a title after its opener ("Chief Operating Officer")


def _title_end(s, i1: int, taken) -> int:
    """ "Chief Financial Officer", "Chief Executive Officer": after a title's opener, the end of
    the capitalised words up to its last role noun (a name follows the title), else i1."""
    end = i1
    for p in range(i1, min(i1 + _TITLE_WORDS, s.n)):
        if not s.words[p][0].isupper() or p in taken:
            break
        if s.lowers[p] in _TITLE_ROLES:
            end = p + 1
    return end if end < s.n and s.words[end][0].isupper() else i1


def _name_run_end(s, lang: str, i1: int, taken) -> int:
    """The end of up to three capitalised words from i1 that are no unit, source noun or
    known non-name ("Bürgermeister Oleh Danyljuk")."""
    n = s.n
    p = i1
    while (
        p < n
        and p - i1 < 3
        and s.words[p][0].isupper()
        and s.words[p] not in NOT_NAMES
        and unit_of_word(s.lowers[p], lang) is None
        and source_noun(s, p, lang) is None
        and p not in taken
    ):
        p += 1
    return p


def _person_in_apposition(s, lang: str, i1: int, taken):
    """ "die Leiterin der Delegation, Nora Haddad, ...": (name, "person", end), or None."""
    n = s.n
    g = _genitive_end(s, i1, lang)
    if g >= n or s.words[g] != ",":
        return None
    q = g + 1
    while q < n and q - g <= 3 and _name_word(s, q, lang, taken):
        q += 1
    if q > g + 1 and (q >= n or s.words[q] in (",", ".", ";", ")")):
        return " ".join(s.words[g + 1 : q]), "person", q
    return None


def _genitive_after(s, i1: int) -> int:
    """The end of a genitive that names the source after the head ending at i1, also over the
    year of a yearly document's edition ("Gesundheitsreport 2026 der Kasse"); or i1."""
    g = i1 + 1 if i1 + 2 < s.n and _edition_year(s.words[i1]) else i1
    if g + 1 < s.n and s.lowers[g] in ("des", "der", "of"):
        end = _genitive_source_end(s, g)
        return end if end > g else i1
    return i1


def _edition_year(word: str) -> bool:
    """ "2026": a year naming a document's edition."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _genitive_source_end(s, i1: int) -> int:
    """ "Lagebericht des Verteidigungsministeriums in London", "Sprecher des Heeres": the
    genitive names the actual source; the mention ends after it (or at i1)."""
    n = s.n
    q = i1 + 1
    if q < n and s.lowers[q] == "the":
        q += 1
    while q < n and q - i1 < 5 and s.words[q][0].isalpha() and _genitive_word(s, q):
        q += 1
    return q if q > i1 + 1 and s.words[q - 1][0].isupper() else i1


def _genitive_word(s, q: int) -> bool:
    w, low = s.words[q], s.lowers[q]
    if w[0].isupper():
        return True
    return low.endswith(("e", "en", "er", "es")) and low not in DE_FUNCTION and low not in EN_FUNCTION


def _coordinated_modifier(s, lang: str, i0: int, i: int, category: str, kind: str, taken):
    """Elliptic coordination: "ukrainischen und US-amerikanischen Geheimdienstinformationen"
    -> a mention for "ukrainischen" too, or None."""
    if not (
        i0 >= 2
        and s.lowers[i0 - 1] in ("und", "and", "sowie", "oder", "or")
        and _is_modifier(s, i0 - 2, lang, i0 - 2 == 0)
        and (i0 - 2) not in taken
    ):
        return None
    other = nationality(s.words[i0 - 2], lang)
    if not (other or lang == "de"):
        return None
    label = f"{other} {category}" if other else s.words[i0 - 2]
    return Mention(i0 - 2, i0 - 1, label, kind, head=i)


# institutions named by what they are for: "Landesamt für Gesundheit und Soziales", "Bundesamt
# für Strahlenschutz", "Centre for Economic Policy Research"
_INSTITUTIONS = {
    "de": (
        "amt",
        "institut",
        "ministerium",
        "behörde",
        "zentrum",
        "zentrale",
        "kommission",
        "agentur",
        "stiftung",
    ),
    "en": (
        "office",
        "institute",
        "centre",
        "center",
        "council",
        "commission",
        "foundation",
        "bureau",
        "agency",
    ),
}


_FOR_JOINS = frozenset(ATTRIBUTION["for_joins"])


def _named_for(s, i0: int, i1: int, name: str):
    """(end, name) of an institution whose name goes on with "für ..." / "for ...", or (i1, name)."""
    words, lowers, n = s.words, s.lowers, s.n
    if i1 + 1 >= n or lowers[i1] not in ("für", "for"):
        return i1, name
    q, last = i1 + 1, None
    while q < n and q - i1 <= 8:
        w = words[q]
        if w[0].isupper() and w[0].isalpha() and w not in NOT_NAMES:
            last = q
        elif not (lowers[q] in _FOR_JOINS and q + 1 < n and words[q + 1][0].isalpha()):
            break
        q += 1
    if last is None:
        return i1, name
    return last + 1, " ".join(words[i0 : last + 1])


_NAMED_IN_QUOTES = frozenset(("news_outlet", "news_agency", "organisation", "state_media"))


_OPENING_QUOTES = frozenset(("„", "»", "«", '"', "“"))


_CLOSING_QUOTES = frozenset(("“", "«", "»", '"', "”"))


def _name_word(s, p: int, lang: str, taken) -> bool:
    w = s.words[p]
    return (
        w[0].isupper()
        and w.isalpha()
        and w not in NOT_NAMES
        and unit_of_word(s.lowers[p], lang) is None
        and source_noun(s, p, lang) is None
        and p not in taken
    )


def _genitive_end(s, i1: int, lang: str) -> int:
    """The end of a short genitive after a role noun ("der Delegation", "des Küstenschutzes",
    "of the foundation"), or i1."""
    n = s.n
    if i1 + 1 < n and s.lowers[i1] in ("des", "der", "of"):
        q = i1 + 1
        if s.lowers[q] == "the":
            q += 1
        while q < n and q - i1 < 4 and s.words[q][0].isalpha() and s.lowers[q] not in ("und", "and"):
            q += 1
            if s.words[q - 1][0].isupper():
                return q
        return i1
    return i1
