"""The claims list's filters, all in the URL so that a filtered list can be shared."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy

from tracker.sources.models import Source
from tracker.sources.selectors import source_ids_named

from . import search
from .forms import DateInput
from .models import Attribution, Claim
from .selectors import claims_of_source, without_archived
from .templatetags.claim_format import unit_candidates

SORTS = {
    "newest": ("-pk",),
    "oldest": ("pk",),
    # Undated claims last both ways (PostgreSQL sorts NULL first when descending, SQLite when
    # ascending).
    "date": (F("period_start").desc(nulls_last=True), "-pk"),
    "date_asc": (F("period_start").asc(nulls_last=True), "pk"),
    "value": ("-value", "-pk"),
    "value_asc": ("value", "pk"),
}
SORT_CHOICES = [
    ("newest", gettext_lazy("Newest first")),
    ("oldest", gettext_lazy("Oldest first")),
    ("date", gettext_lazy("Period, latest first")),
    ("date_asc", gettext_lazy("Period, earliest first")),
    ("value", gettext_lazy("Value, highest first")),
    ("value_asc", gettext_lazy("Value, lowest first")),
    ("relevance", gettext_lazy("Best match (with a search)")),
]
LANGUAGE_CHOICES = [("de", gettext_lazy("German")), ("en", gettext_lazy("English"))]
ANY_BUT_REJECTED = ""
ALL_STATUSES = "all"
STATUS_CHOICES = [(ALL_STATUSES, "All, with rejected"), *Claim.Status.choices]


# Ids are 64-bit: a larger number is no id (and overflows SQLite's INTEGER, a 500).
MAX_ID = 2**63 - 1


class IdFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=gettext_lazy("Search text"), method="filter_text")
    # Sources go by id (links from the sources pages); by name through `source_name`, so the
    # form never renders a 2,000-option select.
    source = IdFilter(label=gettext_lazy("Source id"), method="filter_source", widget=forms.HiddenInput)
    source_name = django_filters.CharFilter(label=gettext_lazy("Source"), method="filter_source_name")
    source_kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Source kind"), choices=Source.Kind.choices, method="filter_source_kind"
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=STATUS_CHOICES,
        method="filter_status",
        empty_label=gettext_lazy("Any but rejected"),
    )
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=Claim.Kind.choices)
    unit = django_filters.CharFilter(label=gettext_lazy("Unit"), method="filter_unit")
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"), choices=LANGUAGE_CHOICES, field_name="article__language"
    )
    period_from = django_filters.DateFilter(
        label=gettext_lazy("Period from"), method="filter_period_from", widget=DateInput
    )
    period_to = django_filters.DateFilter(
        label=gettext_lazy("Period to"), method="filter_period_to", widget=DateInput
    )
    figure = django_filters.CharFilter(label=gettext_lazy("Figure"), method="filter_figure")
    corrected = django_filters.ChoiceFilter(
        label=gettext_lazy("Corrected"),
        choices=[("yes", gettext_lazy("Corrected by an editor")), ("no", gettext_lazy("As extracted"))],
        method="filter_corrected",
    )
    article = IdFilter(label=gettext_lazy("Article id"), field_name="article_id", widget=forms.HiddenInput)
    sort = django_filters.ChoiceFilter(
        label=gettext_lazy("Sort"), choices=SORT_CHOICES, method="filter_sort", empty_label=None
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    @property
    def qs(self):
        queryset = super().qs
        # The fields that are valid, even when another one is not (a mistyped date is reported
        # and ignored; the status and sort asked for still hold).
        data = getattr(self.form, "cleaned_data", {}) if self.is_bound else {}
        if not data.get("status"):
            queryset = queryset.exclude(status=Claim.Status.REJECTED)
        if not data.get("article"):  # an archived article's claims only when asked for by id
            queryset = without_archived(queryset)
        sort = data.get("sort") or "newest"
        if getattr(self, "by_source", False) and sort in ("newest", "oldest"):
            # Same order as by id, but one the (source, claim) index can serve.
            queryset = queryset.order_by("-via_claim" if sort == "newest" else "via_claim")
        elif self.search is not None and sort in ("newest", "oldest"):
            queryset = search.order_newest(queryset, self.search, newest=sort == "newest")
        elif self.search is not None and sort == "relevance":
            queryset = search.order_relevance(queryset, self.search)
        elif not data.get("sort"):
            queryset = queryset.order_by(*SORTS["newest"])
        return queryset

    search = None  # the search.Search asked for, once filtered

    # Filters that narrow the list besides the source and the status.
    NARROWING = (
        "q", "source_name", "source_kind", "kind", "unit", "language",
        "period_from", "period_to", "figure", "corrected", "article",
    )  # fmt: skip

    def _cleaned(self) -> dict:
        return getattr(self.form, "cleaned_data", {}) if self.is_bound else {}

    @property
    def source_id(self) -> int | None:
        """The source the list is narrowed to by id (after .qs), if any."""
        if (self.data.get("source_name") or "").strip():
            return None  # a typed name replaces the picked source (filter_source)
        return self._cleaned().get("source")

    @property
    def only_source(self) -> bool:
        """Narrowed by a source (and maybe a status) and nothing else."""
        cleaned = self._cleaned()
        return self.source_id is not None and not any(cleaned.get(name) for name in self.NARROWING)

    @property
    def statuses(self) -> list[str]:
        """The statuses the list shows."""
        status = self._cleaned().get("status")
        if status == ALL_STATUSES:
            return list(Claim.Status.values)
        if status:
            return [status]
        return [value for value in Claim.Status.values if value != Claim.Status.REJECTED]

    def filter_text(self, queryset, name, value):
        if not value.strip():
            return queryset
        queryset, self.search = search.filter_claims(queryset, value)
        return queryset

    def filter_source(self, queryset, name, value):
        if (self.data.get("source_name") or "").strip():
            # A name typed over a picked source replaces it (the form keeps both fields).
            return queryset
        if not any(self._cleaned().get(name) for name in self.NARROWING):
            # By the source alone (and a status): through its attributions, ordered by their
            # claim ids (see qs), PostgreSQL walks the (source, claim) index backwards and
            # looks up each claim, whatever the source's size, where `id IN (its claims)`
            # walked the newest claims of the whole table (92,000 of them for a source with
            # 5,000 claims at ten million: 20 ms). With a search or another filter beside it,
            # the plan follows that filter (a rare word's index), and the walk of the source's
            # claims would check them all.
            self.by_source = True
            return claims_of_source(queryset, value)
        return queryset.filter(pk__in=Attribution.objects.filter(source_id=value).values("claim_id"))

    def filter_source_name(self, queryset, name, value):
        # Exactly that source, by its name or an alias in the filtered language: 'NIS' never
        # matches the 'miNIStry'. An unknown name finds nothing (rather than everything).
        if not value.strip():
            return queryset
        language = self.data.get("language", "") if self.data else ""
        ids = source_ids_named(value, language=language if language in ("de", "en") else "")
        return queryset.filter(pk__in=Attribution.objects.filter(source_id__in=ids).values("claim_id"))

    def filter_source_kind(self, queryset, name, value):
        return queryset.filter(pk__in=Attribution.objects.filter(source__kind=value).values("claim_id"))

    def filter_unit(self, queryset, name, value):
        # As stored ('soldier') or as the list prints it ('soldiers', 'people', '%').
        candidates = unit_candidates(value)
        if candidates == {""}:
            return queryset
        match = Q()
        for unit in candidates:
            match |= Q(unit__iexact=unit)
        return queryset.filter(match)

    def filter_status(self, queryset, name, value):
        if value == ALL_STATUSES:
            return queryset
        return queryset.filter(status=value)

    def filter_period_from(self, queryset, name, value):
        # Claims whose period reaches into the range (open ends count as one day).
        return queryset.filter(Q(period_end__gte=value) | Q(period_end__isnull=True, period_start__gte=value))

    def filter_period_to(self, queryset, name, value):
        return queryset.filter(period_start__lte=value)

    def filter_figure(self, queryset, name, value):
        # A figure's id, or "none" for the claims not tracked as any figure yet.
        value = value.strip()
        if value == "none":
            return queryset.filter(figure__isnull=True)
        if value.isdigit():
            return queryset.filter(figure_id=int(value)) if int(value) <= MAX_ID else queryset.none()
        return queryset

    def filter_corrected(self, queryset, name, value):
        return queryset.filter(corrected=value == "yes")

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS["newest"]))
