"""The golden-output corpus of the extraction engine and its file.

``tests/extraction/golden/extract.jsonl.gz`` holds, one line per document, the full JSON of
``extract()`` (without ``extractor_version``, a constant) for: every answer-key text, the seed,
the benchmark corpus (``bench/corpus.py``) and a few thousand generated sentences (seeded, so
always the same). ``test_golden.py`` compares it byte for byte. A deliberate change of output is
its own commit that rewrites the file (``python tests/extraction/_golden.py --write``) and says
why.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOLDEN = HERE / "golden" / "extract.jsonl.gz"
PUBLISHED = "2025-08-22"


def _bench_corpus():
    spec = importlib.util.spec_from_file_location("_bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the generated sentences: slots filled at random (seeded) from small tables per language
_SLOTS = {
    "de": {
        "source": [
            "Laut Polizei",
            "Nach Angaben des Gesundheitsministeriums",
            "Wie die Nachrichtenagentur dpa meldete,",
            "Dem ukrainischen Generalstab zufolge",
            "Laut einem Bericht der „New York Times“",
            "Nach Schätzungen westlicher Geheimdienste",
            "Unter Berufung auf Regierungskreise berichtete Reuters,",
            "Wie ein Sprecher der Stadt mitteilte,",
            "",
        ],
        "said": [
            "sagte ein Sprecher der Feuerwehr",
            "teilte das Innenministerium mit",
            "hieß es aus Militärkreisen",
            "berichtete der Spiegel",
            "so die Vereinten Nationen",
            "schätzt das Statistische Bundesamt",
            "erklärte Bürgermeisterin Anna Weber am Dienstag",
        ],
        "hedge": ["", "etwa ", "rund ", "mehr als ", "mindestens ", "bis zu ", "knapp ", "fast ", "über "],
        "number": [
            "{k}",
            "{k}.000",
            "{d},{k} Millionen",
            "{d} Milliarden",
            "zwei",
            "drei",
            "zehn",
            "Hunderte",
            "Tausende",
            "ein Drittel der",
            "zwischen {k} und {k2}",
            "{k} bis {k2}",
        ],
        "thing": [
            "Menschen",
            "Soldaten",
            "Zivilisten",
            "Kinder",
            "Drohnen",
            "Raketen",
            "Euro",
            "Dollar",
            "Prozent",
            "Tonnen Getreide",
            "Kilometer",
            "Jahre",
            "Quartale",
            "Wochen",
            "Haushalte",
        ],
        "verb": [
            "wurden getötet",
            "wurden verletzt",
            "kamen ums Leben",
            "wurden evakuiert",
            "sind betroffen",
            "wurden abgeschossen",
            "fehlen im Haushalt",
            "stiegen die Preise",
        ],
        "when": [
            "",
            " am Montag",
            " seit Kriegsbeginn",
            " im Juli 2024",
            " am 3. März",
            " im ersten Halbjahr",
            " in den vergangenen zwei Wochen",
            " im Jahr 2023",
            " bis Ende 2026",
            " in der Nacht zum Sonntag",
            " seit Anfang Oktober",
        ],
        "templates": [
            "{source} {hedge}{number} {thing}{when} {verb}.",
            "{hedge}{number} {thing} {verb}{when}, {said}.",
            "Die Zahl der Toten stieg{when} auf {hedge}{number}, {said}.",
            "„Wir rechnen mit {hedge}{number} {thing}“, {said}.",
            "{source} hat sich die Zahl{when} verdoppelt.",
            "Der Umsatz stieg{when} um {d} Prozent auf {d},{k} Milliarden Euro.",
            "Er sei {d} Jahre alt, {said}.",
            "Demnach wurden{when} {hedge}{number} {thing} registriert.",
            "Das Unternehmen beschäftigt {hedge}{number} Mitarbeiter in {d} Ländern.",
            "Jeder {ordinal} Zug kam{when} zu spät.",
        ],
        "ordinal": ["zweite", "dritte", "fünfte", "zehnte"],
    },
    "en": {
        "source": [
            "According to police,",
            "According to the health ministry,",
            "Reuters reported, citing officials, that",
            "The UN said",
            "Ukraine's general staff said",
            "Western intelligence estimates that",
            "Officials familiar with the plan said",
            "A spokesperson for the city said",
            "",
        ],
        "said": [
            "a fire service spokesman said",
            "the interior ministry said",
            "military sources told CNN",
            "the BBC reported",
            "according to the United Nations",
            "the statistics office estimates",
            "Mayor Anna Weber said on Tuesday",
        ],
        "hedge": [
            "",
            "about ",
            "around ",
            "more than ",
            "at least ",
            "up to ",
            "nearly ",
            "almost ",
            "over ",
        ],
        "number": [
            "{k}",
            "{k},000",
            "{d}.{k} million",
            "{d} billion",
            "two",
            "three",
            "ten",
            "hundreds of",
            "thousands of",
            "a third of the",
            "between {k} and {k2}",
            "{k} to {k2}",
        ],
        "thing": [
            "people",
            "soldiers",
            "civilians",
            "children",
            "drones",
            "missiles",
            "euros",
            "dollars",
            "percent",
            "tonnes of grain",
            "kilometres",
            "years",
            "quarters",
            "weeks",
            "households",
        ],
        "verb": [
            "were killed",
            "were wounded",
            "died",
            "were evacuated",
            "are affected",
            "were shot down",
            "are missing from the budget",
            "were lost",
        ],
        "when": [
            "",
            " on Monday",
            " since the start of the war",
            " in July 2024",
            " on March 3",
            " in the first half",
            " over the past two weeks",
            " in 2023",
            " by the end of 2026",
            " overnight",
            " since early October",
        ],
        "templates": [
            "{source} {hedge}{number} {thing} {verb}{when}.",
            "{hedge}{number} {thing} {verb}{when}, {said}.",
            "The death toll rose{when} to {hedge}{number}, {said}.",
            '"We expect {hedge}{number} {thing}," {said}.',
            "{source} the number has doubled{when}.",
            "Revenue rose{when} by {d}% to ${d}.{k}bn.",
            "He is {d} years old, {said}.",
            "It said {hedge}{number} {thing} were registered{when}.",
            "The company employs {hedge}{number} staff in {d} countries.",
            "Every {ordinal} train was late{when}.",
        ],
        "ordinal": ["second", "third", "fifth", "tenth"],
    },
}


def _sentence(rng: random.Random, lang: str) -> str:
    table = _SLOTS[lang]
    number = rng.choice(table["number"])
    values = {
        name: rng.choice(table[name])
        for name in ("source", "said", "hedge", "thing", "verb", "when", "ordinal")
    }
    values["number"] = number.format(
        k=rng.randrange(2, 999), k2=rng.randrange(1000, 5000), d=rng.randrange(2, 60)
    )
    sentence = rng.choice(table["templates"]).format(**values, k=rng.randrange(1, 99), d=rng.randrange(2, 60))
    sentence = re.sub(r"  +", " ", sentence).strip()
    return sentence[0].upper() + sentence[1:]


def _case_sentences(lang: str) -> list[str]:
    out = []
    for path in sorted((HERE / "cases" / lang).glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [s for s in re.split(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])", line) if len(s) > 20]
    return out


def generated(count: int = 3000) -> list[tuple[str, str, str]]:
    """(name, text, language): ``count`` generated sentences in documents of four (so that
    carry-over and back-references meet each other), and as many sentences of the answer keys
    shuffled into new neighbours."""
    rng = random.Random(13)
    docs = []
    for lang in ("de", "en"):
        for i in range(count // 8):
            text = " ".join(_sentence(rng, lang) for _ in range(4))
            docs.append((f"generated/{lang}/{i:04d}", text, lang))
        pool = _case_sentences(lang)
        for i in range(len(pool) // 4):
            picks = rng.sample(pool, 4)
            glue = "\n" if rng.random() < 0.3 else " "
            docs.append((f"shuffled/{lang}/{i:04d}", glue.join(picks), lang))
    return docs


def documents() -> list[tuple[str, str, str, str]]:
    """(name, text, language, published) of every document of the golden file, in order."""
    docs = []
    for lang in ("de", "en"):
        for path in sorted((HERE / "cases" / lang).glob("*.txt")):
            gold = json.loads(path.with_name(path.name[:-4] + ".gold.json").read_text(encoding="utf-8"))
            docs.append((f"cases/{path.name}", path.read_text(encoding="utf-8"), lang, gold.get("published")))
    for path in sorted((HERE / "seed").glob("*.txt")):
        gold = json.loads(path.with_name(path.name[:-4] + ".gold.json").read_text(encoding="utf-8"))
        docs.append(
            (
                f"seed/{path.name}",
                path.read_text(encoding="utf-8"),
                gold.get("language"),
                gold.get("published"),
            )
        )
    for i, (text, lang) in enumerate(_bench_corpus().corpus()):
        docs.append((f"bench/{i:03d}", text, lang, PUBLISHED))
    docs += [(name, text, lang, PUBLISHED) for name, text, lang in generated()]
    return docs


def line(name: str, text: str, language: str, published: str | None) -> str:
    from tracker.extraction import extract

    out = extract(text, language, published).to_dict()
    out.pop("extractor_version")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return json.dumps({"doc": name, "input": digest, "out": out}, ensure_ascii=False, sort_keys=True)


def render() -> list[str]:
    return [line(*doc) for doc in documents()]


def stored() -> list[str]:
    return gzip.decompress(GOLDEN.read_bytes()).decode("utf-8").splitlines()


def write() -> None:
    GOLDEN.parent.mkdir(exist_ok=True)
    data = ("\n".join(render()) + "\n").encode("utf-8")
    GOLDEN.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/extraction/_golden.py --write")
    write()
    print(f"wrote {GOLDEN} ({len(stored())} documents)")
