"""Writes for articles (HackSoft-style services): submit by every door, fetch, extract, sweep, feeds.

Import from here: `from tracker.articles.services import article_submit, article_reextract`.
"""

from .archive import article_archive, article_restore
from .batch import Batch, articles_submit_batch, is_records
from .feeds import PollResult, feed_delete, feed_poll, feed_set_active, feed_subscribe, feeds_poll_active
from .pipeline import (
    MAX_ATTEMPTS,
    article_fetch,
    article_mark_extracting,
    article_mark_failed,
    article_reextract,
    article_retry,
    articles_reextract,
    articles_sweep,
)
from .queue import enqueue_extraction, enqueue_extraction_many, enqueue_fetch
from .submit import (
    UPLOAD_EXTENSIONS,
    ArticleRejected,
    SubmitResult,
    article_submit,
    article_submit_file,
    article_submit_url,
    articles_submit_many,
    detect_language,
    file_to_text,
    parse_date,
)

__all__ = [
    "MAX_ATTEMPTS",
    "UPLOAD_EXTENSIONS",
    "ArticleRejected",
    "Batch",
    "PollResult",
    "SubmitResult",
    "article_archive",
    "article_fetch",
    "article_mark_extracting",
    "article_mark_failed",
    "article_reextract",
    "article_restore",
    "article_retry",
    "article_submit",
    "article_submit_file",
    "article_submit_url",
    "articles_reextract",
    "articles_submit_batch",
    "articles_submit_many",
    "articles_sweep",
    "detect_language",
    "enqueue_extraction",
    "enqueue_extraction_many",
    "enqueue_fetch",
    "feed_delete",
    "feed_poll",
    "feed_set_active",
    "feed_subscribe",
    "feeds_poll_active",
    "file_to_text",
    "is_records",
    "parse_date",
]
