"""Numbers: numerals as written ("12.000", "1,2", "zwölf", "two dozen") and numbers in their
context (the scale in "1,2 Millionen", the hedge in "rund", the tests that make a number a
name, a time, an ordinal or a phone number instead of a figure). A rule that decides whether a
token is a number, or a number a figure at all, belongs here."""
