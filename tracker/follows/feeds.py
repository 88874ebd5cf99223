"""An Atom feed per tracked figure: what moved it (new sources, revisions, conflicts)."""

from django.contrib.auth.decorators import permission_required
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed

from tracker.claims.figure_selectors import figure_get

from .models import FigureEvent

FEED_ENTRIES = 50


@method_decorator(permission_required("claims.view_figure", raise_exception=True), name="__call__")
class FigureFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, pk):
        return figure_get(pk=pk)

    def title(self, figure):
        return f"{figure.name} · Fact tracker"

    def link(self, figure):
        return reverse("claims:figure", args=[figure.pk])

    def subtitle(self, figure):
        return f"New sources, revisions and conflicts of {figure.name}."

    def items(self, figure):
        return FigureEvent.objects.filter(figure=figure).select_related("figure")[:FEED_ENTRIES]

    def item_title(self, event):
        return f"{event.get_kind_display()}: {event.message}"

    def item_description(self, event):
        return event.message

    def item_link(self, event):
        if event.claim_id:
            return reverse("claims:detail", args=[event.claim_id])
        return reverse("claims:figure", args=[event.figure_id])

    def item_guid(self, event):
        return f"figure-event-{event.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.created_at
