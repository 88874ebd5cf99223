"""The discourse stage's passes over one article, in order:

1. what each sentence names itself (its claims' own sources, an attribution without figures,
   a back-reference, a quote's speaker);
2. back-references resolved to the named source they stand for (name kept, span of the words
   in the text);
3. a headline colon ("WHO: ...") for the headline's figures;
4. attributions after the figures ("Das teilte X mit", "This was reported by X") for the
   sentence before;
5. carry-over: a source keeps the figures of the following sentences of its account until
   another source takes over, the paragraph ends or ``WINDOW`` characters pass.
"""

from __future__ import annotations

from . import backrefs
from ._engine import LEXICON, Claim, SourceMention, known_source, sentence_attributions, sentence_names
from .paragraphs import layout
from .quotes_across import unclosed_quotes

WINDOW = 600  # how far (characters) a source carries from where it stands
_ANTECEDENT_WINDOW = 2500  # how far back a description or pronoun looks for its source
_BACK_OPENERS = {lang: frozenset(LEXICON[lang]["back_openers"]) for lang in ("de", "en")}
_OPENER_AUX = frozenset(("hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "geht", "gehen"))
_CONTINUATION = {lang: frozenset(LEXICON[lang]["continuation"]) for lang in ("de", "en")}
_CONT_OPENERS = {lang: frozenset(LEXICON[lang]["continuation_openers"]) for lang in ("de", "en")}
_LABELS = {lang: frozenset(LEXICON[lang]["headline_labels"]) for lang in ("de", "en")}
_CARRY_OPENERS = {lang: [tuple(x.split()) for x in LEXICON[lang]["carry_openers"]] for lang in ("de", "en")}
_CARRY_WORDS = {lang: frozenset(LEXICON[lang]["carry_words"]) for lang in ("de", "en")}
_KONJUNKTIV = frozenset(
    ("habe", "hätte", "hätten", "sei", "seien", "werde", "würden", "könne", "müsse", "solle")
)


def resolve(text: str, lang: str, sents, claims, quotes):
    """Claims (and quotes) with the sources the article's discourse gives them."""
    if lang not in _BACK_OPENERS:
        return claims, quotes
    quotes = unclosed_quotes(text, quotes)
    if not claims:
        return claims, quotes
    claims = list(claims)
    sources = [c.sources for c in claims]
    units = layout(text, sents)
    by_start = {u.s.start: k for k, u in enumerate(units)}
    for i, c in enumerate(claims):
        k = by_start.get(c.sentence[0])
        if k is not None:
            units[k].claims.append(i)
    speakers = _quote_speakers(text, quotes, units)
    quoted = [(q.start, q.end) for q in quotes]
    history = []  # (position, SourceMention) of named sources, in text order
    classes = {}  # mention text -> class of the back-reference it is, or None (a cache)
    near_claims = _near_claims(units)
    for k, u in enumerate(units):
        if not near_claims[k]:
            continue  # no figure here or in the next sentences: nothing to attribute
        s = u.s
        own = []
        seen = set()
        for i in u.claims:
            for m in sources[i]:
                if s.start <= m.start < s.end and (m.start, m.end, m.name) not in seen:
                    seen.add((m.start, m.end, m.name))
                    own.append(m)
        if not u.claims:
            own = sentence_attributions(text, s, lang)
        ref = backrefs.find(s, lang)
        if ref is not None and ref.cls == "impersonal":
            u.goes_on = True
        elif ref is not None:
            ante = _antecedent(history, ref, own) or _named_before(text, lang, units, k, ref)
            if ante is not None:
                kind = "organisation" if ante.kind == "person" and backrefs.is_company(ante) else ante.kind
                stand = SourceMention(
                    _full_name(ante, text),
                    kind,
                    ref.start,
                    ref.end,
                    text[ref.start : ref.end],
                    ref.cue,
                    "origin",
                )
                _use_backref(u, sources, stand, s, claims, quoted)
                own = [m for m in own if not _overlaps(m, stand)] + [stand]
            else:
                u.other_speaker = True
        own = [_named(m, history, lang, text, classes) for m in own]
        for i in u.claims:  # the renamed descriptions in the claims too
            renamed = tuple(_named(m, history, lang, text, classes) for m in sources[i])
            if any(a is not b for a, b in zip(renamed, sources[i], strict=True)):
                sources[i] = renamed
        if not own and k in speakers:
            own = [speakers[k]]
        u.own = tuple(own)
        for m in own:
            if m.cue == "quote" or _class_of(m, lang, classes) is None:
                history.append((m.start, m))  # a named source: what a later description means
    _headline(text, lang, units, sources, claims)
    _after_the_figures(text, lang, units, sources)
    _carry(text, lang, units, sources, claims)
    out = [c if sources[i] is c.sources else _with_sources(c, sources[i]) for i, c in enumerate(claims)]
    return out, quotes


_LOOKAHEAD = 3  # sentences after a claimless one whose figures it may still attribute


def _near_claims(units) -> list[bool]:
    """Per sentence: it, or one of the next few, holds a figure (an attribution anywhere else
    has nothing to attribute, so the stage skips those sentences)."""
    out = [False] * len(units)
    countdown = 0
    for k in range(len(units) - 1, -1, -1):
        if units[k].claims:
            countdown = _LOOKAHEAD + 1
        out[k] = countdown > 0
        countdown -= 1
        if units[k].first and units[k].para:
            countdown = 0  # an account ends with its paragraph (what carries over is rare)
    return out


def _class_of(m, lang: str, classes):
    """backrefs.is_backref_text, cached per mention text."""
    cls = classes.get(m.text, _MISSING)
    if cls is _MISSING:
        cls = classes[m.text] = backrefs.is_backref_text(m.text, lang)
    return cls


_MISSING = object()


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _antecedent(history, ref, own):
    """The most recent named source a back-reference can stand for (not one of its own
    sentence that stands after it)."""
    for pos, m in reversed(history):
        if ref.start - pos > _ANTECEDENT_WINDOW:
            break
        if pos < ref.start and backrefs.fits(ref.cls, m):
            return m
    return None


def _named_before(text: str, lang: str, units, k: int, ref):
    """The nearest compatible name standing before a back-reference that no attribution named
    ("Die Krankenkasse Nordsee hat ... befragt. Die Kasse verzeichnete ...")."""
    for j in range(k, max(-1, k - 4), -1):
        s = units[j].s
        if ref.start - s.start > _ANTECEDENT_WINDOW:
            break
        names = sentence_names(text, s, lang)
        if ref.cls != "person":
            names = sorted(names + backrefs.name_runs(text, s, lang, ref.head), key=lambda m: m.start)
        for m in reversed(names):
            if (
                m.end <= ref.start
                and backrefs.fits(ref.cls, m)
                and backrefs.is_backref_text(m.text, lang) is None
            ):
                return m
    return None


_PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al", "bin", "ter"))


def _full_name(m, text: str) -> str:
    """A person's name as written where the name finder stopped at a particle ("Maria" of
    "Maria van Dijk"); any other source's name as it is."""
    if m.kind != "person" or not m.text.endswith(m.name):
        return m.name
    words = text[m.end : m.end + 60].split(" ")[1:4]
    tail = []
    for w in words:
        if (w in _PARTICLES and not tail) or (tail and tail[-1] in _PARTICLES and w in _PARTICLES):
            tail.append(w)
        elif tail and w.isalpha() and w[:1].isupper():
            tail.append(w)
            return m.name + " " + " ".join(tail)
        else:
            break
    return m.name


def _use_backref(u, sources, stand, s, claims, quoted) -> None:
    """The claims of the sentence take the resolved back-reference: those without a source of
    their own sentence, and those whose source is the description itself."""
    for i in u.claims:
        if any(q0 <= claims[i].start < q1 for q0, q1 in quoted):
            continue  # a figure inside a quotation is its speaker's
        mine = [m for m in sources[i] if s.start <= m.start < s.end]
        if not mine:
            sources[i] = (stand,)
        elif any(_overlaps(m, stand) for m in mine):
            sources[i] = tuple(stand if _overlaps(m, stand) else m for m in sources[i])


def _named(m, history, lang: str, text: str, classes):
    """A description the sentence stages took as a source ("Die Behörde") with the name of the
    source it stands for."""
    cls = _class_of(m, lang, classes)
    if cls is None or m.cue == "quote":
        return m
    for pos, h in reversed(history):
        if m.start - pos > _ANTECEDENT_WINDOW:
            break
        if pos < m.start and backrefs.fits(cls, h):
            name = _full_name(h, text)
            if name == m.name:
                return m
            return SourceMention(name, h.kind, m.start, m.end, m.text, m.cue, m.role)
    return m


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


def _headline(text: str, lang: str, units, sources, claims) -> None:
    """ "WHO: 9.000 Fälle ...", "Insa: Union fällt auf 27 Prozent": the words before a headline
    colon name the source of the headline's figures."""
    u = units[0]
    if not u.headline or not u.claims:
        return
    s = u.s
    try:
        k = s.words.index(":")
    except ValueError:
        return
    if not 1 <= k <= 4:
        return
    words = s.words[:k]
    if not words[0][0].isupper() or " ".join(s.lowers[:k]) in _LABELS[lang]:
        return
    if any(not w[0].isupper() and not w.isupper() for w in words if w.isalpha()) or any(
        w.lower() in _LABELS[lang] for w in words
    ):
        return
    a, b = s.starts[0], s.ends[k - 1]
    name = text[a:b]
    known = known_source(name)
    if known is None and not (name.isupper() and len(name) > 1) and not _named_in_body(name, units):
        return  # "Pflegenotstand: ...": a topic, not a source
    mention = SourceMention(
        known[0] if known else name, known[1] if known else "organisation", a, b, name, ":"
    )
    for i in u.claims:
        if not sources[i] and s.starts[k] < claims[i].start:
            sources[i] = (mention,)
    u.own = (mention,)


def _named_in_body(name: str, units) -> bool:
    """The body names ``name`` as a source ("Insa: ..." and "des Instituts Insa")."""
    return any(name in m.text for u in units[1:] for m in u.own)


def _opens_back(s, lang: str) -> bool:
    """ "Das teilte die Polizei mit.", "Dies berichteten Teilnehmer.", "This was reported by":
    a demonstrative subject followed by the verb."""
    if s.n < 3 or s.lowers[0] not in _BACK_OPENERS[lang]:
        return False
    w1 = s.words[1]
    return w1.isalpha() and w1.islower()


def _after_the_figures(text: str, lang: str, units, sources) -> None:
    """An attribution that opens with a back-pointing demonstrative gives its sources to the
    figures of the sentence before, in the same paragraph, that have none."""
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        if not u.own or u.first or u.headline or not prev.claims or not _opens_back(u.s, lang):
            continue
        given = tuple(m for m in u.own if m.cue != "quote")
        if not given:
            continue
        for i in prev.claims:
            if not sources[i]:
                sources[i] = given
        if not prev.own:
            prev.own = given


def _continues(u, lang: str) -> bool:
    """A paragraph that opens by going on with the account before ("Demnach ...")."""
    lowers = u.s.lowers
    return bool(lowers) and lowers[0] in _CONT_OPENERS[lang]


def _goes_on(u, lang: str) -> bool:
    """A sentence that continues the account before it: it opens with a word that points back
    ("Das waren 17 Prozent weniger", "That was up from 4.9%"), refers to the figure or period
    just reported ("im Vorjahreszeitraum", "previous"), says so ("demnach", "also") or, in
    German, reports speech (Konjunktiv)."""
    lowers = u.s.lowers
    for opener in _CARRY_OPENERS[lang]:
        if tuple(lowers[: len(opener)]) == opener:
            return True
    if not _CARRY_WORDS[lang].isdisjoint(lowers):
        return True
    return lang == "de" and not _KONJUNKTIV.isdisjoint(lowers)


def _carry(text: str, lang: str, units, sources, claims) -> None:
    """A source keeps the figures of the sentences that continue its account."""
    acc = ()
    pos = 0
    for k, u in enumerate(units):
        if u.headline:
            continue
        if u.first and k:
            prev_para_single = units[k - 1].first
            if acc and not (u.goes_on or _continues(u, lang)) and not (lang == "en" and prev_para_single):
                acc = ()
        if u.other_speaker and not u.own:
            acc = ()
            continue
        if u.own:
            acc = tuple(m for m in u.own)
            pos = min(m.start for m in acc)
            continue
        if not acc:
            continue
        if not (u.goes_on or _goes_on(u, lang)):
            continue
        for i in u.claims:
            if not sources[i] and claims[i].start - pos <= WINDOW:
                sources[i] = acc
        have = {(m.start, m.end) for m in acc}
        fresh = [m for i in u.claims for m in sources[i] if (m.start, m.end) not in have]
        if fresh:
            acc = tuple({(m.start, m.end): m for m in fresh}.values())
            pos = min(m.start for m in acc)


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
