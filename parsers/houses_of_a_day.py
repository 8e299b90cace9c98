"""The items an article of one day places in several houses, each at its hour: "… laden die Städtischen Bibliotheken
am 15. November zum bundesweiten Vorlesetag ein. Um 10 Uhr ist in der Bibliothek Cotta die Bürgermeisterin zu Gast. …
16 Uhr kommt die Feuerwehr in die Bibliothek Pieschen." — a reading at 10 in Cotta, one at 16 in Pieschen, in place of
the day itself.

An hour alone never makes an event: a day's agenda ("Um 10 Uhr Begrüßung in der Aula, um 11 Uhr Führungen") is one
event's. Only hours in two named houses or more (a library's branches, two schools) make the day a day of several
events, one per sentence that gives its own hour.
"""
from __future__ import annotations

import copy
import re

from . import dates as d
from . import prose, when
from .content import PageView
from .event import FROM_PROSE, Event

PARAGRAPHS_READ = 12  # the article's paragraphs below its day
ITEMS_LEAST = 2
# a house named by its kind and its own name: "in der Bibliothek Cotta", "in die Bibliothek Pieschen", "die Bibliothek
# Neustadt", "in der Stadtteilbibliothek Reform", "im Jugendhaus Mitte", "im Haus Dacheröden", "die Bibliothek am Berliner
# Platz", "in der Buchhandlung im Hauptbahnhof"; or a library by its compound alone, "in der Kinder- und
# Jugendbibliothek" (not "in der Aula", "im Saal", "im Haus")
_HOUSE_KIND = (r"(?:[Bb]ibliothek|[Bb]ücherei|[Mm]useum|[Jj]ugendhaus|[Jj]ugendzentrum|[Gg]rundschule|[Oo]berschule|[Gg]ymnasium|"
               r"[Kk]ita|[Ff]amilienzentrum|[Bb]ürgerhaus|[Ss]tadtteilzentrum|[Ss]tadtteilhaus|[Kk]inderhaus|[Jj]ugendtreff|"
               r"[Aa]ußenstelle|[Zz]weigstelle|[Gg]emeindehaus|Haus|Buchhandlung)")
_HOUSE_NAME = (r"(?:\s+(?:am|im|an\s+der)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?"
               r"|\s+(?:Bad\s+|St\.\s+|Sankt\s+)?[A-ZÄÖÜ][\wäöüß-]+)")  # ("Außenstelle Bad Pyrmont")
NAMED_HOUSE_RE = re.compile(rf"\b(?i:in\s+(?:der|die|dem|den|das)|im|ins|der|die|das)\s+(?P<house>"
                            rf"(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*)?{_HOUSE_KIND}{_HOUSE_NAME}"
                            rf"|(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:bibliothek|bücherei)\b)")
# where a sentence passes to another house's item: "… wird um 16 Uhr … platziert und auch die Bibliothek am Berliner Platz
# ist um 9 Uhr … am Start"
NEXT_ITEM_CLAUSE_RE = re.compile(r",?\s+und\s+auch\s+(?=(?:die|der|das|im|in)\s)")
LIBRARY_RE = re.compile(r"(?i:bibliothek|bücherei)")
# the day of an action that the items make up, which stays an event of its own: "Vorlesetag", "Tag der Bibliotheken"
ACTION_DAY_RE = re.compile(r"(?i:tag\b|tag\s+(?:der|des)\b)")
# a sentence led by its hour after a full stop that ordinary splitting takes for an ordinal's: "… vor. 16 Uhr kommt …"
HOUR_LED_SENTENCE_RE = re.compile(r"(?<=[a-zäöüß“\"])\.\s+(?=\d{1,2}(?:[.:]\d{2})?\s*Uhr\b)")
# several hours of one offer: "jeweils 8, 9 und 10 Uhr", "um 11 und um 14 Uhr" (its first)
LISTED_HOURS_RE = re.compile(r"\b(?P<first>\d{1,2})(?:,\s*\d{1,2})*\s+und\s+(?:um\s+)?\d{1,2}\s*Uhr\b")
# an hour that is no item's: a door, a desk, opening hours, a deadline
NOT_AN_ITEM_HOUR_RE = re.compile(r"Einlass|Anmeld|Kasse|geöffnet|Öffnungszeit|Pause|Imbiss|Mittagessen|\bbis\s+\d{1,2}"
                                 r"(?:[.:]\d{2})?\s*Uhr\s+(?:anmelden|melden)|Sprechzeit|Sprechstunde", re.I)


def items_in_houses_of_its_day(view: PageView, event: Event) -> list[Event]:
    """The items of the one day `event` is, when the article below its day gives them hours in named houses; else
    nothing."""
    if not event.start or (event.end and event.end[:10] != event.start[:10]):
        return []
    line = view.date_line_of(event)
    if line is None:
        return []
    items: list[Event] = []
    houses: set[str] = set()
    previous = ""
    for text in view.texts[line:line + PARAGRAPHS_READ]:
        for sentence in (clause for whole in prose.sentences(text) for part in HOUR_LED_SENTENCE_RE.split(whole)
                         for clause in NEXT_ITEM_CLAUSE_RE.split(part)):
            item = _item_of(event, sentence, previous)
            previous = sentence
            if item is None:
                continue
            if d.MAYBE_DATE(sentence) and d.find_dates(sentence):
                return []  # (another day in the article: its hours may be that day's)
            items.append(item)
            if item.venue:
                houses.add(item.venue)
    if len(items) < ITEMS_LEAST or len(houses) < ITEMS_LEAST:
        return []
    if event.organizer in houses:
        # (the day's holder read from one house's sentence holds only that house's item: "die Bibliothek am Berliner
        # Platz ist um 9 Uhr … am Start" is no holder of the bookshop's reading)
        for item in items:
            item.organizer = item.venue if item.venue and LIBRARY_RE.search(item.venue) else None
            item.provenance.pop("organizer", None)
    if len(event.start) > 10 and not any(item.start == event.start for item in items):
        return []  # (a day with an hour of its own that is no item's: a timed event, not the houses' day)
    day = copy.deepcopy(event)
    day.start, day.end, day.all_day, day.start_time, day.end_time = event.start[:10], None, True, None, None
    # (the day of an action, "Vorlesetag", stays beside its items, all day)
    return ([day] if ACTION_DAY_RE.search(event.title or "") else []) + items


def _item_of(event: Event, sentence: str, previous: str) -> Event | None:
    """The item a sentence gives an hour and a house ("16 Uhr kommt die Feuerwehr in die Bibliothek Pieschen"; or its
    house the sentence before: "Eine mehrsprachige Lesung hält die Bibliothek Neustadt bereit. 16 Uhr steht …"), or an
    hour and a title of its own ("… stellt 9 Uhr das Bilderbuch „Gecko und das Glück des Gebens“ vor")."""
    if NOT_AN_ITEM_HOUR_RE.search(sentence) or (d.MAYBE_DATE(sentence) and d.find_dates(sentence)):
        return None
    listed = LISTED_HOURS_RE.search(sentence)
    hour = f"{listed.group('first')} Uhr" if listed else None
    found = d.find_time(hour or sentence)
    if found is None:
        return None
    house = NAMED_HOUSE_RE.search(sentence) or (NAMED_HOUSE_RE.search(previous) if previous
                                                and not d.find_time(previous) else None)
    quoted = prose.quoted_title(sentence) or prose.first_quoted(sentence)
    if house is None and not quoted:
        return None  # (an hour with neither a house nor a title of its own: "Um 12 Uhr gibt es Mittagessen")
    item = copy.deepcopy(event)
    item.start, item.end, item.all_day, item.start_time, item.end_time = event.start[:10], None, True, None, None
    item.venue = house.group("house") if house else None
    kind = prose.EVENT_NOUN_RE.search(event.title or "")
    item.title = quoted or prose.offered_name(sentence) or f"{kind.group(0) if kind else event.title} – {item.venue}"
    item.note("title", FROM_PROSE, sentence[:200])
    when.time_from_range(item, found, sentence)
    return item
