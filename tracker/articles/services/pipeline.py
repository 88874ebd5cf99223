"""The article's way through the workers: fetch, extract, fail, re-extract, sweep."""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import OperationalError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext

from tracker.articles import text as textlib
from tracker.articles.fetch import FetchError, fetch
from tracker.articles.models import Article

from .submit import (
    ArticleRejected,
    clean_body,
    detect_language,
    enqueue_extraction,
    enqueue_fetch,
    parse_date,
)

logger = logging.getLogger(__name__)

Status = Article.Status
# After this many starts without finishing, the sweeper gives up and marks the article failed.
MAX_ATTEMPTS = 5
SWEEP_BATCH = 500


def article_fetch(*, article_id: int) -> Article | None:
    """Fetch an article's URL and hand it to extraction; failures mark it failed, readably.

    Returns quietly (None) if the article is gone or no longer waiting for a fetch.
    """
    article = Article.objects.filter(pk=article_id, status=Status.FETCHING).first()
    if article is None:
        return None
    try:
        fetched = fetch(
            article.url,
            timeout=settings.FETCH_TIMEOUT_SECONDS,
            max_bytes=settings.ARTICLE_MAX_BYTES,
        )
        decoded = textlib.decode_bytes(fetched.content, declared=fetched.charset)
        if fetched.content_type == "text/plain":
            title, published, publisher = "", None, ""
            body = decoded
        else:
            page = textlib.html_to_text(decoded, url=fetched.url)
            title, body, published, publisher = page.title, page.text, page.published, page.publisher
        body = clean_body(body)
    except (FetchError, textlib.NotText, ArticleRejected) as exc:
        article_mark_failed(article_id=article_id, error=str(exc), only_from=Status.FETCHING)
        return None
    digest = textlib.content_hash(body)
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None or article.status != Status.FETCHING:
            return article
        twin = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
        if twin is not None:
            _fail(article, f"The page's text is already stored as article #{twin.pk} “{twin}”.")
            return article
        article.body = body
        article.content_hash = digest
        article.title = article.title or (title or body.split("\n", 1)[0])[:500]
        article.published = article.published or parse_date(published)
        article.publisher = article.publisher or (publisher or "")[:200]
        article.language = article.language or detect_language(body)[:8]
        article.status = Status.QUEUED
        article.status_changed_at = timezone.now()
        article.error = ""
        article.waiting_for_workers = False
        article.save()
        transaction.on_commit(lambda: enqueue_extraction(article_id))
    return article


def article_mark_extracting(*, article_id: int, current_version: str) -> Article | None:
    """Claim the article for extraction; None if it is gone, not ready, or already up to date.

    The article comes back with only what extraction needs (body, language, published).
    """
    claimed = articles_mark_extracting(article_ids=[article_id], current_version=current_version)
    return claimed[0] if claimed else None


# Articles queued one by one (form, upload, URL, API) that a single article's task may take
# along (`drain`); bulk and feed articles have a chunk task of their own and are left to it.
DRAINABLE_ORIGINS = (
    Article.Origin.PASTE,
    Article.Origin.UPLOAD,
    Article.Origin.URL,
    Article.Origin.API,
    Article.Origin.DEMO,
)
# Only articles up to this size (bytes of text) are taken along: a long one keeps its own task
# and its own time limit (twenty of the longest would not fit in one task's).
DRAIN_MAX_BYTES = 20_000


def articles_mark_extracting(
    *,
    article_ids: list[int],
    current_version: str,
    drain: int = 0,
    busy_since: dt.datetime | None = None,
) -> list[Article]:
    """Claim a chunk of articles for extraction in one statement; those gone, not ready or
    already up to date are left out. Each comes back (in the order given) with only what
    extraction needs (body, language, published); its attempts count one more.

    `drain`: also claim up to that many other articles queued one by one (the oldest first,
    rows other workers are claiming skipped, none longer than DRAIN_MAX_BYTES), so that a
    burst of single articles is extracted and stored as a chunk; they come back after the
    ones asked for. Their own tasks then find them taken. `busy_since`: an article claimed
    since then (`extracting`) is being extracted by another worker and is left out; one
    claimed earlier is taken over (its worker died; the sweeper's grace period).
    """
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return []
    table = Article._meta.db_table
    marks = ", ".join(["%s"] * len(ids))
    # what makes an article asked for claimable: queued, left by a dead worker, or out of date
    wanted = f"id IN ({marks}) AND status IN (%s, %s, %s) AND NOT (status = %s AND extractor_version = %s)"
    params = [
        *ids,
        Status.QUEUED.value,
        Status.EXTRACTING.value,
        Status.DONE.value,
        Status.DONE.value,
        current_version,
    ]
    if busy_since is not None:
        wanted += " AND NOT (status = %s AND status_changed_at > %s)"
        params += [Status.EXTRACTING.value, busy_since]
    where = wanted
    if drain > 0:
        origins = [o.value for o in DRAINABLE_ORIGINS]
        # PostgreSQL's octet_length reads a stored text's size without decompressing it
        size = "octet_length(body)" if connection.vendor == "postgresql" else "length(body)"
        drainable = f"status = %s AND origin IN ({', '.join(['%s'] * len(origins))}) AND {size} <= %s"
        lock = " FOR UPDATE SKIP LOCKED" if connection.features.has_select_for_update_skip_locked else ""
        others = (
            f"SELECT id FROM {table} WHERE {drainable} AND id NOT IN ({marks}) "  # noqa: S608
            f"ORDER BY status_changed_at, id LIMIT %s{lock}"
        )
        others_params = [Status.QUEUED.value, *origins, DRAIN_MAX_BYTES, *ids, drain]
        if connection.vendor == "postgresql":
            # The candidates by their keys (an index scan, never the whole table), each
            # checked again when its row is updated (another worker may have claimed it).
            where = f"id = ANY(%s::bigint[] || ARRAY({others})) AND (({wanted}) OR ({drainable}))"
            params = [ids, *others_params, *params, Status.QUEUED.value, *origins, DRAIN_MAX_BYTES]
        else:
            where = f"({wanted}) OR id IN ({others})"
            params = [*params, *others_params]
    # One statement (UPDATE … RETURNING) instead of an update and a select for each article.
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET status = %s, status_changed_at = %s, "  # noqa: S608
            f"attempts = attempts + 1, waiting_for_workers = %s WHERE {where} "
            "RETURNING id, body, language, published, status",
            [Status.EXTRACTING.value, timezone.now(), False, *params],
        )
        rows = {row[0]: row for row in cursor.fetchall()}
    names = ["id", "body", "language", "published", "status"]
    asked = set(ids)
    order = [pk for pk in ids if pk in rows] + sorted(pk for pk in rows if pk not in asked)
    # Raw rows skip the backend's converters (SQLite returns dates as text).
    return [
        Article.from_db(connection.alias, names, [pk, body, language, parse_date(published), status])
        for pk, body, language, published, status in (rows[pk] for pk in order)
    ]


def article_mark_failed(*, article_id: int, error: str, only_from: str | None = None) -> None:
    """Mark the article failed with a message people can read on its page."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None or (only_from and article.status != only_from):
            return
        _fail(article, error)


def _fail(article: Article, error: str) -> None:
    article.status = Status.FAILED
    article.error = error[:2000]
    article.status_changed_at = timezone.now()
    article.save(update_fields=["status", "error", "status_changed_at", "updated_at"])


def article_reextract(*, article: Article, user) -> Article:
    """Queue the article for extraction again (an editor's button); review decisions survive.

    The stored claims are merged with the new result by `tracker.claims.storage`.
    """
    if user is not None and not user.has_perm("articles.reextract_article"):
        raise PermissionDenied(gettext("Only editors may re-extract articles."))
    if article.status == Status.FETCHING:
        raise ArticleRejected(gettext("The article is still being fetched."))
    if not article.body and article.url:
        # Its fetch failed: try the fetch again, extraction follows.
        with transaction.atomic():
            Article.objects.filter(pk=article.pk).update(
                status=Status.FETCHING, status_changed_at=timezone.now(), error="", attempts=0
            )
            transaction.on_commit(lambda: enqueue_fetch(article.pk))
        article.refresh_from_db()
        return article
    if not article.body:
        raise ArticleRejected(gettext("The article has no text to extract from."))
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            status=Status.QUEUED, status_changed_at=timezone.now(), error="", attempts=0
        )
        transaction.on_commit(lambda: enqueue_extraction(article.pk))
    article.refresh_from_db()
    return article


def article_retry(*, article: Article, user) -> Article:
    """Try a failed article again (anyone who may add articles): fetch its page again when the
    fetch failed, else extract it again."""
    if user is not None and not user.has_perm("articles.add_article"):
        raise PermissionDenied(gettext("Only journalists and editors may retry articles."))
    if article.status != Status.FAILED:
        raise ArticleRejected(gettext("Only a failed article can be retried."))
    with transaction.atomic():
        if not article.body and article.url:
            Article.objects.filter(pk=article.pk).update(
                status=Status.FETCHING, status_changed_at=timezone.now(), error="", attempts=0
            )
            transaction.on_commit(lambda: enqueue_fetch(article.pk))
        elif article.body:
            Article.objects.filter(pk=article.pk).update(
                status=Status.QUEUED, status_changed_at=timezone.now(), error="", attempts=0
            )
            transaction.on_commit(lambda: enqueue_extraction(article.pk))
        else:
            raise ArticleRejected(gettext("The article has no text and no URL to fetch it from."))
    article.refresh_from_db()
    return article


def articles_reextract(*, queryset, chunk_size: int = 1000, on_chunk=None) -> int:
    """Queue many articles for re-extraction (the `reextract` command); returns how many.

    `on_chunk(ids)` is called after each chunk is queued (with tasks in-process: extracted),
    for a progress bar.
    """
    ids = list(queryset.exclude(status=Status.FETCHING).exclude(body="").values_list("pk", flat=True))
    for start in range(0, len(ids), chunk_size):
        chunk = ids[start : start + chunk_size]
        with transaction.atomic():
            Article.objects.filter(pk__in=chunk).update(
                status=Status.QUEUED, status_changed_at=timezone.now(), error="", attempts=0
            )
            transaction.on_commit(lambda chunk=chunk: [enqueue_extraction(pk) for pk in chunk])
        if on_chunk is not None:
            on_chunk(chunk)
    return len(ids)


def articles_sweep(*, stuck_after: float | None = None) -> dict:
    """Queue again the articles stuck in fetching/queued/extracting; give up after MAX_ATTEMPTS.

    Rows another transaction holds are skipped at first (SKIP LOCKED: another sweeper, or a
    worker storing its chunk), then waited for one by one (`_sweep_when_released`): a worker
    killed while storing leaves its chunk locked until PostgreSQL notices and rolls back, and
    then `extracting` with nobody on it. Each swept row's status_changed_at is touched so it
    waits a full period before being swept again.
    """
    seconds = settings.EXTRACTION_STUCK_AFTER_SECONDS if stuck_after is None else stuck_after
    now = timezone.now()
    cutoff = now - dt.timedelta(seconds=seconds)
    counts = {"extract": 0, "fetch": 0, "failed": 0}
    stuck = Article.objects.filter(
        status__in=[Status.FETCHING, Status.QUEUED, Status.EXTRACTING], status_changed_at__lte=cutoff
    ).order_by("status_changed_at")
    with transaction.atomic():
        rows = list(
            stuck.select_for_update(skip_locked=True).values_list("pk", "status", "attempts")[:SWEEP_BATCH]
        )
        swept = {pk for pk, _, _ in rows}
        held = [pk for pk in stuck.values_list("pk", flat=True)[:SWEEP_BATCH] if pk not in swept]
        _requeue(rows, now, counts)
    deadline = time.monotonic() + SWEEP_LOCK_WAIT_SECONDS
    for pk in held:
        if not _sweep_when_released(stuck, pk, now, counts, deadline):
            break
    if rows or held:
        logger.info("Sweeper queued %(extract)d extractions, %(fetch)d fetches; %(failed)d failed", counts)
    return counts


# How long one sweep waits, in all, for rows other transactions hold (the rest: the next sweep).
SWEEP_LOCK_WAIT_SECONDS = 10.0


def _sweep_when_released(stuck, pk: int, now, counts: dict, deadline: float) -> bool:
    """Wait for the transaction holding the stuck row, then sweep it if it is still stuck (a
    worker that committed has moved it on; one that died has rolled back). One row per
    transaction, holding nothing else while waiting, so no deadlock with a worker's chunk.
    False once the sweep has waited long enough."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT set_config('lock_timeout', %s, true)", [f"{int(remaining * 1000)}ms"]
                    )
            _requeue(
                list(stuck.filter(pk=pk).select_for_update().values_list("pk", "status", "attempts")),
                now,
                counts,
            )
    except OperationalError as exc:  # lock_timeout
        logger.warning("Sweeper left article %s to the next sweep: %r", pk, exc)
        return False
    return True


def _requeue(rows: list, now, counts: dict) -> None:
    """Give up on rows started MAX_ATTEMPTS times, queue the others again after commit."""
    give_up = [pk for pk, status, attempts in rows if attempts >= MAX_ATTEMPTS]
    fetches = [pk for pk, status, attempts in rows if status == Status.FETCHING and pk not in give_up]
    extracts = [pk for pk, status, _ in rows if status != Status.FETCHING and pk not in give_up]
    if give_up:
        Article.objects.filter(pk__in=give_up).update(
            status=Status.FAILED,
            status_changed_at=now,
            error=f"Extraction was started {MAX_ATTEMPTS} times without finishing.",
        )
    Article.objects.filter(pk__in=fetches).update(status_changed_at=now, attempts=F("attempts") + 1)
    Article.objects.filter(pk__in=extracts).update(status=Status.QUEUED, status_changed_at=now)

    def requeue():
        for pk in extracts:
            enqueue_extraction(pk)
        for pk in fetches:
            enqueue_fetch(pk)

    transaction.on_commit(requeue)
    counts["extract"] += len(extracts)
    counts["fetch"] += len(fetches)
    counts["failed"] += len(give_up)
