"""Claims' background work: suggesting a new figure for the claims already stored."""

from celery import shared_task

from .suggestions import suggestions_for_new_figure


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def suggest_new_figure(figure_id: int) -> int:
    return suggestions_for_new_figure(figure_id=figure_id)
