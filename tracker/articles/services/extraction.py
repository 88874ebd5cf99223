"""Extraction of articles: run them through the engine and store the results.

The Celery tasks (``tracker.articles.tasks``) are thin wrappers: they pass the ids, and retry
what this module says was hit by a transient error; everything an extraction decides lives
here. A chunk (bulk import, feeds) is claimed with one statement, extracted article by article,
and stored in one transaction with one INSERT per table; if that store fails, each article is
stored on its own, so one bad article fails alone.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, InterfaceError, OperationalError

from tracker.claims.storage import SourceResolver, extractions_store

from .pipeline import article_mark_failed, articles_mark_extracting
from .queue import enqueue_extraction_many

logger = logging.getLogger(__name__)

# database errors that pass: the caller retries them (the sweeper catches what runs out)
TRANSIENT = (OperationalError, InterfaceError)
STOPPED = "Extraction took too long and was stopped."


@dataclass
class Outcome:
    """What became of a chunk: counts, and the ids a transient error hit (to retry)."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    transient: list[int] = field(default_factory=list)
    error: BaseException | None = None
    failed_ids: list[int] = field(default_factory=list)
    done_ids: list[int] = field(default_factory=list)

    def counts(self) -> dict:
        return {"done": self.done, "skipped": self.skipped, "failed": self.failed}


def engine():
    """(EXTRACTOR_VERSION, extract) of the extraction engine, imported when first needed."""
    from tracker.extraction import EXTRACTOR_VERSION, extract

    return EXTRACTOR_VERSION, extract


def article_extract(
    article_id: int,
    *,
    interrupts: tuple[type[BaseException], ...] = (),
    drain: int = 0,
    busy_since: dt.datetime | None = None,
) -> str:
    """Extract and store one article: 'done', 'skipped' (gone or up to date) or 'failed'.

    Transient database errors propagate, for the caller to retry, and so do ``interrupts``
    (the task's time limit), after which the article is marked failed. Whatever else the
    engine or the storing raises is logged with the article's id, and the article is marked
    failed with a one-line reason its page shows; a re-extract runs it again.

    ``drain`` (the worker's task): take along up to that many other articles queued one by
    one and store them all as one chunk, as the bulk path does, so that a burst of single
    articles costs what a bulk import costs; ``busy_since`` skips the article if another
    worker claimed it since then (see ``articles_mark_extracting``). Those taken along that a
    transient error hits are queued again as a chunk.
    """
    outcome = articles_extract([article_id], interrupts=interrupts, drain=drain, busy_since=busy_since)
    others = [pk for pk in outcome.transient if pk != article_id]
    if others:
        enqueue_extraction_many(others)
    if article_id in outcome.transient:
        raise outcome.error
    if article_id in outcome.done_ids:
        return "done"
    return "failed" if article_id in outcome.failed_ids else "skipped"


def articles_extract(
    article_ids: list[int],
    *,
    interrupts: tuple[type[BaseException], ...] = (),
    drain: int = 0,
    busy_since: dt.datetime | None = None,
) -> Outcome:
    """Extract and store a chunk of articles, each exactly once; articles done already (with
    this engine) or gone are skipped, so running a chunk again changes nothing.

    An article the engine fails on is marked failed and the others go on. A transient
    database error is not raised: the ids it hit come back in ``transient`` for the caller to
    retry. An interrupt (the task's soft time limit) marks the article being extracted failed,
    stores those extracted before it, queues the rest again and goes on up.
    """
    outcome = Outcome()
    version, extract = engine()
    try:
        articles = articles_mark_extracting(
            article_ids=article_ids, current_version=version, drain=drain, busy_since=busy_since
        )
    except TRANSIENT as exc:
        logger.warning("Claiming articles %s hit %r; they will be retried", article_ids[:20], exc)
        outcome.transient, outcome.error = list(article_ids), exc
        return outcome
    outcome.skipped = len(set(article_ids) - {article.pk for article in articles})
    extracted = []
    for position, article in enumerate(articles):
        try:
            result = extract(article.body, language=article.language or None, published=article.published)
            extracted.append((article, result.to_dict()))
        except interrupts:
            article_mark_failed(article_id=article.pk, error=STOPPED)
            _store(extracted, outcome, interrupts)
            enqueue_extraction_many([a.pk for a in articles[position + 1 :]])
            raise
        except Exception as exc:
            logger.exception("Extraction of article %s failed", article.pk)
            article_mark_failed(article_id=article.pk, error=failure_summary(exc))
            outcome.failed += 1
            outcome.failed_ids.append(article.pk)
    _store(extracted, outcome, interrupts)
    return outcome


def _store(extracted: list, outcome: Outcome, interrupts: tuple) -> None:
    """Store the chunk in one transaction; if that fails, each article in its own.

    An interrupt while storing goes up at once; its articles stay `extracting`, for the
    sweeper to queue again."""
    if not extracted:
        return
    if len(extracted) > 1:
        try:
            _store_chunk(extracted)
        except interrupts:
            raise
        except Exception as exc:
            # stored again one by one below, where a lasting error is reported with its article
            logger.warning("Storing %d articles at once failed (%r); storing each", len(extracted), exc)
        else:
            outcome.done += len(extracted)
            outcome.done_ids += [article.pk for article, _ in extracted]
            return
    for article, result in extracted:
        try:
            _store_chunk([(article, result)])
        except interrupts:
            raise
        except TRANSIENT as exc:
            logger.warning("Storing article %s hit %r; it will be retried", article.pk, exc)
            outcome.transient.append(article.pk)
            outcome.error = exc
        except Exception as exc:
            logger.exception("Storing the extraction of article %s failed", article.pk)
            article_mark_failed(article_id=article.pk, error=failure_summary(exc))
            outcome.failed += 1
            outcome.failed_ids.append(article.pk)
        else:
            outcome.done += 1
            outcome.done_ids.append(article.pk)


def _store_chunk(extracted: list) -> None:
    try:
        extractions_store(extracted)
    except IntegrityError:
        # A cached source may have been merged away meanwhile: forget the cache, try once more.
        SourceResolver.clear_cache()
        extractions_store(extracted)


def failure_summary(exc: BaseException, limit: int = 300) -> str:
    """One line for the article's page: 'Extraction failed: KeyError: 'unit''."""
    lines = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    if len(detail) > limit:
        detail = detail[: limit - 1] + "…"
    return f"Extraction failed: {detail}"
