"""Storing the quotes of extraction results: replaced whole (they carry no review state)."""

from __future__ import annotations

from tracker.claims.models import Quote

from .fields import to_int
from .rows import insert_rows


def quotes_store(entries, resolve) -> dict[int, int]:
    """Store the quotes of many articles: one COPY (or INSERT) for the quotes, one for their sources.

    `entries` are (article id, body, replace, quotes, language); `replace` deletes the stored
    quotes first (quotes are stored with extracted_at, atomically: a first extraction has
    none). `resolve(name, kind, written, language)` gives a source id. Returns how many quotes
    each article got.
    """
    replaced = [article_id for article_id, _, replace, _, _ in entries if replace]
    if replaced:
        Quote.via.through.objects.filter(quote__article_id__in=replaced).delete()
        Quote.objects.filter(article_id__in=replaced).delete()
    rows, vias, counts = [], [], {}
    for article_id, body, _, quotes, language in entries:
        spans = set()
        for item in quotes:
            start, end = to_int(item.get("start"), -1), to_int(item.get("end"), -1)
            if not (0 <= start < end <= len(body)) or (start, end) in spans:
                continue
            spans.add((start, end))
            speaker = item.get("speaker") or {}
            speaker_name = (speaker.get("name") or "").strip()
            rows.append(
                {
                    "article_id": article_id,
                    "start": start,
                    "end": end,
                    "text": body[start:end],
                    "speaker_name": speaker_name[:300],
                    "speaker_start": to_int(speaker.get("start"), None),
                    "speaker_end": to_int(speaker.get("end"), None),
                    "speaker_id": resolve(speaker_name, "person", None, language) if speaker_name else None,
                }
            )
            names = [(v.get("name") or "").strip() for v in item.get("via") or []]
            vias.append([resolve(n, None, None, language) for n in names if n])
        counts[article_id] = len(spans)
    if not rows:
        return counts
    ids = insert_rows(Quote, rows)
    links = sorted({(pk, source) for pk, sources in zip(ids, vias, strict=True) for source in sources})
    insert_rows(Quote.via.through, [{"quote_id": pk, "source_id": source} for pk, source in links])
    return counts
