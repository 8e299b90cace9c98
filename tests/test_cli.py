"""The `dkbm` command as the people who run the crawls use it: JSON from `extract`, and German
error messages (exit code 2, no traceback) that name the file and the fix."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from dkbm_aggregate.registry import DEFAULT_REGISTRY, PROJECT_ROOT, load_sources
from dkbm_aggregate.store import Store

DKBM = PROJECT_ROOT / ".venv" / "bin" / "dkbm"

EVENT_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Netzwerktreffen Bildungsmonitoring – Agentur A</title></head>
<body><main><article>
<h1>Netzwerktreffen Bildungsmonitoring</h1>
<p>Datum: 12.03.2027</p>
<p>Uhrzeit: 10:00–13:00 Uhr</p>
<p>Ort: Online via Webex</p>
<p>Wir laden alle Bildungskoordinatorinnen und Bildungskoordinatoren herzlich ein.</p>
</article></main></body></html>
"""

SECOND_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Fachtag Ganztag</title></head>
<body><main><article>
<h1>Fachtag Ganztag</h1>
<p>Datum: 05.05.2027</p>
<p>Uhrzeit: 09:30–16:00 Uhr</p>
<p>Ort: Kulturbahnhof, Rainer-Dierichs-Platz 1, 34117 Kassel</p>
</article></main></body></html>
"""


def dkbm(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(DKBM), *map(str, args)], capture_output=True, text=True, timeout=60,
                          cwd=cwd or PROJECT_ROOT)


def assert_user_error(result: subprocess.CompletedProcess) -> str:
    """A mistake of the user: exit code 2, a German message on stderr, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
    return result.stderr


@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "netzwerktreffen.html"
    path.write_text(EVENT_PAGE, encoding="utf-8")
    return path


# ------------------------------------------------------------------ extract

def test_extract_prints_a_json_array_of_events(page):
    result = dkbm("extract", page, "--reference-date", "2026-11-23")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert isinstance(events, list) and len(events) == 1
    event = events[0]
    assert event["title"] == "Netzwerktreffen Bildungsmonitoring"
    assert event["start"] == "2027-03-12T10:00"
    assert event["end"] == "2027-03-12T13:00"
    assert event["online"] is True
    assert event["online_platform"] == "Webex"
    assert event["status"] == "scheduled"


def test_extract_with_two_files_prints_one_json_object_per_line(page, tmp_path):
    second = tmp_path / "fachtag.html"
    second.write_text(SECOND_PAGE, encoding="utf-8")
    result = dkbm("extract", page, second, "--reference-date", "2026-11-23")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    objects = [json.loads(line) for line in lines]
    assert [o["file"] for o in objects] == [str(page), str(second)]
    assert objects[0]["events"][0]["start"] == "2027-03-12T10:00"
    assert objects[1]["events"][0]["title"] == "Fachtag Ganztag"
    assert objects[1]["events"][0]["start"] == "2027-05-05T09:30"


def test_extract_piped_into_a_reader_that_stops_early_ends_without_a_traceback(page, tmp_path):
    # `dkbm extract *.html | head`: the reader closes the pipe after a few lines
    pages = []
    for number in range(300):
        copy = tmp_path / f"seite-{number:03d}.html"
        copy.write_text(EVENT_PAGE, encoding="utf-8")
        pages.append(str(copy))
    errors = tmp_path / "fehler.txt"
    piped = subprocess.run(["bash", "-c", 'set -o pipefail; "$0" extract "$@" --reference-date 2026-11-23 2>"$ERRORS" '
                            '| head -c 200', str(DKBM), *pages], capture_output=True, timeout=120, cwd=PROJECT_ROOT,
                           env={**os.environ, "ERRORS": str(errors)})
    head, errors = piped.stdout, errors.read_text(encoding="utf-8")
    assert head.startswith(b'{"file": ')
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors


def test_extract_uses_the_organizer_option_when_the_page_names_none(page):
    result = dkbm("extract", page, "--reference-date", "2026-11-23", "--organizer", "Agentur A")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["organizer"] == "Agentur A"


@pytest.mark.parametrize("content, words", [
    (b"", "ist leer"),
    (b"  \n\t \n", "ist leer"),
    (bytes(range(256)) * 20, "Binärdaten"),
    (bytes((i * 37 + 11) % 256 for i in range(6000) if (i * 37 + 11) % 256), "nicht lesbar"),
])
def test_extract_says_why_an_empty_or_binary_file_gives_nothing(tmp_path, page, content, words):
    bad = tmp_path / "seite.html"
    bad.write_bytes(content)
    single = dkbm("extract", bad)
    assert single.returncode == 1 and single.stdout == ""
    assert f"{bad}: übersprungen" in single.stderr and words in single.stderr
    assert "Traceback" not in single.stderr
    # with other files, the good one is still read
    both = dkbm("extract", page, bad, "--reference-date", "2026-11-23")
    lines = [json.loads(line) for line in both.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(page)] and lines[0]["events"]
    assert words in both.stderr and both.returncode == 1


def test_extract_says_so_when_a_readable_page_has_no_event(tmp_path):
    plain = tmp_path / "impressum.html"
    plain.write_text("<html><body><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p></body></html>", encoding="utf-8")
    result = dkbm("extract", plain)
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert "keine Veranstaltung gefunden" in result.stderr


def test_extract_missing_file_names_it_without_traceback(tmp_path, page):
    missing = tmp_path / "gibt-es-nicht.html"
    stderr = assert_user_error(dkbm("extract", page, missing))
    assert str(missing) in stderr
    assert "nicht gefunden" in stderr


def test_extract_directory_asks_for_files(tmp_path):
    stderr = assert_user_error(dkbm("extract", tmp_path))
    assert str(tmp_path) in stderr and "Verzeichnis" in stderr


def test_extract_invalid_reference_date_names_the_format():
    result = dkbm("extract", "--reference-date", "2027-13-01", "x")
    stderr = assert_user_error(result)
    assert "2027-13-01" in stderr
    assert "JJJJ-MM-TT" in stderr


# ------------------------------------------------------------------ crawl / serve / ics

def test_crawl_unknown_source_lists_the_available_ones(tmp_path):
    result = dkbm("crawl", "--source", "nosuch", "--offline", "--db", tmp_path / "dkbm.db")
    stderr = assert_user_error(result)
    assert "nosuch" in stderr
    for source in load_sources(DEFAULT_REGISTRY):
        assert source.name in stderr
    assert not (tmp_path / "dkbm.db").exists()  # nothing was crawled


def test_crawl_with_a_broken_registry_names_the_file(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text('[[source]]\nname = "agentur_a"\n', encoding="utf-8")
    stderr = assert_user_error(dkbm("crawl", "--offline", "--registry", registry, "--db", tmp_path / "dkbm.db"))
    assert str(registry) in stderr and "Ergänzen" in stderr


def test_crawl_offline_without_mirror_names_the_directory(tmp_path):
    stderr = assert_user_error(dkbm("crawl", "--offline", "--mirror", tmp_path / "kein-spiegel",
                                    "--db", tmp_path / "dkbm.db"))
    assert "kein-spiegel" in stderr and "--mirror" in stderr


def test_crawl_into_a_file_that_is_no_database_is_refused(tmp_path):
    not_a_db = tmp_path / "notizen.db"
    not_a_db.write_text("Notizen, keine Datenbank\n", encoding="utf-8")
    stderr = assert_user_error(dkbm("crawl", "--offline", "--source", "kosmo", "--db", not_a_db, "--quiet"))
    assert str(not_a_db) in stderr and "--db" in stderr
    assert not_a_db.read_text(encoding="utf-8") == "Notizen, keine Datenbank\n"


def test_serve_without_database_tells_to_crawl_first():
    stderr = assert_user_error(dkbm("serve", "--db", "/nonexistent.db"))
    assert "/nonexistent.db" in stderr
    assert "dkbm crawl" in stderr


def test_ics_without_database_tells_to_crawl_first(tmp_path):
    stderr = assert_user_error(dkbm("ics", "--db", tmp_path / "fehlt.db"))
    assert "fehlt.db" in stderr and "dkbm crawl" in stderr


def test_ics_and_sources_refuse_a_file_that_is_no_database(tmp_path):
    not_a_db = tmp_path / "sources.toml"
    not_a_db.write_text("[[source]]\n", encoding="utf-8")
    for command in ("ics", "sources"):
        stderr = assert_user_error(dkbm(command, "--db", not_a_db))
        assert str(not_a_db) in stderr and "Datenbank" in stderr


def test_no_command_prints_help():
    result = dkbm()
    assert result.returncode == 2
    for command in ("crawl", "serve", "ics", "extract", "sources"):
        assert command in result.stdout


# ------------------------------------------------------------------ sources

def test_sources_lists_every_registry_source(tmp_path):
    result = dkbm("sources", "--db", tmp_path / "noch-keine.db")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for source in load_sources(DEFAULT_REGISTRY):
        line = next((l for l in lines if l.split()[:1] == [source.name]), None)
        assert line is not None, source.name
        assert source.platform in line
        assert "nie" in line  # never crawled into this database


def test_sources_shows_the_last_crawl_of_each_source(tmp_path):
    db = tmp_path / "dkbm.db"
    store = Store(db)
    sources = load_sources(DEFAULT_REGISTRY)
    store.sync_sources(sources)
    counts = dict(pages_fetched=3, pages_not_modified=0, bytes_received=1000, pages_extracted=2, events_new=4,
                  events_changed=0, events_unchanged=0, events_missing=0)
    store.record_run({"source": "kosmo", "started": "2026-11-23T05:00:00+00:00",
                      "finished": "2026-11-23T05:01:00+00:00", "status": "errors", **counts, "errors": 1},
                     [{"url": "https://www.kommunales-bildungsmonitoring.de/x", "reason": "Seite nicht gefunden"}])
    store.db.close()
    result = dkbm("sources", "--db", db)
    assert result.returncode == 0, result.stderr
    kosmo = next(l for l in result.stdout.splitlines() if l.startswith("kosmo "))
    assert "2026-11-23T05:00:00" in kosmo and "errors" in kosmo
    assert kosmo.split()[-2:] == ["4", "1"]  # events, errors
    reab = next(l for l in result.stdout.splitlines() if l.startswith("reab_hessen "))
    assert "nie" in reab


def test_extract_skips_a_fifty_megabyte_file_and_still_reads_the_others(page, tmp_path):
    huge = tmp_path / "export.html"
    huge.write_bytes(b"<html><body>" + b"<p>Datum: 12.03.2027</p>" * (50 * 1024 * 1024 // 24) + b"</body></html>")
    result = dkbm("extract", "--reference-date", "2026-11-23", str(huge), str(page))
    assert result.returncode == 1
    assert "export.html" in result.stderr and "zu groß" in result.stderr
    assert "Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["file"]).name for line in lines] == [page.name]
    assert lines[0]["events"][0]["start"] == "2027-03-12T10:00"
