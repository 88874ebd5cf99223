"""Editors may archive and restore articles (articles.archive_article): the groups again."""

from django.db import migrations


def sync(apps, schema_editor):
    from tracker.accounts.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("articles", "0003_intake_limits_archive"),
        # sync_roles needs every role's permission to exist: the latest state of each app
        ("claims", "0001_initial"),
        ("sources", "0005_claim_stats_per_statement"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
