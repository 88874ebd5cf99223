# Kept empty on purpose: `tracker.extraction` must import without Django. The Celery app is
# loaded by Django's app registry (tracker.articles.apps) and found by `celery -A tracker`.
