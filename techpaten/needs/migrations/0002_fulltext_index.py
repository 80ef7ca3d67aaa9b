"""A full-text index kept current by the database itself (issue 9).

PostgreSQL: a weighted tsvector column (title and organisation name weight A, description weight B, the `german`
configuration), written by a trigger on every insert and on every change of the title, the description or the
organisation, and by a trigger on the organisation's table when it is renamed; a GIN index on it.
SQLite: an FTS5 table kept by triggers, created after every `migrate` by `needs.search_index` (SQLite drops a table's
triggers whenever Django rebuilds the table for a schema change, so a migration alone would not keep them).

The Python-side `search_text` column this replaces is dropped.
"""

from django.db import migrations

POSTGRESQL = [
    "ALTER TABLE needs_need ADD COLUMN search_vector tsvector",
    """
    CREATE FUNCTION needs_need_search_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector('german', coalesce(NEW.title, '')), 'A')
            || setweight(to_tsvector('german', coalesce(
                (SELECT name FROM organisations_organisation WHERE id = NEW.organisation_id), '')), 'A')
            || setweight(to_tsvector('german', coalesce(NEW.description, '')), 'B');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER needs_need_search_vector
    BEFORE INSERT OR UPDATE OF title, description, organisation_id ON needs_need
    FOR EACH ROW EXECUTE FUNCTION needs_need_search_vector()
    """,
    # A renamed organisation: touching the title re-runs the need trigger above for each of its needs.
    """
    CREATE FUNCTION needs_organisation_renamed() RETURNS trigger AS $$
    BEGIN
        UPDATE needs_need SET title = title WHERE organisation_id = NEW.id;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER needs_organisation_renamed
    AFTER UPDATE OF name ON organisations_organisation
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION needs_organisation_renamed()
    """,
    "UPDATE needs_need SET title = title",
    "CREATE INDEX needs_need_search_vector_gin ON needs_need USING gin (search_vector)",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS needs_organisation_renamed ON organisations_organisation",
    "DROP FUNCTION IF EXISTS needs_organisation_renamed()",
    "DROP TRIGGER IF EXISTS needs_need_search_vector ON needs_need",
    "DROP FUNCTION IF EXISTS needs_need_search_vector()",
    "ALTER TABLE needs_need DROP COLUMN IF EXISTS search_vector",
]

def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("needs", "0001_initial"),
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL}),
            _run({"postgresql": POSTGRESQL_REVERSE}),
        ),
        migrations.RemoveField(model_name="need", name="search_text"),
    ]
