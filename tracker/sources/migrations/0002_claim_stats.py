"""Per-source claim counts kept by PostgreSQL triggers (PostgreSQL only; SQLite counts live).

The sources list shows every source's claims counted by status and the date of its latest
claim; a source page charts its claims per month. Aggregating that from a million claims
took seconds (measured by bench/pages.py), so two small tables keep it up to date:

- sources_claimstats (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
- sources_claimmonth (source_id, month, n): non-rejected claims per month of the period they
  refer to (else the article's date, else when they were recorded)

Triggers on claims_attribution (insert, delete, change of source or claim) and on
claims_claim (change of status or period) adjust them; a TRUNCATE of attributions empties
them. `SELECT sources_claimstats_rebuild()` recounts everything (bench/pages.py calls it
after its bulk COPY with triggers off). Counts are per attribution: a claim naming one source
twice in its chain counts twice for it, exactly as the live SQLite aggregate does.
"""

from django.db import migrations

SQL = r"""
CREATE TABLE IF NOT EXISTS sources_claimstats (
    source_id bigint PRIMARY KEY,
    pending integer NOT NULL DEFAULT 0,
    approved integer NOT NULL DEFAULT 0,
    flagged integer NOT NULL DEFAULT 0,
    rejected integer NOT NULL DEFAULT 0,
    stale integer NOT NULL DEFAULT 0,
    latest_claim_at timestamptz
);
CREATE TABLE IF NOT EXISTS sources_claimmonth (
    source_id bigint NOT NULL,
    month date NOT NULL,
    n integer NOT NULL DEFAULT 0,
    PRIMARY KEY (source_id, month)
);

CREATE OR REPLACE FUNCTION sources_claim_month(p_claim claims_claim) RETURNS date AS $$
    SELECT date_trunc('month', COALESCE(
        p_claim.period_start,
        (SELECT a.published FROM articles_article a WHERE a.id = p_claim.article_id),
        p_claim.created_at::date
    ))::date
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION sources_claimstats_bump(
    p_source bigint, p_status text, p_month date, p_created timestamptz, p_delta integer
) RETURNS void AS $$
BEGIN
    INSERT INTO sources_claimstats AS s
        (source_id, pending, approved, flagged, rejected, stale, latest_claim_at)
    VALUES (
        p_source,
        CASE WHEN p_status = 'pending' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'approved' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'flagged' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'rejected' THEN p_delta ELSE 0 END,
        CASE WHEN p_status = 'stale' THEN p_delta ELSE 0 END,
        CASE WHEN p_delta > 0 THEN p_created END
    )
    ON CONFLICT (source_id) DO UPDATE SET
        pending = s.pending + EXCLUDED.pending,
        approved = s.approved + EXCLUDED.approved,
        flagged = s.flagged + EXCLUDED.flagged,
        rejected = s.rejected + EXCLUDED.rejected,
        stale = s.stale + EXCLUDED.stale,
        latest_claim_at = GREATEST(s.latest_claim_at, EXCLUDED.latest_claim_at);
    IF p_status <> 'rejected' AND p_month IS NOT NULL THEN
        INSERT INTO sources_claimmonth AS m (source_id, month, n)
        VALUES (p_source, p_month, p_delta)
        ON CONFLICT (source_id, month) DO UPDATE SET n = m.n + EXCLUDED.n;
    END IF;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sources_attribution_stats() RETURNS trigger AS $$
DECLARE
    c claims_claim;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT * INTO c FROM claims_claim WHERE id = OLD.claim_id;
        IF FOUND THEN
            PERFORM sources_claimstats_bump(OLD.source_id, c.status, sources_claim_month(c), NULL, -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT * INTO c FROM claims_claim WHERE id = NEW.claim_id;
        IF FOUND THEN
            PERFORM sources_claimstats_bump(NEW.source_id, c.status, sources_claim_month(c), c.created_at, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sources_claim_stats() RETURNS trigger AS $$
DECLARE
    a record;
    old_month date := sources_claim_month(OLD);
    new_month date := sources_claim_month(NEW);
BEGIN
    FOR a IN SELECT source_id FROM claims_attribution WHERE claim_id = NEW.id LOOP
        PERFORM sources_claimstats_bump(a.source_id, OLD.status, old_month, NULL, -1);
        PERFORM sources_claimstats_bump(a.source_id, NEW.status, new_month, NEW.created_at, 1);
    END LOOP;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sources_claimstats_truncate() RETURNS trigger AS $$
BEGIN
    TRUNCATE sources_claimstats, sources_claimmonth;
    RETURN NULL;
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

DROP TRIGGER IF EXISTS sources_attribution_stats ON claims_attribution;
CREATE TRIGGER sources_attribution_stats
    AFTER INSERT OR DELETE OR UPDATE OF source_id, claim_id ON claims_attribution
    FOR EACH ROW EXECUTE FUNCTION sources_attribution_stats();

DROP TRIGGER IF EXISTS sources_claim_stats ON claims_claim;
CREATE TRIGGER sources_claim_stats
    AFTER UPDATE OF status, period_start ON claims_claim
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.period_start IS DISTINCT FROM NEW.period_start)
    EXECUTE FUNCTION sources_claim_stats();

DROP TRIGGER IF EXISTS sources_claimstats_truncate ON claims_attribution;
CREATE TRIGGER sources_claimstats_truncate
    AFTER TRUNCATE ON claims_attribution
    FOR EACH STATEMENT EXECUTE FUNCTION sources_claimstats_truncate();

SELECT sources_claimstats_rebuild();
"""

REVERSE_SQL = r"""
DROP TRIGGER IF EXISTS sources_attribution_stats ON claims_attribution;
DROP TRIGGER IF EXISTS sources_claim_stats ON claims_claim;
DROP TRIGGER IF EXISTS sources_claimstats_truncate ON claims_attribution;
DROP FUNCTION IF EXISTS sources_attribution_stats();
DROP FUNCTION IF EXISTS sources_claim_stats();
DROP FUNCTION IF EXISTS sources_claimstats_truncate();
DROP FUNCTION IF EXISTS sources_claimstats_rebuild();
DROP FUNCTION IF EXISTS sources_claimstats_bump(bigint, text, date, timestamptz, integer);
DROP FUNCTION IF EXISTS sources_claim_month(claims_claim);
DROP TABLE IF EXISTS sources_claimstats;
DROP TABLE IF EXISTS sources_claimmonth;
"""


def _run(schema_editor, sql):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)  # no parameters: sent as one multi-statement script


def forwards(apps, schema_editor):
    _run(schema_editor, SQL)


def backwards(apps, schema_editor):
    _run(schema_editor, REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0001_initial"),
        ("claims", "0001_initial"),
        ("articles", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
