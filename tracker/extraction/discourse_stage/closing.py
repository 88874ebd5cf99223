"""A closing attribution that covers its paragraph: "2,99 Millionen Menschen waren ohne Job.
Die Quote stieg auf 6,4 Prozent. Im Vergleich zum Vorjahresmonat waren es 180.000 mehr,
teilte die Bundesagentur mit." and "Unemployment rose to 4.4%. ... Wage growth slowed to
5.1%, the ONS said." The first sentence of a paragraph that names a source, after the figures
of its own sentence (or, without figures, pointing back: "Das teilte X mit."), gives it to the
figures of the run of sentences with figures right before it in that paragraph that name none:
a reader takes the release's paragraph as the release (DESIGN: the body presenting its release
is the source of every figure of it). Background ("Zuvor ...", "had been"), quotations and a sentence that
names another speaker keep theirs."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention, acting_subject, known_source
from .back_verbs import object_first_back, verb_points_back
from .kinds import kinds_of, only_event_measures
from .signals import background, body_quoted, continues, opens_back, says_it_goes_on

_ASIDES = {lang: tuple(LEXICON[lang]["aside_sources"]) for lang in ("de", "en")}
_CREDITS = {lang: frozenset(LEXICON[lang]["credit_labels"]) for lang in ("de", "en")}
_ADDITIVE = {lang: frozenset(LEXICON[lang]["additive_openers"]) for lang in ("de", "en")}


def close_paragraphs(lang: str, units, sources, claims) -> None:
    """The figures without a source of each paragraph before its first, closing attribution."""
    k = 0
    while k < len(units):
        j = k + 1
        while j < len(units) and not units[j].first:
            j += 1
        if _figures_before_last(units, k, j):  # else no sentence a closing one could give to
            _close(lang, units[k:j], sources, claims)
        k = j


def _figures_before_last(units, k: int, j: int) -> bool:
    """A sentence of units k .. j - 1 but the last holds figures."""
    for u in units[k : j - 1]:  # noqa: SIM110 (a loop, not any() over a generator: the compiled build runs it in C)
        if u.claims:
            return True
    return False


def _close(lang: str, para, sources, claims) -> None:
    """A paragraph that goes on with an account before it ("Demnach ...") has its source."""
    for n, u in enumerate(para):
        explains = _explains_back(u, lang) or _object_back(u, claims, lang)
        if u.headline or u.other_speaker or (u.quoted and not (explains or _quoted_inside(u))):
            return
        if not u.own:
            if u.goes_on or says_it_goes_on(u, lang) or (not n and continues(u, lang)):
                return
            continue
        given = _closing(lang, u, claims)
        if given and n:
            _give_back(lang, para, n, given, sources, claims)
        return


def _give_back(lang: str, para, n: int, given, sources, claims) -> None:
    """The closing sources ``given`` of sentence n of paragraph ``para`` for the run of
    sentences with figures right before it without one; a source carried from an earlier
    paragraph yields to it ("There were 95 cases. Most of them (64 cases) ..., the agency
    said"), but a body's release keeps what the closing sentence does not count ("The party
    lost 412 seats. Turnout was 31%, the commission said")."""
    kinds, top = kinds_of(para[n], claims), para[0].s.start
    for v in reversed(para[:n]):
        if not v.claims or background(v, lang) or (lang == "de" and acting_subject(v.s, lang)):
            break  # "Das Landgericht hat zwei Männer ... verurteilt": the body's deed, no one's report
        if only_event_measures(v, claims, lang, kinds):
            continue
        other = kinds.isdisjoint(kinds_of(v, claims))
        for i in v.claims:
            carried = all(m.start < top for m in sources[i])
            if not sources[i] or (carried and not (other and _a_body(sources[i]))):
                sources[i] = given


def _a_body(sources) -> bool:
    return all(m.kind != "person" for m in sources)


def _quoted_inside(u) -> bool:
    """A body's attribution around a few quoted words inside its sentence ("..., though numbers
    "seem to be levelling off", the agency said"), not a sentence that opens with a quotation."""
    return body_quoted(u) and u.s.words[0] not in _QUOTE_MARKS


_QUOTE_MARKS = frozenset('"„“”»«')


def _explains_back(u, lang: str) -> bool:
    """A sentence without figures that quotes a few words of its source's explanation of what
    was just reported ("Die DFL erklärt den Rückgang damit, dass „..."")."""
    return bool(u.own) and not u.claims and verb_points_back(u.s, u.own, lang)


def _object_back(u, claims, lang: str) -> bool:
    """A sentence opened by its own figures' object of change, its source after the verb ("Den
    Anstieg um 14,9 Prozent nannte Brandl „...“"): it comments on the figures before it."""
    return bool(u.own and u.claims) and object_first_back(u.s, u.own, [claims[i] for i in u.claims], lang)


def _closing(lang: str, u, claims) -> tuple:
    """The sources of sentence ``u`` when they close it: after its figures, or (no figures)
    in a sentence that points back ("Das teilte die Polizei mit.")."""
    own = u.own
    if u.s.lowers[0] in _ADDITIVE[lang]:
        return ()  # "Zudem ..., heißt es aus X": X's attribution covers the added item only
    if any(not u.s.start <= m.start < u.s.end for m in own):
        return ()  # a source the sentence took from the next one
    if any(m.cue == "quote" or m.text.lower().endswith(_ASIDES[lang]) for m in own):
        return ()  # a quote's speaker, "Analysts had expected": no release
    if u.claims:
        if _object_back(u, claims, lang):
            return own  # "Den Anstieg um 14,9 Prozent nannte Brandl ...": for the figures before
        last = max(claims[i].end for i in u.claims)
        return own if _final_clause(u.s, last, min(m.start for m in own), max(m.end for m in own)) else ()
    return own if opens_back(u.s, lang) or verb_points_back(u.s, own, lang) else ()


_TAIL = 6  # tokens after the source that still close the sentence ("am Freitag in Wiesbaden mit .")


def _final_clause(s, last: int, a: int, b: int) -> bool:
    """The source (``a``..``b``) stands in the sentence's last clause, after a comma that follows
    its last figure (ending at ``last``), with only a few words and no number after it
    ("..., teilte die Bundesagentur am Freitag mit.", "..., the ONS said on Tuesday.")."""
    if a < last:
        return False
    between = [w for w, x in zip(s.words, s.starts, strict=False) if last <= x < a]
    after = [w for w, x in zip(s.words, s.starts, strict=False) if x >= b]
    return (
        "," in between
        and len(after) <= _TAIL
        and "," not in after
        and not any(w[:1].isdigit() for w in after)
    )


def credit_lines(text: str, lang: str, units, sources) -> None:
    """ "Quelle: Statistisches Landesamt Sachsen, Kamenz", "Source: ONS": a line that credits a
    source names it for the figures of the paragraph before it without one of that paragraph
    (a source only carried there from an earlier paragraph yields to it)."""
    for k in range(1, len(units)):
        u = units[k]
        s = u.s
        if not u.first or s.n < 3 or s.lowers[0] not in _CREDITS[lang] or s.words[1] != ":":
            continue
        if k + 1 < len(units) and not units[k + 1].first:
            continue  # a line of its own
        end = text.find(",", s.starts[2], s.end)
        end = s.end if end < 0 else end
        words = text[s.starts[2] : end].strip()
        known = known_source(words)
        mention = SourceMention(
            known[0] if known else words,
            known[1] if known else "organisation",
            s.start,
            end,
            text[s.start : end],
            s.words[0],
        )
        j = k - 1
        while j > 0 and not units[j].first:
            j -= 1
        top = units[j].s.start  # the paragraph it credits: a source carried from before it yields
        for v in units[j:k]:
            for i in v.claims:
                if all(m.start < top for m in sources[i]):
                    sources[i] = (mention,)


def opens_a_quote(u) -> bool:
    """ "When he was charged, the prosecutor noted "...": the sentence names a speaker, then
    quotes them (a new account; "„...“, betonte Verivox" closes the one before instead); or a
    person comments in a quotation ("„...“, sagte der Trainer": a body's statement quoted is
    its release, a person's quotation is their own account)."""
    if not u.quoted:
        return False
    if all(m.kind == "person" and " " in m.name.strip() for m in u.own):
        return True
    first = min(m.start for m in u.own)
    s = u.s
    return not any(w in _QUOTE_MARKS for w, a in zip(s.words, s.starts, strict=False) if a < first)
