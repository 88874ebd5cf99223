"""Names for what the discourse stage finds: the antecedent a back-reference or description
stands for (``antecedent``, ``named_before``, ``named``), a person's full name, and one source
per name in a claim's sources.
"""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from . import backrefs, gender_de
from ._engine import CITING, SourceMention, sentence_mentions, sentence_names
from .body_kinds_de import agrees

_ANTECEDENT_WINDOW = 2500  # how far back a description or pronoun looks for its source


def class_of(m, lang: str, classes, text: str = ""):
    """backrefs.is_backref_text, cached per mention text; a one-word mention with the
    determiner before it in the text ("die Behörde" of "wie die Behörde mitteilte")."""
    words = m.text
    if text and " " not in words:
        at = (m.start, words)  # the same words at the same place: the class found before
        cls = classes.get(at, _MISSING)
        if cls is not _MISSING:
            return cls
        before = text[max(0, m.start - 5) : m.start].rsplit(None, 1)
        if before and text[m.start - 1 : m.start] == " ":
            words = before[-1] + " " + words
        cls = classes.get(words, _MISSING)
        if cls is _MISSING:
            cls = classes[words] = backrefs.is_backref_text(words, lang)
        classes[at] = cls
        return cls
    cls = classes.get(words, _MISSING)
    if cls is _MISSING:
        cls = classes[words] = backrefs.is_backref_text(words, lang)
    return cls


_MISSING = object()
_CHAIN_REACH = 120  # characters: an origin and its relay named this near are one chain, not one body


def one_mention_per_name(mentions, lang: str, classes):
    """One mention per source: where a name and a description of it both attribute ("Die
    Bundesagentur registrierte ..., wie die Behörde mitteilte"), the later one, which states
    the attribution; a document described before its author ("The data published by the
    ONS") gives way to the author."""
    if len(mentions) < 2:
        return mentions
    mentions = tuple(m for m in mentions if not _document_of(m, mentions, lang, classes))
    last = {m.name: m for m in sorted(mentions, key=lambda m: m.start)}
    if len(last) == len(mentions):
        return mentions
    out = []
    for m in mentions:
        if last[m.name] is m:
            if m.role != "origin" and any(o.name == m.name and o.role == "origin" for o in mentions):
                m = SourceMention(m.name, m.kind, m.start, m.end, m.text, m.cue, "origin")
            out.append(m)
    return tuple(out)


def _document_of(m, mentions, lang: str, classes) -> bool:
    """``m`` is a described document ("The data", "die Studie") whose author stands right
    after it among ``mentions``."""
    if " " not in m.text or class_of(m, lang, classes) != "document":
        return False
    return any(o is not m and 0 <= o.start - m.end <= 30 for o in mentions)


def overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def antecedent(history, ref, own):
    """The most recent named source a back-reference can stand for (not one of its own
    sentence that stands after it)."""
    for pos, m in reversed(history):
        if ref.start - pos > _ANTECEDENT_WINDOW:
            break
        if (
            pos < ref.start
            and not _relays(m)
            and backrefs.fits(ref.cls, m, ref.word)
            and agrees(ref.head, m)
            and not _group_for(ref, m)
        ):
            return m  # not a data firm that only relays, nor its analysts ("Analysts polled by LSEG")
    return None


_GROUPS = tuple(ATTRIBUTION["polled_groups"])


def _group_for(ref, m) -> bool:
    """ "It said" does not stand for polled analysts or economists."""
    return _group_for_cls(ref.cls, m)


def _group_for_cls(cls: str, m) -> bool:
    return cls == "institution" and m.text.lower().endswith(_GROUPS)


def named_before(text: str, lang: str, units, k: int, ref, history=()):
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
                and not dateline(text, m)
                and backrefs.fits(ref.cls, m, ref.word)
                and agrees(ref.head, m)
                and backrefs.is_backref_text(m.text, lang) is None
                and not _relayed(m, history)
                and not _group_for(ref, m)
            ):
                return m
    return None


_ROLE_WORDS = frozenset(ATTRIBUTION["person_roles"])
_SINGULAR_ARTICLE = {"de": {"er": "der", "sie": "die"}, "en": {"he": "the", "she": "the"}}


def role_before(text: str, lang: str, units, k: int, ref):
    """ "..., hob der Vorstand die Prognose an. Er rechnet mit ...", "The chief executive ...
    He expects ...": a personal pronoun right after a sentence of its paragraph that names one
    role or board with the article it agrees with, and no name (the last resort)."""
    if ref.cls != "person" or k == 0 or units[k].first or not units[k - 1].s.n:
        return None
    article = _SINGULAR_ARTICLE[lang].get(text[ref.start : ref.end].lower())
    if article is None:
        return None
    s = units[k - 1].s
    found = [
        m
        for m in sentence_mentions(s, lang)
        if m.i0
        and s.lowers[_article_at(s, m.i0, lang)] == article
        and (lang == "de" or m.kind != "organisation")
    ]
    if len(found) != 1:
        return None
    m = found[0]
    e = m.i1
    while e < s.n and s.lowers[e] in _ROLE_WORDS:
        e += 1  # "the chief executive"
    a, b = s.starts[_article_at(s, m.i0, lang) + 1], s.ends[e - 1]
    kind = "person" if lang == "en" else m.kind  # "he": the chief executive; "er": der Vorstand
    return SourceMention(text[a:b], kind, a, b, text[a:b], "", "origin")


def _article_at(s, i: int, lang: str) -> int:
    """Where the article of the mention at i stands: right before it, or before German
    capitalised adjectives of its name ("Der Kommunale Arbeitgeberverband")."""
    k = i - 1
    while lang == "de" and k > 0 and s.words[k][:1].isupper() and s.lowers[k].endswith(("e", "en")):
        k -= 1
    return k


def _relayed(m, history) -> bool:
    """The name stands where a relay was named ("according to LSEG data")."""
    return any(_relays(h) and h.start < m.end and m.start < h.end for _pos, h in history)


def _relays(m) -> bool:
    """A data firm that only relays others' figures ("according to LSEG data" beside the
    analysts); an outlet or agency may still be what a description means."""
    return m.role == "relay" and m.kind not in _OUTLETS


_OUTLETS = frozenset(("news_agency", "news_outlet"))


def dateline(text: str, m) -> bool:
    """ "Hannover (dpa) -": the agency of the dateline reports the article; it is no source in
    it, nor what a description refers back to."""
    if text[m.start - 1 : m.start] == "(":
        return text[m.end : m.end + 4].startswith(_DATELINE_ENDS)
    if m.text.isupper() and text[m.end : m.end + 1] == "," and text[m.start - 1 : m.start] in ("", "\n"):
        return ") -" in text[m.end : m.end + _DATELINE_REACH]  # "LONDON, March 4 (Reuters) -"
    return m.text.endswith(")") and "(" in m.text and text[m.end : m.end + 3].startswith(_DASHES)


_DATELINE_REACH = 30  # characters from a dateline's place to the end of its agency
_DATELINE_ENDS = (") -", ") –", ") —", ")-", ")–")
_DASHES = (" -", " –", " —")  # after "Hannover (dpa)" taken as one name
_PARTICLES = frozenset(ATTRIBUTION["name_particles_before_surname"])


def full_name(m, text: str) -> str:
    """A person's name as written where the name finder stopped at a particle ("Maria" of
    "Maria van Dijk"); any other source's name as it is."""
    if m.kind != "person" or not m.text.endswith(m.name):
        return m.name
    words = text[m.end : m.end + 80].split(" ")[1:5]
    tail = []
    for k, w in enumerate(words[:3]):
        if (w in _PARTICLES and not tail) or (tail and tail[-1] in _PARTICLES and w in _PARTICLES):
            tail.append(w)
        elif tail and w.isalpha() and w[:1].isupper():
            if k + 1 < len(words) and (words[k + 1][:1].isupper() or words[k + 1] == "&"):
                return m.name  # "von der Privatbank Hartwig & Söhne": where the person works
            tail.append(w)
            return m.name + " " + " ".join(tail)
        else:
            break
    return m.name


def named(m, history, lang: str, text: str, classes):
    """A description the sentence stages took as a source ("Die Behörde") with the name of the
    source it stands for."""
    cls = class_of(m, lang, classes, text)
    if cls is None and m.text.isupper():
        return spelled_out(m, history, text)
    if cls is None or m.cue == "quote":
        return m
    head = m.text.rsplit(None, 1)[-1].lower()
    specific = backrefs.specific_compound(head, lang)  # "das Finanzministerium": which ministry
    for pos, h in reversed(history):
        if specific and head not in h.text.lower() and head not in h.name.lower():
            continue
        if m.start - pos > _ANTECEDENT_WINDOW:
            break
        if (m.cue in CITING[lang] or m.role == "relay") and h.role != m.role and m.start - pos < _CHAIN_REACH:
            continue  # "wie das RND unter Berufung auf das Bundesgesundheitsministerium": its chain
        if pos < m.start and _stands_for(cls, head, h, lang, text, m.start):
            name = full_name(h, text)
            if name == m.name:
                return m
            return SourceMention(name, h.kind, m.start, m.end, m.text, m.cue, m.role)
    return m


def _describes(cls: str, head: str, h, lang: str) -> bool:
    """A description of class ``cls`` and head noun ``head`` may stand for the named source
    ``h``: not a relay nor polled analysts; in German of its kind ("Der Konzern" not for a
    Krankenkasse)."""
    return (
        not _relays(h)
        and backrefs.fits(cls, h)
        and not _group_for_cls(cls, h)
        and (lang != "de" or agrees(head, h))
    )


def _stands_for(cls: str, head: str, h, lang: str, text: str, end: int) -> bool:
    """The description (class ``cls``, head noun ``head``) may stand for ``h``; German persons
    by the role words written before the name in the text before the description (at ``end``): not "der
    Sprecher" for one introduced as "Landgerichtspräsidentin X", and "der Sprecher" for a name
    of no known kind introduced as "Gerichtssprecher X"."""
    if lang != "de" or cls != "person":
        return _describes(cls, head, h, lang)
    roles = _roles_before_name(h.name, text, end)
    if h.kind != "person":
        return _describes(cls, head, h, lang) or any(r.endswith(head) for r in roles)
    mine = gender_de.person_gender(head)
    genders = {gender_de.person_gender(r) for r in roles} - {None}
    return _describes(cls, head, h, lang) and (mine is None or not genders or mine in genders)


_ROLE_REACH = 3  # words before a name where its role stands ("Gerichtssprecher Florian X")


def _roles_before_name(name: str, text: str, end: int) -> list:
    """The words written right before each occurrence of ``name`` in ``text`` before ``end`` that name a
    person's role ("Landgerichtspräsidentin" of "Landgerichtspräsidentin Ursula Brandl")."""
    if not name or len(name) < 3:
        return []
    out, at = [], text.find(name, 0, end)
    while at >= 0:
        words = text[max(0, at - 60) : at].replace("-", " ").split()[-_ROLE_REACH:]
        out.extend(w.lower().strip(".,;:()") for w in words if gender_de.is_person_role(w))
        at = text.find(name, at + len(name), end)
    return out


def spelled_out(m, history, text: str = ""):
    """ "ORR said" after "the Office of Rail and Road (ORR)": the acronym has the name it was
    introduced with (a name, no acronym, as it is). ``text``, the article: when "(ORR)" stands
    nowhere before the acronym, no mention in the history can end with it (a mention's text is
    the article's text at its span): one search in C, not a walk through the history."""
    if not m.text.isupper():
        return m
    inner = f"({m.text})"
    if text and text.find(inner, 0, m.start) < 0:
        return m
    for _, h in reversed(history):
        if h.end <= m.start and h.text.endswith(inner) and h.name != m.name:
            return SourceMention(h.name, h.kind, m.start, m.end, m.text, m.cue, m.role)
    return m
