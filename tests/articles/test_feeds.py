"""Feeds: the page (articles:feeds, toggle, delete) and polling feeds served on 127.0.0.1."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from tracker.articles.models import Article, Feed
from tracker.articles.services import feed_poll
from tracker.articles.tasks import poll_feeds

pytestmark = pytest.mark.django_db

URL = reverse("articles:feeds")
LONG = (
    "Laut KCNA wurden 12.000 Soldaten nach Kursk verlegt. Nach Angaben des südkoreanischen "
    "Geheimdienstes starben über 300 von ihnen, weitere 2.700 wurden verwundet. "
) * 4


def rss(*items):
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
        f"<pubDate>Fri, 22 Aug 2025 10:00:00 +0200</pubDate>"
        f"<description><![CDATA[{text}]]></description></item>"
        for title, link, guid, text in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Example Zeitung</title><link>https://example.org/</link>{entries}</channel></rss>"""


ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom News</title><id>urn:atom-news</id><updated>2025-08-22T10:00:00Z</updated>
<entry><title>Kim trauert</title><id>urn:entry:1</id><link href="https://example.org/atom/1"/>
<updated>2025-08-22T10:00:00Z</updated>
<content type="html">&lt;p&gt;{LONG}&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content></entry>
</feed>"""


@pytest.fixture(autouse=True)
def delays():
    with (
        mock.patch("tracker.articles.tasks.poll_feed.delay") as poll,
        mock.patch("tracker.articles.tasks.extract_article.delay") as extract,
        mock.patch("tracker.articles.tasks.fetch_article.delay") as fetch,
    ):
        yield {"poll": poll, "extract": extract, "fetch": fetch}


def serve_feed(server, body, path="/feed.xml", **kwargs):
    server.route(path, body=body, content_type="application/rss+xml", **kwargs)
    return Feed.objects.create(url=server.url(path), publisher="Example Zeitung", language="de")


# --- the page -------------------------------------------------------------------------------


def test_it_requires_login(client):
    assert client.get(URL).status_code == 302


def test_outsiders_get_403(outsider_client):
    assert outsider_client.get(URL).status_code == 403


def test_journalists_see_feeds_but_may_not_subscribe(journalist_client):
    Feed.objects.create(
        url="https://example.org/feed", title="Example feed", last_error="The server answered 500"
    )
    response = journalist_client.get(URL)
    assert response.status_code == 200
    assert "Example feed" in response.content.decode()
    assert "The server answered 500" in response.content.decode()
    assert "Subscribe to a feed" not in response.content.decode()
    assert journalist_client.post(URL, {"url": "https://example.org/other"}).status_code == 403
    assert Feed.objects.count() == 1


def test_an_editor_subscribes_and_the_first_poll_is_queued(
    editor_client, editor, django_capture_on_commit_callbacks, delays
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(URL, {"url": "https://example.org/feed.xml", "language": "de"})
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert feed.added_by == editor and feed.active
    delays["poll"].assert_called_once_with(feed.pk)


def test_subscribing_twice_is_refused_with_a_message(editor_client):
    editor_client.post(URL, {"url": "https://example.org/feed.xml"})
    response = editor_client.post(URL, {"url": "https://example.org/feed.xml"})
    assert response.status_code == 200
    assert "already subscribed" in response.content.decode()
    assert Feed.objects.count() == 1


def test_the_subscribe_form_enforces_csrf(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(URL, {"url": "https://example.org/feed.xml"}).status_code == 403
    assert Feed.objects.count() == 0


def test_editors_pause_and_unsubscribe_journalists_may_not(editor_client, journalist_client):
    feed = Feed.objects.create(url="https://example.org/feed")
    toggle = reverse("articles:feed_toggle", args=[feed.pk])
    delete = reverse("articles:feed_delete", args=[feed.pk])
    assert journalist_client.post(toggle).status_code == 403
    assert journalist_client.post(delete).status_code == 403
    assert editor_client.post(toggle).status_code == 302
    feed.refresh_from_db()
    assert not feed.active
    assert editor_client.get(delete).status_code == 405
    assert editor_client.post(delete).status_code == 302
    assert not Feed.objects.exists()


# --- polling --------------------------------------------------------------------------------


def test_each_rss_entry_becomes_an_article_once(server):
    feed = serve_feed(
        server,
        rss(
            ("Kim trauert", "https://example.org/1", "guid-1", LONG),
            ("Kurz", "https://example.org/2", "guid-2", "Nur ein Anriss."),
        ),
    )
    result = feed_poll(feed_id=feed.pk)
    assert (result.added, result.error) == (2, "")
    full = Article.objects.get(feed_entry_id="guid-1")
    assert full.status == Article.Status.QUEUED and "12.000 Soldaten" in full.body
    assert full.origin == Article.Origin.FEED and full.published.isoformat() == "2025-08-22"
    assert full.publisher == "Example Zeitung" and full.language == "de"
    # A teaser is not an article: its link is fetched instead.
    teaser = Article.objects.get(feed_entry_id="guid-2")
    assert teaser.status == Article.Status.FETCHING and teaser.url == "https://example.org/2"
    feed.refresh_from_db()
    assert feed.title == "Example Zeitung" and feed.last_polled_at and feed.last_error == ""


def test_a_second_poll_adds_nothing(server):
    feed = serve_feed(server, rss(("Kim trauert", "https://example.org/1", "guid-1", LONG)))
    feed_poll(feed_id=feed.pk)
    again = feed_poll(feed_id=feed.pk)
    assert again.added == 0 and again.existing == 1
    assert Article.objects.count() == 1


def test_the_etag_is_sent_back_and_304_changes_nothing(server):
    feed = serve_feed(
        server, rss(("Kim trauert", "https://example.org/1", "guid-1", LONG)), headers={"ETag": '"v1"'}
    )
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.etag == '"v1"'
    server.route("/feed.xml", status=304, content_type="")
    result = feed_poll(feed_id=feed.pk)
    assert result.added == 0 and result.error == ""
    assert server.routes["/feed.xml"].request_headers[-1].get("If-None-Match") == '"v1"'


def test_atom_entries_are_stored_as_text(server):
    server.route("/atom.xml", body=ATOM, content_type="application/atom+xml")
    feed = Feed.objects.create(url=server.url("/atom.xml"))
    assert feed_poll(feed_id=feed.pk).added == 1
    article = Article.objects.get()
    assert article.feed_entry_id == "urn:entry:1" and article.url == "https://example.org/atom/1"
    assert "<script" not in article.body and "<p>" not in article.body and "alert" not in article.body


def test_broken_xml_records_the_error_and_stores_nothing(server, editor_client):
    feed = serve_feed(server, "<rss><channel><title>Kaputt</title><item><title>x</ite")
    result = feed_poll(feed_id=feed.pk)
    assert "broken XML" in result.error
    assert Article.objects.count() == 0
    feed.refresh_from_db()
    assert "broken XML" in feed.last_error
    assert "broken XML" in editor_client.get(URL).content.decode()


def test_an_unreachable_feed_records_the_error(server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 1
    feed = Feed.objects.create(url=server.url("/missing.xml"))
    assert "404" in feed_poll(feed_id=feed.pk).error
    feed.refresh_from_db()
    assert "404" in feed.last_error


def test_a_failure_midway_leaves_nothing_half_written(server):
    feed = serve_feed(
        server,
        rss(
            ("A", "https://example.org/1", "guid-1", LONG),
            ("B", "https://example.org/2", "guid-2", LONG + " B"),
        ),
    )
    from tracker.articles.services import submit

    real_insert = submit._bulk_insert

    def flaky(articles):
        real_insert(articles[:1])
        raise RuntimeError("disk full")

    with mock.patch("tracker.articles.services.submit._bulk_insert", side_effect=flaky):
        result = feed_poll(feed_id=feed.pk)
    assert "disk full" in result.error
    assert Article.objects.count() == 0


def test_poll_feeds_polls_only_active_feeds(server):
    active = serve_feed(server, rss(("A", "https://example.org/1", "guid-1", LONG)))
    server.route("/paused.xml", body=rss(("B", "https://example.org/2", "guid-2", LONG + " B")))
    Feed.objects.create(url=server.url("/paused.xml"), active=False)
    assert poll_feeds() == 1
    assert list(Article.objects.values_list("feed", flat=True)) == [active.pk]


def test_the_same_feed_in_capitals_is_refused(editor_client):
    editor_client.post(URL, {"url": "https://example.org/feed.xml"})
    response = editor_client.post(URL, {"url": "HTTPS://EXAMPLE.org/feed.xml"})
    assert "already subscribed" in response.content.decode()
    assert Feed.objects.count() == 1


def test_each_feeds_buttons_name_the_feed_and_unsubscribing_asks_first(editor_client):
    """Rows of identical 'Pause' and 'Unsubscribe' buttons: a screen reader could not tell
    which feed each one acts on, and one click unsubscribed at once."""
    Feed.objects.create(url="https://example.org/feed", title="Example <b>news</b>")
    html = editor_client.get(URL).content.decode()
    assert 'aria-label="Pause Example &lt;b&gt;news&lt;/b&gt;"' in html
    assert 'aria-label="Unsubscribe from Example &lt;b&gt;news&lt;/b&gt;"' in html
    # static/js/forms.js asks before a form with data-confirm is sent (no inline handler: CSP)
    assert 'data-confirm="Unsubscribe from Example &lt;b&gt;news&lt;/b&gt;? Its articles stay."' in html
    assert "js/forms.js" in html


def test_the_feeds_page_is_one_of_the_ways_to_add_articles(journalist_client):
    """The 'Feeds' tab led to a page without the tabs: no way back to paste, upload or URL."""
    html = journalist_client.get(URL).content.decode()
    assert 'aria-label="Ways to add an article"' in html
    assert f'<a href="{reverse("articles:feeds")}" aria-current="page">Feeds</a>' in html
    assert f'<a href="{reverse("articles:add")}" aria-current="page">Add article</a>' in html
