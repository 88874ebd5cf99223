"""Streamed exports of a list (claims, quotes) as CSV, JSON or Excel, row by row.

Rows come from an iterator (a queryset's `.iterator()`), are written one at a time and never
all held in memory: CSV and JSON go out as they are written; an Excel workbook is written in
openpyxl's write-only mode to a temporary file on disk, which is then streamed.

CSV opens in Excel with its umlauts intact (UTF-8 with a byte-order mark) and, for a reader
whose language is German, with `;` between cells and a decimal comma, as German Excel expects.
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
from django.utils.translation import get_language_from_request

FORMATS = ("csv", "json", "xlsx")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text, number, date, bool, list


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
    german = (get_language_from_request(request) or "").startswith("de")
    return (";", ",") if german else (",", ".")


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

    def lines() -> Iterator[str]:
        yield "\ufeff" + writer.writerow([c.name for c in columns])
        for item in rows:
            row = row_of(item)
            yield writer.writerow([_csv_cell(row[c.name], c, decimal_mark) for c in columns])

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
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for item in rows:
        row = row_of(item)
        sheet.append([_xlsx_cell(row[c.name], c) for c in columns])
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
