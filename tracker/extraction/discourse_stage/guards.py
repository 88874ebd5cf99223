"""Guards on the sources the discourse stage leaves to each claim (its last pass).

A source does not reach a figure when the words that name it stand

- inside a direct quotation that the figure is not part of (``..., adding: "The ministry
  says ..."`` names the ministry only for the quoted words);
- after words that give the figure to reports nobody names ("reports that ...");
- anywhere, for the age of a person the text names after it ("der 61 Jahre alte
  Amtsinhaber Werner Haas", "the 72-year-old Ryan"), and in another sentence for the age
  after a name ("Graham Whitley, 54,");
- outside the relative clause set off by commas that holds the figure ("Norhavn, which
  employs 68,000 people, announced ...");
- in a clause of its own after the figure, opened by a conjunction such as "after" or
  "nachdem", that holds figures of its own ("Shares rose 10 percent after the company said
  its margin grew to 46 percent": the company is the source of the margin, not of the share
  price; but "Bills rise by 120 pounds after the regulator said it raised its cap": the
  clause explains the figure before it);
- after the figure and right before another figure it attributes alone ("Hunderte Eltern
  ..., nach Polizeiangaben etwa 800");
- as the subject of the verb whose object the figure is, when another source attributes the
  figure ("Scientists have confirmed 6,000 exoplanets, according to NASA": the actor; but
  not when that source relays: "The ministry reported 52 deaths, according to Tass");

and a name that only modifies the source named right after it ("the EU statistics agency
Eurostat", "the U.N. spokesperson") is one source with it, not a second one.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from ._engine import LEXICON, WORDS, SourceMention

_LANGS = ("de", "en")
_SUBORDINATORS = {lang: frozenset(LEXICON[lang]["clause_subordinators"]) for lang in _LANGS}
_DETERMINERS = {lang: frozenset(LEXICON[lang]["determiners"]) for lang in _LANGS}
_UNNAMED = {lang: tuple(LEXICON[lang]["unnamed_reports"]) for lang in _LANGS}
_RELATIVE = {lang: tuple(LEXICON[lang]["relative_openers"]) for lang in _LANGS}
_CONTRAST = {lang: tuple(LEXICON[lang]["contrast_markers"]) for lang in _LANGS}
_LOOK_BACK = 40  # characters before a mention searched for the conjunction that opens its clause


def guard(text: str, lang: str, claims, sources, quoted, sents) -> None:
    """Drops (in ``sources``, one tuple per claim) the sources that do not reach their claim,
    and joins a modifier name with the source it modifies. ``sents``: the article's sentences."""
    quoted = sorted(quoted)
    starts = [q0 for q0, _q1 in quoted]
    last = {}  # sentence start -> where its last figure starts
    figures = set()  # where each figure starts
    for c in claims:
        last[c.sentence[0]] = max(last.get(c.sentence[0], -1), c.start)
        figures.add(c.start)
    # pre-checks: the words of unnamed reports each sentence holds, the relative openers the
    # text holds (most hold none: the checks per claim and source then stop at once)
    words = _UNNAMED[lang]
    unnamed = {s.start: tuple([w for w in words if w in s.text_lower]) for s in sents if s.start in last}
    openers = tuple([w for w in _RELATIVE[lang] if w in text])
    for i, c in enumerate(claims):
        given = sources[i]
        if not given:
            continue
        after = last[c.sentence[0]]
        phrases = (unnamed.get(c.sentence[0], _UNNAMED[lang]), openers)
        kept = tuple(
            [
                m
                for m in given
                if _reaches(text, lang, c, m, (quoted, starts), after, phrases)
                and not _anothers(text, c, m, figures)
                and not (len(given) > 1 and _actor(text, lang, c, m, given))
                and not (len(given) > 1 and _after_its_speaker(text, lang, c, m, given))
            ]
        )
        if len(kept) > 1:
            kept = _joined(text, _own_side(text, lang, c, kept))
        if len(kept) != len(given):
            sources[i] = kept


def _own_side(text: str, lang: str, c, given) -> tuple:
    """ "Some 2,500 workers joined, the union estimated, while the company put the figure at
    1,100": the sources on the figure's side of a contrast, when that side has one."""
    s0, s1 = c.sentence
    for marker in _CONTRAST[lang]:
        p = text.find(marker, s0, s1)
        if p < 0:
            continue
        side = c.start < p
        same = tuple(m for m in given if (m.start < p) == side)
        return same if same else given
    return given


def _reaches(text: str, lang: str, c, m, quoted, last: int, phrases) -> bool:
    """``last``: where the last figure of the claim's sentence starts; ``phrases``: the unnamed
    reports that stand in the claim's sentence and the relative openers that stand in the text."""
    unnamed, openers = phrases
    if (
        _quoted_apart(c, m, quoted)
        or (unnamed and _unnamed_reports(text, unnamed, c, m))
        or (openers and _aside_clause(text, openers, c, m))
    ):
        return False
    if c.kind == "age" and _named_persons_age(text, lang, c, not c.sentence[0] <= m.start < c.sentence[1]):
        return False
    if _speakers_description(text, lang, c, m):
        return False
    return m.start > last or not _later_clause(text, lang, c, m)


_DESCRIPTION_OPENERS = {lang: tuple(LEXICON[lang]["speaker_description_openers"]) for lang in _LANGS}


def _speakers_description(text: str, lang: str, c, m) -> bool:
    """The figure stands in the description set after its source's name ("said Ann Bell, a
    nurse who came with her two children"): what the text says of the speaker; not a change of
    the figure before it ("..., according to the institute, an increase of 36 percent")."""
    if not c.sentence[0] <= m.end <= c.start:
        return False
    between = text[m.end : c.start]
    if not between.startswith(_DESCRIPTION_OPENERS[lang]) or "," in between[1:] or len(between) >= 120:
        return False
    words = between.split()  # [",", "an", "increase", ...]: a change of the figure before, no speaker
    return not (len(words) > 2 and words[2].lower() in _CHANGES)


_CHANGES = frozenset(WORDS["change_words"])


def _quoted_apart(c, m, quoted) -> bool:
    """The mention stands inside a quotation that does not hold the figure (``quoted``: the
    quotations' spans in text order and their starts)."""
    spans, starts = quoted
    k = bisect_right(starts, m.start) - 1
    if k < 0 or m.start >= spans[k][1]:
        return False
    q0, q1 = spans[k]
    return not q0 <= c.start < q1


def _unnamed_reports(text: str, unnamed, c, m) -> bool:
    """The figure follows "reports that" (no one named) closely, and the mention does not name
    those reports ("the survey followed reports that 180,000 jobs had been created");
    ``unnamed``: the words of such reports (``_UNNAMED``) that stand in its sentence."""
    before = text[max(c.sentence[0], c.start - _LOOK_BACK) : c.start].lower()
    for words in unnamed:
        k = before.rfind(words)
        if k >= 0:
            at = c.start - len(before) + k  # where the words stand in the text
            return not at - 12 <= m.end <= at + 1  # "The agency (also) reports that": named
    return False


def _aside_clause(text: str, openers, c, m) -> bool:
    """The figure stands in a relative clause set off by commas (", which employs 68,000
    people,", ", who scored 27 goals last season,"): what it says of a name is background, not
    what the mention outside the clause reports; ``openers``: those of ``_RELATIVE`` that
    stand in the text."""
    s0 = c.sentence[0]
    before = text[max(s0, c.start - _LOOK_BACK * 2) : c.start]
    at = max(before.rfind(w) for w in openers)
    if at < 0 or "," in before[at + 1 :]:
        return False
    a = c.start - len(before) + at
    b = text.find(",", c.end, c.sentence[1])
    if b < 0:
        return False  # the clause runs to the sentence end: not set off
    if m.start > b and len(text[b + 1 : m.start].split()) <= 2:
        return False  # "..., which was built for 400 people, the Red Cross said": it reports the clause
    if m.start > b and _closes(text, c, m) and not before[at:].lstrip(", ").startswith(_PERSONAL):
        return False  # "In its unit, which makes 55% of sales, revenue fell 2%, the company said"
    return not a <= m.start < b


_CLOSING_WORDS = 3  # words after a mention that closes its sentence ("the company said on Friday.")
_PERSONAL = ("who", "der ", "die ")  # a clause that describes a person ("who scored 27 goals") stays apart


def _closes(text: str, c, m) -> bool:
    """Mention m closes the sentence of claim c (a few words after it at most)."""
    return len(text[m.end : c.sentence[1]].split()) <= _CLOSING_WORDS


def _named_persons_age(text: str, lang: str, c, apart: bool) -> bool:
    """The age of a person the text names, standing before the name ("der 61 Jahre alte
    Amtsinhaber Werner Haas", "the 72-year-old Ryan") or, for a source in another sentence
    (``apart``), after it ("Graham Whitley, 54,"): what the text says of them, not what the
    source reports."""
    after = [w.rstrip(",.;:") for w in text[c.end : min(c.sentence[1], c.end + _LOOK_BACK * 2)].split()]
    after = after[:_NAME_REACH]
    if lang == "en":  # "the 72-year-old Ryan", "58-year-old former soldier Frank Hale"
        if (after and _capitalised(after[0])) or any(
            _capitalised(a) and _capitalised(b) for a, b in pairwise(after)
        ):
            return True
    else:  # the nouns right after it run on into a name: "alte Amtsinhaber Werner Haas"
        run = 0
        while run < len(after) and _capitalised(after[run]):
            run += 1
        if run >= 2:
            return True
    if not apart:
        return False
    before = text[max(c.sentence[0], c.start - _LOOK_BACK) : c.start].split()
    if len(before) < 2 or not before[-1].endswith(","):
        return False
    return _capitalised(before[-1][:-1]) and _capitalised(before[-2])


def _capitalised(w: str) -> bool:
    return len(w) > 1 and w.isalpha() and w[0].isupper() and w[1:].islower()


_NAME_REACH = 4  # words after an age in which the name it describes stands


def _anothers(text: str, c, m, figures) -> bool:
    """The mention stands after the figure, right before another figure of the sentence that
    it attributes alone ("Hunderte Eltern demonstrierten, nach Polizeiangaben etwa 800")."""
    if m.start < c.end or m.start >= c.sentence[1]:
        return False
    k = m.end
    while k < c.sentence[1] and text[k] == " ":
        k += 1
    return k in figures and k != c.start


def _actor(text: str, lang: str, c, m, given) -> bool:
    """The mention is the subject of the verb whose object the figure is ("Scientists have
    confirmed more than 6,000 exoplanets, according to NASA"): the actor, when another source
    of the figure attributes it with a preposition. Not when that source only relays ("The
    ministry reported 52 deaths, according to the news agency X": the ministry's report,
    relayed)."""
    if m.end > c.start or not m.cue or m.role != "origin" or _expecting(m, lang):
        return False
    after = [o for o in given if o is not m and o.start > c.end and (" " in o.cue or o.cue == "laut")]
    if not after or all(o.role == "relay" for o in after):
        return False  # no "according to X", "laut X" after the figure, or only relays of it
    between = text[m.end : c.start].lower().split()
    return 0 < len(between) <= _ACTOR_REACH and m.cue.lower() in between


_ACTOR_REACH = 4  # words between an actor and its figure: "have so far confirmed"
_EXPECTING = {lang: tuple(LEXICON[lang]["aside_sources"]) for lang in _LANGS}


def _expecting(m, lang: str) -> bool:
    """ "Analysts had on average expected $1.36 billion, according to LSEG data": experts who
    expect a figure are its origin, not actors."""
    return m.text.lower().rsplit(" ", 1)[-1].endswith(_EXPECTING[lang])


def _after_its_speaker(text: str, lang: str, c, m, given) -> bool:
    """ "The toll is above 2,400, the Red Cross said on Tuesday after Norland questioned the
    count": a mention opening a clause with a conjunction after another source that speaks of
    the figure is no source of it."""
    return any(c.end <= g.start < m.start for g in given if g is not m) and _later_clause(text, lang, c, m)


def _later_clause(text: str, lang: str, c, m) -> bool:
    """The mention opens a clause after the figure, in its sentence, with a conjunction
    ("..., after the company said")."""
    if m.start < c.end or m.start >= c.sentence[1]:
        return False
    words = text[max(c.end, m.start - _LOOK_BACK) : m.start].lower().split()
    while words and words[-1] in _DETERMINERS[lang]:
        words.pop()
    return bool(words) and words[-1] in _SUBORDINATORS[lang]


def _joined(text: str, given) -> tuple:
    """A mention inside another, or right before it with only a space between ("EU" +
    "statistics agency Eurostat"), becomes part of the other."""
    out = list(given)
    changed = True
    while changed and len(out) > 1:
        changed = False
        for a in out:
            for b in out:
                if a is b or a.role != b.role:
                    continue
                if b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end):
                    out.remove(a)
                    changed = True
                elif a.end <= b.start and b.start - a.end <= 2 and not text[a.end : b.start].strip():
                    out[out.index(b)] = SourceMention(
                        b.name, b.kind, a.start, b.end, text[a.start : b.end], b.cue, b.role
                    )
                    out.remove(a)
                    changed = True
                if changed:
                    break
            if changed:
                break
    return tuple(out)
