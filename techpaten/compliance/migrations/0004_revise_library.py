"""Issue 11: the revised requirement library (corrected law, new requirements, church law, children's data).

Runs the seed loader again. It never rewrites a requirement that sits in an approved set: revised wording comes as a
new requirement (new code, `replaces` the old one), and every approved set whose pair now needs other requirements
or notes gets a new draft version for a reviewer to approve. Drafts are brought in line directly. See seed.py.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from techpaten.compliance.seed import load

    load(apps)


class Migration(migrations.Migration):
    dependencies = [("compliance", "0003_context_sponsors_source_checks"), ("taxonomy", "0002_seed_terms")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
