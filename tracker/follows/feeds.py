"""Atom feeds of what moved tracked figures (new sources, revisions, conflicts).

- `/notifications/figures/ID/feed/`: one figure's feed, behind the login like every page.
- `/notifications/feed/KEY/` (and `.../figures/ID/`, `.../sources/ID/`): the feeds of what one
  person follows, for feed readers, which cannot log in. KEY is that person's secret feed
  token (FeedToken; made, replaced and revoked on /notifications/feed/); the feed only ever
  shows the events of the figures and sources that person follows, and only reads.
"""

from dataclasses import dataclass

from django.contrib.auth.decorators import permission_required
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed

from tracker.claims.figure_selectors import figure_get
from tracker.claims.models import Figure
from tracker.sources.models import Source

from . import services
from .models import FigureEvent

FEED_ENTRIES = 50


class EventFeed(Feed):
    """What every feed of figure events shares: one entry per event."""

    feed_type = Atom1Feed
    item_guid_is_permalink = False

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

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.created_at


@method_decorator(permission_required("claims.view_figure", raise_exception=True), name="__call__")
class FigureFeed(EventFeed):
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


@dataclass(frozen=True)
class Followed:
    """Whose follows a token feed shows, and which one of them (None: all)."""

    user: object
    figure: Figure | None = None
    source: Source | None = None


class FollowedFeed(EventFeed):
    """A person's follows, read with their feed token instead of a login."""

    login_required = False  # LoginRequiredMiddleware: the token in the URL stands for the login

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The URL is a secret: not cached by shared caches, not indexed, not sent on as a referrer.
        response["Cache-Control"] = "private, max-age=300"
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
        return response

    def get_object(self, request, key, pk=None):
        user = services.feed_token_user(key)
        if user is None:
            raise Http404("No such feed.")
        return self.followed(user, pk)

    def followed(self, user, pk):
        return Followed(user)

    def title(self, followed):
        return "What I follow · Fact tracker"

    def link(self, followed):
        return reverse("follows:notifications")

    def subtitle(self, followed):
        return "New sources, revisions and conflicts of the figures and sources I follow."

    def items(self, followed):
        return services.followed_events(followed.user)[:FEED_ENTRIES]


class FollowedFigureFeed(FollowedFeed):
    def followed(self, user, pk):
        figure = get_object_or_404(Figure, pk=pk)
        if not services.is_following(user, figure=figure):
            raise Http404("No such feed.")
        return Followed(user, figure=figure)

    def title(self, followed):
        return f"{followed.figure.name} · Fact tracker"

    def link(self, followed):
        return reverse("claims:figure", args=[followed.figure.pk])

    def subtitle(self, followed):
        return f"New sources, revisions and conflicts of {followed.figure.name}."

    def items(self, followed):
        return services.followed_events(followed.user, figure_id=followed.figure.pk)[:FEED_ENTRIES]


class FollowedSourceFeed(FollowedFeed):
    def followed(self, user, pk):
        source = get_object_or_404(Source, pk=pk)
        if not services.is_following(user, source=source):
            raise Http404("No such feed.")
        return Followed(user, source=source)

    def title(self, followed):
        return f"{followed.source.name} · Fact tracker"

    def link(self, followed):
        return reverse("sources:detail", args=[followed.source.pk])

    def subtitle(self, followed):
        return f"Figures that {followed.source.name}'s claims moved: new sources, revisions, conflicts."

    def items(self, followed):
        return services.followed_events(followed.user, source_id=followed.source.pk)[:FEED_ENTRIES]
