from django.db import migrations


def seed(apps, schema_editor):
    from techpaten.catalogue.seed import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0002_initial"), ("compliance", "0002_seed_requirements")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
