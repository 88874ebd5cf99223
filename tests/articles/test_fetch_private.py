"""Fetching internal addresses (SSRF): refused by default, allowed with FETCH_ALLOW_PRIVATE."""

import socket
from unittest import mock

import pytest

from tracker.articles.fetch import FetchError, fetch, is_public_address
from tracker.articles.models import Article, Feed
from tracker.articles.services import ArticleRejected, article_fetch, article_submit_url, feed_poll

pytestmark = pytest.mark.django_db

INTERNAL = [
    "http://127.0.0.1:8000/page",
    "http://10.0.0.1/page",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:8000/page",
    "http://localhost/page",
]


@pytest.fixture(autouse=True)
def default_settings(settings):
    settings.FETCH_ALLOW_PRIVATE = False
    settings.FETCH_TIMEOUT_SECONDS = 1


@pytest.mark.parametrize("url", INTERNAL)
def test_a_url_on_an_internal_address_is_refused_and_nothing_is_written(url):
    with pytest.raises(ArticleRejected, match="points to a private or local address"):
        article_submit_url(url=url)
    assert not Article.objects.exists()


@pytest.mark.parametrize("url", INTERNAL)
def test_fetch_refuses_internal_addresses(url):
    with pytest.raises(FetchError, match="points to a private or local address"):
        fetch(url, timeout=1, max_bytes=1000)


def fake_dns(address):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    return lambda host, port, *args, **kwargs: [(family, socket.SOCK_STREAM, 6, "", (address, port))]


def test_a_name_resolving_to_an_internal_address_fails_the_article_readably(server, settings):
    server.route("/kim", body="<p>Laut KCNA wurden 12.000 Soldaten verlegt.</p>")
    article = article_submit_url(url="http://intranet.example.org/kim").article
    settings.FETCH_ALLOW_PRIVATE = False
    with mock.patch("tracker.articles.fetch.socket.getaddrinfo", fake_dns("10.0.0.1")):
        article_fetch(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "points to a private or local address (10.0.0.1)" in article.error
    assert article.body == "" and not article.content_hash
    assert server.routes["/kim"].hits == 0


def test_a_redirect_to_an_internal_address_is_refused(server, settings):
    server.route("/out", status=302, headers={"Location": "http://169.254.169.254/latest/"})
    settings.FETCH_ALLOW_PRIVATE = False
    with pytest.raises(FetchError, match=r"points to a private or local address \(169\.254\.169\.254\)"):
        fetch_via_public_first_hop(server.url("/out"))
    assert server.routes["/out"].hits == 1


def fetch_via_public_first_hop(url):
    """fetch() with the first hop's checks passed, as if the local test server were public."""
    from tracker.articles import fetch as fetch_module

    real_check_address, real_check_peer = fetch_module.check_address, fetch_module._check_peer
    calls = []

    def check_address(hop_url, *, allow_private=None):
        calls.append(hop_url)
        if len(calls) > 1:
            real_check_address(hop_url, allow_private=False)

    def check_peer(hop_url, response):
        if len(calls) > 1:
            real_check_peer(hop_url, response)

    with (
        mock.patch.object(fetch_module, "check_address", check_address),
        mock.patch.object(fetch_module, "_check_peer", check_peer),
        mock.patch.object(fetch_module, "check_url", lambda u, allow_private=None: u.strip()),
    ):
        return fetch(url, timeout=1, max_bytes=10_000)


def test_the_connected_address_is_checked_again(server, settings):
    """A name that resolved to a public address at check time but connects to a local one."""
    server.route("/kim", body="<p>text</p>")
    settings.FETCH_ALLOW_PRIVATE = False
    with (
        mock.patch("tracker.articles.fetch.check_url", lambda u, allow_private=None: u),
        mock.patch("tracker.articles.fetch.check_address"),
        pytest.raises(FetchError, match=r"private or local address \(127\.0\.0\.1\)"),
    ):
        fetch(server.url("/kim"), timeout=1, max_bytes=10_000)


def test_a_feed_on_an_internal_address_records_the_error_and_stores_nothing(settings):
    feed = Feed.objects.create(url="http://10.0.0.1/feed.xml")
    result = feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert "points to a private or local address" in result.error
    assert "points to a private or local address" in feed.last_error
    assert not Article.objects.exists()


def test_fetch_allow_private_lets_the_local_server_through(server, settings):
    server.route("/kim", body="<p>hello</p>")
    settings.FETCH_ALLOW_PRIVATE = True
    assert fetch(server.url("/kim"), timeout=1, max_bytes=1000).content == b"<p>hello</p>"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),
    ],
)
def test_which_addresses_are_public(address, public):
    import ipaddress

    assert is_public_address(ipaddress.ip_address(address)) is public
