"""Teams now live in volunteers (volunteers 0002): the foreign keys follow, the old state goes. State only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("engagements", "0002_engagementneed_seeking_backup_handover_hoursreport_and_more"),
        ("offers", "0006_team_in_volunteers"),
        ("volunteers", "0002_teams_move_here"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="engagement",
                    name="team",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="engagements",
                        to="volunteers.team",
                        verbose_name="team",
                    ),
                ),
                migrations.AlterField(
                    model_name="handover",
                    name="member",
                    field=models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="handover",
                        to="volunteers.teammember",
                    ),
                ),
                migrations.DeleteModel(name="TeamMember"),
                migrations.DeleteModel(name="Team"),
            ],
            database_operations=[],
        ),
    ]
