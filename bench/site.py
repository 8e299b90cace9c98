"""Site speed at 100,000 events: p95 of the overview page and of a filtered events.json.

    python bench/site.py [--sizes 100000] [--requests 50]

The events are written through the project's own import path (bench/build.py, cached in
bench/.cache/). Requests go through Datasette's ASGI app in this process (no network), after one
request each whose time is printed as "erste" (after a crawl or an import the facet counts of a
page are made once, then kept while the database file is unchanged), with the settings `dkbm serve`
uses.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build  # noqa: E402

PAGES = [
    ("Übersicht /dkbm/veranstaltungen", "/dkbm/veranstaltungen", 100),
    ("Übersicht, Facette Format=Fachtag", "/dkbm/veranstaltungen?Format=Fachtag", 100),
    ("Übersicht, Suche „Muenchen“", "/dkbm/veranstaltungen?_search=Muenchen", 100),
    ("events.json?city=Kassel&_sort=start", "/dkbm/events.json?city=Kassel&_sort=start&_size=20", 20),
    ("events.json?source=manuell&_size=20", "/dkbm/events.json?source=manuell&_size=20", 20),
    ("Startseite /", "/", None),
    ("Veranstaltungsseite", None, None),
]


async def measure(path: Path, requests: int) -> list[tuple]:
    from dkbm_aggregate.app import make_datasette

    ds = make_datasette(path)
    import sqlite3
    event_id = sqlite3.connect(path).execute("select id from events order by id limit 1 offset 500").fetchone()[0]
    out = []
    for label, url, limit in PAGES:
        url = url or "/dkbm/events/" + event_id.replace("/", "~2F")
        started = time.perf_counter()
        response = await ds.client.get(url)
        first = (time.perf_counter() - started) * 1000  # after a write: facet counts are made here, once
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            await ds.client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        out.append((label, first, statistics.median(times), p95, limit))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    for n in args.sizes:
        path = build.build(n)
        results = asyncio.run(measure(path, args.requests))
        print(f"\n{n:,} Veranstaltungen, {args.requests} Anfragen je Seite")
        print(f"  {'Seite':<40}{'erste':>10}{'Median':>10}{'p95':>10}  Ziel (p95)")
        for label, first, median, p95, limit in results:
            goal = f"≤ {limit} ms {'erfüllt' if p95 <= limit else 'VERFEHLT'}" if limit else ""
            print(f"  {label:<40}{first:>7.0f} ms{median:>7.1f} ms{p95:>7.1f} ms  {goal}")
        print("  erste = die erste Anfrage nach dem Schreiben der Datenbank (zählt die Facetten einmal)")


if __name__ == "__main__":
    main()
