"""Small PDF and Word files built in the tests (no binary fixtures in the repository)."""

import io


def pdf(pages: list[list[str]], *, title: str = "") -> bytes:
    """A PDF whose pages hold these lines as a real text layer (Helvetica, WinAnsi: umlauts
    work); a page with no lines has no text, like a scanned image."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    pages_id = 1 + 2 * len(pages) + (1 if title else 0) + 1  # font, pages, info, then this
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 50 780 Td"]
        for line in lines:
            escaped = (
                line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            )
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) if lines else b""
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)
            )
        )
    info = add(b"<< /Title (" + title.encode("cp1252") + b") >>") if title else None
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    assert add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def docx(paragraphs: list[str], *, page_break_after: int | None = None, title: str = "") -> bytes:
    from docx import Document

    document = Document()
    document.core_properties.title = title
    for index, text in enumerate(paragraphs):
        paragraph = document.add_paragraph(text)
        if page_break_after == index:
            paragraph.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
