"""A small JSON API: submit articles, follow their extraction, read claims with the list's filters.

Authentication: a session (logged-in browser) or `Authorization: Token <key>` (tokens are made
in the admin or with `manage.py drf_create_token USER`). Permissions are the roles' own.
"""

from django.contrib.auth import authenticate
from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, status
from rest_framework.authtoken.models import Token
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_submit, article_submit_url
from tracker.claims.filters import ClaimFilter
from tracker.claims.models import Attribution, Claim, Quote
from tracker.claims.quote_selectors import quote_filters, quote_list_queryset
from tracker.claims.selectors import page_of

from .figure_serializers import page_serializer
from .serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ArticleSubmitSerializer,
    ArticleSubmittedSerializer,
    ArticleWithClaimsSerializer,
    ClaimSerializer,
    ErrorSerializer,
    QuoteSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)

# Claims of one article per API page: a flooded article answers in pages, not 18 MB at once.
ARTICLE_CLAIMS_PER_PAGE = 200


class HasPermission(permissions.BasePermission):
    """The view names the Django permission it needs for reading and for writing."""

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        needed = view.read_permission if request.method in permissions.SAFE_METHODS else view.write_permission
        return user.has_perm(needed)


def paged(page, serializer_class) -> Response:
    """One page of a list: its number, whether another follows, and the serialized items."""
    return Response(
        {
            "page": page.number,
            "has_next": page.has_next,
            "results": serializer_class(page.items, many=True).data,
        }
    )


def invalid(errors) -> Response:
    """400 with a one-line `detail` (as every error of the API) and the errors by field."""
    lines = []
    for field, messages in errors.items():
        text = " ".join(str(m) for m in messages)
        lines.append(text if field in ("non_field_errors", "__all__") else f"{field}: {text}")
    return Response({"detail": " ".join(lines), "errors": errors}, status=status.HTTP_400_BAD_REQUEST)


def attributions():
    chain = Attribution.objects.select_related("source").order_by("order", "pk")
    return Prefetch("attributions", queryset=chain)


# The API answers 401/403 itself instead of the site-wide redirect to the login page.
@method_decorator(login_not_required, name="dispatch")
class ArticleListCreate(APIView):
    permission_classes = [HasPermission]
    read_permission = "articles.view_article"
    write_permission = "articles.add_article"

    @extend_schema(
        operation_id="articles_list",
        summary="Articles and their extraction status, newest first",
        parameters=[
            OpenApiParameter("status", str, enum=Article.Status.values),
            OpenApiParameter("page", int, description="Page number, from 1."),
        ],
        responses={200: page_serializer("ArticlePage", ArticleSerializer), 400: ErrorSerializer},
    )
    def get(self, request):
        articles = Article.objects.defer("body").order_by("-pk")  # archived ones on request only
        if request.query_params.get("archived") not in ("1", "true", "yes"):
            articles = articles.filter(archived_at=None)
        wanted = request.query_params.get("status")
        if wanted:
            if wanted not in Article.Status.values:
                choices = ", ".join(Article.Status.values)
                return invalid({"status": [f"Unknown status {wanted!r}: use one of {choices}."]})
            articles = articles.filter(status=wanted)
        page = page_of(articles, number=request.query_params.get("page"))
        return paged(page, ArticleSerializer)

    @extend_schema(
        summary="Submit an article (its text, or a URL to fetch)",
        request=ArticleSubmitSerializer,
        responses={201: ArticleSubmittedSerializer, 200: ArticleSubmittedSerializer, 400: ErrorSerializer},
    )
    def post(self, request):
        form = ArticleSubmitSerializer(data=request.data)
        if not form.is_valid():
            return invalid(form.errors)
        data = form.validated_data
        fields = {
            "title": data["title"],
            "publisher": data["publisher"],
            "published": data["published"],
            "language": data["language"],
            "added_by": request.user,
            "origin": Article.Origin.API,
        }
        try:
            if data["body"].strip():
                result = article_submit(body=data["body"], url=data["url"] or None, **fields)
            else:
                result = article_submit_url(url=data["url"], **fields)
        except ArticleRejected as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        result.article.refresh_from_db(fields=["waiting_for_workers"])
        body = ArticleSerializer(result.article).data
        body["duplicate"] = not result.created
        if result.article.waiting_for_workers:
            body["detail"] = _("Stored; extraction will start when the workers are back.")
        body["page"] = request.build_absolute_uri(reverse("articles:detail", args=[result.article.pk]))
        return Response(body, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


@method_decorator(login_not_required, name="dispatch")
class ArticleDetail(APIView):
    """One article with its text and one page of its claims (`?claims_page=N`)."""

    permission_classes = [HasPermission]
    read_permission = "articles.view_article"
    write_permission = "articles.add_article"

    @extend_schema(
        summary="One article with its text and a page of its claims",
        parameters=[OpenApiParameter("claims_page", int, description="Page of claims, from 1.")],
        responses={200: ArticleWithClaimsSerializer, 404: ErrorSerializer},
    )
    def get(self, request, pk):
        quotes = Prefetch(
            "quotes",
            queryset=Quote.objects.select_related("speaker").prefetch_related("via").order_by("start"),
        )
        article = get_object_or_404(Article.objects.prefetch_related(quotes), pk=pk)
        claims = (
            Claim.objects.filter(article=article).prefetch_related(attributions()).order_by("start", "pk")
        )
        page = page_of(
            claims, number=request.query_params.get("claims_page"), per_page=ARTICLE_CLAIMS_PER_PAGE
        )
        body = ArticleDetailSerializer(article).data
        body["claims_count"] = claims.count()
        body["claims_page"] = page.number
        body["claims_has_next"] = page.has_next
        body["claims"] = ClaimSerializer(page.items, many=True).data
        return Response(body)


@method_decorator(login_not_required, name="dispatch")
class ClaimList(APIView):
    """The claims list of the web pages, same filters (`?source=`, `status=`, `unit=`, `q=` …)."""

    permission_classes = [HasPermission]
    read_permission = "claims.view_claim"
    write_permission = "claims.review_claim"

    @extend_schema(
        operation_id="claims_list",
        summary="Claims, with the filters of the claims page",
        parameters=[
            OpenApiParameter("source", int),
            OpenApiParameter("source_name", str, description="Exactly one source name or alias."),
            OpenApiParameter("status", str),
            OpenApiParameter("unit", str),
            OpenApiParameter("q", str, description="Full-text search."),
            OpenApiParameter("period_from", str),
            OpenApiParameter("page", int, description="Page number, from 1."),
        ],
        responses={200: page_serializer("ClaimPage", ClaimSerializer), 400: ErrorSerializer},
    )
    def get(self, request):
        claims = Claim.objects.prefetch_related(attributions())
        claim_filter = ClaimFilter(request.query_params, queryset=claims)
        if not claim_filter.is_valid():
            return invalid(claim_filter.errors)
        page = page_of(claim_filter.qs, number=request.query_params.get("page"))
        return paged(page, ClaimSerializer)


@method_decorator(login_not_required, name="dispatch")
class TokenObtain(APIView):
    """`POST /api/token/` with `username` and `password` → `{"token": …}`.

    Throttled like the log-in page (django-axes): after 5 failures for one user from one
    address, 429 with the wait in `detail`, even for the right password.
    """

    authentication_classes = []
    permission_classes = []

    @extend_schema(
        summary="A token for a username and password",
        request=TokenRequestSerializer,
        responses={200: TokenSerializer, 400: ErrorSerializer, 429: ErrorSerializer},
    )
    def post(self, request):
        data = request.data if hasattr(request.data, "get") else {}
        username, password = data.get("username"), data.get("password")
        if not isinstance(username, str) or not isinstance(password, str) or not username or not password:
            return Response(
                {"detail": _("Send `username` and `password` as text.")}, status=status.HTTP_400_BAD_REQUEST
            )
        # The Django request, so that django-axes counts failures and locks out as for the form.
        user = authenticate(request._request, username=username, password=password)
        if user is None or not user.is_active:
            return Response(
                {"detail": _("Unable to log in with these credentials.")}, status=status.HTTP_400_BAD_REQUEST
            )
        token, _created = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})


class QuoteList(APIView):
    """Quotes, newest article first: `?q=` (words or speaker), `source=ID` or `source_name=`
    (speaker or via), `article=ID`, `language=`, `page=N`."""

    permission_classes = [HasPermission]
    read_permission = "claims.view_quote"
    write_permission = "claims.change_quote"

    @extend_schema(
        operation_id="quotes_list",
        summary="Direct quotes with their speaker and the sources they came through",
        parameters=[
            OpenApiParameter("q", str, description="Words of the quote or its speaker."),
            OpenApiParameter("source", int, description="Speaker or relay, by id."),
            OpenApiParameter("source_name", str, description="Speaker or relay: one name or alias."),
            OpenApiParameter("article", int),
            OpenApiParameter("language", str),
            OpenApiParameter("page", int, description="Page number, from 1."),
        ],
        responses={200: page_serializer("QuotePage", QuoteSerializer)},
    )
    def get(self, request):
        page = page_of(
            quote_list_queryset(**quote_filters(request.query_params)),
            number=request.query_params.get("page"),
        )
        return paged(page, QuoteSerializer)
