"""`manage.py reextract --all | --since DATE | --version-below V`: queue articles for extraction again.

Human decisions survive: see tracker/claims/storage.py.
"""

import datetime as dt
import re
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.articles.inprocess import synchronous
from tracker.articles.management.progress import quiet_celery, tasks_in_process
from tracker.articles.models import Article
from tracker.articles.services import articles_reextract


def version_key(version: str) -> tuple:
    """'1.10.2' > '1.9' — compare versions by their numbers, not as strings.

    >>> version_key("1.10.2") > version_key("1.9")
    True
    """
    return tuple(int(part) if part.isdigit() else part for part in re.findall(r"\d+|[a-z]+", version.lower()))


class Command(BaseCommand):
    help = "Queue articles for re-extraction; reviewed claims keep their state."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--all", action="store_true", help="every article with text")
        group.add_argument("--since", help="articles added on or after this date (YYYY-MM-DD)")
        group.add_argument(
            "--version-below", help="articles extracted by an older extractor than V (or never)"
        )
        parser.add_argument("--dry-run", action="store_true", help="only count the articles")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        # Extraction runs here, before the command ends (not in the web's background thread).
        with synchronous(), quiet_celery():
            self._handle(**options)

    def _handle(self, all, since, version_below, dry_run, no_progress=False, **options):
        articles = Article.objects.exclude(status=Article.Status.FETCHING).exclude(body="")
        if since:
            try:
                day = dt.date.fromisoformat(since)
            except ValueError as exc:
                raise CommandError(f"--since must be YYYY-MM-DD, not {since!r}") from exc
            articles = articles.filter(created_at__date__gte=day)
        if version_below:
            limit = version_key(version_below)
            rows = articles.values_list("pk", "extractor_version")
            ids = [pk for pk, version in rows if not version or version_key(version) < limit]
            articles = Article.objects.filter(pk__in=ids)
        if dry_run:
            self.stdout.write(f"{articles.count()} articles would be queued for re-extraction.")
            return
        in_process = tasks_in_process()
        total = articles.count()
        # In-process, the command extracts each chunk itself: small chunks keep the bar moving.
        bar = tqdm(
            total=total,
            unit="article",
            desc="Extracting" if in_process else "Queuing",
            file=sys.stderr,
            disable=no_progress or None,
        )
        seen: list[int] = []

        def advance(chunk):
            seen.extend(chunk)
            bar.update(len(chunk))

        count = articles_reextract(queryset=articles, chunk_size=20 if in_process else 1000, on_chunk=advance)
        bar.close()
        if not in_process:
            self.stdout.write(
                self.style.SUCCESS(f"{count} articles queued for re-extraction; the workers extract them.")
            )
            return
        states = Counter(Article.objects.filter(pk__in=seen).values_list("status", flat=True))
        elapsed = bar.format_dict.get("elapsed") or 0
        rate = f", {count / elapsed:.1f} articles/s" if elapsed else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Re-extracted {count} articles: {states.get('done', 0)} done,"
                f" {states.get('failed', 0)} failed in {elapsed:.1f} s{rate}."
            )
        )
