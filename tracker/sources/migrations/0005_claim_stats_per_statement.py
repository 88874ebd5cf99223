"""Per-source claim counts (0002, 0004) updated once per statement, not once per attribution.

The row-level trigger of 0002 ran for every attribution an extraction stored: a lookup of the
claim, one of its article, and two delta INSERTs each time, the biggest share of PostgreSQL's
work per stored article (bench/ingest.py). Inserts and deletes of attributions now run a
statement-level trigger that reads the statement's rows from its transition table and appends
one delta row per source (and per source and month) for all of them. The deltas, the folding
of 0004 and the counts are the same; changes of an attribution's source or claim (rare: merges)
keep the row-level trigger.
"""

from django.db import migrations

SQL = r"""
CREATE OR REPLACE FUNCTION sources_attribution_stats_inserted() RETURNS trigger AS $$
BEGIN
    INSERT INTO sources_claimstats (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
    SELECT a.source_id,
           count(*) FILTER (WHERE c.status = 'pending'),
           count(*) FILTER (WHERE c.status = 'approved'),
           count(*) FILTER (WHERE c.status = 'flagged'),
           count(*) FILTER (WHERE c.status = 'rejected'),
           count(*) FILTER (WHERE c.status = 'stale'),
           max(c.created_at)
    FROM sources_new_attributions a JOIN claims_claim c ON c.id = a.claim_id
    GROUP BY a.source_id;
    INSERT INTO sources_claimmonth (source_id, month, n)
    SELECT a.source_id,
           date_trunc('month', COALESCE(c.period_start, ar.published, c.created_at::date))::date,
           count(*)
    FROM sources_new_attributions a
    JOIN claims_claim c ON c.id = a.claim_id
    JOIN articles_article ar ON ar.id = c.article_id
    WHERE c.status <> 'rejected'
    GROUP BY 1, 2;
    -- Fold now and then, as 0004 does (about one write in fifty per source).
    PERFORM sources_claimstats_compact(s.source_id)
    FROM (SELECT DISTINCT source_id FROM sources_new_attributions) s
    WHERE random() < 0.02;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sources_attribution_stats_deleted() RETURNS trigger AS $$
BEGIN
    INSERT INTO sources_claimstats (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
    SELECT a.source_id,
           -count(*) FILTER (WHERE c.status = 'pending'),
           -count(*) FILTER (WHERE c.status = 'approved'),
           -count(*) FILTER (WHERE c.status = 'flagged'),
           -count(*) FILTER (WHERE c.status = 'rejected'),
           -count(*) FILTER (WHERE c.status = 'stale'),
           NULL
    FROM sources_old_attributions a JOIN claims_claim c ON c.id = a.claim_id
    GROUP BY a.source_id;
    INSERT INTO sources_claimmonth (source_id, month, n)
    SELECT a.source_id,
           date_trunc('month', COALESCE(c.period_start, ar.published, c.created_at::date))::date,
           -count(*)
    FROM sources_old_attributions a
    JOIN claims_claim c ON c.id = a.claim_id
    JOIN articles_article ar ON ar.id = c.article_id
    WHERE c.status <> 'rejected'
    GROUP BY 1, 2;
    PERFORM sources_claimstats_compact(s.source_id)
    FROM (SELECT DISTINCT source_id FROM sources_old_attributions) s
    WHERE random() < 0.02;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS sources_attribution_stats ON claims_attribution;
CREATE TRIGGER sources_attribution_stats
    AFTER UPDATE OF source_id, claim_id ON claims_attribution
    FOR EACH ROW EXECUTE FUNCTION sources_attribution_stats();
CREATE TRIGGER sources_attribution_stats_inserted
    AFTER INSERT ON claims_attribution
    REFERENCING NEW TABLE AS sources_new_attributions
    FOR EACH STATEMENT EXECUTE FUNCTION sources_attribution_stats_inserted();
CREATE TRIGGER sources_attribution_stats_deleted
    AFTER DELETE ON claims_attribution
    REFERENCING OLD TABLE AS sources_old_attributions
    FOR EACH STATEMENT EXECUTE FUNCTION sources_attribution_stats_deleted();
"""

REVERSE_SQL = r"""
DROP TRIGGER IF EXISTS sources_attribution_stats_inserted ON claims_attribution;
DROP TRIGGER IF EXISTS sources_attribution_stats_deleted ON claims_attribution;
DROP FUNCTION IF EXISTS sources_attribution_stats_inserted();
DROP FUNCTION IF EXISTS sources_attribution_stats_deleted();
DROP TRIGGER IF EXISTS sources_attribution_stats ON claims_attribution;
CREATE TRIGGER sources_attribution_stats
    AFTER INSERT OR DELETE OR UPDATE OF source_id, claim_id ON claims_attribution
    FOR EACH ROW EXECUTE FUNCTION sources_attribution_stats();
"""


def _run(schema_editor, sql):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, SQL)


def backwards(apps, schema_editor):
    _run(schema_editor, REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [("sources", "0004_claim_stats_without_hot_rows")]

    operations = [migrations.RunPython(forwards, backwards)]
