"""The extraction pipeline: the stages of ``extract()``, in order.

Each stage is a function over the one ``Document`` (``state.py``): it reads fields earlier
stages wrote and writes its own. ``README.md`` beside this file shows the stages with the state
each reads and writes, and where a new rule of each kind goes.
"""

from __future__ import annotations

import datetime as dt
import gc

from .claims import filters
from .claims.assemble import assemble_claims, build_quote
from .claims.context_units import context_units
from .claims.earlier import earlier_units
from .claims.elliptic import elliptic_units
from .claims.filters import without_speaker_counts, without_time_frames
from .claims.finder import TRIGGERS, candidates, find_claims, might_hold_figures
from .claims.head_nouns import name_plural_nouns
from .claims.listed import listed_units
from .claims.poll_points import poll_article_points
from .claims.services import service_units
from .claims.weights import weighed_pounds
from .discourse.carry import BACK_PREFIXES, back_references, corroborate, personal_subjects
from .discourse.pronouns import pronoun_sources, resolve_pronoun_speakers
from .discourse.quotes import find_quotes as quotes_of
from .discourse.reported import continue_reported_speech
from .discourse_stage import resolve as discourse
from .sources.attribution import attributed, sentence_attributed
from .sources.cues import find_cues
from .sources.info import document_shows, info_sources
from .sources.subjects import institution_subject, planning_subject
from .sources.subjects_en import by_reckoning, clause_subject, coordinated_speaker
from .state import Attribution, Document, SentenceState
from .text.language import detect_language, normalise_language
from .text.sentences import sentences
from .time.anchor import anchor_period
from .time.periods import DATE_TRIGGERS
from .time.periods import find_periods as periods_of
from .time.spans import long_period, to_come
from .types import Extraction

# words that start a figure or a date: one pass over a sentence marks the tokens to look at
_MARKING = {lang: TRIGGERS | DATE_TRIGGERS[lang] for lang in ("de", "en")}
_DIGITS = frozenset("0123456789")
_HISTORY = 3  # sentences before in the paragraph a bare figure may stand for a noun of


def parse_published(published) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def read_text(doc: Document) -> None:
    """text/: any input becomes a str; the language (given or detected); the publication date."""
    text = doc.text
    if not isinstance(text, str):
        text = (
            bytes(text).decode("utf-8", "replace")
            if isinstance(text, (bytes, bytearray))
            else str(text or "")
        )
    doc.text = text
    doc.language = normalise_language(doc.language) or detect_language(text)
    doc.published = parse_published(doc.published)
    low_text = text.lower()
    doc.low_text = low_text if len(low_text) == len(text) else None


def split_sentences(doc: Document) -> None:
    """text/: sentences and their tokens."""
    doc.sentences = [SentenceState(s) for s in sentences(doc.text, doc.language, doc.low_text)]


def find_quotes(doc: Document) -> None:
    """discourse/: direct quotations and their speakers ("she said" after a named person)."""
    sents = [st.sentence for st in doc.sentences]
    doc.quotes = quotes_of(doc.text, sents, doc.language)
    resolve_pronoun_speakers(doc.quotes, sents, doc.text, doc.language)


def mark_numbers(doc: Document) -> None:
    """numbers/: the tokens a figure or a date may start at, in sentences that may hold one."""
    marking, low_text = _MARKING[doc.language], doc.low_text
    for st in doc.sentences:
        s = st.sentence
        if low_text is not None:
            maybe = might_hold_figures(low_text, s.start, s.end)
        else:
            maybe = might_hold_figures(doc.text[s.start : s.end].lower(), 0, s.end - s.start)
        if maybe:
            st.marks = [k for k, low in enumerate(s.lowers) if low in marking or low[0] in _DIGITS]


def find_figures(doc: Document) -> None:
    """time/ and claims/: the periods of a sentence, then its figures (a date's tokens are no
    figure); the numbers used in names are collected in ``names``. "Im Vormonat", "a year
    earlier" are relative to the last period the article named (``time.when.anchor_period``),
    in this paragraph or an earlier one."""
    lang, pub, text = doc.language, doc.published, doc.text
    anchor = None  # the last period named (not a base, not "a year earlier")
    names = doc.names
    for st in doc.sentences:
        s, marks = st.sentence, st.marks  # read once: the compiled build reads fields slowly
        cands = candidates(s, marks) if marks is not None else None
        if not cands:
            # "Kessler hat im ersten Quartal mehr verdient.", "The change for March was bigger
            # still.": a period of a sentence without figures, an anchor
            periods = periods_of(s, lang, pub, text, marks, anchor)[0]
            if periods:
                anchor = anchor_period(s, periods, anchor)
                # a month or longer carries on to the figures of the paragraph ("Für das erste
                # Halbjahr ... . Der Umsatz stieg ..."); a day there is a release's or an event's,
                # unless it is still to come (a forecast's)
                st.periods = [x for x in periods if long_period(x.period) or to_come(x.period, pub)]
        else:
            periods, used = periods_of(s, lang, pub, text, marks, anchor)
            st.periods = periods
            raw = find_claims(s, lang, used, cands, names)
            st.figures = [c for c in raw if c.kind != "name"]
            if periods:
                anchor = anchor_period(s, periods, anchor)


def drop_not_figures(doc: Document) -> None:
    """claims/filters: numbers that count who speaks ("two officials said"), time frames ("in
    the past 24 hours"); a sum spread over years keeps its years exact."""
    lang = doc.language
    for st in doc.sentences:
        figures = st.figures
        if not figures:
            continue
        s = st.sentence
        if st.has_cue(lang):
            st.cues = cues = find_cues(s, lang)
            figures = without_speaker_counts(s, figures, lang, cues)
        if figures:
            figures = without_time_frames(s, figures)
        st.figures = figures


def complete_units(doc: Document) -> None:
    """claims/elliptic: figures without a unit take the one they refer to ("zwei davon"), the
    lines of a list the noun of its heading ("Einsätze nach Kreisen: ... Kreis Nord: 240")."""
    lang, text = doc.language, doc.text
    before, history, end = (), [], 0
    for st in doc.sentences:
        figures, s = st.figures, st.sentence
        if "\n\n" in text[end : s.start]:
            history = []  # a new paragraph: what "die Zahl" stands for starts anew
        if figures:
            elliptic_units(s, figures, lang, before)
            service_units(s, figures, text)
            earlier_units(s, figures, lang, history[-_HISTORY:])
            context_units(s, figures, lang)
        before, end = figures, s.end
        history.append((s, figures))
    listed_units(doc.sentences, text, lang)
    poll_article_points(doc.sentences, lang)
    weighed_pounds(doc.sentences, lang)


def find_sources(doc: Document) -> None:
    """sources/: who the figures of a sentence come from: an attributed mention, else an
    information noun's author ("a poll by Ipsos"), else an institution as the subject. A
    sentence without figures that opens with "Das"/"This" after one with figures is looked at
    too (discourse gives its source to the sentence before)."""
    lang, text = doc.language, doc.text
    before = ()  # the figures of the sentence before
    for st in doc.sentences:
        s, raw = st.sentence, st.figures
        back = not raw and before and text.startswith(BACK_PREFIXES, s.start)
        before = raw
        if not raw and not back:
            continue
        blocked = set()  # the claims' own tokens are never part of a source
        for c in raw:
            blocked.update(range(c.i0, c.i1))
        cues = st.cues
        if cues is not None or st.has_cue(lang):
            if cues is None:
                st.cues = cues = find_cues(s, lang)
            # a sentence without figures blocks nothing: its own attributions, found once
            found = attributed(s, lang, cues=cues, blocked=blocked) if raw else sentence_attributed(s, lang)
            st.sources = [Attribution(m, cue, role, s) for m, cue, role in found]
        if raw and not st.sources:
            st.sources = [Attribution(m, cue, role, s) for m, cue, role in info_sources(s, lang, blocked)]
            if not st.sources:
                found = _subject_sources(s, lang, text, raw, blocked)
                st.sources = [Attribution(m, "", "origin", s) for m in found]


def _subject_sources(s, lang: str, text: str, raw, blocked) -> list:
    """An institution or planner as the subject; in English also "by the council's reckoning",
    "X ... and said", a speaking subject of any verb that tells ("X is reporting 478,340")."""
    found = institution_subject(s, lang, blocked) or planning_subject(s, lang, blocked)
    if found or lang != "en":
        return found
    return (
        by_reckoning(s, blocked)
        or [m for m, _cue, _role in document_shows(s)]  # "Harwell's monthly index showed"
        or coordinated_speaker(s, blocked, text)
        or clause_subject(s, text, [c.i0 for c in raw], blocked)
    )


def drop_name_numbers(doc: Document) -> None:
    """claims/filters: a bare number the article also uses in a name ("Boeing 737")."""
    if doc.names:
        filters.drop_name_numbers(doc.sentences, doc.names)


def carry_back_references(doc: Document) -> None:
    """discourse/carry: "Das teilte die Stadt mit." and "demnach" link sources across sentences."""
    back_references(doc.sentences, doc.language)


def carry_personal_subjects(doc: Document) -> None:
    """discourse/carry: "Er hält ... für denkbar" keeps the person who spoke just before."""
    personal_subjects(doc.sentences, doc.quotes, doc.text)


def resolve_pronoun_sources(doc: Document) -> None:
    """discourse/pronouns: "..., it added", "sagte er": the source named just before."""
    pronoun_sources(doc.sentences, doc.quotes, doc.language, doc.text)


def join_confirmations(doc: Document) -> None:
    """discourse/carry: "Ein Beamter bestätigte diese Einschätzung" joins the figures before."""
    corroborate(doc.sentences, doc.language)


def continue_reported(doc: Document) -> None:
    """discourse/reported: German indirect speech keeps the previous speaker."""
    continue_reported_speech(doc.sentences, doc.quotes, doc.language, doc.text)


def assemble(doc: Document) -> None:
    """claims/assemble: the result's claims (sources, period, modality) and quotes."""
    doc.claims = assemble_claims(doc)
    doc.out_quotes = tuple([build_quote(doc.text, q) for q in doc.quotes])


def resolve_discourse(doc: Document) -> None:
    """discourse_stage/: attribution across sentences over the whole article (paragraphs,
    carry-over, "Das teilte X mit", headline colons, back-references, quotes over paragraphs)."""
    sentences = [state.sentence for state in doc.sentences]
    claims, doc.out_quotes = discourse(doc.text, doc.language, sentences, doc.claims, doc.out_quotes)
    doc.claims = list(claims)


def name_counted_nouns(doc: Document) -> None:
    """claims/head_nouns: an English count of no unit whose number a plural noun follows counts
    that noun ("23 cameras": camera), after the discourse stage took it as a count of anything."""
    if doc.language == "en":
        doc.claims = name_plural_nouns(doc.text, doc.claims)


STAGES = (
    read_text,
    split_sentences,
    find_quotes,
    mark_numbers,
    find_figures,
    drop_not_figures,
    complete_units,
    find_sources,
    drop_name_numbers,
    carry_back_references,
    carry_personal_subjects,
    resolve_pronoun_sources,
    join_confirmations,
    continue_reported,
    assemble,
    resolve_discourse,
    name_counted_nouns,
)


def run(text: str, language, published, version: str) -> Extraction:
    """Extract from ``text``: every stage in order over one document.

    The engine makes no reference cycles (everything it allocates is freed by reference
    counting), so the cyclic garbage collector is paused while it runs: its collections would
    only walk the engine's short-lived lists and objects again and again (a quarter of the time
    on a 4 KB article) and could never free anything."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        doc = Document(text, language, published, version)
        for stage in STAGES:
            stage(doc)
        return Extraction(doc.language, version, tuple(doc.claims), doc.out_quotes)
    finally:
        if enabled:
            gc.enable()
