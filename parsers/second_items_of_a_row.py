"""A programme's row that holds a second item of its day after a semicolon, with its own hour, place and quoted title:

    • Dienstag, 4. November, 10 bis 12 Uhr, Stadthalle: „Meine Welt ist digital“, Veranstaltung für Schüler; 19.30 Uhr,
      Realschule, „Ich versteh die Welt nicht mehr“, Vortrag für Eltern und Pädagogen

The row's first item is read by the row's own reader; the second is an event of the same day at its own hour, named by
its quote, held where it says. Only a row (a line that is no paragraph of running text) and only the shape "; <hour>
Uhr, <place>, „<title>“": a sentence's "; um 19 Uhr gibt es …" is left to the prose readers.
"""
from __future__ import annotations

import copy
import re

from . import prose
from .content import PageView
from .event import FROM_LABEL, Event

ROW_LONGEST = 400   # characters of a programme's row
EVENTS_READ = 40    # (a programme's rows, not a calendar of thousands)
# "; 19.30 Uhr, RFES, „Ich versteh die Welt nicht mehr“"
SECOND_ITEM_RE = re.compile(r";\s*(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*Uhr,\s*(?P<place>[^,;„“\"]{2,60}?),\s*"
                            r"[„\"](?P<title>[^„“”\"]{3,100})[“”\"]")


def second_items(view: PageView, events: list[Event]) -> list[Event]:
    """Beside each event read from a row, one event per second item the row holds after a semicolon."""
    titles = {e.title for e in events}
    found: list[Event] = []
    for event in events[:EVENTS_READ]:
        line = view.date_line_of(event)
        if line is None:
            continue
        text = view.texts[line]
        if len(text) > ROW_LONGEST or prose.is_paragraph(text) and not view.lines[line].bulleted:
            continue
        for match in SECOND_ITEM_RE.finditer(text):
            title = match.group("title").strip()
            if title in titles:
                continue
            titles.add(title)
            hour = f"{int(match.group('h')):02d}:{match.group('m') or '00'}"
            item = copy.deepcopy(event)
            item.title, item.venue = title, match.group("place").strip()
            item.start = f"{event.start[:10]}T{hour}" if event.start else None
            item.end, item.end_time, item.start_time, item.all_day = None, None, hour, False
            if event.organizer and event.organizer in text:
                item.organizer = None  # (the first item's school, read from its place, holds only the first)
                item.provenance.pop("organizer", None)
            item.note("title", FROM_LABEL, match.group(0)[:200])
            item.note("start", FROM_LABEL, match.group(0)[:200])
            found.append(item)
    return found
