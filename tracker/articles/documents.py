"""Text out of PDF and Word files: press releases and statistics reports arrive as PDFs.

The text layer of a PDF (pypdf) or the paragraphs and tables of a .docx (python-docx) become
plain text; a page break becomes a paragraph break, so that attribution never runs from one
page into the next. A scanned PDF has no text layer: it is refused with a message saying so.

>>> document_to_text("release.pdf", data)   # ("Title", "First page …\\n\\nSecond page …")
"""

from __future__ import annotations

import io
import logging
import re

from django.utils.translation import gettext

logger = logging.getLogger(__name__)

DOCUMENT_EXTENSIONS = {".pdf", ".docx"}
MAX_PAGES = 500


class DocumentUnreadable(ValueError):
    """The file cannot give text; str() says why, for the person who uploaded it."""


def document_to_text(suffix: str, data: bytes) -> tuple[str, str]:
    """(title, text) of a PDF or DOCX file, or DocumentUnreadable."""
    if suffix == ".pdf":
        return _pdf(data)
    if suffix == ".docx":
        return _docx(data)
    raise DocumentUnreadable(f"Not a document type: {suffix}")


def _clean(text: str) -> str:
    # PDF text layers break lines inside paragraphs and hyphenate words at line ends.
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return text.strip()


def _pdf(data: bytes) -> tuple[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentUnreadable(
                gettext("The PDF is password-protected; save it without a password first.")
            )
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise DocumentUnreadable(
                gettext("The PDF has %(pages)d pages; at most %(most)d are read.")
                % {"pages": len(pages), "most": MAX_PAGES}
            )
        texts = [_clean(page.extract_text() or "") for page in pages]
        title = ((reader.metadata or {}).get("/Title") or "").strip() if reader.metadata else ""
    except DocumentUnreadable:
        raise
    except (PdfReadError, Exception) as exc:  # damaged files fail in many ways inside pypdf
        logger.info("Unreadable PDF upload: %r", exc)
        raise DocumentUnreadable(f"The PDF could not be read ({type(exc).__name__}); is it damaged?") from exc
    text = "\n\n".join(t for t in texts if t)
    if not text.strip():
        raise DocumentUnreadable(
            gettext(
                "The PDF has no text layer (%(pages)d page(s) of images): it looks scanned."
                " Run it through text recognition (OCR, e.g. ocrmypdf) or paste the text."
            )
            % {"pages": len(texts)}
        )
    return str(title)[:500], text


def _docx(data: bytes) -> tuple[str, str]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise DocumentUnreadable(gettext("The Word file could not be read; save it again as .docx.")) from exc
    except Exception as exc:  # a zip that is no Word file raises many kinds of error
        logger.info("Unreadable DOCX upload: %r", exc)
        raise DocumentUnreadable(gettext("The Word file could not be read; save it again as .docx.")) from exc
    paragraphs: list[str] = []
    body = document.element.body
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs.extend(_paragraph_parts(block))
        elif tag == "tbl":
            for row in block.iter(f"{block.tag.rsplit('}', 1)[0]}}}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in cell.iter(_w("p"))).strip()
                    for cell in row.iter(_w("tc"))
                ]
                line = " | ".join(c for c in cells if c)
                if line:
                    paragraphs.append(line)
    text = "\n\n".join(p for p in (p.strip() for p in paragraphs) if p)
    if not text:
        raise DocumentUnreadable(gettext("The Word file has no text."))
    title = (document.core_properties.title or "").strip()
    return title[:500], text


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _paragraph_text(paragraph) -> str:
    return "".join(node.text or "" for node in paragraph.iter(_w("t")))


def _paragraph_parts(paragraph) -> list[str]:
    """A paragraph's text, split where a page break falls inside it."""
    parts, current = [], []
    for node in paragraph.iter():
        tag = node.tag
        if tag == _w("t"):
            current.append(node.text or "")
        elif tag == _w("tab"):
            current.append("\t")
        elif tag == _w("br"):
            if node.get(_w("type")) == "page":
                parts.append("".join(current))
                current = []
            else:
                current.append("\n")
    parts.append("".join(current))
    return parts
