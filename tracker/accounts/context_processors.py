from django.utils.translation import gettext_lazy as _

from .access import is_editor, role_of

ROLE_LABELS = {"admin": _("admin"), "editor": _("editor"), "journalist": _("journalist")}


def roles(request):
    user = getattr(request, "user", None)
    role = role_of(user)
    return {"is_editor": is_editor(user), "user_role": role, "user_role_label": ROLE_LABELS.get(role, role)}
