"""The two newsroom roles and what each may do. Groups are created by a data migration."""

JOURNALIST = "journalist"
EDITOR = "editor"

JOURNALIST_PERMISSIONS = [
    "articles.view_article",
    "articles.add_article",
    "articles.view_feed",
    "claims.view_claim",
    "claims.view_attribution",
    "claims.view_quote",
    "claims.view_figure",
    "sources.view_source",
    "sources.view_sourcealias",
]

EDITOR_PERMISSIONS = [
    *JOURNALIST_PERMISSIONS,
    "articles.reextract_article",
    "articles.archive_article",
    "articles.add_feed",
    "articles.change_feed",
    "articles.delete_feed",
    "claims.review_claim",
    "claims.add_claim",
    "claims.change_claim",
    "claims.add_attribution",
    "claims.change_attribution",
    "claims.delete_attribution",
    "claims.add_figure",
    "claims.change_figure",
    "sources.add_source",
    "sources.change_source",
    "sources.merge_source",
    "sources.delete_source",
    "sources.add_sourcealias",
    "sources.change_sourcealias",
    "sources.delete_sourcealias",
]

ROLE_PERMISSIONS = {JOURNALIST: JOURNALIST_PERMISSIONS, EDITOR: EDITOR_PERMISSIONS}


def sync_roles(apps) -> None:
    """Create or update the role groups so they hold exactly ROLE_PERMISSIONS.

    `apps` is a migration's app registry (or django.apps.apps).
    """
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrations; create them now so groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = []
        for name in names:
            app_label, codename = name.split(".")
            perms.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(perms)
