"""`{% if article.url|safe_link %}`: templates link only URLs that pass the storing rule."""

from django import template

from tracker.articles.links import is_safe_link

register = template.Library()


@register.filter
def safe_link(url) -> bool:
    return is_safe_link(url)
