"""The privacy notice now says where the rate-limit counters are kept (database, hashed keys, deleted within two
days), names the __Host- cookies, and says what goes when an organisation's last member deletes the account.

A notice staff have edited is left alone (see core.seed_pages.update_privacy).
"""

from django.db import migrations


def update(apps, schema_editor):
    from techpaten.core.seed_pages import update_privacy

    update_privacy(apps)


class Migration(migrations.Migration):
    dependencies = [("privacy", "0002_update_privacy_notice")]
    operations = [migrations.RunPython(update, migrations.RunPython.noop)]
