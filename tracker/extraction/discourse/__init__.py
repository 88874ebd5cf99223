"""Discourse: what one sentence takes from its neighbours. Direct quotations and their
speakers (``quotes``); figures and sources that carry over ("Demnach ...", "Das ..."),
pronouns that point back to a speaker ("Er sagte ..."), reported speech that continues over
several sentences, and the period a figure inherits from the sentences before it. A rule that
needs more than one sentence belongs here."""
