"""Releases: an account that presents figures, data, a survey or poll, or a statistics
office's numbers ("According to Home Office figures", "a YouGov poll") goes on over a paragraph
break that opens with a part of what it counted ("Of those, 12,000 ...", "Davon ..."; DESIGN: a
body presenting its own release is the source of every figure of the release)."""

from __future__ import annotations

import re

from ._engine import LEXICON

_LANGS = ("de", "en")


def _by_first_word(openers) -> dict:
    out = {}
    for opener in openers:
        out.setdefault(opener[0], []).append(opener)
    return out


_RELEASE_STEMS = {lang: tuple(LEXICON[lang]["release_stems"]) for lang in _LANGS}
_RELEASE_NAMES = frozenset(LEXICON["release_names"])
_DOCUMENTS = tuple(LEXICON["en"]["document_stems"])
_DOCUMENTS_RE = re.compile("|".join(map(re.escape, _DOCUMENTS)))
_ASIDES = {lang: tuple(LEXICON[lang]["aside_sources"]) for lang in _LANGS}
_PART_OPENERS = {
    lang: _by_first_word([tuple(x.split()) for x in LEXICON[lang]["release_part_openers"]]) for lang in _LANGS
}


def release_goes_on(sources, u, lang: str) -> bool:
    """The account of ``sources`` is a release and sentence ``u`` opens with a part of it."""
    if lang == "en" and _documented(sources):
        return True
    return opens_with_a_part(u, lang) and is_release(sources, lang)


def _documented(sources) -> bool:
    """English copy names the release by its document ("according to the latest weekly
    surveillance report", "In the Ipsos survey"): its account goes on over any paragraph."""
    if any(m.text.lower().split()[-1].endswith(_ASIDES["en"]) for m in sources if m.text):
        return False
    for m in sources:
        if m.kind != "person" and (
            m.cue.lower().startswith(_DOCUMENTS)
            or any(w.startswith(_DOCUMENTS) for w in m.text.lower().split())
        ):
            return True
    return False


def opens_with_a_part(u, lang: str) -> bool:
    """ "Of those, 12,000 ...", "The largest group ...", "Davon ...": a part of what was counted."""
    lowers = u.s.lowers
    for opener in _PART_OPENERS[lang].get(lowers[0], ()) if lowers else ():
        if tuple(lowers[: len(opener)]) == opener:
            return not _defined_group(lowers, len(opener))
    return False


_DEFINING = frozenset(LEXICON["en"]["defining_after_those"])


def _defined_group(lowers, n: int) -> bool:
    """ "Among those who rent their homes, ...": "those" names a group its own clause defines,
    not a part of what was counted before."""
    return lowers[n - 1] == "those" and n < len(lowers) and lowers[n] in _DEFINING


def is_release(sources, lang: str) -> bool:
    """The account presents a release: figures, data, a survey or poll, a statistics office
    ("According to Home Office figures", "Das Statistische Landesamt meldete", "a YouGov
    poll"); a person's account is none."""
    stems = _RELEASE_STEMS[lang]
    if any(m.text.lower().split()[-1].endswith(_ASIDES[lang]) for m in sources if m.text):
        return False  # "Analysts polled by LSEG had expected ...": others' expectation, no release
    for m in sources:
        if m.kind == "person":
            continue
        if m.name in _RELEASE_NAMES or m.cue.lower().startswith(stems):
            return True
        if any(w.startswith(stems) for w in m.text.lower().split()):
            return True
    return False


def names_a_document(u) -> bool:
    """Sentence ``u`` names a release by its document ("according to the latest weekly report")."""
    if _DOCUMENTS_RE.search(u.s.text_lower) is None:
        return False  # most sentences: no such stem anywhere (one search)
    return any(w.startswith(_DOCUMENTS) for w in u.s.lowers)


_RELEASE_WORDS = frozenset(n for n in _RELEASE_NAMES if " " not in n)


def names_a_release_body(u, lang: str) -> bool:
    """Sentence ``u`` names a body known for its releases ("..., Eurostat said")."""
    return not _RELEASE_WORDS.isdisjoint(u.s.words)


_SHOWING = frozenset(("showed", "shows", "found", "revealed"))


def lead_before_document(lang: str, units, sources) -> None:
    """ "The leading clubs earned more than three billion euros last season. ¶ Halvorsen's
    annual club finance review, released on Friday, showed ...": a lead of one sentence whose
    figures have no source takes the document the next paragraph opens with (no figures of
    its own) as the subject of a showing verb."""
    k = next((j for j, u in enumerate(units) if not u.headline), None)
    if lang != "en" or k is None or k + 1 >= len(units):
        return
    lead, nxt = units[k], units[k + 1]  # English: a subject without a cue verb does not release
    if not lead.claims or lead.own or not nxt.first or nxt.claims or len(nxt.own) != 1:
        return
    if nxt.own[0].cue not in _SHOWING or any(sources[i] for i in lead.claims):
        return
    for i in lead.claims:
        sources[i] = nxt.own


def lead_before_release(lang: str, units, sources) -> None:
    """ "Die Einzelhändler ... haben im Oktober 1,8 Prozent weniger umgesetzt. Nach Angaben des
    Statistischen Landesamtes sank er nominal um 0,6 Prozent.": a lead sentence whose figures
    have no source takes the statistics office or other release the next sentence of its
    paragraph names with figures of its own (the release elaborates the lead's statement;
    DESIGN: the body presenting its release is the source of every figure of it)."""
    k = next((j for j, u in enumerate(units) if not u.headline), None)
    if k is None or k + 1 >= len(units):
        return
    lead, nxt = units[k], units[k + 1]  # English: a subject without a cue verb does not release
    if (
        not lead.claims
        or lead.own
        or nxt.first
        or not nxt.claims
        or not nxt.own
        or not is_release(nxt.own, lang)
    ):
        return
    if (lang == "en" and not any(m.cue for m in nxt.own)) or any(sources[i] for i in lead.claims):
        return
    for i in lead.claims:
        sources[i] = nxt.own


_NOT_RELEASING = frozenset(("person", "news_outlet", "news_agency"))  # a speaker, media relaying
_RELEASE_CUES = frozenset(("laut", "according to"))


def released_by(u) -> tuple:
    """ "„...“, sagte Calvelli laut der Mitteilung des Unternehmens.": a quotation taken from a
    release ("laut", "according to" a body, not a speech verb nor media relaying the quote);
    the release's mentions, whose account goes on after it (not the speaker's quoted words)."""
    return tuple(m for m in u.own if m.kind not in _NOT_RELEASING and m.cue.lower() in _RELEASE_CUES)
