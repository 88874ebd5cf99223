"""Load the demo: a demo editor and journalist, and the sample articles of demo/ (idempotent)."""

import json
import os
from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tracker.accounts.roles import EDITOR, JOURNALIST
from tracker.articles.inprocess import synchronous
from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_submit

DEMO_DIR = Path(settings.BASE_DIR) / "demo"
DEMO_USERS = [("demo-editor", EDITOR), ("demo-journalist", JOURNALIST)]


class Command(BaseCommand):
    help = "Create the demo editor and journalist and load the sample articles in demo/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=os.environ.get("DEMO_PASSWORD") or "tracker-demo",
            help="password for the demo users (default: $DEMO_PASSWORD or 'tracker-demo')",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="load the demo even with DEBUG=0 (its users' password is published)",
        )

    def handle(self, *args, password, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: this looks like production, and the demo users' password is "
                "published. Refusing to create them; add --force to load the demo anyway "
                "(with DEMO_PASSWORD set to a password of your own)."
            )
        # Extraction runs here, before the command ends (not in the web's background thread).
        with synchronous():
            self._handle(password)

    def _handle(self, password):
        editor = None
        for username, role in DEMO_USERS:
            user = self.ensure_user(username, role, password)
            editor = editor or user
        added = skipped = 0
        for entry in json.loads((DEMO_DIR / "articles.json").read_text(encoding="utf-8")):
            text = (DEMO_DIR / "articles" / entry["file"]).read_text(encoding="utf-8")
            title = entry.get("title") or text.split("\n", 1)[0].strip()
            try:
                with transaction.atomic():
                    result = article_submit(
                        title=title,
                        body=text,
                        publisher=entry.get("publisher", ""),
                        published=date.fromisoformat(entry["published"]) if entry.get("published") else None,
                        language=entry.get("language", ""),
                        origin=Article.Origin.DEMO,
                        added_by=editor,
                    )
            except ArticleRejected as exc:
                self.stderr.write(f"  {entry['file']}: refused: {exc}")
                continue
            added += result.created
            skipped += not result.created
        self.stdout.write(f"Demo articles: {added} added, {skipped} already there.")
        self.stdout.write("Log in at /login/ with:")
        for username, role in DEMO_USERS:
            self.stdout.write(f"  {role:<10}  user {username:<16} password {password}")

    def ensure_user(self, username, role, password):
        # The password is set every time so that the log-ins printed below are always true.
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=role))
        return user
