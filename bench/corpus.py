"""The extraction benchmark's corpus, shared with the golden-output test
(``tests/extraction/test_golden.py``): the answer-key texts and the seed cut or repeated to
4 KB, plus generated news-like text (seeded, so always the same)."""

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "extraction" / "cases"
SEED = ROOT / "tests" / "extraction" / "seed"
SIZE = 4096


def fit(text: str) -> str:
    while len(text) < SIZE:
        text = text + "\n" + text
    return text[:SIZE]


_DE = [
    "Nach Angaben der Polizei wurden {n} Menschen verletzt.",
    "Laut Reuters kamen etwa {n} Soldaten um.",
    "Der Konzern steigerte den Umsatz im Juli um {p} Prozent auf {m} Milliarden Euro.",
    "„Wir haben alles getan, was wir konnten“, sagte Bürgermeister Klaus Meyer am Montag.",
    "Westliche Experten schätzen, dass bis zu {n} Soldaten getötet oder verwundet wurden.",
    "Die Zahl der Flüchtlinge hat sich seit 2023 verdoppelt, heißt es aus Regierungskreisen.",
    "Am 3. Juli 2025 um 14:30 Uhr hielt der ICE 594 in Ulm.",
    "Tausende Menschen demonstrierten.",
]
_EN = [
    "Police said {n} people were injured.",
    "According to Reuters, about {n} troops were killed.",
    "The company said revenue rose {p}% to ${m}bn in the second quarter.",
    '"We did everything we could," said Mayor Jane Smith on Monday.',
    "Western officials estimate that up to {n} soldiers were killed or wounded, US officials told CNN.",
    "The number of refugees has doubled since 2023, the UN refugee agency said.",
    "On July 3, 2025 at 3pm, flight 370 landed.",
    "Thousands of people marched.",
]


def generated(rng: random.Random, lang: str) -> str:
    pool = _DE if lang == "de" else _EN
    parts = []
    while sum(len(p) for p in parts) < SIZE:
        parts.append(
            rng.choice(pool).format(
                n=f"{rng.randrange(2, 90)}{'.' if lang == 'de' else ','}000",
                p=rng.randrange(1, 40),
                m=rng.randrange(1, 20),
            )
        )
    return fit(" ".join(parts))


def corpus() -> list[tuple[str, str]]:
    """(text, language) pairs: the benchmark's 4 KB articles, always in the same order."""
    docs = []
    for lang in ("de", "en"):
        for path in sorted((CASES / lang).glob("*.txt")):
            docs.append((fit(path.read_text(encoding="utf-8")), lang))
    for path in sorted(SEED.glob("*.txt")):
        docs.append((fit(path.read_text(encoding="utf-8")), "de"))
    rng = random.Random(42)
    for i in range(40):
        docs.append((generated(rng, "de" if i % 2 else "en"), "de" if i % 2 else "en"))
    return docs
