"""Extraction of one article: run it through the engine and store the result.

The Celery tasks (``tracker.articles.tasks``) only load the id, call ``article_extract`` and
retry; everything an extraction decides lives here.
"""

from __future__ import annotations

import logging

from django.db import IntegrityError, InterfaceError, OperationalError

from tracker.claims.storage import SourceResolver, extraction_store

from .pipeline import article_mark_extracting, article_mark_failed

logger = logging.getLogger(__name__)

# database errors that pass: the caller retries them (the sweeper catches what runs out)
TRANSIENT = (OperationalError, InterfaceError)


def engine():
    """(EXTRACTOR_VERSION, extract) of the extraction engine, imported when first needed."""
    from tracker.extraction import EXTRACTOR_VERSION, extract

    return EXTRACTOR_VERSION, extract


def article_extract(article_id: int, *, interrupts: tuple[type[BaseException], ...] = ()) -> str:
    """Extract and store one article: 'done', 'skipped' (gone or up to date) or 'failed'.

    Transient database errors propagate, for the caller to retry, and so do ``interrupts``
    (the task's time limit), after which the caller marks the article. Whatever else the engine
    or the storing raises is logged with the article's id, and the article is marked failed
    with a one-line reason its page shows; a re-extract runs it again.
    """
    version, extract = engine()
    article = article_mark_extracting(article_id=article_id, current_version=version)
    if article is None:
        return "skipped"
    try:
        result = extract(article.body, language=article.language or None, published=article.published)
        _store(article, result.to_dict())
    except TRANSIENT:
        raise
    except interrupts:
        raise
    except Exception as exc:
        logger.exception("Extraction of article %s failed", article_id)
        article_mark_failed(article_id=article_id, error=failure_summary(exc))
        return "failed"
    return "done"


def _store(article, result: dict) -> None:
    try:
        extraction_store(article=article, result=result)
    except IntegrityError:
        # A cached source may have been merged away meanwhile: forget the cache, try once more.
        SourceResolver.clear_cache()
        extraction_store(article=article, result=result)


def failure_summary(exc: BaseException, limit: int = 300) -> str:
    """One line for the article's page: 'Extraction failed: KeyError: 'unit''."""
    lines = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    if len(detail) > limit:
        detail = detail[: limit - 1] + "…"
    return f"Extraction failed: {detail}"
