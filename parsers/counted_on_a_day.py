"""The events a sentence counts on its day, each at the hour a later sentence gives it: "Gleich zu zwei
Weihnachtskonzerten laden … am Freitag, dem 4. Dezember, … ein. Bereits um 16:30 Uhr präsentieren die jüngeren Kinder …
Die größeren Schüler gestalten dann ab 19:00 Uhr ein festliches Konzert." — two concerts, at 16:30 and at 19:00.

An hour alone never makes an event: a day's agenda ("Um 16 Uhr startet das Kinoprogramm", "Ab 17.30 Uhr sorgt die Band
für …") is one event's. Only the count says the hours are the days' several events, and only as many hours as it counts.
"""
from __future__ import annotations

import copy
import re

from . import dates as d
from . import lexicon as lex
from . import prose, when
from .content import PageView
from .event import FROM_PROSE, Event

# how far below its day the counted events' hours are looked for: the day's paragraph and the next few
HOURS_LINES = 4
HOURS_SENTENCES = 4
EVENTS_READ = 20  # (a count stands in a round-up's text, not in a list of hundreds)
# a day's sentence that counts its events: "Gleich zu zwei Weihnachtskonzerten laden …", "… lädt zu zwei Lesungen ein"
COUNTED_RE = re.compile(rf"\b(?P<count>[Zz]wei|beiden|[Dd]rei)\s+(?:[a-zäöüß]+(?:e|en)\s+)?(?P<noun>(?:[A-ZÄÖÜ][\wäöüß-]*)?"
                        rf"(?:{'|'.join(map(lex.either_case, lex.EVENT_PLURALS))})n?)\b")  # (and the dative: "zu zwei Konzerten")
COUNTED = {"zwei": 2, "beiden": 2, "drei": 3}
# what an hour of the same day is when it is no event of its own: a door, a desk, a break, the end
NOT_AN_EVENT_HOUR_RE = re.compile(r"Einlass|Anmeld|Kasse|geöffnet|Öffnungszeit|Pause|Imbiss|Mittagessen|Begrüß|Grußwort|"
                                  r"\bEnde\b|\bendet\b|Abschluss|Frühstück|Sprechzeit|Sprechstunde", re.I)


def events_counted_on_a_day(view: PageView, events: list[Event]) -> list[Event]:
    """Beside each event whose day's sentence counts several events, the others, at their own hours (the event itself,
    when its title names no event, takes the name of what is counted)."""
    taken = {(e.start or "")[:16] for e in events if e.start}
    extra: list[Event] = []
    for event in events[:EVENTS_READ]:
        line = view.date_line_of(event) if event.start else None
        if line is None or not prose.is_paragraph(view.texts[line]):
            continue
        for found in _counted_events(view, event, line):
            if found.start[:16] not in taken:
                taken.add(found.start[:16])
                extra.append(found)
    return extra


def _following_sentences(view: PageView, event: Event, line: int) -> list[str]:
    """The sentences after the event's day: the rest of its paragraph and the next paragraphs, up to a line that dates
    another day."""
    day = (int(event.start[5:7]), int(event.start[8:10]))
    text = view.texts[line]
    found = prose.sentences(text[_day_at(text, event):])[1:]
    for below in range(line + 1, min(len(view.texts), line + HOURS_LINES)):
        following = view.texts[below]
        if d.MAYBE_DATE(following) and any((m.month, m.day) != day for m in d.find_dates(following)):
            break
        if prose.is_paragraph(following):
            found += prose.sentences(following)
    return found


def _counted_events(view: PageView, event: Event, line: int) -> list[Event]:
    """"Gleich zu zwei Weihnachtskonzerten laden … am Freitag … ein. Bereits um 16:30 Uhr … dann ab 19:00 Uhr …": the
    counted events, one per hour the next sentences give, the first being the event itself."""
    text = view.texts[line]
    own = prose.sentence_at(text, _day_at(text, event)) if text else ""
    counted = COUNTED_RE.search(own)
    if not counted:
        return []
    if len(d.find_dates(own)) > 1:
        return []  # ("Zu zwei Frühjahrskonzerten lädt … ein: am Samstag, 17. April, um 19 Uhr und am Sonntag, …": two days)
    number = COUNTED[counted.group("count").lower()]
    hours, sentences = [], []
    for sentence in _following_sentences(view, event, line)[:HOURS_SENTENCES]:
        found = d.find_time(sentence)
        if found and found.start not in [h.start for h in hours] and not NOT_AN_EVENT_HOUR_RE.search(sentence):
            hours.append(found)
            sentences.append(sentence)
    if len(hours) != number:
        return []
    noun = counted.group("noun")
    noun = noun[:-1] if noun.endswith("n") and noun[:-1].lower().endswith(tuple(lex.EVENT_PLURALS)) else noun  # (dative)
    name = prose.singular(noun)
    own_hour = event.start[11:16] if len(event.start) > 10 else None
    if own_hour is None:
        # (the event itself, read without an hour, is the first counted: "Sommerkonzerte in der Aula" over "Bereits um
        # 15 Uhr …" is the concert at 15 Uhr)
        when.time_from_range(event, hours[0], sentences[0])
        own_hour = hours[0].start
        if noun.lower() in (event.title or "").lower():
            _named(event, name, own)
    others = [_beside(event, name, sentence, found) for found, sentence in zip(hours, sentences) if found.start != own_hour]
    if others and not prose.EVENT_NOUN_RE.search(event.title or ""):
        # (the event itself is one of those counted: "Sommer in der Musikschule" over "zu zwei Sommerkonzerten" is one
        # of the concerts, not the headline's news)
        _named(event, name, own)
    return others


def _day_at(text: str, event: Event) -> int:
    """Where in its line the event's day was read (its start's snippet), or the line's start."""
    snippet = ((event.provenance.get("start") or {}).get("snippet") or "")[:80]
    return max(text.find(snippet), 0) if snippet else 0


def _named(event: Event, name: str, sentence: str) -> None:
    event.title = name
    event.provenance["title"] = {"from": FROM_PROSE, "snippet": sentence.strip()[:200]}


def _beside(event: Event, name: str, sentence: str, hours: d.TimeRange) -> Event:
    """A copy of the event on its day, named and timed by its own sentence."""
    other = copy.deepcopy(event)
    _named(other, name, sentence)
    other.start, other.end, other.all_day = event.start[:10], None, True
    other.start_time = other.end_time = None
    when.time_from_range(other, hours, sentence)
    other.venue = None  # (its own sentence's place, not the other event's)
    return other
