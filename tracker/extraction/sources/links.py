"""How the mentions around a cue link up: a speaker and their affiliation ("a spokesman for the
ministry"), a report and its author, the media that commissioned a poll, the outlet someone
told, a name in apposition; and the gap checks the attribution rules share."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES
from ..text.phrases import RELATIVE, is_info_head, np_after
from . import affiliation_names
from .asides_en import after_participle_aside, after_period_phrase, after_place_phrase
from .cues import CITING, CLAUSE_BREAKS, CUE_WORDS, MEDIA, QUOTES, SKIPPABLE, STATING_DE, VERBS
from .info import guess_kind
from .mentions import ARTICLES, NOT_NAMES, Mention, source_noun


def gap_ok(s, a: int, b: int, limit: int) -> bool:
    """Tokens a..b-1 are few and none ends the clause."""
    if a < b and s.words[a] == ")" and a >= 2 and "(" in s.words[a - 3 : a]:
        a += 1  # the mention closes a parenthesis: "The UN Office ... (OCHA) said"
    if 3 <= b - a <= 5 and s.words[a] == "(" and s.words[b - 1] == ")":
        # a short parenthesis between is no gap: "The Office for National Statistics (ONS) said"
        return all(s.words[k] not in CLAUSE_BREAKS for k in range(a + 1, b - 1))
    a = after_period_phrase(s, after_place_phrase(s, after_participle_aside(s, a, b), b), b)
    if b - a > limit or (b - a == 1 and s.lowers[a] == "and"):
        return False  # "thanked the mayor and said": the mayor is the first verb's object
    return all(s.words[k] not in CLAUSE_BREAKS or s.words[k] in QUOTES for k in range(a, b))


AFFILIATION = frozenset(("vom", "von", "of", "at", "beim", "from"))


def _affiliated(s, person, x) -> bool:
    """Mention x follows the person as where they work: "Anna Berger vom Landesamt"."""
    k = person.i1
    return k < x.i0 and s.lowers[k] in AFFILIATION and affiliation_names.reaches(s, k + 1, x.i0)


def speaker_before_affiliation(s, mentions, linked) -> None:
    """ "Die Hydrologin Anna Berger vom Landesamt sagte": the verb next to the institution is
    the person's; the institution is only where they work."""
    for key, (x, cue) in list(linked.items()):
        if x.kind == "person":
            continue
        person = next(
            (m for m in mentions if m.kind == "person" and id(m) not in linked and _affiliated(s, m, x)),
            None,
        ) or _name_before_affiliation(s, x)
        if person is not None:
            del linked[key]
            linked[id(person)] = (person, cue)


REPORTS = frozenset(
    (
        *("bericht", "berichts", "berichtes", "studie", "analyse", "umfrage", "recherche", "recherchen"),
        *("report", "study", "analysis", "survey", "investigation"),
    )
)


_OF = frozenset(("der", "des", "of", "the", "by", "von", "vom", "„", "“", '"', "»", "«"))


def author_of_report(s, mentions, linked) -> None:
    """ "nach einem Bericht der „Süddeutschen Zeitung“", "a study by the Ifo institute": the
    author of the report is the source, not the report."""
    for key, (m, cue) in list(linked.items()):
        if s.lowers[m.head] not in REPORTS or m.i1 != m.head + 1:
            continue
        author = next((x for x in mentions if x.i0 > m.i1 and x.i0 - m.i1 <= 3), None)
        if (
            author is not None
            and id(author) not in linked
            and all(s.lowers[k] in _OF for k in range(m.i1, author.i0))
        ):
            del linked[key]
            linked[id(author)] = (author, cue)


def _name_before_affiliation(s, x):
    """A person's name (two or more capitalised words) before "vom"/"of the" and mention x."""
    a = affiliation_names.word_before(s, x.i0, AFFILIATION)
    if a < 2:
        return None
    words = s.words
    q = a
    while (
        q > 0
        and a - q < 4
        and words[q - 1][0].isupper()
        and words[q - 1].isalpha()
        and words[q - 1] not in NOT_NAMES
        and s.lowers[q - 1] not in ARTICLES
    ):
        q -= 1
    if a - q < 2:
        return None
    return Mention(q, a, " ".join(words[q:a]), "person")


def drop_affiliations(s, linked) -> None:
    """ "Der Klimaforscher Frank Kreienkamp vom DWD sagte": the institution after a person is
    where the person works, not a second source."""
    people = [m for m, _ in linked.values() if m.kind == "person"]
    if not people:
        return
    for key, (x, _cue) in list(linked.items()):
        if x.kind == "person":
            continue
        for m in people:
            if _affiliated(s, m, x):
                del linked[key]
                break


_THAT = frozenset(ATTRIBUTION["that_words"])
_FINITE = frozenset(ATTRIBUTION["finite_auxiliaries_en"])


def drop_reported_subjects(s, cues, linked) -> None:
    """ "The union said its members had warned six times": the subject of the reported clause is
    part of what the source says, not a second source."""
    verbs = [c for c in cues if c.kind == "verb"]
    for key, (m, _cue) in list(linked.items()):
        for c1 in verbs:
            if not (c1.i1 <= m.i0 and m.i0 - c1.i1 <= 2):
                continue
            if not all(s.lowers[k] in _THAT for k in range(c1.i1, m.i0)):
                continue
            if not any(c2.i0 >= m.i1 for c2 in verbs) and (m.i1 >= s.n or s.lowers[m.i1] not in _FINITE):
                continue  # no verb of its own: "said the ministry" (but "said its forces had fired")
            if any(x.i1 <= c1.i0 and k2 != key for k2, (x, _c) in linked.items()):
                del linked[key]
                break


def commissioning_media(s, mentions, linked) -> None:
    """ "Laut einer Analyse der Forschungsgruppe Wahlen für das ZDF", "a poll by Ipsos for the
    BBC": the outlet that commissioned the figure passes it on (not after a stating verb: "Die
    Statistiker nennen für die Zeit von ...")."""
    for x in mentions:
        if id(x) in linked or x.kind not in MEDIA:
            continue
        k = x.i0 - 1
        if k > 0 and s.lowers[k] in SKIPPABLE:
            k -= 1
        if k <= 0 or s.lowers[k] not in ("für", "for"):
            continue
        for m, cue in list(linked.values()):
            if m.i1 <= k and k - m.i1 <= 5 and gap_ok(s, m.i1, k, 5) and cue not in STATING_DE:
                linked[id(x)] = (x, cue)
                break


def by_author(s, lang: str, m):
    """The span of the noun phrase after "by" within five words after ``m``, or None."""
    for k in range(m.i1, min(s.n, m.i1 + 5)):
        if s.words[k] in CLAUSE_BREAKS:
            return None
        if s.lowers[k] == "by":
            span = np_after(s, k + 1, lang, CUE_WORDS[lang])
            if span and "for" in s.lowers[span[0] : span[1]]:  # "by Savanta for the Daily Telegraph"
                span = (span[0], s.lowers.index("for", span[0]))
            return span if span and span[1] > span[0] else None
    return None


_COMMISSIONING = frozenset(ATTRIBUTION["commissioning_preps"])
_COMMISSION_REACH = 6  # tokens of "for the Daily Telegraph" between a document and its verb


def commissioned_for(s, i: int) -> bool:
    """The phrase at token i is the outlet a document was made for ("A new Savanta poll for
    the Daily Telegraph puts ..."): no subject of the verb after it."""
    k = i - 1
    if k > 0 and s.lowers[k] in SKIPPABLE:
        k -= 1
    return (
        k > 0 and s.lowers[k] in _COMMISSIONING and any(is_info_head(w) for w in s.lowers[max(0, k - 3) : k])
    )


def commission_gap(s, m, i: int) -> bool:
    """Between document ``m`` ("A new Savanta poll", "A new poll") and its verb at i stand only
    its author and the outlet it was made for ("by Savanta for the Daily Telegraph"): the
    document is the verb's subject."""
    b = m.i1
    if b < i and s.lowers[b] == "by":  # its author, a name: "by Savanta", "by Ipsos MORI"
        b += 1
        while b < i and s.words[b][:1].isupper():
            b += 1
    if b >= i or s.lowers[b] not in _COMMISSIONING or i - b > _COMMISSION_REACH:
        return False
    return any(is_info_head(w) for w in s.lowers[m.i0 : b]) and all(
        s.words[k] not in CLAUSE_BREAKS for k in range(b, i)
    )


def told_outlet(s, k: int, taken):
    """ "told The Athletic", "told The Wall Street Journal": a title after "told" that ends the
    clause is the outlet that relays the figure."""
    words, n = s.words, s.n
    if k + 1 >= n or words[k] != "The" or k in taken or not words[k + 1][0].isupper():
        return None
    p = k + 1
    while p < n and p - k < 5 and words[p][0].isupper() and words[p].isalpha():
        p += 1
    if p < n and words[p][0].isalpha() and s.lowers[p] not in ("on", "in", "that", "last", "this"):
        return None
    return Mention(k, p, " ".join(words[k + 1 : p]), "news_outlet")


_APPOSITION_OPENERS = frozenset(ATTRIBUTION["apposition_openers"])


_CLAUSE_OPENERS = frozenset(ATTRIBUTION["clause_openers_before_subject"])


def apposed_subject(s, i: int, lang: str):
    """ "Ukrenergo, the national grid operator, said", "Nexora, der Chipkonzern, teilte mit": the
    name before an apposition that ends right before the verb, at the start of its sentence or
    clause (also of a side clause: "..., after Ofgem, the regulator, said that ...")."""
    words = s.words
    a = q = _apposition_start(s, i, lang)
    if q is None:
        return None
    while a > 0 and q - a < 4 and words[a - 1][0].isupper() and words[a - 1].replace("-", "").isalpha():
        a -= 1
    if a == q or not _opens_clause(s, a):
        return None
    if lang == "de" and a == 0 and s.lowers[0] in SKIPPABLE:
        return None
    return Mention(a, q, " ".join(words[a:q]), guess_kind(s, a, q, lang))


def _apposition_start(s, i: int, lang: str):
    """The comma opening an apposition or citing aside before the verb at i ("X, citing Y, said")."""
    q = i - 2
    while q > 0 and i - q < 12 and s.words[q] not in CLAUSE_BREAKS:
        q -= 1
    if q <= 0 or s.words[q] != ",":
        return None
    if lang == "en" and s.lowers[q + 1] in CITING["en"]:
        return q
    if not _opens_apposition(s, q + 1, lang) or not VERBS[lang].isdisjoint(s.lowers[q + 1 : i - 1]):
        return None  # no apposition, or a clause of its own
    return q


def _opens_clause(s, a: int) -> bool:
    """The name at ``a`` opens its sentence or clause: after a break or quote mark, or after a
    conjunction that opens a side clause, maybe with an article ("after Ofgem, the regulator,
    said", "when the Federal Reserve, the US central bank, said")."""
    if a == 0 or s.words[a - 1] in CLAUSE_BREAKS or s.words[a - 1] in QUOTES:
        return True
    b = a - 1 if s.lowers[a - 1] in ARTICLES and a > 1 else a
    return s.lowers[b - 1] in _CLAUSE_OPENERS


def _opens_apposition(s, k: int, lang: str) -> bool:
    """ ", the national grid operator,", ", chief UK economist at X,": an article, or (English)
    a role noun or its opener."""
    low = s.lowers[k]
    if low in _APPOSITION_OPENERS:
        return True
    if lang != "en":
        return False
    if s.words[k].isalpha() and s.words[k].islower() and k + 1 < s.n and s.lowers[k + 1] in _ROLE_LINKS:
        return True  # "coordinator of the Fuel Bills Action Network"
    return low in _ROLE_OPENERS_EN or low in _PERSON_ROLES


_ROLE_LINKS = frozenset(("of", "at"))


def apposed_name(s, i: int, lang: str):
    """ "the party's leader, Tomas Baranauskas, said", "Britain's largest supplier, Octopus
    Energy, said": the name in commas right before the verb, after a role phrase."""
    words = s.words
    q = i - 1  # the comma before the verb
    a = q
    while a > 0 and q - a < 4 and words[a - 1][0].isupper() and words[a - 1].isalpha():
        a -= 1
    if a == q or a < 2 or words[a - 1] != ",":
        return None
    # a role phrase before the comma: lower-case words, a possessive or a source noun
    role = a - 2
    if not (
        s.lowers[role].endswith(("'", "'s", "’s"))
        or source_noun(s, role, lang) is not None
        or (words[role][0].islower() and words[role].isalpha() and s.lowers[role] not in VERBS[lang])
    ):
        return None
    kind = "person" if s.lowers[role] in _PERSON_ROLES else guess_kind(s, a, q, lang)
    return Mention(a, q, " ".join(words[a:q]), kind)


_PERSON_ROLES = frozenset(ATTRIBUTION["person_roles"])
_ROLE_OPENERS_EN = frozenset(ATTRIBUTION["role_openers_en"])


_FRAMED_OPENERS_DE = frozenset(ATTRIBUTION["framed_openers_de"])
_PERFECT_DE = frozenset(ATTRIBUTION["perfect_auxiliaries_de"])


def framed_subject(s, m, cue) -> bool:
    """ "Das hat eine Umfrage von Infratest dimap für die ARD ergeben": German "Das"/"Dies",
    an auxiliary, then the subject, and the cue verb closing the sentence; every mention of the
    subject's phrase (before "für") is its source; after another opening, the mention right
    after the auxiliary ("Im Mai hat das Amt 1.200 Fälle registriert")."""
    lowers = s.lowers
    if cue.text in _FIELDWORK:
        return False  # "hat das Institut 1.502 Wahlberechtigte befragt": the pollster at work
    if s.n < 5 or m.i1 > cue.i0 or cue.i1 < s.n - 1 or (cue.i1 == s.n - 1 and s.words[-1].isalpha()):
        return False  # the verb does not close the sentence
    if lowers[0] in _FRAMED_OPENERS_DE and lowers[1] in _PERFECT_DE:
        return "für" not in lowers[2 : m.i0]
    # "Seit Kriegsbeginn hat die UN-Behörde 15.286 Todesopfer dokumentiert": the subject right
    # after the auxiliary in second place
    for a in range(1, min(m.i0, _AUX_AT + 1)):
        if lowers[a] in _PERFECT_DE:
            b = a + 1 + (a + 1 < m.i0 and lowers[a + 1] in _ARTICLES_DE)
            return m.i0 == b or (m.i0 == b + 1 and s.words[b] in _OPENING_QUOTES)  # die „Welt am Sonntag“
    return False


_OPENING_QUOTES = frozenset(("„", "»", "“", '"', "‚", "›"))


_AUX_AT = 8  # the auxiliary after an opening phrase of a few words
_FIELDWORK = frozenset(DATES["fieldwork_verbs"])
_ARTICLES_DE = frozenset(ATTRIBUTION["subject_determiners"])


_RECIPIENT_VERBS = frozenset(ATTRIBUTION["recipient_participles_de"])
_PASSIVE_DE = frozenset(ATTRIBUTION["passive_auxiliaries_past_de"])
_DATIVE = frozenset(("dem", "der"))


def passive_recipient(s, m, cue) -> bool:
    """ "In der 7. Woche wurden dem RKI 31.460 Fälle übermittelt": the body a passive reports
    the figures to (after "wurden dem") is their source."""
    if cue.text not in _RECIPIENT_VERBS or m.i1 > cue.i0 or m.i0 < 2 or s.lowers[m.i0 - 1] not in _DATIVE:
        return False
    return s.lowers[m.i0 - 2] in _PASSIVE_DE


def name_before_apposition(s, comma: int):
    """ "Councillor Nadia Okafor, cabinet member for finance, said:": the capitalised name
    before the apposition that ends at ``comma``, as (text, start, end), or None."""
    p = next((k for k in range(comma - 1, max(0, comma - _APPOSITION_WORDS), -1) if s.words[k] == ","), None)
    if p is None:
        return None
    a = p
    while a > 0 and p - a < 5 and s.words[a - 1][:1].isupper() and s.words[a - 1].translate(_JOINS).isalpha():
        a -= 1
    if p - a < 2:
        return None  # a full name of two words or more
    return " ".join(s.words[a:p]), s.starts[a], s.ends[p - 1]


_APPOSITION_WORDS = 9  # words of "cabinet member for finance" between the two commas
_JOINS = str.maketrans("", "", "-'’")  # inside a name's word: "Okafor-Reid", "O'Neill"
_RELATIVE_REACH = 10  # words from a relative clause's comma to its verb


def figureless_relative_clause(s, i: int, blocked) -> bool:
    """The verb at i closes a relative clause set off by commas that holds no figure ("Das
    Forsa-Trendbarometer, das RTL und ntv am Dienstag veröffentlichten, sieht die Union bei
    21 Prozent"): who it names published the document, not the figures outside it."""
    if i + 1 >= s.n or s.words[i + 1] != ",":
        return False
    a = next((k for k in range(i - 1, max(0, i - _RELATIVE_REACH), -1) if s.words[k] == ","), None)
    if a is None or s.lowers[a + 1] not in RELATIVE:
        return False
    return not any(k in blocked for k in range(a, i + 1))


def subject_before_relay(s, cues, mentions, linked) -> None:
    """ "Economists, according to a Reuters poll, had expected ...", "The consensus, according
    to Bloomberg News, was for ...": the subject that opens the sentence, right before a phrase
    in commas that names who reports it, is that phrase's origin (the roles put a medium
    after it as relay). "Yonhap, citing CNN, reported ...": a subject that cites is the relay,
    linked by its own reporting verb after the phrase (the cited source stays the origin)."""
    for cue in cues:
        if cue.kind != "prep" or cue.i0 < 2 or s.words[cue.i0 - 1] != ",":
            continue
        after = [m for m, _ in linked.values() if m.i0 >= cue.i1]
        closing = [m.i1 for m in after if m.i1 < s.n and s.words[m.i1] == ","]
        if not closing:
            continue  # the phrase must close in commas before the sentence goes on
        how = cue.text
        if cue.text in CITING["en"]:
            how = next((s.words[k] for k in range(closing[0] + 1, s.n) if s.lowers[k] in VERBS["en"]), None)
            if how is None:
                continue
        for m in mentions:
            if m.i1 == cue.i0 - 1 and m.i0 <= 1 and id(m) not in linked:
                linked[id(m)] = (m, how)
