"""Solutions and deployment profiles get an English name (issue 12); `name` stays the German one.

The column is added empty (English pages then show the German name, marked lang="de"); the idempotent seed fills in
the English names of the seeded rows. Rows made in the admin keep an empty English name until staff add one.
"""

from django.db import migrations, models


def seed(apps, schema_editor):
    from techpaten.catalogue.seed import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0005_baseline_control")]
    operations = [
        migrations.AddField(
            model_name="deploymentprofile",
            name="name_en",
            field=models.CharField(
                blank=True,
                help_text="Empty: English pages show the German name.",
                max_length=160,
                verbose_name="name (English)",
            ),
        ),
        migrations.AddField(
            model_name="solution",
            name="name_en",
            field=models.CharField(
                blank=True,
                help_text="Empty: English pages show the German name.",
                max_length=120,
                verbose_name="name (English)",
            ),
        ),
        migrations.AlterField(
            model_name="deploymentprofile",
            name="name",
            field=models.CharField(max_length=160, verbose_name="name (German)"),
        ),
        migrations.AlterField(
            model_name="solution",
            name="name",
            field=models.CharField(max_length=120, verbose_name="name (German)"),
        ),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
