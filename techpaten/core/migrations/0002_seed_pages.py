from django.db import migrations


def seed(apps, schema_editor):
    from techpaten.core.seed_pages import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
