"""Inserting rows with their simple_history records, fast: the hot path of extraction workers.

Rows are dicts keyed by field attname; fields left out get the field's default. No model
instances are built, and on PostgreSQL the rows and their history records are two COPYs.
"""

import contextlib
import functools
import operator
from dataclasses import dataclass

from django.db import connections, router
from django.utils import timezone


def insert_with_history(model, rows: list[dict], *, reason: str) -> list[int]:
    """Insert rows (dicts by attname) and their simple_history '+' records; the new ids, in order.

    The same rows bulk_create_with_history would write, without building model instances:
    storing is the hot path of the extraction workers. On PostgreSQL the ids are drawn from
    the table's sequence first and the rows and their history records are two COPYs (psycopg
    formats COPY rows in C; the parameters of a multi-row INSERT were formatted in Python,
    which cost the workers more than anything but the engine), so statement-level triggers
    run once for all of them.
    """
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if connection.vendor == "postgresql":
        return _copy_with_history(connection, model, rows, reason)
    ids = _insert(model, rows, returning=True)
    now = timezone.now()
    history = [
        {**row, "id": pk, "history_date": now, "history_type": "+", "history_change_reason": reason}
        for row, pk in zip(rows, ids, strict=True)
    ]
    _insert(_history_model(model), history, returning=False)
    return ids


def insert_rows(model, rows: list[dict]) -> list[int]:
    """Insert rows (dicts by attname) without history records; the new ids, in order.

    On PostgreSQL: the ids from the sequence, then one COPY; elsewhere multi-row INSERTs."""
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if connection.vendor != "postgresql":
        return _insert(model, rows, returning=True)
    plan = _copy_plan(model, connection.alias)
    _, params = _fields_and_params(model, rows, connection)
    with connection.cursor() as cursor:
        ids = _next_ids(cursor, plan, len(rows))
        with _logged(cursor, plan.copy), cursor.cursor.copy(plan.copy) as copy:
            for pk, values in zip(ids, params, strict=True):
                copy.write_row((pk, *values))
    return ids


def _copy_with_history(connection, model, rows: list[dict], reason: str) -> list[int]:
    plan = _copy_plan(model, connection.alias)
    _, params = _fields_and_params(model, rows, connection)
    stamps = {"history_date": timezone.now(), "history_type": "+", "history_change_reason": reason}
    history_stamps = tuple(stamps[name] for name in plan.stamps)
    copied = operator.itemgetter(*plan.copied)
    with connection.cursor() as cursor:
        ids = _next_ids(cursor, plan, len(rows))
        full = [(pk, *values) for pk, values in zip(ids, params, strict=True)]
        with _logged(cursor, plan.copy), cursor.cursor.copy(plan.copy) as copy:
            for row in full:
                copy.write_row(row)
        with _logged(cursor, plan.history_copy), cursor.cursor.copy(plan.history_copy) as copy:
            for row in full:
                copy.write_row(copied(row) + history_stamps)
    return ids


def _next_ids(cursor, plan, count: int) -> list[int]:
    cursor.execute("SELECT nextval(%s) FROM generate_series(1, %s)", [plan.sequence, count])
    return [row[0] for row in cursor.fetchall()]


def _logged(cursor, sql):
    """Django's query log (DEBUG, the tests' query counts) for a COPY, which bypasses execute()."""
    debug_sql = getattr(cursor, "debug_sql", None)
    return debug_sql(sql) if debug_sql else contextlib.nullcontext()


@dataclass(frozen=True)
class _CopyPlan:
    sequence: str  # the table's id sequence
    copy: str  # COPY of the rows: the id, then the insertable fields
    history_copy: str | None  # COPY of the history records: the fields copied, then the stamps
    copied: tuple[int, ...]  # for each field the history copies, its index in a row (id first)
    stamps: tuple[str, ...]  # history_date, history_type, history_change_reason in column order


@functools.cache
def _copy_plan(model, alias: str) -> _CopyPlan:
    """The COPY statements of a model and its history model, built once per process."""
    connection = connections[alias]
    quote = connection.ops.quote_name
    table, pk = model._meta.db_table, model._meta.pk
    fields = [pk, *_insertable_fields(model)]
    position = {f.attname: i for i, f in enumerate(fields)}
    history_model = _history_model(model) if hasattr(model, "history") else None
    copied, copied_columns, stamps = [], [], []
    for field in history_model._meta.concrete_fields if history_model else ():
        if field.attname in {"history_date", "history_type", "history_change_reason"}:
            stamps.append(field)
        elif field.attname in position:
            copied.append(position[field.attname])
            copied_columns.append(field.column)
        # else: the history record's own id, or history_user (the machine: NULL)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, pk.column])
        (sequence,) = cursor.fetchone()
    # Only quoted model metadata goes into the SQL.
    columns = ", ".join(quote(f.column) for f in fields)
    history_columns = ", ".join([*map(quote, copied_columns), *(quote(f.column) for f in stamps)])
    history_table = quote(history_model._meta.db_table) if history_model else None
    return _CopyPlan(
        sequence=sequence,
        copy=f"COPY {quote(table)} ({columns}) FROM STDIN",
        history_copy=f"COPY {history_table} ({history_columns}) FROM STDIN" if history_table else None,
        copied=tuple(copied),
        stamps=tuple(f.attname for f in stamps),
    )


@functools.cache
def _insertable_fields(model):
    return [f for f in model._meta.concrete_fields if not getattr(f, "db_returning", False)]


def _fields_and_params(model, rows: list[dict], connection):
    """The model's insertable fields, and each row's values for them (defaults filled in)."""
    fields = _insertable_fields(model)
    now = timezone.now()
    defaults = [
        (
            f.attname,
            now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) else f.get_default(),
        )
        for f in fields
    ]
    if connection.vendor == "postgresql":
        # psycopg adapts these plain Python values (str, int, Decimal, date, aware datetime) itself.
        return fields, [[row.get(a, d) for a, d in defaults] for row in rows]
    for row in rows:  # complete the rows: their history records copy every value
        for attname, default in defaults:
            row.setdefault(attname, default)
    return fields, [[f.get_db_prep_save(row[f.attname], connection) for f in fields] for row in rows]


@functools.cache
def _history_model(model):
    return model.history.model  # the manager is rebuilt on every access: look it up once


def _insert(model, rows: list[dict], *, returning: bool) -> list[int]:
    """Insert rows; fields a row leaves out get (and keep) the field's default.

    With `returning`, one multi-row INSERT … RETURNING per batch gives the new ids (SQLite
    returns them in order); without, executemany sends one short statement per row, which
    psycopg parses once and pipelines.
    """
    connection = connections[router.db_for_write(model)]
    fields, params = _fields_and_params(model, rows, connection)
    quote = connection.ops.quote_name
    # Only quoted model metadata goes into the SQL; every value is a parameter.
    head = f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) VALUES "  # noqa: S608
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    ids = []
    with connection.cursor() as cursor:
        if not returning:
            cursor.executemany(head + row_sql, params)
            return ids
        returning_sql = f" RETURNING {quote(model._meta.pk.column)}"
        batch = max(1, 900 // len(fields))  # SQLite's limit on query parameters
        for start in range(0, len(params), batch):
            chunk = params[start : start + batch]
            cursor.execute(
                head + ", ".join([row_sql] * len(chunk)) + returning_sql, [v for p in chunk for v in p]
            )
            ids += [row[0] for row in cursor.fetchall()]
    return ids
