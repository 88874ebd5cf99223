"""Many articles at once from the web: several files, or a .jsonl/.csv of records — the same
reading as `manage.py ingest`. The batch's article ids are kept so that a page can follow its
progress.

>>> batch = articles_submit_batch(files=[("a.txt", b"..."), ("b.pdf", b"...")], defaults={}, added_by=user)
>>> batch.article_ids, batch.refusals   # ([12, 13], [])
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from tracker.articles import text as textlib
from tracker.articles.models import Article

from .submit import ArticleRejected, article_submit_url, articles_submit_many, file_to_text

RECORD_EXTENSIONS = {".jsonl", ".csv"}
COLUMNS = ("title", "body", "text", "url", "publisher", "published", "language")
# A web batch stays small enough for one request and a session; `manage.py ingest` takes more.
WEB_BATCH_MAX = 2000


def is_records(name: str) -> bool:
    return PurePath(name or "").suffix.lower() in RECORD_EXTENSIONS


def read_records(name: str, data: bytes) -> Iterator[tuple[str, dict | ArticleRejected]]:
    """(where, record) for each article of a .jsonl or .csv file, or (where, ArticleRejected)
    for a line that is none; a .csv without the needed columns raises ArticleRejected."""
    text = textlib.decode_bytes(data)
    if PurePath(name).suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield f"{name}:{number}", ArticleRejected(f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                yield f"{name}:{number}", ArticleRejected("not a JSON object")
                continue
            yield f"{name}:{number}", record
        return
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or not ({"body", "text", "url"} & set(reader.fieldnames)):
        raise ArticleRejected(f"the first row must name the columns ({', '.join(COLUMNS)})")
    for number, row in enumerate(reader, start=2):
        yield f"{name}:{number}", row


def unknown_columns(name: str, data: bytes) -> set[str]:
    if PurePath(name).suffix.lower() != ".csv":
        return set()
    first = textlib.decode_bytes(data).splitlines()[:1]
    return set(next(csv.reader(first), [])) - set(COLUMNS) if first else set()


def record_fields(record: dict, defaults: dict) -> dict:
    """The article fields of a record; `body` empty and `url` set means: fetch it."""

    def get(name):
        value = record.get(name)
        return "" if value is None else str(value).strip()

    body = record.get("body") or record.get("text") or ""
    return {
        "title": get("title"),
        "body": str(body),
        "url": get("url") or None,
        "publisher": get("publisher") or defaults.get("publisher", ""),
        "published": get("published") or None,
        "language": get("language") or defaults.get("language", ""),
    }


@dataclass
class Batch:
    article_ids: list[int] = field(default_factory=list)
    added: int = 0
    duplicates: int = 0
    refusals: list[str] = field(default_factory=list)


def articles_submit_batch(*, files: list[tuple[str, bytes]], defaults: dict, added_by=None) -> Batch:
    """Store every article of the files (one per text/HTML/PDF/DOCX file, one per record),
    queue their extraction in chunks, and say what became of each."""
    batch = Batch()
    items: list[tuple[str, dict]] = []
    for name, data in files:
        try:
            if is_records(name):
                for where, record in read_records(name, data):
                    if isinstance(record, ArticleRejected):
                        batch.refusals.append(f"{where}: {record}")
                    else:
                        items.append((where, record_fields(record, defaults)))
            else:
                title, body, meta = file_to_text(name, data)
                fields = {
                    "title": defaults.get("title") if len(files) == 1 and defaults.get("title") else title,
                    "body": body,
                    "url": None,
                    "publisher": defaults.get("publisher") or meta.get("publisher", ""),
                    "published": defaults.get("published") or meta.get("published"),
                    "language": defaults.get("language", ""),
                }
                items.append((name, fields))
        except ArticleRejected as exc:
            batch.refusals.append(f"{name}: {exc}")
        except textlib.NotText as exc:
            batch.refusals.append(f"{name}: cannot be read: {exc}")
    if len(items) > WEB_BATCH_MAX:
        batch.refusals.append(
            f"{len(items) - WEB_BATCH_MAX} more articles were left out: a web upload takes at most"
            f" {WEB_BATCH_MAX}; use `manage.py ingest` for larger imports."
        )
        items = items[:WEB_BATCH_MAX]
    with_text = [(where, f) for where, f in items if f["body"].strip() or not f["url"]]
    by_url = [(where, f) for where, f in items if not (f["body"].strip() or not f["url"])]
    results = articles_submit_many([f for _, f in with_text], origin=Article.Origin.BULK, added_by=added_by)
    for (where, _), result in zip(with_text, results, strict=True):
        _count(batch, where, result)
    for where, fields in by_url:
        try:
            result = article_submit_url(
                url=fields["url"],
                origin=Article.Origin.BULK,
                added_by=added_by,
                **{k: fields[k] for k in ("title", "publisher", "published", "language")},
            )
        except ArticleRejected as exc:
            result = exc
        _count(batch, where, result)
    return batch


def _count(batch: Batch, where: str, result) -> None:
    if isinstance(result, ArticleRejected):
        batch.refusals.append(f"{where}: {result}")
        return
    if result.article.pk not in batch.article_ids:
        batch.article_ids.append(result.article.pk)
    if result.created:
        batch.added += 1
    else:
        batch.duplicates += 1
