"""English: a company named as the owner of its results in the subject's noun phrase
("Revenue at Corvane Foods rose 12%", "Halberd Group's pre-tax profit fell 9%", "The group's
order intake", "Net income at the lender climbed"): the company presents those results, so it
is the source of the sentence's figures (DESIGN: a company reporting its results), and its
account carries on from there like any other. A country's or a person's results are not a
company's: the name must be a company's (a corporate suffix, a company the article described or
named as a source, or an article that speaks of "the company", "the group")."""

from __future__ import annotations

import re

from ._engine import LEXICON, SourceMention, known_source
from .releases import is_release
from .subjects import own_subject

_NOUNS = frozenset(LEXICON["en"]["company_result_nouns"])
_HEADS = frozenset(LEXICON["en"]["company_heads"])
_CORPORATE = frozenset(LEXICON["corporate_suffixes"])
_NOT_COMPANIES = frozenset(("person", "news_outlet", "news_agency", "state_media"))
_POSSESSIVE = ("'s", "’s")
_OPENING = 6  # tokens of an opening phrase before the subject ("In the third quarter, ...")
_MODIFIERS = 2  # words between the possessive and its result noun ("pre-tax", "net", "core")
_NAME_WORDS = 3  # capitalised words of the company's name


def results_owner(art, u) -> list:
    """[the company's mention] given to the claims of sentence ``u`` without a source of their
    own sentence, or [] when the sentence's subject is no company's results."""
    if art.lang != "en" or u.headline or not u.claims or _in_a_release(art, u) or _closed_next(art, u):
        return []
    s = u.s
    k = s.words.index(",") + 1 if "," in s.words[:_OPENING] else 0
    found = _possessor(s, k) or _at_owner(s, k)
    if found is None:
        return []
    a, b = found
    words = art.text[s.starts[a] : s.ends[b - 1]]
    if words.endswith(_POSSESSIVE):
        words = words[:-2]
    name = _company(art, u, words)
    if name is None:
        return []
    mention = SourceMention(name, "organisation", s.starts[a], s.starts[a] + len(words), words, "", "origin")
    art.history.append((mention.start, mention))
    return own_subject(art, u, mention)


def _closed_next(art, u) -> bool:
    """The next sentence of the paragraph closes with an attribution after its figures ("... The
    increase came on the back of higher crowds, the club said."): it reaches back to this one,
    whose results it states."""
    k = art.units.index(u) + 1
    if k >= len(art.units) or art.units[k].first or not art.units[k].claims:
        return False
    nxt = art.units[k]
    last = max(art.claims[i].end for i in nxt.claims)
    return any(
        m.start >= last and nxt.s.start <= m.start < nxt.s.end for i in nxt.claims for m in art.sources[i]
    )


def _in_a_release(art, u) -> bool:
    """The last body named before sentence ``u`` presents a release ("Deloitte's money
    league ... showed"): the results of the companies it ranks are its figures."""
    for _, m in reversed(art.history):
        if m.kind != "person" and m.end <= u.s.start:
            return is_release((m,), "en")
    return False


def _possessor(s, k: int):
    """(first, end) tokens of "Halberd Group's" or "the group's" opening the subject at token k,
    with a result noun within a few words after it; or None."""
    for j in range(k, min(s.n - 1, k + _NAME_WORDS + 1)):
        if not s.lowers[j].endswith(_POSSESSIVE):
            continue
        if not _result_within(s, j + 1):
            return None
        return (k, j + 1) if _name_or_head(s, k, j + 1) else None
    return None


def _at_owner(s, k: int):
    """(first, end) tokens of the company in "Revenue at Corvane Foods rose", "Net profit at the
    lender fell" opening the sentence at token k; or None."""
    for j in range(k, min(s.n - 1, k + _MODIFIERS + 1)):
        if s.lowers[j] in _NOUNS and s.lowers[j + 1] == "at":
            a = j + 2
            e = a + 2 if s.lowers[a] == "the" else a
            while e < s.n and e - a < _NAME_WORDS and s.words[e][:1].isupper() and s.words[e].isalpha():
                e += 1
            if e == a or e >= s.n or not s.words[e].islower() or not _name_or_head(s, a, e):
                return None
            return a, e
    return None


def _result_within(s, j: int) -> bool:
    return not _NOUNS.isdisjoint(s.lowers[j : j + _MODIFIERS + 1])


def _name_or_head(s, a: int, e: int) -> bool:
    """Tokens a..e are capitalised words of a name, or "the" and a company noun."""
    words = [w[:-2] if w.lower().endswith(_POSSESSIVE) else w for w in s.words[a:e]]
    if len(words) == 2 and words[0].lower() == "the":
        return words[1].lower() in _HEADS
    return all(w[:1].isupper() and w.replace("-", "").replace("&", "").isalpha() for w in words)


def _company(art, u, words: str):
    """The company ``words`` name: a description ("the group") stands for the organisation
    named before it; a name must be a company's; None otherwise."""
    if words.lower().startswith("the "):
        for _, m in reversed(art.history):
            if m.kind not in _NOT_COMPANIES and m.end <= u.s.start and m.cue != "quote":
                return m.name
        return None
    known = known_source(words)
    if known is not None:
        return known[0] if known[1] == "organisation" else None
    for _, m in reversed(art.history):
        if m.kind not in _NOT_COMPANIES and words in m.name:
            return m.name
    if words.rsplit(None, 1)[-1] in _CORPORATE or _suffixed_in_text(art.text, words):
        return words
    return words if _speaks_of_a_company(art.text) else None


def _suffixed_in_text(text: str, words: str) -> bool:
    """The article names the company with a corporate suffix elsewhere ("Corvane Foods")."""
    at = text.find(words + " ")
    while at >= 0:
        nxt = text[at + len(words) + 1 :].split(None, 1)
        if nxt and nxt[0].strip(".,;:") in _CORPORATE:
            return True
        at = text.find(words + " ", at + 1)
    return False


_COMPANY_HEAD = re.compile(r"\b[Tt]he (?:" + "|".join(sorted(_HEADS)) + r")(?:'s|’s)?\b")


def _speaks_of_a_company(text: str) -> bool:
    """The article refers to a company by a description ("the company", "the group's")."""
    return _COMPANY_HEAD.search(text) is not None
