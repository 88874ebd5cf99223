from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _search_triggers_kept(using, **kwargs):
    """SQLite drops a table's triggers when a migration rebuilds the table: put the full-text
    search's back (search.install_sqlite is idempotent). Only once its migration has run."""
    from django.db import connections

    from .search import install_sqlite

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'claims_claim_fts'")
        if cursor.fetchone():
            install_sqlite(cursor)


class ClaimsConfig(AppConfig):
    name = "tracker.claims"
    label = "claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(_search_triggers_kept, sender=self, dispatch_uid="claims_search_triggers")
