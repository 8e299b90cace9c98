"""A local paper's round-up of one day, whose sections give only their hours:

    Sommerfeste am Samstag: Wohin mit der Familie?
    Am 12. Juni 2027 wird in Beispielstadt gefeiert. Drei Stadtteile, drei Feste – …
    Spielefest im Stadtpark
    Der Kinderschutzbund Beispielstadt lädt zum großen Spielefest in den Stadtpark ein. Von 10 bis 16 Uhr gibt es …
    Musikschule feiert ihren 50. Geburtstag
    Mit offenen Proberäumen … feiert die Städtische Musikschule ihr Jubiläum. Das Jubiläumsfest … beginnt um 13 Uhr.

The lead dates the day once; each section under a short heading is one event of that day at its own hours, in place of
the lead's one event. Sections that date other days, or a lead of a span, are no such round-up.
"""
from __future__ import annotations

import copy
import re

from . import dates as d
from . import lexicon as lex
from . import people, prose, titles
from .content import PageView
from .event import FROM_LABEL, FROM_PROSE, Event

LEAD_LINES = 6          # the lead's day stands under the headline
SECTION_LINES = 120     # (a round-up of a few feasts, not a calendar of hundreds)
SECTIONS_LEAST = 2
HEADING_LONGEST = 90
BODY_SHORTEST = 60      # a section's text is a paragraph
HOURS_REACH = 400       # its hours are told in its first sentences
SENTENCE_BREAK_RE = re.compile(r"(?<=[a-zäöüß]{2})[.!?]\s+")
# a heading that tells what its subject does: "Stadtbücherei verwandelt Innenhof in einen Lesegarten", "Jugendhaus
# Nordstadt setzt auf Musik und Graffiti" (and every heading `running_text.SUBJECT_VERB_HEADING_RE` knows)
NEWS_VERB_AFTER_SUBJECT_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,3}\s+[a-zäöüß]{3,}t\s")


def sections_of_its_day(view: PageView, events: list[Event]) -> list[Event]:
    """The events of a one-day round-up's sections, or [] where the page is none."""
    if view.page.is_html or len(events) != 1 or not events[0].start or events[0].end and events[0].end[:10] != events[0].start[:10]:
        return []
    lead = events[0]
    day = lead.start[:10]
    texts = view.texts
    # (the lead that dates the day under the headline, whichever section the page's one event was read from)
    date_line = next((i for i, text in enumerate(texts[:LEAD_LINES]) if d.MAYBE_DATE(text)
                      and any(f"{m.month:02d}-{m.day:02d}" == day[5:] for m in d.find_dates(text))), None)
    if date_line is None:
        return []
    sections = []
    for index in range(date_line + 1, min(len(texts) - 1, SECTION_LINES)):
        heading, body = texts[index].strip(), texts[index + 1]
        if not _reads_as_heading(view, index) or len(body) < BODY_SHORTEST:
            continue
        opening = body[:HOURS_REACH]
        days = d.find_dates(opening) if d.MAYBE_DATE(opening) else []
        if any(f"{m.month:02d}-{m.day:02d}" != day[5:] or m.end_day is not None for m in days):
            return []  # (a section of another day: a programme of several days, which other readers take)
        said = _hours_of(opening)
        if said is not None or _names_a_kind(heading):
            # (a section whose heading names its kind and whose text gives no hours, "Benefiz-Lesung" / "Den Abschluss
            # bildet die Abendveranstaltung …", is that day's too)
            sections.append((index, heading, body, said))
    if sum(1 for section in sections if section[3] is not None) < SECTIONS_LEAST:
        return []
    return [_section_event(lead, day, heading, body, hours) for _, heading, body, hours in sections]


def _names_a_kind(heading: str) -> bool:
    """"Führung", "Benefiz-Lesung", "Bücherbasar": a heading that names a kind of event."""
    return bool(prose.EVENT_NOUN_RE.search(heading) or lex.EVENT_TITLE_WORD_RE.search(heading)
                or TOUR_HEADING_RE.fullmatch(heading))


# a tour as a section's heading of its own (in running text "Führung" is as often leadership)
TOUR_HEADING_RE = re.compile(r"(?:Öffentliche\s+)?(?:Stadt|Museums|Kinder|Themen)?[Ff]ührung(?:en)?")


def _reads_as_heading(view: PageView, index: int) -> bool:
    """A short line between paragraphs that names something, not a sentence, a label or a day."""
    text = view.texts[index].strip()
    above = view.texts[index - 1].rstrip()
    # (one word only where it names a kind of event: "Führung", "Bücherbasar")
    return (2 <= len(text.split()) <= 12 or len(text.split()) == 1 and _names_a_kind(text)) and len(text) <= HEADING_LONGEST and text[:1].isupper() \
        and not text.endswith((".", ":", ",", "!", ";")) and not view.labels[index] \
        and not (d.MAYBE_DATE(text) and d.find_dates(text)) and not lex.is_chrome_line(text) \
        and above.endswith((".", "!", "?", "“", "\"", ")")) and not d.find_time(text)


def _hours_of(opening: str) -> tuple[d.TimeRange, str] | None:
    """The section's hours in its first sentences ("Von 10 bis 16 Uhr gibt es …", "… beginnt um 13 Uhr"), not an
    office's ("telefonisch erreichbar von 9 bis 12 Uhr"), and the sentence that says them."""
    for sentence in SENTENCE_BREAK_RE.split(opening):
        if lex.OFFICE_HOURS_RE.search(sentence):
            continue
        hours = d.find_time(sentence)
        if hours is not None:
            return hours, sentence
    return None


def _section_event(lead: Event, day: str, heading: str, body: str, said: tuple[d.TimeRange, str] | None) -> Event:
    event = copy.deepcopy(lead)
    hours, hours_sentence = said if said else (None, "")
    # (the event the sentence of its hours names first: "Das Jubiläumsfest … beginnt um 13 Uhr", not the concert that
    # closes it)
    named = next((name for sentence in [hours_sentence] * bool(hours_sentence) + SENTENCE_BREAK_RE.split(body[:HOURS_REACH])
                  if (name := prose.title_from_sentence(sentence)) and not titles.weak_title(name)), None)
    # (a heading that tells news, "Jugendhaus Nordstadt setzt auf Musik und Graffiti", gives way to the event the text
    # names; a heading that names, "Spielefest im Stadtpark", stays)
    tells_news = bool(lex.FINITE_VERB_RE.search(heading) or lex.NEWS_HEADLINE_VERB_RE.search(heading)
                      or NEWS_VERB_AFTER_SUBJECT_RE.match(heading))
    # (a heading of the kind alone, "Führung", gives way to the name its text gives it: "die Führung „Brandenburg in zwei
    # Stunden“")
    # (not "Abendveranstaltung" for "Benefiz-Lesung", nor "Bücherbasar des Fördervereins …" for "Bücherbasar")
    bare_kind = len(heading.split()) == 1 and bool(named) and bool(prose.QUOTE_RE.search(named))
    event.title = named if named and (tells_news or bare_kind) else heading
    own_name = re.search(rf"\b{re.escape(heading)}\s+[„\"](?P<name>[^„“”\"]{{3,80}})[“”\"]", body[:HOURS_REACH]) \
        if len(heading.split()) == 1 else None
    quotes = [q for q in prose.QUOTE_RE.finditer(hours_sentence)
              if not prose.PLACE_BEFORE_QUOTE_RE.search(hours_sentence, max(0, q.start() - 12), q.start())] \
        if len(heading.split()) == 1 and _names_a_kind(heading) and not own_name else []
    if own_name:
        event.title = f"{heading} „{own_name.group('name')}“"  # "… lädt um 16 Uhr die Führung „Brandenburg in zwei Stunden“ ein"
    elif len(quotes) == 1:
        # "Vortrag" over "Um 11 Uhr spricht der Historiker … über „Musterau im Jahr 1900“": the kind and its one quoted name
        event.title = f"{heading} „{prose.first_quoted(quotes[0].group(0))}“"
    event.provenance = {}
    event.note("title", FROM_PROSE if event.title == named else FROM_LABEL, event.title)
    if hours is None:
        event.start, event.end, event.all_day = day, None, True
        event.start_time = event.end_time = None
    else:
        event.start = f"{day}T{hours.start}"
        event.end = f"{day}T{hours.end}" if hours.end else None
        event.all_day = False
        event.start_time, event.end_time = hours.start, hours.end
    event.note("start", FROM_PROSE, body[:200])
    event.organizer = people.organizer_in_text(f"{heading}. {body}")
    if event.organizer and lex.EVENT_WORD_RE.match(event.organizer):
        # "beim Bücherbasar des Fördervereins …" read whole: the house the event is of
        house = people.late_holder(body[:HOURS_REACH], genitive=True)
        event.organizer = house[0] if house else lead.organizer
    if event.organizer:
        event.note("organizer", FROM_PROSE, body[:200])
    event.venue = None
    return event
