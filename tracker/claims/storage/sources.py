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

    Lookups go by canonical name (case-insensitive), then by alias (one in the text's language
    first); a merged source resolves to the one it was merged into. Hits are cached per process
    for a minute: most articles cite the same few dozen sources.
    """

    _cache: dict[str, tuple[float, int]] = {}

    def __init__(self, language: str = ""):
        self.language = language

    def resolve(
        self, name: str, *, kind: str | None = None, written: str | None = None, language: str | None = None
    ) -> int:
        key = _key(name)
        source_id = self._cached(key)
        if source_id is None:
            language = self.language if language is None else language
            source_id = self._lookup([key], language).get(key) or self._create(
                name.strip()[:200], kind, written, language
            )
            self._remember(key, source_id)
        return source_id

    def resolve_in_order(self, mentions) -> None:
        """Resolve (name, kind, written[, language]) mentions, creating the unknown ones by name.

        The names not cached are looked up together (two queries for any number). Two workers
        creating the same new sources in opposite orders would each wait on the other's
        uncommitted row of the unique name index: a deadlock. Creating them in one order (by
        name), before anything else names them, makes them queue instead.
        """
        first: dict[str, tuple] = {}
        for name, kind, written, *language in mentions:
            key = _key(name)
            if key and key not in first and self._cached(key) is None:
                first[key] = (name, kind, written, language[0] if language else self.language)
        if not first:
            return
        by_language: dict[str, list[str]] = {}
        for key, (*_, language) in first.items():
            by_language.setdefault(language, []).append(key)
        found = {}
        for language, keys in by_language.items():
            found.update(self._lookup(keys, language))
        for key in sorted(first):
            name, kind, written, language = first[key]
            self._remember(key, found.get(key) or self._create(name.strip()[:200], kind, written, language))

    @classmethod
    def clear_cache(cls) -> None:
        cls._cache.clear()

    def _cached(self, key: str) -> int | None:
        hit = self._cache.get(key)
        return hit[1] if hit and hit[0] > time.monotonic() else None

    def _remember(self, key: str, source_id: int) -> None:
        self._cache[key] = (time.monotonic() + SOURCE_CACHE_SECONDS, source_id)

    def _lookup(self, keys: list[str], language: str) -> dict[str, int]:
        """Source ids of these lower-case names: by canonical name, else by alias (the alias of
        `language` first); a merged source gives the one it was merged into."""
        found = {
            lname: merged_into or pk
            for lname, pk, merged_into in Source.objects.annotate(lname=Lower("name"))
            .filter(lname__in=keys)
            .values_list("lname", "pk", "merged_into_id")
        }
        rest = [key for key in keys if key not in found]
        if rest:
            aliases = (
                SourceAlias.objects.annotate(ltext=Lower("text"))
                .filter(ltext__in=rest)
                .values_list("ltext", "language", "source_id", "source__merged_into_id")
            )
            for ltext, _, source_id, merged_into in sorted(
                aliases, key=lambda row: (row[1] != language, row[1], row[2])
            ):
                found.setdefault(ltext, merged_into or source_id)
        return found

    def _create(self, name: str, kind: str | None, written: str | None, language: str) -> int:
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
            key = _key(name)
            return self._lookup([key], language)[key]
        written = (written or "").strip()[:200]
        if written and written.lower() != name.lower():
            try:
                with transaction.atomic():
                    SourceAlias.objects.create(source=source, text=written, language=language)
            except IntegrityError:
                pass  # the written form already names another source; leave that to an editor
        return source.pk


def _key(name: str) -> str:
    return name.strip().lower()[:200]
