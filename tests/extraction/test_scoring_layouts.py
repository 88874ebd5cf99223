"""The scorer pairs each key with its text in the three layouts the team's sets use."""

from tracker.evaluation.scoring import find_pairs


def _write(path, text="x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_keys_beside_their_texts(tmp_path):
    _write(tmp_path / "a.txt")
    _write(tmp_path / "a.gold.json", "{}")
    assert [(t.name, k.name) for t, k in find_pairs(tmp_path)] == [("a.txt", "a.gold.json")]


def test_gold_and_texts_folders_with_either_key_name(tmp_path):
    for name in ("b", "c"):
        _write(tmp_path / "texts" / f"{name}.txt")
    _write(tmp_path / "gold" / "b.json", "{}")
    _write(tmp_path / "gold" / "c.gold.json", "{}")
    pairs = [(t.relative_to(tmp_path).as_posix(), k.name) for t, k in find_pairs(tmp_path)]
    assert pairs == [("texts/b.txt", "b.json"), ("texts/c.txt", "c.gold.json")]


def test_a_key_without_its_text_is_left_out(tmp_path):
    _write(tmp_path / "gold" / "d.gold.json", "{}")
    assert list(find_pairs(tmp_path)) == []
