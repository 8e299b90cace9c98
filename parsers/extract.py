"""One page in, zero or more Events out: the stages in order.

    bytes/str --page.parse--> Page --content.PageView--> lines with labels, the page's own date and title
              --mentions--> date candidates, classified and scored
              --segment--> event segments (one per announced event; lists, tables, newsletters)
              --prose--> events named in running text (press articles, round-ups, lead-in lists)
              --readers--> when, status, people, places, classify: each fills its fields with evidence
              --assemble--> Event

Evidence in order of trust: schema.org Event (JSON-LD/microdata) > labelled fields ("Datum:", "Ort:",
dt/dd, Drupal field blocks, the TYPO3 date element) > prose. A segment without an event date is not
an event unless the page says so in words (an undated announcement, a postponement).
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left
from datetime import date

from . import (classify, counted_on_a_day, hours_of_an_action_day, house_sections, houses_named_together,
               opening_and_closing, own_hours_a_day, prose, second_items_of_a_row, sections_of_a_day, showings,
               standing_hours, when)
from . import gazetteer
from . import lexicon as lex
from .content import PageView
from .event import FROM_LABEL, FROM_PROSE, Event
from .mentions import Mention, find_mentions
from .happening import with_happening_days
from .page import parse
from .segment import Block, row_name, segment
from .assemble import Assembler
from .further_days import FurtherDays
from .houses_of_a_day import items_in_houses_of_its_day
from .running_text import RunningText, spans_days
from .settle import Settler

MAX_PAGE_BYTES = 10 * 1024 * 1024  # as the crawler's DOWNLOAD_MAXSIZE: no event page is larger


LISTINGS_READ = 40  # (events whose listings of days are split: a page's programme, not a calendar of thousands)


class PageTooLarge(ValueError):
    """A page far larger than any announcement; reading it would only cost time."""


def extract_events(content: bytes | str, *, url: str | None = None,
                   reference_date: date | None = None, content_type: str | None = None,
                   default_organizer: str | None = None) -> list[Event]:
    """Read a page (HTML or plain text) and return the events it announces, in page order."""
    if len(content) > MAX_PAGE_BYTES:
        raise PageTooLarge(f"{len(content) / 1024 / 1024:.0f} MB, mehr als {MAX_PAGE_BYTES // 1024 // 1024} MB")
    view = PageView(parse(content, content_type), url=url, reference_date=reference_date)
    return Extractor(view, default_organizer=default_organizer).run()


class Extractor:
    """Runs the segment, prose and reader stages over one page view."""

    def __init__(self, view: PageView, *, default_organizer: str | None):
        self.view = view
        self.assembler = Assembler(view, default_organizer)
        self.running_text = RunningText(view, self.assembler)
        self.further_days = FurtherDays(view, self.assembler)
        self.settler = Settler(view, self.assembler, self.running_text)

    def run(self) -> list[Event]:
        """The page's events: read from its segments; on a page of one segment, from its running text, lists and
        headline; then the days other readers left; then each event's name and holder settled; then what a calendar
        cannot use dropped."""
        mentions = with_happening_days(self.view.texts, find_mentions(self.view))
        events, multi, lead_span = self._events_of_segments(mentions)
        # (the page's own event over several days, before its items replace it: copied only then, not on every page;
        # on a list page, the span its lead dates above the items)
        page_events = [copy.deepcopy(events[0])] if not multi and len(events) == 1 and spans_days(events[0]) else \
            [lead_span] if lead_span else []
        if not multi:
            events = self._events_of_one_segment(events, mentions)
        events, main_alone = self._events_beside(events, mentions)
        events = sections_of_a_day.sections_of_its_day(self.view, events) or events  # (a round-up of one day)
        events = hours_of_an_action_day.hours_of_its_action_day(self.view, events) or events  # (a nationwide day's hours)
        events = houses_named_together.houses_named_together(self.view, events) or events  # (two towns' houses)
        events = events + self.running_text.umbrella(page_events, events)  # (last: its span holds none of their days)
        events = events + opening_and_closing.items_that_open_and_close(self.view, self.assembler, events, mentions)
        events = self.settler.names_and_holders_settled(events, main_alone)
        house_sections.hold_by_house_headings(self.view, events)  # (a joint programme's houses, each over its items)
        return self.settler.what_a_calendar_can_use(events)

    def _events_of_segments(self, mentions: list[Mention]) -> tuple[list[Event], bool, Event | None]:
        """One event per segment that dates one; whether the page has several; on a page of several, the span of
        days its lead above them dates ("Vom 15. bis 22. September findet … die Aktionswoche … statt")."""
        blocks = segment(self.view, mentions)
        events = []
        multi = len(blocks) > 1
        lead_span = self._lead_span(blocks, mentions) if multi else None
        lines_of = [m.line for m in mentions]  # in page order: each block's mentions by bisection
        declared = self._declared_block(blocks) if multi else None
        declared_event = None
        for index, block in enumerate(blocks):
            block_mentions = mentions[bisect_left(lines_of, block.start):bisect_left(lines_of, block.end)]
            jsonld = None
            if self.view.structured:
                if not multi:
                    jsonld = self.view.structured[0]
                elif len(self.view.structured) == len(blocks):
                    jsonld = self.view.structured[index]
                elif index == declared:
                    jsonld = self.view.structured[0]
            event = self.assembler.event(block, block_mentions, multi, jsonld)
            if event is not None:
                if multi and not (block.title_line is not None and row_name(self.view.texts[block.title_line])):
                    # (a row led by its name keeps it: "Bitkom Bildungskonferenz: Die … Bildungskonferenz des …")
                    self.running_text.name_from_dated_sentence(block, event, headline_only=self.view.page.is_html)
                events.append(event)
                if index == declared:
                    declared_event = event
        if declared_event is not None and declared_event.start:
            # the page of one declared event: its other sections on that day ("Details", "Veranstaltungsort")
            # are parts of it, not events of their own
            day = declared_event.start[:10]
            events = [e for e in events if e is declared_event or (e.start or "")[:10] != day]
            multi = len(events) > 1
        if multi and len(events) >= 3 and self._lead_over_its_days_items(blocks[0], events):
            # "Am 23. Mai 2025 steht Berlin im Zeichen der Nachbarschaft … Fünf Orte, fünf Feste" over a section for
            # each of that day's feasts: the day the lead names is its items', not an event of its own
            events = events[1:]
        if multi and events:
            self._share_page_facts(blocks, mentions, events)
        return events, multi, lead_span

    def _lead_over_its_days_items(self, first: Block, events: list[Event]) -> bool:
        """The page's lead, under its headline, dates the one day all the sections below it date, without an hour."""
        lead = events[0]
        return first.title_line is not None and first.title_line <= 1 and first.start <= 1 and bool(lead.start) \
            and lead.all_day and len(lead.start) == 10 and all((e.start or "")[:10] == lead.start for e in events[1:])

    def _lead_span(self, blocks: list[Block], mentions: list[Mention]) -> Event | None:
        """The event the lines above a list's first item date over several days, if they date one."""
        lead = [m for m in mentions if m.line < blocks[0].start]
        if not any(m.kind == "event" and m.date.end_day is not None for m in lead):
            return None
        event = self.assembler.event(Block(0, blocks[0].start, self.view.title_line()), lead, False, None)
        return event if event is not None and spans_days(event) else None

    def _events_of_one_segment(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A page of one segment: the events its running text, its lists, its sentences or its headline name."""
        if not events and self.view.structured:
            events = [self.assembler.event(Block(0, len(self.view.lines), self.view.title_line()), [], False, self.view.structured[0])]
            events = [e for e in events if e is not None]
        if not self.view.page.is_html:
            listed = self.running_text.events_listed_after_lead_in(events, mentions)
            in_text = self.running_text.events_in_running_text(*((copy.deepcopy(events), copy.deepcopy(mentions)) if listed
                                                     else (events, mentions)))
            # "Seither gab es vier Treffen:" over paragraphs that each date one: the reading that finds more wins
            events = listed if listed and len(listed) >= len(in_text) else in_text
        elif len(events) == 1:
            self.running_text.name_from_dated_sentence(Block(0, len(self.view.lines), self.view.title_line()), events[0],
                                           headline_only=True, whole_page=True)
        events = events + self.running_text.events_listed_in_a_sentence(events, mentions)
        if not events:
            events = self.running_text.reported_event(mentions)
        if not events and not self.view.page.is_html:
            events = self.running_text.event_in_headline()
        if not events:
            events = self.running_text.event_of_its_one_day(mentions)
        per_place = self.running_text.events_per_place(events)
        # "Regionaltreffen der Netzwerkpartner 2015" over "In Dresden, Stuttgart … trafen sich …": the headline's
        # event without a day or a town is the series the per-town events make up
        series = {e.title.rsplit(" in ", 1)[0] for e in per_place}
        events = [e for e in events if e.start or e.city or e.title not in series] + per_place
        rows = self.running_text.institution_rows(mentions)
        if rows:  # (the page's event read from its first row, or from a heading above the rows, is one of them)
            row_days = {e.start[:10] for e in rows if e.start}
            events = rows + [e for e in events if e.start and e.start[:10] not in row_days]
        return events

    def _events_beside(self, events: list[Event], mentions: list[Mention]) -> tuple[list[Event], bool]:
        """The days other readers left: a series' further days, days on lines of their own, dated headlines; whether
        the page's own event stood alone before its list's days joined it."""
        if len(events) == 1:
            items = self.further_days.items_of_a_day_page(events[0], mentions) \
                or items_in_houses_of_its_day(self.view, events[0])
            if items:
                return items, False  # (the day's items, not the day)
            events = events + (self.further_days.days_of_its_listing(events[0], mentions)
                               or self.further_days.second_run(events[0], mentions) or self.further_days.other_days_listed(events[0], mentions)
                               or self.further_days.occurrences_by_place(events[0], mentions))
        main_alone = len(events) == 1  # (the page's own event, before its list's days join it)
        events = events + self.further_days.days_on_own_lines(events, mentions)
        self.further_days.institutions_under_a_kind(events)
        if not self.view.page.is_html and events:
            events = events + self.further_days.dated_headlines(events, mentions)
        events = events + self.further_days.days_no_reader_took(events, mentions)
        if len(events) == 1:  # (last: the days' own readers name them better, where they read them)
            events = events + self.further_days.counted_days(events[0], mentions)
        self.further_days.rows_of_the_event_above(events)
        events = self.further_days.with_days_it_is_held_again(events, mentions)
        events = events + self.further_days.days_opening_their_clauses(events, mentions)
        events = events + counted_on_a_day.events_counted_on_a_day(self.view, events)
        events = events + showings.further_showings(self.view, events)
        events = events + second_items_of_a_row.second_items(self.view, events)
        if 1 < len(events) <= LISTINGS_READ:
            # "An den Montagen, 2., 9. und 16. September, finden … statt" beside other events of the page: a listing
            # of days is no span, whichever reader took it (not a span the page writes as one: "vom 6. bis 20. März")
            events = events + [day for event in events if not self._written_as_a_span(event, mentions)
                               for day in self.further_days.days_of_its_listing(event, mentions)]
        events = events + own_hours_a_day.with_each_days_hours(self.view, events, mentions)
        events = events + standing_hours.with_standing_hours(self.view, events, mentions)
        return events, main_alone

    @staticmethod
    def _written_as_a_span(event: Event, mentions: list[Mention]) -> bool:
        """Whether the page writes the event's first and last day as a span ("vom 6. bis 20. März")."""
        first, last = event.start[:10] if event.start else None, event.end[:10] if event.end else None
        return any(not m.date.days_listed and m.date.end_day is not None and m.first and m.last
                   and (m.first.isoformat(), m.last.isoformat()) == (first, last) for m in mentions)

    def _declared_block(self, blocks: list[Block]) -> int | None:
        """The block named like the page's one schema.org Event (an event page whose text falls into
        several sections, e.g. the heading and a "Details" box), or None."""
        if len(self.view.structured) != 1 or not self.view.structured[0].get("title"):
            return None
        name = self.view.structured[0]["title"]
        return next((index for index, block in enumerate(blocks) if block.title_line is not None
                     and prose.same_name(self.view.texts[block.title_line], name)), None)

    def _share_page_facts(self, blocks: list[Block], mentions: list[Mention], events: list[Event]) -> None:
        """What a list page says once for all its items (before the first or after the last item:
        one registration deadline, one platform, one organizer) belongs to every item lacking it."""
        covered = {i for block in blocks for i in range(block.start, block.end)}
        outside = [i for i in range(len(self.view.lines)) if i not in covered]
        if not outside:
            return
        shared = Event(title="")
        outside_set = set(outside)
        when.read_deadline(self.view, [m for m in mentions if m.line in outside_set], None, shared)
        text = "\n".join(self.view.texts[i] for i in outside)
        platform = gazetteer.platform_of(text)
        all_online = lex.online_in_prose(text) or bool(re.search(r"\b(?:alle|sämtliche)\b[^.]{0,60}\bonline\b", text, re.I))
        # the one town the page names outside its items ("Bildungsforum Potsdam" over a week's programme) is where
        # the items that name none take place
        towns = {m.group(0) for m in gazetteer.TOWN_RE.finditer(text) if m.group(0) not in gazetteer.COMMON_NOUN_TOWNS}
        page_town = towns.pop() if len(towns) == 1 else None
        title = self.view.title_line()
        page_title = self.view.texts[title] if title is not None and title in outside else ""
        page_type = classify.classify_type(page_title) if page_title else None
        page_topics = classify.topics_of(page_title) if page_title else []
        for event in events:
            if all_online and not event.online and not event.city:
                event.online = True
                event.note("online", FROM_PROSE, "online (für alle Termine)")
            if page_type and not event.event_type:
                event.event_type = page_type
                event.note("event_type", FROM_LABEL, page_title)
            for topic in page_topics:
                if topic not in event.topics:
                    event.topics.append(topic)
            if shared.registration_deadline and not event.registration_deadline:
                event.registration_deadline = shared.registration_deadline
                event.provenance["registration_deadline"] = dict(shared.provenance["registration_deadline"])
            if page_town and not event.city and not event.online:
                event.city = page_town
                event.note("city", FROM_PROSE, page_town)
            if platform and event.online and not event.online_platform:
                event.online_platform = platform
                event.note("online_platform", FROM_PROSE, platform)
