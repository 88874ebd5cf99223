"""A small JSON API: submit articles, follow their extraction, read claims with the list's filters.

Authentication: a session (logged-in browser) or `Authorization: Token <key>` (tokens are made
in the admin or with `manage.py drf_create_token USER`). Permissions are the roles' own.
"""

from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from rest_framework import generics, permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_submit, article_submit_url
from tracker.claims.filters import ClaimFilter
from tracker.claims.models import Attribution, Claim
from tracker.claims.selectors import page_of

from .serializers import ArticleDetailSerializer, ArticleSerializer, ArticleSubmitSerializer, ClaimSerializer


class HasPermission(permissions.BasePermission):
    """The view names the Django permission it needs for reading and for writing."""

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        needed = view.read_permission if request.method in permissions.SAFE_METHODS else view.write_permission
        return user.has_perm(needed)


def attributions():
    chain = Attribution.objects.select_related("source").order_by("order", "pk")
    return Prefetch("attributions", queryset=chain)


# The API answers 401/403 itself instead of the site-wide redirect to the login page.
@method_decorator(login_not_required, name="dispatch")
class ArticleListCreate(APIView):
    permission_classes = [HasPermission]
    read_permission = "articles.view_article"
    write_permission = "articles.add_article"

    def get(self, request):
        articles = Article.objects.defer("body").order_by("-pk")
        wanted = request.query_params.get("status")
        if wanted:
            if wanted not in Article.Status.values:
                choices = ", ".join(Article.Status.values)
                return Response(
                    {"errors": {"status": [f"Unknown status {wanted!r}: use one of {choices}."]}},
                    status=status.HTTP_400_BAD_REQUEST,
                )
            articles = articles.filter(status=wanted)
        page = page_of(articles, number=request.query_params.get("page"))
        return Response(
            {
                "page": page.number,
                "has_next": page.has_next,
                "results": ArticleSerializer(page.items, many=True).data,
            }
        )

    def post(self, request):
        form = ArticleSubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
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
        body = ArticleSerializer(result.article).data
        body["duplicate"] = not result.created
        body["page"] = request.build_absolute_uri(reverse("articles:detail", args=[result.article.pk]))
        return Response(body, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


@method_decorator(login_not_required, name="dispatch")
class ArticleDetail(generics.RetrieveAPIView):
    permission_classes = [HasPermission]
    read_permission = "articles.view_article"
    write_permission = "articles.add_article"
    serializer_class = ArticleDetailSerializer

    def get_object(self):
        claims = Prefetch("claims", queryset=Claim.objects.prefetch_related(attributions()).order_by("start"))
        return get_object_or_404(Article.objects.prefetch_related(claims), pk=self.kwargs["pk"])


@method_decorator(login_not_required, name="dispatch")
class ClaimList(APIView):
    """The claims list of the web pages, same filters (`?source=`, `status=`, `unit=`, `q=` …)."""

    permission_classes = [HasPermission]
    read_permission = "claims.view_claim"
    write_permission = "claims.review_claim"

    def get(self, request):
        claims = Claim.objects.prefetch_related(attributions())
        claim_filter = ClaimFilter(request.query_params, queryset=claims)
        if not claim_filter.is_valid():
            return Response({"errors": claim_filter.errors}, status=status.HTTP_400_BAD_REQUEST)
        page = page_of(claim_filter.qs, number=request.query_params.get("page"))
        return Response(
            {
                "page": page.number,
                "has_next": page.has_next,
                "results": ClaimSerializer(page.items, many=True).data,
            }
        )
