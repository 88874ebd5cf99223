"""Information nouns and their authors ("a poll by Ipsos", "Daten des Statistischen Bundesamts"),
the labels and kinds of generic sources, and nouns that only name a method ("Schätzungen").
"""

from __future__ import annotations

import re

from ..lexicon import ATTRIBUTION, DISCOURSE, SOURCE_NOUNS, trie_regex
from ..text.phrases import INFO_HEADS, is_info_head, np_after
from .cues import MEDIA
from .mentions import ARTICLES, Mention, gazetteer_mentions, known_source, source_noun
from .pruning import in_later_relative_clause

_INFO_RE = re.compile(trie_regex(INFO_HEADS))


# words that qualify an estimate without naming anyone: "nach ersten Schätzungen", "Early
# estimates put", "nach vorläufigen Daten", "nach bisherigen Erkenntnissen"
_METHOD_WORDS = frozenset(
    (
        *("erste", "ersten", "erster", "vorläufige", "vorläufigen", "neue", "neuen", "neuesten", "aktuelle"),
        *("aktuellen", "jüngsten", "letzten", "einer", "einem", "eine", "bisherige", "bisherigen"),
        *("early", "first", "initial", "preliminary", "latest", "new", "current", "recent"),
    )
)


_PLAIN_INFO = frozenset(INFO_HEADS)


_AUTHOR_AFTER = frozenset(ATTRIBUTION["author_joins"])
_RELEASE_HEADS = frozenset(ATTRIBUTION["release_heads_en"])


def method_only(s, span) -> bool:
    """The phrase is only an information noun and its qualifiers: it names no one."""
    a, b = span
    lowers = s.lowers
    if (b < s.n and lowers[b] in _AUTHOR_AFTER) or (b + 1 < s.n and lowers[b + 1] in _AUTHOR_AFTER):
        return False  # "Data compiled by Bloomberg", "Schätzungen der Versicherer"
    if lowers[b - 1] in _RELEASE_HEADS:
        return False  # "new figures show", as "figures show": a release, not a method
    if _METHOD_WORDS.issuperset(lowers[a:b]):
        return True  # "Early" before "estimates put"
    # the plain word only: "Polizeiangaben", "Geheimdienstinformationen" name their source
    return lowers[b - 1] in _PLAIN_INFO and _METHOD_WORDS.issuperset(lowers[a : b - 1])


def info_sources(s, lang: str, blocked=()):
    """ "Im neuen Deutschlandtrend des Instituts X", "a poll by Ipsos": an information noun with
    its author names the source even without a cue word."""
    out = []
    if _INFO_RE.search(s.text_lower) is None:  # no information noun at all (a superset test, one C call)
        return own_terms(s, lang, blocked) or (document_subject(s, blocked) if lang == "en" else [])
    for h in range(s.n):  # "... in latest YouGov poll" ends a headline
        w = s.words[h]
        if not w[0].isalpha() or not is_info_head(s.lowers[h]) or (lang == "de" and not _noun(w)):
            continue
        owner = _owner_before(s, h, lang, blocked)
        if owner is not None:
            out.extend(_owner_and_pollster(s, h, lang, blocked, owner))
        elif h + 2 < s.n:
            out.extend(_author_after(s, h, lang, blocked))
    out = out or own_terms(s, lang, blocked) or (document_subject(s, blocked) if lang == "en" else [])
    return [x for x in out if not in_later_relative_clause(s, x[0].i0, blocked)]


_DOCUMENT_VERBS = frozenset(ATTRIBUTION["document_verbs_en"])
_DOCUMENT_REACH = 10  # tokens from the document to its verb over an apposition in commas


def document_subject(s, blocked=()) -> list:
    """ "The proposals, published on Monday, set out savings of £15.2m", "The budget papers
    show ...": a document named by its noun (no author) that opens the sentence as the subject
    of a verb that presents its content is the source of the figures (as (mention, cue, role))."""
    if s.n < 4 or s.lowers[0] not in ARTICLES:
        return []
    h = next((k for k in range(1, 4) if source_noun(s, k, "en") and k not in blocked), None)
    if h is None or source_noun(s, h, "en")[1] != "other":
        return []
    v = h + 1
    if v < s.n and s.words[v] == ",":  # ", published on Monday,": over the apposition
        v = next((j + 1 for j in range(v + 1, min(s.n, h + _DOCUMENT_REACH)) if s.words[j] == ","), v)
    if v >= s.n or s.lowers[v] not in _DOCUMENT_VERBS:
        return []
    return [(Mention(0, h + 1, source_label(s, 0, h + 1, "en"), "other"), s.lowers[v], "origin")]


def _noun(w: str) -> bool:
    """A German noun: capitalised, or a compound whose last part is ("ntv-Trendbarometer" after
    "RTL/")."""
    return w[0].isupper() or w[w.rfind("-") + 1 : w.rfind("-") + 2].isupper()


_TERMS = {"de": frozenset(ATTRIBUTION["terms_nouns_de"]), "en": frozenset(ATTRIBUTION["terms_nouns_en"])}
_TERMS_REACH = 8


def own_terms(s, lang: str, blocked) -> list:
    """ "the employers' offer of 3%", "the union's demand for a 10% rise", "das Angebot der
    Arbeitgeber von 5 Prozent", "die Forderung der Gewerkschaft nach 8 Prozent": who offers or
    demands a figure declares it (its source)."""
    terms = _TERMS[lang]
    if terms.isdisjoint(s.low_set):
        return []
    for h, low in enumerate(s.lowers):
        if low not in terms or h in blocked or not any(k in blocked for k in range(h + 1, h + _TERMS_REACH)):
            continue  # the figure stands right after its noun: "offer of 3%", "Angebot ... von 5 Prozent"
        if lang == "en":
            owner = (_possessor(s, h, blocked) or _plural_owner(s, h, blocked)) if h > 1 else None
        else:
            made = _author_after(s, h, lang, blocked)
            owner = made[0][0] if made else None
        if owner is not None and (lang == "en" or owner.kind != "other"):  # not "Forderung der Gläubiger"
            return [(owner, low, "origin")]
    return []


def _owner_before(s, h: int, lang: str, blocked):
    """The source named before or in the information noun at h: "in der neuen Forsa-Umfrage"
    (the pollster's poll), "YouGov's latest poll", "the Ipsos survey"; or None."""
    if h in blocked:
        return None
    if lang == "de" and "-" in s.words[h]:
        return _named_compound(s, h)
    if lang == "en" and h:
        return _possessor(s, h, blocked) or _named_before(s, h, blocked)
    return None


def _owner_and_pollster(s, h: int, lang: str, blocked, owner) -> list:
    """ "ARD-Deutschlandtrend von Infratest dimap", "ZDF-Politbarometer der Forschungsgruppe
    Wahlen": a broadcaster's series made by a named pollster; the pollster is the origin and the
    broadcaster relays it. Otherwise the owner is the origin."""
    if lang == "de" and owner.kind in MEDIA and s.lowers[h + 1] in ("von", "vom", "des", "der"):
        made = _author_after(s, h, lang, blocked)
        if made:
            author = made[0][0]  # the gazetteer's whole name: "Infratest dimap", "des Instituts Forsa"
            author = next((m for m in gazetteer_mentions(s) if author.i0 <= m.i0 < author.i1), author)
            return [(author, s.lowers[h], "origin"), (owner, s.lowers[h], "relay")]
    return [(owner, s.lowers[h], "origin")]


def _author_after(s, h: int, lang: str, blocked) -> list:
    """The author after the information noun at h ("Daten des Statistischen Bundesamts", "a
    poll by Ipsos") and an outlet it was made for, as (mention, cue, role) tuples."""
    nxt = s.lowers[h + 1]
    if lang == "de" and nxt in ("des", "der"):
        a = h + 1
    elif nxt in ("by", "from", "von", "vom"):
        a = h + 2
    else:
        return []
    sub = np_after(s, a, lang)
    if sub and lang == "en" and not _names_someone(s, sub):
        sub = None
    if not sub or any(k in blocked for k in range(sub[0], sub[1])):
        return []
    b = sub[1]
    mention = Mention(a, b, source_label(s, a, b, lang), guess_kind(s, a, b, lang))
    return [(mention, s.lowers[h], "origin"), *_commissioner(s, b, s.lowers[h])]


def _names_someone(s, sub) -> bool:
    """An English phrase after "by"/"from" that names an author: "the ..." or a capital."""
    return s.lowers[sub[0]] in ("the", "a", "an") or any(
        s.words[k][0].isupper() for k in range(sub[0], sub[1])
    )


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _plural_owner(s, h: int, blocked):
    """ "the employers' offer" split as "employers", "'": a plural source noun before its noun."""
    k = h - 2
    if s.words[h - 1] not in ("'", "’") or k in blocked or s.lowers[k] not in SOURCE_NOUNS["en"]:
        return None
    return Mention(k, h, s.words[k], guess_kind(s, k, k + 1, "en"))


def _possessor(s, h: int, blocked):
    """The name that owns the information noun at h ("the Civic Trust's annual survey",
    "YouGov's latest poll", "the regulator's figures"): a capitalised name or a source noun
    with a possessive, before at most three lower-case qualifiers."""
    words, lowers = s.words, s.lowers
    k = h - 1
    while k > 0 and h - k <= 3 and words[k].isalpha() and words[k].islower():
        k -= 1
    if not lowers[k].endswith(_POSSESSIVE_ENDS) or k in blocked:
        return None
    owner = words[k][:-2] if lowers[k].endswith(("'s", "’s")) else words[k][:-1]
    if not owner[:1].isupper() and owner.lower() not in SOURCE_NOUNS["en"]:
        return None  # "the regulator's figures" yes, "last year's survey" no
    a = k
    while (
        a > 0 and k - a < 4 and words[a - 1][:1].isupper() and words[a - 1].isalpha() and a - 1 not in blocked
    ):
        a -= 1
    name = " ".join([*words[a:k], owner])
    if a == 0 and name in ("The", "A"):
        return None
    return Mention(a, k + 1, name, guess_kind(s, a, k + 1, "en"))


def _named_before(s, h: int, blocked):
    """A known source right before the information noun at h, maybe with a qualifier between
    ("In the Ipsos survey", "the latest ONS figures", "a new YouGov poll")."""
    k = h - 1
    if k > 0 and s.words[k].islower() and s.lowers[k] in _METHOD_WORDS:
        k -= 1
    if not s.words[k][:1].isupper() or k in blocked:
        return None
    for m in gazetteer_mentions(s):
        if m.i1 == k + 1:
            return m
    return None


def _commissioner(s, b: int, cue: str):
    """ "Deutschlandtrend von Infratest dimap für die ARD": the outlet after "für" relays it."""
    n = s.n
    while b < n and s.words[b][0].isalpha() and s.words[b][0].islower() and s.lowers[b] not in ("für", "for"):
        b += 1  # "Infratest dimap": a lower-case part of the name
    if b + 1 >= n or s.lowers[b] not in ("für", "for"):
        return []
    out = []
    for m in gazetteer_mentions(s):
        if m.kind in MEDIA and m.i0 in (b + 1, b + 2):
            out.append((m, cue, "relay"))
    return out


def _named_compound(s, h: int):
    """A compound of a known source and an information noun ("Forsa-Umfrage",
    "YouGov-Erhebung") as a mention of that source, or None."""
    known = known_source(s.words[h].rsplit("-", 1)[0].split("/", 1)[0])  # "RTL/ntv-Trendbarometer"
    if known is None:
        return None
    return Mention(h, h + 1, known[0], known[1])


def source_label(s, a: int, b: int, lang: str) -> str:
    words = s.words[a:b]
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words) or " ".join(s.words[a:b])


def guess_kind(s, a: int, b: int, lang: str) -> str:
    for k in range(b - 1, a - 1, -1):
        hit = source_noun(s, k, lang)
        if hit:
            return hit[1]
    if lang == "en" and all(w[:1].isupper() for w in s.words[a:b]) and (a > 0 or _apposed(s, b)):
        known = known_source(" ".join(s.words[a:b]))  # "by Savanta": a pollster, no person
        if known is not None:
            return known[1]
        return "person" if b - a <= 3 else "organisation"
    return "person" if lang == "de" and _first_and_last_name(s, a, b) else "other"


def _first_and_last_name(s, a: int, b: int) -> bool:
    """German "Jan Weber sagte, ...": two capitalised words right before a verb of speech, no
    acronym nor a known body, are a person's first and last name."""
    words = s.words[a:b]
    return (
        b - a == 2
        and b < s.n
        and s.lowers[b] in _SPEECH_VERBS
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
        and known_source(" ".join(words)) is None
    )


_SPEECH_VERBS = frozenset(ATTRIBUTION["speech_verbs_past"])


def _apposed(s, b: int) -> bool:
    """ "Maria Lenz, head of surveys at the office, said": a name opening the sentence with a
    role in commas after it (a capital at the start may be any word, but not there)."""
    if b >= s.n or s.words[b] != ",":
        return False
    for k in range(b + 1, min(s.n, b + 1 + _ROLE_REACH)):
        if s.words[k] == ",":
            return False
        if s.lowers[k] in _ROLES:
            return True
    return False


_ROLES = frozenset(DISCOURSE["en"]["back_nouns"]["person"])
_ROLE_REACH = 6  # words of the apposition in which the role stands


_DOCUMENTS = frozenset(ATTRIBUTION["document_heads_en"]) | _PLAIN_INFO
_SHOWING = frozenset(ATTRIBUTION["showing_verbs_en"])
_SUBJECT_REACH = 8  # tokens from a showing verb back to its document


def document_shows(s) -> list:
    """ "Halvorsen's annual club finance review, released on Friday, showed ...", "YouGov's latest
    tracker found ...": a kind of document owned by a name, the subject of a showing verb (an
    apposition in commas between them), as (mention, cue, role) of its author's release."""
    lowers, words = s.lowers, s.words
    if _SHOWING.isdisjoint(s.low_set):
        return []
    for k in range(2, s.n):
        if lowers[k] not in _SHOWING:
            continue
        h = k - 1
        if words[h] == ",":  # ", published on Thursday,": back over the apposition
            h = next((j - 1 for j in range(h - 1, max(0, k - _SUBJECT_REACH), -1) if words[j] == ","), 0)
        if h < 1 or lowers[h] not in _DOCUMENTS:
            continue
        owner = _possessor(s, h, ())
        if owner is not None:
            m = Mention(owner.i0, h + 1, owner.name, owner.kind)
            return [(m, lowers[k], "origin")]
    return []
