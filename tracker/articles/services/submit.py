"""Accepting an article: every door (paste, upload, URL, feed, bulk) ends in `article_submit`."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language, gettext

from tracker.articles import text as textlib
from tracker.articles.documents import DOCUMENT_EXTENSIONS, DocumentUnreadable, document_to_text
from tracker.articles.fetch import FetchError, check_url
from tracker.articles.links import link_problem
from tracker.articles.models import Article, Feed

from .queue import enqueue_extraction, enqueue_extraction_many, enqueue_fetch

logger = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".md", ".markdown", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
UPLOAD_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | DOCUMENT_EXTENSIONS


class ArticleRejected(ValueError):
    """The input can't become an article; str(exc) says why, for the person who sent it."""


@dataclass(frozen=True)
class SubmitResult:
    article: Article
    created: bool
    retried: bool = False  # a URL whose fetch had failed, fetched again


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
    article = _new_article(
        title=title,
        body=body,
        url=url,
        publisher=publisher,
        published=published,
        language=language,
        origin=origin,
        added_by=added_by,
        feed=feed,
        feed_entry_id=feed_entry_id,
    )
    url, digest = article.url, article.content_hash
    try:
        with transaction.atomic():
            article.save()
            transaction.on_commit(lambda: enqueue_extraction(article.pk))
    except IntegrityError:
        # The unique constraints (URL, text hash, feed entry) find duplicates, even racing ones.
        existing = _find_existing(url=url, digest=digest, feed=feed, feed_entry_id=feed_entry_id)
        if existing is None:
            raise
        if url and existing.url == url and _fetch_failed(existing) and _fill_text(existing, article):
            # The page could not be fetched; its text pasted with its URL fills that article.
            return SubmitResult(existing, True)
        return SubmitResult(existing, False)
    return SubmitResult(article, True)


def _fetch_failed(article: Article) -> bool:
    return not article.body and article.status == Article.Status.FAILED


def _fill_text(existing: Article, new: Article) -> bool:
    """Give an article whose fetch failed the text submitted for its URL; False when that text
    is stored already (as another article)."""
    try:
        with transaction.atomic():
            filled = Article.objects.filter(pk=existing.pk, body="").update(
                body=new.body,
                content_hash=new.content_hash,
                title=existing.title or new.title,
                publisher=existing.publisher or new.publisher,
                published=existing.published or new.published,
                language=existing.language or new.language,
                status=Article.Status.QUEUED,
                status_changed_at=timezone.now(),
                error="",
                attempts=0,
            )
            if filled:
                transaction.on_commit(lambda: enqueue_extraction(existing.pk))
    except IntegrityError:
        return False
    existing.refresh_from_db()
    return bool(filled)


def _fetch_again(article: Article) -> None:
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            status=Article.Status.FETCHING, status_changed_at=timezone.now(), error="", attempts=0
        )
        transaction.on_commit(lambda: enqueue_fetch(article.pk))
    article.refresh_from_db()


def _new_article(
    *, title, body, url, publisher, published, language, origin, added_by, feed, feed_entry_id
) -> Article:
    """An unsaved, queued Article from submitted fields (cleaned), or ArticleRejected."""
    body = clean_body(body)
    url, note = safe_url(url)
    title = _clip(_as_text(title) or _title_from(body), 500)
    return Article(
        intake_note=note,
        title=title,
        body=body,
        url=url,
        content_hash=textlib.content_hash(body),
        publisher=_clip(_as_text(publisher), 200),
        published=parse_date(published),
        language=(_as_text(language) or detect_language(body))[:8],
        origin=origin,
        added_by=added_by,
        feed=feed,
        feed_entry_id=_clip(_as_text(feed_entry_id), 500),
        status=Article.Status.QUEUED,
        status_changed_at=timezone.now(),
    )


BULK_CHUNK = 20
ITEM_FIELDS = ("title", "body", "url", "publisher", "published", "language", "feed", "feed_entry_id")


def articles_submit_many(
    items, *, origin: str, added_by=None, chunk_size: int = BULK_CHUNK
) -> list[SubmitResult | ArticleRejected]:
    """Store many articles (bulk import, feeds), a chunk per transaction and one task per chunk.

    Each item is a dict of article_submit's fields (title, body, url, publisher, published,
    language, feed, feed_entry_id) and gets exactly what article_submit would give it, in order:
    a SubmitResult (created=False for a duplicate of a stored article or of an earlier item) or
    the ArticleRejected saying why not. A chunk's articles are committed together, then one
    `extract_articles` task is queued for them (the sweeper still catches what gets lost).

        results = articles_submit_many([{"title": "Kim", "body": "Laut KCNA ..."}], origin="bulk")
        results[0].created  # True
    """
    items = list(items)
    results: list[SubmitResult | ArticleRejected] = []
    for start in range(0, len(items), chunk_size):
        results += _submit_chunk(items[start : start + chunk_size], origin=origin, added_by=added_by)
    return results


def _submit_chunk(items: list[dict], *, origin: str, added_by) -> list:
    results: list = [None] * len(items)
    fresh: dict[int, Article] = {}  # item index → new article
    seen: dict[tuple, int] = {}  # (kind, key) → index of the first item with it
    for index, item in enumerate(items):
        unknown = set(item) - set(ITEM_FIELDS)
        if unknown:
            raise TypeError(f"Unknown article fields: {', '.join(sorted(unknown))}")
        try:
            article = _new_article(
                **{name: item.get(name) for name in ITEM_FIELDS}, origin=origin, added_by=added_by
            )
        except ArticleRejected as exc:
            results[index] = exc
            continue
        keys = _unique_keys(article)
        twin = next((seen[key] for key in keys if key in seen), None)
        if twin is not None:
            results[index] = twin  # resolved to the earlier item's article below
            continue
        for key in keys:
            seen[key] = index
        fresh[index] = article
    stored = _stored_twins(fresh.values())
    for index, article in list(fresh.items()):
        existing = next((stored[key] for key in _unique_keys(article) if key in stored), None)
        if existing is not None:
            results[index] = SubmitResult(existing, False)
            del fresh[index]
    try:
        with transaction.atomic():
            _bulk_insert(list(fresh.values()))
            ids = [article.pk for article in fresh.values()]
            if ids:
                transaction.on_commit(lambda: enqueue_extraction_many(ids))
    except IntegrityError:
        # Someone stored one of them meanwhile: let the unique constraints sort it out, one by one.
        for index, article in fresh.items():
            try:
                results[index] = article_submit(**_fields_of(article), origin=origin, added_by=added_by)
            except ArticleRejected as exc:
                results[index] = exc
        fresh = {}
    for index, article in fresh.items():
        results[index] = SubmitResult(article, True)
    for index, result in enumerate(results):
        if isinstance(result, int):  # a duplicate of an earlier item of this chunk
            first = results[result]
            results[index] = SubmitResult(first.article, False) if isinstance(first, SubmitResult) else first
    return results


def _unique_keys(article: Article) -> list[tuple]:
    """What the unique constraints compare: the URL, the text hash, the feed entry."""
    keys = []  # in article_submit's order of lookup: feed entry, URL, text
    if article.feed_id is not None and article.feed_entry_id:
        keys.append(("entry", article.feed_id, article.feed_entry_id))
    if article.url:
        keys.append(("url", article.url))
    keys.append(("hash", article.content_hash))
    return keys


def _stored_twins(articles) -> dict[tuple, Article]:
    """Stored articles sharing a unique key with any of these, by key (one query per kind)."""
    articles = list(articles)
    found: dict[tuple, Article] = {}
    if not articles:
        return found
    urls = [a.url for a in articles if a.url]
    entries = {(a.feed_id, a.feed_entry_id) for a in articles if a.feed_id is not None and a.feed_entry_id}
    for article in Article.objects.filter(content_hash__in=[a.content_hash for a in articles]):
        found[("hash", article.content_hash)] = article
    if urls:
        for article in Article.objects.filter(url__in=urls):
            found[("url", article.url)] = article
    for feed_id in {feed_id for feed_id, _ in entries}:
        names = [entry for fid, entry in entries if fid == feed_id]
        for article in Article.objects.filter(feed_id=feed_id, feed_entry_id__in=names):
            found[("entry", feed_id, article.feed_entry_id)] = article
    return found


def _bulk_insert(articles: list[Article]) -> None:
    """INSERT the articles (ids set on them) and their history records, as save() would."""
    if not articles:
        return
    from simple_history.utils import bulk_create_with_history

    bulk_create_with_history(articles, Article, default_user=articles[0].added_by)


def _fields_of(article: Article) -> dict:
    return {name: getattr(article, name) for name in ITEM_FIELDS}


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
    problem = link_problem(url)
    if problem:
        raise ArticleRejected(f"{problem}.")
    existing = _find_existing(url=url, digest=None, feed=feed, feed_entry_id=feed_entry_id)
    if existing is not None:
        if feed is None and existing.url == url and _fetch_failed(existing):
            # Its fetch failed (site down, timeout): adding it again by hand is the retry.
            _fetch_again(existing)
            return SubmitResult(existing, True, retried=True)
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
            gettext("“%(name)s”: files of type “%(suffix)s” cannot be read; use %(allowed)s.")
            % {"name": name, "suffix": suffix or gettext("without extension"), "allowed": allowed}
        )
    if suffix in DOCUMENT_EXTENSIONS:
        # A PDF or Word file may be far larger than its text; the text is checked when stored.
        check_size(len(data), limit=settings.DOCUMENT_MAX_BYTES)
        try:
            title, text = document_to_text(suffix, data)
        except DocumentUnreadable as exc:
            raise ArticleRejected(f"“{name}”: {exc}") from exc
        return title, text, {}
    check_size(len(data))
    if not data.strip():
        raise ArticleRejected(gettext("“%(name)s” is empty.") % {"name": name})
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
    if not isinstance(body, str):
        raise ArticleRejected(gettext("The article's text must be text, not a number, list or object."))
    if textlib.looks_binary(body):
        raise ArticleRejected(gettext("The text contains binary data; paste or upload plain text."))
    check_size(len(body.encode("utf-8", errors="replace")))
    if textlib.looks_like_html(body):
        body = textlib.html_to_text(body).text
    body = textlib.normalise_text(body)
    if not body:
        raise ArticleRejected(gettext("The article has no text."))
    return body


def check_size(size: int, *, limit: int | None = None) -> None:
    limit = limit or settings.ARTICLE_MAX_BYTES
    if size > limit:
        raise ArticleRejected(too_large_text(size, limit))


def too_large_text(size: int, limit: int) -> str:
    """'The article is too large (2.5 MB); the limit is 2.0 MB.', megabytes as the reader writes them."""
    return gettext("The article is too large (%(size)s MB); the limit is %(limit)s MB.") % {
        "size": _megabytes(size),
        "limit": _megabytes(limit),
    }


def _megabytes(size: int) -> str:
    text = f"{size / 1_048_576:.1f}"
    return text.replace(".", ",") if (get_language() or "").startswith("de") else text


URL_PARTS = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)([^/?#@]*@)?([^/?#]*)(.*)", re.DOTALL)


def clean_url(url: str | None) -> str | None:
    """The URL without surrounding space and #fragment, its scheme and host name in lower case
    (they are case-blind: HTTPS://Example.ORG/a is https://example.org/a); None when empty."""
    url = (url or "").strip()
    if not url:
        return None
    url = url.split("#", 1)[0]
    parts = URL_PARTS.match(url)
    if parts:
        scheme, userinfo, host, rest = parts.groups()
        url = f"{scheme.lower()}{userinfo or ''}{host.lower()}{rest}"
    if len(url) > 2000:
        raise ArticleRejected(gettext("The URL is longer than 2,000 characters."))
    return url


def safe_url(url: str | None) -> tuple[str | None, str]:
    """(the cleaned URL, "") when it may be stored; (None, the reason) when it is dropped.

    The one URL rule of every door (tracker.articles.links): only http(s) with a host. A bulk
    file or a feed entry with a `javascript:` link still gives its article, without the link.

    >>> safe_url("javascript:alert(1)")[1]
    'URL dropped (Only http:// and https:// addresses are kept, not “javascript:”): javascript:alert(1)'
    """
    if url is not None and not isinstance(url, str):
        return None, f"URL dropped (not text): {str(url)[:300]}"
    url = clean_url(url)
    if url is None:
        return None, ""
    problem = link_problem(url)
    if problem:
        logger.warning("Dropping the URL %r of a new article: %s", url[:300], problem)
        return None, f"URL dropped ({problem}): {url[:300]}"
    return url, ""


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
    from tracker.extraction.text.language import detect_language as engine_detect

    try:
        return engine_detect(body) or ""
    except Exception:
        # The article must be stored even when the engine's guess crashes (the text would be lost
        # otherwise); the crash is logged, and the article's extraction, which runs the same
        # engine, then fails visibly on its page with the error.
        logger.exception("Language detection failed; falling back to the simple guess")
    return textlib.guess_language(body)


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


def _as_text(value) -> str:
    """A metadata field (title, publisher …) from any input as clean text: a bulk file's
    number becomes "5", NUL and other control characters go (PostgreSQL refuses NUL)."""
    if value is None:
        return ""
    return textlib.normalise_text(value if isinstance(value, str) else str(value))


def _clip(value: str, size: int) -> str:
    return value if len(value) <= size else value[: size - 1] + "…"
