"""One event that two houses of one kind hold each in its own town, named together:

    Anlässlich des Tags der Bibliotheken am Dienstag, 24. Oktober finden in Einrichtungen der Region Veranstaltungen
    statt. Die Stadtbibliotheken Rodewisch und Auerbach beteiligen sich ab 14 Uhr mit einem Bastelnachmittag.

is two events of that day, one in each house ("Stadtbibliothek Rodewisch" in Rodewisch, "Stadtbibliothek Auerbach" in
Auerbach): a reader who goes to Auerbach does not find the afternoon in Rodewisch. Only for a page of one event, only
for two towns the gazetteer knows, and only in the paragraph of the event's day or the one after it.
"""
from __future__ import annotations

import copy
import re

from . import gazetteer
from .content import PageView
from .event import FROM_PROSE, Event

# the plural of a town's house and its singular
HOUSE_PLURALS = {"Stadtbibliotheken": "Stadtbibliothek", "Bibliotheken": "Bibliothek", "Stadtbüchereien": "Stadtbücherei",
                 "Büchereien": "Bücherei", "Volkshochschulen": "Volkshochschule", "Musikschulen": "Musikschule",
                 "Gymnasien": "Gymnasium", "Oberschulen": "Oberschule", "Realschulen": "Realschule",
                 "Gesamtschulen": "Gesamtschule", "Jugendzentren": "Jugendzentrum", "Familienzentren": "Familienzentrum"}
HOUSES_TOGETHER_RE = re.compile(rf"\b[Dd]ie\s+(?P<kind>{'|'.join(HOUSE_PLURALS)})\s+(?:in\s+)?(?P<first>[A-ZÄÖÜ][\wäöüß-]+)\s+"
                                r"und\s+(?P<second>[A-ZÄÖÜ][\wäöüß-]+)\b")
PARAGRAPHS_READ = 2


def houses_named_together(view: PageView, events: list[Event]) -> list[Event]:
    """One copy of the page's one event per house named together with another; [] where the page names none."""
    if len(events) != 1 or not (events[0].start or events[0].start_partial):
        return []
    event = events[0]
    line = view.date_line_of(event)
    if line is None:
        return []
    for text in view.texts[line:line + PARAGRAPHS_READ]:
        match = HOUSES_TOGETHER_RE.search(text)
        if match is None:
            continue
        towns = [gazetteer.known_place(match.group("first")), gazetteer.known_place(match.group("second"))]
        if None in towns or towns[0] == towns[1]:
            continue
        kind = HOUSE_PLURALS[match.group("kind")]
        held = []
        for town in towns:
            copied = copy.deepcopy(event)
            copied.organizer, copied.city, copied.venue = f"{kind} {town}", town, None
            copied.note("organizer", FROM_PROSE, match.group(0))
            copied.note("city", FROM_PROSE, match.group(0))
            held.append(copied)
        return held
    return []
