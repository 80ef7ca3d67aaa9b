"""Money is integer cents everywhere: the need's monthly budget moves from a decimal in euros to cents."""

from decimal import ROUND_HALF_UP, Decimal

import django.core.validators
from django.db import migrations, models


def euros_to_cents(apps, schema_editor):
    Need = apps.get_model("needs", "Need")
    for pk, budget in Need.objects.exclude(monthly_budget=0).values_list("pk", "monthly_budget"):
        cents = int((Decimal(budget) * 100).to_integral_value(rounding=ROUND_HALF_UP))
        Need.objects.filter(pk=pk).update(monthly_budget_cents=cents)


def cents_to_euros(apps, schema_editor):
    Need = apps.get_model("needs", "Need")
    for pk, cents in Need.objects.exclude(monthly_budget_cents=0).values_list("pk", "monthly_budget_cents"):
        Need.objects.filter(pk=pk).update(monthly_budget=Decimal(cents).scaleb(-2))


class Migration(migrations.Migration):
    dependencies = [
        ("needs", "0003_listing_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="need",
            name="monthly_budget_cents",
            field=models.PositiveIntegerField(
                default=0,
                help_text="What your organisation can pay per month for servers, domains and storage. 0 is fine.",
                validators=[django.core.validators.MaxValueValidator(10000000)],
                verbose_name="monthly budget for infrastructure (cents)",
            ),
        ),
        migrations.RunPython(euros_to_cents, cents_to_euros),
        migrations.RemoveField(model_name="need", name="monthly_budget"),
    ]
