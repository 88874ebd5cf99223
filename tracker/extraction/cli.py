"""Command line: ``python -m tracker.extraction FILE [--lang de|en] [--published YYYY-MM-DD]``.

``main(argv)`` is shared with the Django management command ``extract``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from . import extract


def build_parser(prog: str = "python -m tracker.extraction") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Extract claims and quotes as JSON.")
    add_arguments(parser)
    return parser


def add_arguments(parser) -> None:
    """Also used by the management command's ``add_arguments``."""
    parser.add_argument("file", help="UTF-8 text file, or - for standard input")
    parser.add_argument("--lang", choices=["de", "en"], default=None, help="language (detected if left out)")
    parser.add_argument("--published", type=_date, default=None, help="publication date, YYYY-MM-DD")


def _date(value: str):
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, "rb") as fh:
        return fh.read().decode("utf-8", "replace")


def render(text: str, lang=None, published=None) -> str:
    return json.dumps(extract(text, lang, published).to_dict(), ensure_ascii=False)


def main(argv=None, stdout=None) -> int:
    args = build_parser().parse_args(argv)
    out = stdout or sys.stdout
    out.write(render(read_text(args.file), args.lang, args.published) + "\n")
    return 0
