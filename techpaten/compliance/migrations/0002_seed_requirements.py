from django.db import migrations


def seed(apps, schema_editor):
    from techpaten.compliance.seed import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial"), ("taxonomy", "0002_seed_terms")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
