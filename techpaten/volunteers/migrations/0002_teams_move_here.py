"""Teams move from engagements to volunteers, below offers (which offer on a team's behalf) and engagements.

State only: the tables keep their names (engagements_team, engagements_teammember) and their rows; the content
types follow, so admin history and permissions stay attached. engagements 0003 and offers 0006 point their foreign
keys here and drop the old state.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = ("team", "teammember")


def content_types_follow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="volunteers", model=model).exists():
            ContentType.objects.filter(app_label="engagements", model=model).update(app_label="volunteers")


def content_types_go_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="engagements", model=model).exists():
            ContentType.objects.filter(app_label="volunteers", model=model).update(app_label="engagements")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("engagements", "0002_engagementneed_seeking_backup_handover_hoursreport_and_more"),
        ("volunteers", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Team",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("name", models.CharField(blank=True, max_length=120, verbose_name="name")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                    ],
                    options={
                        "verbose_name": "team",
                        "verbose_name_plural": "teams",
                        "db_table": "engagements_team",
                    },
                ),
                migrations.CreateModel(
                    name="TeamMember",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[("lead", "lead"), ("member", "member"), ("backup", "backup (Vertretung)")],
                                default="member",
                                max_length=10,
                                verbose_name="role",
                            ),
                        ),
                        ("joined_at", models.DateTimeField(auto_now_add=True, verbose_name="joined")),
                        ("left_at", models.DateTimeField(blank=True, null=True, verbose_name="left")),
                        (
                            "leave_reason",
                            models.TextField(blank=True, max_length=1000, verbose_name="reason for leaving"),
                        ),
                        (
                            "team",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="members",
                                to="volunteers.team",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="team_memberships",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "team member",
                        "verbose_name_plural": "team members",
                        "db_table": "engagements_teammember",
                        "ordering": ["joined_at", "pk"],
                        "constraints": [
                            models.UniqueConstraint(
                                condition=models.Q(("left_at__isnull", True)),
                                fields=("team", "user"),
                                name="one_active_membership_per_team",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_follow, content_types_go_back),
    ]
