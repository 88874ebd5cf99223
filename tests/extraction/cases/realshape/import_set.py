"""Brings a scored unseen set into this folder (see WRITING.md).

    python tests/extraction/cases/realshape/import_set.py SETDIR LANG START DEST

``SETDIR/LANG/{texts/NAME.txt, gold/NAME.json, sources.json}`` become
``DEST/LANG/rs-LANG<START+i>-TOPIC.{txt,gold.json}`` in name order; the key keeps only the fields of
the answer-key format, with language and publication date taken from ``sources.json`` where the key
has none.
"""

import json
import re
import sys
from pathlib import Path

KEEP = ("file", "language", "published", "shaped_by_real_news", "topic", "structure", "claims", "quotes")


def main(argv: list[str]) -> int:
    src, lang, start, dest = Path(argv[0]), argv[1], int(argv[2]), Path(argv[3])
    meta = {Path(m["file"]).name: m for m in json.loads((src / lang / "sources.json").read_text())}
    for i, gold in enumerate(sorted((src / lang / "gold").glob("*.json"))):
        key = json.loads(gold.read_text(encoding="utf-8"))
        text_name = Path(key.get("file") or gold.stem + ".txt").name
        text = (src / lang / "texts" / text_name).read_text(encoding="utf-8")
        topic = re.sub(r"^(de|en)\d+-", "", Path(text_name).stem)
        name = f"rs-{lang}{start + i:02d}-{topic}"
        info = meta.get(text_name, {})
        key["file"] = name + ".txt"
        key.setdefault("language", info.get("language", lang))
        key.setdefault("published", info.get("published"))
        key["shaped_by_real_news"] = True
        key = {k: key[k] for k in KEEP if k in key}
        (dest / lang / (name + ".txt")).write_text(text, encoding="utf-8")
        body = json.dumps(key, ensure_ascii=False, indent=1) + "\n"
        (dest / lang / (name + ".gold.json")).write_text(body, encoding="utf-8")
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
