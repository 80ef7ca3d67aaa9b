"""Offer.team points to the team's new home (volunteers 0002); state only, the column and its rows stay."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0005_offer_team"),
        ("volunteers", "0002_teams_move_here"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="offer",
                    name="team",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="offers",
                        to="volunteers.team",
                        verbose_name="on behalf of the team",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
