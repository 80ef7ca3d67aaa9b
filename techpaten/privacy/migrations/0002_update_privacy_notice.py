"""The privacy notice now states export, account deletion and the retention periods (techpaten/privacy/retention.py).

core's 0002 only fills new databases; this brings existing ones up to date. A notice staff have edited is left alone.
"""

from django.db import migrations


def update(apps, schema_editor):
    from techpaten.core.seed_pages import update_privacy

    update_privacy(apps)


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_initial"), ("core", "0002_seed_pages")]
    operations = [migrations.RunPython(update, migrations.RunPython.noop)]
