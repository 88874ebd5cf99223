"""Fetching an article by URL from a local http.server: every limit and failure, readably."""

import pytest

from tracker.articles.fetch import FetchError, fetch
from tracker.articles.models import Article
from tracker.articles.services import article_fetch, article_submit_url

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html><head><title>Kim trauert um Soldaten</title>
<meta property="og:site_name" content="Example Zeitung">
<meta property="article:published_time" content="2025-08-22T10:00:00+02:00"></head>
<body><nav>Menü Start Politik</nav><article><h1>Kim trauert um Soldaten</h1>
<p>Laut KCNA wurden 12.000 Soldaten nach Kursk verlegt. Nach Angaben des südkoreanischen
Geheimdienstes starben über 300 von ihnen, weitere 2.700 wurden verwundet.</p>
<p>Kim Jong-un sagte, die Soldaten hätten ihre Pflicht erfüllt. Die Regierung in Seoul
schätzt, dass derzeit etwa 11.000 nordkoreanische Soldaten in Russland stationiert sind.</p>
</article><script>alert("x")</script></body></html>"""


def fetched_article(server, path, settings, **route):
    settings.FETCH_TIMEOUT_SECONDS = 1
    server.route(path, **route)
    article = article_submit_url(url=server.url(path)).article
    article_fetch(article_id=article.pk)
    article.refresh_from_db()
    return article


def test_a_page_becomes_a_queued_article_with_its_metadata(server, settings):
    article = fetched_article(server, "/kim", settings, body=PAGE)
    assert article.status in {Article.Status.QUEUED, Article.Status.DONE}
    assert "12.000 Soldaten" in article.body
    assert "<script" not in article.body and "alert" not in article.body
    assert article.title == "Kim trauert um Soldaten"
    assert article.published and article.published.isoformat() == "2025-08-22"
    assert article.content_hash


def test_plain_text_is_accepted(server, settings):
    article = fetched_article(
        server, "/kim.txt", settings, body="Laut KCNA 12.000 Soldaten.", content_type="text/plain"
    )
    assert article.body == "Laut KCNA 12.000 Soldaten."


def test_a_404_marks_the_article_failed_with_the_reason(server, settings):
    article = fetched_article(server, "/gone", settings, status=404, body="nope")
    assert article.status == Article.Status.FAILED
    assert "404" in article.error
    assert article.body == ""


def test_a_timeout_marks_the_article_failed(server, settings):
    article = fetched_article(server, "/slow", settings, body=PAGE, delay=2.5)
    assert article.status == Article.Status.FAILED
    assert "did not answer within 1 s" in article.error


def test_a_redirect_loop_marks_the_article_failed(server, settings):
    server.route("/b", status=302, headers={"Location": "/a"})
    article = fetched_article(server, "/a", settings, status=302, headers={"Location": "/b"})
    assert article.status == Article.Status.FAILED
    assert "redirects more than 5 times" in article.error


def test_a_page_over_the_size_limit_is_refused(server, settings):
    settings.ARTICLE_MAX_BYTES = 10_000
    article = fetched_article(server, "/huge", settings, body="<p>" + "x" * 20_000 + "</p>")
    assert article.status == Article.Status.FAILED
    assert "larger than the limit" in article.error


def test_a_large_page_without_content_length_is_cut_off_while_streaming(server, settings):
    server.route("/stream", body="x" * 50_000)
    with pytest.raises(FetchError, match="larger than the limit"):
        fetch(server.url("/stream"), timeout=1, max_bytes=10_000)


def test_a_wrong_content_type_is_refused(server, settings):
    article = fetched_article(server, "/image", settings, body=b"\x89PNG....", content_type="image/png")
    assert article.status == Article.Status.FAILED
    assert "image/png" in article.error


def test_redirects_are_followed_up_to_the_limit(server, settings):
    server.route("/old", status=301, headers={"Location": "/new"})
    article = fetched_article(server, "/new", settings, body=PAGE)
    article_via_redirect = article_submit_url(url=server.url("/old")).article
    assert article_via_redirect.pk != article.pk
    article_fetch(article_id=article_via_redirect.pk)
    article_via_redirect.refresh_from_db()
    # Same text as the first one: the second is failed with a pointer to the first.
    assert article_via_redirect.status == Article.Status.FAILED
    assert f"#{article.pk}" in article_via_redirect.error


def test_only_http_and_https_are_fetched():
    with pytest.raises(FetchError, match="Only http"):
        fetch("file:///etc/passwd", timeout=1, max_bytes=100)


def test_fetching_twice_changes_nothing(server, settings):
    article = fetched_article(server, "/kim", settings, body=PAGE)
    before = (article.status, article.body)
    article_fetch(article_id=article.pk)
    article.refresh_from_db()
    assert (article.status, article.body) == before
    assert server.routes["/kim"].hits == 1
