"""Full-text search of claims on PostgreSQL: a GIN index on the claims list's search vector.

The claims list filters with SearchVector("text", "subject", config="simple") (see
tracker/claims/filters.py); without an index a rare word scanned a million claims (4 s in
bench/pages.py). The indexed expression is exactly the one Django writes for that vector, so
the planner uses it. It lives in this app's migrations because the claims model is shared
and its migrations belong to the data model; SQLite has no such index (it searches with
icontains).
"""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS claim_search_idx ON claims_claim USING gin (
    to_tsvector('simple'::regconfig, COALESCE("text", '') || ' ' || COALESCE("subject", ''))
)
"""
DROP = "DROP INDEX IF EXISTS claim_search_idx"


def _run(schema_editor, sql):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, CREATE)


def backwards(apps, schema_editor):
    _run(schema_editor, DROP)


class Migration(migrations.Migration):
    dependencies = [("sources", "0002_claim_stats"), ("claims", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
