"""An unchanged recrawl against the first crawl of the offline mirror, in the same run.

    python bench/recrawl.py [--runs 2] [--delays 0 1]

Each run crawls data/mirror (`dkbm crawl --offline`, as a user runs it) into a new database three
times: the first crawl, an unchanged recrawl right after it (pages confirmed within the recrawl
interval are not asked again), and an unchanged recrawl that asks every page again
(`--recrawl-interval 0`: what a daily crawl does, one conditional request per page, 304s). Prints
the wall time of each (the best of the runs), the requests they sent and their ratio to the first
crawl. Offline the crawl waits no delay between requests (loopback, no site to be polite to);
`--delays 1` crawls the mirror with the one second per site that real sites get.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRAWLS = (("erster Abruf", ()), ("unverändert, gleich danach", ()),
          ("unverändert, jede Seite erfragt (--recrawl-interval 0)", ("--recrawl-interval", "0")))


def crawl(db: Path, extra: tuple[str, ...]) -> tuple[float, dict]:
    summary = db.with_suffix(".json")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--db", str(db), "--quiet",
                    "--summary-json", str(summary), *extra], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, json.loads(summary.read_text(encoding="utf-8"))["total"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--delays", type=float, nargs="+", default=[0, 1],
                        help="seconds between two requests to one site (0: as offline crawls run)")
    args = parser.parse_args()
    for delay in args.delays:
        best: dict[str, tuple[float, dict]] = {}
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / "dkbm.db"
                for label, extra in CRAWLS:
                    seconds, total = crawl(db, ("--delay", str(delay), *extra))
                    if label not in best or seconds < best[label][0]:
                        best[label] = (seconds, total)
        first = best[CRAWLS[0][0]][0]
        print(f"Offline-Spiegel, {delay:g} s zwischen zwei Anfragen an eine Seite, bester von {args.runs} Läufen")
        print(f"  {'Abruf':<56}{'Zeit':>8}{'Anfragen':>10}{'frisch':>8}{'304':>6}{'ausgew.':>9}{'Verhältnis':>12}")
        for label, _ in CRAWLS:
            seconds, total = best[label]
            print(f"  {label:<56}{seconds:>6.2f} s{total['pages_fetched']:>10}{total['pages_fresh']:>8}"
                  f"{total['pages_not_modified']:>6}{total['pages_extracted']:>9}{seconds / first:>11.2f}×")


if __name__ == "__main__":
    main()
