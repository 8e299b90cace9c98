"""`dkbm import` speed: this code against a baseline commit, in the same run.

    python bench/import.py [--events 3000] [--baseline REV] [--runs 3]

The baseline's code (default: where this branch left main) is taken from git (`git archive`) into a
temporary directory; each side imports the same synthetic events (bench/build.py) into a new
database through `crawler.manual.import_records`, the path of `dkbm import`, then imports them again
unchanged. Each measurement runs in its own process, baseline and this code taking turns; the best
of the runs is printed in ms per event, as wall time and as the process's CPU time (steadier on a
shared machine), with the ratio baseline / this code.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def measure(root: Path, events: int) -> dict:
    """In a child process: import `events` events with the code under `root`, then again."""
    sys.path.insert(0, str(HERE))
    import build  # the records only (plain dicts); it puts this checkout first on sys.path
    sys.path.insert(0, str(root))  # so the measured code goes before it
    from crawler.manual import import_records
    from dkbm_aggregate.store import Store

    assert Path(sys.modules[Store.__module__].__file__).is_relative_to(root)  # not the other checkout

    records = [(i + 2, r, None) for i, r in enumerate(build.records(events))]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "dkbm.db")
        for label in ("first", "again"):
            started, cpu = time.perf_counter(), time.process_time()
            result = import_records(store, records)
            out[label] = (time.perf_counter() - started) * 1000 / events
            out[label + "_cpu"] = (time.process_time() - cpu) * 1000 / events
            assert not result.problems, result.problems[:3]
        out["stored"] = store.db.execute("select count(*) from events").fetchone()[0]
    return out


def checkout(revision: str, target: Path) -> None:
    archive = subprocess.run(["git", "archive", revision, "crawler", "dkbm_aggregate", "parsers", "data/sources.toml"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target)


def run(root: Path, events: int) -> dict:
    result = subprocess.run([sys.executable, __file__, "--measure", str(root), "--events", str(events)],
                            cwd=root, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--baseline", help="git revision to compare with (default: git merge-base HEAD main)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.events)))
        return
    revision = args.baseline or subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, check=True,
                                               capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        baseline = Path(tmp)
        checkout(revision, baseline)
        best: dict[str, dict] = {}
        for _ in range(args.runs):
            for name, root in (("baseline", baseline), ("now", ROOT)):
                found = run(root, args.events)
                assert found["stored"] == args.events, found
                best[name] = {k: min(v, best.get(name, {}).get(k, v)) for k, v in found.items()}
    print(f"dkbm import, {args.events:,} Veranstaltungen, bester von {args.runs} Läufen (ms je Veranstaltung)")
    print(f"  {'':<36}{revision[:10]:>12}{'jetzt':>10}{'Verhältnis':>12}")
    for key, label in (("first", "neue Datei"), ("again", "dieselbe Datei noch einmal")):
        for suffix, kind in (("", "Zeit"), ("_cpu", "CPU")):
            before, now = best["baseline"][key + suffix], best["now"][key + suffix]
            print(f"  {label + ', ' + kind:<36}{before:>9.2f} ms{now:>7.2f} ms{before / now:>11.2f}×")


if __name__ == "__main__":
    main()
