"""Editors may delete a source that no claim or quote uses (tracker/sources/services.py)."""

from django.db import migrations


def sync(apps, schema_editor):
    from tracker.accounts.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_editors_archive_articles")]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
