"""Feeds: subscribing, and polling one feed so that each new entry becomes an article once."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from tracker.articles import text as textlib
from tracker.articles.fetch import FEED_TYPES, FetchError, check_url, fetch
from tracker.articles.models import Article, Feed

from .queue import enqueue_feed_poll
from .submit import ArticleRejected, article_submit_url, articles_submit_many, clean_url

logger = logging.getLogger(__name__)


def _harmless_feed_problems():
    from feedparser.exceptions import CharacterEncodingOverride, NonXMLContentType

    return (CharacterEncodingOverride, NonXMLContentType)


HARMLESS_FEED_PROBLEMS = _harmless_feed_problems()
# An entry whose text is shorter than this is only a teaser: fetch the linked page instead.
FEED_MIN_TEXT_CHARS = 400


@dataclass
class PollResult:
    added: int = 0
    existing: int = 0
    refused: int = 0
    error: str = ""
    skipped: bool = False


def feed_subscribe(*, url: str, user, title: str = "", publisher: str = "", language: str = "") -> Feed:
    """Subscribe to an RSS/Atom feed (editors) and poll it once the row is committed."""
    if user is not None and not user.has_perm("articles.add_feed"):
        raise PermissionDenied(gettext("Only editors may subscribe to feeds."))
    try:
        url = clean_url(check_url(url))
    except FetchError as exc:
        raise ArticleRejected(str(exc)) from exc
    if Feed.objects.filter(url=url).exists():
        raise ArticleRejected(gettext("You are already subscribed to this feed."))
    with transaction.atomic():
        feed = Feed.objects.create(
            url=url, title=title[:300], publisher=publisher[:200], language=language[:8], added_by=user
        )
        transaction.on_commit(lambda: enqueue_feed_poll(feed.pk))
    return feed


def feed_set_active(*, feed: Feed, active: bool, user) -> Feed:
    if user is not None and not user.has_perm("articles.change_feed"):
        raise PermissionDenied(gettext("Only editors may pause or resume feeds."))
    feed.active = active
    feed.save(update_fields=["active"])
    return feed


def feed_delete(*, feed: Feed, user) -> None:
    """Unsubscribe; the feed's articles stay (their feed link is cleared)."""
    if user is not None and not user.has_perm("articles.delete_feed"):
        raise PermissionDenied(gettext("Only editors may unsubscribe from feeds."))
    feed.delete()


def feed_poll(*, feed_id: int) -> PollResult:
    """Fetch one feed and store its new entries; a feed being polled elsewhere is skipped.

    Broken XML without entries sets feed.last_error and stores nothing.
    """
    result = PollResult()
    try:
        with transaction.atomic():
            feed = Feed.objects.select_for_update(skip_locked=True).filter(pk=feed_id, active=True).first()
            if feed is None:
                result.skipped = True
                return result
            _poll_locked(feed, result)
    except Exception as exc:
        # Anything a broken feed or parser raises: logged with its traceback and kept on the feed
        # (last_error, shown on the feeds page), so one bad feed never stops the others.
        logger.exception("Polling feed %s failed", feed_id)
        result.error = f"Polling failed: {exc}"
    if result.error:
        Feed.objects.filter(pk=feed_id).update(last_error=result.error[:2000], last_polled_at=timezone.now())
    return result


def _poll_locked(feed: Feed, result: PollResult) -> None:
    import feedparser

    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.modified:
        headers["If-Modified-Since"] = feed.modified
    try:
        fetched = fetch(
            feed.url,
            timeout=settings.FETCH_TIMEOUT_SECONDS,
            max_bytes=settings.ARTICLE_MAX_BYTES * 4,
            accept=FEED_TYPES,
            headers=headers,
        )
    except FetchError as exc:
        result.error = str(exc)
        return
    feed.last_polled_at = timezone.now()
    if fetched.status == 304:
        feed.last_error = ""
        feed.save(update_fields=["last_polled_at", "last_error"])
        return
    parsed = feedparser.parse(fetched.content, response_headers={"content-type": fetched.content_type})
    problem = getattr(parsed, "bozo_exception", None) if parsed.bozo else None
    broken = problem is not None and not isinstance(problem, HARMLESS_FEED_PROBLEMS)
    if broken or (parsed.bozo and not parsed.entries):
        # Entries salvaged from broken XML may be cut short: store none of them.
        result.error = f"The feed could not be read (broken XML?): {problem or 'unreadable'}"
        return
    texts = []  # (entry id, fields) of entries carrying their text, stored together below
    for entry in parsed.entries:
        _store_entry(feed, entry, result, texts)
    if texts:
        submitted = articles_submit_many([fields for _, fields in texts], origin=Article.Origin.FEED)
        for (entry_id, _), outcome in zip(texts, submitted, strict=True):
            _count(feed, entry_id, outcome, result)
    feed.title = feed.title or textlib.normalise_text(parsed.feed.get("title", ""))[:300]
    feed.etag = (fetched.headers.get("etag") or "")[:300]
    feed.modified = (fetched.headers.get("last-modified") or "")[:100]
    feed.last_error = ""
    feed.save(update_fields=["title", "etag", "modified", "last_polled_at", "last_error"])


def _store_entry(feed: Feed, entry, result: PollResult, texts: list) -> None:
    """Store a teaser entry's link to be fetched; add an entry with its text to `texts`."""
    link = (entry.get("link") or "").strip()
    entry_id = (entry.get("id") or link or _entry_digest(entry))[:500]
    if Article.objects.filter(feed=feed, feed_entry_id=entry_id).exists():
        result.existing += 1
        return
    markup = ""
    if entry.get("content"):
        markup = entry["content"][0].get("value", "")
    markup = markup or entry.get("summary", "")
    _, body = textlib.html_fragment_to_text(markup) if markup else ("", "")
    common = {
        "title": textlib.normalise_text(entry.get("title", "")),
        "publisher": feed.publisher or feed.title,
        "published": _entry_date(entry),
        "language": feed.language,
        "feed": feed,
        "feed_entry_id": entry_id,
    }
    if len(body) >= FEED_MIN_TEXT_CHARS or not link.startswith(("http://", "https://")):
        texts.append((entry_id, {**common, "body": body, "url": link or None}))
        return
    try:
        submitted = article_submit_url(url=link, origin=Article.Origin.FEED, added_by=None, **common)
    except ArticleRejected as exc:
        submitted = exc
    _count(feed, entry_id, submitted, result)


def _count(feed: Feed, entry_id: str, outcome, result: PollResult) -> None:
    if isinstance(outcome, ArticleRejected):
        logger.info("Feed %s entry %s refused: %s", feed.pk, entry_id, outcome)
        result.refused += 1
    elif outcome.created:
        result.added += 1
    else:
        result.existing += 1


def _entry_date(entry) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)


def _entry_digest(entry) -> str:
    raw = (entry.get("title", "") + "\n" + entry.get("summary", "")).encode("utf-8")
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def feeds_poll_active() -> int:
    """Poll every active feed (beat); a feed another worker is polling is skipped (row lock).
    Returns how many were polled."""
    polled = 0
    for feed_id in Feed.objects.filter(active=True).values_list("pk", flat=True):
        polled += not feed_poll(feed_id=feed_id).skipped
    return polled
