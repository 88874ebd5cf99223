"""`javascript:`, `data:` and `vbscript:` URLs by every door: never stored, never linked.

The probe stored them through a feed entry's <link> and the url column of .jsonl/.csv files,
and the article page rendered <a href="javascript:…">original</a>.
"""

import csv
import io
import json
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.factories import ArticleFactory
from tests.security.conftest import HOSTILE_URLS
from tracker.articles.links import is_safe_link, link_problem
from tracker.articles.models import Article, Feed
from tracker.articles.services import article_fetch, article_submit, article_submit_file, feed_poll

pytestmark = pytest.mark.django_db

BODY = (
    "Laut KCNA wurden 12.000 Soldaten nach Kursk verlegt. Nach Angaben des südkoreanischen "
    "Geheimdienstes starben über 300 von ihnen, weitere 2.700 wurden verwundet. "
) * 4


@pytest.fixture(autouse=True)
def no_queue():
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay"),
        mock.patch("tracker.articles.tasks.extract_articles.delay"),
        mock.patch("tracker.articles.tasks.fetch_article.delay"),
        mock.patch("tracker.articles.tasks.poll_feed.delay"),
    ):
        yield


def assert_no_hostile_url_stored():
    for url in Article.objects.exclude(url=None).values_list("url", flat=True):
        assert is_safe_link(url), url
    for url in Feed.objects.values_list("url", flat=True):
        assert is_safe_link(url), url


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_rule_refuses_every_hostile_spelling(url):
    assert link_problem(url)


@pytest.mark.parametrize("url", ["https://example.org/a?b=c", "http://example.org"])
def test_the_rule_keeps_http_and_https(url):
    assert link_problem(url) is None


@pytest.mark.parametrize("url", ["ftp://example.org/a", "https:///path", "//example.org/a", "/relative"])
def test_the_rule_refuses_other_schemes_and_hostless_urls(url):
    assert link_problem(url)


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_paste_form_refuses_them(editor_client, url):
    response = editor_client.post(reverse("articles:add"), {"body": BODY, "url": url})
    assert response.status_code == 200
    assert Article.objects.count() == 0


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_url_form_refuses_them(editor_client, url):
    response = editor_client.post(reverse("articles:add_url"), {"url": url})
    assert response.status_code == 200
    assert Article.objects.count() == 0


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_feed_form_refuses_them(editor_client, url):
    response = editor_client.post(reverse("articles:feeds"), {"url": url})
    assert response.status_code == 200
    assert Feed.objects.count() == 0


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_api_refuses_them_with_a_detail(editor_client, url):
    response = editor_client.post(
        reverse("api:articles"), {"body": BODY, "url": url}, content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["detail"]
    response = editor_client.post(reverse("api:articles"), {"url": url}, content_type="application/json")
    assert response.status_code == 400 and response.json()["detail"]
    assert Article.objects.count() == 0


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_services_drop_them_and_say_why(url):
    """Every door ends in article_submit: the article is kept, the URL dropped with a reason."""
    article = article_submit(title="Kim", body=BODY, url=url, origin=Article.Origin.BULK).article
    assert article.url is None
    assert article.intake_note.startswith("URL dropped")


def test_an_uploaded_files_url_metadata_is_dropped_too():
    page = (
        '<html><head><title>Kim</title><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="javascript:alert(2)"></head>'
        f"<body><article><p>{BODY}</p></article></body></html>"
    )
    result = article_submit_file(name="kim.html", data=page.encode(), url="javascript:alert(3)")
    assert result.article.url is None and "URL dropped" in result.article.intake_note
    assert_no_hostile_url_stored()


def test_a_jsonl_bulk_file_keeps_the_articles_and_drops_the_urls(tmp_path):
    lines = [
        json.dumps({"title": f"Kim {n}", "body": f"{BODY} Meldung {n}.", "url": url})
        for n, url in enumerate(HOSTILE_URLS)
    ]
    (tmp_path / "hostile.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(tmp_path / "hostile.jsonl"), "--no-progress", stdout=out, stderr=io.StringIO())
    assert out.getvalue().count("stored without its URL: ") == len(HOSTILE_URLS)
    assert Article.objects.count() == len(HOSTILE_URLS)
    assert Article.objects.filter(url=None, intake_note__startswith="URL dropped").count() == len(
        HOSTILE_URLS
    )


def test_a_csv_bulk_file_keeps_the_articles_and_drops_the_urls(tmp_path):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "body", "url"])
    for n, url in enumerate(HOSTILE_URLS):
        writer.writerow([f"Kim {n}", f"{BODY} Meldung {n}.", url])
    (tmp_path / "hostile.csv").write_text(out.getvalue(), encoding="utf-8")
    call_command(
        "ingest", str(tmp_path / "hostile.csv"), "--no-progress", stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert Article.objects.count() == len(HOSTILE_URLS)
    assert_no_hostile_url_stored()


def test_a_csv_row_with_only_a_hostile_url_is_refused(tmp_path):
    (tmp_path / "only-url.csv").write_text("title,url\nKim,javascript:alert(1)\n", encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(tmp_path / "only-url.csv"), "--no-progress", stdout=out, stderr=io.StringIO())
    assert "refused 1" in out.getvalue() and Article.objects.count() == 0


def rss(*links):
    items = "".join(
        f"<item><title>Meldung {n}</title><link>{link}</link><guid>entry-{n}</guid>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, (link, text) in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Zeitung</title>'
        f"<link>https://example.org/</link>{items}</channel></rss>"
    )


def test_feed_entry_links_are_dropped(server):
    from xml.sax.saxutils import escape

    entries = [(escape(url.strip()), f"{BODY} Meldung {n}.") for n, url in enumerate(HOSTILE_URLS)]
    entries.append(("javascript:alert(9)", "Kurz: 3 Tote."))  # a teaser: no page to fetch
    server.route("/feed.xml", body=rss(*entries), content_type="application/rss+xml")
    feed = Feed.objects.create(url=server.url("/feed.xml"), publisher="Zeitung", language="de")
    result = feed_poll(feed_id=feed.pk)
    assert result.error == "" and result.added == len(entries)
    assert_no_hostile_url_stored()
    assert Article.objects.filter(intake_note__startswith="URL dropped").count() == len(entries)


@pytest.mark.parametrize("target", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"])
def test_a_fetch_redirect_to_them_fails_readably(server, target):
    server.route("/go", status=302, headers={"Location": target})
    article = Article.objects.create(url=server.url("/go"), status=Article.Status.FETCHING)
    article_fetch(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "other than http(s)" in article.error
    assert_no_hostile_url_stored()


def test_a_stored_hostile_url_is_never_linked(journalist_client):
    """Rows stored before the rule (or written around it) render as text, not as a link."""
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(document.cookie)")
    html = journalist_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert 'href="javascript:' not in html and ">original<" not in html


def test_a_safe_url_is_linked(journalist_client):
    article = ArticleFactory(url="https://example.org/kim")
    html = journalist_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert 'href="https://example.org/kim"' in html


def test_the_migration_drops_urls_stored_before_the_rule():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("tracker.articles.migrations.0003_intake_limits_archive")
    hostile = ArticleFactory()
    safe = ArticleFactory(url="https://example.org/kim", body="Anderer Text mit 5 Zahlen.", content_hash=None)
    Article.objects.filter(pk=hostile.pk).update(url="vbscript:msgbox(1)")
    migration.drop_unsafe_urls(apps, None)
    hostile.refresh_from_db()
    safe.refresh_from_db()
    assert hostile.url is None and "vbscript" in hostile.intake_note
    assert safe.url == "https://example.org/kim"
