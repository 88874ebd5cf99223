"""The engine's README names the stages pipeline.py runs, in order, and the state fields it
says they write exist."""

import dataclasses
import re
from pathlib import Path

from tracker.extraction import pipeline, state

README = Path(pipeline.__file__).resolve().parent / "README.md"
if README.parent.name == "_compiled":  # the compiled build: the sources are beside it
    README = README.parents[1] / "README.md"


def test_the_readme_diagram_names_the_stages_pipeline_runs_in_order():
    text = README.read_text(encoding="utf-8")
    diagram = text.split("<!-- stages:", 1)[1].split("```")[1]
    names = re.findall(r"\b[a-z][a-z_]+\b", diagram)
    assert names[0] == "text"
    assert names[1:] == [stage.__name__ for stage in pipeline.STAGES]


def test_the_readme_table_lists_every_stage_once_in_order():
    text = README.read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| `([a-z_]+)` \| ", text.split("## The stages", 1)[1].split("## Sub-packages")[0], re.M
    )
    assert rows == [stage.__name__ for stage in pipeline.STAGES]


def test_the_fields_the_readme_says_stages_write_exist():
    text = README.read_text(encoding="utf-8")
    table = text.split("## The stages", 1)[1].split("## Sub-packages")[0]
    document = {f.name for f in dataclasses.fields(state.Document)}
    sentence = set(state.SentenceState.__slots__)  # a plain class (an extension type when compiled)
    for row in re.findall(r"^\| `[a-z_]+` \|.*$", table, re.M):
        writes = row.rstrip(" |").rsplit("|", 1)[1]
        for field in re.findall(r"`([A-Za-z_.]+)`", writes):
            owner, _, name = field.rpartition(".")
            if owner == "SentenceState":
                assert name in sentence, field
            elif owner == "":
                assert name in document, field
            else:
                assert owner == "RawClaim", field


def test_every_stage_has_a_docstring_naming_its_package():
    for stage in pipeline.STAGES:
        assert stage.__doc__ and stage.__doc__.split(":")[0].split("/")[0] in (
            "text",
            "numbers",
            "claims",
            "time",
            "sources",
            "discourse",
            "discourse_stage",
        ), stage.__name__


def test_every_sub_package_says_in_a_paragraph_what_belongs_there():
    import importlib

    for name in ("text", "numbers", "claims", "time", "sources", "discourse", "lexicon"):
        doc = importlib.import_module(f"tracker.extraction.{name}").__doc__ or ""
        assert len(doc.split()) >= 20, name
