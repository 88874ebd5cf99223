"""The second-annotator agreement tool of the realshape folder (its WRITING.md, "Agreement")."""

import importlib.util
import json
from pathlib import Path

TOOL = Path(__file__).parent / "cases" / "realshape" / "agreement.py"
spec = importlib.util.spec_from_file_location("realshape_agreement", TOOL)
agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(agreement)


def _fill(out: Path, drop_first_source: bool) -> None:
    """Fills the blank keys with the folder's own sources (the second annotator agreeing fully)."""
    dropped = False
    for path in sorted((out / "de").glob("*.key.json")):
        gold = json.loads((agreement.HERE / "de" / path.name.replace(".key.json", ".gold.json")).read_text())
        sources = [c.get("sources") or [] for c in gold["claims"] if c.get("kind") != "date_only"]
        second = json.loads(path.read_text())
        for claim, written in zip(second["claims"], sources, strict=True):
            if drop_first_source and written and not dropped:
                written, dropped = written[1:], True
            claim["sources"] = written
        path.write_text(json.dumps(second, ensure_ascii=False))


def test_blank_keys_list_every_figure_without_sources(tmp_path):
    assert agreement.blank("de", 1, 2, tmp_path) == 2
    keys = sorted((tmp_path / "de").glob("*.key.json"))
    assert [k.name[:7] for k in keys] == ["rs-de01", "rs-de02"]
    claims = json.loads(keys[0].read_text())["claims"]
    assert claims and all(c["sources"] is None for c in claims)
    assert (tmp_path / "de" / keys[0].name.replace(".key.json", ".txt")).exists()


def test_the_folders_own_sources_agree_fully(tmp_path):
    agreement.blank("de", 1, 3, tmp_path)
    _fill(tmp_path, drop_first_source=False)
    tally = agreement.score("de", tmp_path)
    assert tally["source_recall"][1] > 0
    assert tally["source_recall"][0] == tally["source_recall"][1]
    assert tally["source_precision"][0] == tally["source_precision"][1]


def test_a_source_left_out_costs_recall_not_precision(tmp_path):
    agreement.blank("de", 1, 3, tmp_path)
    _fill(tmp_path, drop_first_source=True)
    tally = agreement.score("de", tmp_path)
    assert tally["source_recall"][0] == tally["source_recall"][1] - 1
    assert tally["source_precision"][0] == tally["source_precision"][1]
