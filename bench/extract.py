"""Extraction speed (and start-date accuracy) against baselines measured in the same run.

    python bench/extract.py [--baseline-pages 40] [--cli-files 2000]

Pages: every page of the offline mirror plus the labelled extraction cases.
- floor:     lxml.html parse of the page, nothing else (no extractor can be faster)
- baseline:  dateparser.search_dates(languages=["de"], DMY) over the page text — the naive reading
- ours:      parsers.extract_events on the same bytes
- CLI:       `dkbm extract` over N files in one process, start-up included, vs. the baseline rate
Start-date accuracy is scored on the labelled cases: ours = first event's start; baseline = the
first date search_dates finds.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date, datetime
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import extract_events  # noqa: E402


def pages() -> list[tuple[Path, bytes, str]]:
    found = []
    for path in sorted((ROOT / "data" / "mirror").rglob("*")):
        if path.is_file() and path.name != "robots.txt" and not path.name.endswith(".http-status"):
            found.append((path, path.read_bytes(), "text/html"))
    for path in sorted((ROOT / "tests" / "extraction" / "cases").glob("*")):
        if path.suffix in (".html", ".txt"):
            found.append((path, path.read_bytes(), "text/html" if path.suffix == ".html" else "text/plain"))
    return found


def page_text(content: bytes, content_type: str) -> str:
    if content_type == "text/plain":
        return content.decode("utf-8", errors="replace")
    return lxml.html.document_fromstring(content).text_content()


def timed(function, items, repeat: int = 1) -> float:
    """Best of `repeat` passes: the least disturbed measurement of the same work."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-pages", type=int, default=40)
    parser.add_argument("--cli-files", type=int, default=2000)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    corpus = pages()
    reference = date(2026, 11, 23)
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": datetime(2026, 11, 23)}

    def ours(page):
        extract_events(page[1], content_type=page[2], reference_date=reference)

    def floor(page):
        if page[2] == "text/html":
            lxml.html.document_fromstring(page[1])
        else:
            page[1].decode("utf-8", errors="replace").splitlines()

    ours(corpus[0])
    t_ours = timed(ours, corpus, repeat=5)
    t_floor = timed(floor, corpus, repeat=5)

    # dateparser is imported only now: its language data (hundreds of thousands of objects)
    # would otherwise slow every garbage collection during our measurement.
    from dateparser.search import search_dates

    def baseline(page):
        search_dates(page_text(page[1], page[2]), languages=["de"], settings=settings)

    baseline(corpus[0])  # warm: dateparser loads its language data on first use
    step = max(1, len(corpus) // args.baseline_pages)
    sample = corpus[::step][:args.baseline_pages]
    t_base = timed(baseline, sample)
    rate_ours, rate_floor, rate_base = len(corpus) / t_ours, len(corpus) / t_floor, len(sample) / t_base
    size = sum(len(p[1]) for p in corpus) / len(corpus)
    print(f"pages: {len(corpus)} (mean {size / 1024:.1f} KB); baseline measured on {len(sample)} of them")
    print(f"{'':34}{'pages/s':>10}{'ms/page':>10}")
    print(f"{'floor: lxml parse only':34}{rate_floor:10.0f}{1000 / rate_floor:10.3f}")
    print(f"{'ours: extract_events':34}{rate_ours:10.0f}{1000 / rate_ours:10.3f}")
    print(f"{'baseline: dateparser.search_dates':34}{rate_base:10.1f}{1000 / rate_base:10.3f}")
    print(f"ratio ours / baseline (in-process): {rate_ours / rate_base:.0f}x")
    print(f"ratio floor / ours: {rate_floor / rate_ours:.1f}x (time spent beyond parsing)")

    # start-date accuracy on the labelled cases
    cases = ROOT / "tests" / "extraction" / "cases"
    right_ours = right_base = total = 0
    for label in sorted(cases.glob("*.json")):
        spec = json.loads(label.read_text("utf-8"))
        wanted = next((e.get("start") for e in spec.get("events", []) if "start" in e), "absent")
        if wanted in ("absent", None):
            continue
        page = next(p for p in (label.with_suffix(".html"), label.with_suffix(".txt")) if p.exists())
        content_type = "text/html" if page.suffix == ".html" else "text/plain"
        ref = date.fromisoformat(spec["reference_date"])
        events = extract_events(page.read_bytes(), url=spec.get("url"), reference_date=ref,
                                content_type=content_type)
        total += 1
        right_ours += bool(events) and (events[0].start or "")[:10] == wanted[:10]
        found = search_dates(page_text(page.read_bytes(), content_type), languages=["de"],
                             settings={"DATE_ORDER": "DMY", "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)})
        right_base += bool(found) and found[0][1].date().isoformat() == wanted[:10]
    print(f"start date right on labelled cases: ours {right_ours}/{total} ({right_ours / total:.0%}), "
          f"baseline {right_base}/{total} ({right_base / total:.0%})")

    # the command line over many files, start-up included
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for index in range(args.cli_files):
            source = corpus[index % len(corpus)]
            target = Path(tmp) / f"{index:05d}{'.txt' if source[2] == 'text/plain' else '.html'}"
            target.write_bytes(source[1])
            files.append(str(target))
        dkbm = shutil.which("dkbm", path=str(Path(sys.executable).parent)) or "dkbm"
        start = time.perf_counter()
        subprocess.run([dkbm, "extract", "--reference-date", "2026-11-23", *files], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
    cli_rate = args.cli_files / elapsed
    print(f"dkbm extract over {args.cli_files} files in one process: {elapsed:.2f} s, {cli_rate:.0f} files/s, "
          f"{cli_rate / rate_base:.0f}x the baseline")


if __name__ == "__main__":
    main()
