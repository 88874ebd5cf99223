"""The names a sentence gives go into the article's history, and its descriptions ("the company",
"die Behörde") are renamed to what they describe, each mention named once per sentence."""

from __future__ import annotations

from operator import itemgetter

from .naming import class_of, named, one_mention_per_name, spelled_out


def record_names(art, own, renamed) -> list:
    """The names this sentence gives (before a description of them) go into the history; its
    own mentions renamed, one per name (``renamed``: the sentence's cache of ``_named``)."""
    text, lang, classes, history = art.text, art.lang, art.classes, art.history
    # list comprehensions, not generators: the compiled build inlines them
    named_here = [
        (m.start, spelled_out(m, history, text))
        for m in own
        if m.cue != "quote" and class_of(m, lang, classes, text) is None
    ]
    if len(named_here) > 1:
        named_here.sort(key=itemgetter(0))
    history.extend(named_here)  # a named source: what a later description means
    out = tuple([_named(art, m, renamed) for m in own])
    return list(one_mention_per_name(out, lang, classes))


def rename_descriptions(art, u, renamed) -> None:
    """The descriptions among the sources of unit u's claims renamed to what they describe
    (after ``record_names``: the history is the same, so a mention it named is not named
    again; nor one that several claims of the sentence share)."""
    lang, classes, sources = art.lang, art.classes, art.sources
    for i in u.claims:
        given = sources[i]
        if len(given) == 1:  # the common cases first: no source, one source
            m = _named(art, given[0], renamed)
            if m is not given[0]:
                sources[i] = (m,)
            continue
        if not given:
            continue
        out = one_mention_per_name(tuple([_named(art, m, renamed) for m in given]), lang, classes)
        if len(out) != len(given) or any(a is not b for a, b in zip(out, given, strict=False)):
            sources[i] = out


def _named(art, m, renamed):
    """``naming.named`` of mention ``m`` under the article's history, found once per sentence
    (``renamed``: id -> (mention, its name); the mention is kept, so its id is not reused)."""
    hit = renamed.get(id(m))
    if hit is None:
        hit = renamed[id(m)] = (m, named(m, art.history, art.lang, art.text, art.classes))
    return hit[1]
