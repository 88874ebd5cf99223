"""Sources that carry over from one sentence to the next: "Das teilte die Stadtverwaltung
mit." gives its source to the sentence before, "demnach" takes the one before, "Er hält ..."
keeps the person who spoke just before, and a confirming source ("Ein Beamter bestätigte diese
Einschätzung") joins the figures before."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from ..sources.cues import VERBS
from ..sources.subjects import confirmation
from ..state import Attribution, QuoteSource
from ..text.phrases import is_info_head
from .quotes import PRONOUNS

_BACK_REFERENCES = frozenset(ATTRIBUTION["back_reference_openers"])


BACK_PREFIXES = tuple(w + " " for w in _BACK_REFERENCES)


_PERSONAL = frozenset(ATTRIBUTION["personal_openers"])


_CARRY_WORDS = frozenset(ATTRIBUTION["account_words_in_sentence"])


_COMMENT_COPULAS = frozenset(ATTRIBUTION["comment_copulas"])


def back_references(states, lang: str) -> None:
    """ "Das teilte die Stadtverwaltung mit." gives its source to the sentence before; a sentence
    with "demnach" takes the sources of the sentence before."""
    for k in range(1, len(states)):
        st, prev = states[k], states[k - 1]
        s, raw, sources = st.sentence, st.figures, st.sources
        if not raw and sources and s.words[0] in _BACK_REFERENCES and prev.figures and not _article(s, lang):
            if _comment(s):
                continue
            prev.sources.extend(x for x in sources if isinstance(x, Attribution))
    for k in range(1, len(states)):
        s, raw, sources = states[k].sentence, states[k].figures, states[k].sources
        if raw and not sources and not _CARRY_WORDS.isdisjoint(s.low_set):
            for back in range(k - 1, max(-1, k - 7), -1):  # the last attributed sentence, up to 6 back
                found = [x for x in states[back].sources if isinstance(x, Attribution)]
                if found:
                    sources.extend(found)
                    break


def _comment(s) -> bool:
    """ "Das sei ein faires Angebot, sagte X", "That is far too little, she said": the speaker
    judges what the sentence before said and is not its source (unlike "Das teilte X mit";
    "Das ist das Ergebnis einer Umfrage" names a document and stays)."""
    return s.n > 2 and s.lowers[1] in _COMMENT_COPULAS and not any(is_info_head(w) for w in s.lowers)


def _article(s, lang: str) -> bool:
    """ "Das russische Verteidigungsministerium erklärte": "Das" is an article here, not "Das
    teilte … mit"; "These figures" likewise."""
    if s.n < 3:
        return False
    w1, w2 = s.words[1], s.words[2]
    if w1[0].isupper():
        return True
    return w1.isalpha() and w2[0].isupper() and w2.isalpha() and s.lowers[1] not in VERBS[lang]


def personal_subjects(states, quotes, text: str) -> None:
    """ "„…“, sagte Ulrich Stamm. Er hält einen Rücksetzer um zehn Prozent für denkbar": a
    sentence opened by a personal pronoun keeps the person who spoke just before, in the same
    paragraph."""
    for k in range(1, len(states)):
        s, raw, sources = states[k].sentence, states[k].figures, states[k].sources
        if not raw or sources or s.words[0] not in _PERSONAL:
            continue
        prev = states[k - 1].sentence
        if "\n" in text[prev.start : s.start]:
            continue
        found = [
            x for x in states[k - 1].sources if isinstance(x, Attribution) and x.mention.kind == "person"
        ]
        if found:
            sources.append(found[0])
            continue
        q = next(
            (q for q in reversed(quotes) if prev.start <= q.close <= s.start and q.speaker),
            None,
        )
        if q is not None and q.speaker[0].lower() not in PRONOUNS:
            sources.append(QuoteSource(q))


def corroborate(states, lang: str) -> None:
    """ "Ein westlicher Geheimdienstbeamter bestätigte diese Einschätzung": the confirming source
    joins the counted claims of the sentence before."""
    for k in range(1, len(states)):
        s, raw, prev = states[k].sentence, states[k].figures, states[k - 1]
        if not prev.figures or not states[k].has_cue(lang):
            continue
        if raw and not _THAT_CLAUSE.isdisjoint(s.low_set):
            continue  # "confirmed that two of the deaths were ...": a claim of its own
        extra = confirmation(s, lang)
        if extra:
            prev.sources.extend(Attribution(m, cue, "origin", s) for m, cue, _role in extra)
            prev.only_counted = True


_THAT_CLAUSE = frozenset(ATTRIBUTION["that_clause_words"])
