"""Hours said once for a paragraph's days: a weekday's standing hour, or "jeweils" after a listing of days,

    "Alle Vorlesungen … finden montags um 17 Uhr statt." over "- 11.11.: Warum feiern wir Feste?"
    "In der Stadtteilbibliothek immer dienstags ab 16 Uhr. … am 3. September … „Der Igel“ (10. September) …"
    "An den Montagen, 2., 9. und 16. September, finden … Schnupperkurse statt. Der erste Kursus findet jeweils von
    14.30 bis 16 Uhr statt, der zweite Kursus von 16 bis 17.30 Uhr."

An event read on such a day without hours of its own takes them; a second sitting the sentence gives its own hours
("der zweite Kursus von 16 bis 17.30 Uhr") is a second event on each of the days. A weekday's hour holds only for a day on that weekday
(its own line or a list a few lines below, with no other hours between); "jeweils" without a weekday holds only for the
days of a listing on its own line ("2., 9. und 16. September"), never for a lone day whose paragraph names the hours of
something else.
"""
from __future__ import annotations

import copy
import re
from datetime import date

from . import dates as d
from .content import PageView
from .event import FROM_PROSE, Event
from .mentions import Mention

EVENTS_READ = 40  # (a page's programme, not a calendar of thousands)
LINES_ABOVE = 12  # (the lead-in over a list of days: "Die Themen im Überblick:" and its items)
LIST_LINE_LONGEST = 100  # (a list's item or lead-in, passed on the way up; a longer line is a paragraph of its own)
NOT_AN_EVENTS_DAY = ("deadline", "publication")
# "montags", "sonnabends": a weekday's name that says every such day, from the project's weekday names
_PLURAL_WEEKDAYS = {f"{name}s": number for name, number in d.WEEKDAYS.items() if len(name) > 2}
_HOURS = r"(?:um|ab|von)\s+\d{1,2}(?:[.:][0-5]\d)?\s*(?:(?:–|-|bis)\s*\d{1,2}(?:[.:][0-5]\d)?\s*)?Uhr"
# "montags um 17 Uhr", "immer dienstags ab 16 Uhr", "immer für donnerstags um 16 Uhr", "freitags jeweils von 9 bis 12 Uhr",
# "jeden Mittwoch um 15 Uhr"
# ("jeden Mittwoch um 15 Uhr" too)
WEEKDAY_HOUR_RE = re.compile(rf"\b(?P<weekday>{'|'.join(_PLURAL_WEEKDAYS)}|jeden\s+(?:{d.WEEKDAY_NAME}))\b(?:\s+jeweils)?"
                             rf"(?:\s*,)?\s+(?P<hours>{_HOURS})", re.IGNORECASE)
# an office's or a house's own hours, no event's: "Sprechzeiten: dienstags von 9 bis 12 Uhr", "ist montags … geöffnet"
HOUSE_HOURS_RE = re.compile(r"Sprechzeit|Sprechstunde|Öffnungszeit|geöffnet|Beratungszeit|erreichbar", re.IGNORECASE)
# "findet jeweils von 14.30 bis 16 Uhr statt"
EACH_DAY_HOURS_RE = re.compile(rf"\bjeweils\s+(?P<hours>{_HOURS})")
# ", der zweite Kursus von 16 bis 17.30 Uhr": the second sitting of each day, in the same sentence
SECOND_SITTING_RE = re.compile(rf"[^.;!?]{{0,40}}?,\s*(?:der|die|das)\s+zweite\b[^.;!?,]{{0,40}}?(?P<hours>{_HOURS})")


def with_standing_hours(view: PageView, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """Each event on a day without hours takes the hours its paragraph says once for such days; returns the second
    sittings of those days."""
    if len(events) > EVENTS_READ:
        return []
    seconds = []
    for event in events:
        if not event.start or (event.end and event.end[:10] != event.start[:10]):
            continue
        day = date.fromisoformat(event.start[:10])
        own = [m for m in mentions if m.kind not in NOT_AN_EVENTS_DAY and _writes(m, day)]
        if len(own) != 1:
            continue  # (a day the page writes twice: which paragraph's hours would be a guess)
        if len(event.start) > 10:
            # (hours another reader took from the listing's "jeweils": its second sitting is still this reader's)
            hours, second = _hours_of_the_listing(view, own[0])
            if hours is not None and second is not None and hours.start == event.start[11:16]:
                seconds.append(_at(copy.deepcopy(event), second))
            continue
        second = None
        hours = _weekday_hours(view, own[0], day)
        if hours is None:
            hours, second = _hours_of_the_listing(view, own[0])
        if hours is None:
            continue
        if second is not None:
            seconds.append(_at(copy.deepcopy(event), second))
        _at(event, hours)
    return seconds


def _at(event: Event, hours: d.TimeRange) -> Event:
    event.start = f"{event.start[:10]}T{hours.start}"
    event.end = f"{event.start[:10]}T{hours.end}" if hours.end else None
    event.start_time, event.end_time, event.all_day = hours.start, hours.end, False
    event.note("start", FROM_PROSE, f"{event.start[:10]} {hours.start}")
    return event


def _writes(mention: Mention, day: date) -> bool:
    """Whether the mention writes the day, alone or in a listing ("2., 9. und 16. September")."""
    if mention.date.year not in (None, day.year) or mention.date.end_day is not None and not mention.date.days_listed:
        return False
    listed = mention.date.days_listed or (mention.date.day,)
    return day.day in listed and day.month in (mention.date.month, mention.date.end_month or mention.date.month)


def _weekday_hours(view: PageView, own: Mention, day: date) -> d.TimeRange | None:
    """A weekday's standing hour on the day's line, or on the paragraph over the list the day's line is in (only short
    lines without hours between), if the day falls on that weekday."""
    in_a_list = len(view.texts[own.line]) <= LIST_LINE_LONGEST
    for line in range(own.line, max(-1, own.line - LINES_ABOVE - 1), -1):
        if line != own.line and (view.lines[line + 1].after_blank or view.is_heading(line)):
            return None  # (another paragraph or section above: not the standing hour's days)
        text = view.texts[line]
        said = [m for m in WEEKDAY_HOUR_RE.finditer(text)] if not HOUSE_HOURS_RE.search(text) else []
        if said:
            fitting = [m for m in said if _weekday(m) == day.weekday()]
            return d.find_time(fitting[0].group("hours")) if len(fitting) == 1 else None
        if not in_a_list or (line != own.line and (d.find_time(text) or len(text) > LIST_LINE_LONGEST)):
            return None  # (a paragraph's day takes only its own paragraph's hour; hours of something else between, or
            #              another paragraph above a list: not the standing hour's days)
    return None


def _weekday(said: re.Match) -> int:
    name = said.group("weekday").lower()
    return _PLURAL_WEEKDAYS.get(name, d.WEEKDAYS.get(name.removeprefix("jeden ").removeprefix("jede ").strip(), -1))


def _hours_of_the_listing(view: PageView, own: Mention) -> tuple[d.TimeRange | None, d.TimeRange | None]:
    """"jeweils" hours later on the line of a listing of days, said once for each of them, and the hours of a second
    sitting the same sentence gives."""
    if len(own.date.days_listed) < 2:
        return None, None
    text = view.texts[own.line]
    if d.HOURS_AFTER_DAY_RE.match(text, own.date.end):
        return None, None  # (hours right after the listing are read with it)
    each = EACH_DAY_HOURS_RE.search(text, own.date.end)
    if not each:
        return None, None
    second = SECOND_SITTING_RE.match(text, each.end())
    return d.find_time(each.group("hours")), d.find_time(second.group("hours")) if second else None
