"""A flood paste, end to end: 577 KB of "1,1 2,2 3,3 …" (the probe of issue #17).

    .venv/bin/python bench/flood.py [--size 577000] [--runs 10] [--database sqlite:////tmp/flood.sqlite3]

Pastes the text through the form (tasks in-process, as `make run`), then asks the article's
page and its API answer, logged in as an editor, and prints: claims stored and cut, the
time from paste to extracted, the page's size, and the median and slowest server time of the
page and the API answer over `--runs`. The bars: at most the claims cap (2,000), a page under
1 MB and 1 s. Runs on a throw-away SQLite file unless --database names another (it is
migrated; on PostgreSQL give a database of its own: it is emptied of articles first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def flood_text(size: int) -> str:
    parts, length, number = [], 0, 1
    while length < size:
        part = f"{number},{number} "
        parts.append(part)
        length += len(part)
        number += 1
    return "".join(parts)[:size].rstrip()


def timed(client, url: str, runs: int) -> tuple[list[float], int]:
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
        size = len(response.content)
    return times, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=577_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--database", default="")
    options = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="flood-bench-")
    os.environ["DATABASE_URL"] = options.database or f"sqlite:///{scratch}/flood.sqlite3"
    os.environ.pop("REDIS_URL", None)
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from tracker.articles.models import Article
    from tracker.claims.models import Claim

    Article.objects.all().delete()
    editor, _ = get_user_model().objects.get_or_create(username="flood-bench-editor")
    editor.groups.add(Group.objects.get(name="editor"))
    client = Client()
    client.force_login(editor)

    text = flood_text(options.size)
    started = time.perf_counter()
    response = client.post(reverse("articles:add"), {"body": text, "title": "Flood"})
    pasted = time.perf_counter() - started
    assert response.status_code == 302, response.status_code
    article = Article.objects.get(title="Flood")
    claims = Claim.objects.filter(article=article).count()
    print(f"pasted {len(text):,} characters: {claims:,} claims stored, {article.claims_truncated:,} cut")
    print(f"  paste to extracted (in-process): {pasted:.1f} s; status {article.status}")

    page = reverse("articles:detail", args=[article.pk])
    api = reverse("api:article", args=[article.pk])
    client.get(page)  # warm-up
    for name, url in (("article page", page), ("API answer", api)):
        times, size = timed(client, url, options.runs)
        print(
            f"  {name}: {size / 1024:,.0f} KB, median {statistics.median(times) * 1000:,.0f} ms, "
            f"slowest {max(times) * 1000:,.0f} ms over {options.runs} runs"
        )


if __name__ == "__main__":
    main()
