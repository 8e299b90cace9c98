"""The further showings of one item: a programme's row whose day is followed by several lines of hours alone,

    Donnerstag, 20. November 2025: Bilderbuchkino „Das kleine Wir zu Hause“
    15 Uhr
    16 Uhr  - DIESE VORSTELLUNG IST AUSGEBUCHT -

is shown at each of those hours: one event per hour (a booked-out showing still takes place). A calendar that lists
only the 15 Uhr showing sends the family that booked the 16 Uhr one nowhere.

An hour with words of its own ("16 Uhr Vortrag …") is a programme's point, not a showing; a range ("15 – 17 Uhr") on
the second line is the end of the first, not a second showing.
"""
from __future__ import annotations

import copy
import re

from . import dates as d
from .content import PageView
from .event import FROM_LABEL, Event

# a line that is one hour and at most a note on it: "16 Uhr", "16.30 Uhr - DIESE VORSTELLUNG IST AUSGEBUCHT -"
HOUR_ALONE_RE = re.compile(r"\s*(?:um\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr\s*"
                           r"(?:[–-]\s*(?:[A-ZÄÖÜ ]{4,60}|(?i:ausgebucht|ausverkauft|restkarten|wenige\s+plätze\s+frei))"
                           r"\s*[–!.-]*\s*)?")
BOOKED_OUT_RE = re.compile(r"ausgebucht|ausverkauft", re.I)
SHOWINGS_READ = 4     # lines of hours under one day
EVENTS_READ = 40      # (the showings of a programme's rows, not of a calendar of thousands)


def further_showings(view: PageView, events: list[Event]) -> list[Event]:
    """Beside each event whose day line is followed by two or more lines of hours alone, one copy per later hour."""
    taken = {e.start for e in events if e.start}
    found: list[Event] = []
    for event in events[:EVENTS_READ]:
        if not event.start or len(event.start) <= 10:
            continue
        line = view.date_line_of(event)
        if line is None:
            continue
        hours = _hours_below(view, line)
        if len(hours) < 2 or hours[0][0] != event.start[11:16]:
            continue
        for hour, said in hours[1:]:
            start = f"{event.start[:10]}T{hour}"
            if start in taken:
                continue
            taken.add(start)
            showing = copy.deepcopy(event)
            showing.start, showing.end, showing.end_time = start, None, None
            showing.start_time, showing.all_day = hour, False
            showing.booked_out = bool(BOOKED_OUT_RE.search(said))
            showing.note("start", FROM_LABEL, hour)
            found.append(showing)
    return found


def _hours_below(view: PageView, line: int) -> list[tuple[str, str]]:
    """The hours on the lines right below a day line (skipping empty ones), each a line of its own, with its line."""
    hours: list[tuple[str, str]] = []
    for index in range(line + 1, min(len(view.texts), line + 1 + SHOWINGS_READ)):
        text = view.texts[index]
        if not text.strip():
            continue
        match = HOUR_ALONE_RE.fullmatch(text)
        if match is None or d.MAYBE_DATE(text) and d.find_dates(text):
            break
        hours.append((f"{int(match.group('h')):02d}:{match.group('m') or '00'}", text))
    return hours
