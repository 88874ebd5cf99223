"""The API's JSON parser, bounded: the body's size is checked before it is read, its nesting
after it is parsed, so neither an 11 MB body nor 10,000 nested arrays costs more than a 400."""

from __future__ import annotations

import json

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 20


def max_body_bytes() -> int:
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def too_large_message(size: int | None = None) -> str:
    limit = max_body_bytes()
    told = f" ({size / 1_048_576:.1f} MB)" if size else ""
    return f"The request body is too large{told}; the limit is {limit / 1_048_576:.1f} MB."


def nesting_depth(value) -> int:
    """How deeply lists and objects nest in a parsed JSON value (iteratively: no recursion).

    >>> nesting_depth({"a": [1, [2]]})
    3
    >>> nesting_depth("text")
    0
    """
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        request = parser_context.get("request")
        limit = max_body_bytes()
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and declared.isdigit() and int(declared) > limit:
            raise ParseError(too_large_message(int(declared)))
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise ParseError(too_large_message())
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        try:
            data = json.loads(raw.decode(encoding), parse_constant=_refuse_constant)
        except RecursionError as exc:
            raise ParseError(f"The JSON is nested too deeply; at most {MAX_DEPTH} levels.") from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(f"The body is not valid JSON: {exc}") from exc
        if nesting_depth(data) > MAX_DEPTH:
            raise ParseError(f"The JSON is nested too deeply; at most {MAX_DEPTH} levels.")
        return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")
