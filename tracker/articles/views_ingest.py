"""Adding articles (paste, upload, URL), feeds, and re-extraction. Thin: form → service → redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .forms import ArticlePasteForm, ArticleUploadForm, ArticleUrlForm, FeedForm
from .models import Article, Feed
from .selectors import feed_list
from .selectors_reading import batch_remember

WAITING_MESSAGE = gettext_lazy("Article stored; extraction will start when the workers are back.")


def _submitted(request, result, template, context):
    """Created: go to the article. Duplicate: say so on the form page, linking the original."""
    if result.retried:
        messages.info(request, _("This page could not be fetched before: fetching it again now."))
        return redirect("articles:detail", pk=result.article.pk)
    if result.created:
        result.article.refresh_from_db(fields=["waiting_for_workers"])
        if result.article.waiting_for_workers:
            messages.warning(request, WAITING_MESSAGE)
        else:
            messages.success(request, _("Article added. Its status below follows the extraction as it runs."))
        return redirect("articles:detail", pk=result.article.pk)
    return render(request, template, {**context, "duplicate": result.article})


@require_http_methods(["GET", "POST"])
@permission_required("articles.add_article", raise_exception=True)
def article_add(request):
    form = ArticlePasteForm(request.POST or None)
    context = {"form": form, "tab": "paste"}
    if request.method == "POST" and form.is_valid():
        try:
            result = services.article_submit(
                **form.cleaned_data, origin=Article.Origin.PASTE, added_by=request.user
            )
        except services.ArticleRejected as exc:
            form.add_error(None, str(exc))
        else:
            return _submitted(request, result, "articles/article_add.html", context)
    return render(request, "articles/article_add.html", context)


@require_http_methods(["GET", "POST"])
@permission_required("articles.add_article", raise_exception=True)
def article_upload(request):
    form = ArticleUploadForm(request.POST or None, request.FILES or None)
    context = {"form": form, "tab": "upload"}
    if request.method == "POST" and form.is_valid():
        uploads = form.cleaned_data.pop("file")
        if len(uploads) > 1 or services.is_records(uploads[0].name):
            return _batch(request, uploads, form.cleaned_data)
        upload = uploads[0]
        try:
            result = services.article_submit_file(
                name=upload.name,
                data=b"".join(upload.chunks()),
                **form.cleaned_data,
                added_by=request.user,
            )
        except services.ArticleRejected as exc:
            form.add_error("file", str(exc))
        else:
            return _submitted(request, result, "articles/article_upload.html", context)
    return render(request, "articles/article_upload.html", context)


@require_http_methods(["GET", "POST"])
@permission_required("articles.add_article", raise_exception=True)
def article_add_url(request):
    form = ArticleUrlForm(request.POST or None)
    context = {"form": form, "tab": "url"}
    if request.method == "POST" and form.is_valid():
        try:
            result = services.article_submit_url(**form.cleaned_data, added_by=request.user)
        except services.ArticleRejected as exc:
            form.add_error("url", str(exc))
        else:
            return _submitted(request, result, "articles/article_add_url.html", context)
    return render(request, "articles/article_add_url.html", context)


# The pages whose form is shown again when the request was too large to read (the middleware
# tracker.accounts.middleware.RequestTooLargeMiddleware refuses it before anything reads it).
TOO_LARGE_PAGES = {
    "articles:add": ("articles/article_add.html", ArticlePasteForm, "paste"),
    "articles:upload": ("articles/article_upload.html", ArticleUploadForm, "upload"),
}


def too_large_page(request, view_name: str, message: str):
    """The add page with `message` above an empty form (413), or None for other pages."""
    if view_name not in TOO_LARGE_PAGES or not request.user.has_perm("articles.add_article"):
        return None
    template, form_class, tab = TOO_LARGE_PAGES[view_name]
    context = {"form": form_class(), "tab": tab, "too_large": message}
    return render(request, template, context, status=413)


def _batch(request, uploads, fields):
    """Several files or a file of records: store them all, then follow the batch's progress."""
    batch = services.articles_submit_batch(
        files=[(upload.name, b"".join(upload.chunks())) for upload in uploads],
        defaults=fields,
        added_by=request.user,
    )
    key = batch_remember(request.session, batch.article_ids)
    text = _("%(added)d article(s) added, %(known)d already known, %(refused)d refused.") % {
        "added": batch.added,
        "known": batch.duplicates,
        "refused": len(batch.refusals),
    }
    if batch.article_ids:
        messages.success(request, text)
    else:
        messages.error(request, text)
    for line in batch.refusals[:20]:
        messages.error(request, _("Refused %(line)s") % {"line": line})
    if len(batch.refusals) > 20:
        messages.error(request, _("… and %(n)d more refused.") % {"n": len(batch.refusals) - 20})
    if not batch.article_ids:
        return redirect("articles:upload")
    return redirect("articles:batch", key=key)


@require_POST
@permission_required("articles.reextract_article", raise_exception=True)
def article_reextract(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        services.article_reextract(article=article, user=request.user)
    except services.ArticleRejected as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Extraction queued again; reviewed claims keep their state."))
    return redirect("articles:detail", pk=article.pk)


@require_POST
@permission_required("articles.archive_article", raise_exception=True)
def article_archive(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        services.article_archive(
            article=article, user=request.user, reason=request.POST.get("reason", "")[:200]
        )
    except services.ArticleRejected as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("Archived: the article and its claims are hidden from the lists and the queue.")
        )
    return redirect("articles:detail", pk=article.pk)


@require_POST
@permission_required("articles.archive_article", raise_exception=True)
def article_restore(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        services.article_restore(article=article, user=request.user)
    except services.ArticleRejected as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("Restored: the article and its claims are back in the lists and the queue.")
        )
    return redirect("articles:detail", pk=article.pk)


@require_http_methods(["GET", "POST"])
@permission_required("articles.view_feed", raise_exception=True)
def feed_list_view(request):
    form = FeedForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("articles.add_feed"):
            raise PermissionDenied(_("Only editors may subscribe to feeds."))
        if form.is_valid():
            try:
                feed = services.feed_subscribe(**form.cleaned_data, user=request.user)
            except services.ArticleRejected as exc:
                form.add_error("url", str(exc))
            else:
                messages.success(
                    request, _("Subscribed to %(feed)s. New entries arrive with each poll.") % {"feed": feed}
                )
                return redirect("articles:feeds")
    return render(request, "articles/feed_list.html", {"form": form, "feeds": feed_list()})


@require_POST
@permission_required("articles.change_feed", raise_exception=True)
def feed_toggle(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    services.feed_set_active(feed=feed, active=not feed.active, user=request.user)
    done = _("%(feed)s is active.") if feed.active else _("%(feed)s is paused.")
    messages.success(request, done % {"feed": feed})
    return redirect("articles:feeds")


@require_POST
@permission_required("articles.delete_feed", raise_exception=True)
def feed_delete(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    services.feed_delete(feed=feed, user=request.user)
    messages.success(request, _("Unsubscribed from %(feed)s; its articles stay.") % {"feed": feed})
    return redirect("articles:feeds")


@require_POST
@permission_required("articles.add_article", raise_exception=True)
def article_retry(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        article = services.article_retry(article=article, user=request.user)
    except services.ArticleRejected as exc:
        messages.error(request, str(exc))
    else:
        fetching = article.status == Article.Status.FETCHING
        messages.info(request, _("Fetching the page again.") if fetching else _("Extraction queued again."))
    return redirect("articles:detail", pk=article.pk)
