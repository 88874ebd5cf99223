from .access import is_editor, role_of


def roles(request):
    user = getattr(request, "user", None)
    return {"is_editor": is_editor(user), "user_role": role_of(user)}
