"""An event of two or three days in a row whose days each get hours of their own,

    "Die Messe findet am Donnerstag, 29. September, 10 bis 17 Uhr, sowie am Freitag, 30. September, 9 bis 15 Uhr, im
    Gemeindehaus statt."
    "… werden sich am 7. und 8. September … präsentieren. … Am Freitag, dem 7. September, öffnet die Messe von 9 bis
    13 Uhr, am Sonnabend, dem 8. September, von 10 bis 13 Uhr."

runs from the first day's opening to the last day's close (Thursday 10 Uhr to Friday 15 Uhr), as most readers of such
a fair write it: a reading that keeps only Thursday's hours ends the fair on Thursday, and one that keeps only the days
drops both hours.

Days that share the hours said once after the last of them ("am Freitag, 15. Januar, und Samstag, 16. Januar 2027,
jeweils von 10 bis 17 Uhr") run the same way, from the first day's 10 Uhr to the last day's 17 Uhr. Two happenings on
the days ("um 19 Uhr ein Konzert und am Samstag … um 10 Uhr einen Flohmarkt") and a span that holds other events of the
page (a festival's days with their programme's items) are left as they are.
"""
from __future__ import annotations

import copy
import re
from datetime import date, timedelta

from . import dates as d
from . import lexicon as lex
from . import prose
from .content import PageView
from .event import FROM_PROSE, Event
from .mentions import Mention

DAYS_IN_A_ROW_MOST = 3
DAY_WRITTEN_MOST = 20  # (how often a page may write its event's day before its runs of days are not looked for)
EVENTS_READ = 40  # (a page's own event or a few, not a calendar of thousands)
NOT_AN_EVENTS_DAY = ("deadline", "publication")
# the hours after a run's last day that hold for each: ", jeweils von 10 bis 17 Uhr"
SHARED_HOURS_RE = re.compile(rf"\s*,?\s*jeweils\s+(?P<hours>{d.HOURS_WORDS})")
OTHER_HAPPENING_AFTER_HOURS = 30  # (how far past the last hours a second happening's name is looked for)
# the hours right after a day, or after the few words of its clause: ", 10 bis 17 Uhr", ", öffnet die Messe von 9 bis
# 13 Uhr" (not past another clause's comma or another day)
HOURS_OF_ITS_CLAUSE_RE = re.compile(rf"\s*,?\s*(?:[^\d,.;:!?]{{1,40}}?\s)?(?P<hours>{d.HOURS_WORDS})")


def with_each_days_hours(view: PageView, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """Each event of days in a row with hours of their own (or hours said once for all of them), from its first day's
    opening to its last day's close; returns the further showings of one shown on each day at its own hour ("zeigen es
    am Freitag, 22. Januar, um 19 Uhr und am Samstag, 23. Januar, um 18 Uhr": a start each, no opening hours)."""
    if len(events) > EVENTS_READ:
        return []
    showings = []
    for event in events:
        days = _days_in_a_row(view, event, mentions, events)
        hours = _hours_of_each(view, days, mentions, event.title or "") if days else None
        if not hours:
            continue
        if len(set(days)) > 1 and all(hour.end is None for hour in hours) and not _ends_on_its_last_day(view, mentions, days):
            for day, hour in zip(days[1:], hours[1:]):
                showing = copy.deepcopy(event)
                showing.start, showing.end = f"{day.isoformat()}T{hour.start}", None
                showing.start_time, showing.end_time, showing.all_day = hour.start, None, False
                showing.note("start", FROM_PROSE, f"{day.isoformat()} {hour.start}")
                showings.append(showing)
            event.start, event.end = f"{days[0].isoformat()}T{hours[0].start}", None
            event.start_time, event.end_time, event.all_day = hours[0].start, None, False
            event.note("start", FROM_PROSE, f"{days[0].isoformat()} {hours[0].start}")
            continue
        event.start = f"{days[0].isoformat()}T{hours[0].start}"
        event.end = f"{days[-1].isoformat()}T{hours[-1].end or hours[-1].start}"
        event.start_time, event.end_time, event.all_day = hours[0].start, hours[-1].end, False
        event.note("start", FROM_PROSE, f"{days[0].isoformat()} {hours[0].start}")
        event.note("end", FROM_PROSE, f"{days[-1].isoformat()} {hours[-1].end or hours[-1].start}")
    return showings


# the last day as the end of a run: "beginnt am Freitag, 5. März, um 14 Uhr und endet am Samstag, 6. März, um 13 Uhr"
RUN_ENDS_RE = re.compile(r"\b(?:endet|enden|Ende|schließt|bis)\b")


def _ends_on_its_last_day(view: PageView, mentions: list[Mention], days: list[date]) -> bool:
    """Whether the words before the last day's date (after the day before it) say the run ends there."""
    last = next((m for m in mentions if _on(m, days[-1]) and m.date.end_day is None), None)
    before = next((m for m in mentions if last and m.line == last.line and _on(m, days[-2])
                   and m.date.end < last.date.start), None)
    if last is None or before is None:
        return False
    return bool(RUN_ENDS_RE.search(view.texts[last.line][before.date.end:last.date.start]))


def _days_in_a_row(view: PageView, event: Event, mentions: list[Mention], events: list[Event]) -> list[date]:
    """The event's days: those of its short span, or its one day and the days before and after it its own sentence
    joins to it."""
    if not event.start:
        return []
    first = date.fromisoformat(event.start[:10])
    last = date.fromisoformat(event.end[:10]) if event.end and len(event.end) >= 10 else first
    if last == first:
        # the days its own sentence joins to it, before and after ("am Freitag, 11. Dezember, und am Samstag, 12.
        # Dezember 2026, jeweils …" read on the day that writes the year)
        owns = [m for m in mentions if _on(m, first) and m.date.end_day is None]
        if len(owns) > DAY_WRITTEN_MOST:
            return []  # (a line of thousands of the same day is no event's run of days: read in linear time)
        lines = {own.line for own in owns}
        beside = [m for m in mentions if m.line in lines and m.date.end_day is None]

        def joined(day: date) -> bool:
            return any(_on(m, day) and _same_sentence(view, m, own)
                       for own in owns for m in beside if m.line == own.line and m is not own)
        while (last - first).days + 1 < DAYS_IN_A_ROW_MOST and joined(last + timedelta(days=1)):
            last += timedelta(days=1)
        while (last - first).days + 1 < DAYS_IN_A_ROW_MOST and joined(first - timedelta(days=1)):
            first -= timedelta(days=1)
        if last == first:
            return []
    if not 0 < (last - first).days < DAYS_IN_A_ROW_MOST:
        return []
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    inside = {day.isoformat() for day in days}
    if any(other is not event and other.start and other.start[:10] in inside for other in events):
        return []  # (the days of a festival whose programme's items the page lists one by one)
    return days


def _on(mention: Mention, day: date) -> bool:
    """Whether the mention writes the day (its year may be the page's, not yet pinned)."""
    return (mention.date.day, mention.date.month) == (day.day, day.month) and mention.date.year in (None, day.year)


def _same_sentence(view: PageView, one: Mention, other: Mention) -> bool:
    text = view.texts[one.line]
    start, end = prose.sentence_span_at(text, other.date.start, other.date.end)
    return start <= one.date.start < end


def _hours_of_each(view: PageView, days: list[date], mentions: list[Mention], own_name: str) -> list[d.TimeRange] | None:
    """The hours one sentence writes right after each of the days ("am Freitag, dem 7. September, öffnet die Messe von
    9 bis 13 Uhr, am Sonnabend, dem 8. September, von 10 bis 13 Uhr"); not the hours rows give each day for a visit, a
    speech or a guest's stand ("• Bildungsministerin …, Freitag, 13. Februar, 10.45 Uhr"); or the hours said once after
    the last day for each ("…, jeweils von 10 bis 17 Uhr")."""
    for opening in mentions:
        if not _on(opening, days[0]) or opening.date.end_day is not None or opening.kind in NOT_AN_EVENTS_DAY:
            continue
        text = view.texts[opening.line]
        start, end = prose.sentence_span_at(text, opening.date.start, opening.date.end)
        in_sentence = [m for m in mentions if m.line == opening.line and start <= m.date.start < end
                       and m.date.end_day is None and m.kind not in NOT_AN_EVENTS_DAY]
        hours, reach = [], opening.date.start
        for day in days:
            said = next(((clock, after.end()) for m in in_sentence if _on(m, day)
                         for after in [HOURS_OF_ITS_CLAUSE_RE.match(text, m.date.end)]
                         for clock in [d.find_time(after.group("hours")) if after else None] if clock), None)
            if said is None:
                break
            hours.append(said[0])
            reach = max(reach, said[1])
        if not hours:
            # the hours said once after the last day for all of them: "… und Samstag, 16. Januar 2027, jeweils von 10
            # bis 17 Uhr"
            last = next((m for m in reversed(in_sentence) if _on(m, days[-1])), None)
            shared = SHARED_HOURS_RE.match(text, last.date.end) if last else None
            clock = d.find_time(shared.group("hours")) if shared else None
            if clock and all(any(_on(m, day) for m in in_sentence) for day in days):
                hours, reach = [clock] * len(days), shared.end()
        # (not two happenings, each on its day: "am Freitag, 7. Mai, um 19 Uhr ein Konzert und am Samstag, 8. Mai, um
        # 10 Uhr ein Flohmarkt" — an event's word or a quoted name among the days, or right after the last hours)
        among = text[opening.date.start:min(end, reach + OTHER_HAPPENING_AFTER_HOURS)]
        # (the event's own word may stand among them: "ist der Flohmarkt von 15 bis 19 Uhr geöffnet" of the Flohmarkt)
        named = [word.group(0) for pattern in (prose.EVENT_NOUN_RE, lex.EVENT_TITLE_WORD_RE) for word in pattern.finditer(among)]
        if len(hours) == len(days) and not prose.QUOTE_RE.search(among) \
                and all(word.lower() in own_name.lower() for word in named):
            return hours
    return None
