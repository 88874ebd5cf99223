"""The result: one ``Claim`` per figure with its sources (the speaker of a quote it stands in,
else the sentence's sources), its period and its modality; one ``Quote`` per quotation."""

from __future__ import annotations

from ..discourse.quotes import containing
from ..lexicon import ATTRIBUTION
from ..sources.cues import find_cues
from ..sources.subjects_en import own_subject
from ..state import Attribution, QuoteSource
from ..text.clauses import clause_end, clause_start
from ..time.crimes import crime_spans
from ..time.fieldwork import fieldwork_period
from ..time.news import future_sentence, news_day
from ..time.purpose import plan_period
from ..time.quarters import named_quarter
from ..time.reported import release_day, reported_period
from ..time.when import carried_periods, claim_period
from ..types import Claim, Quote, SourceMention, Speaker
from .ahead import past_of_a_change_ahead
from .dated import bare_quarter, dated, released_days
from .listed import list_item
from .market_day import market
from .modality import modality_cues, modality_of


class _Dates:
    """The document's dates a figure may fall back on (slots, not a NamedTuple: the rules read
    its fields for every claim)."""

    __slots__ = ("crimes", "day", "fieldwork", "plan", "reported", "text")

    def __init__(self, day, fieldwork, reported, plan, crimes=(), text=""):
        self.day = day  # the day of the news
        self.fieldwork = fieldwork  # a poll's fieldwork days
        self.reported = reported  # the period the article's statistics are of
        self.plan = plan  # the year a budget in the lead is for (its figures look forward)
        self.crimes = crimes  # a court report's spans of offences (``time/crimes.py``)
        self.text = text


def assemble_claims(doc) -> list[Claim]:
    """The claims of the document, sentence by sentence. A figure without a period of its own
    takes the period the paragraph carries (the last sentences' periods), else the period the
    article's statistics are of (named in its lead), else the day of the news; the day a
    release is dated ("teilte am Donnerstag mit") gives way to that period too."""
    text, lang = doc.text, doc.language
    day = news_day(doc.sentences, lang, doc.published, text)
    fieldwork = fieldwork_period(doc.sentences, doc.published)
    plan = None
    reported = reported_period(doc.sentences, doc.published, lang, text)
    if reported is None or bare_quarter(reported):  # "in the quarter": the one named, if any
        reported = named_quarter(doc.sentences, doc.published) or reported
    if reported is None:
        plan = plan_period(doc.sentences, doc.published)
    dates = _Dates(
        day,
        fieldwork,
        reported or plan or fieldwork,
        plan,
        crime_spans(doc.sentences, doc.published, text),
        text,
    )
    quotes = (doc.quotes, [q.start for q in doc.quotes])
    claims = []
    recent = []  # periods of the last sentences of the paragraph, for claims without their own
    in_list = False  # after a line ending in a colon, its list's lines carry its periods on
    prev = None
    for st in doc.sentences:
        s = st.sentence
        in_list = in_list and list_item(s, text)
        if recent and "\n" in text[recent[-1][0] : s.start] and not in_list:
            recent = _changes_go_on(recent, st, prev, lang, doc.published)
        prev = st
        in_list = in_list or (s.n > 0 and s.words[-1] == ":")
        # figures of a sentence that names no time and looks forward to none: the article's period
        carried = _carried(st, doc.published, dates.reported, lang)
        if st.figures:
            claims.extend(_sentence_claims(doc, st, quotes, recent, dates))
        if carried:
            recent = [(s.start, carried)]
        elif recent and len(recent) < 3:
            recent.append((s.start, []))
    return claims


def _changes_go_on(recent, st, prev, lang, pub) -> list:
    """Over a paragraph break of English copy, a sentence of bare changes ("Freight grew
    2.6% and charter traffic fell 1.1%.") right after a sentence of changes whose period
    was carried on keeps that period; else nothing carries over the break."""
    if lang != "en" or prev is None or st.periods or not st.figures or len(recent) != 1:
        return []
    if recent[0][0] != prev.sentence.start or not prev.figures:
        return []
    if any(x.period.end is None or (pub is not None and x.period.end > pub) for x in recent[0][1]):
        return []  # a forecast's period ("in early 2027") is no report's (unknown with no date)
    if not all(rc.kind == "percent" for rc in st.figures) or not any(
        rc.kind == "percent" for rc in prev.figures
    ):
        return []
    return recent


def _carried(st, pub, reported=None, lang=None) -> list:
    """The periods of a sentence that carry on to the next ones of the paragraph; the day a
    release is dated carries on to no other sentence: the article's period or the day of the
    news does ("Ein Mann wurde festgenommen, wie die Polizei am Dienstag mitteilte. Rund 50
    Beamte waren im Einsatz."); nor does a look back before the article's period ("Im
    Oktober lag die Rate bei 2,6 %. Im September hatte sie noch bei 2,1 % gelegen. Gegenüber
    dem Vormonat ...": October's)."""
    if not st.periods:
        return []  # most sentences: nothing to carry
    carried = carried_periods(st.sentence, st.periods, [(r.i0, r.i1) for r in st.figures])
    cues = st.cues
    if carried and cues is None and lang and st.has_cue(lang):
        # a sentence without figures has no cues yet: "Norvik said on Tuesday its profit rose
        # in the first half." carries the half-year, not the day of the release
        cues = find_cues(st.sentence, lang)
    if carried and cues:
        carried = [x for x in carried if not release_day(x.period, pub, st.sentence, cues)]
    if (
        carried
        and reported is not None
        and reported.start is not None
        and (not _HAD.isdisjoint(st.sentence.low_set) or _it_was(st.sentence.lowers))
    ):
        carried = [x for x in carried if x.period.end is None or x.period.end >= reported.start]
    return carried


_HAD = frozenset(("hatte", "hatten", "had"))


def _it_was(lowers) -> bool:
    """ "2024 waren es 118", "Im Vorjahr war es ...": a look back at a base's value."""
    return any(lowers[k] in ("war", "waren") and lowers[k + 1] == "es" for k in range(len(lowers) - 1))


def _sentence_claims(doc, st, quotes, recent, dates) -> list:
    """The claims of one sentence's figures."""
    s, raw, lang = st.sentence, st.figures, doc.language
    mcues = modality_cues(s, lang)
    reported = dates.reported
    forward = reported is not dates.plan and future_sentence(s)  # a plan's figures look forward
    default_when = reported if reported and not forward and not market(s) else dates.day
    if reported is not None and reported is dates.plan and past_of_a_change_ahead(s, reported, doc):
        default_when = dates.day  # "Arrears have climbed to £4.1bn": now, not the cap's months
    nums = [rc.num for rc in raw] if len(raw) > 1 else ()
    released = released_days(st, doc.published) if len(st.periods) > 1 else ()
    figs = [(r.i0, r.i1) for r in raw] if len(raw) > 1 and st.periods else ()
    trading = bool(released) and market(s)  # "Shares rose 6% on Tuesday after it reported ...": the day's
    return [
        dated(
            build_claim(
                doc.text,
                st,
                rc,
                quotes,
                lang,
                mcues,
                recent,
                default_when,
                nums,
                () if trading and rc.kind == "percent" else released,
                figs,
            ),
            st,
            rc,
            recent,
            dates,
            default_when,
            doc.published,
        )
        for rc in raw
    ]


def build_claim(
    text, st, rc, quotes, lang, mcues=None, recent=(), default_when=None, nums=(), released=(), figs=()
) -> Claim:
    s = st.sentence
    start, end = s.starts[rc.i0], s.ends[rc.i1 - 1]
    q = containing(quotes[0], quotes[1], start)
    if q is not None and q.speaker:
        mentions = _quote_mentions(text, q)
    else:
        mentions = _sentence_mentions(text, st, rc, nums)
    # the fields in their order, without keywords: a call with keywords builds a dict of the
    # fourteen arguments first (a third of the cost of making a claim)
    return Claim(
        start,
        end,
        text[start:end],
        rc.kind,
        rc.value,
        rc.value_high,
        rc.approximate,
        rc.bound,
        rc.unit,
        rc.subject,
        modality_of(s, rc.num, lang, rc.bound, mcues),
        tuple(mentions),
        _claim_when(s, rc, st.periods, nums, recent, default_when, released, figs),
        (s.start, s.end),
    )


def _quote_mentions(text, q) -> list:
    """The speaker of the quote a figure stands in, and the outlets it came through."""
    name, a, b = q.speaker
    mentions = [SourceMention(name, "person", a, b, text[a:b], "quote", "origin")]
    for vname, va, vb in q.via:
        mentions.append(SourceMention(vname, "news_outlet", va, vb, text[va:vb], "laut", "relay"))
    return mentions


def _sentence_mentions(text, st, rc, nums) -> list:
    """The sources of the sentence that reach the figure: not those of another clause with
    figures of its own, not a source twice."""
    s = st.sentence
    mentions, seen = [], set()
    own = _own_clause_sources(s, rc, st.sources, nums)
    if own is None and len(st.sources) > 1:  # "X is reporting 478,340 and Y is reporting 3,120"
        own = own_subject(s, rc.num, st.sources)
    for x in st.sources:
        if own is not None and x not in own:
            continue
        if isinstance(x, QuoteSource):
            name, a, b = x.quote.speaker
            mentions.append(SourceMention(name, "person", a, b, text[a:b], "quote", "origin"))
            continue
        m, ms = x.mention, x.sentence
        if ms is not s and st.only_counted and rc.kind == "ratio":
            continue
        a, b = ms.starts[m.i0], ms.ends[m.i1 - 1]
        if (a, b) in seen or (
            mentions and any(y.name == m.name and y.start < b and a < y.end for y in mentions)
        ):
            continue  # the same source twice ("Data compiled by Bloomberg" and "Bloomberg")
        seen.add((a, b))
        mentions.append(SourceMention(m.name, m.kind, a, b, text[a:b], x.cue, x.role))
    return mentions


def _claim_when(s, rc, periods, nums, recent, default_when, released=(), figs=()):
    """The period of the claim's clause or sentence, else the one the paragraph carries ("Im Juli
    ... . Die Zahl stieg auf 300."), else the default (the article's period or the news day)."""
    when = claim_period(s, rc, periods, nums, released, figs)
    if when is None and recent and recent[0][1]:
        dated = [p for _i0, _, p in recent[0][1] if p.start is not None or p.end is not None]
        if len(dated) > 1 and future_sentence(s) and all(p.start is not None for p in dated):
            # "voted on Wednesday to raise council tax from April. A Band D home will pay ...": a
            # sentence that looks forward takes the period ahead
            dated.sort(key=lambda p: p.start, reverse=True)
        when = dated[0] if dated else None
    return default_when if when is None else when


_REPORTING_OPENERS = frozenset(ATTRIBUTION["reporting_clause_openers_en"])


def _own_clause_sources(s, rc, sources, nums):
    """Two clauses, two sources: "Das Ministerium sprach von 14 Toten, die Gegenseite meldete
    20": when the claim's own clause names a source, a source in another clause that holds
    figures of its own is not the claim's, nor one before a clause that opens with "where",
    "while" and names its own ("X said it hit a depot, where officials said two civilians were
    killed"). None when nothing is to be dropped."""
    if len(nums) < 2:
        return None
    here = [x for x in sources if isinstance(x, Attribution) and x.sentence is s]
    if len(here) < 2:
        return None
    seg, end = clause_start(s, rc.num), clause_end(s, rc.num)
    if not any(seg <= x.mention.i0 < end for x in here):
        return None
    opened = s.lowers[seg] in _REPORTING_OPENERS  # "..., where officials said two civilians died"
    drop = []
    for x in here:
        i0 = x.mention.i0
        if seg <= i0 < end:
            continue
        a, b = clause_start(s, i0), clause_end(s, i0)
        if any(a <= k < b for k in nums) or (opened and i0 < seg):
            drop.append(x)
    if not drop:
        return None
    return [x for x in sources if x not in drop]


def build_quote(text, q) -> Quote:
    speaker = Speaker(q.speaker[0], q.speaker[1], q.speaker[2]) if q.speaker else None
    via = tuple(Speaker(n, a, b) for n, a, b in q.via)
    return Quote(q.start, q.end, text[q.start : q.end], speaker, via)
