"""The extractor never raises, whatever a page contains: hypothesis-generated random text, random
HTML and mutated pages of the offline mirror and the labelled cases.

    python bench/fuzz.py [--examples 10000] [--seed N]

Prints how many inputs of each kind ran, how many raised (with the first tracebacks) and the
slowest input, against the time of the same number of plain lxml parses in the same run.
tests/test_extractor_robustness.py runs the same strategies with a few hundred examples.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import extract_events  # noqa: E402

REFERENCE = date(2026, 12, 3)
# Words and marks the extractor reacts to, so random inputs reach its rules, not only its first test.
VOCABULARY = ["Datum:", "Ort:", "Veranstalter:", "Anmeldung bis", "Termin", "am", "vom", "bis", "Uhr", "10:00",
              "12.03.2027", "3. März", "2027", "Mittwoch,", "Fachtag", "Netzwerktreffen", "„", "“", "abgesagt",
              "verschoben", "online", "Webex", "in", "Bad Bocklet", "des Landkreises", "Bildungsbüro", "\n", "\n\n",
              "|", ":", "–", "-", ".", ",", "(", ")", "Sie sind hier:", "Liebe Leserinnen und Leser,", "nach",
              "Hierzu werden drei Infoveranstaltungen angeboten:", "- am 04. März", "\u00a0", "\x00", "\x1b"]
TAGS = ["p", "div", "h1", "h2", "h3", "li", "ul", "table", "tr", "td", "th", "span", "b", "strong", "a", "time",
        "article", "main", "nav", "aside", "section", "dl", "dt", "dd", "script", "br", "del"]


def seed_pages() -> list[bytes]:
    pages = []
    for folder in ("data/mirror", "tests/extraction/cases", "tests/extraction/holdout"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in ("", ".html", ".txt") and path.stat().st_size < 200_000:
                pages.append(path.read_bytes())
    return pages


words = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=12)), max_size=120).map(" ".join)


@st.composite
def html_documents(draw):
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        attributes = draw(st.sampled_from(["", ' class="news-date"', ' class="event-date"', ' datetime="2027-03-12"',
                                            ' href="javascript:x"', ' href="mailto:a@example.org"', ' class="location"']))
        parts.append(f"<{tag}{attributes}>{draw(words)}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


@st.composite
def mutated_pages(draw, pages):
    page = bytearray(draw(st.sampled_from(pages)))
    for _ in range(draw(st.integers(1, 6))):
        operation = draw(st.sampled_from(["cut", "delete", "insert", "flip", "duplicate"]))
        if not page:
            break
        at = draw(st.integers(0, len(page) - 1))
        if operation == "cut":
            page = page[:at]
        elif operation == "delete":
            del page[at:at + draw(st.integers(1, 200))]
        elif operation == "insert":
            page[at:at] = draw(st.one_of(words.map(str.encode), st.binary(max_size=64)))
        elif operation == "flip":
            page[at] = draw(st.integers(0, 255))
        else:
            page[at:at] = page[at:at + draw(st.integers(1, 400))]
    return bytes(page)


def run(strategy, name: str, examples: int, seed: int, failures: list, timings: list) -> int:
    count = 0

    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def check(content):
        nonlocal count
        count += 1
        started = time.perf_counter()
        try:
            extract_events(content, url="https://example.org/veranstaltungen/x", reference_date=REFERENCE,
                           content_type="text/plain" if isinstance(content, str) and count % 2 else None)
        except Exception:  # noqa: BLE001 - that is what we look for
            failures.append((name, content[:300], traceback.format_exc(limit=6)))
        timings.append((time.perf_counter() - started, name, len(content)))

    random.seed(seed)
    check()
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10_000, help="examples per kind of input")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    pages = seed_pages()
    failures: list = []
    timings: list = []
    total = 0
    started = time.perf_counter()
    for name, strategy in (("random text", words), ("random HTML", html_documents()),
                           ("mutated pages", mutated_pages(pages)),
                           ("random bytes", st.binary(max_size=4000))):
        count = run(strategy, name, args.examples, args.seed, failures, timings)
        print(f"{name:14} {count:7d} inputs")
        total += count
    elapsed = time.perf_counter() - started
    slowest = max(timings)
    print(f"total {total} inputs in {elapsed:.1f} s; raised: {len(failures)}; "
          f"slowest {slowest[0] * 1000:.1f} ms ({slowest[1]}, {slowest[2]} bytes)")
    # large and deep pages: our time against a bare lxml parse of the same bytes, same run
    import lxml.html
    paragraph = "Am 12. März 2027 findet der Fachtag „Daten“ im Rathaus statt. Weitere Sätze folgen. " * 50
    dated_text = ((paragraph + "\n") * (9_500_000 // (len(paragraph.encode()) + 1))).encode()
    dense = (("Am 12. März 2027 findet der Fachtag „Daten“ statt. " * 200 + "\n") * 900).encode()
    html_page = b"<html><body>" + b"<div><h2>Fachtag</h2><p>Datum: 12.03.2027, 10:00 Uhr</p></div>" * 150_000 \
        + b"</body></html>"
    deep = ("<html><body>" + "<div>" * 5000 + "<h1>Fachtag</h1><p>Datum: 12.03.2027</p>" + "</div>" * 5000
            + "</body></html>").encode()
    for name, content, kind in (("9.5 MB running text", dated_text, "text/plain"),
                                ("10 MB text, a date every 50 characters", dense, "text/plain"),
                                ("9.5 MB HTML list", html_page, "text/html"), ("5,000 elements deep", deep, "text/html")):
        started = time.perf_counter()
        lxml.html.document_fromstring(content)
        floor = time.perf_counter() - started
        started = time.perf_counter()
        found = extract_events(content, url="https://example.org/x", reference_date=REFERENCE, content_type=kind)
        ours = time.perf_counter() - started
        print(f"{name:40} {len(content) / 1e6:5.1f} MB  ours {ours:5.2f} s  lxml parse {floor:5.2f} s  "
              f"ratio {ours / max(floor, 1e-6):5.1f}x  events {len(found)}")
    for name, content, trace in failures[:5]:
        print(f"\n--- {name}: {content!r}\n{trace}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
