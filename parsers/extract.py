"""One page in, zero or more Events out.

Evidence in order of trust: schema.org Event (JSON-LD/microdata) > labelled fields
("Datum:", "Ort:", dt/dd, Drupal field blocks, the TYPO3 date element) > prose.
A page is split into event blocks (a detail page is one block; a newsletter or list page has
one block per announced event); a block without an event date is not an event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urljoin

from . import dates as d
from . import lexicon as lex
from . import fields as f
from . import people, places, prose
from . import structured
from . import titles
from .event import (FROM_LABEL, FROM_PROSE, FROM_REGISTRY, POSTPONED, TENTATIVE,
                    Event)
from .labels import label_of
from .page import Line, Page, parse

BERLIN = "Europe/Berlin"

TIME_ONLY_LINE_RE = re.compile(r"^[,\s|–-]*(?:\d{1,2}[:.]\d{2}|\d{1,2})\s*(?:Uhr)?\s*(?:[–—-]|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr)?\s*$")
CITY_STATT_RE = lex.Gated(r"\bin\s+([A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:am|an der|im|in der)[ -][A-ZÄÖÜ][\wäöüß]+)?)"
                        r"\s+(?:statt|stattfinden|stattfand)\b", ("statt",), flags=0)
HAS_DIGIT = re.compile(r"\d").search
STATUS_TAIL_RE = re.compile(r"\s+(?:abgesagt|verschoben|entfällt|fällt\s+aus)\s+[–-]\s+\S")
EVENT_URL_RE = re.compile(r"/(?:veranstaltung|termin|event|kalender)", re.I)
PRESS_URL_RE = re.compile(r"/(?:artikel|article|pressemitteilung|presse|nachrichten|lokales|regional|"
                          r"(?:aktuelle-)?meldungen?)\b", re.I)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
METADATA_DATE_RE = re.compile(r"^date\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?\b")
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/")
URL_YEAR_RE = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")
AGENCY_GENITIVE_RE = lex.Gated(r"(?:treffen|workshop|fachtag|konferenz|sprechstunde|tagung|forum|werkstatt|"
                             r"veranstaltung|webinar|seminar)\w*\s+(?:der|des)\s+(" + f.AGENCY_RE.pattern + ")",
                             ("reab", "transferagentur", "transferinitiative", "kosmo", "entwicklungsagentur"))


@dataclass
class Mention:
    line: int
    date: d.DateMention
    kind: str          # event | deadline | publication | other
    score: int
    first: date | None = None
    last: date | None = None


@dataclass
class Block:
    start: int
    end: int
    title_line: int | None
    lines: list[Line] = field(default_factory=list)


MAX_PAGE_BYTES = 10 * 1024 * 1024  # as the crawler's DOWNLOAD_MAXSIZE: no event page is larger


class PageTooLarge(ValueError):
    """A page far larger than any announcement; reading it would only cost time."""


def extract_events(content: bytes | str, *, url: str | None = None,
                   reference_date: date | None = None, content_type: str | None = None,
                   default_organizer: str | None = None) -> list[Event]:
    """Read a page (HTML or plain text) and return the events it announces, in page order."""
    if len(content) > MAX_PAGE_BYTES:
        raise PageTooLarge(f"{len(content) / 1024 / 1024:.0f} MB, mehr als {MAX_PAGE_BYTES // 1024 // 1024} MB")
    page = parse(content, content_type)
    return Extractor(page, url=url, reference_date=reference_date,
                     default_organizer=default_organizer).run()


class Extractor:
    def __init__(self, page: Page, *, url: str | None, reference_date: date | None,
                 default_organizer: str | None):
        self.page = page
        self.url = url
        self.crawl_date = reference_date
        self.default_organizer = default_organizer
        self.lines = _without_related_items(page.lines)
        self.texts = [line.text for line in self.lines]
        self.labels = [label_of(text) for text in self.texts]
        self._reclassify_publication_dates(reference_date)
        self.publication_lines = {t.line_index for t in page.time_elements if t.publication}
        posted = self._posting_date_line()
        if posted is not None:
            self.publication_lines.add(posted)
        self.publication_date = self._publication_date()
        self.reference = self.publication_date or self.crawl_date
        if self._reads_like_press() and not self.publication_date and not URL_YEAR_RE.search(url or "") \
                and not any(YEAR_RE.search(t) for t in self.texts):
            # a newspaper article with no year anywhere may be years old: "am 5. September" gets no
            # year from the crawl date (an article of 2013 would become an event of 2027)
            self.reference = None
        elif not self.publication_date and not URL_YEAR_RE.search(url or "") and self.crawl_date:
            # an undated page that speaks of years before the crawl ("ab Juli 2024"): its dates
            # without a year are read from the earliest of them on, not from the crawl date
            years = [int(y) for t in self.texts for y in YEAR_RE.findall(t)]
            if years and max(years) < self.crawl_date.year:
                self.reference = date(min(years), 1, 1)
        url_year = URL_YEAR_RE.findall(url or "")
        self.url_year = int(url_year[-1]) if url_year else None
        self.structured = structured.events(page, url) if page.is_html else []
        self._date_line: int | None = None  # the line the last event's date was read from

    # ------------------------------------------------------------ page level

    def _reclassify_publication_dates(self, crawl_date: date | None) -> None:
        """A date marked up as a publication date is the event's date after all when a time range
        follows it (", 09:30 – 12:30") or when it lies after the crawl: nothing is published in the
        future. Several CMS themes put the event date into their news-date element."""
        for element in self.page.time_elements:
            if not element.publication:
                continue
            line = self.texts[element.line_index] if element.line_index < len(self.texts) else ""
            day = _iso_date(element.value)
            time = d.find_time(line)
            if (time is not None and time.end is not None) or (day and crawl_date and day > crawl_date):
                element.publication = False
                element.event_hint = True

    def _posting_date_line(self) -> int | None:
        """"01.07.2021" alone above a text page's headline: when the article was posted, not an
        event (an event's date above its title comes with a time, a weekday or a place)."""
        if self.page.is_html:
            return None
        for index, text in enumerate(self.texts[:4]):
            mentions = d.find_dates(text) if d.MAYBE_DATE(text) else []
            if not mentions:
                continue
            only = re.fullmatch(r"\s*(?:Datum:?\s*)?" + re.escape(text[mentions[0].start:mentions[0].end]) + r"\s*", text)
            if only and mentions[0].year and mentions[0].weekday is None and mentions[0].end_day is None \
                    and index + 1 < len(self.texts) and not label_of(self.texts[index + 1]):
                return index
            return None
        return None

    def _reads_like_press(self) -> bool:
        return bool(PRESS_URL_RE.search(self.url or "")) or any(
            lex.DATELINE_RE.match(t) for t in self.texts[:8])

    def _publication_date(self) -> date | None:
        for index in sorted(self.publication_lines):
            mentions = d.find_dates(self.texts[index])
            resolved = mentions[0].resolve(None, None) if mentions and mentions[0].year else None
            if resolved:
                return resolved[0]
        for element in self.page.time_elements:
            if element.publication:
                parsed = _iso_date(element.value)
                if parsed:
                    return parsed
        for text in self.texts[:3]:
            match = lex.DATELINE_DATE_RE.match(text)
            if match:
                mentions = d.find_dates(match.group("d1") or match.group("d2"))
                resolved = mentions[0].resolve(None, None) if mentions else None
                if resolved:
                    return resolved[0]
            match = METADATA_DATE_RE.match(text)  # a text view's metadata line "date 2019-09"
            if match:
                return _date_or_none(int(match["y"]), int(match["m"]), int(match["d"] or 1))
        match = URL_DATE_RE.search(self.url or "")  # a press archive's /2020/02/28/
        if match:
            return _date_or_none(int(match["y"]), int(match["m"]), int(match["d"]))
        for text in self.texts[:60]:
            if d.MAYBE_DATE(text) and lex.PUBLICATION_CUE_RE.search(text):
                mentions = d.find_dates(text)
                if mentions and mentions[0].year:
                    resolved = mentions[0].resolve(None, None)
                    if resolved:
                        return resolved[0]
        return None

    def run(self) -> list[Event]:
        mentions = self._mentions()
        blocks = self._segment(mentions)
        events = []
        multi = len(blocks) > 1
        for index, block in enumerate(blocks):
            block_mentions = [m for m in mentions if block.start <= m.line < block.end]
            jsonld = None
            if self.structured:
                if not multi:
                    jsonld = self.structured[0]
                elif len(self.structured) == len(blocks):
                    jsonld = self.structured[index]
            event = self._event(block, block_mentions, multi, jsonld)
            if event is not None:
                events.append(event)
        if multi and events:
            self._share_page_facts(blocks, mentions, events)
        if not events and self.structured and not multi:
            events = [self._event(Block(0, len(self.lines), self._title_line()), [], False, self.structured[0])]
            events = [e for e in events if e is not None]
        if not self.page.is_html and not multi:
            events = self._events_listed_after_lead_in(events, mentions) or \
                self._events_in_running_text(events, mentions)
        return events

    def _events_listed_after_lead_in(self, events: list[Event], mentions: list[Mention]) -> list[Event] | None:
        """"Hierzu werden drei Infoveranstaltungen angeboten:" and a date a line below it: one
        event per line, named after the lead-in and the line's town."""
        items = prose.dated_list_after_lead_in(self.texts, prose.main_event_name(self.texts))
        if len(items) < 2 or len(events) >= len(items):
            return None
        listed = []
        for item in items:
            own = next((m for m in mentions if m.line == item.line), None)
            if own is None:
                continue
            own.kind, own.score = "event", max(own.score, 2)
            event = self._event(Block(item.line, item.line + 1, item.line), [own], True, None, title_override=item.title)
            if event is None:
                continue
            if item.town and not event.city:
                event.city = item.town
                event.note("city", FROM_LABEL, self.texts[item.line])
            listed.append(event)
        return listed if len(listed) >= 2 else None

    # ------------------------------------------------------------ running text

    def _events_in_running_text(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A press article or round-up names its events in sentences: one event per dated
        sentence that names an event of its own ("Am 11. März … der Veranstaltung „…“", "Beim
        Fachforum „…“ am 27. und 28. Mai …"); a single event keeps a headline a reader accepts,
        else it is named from the sentence that gives its date."""
        from_prose = not events or all(e.provenance.get("start", {}).get("from") != FROM_LABEL for e in events)
        named = prose.distinct(prose.dated_event_sentences(self.texts))
        if from_prose and (len(named) >= 2 or not events) and len(events) < len(named):
            split = []
            for sentence in named:
                own = next((m for m in mentions if m.line == sentence.line and m.kind in ("event", "other")
                            and (m.date.day, m.date.month) == (sentence.date.day, sentence.date.month)), None)
                if own is None:
                    continue
                own.kind, own.score = "event", max(own.score, 2)
                event = self._event(Block(sentence.line, sentence.line + 1, sentence.line), [own], True, None,
                                    title_override=sentence.title, sentence=sentence.sentence)
                if event is not None:
                    split.append(event)
            if len(split) >= 2 or (split and not events):
                return split
        events = events + self._events_named_without_day(events)
        if len(events) == 1 and titles.weak_title(events[0].title):
            event = events[0]
            date_line = self._date_line_of(event)
            sentence = next((s for s in named if s.line == date_line), named[0] if named else None)
            title = sentence.title if sentence else prose.undated_title(self.texts)
            if title:
                event.title = title
                event.provenance["title"] = {"from": FROM_PROSE, "snippet": (sentence.sentence if sentence else title)[:200]}
        return events

    def _events_named_without_day(self, events: list[Event]) -> list[Event]:
        """"Das nächste Treffen … findet im Herbst 2024 statt", "wird auch der Bundeskongress …
        auf einen noch unbestimmten Zeitpunkt verschoben": events a page names beside its own,
        with their status and without a day."""
        extra = []
        known = [e.title for e in events]
        dated = any(e.start for e in events)
        for mention in prose.undated_event_sentences(self.texts):
            if any(prose.same_name(mention.title, title) for title in known):
                continue
            if dated and not mention.tentative:
                continue  # beside a dated event, a postponement named in passing is context ("nachdem der
                #           Bundeskongress 2020 verschoben werden musste, wird die Bundeskonferenz 2021 …")
            event = Event(title=mention.title, url=self.url)
            event.note("title", FROM_PROSE, mention.sentence)
            if mention.tentative:
                event.status, event.date_tentative = TENTATIVE, True
                if mention.year:
                    event.start_partial = str(mention.year)
            else:
                event.status = f.status_of(mention.sentence) or POSTPONED
            event.note("status", FROM_PROSE, mention.sentence)
            town = places.place_after_preposition(mention.sentence)
            if town:
                event.city = town
                event.note("city", FROM_PROSE, mention.sentence)
            if lex.ONLINE_RE.search(mention.sentence):
                event.online = True
            event.organizer = people.organizer_in_text(mention.sentence) or (events[0].organizer if events else None)
            extra.append(event)
            known.append(mention.title)
        return extra

    def _date_line_of(self, event: Event) -> int | None:
        snippet = event.provenance.get("start", {}).get("snippet") or event.provenance.get("start_partial", {}).get("snippet")
        if not snippet:
            return None
        return next((i for i, text in enumerate(self.texts) if snippet[:80] in text), None)

    def _share_page_facts(self, blocks: list[Block], mentions: list[Mention], events: list[Event]) -> None:
        """What a list page says once for all its items (before the first or after the last item:
        one registration deadline, one platform, one organizer) belongs to every item lacking it."""
        covered = {i for block in blocks for i in range(block.start, block.end)}
        outside = [i for i in range(len(self.lines)) if i not in covered]
        if not outside:
            return
        shared = Event(title="")
        self._deadline([m for m in mentions if m.line in outside], None, shared)
        text = "\n".join(self.texts[i] for i in outside)
        platform = f.platform_of(text)
        all_online = bool(lex.ONLINE_PROSE_RE.search(text)) or bool(re.search(r"\b(?:alle|sämtliche)\b[^.]{0,60}\bonline\b", text, re.I))
        title = self._title_line()
        page_title = self.texts[title] if title is not None and title in outside else ""
        page_type = f.classify_type(page_title) if page_title else None
        page_topics = f.topics_of(page_title) if page_title else []
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
            if platform and event.online and not event.online_platform:
                event.online_platform = platform
                event.note("online_platform", FROM_PROSE, platform)

    def _mentions(self) -> list[Mention]:
        result = []
        before_title = self._title_line()
        event_time_lines = {t.line_index for t in self.page.time_elements if t.event_hint}
        published = self.publication_date if not self.page.is_html else None
        for index, text in enumerate(self.texts):
            found = d.find_dates(text) if HAS_DIGIT(text) else []
            if published and index not in self.publication_lines and not found:
                found = d.find_relative_dates(text, published)
            for mention in found:
                kind, score = self._classify(index, text, mention, before_title, event_time_lines)
                result.append(Mention(index, mention, kind, score))
        return result

    def _classify(self, index: int, text: str, mention: d.DateMention, title_line: int | None,
                  event_time_lines: set[int]) -> tuple[str, int]:
        label = self.labels[index]
        if label is None and index and self.labels[index - 1] and not self.labels[index - 1].value:
            label = self.labels[index - 1]  # "Anmeldeschluss:" on its own line, the value below
        before = text[:mention.start]
        sentence_before = re.split(r"[.!?]\s", before)[-1][-100:]
        previous = self.texts[index - 1] if index else ""
        dateline = lex.DATELINE_DATE_RE.match(text) if index < 3 else None
        if index in self.publication_lines or (dateline and mention.end <= dateline.end()) or \
                lex.PUBLICATION_CUE_RE.search(sentence_before) or (
                label and label.word.lower() == "stand") or (len(text) < 80 and lex.PUBLICATION_CUE_RE.search(text)):
            return "publication", 0
        if label and label.kind == "deadline":
            return "deadline", 0
        if label and label.kind == "old_date":
            return "old", 0  # "Ursprünglicher Termin:" of a postponed event
        following = self.texts[index + 1] if index + 1 < len(self.texts) else ""
        if re.match(r"(?:Newsletter|Ausgabe|Rundbrief|Heft)\b", following) and self._date_only(index):
            return "publication", 0  # an issue date above the title in a newsletter archive
        if lex.DEADLINE_CUE_RE.search(sentence_before) or (
                re.search(r"\(\s*bis\s*$", before) and lex.DEADLINE_CUE_RE.search(previous + before)) or (
                re.search(r"\bbis\s*(?:zum|spätestens)?\s*$", sentence_before)
                and lex.DEADLINE_CUE_RE.search(previous[-120:] + " " + text)):
            return "deadline", 0
        if label and label.kind == "registration" and re.search(r"\bbis\b", before):
            return "deadline", 0
        if lex.OTHER_DEADLINE_RE.search(sentence_before):
            return "other", 0
        score = 1
        if label and label.kind == "date":
            if label.word.lower() == "datum" and title_line is not None and index < title_line:
                return "publication", 0  # a news item's "Datum:" above its headline
            score += 5
        if index in event_time_lines:
            score += 6
        if mention.start <= 2 or (mention.start <= 12 and re.fullmatch(
                r"\s*(?:ABGESAGT|ENTFÄLLT|VERSCHOBEN|NEU|AUSGEBUCHT|Abgesagt|Entfällt|Verschoben|Neu|Ausgebucht)\s*[:!–-]?\s*",
                text[:mention.start])):
            score += 2
        if self.lines[index].heading:
            score += 2
        after = text[mention.end:mention.end + 60]
        if d.find_time(after) or (mention.end_day is not None and d.find_time(text[mention.start:mention.end])):
            score += 2
        if mention.weekday is not None:
            score += 1
        if lex.EVENT_CUE_RE.search(sentence_before[-45:]):
            score += 1
        if lex.HAPPENS_RE.search(text[max(0, mention.start - 40):mention.end + 60]):
            score += 2
        sentence_after = re.split(r"(?<=[a-zäöü]{3})[.!?]\s", text[mention.end:])[0][:160]
        if lex.EVENT_TITLE_WORD_RE.search(sentence_after[:80]) or re.match(
                r"\s*(?:terminiert|geplant|angesetzt|anberaumt)", sentence_after):
            score += 1  # "für den 18. Januar 2011 terminierte 1. Bildungskonferenz": the day names an event
        if lex.NOT_AN_EVENT_AFTER_RE.search(sentence_after) or (
                mention.end_day is not None and self._span_days(mention) > 14):
            return "other", 0  # founded, published, in force; a funding period is not an event
        after_vom = bool(re.search(r"\bvom\s*$", sentence_before, re.I))
        heading = self._heading_above(index)
        page_title = self.texts[title_line] if title_line is not None else ""
        if any(lex.NOT_AN_EVENT_PAGE_RE.search(h) for h in (heading, page_title)) \
                and not lex.EVENT_WORD_RE.search(heading) \
                and not d.find_time(after) and not (label and label.kind == "date"):
            return "other", 0  # a job ad, interview or publication mentions dates of other things
        if not (label and label.kind == "date") and index not in event_time_lines and not self.lines[index].heading \
                and mention.start > 2 and not d.find_time(after) and not lex.EVENT_WORD_RE.search(
                    sentence_before[-120:] + " " + sentence_after + " " + self._heading_above(index)):
            return "other", 0  # a date in prose with nothing about an event around it
        if after_vom and (mention.end_day is not None or re.search(r"\bbis\b", after[:25])):
            score += 2  # "vom 27. bis 29. Januar": a span of days
        elif lex.NEGATIVE_CUE_RE.search(sentence_before[-40:]):
            score -= 3
        return "event", score

    def _heading_above(self, index: int) -> str:
        """The nearest heading above a line (within a few lines), or the page's title."""
        for candidate in range(index - 1, max(-1, index - 5), -1):
            if self.lines[candidate].heading:
                return self.texts[candidate]
        title = self._title_line()
        return self.texts[title] if title is not None and title < index else ""

    def _span_days(self, mention: d.DateMention) -> int:
        year = mention.year or mention.end_year or 2000
        try:
            first = date(year, mention.month, mention.day)
            last = date(mention.end_year or year, mention.end_month or mention.month, mention.end_day)
        except ValueError:
            return 0
        return (last - first).days

    # ------------------------------------------------------------ segmentation

    def _title_line(self) -> int | None:
        if not hasattr(self, "_title_index"):
            self._title_index = self._find_title_line()
        return self._title_index

    def _find_title_line(self) -> int | None:
        for index, line in enumerate(self.lines):
            if line.heading == 1:
                return index
        if self.page.is_html:
            for index, line in enumerate(self.lines):
                if line.heading and not lex.BOILERPLATE_RE.match(line.text):
                    return index
        # plain text: after a TYPO3-style time-only line near the top, else the line near the top
        # that reads most like an event's title (not the sender, not "PRESSEMITTEILUNG")
        for index, text in enumerate(self.texts[:15]):
            if TIME_ONLY_LINE_RE.match(text) and index + 1 < len(self.texts):
                return index + 1
        best = titles.best_text_title(self.texts)
        return best.index if best else None

    def _segment(self, mentions: list[Mention]) -> list[Block]:
        event_lines: dict[int, list[Mention]] = {}
        for mention in mentions:
            if mention.kind == "event" and mention.score >= 1:
                event_lines.setdefault(mention.line, []).append(mention)
        title = self._title_line()
        starts = []
        heading_starts: set[int] = set()
        date_line_starts: set[int] = set()
        n = len(self.lines)
        for index, line in enumerate(self.lines):
            if index == title and self.page.is_html:
                continue  # a page's own headline is not an item of a list (text pages have no headline markup)
            heading_like = (line.heading >= 2 or (line.emphasis and self._is_heading(index)) or
                            (not self.page.is_html and self._texty_heading(index)))
            if starts and starts[-1] == index - 1 and index - 1 in date_line_starts:
                continue  # the title under a date line that already starts this item
            if starts and starts[-1] == index - 1 and index - 1 in heading_starts and index in event_lines:
                continue  # the (bold) date line under a headline that already starts this item
            if heading_like and len(line.text) < 200 and not self.labels[index]:
                window = range(index + 1, min(n, index + 4))
                nxt = [i for i in window if i in event_lines and not self._is_heading(i)]
                stop = next((i for i in window if self._is_heading(i)), None)
                if nxt and (stop is None or nxt[0] < stop):
                    first_item = event_lines[nxt[0]][0]
                    if not (self._date_first(nxt[0], first_item) and (
                            _item_rest(self.texts[nxt[0]], first_item.date) or self._title_below(nxt[0]))):
                        starts.append(index)
                        heading_starts.add(index)
                        continue  # else: a section heading ("Termine") over a list of dated lines
                if index in event_lines and event_lines[index][0].date.start <= 2:
                    above = index - 1
                    if (above >= 0 and self.lines[above].heading and not self.labels[above]
                            and above not in event_lines and (not starts or starts[-1] < above)):
                        starts.append(above)  # headline, then its date in bold: the item starts at the headline
                        heading_starts.add(above)
                    else:
                        starts.append(index)
                    continue
                if (index > 0 and index - 1 in event_lines and self._date_only(index - 1)
                        and not self._is_heading(index - 1) and not (index > 1 and self.labels[index - 2])):
                    starts.append(index - 1)
                    continue
            # "Mi, 03.03.2027, 10:00 Uhr, online" over "DKBM-Sprechstunde …": a date line whose
            # title is the line below it (newsletters, text lists)
            if (index in event_lines and self._date_first(index, event_lines[index][0]) and
                    _item_rest(line.text, event_lines[index][0].date) is None and
                    self._title_below(index) and not self.labels[index] and (
                        d.find_time(line.text) or lex.EVENT_TITLE_WORD_RE.search(self.texts[index + 1])
                        or self._is_heading(index + 1) or self.lines[index + 1].linked)):
                previous = starts[-1] if starts else None
                if previous is None or previous not in heading_starts or any(
                        i in event_lines for i in range(previous, index)):
                    starts.append(index)
                    date_line_starts.add(index)
                    continue
            # "21.3.2027: Netzwerktreffen Bildungsmonitoring" list items
            if (index in event_lines and self._date_first(index, event_lines[index][0]) and
                    _item_rest(line.text, event_lines[index][0].date) is not None and
                    not self._date_only(index) and not self.labels[index] and len(line.text) < 200):
                previous = starts[-1] if starts else None
                if previous is None or previous not in heading_starts or any(
                        i in event_lines for i in range(previous, index)):
                    starts.append(index)
        starts = sorted(set(starts))
        dom_blocks = self._dom_blocks(mentions) if self.page.is_html else None
        if dom_blocks and len(dom_blocks) >= max(2, len(starts)):
            if self._programme_days(dom_blocks[0].start, mentions, [b.start for b in dom_blocks]):
                return [Block(0, n, title)]
            return dom_blocks
        if len(starts) >= 2 and self._programme_days(starts[0], mentions, starts):
            return [Block(0, n, title)]
        has_single_date_label = any(
            self.labels[m.line] and self.labels[m.line].kind == "date" and
            (not starts or m.line < starts[0]) and m.kind == "event" for m in mentions)
        has_event_time_element = any(t.event_hint for t in self.page.time_elements)
        if len(starts) >= 2 and not has_single_date_label and not (
                has_event_time_element and len(self.structured) <= 1 and
                self._title_line() is not None and self._title_line() < starts[0]
                and self._event_time_before(starts[0])):
            blocks = []
            for position, start in enumerate(starts):
                end = starts[position + 1] if position + 1 < len(starts) else self._item_end(start, n)
                blocks.append(Block(start, end, start))
            lengths = {b.end - b.start for b in blocks[:-1]}
            if len(lengths) == 1 and len(blocks) >= 3 and blocks[-1].end - blocks[-1].start > lengths.copy().pop():
                # items of one shape (title, date line): the last one has the same shape, and what
                # follows it ("Alle Termine finden online statt", "Anmeldung …") speaks for the list
                blocks[-1] = Block(blocks[-1].start, blocks[-1].start + lengths.pop(), blocks[-1].start)
            return blocks
        return [Block(0, n, title)]

    def _programme_days(self, first_item: int, mentions: list[Mention], starts: list[int]) -> bool:
        """"27. bis 29. Januar" above "Mittwoch, 27.01." … "Freitag, 29.01.": the dated sections are
        the days of one event's programme, not events of their own."""
        # the span stands above the day sections: before the first item or in it (its headline)
        limit = starts[1] if len(starts) > 1 and starts[0] <= first_item else first_item
        spans = [m for m in mentions if m.line < limit and m.kind == "event" and m.date.end_day is not None]
        if not spans:
            return False
        span = spans[0]
        if not self._resolve(span, None) or span.last is None:
            return False
        days = [start for start in starts if start >= limit] or starts
        inside = 0
        for start in days:
            item = next((m for m in mentions if m.line >= start and m.kind == "event"), None)
            if item is None or not self._resolve(item, span.first.year):
                return False
            inside += span.first <= item.first <= span.last
        return inside == len(days) and len(days) >= 2

    def _item_end(self, start: int, n: int) -> int:
        """The last item of a list ends where a heading of a higher rank begins ("Anmeldung",
        "Kontakt" for the whole page after the "Modul 3" item)."""
        level = self.lines[start].heading or (self.lines[start + 1].heading if start + 1 < n else 0)
        if not level:
            return n
        for index in range(start + 1, n):
            if self.lines[index].heading and self.lines[index].heading < level:
                return index
        return n

    def _dom_blocks(self, mentions: list[Mention]) -> list[Block] | None:
        """Items of a list or newsletter found through the page's element tree: the children of
        the smallest element holding all event dates, each holding one event date and a title
        (a heading, a bold line or a teaser link). Robust to dates above or below the title."""
        dated = sorted({m.line for m in mentions if m.kind == "event" and m.score >= 2})
        if len(dated) < 2:
            return None
        blocks = self._dom_groups(dated, list(range(len(self.lines))))
        if blocks is None or len(blocks) < 2:
            return None
        days = set()
        for block in blocks:
            for m in mentions:
                if block.start <= m.line < block.end and m.kind == "event" and m.score >= 2:
                    days.add((m.date.day, m.date.month))
                    break
        return blocks if len(days) >= 2 or len(blocks) >= 3 else None

    def _dom_groups(self, dated: list[int], scope: list[int], level: int = 0) -> list[Block] | None:
        """Split `scope` (line indexes) into the child elements of the smallest element holding all its
        dated lines; a child that holds several dates (a "Kommende Termine" section) is split again."""
        paths = [self.lines[i].path for i in dated]
        depth = 0
        while all(len(p) > depth for p in paths) and len({p[depth] for p in paths}) == 1:
            depth += 1
        if any(len(p) <= depth for p in paths):
            return None
        groups: dict[int, list[int]] = {}
        for index in scope:
            line = self.lines[index]
            if len(line.path) > depth and line.path[:depth] == paths[0][:depth]:
                groups.setdefault(line.path[depth], []).append(index)
        blocks = []
        for key, members in groups.items():
            inner = [i for i in dated if i in members]
            if not inner:
                continue
            if len(inner) > 1 and level < 3:
                nested = self._dom_groups(inner, members, level + 1)
                if nested is None:
                    return None
                blocks.extend(nested)
                continue
            title = next((i for i in members if self.labels[i] and self.labels[i].kind == "title"
                          and self.labels[i].value), None)
            if title is None:
                title = next((i for i in members if self.lines[i].heading), None)
            if title is None:
                title = next((i for i in members if (self.lines[i].linked or self._is_heading(i))
                              and not self.labels[i] and len(self.texts[i]) < 160
                              and not lex.MORE_LINK_RE.fullmatch(self.texts[i])), None)
            if title is None:
                return None  # a date without a title of its own: parts of one event, not a list
            if len(members) < 2:
                return None  # flat siblings (h2, p, p, h2 …): headings delimit the items, not elements
            blocks.append(Block(members[0], members[-1] + 1, title))
        return blocks

    def _looks_like_news(self) -> bool:
        return any(label and label.kind == "info" or (label and label.word.lower() in ("kategorie", "rubrik"))
                   for label in self.labels[:15]) or bool(re.search(r"/(?:news|aktuelles|meldung|presse)", self.url or ""))

    def _event_time_before(self, line_index: int) -> bool:
        return any(t.event_hint and t.line_index <= line_index for t in self.page.time_elements)

    def _title_below(self, index: int) -> bool:
        """The line below a date line reads as an event's title."""
        if index + 1 >= len(self.texts):
            return False
        below = self.texts[index + 1]
        if self.labels[index + 1] or len(below) > 140 or len(below) < 6 or below.endswith((".", ":", ",", "…")) \
                or re.search(r"[a-zäöü]{3}\.\s+[A-ZÄÖÜ]", below):
            return False  # a sentence, not a title
        if self._is_heading(index + 1) or self.lines[index + 1].linked:
            return True  # a headline or a teaser link right under the date
        if index > 0 and not self.labels[index - 1]:
            above = self.texts[index - 1]
            if (self._is_heading(index - 1) or self.lines[index - 1].linked or (
                    not self.page.is_html and self._texty_heading(index - 1))) and (
                    lex.EVENT_TITLE_WORD_RE.search(above) or self.lines[index - 1].linked or ":" in above):
                return False  # the title stands above the date ("Titel / 11. Mai 2027 | Online")
        mentions = d.find_dates(below)
        return not (mentions and mentions[0].start <= 2) and not f.TOWN_RE.fullmatch(below)

    def _date_first(self, index: int, mention: Mention) -> bool:
        """The line starts with its date, perhaps after a status word ("ABGESAGT: 21.10.2026 | …")."""
        prefix = self.texts[index][:mention.date.start]
        return mention.date.start <= 2 or bool(re.fullmatch(r"\s*[A-ZÄÖÜa-zäöü!]{4,12}\s*[:!–-]?\s*", prefix)
                                                and f.status_of(prefix + " abgesagt" if "ABGESAGT" in prefix.upper() else prefix))

    def _is_heading(self, index: int) -> bool:
        line = self.lines[index]
        return bool(line.heading) or (line.emphasis and len(line.text) < 100 and not line.text.endswith((".", ":")))

    def _texty_heading(self, index: int) -> bool:
        text = self.texts[index]
        if len(text) > 160 or text.endswith((".", ":", ",")) or self.labels[index]:
            return False
        if index + 1 >= len(self.texts):
            return False
        following = self.texts[index + 1]
        mentions = d.find_dates(following)
        return bool(mentions) and mentions[0].start <= 12 and not d.find_dates(text)

    def _date_only(self, index: int) -> bool:
        text = self.texts[index]
        stripped = d.DATE_RE.sub("", text)
        stripped = d.TIME_RANGE_RE.sub("", stripped)
        stripped = re.sub(r"\b(?:Uhr|bis|und|ab|von|am|den)\b|[\d:.,|–—()\s-]", "", stripped)
        return len(stripped) <= 12

    # ------------------------------------------------------------ one block

    def _event(self, block: Block, mentions: list[Mention], multi: bool,
               jsonld: dict | None, title_override: str | None = None, sentence: str | None = None) -> Event | None:
        lines = self.lines[block.start:block.end]
        texts = [line.text for line in lines]
        labels = self.labels[block.start:block.end]
        year_hint = next((line.year_hint for line in lines if line.year_hint), None) or self.url_year
        title, title_evidence = (title_override, FROM_PROSE) if title_override else self._title(block, multi)
        if sentence:
            texts = [sentence]  # an event named in running text: its own sentence, not the paragraph
        if not multi:
            named = next((lab.value for lab in self.labels[block.start:block.end]
                          if lab and lab.kind == "title" and lab.value and len(lab.value) < 160), None)
            if named and title and lex.EVENT_TITLE_WORD_RE.search(named) and (
                    not lex.EVENT_TITLE_WORD_RE.search(title) or f.status_of(title)):
                title, title_evidence = named, FROM_LABEL  # the news headline is not the event's name
        if not title and not jsonld:
            return None
        if title:
            title = self._without_status_tail(self._without_trailing_date(title))
        event = Event(title=title or jsonld.get("title") or "")
        if title:
            event.note("title", title_evidence, title)
        event.url = self._item_url(block) if multi else self.url
        text = "\n".join(texts)

        # dates
        found = self._pick_date(block, mentions, year_hint, event)
        if found and not multi and title and lex.NOT_AN_EVENT_PAGE_RE.search(title) and not lex.EVENT_WORD_RE.search(title):
            # a publication page that announces an event in a section of its own: that section's heading
            heading = self._heading_above(self._date_line) if self._date_line is not None else ""
            if heading and lex.EVENT_WORD_RE.search(heading):
                event.title = heading
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": heading}
        if jsonld:
            structured.apply(event, jsonld)
        if not found and not event.start:
            found = self._labelled_date_by_dateparser(texts, labels, event)
        if not found and not event.start:
            partial = bool(event.start_partial) or self._partial_date(texts, labels, year_hint, event)
            if not multi and not self.page.is_html and titles.weak_title(event.title):
                named = prose.undated_title(self.texts)
                if named:  # a press article whose headline is a sentence: the event it names
                    event.title = named
                    event.provenance["title"] = {"from": FROM_PROSE, "snippet": named}
            undated = not multi and self._announces_event_without_day(event.title, text)
            if not partial and not event.start_time and not event.start_partial \
                    and not self._undated_but_announced(labels, texts) and not undated:
                return None
            if not partial and not undated and not self._has_event_signals(text):
                return None
            if not partial and not event.start_time and not self._undated_but_announced(labels, texts) \
                    and not undated:
                return None
        self._deadline(mentions, year_hint, event)
        self._status(texts, title or "", mentions, year_hint, event)
        if event.date_tentative and not event.start and event.status == "scheduled":
            event.status = TENTATIVE
        self._organizer(texts, labels, text, event)
        self._venue(texts, labels, text, event, block)
        mailto = [(email, line - block.start) for email, line in
                  ((f.email_from_href(href), line) for href, line in self.page.mailto)
                  if email and block.start <= line < block.end]
        event.contacts = f.extract_contacts(texts, mailto)
        self._classify_event(texts, labels, title or "", text, event)
        body = [t for t in texts if t != title]
        event.description = " ".join(body)[:1500] or None
        return event

    def _title(self, block: Block, multi: bool) -> tuple[str | None, str]:
        index = block.title_line
        if index is None:
            if self.page.title:
                return re.split(r"\s+[|–-]\s+", self.page.title)[0].strip(), FROM_LABEL
            return None, FROM_PROSE
        text = self.texts[index] if multi or self.page.is_html else titles.joined_title(self.texts, index)
        if self.labels[index] and self.labels[index].kind == "title" and self.labels[index].value:
            return self.labels[index].value, FROM_LABEL  # a table's "Veranstaltung" column
        if multi:
            first = d.find_dates(text)
            if first and first[0].start <= 12 and _item_rest(text, first[0]) is None and self._title_below(index):
                return self.texts[index + 1], FROM_LABEL
        if multi and self._is_heading(index):
            prefix = d.find_dates(text)
            if prefix and prefix[0].start <= 2:
                rest = re.sub(r"^[^:|–]*?(?::|\s[|–]\s)\s*", "", text[prefix[0].end:], count=1) \
                    if not re.match(r"\s*(?::|\s[|–]\s)", text[prefix[0].end:]) else \
                    re.sub(r"^\s*(?::|[|–])\s*", "", text[prefix[0].end:])
                if rest and rest != text:
                    return rest.strip(), FROM_LABEL
        if multi and not self._is_heading(index):
            mentions = d.find_dates(text)
            rest = _item_rest(text, mentions[0]) if mentions and mentions[0].start <= 12 else None
            if rest is not None:
                rest = re.split(r"\s[|]\s", rest)[0]
                rest = re.split(r",\s*(?:ab\s+|von\s+|um\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|–|-|bis)|,\s*ganztägig|,\s*online\b",
                                rest, flags=re.I)[0]
                if rest.strip():
                    return rest.strip(), FROM_LABEL
            if mentions and mentions[0].start <= 2:
                rest = text[mentions[0].end:]
                time = d.find_time(rest[:40])
                if time:
                    rest = rest[time.position:]
                    rest = d.TIME_RANGE_RE.sub("", rest, count=1) if d.TIME_RANGE_RE.match(rest) else \
                        d.TIME_SINGLE_RE.sub("", rest, count=1)
                rest = rest.lstrip(" :|–-,")
                if rest:
                    return rest.strip(), FROM_LABEL
            if self._date_only(index) and index + 1 < len(self.texts):
                return self.texts[index + 1], FROM_LABEL
        return text, FROM_LABEL

    @staticmethod
    def _without_status_tail(title: str) -> str:
        """"Bildungskonferenz 2020 abgesagt – Geschäftsbericht im Internet einsehbar" is about the
        "Bildungskonferenz 2020": the status word and the news after it are not its name."""
        match = STATUS_TAIL_RE.search(title)
        if match and match.start() >= 8:
            return title[:match.start()].rstrip(" ,:–-")
        return title

    @staticmethod
    def _without_trailing_date(title: str) -> str:
        """"Netzwerktreffen Nordkreis am 12.05.2027" is called "Netzwerktreffen Nordkreis"."""
        mentions = d.find_dates(title)
        if mentions and mentions[-1].end >= len(title.rstrip(" .)")) - 1 and mentions[-1].start > 12:
            head = re.sub(r"[\s,–-]*(?:am|vom|ab|\()?\s*$", "", title[:mentions[-1].start])
            if len(head) >= 8:
                return head
        return title

    def _item_url(self, block: Block) -> str | None:
        """The link of one item on a list or newsletter page: its title link, or a "mehr"/"Details"
        link; never a registration form. Without one, the page itself."""
        def usable(href: str) -> bool:
            return bool(href) and not href.startswith(("mailto:", "javascript:", "#", "tel:")) and \
                not lex.REGISTRATION_LINK_RE.search(href)
        title_line = self.lines[block.title_line] if block.title_line is not None else None
        if title_line is not None:
            for href in title_line.links:
                if usable(href):
                    return urljoin(self.url or "", href)
        for line in self.lines[block.start:block.end]:
            if lex.MORE_LINK_RE.search(line.text):
                for href in line.links:
                    if usable(href):
                        return urljoin(self.url or "", href)
        return self.url

    def _resolve(self, mention: Mention, year_hint: int | None) -> bool:
        hint = self.lines[mention.line].year_hint or year_hint
        resolved = mention.date.resolve(self.reference, hint)
        if resolved is None:
            return False
        mention.first, mention.last = resolved
        return True

    def _pick_date(self, block: Block, mentions: list[Mention], year_hint: int | None, event: Event) -> bool:
        candidates = [m for m in mentions if m.kind == "event" and m.score >= 2]
        # the TYPO3 event-date element: a <time datetime> above the title, not a publication date
        for element in self.page.time_elements:
            if element.event_hint and block.start <= element.line_index < block.end + 1:
                day = _iso_date(element.value)
                if day and not any(m.line == element.line_index for m in candidates):
                    fake = d.DateMention(0, 0, day.day, day.month, day.year, None)
                    candidates.append(Mention(min(element.line_index, block.end - 1), fake, "event", 9))
        if not candidates:
            return False
        best = max(candidates, key=lambda m: (m.score, -m.line))
        if self.labels[best.line] and self.labels[best.line].word.lower() == "datum" or (
                best.line > 0 and self.labels[best.line - 1] and self.labels[best.line - 1].word.lower() == "datum"):
            # A bare "Datum: 30.06.2027" on a news item is when it was posted; a date in the text that
            # comes with a clock time is the event.
            timed = [m for m in candidates if m is not best and m.line != best.line
                     and d.find_time(self.texts[m.line][m.date.end:m.date.end + 80])
                     and (m.date.day, m.date.month) != (best.date.day, best.date.month)]
            if timed and not d.find_time(self.texts[best.line]) and self._looks_like_news():
                best = max(timed, key=lambda m: (m.score, -m.line))
        # a labelled date without a time loses to a prose date with one ("Datum:" on news pages)
        if not self._resolve(best, year_hint):
            others = [m for m in candidates if m is not best and self._resolve(m, year_hint)]
            if not others:
                # a day without a year the page can pin ("am 19. und 20. März" in an undated
                # article): the event is announced, its year unknown; never the crawl year
                if best.date.year is None and best.date.month:
                    event.start_partial = f"--{best.date.month:02d}-{best.date.day:02d}"
                    event.note("start_partial", FROM_PROSE, self.texts[best.line][:200])
                    self._date_line = best.line
                return False
            best = max(others, key=lambda m: (m.score, -m.line))
        self._set_when(best, event)
        return True

    def _set_when(self, mention: Mention, event: Event) -> None:
        self._date_line = mention.line
        text = self.texts[mention.line]
        date_mention = mention.date
        start_time = end_time = None
        inner = text[date_mention.start:date_mention.end]
        if date_mention.end_day is not None:
            inner_time = d.find_time(inner)
            if inner_time:
                start_time = inner_time.start
                after_time = d.find_time(text[date_mention.end:date_mention.end + 40])
                end_time = after_time.start if after_time else None
        if start_time is None:
            following = d.find_dates(text[date_mention.end:])
            limit = following[0].start if following else 160
            window = text[date_mention.end:date_mention.end + min(limit, 160)]
            sentences = re.split(r"(?<=[a-zäöü]{3})\.\s+(?=[A-ZÄÖÜ])", window)
            time = d.find_time(sentences[0])
            if time is None and len(sentences) > 1 and re.match(r"(?:Von|Ab|Um|Beginn|Zeit|Uhrzeit)\b", sentences[1]):
                time = d.find_time(sentences[1][:60])
            if time is None:
                time = _begin_end_sentences(text[date_mention.end:])
            if time is None:
                time = self._time_nearby(mention.line)
            if time is None and (self._is_heading(mention.line) or self._date_only(mention.line)):
                time = self._time_in_following_lines(mention.line)
            if time is None:
                time = next((t for t in (_begin_end_sentences(self.texts[i]) for i in range(
                    mention.line + 1, min(len(self.texts), mention.line + 4))) if t), None)
            if time and time.end is None:
                end = END_RE.search(text, date_mention.end + time.position, date_mention.end + time.position + 160)
                if end:
                    finish = f"{int(end.group('h')):02d}:{end.group('m') or '00'}"
                    time = d.TimeRange(time.start, finish if finish > time.start else None, time.position)
            if time:
                start_time, end_time = time.start, time.end
        snippet = text if len(text) < 200 else inner
        event.note("start", FROM_LABEL if (self.labels[mention.line] or mention.score >= 6) else FROM_PROSE, snippet)
        all_day_marked = bool(lex.ALL_DAY_RE.search(text))
        first, last = mention.first, mention.last
        if all_day_marked:
            start_time = end_time = None
        event.start = d.iso(first, start_time)
        event.all_day = start_time is None
        if last and last != first:
            event.end = d.iso(last, end_time or (None if start_time is None else None))
            if start_time and not end_time:
                event.end = d.iso(last)
        elif end_time:
            event.end = d.iso(first, end_time)
        event.start_time, event.end_time = start_time, end_time
        if event.end is None:
            self._end_from_label(mention, event)
        if lex.TENTATIVE_RE.search(text) or lex.TENTATIVE_RE.search(self.texts[mention.line - 1] if mention.line else ""):
            event.date_tentative = True

    def _end_from_label(self, mention: Mention, event: Event) -> None:
        """"Ende: 15.06.2027 - 16:00" or "Bis: 16:00 Uhr" a few lines below the start."""
        for index in range(mention.line + 1, min(len(self.texts), mention.line + 5)):
            label = self.labels[index]
            if not label or label.kind != "end":
                continue
            value = label.value or (self.texts[index + 1] if index + 1 < len(self.texts) else "")
            dates = d.find_dates(value)
            last = mention.first
            if dates:
                resolved = dates[0].resolve(self.reference, mention.first.year)
                if resolved:
                    last = resolved[0]
            time = d.find_time(value[dates[0].end:] if dates else value)
            if time is None and last == mention.first:
                return
            event.end = d.iso(last, time.start if time and not event.all_day or time and last == mention.first else None)
            if time and event.all_day and last == mention.first:
                event.end = None
            event.end_time = time.start if time else None
            event.note("end", FROM_LABEL, self.texts[index])
            return

    def _time_nearby(self, line_index: int) -> d.TimeRange | None:
        """A time given apart from the date: "Uhrzeit: 10:00–13:00 Uhr", the TYPO3 ", 09:00 – 12:00"."""
        for index in range(max(0, line_index - 2), min(len(self.texts), line_index + 4)):
            if index == line_index:
                continue
            label = self.labels[index]
            text = self.texts[index]
            if (label and label.kind == "date" and not d.find_dates(text)) or TIME_ONLY_LINE_RE.match(text) or (
                    re.match(r"^(?:Beginn|Start|Einlass|ab|von|um)\b", text, re.I)) or (
                    index in (line_index + 1, line_index + 2) and re.match(
                        r"^\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\s*)?(?:[–—-]|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*Uhr|"
                        r"^\d{1,2}[:.]\d{2}\s*(?:Uhr\s*)?(?:[–—-]|bis)", text)):
                time = d.find_time(text)
                if time:
                    return time
        return None

    def _labelled_date_by_dateparser(self, texts, labels, event: Event) -> bool:
        """Last resort for a labelled date none of our patterns reads ("Datum: 3 März 2027"):
        dateparser, German, day-month-year, relative to the reference date."""
        for index, label in enumerate(labels):
            if not label or label.kind != "date":
                continue
            value = label.value or (texts[index + 1] if index + 1 < len(texts) else "")
            if not HAS_DIGIT(value) or d.find_dates(value) or d.find_month_year(value) or TIME_ONLY_LINE_RE.match(value):
                continue
            value = d.TIME_RANGE_RE.sub("", value)
            parsed = d.parse_with_dateparser(value[:60], self.reference)
            if parsed:
                time = d.find_time(label.value or texts[index + 1]) or next(
                    (d.find_time(t) for t in texts[index + 1:index + 4] if label_of(t) and d.find_time(t)), None)
                event.start = d.iso(parsed, time.start if time else None)
                event.all_day = time is None
                if time and time.end:
                    event.end = d.iso(parsed, time.end)
                event.start_time, event.end_time = (time.start, time.end) if time else (None, None)
                event.note("start", FROM_LABEL, texts[index] + " (dateparser)")
                return True
        return False

    def _time_in_following_lines(self, line_index: int) -> d.TimeRange | None:
        """A dated heading whose times are in the text below it ("Wir arbeiten von 10 bis ca. 13 Uhr")."""
        for index in range(line_index + 1, min(len(self.texts), line_index + 3)):
            if self._is_heading(index):
                break
            text = self.texts[index]
            match = re.search(r"\b(?:von|ab|um|Beginn\w*|Zeit:?)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|bis|[–-])", text, re.I)
            if match:
                return d.find_time(text[match.start():])
        return None

    def _partial_date(self, texts: list[str], labels, year_hint, event: Event) -> bool:
        for index, text in enumerate(texts):
            label = labels[index]
            value_lines = [text]
            if label and label.kind == "date" and not label.value and index + 1 < len(texts):
                value_lines.append(texts[index + 1])
            for value in value_lines:
                match = d.find_month_year(value)
                prose_ok = bool(match) and not lex.NOT_AN_EVENT_AFTER_RE.search(value[match.end():]) and not re.search(
                    r"\b(?:seit|gegründet|erschienen|veröffentlicht)\b", value[:match.start()][-40:], re.I)
                if match and (label and label.kind == "date" or prose_ok and (lex.TENTATIVE_RE.search(value) or
                              re.search(r"\b(?:im|Anfang|Mitte|Ende)\s+$", value[:match.start()]))):
                    month = d.month_of(match.group("mon"))
                    event.start_partial = f"{match.group('y')}-{month:02d}"
                    event.date_tentative = bool(lex.TENTATIVE_RE.search(value)) or True
                    event.note("start_partial", FROM_LABEL if label else FROM_PROSE, value)
                    return True
        for index, text in enumerate(texts[:15]):
            if TIME_ONLY_LINE_RE.match(text):
                time = d.find_time(text)
                if time:
                    event.start_time, event.end_time = time.start, time.end
                    event.note("start_time", FROM_LABEL, text)
                    return False
        return False

    def _undated_but_announced(self, labels, texts) -> bool:
        """A date field that names no day yet ("Datum: im Herbst 2027", "Termin: folgt"), or a
        postponement whose new date is still open ("Ursprünglicher Termin: …")."""
        if any(label and label.kind in ("old_date", "new_date") for label in labels):
            return True
        for index, label in enumerate(labels):
            if label and label.kind == "date" and label.word.lower() in ("datum", "termin", "wann"):
                value = label.value or (texts[index + 1] if index + 1 < len(texts) else "")
                if value and not label_of(value) and len(value) < 80 and (
                        re.search(r"\b(?:Frühjahr|Frühling|Sommer|Herbst|Winter|folgt|bekanntgegeben|tba|"
                                  r"wird\s+noch|in\s+Planung)\b", value, re.I)):
                    return True
        return False

    def _announces_event_without_day(self, title: str, text: str) -> bool:
        """A page about one event that gives it no day (a report of "jetzt", a postponement "auf
        einen späteren Zeitpunkt", a stored text that lost its date element): the event is still
        announced, with start null. Its title names one event (an event noun in the singular,
        not "5 Jahre …"), and the page says it happens or happened."""
        if not title or titles.weak_title(title) or not prose.EVENT_NOUN_RE.search(title) \
                or lex.PLURAL_EVENT_RE.search(title) or re.match(r"\d+\s+Jahre\b", title):
            return False
        specific = bool(EVENT_URL_RE.search(self.url or "")) or bool(prose.QUOTE_RE.search(title)) or ":" in title
        happens = bool(lex.HAPPENS_RE.search(text) or re.search(r"\blädt\b|\beinladen\b|\btagen\b|\bverschieben|"
                                                                  r"\baussetzen|\babgesagt", text, re.I))
        return specific or happens

    def _has_event_signals(self, text: str) -> bool:
        return len(lex.EVENT_SIGNAL_RE.findall(text)) >= 2

    def _deadline(self, mentions: list[Mention], year_hint, event: Event) -> None:
        for mention in mentions:
            if mention.kind == "deadline" and self._resolve(mention, year_hint):
                event.registration_deadline = mention.first.isoformat()
                event.note("registration_deadline", FROM_LABEL if self.labels[mention.line] else FROM_PROSE,
                           self.texts[mention.line])
                return

    def _status(self, texts: list[str], title: str, mentions, year_hint, event: Event) -> None:
        relevant = [title] + [t for t in texts if len(t) < 160 or re.search(
            r"Veranstaltung|Termin|Treffen|Workshop|Fachtag|Sprechstunde|Konferenz|Tagung|Forum|Seminar|Webinar", t)]
        relevant = [t for t in relevant if not re.search(r"Gebühr|Kosten|Beitrag\b", t)]
        joined = "\n".join(relevant)
        status = f.status_of(joined)
        if lex.BOOKED_OUT_RE.search(joined):
            event.booked_out = True
        if status is None:
            return
        event.status = status
        event.note("status", FROM_PROSE, next((t for t in relevant if f.status_of(t)), title))
        if status != POSTPONED:
            return
        labelled_old = next((m for m in mentions if m.kind == "old" and self._resolve(m, year_hint)), None)
        if labelled_old is not None:
            # "Ursprünglicher Termin: 22.06.2027, 10:00 Uhr" / "Neuer Termin: 3.11.2027" or "wird noch bekanntgegeben"
            old_text = self.texts[labelled_old.line]
            old_time = d.find_time(old_text[labelled_old.date.end:labelled_old.date.end + 60])
            event.original_start = d.iso(labelled_old.first, old_time.start if old_time else None)
            new = next((m for m in mentions if m.kind == "event" and self.labels[m.line]
                        and self.labels[m.line].kind == "new_date" and self._resolve(m, year_hint)), None)
            if new is not None:
                self._set_when(new, event)
            elif event.start and event.start[:10] == labelled_old.first.isoformat():
                event.start = event.end = None
                event.all_day = False
            return
        dated = [m for m in mentions if m.kind == "event" and self._resolve(m, year_hint)]
        new = None
        for mention in dated:
            text = self.texts[mention.line]
            sentence_before = re.split(r"[.!?]\s", text[:mention.date.start])[-1][-60:]
            if lex.OLD_DATE_CUE_RE.search(sentence_before) or re.search(
                    r"\b(?:vom|von)\s*$|angekündigt\w*\s+(?:am\s+)?$|\bnicht\s+(?:wie\s+\w+\s+)?am\s*$", sentence_before):
                continue  # "vom 22. April … auf den 7. Oktober verlegt", "nicht wie angekündigt am …": the old date
            if re.search(r"\bauf\s+(?:den\s+)?$", sentence_before):
                new = mention
                break
            if lex.NEW_DATE_CUE_RE.search(sentence_before) or (
                    mention.line > 0 and lex.NEW_DATE_CUE_RE.search(self.texts[mention.line - 1][-40:])
                    and mention.date.start <= 2):
                new = mention
                break
        struck = [m for m in dated if self.lines[m.line].struck]
        if new is None and len({m.first for m in dated}) >= 2:
            ordered = [m for m in dated if m not in struck] or dated
            new = ordered[-1]
        if new is not None:
            old = next((m for m in struck if m.first != new.first), None) or next(
                (m for m in dated if m.first != new.first), None)
            if old is not None:
                event.original_start = d.iso(old.first)
                self._set_when(new, event)
        elif dated:
            event.original_start = event.start.split("T")[0] if event.start else None

    def _organizer(self, texts, labels, text, event: Event) -> None:
        if event.organizer:
            return
        for index, label in enumerate(labels):
            if label and label.kind == "organizer":
                value = label.value or (texts[index + 1] if index + 1 < len(texts) else "")
                if value and not label_of(value):
                    event.co_organizers = f.co_organizers_from(value)
                    value = re.split(r"\s+in\s+(?:Kooperation|Zusammenarbeit)\s+mit\b", value)[0]
                    value = re.sub(r",\s*(?:Standort|Büro|Regionalbüro|Außenstelle|Geschäftsstelle)\b.*$", "", value)
                    value = re.split(r"\s[·|]\s|\s+(?:Telefon|Tel\.|E-Mail|Fon)\b", value)[0]
                    event.organizer = value.strip().rstrip(".")
                    event.note("organizer", FROM_LABEL, texts[index])
                    break
        if not event.organizer:
            prose = f.organizer_from_prose(text)
            if prose:
                event.organizer = prose[0]
                event.note("organizer", FROM_PROSE, prose[1])
        if not event.organizer:
            match = AGENCY_GENITIVE_RE.search(text)
            if match:
                event.organizer = match.group(1)
                event.note("organizer", FROM_PROSE, match.group(0))
        if not event.organizer and self.default_organizer:
            event.organizer = self.default_organizer
            event.note("organizer", FROM_REGISTRY, self.default_organizer)
        if not event.organizer:
            name = people.organizer_in_text(text, event_title=event.title)
            if name:
                event.organizer = name
                event.note("organizer", FROM_PROSE, name)
        if not event.organizer:
            match = f.AGENCY_RE.search(text)
            if match:
                event.organizer = match.group(0)
                event.note("organizer", FROM_PROSE, match.group(0))
        if not event.co_organizers:
            event.co_organizers = f.co_organizers_from(text)

    def _venue(self, texts, labels, text, event: Event, block: Block) -> None:
        place_lines: list[str] = []
        for index, label in enumerate(labels):
            if label and label.kind == "place":
                if label.value:
                    place_lines.append(label.value)
                continuation = [] if label.value and (f.PLZ_CITY_RE.search(label.value) or lex.ONLINE_RE.search(label.value)) \
                    else texts[index + 1:index + 5]
                for following in continuation:
                    if label_of(following) or len(following) > 120:
                        break
                    if not label.value or len(place_lines) < 4:
                        place_lines.append(following)
                    if f.PLZ_CITY_RE.search(following):
                        position = texts.index(following, index + 1)
                        after = texts[position + 1] if position + 1 < len(texts) else ""
                        if re.match(r"(?:und|sowie|oder|zusätzlich|parallel)\b.*(?:online|digital|hybrid|Teams|Zoom|Webex)", after, re.I):
                            place_lines.append(after)
                        break
                if place_lines:
                    event.note("venue", FROM_LABEL, texts[index] + " " + " ".join(place_lines))
                break
        if not place_lines:
            place_lines = [line.text for line in self.lines[block.start:block.end] if line.place][:4]
        place_text = " | ".join(place_lines)
        date_line = self._date_line_remainder(event)
        if event.title and event.title in date_line:
            date_line = date_line.replace(event.title, "").strip(" |,:–-")
        scope = " ".join(filter(None, [place_text, date_line]))
        platform = f.platform_of(scope) or f.platform_of(text)
        if event.online_platform is None and platform:
            event.online_platform = platform
        if lex.HYBRID_RE.search(scope) or lex.HYBRID_PROSE_RE.search(text):
            event.hybrid = True
            event.online = True
        if lex.ONLINE_RE.search(scope) or lex.ONLINE_PROSE_RE.search(text) or (platform and not place_text) or (
                platform and f.platform_of(place_text)):
            event.online = True
        if place_lines and lex.TBA_RE.search(place_lines[0]):
            return
        if event.city or event.venue:
            return
        offline_lines = [p for p in place_lines if not (lex.ONLINE_RE.search(p) or f.platform_of(p))]
        if offline_lines:
            self._address_from(offline_lines, event)
            if not event.city:
                first = re.split(r"[,|(]", offline_lines[0])[0].strip()
                town = f.town_in(" ".join(offline_lines)) or (
                    first if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", first) and len(first) > 3
                    and first not in lex.NOT_A_TOWN else None)
                if town:
                    event.city = town
                    event.note("city", FROM_LABEL, offline_lines[0])
        if not event.city and (not event.online or event.hybrid):
            match = f.PLZ_CITY_RE.search(self._text_before_contacts(texts))
            if match:
                line = next(t for t in texts if match.group(0) in t)
                self._address_from([line], event)
        if not event.city:
            match = CITY_STATT_RE.search(text)
            if match:
                event.city = match.group(1)
                event.note("city", FROM_PROSE, match.group(0))
        if not event.city and date_line and f.town_in(date_line):
            event.city = f.town_in(date_line)
            event.note("city", FROM_LABEL, date_line)
        if not event.city and date_line:
            segments = [re.sub(r"^(?:in|im|auf)\s+", "", s.strip()) for s in re.split(r"[,|]", date_line) if s.strip()]
            segments = [s for s in segments if not lex.ONLINE_RE.search(s) and not f.platform_of(s)
                        and not re.search(r"\d|Ganzt[äa]gig|Präsenz|hybrid|jeweils|Uhr|Anmeld", s, re.I)]
            if segments and re.match(r"^[A-ZÄÖÜ][\wäöüß.\-]+(?:\s(?:an|am|a\.|im|in|ob)\s[\wäöüß.\- ]+)?$", segments[0]) \
                    and len(segments[0]) < 40:
                event.city = segments[0]
                if len(segments) > 1:
                    event.venue = segments[1]
                event.note("city", FROM_LABEL, date_line)
            elif segments and len(segments[0]) < 80:
                event.venue = segments[0]
                event.note("venue", FROM_LABEL, date_line)
        if not event.city and (not event.online or event.hybrid):
            town = self._town_near_date(event, texts)
            if town:
                event.city = town
                event.note("city", FROM_PROSE, town)
        if not event.city and (not event.online or event.hybrid):
            # "im Kursaal in Bad Bocklet", "nach Ostritz": a known place after a preposition, in
            # the line that gives the date first, then anywhere before the contact block
            date_text = self.texts[self._date_line] if self._date_line is not None and \
                block.start <= self._date_line < block.end else ""
            town = places.place_after_preposition(date_text) or \
                places.place_after_preposition(self._text_before_contacts(texts))
            if town:
                event.city = town
                event.note("city", FROM_PROSE, town)

    def _town_near_date(self, event: Event, texts: list[str]) -> str | None:
        """A known town in the sentence that gives the date, or in a line of its own nearby
        (a table cell); never from the contact block."""
        snippet = event.provenance.get("start", {}).get("snippet", "")
        candidates = []
        for index, text in enumerate(texts):
            if snippet and snippet in text:
                candidates.append(text)
                candidates.extend(texts[index + 1:index + 3])
                break
        candidates += [t for t in texts if f.TOWN_RE.fullmatch(t.strip(" ,."))]
        contact_free = self._text_before_contacts(texts)
        for candidate in candidates:
            town = f.town_in(candidate)
            if town and candidate in contact_free:
                return town
        return None

    def _text_before_contacts(self, texts: list[str]) -> str:
        """Addresses under "Kontakt:" are the organizer's office, not the venue."""
        for index, label in enumerate(label_of(t) for t in texts):
            if label and label.kind == "contact":
                return "\n".join(texts[:index])
        return "\n".join(texts)

    def _date_line_remainder(self, event: Event) -> str:
        snippet = event.provenance.get("start", {}).get("snippet", "")
        if not snippet:
            return ""
        mentions = d.find_dates(snippet)
        if not mentions:
            return ""
        rest = snippet[mentions[-1].end:]
        time = d.find_time(rest)
        if time:
            tail = rest[time.position:]
            match = d.TIME_RANGE_RE.match(tail) or d.TIME_SINGLE_RE.match(tail)
            rest = rest[:time.position] + (tail[match.end():] if match else "")
        rest = re.sub(r"^\s*(?:Uhr)?[\s,:|–-]*", "", rest)
        return rest.strip("() ")

    def _address_from(self, lines: list[str], event: Event) -> None:
        joined = ", ".join(lines)
        match = f.PLZ_CITY_RE.search(joined)
        if match:
            event.postal_code = match.group("plz")
            event.city = match.group("city").strip().rstrip(",.")
            event.note("city", FROM_LABEL, joined)
        street = f.STREET_RE.search(joined)
        if street:
            event.address = street.group("street").strip().lstrip(", ")
        venue_part = joined
        if street:
            venue_part = joined[:street.start()]
        elif match:
            venue_part = joined[:match.start()]
        venue_part = venue_part.strip(" ,|–-")
        if venue_part and not re.fullmatch(r"[\d\s]+", venue_part):
            event.venue = venue_part
        elif not match and lines:
            event.venue = lines[0].strip()

    def _classify_event(self, texts, labels, title, text, event: Event) -> None:
        type_label = next((lab.value or (texts[i + 1] if i + 1 < len(texts) else "")
                           for i, lab in enumerate(labels) if lab and lab.kind == "type"), None)
        event.event_type = f.classify_type(type_label or "", title) or f.classify_type(text[:2500])
        if event.event_type:
            event.note("event_type", FROM_LABEL if type_label else FROM_PROSE, type_label or title)
        event.topics = f.topics_of(title + "\n" + text)
        target_text = ""
        for index, label in enumerate(labels):
            if label and label.kind == "target":
                target_text = " ".join([label.value] + texts[index + 1:index + 3])
                break
        if not target_text:
            match = lex.TARGET_SENTENCE_RE.search(text)
            target_text = match.group(0) if match else ""
        event.target_groups = f.target_groups_of(target_text)


BEGIN_RE = re.compile(r"\bBeginn\w*\s+(?:ist\s+)?(?:(?:am|an|des|der|dem|ersten|Tag|Tages)\s+){0,4}(?:um\s+|gegen\s+|ab\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr", re.I)
END_RE = re.compile(r"\bEnde\w*\s+(?:ist\s+)?(?:(?:am|an|des|der|dem|zweiten|dritten|letzten|Tag|Tages)\s+){0,4}(?:für\s+|um\s+|gegen\s+|ca\.\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr", re.I)


def _without_related_items(lines: list[Line]) -> list[Line]:
    """Cut a sidebar of other news ("Weitere Meldungen") off the page: its dates are not this page's."""
    for index, line in enumerate(lines):
        if index and line.heading and lex.RELATED_HEADING_RE.match(line.text):
            return lines[:index]
    return lines


def _item_rest(text: str, mention: d.DateMention) -> str | None:
    """For a list line "21.3.2027: Titel" or "Di., 14. Sept. 2027, 10:00–11:30 Uhr: Titel (online)" or
    "08.10.2026 | Titel | online": the text after the date, time and separator; None if not such a line."""
    rest = text[mention.end:]
    time = d.find_time(rest[:40])
    timed = False
    if time is not None and re.fullmatch(r"[\s,|·–-]*(?:von|ab|um)?\s*", rest[:time.position]):
        tail = rest[time.position:]
        match = d.TIME_RANGE_RE.match(tail) or d.TIME_SINGLE_RE.match(tail)
        if match:
            rest, timed = tail[match.end():], True
    separator = re.match(r"\s*(?::|[|–]\s|\s[|–]\s)\s*", rest)
    if not separator and (timed or mention.end_day is not None) and re.match(r"\s*[A-ZÄÖÜ„\"]", rest):
        separator = re.match(r"\s*", rest)  # a calendar export: "15.03.2027 10:00 - 12:00 Netzwerktreffen …"
    if not separator or not rest[separator.end():].strip():
        return None
    rest = rest[separator.end():].strip()
    first = re.split(r"\s[|·]\s|,\s", rest)[0].strip(" ()")
    if len(first) < 12 or lex.ONLINE_RE.fullmatch(first) or f.TOWN_RE.fullmatch(first) or \
            re.search(r"\bUhr\b|\d{1,2}[:.]\d{2}|ganztägig", first, re.I):
        return None  # "| Online", "| Leipzig", "| 10:00 Uhr": details of a teaser whose title is elsewhere
    return rest


def _begin_end_sentences(text: str) -> d.TimeRange | None:
    """Times given in sentences: "Beginn ist um 13.30 Uhr, das Ende ist für 16.30 Uhr geplant."."""
    begin = BEGIN_RE.search(text)
    if not begin:
        return None
    end = END_RE.search(text, begin.end())
    start = f"{int(begin.group('h')):02d}:{begin.group('m') or '00'}"
    finish = f"{int(end.group('h')):02d}:{end.group('m') or '00'}" if end else None
    return d.TimeRange(start, finish if finish and finish > start else None, begin.start())


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        return None
