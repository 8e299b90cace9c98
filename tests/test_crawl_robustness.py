"""`dkbm crawl --offline` against a mirror full of trouble: malformed HTML, a page over
DOWNLOAD_MAXSIZE, dead links, a server outage (.http-status sidecar), a robots.txt Disallow, a
source whose start page is gone. The crawl must finish, keep what it could read, report every
problem with a German reason, and never lose or flag a stored event because of an outage."""
from __future__ import annotations

import ast
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from dkbm_aggregate.registry import PROJECT_ROOT

DKBM = PROJECT_ROOT / ".venv" / "bin" / "dkbm"
MAXSIZE = 10 * 1024 * 1024  # crawler/settings.py DOWNLOAD_MAXSIZE

HOST_A = "www.agentur-a.example"
HOST_B = "www.agentur-b.example"
HOST_C = "www.agentur-c.example"
A = f"https://{HOST_A}"

REGISTRY = f'''
[[source]]
name = "agentur_a"
title = "Agentur A"
organizer = "Agentur A"
regions = ["HE"]
platform = "static"
start_urls = ["{A}/termine/"]
detail_patterns = ['/termine/[^/]+\\.html$', '/intern/[^/]+\\.html$']

[[source]]
name = "agentur_b"
title = "Agentur B"
organizer = "Agentur B"
regions = ["NI"]
platform = "typo3_news"
start_urls = ["https://{HOST_B}/veranstaltungen.html"]
detail_patterns = ['/veranstaltungen/details/[^/]+\\.html$']

[[source]]
name = "agentur_c"
title = "Agentur C"
organizer = "Agentur C"
regions = ["BY"]
platform = "typo3_news"
start_urls = ["https://{HOST_C}/aktuelles/veranstaltungen.html"]
detail_patterns = ['/aktuelles/details/[^/]+\\.html$']
'''

LISTING_A = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine – Agentur A</title></head>
<body><main><h1>Termine</h1><ul>
<li><a href="/termine/netzwerktreffen.html">Netzwerktreffen Bildungsmonitoring</a></li>
<li><a href="/termine/fachtag.html">Fachtag Ganztag</a></li>
<li><a href="/termine/riesig.html">Dokumentation (groß)</a></li>
<li><a href="/termine/verschoben.html">Seminar (Link veraltet)</a></li>
<li><a href="/termine/werkstatt.html">Werkstatt Sozialraumanalyse</a></li>
<li><a href="/intern/planungstreffen.html">Internes Planungstreffen</a></li>
</ul></main></body></html>
"""


def detail(title: str, day: str, time: str, place: str) -> str:
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head>
<body><main><article><h1>{title}</h1>
<p>Datum: {day}</p><p>Uhrzeit: {time}</p><p>Ort: {place}</p>
<p>Für Bildungskoordinatorinnen und Bildungskoordinatoren der Kommunen.</p>
</article></main></body></html>
"""


GOOD = detail("Netzwerktreffen Bildungsmonitoring", "12.03.2027", "10:00–13:00 Uhr", "Online via Webex")
# Unclosed tags everywhere, as old CMS templates produce them.
MALFORMED = """<html><head><meta charset="utf-8"><title>Fachtag Ganztag</title>
<body><div class="content"><div><h1>Fachtag Ganztag</h1>
<p>Datum: 05.05.2027<p>Uhrzeit: 09:30–16:00 Uhr<p>Ort: Kulturbahnhof, 34117 Kassel
<table><tr><td>Anmeldung<td>bis 20.04.2027
<div><span><b>Wir freuen uns auf Sie
"""
OUTAGE = detail("Werkstatt Sozialraumanalyse", "18.06.2027", "10:00–15:00 Uhr", "Online via Zoom")
INTERN = detail("INTERN Planungstreffen Team", "02.02.2027", "09:00–12:00 Uhr", "Büro Kassel")

LISTING_C = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Veranstaltungen – Agentur C</title></head>
<body><div class="news-list-view"><div class="article">
<h3><a href="/aktuelles/details/werkstatt-datenvisualisierung.html">Werkstatt Datenvisualisierung</a></h3>
</div></div></body></html>
"""
GOOD_C = detail("Werkstatt Datenvisualisierung", "24.02.2027", "13:00–16:00 Uhr", "Online via BigBlueButton")


def write(root: Path, relative: str, content: str | bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def crawl(workdir: Path, run: str) -> dict:
    """One `dkbm crawl --offline` as a subprocess; returns exit code, output, summary, DB rows."""
    summary_path = workdir / f"summary-{run}.json"
    result = subprocess.run(
        [str(DKBM), "crawl", "--offline", "--mirror", str(workdir / "mirror"), "--registry",
         str(workdir / "sources.toml"), "--db", str(workdir / "dkbm.db"), "--summary-json", str(summary_path),
         "--crawl-date", "2026-11-23", "--quiet"],
        capture_output=True, text=True, timeout=120, cwd=workdir)
    outcome = {"returncode": result.returncode, "stdout": result.stdout, "stderr": result.stderr,
               "summary": json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else None}
    connection = sqlite3.connect(workdir / "dkbm.db")
    connection.row_factory = sqlite3.Row
    outcome["events"] = {r["url"]: dict(r) for r in connection.execute("select * from events")}
    outcome["errors"] = [dict(r) for r in connection.execute("select * from crawl_errors")]
    outcome["runs"] = [dict(r) for r in connection.execute("select * from crawl_runs order by id")]
    connection.close()
    cache = Path(str(workdir / "dkbm.db") + ".httpcache")
    # Scrapy's filesystem cache keeps a repr() of each downloaded response's metadata.
    outcome["cached_urls"] = {ast.literal_eval(meta.read_text())["url"] for meta in cache.rglob("meta")}
    return outcome


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    workdir = tmp_path_factory.mktemp("robust")
    mirror = workdir / "mirror"
    (workdir / "sources.toml").write_text(REGISTRY, encoding="utf-8")
    write(mirror, f"{HOST_A}/robots.txt", "User-agent: *\nDisallow: /intern/\n")
    write(mirror, f"{HOST_A}/termine/index.html", LISTING_A)
    write(mirror, f"{HOST_A}/termine/netzwerktreffen.html", GOOD)
    write(mirror, f"{HOST_A}/termine/fachtag.html", MALFORMED)
    big = b"<html><body><p>Datum: 01.01.2027</p>" + b"<p>" + b"x" * (MAXSIZE + 1024) + b"</p></body></html>"
    write(mirror, f"{HOST_A}/termine/riesig.html", big)
    # /termine/verschoben.html has no file: the link 404s.
    write(mirror, f"{HOST_A}/termine/werkstatt.html", OUTAGE)
    write(mirror, f"{HOST_A}/termine/werkstatt.html.http-status", "503\n")
    write(mirror, f"{HOST_A}/intern/planungstreffen.html", INTERN)
    # agentur_b: the registry's start page is gone (no file at all for the host but this).
    write(mirror, f"{HOST_B}/index.html", "<html><body>Neue Website</body></html>")
    write(mirror, f"{HOST_C}/aktuelles/veranstaltungen.html", LISTING_C)
    write(mirror, f"{HOST_C}/aktuelles/details/werkstatt-datenvisualisierung.html", GOOD_C)
    return workdir


@pytest.fixture(scope="module")
def first(workdir) -> dict:
    return crawl(workdir, "1")


@pytest.fixture(scope="module")
def second(workdir, first) -> dict:
    """The next day the good page's server answers 503."""
    write(workdir / "mirror", f"{HOST_A}/termine/netzwerktreffen.html.http-status", "503\n")
    return crawl(workdir, "2")


def reasons(summary: dict, source: str) -> dict[str, str]:
    return {e["url"]: e["reason"] for e in summary["sources"][source]["error_details"]}


# ------------------------------------------------------------------ the first crawl

def test_the_crawl_finishes_without_traceback(first):
    assert first["returncode"] == 0, first["stderr"][-3000:]
    assert "Traceback" not in first["stderr"]
    assert "Exception occurred" not in first["stderr"]
    assert first["summary"] is not None


def test_good_and_malformed_events_are_stored(first):
    good = first["events"][f"{A}/termine/netzwerktreffen.html"]
    assert good["title"] == "Netzwerktreffen Bildungsmonitoring"
    assert good["start"] == "2027-03-12T10:00" and good["online"] == 1
    assert good["source"] == "agentur_a" and good["missing_since"] is None
    malformed = first["events"][f"{A}/termine/fachtag.html"]
    assert malformed["title"] == "Fachtag Ganztag"
    assert malformed["start"] == "2027-05-05T09:30"
    assert malformed["city"] == "Kassel"


def test_summary_has_per_source_counts(first):
    summary = first["summary"]
    a = summary["sources"]["agentur_a"]
    assert a["status"] == "suspect" and "Fehler beim Abruf" in a["reason"]
    assert a["events_new"] == 2
    assert a["pages_extracted"] == 2  # the good and the malformed page
    assert a["pages_fetched"] >= 5
    assert a["bytes_received"] > 0
    assert a["errors"] == len(a["error_details"]) >= 3
    assert summary["total"]["sources"] == 3
    assert summary["total"]["events_new"] == 3


def test_errors_name_the_404_the_too_large_page_and_the_503_in_german(first):
    found = reasons(first["summary"], "agentur_a")
    assert "nicht gefunden" in found[f"{A}/termine/verschoben.html"] and "404" in found[f"{A}/termine/verschoben.html"]
    assert "zu groß" in found[f"{A}/termine/riesig.html"]
    assert "503" in found[f"{A}/termine/werkstatt.html"] and "Serverfehler" in found[f"{A}/termine/werkstatt.html"]
    assert len(found) == 3  # nothing else went wrong
    # The summary table on stdout tells the same.
    assert f"{A}/termine/riesig.html" in first["stdout"] and "zu groß" in first["stdout"]


def test_crawl_errors_table_has_the_rows(first):
    rows = {(e["source"], e["url"]) for e in first["errors"]}
    assert ("agentur_a", f"{A}/termine/verschoben.html") in rows
    assert ("agentur_a", f"{A}/termine/riesig.html") in rows
    assert ("agentur_a", f"{A}/termine/werkstatt.html") in rows
    assert all(e["reason"] and e["run_id"] for e in first["errors"])


def test_no_event_from_the_outage_or_the_too_large_page(first):
    assert f"{A}/termine/werkstatt.html" not in first["events"]
    assert f"{A}/termine/riesig.html" not in first["events"]


def test_robots_txt_disallowed_page_is_never_requested(first):
    intern = f"{A}/intern/planungstreffen.html"
    assert intern not in first["events"]
    assert not any("INTERN" in (e["title"] or "") for e in first["events"].values())
    # Every page the crawler downloaded is in its HTTP cache: the listing and the good page are,
    # the disallowed one is not.
    assert f"{A}/termine/netzwerktreffen.html" in first["cached_urls"]
    assert f"{A}/robots.txt" in first["cached_urls"]
    assert intern not in first["cached_urls"]
    assert intern not in json.dumps(first["summary"])


def test_a_source_whose_start_page_404s_fails_while_the_others_succeed(first):
    summary = first["summary"]
    b = summary["sources"]["agentur_b"]
    assert b["status"] == "failed"
    assert "404" in reasons(summary, "agentur_b")[f"https://{HOST_B}/veranstaltungen.html"]
    assert summary["total"]["sources_failed"] == 1
    assert "agentur_b: QUELLE AUSGEFALLEN" in first["stdout"]
    c = summary["sources"]["agentur_c"]
    assert c["status"] == "ok" and c["events_new"] == 1 and c["error_details"] == []
    assert first["events"][f"https://{HOST_C}/aktuelles/details/werkstatt-datenvisualisierung.html"]["start"] \
        == "2027-02-24T13:00"
    runs = {r["source"]: r["status"] for r in first["runs"]}
    assert runs == {"agentur_a": "suspect", "agentur_b": "failed", "agentur_c": "ok"}


# ------------------------------------------------------------------ the second crawl: an outage

KEEP = ("id", "title", "start", "end", "online", "online_platform", "description", "sequence", "content_hash",
        "first_seen", "last_changed", "status", "duplicate_of")


def test_an_outage_keeps_the_stored_event_as_it_was(first, second):
    assert second["returncode"] == 0, second["stderr"][-3000:]
    assert "Traceback" not in second["stderr"]
    url = f"{A}/termine/netzwerktreffen.html"
    before, after = first["events"][url], second["events"][url]
    assert {k: after[k] for k in KEEP} == {k: before[k] for k in KEEP}
    assert after["missing_since"] is None  # a crawl with errors declares nothing gone
    assert len(second["events"]) == len(first["events"])
    assert all(e["missing_since"] is None for e in second["events"].values())


def test_an_outage_is_recorded(first, second):
    url = f"{A}/termine/netzwerktreffen.html"
    assert "503" in reasons(second["summary"], "agentur_a")[url]
    latest_run = max(r["id"] for r in second["runs"] if r["source"] == "agentur_a")
    assert any(e["url"] == url and "503" in e["reason"] for e in second["errors"] if e["run_id"] == latest_run)
    assert not any(e["url"] == url for e in first["errors"])  # it was fine the day before
    assert second["summary"]["sources"]["agentur_a"]["status"] == "suspect"
    assert second["summary"]["sources"]["agentur_a"]["events_new"] == 0
    assert second["summary"]["sources"]["agentur_a"]["events_changed"] == 0


def test_the_recrawl_revalidates_instead_of_downloading_again(first, second):
    a = second["summary"]["sources"]["agentur_a"]
    assert a["pages_not_modified"] >= 2  # listing and the malformed page answer 304
    assert a["bytes_received"] < first["summary"]["sources"]["agentur_a"]["bytes_received"]
    assert second["summary"]["sources"]["agentur_c"]["events_unchanged"] == 1


# ------------------------------------------------------------------ reasons for failures the mirror cannot produce

@pytest.mark.parametrize("error, expected", [
    ("CannotResolveHostError", "Server nicht gefunden (DNS)"),
    ("DownloadTimeoutError", "Zeitüberschreitung"),
    ("DownloadConnectionRefusedError", "Verbindung abgelehnt"),
])
def test_live_network_failures_get_german_reasons(error, expected):
    """DNS failures, timeouts and refused connections happen only on the live web; the summary
    must still say what happened in German."""
    import scrapy
    import scrapy.exceptions
    from scrapy.utils.test import get_crawler
    from twisted.python.failure import Failure

    from crawler.spiders.sources import spider_class
    from dkbm_aggregate.registry import Source

    source = Source(name="agentur_a", title="Agentur A", organizer="Agentur A", regions=("HE",), platform="static",
                    start_urls=(f"{A}/termine/",))
    spider_cls = spider_class(source)
    spider = spider_cls.from_crawler(get_crawler(spider_cls))
    failure = Failure(getattr(scrapy.exceptions, error)("low-level message"))
    failure.request = scrapy.Request(f"{A}/termine/")
    spider.on_error(failure)
    from crawler import report
    assert report.errors(spider.crawler.stats) == [{"url": f"{A}/termine/", "reason": expected}]
