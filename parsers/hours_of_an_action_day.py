"""A nationwide action day told once, and what a town's house does on it told by the hour:

    Am 18. Juni 2027 findet zum dritten Mal der bundesweite „Deutsche Musikschultag“ statt. …
    Auch die Städtische Musikschule Musterstadt beteiligt sich. Um 11 Uhr findet im Saal der Musikschule unter dem Titel
    „Musik macht Freude“ ein Konzert statt und um 15.30 Uhr spielt die Bigband der Musikschule im Kulturhof. Um 19 Uhr
    geht es dann weiter mit einem Konzert in der Villa Beispiel.

The day is the frame (readers do not put "Deutscher Musikschultag" in their calendar); each clause led by its hour
that names what happens is an event of that day at that hour. Only for a day the page calls nationwide (a Fachtag's
agenda told by the hour is one event's programme, which other readers keep whole), only where two clauses at least
name their events, and only in the paragraphs after the day's own, before any other day.
"""
from __future__ import annotations

import copy
import re

from . import dates as d
from . import people, prose, titles
from .content import PageView
from .event import FROM_PROSE, Event

PARAGRAPHS_READ = 4        # the paragraphs after the day's own that may tell its hours
CLAUSES_LEAST = 2
# a day of the whole country: "der bundesweite „Deutsche Musikschultag“", "zum Bundesweiten Vorlesetag"
NATIONWIDE_RE = re.compile(r"\b(?:[Bb]undesweit|[Dd]eutschlandweit|[Ll]andesweit)\w*\s+(?:[„\"]?[A-ZÄÖÜ][\wäöüß-]*\s+)?[„\"]?"
                           r"[A-ZÄÖÜ]?[\wäöüß-]*(?:tag|tages|woche|nacht)\b")
# a clause led by its hour: "Um 11 Uhr findet …", "… und um 15.30 Uhr swingt …"
HOUR_LED_CLAUSE_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\sund\s)|(?<=;\s))[Uu]m\s+(?P<hour>\d{1,2})(?:[.:](?P<minute>[0-5]\d))?\s*Uhr\s+"
                                r"(?P<rest>[a-zäöüß][^.!?;]*?)(?=\s+und\s+um\s+\d|[.!?;](?:\s|$)|$)")


def hours_of_its_action_day(view: PageView, events: list[Event]) -> list[Event]:
    """The events a nationwide day's hours name, in place of the day; [] where the page is no such page."""
    if len(events) != 1 or not events[0].start or not events[0].all_day or events[0].end:
        return []
    frame = events[0]
    day_line = view.date_line_of(frame)
    if day_line is None or not NATIONWIDE_RE.search(" ".join(view.texts[max(0, day_line - 2):day_line + 1])):
        return []
    found, told = [], []
    for index in range(day_line, min(len(view.texts), day_line + 1 + PARAGRAPHS_READ)):
        text = view.texts[index]
        if index > day_line and d.MAYBE_DATE(text) and d.find_dates(text):
            break  # (another day's paragraph)
        for clause in HOUR_LED_CLAUSE_RE.finditer(text):
            named = _named(clause.group("rest"))
            if named:
                hour = f"{int(clause.group('hour')):02d}:{clause.group('minute') or '00'}"
                found.append((hour, named, clause.group(0)))
                told.append(text)
    if len(found) < CLAUSES_LEAST:
        return []
    day = frame.start[:10]
    # (the house the paragraphs of the hours name: "Auch die Städtische Musikschule Musterstadt beteiligt sich …")
    house = frame.organizer or people.organizer_in_text("\n".join(dict.fromkeys(told)))
    held = []
    for hour, named, words in found:
        event = copy.deepcopy(frame)
        event.title, event.start, event.end, event.all_day = named, f"{day}T{hour}", None, False
        event.start_time, event.end_time = hour, None
        event.provenance = {key: value for key, value in frame.provenance.items() if key in ("organizer", "city")}
        event.note("title", FROM_PROSE, words[:200])
        event.note("start", FROM_PROSE, words[:200])
        event.venue = None
        if house and not event.organizer:
            event.organizer = house
            event.note("organizer", FROM_PROSE, house)
        held.append(event)
    return held


def _named(rest: str) -> str | None:
    """What the clause after its hour names: its quoted title ("unter dem Titel „Musik macht Freude“ ein Konzert"), the
    event its sentence names, or the group that plays ("swingt die Bigband der Städtischen Musikschule")."""
    quoted = prose.first_quoted(rest)
    if quoted and not titles.weak_title(quoted):
        return quoted
    named = prose.title_from_sentence(rest) or prose.offered_name(rest)
    if named and not titles.weak_title(named):
        return named
    group = PLAYING_GROUP_RE.search(rest)
    return group.group("group") if group else None


# the group that plays or reads: "swingt die Bigband der Städtischen Musikschule", "spielt das Jugendorchester"
PLAYING_GROUP_RE = re.compile(r"^(?:[a-zäöüß]+t)\s+(?:die|der|das)\s+(?P<group>(?:Bigband|Band|Chor|[A-ZÄÖÜ][\wäöüß]*orchester|"
                              r"Ensemble|[A-ZÄÖÜ][\wäöüß]*chor)(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)*)?)")
