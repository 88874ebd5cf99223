"""Accounts: how far a source reaches over the sentences around it.

A source named once keeps the figures of the sentences that continue its account
(``carry``): every following sentence of its paragraph (in wire copy, where each sentence is a
paragraph of its own, the following lines too) until another source takes over, the account
ends (background: "Zuvor ...", "had been built in 2019"; a direct quote's speaker whose words
are over; an aside such as "Analysts had expected ...", after which the account before goes
on) or ``WINDOW`` characters pass. An attribution can also stand after its figures
(``after_the_figures``): "Das teilte die Polizei mit.", and a sentence-final "..., the union
said" that also covers the sentence before it in the same paragraph when that one has no
source ("84% backed walkouts. The ballot covered 9,400 staff, the union said.").
"""

from __future__ import annotations

from bisect import bisect_left

from ._engine import LEXICON, VERBS, acting_subject
from .accounts_en import (
    earlier_forecast,
    figure_had_been,
    kinds_given,
    lists_elsewhere,
    market_talk,
    names_it_again,
    names_what_it_counted,
    places_in_a_release,
    remember_kinds,
    reports_a_level,
    same_release,
    shares_line,
)
from .breaks import new_paragraph_keeps, paragraph_goes_on
from .breaks_en import is_prose, names_it_back
from .closing import opens_a_quote
from .consensus_en import before_expectation
from .expectations_en import no_ones_account
from .kinds import OPEN_COUNT, counts, kinds_of, only_event_measures
from .releases import is_release, opens_with_a_part, released_by
from .signals import background, body_quoted, goes_on, opens_back, says_it_goes_on
from .targets_en import target_line

WINDOW = 600  # how far (characters) a source carries from where it stands

_LANGS = ("de", "en")
_ASIDES = {lang: tuple(LEXICON[lang]["aside_sources"]) for lang in _LANGS}
_ADDITIVE = {lang: frozenset(LEXICON[lang]["additive_openers"]) for lang in _LANGS}
_FURTHER = {lang: frozenset(LEXICON[lang]["further_words"]) for lang in _LANGS}
_CONFIRMING = {lang: frozenset(LEXICON[lang]["confirming_verbs"]) for lang in _LANGS}
_BACK_OBJECTS = {lang: frozenset(LEXICON[lang]["back_objects"]) for lang in _LANGS}


def after_the_figures(lang: str, units, sources, claims=()) -> None:
    """An attribution that opens with a back-pointing demonstrative gives its sources to the
    figures of the sentence before, in the same paragraph, that have none (in German not when
    it stands before figures of its own: "Das bringe nach Berechnungen der Kämmerei 2,3
    Millionen Euro ein" is the source of those)."""
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        if not u.own or u.first or u.headline or not prev.claims or not opens_back(u.s, lang):
            continue
        if lang == "de" and claims and u.claims and _phrase_before_figures(u, claims):
            continue
        given = _closing(u, lang)
        if given:
            for i in prev.claims:
                if not sources[i]:
                    sources[i] = given
            if not prev.own:
                prev.own = given


def _phrase_before_figures(u, claims) -> bool:
    """German: the sentence's sources are phrases ("nach Berechnungen der Kämmerei"), not cue
    verbs ("Das teilte X mit"), and stand before its own figures."""
    return not _after_its_figures(u, u.own, claims, "de") and all(
        m.cue and m.cue.lower() not in VERBS["de"] for m in u.own
    )


def _closing(u, lang: str):
    """The sources a sentence names that may reach back to the sentence before it (not a
    quote's speaker, not an aside)."""
    if any(_aside(m, lang) for m in u.own):
        return ()
    return tuple(m for m in u.own if m.cue != "quote")


class _Account:
    """The account being carried: its sources, where they stand, the units of its figures,
    and whether it was a direct quotation or crossed a paragraph break."""

    __slots__ = ("crossed", "pos", "quoted", "sources", "units")

    def __init__(self, sources=(), units=frozenset(), quoted=False):
        self.sources = tuple(sources)
        self.pos = min(m.start for m in self.sources) if self.sources else 0
        self.units = units
        self.quoted = quoted
        self.crossed = False


def _reaches(acc, u, lang: str, claims) -> bool:
    """The account ``acc`` reaches sentence ``u`` (which names no source of its own): a
    sentence that says it goes on, else one that does not step out into background, after no
    direct quotation, and (over a paragraph break) with figures of a kind the account gave.
    English: a share price's move is none, whatever it says ("Shares rose 6%, after a report in
    which the firm also raised its outlook")."""
    if lang == "en" and shares_line(u):
        return False
    if u.goes_on or goes_on(u, lang):
        return True
    if acc.quoted or (lang == "en" and target_line(u)):
        return False
    if background(u, lang) and not (
        lists_elsewhere(lang, acc, u, claims) or figure_had_been(lang, u, claims)
    ):
        return False
    if not acc.crossed or not acc.units or not acc.units.isdisjoint(kinds_of(u, claims)):
        return True
    if lang == "en" and (
        names_what_it_counted(acc.units, u, claims) or reports_a_level(acc.sources, u, claims)
    ):
        return True  # "63 confirmed cases ... ¶ About 45 per cent of cases were in children"
    return OPEN_COUNT in acc.units and counts(u, claims)  # "it shrank to 7.39 million ¶ Some 183,240 people"


def _aside(m, lang: str) -> bool:
    """ "Analysts had expected ...", "Von Reuters befragte Ökonomen hatten ... erwartet": the
    expectation of others, after which the account before goes on."""
    return m.role == "origin" and m.text.lower().split()[-1].endswith(_ASIDES[lang])


def _is_aside(own, lang: str) -> bool:
    for m in own:  # noqa: SIM110 (a loop, not all() over a generator: the compiled build runs it in C)
        if m.role != "relay" and not _aside(m, lang):
            return False
    return True


def _reaching_back(units, k: int, acc, reached: bool, lang: str, claims):
    """The sources of the next sentence of the paragraph that reach back to sentence k ("84%
    backed walkouts. The ballot covered 9,400 staff, the union said."): when no account
    reaches k, or the next sentence names the account's own source again nearer to k than
    the account's mention; not from a sentence that names a speaker before quoting them; an
    attribution before the figures of its own sentence only when it says it goes on
    (``_resumes``)."""
    if k + 1 >= len(units) or units[k + 1].first or not units[k + 1].own or opens_a_quote(units[k + 1]):
        return ()
    if units[k + 1].s.lowers[0] in _ADDITIVE[lang]:
        return ()  # "Zudem ..., heißt es aus X": X's attribution covers the added item only
    if lang == "de" and acting_subject(units[k].s, lang):
        return ()  # "Das Landgericht hat zwei Männer ... verurteilt": the body's deed
    nxt = units[k + 1]
    given = _closing_here(nxt, lang)
    if lang == "en" and reached and names_it_again(acc.sources, given):
        return _nearer(units, k, acc, given)  # "... the figure rises to 5.9%. ORR said ..."
    if given and not _after_its_figures(nxt, given, claims, lang) and not _resumes(reached, given, nxt, lang):
        return ()  # "Das Landgericht verurteilte ... Nach Überzeugung der Kammer ...": not back
    if not given or not reached or (lang == "en" and acc.crossed and not nxt.claims):
        return given  # a source named in the paragraph beats one carried over the break
    if {m.name for m in acc.sources}.isdisjoint(m.name for m in given):
        return ()
    return _nearer(units, k, acc, given)


def _closing_here(nxt, lang: str):
    """``_closing`` of sentence ``nxt``; in German only the sources standing in it unless it
    opens back ("Das teilte X mit" after it covers one sentence back, and over it only a "Das
    ist ein Plus ..." of the sentence before)."""
    given = _closing(nxt, lang)
    if lang != "de" or opens_back(nxt.s, lang):
        return given
    return tuple(m for m in given if nxt.s.start <= m.start < nxt.s.end)


def _nearer(units, k: int, acc, given):
    """``given`` when it names the account's source nearer to sentence k than the account's
    mention, else ()."""
    u = units[k]
    if max(m.end for m in acc.sources) < _paragraph_start(units, k):
        return given  # the account's mention stands in an earlier paragraph: this one names it again
    nearer = min(m.start for m in given) - u.s.end < u.s.start - max(m.end for m in acc.sources)
    return given if nearer else ()


def _paragraph_start(units, k: int) -> int:
    while k and not units[k].first:
        k -= 1
    return units[k].s.start


def _resumes(reached: bool, given, nxt, lang: str) -> bool:
    """No account reaches sentence k, and the next sentence (``nxt``) says, right after the
    source it names, that it goes on ("Wie das Landesamt weiter mitteilte, ...", "It also
    said ..."; not "The force said a guard also suffered ..."). An attribution that merely
    names the source again before figures of its own ("Hier sank die Zahl ... Bei
    Einfamilienhäusern betrug das Minus nach Angaben der Statistiker ...") opens its own
    sentence's account and does not reach back (DESIGN: only sentence-final forms attribute
    the sentence before)."""
    if reached:
        return False
    s, further = nxt.s, _FURTHER[lang]
    for m in given:
        cue = m.cue.lower()
        k = bisect_left(s.starts, m.end)
        for w in s.lowers[k : k + _FURTHER_REACH]:
            if w in further:
                return True
            if w == cue or w == ",":
                break  # the attribution's verb or its clause ends: what follows is its content
    return False


_FURTHER_REACH = 10  # words after a source's name in which "weiter", "also" may stand


def _after_its_figures(u, given, claims, lang: str) -> bool:
    """The sources stand after the figures of their own sentence ("..., the union said"); in a
    sentence without figures, anywhere but as the subject that opens an account of its own
    ("Unternehmen berichten, dass ...", "Verbände fordern ..."), unless it confirms what was
    said before ("Ein Sprecher bestätigte die Zahlen"), opens back ("Das teilte ... mit") or
    its verb points back ("Der Konzern begründete das mit ...", "The firm put this down to")."""
    first, s = min(m.start for m in given), u.s
    if u.claims:  # German: not a phrase inside its clause ("Männer laut Anklageschrift zunächst ...")
        inside = lang == "de" and all(_mid_sentence_phrase(s, m, lang) for m in given)
        return first > max(claims[i].start for i in u.claims) and not inside
    if opens_back(s, lang):
        return True
    if bisect_left(s.starts, first) > _SUBJECT_AT:  # but a mid-sentence "nach Angaben X" opens its own
        return not all(_mid_sentence_phrase(s, m, lang) for m in given)
    for m in given:
        cue = m.cue.lower()
        if cue in _CONFIRMING[lang]:
            return True
        k = bisect_left(s.starts, m.end)
        if cue in s.lowers[k : k + 2]:  # "Der Konzern begründete das mit ...": its verb points back
            j = s.lowers.index(cue, k) + 1
            if j < s.n and s.lowers[j] in _BACK_OBJECTS[lang]:
                return True
    return False


_SUBJECT_AT = 2  # a source that starts within the first words of its sentence is its subject
_CLOSING = 3  # words after a source phrase that still close its sentence ("..., so die Polizei am Montag.")


def _mid_sentence_phrase(s, m, lang: str) -> bool:
    """Mention ``m`` is attributed by a phrase, not a verb ("leidet nach Angaben seiner Anwältin
    bis heute ..."), and more than a few words of its sentence follow it."""
    if not m.cue or m.cue.lower() in VERBS[lang]:
        return False
    return s.n - bisect_left(s.starts, m.end) - 1 > _CLOSING


def carry(lang: str, units, sources, claims, named_before, other_body) -> None:
    """A source keeps the figures of the sentences that continue its account. A sentence that
    says it goes on ("demnach") with no account before takes the nearest name before it in its
    paragraph (``named_before(k)``: "Die Bahn fuhr ... Am Mittwoch rollten demnach ..."). A
    sentence that names another body than the account's (``other_body(k, sources)``) is not
    carried to."""
    acc = _Account()
    given = {}  # English: name -> what its accounts counted so far
    prose = is_prose(units, lang)
    for k, u in enumerate(units):
        if u.headline:
            continue
        if lang == "en":  # what each named source's accounts counted (English)
            remember_kinds(lang, given, acc.sources, acc.units)
        if u.first and k and acc.sources:
            acc = _at_the_break(units, k, acc, lang, named_before, sources, prose)
        if u.own and lang == "en" and places_in_a_release(acc.sources, u, sources):
            u.own = ()  # "England has recorded 602 cases" in the agency's update
        if u.other_speaker and not u.own:
            acc = _Account()
        elif u.own:
            acc = _named(u, acc, lang, claims, given, sources)
        elif u.claims:
            if _takes_the_name_before(acc, u, lang):
                acc = _named_nearer(acc, named_before(k), u, sources if lang == "de" else None)
            acc = _into(lang, units, k, acc, sources, claims, other_body)
        elif acc.sources and ((lang == "en" and market_talk(u)) or other_body(k, acc.sources)):
            acc = _Account()  # "That warning dragged its shares lower.", "The union recalled ..."


def _takes_the_name_before(acc, u, lang: str) -> bool:
    """ "Am Mittwoch rollten demnach ..." with no account before takes the name before it
    (German: an English "also" after an account that ended names no one)."""
    return not acc.sources and lang == "de" and says_it_goes_on(u, lang)


def _named(u, acc, lang: str, claims, given, sources):
    """The account after sentence ``u``, which names sources of its own: theirs, but after an
    aside the account before goes on (an aside carries to nothing itself; in English the account
    it reaches keeps the figure before an expectation: "to 3.4%, above the 3.1% analysts
    expected"); a person's direct quotation ends with its words (a body's quoted words are its
    release, in English)."""
    if _is_aside(u.own, lang) and (acc.sources or any(_aside(m, lang) for m in u.own)):
        if lang == "en" and acc.sources and _reaches(acc, u, lang, claims):
            before_expectation(u, sources, claims, acc.sources)
        return acc
    if lang == "en" and earlier_forecast(u):
        return acc
    kinds = kinds_of(u, claims) | _same_kinds(acc, u.own) | kinds_given(given, u.own)
    new = _Account(u.own, kinds, u.quoted and not (lang == "en" and body_quoted(u)))
    release = released_by(u) if u.quoted else ()
    return _Account(release) if release else new


def _named_nearer(acc, named, u, sources):
    """ "demnach" with no account before it takes the name nearest before it in its paragraph
    ("Die Barmer hatte ..., nachdem die Krankenkasse ... Demnach ..."); in German also for the
    figures that the sentence stages gave a source from further back."""
    body = named and named[0].kind == "organisation"  # not researchers of a study named before
    for i in u.claims if body and sources is not None else ():
        if sources[i] and all(m.start < named[0].start for m in sources[i]):
            sources[i] = named
    return _Account(named)


def _same_kinds(acc, own) -> frozenset:
    """The kinds of figures the account gave, when sentence's sources name its source again
    ("according to the latest poll by Opinium ... ¶ The survey of 2,031 adults ..."): the
    account goes on, under the nearer mention."""
    if acc.sources and {m.name for m in own} <= {m.name for m in acc.sources}:
        return acc.units
    return frozenset()


def _carried(v, names, sources, acc) -> bool:
    """Every figure of sentence ``v`` has a source of those ``names`` (the account reached it)."""
    return bool(v.claims) and all(
        sources[i] and (sources[i][0].name in names or same_release(acc, sources[i])) for i in v.claims
    )


def _at_the_break(units, k: int, acc, lang: str, named, sources, prose=False):
    """The account after the paragraph break before unit k: a list's ends with its last line,
    else ``_over_the_break``."""
    if units[k - 1].item and not units[k].item:
        return _Account()
    return _over_the_break(
        units, k, acc, lang, named, lambda v, names, given: _carried(v, names, sources, given), prose
    )


def _over_the_break(units, k: int, acc, lang: str, named=None, carried=None, prose=False):
    """The account after the paragraph break before unit k: kept (marked as crossed unless the
    paragraph says it goes on), or ended. ``carried(v, names, acc)``: the account reached sentence v."""
    if prose:  # English prose: the new paragraph must carry the account
        if not names_it_back(units, k, acc.sources):
            return _Account()
    elif not new_paragraph_keeps(units, k, acc.sources, lang, named, carried):
        return _Account()
    # a paragraph that opens with a part of a release ("Die meisten ...", "Of those, ...") goes on
    part = opens_with_a_part(units[k], lang) and is_release(acc.sources, lang)
    acc.crossed = acc.crossed or not (part or paragraph_goes_on(units, k, lang, named))
    return acc


def _into(lang: str, units, k: int, acc, sources, claims, other_body):
    """Sentence k (figures, no source of its own) takes the sources of the next sentence that
    reach back, else the account's; returns the account that goes on after it."""
    u = units[k]
    if lang == "en" and no_ones_account(u):
        return acc  # "The carmaker also hired 1,500 workers", "The market expectation was 165,000"
    reached = bool(acc.sources) and _reaches(acc, u, lang, claims)
    back = _reaching_back(units, k, acc, reached, lang, claims)
    if back:
        _fill(u, sources, back, claims, lang, kinds_of(units[k + 1], claims))
        return acc
    if not reached:
        ends = background(u, lang) or (lang == "en" and (u.first or shares_line(u)))
        return _Account() if acc.sources and ends else acc
    if max(claims[i].start for i in u.claims) - acc.pos > WINDOW:
        return _Account()  # the account would reach only part of the sentence: it ends
    if other_body(k, acc.sources):
        return acc  # "... below the Federal Reserve's target of 2 percent": another body's figure
    _fill(u, sources, acc.sources, claims, lang, acc.units)
    have = {(m.start, m.end) for m in acc.sources}
    fresh = [m for i in u.claims for m in sources[i] if (m.start, m.end) not in have]
    if fresh:
        return _Account({(m.start, m.end): m for m in fresh}.values(), acc.units | kinds_of(u, claims))
    acc.units = acc.units | kinds_of(u, claims)
    return acc


def _fill(u, sources, given, claims, lang: str, kinds) -> None:
    """The figures of sentence ``u`` without a source take ``given`` (whose account counts
    ``kinds``); but a sentence whose figures are all measures of what happened ("in einer
    Tiefe von 10 Kilometern" after a death toll, "Temperatures reached 19C", "adding 10 to 14
    days to voyages") takes it only when it says it goes on with the account ("demnach",
    "also"), measures what the account measured ("auf 10,20 Meter ... Normal sind dort etwa 5
    Meter") or gives an estimate: a measure beside a count ("17,500 handovers were delayed by
    more than 30 minutes") is part of that count."""
    if only_event_measures(u, claims, lang, kinds) and not (u.goes_on or goes_on(u, lang)):
        return
    for i in u.claims:
        if not sources[i]:
            sources[i] = given
