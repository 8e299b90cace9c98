"""Main content first: trafilatura against our own main-content rules, on the labelled HTML cases.

    pip install trafilatura && python bench/main_content.py

For every labelled HTML case (the four synthetic sets) the extractor reads
- ours:         the HTML itself (our page stage: chrome elements dropped, headings, <time>, JSON-LD kept)
- trafilatura:  trafilatura's main text of the page (headings, lists and tables kept), read as text,
                with trafilatura's own title (and htmldate's date, when it finds one) put above it
and the field accuracy of both is printed per set, with the time each takes. The real labelled pages
(tests/extraction/real) are text views already, so this comparison can only run on HTML we have.
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dkbm_aggregate.evaluation import field_matches, load_cases  # noqa: E402
from parsers import extract_events  # noqa: E402

SETS = ("cases", "holdout", "holdout2", "holdout3")


def trafilatura_text(html: bytes, url: str | None) -> str:
    import trafilatura
    text = trafilatura.extract(html, url=url, output_format="markdown", include_formatting=True,
                               include_tables=True, include_links=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    head = []
    if meta is not None and meta.title and meta.title not in text[:300]:
        head.append(meta.title)
    # markdown headings and list marks become plain lines, as a text view of a page has them
    lines = [line.lstrip("#").strip() for line in text.splitlines()]
    return "\n".join(head + lines)


def score(events: list[dict], expected: list[dict], tally: list[int]) -> None:
    tally[0] += len(events) == len(expected)
    tally[1] += 1
    for index, wanted in enumerate(expected):
        got = events[index] if index < len(events) else {}
        for name, value in wanted.items():
            tally[0] += field_matches(name, value, got.get(name))
            tally[1] += 1


def main() -> None:
    print(f"{'set':10} {'pages':>5} {'ours':>8} {'trafilatura':>12} {'ours ms':>8} {'traf. ms':>9}")
    for name in SETS:
        ours, theirs, t_ours, t_theirs, pages = [0, 0], [0, 0], 0.0, 0.0, 0
        for page, _, spec in load_cases(ROOT / "tests" / "extraction" / name):
            if page.suffix != ".html":
                continue
            pages += 1
            reference = date.fromisoformat(spec["reference_date"]) if spec.get("reference_date") else None
            args = dict(url=spec.get("url"), reference_date=reference, default_organizer=spec.get("default_organizer"))
            html = page.read_bytes()
            started = time.perf_counter()
            events = [e.to_dict() for e in extract_events(html, content_type="text/html", **args)]
            t_ours += time.perf_counter() - started
            score(events, spec.get("events", []), ours)
            started = time.perf_counter()
            text = trafilatura_text(html, spec.get("url"))
            events = [e.to_dict() for e in extract_events(text, content_type="text/plain", **args)]
            t_theirs += time.perf_counter() - started
            score(events, spec.get("events", []), theirs)
        print(f"{name:10} {pages:5d} {ours[0] / ours[1]:8.1%} {theirs[0] / theirs[1]:12.1%} "
              f"{1000 * t_ours / pages:8.2f} {1000 * t_theirs / pages:9.2f}")


if __name__ == "__main__":
    main()
