"""Scale-out on scrapy-redis with a real redis-server on loopback: two workers and the writer
crawl the whole mirror; every page is fetched exactly once across the workers and the database
holds the same events as a single-process crawl."""
from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import date

import pytest

from . import minimirror

ROOT = minimirror.ROOT
COMPARED = ("id", "title", "start", "end", "city", "venue", "status", "organizer", "registration_deadline",
            "content_hash", "duplicate_of", "missing_since")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                               "no", "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    break
        except OSError:
            pass
        assert time.monotonic() < deadline, "redis-server did not start"
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def crawl(db, *extra) -> dict:
    summary = db.with_suffix(".json")
    result = subprocess.run(
        [sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--db", str(db), "--summary-json",
         str(summary), "--crawl-date", "2026-11-23", "--quiet", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(summary.read_text(encoding="utf-8"))


def events(db) -> dict:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        return {r["id"]: tuple(r[k] for k in COMPARED) for r in connection.execute("select * from events")}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def both(tmp_path_factory, redis_url):
    workdir = tmp_path_factory.mktemp("scale")
    single = crawl(workdir / "single.db")
    # A second apart per site, as on the live sites: the crawl outlasts the workers' start-up and
    # the 5-second heartbeat on which an idle worker asks Redis for more, so both take part.
    distributed = crawl(workdir / "distributed.db", "--redis", redis_url, "--workers", "2", "--delay", "1")
    return workdir, single, distributed


def test_two_workers_fetch_every_page_exactly_once(both):
    _, single, distributed = both
    workers = distributed["workers"]
    assert len(workers) == 2
    fetched = [url for worker in workers.values() for url in worker["urls"]]
    assert len(fetched) == len(set(fetched))  # no page twice
    assert len(fetched) == single["total"]["pages_fetched"] == distributed["total"]["pages_fetched"]
    assert all(worker["pages_fetched"] > 0 for worker in workers.values()), {
        name: worker["pages_fetched"] for name, worker in workers.items()}
    assert all(set(worker["sources"]) == set(single["sources"]) for worker in workers.values())


def test_the_writer_stores_the_same_events_as_a_single_process_crawl(both):
    workdir, single, distributed = both
    assert events(workdir / "distributed.db") == events(workdir / "single.db")
    for name, source in single["sources"].items():
        other = distributed["sources"][name]
        assert (other["status"], other["events_new"], other["errors"]) == \
            (source["status"], source["events_new"], source["errors"]), name
    runs = sqlite3.connect(workdir / "distributed.db").execute("select count(*) from crawl_runs").fetchone()[0]
    assert runs == len(single["sources"])


def excluded(db) -> set:
    connection = sqlite3.connect(db)
    try:
        return set(connection.execute("select id, source, title, start, reasons from excluded_events"))
    finally:
        connection.close()


def test_generic_sites_are_merged_and_decided_across_workers(both):
    workdir, single, distributed = both
    # the concerts and markets of the Landkreis calendars are left out with their reasons, as in
    # a single-process crawl, and the summary says how the events were found
    left_out = excluded(workdir / "distributed.db")
    assert left_out == excluded(workdir / "single.db")
    assert any(title == "Weihnachtskonzert im Dom" and "Konzert" in reasons for _, _, title, _, reasons in left_out)
    ways = ("found_feed", "found_jsonld", "found_sitemap", "found_listing", "events_irrelevant", "events_new")
    for name, source in single["sources"].items():
        if source["platform"] == "generic":
            assert {k: distributed["sources"][name][k] for k in ways} == {k: source[k] for k in ways}, name


def test_a_feed_entry_and_its_page_fetched_by_two_workers_are_one_event(redis_url, tmp_path):
    """Which worker fetches which page is up to the queue; here one read the iCal export and the
    other the event's page, as may happen in any distributed crawl."""
    import redis

    from crawler import distributed, feeds
    from crawler.found import FEED, Found
    from dkbm_aggregate.registry import Source
    from parsers import extract_events

    site = ROOT / "data" / "mirror" / "www.burgenlandkreis.de" / "de" / "veranstaltungen"
    ics_url = "https://www.burgenlandkreis.de/de/veranstaltungen/termine.ics"
    page_url = "https://www.burgenlandkreis.de/de/veranstaltungen/bildungskonferenz-2027.html"
    source = Source(name="burgenlandkreis_verteilt", title="Burgenlandkreis", organizer="Burgenlandkreis",
                    regions=("ST",), platform="generic", start_urls=("https://www.burgenlandkreis.de/",))
    server = redis.Redis.from_url(redis_url)
    distributed.reset(server, [source.name])
    crawl_date = date(2026, 11, 23)
    one, other = (distributed.RedisSightings(server, source.name) for _ in range(2))
    one.add([Found(event, ics_url, FEED, categories, in_feed_file=True)
             for event, categories in feeds.read_ical((site / "termine.ics").read_bytes(), ics_url, crawl_date)])
    other.add([Found(event, page_url, FEED) for event in extract_events(
        (site / "bildungskonferenz-2027.html").read_bytes(), url=page_url, reference_date=crawl_date)])
    for worker in ("eins", "zwei"):
        server.sadd(distributed.WORKERS_KEY, worker)
        server.rpush(distributed.REPORTS_KEY, json.dumps({
            "worker": worker, "source": source.name, "close_reason": "finished", "finished": time.time(),
            "counts": {"pages_fetched": 1, "pages_ok": 1}, "errors": [], "urls": []}))
    db = tmp_path / "verteilt.db"
    writer = distributed.Writer(server, [source], str(db))
    writer.store.sync_sources([source])  # as `dkbm crawl` does before the workers start
    writer.drain()
    assert writer.workers_done()
    runs, _ = writer.finish()
    distributed.reset(server, [source.name])

    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    found = [dict(r) for r in connection.execute("select * from events where title like 'Bildungskonferenz des%'")]
    assert len(found) == 1  # one event: the export's facts, the page's deadline and link
    assert found[0]["start"] == "2027-03-24T09:00" and found[0]["registration_deadline"] == "2027-03-10"
    assert found[0]["url"] == page_url
    assert json.loads(found[0]["provenance"])["start"]["from"] == "feed"
    left_out = {r["title"]: r["reasons"] for r in connection.execute("select * from excluded_events")}
    assert "Konzert" in left_out["Weihnachtskonzert im Dom"]
    assert "Weihnachtskonzert im Dom" not in {r["title"] for r in connection.execute("select title from events")}
    run = runs[source.name]
    assert run["found_feed"] == 5 and run["events_irrelevant"] == 3


def test_an_unreachable_redis_is_a_german_message(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = subprocess.run(
        [sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--db", str(tmp_path / "x.db"),
         "--redis", f"redis://127.0.0.1:{port}/0", "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Redis unter" in result.stderr and "nicht erreichbar" in result.stderr and "Traceback" not in result.stderr
