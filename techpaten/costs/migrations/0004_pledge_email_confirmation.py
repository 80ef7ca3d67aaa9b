from django.db import migrations, models
from django.db.models import F


def pledges_made_before_count_as_confirmed(apps, schema_editor):
    """Pledges made before the confirmation link existed stay visible to their organisation, as they were."""
    apps.get_model("costs", "Pledge").objects.update(email_confirmed_at=F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("costs", "0003_pledge_ip_hash_pledge_language"),
    ]

    operations = [
        migrations.AddField(
            model_name="pledge",
            name="email_confirmed_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="e-mail address confirmed"),
        ),
        migrations.RunPython(pledges_made_before_count_as_confirmed, migrations.RunPython.noop),
    ]
