"""`manage.py extract FILE [--lang de|en] [--published YYYY-MM-DD]`: the engine's JSON for a file.

Offsets index the file's text as `Path.read_text(encoding="utf-8")` returns it (the scorer
reads files the same way). Nothing is stored.
"""

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Print the extraction engine's JSON (DESIGN.md, 'Extraction contract') for a text file."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 text file")
        parser.add_argument("--lang", default=None, help="de or en (detected when left out)")
        parser.add_argument("--published", default=None, help="publication date, YYYY-MM-DD")
        parser.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")

    def handle(self, *args, file, lang, published, indent, **options):
        from tracker.extraction import extract

        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Can't read {file}: {exc}") from exc
        try:
            published_date = dt.date.fromisoformat(published) if published else None
        except ValueError as exc:
            raise CommandError(f"--published must be YYYY-MM-DD, not {published!r}") from exc
        result = extract(text, language=lang or None, published=published_date)
        self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=indent))
