"""`ingest` and `reextract` show a progress bar (counts, rate, ETA) and a summary, without
Celery's in-process noise (a hostname warning, a line per task)."""

import io
import json
import logging

import pytest
from django.core.management import call_command

from tests.factories import ArticleFactory
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db(transaction=True)
NOISE = ("No hostname was supplied", "succeeded in")


class Terminal(io.StringIO):
    """A terminal for tqdm (it draws no bar into a pipe or a log file)."""

    def isatty(self):
        return True


@pytest.fixture
def records(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"title": f"Meldung {n}", "body": f"Laut Polizei kamen rund {n}.500 Menschen.", "language": "de"}
        )
        for n in range(1, 13)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_shows_a_bar_and_a_summary_without_celery_noise(records, caplog):
    out, err = io.StringIO(), Terminal()
    with caplog.at_level(logging.INFO):
        import sys

        real, sys.stderr = sys.stderr, err  # tqdm writes to sys.stderr as it is at run time
        try:
            call_command("ingest", str(records), stdout=out)
        finally:
            sys.stderr = real
    bar = err.getvalue()
    assert "1 file(s)" in bar and "100%" in bar and "B/s" in bar and "added=12" in bar
    assert out.getvalue().startswith("Added 12, duplicates 0, refused 0")
    logged = caplog.text + bar + out.getvalue()
    assert not any(noise in logged for noise in NOISE), logged
    assert Article.objects.filter(status="done").count() == 12


def test_reextract_extracts_with_a_bar_and_says_how_it_went(caplog):
    for n in range(5):
        ArticleFactory(body=f"Laut KCNA wurden etwa {n + 1}2.000 Soldaten verlegt.", status="done")
    out, err = io.StringIO(), Terminal()
    import sys

    with caplog.at_level(logging.INFO):
        real, sys.stderr = sys.stderr, err
        try:
            call_command("reextract", "--all", stdout=out)
        finally:
            sys.stderr = real
    assert "Extracting: 100%" in err.getvalue() and "5/5" in err.getvalue() and "article/s" in err.getvalue()
    assert out.getvalue().startswith("Re-extracted 5 articles: 5 done, 0 failed in ")
    assert not any(noise in caplog.text for noise in NOISE), caplog.text
