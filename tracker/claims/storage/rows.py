"""Inserting rows with their simple_history records, fast: the hot path of extraction workers.

Rows are dicts keyed by field attname; fields left out get the field's default. No model
instances are built, and on PostgreSQL all rows and their history records are one statement.
"""

import functools

from django.db import connections, router
from django.utils import timezone


def insert_with_history(model, rows: list[dict], *, reason: str) -> list[int]:
    """Insert rows (dicts by attname) and their simple_history '+' records; the new ids.

    The same rows bulk_create_with_history would write, without building model instances:
    storing is the hot path of the extraction workers. On PostgreSQL the rows and their history
    records are one statement (an INSERT … SELECT FROM unnest(arrays) feeding the history INSERT), so
    statement-level triggers run once for all of them.
    """
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if connection.vendor == "postgresql":
        return _insert_with_history_postgres(connection, model, rows, reason)
    ids = _insert(model, rows, returning=True)
    now = timezone.now()
    history = [
        {**row, "id": pk, "history_date": now, "history_type": "+", "history_change_reason": reason}
        for row, pk in zip(rows, ids, strict=True)
    ]
    _insert(_history_model(model), history, returning=False)
    return ids


def _insert_with_history_postgres(connection, model, rows: list[dict], reason: str) -> list[int]:
    sql, history_params = _postgres_statement(model, connection.alias)
    _, params = _fields_and_params(model, rows, connection)
    values = {"history_date": timezone.now(), "history_type": "+", "history_change_reason": reason}
    columns = [list(column) for column in zip(*params, strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(sql, columns + [values[name] for name in history_params])
        # The sequence numbers the rows in unnest order; RETURNING promises no order.
        return sorted(row[0] for row in cursor.fetchall())


@functools.cache
def _postgres_statement(model, alias: str):
    """(SQL, names of its history parameters) of the model's insert with history, built once.

    One array per column, unnested into rows: the SQL text is the same whatever the number of
    rows, so psycopg and PostgreSQL parse it once (a multi-row VALUES is parsed every time).
    """
    connection = connections[alias]
    history_model = _history_model(model)
    fields = _insertable_fields(model)
    quote = connection.ops.quote_name
    copied = {f.attname: f.column for f in model._meta.concrete_fields}
    history_fields = [f for f in history_model._meta.concrete_fields if not getattr(f, "db_returning", False)]
    select, history_params = [], []
    for field in history_fields:
        if field.attname in {"history_date", "history_type", "history_change_reason"}:
            select.append("%s")
            history_params.append(field.attname)
        elif field.attname in copied:
            select.append("ins." + quote(copied[field.attname]))
        else:
            select.append("NULL")  # history_user: the machine
    arrays = ", ".join(f"%s::{f.cast_db_type(connection)}[]" for f in fields)
    # Only quoted model metadata goes into the SQL; every value is a parameter.
    sql = (
        f"WITH ins AS (INSERT INTO {quote(model._meta.db_table)} "  # noqa: S608
        f"({', '.join(quote(f.column) for f in fields)}) SELECT * FROM unnest({arrays}) "
        f"RETURNING *) INSERT INTO {quote(history_model._meta.db_table)} "
        f"({', '.join(quote(f.column) for f in history_fields)}) SELECT {', '.join(select)} FROM ins "
        f"RETURNING {quote(copied[model._meta.pk.attname])}"
    )
    return sql, history_params


@functools.cache
def _insertable_fields(model):
    return [f for f in model._meta.concrete_fields if not getattr(f, "db_returning", False)]


def _fields_and_params(model, rows: list[dict], connection):
    """The model's insertable fields, and each row's values for them (defaults filled in)."""
    fields = _insertable_fields(model)
    now = timezone.now()
    defaults = {
        f.attname: now
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
        else f.get_default()
        for f in fields
    }
    for row in rows:  # complete the rows: their history records copy every value
        for attname, default in defaults.items():
            row.setdefault(attname, default)
    if connection.vendor == "postgresql":
        # psycopg adapts these plain Python values (str, int, Decimal, date, aware datetime) itself.
        return fields, [[row[f.attname] for f in fields] for row in rows]
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
