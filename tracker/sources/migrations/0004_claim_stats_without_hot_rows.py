"""Per-source claim counts (0002) without hot rows: deltas are appended, never upserted.

0002 kept one row per source and upserted it from the attribution triggers. Two workers
storing articles that name the same popular sources (KCNA, CNN) in opposite orders would then
lock those rows in opposite orders and deadlock. Now every change appends a delta row (plain
INSERTs never wait for each other) and readers sum a source's rows. To keep that sum short,
about one write in fifty folds the source's deltas into a single row; the fold takes a
transaction-level advisory lock for the source (try-lock: if another transaction is folding
that source, this one skips), and it deletes only rows its snapshot sees, so concurrent
writers and folders never block or double count.
"""

from django.db import migrations

SQL = r"""
DROP TABLE IF EXISTS sources_claimstats;
DROP TABLE IF EXISTS sources_claimmonth;
CREATE TABLE sources_claimstats (
    id bigserial PRIMARY KEY,
    source_id bigint NOT NULL,
    pending integer NOT NULL DEFAULT 0,
    approved integer NOT NULL DEFAULT 0,
    flagged integer NOT NULL DEFAULT 0,
    rejected integer NOT NULL DEFAULT 0,
    stale integer NOT NULL DEFAULT 0,
    latest_claim_at timestamptz
);
CREATE INDEX sources_claimstats_source ON sources_claimstats (source_id);
CREATE TABLE sources_claimmonth (
    id bigserial PRIMARY KEY,
    source_id bigint NOT NULL,
    month date NOT NULL,
    n integer NOT NULL
);
CREATE INDEX sources_claimmonth_source ON sources_claimmonth (source_id, month);

-- Fold a source's deltas into one row (and one per month), unless someone else is at it.
CREATE OR REPLACE FUNCTION sources_claimstats_compact(p_source bigint) RETURNS void AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(874201, p_source::integer) THEN
        RETURN;
    END IF;
    WITH gone AS (DELETE FROM sources_claimstats WHERE source_id = p_source RETURNING *)
    INSERT INTO sources_claimstats (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
    SELECT p_source, sum(pending), sum(approved), sum(flagged), sum(rejected), sum(stale),
           max(latest_claim_at)
    FROM gone HAVING count(*) > 0;
    WITH gone AS (DELETE FROM sources_claimmonth WHERE source_id = p_source RETURNING *)
    INSERT INTO sources_claimmonth (source_id, month, n)
    SELECT p_source, month, sum(n) FROM gone GROUP BY month HAVING sum(n) <> 0;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sources_claimstats_bump(
    p_source bigint, p_status text, p_month date, p_created timestamptz, p_delta integer
) RETURNS void AS $$
BEGIN
    INSERT INTO sources_claimstats (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
    VALUES (
        p_source,
        CASE WHEN p_status = 'pending' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'approved' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'flagged' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'rejected' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'stale' THEN p_delta ELSE 0 END,
        CASE WHEN p_delta > 0 THEN p_created END
    );
    IF p_status <> 'rejected' AND p_month IS NOT NULL THEN
        INSERT INTO sources_claimmonth (source_id, month, n) VALUES (p_source, p_month, p_delta);
    END IF;
    IF random() < 0.02 THEN
        PERFORM sources_claimstats_compact(p_source);
    END IF;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sources_claimstats_rebuild() RETURNS void AS $$
BEGIN
    TRUNCATE sources_claimstats, sources_claimmonth;
    INSERT INTO sources_claimstats (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
    SELECT a.source_id,
           count(*) FILTER (WHERE c.status = 'pending'),
           count(*) FILTER (WHERE c.status = 'approved'),
           count(*) FILTER (WHERE c.status = 'flagged'),
           count(*) FILTER (WHERE c.status = 'rejected'),
           count(*) FILTER (WHERE c.status = 'stale'),
           max(c.created_at)
    FROM claims_attribution a JOIN claims_claim c ON c.id = a.claim_id
    GROUP BY a.source_id;
    INSERT INTO sources_claimmonth (source_id, month, n)
    SELECT a.source_id,
           date_trunc('month', COALESCE(c.period_start, ar.published, c.created_at::date))::date AS month,
           count(*)
    FROM claims_attribution a
    JOIN claims_claim c ON c.id = a.claim_id
    JOIN articles_article ar ON ar.id = c.article_id
    WHERE c.status <> 'rejected'
    GROUP BY 1, 2;
END
$$ LANGUAGE plpgsql;

SELECT sources_claimstats_rebuild();
"""

REVERSE_SQL = r"""
DROP FUNCTION IF EXISTS sources_claimstats_compact(bigint);
"""


def _run(schema_editor, sql):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, SQL)


def backwards(apps, schema_editor):
    # Going back to 0002 re-creates its tables and functions from scratch.
    _run(schema_editor, REVERSE_SQL)
    from importlib import import_module

    previous = import_module("tracker.sources.migrations.0002_claim_stats")
    _run(schema_editor, previous.REVERSE_SQL)
    _run(schema_editor, previous.SQL)


class Migration(migrations.Migration):
    dependencies = [("sources", "0003_claim_search_index")]

    operations = [migrations.RunPython(forwards, backwards)]
