"""Pruning the linked mentions of a sentence: what is no source of its figures (a described
counter beside a body that reports, a document without author beside its body, data a speaker
reports) goes; what a poll's wording names (polled experts and groups beside their pollster, the
source of a gapped clause) comes."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, NUMBERS, WORDS
from ..text.phrases import RELATIVE, is_info_head
from .cues import CITING, MEDIA, STATING_DE, VERBS
from .mentions import ARTICLES, known_source, source_noun
from .polled import (
    POLL_WORDS,
    inquired_bodies,
    polled_experts,
    polled_groups,
    polled_origin,
    pollster_after_by,
)
from .polled_relative_de import polled_in_relative
from .ranked_places import drop_places

_COUNTING = frozenset(ATTRIBUTION["counting_verbs"])
_MANY_COUNTING = frozenset(ATTRIBUTION["plural_counting_verbs_de"])
_CITING_PREPS = frozenset(("laut", "angaben"))
_CITED_REACH = 4  # tokens between "laut" and the body it cites ("laut den Zahlen der Statistiker")


def drop_counters(linked) -> None:
    """ "Von November bis April zählten die Beherbergungsbetriebe 5,9 Millionen Gäste, wie das
    Landesamt mitteilte", "Hotels verzeichneten 27,9 Millionen Übernachtungen": a described
    counter (no name, no source noun) beside a source that reports, or (German) as the plural
    subject of a counting verb (many counters: not one body presenting its count), is the actor
    of the counted thing, not a source (the account of the release before goes on over it)."""
    counters = [k for k, (m, cue) in linked.items() if cue in _COUNTING and m.kind == "other"]
    if len(counters) < len(linked) or any(linked[k][1] in _MANY_COUNTING for k in counters):
        for k in counters:
            del linked[k]


def drop_spoken_for(s, linked) -> None:
    """German: "In Hannover zählte die Berufsfeuerwehr nach Angaben eines Sprechers 187
    Einsätze": the counting body and its spokesperson are one source, the one who tells; "Laut
    den Zahlen der Statistiker registrierte die Polizei 48.930 Unfälle": the counter beside the
    body whose figures a preposition cites counted, the cited body tells."""
    if any(_tells(s, m) for m, _cue in linked.values()):
        for k in [k for k, (m, cue) in linked.items() if cue in _COUNTING and not _tells(s, m)]:
            del linked[k]


def _tells(s, m) -> bool:
    """Mention m is a spokesperson or a body a preposition cites just before it ("laut den
    Zahlen der Statistiker", "nach Angaben der", also "nach Zahlen des Landeskriminalamts")."""
    before = s.lowers[max(0, m.i0 - _CITED_REACH) : m.i0]
    if m.name == "spokesperson" or not _CITING_PREPS.isdisjoint(before):
        return True
    return "nach" in before and any(is_info_head(w) for w in before)


_AUTHOR_LINKS = frozenset(ATTRIBUTION["author_joins"])


def drop_unnamed_documents(s, linked) -> None:
    """ "wurden dem RKI 31.460 Fälle übermittelt, wie aus dem am Mittwoch veröffentlichten
    Wochenbericht hervorgeht": a document that names no author gives way to the named body of
    its sentence (no author after "des", "von")."""
    docs = [
        k
        for k, (m, cue) in linked.items()
        if m.kind == "other"
        and cue in VERBS["de"]  # "wie aus dem Bericht hervorgeht"; not "laut einer Umfrage der X"
        and is_info_head(s.lowers[m.i1 - 1])
        and _AUTHOR_LINKS.isdisjoint(s.lowers[m.i0 : m.i1])
    ]
    if docs and any(m.kind != "other" for m, _cue in linked.values()):
        for k in docs:
            del linked[k]


_OWN_DE = frozenset(ATTRIBUTION["own_adjectives_de"])


def drop_own_reckonings(s, linked) -> None:
    """ "Sie würde die Haushalte nach eigener Berechnung mit 18 Milliarden Euro belasten, teilte
    die TdL mit": the speaker's own reckoning is no source beside the speaker it belongs to."""
    gone = [k for k, (m, _cue) in linked.items() if s.lowers[m.i0] in _OWN_DE]
    if len(gone) < len(linked):
        for k in gone:
            del linked[k]


_INTRODUCED = frozenset(ATTRIBUTION["introduced_articles_de"])
_RELATIVES = frozenset(WORDS["relative_pronouns"])


def drop_introduced(s, linked) -> None:
    """ "Genutzt worden sei die Halle von einem Unternehmen, das Reisemobile verleihe, sagte der
    Feuerwehrsprecher": a body the sentence introduces (an indefinite article before it, a
    relative clause after it) is what the speaker tells of, no source beside the speaker."""
    lowers, n = s.lowers, s.n
    gone = [
        k
        for k, (m, _cue) in linked.items()
        if m.i0 > 0
        and lowers[m.i0 - 1] in _INTRODUCED
        and m.i1 + 1 < n
        and lowers[m.i1] == ","
        and lowers[m.i1 + 1] in _RELATIVES
    ]
    if len(gone) < len(linked):
        for k in gone:
            del linked[k]


_PRONOUNS_EN = frozenset(ATTRIBUTION["subject_pronouns_en"])
_SAID_EN = frozenset(ATTRIBUTION["speech_verbs_after_en"])


def drop_reported_data(s, linked) -> None:
    """ "She added that revised data now showed growth of 0.3%": the data a speaker reports
    (no author named) or the speaker's own body ("her group had reported") is no source beside
    the speaker, whom the pronoun stands for."""
    lowers = s.lowers
    if s.n < 4 or lowers[0] not in _PRONOUNS_EN or not (lowers[1] in _SAID_EN or lowers[2] in _SAID_EN):
        return
    for k, (m, _cue) in list(linked.items()):
        own = m.i0 >= 2 and lowers[m.i0 - 1] in _OWN_POSSESSIVES  # "her Green Party group" too
        if m.i0 < 2 or (not own and any(s.words[q][:1].isupper() for q in range(m.i0, m.i1))):
            continue
        if (m.kind == "other" and is_info_head(lowers[m.i1 - 1])) or own:
            del linked[k]  # "revised data", "her group": the speaker's own, no other source


_OWN_POSSESSIVES = frozenset(ATTRIBUTION["own_possessives_en"])


def prune(s, lang: str, mentions, linked) -> None:
    """The linked mentions of a sentence without those that are no sources of its figures
    (described counters, documents beside their body, data a speaker reports) and with polled
    experts beside their pollster."""
    if lang == "de":
        polled_experts(s, mentions, linked)
        polled_in_relative(s, mentions, linked)
        inquired_bodies(s, mentions, linked)  # "eine Abfrage des epd bei den 16 Kultusministerien"
    if not POLL_WORDS.isdisjoint(s.low_set):
        polled_groups(s, linked)
        pollster_after_by(s, mentions, linked)
    if lang == "de" and "," in s.low_set:
        gapped_sources(s, mentions, linked)
    drop_places(s, linked)
    drop_counters(linked)
    if len(linked) > 1 and lang == "de":
        drop_spoken_for(s, linked)
        drop_unnamed_documents(s, linked)
        drop_introduced(s, linked)
        drop_own_reckonings(s, linked)
    if lang == "en":
        drop_reported_data(s, linked)


_GAPPED_LINKS = frozenset(ATTRIBUTION["gapped_links_de"])
_GAP_ARTICLES = frozenset(("die", "der", "das"))
_NUMBER_WORDS = frozenset(NUMBERS["de"]["ones"])  # "die Verteidigung auf acht Jahre"


def gapped_sources(s, mentions, linked) -> None:
    """ "Die Polizei sprach von 8.400 Teilnehmern, die Veranstalter von etwa 20.000": a source
    after a comma and its article, then "von" and (a hedge and) a figure, is a clause whose verb
    is left out; it attributes the figure after it."""
    words, lowers, n = s.words, s.lowers, s.n
    for m in mentions:
        a, e = m.i0, m.i1
        if lowers[a] in _GAP_ARTICLES:
            a -= 1
        elif a > 0 and lowers[a - 1] in _GAP_ARTICLES:
            a -= 2
        else:
            continue
        if a < 1 or words[a] != "," or e >= n - 1 or lowers[e] not in _GAPPED_LINKS or id(m) in linked:
            continue
        if any(w[:1].isdecimal() or w in _NUMBER_WORDS for w in lowers[e + 1 : e + 4]):
            linked[id(m)] = (m, lowers[e])


def drop_other_clauses(s, cues, linked, blocked) -> None:
    """The linked mentions without those of a clause that holds none of the figures
    (``blocked``: their tokens): a relative clause after them, an outer speaker's clause."""
    if not blocked:
        return
    _drop_relative_clause_sources(s, linked, blocked)
    if s.lowers[0] in _CONDITIONS:
        _drop_condition_sources(s, linked, blocked)
    if len(linked) > 1:
        _drop_outer_speakers(s, cues, linked, min(blocked))
    if linked and not _THAN.isdisjoint(s.low_set):
        _drop_compared(s, linked, blocked)
    if len(linked) > 1 and ";" in s.low_set:
        _drop_stated_apart(s, linked, blocked)


_CONDITIONS = frozenset(("if", "unless", "once"))


def _drop_condition_sources(s, linked, blocked) -> None:
    """ "If it is approved by the full council next week, the levy will raise £4.2 million": who
    stands in an opening condition, before its comma and every figure, is no source of them."""
    comma = next((k for k in range(1, s.n) if s.words[k] == ","), None)
    if comma is None or min(blocked) < comma:
        return
    for k, (m, _cue) in list(linked.items()):
        if m.i1 <= comma:
            del linked[k]


def _drop_stated_apart(s, linked, blocked) -> None:
    """ "X nennt selten Zahlen; nach Angaben von Y sind 300 ...": beside another source, the
    subject of a stating verb goes whose part of the sentence (between semicolons) holds none
    of the figures."""
    semis = [i for i, w in enumerate(s.words) if w == ";"]
    for k, (m, cue) in list(linked.items()):
        a = max((i for i in semis if i < m.i0), default=-1)
        b = min((i for i in semis if i >= m.i1), default=s.n)
        if cue in STATING_DE and len(linked) > 1 and not any(a < t < b for t in blocked):
            del linked[k]


_THAN = frozenset(ATTRIBUTION["comparison_words_en"])


def _drop_compared(s, linked, blocked) -> None:
    """ "Sales fell by 1.2%, official figures showed, a sharper drop than economists had
    forecast", "added 143,000 jobs, below the market estimate, while ...": who stands after
    "than", "below", "above", "beating" with no figure after it in its clause (``blocked``: the
    figures' tokens) expected what the figure is compared with, not the figure, even when no
    other source stands beside it."""
    for k, (m, _cue) in list(linked.items()):
        a = m.i0 - 1 if m.i0 and s.lowers[m.i0 - 1] not in ARTICLES else m.i0 - 2
        compared = s.lowers[m.i0] in _THAN or (a >= 0 and s.lowers[a] in _THAN)  # "beating X's forecasts"
        if compared and not _figure_follows(s, m.i1, blocked):
            del linked[k]


def _figure_follows(s, k: int, blocked) -> bool:
    """A figure's token stands from k to the end of its clause."""
    for j in range(k, s.n):
        if j in blocked:
            return True
        if s.words[j] in (",", ";", ":", "(", ")"):
            return False
    return False


def _drop_outer_speakers(s, cues, linked, first: int) -> None:
    """ "The army said it had hit a depot in the town, where local officials said two
    civilians were killed": when every figure (the first at token ``first``) stands after a
    second speaker's verb, and that speaker stands after the first one's verb, the first speaker
    said the outer clause only (media relaying a speaker stay: "Reuters reported officials said")."""
    at = _subjects_verbs(cues, linked)
    inner = [k for k, v in at.items() if v < first]
    places = [k for k in inner if _place_after_where(s, linked[k][0])]
    if places and len(places) < len(at):  # "X said rain fell there, where Milford reported 2.41 inches"
        for k in places:
            del linked[k]
        return
    outer = [
        k
        for k, v in at.items()
        if any(v < (b := linked[j][0].i0) and at[j] > v and _opens_clause(s, v, b) for j in inner if j != k)
    ]
    for k in outer:
        del linked[k]


def _place_after_where(s, m) -> bool:
    """A single unknown name right after "where" ("..., where Milford reported 2.41 inches"):
    the place the figure was measured at, no known body, no description (a lone surname seldom
    follows "where": the name's guessed kind does not count)."""
    return (
        m.i1 - m.i0 == 1
        and m.i0 > 0
        and s.lowers[m.i0 - 1] == "where"
        and known_source(m.name) is None
        and source_noun(s, m.i0, "en") is None
    )


def _subjects_verbs(cues, linked) -> dict:
    """id(mention) -> where the cue verb stands that the mention (no medium) is the subject of."""
    verbs = [c for c in cues if c.kind == "verb"]
    at = {}
    for k, (m, cue) in linked.items():
        after = [c.i0 for c in verbs if c.text == cue and m.i1 <= c.i0 < m.i1 + 4]
        if after and m.kind not in MEDIA:
            at[k] = after[0]
    return at


_INNER_OPENERS = frozenset(ATTRIBUTION["inner_clause_openers"])


def _opens_clause(s, a: int, b: int) -> bool:
    """A comma and a word that opens a clause of its own (", where", ", wo") between a and b."""
    return any(s.words[k] == "," and s.lowers[k + 1] in _INNER_OPENERS for k in range(a + 1, b - 1))


_REPORTED_VERBS_EN = frozenset(ATTRIBUTION["reported_clause_verbs_en"])


def reported_subject(s, k: int) -> bool:
    """ "said Ukrainian forces had fired 12 rockets": the mention after the verb that ends at
    token k is the subject of the reported clause (a finite verb follows it), not the speaker."""
    if k + 3 < s.n and s.words[k] == "," and s.words[k + 1].isdecimal() and s.words[k + 2] == ",":
        k += 3  # "said Marsh, 29, would pull in": over the age in commas
    return k < s.n and (s.lowers[k] in _REPORTED_VERBS_EN or s.lowers[k].endswith("ed"))


def _drop_relative_clause_sources(s, linked, blocked) -> None:
    for k, (m, _cue) in list(linked.items()):
        if in_later_relative_clause(s, m.i0, blocked):
            del linked[k]


def in_later_relative_clause(s, i: int, blocked) -> bool:
    """ "Das Feuer griff binnen 20 Minuten auf das Dach über, das nach Angaben der Feuerwehr
    teilweise einstürzte": a source at token i inside a relative clause after the figures
    (``blocked``: their tokens), which holds none of them, tells of the clause, not of them."""
    if not blocked:
        return False
    last = max(blocked)
    a = i - 1
    while a > last and s.words[a] != ",":
        a -= 1
    return a > last and a + 1 < i and s.lowers[a + 1] in RELATIVE


def roles(chosen, lang: str):
    """(mention, cue, role) of the sources chosen for a sentence: those it cites, those media
    relay and a poll's pollster are the origin, the rest relays."""
    media = [c for c in chosen if c[0].kind in MEDIA]
    others = [c for c in chosen if c[0].kind not in MEDIA]
    citing = [c for c in chosen if c[1] in CITING[lang]]
    out = []
    if citing and len(chosen) > 1:
        origin = citing
        relay = [c for c in chosen if c not in citing]
    elif media and others:
        origin, relay = others, media
    elif polled := polled_origin(chosen):
        origin, relay = polled, [c for c in chosen if c not in polled]
    else:
        origin, relay = chosen, []
    for m, cue in origin:
        out.append((m, cue, "origin"))
    for m, cue in relay:
        out.append((m, cue, "relay"))
    return out
