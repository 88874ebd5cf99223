"""How good the top suggested figure is, on an answer key of our own (cases/figure_suggestions.json).

Run with `-s` to see the figures: `pytest tests/claims/test_suggestion_quality.py -s`.
"""

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.factories import ArticleFactory
from tracker.articles.models import Article
from tracker.claims.figures import claims_assign_figure, figure_create
from tracker.claims.models import Claim
from tracker.claims.storage import extraction_store
from tracker.claims.storage.sources import SourceResolver
from tracker.extraction import extract

pytestmark = pytest.mark.django_db
KEY = json.loads((Path(__file__).parent / "cases" / "figure_suggestions.json").read_text(encoding="utf-8"))


def _store(text: str, language: str, published: str) -> Article:
    day = datetime.date.fromisoformat(published)
    article = ArticleFactory(body=text, language=language, published=day, status=Article.Status.EXTRACTING)
    extraction_store(article=article, result=extract(text, language=language, published=day).to_dict())
    return article


def _key(value: Decimal) -> str:
    return format(value.normalize(), "f")


def score_key(editor, articles: str = "articles") -> dict:
    SourceResolver.clear_cache()
    for spec in KEY["figures"]:
        figure = figure_create(name=spec["name"], unit=spec["unit"], user=editor)
        seed = _store(**spec["seed"])
        items = list(Claim.objects.filter(article=seed).values_list("pk", "version"))
        claims_assign_figure(items=items, figure=figure, user=editor)
    right = proposed = belonging = 0
    misses = []
    for spec in KEY[articles]:
        article = _store(spec["text"], spec["language"], spec["published"])
        for claim in Claim.objects.filter(article=article).prefetch_related("suggestions__figure"):
            expected = spec["expect"].get(_key(claim.value), "missing from the key")
            top = max(claim.suggestions.all(), key=lambda s: s.score, default=None)
            got = top.figure.name if top else None
            belonging += expected is not None
            proposed += got is not None
            right += got is not None and got == expected
            if got != expected:
                why = f" ({top.score:.2f}: {'; '.join(top.reasons + top.warnings)})" if top else ""
                misses.append(f"{claim.text!r}: expected {expected}, top suggestion {got}{why}")
    return {
        "claims": sum(len(a["expect"]) for a in KEY[articles]),
        "belonging": belonging,
        "proposed": proposed,
        "right": right,
        "precision": right / proposed if proposed else 0.0,
        "recall": right / belonging if belonging else 0.0,
        "misses": misses,
    }


def report(name: str, result: dict) -> None:
    print(
        f"\nsuggested figures, {name}: {result['claims']} claims, {result['belonging']} belong to a figure; "
        f"top suggestion precision {result['precision']:.3f} ({result['right']}/{result['proposed']}), "
        f"recall {result['recall']:.3f} ({result['right']}/{result['belonging']})"
    )
    for miss in result["misses"]:
        print("  miss:", miss)


def test_the_top_suggestion_is_mostly_right_and_finds_most_figures(editor):
    result = score_key(editor)
    report("tuning set", result)
    assert result["precision"] >= 0.8
    assert result["recall"] >= 0.8


def test_on_articles_held_out_while_tuning_it_still_mostly_right(editor):
    """The `held_out` articles were written before the scorer's last changes and scored once."""
    result = score_key(editor, "held_out")
    report("held-out set", result)
    assert result["precision"] >= 0.75
    assert result["recall"] >= 0.6
