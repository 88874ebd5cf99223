from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Attribution, Claim, Figure, Quote


class AttributionInline(admin.TabularInline):
    model = Attribution
    extra = 0
    raw_id_fields = ["source"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = [
        "text",
        "kind",
        "value",
        "value_high",
        "unit",
        "status",
        "period_start",
        "article",
    ]
    list_filter = ["status", "kind", "bound", "modality", "origin", "unit"]
    search_fields = ["text", "subject", "article__title", "attributions__source__name"]
    raw_id_fields = ["article", "figure", "reviewed_by"]
    readonly_fields = ["fingerprint", "version", "created_at", "updated_at"]
    inlines = [AttributionInline]
    list_select_related = ["article"]


@admin.register(Attribution)
class AttributionAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "source", "role", "order", "cue"]
    list_filter = ["role"]
    search_fields = ["source__name", "text", "cue"]
    raw_id_fields = ["claim", "source"]


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "speaker_name", "article"]
    search_fields = ["text", "speaker_name"]
    raw_id_fields = ["article", "speaker", "via"]


@admin.register(Figure)
class FigureAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit", "created_at"]
    search_fields = ["name", "description"]
