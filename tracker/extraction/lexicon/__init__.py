"""Loads the data files beside this module once, at import time, into dicts and frozensets.

This is the engine's only I/O. Everything here is read-only after import.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_DIR = Path(__file__).resolve().parent


def _json(name: str) -> dict:
    return json.loads((_DIR / name).read_text(encoding="utf-8"))


def _tsv(name: str):
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


NUMBERS = _json("numbers.json")
CUES = _json("cues.json")
DATES = _json("dates.json")
MISC = _json("misc.json")
WORDS = _json("words.json")
# cues and back-references of the discourse stage (discourse_stage/), per language
DISCOURSE = _json("discourse.json")
# German-only words of the discourse stage (pronouns and the gender of what they stand for)
DISCOURSE_DE = _json("discourse_de.json")
# word lists of attribution (sources/, discourse/, discourse_stage/)
ATTRIBUTION = _json("attribution.json")

# hedges: {lang: {tuple_of_words: bound}}; longest first when matching
HEDGES: dict = {"de": {}, "en": {}}
for lang, phrase, bound in _tsv("hedges.tsv"):
    HEDGES[lang][tuple(phrase.split(" "))] = bound
# {lang: {last word: the lengths of the hedges it ends, longest first}}
HEDGE_ENDS: dict = {"de": {}, "en": {}}
for lang, table in HEDGES.items():
    for key in table:
        HEDGE_ENDS[lang].setdefault(key[-1], set()).add(len(key))
    HEDGE_ENDS[lang] = {w: tuple(sorted(sizes, reverse=True)) for w, sizes in HEDGE_ENDS[lang].items()}

MODALITY: dict = {"de": {}, "en": {}}
for lang, phrase, modality in _tsv("modality.tsv"):
    MODALITY[lang][phrase] = modality

# units: {lang: {form: (unit, kind)}}
UNITS: dict = {"de": {}, "en": {}}
for lang, form, unit, kind in _tsv("units.tsv"):
    UNITS[lang][form] = (unit, kind)

# descriptive source heads: {lang: {form: (category, kind)}}
SOURCE_NOUNS: dict = {"de": {}, "en": {}}
for lang, form, category, kind in _tsv("source_nouns.tsv"):
    SOURCE_NOUNS[lang][form] = (category, kind)

NATIONALITIES: dict = {"de": {}, "en": {}}
for lang, stem, english in _tsv("nationalities.tsv"):
    NATIONALITIES[lang][stem] = english


def _load_sources():
    """Gazetteer rows -> list of (name, kind, country, [(alias, lang, strict)])."""
    rows = []
    for fields in _tsv("sources.tsv"):
        name, kind, country = fields[0], fields[1], fields[2]
        aliases = []
        for lang, column in (
            ("de", fields[3] if len(fields) > 3 else ""),
            ("en", fields[4] if len(fields) > 4 else ""),
        ):
            for alias in column.split("|"):
                alias = alias.strip().strip('"')
                if not alias:
                    continue
                strict = alias.startswith("~")
                aliases.append((alias.lstrip("~"), lang, strict))
        rows.append((name, kind, country, aliases))
    return rows


SOURCES = _load_sources()


def trie_regex(words) -> str:
    """An alternation as a prefix tree ("z(?:wei|wo)"), so the regex engine rejects most
    positions after one character instead of trying every word."""
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(trie)
