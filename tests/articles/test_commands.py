"""`manage.py ingest` and `manage.py extract`."""

import io
import json
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import call_command

from tracker.articles.models import Article

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "extraction" / "seed" / "kim-mourns-soldiers.de.txt"
DE = "Laut KCNA wurden {n}.000 Soldaten nach Kursk verlegt. Über 300 starben."
EN = "According to CNN, {n},000 troops were moved to Kursk. More than 300 died."


@pytest.fixture(autouse=True)
def no_queue():
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay"),
        mock.patch("tracker.articles.tasks.fetch_article.delay"),
    ):
        yield


def ingest(*paths):
    out = io.StringIO()
    call_command("ingest", *map(str, paths), "--no-progress", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_ingest_reads_a_folder_of_every_kind_and_summarises(tmp_path):
    (tmp_path / "a.txt").write_text("Erste Meldung\n\n" + DE.format(n=1), encoding="utf-8")
    (tmp_path / "b.md").write_text("# Zweite\n\n" + DE.format(n=2), encoding="utf-8")
    (tmp_path / "c.html").write_text(
        f"<html><head><title>Dritte</title><script>x()</script></head><body><p>{DE.format(n=3)}</p></body></html>",
        encoding="utf-8",
    )
    rows = [
        {
            "title": "Vierte",
            "body": DE.format(n=4),
            "url": "https://example.org/4",
            "published": "2025-08-22",
        },
        {"title": "Fifth", "text": EN.format(n=5), "language": "en", "publisher": "CNN"},
        {"title": "Duplicate of the fourth", "body": DE.format(n=4)},
        {"title": "Empty", "body": "   "},
    ]
    (tmp_path / "d.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken json\n", encoding="utf-8"
    )
    (tmp_path / "e.csv").write_text(
        "title,body,url,publisher,published,language\n"
        f'Sechste,"{DE.format(n=6)}",https://example.org/6,Spiegel,2025-08-23,de\n'
        "Nur URL,,https://example.org/7,,,\n",
        encoding="utf-8",
    )
    (tmp_path / "f.pdf").write_bytes(b"%PDF-1.7 binary")
    (tmp_path / "g.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")

    out = ingest(tmp_path)

    assert "Added 7, duplicates 1, refused 4." in out
    assert "d.jsonl:4: The article has no text." in out
    assert "d.jsonl:5: not valid JSON" in out
    assert "f.pdf" in out and "g.txt" in out and "PNG" in out
    assert Article.objects.filter(origin=Article.Origin.BULK).count() == 7
    fourth = Article.objects.get(title="Vierte")
    assert fourth.url == "https://example.org/4" and fourth.published.isoformat() == "2025-08-22"
    assert Article.objects.get(title="Fifth").publisher == "CNN"
    assert Article.objects.get(url="https://example.org/7").status == Article.Status.FETCHING
    assert "<script" not in Article.objects.get(title="Dritte").body


def test_ingest_twice_adds_nothing_new(tmp_path):
    (tmp_path / "a.txt").write_text(DE.format(n=1), encoding="utf-8")
    ingest(tmp_path)
    assert "Added 0, duplicates 1, refused 0." in ingest(tmp_path)


def test_ingest_documents_its_columns(capsys):
    with pytest.raises(SystemExit):
        call_command("ingest", "--help")
    help_text = capsys.readouterr().out
    for column in ("title", "body", "url", "publisher", "published", "language"):
        assert f"  {column} " in help_text


def test_extract_prints_the_engine_json_with_offsets_into_the_file(tmp_path):
    text = "Laut KCNA wurden etwa 12.000 Soldaten verlegt.\r\nÜber 300 starben."
    path = tmp_path / "kim.txt"
    path.write_bytes(text.encode("utf-8"))
    out = io.StringIO()
    call_command("extract", str(path), "--lang", "de", "--published", "2025-08-22", stdout=out)
    data = json.loads(out.getvalue())
    assert set(data) >= {"language", "extractor_version", "claims", "quotes"}
    read = path.read_text(encoding="utf-8")
    for claim in data["claims"]:
        assert read[claim["start"] : claim["end"]] == claim["text"]
    assert any("12.000" in c["text"] for c in data["claims"])


def test_extract_runs_as_a_process_with_exit_code_0():
    done = subprocess.run(
        [sys.executable, "manage.py", "extract", str(SEED), "--lang", "de", "--published", "2025-08-22"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Soldaten" in json.loads(done.stdout)["claims"][0]["text"]


def test_ingest_stores_good_files_refuses_bad_ones_by_name_and_never_prints_a_traceback(tmp_path, caplog):
    """Good .txt and .html files are stored (trafilatura really cleans the HTML), each bad file
    gets one readable line, and nothing is logged as an error."""
    (tmp_path / "a.txt").write_text(DE.format(n=11), encoding="utf-8")
    long_html = "<p>" + " ".join([EN.format(n=12)] * 6) + "</p>"
    (tmp_path / "b.html").write_text(
        f"<html><head><title>HTML one</title></head><body><nav>Menu</nav><article>{long_html}"
        "</article><script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00binary")
    (tmp_path / "d.html").write_bytes(b"\x00\x01\x02\xff\xfe")
    (tmp_path / "e.txt").write_text("   \n  ", encoding="utf-8")
    (tmp_path / "f.exe").write_bytes(b"MZ\x90\x00")
    out, err = io.StringIO(), io.StringIO()
    with caplog.at_level("ERROR"):
        call_command("ingest", str(tmp_path), "--no-progress", stdout=out, stderr=err)
    output = out.getvalue() + err.getvalue()
    assert "Traceback" not in output and not [r for r in caplog.records if r.levelname == "ERROR"]
    assert Article.objects.count() == 2, output
    assert "alert" not in Article.objects.get(title="HTML one").body
    for bad in ("c.txt", "d.html", "e.txt", "f.exe"):
        assert bad in output, output
    assert "Added 2, duplicates 0, refused 4" in output, output
