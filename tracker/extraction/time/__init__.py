"""Time: calendar dates and periods written out ("3. Juli 2025", "the fourth quarter", "seit
Kriegsbeginn", "vergangene Woche"), resolved against the publication date. ``find_periods``
also returns the tokens a date uses, so that its numbers are not taken for figures. A rule
about a way of writing a date or a period belongs here."""
