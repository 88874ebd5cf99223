"""Source names as the engine writes them → Source ids, creating unverified sources."""

import time

from django.db import IntegrityError, transaction
from django.db.models.functions import Lower

from tracker.extraction.sources.mentions import known_source
from tracker.sources.models import Source, SourceAlias

SOURCE_CACHE_SECONDS = 60
SOURCE_KINDS = frozenset(str(v) for v in Source.Kind.values)


class SourceResolver:
    """Names as the engine gives them → Source ids, creating unverified sources for unknown ones.

    Lookups go by canonical name (case-insensitive), then by alias; a merged source resolves to
    the one it was merged into. Hits are cached per process for a minute: most articles cite
    the same few dozen sources.
    """

    _cache: dict[str, tuple[float, int]] = {}

    def __init__(self, language: str = ""):
        self.language = language

    def resolve(self, name: str, *, kind: str | None = None, written: str | None = None) -> int:
        key = name.strip().lower()[:200]
        hit = self._cache.get(key)
        if hit and hit[0] > time.monotonic():
            return hit[1]
        source_id = self._lookup(key) or self._create(name.strip()[:200], kind, written)
        self._cache[key] = (time.monotonic() + SOURCE_CACHE_SECONDS, source_id)
        return source_id

    def resolve_in_order(self, mentions) -> None:
        """Resolve (name, kind, written) mentions sorted by name, creating the unknown ones.

        Two workers creating the same new sources in opposite orders would each wait on the
        other's uncommitted row of the unique name index: a deadlock. Creating them in one
        order (by name), before anything else names them, makes them queue instead.
        """
        first: dict[str, tuple] = {}
        for name, kind, written in mentions:
            key = name.strip().lower()[:200]
            if key and key not in first:
                first[key] = (name, kind, written)
        for key in sorted(first):
            name, kind, written = first[key]
            self.resolve(name, kind=kind, written=written)

    @classmethod
    def clear_cache(cls) -> None:
        cls._cache.clear()

    def _lookup(self, key: str) -> int | None:
        found = (
            Source.objects.annotate(lname=Lower("name"))
            .filter(lname=key)
            .values_list("pk", "merged_into_id")
            .first()
        )
        if found is None:
            aliases = (
                SourceAlias.objects.annotate(ltext=Lower("text"))
                .filter(ltext=key)
                .values_list("language", "source_id", "source__merged_into_id")
            )
            ranked = sorted(aliases, key=lambda row: row[0] != self.language)
            found = ranked[0][1:] if ranked else None
        if found is None:
            return None
        source_id, merged_into = found
        return merged_into or source_id

    def _create(self, name: str, kind: str | None, written: str | None) -> int:
        # A name the engine's gazetteer knows (a quote's "laut KCNA" comes without a kind)
        # takes the gazetteer's kind and country.
        known = known_source(name)
        if kind not in SOURCE_KINDS or (kind == "other" and known):
            kind = known[1] if known else "other"
        country = known[2] if known and known[1] == kind else ""
        try:
            with transaction.atomic():
                source = Source.objects.create(name=name, kind=kind, country=country, verified=False)
        except IntegrityError:  # another worker created it a moment ago
            return self._lookup(name.lower())
        written = (written or "").strip()[:200]
        if written and written.lower() != name.lower():
            try:
                with transaction.atomic():
                    SourceAlias.objects.create(source=source, text=written, language=self.language)
            except IntegrityError:
                pass  # the written form already names another source; leave that to an editor
        return source.pk
