"""Feed speed at 10,000 and 100,000 events: ours against datasette-ics on the same database, in
the same run.

    python bench/feed.py [--sizes 10000 100000]

The events are written through the project's own import path (bench/build.py -> `dkbm import`'s
crawler.manual.import_records; built once, kept in bench/.cache/). Ours: /dkbm/events.ics (merged),
/dkbm/events.ics?region=HE and /dkbm/veranstaltungen.ics?Format=Fachtag (filtered), first request
on a fresh Datasette, then unchanged (kept, ETag) and If-None-Match (304). datasette-ics: its
documented use, a table view with the columns it needs (event_name, event_dtstart, ...), all rows
(`max_returned_rows` raised so it is not cut at 1,000), in a process of its own because both
plugins register the `.ics` extension. The database file is read once beforehand (after a crawl
it is in the OS cache; a cold 1 GB file would measure the disk, for both sides).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build  # noqa: E402

ICS_VIEW = """create view if not exists ics_events as select
  title as event_name, start as event_dtstart, "end" as event_dtend, description as event_description,
  id as event_uid, timezone as event_tzid
from events where duplicate_of is null and start is not null"""

THEIRS = r"""
import asyncio, json, sys, time
from datasette.app import Datasette
from datasette.plugins import pm
for name in ("dkbm", "dkbm_aggregate.datasette_plugin"):
    plugin = pm.get_plugin(name)
    if plugin is not None:
        pm.unregister(plugin)
path = sys.argv[1]
async def main():
    ds = Datasette([path], settings={"max_returned_rows": 200_000, "sql_time_limit_ms": 600_000,
                                      "num_sql_threads": 3})
    name = ds.get_database().name
    started = time.perf_counter()
    response = await ds.client.get(f"/{name}/ics_events.ics?_size=max")
    first = time.perf_counter() - started
    assert response.status_code == 200, response.text[:500]
    started = time.perf_counter()
    await ds.client.get(f"/{name}/ics_events.ics?_size=max")
    again = time.perf_counter() - started
    print(json.dumps({"first": first, "again": again, "events": response.text.count("BEGIN:VEVENT"),
                      "bytes": len(response.content)}))
asyncio.run(main())
"""


async def ours(path: Path) -> dict:
    from dkbm_aggregate import datasette_plugin
    from dkbm_aggregate.app import make_datasette

    results = {}
    for label, url in (("zusammengeführt", "/dkbm/events.ics"), ("Region HE", "/dkbm/events.ics?region=HE"),
                       ("Format Fachtag", "/dkbm/veranstaltungen.ics?Format=Fachtag")):
        datasette_plugin._FEED_CACHE.clear()
        ds = make_datasette(path)
        started = time.perf_counter()
        first = await ds.client.get(url)
        first_time = time.perf_counter() - started
        started = time.perf_counter()
        await ds.client.get(url)
        again = time.perf_counter() - started
        started = time.perf_counter()
        not_modified = await ds.client.get(url, headers={"if-none-match": first.headers["etag"]})
        cond = time.perf_counter() - started
        assert not_modified.status_code == 304
        results[label] = {"first": first_time, "again": again, "304": cond,
                          "events": first.content.count(b"BEGIN:VEVENT"), "bytes": len(first.content)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    for n in args.sizes:
        path = build.build(n)
        import sqlite3
        connection = sqlite3.connect(path)
        connection.execute(ICS_VIEW)
        connection.commit()
        connection.close()
        # A feed is asked for after a crawl has just written the file: its pages are in the OS cache.
        # Read it once so neither side pays cold disk reads (the 100,000 database is over 1 GB).
        with open(path, "rb") as handle:
            while handle.read(1 << 24):
                pass
        mine = asyncio.run(ours(path))
        theirs = json.loads(subprocess.run([sys.executable, "-c", THEIRS, str(path)], capture_output=True, text=True,
                                           check=True).stdout)
        print(f"\n{n:,} Veranstaltungen ({path.name})")
        print(f"  {'Feed':<34}{'erste Anfrage':>14}{'unverändert':>13}{'304':>9}{'VEVENTs':>9}{'MB':>7}")
        for label, r in mine.items():
            print(f"  {'unser ' + label:<34}{r['first'] * 1000:>11.0f} ms{r['again'] * 1000:>10.1f} ms"
                  f"{r['304'] * 1000:>6.1f} ms{r['events']:>9,}{r['bytes'] / 1e6:>7.1f}")
        print(f"  {'datasette-ics (ohne Filter)':<34}{theirs['first'] * 1000:>11.0f} ms{theirs['again'] * 1000:>10.0f} ms"
              f"{'–':>9}{theirs['events']:>9,}{theirs['bytes'] / 1e6:>7.1f}")
        merged = mine["zusammengeführt"]
        print(f"  Verhältnis datasette-ics / unser Feed: erste Anfrage {theirs['first'] / merged['first']:.1f}×, "
              f"unverändert {theirs['again'] / merged['again']:.0f}×"
              f"  (unser Feed enthält zusätzlich {merged['events'] - theirs['events']:,} Anmeldeschluss-Einträge, "
              f"VTIMEZONE, Ort, Status, SEQUENCE)")


if __name__ == "__main__":
    main()
