"""Which mentions of a sentence attribute its figures, with the cue and the role in a chain.

Rules, in short (see the tests for examples):
- a mention right after a cue such as "laut", "nach Angaben der", "according to", "citing";
- a mention right before "zufolge";
- a mention next to a speech or report verb of its clause ("Westliche Experten geben an",
  "said a senior US official", "US officials told CNN");
- media relaying an origin are ``relay``; the source after "citing"/"heißt es aus" is ``origin``.
"""

from __future__ import annotations

from ..text.phrases import POSSESSIVES, RELATIVE, is_info_head, np_after
from .cues import (
    ADJ_ENDINGS,
    CITING,
    CLAUSE_BREAKS,
    CONFIRM,
    CONFIRM_OBJECTS,
    COORD,
    CUE_WORDS,
    INFO_HEADS,
    MEDIA,
    NEED_NOUN,
    QUOTES,
    SKIPPABLE,
    VERBS,
    chain_start,
    find_cues,
)
from .generic import cue_phrase_sources, guess_kind, method_only, source_label
from .mentions import (
    ARTICLES,
    NOT_NAMES,
    Mention,
    descriptive_mentions,
    gazetteer_mentions,
    person_near,
    source_noun,
)


def _gap_ok(s, a: int, b: int, limit: int) -> bool:
    """Tokens a..b-1 are few and none ends the clause."""
    if a < b and s.words[a] == ")" and a >= 2 and "(" in s.words[a - 3 : a]:
        a += 1  # the mention closes a parenthesis: "The UN Office ... (OCHA) said"
    if 3 <= b - a <= 5 and s.words[a] == "(" and s.words[b - 1] == ")":
        # a short parenthesis between is no gap: "The Office for National Statistics (ONS) said"
        return all(s.words[k] not in CLAUSE_BREAKS for k in range(a + 1, b - 1))
    if b - a > limit:
        return False
    return all(s.words[k] not in CLAUSE_BREAKS or s.words[k] in QUOTES for k in range(a, b))


_TOLD = frozenset(("told", "tells", "tell"))


def _is_apposition(s, m) -> bool:
    """ "The council's finance chief, Craig Cowley, told": a role, a comma and a name."""
    return m.kind == "person" and "," in s.words[m.i0 : m.i1]


def _skip(s, a: int, b: int) -> bool:
    """Only articles, quote marks and adjectives between a cue and its source."""
    return all(
        s.lowers[k] in SKIPPABLE
        or (s.words[k][0].islower() and s.words[k].endswith(ADJ_ENDINGS))
        or s.lowers[k] in _QUALIFIERS  # "per the latest Ipsos political monitor"
        for k in range(a, b)
    )


_QUALIFIERS = frozenset(
    (
        "latest",
        "new",
        "newest",
        "recent",
        "annual",
        "monthly",
        "weekly",
        "daily",
        "first",
        "final",
        "official",
    )
)


def sentence_mentions(s, lang: str):
    gaz = gazetteer_mentions(s)
    taken = set()
    for m in gaz:
        taken.update(range(m.i0, m.i1))
    desc = descriptive_mentions(s, lang, taken)
    # a gazetteer hit inside a descriptive phrase ("Sprecher des Pentagon") stays the gazetteer's
    kept = []
    for d in desc:
        clash = [g for g in gaz if g.i0 < d.i1 and d.i0 < g.i1]
        if not clash:
            kept.append(d)
        elif all(d.head < g.i0 for g in clash):  # only its genitive ran into a known source
            kept.append(Mention(d.i0, d.head + 1, d.name, d.kind, head=d.head))
    # a capital after "in" is where, not who: "Analysten des ISW in Washington schreiben"
    gaz = [
        g
        for g in gaz
        if not (g.i0 and g.i1 - g.i0 == 1 and s.lowers[g.i0 - 1] == "in" and g.kind == "government")
    ]
    # "preliminary figures" names no one ("poll" alone may join the name before it)
    mentions = gaz + [d for d in kept if d.i1 - d.i0 < 2 or not method_only(s, (d.i0, d.i1))]
    if not (_INSIDER_LINKS if lang == "en" else _DE_INSIDER_LINKS).isdisjoint(s.lowers):
        for x in _insiders(s, lang) if lang == "en" else _german_insiders(s, lang):
            mentions = [m for m in mentions if not (m.i0 < x.i1 and x.i0 < m.i1)]
            mentions.append(x)
    mentions.sort(key=lambda m: m.i0)
    if "(" in s.words:
        mentions, wholes = _abbreviated(s, mentions, gaz, lang)
        gaz = gaz + wholes if wholes else gaz
    # apposition: "Nachrichtenagentur Anadolu", "UN-Flüchtlingshilfswerk UNHCR" -> one mention
    merged = []
    for m in mentions:
        if merged and merged[-1].i1 == m.i0 and (m in gaz):
            prev = merged[-1]
            merged[-1] = Mention(prev.i0, m.i1, m.name, m.kind, m.strict and prev.strict, head=m.head)
        elif (
            merged
            and merged[-1].i1 == m.i0
            and merged[-1] in gaz
            and m.kind != "person"
            and m.i0 == m.head == m.i1 - 1
        ):
            # a known source and its bare role noun are one source: "the YouGov poll", "a
            # Kremlin spokesman", "Pentagon officials"
            prev = merged[-1]
            merged[-1] = Mention(prev.i0, m.i1, prev.name, prev.kind, prev.strict, head=m.head)
        else:
            merged.append(m)
    return merged


_INSIDER_HEADS = frozenset(
    (
        "people",
        "persons",
        "person",
        "sources",
        "source",
        "someone",
        "insiders",
        "officials",
        "official",
        "diplomats",
        "diplomat",
        "executives",
        "executive",
    )
)
_INSIDER_LINKS = frozenset(("familiar", "close", "briefed", "knowledge"))


def _insiders(s, lang: str):
    """ "people familiar with the matter", "a person close to the negotiations", "sources briefed
    on the talks": anonymous sources the noun lexicon cannot name."""
    out = []
    lowers, n = s.lowers, s.n
    for k in range(n - 2):
        if lowers[k] not in _INSIDER_HEADS:
            continue
        link = k + 1
        if lowers[link] == "with" and lowers[link + 1] in ("knowledge", "direct"):
            link += 1  # "people with knowledge of the talks", "a source with direct knowledge of"
            if lowers[link] == "direct" and link + 1 < n and lowers[link + 1] == "knowledge":
                link += 1
        if lowers[link] not in _INSIDER_LINKS:
            continue
        e = link + 1
        if lowers[link] == "knowledge" or (e < n and lowers[e] in ("with", "to", "on", "of")):
            e += 1
        np = np_after(s, e, lang, CUE_WORDS[lang])
        end = np[1] if np else e
        # "two officials briefed on the talks": the count is part of the mention (no figure)
        a = k - 1 if k and lowers[k - 1] in _INSIDER_COUNTS else k
        if lowers[k] in _ANONYMOUS:
            name, kind = "people familiar", "other"
        else:  # "officials briefed on the talks", "diplomats familiar with ..."
            name, kind = source_noun(s, k, lang) or (lowers[k], "other")
        out.append(Mention(a, end, name, kind, head=k))
    return out


_INSIDER_COUNTS = frozenset(("a", "two", "three", "four", "several", "some"))
_DE_INSIDER_LINKS = frozenset(("vertraute", "vertrauten", "vertrauter"))
_DE_INSIDER_COUNTS = frozenset(("ein", "eine", "einer", "zwei", "drei", "vier", "mehrere", "mehreren"))
_DE_ANONYMOUS = frozenset(("person", "personen", "quelle", "quellen", "kreise", "kreisen", "insider"))


def _german_insiders(s, lang: str):
    """ "drei mit den Gesprächen vertraute Personen", "aus mit der Sache vertrauten Kreisen",
    "ein mit den Plänen vertrauter Diplomat": anonymous sources the noun lexicon cannot name."""
    out = []
    lowers, words, n = s.lowers, s.words, s.n
    for k in range(1, n - 1):
        if lowers[k] not in _DE_INSIDER_LINKS or not words[k + 1][0].isupper():
            continue
        a = next((j for j in range(k - 1, max(-1, k - 6), -1) if lowers[j] == "mit"), None)
        if a is None:
            continue
        if a and lowers[a - 1] in _DE_INSIDER_COUNTS:
            a -= 1
        head = k + 1
        if lowers[head] in _DE_ANONYMOUS:
            name, kind = "people familiar", "other"
        else:  # "ein mit den Plänen vertrauter Diplomat"
            found = source_noun(s, head, lang)
            if found is None:
                continue
            name, kind = found
        out.append(Mention(a, head + 1, name, kind, head=head))
    return out


_ANONYMOUS = frozenset(("people", "persons", "person", "source", "sources"))


_NAME_JOINS = frozenset(("of", "for", "the", "on", "and", "für", "der", "des", "die", "das", "und", "-"))


# a name before its abbreviation never reaches back over the cue: "Nach Angaben des ... (DWD)"
_ABBREVIATION_STOPS = frozenset(("nach", "laut", "wie", "gemäß", "zufolge", "according", "per", "citing"))


def _abbreviated(s, mentions, gaz, lang: str):
    """ "The UN Office for the Coordination of Humanitarian Affairs (OCHA)", "Das Robert
    Koch-Institut (RKI)": the name and its abbreviation are one mention."""
    words = s.words
    wholes = []
    for m in [m for m in gaz if m.i0 >= 2 and words[m.i0 - 1] == "(" and m.i1 < s.n and words[m.i1] == ")"]:
        a = m.i0 - 1
        named = min((x for x in mentions if x.i1 == a and x is not m), key=lambda x: x.i0, default=None)
        if named is not None:
            a = named.i0  # "des Deutschen Wetterdienstes (DWD)": the name found already
        while (
            named is None
            and a > 0
            and m.i0 - a < 12
            and (words[a - 1][0].isupper() or s.lowers[a - 1] in _NAME_JOINS)
            and s.lowers[a - 1] not in _ABBREVIATION_STOPS
            and not is_info_head(s.lowers[a - 1])
        ):
            a -= 1
        while a < m.i0 - 1 and not words[a][0].isupper():
            a += 1  # begin with a capitalised word
        if a >= m.i0 - 1:
            continue
        # the full name is no ambiguous short form, even when its abbreviation is ("BA")
        whole = Mention(a, m.i1 + 1, m.name, m.kind, named.strict if named is not None else False)
        mentions = [x for x in mentions if not (a <= x.i0 and x.i1 <= m.i1 + 1)]
        mentions.append(whole)
        wholes.append(whole)
        mentions.sort(key=lambda x: x.i0)
    for x in [x for x in mentions if x not in wholes]:
        end = _unknown_abbreviation_after(s, x)
        if end is not None and not any(w.i0 < end and x.i0 < w.i1 for w in wholes):
            name = x.name if s.words[x.i1] == "(" else source_label(s, x.i0, s.words.index("(", x.i1), lang)
            whole = Mention(x.i0, end, name, x.kind, x.strict, head=x.head)
            mentions = [whole if y is x else y for y in mentions]
    return mentions, wholes


def _unknown_abbreviation_after(s, x):
    """The end of "... of Forestry and Fire Protection (Cal Fire)" after a mention: its name goes
    on up to an abbreviation in brackets the gazetteer does not know."""
    words, n = s.words, s.n
    p = x.i1
    while p < n and p - x.i1 < 8 and words[p] != "(":
        if not (words[p][0].isupper() or s.lowers[p] in _NAME_JOINS):
            return None
        p += 1
    if p >= n or words[p] != "(":
        return None
    q = p + 1
    while q < n and q - p <= 3 and words[q] != ")":
        if not words[q][0].isupper():
            return None
        q += 1
    if q >= n or words[q] != ")" or q == p + 1 or (p > x.i1 and not words[p - 1][0].isupper()):
        return None
    return q + 1


def attributed(s, lang: str, mentions=None, cues=None, blocked=()):
    """[(Mention, cue_text, role)] of one sentence, origins first. ``blocked`` token indices
    (the claims' own words) are never part of a source."""
    if cues is None:
        cues = find_cues(s, lang)
    if not cues:
        return []
    if lang == "en" and not POSSESSIVES.isdisjoint(s.lowers):
        cues = [c for c in cues if not _possessed_noun(s, c)]
    if mentions is None:
        mentions = sentence_mentions(s, lang)
    taken = set(blocked)
    mentions = [m for m in mentions if taken.isdisjoint(range(m.i0, m.i1))]
    verbs = {c.i0 for c in cues if c.kind == "verb"}
    if verbs:
        # "The group estimates that ...": the verb is no part of the source phrase before it
        mentions = [
            Mention(m.i0, m.i1 - 1, source_label(s, m.i0, m.i1 - 1, lang), m.kind)
            if m.i1 - 1 in verbs and m.i1 - 1 > m.i0
            else m
            for m in mentions
        ]
    for m in mentions:
        taken.update(range(m.i0, m.i1))
    linked = {}
    for cue in cues:
        if cue.kind == "verb":
            p = person_near(s, cue.i0, lang, taken)
            if p and p.i1 - p.i0 == 1 and p.i1 == cue.i0 and cue.text not in _SPEECH_VERBS:
                p = None  # "Albuquerque recorded 105 homicides": a place that counts, no speaker
            if (
                p
                and not any(m.i0 < p.i1 and p.i0 < m.i1 for m in mentions)
                and not method_only(s, (p.i0, p.i1))
            ):
                mentions = [*mentions, p]
                taken.update(range(p.i0, p.i1))
    for m in mentions:
        for cue in cues:
            if cue.kind == "prep" and cue.i1 <= m.i0 and _skip(s, cue.i1, m.i0) and m.i0 - cue.i1 <= 3:
                if cue.text in NEED_NOUN[lang] and not _noun_ok(s, m, lang, cue.text):
                    continue
                if m.strict and m.i0 != cue.i1:
                    continue
                linked.setdefault(id(m), (m, cue.text))
            elif cue.kind == "after" and m.i1 <= cue.i0 and cue.i0 - m.i1 <= 1:
                linked.setdefault(id(m), (m, cue.text))
            elif cue.kind == "verb":
                if cue.text in NEED_NOUN[lang] and m.kind == "person":
                    continue
                limit = 1 if m.strict else 3
                apposition = cue.i0 == m.i1 + 1 and s.words[m.i1] == "," and _is_apposition(s, m)
                listener = cue.text in _TOLD and m.kind not in MEDIA  # "told members the authority"
                if (
                    cue.i1 <= m.i0
                    and not listener
                    and lang == "en"
                    and (cue.text not in _TOLD or m.kind not in MEDIA)
                    and _has_subject(s, cue, mentions)
                ):
                    continue  # "Analysts at X said a minority government would need": an object
                if (
                    m.i1 <= cue.i0
                    and (
                        apposition
                        or _before_verb(s, m, cue.i0, lang, limit)
                        or (lang == "de" and _gap_over_claims(s, m.i1, cue.i0, limit, blocked))
                    )
                ) or (
                    cue.i1 <= m.i0
                    and not listener
                    and _gap_ok(s, cue.i1, m.i0, limit)
                    and not (lang == "en" and s.lowers[cue.i1] in _PP_AFTER_VERB)
                ):
                    linked.setdefault(id(m), (m, cue.text))
    for cue in cues:
        if cue.text in _TOLD and lang == "en":
            m = _told_outlet(s, cue.i1, taken)
            if m is not None:
                mentions.append(m)
                taken.update(range(m.i0, m.i1))
                linked[id(m)] = (m, cue.text)
    for cue in cues:
        if cue.kind == "verb" and cue.i0 > 3 and s.words[cue.i0 - 1] == ",":
            m = _apposed_subject(s, cue.i0, lang) or _apposed_name(s, cue.i0, lang)
            if m is None or any(x.i1 > m.i0 and x.i0 < cue.i0 for x, _ in linked.values()):
                continue
            inside = [x for x in mentions if m.i0 <= x.i0 and x.i1 <= m.i1]
            for x in inside or [m]:
                if x is m:
                    mentions.append(m)
                    taken.update(range(m.i0, m.i1))
                linked[id(x)] = (x, cue.text)
    cue_phrase_sources(s, lang, cues, mentions, linked, taken)
    if linked and ("für" in s.lowers or "for" in s.lowers):
        _commissioning_media(s, mentions, linked)
    # coordinated sources share the cue: "laut Polizei und Feuerwehr", "ukrainischen und US-..."
    for m in mentions:
        if id(m) in linked:
            continue
        for other in mentions:
            if id(other) not in linked:
                continue
            if _coordinated(s, other, m) or _coordinated(s, m, other):
                linked[id(m)] = (m, linked[id(other)][1])
                break
    if lang == "en":
        for key, (m, cue) in list(linked.items()):
            if is_info_head(s.lowers[m.head]) or is_info_head(s.lowers[m.i1 - 1]):
                for k in range(m.i1, min(s.n, m.i1 + 5)):
                    if s.words[k] in CLAUSE_BREAKS:
                        break
                    if s.lowers[k] == "by":
                        by = np_after(s, k + 1, lang, CUE_WORDS[lang])
                        if by:
                            linked[key] = (
                                Mention(
                                    m.i0,
                                    by[1],
                                    source_label(s, by[0], by[1], lang),
                                    guess_kind(s, by[0], by[1], lang),
                                ),
                                cue,
                            )
                        break
    if linked and not _AFFILIATION.isdisjoint(s.lowers):
        _speaker_before_affiliation(s, mentions, linked)
    if linked and not _REPORTS.isdisjoint(s.lowers):
        _author_of_report(s, mentions, linked)
    if len(linked) > 1:
        _drop_reported_subjects(s, cues, linked)
        _drop_affiliations(s, linked)
    if not linked:
        return []
    chosen = sorted(linked.values(), key=lambda x: x[0].i0)
    return _roles(chosen, lang)


def _verb_start(s, i: int, lang: str) -> int:
    """Where the subject of the verb at i must end: before "is expected to", or before a relative
    clause between them ("Die Bundesagentur (BA), die die Zahlen erhebt, bezifferte")."""
    i = chain_start(s, i, lang)
    words = s.words
    if i > 2 and words[i - 1] == ",":
        q = i - 2
        while q > 0 and i - q < 14 and words[q] != ",":
            q -= 1
        if q > 0 and words[q] == "," and s.lowers[q + 1] in RELATIVE:
            return q
    return i


_AFFILIATION = frozenset(("vom", "von", "of", "at", "beim", "from"))


def _affiliated(s, person, x) -> bool:
    """Mention x follows the person as where they work: "Anna Berger vom Landesamt"."""
    k = person.i1
    return (
        k < x.i0 <= k + 2
        and s.lowers[k] in _AFFILIATION
        and all(s.lowers[j] in SKIPPABLE for j in range(k + 1, x.i0))
    )


def _speaker_before_affiliation(s, mentions, linked) -> None:
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


_REPORTS = frozenset(
    (
        *("bericht", "berichts", "berichtes", "studie", "analyse", "umfrage", "recherche", "recherchen"),
        *("report", "study", "analysis", "survey", "investigation"),
    )
)
_OF = frozenset(("der", "des", "of", "the", "by", "von", "vom", "„", "“", '"', "»", "«"))


def _author_of_report(s, mentions, linked) -> None:
    """ "nach einem Bericht der „Süddeutschen Zeitung“", "a study by the Ifo institute": the
    author of the report is the source, not the report."""
    for key, (m, cue) in list(linked.items()):
        if s.lowers[m.head] not in _REPORTS or m.i1 != m.head + 1:
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
    a = x.i0 - 1
    while a > 0 and s.lowers[a] in SKIPPABLE and s.lowers[a] not in _AFFILIATION:
        a -= 1
    if a < 2 or s.lowers[a] not in _AFFILIATION:
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


def _drop_affiliations(s, linked) -> None:
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


_THAT = frozenset(
    ("that", "dass", ",", "its", "their", "his", "her", "the", "seine", "ihre", "die", "der", "das")
)


def _drop_reported_subjects(s, cues, linked) -> None:
    """ "The union said its members had warned six times": the subject of the reported clause is
    part of what the source says, not a second source."""
    verbs = [c for c in cues if c.kind == "verb"]
    for key, (m, _cue) in list(linked.items()):
        for c1 in verbs:
            if not (c1.i1 <= m.i0 and m.i0 - c1.i1 <= 2):
                continue
            if not all(s.lowers[k] in _THAT for k in range(c1.i1, m.i0)):
                continue
            if not any(c2.i0 >= m.i1 for c2 in verbs):
                continue  # no verb of its own: "said the ministry"
            if any(x.i1 <= c1.i0 and k2 != key for k2, (x, _c) in linked.items()):
                del linked[key]
                break


def _commissioning_media(s, mentions, linked) -> None:
    """ "Laut einer Analyse der Forschungsgruppe Wahlen für das ZDF", "a poll by Ipsos for the
    BBC": the outlet that commissioned the figure passes it on."""
    for x in mentions:
        if id(x) in linked or x.kind not in MEDIA:
            continue
        k = x.i0 - 1
        if k > 0 and s.lowers[k] in SKIPPABLE:
            k -= 1
        if k <= 0 or s.lowers[k] not in ("für", "for"):
            continue
        for m, cue in list(linked.values()):
            if m.i1 <= k and k - m.i1 <= 5 and _gap_ok(s, m.i1, k, 5):
                linked[id(x)] = (x, cue)
                break


def _told_outlet(s, k: int, taken):
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


_APPOSITION_OPENERS = frozenset(
    ("the", "a", "an", "der", "die", "das", "ein", "eine", "einer", "its", "seit")
)


def _apposed_subject(s, i: int, lang: str):
    """ "Ukrenergo, the national grid operator, said", "Nexora, der Chipkonzern, teilte mit": the
    name before an apposition that ends right before the verb."""
    words = s.words
    q = i - 2
    while q > 0 and i - q < 12 and words[q] not in CLAUSE_BREAKS:
        q -= 1
    if q <= 0 or words[q] != "," or s.lowers[q + 1] not in _APPOSITION_OPENERS:
        return None
    if any(k in VERBS[lang] for k in s.lowers[q + 1 : i - 1]):
        return None  # a clause of its own, not an apposition
    a = q
    while a > 0 and q - a < 4 and words[a - 1][0].isupper() and words[a - 1].isalpha():
        a -= 1
    if a == q or (a > 0 and words[a - 1] not in CLAUSE_BREAKS and words[a - 1] not in QUOTES):
        return None
    if lang == "de" and a == 0 and s.lowers[0] in SKIPPABLE:
        return None
    return Mention(a, q, " ".join(words[a:q]), guess_kind(s, a, q, lang))


def _apposed_name(s, i: int, lang: str):
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


_SPEECH_VERBS = frozenset(
    (
        *("said", "says", "told", "tells", "added", "wrote", "stated", "explained", "warned", "insisted"),
        *("sagte", "sagt", "erklärte", "betonte", "schrieb", "meinte", "warnte", "ergänzte", "fügte"),
    )
)
_NOUN_LIKE_CUES = frozenset(
    ("report", "estimate", "survey", "statement", "study", "update", "count", "forecast")
)


def _possessed_noun(s, cue) -> bool:
    """ "its annual Global Trends report": a noun after a possessive, not the verb "report"."""
    if cue.kind != "verb" or s.lowers[cue.i0] not in _NOUN_LIKE_CUES:
        return False
    prev = s.words[cue.i0 - 1] if cue.i0 else ""
    if prev[:1].islower() and prev.endswith("s") and not prev.endswith("ss"):
        return False  # "its partners estimate": a plural subject and its verb
    for k in range(cue.i0 - 1, max(-1, cue.i0 - 5), -1):
        low = s.lowers[k]
        if low in POSSESSIVES:
            return True
        if not s.words[k][0].isalpha() or low in VERBS["en"]:
            return False
    return False


# "said in its annual report", "said on its website": a phrase of place or medium, no speaker
_PP_AFTER_VERB = frozenset(("in", "on", "at", "during", "after", "before", "via", "through"))
_PERSON_ROLES = frozenset(
    (
        *("leader", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "minister", "president"),
        *("director", "executive", "officer", "secretary", "chairman", "chairwoman", "founder", "mayor"),
        *("governor", "sheriff", "commissioner", "economist", "analyst", "lawyer", "coach", "manager"),
    )
)


_REPORTED_SPEECH = frozenset(("habe", "hätte", "hätten", "sei", "seien", "werde", "würden", "könne"))


def _gap_over_claims(s, a: int, b: int, limit: int, claim_tokens) -> bool:
    """German verb-final clauses put the figure between the subject and its verb: "hatte das RKI
    etwa 3.000 Todesfälle gezählt", "habe die Polizei 40 Festnahmen gemeldet". The figure's own
    tokens are no gap."""
    if not claim_tokens or not _REPORTED_SPEECH.isdisjoint(s.lowers):
        return False  # "Die Polizei habe 310 Verdächtige ermittelt": whoever speaks is the source
    rest = [k for k in range(a, b) if k not in claim_tokens]
    return (
        len(rest) < b - a and len(rest) <= limit and all(s.words[k] not in CLAUSE_BREAKS for k in range(a, b))
    )


def _before_verb(s, m, i: int, lang: str, limit: int) -> bool:
    start = _verb_start(s, i, lang)
    if start == i:
        return _gap_ok(s, m.i1, i, limit)
    return m.i1 <= start and _gap_ok(s, m.i1, start, limit)


def _has_subject(s, cue, mentions) -> bool:
    """A mention stands right before the verb as its subject ("think tank Ember said")."""
    k = cue.i0 - 1
    if k >= 0 and s.words[k][0].isalpha() and (s.words[k][0].isupper() or source_noun(s, k, "en")):
        return True  # a name or a source noun right before the verb
    return any(
        m.i1 <= cue.i0 and (m.i1 == cue.i0 or _gap_ok(s, m.i1, cue.i0, 1 if m.strict else 3))
        for m in mentions
    )


def _coordinated(s, a, b) -> bool:
    """Mention a, then "und"/"and", maybe an article, then mention b."""
    k = a.i1
    if k >= s.n or s.lowers[k] not in COORD:
        return False
    k += 1
    if k < s.n and s.lowers[k] in SKIPPABLE:
        k += 1
    return k == b.i0


def _noun_ok(s, m: Mention, lang: str, cue: str) -> bool:
    """ "nach"/"so"/"wie" need a real source phrase after them, not "nach Russland"."""
    if m.strict:
        return False
    if cue == "nach":
        head = s.lowers[m.head]
        return head.endswith(INFO_HEADS) or s.lowers[m.i1 - 1].endswith(INFO_HEADS)
    return True


def _roles(chosen, lang: str):
    media = [c for c in chosen if c[0].kind in MEDIA]
    others = [c for c in chosen if c[0].kind not in MEDIA]
    citing = [c for c in chosen if c[1] in CITING[lang]]
    out = []
    if citing and len(chosen) > 1:
        origin = citing
        relay = [c for c in chosen if c not in citing]
    elif media and others:
        origin, relay = others, media
    else:
        origin, relay = chosen, []
    for m, cue in origin:
        out.append((m, cue, "origin"))
    for m, cue in relay:
        out.append((m, cue, "relay"))
    return out


_INSTITUTION_KINDS = frozenset(("government", "organisation", "intelligence", "military", "expert"))
_INSTITUTION_HEADS = {
    "de": (
        "konzern",
        "unternehmen",
        "bank",
        "institut",
        "behörde",
        "ministerium",
        "gericht",
        "amt",
        "betrieb",
        "dienst",
        "verband",
        "agentur",
        "verwaltung",
        "kommission",
    ),
    "en": ("company", "firm", "group", "court", "bank", "ministry", "agency", "office", "bureau"),
}
_DETS = frozenset(("der", "die", "das", "the"))
_SUBJECT_JOIN = frozenset(("für", "in", "at", "for", "of", "des", "der"))
_EN_PAST = frozenset(("cut", "set", "put", "found", "counted", "gave", "kept", "held", "paid"))


def institution_subject(s, lang: str, blocked=()):
    """An institution that opens the sentence as its subject is the source of the figures it
    reports or sets even without a speech verb: "Die Weltbank hatte einen Kredit über 120
    Millionen Dollar zugesagt", "Das Robert Koch-Institut (RKI) zählte 11.870 Fälle", "The
    company cut its forecast by $2.3bn"."""
    n = s.n
    if n < 4:
        return []
    k = 1 if s.lowers[0] in _DETS else 0
    if not s.words[k][0].isupper():
        return []
    for m in gazetteer_mentions(s):
        # "Die Hilfsorganisation Ärzte ohne Grenzen": a role noun may stand before the name
        if (m.i0 in (0, k) or (m.i0 == k + 1 and source_noun(s, k, lang))) and m.kind in _INSTITUTION_KINDS:
            end = m.i1
            break
    else:
        end = k
        while end < n and end - k < 4 and s.words[end][0].isupper():
            end += 1
        head = s.lowers[end - 1]
        noun = end > k and source_noun(s, end - 1, lang) is not None and s.lowers[end - 1].endswith("s")
        if end == k or not (noun or (k == 1 and head.endswith(_INSTITUTION_HEADS[lang]))):
            return []  # "Analysts at Morgan Stanley cut", "Der Landesbetrieb für Küstenschutz meldete"
        # "für Küstenschutz in Schleswig-Holstein", "at Morgan Stanley": the subject's own attributes
        while end + 1 < n and s.lowers[end] in _SUBJECT_JOIN and s.words[end + 1][0].isupper():
            q = end + 1
            while q < n and q - end <= 3 and s.words[q][0].isupper():
                q += 1
            end = q
        m = Mention(0, end, source_label(s, 0, end, lang), guess_kind(s, 0, end, lang))
    if end < n and s.words[end] == "(":  # "(RKI)"
        close = end + 1
        while close < n and close - end < 5 and s.words[close] != ")":
            close += 1
        end = close + 1 if close < n and s.words[close] == ")" else end
    # the finite verb follows the subject: a lower-case word, not a relative clause
    if lang == "en" and end + 1 < n and s.lowers[end] in ("also", "again", "now", "later", "further"):
        end += 1  # "The Bank also cut its forecast"
    if end >= n or not s.words[end][0].islower() or s.lowers[end] in ("und", "and", "of", "des", "der"):
        return []
    if lang == "en" and not (s.lowers[end].endswith("ed") or s.lowers[end] in _EN_PAST):
        return []  # "EU emissions fell", "The EU has committed to": no reporting subject
    if any(k in blocked for k in range(m.i0, m.i1)):
        return []
    return [Mention(0, m.i1, m.name, m.kind, head=m.head)]


def confirmation(s, lang: str):
    """Mentions of a sentence that confirms the previous one ("Ein westlicher Geheimdienstbeamter
    bestätigte diese Einschätzung", "A senior official confirmed the figure")."""
    lowers = s.lowers
    confirm = CONFIRM[lang]
    if confirm.isdisjoint(lowers):
        return []
    objects = CONFIRM_OBJECTS[lang]
    for i, low in enumerate(lowers):
        if low in confirm and not objects.isdisjoint(lowers[i + 1 : i + 4]):
            return [x for x in attributed(s, lang) if x[0].i0 < i]
    return []
