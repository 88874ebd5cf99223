"""`manage.py ingest PATH...`: add many articles from files and folders, with a summary."""

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.articles.inprocess import synchronous
from tracker.articles.management.progress import quiet_celery
from tracker.articles.models import Article
from tracker.articles.services import (
    ArticleRejected,
    article_submit_url,
    articles_submit_many,
    file_to_text,
)
from tracker.articles.services.batch import RECORD_EXTENSIONS, read_records, record_fields, unknown_columns
from tracker.articles.services.submit import BULK_CHUNK
from tracker.articles.text import NotText

HELP = """Add articles from files and folders (folders are searched recursively).

File types:
  .txt .md        one article each; the first line is its title
  .html .htm      one article each; the main text is extracted, markup is never stored
  .pdf .docx      one article each; the text layer (a scanned PDF is refused), pages as paragraphs
  .jsonl          one article per line: a JSON object with the columns below
  .csv            one article per row; the first row names the columns below

Columns (.jsonl keys / .csv header), all optional except a text or a url:
  title       the headline (default: the text's first line)
  body        the article's plain text (alias: text)
  url         where it was published; with no body, the page is fetched by a worker
  publisher   e.g. "Der Spiegel"
  published   publication date, YYYY-MM-DD
  language    de or en (detected when missing)

The same URL or the same text is stored once; duplicates are counted, not added.
Ends with a summary: added, duplicates, and refused with the reason per file and line.
"""


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    refusals: list = field(default_factory=list)
    # What was dropped from stored articles (an unsafe URL), per file and line.
    notes: list = field(default_factory=list)
    # Articles waiting to be stored, a chunk at a time: (where, fields, bytes of input).
    pending: list = field(default_factory=list)
    # The progress bar moves by an article's share of the input once it is stored (and, with
    # tasks in-process, extracted): 100% means done, not merely read.
    bar: object = None

    def refuse(self, where: str, reason: str) -> None:
        self.counts["refused"] += 1
        self.refusals.append(f"{where}: {reason}")

    def add(self, where: str, fields: dict, weight: float = 0) -> None:
        self.pending.append((where, fields, weight))
        if len(self.pending) >= BULK_CHUNK:
            self.flush()

    def progress(self, weight: float) -> None:
        if self.bar is not None:
            self.bar.set_postfix(
                added=self.counts["added"],
                duplicates=self.counts["duplicates"],
                refused=self.counts["refused"],
                refresh=False,
            )
            self.bar.update(weight)

    def flush(self) -> None:
        """Store the pending articles in one transaction, with one extraction task for them."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        results = articles_submit_many([fields for _, fields, _ in pending], origin=Article.Origin.BULK)
        for (where, _, _), result in zip(pending, results, strict=True):
            if isinstance(result, ArticleRejected):
                self.refuse(where, str(result))
            else:
                self.counts["added" if result.created else "duplicates"] += 1
                if result.created and result.article.intake_note:
                    self.notes.append(f"{where}: {result.article.intake_note}")
        self.progress(sum(weight for _, _, weight in pending))


class Command(BaseCommand):
    help = HELP

    def create_parser(self, prog_name, subcommand, **kwargs):
        from argparse import RawDescriptionHelpFormatter

        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.formatter_class = RawDescriptionHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--publisher", default="", help="publisher for records that name none")
        parser.add_argument("--language", default="", help="language for records that name none")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        # Extraction runs here, before the command ends (not in the web's background thread).
        with synchronous(), quiet_celery():
            self._handle(**options)

    def _handle(self, paths, publisher, language, no_progress, **options):
        files = list(self._files(paths))
        if not files:
            raise CommandError("No files found.")
        summary = Summary()
        defaults = {"publisher": publisher, "language": language}
        # Progress in bytes of input read, stored and (in-process) extracted: one big .jsonl
        # moves the bar as steadily as many small files.
        sizes = {path: max(1, path.stat().st_size) for path in files}
        bar = tqdm(
            total=sum(sizes.values()),
            unit="B",
            unit_scale=True,
            desc=f"{len(files)} file(s)",
            file=sys.stderr,
            disable=no_progress or None,
        )
        summary.bar = bar
        for path in files:
            self._ingest_file(path, summary, defaults, size=sizes[path])
        summary.flush()
        bar.close()
        self._report(summary, elapsed=bar.format_dict.get("elapsed") or 0)

    def _files(self, paths):
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            elif path.is_file():
                yield path
            else:
                raise CommandError(f"{raw}: no such file or folder")

    def _ingest_file(self, path: Path, summary: Summary, defaults: dict, size: int = 0) -> None:
        suffix = path.suffix.lower()
        handed = 0.0  # the file's bytes handed on (to the pending chunk, or counted)
        try:
            if suffix in RECORD_EXTENSIONS:
                records = list(self._records(path, summary))
                step = size / max(1, len(records))
                for where, record in records:
                    self._submit_record(where, record, summary, defaults, weight=step)
                    handed += step
            else:
                title, body, meta = file_to_text(path.name, path.read_bytes())
                fields = {
                    "title": title,
                    "body": body,
                    "publisher": defaults["publisher"] or meta.get("publisher", ""),
                    "published": meta.get("published"),
                    "language": defaults["language"],
                }
                summary.add(str(path), fields, weight=size)
                handed = size
        except ArticleRejected as exc:
            summary.refuse(str(path), str(exc))
        except (OSError, NotText) as exc:
            summary.refuse(str(path), f"cannot be read: {exc}")
        finally:
            if size - handed > 0.5:
                summary.progress(size - handed)  # refused, or nothing to store

    def _records(self, path: Path, summary: Summary):
        data = path.read_bytes()
        unknown = unknown_columns(path.name, data)
        if unknown:
            self.stderr.write(f"{path}: ignoring unknown columns {', '.join(sorted(unknown))}")
        for where, record in read_records(path.name, data):
            where = f"{path}{where[len(path.name) :]}"
            if isinstance(record, ArticleRejected):
                summary.refuse(where, str(record))
            else:
                yield where, record

    def _submit_record(
        self, where: str, record: dict, summary: Summary, defaults: dict, weight: float = 0
    ) -> None:
        fields = record_fields(record, defaults)
        if fields["body"].strip() or not fields["url"]:
            summary.add(where, fields, weight=weight)
            return
        meta = {name: fields[name] for name in ("title", "publisher", "published", "language")}
        try:
            result = article_submit_url(url=fields["url"], origin=Article.Origin.BULK, **meta)
        except ArticleRejected as exc:
            summary.refuse(where, str(exc))
        else:
            summary.counts["added" if result.created else "duplicates"] += 1
        summary.progress(weight)

    def _report(self, summary: Summary, elapsed: float = 0) -> None:
        counts = summary.counts
        seen = counts["added"] + counts["duplicates"] + counts["refused"]
        timing = f" in {elapsed:.1f} s ({seen / elapsed:.1f} articles/s)" if elapsed >= 0.1 else ""
        added, duplicates, refused = counts["added"], counts["duplicates"], counts["refused"]
        self.stdout.write(f"Added {added}, duplicates {duplicates}, refused {refused}{timing}.")
        for line in summary.refusals:
            self.stdout.write(f"  refused {line}")
        for line in summary.notes:
            self.stdout.write(f"  stored without its URL: {line}")
