"""The pages speak German and English: every visible template string is marked for
translation, and each catalogue translates every entry (none missing, none fuzzy, none left
over), with its compiled .mo matching the .po.

A template string is "visible" when it is text between tags (outside {% translate %},
{% blocktranslate %}, comments, <script>, <style>, <code> and <kbd>) or the value of an
attribute a person reads or hears (title, aria-label, placeholder, alt, data-confirm) that is
not wholly a tag or a variable.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
LOCALE = ROOT / "locale"
LANGUAGES = ("de", "en")

PLACEHOLDER = "\ue000"  # stands for a {{ variable }} or a {% tag %}: no text of its own
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-confirm"}
# Words no language translates: names of formats and protocols.
NEUTRAL_WORDS = {"HTTP", "https", "JSON", "CSV", "HMAC", "SHA"}
SKIP_CONTENT = {"script", "style", "code", "kbd"}


def visible_text(source: str) -> list[str]:
    """The template's text a reader sees that no translate tag covers."""
    parts: list[str] = []
    in_translation = 0
    in_comment = False
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = (token.contents.split() or [""])[0]
            if name in ("blocktranslate", "blocktrans"):
                in_translation += 1
            elif name in ("endblocktranslate", "endblocktrans"):
                in_translation -= 1
            elif name == "comment":
                in_comment = True
            elif name == "endcomment":
                in_comment = False
            parts.append(PLACEHOLDER)
        elif token.token_type == TokenType.VAR:
            parts.append(PLACEHOLDER)
        elif token.token_type == TokenType.TEXT:
            parts.append(PLACEHOLDER if in_translation or in_comment else token.contents)
    reader = _Reader()
    reader.feed("".join(parts))
    reader.close()
    return [text for text in reader.found if _readable(text)]


def _readable(text: str) -> bool:
    words = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", html.unescape(text))
    return any(word not in NEUTRAL_WORDS for word in words)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag.rstrip(PLACEHOLDER) in SKIP_CONTENT:
            self.skipping += 1
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self.found.append(value.strip())

    def handle_endtag(self, tag):
        if tag in SKIP_CONTENT and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.found.append(data.strip())


TEMPLATE_FILES = sorted(TEMPLATES.rglob("*.html"))


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_every_visible_template_string_is_marked(path):
    unmarked = visible_text(path.read_text(encoding="utf-8"))
    assert not unmarked, f"{path.relative_to(ROOT)}: not marked for translation: {unmarked}"


def test_the_scanner_finds_unmarked_text_and_passes_marked_text():
    assert visible_text("<p>Claims</p>") == ["Claims"]
    assert visible_text('<button aria-label="Remove it">×</button>') == ["Remove it"]
    assert visible_text('{% load i18n %}<p>{% translate "Claims" %}</p>') == []
    assert visible_text("<p>{% blocktranslate %}{{ n }} claims{% endblocktranslate %}</p>") == []
    assert visible_text("<p><code>make worker</code> · {{ name }} — 12</p>") == []
    assert visible_text("{# Some note #}<p>{{ value }}</p>") == []


PLACEHOLDERS = re.compile(r"%\(\w+\)(?:\.\d+)?[sdf]|\{\w+\}")


def _catalogue(language: str) -> polib.POFile:
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run make messages"
    return polib.pofile(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_translates_every_entry(language):
    catalogue = _catalogue(language)
    entries = [entry for entry in catalogue if not entry.obsolete]
    assert len(entries) > 300
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    missing = [entry.msgid for entry in entries if not entry.translated()]
    assert not fuzzy, f"{language}: fuzzy entries: {fuzzy[:20]}"
    assert not missing, f"{language}: untranslated entries: {missing[:20]}"
    broken = [
        entry.msgid
        for entry in entries
        for text in ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values())
        if sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(entry.msgid))
        and sorted(set(PLACEHOLDERS.findall(text))) != sorted(set(PLACEHOLDERS.findall(entry.msgid)))
    ]
    assert not broken, f"{language}: placeholders differ from the English: {broken[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language):
    """locale/*/django.mo is committed (nothing compiles at run time): it must hold exactly the
    .po's translations. `make messages` writes both."""
    source = _catalogue(language)
    compiled_path = LOCALE / language / "LC_MESSAGES" / "django.mo"
    assert compiled_path.exists(), "run make messages"
    compiled = polib.mofile(str(compiled_path))

    def table(catalogue):
        return {
            (entry.msgctxt, entry.msgid, entry.msgid_plural): (
                entry.msgstr,
                tuple(sorted(entry.msgstr_plural.items())),
            )
            for entry in catalogue
            if entry.msgid and not entry.obsolete and "fuzzy" not in entry.flags
        }

    assert table(compiled) == table(source), "the .mo is stale: run make messages"


def test_german_and_english_differ_where_they_should():
    from django.utils import translation

    with translation.override("de"):
        assert translation.gettext("Claims") == "Angaben"
        assert translation.gettext("Log in") == "Anmelden"
    with translation.override("en"):
        assert translation.gettext("Claims") == "Claims"
