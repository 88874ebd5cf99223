"""Every error of the API says in `detail` what was wrong, field errors besides under `errors`."""

from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": first_message(exc.detail), "errors": exc.detail}
    return response


def first_message(detail, field: str = "") -> str:
    """The first error message of a (nested) DRF error structure, prefixed by its field.

    >>> first_message({"body": ["Must be text."]})
    'body: Must be text.'
    """
    if isinstance(detail, dict):
        for name, value in detail.items():
            label = "" if name in ("non_field_errors", "detail") else str(name)
            return first_message(value, label or field)
        return _("Invalid input.")
    if isinstance(detail, list):
        return first_message(detail[0], field) if detail else _("Invalid input.")
    return f"{field}: {detail}" if field else str(detail)
