"""Re-runs the idempotent catalogue seed so texts corrected in seed_data reach existing databases.

The loader updates every seeded row in place (update_or_create by natural key), so a re-run changes only the texts
that differ; 0003 stays as it was.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from techpaten.catalogue.seed import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0003_seed_solutions")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
