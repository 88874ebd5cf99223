"""Turning what people hand us (bytes, HTML, pasted text) into the plain text we store.

Pure helpers: no database. Every way in ends in `normalise_text`, so the same article pasted,
uploaded or fetched gets the same text and the same content hash.

>>> normalise_text("Caf\\u0065\\u0301 \\r\\nzwei  \\x00\\n\\n")
'Café\\nzwei'
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import unicodedata
from html.parser import HTMLParser

from django.utils.translation import gettext

logger = logging.getLogger(__name__)

# Control characters other than tab and newline; \r is turned into \n before this runs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")

# File signatures of formats people rename to .txt by mistake.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenOffice document)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a media file",
    b"\x7fELF": "a program",
    b"MZ": "a program",
}
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_HTML_TAG = re.compile(
    r"<\s*/?\s*(html|head|body|script|style|iframe|div|p|span|a|br|article|section|img|"
    r"table|meta|link|noscript|object|embed|form|h[1-6]|ul|ol|li|strong|em|b|i)\b[^>]*>",
    re.IGNORECASE,
)


LIKELY_ENCODINGS = [
    "utf_8", "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251",
]  # fmt: skip


class NotText(ValueError):
    """The bytes are not readable text (binary, unknown encoding)."""


def normalise_text(text: str) -> str:
    """NFC, \\n newlines, no control characters, no trailing spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """SHA-256 of the text with runs of whitespace folded, so re-wrapped copies match."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def looks_binary(text: str) -> bool:
    """Too many control characters for text: more than a few strays, and over 1% of it."""
    sample = text[:65536]
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r")
    return bad > 8 and bad > 0.01 * len(sample)


def binary_kind(data: bytes) -> str | None:
    """Name what the bytes are if they are clearly not text, else None.

    >>> binary_kind(b"%PDF-1.7 ...")
    'a PDF document'
    >>> binary_kind("Grüße".encode()) is None
    True
    """
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return None  # UTF-16/32 text has NUL bytes; the BOM says it is text.
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:65536]:
        return "a binary file"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode text of unknown encoding: BOM, then the declared charset, UTF-8, then a guess.

    Raises NotText for binary data or data no encoding explains.
    """
    kind = binary_kind(data)
    if kind:
        raise NotText(f"This looks like {kind}, not text.")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(
                    f"The file says it is {encoding.upper().replace('-SIG', '')} but is not "
                    f"(byte {exc.start:,} is no character): save it again in that encoding."
                ) from exc
            break
    if text is None and declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _damaged_utf8(data, exc)
            if text is None:
                text = _guess_decode(data)
    if looks_binary(text):
        raise NotText(gettext("This file has too many control characters to be text."))
    return text


# A character of UTF-8 taking two to four bytes (the well-formed sequences of RFC 3629).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _damaged_utf8(data: bytes, error: UnicodeDecodeError) -> str | None:
    """Text of UTF-8 cut inside its last character; NotText for UTF-8 with bytes that are not
    (a damaged file, or two encodings mixed: guessing one encoding would garble the rest into
    "GrĂĽĂźe"); None when the bytes are simply not UTF-8 (a legacy encoding, guessed next).

    >>> decode_bytes("Größe: 3 m²".encode()[:-1])
    'Größe: 3 m'
    """
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        try:
            return data[: error.start].decode("utf-8")
        except UnicodeDecodeError:
            pass
    sample = data[:1_000_000]
    characters = len(_UTF8_MULTIBYTE.findall(sample))
    broken = sample.decode("utf-8", errors="replace").count("\ufffd") - sample.count("\ufffd".encode())
    if characters == 0 or characters < broken:
        return None
    bad = data[error.start : error.start + 1].hex().upper()
    raise NotText(
        f"The text is UTF-8 but byte {error.start:,} (0x{bad}) is not: the file is "
        "damaged or mixes two encodings. Save it as UTF-8 and upload it again."
    )


def _guess_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    # Our articles are in European languages; short Latin-1 texts otherwise pass for Chinese.
    best = from_bytes(data[:1_000_000], cp_isolation=LIKELY_ENCODINGS).best()
    best = best or from_bytes(data[:1_000_000]).best()
    if best is None:
        raise NotText(gettext("The text's encoding could not be recognised."))
    encoding = best.encoding
    # Latin-1 and cp1252 are near twins; cp1252 also knows the typographic quotes and €.
    if encoding in {"latin_1", "iso8859_1", "iso8859_15"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode(best.encoding, errors="replace")


def looks_like_html(text: str) -> bool:
    """True for text carrying HTML markup (a whole page or tags sprinkled in)."""
    return bool(_HTML_TAG.search(text[:200_000]))


class _TextExtractor(HTMLParser):
    """A plain HTML-to-text converter: keeps visible text, drops script/style/iframe and friends."""

    SKIP = {"script", "style", "iframe", "noscript", "template", "svg", "object", "embed", "head"}
    BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "blockquote", "pre", "hr", "figure", "figcaption",
        "title", "main", "aside", "nav", "dd", "dt",
    }  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in {"br", "hr"}:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.skip_depth:
            self.parts.append(data)


def html_fragment_to_text(markup: str) -> tuple[str, str]:
    """(title, text) of HTML by a plain parser; scripts, styles and frames are dropped."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines))
    return " ".join(parser.title.split()), normalise_text(strip_tags(text))


def strip_tags(text: str) -> str:
    """Remove anything still shaped like a tag (markup that survived as text)."""
    return _HTML_TAG.sub("", text)


class HtmlPage:
    """Main text and metadata of an HTML page (trafilatura, with a plain fallback)."""

    def __init__(self, title: str, text: str, published: str | None, publisher: str):
        self.title = title
        self.text = text
        self.published = published
        self.publisher = publisher


def html_to_text(markup: str, url: str | None = None) -> HtmlPage:
    """Pull the main text out of an HTML page; never returns markup."""
    import trafilatura

    fallback_title, fallback_text = html_fragment_to_text(markup)
    text = None
    title, published, publisher = fallback_title, None, ""
    try:
        text = trafilatura.extract(
            markup,
            url=url,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            deduplicate=False,
        )
        meta = trafilatura.extract_metadata(markup, default_url=url)
    except Exception:
        # trafilatura (and lxml under it) can fail on odd markup in many ways; the page's visible
        # text, taken below, still gives the article, and the failure is logged.
        logger.warning(
            "trafilatura could not read %s; using the page's visible text", url or "the page", exc_info=True
        )
        text, meta = None, None
    if meta is not None:
        title = meta.title or title
        published = meta.date
        publisher = meta.sitename or ""
    text = normalise_text(strip_tags(text)) if text else ""
    # trafilatura can be too strict on short or unusual pages; then take all visible text.
    if len(text) < 200 and len(fallback_text) > len(text):
        text = fallback_text
    return HtmlPage(title=title.strip(), text=text, published=published, publisher=publisher)


_WORDS = re.compile(r"[a-zäöüß]+")
_FUNCTION_WORDS = {
    "de": frozenset(
        _WORDS.findall("der die das und nicht ist mit von den sich auf für dem ein eine wurden laut nach")
    ),
    "en": frozenset(
        _WORDS.findall("the and of to is in that with for was were said on by from have has are according")
    ),
}


def guess_language(text: str) -> str:
    """'de' or 'en' by counting common function words; '' when there is too little to tell.

    >>> guess_language("Laut der Regierung wurden die Soldaten verlegt.")
    'de'
    """
    words = _WORDS.findall(text[:20_000].lower())
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else ""
