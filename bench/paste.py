"""How long the "paste text" form keeps a journalist waiting in the embedded default (no
broker, tasks in-process): a long paste, with extraction inside the request
(TASKS_IN_BACKGROUND_THREAD=0, as before) and in the background thread after the response.

    python bench/paste.py [--kb 1900]

Uses a throw-away SQLite file; prints the form's response time and when the article is done.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", type=int, default=1900, help="size of the pasted text in KB")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-paste-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from tests.factories import UserFactory
    from tracker.articles import inprocess
    from tracker.articles.models import Article

    call_command("migrate", verbosity=0)
    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    user = UserFactory(username="bench-journalist", role="journalist")
    client = Client()
    client.force_login(user)
    files = sorted((ROOT / "demo" / "articles").glob("*.txt"))
    demo = "\n\n".join(p.read_text(encoding="utf-8") for p in files)
    for background in (False, True):
        settings.TASKS_IN_BACKGROUND_THREAD = background
        text, n = "", 0
        while len(text.encode()) < args.kb * 1024:
            n += 1
            text += f"\n\n({'bg' if background else 'fg'} {n})\n" + demo
        started = time.perf_counter()
        form = {"title": f"Bench {background}", "body": text, "language": "de"}
        response = client.post("/articles/add/", form)
        answered = time.perf_counter() - started
        assert response.status_code == 302, response.status_code
        inprocess.wait_idle(timeout=600)
        done = time.perf_counter() - started
        article = Article.objects.get(title=f"Bench {background}")
        mode = "background thread" if background else "inside the request"
        print(
            f"{len(text.encode()) / 1024:,.0f} KB paste, extraction {mode}:"
            f" form answered in {answered:.2f} s;"
            f" article {article.status} with {article.claims.count()} claims after {done:.1f} s"
        )


if __name__ == "__main__":
    main()
