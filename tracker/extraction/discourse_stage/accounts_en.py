"""English: a company or club that presents its own accounts as the subject of a verb of its
results, named or described ("Brackley Rovers made a loss of £3.2m", "After a profit the year
before, the club made just £90,000 from player sales", "Ferrow Ltd posted revenue of £40m"):
the source of the figures of its sentence (DESIGN: a company reporting its results), from where
its account carries on like any other."""

from __future__ import annotations

import re
from bisect import bisect_left

from ._engine import CALENDAR_EN, COUNTING_VERBS, LEXICON, SourceMention, known_source, sentence_names
from .kinds import kinds_of
from .releases import is_release

_VERBS = frozenset(LEXICON["en"]["own_result_verbs"])
_RESULTS = frozenset(LEXICON["en"]["result_nouns"])
_BODIES = frozenset(LEXICON["en"]["back_nouns"]["institution"])
_ADVERBS = frozenset(("now", "also", "again", "still", "just", "then"))
_SUBJECT_WORDS = 3  # capitalised words of a subject name
_OBJECT_REACH = 4  # tokens after the verb in which its result (a results noun, a sum) starts


def results_subject(art, u) -> list:
    """The subject of a verb of own results, whose object is a result ("a loss of", "revenue
    of") or a sum of money: a source for the claims of the sentence without one."""
    if art.lang != "en" or u.headline or _VERBS.isdisjoint(u.s.low_set):
        return []  # (most sentences: no verb of own results at all)
    s = u.s
    for v in range(1, s.n - 1):
        if s.lowers[v] in _VERBS and _result_follows(art, u, v):
            found = _subject_before(art, s, v)
            if found is not None:
                return _give(art, u, found, v)
    return []


def _result_follows(art, u, v: int) -> bool:
    s = u.s
    after = s.lowers[v + 1 : v + 1 + _OBJECT_REACH]
    if not _RESULTS.isdisjoint(after):
        return True
    reach = s.ends[min(s.n, v + _OBJECT_REACH) - 1]
    return any(s.ends[v] < art.claims[i].start <= reach and art.claims[i].kind == "money" for i in u.claims)


def _subject_before(art, s, v: int):
    """(first, end) tokens of the subject right before the verb (an adverb may stand between):
    "the club", "the company", or up to three capitalised words of an organisation's name that
    open the sentence or a clause after a comma; or None."""
    end = v - 1 if s.lowers[v - 1] in _ADVERBS else v
    if end >= 2 and s.lowers[end - 1] in _BODIES and s.lowers[end - 2] == "the":
        first = end - 2
    else:
        first = end
        while first > 0 and end - first < _SUBJECT_WORDS and s.words[first - 1][:1].isupper():
            first -= 1
        if first == end or not s.words[first].isalpha():
            return None
    if first and s.words[first - 1] != ",":
        return None
    return first, end


def _give(art, u, found, v: int) -> list:
    s, text = u.s, art.text
    first, end = found
    a, b = s.starts[first], s.ends[end - 1]
    named = [m for m in sentence_names(text, s, "en") if m.start < b and a < m.end]
    if any(m.kind == "person" for m in named):
        return []  # "Root made 120 runs": a player's score, not accounts
    name = named[0].name if named else _named_before(art, u, text[a:b])
    if name is None:
        return []
    mention = SourceMention(name, "organisation", a, s.ends[v], text[a : s.ends[v]], s.lowers[v], "origin")
    for i in u.claims:
        if not art.sources[i]:
            art.sources[i] = (mention,)
    art.history.append((mention.start, mention))
    return [mention]


def _named_before(art, u, words: str):
    """The name the subject stands for: itself when it is a name, the organisation a
    description ("the club") refers to, named in an earlier sentence; or None."""
    if words[:1].isupper():
        return words
    for _, m in reversed(art.history):
        if m.kind != "person" and m.end <= u.s.start:
            return m.name
    return None


def names_what_it_counted(kinds, u, claims) -> bool:
    """Sentence ``u`` gives a share of what the account counted ("63 confirmed cases ... ¶
    About 45 per cent of cases were in children under five"): it goes on with the account over
    a paragraph break; so does any figure after an account that only said how long something
    lasted ("over a period of seven months, the jury was told ¶ ... 112 parcels")."""
    if kinds <= _DURATIONS:
        return True
    if not any(claims[i].unit == "percent" for i in u.claims):
        return False
    lowers = u.s.lowers
    for j in range(1, len(lowers)):
        w = lowers[j]
        if (w in kinds or (w.endswith("s") and w[:-1] in kinds)) and "of" in lowers[
            max(0, j - _OF_REACH) : j
        ]:
            return True
    return False


_DURATIONS = frozenset(LEXICON["en"]["duration_units"])
_OF_REACH = 3  # "of cases", "of all cases", "of the confirmed cases"


def remember_kinds(lang: str, given: dict, sources, kinds) -> None:
    """What the accounts of each named source counted so far (English)."""
    if lang != "en":
        return
    for m in sources:
        before = given.get(m.name)
        if before is None or not kinds <= before:
            given[m.name] = (before or frozenset()) | kinds


def kinds_given(given: dict, own) -> frozenset:
    """What earlier accounts of the bodies a sentence refers back to counted ("the Home Office
    said ... ¶ ..., the department said ¶ There were 88,412 asylum applications, covering
    109,560 people"): the account goes on with them."""
    out = frozenset()
    if not given:
        return out  # no account counted anything yet (German: never remembered)
    for m in own:
        if m.text != m.name and not any(w.startswith(_RELEASES) for w in m.text.lower().split()):
            out = out | given.get(m.name, frozenset())
    return out


_RELEASES = tuple(LEXICON["en"]["release_stems"])  # a poll's or report's own kinds go by its account


_FIGURES = ("figure", "number", "data", "statistic")
_POINTING = frozenset(("the", "these", "those"))


def the_figures(m) -> bool:
    """ "A year earlier the figures were 79,104 applications": the figures of the account
    itself, no other body's."""
    words = m.text.lower().split()
    if words and words[0] in _POINTING:
        words = words[1:]
    return len(words) == 1 and words[0].startswith(_FIGURES)


_BE = frozenset(("is", "was", "are", "were", "became", "remained", "remains"))
_ARTICLES = frozenset(("the", "a", "an"))


def predicate(s, m) -> bool:
    """ "Coastway Rail was the most punctual operator over the period": a description after a
    form of "be" says what the subject is in the account; it is no other body as subject."""
    k = bisect_left(s.starts, m.start)
    return k >= 2 and s.lowers[k - 1] in _ARTICLES and s.lowers[k - 2] in _BE


def names_it_again(sources, given) -> bool:
    """The next sentence names the account's own body again ("According to the latest figures
    from the Office of Rail and Road (ORR), ... the figure rises to 5.9%. ORR said 16
    operators ..."): the same source, by the words nearer to the figures before it."""
    if not given:
        return False
    names = {m.name for m in sources}
    texts = " ".join(m.text for m in sources)
    return all(m.name in names or m.text in texts for m in given)


_CLAUSE_JOINS = frozenset(("and", "but", "while", "whereas"))


def clause_subject(s, m) -> bool:
    """ "Rates have been held at 3.25 per cent, and the Bank of England has sold £40 billion":
    a name that opens a clause of its own after a comma and a conjunction, with its verb
    right after it, speaks of what that body has or does."""
    k = bisect_left(s.starts, m.start)
    if k and s.lowers[k - 1] in _ARTICLES:
        k -= 1
    e = bisect_left(s.starts, m.end)
    return (
        k >= 2
        and s.lowers[k - 1] in _CLAUSE_JOINS
        and s.words[k - 2] == ","
        and e < s.n
        and s.words[e].isalpha()
        and s.words[e].islower()
    )


_LEVEL_VERBS = frozenset(LEXICON["en"]["level_change_verbs"])
_FIGURE_AFTER = 3  # tokens after the verb in which its figure starts ("dropped by 9,000", "rose to 4.6%")
_MARKET = frozenset(("shares", "stock"))


def reports_a_level(acc, u, claims) -> bool:
    """ "... the Office for National Statistics said. ¶ Wage growth slowed to 4.4%. ¶ Vacancies
    dropped by 9,000 to 716,000.": over a paragraph break of wire copy a body's release or
    statement (no person's words) goes on to a sentence whose verb of change has its figure
    right after it, a level of what the body counts, whatever kind it counts; not a share
    price's move ("Corvane shares fell 5%"), nor "trees fell on two cars"."""
    if any(m.kind == "person" or not _named_body(m) for m in acc) or not u.claims or shares_line(u):
        return False
    s = u.s
    if _LEVEL_VERBS.isdisjoint(s.low_set):
        return False  # no verb of change at all
    starts = [claims[i].start for i in u.claims]
    for v in range(1, s.n - 1):
        if s.lowers[v] in _LEVEL_VERBS:
            reach = s.ends[min(s.n - 1, v + _FIGURE_AFTER)]
            if any(s.ends[v] < a <= reach for a in starts):
                return True
    return False


def _named_body(m) -> bool:
    """A body named by its name ("the Office for National Statistics", "Northern Grid"), not
    an unnamed plural ("officials said") whose statement may be of anything."""
    return m.name[:1].isupper() or is_release((m,), "en")


def shares_line(u) -> bool:
    """ "Corvane shares fell 5%", "Shares in Halberd rose": the market's move, which the
    reporter observes, opens the sentence; no body's account reaches it."""
    return not _MARKET.isdisjoint(u.s.lowers[:_FIGURE_AFTER])


def market_talk(u) -> bool:
    """ "That warning dragged both companies' shares lower.": a sentence without figures about
    the share price (not "market share"); the market's move follows, no body's account."""
    lowers = u.s.lowers
    if _MARKET.isdisjoint(u.s.low_set):
        return False  # most sentences: no such word (one test in C)
    return any(w in _MARKET and (not k or lowers[k - 1] != "market") for k, w in enumerate(lowers))


# the verbs a place counts with: the counting verbs ("recorded", "logged"), and those a release
# says a place "reported", "confirmed", "had"
_PLACE_COUNTING = COUNTING_VERBS | frozenset(LEXICON["en"]["place_reporting_verbs"])


def places_in_a_release(acc, u, sources) -> bool:
    """ "In its weekly update the agency reported 74 cases ... ¶ Since October, England has
    recorded 602 cases": within a named body's release, a single capitalised word as the
    subject of a counting verb (no known source, no name given before) is the place where the
    release's figures were counted, no source; its claims lose it and the account goes on to
    them. True when so."""
    if not acc or any(m.kind == "person" or not _named_body(m) for m in acc):
        return False
    if not all(_counting_place(m) and not _plural_opener(u.s, m) for m in u.own):
        return False
    own = set(u.own)
    for i in u.claims:
        if sources[i] and all(m in own for m in sources[i]):
            sources[i] = ()
    return True


def place_subject(s, m, acc) -> bool:
    """ "Elsewhere, London had 22 of these cases": within a named body's release, a single
    capitalised word right before a counting verb is a place the release counted, no other
    body."""
    if not acc or any(k.kind == "person" or not _named_body(k) for k in acc):
        return False
    e = bisect_left(s.starts, m.end)
    if " " in m.text or e + 1 >= s.n or s.lowers[e] not in _PLACE_COUNTING:
        return False
    return not s.lowers[e + 1].endswith("ed")  # "The EU has committed": an auxiliary, its own act


def _plural_opener(s, m) -> bool:
    """ "Hospitals also reported ...": a plural noun capitalised as the sentence's first word."""
    return m.start == s.start and m.text.endswith("s")


def _counting_place(m) -> bool:
    return (
        m.cue.lower() in _PLACE_COUNTING
        and m.text == m.name
        and m.text.isalpha()
        and m.text[:1].isupper()
        and known_source(m.text) is None
    )


def same_release(acc, given) -> bool:
    """ "British prices rose again, official data showed. Inflation climbed to 3.4%, the Office for
    National Statistics said.": an unnamed document of a release (``given``: "official data",
    "the update", "the figures") beside a named body's account (``acc``) in one paragraph is
    that body's release; the paragraph is the body's account."""
    if not given or not acc or any(m.kind == "person" or not _named_body(m) for m in acc):
        return False
    return all(m.kind != "person" and not m.name[:1].isupper() and is_release((m,), "en") for m in given)


_POSSESSIVE_NAME = re.compile(r"\b((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)['’]s\s")


def possessive_body(text: str, s, texts: str) -> bool:
    """Sentence ``s`` speaks of what a body the account (``texts``) is not has, by a possessive
    name the name finder does not know ("the Central Bank's target"); a month's or a day's
    figure ("from January's 3.1%") belongs to no body."""
    if text.find("'s", s.start + 1, s.end) < 0 and text.find("’s", s.start + 1, s.end) < 0:
        return False  # no possessive at all: two searches in C instead of the regex's scan
    for hit in _POSSESSIVE_NAME.finditer(text, s.start + 1, s.end):
        name = hit.group(1)
        if name not in texts and name.lower() not in CALENDAR_EN:
            return True
    return False


_PLACE_BREAKS = frozenset(LEXICON["en"]["place_breaks"])


def lists_elsewhere(lang: str, acc, u, claims) -> bool:
    """ "Most cases were in the North West, the agency said. ¶ Elsewhere, London had 22 of these
    cases": a named body's release that counted by place goes on where the next place opens with
    "Elsewhere" (an account break otherwise) and counts what the release counted."""
    if lang != "en" or u.s.lowers[0] not in _PLACE_BREAKS or not acc.units:
        return False
    if any(m.kind == "person" or not _named_body(m) for m in acc.sources):
        return False
    return not acc.units.isdisjoint(kinds_of(u, claims))


_ESTIMATES = frozenset(LEXICON["en"]["estimate_words"])


def earlier_forecast(u) -> bool:
    """ "... higher than the £1,698 that Cornwall Insight had forecast a month ago": a body's
    earlier forecast in the pluperfect is an aside like "Analysts had expected"; it gives its
    sentence a source but carries to nothing, and the account before goes on."""
    s = u.s
    for m in u.own:
        k = bisect_left(s.starts, m.end)
        if k + 1 < s.n and s.lowers[k] == "had" and s.lowers[k + 1] == m.cue.lower() in _ESTIMATES:
            return True
    return False


def figure_had_been(lang: str, u, claims) -> bool:
    """ "The thefts came to light when the depot noticed that 112 parcels on his rounds had been
    reported as arriving empty": a figure that is the subject of "had been" and a participle,
    deep in the sentence, is an outcome the account reports, not background (as at its start)."""
    if lang != "en" or "been" not in u.s.low_set or "had" not in u.s.low_set:
        return False
    s = u.s
    firsts = [bisect_left(s.starts, claims[i].start) for i in u.claims]
    for k in range(1, s.n - 2):
        if s.lowers[k] != "had" or s.lowers[k + 1] != "been" or not s.lowers[k + 2].endswith("ed"):
            continue
        for f in firsts:
            if 0 < k - f <= _PASSIVE_SUBJECT and all(
                w.isalnum() and w not in _CLAUSES for w in s.lowers[f:k]
            ):
                return True
    return False


_PASSIVE_SUBJECT = 5  # tokens of "112 parcels on his rounds" before "had been"
_CLAUSES = frozenset(("that", "which", "who", "and", "but", "while", "when"))
