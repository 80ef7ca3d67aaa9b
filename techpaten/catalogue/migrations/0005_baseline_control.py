"""Every baseline setting names its Art. 32 control; the seeded ones get theirs from seed_data/controls.py.

The TOM used to guess the control from words in the setting; the column makes it explicit. Rows created in the
admin before this migration get the control that fits least wrongly ("data minimisation") and should be checked.
"""

from django.db import migrations, models


def seed(apps, schema_editor):
    from techpaten.catalogue.seed import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0004_fix_seed_texts"), ("compliance", "0004_revise_library")]
    operations = [
        migrations.AddField(
            model_name="baselinesetting",
            name="control",
            field=models.CharField(
                choices=[
                    ("physical", "physical access control"),
                    ("system_access", "system access control"),
                    ("data_access", "data access control"),
                    ("separation", "separation control"),
                    ("encryption", "pseudonymisation and encryption"),
                    ("transfer", "transfer control"),
                    ("input", "input control"),
                    ("availability", "availability (backup)"),
                    ("resilience", "resilience and updates"),
                    ("minimisation", "data minimisation by default"),
                    ("deletion", "deletion and storage limitation"),
                ],
                default="minimisation",
                max_length=16,
                verbose_name="control (Art. 32 GDPR)",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
