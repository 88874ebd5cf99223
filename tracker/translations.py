"""Compiles the translation catalogues locale/*/LC_MESSAGES/django.po into the .mo files
Django reads, in pure Python (polib): no gettext tools are needed to build or run the app.

    python -m tracker.translations          # writes every .mo next to its .po

`make messages` runs Django's makemessages (which needs gettext's xgettext) and then this.
The .mo files are committed: a fresh clone speaks German without any build step, and
tests/i18n checks that each .mo matches its .po.
"""

from __future__ import annotations

import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def compile_all(locale: Path = LOCALE) -> list[Path]:
    import polib

    written = []
    for source in sorted(locale.glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(source))
        target = source.with_suffix(".mo")
        catalogue.save_as_mofile(str(target))
        written.append(target)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(LOCALE.parent))
    sys.exit(0)
