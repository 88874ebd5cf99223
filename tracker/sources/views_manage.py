"""Editors keep sources clean: edit (rename, kind, country, verify), aliases, delete unused,
and the unverified sources by claim count. Every change lands in the history."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker.claims.storage import SourceResolver

from .forms_manage import AliasForm, SourceEditForm
from .models import Source, SourceAlias
from .selectors import source_history, unverified_sources_page
from .services import source_alias_add, source_alias_remove, source_delete, source_update, source_uses


def _next(request, default):
    target = request.POST.get("next", "")
    return target if target.startswith("/") and not target.startswith("//") else default


@require_http_methods(["GET", "POST"])
@permission_required("sources.change_source", raise_exception=True)
def source_edit(request, pk):
    source = get_object_or_404(Source, pk=pk)
    form = SourceEditForm(request.POST or None, instance=Source.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        try:
            source = source_update(source=source, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(name)s was saved.") % {"name": source.name})
            return redirect("sources:detail", pk=source.pk)
    return render(
        request,
        "sources/source_edit.html",
        {
            "source": source,
            "form": form,
            "alias_form": AliasForm(source=source, prefix="alias"),
            "aliases": list(source.aliases.all()),
            "uses": source_uses(source),
            "history": source_history(source),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@permission_required("sources.change_source", raise_exception=True)
def source_verify(request, pk):
    source = get_object_or_404(Source, pk=pk)
    verified = request.POST.get("verified", "1") == "1"
    source_update(source=source, user=request.user, verified=verified)
    done = _("%(name)s is verified.") if verified else _("%(name)s is unverified.")
    messages.success(request, done % {"name": source.name})
    return redirect(_next(request, reverse("sources:detail", args=[source.pk])))


@require_POST
@permission_required("sources.add_sourcealias", raise_exception=True)
def source_alias_add_view(request, pk):
    source = get_object_or_404(Source, pk=pk)
    form = AliasForm(request.POST, source=source, prefix="alias")
    if form.is_valid():
        try:
            alias = source_alias_add(
                source=source,
                text=form.cleaned_data["text"],
                language=form.cleaned_data["language"],
                user=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Alias “%(alias)s” added.") % {"alias": alias.text})
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("sources:edit", pk=source.pk)


@require_POST
@permission_required("sources.delete_sourcealias", raise_exception=True)
def source_alias_remove_view(request, pk, alias_pk):
    alias = get_object_or_404(SourceAlias.objects.select_related("source"), pk=alias_pk, source_id=pk)
    source_alias_remove(alias=alias, user=request.user)
    messages.success(request, _("Alias “%(alias)s” removed.") % {"alias": alias.text})
    return redirect("sources:edit", pk=pk)


@require_POST
@permission_required("sources.delete_source", raise_exception=True)
def source_delete_view(request, pk):
    source = get_object_or_404(Source, pk=pk)
    try:
        source_delete(source=source, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("sources:edit", pk=pk)
    SourceResolver.clear_cache()  # this process; workers retry once on a vanished source
    messages.success(request, _("%(name)s was deleted.") % {"name": source.name})
    return redirect(_next(request, reverse("sources:unverified")))


@require_GET
@permission_required("sources.change_source", raise_exception=True)
def source_unverified(request):
    page = unverified_sources_page(number=request.GET.get("page"))
    return render(
        request, "sources/source_unverified.html", {"page": page, "query": "", "kinds": Source.Kind.choices}
    )
