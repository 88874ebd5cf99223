"""Read endpoints for tracked figures (with their conflicts and revisions), sources and
ClaimReview JSON-LD. Same roles as the pages: journalists and editors read."""

from types import SimpleNamespace

from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.claims.claimreview import REVIEWED, claim_review
from tracker.claims.figure_selectors import figure_analysis, figure_claims, figure_get, figure_list
from tracker.claims.models import Attribution, Claim, Figure
from tracker.claims.selectors import page_of
from tracker.sources.models import Source, SourceAlias
from tracker.sources.selectors import source_get, source_list_page, source_status_counts

from .claimreview_schema import ClaimReviewSerializer
from .figure_serializers import (
    FigureDetailSerializer,
    FigureSerializer,
    SourceDetailSerializer,
    SourceSerializer,
    page_serializer,
)
from .serializers import ErrorSerializer
from .views import HasPermission, paged

PAGE = OpenApiParameter("page", int, description="Page number, from 1 (50 a page).")


class ReadOnly(APIView):
    permission_classes = [HasPermission]
    write_permission = "claims.review_claim"  # nothing here writes


@method_decorator(login_not_required, name="dispatch")
class FigureList(ReadOnly):
    read_permission = "claims.view_figure"

    @extend_schema(
        operation_id="figures_list",
        summary="Tracked figures",
        parameters=[PAGE],
        responses=page_serializer("FigurePage", FigureSerializer),
    )
    def get(self, request):
        page = page_of(figure_list(), number=request.query_params.get("page"))
        return paged(page, FigureSerializer)


@method_decorator(login_not_required, name="dispatch")
class FigureDetail(ReadOnly):
    read_permission = "claims.view_figure"

    @extend_schema(
        summary="One tracked figure: its claims, each source's latest word, conflicts, revisions, repeats",
        responses={200: FigureDetailSerializer, 404: ErrorSerializer},
    )
    def get(self, request, pk):
        figure = figure_get(pk=pk)
        claims = figure_claims(figure)
        analysis = figure_analysis(claims)
        span = analysis.current_range
        body = {
            "id": figure.pk,
            "name": figure.name,
            "unit": figure.unit,
            "description": figure.description,
            "current_range": {"low": span[0], "high": span[1]} if span else None,
            "latest": analysis.latest,
            "conflicts": analysis.conflicts,
            "revisions": analysis.revisions,
            "repeats": analysis.repeats,
            "claims": _with_attributions(claims),
        }
        return Response(FigureDetailSerializer(body).data)


def _with_attributions(claims: list[Claim]) -> list[Claim]:
    """The claims in their order, with their attributions and sources (one query)."""
    chain = Attribution.objects.select_related("source").order_by("order", "pk")
    prefetch_related_objects(claims, Prefetch("attributions", queryset=chain))
    return claims


@method_decorator(login_not_required, name="dispatch")
class SourceList(ReadOnly):
    read_permission = "sources.view_source"

    @extend_schema(
        operation_id="sources_list",
        summary="Sources by name, with their claims counted",
        parameters=[
            PAGE,
            OpenApiParameter("kind", str, enum=Source.Kind.values),
            OpenApiParameter("q", str, description="Part of a name or an alias."),
        ],
        responses={200: page_serializer("SourcePage", SourceSerializer), 400: ErrorSerializer},
    )
    def get(self, request):
        kind = request.query_params.get("kind", "")
        if kind and kind not in Source.Kind.values:
            return Response(
                {"errors": {"kind": [f"Unknown kind {kind!r}: use one of {', '.join(Source.Kind.values)}."]}},
                status=status.HTTP_400_BAD_REQUEST,
            )
        page = source_list_page(
            number=request.query_params.get("page"), kind=kind, q=request.query_params.get("q", "")
        )
        for source in page.items:
            source.claim_count = source_status_counts(source)["total"]
        return paged(page, SourceSerializer)


@method_decorator(login_not_required, name="dispatch")
class SourceDetail(ReadOnly):
    read_permission = "sources.view_source"

    @extend_schema(summary="One source: aliases, claims counted by status, figures it speaks to",
                   responses={200: SourceDetailSerializer, 404: ErrorSerializer})  # fmt: skip
    def get(self, request, pk):
        source = source_get(pk=pk)
        source.counts = source_status_counts(source)
        source.claim_count = source.counts.pop("total")
        source.counts.pop("latest_claim_at")
        source.alias_rows = list(SourceAlias.objects.filter(source=source).values("text", "language"))
        source.figure_rows = list(
            Figure.objects.filter(claims__attributions__source=source)
            .exclude(claims__status=Claim.Status.REJECTED)
            .distinct()
            .order_by("name")
            .values("id", "name")
        )
        return Response(SourceDetailSerializer(source).data)


@method_decorator(login_not_required, name="dispatch")
class ClaimReviewDetail(ReadOnly):
    read_permission = "claims.view_claim"

    @extend_schema(
        summary="schema.org ClaimReview (JSON-LD) of a reviewed claim",
        responses={200: ClaimReviewSerializer, 404: ErrorSerializer},
    )
    def get(self, request, pk):
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
        if claim.status not in REVIEWED:
            return Response(
                {
                    "detail": _("Claim #%(pk)s has not been reviewed yet (%(status)s).")
                    % {"pk": pk, "status": str(claim.get_status_display()).lower()}
                },
                status=status.HTTP_404_NOT_FOUND,
            )
        claim.chain = [
            SimpleNamespace(name=name, kind=kind)
            for name, kind in Attribution.objects.filter(claim=claim)
            .order_by("order", "pk")
            .values_list("source__name", "source__kind")
        ]
        url = request.build_absolute_uri(reverse("claims:detail", args=[pk]))
        return Response(claim_review(claim, url=url), content_type="application/ld+json")
