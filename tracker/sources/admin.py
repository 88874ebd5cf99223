from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Source, SourceAlias


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 1


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "verified", "merged_into", "updated_at"]
    list_filter = ["kind", "verified", "country"]
    search_fields = ["name", "aliases__text", "country"]
    raw_id_fields = ["merged_into"]
    inlines = [SourceAliasInline]


@admin.register(SourceAlias)
class SourceAliasAdmin(SimpleHistoryAdmin):
    list_display = ["text", "language", "source"]
    list_filter = ["language"]
    search_fields = ["text", "source__name"]
    raw_id_fields = ["source"]
