"""Measures the extraction engine against answer keys (``make score``).

``scoring`` matches an extraction to a key and tallies per-field figures; ``__main__`` runs the
engine in-process over folders of keys and prints the table (``python -m tracker.evaluation``).
No Django: the engine and this package both run without it.
"""
