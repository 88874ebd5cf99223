"""Full-text search of claims and articles (tracker/claims/search.py).

PostgreSQL: a `search` tsvector on claims_claim and articles_article, stemmed by the article's
language and tagged with a marker lexeme of it (`lang:de`, `lang:en`, `lang:other`), filled by
triggers, with a GIN index each. The columns are not model fields (SQLite has no tsvector);
Django never writes them, the triggers do. The expression index of sources/0003, which
searched without stemming, goes.

SQLite: FTS5 tables and triggers (search.install_sqlite, run again after every migrate since
SQLite drops a table's triggers when a migration rebuilds it).
"""

from django.db import migrations

from tracker.claims.search import ARTICLE_BODY_CHARS

POSTGRESQL = f"""
-- PL/pgSQL, not SQL: a SQL function called from a trigger is planned again on every call
-- (220 µs a claim instead of 63 µs, measured under load).
CREATE FUNCTION tracker_search_document(language text, words text) RETURNS tsvector
IMMUTABLE PARALLEL SAFE LANGUAGE plpgsql AS $$
BEGIN
    RETURN to_tsvector(
        CASE language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig
             ELSE 'simple'::regconfig END,
        coalesce(words, '')
    ) || CASE language WHEN 'de' THEN $m$'lang:de'$m$::tsvector WHEN 'en' THEN $m$'lang:en'$m$::tsvector
              ELSE $m$'lang:other'$m$::tsvector END;
END $$;

ALTER TABLE claims_claim ADD COLUMN search tsvector;
ALTER TABLE articles_article ADD COLUMN search tsvector;

CREATE FUNCTION claims_claim_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    article_language text;
BEGIN
    SELECT language INTO article_language FROM articles_article WHERE id = NEW.article_id;
    NEW.search := tracker_search_document(
        article_language, coalesce(NEW.text, '') || ' ' || coalesce(NEW.subject, '')
    );
    RETURN NEW;
END $$;
CREATE TRIGGER claims_claim_search BEFORE INSERT OR UPDATE OF text, subject, article_id
    ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_claim_search_fill();

-- Long bodies are cut: PostgreSQL refuses a tsvector over 1 MB.
CREATE FUNCTION articles_article_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := tracker_search_document(
        NEW.language,
        coalesce(NEW.title, '') || ' ' || coalesce(NEW.publisher, '') || ' '
            || left(coalesce(NEW.body, ''), {ARTICLE_BODY_CHARS})
    );
    RETURN NEW;
END $$;
CREATE TRIGGER articles_article_search BEFORE INSERT OR UPDATE OF title, publisher, body, language
    ON articles_article FOR EACH ROW EXECUTE FUNCTION articles_article_search_fill();

-- A changed article language changes how its claims are searched.
CREATE FUNCTION articles_article_language_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claims_claim SET search = tracker_search_document(
        NEW.language, coalesce(text, '') || ' ' || coalesce(subject, '')
    ) WHERE article_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_article_language AFTER UPDATE OF language ON articles_article
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language)
    EXECUTE FUNCTION articles_article_language_changed();

UPDATE articles_article SET title = title;
UPDATE claims_claim SET text = text;

CREATE INDEX claims_claim_search_idx ON claims_claim USING gin (search);
CREATE INDEX articles_article_search_idx ON articles_article USING gin (search);
DROP INDEX IF EXISTS claim_search_idx;

-- Every read of claims is a page of fifty: starting parallel workers costs more than it
-- saves (a search for a word in no claim took 50 ms instead of 0.06 at ten million claims,
-- a rare word 80 instead of 24, under load).
ALTER TABLE claims_claim SET (parallel_workers = 0);
"""

POSTGRESQL_BACKWARDS = """
ALTER TABLE claims_claim RESET (parallel_workers);
DROP TRIGGER IF EXISTS articles_article_language ON articles_article;
DROP TRIGGER IF EXISTS articles_article_search ON articles_article;
DROP TRIGGER IF EXISTS claims_claim_search ON claims_claim;
DROP FUNCTION IF EXISTS articles_article_language_changed();
DROP FUNCTION IF EXISTS articles_article_search_fill();
DROP FUNCTION IF EXISTS claims_claim_search_fill();
ALTER TABLE claims_claim DROP COLUMN IF EXISTS search;
ALTER TABLE articles_article DROP COLUMN IF EXISTS search;
DROP FUNCTION IF EXISTS tracker_search_document(text, text);
CREATE INDEX IF NOT EXISTS claim_search_idx ON claims_claim USING gin (
    to_tsvector('simple'::regconfig, COALESCE("text", '') || ' ' || COALESCE("subject", ''))
);
"""

SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS claims_claim_fts_language",
    *(
        f"DROP TRIGGER IF EXISTS {table}_fts_{event}"
        for table in ("claims_claim", "articles_article")
        for event in ("insert", "update", "delete")
    ),
    "DROP TABLE IF EXISTS claims_claim_fts",
    "DROP TABLE IF EXISTS articles_article_fts",
]


def forwards(apps, schema_editor):
    from tracker.claims.search import install_sqlite

    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute(POSTGRESQL)
        elif vendor == "sqlite":
            install_sqlite(cursor)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute(POSTGRESQL_BACKWARDS)
        elif vendor == "sqlite":
            for statement in SQLITE_BACKWARDS:
                cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_figure_suggestions"),
        ("articles", "0003_intake_limits_archive"),
        ("sources", "0003_claim_search_index"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
