"""Hostile pages of one very long line (and one of many short ones): the extractor's time against a plain lxml
parse of the same page.

    python bench/long_lines.py [--chars 250000]

A scraped page may put a whole archive into one paragraph. Each shape repeats a short German
fragment to the given length; a rule that rescans the line from every full stop or every date
turns that into minutes. Prints seconds per shape and the ratio to parsing the same bytes.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import html as lxml_html  # noqa: E402

from parsers import extract_events  # noqa: E402

SHAPES = {
    "commas": "Fachtag, ",
    "words": "Bildung Konferenz Netzwerk ",
    "dates": "am 12. März 2025 Fachtag, ",
    "sentences": "Der Fachtag findet statt. Die Anmeldung läuft. ",
    "quotes": "„Bildung vor Ort“ – ",
    # a partner list: names with their legal form never end a sentence ("Lernwerk e. V.\nRegion … GmbH\n…")
    "partners": "Lernwerk Musterau e. V. Region Musterau GmbH ",
    # hyphenated capitals without a space: every way of cutting them into a dateline's or a headline's words
    "hyphens": "MINT-Campus-Day-Musterau-",
    # a text export's headline run into its date, over and over: the title line holds every date of the page
    "glued": "startetFreitag, 10. November 2017 ",
    # one dated sentence of a bare kind, again and again: each looks back at the sentences before it for the kind's name
    "passives": "Der Fachtag wird am 12. März vom Jugendbüro der Stadt Musterau organisiert und durchgeführt. ",
    # a talk's questions of a day, again and again, behind dashes: each day looks back for its question's opening word
    "questions": "– Wen wählen die Bürger am 1. Mai? ",
}


def archive(chars: int) -> str:
    """Not one line but many: a blog archive of dated post headlines, each over its report paragraph (every post
    a headline the extractor could read as an event of its own)."""
    lines, day, number = [], date(2000, 1, 3), 0
    while sum(map(len, lines)) < chars:
        lines.append(f"Fachtag Nummer {number} am {day:%d.%m.%Y} in Musterau")
        lines.append("Die Teilnehmenden tauschten sich über die Arbeit im Netzwerk aus und planten weitere Schritte.")
        day, number = date.fromordinal(day.toordinal() + 7), number + 1
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=250_000)
    args = parser.parse_args()
    print(f"{'shape':<10} {'chars':>8} {'extract s':>10} {'parse s':>9} {'ratio':>7}")
    for name, fragment in [*SHAPES.items(), ("archive", None)]:
        text = "Titel\n" + (fragment * (args.chars // len(fragment)) if fragment else archive(args.chars))
        page = f"<html><body><h1>Titel</h1><p>{text}</p></body></html>".encode()
        started = time.perf_counter()
        lxml_html.fromstring(page)
        parse = time.perf_counter() - started
        started = time.perf_counter()
        extract_events(text.encode(), url="https://bildung.example.org/a", content_type="text/plain",
                       reference_date=date(2025, 1, 1))
        took = time.perf_counter() - started
        print(f"{name:<10} {len(text):>8} {took:>10.2f} {parse:>9.4f} {took / max(parse, 1e-6):>6.0f}x")


if __name__ == "__main__":
    main()
