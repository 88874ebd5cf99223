"""How the engine reads a value being typed: the text under the value fields (htmx)."""

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..value_input import ValueNotRead, format_value, parse_value


@require_GET
@permission_required("claims.review_claim", raise_exception=True)
def value_preview(request):
    language = request.GET.get("language", "")
    typed = next((v for k, v in request.GET.items() if k.endswith("value") or k.endswith("value_high")), "")
    if not typed.strip():
        return HttpResponse("")
    try:
        value = parse_value(typed[:60], language)
    except ValueNotRead as exc:
        return HttpResponse(f'<span class="error">{escape(str(exc))}</span>')
    # Written both ways, so that nobody can mistake which number it is.
    other = "en" if language == "de" else "de"
    if other == "en":
        text = _("Reads as %(value)s (%(other)s in English notation)")
    else:
        text = _("Reads as %(value)s (%(other)s in German notation)")
    text = text % {"value": format_value(value, language), "other": format_value(value, other)}
    return HttpResponse(escape(text))
