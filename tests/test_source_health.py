"""Soft failures: a source whose pages turn into a maintenance page, random bytes, a page cut
off in the middle, or that suddenly yields no events is *suspect*: its events are not flagged
missing, the run says why, `dkbm sources`, the site and --summary-json show it, and
`--fail-on-broken` makes the crawl fail."""
from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys

import pytest

from dkbm_aggregate.app import make_datasette

from . import minimirror
from .minimirror import HOST_A, TITLES_A, TITLES_B, slug

MAINTENANCE = ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Wartungsarbeiten</title></head>"
               "<body><h1>Wartungsarbeiten</h1><p>Wegen Wartungsarbeiten ist diese Website vorübergehend nicht "
               "erreichbar. Bitte versuchen Sie es später erneut.</p></body></html>")


@pytest.fixture(scope="module")
def crawled_once(tmp_path_factory):
    workdir = minimirror.build(tmp_path_factory.mktemp("health"))
    first = minimirror.crawl(workdir, "1")
    assert first["returncode"] == 0, first["stderr"][-2000:]
    assert first["summary"]["sources"]["netzwerk_a"]["status"] == "ok"
    assert set(first["events"]) == set(TITLES_A + TITLES_B)
    return workdir


@pytest.fixture
def workdir(crawled_once, tmp_path):
    """A copy of the mirror, database and HTTP cache after one good crawl."""
    copy = tmp_path / "copy"
    shutil.copytree(crawled_once, copy)
    return copy


def page(workdir, title):
    return workdir / "mirror" / HOST_A / "termine" / f"{slug(title)}.html"


def assert_suspect_and_nothing_missing(result, *words):
    assert result["returncode"] == 0, result["stderr"][-2000:]
    a = result["summary"]["sources"]["netzwerk_a"]
    assert a["status"] == "suspect", a
    for word in words:
        assert word in a["reason"], a["reason"]
    assert a["events_missing"] == 0
    assert all(result["events"][t]["missing_since"] is None for t in TITLES_A)
    assert result["summary"]["sources"]["netzwerk_b"]["status"] == "ok"
    assert result["summary"]["sources"]["netzwerk_b"]["reason"] == ""
    latest = [r for r in result["runs"] if r["source"] == "netzwerk_a"][-1]
    assert latest["status"] == "suspect" and latest["reason"] == a["reason"]
    assert "netzwerk_a: VERDÄCHTIG" in result["stdout"]


def test_a_maintenance_page_makes_the_source_suspect_not_its_events_missing(workdir):
    for path in (workdir / "mirror" / HOST_A).rglob("*.html"):
        path.write_text(MAINTENANCE, encoding="utf-8")
    result = minimirror.crawl(workdir, "2")
    assert_suspect_and_nothing_missing(result, "Übersichtsseite ohne Links", "keine Veranstaltungen gefunden")


def test_fail_on_broken_exits_non_zero_and_sources_show_why(workdir):
    (workdir / "mirror" / HOST_A / "termine" / "index.html").write_text(MAINTENANCE, encoding="utf-8")
    result = minimirror.crawl(workdir, "2", "--fail-on-broken")
    assert result["returncode"] == 1
    assert "netzwerk_a" in result["stderr"] and "--fail-on-broken" in result["stderr"]
    assert result["summary"]["sources"]["netzwerk_a"]["status"] == "suspect"
    assert result["summary"]["total"]["sources_suspect"] == 1
    listing = subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", "sources", "--db", str(workdir / "dkbm.db"),
                              "--registry", str(workdir / "sources.toml")], capture_output=True, text=True)
    line = next(line for line in listing.stdout.splitlines() if line.startswith("netzwerk_a"))
    assert "suspect" in line
    assert "Übersichtsseite ohne Links" in listing.stdout
    # a healthy crawl with --fail-on-broken exits 0
    (workdir / "mirror" / HOST_A / "termine" / "index.html").write_text(
        minimirror.listing("Termine", "/termine/", TITLES_A), encoding="utf-8")
    again = minimirror.crawl(workdir, "3", "--fail-on-broken")
    assert again["returncode"] == 0 and again["summary"]["sources"]["netzwerk_a"]["status"] == "ok"


@pytest.mark.asyncio
async def test_the_site_shows_the_state_of_each_source(workdir):
    (workdir / "mirror" / HOST_A / "termine" / "index.html").write_text(MAINTENANCE, encoding="utf-8")
    minimirror.crawl(workdir, "2")
    ds = make_datasette(workdir / "dkbm.db")
    response = await ds.client.get("/dkbm/quellen_zustand.json?_shape=array")
    assert response.status_code == 200
    rows = {r["Kennung"]: r for r in response.json()}
    assert rows["netzwerk_a"]["Zustand"] == "verdächtig" and "Wartungsseite" in rows["netzwerk_a"]["Grund"]
    assert rows["netzwerk_b"]["Zustand"] == "in Ordnung" and not rows["netzwerk_b"]["Grund"]


def test_a_detail_page_of_random_bytes_is_an_error_with_a_reason(workdir):
    page(workdir, "Fachtag Ganztag").write_bytes(random.Random(8).randbytes(6000))
    result = minimirror.crawl(workdir, "2")
    assert_suspect_and_nothing_missing(result, "Fehler beim Abruf")
    reasons = {e["url"]: e["reason"] for e in result["summary"]["sources"]["netzwerk_a"]["error_details"]}
    assert "lesbar" in reasons[f"{minimirror.A}/termine/fachtag-ganztag.html"]
    assert result["events"]["Fachtag Ganztag"]["description"]  # the stored event is as it was


def test_a_detail_page_cut_off_at_40_percent_is_an_error_with_a_reason(workdir):
    path = page(workdir, "Forum Datenkompetenz")
    body = path.read_bytes()
    path.write_bytes(body[: int(len(body) * 0.4)])
    result = minimirror.crawl(workdir, "2")
    assert_suspect_and_nothing_missing(result, "Fehler beim Abruf")
    reasons = {e["url"]: e["reason"] for e in result["summary"]["sources"]["netzwerk_a"]["error_details"]}
    assert "abgeschnitten" in reasons[f"{minimirror.A}/termine/forum-datenkompetenz.html"]


def test_a_transfer_broken_off_midway_is_an_error_with_a_reason(workdir):
    path = page(workdir, "Forum Datenkompetenz")
    path.write_text(path.read_text(encoding="utf-8").replace("10:00–13:00", "11:00–14:00"), encoding="utf-8")
    path.with_name(path.name + ".cut-at").write_text("0.6\n")
    result = minimirror.crawl(workdir, "2")
    assert_suspect_and_nothing_missing(result, "unvollständig übertragen")
    assert result["events"]["Forum Datenkompetenz"]["start"] == "2027-03-13T10:00"  # kept as it was


def test_a_source_that_suddenly_yields_no_events_is_suspect(workdir):
    for title in TITLES_A:
        page(workdir, title).write_text(
            "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Seite</title></head>"
            "<body><main><h1>Aktuelles</h1><p>Hier entsteht eine neue Seite.</p></main></body></html>",
            encoding="utf-8")
    result = minimirror.crawl(workdir, "2")
    assert_suspect_and_nothing_missing(result, "keine Veranstaltungen gefunden (beim letzten Abruf mit Veranstaltungen: 4)")


def test_a_healthy_recrawl_still_flags_a_removed_event(workdir):
    listing = workdir / "mirror" / HOST_A / "termine" / "index.html"
    listing.write_text(minimirror.listing("Termine", "/termine/", TITLES_A[:-1]), encoding="utf-8")
    result = minimirror.crawl(workdir, "2")
    assert result["summary"]["sources"]["netzwerk_a"]["status"] == "ok"
    assert result["summary"]["sources"]["netzwerk_a"]["events_missing"] == 1
    assert result["events"][TITLES_A[-1]]["missing_since"] is not None
    connection = sqlite3.connect(workdir / "dkbm.db")
    assert connection.execute("select count(*) from events where missing_since is not null").fetchone() == (1,)


def test_a_source_that_really_shrank_is_suspect_once_then_ok_again(workdir):
    listing = workdir / "mirror" / HOST_A / "termine" / "index.html"
    listing.write_text(minimirror.listing("Termine", "/termine/", TITLES_A[:1]), encoding="utf-8")
    shrunk = minimirror.crawl(workdir, "2")
    assert_suspect_and_nothing_missing(shrunk, "nur 1 Veranstaltung gefunden")
    again = minimirror.crawl(workdir, "3")  # the same the next day: the new size is the yardstick
    a = again["summary"]["sources"]["netzwerk_a"]
    assert a["status"] == "ok" and a["events_missing"] == 3
    assert [t for t in TITLES_A if again["events"][t]["missing_since"]] == TITLES_A[1:]


def test_a_maintenance_page_two_days_running_still_flags_nothing(workdir):
    for path in (workdir / "mirror" / HOST_A).rglob("*.html"):
        path.write_text(MAINTENANCE, encoding="utf-8")
    minimirror.crawl(workdir, "2")
    second = minimirror.crawl(workdir, "3")
    assert_suspect_and_nothing_missing(second, "keine Veranstaltungen gefunden (beim letzten Abruf mit Veranstaltungen: 4)")
