# Read, never imported, by test_layers.py: the import forms its check must see.
import tracker.articles.tasks  # noqa: F401


def enqueue():
    from tracker.articles.tasks import extract_article  # noqa: F401
