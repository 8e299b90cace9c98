"""A programme that groups its items under the houses that hold them: "Museum für Thüringer Volkskunde" over two
workshops, "Naturkundemuseum" over a children's tour, "Stadtmuseum" over a holiday workshop. Each item is held by the
house whose heading stands above it, where nothing nearer names its holder.

A house's line counts only where the page has two of them or more, each right above an item: a lone "Stadtmuseum" line
may be a venue's fact, but a run of houses, each over its own items, is how a town's museums or libraries list a joint
programme.
"""
from __future__ import annotations

import re

from . import dates as d
from .content import PageView
from .event import FROM_LABEL, Event

# a house by its kind, alone or with its own name: "Stadtmuseum", "Naturkundemuseum", "Museum für Thüringer Volkskunde",
# "Stadtbibliothek Musterau", "Kinder- und Jugendbibliothek", "Musikschule am Park"
_KINDS = r"(?:[Kk]unsthalle|[Mm]useum|[Bb]ibliothek|[Bb]ücherei|[Mm]usikschule|[Vv]olkshochschule|[Gg]alerie|[Aa]rchiv|[Ss]ynagoge|[Gg]edenkstätte)"
HOUSE_LINE_RE = re.compile(
    rf"(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?(?:(?:Alte|Neue|Historische|Städtische)[rs]?\s+)?[A-ZÄÖÜ]?[\wäöüß-]*{_KINDS}"
    rf"(?:\s+(?:für|der|des|am|im|an\s+der|in)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){{0,3}}"
    rf"|\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)?")
HOUSE_LINE_LONGEST = 70
ITEM_REACH = 3  # lines from a house's heading to its first item's name or day
LEAST_HOUSES = 2
HOUSE_LINES_READ = 2_000  # a programme's houses head it near the top, not in a 10 MB archive's depths
EVENTS_READ = 200  # a joint programme has a few dozen items, not thousands


def hold_by_house_headings(view: PageView, events: list[Event]) -> None:
    """Give each event without a holder, or held by another section's house, the house whose heading stands above its
    day (see the module's docstring)."""
    if view.page.is_html and not any(line.heading for line in view.lines):
        return
    candidates = [index for index, text in enumerate(view.texts[:HOUSE_LINES_READ])
                  if len(text) <= HOUSE_LINE_LONGEST and HOUSE_LINE_RE.fullmatch(text.strip())
                  and not (d.MAYBE_DATE(text) and d.find_dates(text))]
    if len(candidates) < LEAST_HOUSES:
        return  # (first the cheap test: most pages have no run of house headings, and finding each event's line costs)
    item_lines = {}
    for event in events[:EVENTS_READ]:
        line = view.date_line_of(event)
        if line is not None:
            item_lines[id(event)] = line
    dated = sorted(set(item_lines.values()))
    houses = [index for index in candidates if any(index < line <= index + ITEM_REACH for line in dated)]
    if len(houses) < LEAST_HOUSES:
        return
    names = {view.texts[index].strip() for index in houses}
    for event in events:
        line = item_lines.get(id(event))
        # (an item whose holder was read from another section's house heading, the next one below its text, is this
        # section's: "Lesung …" / its day / its text / "Stadtteilbibliothek Nord" / the next item)
        if line is None or (event.organizer and event.organizer not in names):
            continue
        above = [index for index in houses if index < line]
        if above:
            house = view.texts[above[-1]].strip()
            if event.organizer != house:
                event.organizer = house
                event.note("organizer", FROM_LABEL, house)
