"""Accepting an article: every door (paste, upload, URL, feed, bulk) ends in `article_submit`."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.articles import text as textlib
from tracker.articles.fetch import FetchError, check_url
from tracker.articles.models import Article, Feed

logger = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".md", ".markdown", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
UPLOAD_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS


class ArticleRejected(ValueError):
    """The input can't become an article; str(exc) says why, for the person who sent it."""


@dataclass(frozen=True)
class SubmitResult:
    article: Article
    created: bool


def article_submit(
    *,
    title: str,
    body: str,
    url: str | None = None,
    publisher: str = "",
    published: dt.date | str | None = None,
    language: str = "",
    origin: str,
    added_by=None,
    feed: Feed | None = None,
    feed_entry_id: str = "",
) -> SubmitResult:
    """Store an article (status queued) and queue its extraction once the row is committed.

    The same URL or the same text (after normalising) returns the existing article with
    created=False. Empty, oversized or binary input raises ArticleRejected; nothing is written.

        result = article_submit(title="Kim", body="Laut KCNA ...", origin=Article.Origin.PASTE)
        result.article.status  # 'queued'
    """
    body = clean_body(body)
    url = clean_url(url)
    digest = textlib.content_hash(body)
    title = _clip(textlib.normalise_text(title or "") or _title_from(body), 500)
    article = Article(
        title=title,
        body=body,
        url=url,
        content_hash=digest,
        publisher=_clip(publisher or "", 200),
        published=parse_date(published),
        language=(language or detect_language(body))[:8],
        origin=origin,
        added_by=added_by,
        feed=feed,
        feed_entry_id=_clip(feed_entry_id or "", 500),
        status=Article.Status.QUEUED,
        status_changed_at=timezone.now(),
    )
    try:
        with transaction.atomic():
            article.save()
            transaction.on_commit(lambda: enqueue_extraction(article.pk))
    except IntegrityError:
        # The unique constraints (URL, text hash, feed entry) find duplicates, even racing ones.
        existing = _find_existing(url=url, digest=digest, feed=feed, feed_entry_id=feed_entry_id)
        if existing is None:
            raise
        return SubmitResult(existing, False)
    return SubmitResult(article, True)


def article_submit_url(
    *,
    url: str,
    title: str = "",
    publisher: str = "",
    published: dt.date | str | None = None,
    language: str = "",
    origin: str = Article.Origin.URL,
    added_by=None,
    feed: Feed | None = None,
    feed_entry_id: str = "",
) -> SubmitResult:
    """Store an article to be fetched (status fetching) and queue the fetch after commit."""
    try:
        url = check_url(url)
    except FetchError as exc:
        raise ArticleRejected(str(exc)) from exc
    url = clean_url(url)
    existing = _find_existing(url=url, digest=None, feed=feed, feed_entry_id=feed_entry_id)
    if existing is not None:
        return SubmitResult(existing, False)
    article = Article(
        title=_clip(title or "", 500),
        body="",
        url=url,
        content_hash=None,
        publisher=_clip(publisher or "", 200),
        published=parse_date(published),
        language=(language or "")[:8],
        origin=origin,
        added_by=added_by,
        feed=feed,
        feed_entry_id=_clip(feed_entry_id or "", 500),
        status=Article.Status.FETCHING,
        status_changed_at=timezone.now(),
    )
    try:
        with transaction.atomic():
            article.save()
            transaction.on_commit(lambda: enqueue_fetch(article.pk))
    except IntegrityError:
        existing = _find_existing(url=url, digest=None, feed=feed, feed_entry_id=feed_entry_id)
        if existing is None:
            raise
        return SubmitResult(existing, False)
    return SubmitResult(article, True)


def article_submit_file(
    *,
    name: str,
    data: bytes,
    title: str = "",
    url: str | None = None,
    publisher: str = "",
    published: dt.date | str | None = None,
    language: str = "",
    origin: str = Article.Origin.UPLOAD,
    added_by=None,
) -> SubmitResult:
    """Store an uploaded .txt/.md/.html file as an article (plain text only, never markup)."""
    file_title, body, meta = file_to_text(name, data)
    return article_submit(
        title=title or file_title,
        body=body,
        url=url,
        publisher=publisher or meta.get("publisher", ""),
        published=published or meta.get("published"),
        language=language,
        origin=origin,
        added_by=added_by,
    )


def file_to_text(name: str, data: bytes) -> tuple[str, str, dict]:
    """(title, plain text, metadata) of an uploaded file, or ArticleRejected saying why not."""
    suffix = PurePath(name or "").suffix.lower()
    if suffix not in UPLOAD_EXTENSIONS:
        allowed = ", ".join(sorted(UPLOAD_EXTENSIONS))
        raise ArticleRejected(
            f"“{name}”: files of type “{suffix or 'without extension'}” cannot be read; use {allowed}."
        )
    check_size(len(data))
    if not data.strip():
        raise ArticleRejected(f"“{name}” is empty.")
    try:
        decoded = textlib.decode_bytes(data)
    except textlib.NotText as exc:
        raise ArticleRejected(f"“{name}”: {exc}") from exc
    if suffix in HTML_EXTENSIONS:
        page = textlib.html_to_text(decoded)
        meta = {"publisher": page.publisher, "published": page.published}
        return page.title, page.text, meta
    return "", decoded, {}


def clean_body(body: str) -> str:
    """The normalised plain text of an article body, or ArticleRejected."""
    if body is None:
        body = ""
    if textlib.looks_binary(body):
        raise ArticleRejected("The text contains binary data; paste or upload plain text.")
    check_size(len(body.encode("utf-8", errors="replace")))
    if textlib.looks_like_html(body):
        body = textlib.html_to_text(body).text
    body = textlib.normalise_text(body)
    if not body:
        raise ArticleRejected("The article has no text.")
    return body


def check_size(size: int) -> None:
    limit = settings.ARTICLE_MAX_BYTES
    if size > limit:
        raise ArticleRejected(
            f"The article is too large ({size / 1_048_576:.1f} MB); the limit is {limit / 1_048_576:.1f} MB."
        )


def clean_url(url: str | None) -> str | None:
    """The URL without surrounding space and #fragment; None when empty."""
    url = (url or "").strip()
    if not url:
        return None
    url = url.split("#", 1)[0]
    if len(url) > 2000:
        raise ArticleRejected("The URL is longer than 2,000 characters.")
    return url


def parse_date(value) -> dt.date | None:
    """A date from a date, a datetime or 'YYYY-MM-DD…'; None when missing or unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def detect_language(body: str) -> str:
    """The engine's language guess for the text ('de', 'en', …), '' if it can't tell."""
    try:
        from tracker.extraction import detect_language as engine_detect
    except ImportError:
        try:
            from tracker.extraction.language import detect_language as engine_detect
        except ImportError:
            engine_detect = None
    if engine_detect is not None:
        try:
            return engine_detect(body) or ""
        except Exception:
            logger.exception("Language detection failed")
    return textlib.guess_language(body)


def enqueue_extraction(article_id: int) -> None:
    """Queue extraction; if the broker is down, log it: the sweeper queues the article later."""
    from tracker.articles.tasks import extract_article

    _safe_delay(extract_article, article_id)


def enqueue_fetch(article_id: int) -> None:
    from tracker.articles.tasks import fetch_article

    _safe_delay(fetch_article, article_id)


def _safe_delay(task, *args) -> None:
    try:
        task.delay(*args)
    except Exception:
        logger.warning("Could not queue %s%r; the sweeper will retry", task.name, args, exc_info=True)


def _find_existing(*, url, digest, feed, feed_entry_id) -> Article | None:
    if feed is not None and feed_entry_id:
        found = Article.objects.filter(feed=feed, feed_entry_id=feed_entry_id).first()
        if found:
            return found
    if url:
        found = Article.objects.filter(url=url).first()
        if found:
            return found
    if digest:
        return Article.objects.filter(content_hash=digest).first()
    return None


def _title_from(body: str) -> str:
    first = body.split("\n", 1)[0].lstrip("#").strip()
    return first[:200] if len(first) <= 200 else first[:199].rsplit(" ", 1)[0] + "…"


def _clip(value: str, size: int) -> str:
    return value if len(value) <= size else value[: size - 1] + "…"
