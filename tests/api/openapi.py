"""Check an API response against the project's own OpenAPI 3 schema (/api/schema/).

OpenAPI 3.0 schemas are JSON Schema but for `nullable`; this turns them into JSON Schema
(draft 2020-12) and validates with jsonschema, resolving the `#/components/schemas/...` refs.
"""

from __future__ import annotations

import re

import jsonschema
from django.test import Client


def _json_schema(node):
    if isinstance(node, dict):
        node = {key: _json_schema(value) for key, value in node.items()}
        if node.pop("nullable", False):
            if "type" in node:
                node["type"] = [node["type"], "null"]
            else:
                node = {"anyOf": [node, {"type": "null"}]}
        return node
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    return node


def load_schema(client: Client) -> dict:
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def _operation(schema: dict, path: str, method: str) -> dict:
    for template, operations in schema["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
        if re.match(pattern, path):
            return operations[method.lower()]
    raise AssertionError(f"{method} {path} is not in the schema")


def assert_matches_schema(schema: dict, response, *, method: str = "GET") -> None:
    """The response's status is documented for its path, and its body has the documented shape."""
    path = response.request["PATH_INFO"]
    operation = _operation(schema, path, method)
    documented = operation["responses"].get(str(response.status_code))
    assert documented is not None, f"{method} {path}: status {response.status_code} is not documented"
    content = documented.get("content")
    if not content:
        return
    media = next(iter(content.values()))
    body_schema = {**_json_schema(media["schema"]), "components": _json_schema(schema["components"])}
    jsonschema.validate(response.json(), body_schema)
