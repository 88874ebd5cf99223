"""Streamed exports of a list (claims, quotes) as CSV, JSON or Excel, row by row.

Rows come from an iterator (a queryset's `.iterator()`), are written one at a time and never
all held in memory: CSV and JSON go out as they are written; an Excel workbook is written in
openpyxl's write-only mode to a temporary file on disk, which is then streamed.

CSV opens in Excel with its umlauts intact (UTF-8 with a byte-order mark) and, for a reader
whose language is German, with `;` between cells and a decimal comma, as German Excel expects.
CSV and Excel are for people: their headers are in the reader's language (English keeps the
machine names, which JSON always uses), and for a German reader statuses, kinds and units are
written in German too.
"""

from __future__ import annotations

import csv
import datetime
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from django.utils.translation import get_language, pgettext_lazy

FORMATS = ("csv", "json", "xlsx")

# Each export column's header in CSV and Excel (the msgid is the JSON key).
HEADERS = {
    "id": pgettext_lazy("export column", "id"),
    "status": pgettext_lazy("export column", "status"),
    "value": pgettext_lazy("export column", "value"),
    "value_high": pgettext_lazy("export column", "value_high"),
    "bound": pgettext_lazy("export column", "bound"),
    "approximate": pgettext_lazy("export column", "approximate"),
    "unit": pgettext_lazy("export column", "unit"),
    "kind": pgettext_lazy("export column", "kind"),
    "subject": pgettext_lazy("export column", "subject"),
    "modality": pgettext_lazy("export column", "modality"),
    "text": pgettext_lazy("export column", "text"),
    "sources": pgettext_lazy("export column", "sources"),
    "chain": pgettext_lazy("export column", "chain"),
    "period_start": pgettext_lazy("export column", "period_start"),
    "period_end": pgettext_lazy("export column", "period_end"),
    "period_text": pgettext_lazy("export column", "period_text"),
    "figure": pgettext_lazy("export column", "figure"),
    "article_id": pgettext_lazy("export column", "article_id"),
    "article_title": pgettext_lazy("export column", "article_title"),
    "article_url": pgettext_lazy("export column", "article_url"),
    "article_published": pgettext_lazy("export column", "article_published"),
    "language": pgettext_lazy("export column", "language"),
    "origin": pgettext_lazy("export column", "origin"),
    "reason": pgettext_lazy("export column", "reason"),
    "note": pgettext_lazy("export column", "note"),
    "speaker": pgettext_lazy("export column", "speaker"),
    "speaker_as_written": pgettext_lazy("export column", "speaker_as_written"),
    "via": pgettext_lazy("export column", "via"),
    "start": pgettext_lazy("export column", "start"),
    "end": pgettext_lazy("export column", "end"),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text, number, date, bool, list
    # code -> label, written instead of the code for a German reader (statuses, kinds…)
    labels: dict | None = None

    @property
    def header(self) -> str:
        return str(HEADERS.get(self.name, self.name))


def _german() -> bool:
    return (get_language() or "").startswith("de")


def _readers(columns: list[Column], german: bool) -> list[Callable]:
    """Per column, what a German reader's CSV/Excel cell shows: the label of a code, the
    German unit; else the value itself. Labels are resolved now, while the request's language
    is active (a streamed body is written after the view has returned)."""

    def same(value):
        return value

    readers = []
    for column in columns:
        if german and column.labels is not None:
            table = {code: str(label) for code, label in column.labels.items()}
            readers.append(lambda value, table=table: table.get(value, value) if value else value)
        elif german and column.name == "unit":
            from .units_de import UNITS_DE

            table = {code: forms[1] for code, forms in UNITS_DE.items()}
            readers.append(lambda value, table=table: table.get(value, value) if value else value)
        else:
            readers.append(same)
    return readers


class _Echo:
    def write(self, value):
        return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_safe(text: str) -> str:
    # Spreadsheets run cells that start with = + - @ as formulas: neutralise them.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def plain_number(value) -> str:
    if value is None or value == "":
        return ""
    return format(Decimal(value).normalize(), "f")


def json_number(value):
    """Decimal('12000.000000') → 12000, Decimal('2.5') → 2.5; None stays None."""
    if value is None or value == "":
        return None
    value = Decimal(value).normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def csv_dialect(request) -> tuple[str, str]:
    """(delimiter, decimal mark): `?delimiter=;` or `,` if asked, else by the reader's language."""
    asked = request.GET.get("delimiter", "")
    if asked in (";", ","):
        return asked, "," if asked == ";" else "."
    return (";", ",") if _german() else (",", ".")


def _csv_cell(value, column: Column, decimal_mark: str) -> str:
    if value is None:
        return ""
    if column.kind == "number":
        text = plain_number(value)
        return text.replace(".", decimal_mark) if decimal_mark != "." else text
    if column.kind == "list":
        value = "; ".join(value)
    elif column.kind == "date":
        return value.isoformat() if value else ""
    elif column.kind == "bool":
        return str(bool(value))
    return csv_safe(str(value))


def _json_cell(value, column: Column):
    if column.kind == "number":
        return json_number(value)
    if column.kind == "date":
        return value.isoformat() if value else None
    return value


def _xlsx_cell(value, column: Column):
    if value is None or value == "":
        return None
    if column.kind == "number":
        return json_number(value)
    if column.kind == "list":
        return csv_safe("; ".join(value))
    if column.kind in ("date", "bool"):
        return value
    text = str(value)
    # Excel refuses control characters in a cell.
    text = "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    return csv_safe(text)


def export_response(
    request,
    *,
    rows: Iterable,
    columns: list[Column],
    row_of: Callable[[object], dict],
    filename: str,
    extra_json: Callable[[object, dict], None] | None = None,
):
    """The export in the format asked for (`?format=csv|json|xlsx`, CSV by default)."""
    fmt = request.GET.get("format", "csv")
    fmt = fmt if fmt in FORMATS else "csv"
    if fmt == "json":
        return _json_response(rows, columns, row_of, filename, extra_json)
    if fmt == "xlsx":
        return _xlsx_response(rows, columns, row_of, filename)
    return _csv_response(request, rows, columns, row_of, filename)


def _csv_response(request, rows, columns, row_of, filename):
    delimiter, decimal_mark = csv_dialect(request)
    writer = csv.writer(_Echo(), delimiter=delimiter)
    readers = _readers(columns, _german())
    header = [c.header for c in columns]

    def lines() -> Iterator[str]:
        # a streamed body is written after the view returns: the language was read above
        yield "\ufeff" + writer.writerow(header)
        for item in rows:
            row = row_of(item)
            cells = zip(columns, readers, strict=True)
            yield writer.writerow([_csv_cell(read(row[c.name]), c, decimal_mark) for c, read in cells])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _json_response(rows, columns, row_of, filename, extra_json):
    def lines() -> Iterator[str]:
        yield "[\n"
        for index, item in enumerate(rows):
            row = row_of(item)
            out = {c.name: _json_cell(row[c.name], c) for c in columns}
            if extra_json:
                extra_json(item, out)
            yield ("," if index else "") + json.dumps(out, ensure_ascii=False, default=str) + "\n"
        yield "]\n"

    response = StreamingHttpResponse(lines(), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
    return response


def _xlsx_response(rows, columns, row_of, filename):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(filename[:31])
    bold = Font(bold=True)
    readers = _readers(columns, _german())
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for item in rows:
        row = row_of(item)
        sheet.append([_xlsx_cell(read(row[c.name]), c) for c, read in zip(columns, readers, strict=True)])
    # Write-only mode keeps the rows in temporary files, not in memory; the finished workbook
    # is streamed from disk and deleted when the response is closed.
    out = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - closed by FileResponse
    workbook.save(out)
    out.seek(0)
    return FileResponse(
        out,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def as_date(value) -> datetime.date | None:
    return value if isinstance(value, datetime.date) else None
