from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "tracker.articles"
    label = "articles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Bind @shared_task to our configured Celery app in every Django process (web, shell,
        # tests), not only in workers started with `celery -A tracker`.
        import tracker.celery  # noqa: F401
