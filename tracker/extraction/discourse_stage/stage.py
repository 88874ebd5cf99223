"""The discourse stage's passes over one article, in order:

1. what each sentence names itself (its claims' own sources, an attribution without figures,
   a back-reference, a quote's speaker); a name and a description of it in one claim's
   sources become one source;
2. back-references resolved to the named source they stand for (its name, the words' span);
3. a headline colon ("WHO: ...") for the headline's figures;
4. attributions after the figures ("Das teilte X mit", "..., the union said") for the
   sentence before (``accounts``);
5. carry-over: a source keeps the figures of the following sentences of its account until
   another source takes over, the account ends or ``accounts.WINDOW`` characters pass
   (``accounts``);
6. guards: no source from inside a quotation for a figure outside it, none from a later
   clause ("..., after X said"), a modifier name joined with its source (``guards``).
"""

from __future__ import annotations

from . import (
    accounts,
    backrefs,
    closing,
    consensus_en,
    crossheads,
    impersonal,
    inserted,
    lists,
    nearness,
    releases,
)
from ._engine import LEXICON, Claim, SourceMention, sentence_attributions
from ._engine import sentence_names as sentence_names  # the tests take it from here
from .accounts_en import results_subject
from .announced_en import announced_by
from .bodies import other_body
from .bodies_de import names_in
from .clause_subject_de import clause_subjects
from .colon_quote_de import colon_quotes
from .colon_speaker_de import colon_speakers
from .colon_surname_de import surname_speakers
from .commissioned_de import pollster_accounts, pollster_for_outlet
from .demnach_de import danach_after_naming, nearest_demnach, reported_reckoners
from .demonstrative_de import document_namings
from .described_results import described_result_subject
from .expected_en import expected_by
from .fieldwork_de import fieldwork_sentences
from .fieldwork_en import describe_polls
from .further_de import cover_before as further_before
from .guards import guard
from .headline import headline_colon, headline_dash
from .later_naming_de import later_namings
from .latest_mention_de import latest_mentions
from .lead_opening_de import lead_before_opening
from .naming import (
    antecedent,
    dateline,
    full_name,
    named_before,
    overlaps,
    role_before,
)
from .nearest_de import nearest_mentions
from .nearest_en import nearest_descriptions
from .offers_en import give as give_offers
from .owners_en import results_owner
from .paragraphs import layout
from .plan_after_de import plans_after
from .pronoun_close_en import close_over_pronoun
from .pronoun_nearest_en import pronoun_nearer
from .quote_chain_en import chained_quotes
from .quotes_across import lead_speakers, speak_inside, unclosed_quotes
from .reckoning_en import by_its_reckoning
from .relays_en import keep_relays
from .renaming import record_names, rename_descriptions
from .reported_close_de import reported_closings
from .research_en import research_subject
from .result_closing_de import result_closings
from .result_lists_en import company_results
from .resumed_de import resumed_reports
from .so_closing_de import close_with_so
from .statement_en import statements_go_on
from .stating_de import stated_openers
from .subjects import short_name_subject
from .targets_en import owned_targets
from .wie_es_de import neuter_body_says

_LABELS = {lang: frozenset(LEXICON[lang]["headline_labels"]) for lang in ("de", "en")}


class _Article:
    """What the passes over one article share: its text, language, sentences (units), the
    claims and their sources, the quotations, and the named sources seen so far."""

    __slots__ = ("claims", "classes", "history", "lang", "quoted", "sources", "text", "units")

    def __init__(self, text: str, lang: str, units, claims, quotes):
        self.text, self.lang, self.units, self.claims = text, lang, units, claims
        self.sources = [c.sources for c in claims]
        self.quoted = [(q.start, q.end) for q in quotes]
        self.history = []  # (position, SourceMention) of named sources, in text order
        self.classes = {}  # mention text -> class of the back-reference it is, or None (a cache)


def resolve(text: str, lang: str, sents, claims, quotes):
    """Claims (and quotes) with the sources the article's discourse gives them."""
    if lang not in _LABELS:
        return claims, quotes
    quotes = unclosed_quotes(text, quotes)
    if not claims:
        return claims, quotes
    art = _Article(text, lang, layout(text, sents), list(claims), quotes)
    crossheads.mark(text, lang, art.units)
    units, sources = art.units, art.sources
    spoken = lead_speakers(text, lang, units, quotes, lambda s: sentence_attributions(text, s, lang))
    if spoken is not quotes:
        speak_inside(text, art.claims, sources, quotes, spoken)
        quotes = spoken
    quotes = chained_quotes(text, lang, art.claims, sources, quotes)  # English: '"...," he said.' / '"...'
    _place_claims(units, art.claims)
    speakers = _quote_speakers(text, quotes, units)
    _mark_quoted(units, art.quoted)
    items = lists.item_lines(text, units, lang)
    lists.mark_items(units, items)
    near_claims = nearness.near_claims(units, lang, items)
    for k in range(len(units)):
        if near_claims[k]:  # else no figure here or in the next sentences: nothing to attribute
            _what_it_names(art, k, speakers)
        elif k in speakers:  # a quote's speaker whom a later "She added" may stand for
            art.history.append((speakers[k].start, speakers[k]))
    headline_colon(text, lang, units, sources, art.claims)
    headline_dash(text, lang, units, sources, art.claims)  # English: "4,300 killed – health minister"
    colon_speakers(art)  # German: "Kämmerin X umriss die Lage: „...“" and the Konjunktiv after it
    stated_openers(art)  # German: "Als Hauptgrund nannte die Kasse ...", its figures after it
    result_closings(art)  # German: "Zu diesem Ergebnis kommt X": the figures before it
    reported_reckoners(art)  # German: "Demnach rechnet die Verwaltung mit ...": the naming before
    pollster_accounts(art)  # German: "Laut dem Trendbarometer, das das Institut für RTL erhebt"
    accounts.after_the_figures(lang, units, sources, art.claims)
    releases.lead_before_document(lang, units, sources)
    releases.lead_before_release(lang, units, sources)
    accounts.carry(
        lang,
        units,
        sources,
        art.claims,
        lambda k: _named_in_paragraph(text, lang, units, k),
        lambda k, acc: other_body(text, lang, units[k].s, acc),
    )
    closing.close_paragraphs(lang, units, sources, art.claims)
    inserted.cover_before(lang, units, sources, art.claims)
    further_before(lang, units, sources, art.claims)
    statements_go_on(text, lang, units, sources, art.claims)  # English wire: "X said in a statement"
    if lang == "de":  # "so X weiter", "wie es mitteilte", a quotation after a colon naming its speaker
        close_with_so(units, sources, art.claims)
        neuter_body_says(units, sources, art.claims)
        colon_quotes(units, sources, art.claims)
        surname_speakers(art)  # "fiel Berger die Prognose leicht: „...“": the person named before
        nearest_demnach(art)  # "Der Vorstand bestätigte die Prognose. Demnach soll ..."
        danach_after_naming(art)  # "Das geht aus Zahlen des Bamf hervor. Danach stellten ..."
        lead_before_opening(art)  # "... Hunderte Einsätze ausgelöst. Nach Angaben der Feuerwehren ..."
        resumed_reports(art)  # "¶ Bei Weizen liege der Ertrag bei ...": the source named last
        clause_subjects(art)  # "Netto verdiente Brenntal ...": a clause's subject that can speak
        pollster_for_outlet(art)  # then "laut dem Blatt" after "Insa im Auftrag der Bild": the pollster
        fieldwork_sentences(art)  # "Forsa befragte 1.508 Menschen": no source; the sentence before
        plans_after(art)  # "Die Stadt setzt auf Steuern. Die Grundsteuer soll ... steigen"
        latest_mentions(art)  # a carried source on its latest naming before the figure
        reported_closings(lang, text, units, sources, art.claims)  # "..., sei es ..., so X": the run
    closing.credit_lines(text, lang, units, sources)
    consensus_en.give(text, lang, units, sources, art.claims)
    impersonal.impersonal_spans(text, lang, units, sources)
    nearest_mentions(lang, text, units, sources)
    document_namings(lang, text, units, sources)  # German: "in jener Erhebung" for the poll's figures
    later_namings(lang, text, units, sources, art.claims)  # German: a naming in the next sentence nearer
    if lang == "en":
        keep_relays(lang, text, units, sources)  # "..., the people said" after "citing people familiar with"
        by_its_reckoning(units, sources)  # "That would equal 4.9% by its reckoning"
        nearest_descriptions(lang, text, units, sources)  # "... the authority still had ..." before
        close_over_pronoun(units, sources, art.claims)  # "..., it shrank to 7.39m, according to X"
        pronoun_nearer(text, units, sources, art.claims)  # "..., which he said had killed 63"
    expected_by(lang, text, units, sources, art.claims)  # English: "the 120,000 economists had expected"
    give_offers(text, lang, units, sources, art.claims)  # English: "the government's offer of 4.5%"
    describe_polls(text, lang, units, sources, art.claims)  # English: "The survey of 1,412 voters"
    owned_targets(text, lang, units, sources, art.claims)  # English: "above the Fed's 2% target"
    if any(items):
        lists.give_items(units, sources, art.claims, items)
        if lang == "en":  # "the company's results were:" and its lines, but the expected figures
            company_results(text, units, sources, art.claims, items)
    guard(text, lang, art.claims, sources, art.quoted, sents)
    out = [c if sources[i] is c.sources else _with_sources(c, sources[i]) for i, c in enumerate(art.claims)]
    return out, quotes


def _place_claims(units, claims) -> None:
    """Each unit's list of the claims (indices) in its sentence."""
    by_start = {u.s.start: k for k, u in enumerate(units)}
    for i, c in enumerate(claims):
        k = by_start.get(c.sentence[0])
        if k is not None:
            units[k].claims.append(i)


def _what_it_names(art, k: int, speakers) -> None:
    """Unit k's own sources (``own``): its claims' sources in the sentence, or its attribution
    without figures; a back-reference resolved; descriptions renamed; a quote's speaker."""
    u = art.units[k]
    own = [m for m in _stated(art, u) if not dateline(art.text, m)]
    ref = backrefs.find(u.s, art.lang)
    if ref is not None and ref.cls == "impersonal":
        u.goes_on = True
    elif ref is not None:
        own = _with_backref(art, k, ref, own)
    renamed = {}  # id(mention) -> named(mention): the sentence's mentions are named once
    if own:
        own = record_names(art, own, renamed)
    if u.claims:
        rename_descriptions(art, u, renamed)
    if not own and k in speakers:
        own = [speakers[k]]
    if not own and u.claims:
        own = (
            short_name_subject(art, u)
            or described_result_subject(art, u)
            or results_subject(art, u)
            or results_owner(art, u)
        )
    u.own = tuple(own)
    art.history.extend([(m.start, m) for m in own if m.cue == "quote"])


def _stated(art, u) -> list:
    """The sources the sentence itself states: its claims' sources that stand in it, or (no
    figures) its attribution ("Das teilte die Polizei mit")."""
    s = u.s
    if not u.claims:  # English: "Pollwise also compared ...:" opens the pollster's account
        found = sentence_attributions(art.text, s, art.lang)
        if found or art.lang != "en":
            return found
        return research_subject(art.text, s) or announced_by(art.text, s)  # "This was announced by X"
    own = []
    seen = set()
    start, end, sources = s.start, s.end, art.sources
    for i in u.claims:
        for m in sources[i]:
            if start <= m.start < end and (key := (m.start, m.end, m.name)) not in seen:
                seen.add(key)
                own.append(m)
    return own


def _with_backref(art, k: int, ref, own) -> list:
    """The back-reference of unit k resolved to its named source (the claims take it), or the
    unit marked as another speaker when nothing before fits."""
    u, text = art.units[k], art.text
    ante = (
        antecedent(art.history, ref, own)
        or named_before(text, art.lang, art.units, k, ref, art.history)
        or role_before(text, art.lang, art.units, k, ref)
        or _described_before(art.units, k, ref)
        or _resolved_before(art, u, ref)
    )
    if ante is None:
        u.other_speaker = True
        return own
    kind = "organisation" if ante.kind == "person" and backrefs.is_company(ante) else ante.kind
    stand = SourceMention(
        full_name(ante, text), kind, ref.start, ref.end, text[ref.start : ref.end], ref.cue, "origin"
    )
    _use_backref(u, art.sources, stand, u.s, art.claims, art.quoted)
    if ref.cls != "person":  # "the company" for Corvane Foods: what a later "it" means
        art.history.append((stand.start, stand))
    return [m for m in own if not overlaps(m, stand)] + [stand]


_DESCRIBED_BACK = 3  # sentences before a pronoun searched for a description that spoke


def _described_before(units, k: int, ref):
    """ "The regulator said ... ¶ Suppliers can charge no more than 25.73p, it added.": a
    pronoun with no name before it stands for the description that spoke just before it."""
    if ref.cls == "person" or ref.head:
        return None  # a description itself ("the company") needs a name
    for j in range(k - 1, max(-1, k - _DESCRIBED_BACK - 1), -1):
        own = [m for m in units[j].own if m.cue != "quote" and m.kind != "person"]
        if own:
            return own[-1]
    return None


def _resolved_before(art, u, ref):
    """The source the sentence stages gave the figures of sentence ``u`` from a sentence before
    it ("Stadtkämmerer Jonas Albrecht hält ... Er rechnet damit, dass ..."): what its pronoun
    stands for."""
    for i in u.claims:
        for m in art.sources[i]:
            if m.end <= u.s.start and backrefs.fits(ref.cls, m, ref.word):
                return m
    return None


def _use_backref(u, sources, stand, s, claims, quoted) -> None:
    """The claims of the sentence take the resolved back-reference: those without a source of
    their own sentence, and those whose source is the description itself."""
    for i in u.claims:
        if any(q0 <= claims[i].start < q1 for q0, q1 in quoted):
            continue  # a figure inside a quotation is its speaker's
        mine = [m for m in sources[i] if s.start <= m.start < s.end]
        if not mine:
            sources[i] = (stand,)
        elif any(overlaps(m, stand) for m in mine):
            sources[i] = tuple(stand if overlaps(m, stand) else m for m in sources[i])


def _named_in_paragraph(text: str, lang: str, units, k: int):
    """The last source-like name in the (up to four) sentences of unit k's paragraph before
    it, as a one-mention account, or ()."""
    j = k - 1
    while j >= max(0, k - 4) and not units[j + 1].first:
        names = names_in(text, units[j].s, lang)
        if names:
            return (names[-1],)
        j -= 1
    return ()


def _mark_quoted(units, quoted) -> None:
    """Flags the sentences that hold (part of) a direct quotation."""
    if not quoted:
        return  # no quotation: every unit keeps quoted = False
    spans = sorted(quoted)
    j = 0
    for u in units:  # both in text order: one sweep
        a, b = u.s.start, u.s.end
        while j < len(spans) and spans[j][1] <= a:
            j += 1
        u.quoted = j < len(spans) and spans[j][0] < b


def _quote_speakers(text: str, quotes, units):
    """Sentence index -> the named speaker of a quote that closes in it, as a source."""
    out = {}
    if not quotes:
        return out
    k = 0
    for q in quotes:
        sp = q.speaker
        if sp is None or " " not in sp.name.strip():
            continue
        while k < len(units) and units[k].s.end < q.end:
            k += 1
        if k < len(units):
            out.setdefault(
                k, SourceMention(sp.name, "person", sp.start, sp.end, text[sp.start : sp.end], "quote")
            )
    return out


def _with_sources(c, sources) -> Claim:
    return Claim(
        c.start,
        c.end,
        c.text,
        c.kind,
        c.value,
        c.value_high,
        c.approximate,
        c.bound,
        c.unit,
        c.subject,
        c.modality,
        tuple(sources),
        c.when,
        c.sentence,
    )
