"""Events named in running text: press articles, round-ups, newsletters, lead-in lists, reports.

Used on a page of one segment (a text page, an article): which sentences date an event of their own, which name
one without a day, which report one that was; each event is assembled from its sentence's block.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date, timedelta

from . import classify, people, prose, titles, when
from . import dates as d
from . import gazetteer
from . import lexicon as lex
from .content import PageView
from .event import FROM_JSONLD, FROM_LABEL, FROM_PROSE, POSTPONED, SCHEDULED, TENTATIVE, Event
from .mentions import Mention
from .segment import Block
from .assemble import Assembler

NEXT_OF_SERIES_RE = re.compile(r"Nächste[rs]?\s+(?=\S)")
# "Der Aktionstag findet am 22. Februar 2019 statt": a sentence that opens with its own event
OWN_KIND_TAKES_PLACE_RE = re.compile(rf"(?:Der|Die|Das)\s+(?P<noun>{prose.EVENT_NOUN})\s+(?:findet|fand)\s")

# a heading that is only the event's kind, perhaps with its place: "Bildungskonferenz", "Fachtag in Brandenburg"
BARE_KIND_RE = re.compile(rf"{prose.EVENT_NOUN}(?:\s+in\s+[A-ZÄÖÜ][\wäöüß-]+)?")
HOST_LINES = 2_000  # (the paragraph of a sentence is looked for among the lines the page's dates are read from)
# a row of a directory led by its institution: "Helmholtz-Gymnasium, Rosastraße 83, Rüttenscheid: Tag der offenen Tür am
# …", "Mädchengymnasium Borbeck: Fürstäbtissinnenstraße 52, …"
INSTITUTION_ROW_RE = re.compile(r"^(?P<head>[A-ZÄÖÜ][\wäöüß-]*(?:\s[\wäöüß-]+){0,5}?)(?=[,:]\s)")
INSTITUTION_WORD_RE = re.compile(rf"(?i:{lex.SCHOOL_WORD}|zentrum|bibliothek|bücherei|museum)\b")  # (not "Hortgruppe")
# what stands between a directory row's institution and its day when the row names no kind: its address and quarter only
# (", Stankeit-straße 22, Altenessen, "), not an activity ("Raum 1: Babymassage am")
ROW_ADDRESS_RE = re.compile(r"[,:\s]*(?:[A-ZÄÖÜ][\wäöüß.-]*(?:\s[\wäöüß.-]+){0,3}\s\d+[a-z]?(?:\s?-\s?\d+)?[,:.\s]*)?"
                            r"(?:[A-ZÄÖÜ][\wäöüß/-]+[,:.\s]*)?(?:(?:am|den)\s*)?")
# "Zukunftswerkstatt regt Diskussion über Bildungslandschaft an", "3. Bildungskonferenz beschäftigt sich mit Inklusion":
# a press headline whose subject is the event; the verb and what follows tell the news, not the name
HEADLINE_SUBJECT_RE = re.compile(
    rf"(?P<subject>(?:[\wäöüß.„“\"-]+\s){{0,3}}?[\wäöüß-]*{prose.EVENT_NOUN}[\wäöüß-]*(?:\s[A-ZÄÖÜ0-9][\wäöüß-]*){{0,2}})"
    rf"\s(?!(?:mit|seit|statt|nicht|jetzt|erst|fast|samt|nebst|selbst|sonst|meist|zuletzt|damit|gut|rund|zunächst|"
    rf"bereits|heute|morgen|im|am|in|zum|zur|für|der|des|auf|vom|von|und|oder)\b)(?P<verb>[a-zäöüß]{{3,}}t)\s\S+(?:\s\S+)+$")
# a headline is short; a long line of hyphenated capitals ("MINT-Campus-Day-Campus-…") would make the pattern above try
# every way of cutting it into words
HEADLINE_BUDGET = 200

# a congress, an academy or a week of educational leave runs up to a week; its programme's days are its own
LONGEST_PROGRAMME_DAYS = 7


def spans_days(event: Event) -> bool:
    """The event runs from one day to a later one."""
    return bool(event.start and event.end and event.end[:10] > event.start[:10])


def days_of_spans(events: list[Event]) -> set[date]:
    """Every day of the events that run over a few days, as one programme does."""
    days = set()
    for event in events:
        if spans_days(event):
            first, last = date.fromisoformat(event.start[:10]), date.fromisoformat(event.end[:10])
            if (last - first).days > LONGEST_PROGRAMME_DAYS:
                continue  # more than a week of events ("Aktionswoche vom 2. bis 16. Mai"): its dated parts are
                #           events of their own, not days of one programme
            days |= {first + timedelta(days=n) for n in range((last - first).days + 1)}
    return days


def _names_its_kind(title: str, sentence: str) -> bool:
    """The forms in which a day's sentence names its event well enough to replace a headline of a topic: the bare kind
    ("Elternabend"), a quoted name that ends in its kind ("die zweite „Musterauer Bildungskonferenz“"), an ordinal and
    its kind ("ein erstes Dialogforum"; not a body's "7. Sitzung") and a kind that opens a short name ("finden die
    Sprachcamps in den Sommerferien statt")."""
    words = re.sub(r"-\s(?:und|oder)\s", "-", title).split()  # ("Fach- und Leitungskräfte": one word's worth)
    last = words[-1]
    return bool(prose.EVENT_NOUN_RE.fullmatch(title)
                or len(words) <= 4 and prose.EVENT_NOUN_RE.fullmatch(last) and title == prose.quoted_title(sentence)
                or len(words) == 2 and prose.ORDINAL_START_RE.match(title) and prose.EVENT_NOUN_RE.fullmatch(last)
                and last.lower() not in prose.GENERIC_NOUNS
                or 2 <= len(words) <= 5 and prose.EVENT_NOUN_RE.fullmatch(prose.singular(words[0]))
                and re.match(r"(?:in|im|am|an|für|zu[mr]?|mit)$", words[1]))


def _host_of_sentence(sentence: str) -> str | None:
    """Who holds a sentence's event: the host it says invites, else the one school it names ("Die Tulpenschule hat
    ihren Infoabend am …" beside "An der Lindenschule gibt es am … einen Infoabend": two schools, two Infoabende)."""
    schools = set(prose.school_named(sentence))
    return people.inviting_host(sentence) or (schools.pop() if len(schools) == 1 else None)


def _longer_than_a_quarter(span: d.DateMention) -> bool:
    if span.end_day is None:
        return False
    try:
        first = date(span.year or 2000, span.month, span.day)
        last = date(span.end_year or span.year or 2000, span.end_month or span.month, span.end_day)
    except ValueError:
        return False
    return (last - first).days > 92


UMBRELLA_ITEMS = 2  # items inside a page's span that make it a week of its own
UMBRELLA_NAME_LINES = 12  # the lines that name the week: a headline, a lead, the first paragraphs
UMBRELLA_NAME_LONGEST = 100
# what holds several days' items: "Seniorentage", "Aktionswoche", "Woche der Familie", "Festwoche", "Ferienprogramm"
UMBRELLA_NOUN_RE = re.compile(r"(?i:woche|tagen?\b|wochen\b|festival|programm\b|ferienspiele|aktionstage)")


# a headline that tells of an open day in words: "Oberschule öffnet ihre Türen", "Kita öffnet die Türen"
OPENS_ITS_DOORS_RE = re.compile(r"\böffne[nt]\s+(?:ihre|seine|die)\s+Türen\b")


def _gives_day(sentence: str, start: str) -> bool:
    """The sentence writes the day `start` (ISO) begins on, among its days or as its first."""
    month, day = int(start[5:7]), int(start[8:10])
    return any((m.month, m.day) == (month, day) for m in d.find_dates(sentence))


def on_the_other_listed_days(event: Event, days: list[d.DateMention]) -> list[Event]:
    """The event read over a listing of days that is no span ("am 2., 7. und 9. November", `dates.listed_days`) takes
    place on each of them: it keeps the first day, and a copy is made for each other one. Each day keeps the hours said
    for all of them; a time said only for the last day is no day's end."""
    hours = event.end[10:] if len(event.end) > 10 and len(event.start) > 10 else None
    event.end = event.start[:10] + hours if hours else None
    first = date.fromisoformat(event.start[:10])
    others = []
    for day in days[1:]:
        other = copy.deepcopy(event)
        on = first.replace(day=day.day).isoformat()
        other.start = on + event.start[10:]
        other.end = on + hours if hours else None
        others.append(other)
    return others


def _on_each_listed_day(event: Event, own: Mention) -> list[Event]:
    """A round-up's event read from a listing of days that is no span ("So werden am 6. und 9. Mai … Entspannungs-
    wanderungen angeboten"): one event on each day (two days in a row stay one event over both)."""
    days = d.listed_days(own.date) if own.date.days_listed else []
    if len(days) < 2 or not event.start or not event.end:
        return [event]
    return [event] + on_the_other_listed_days(event, days)


# a section's heading that tells its news with a verb after its subject: "Stadtteilzentrum Welsekiosk begeistert mit PlaGu,
# Hüpfburg und Flohmarkt" (its paragraph names the event: "Das Nachbarschaftsfest im Welsekiez findet am 23. Mai … statt")
SUBJECT_VERB_HEADING_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,3}\s+"
                                     r"(?:begeistert|überrascht|lockt|bietet|zeigt|feiert|präsentiert|bringt|macht|öffnet)\s+"
                                     r"(?:mit|zum|zur|ein|eine[nm]?|die|das|den|seine|ihre)\b")


class RunningText:
    """Finds the events a page's sentences name, each read by the assembler."""

    def __init__(self, view: PageView, assembler: Assembler):
        self.view = view
        self.assembler = assembler

    def events_listed_after_lead_in(self, events: list[Event], mentions: list[Mention]) -> list[Event] | None:
        """"Hierzu werden drei Infoveranstaltungen angeboten:" and a date a line below it: one
        event per line, named after the lead-in and the line's town."""
        items = prose.dated_list_after_lead_in(self.view.texts, prose.main_event_name(self.view.texts))
        if len(items) < 2 or len(events) >= len(items):
            return None
        listed = []
        for item in items:
            own = next((m for m in mentions if m.line == item.line), None)
            if own is None or lex.OFFICE_HOLDERS_DAY_RE.search(self.view.texts[item.line]):
                continue  # (a minister's hours at the fair the lead-in presents are no event of their own)
            own.kind, own.score = "event", max(own.score, 2)
            event = self.assembler.event(Block(item.line, item.line + 1, item.line), [own], True, None, title_override=item.title)
            if event is None:
                continue
            if item.town and event.city != item.town:
                event.city = item.town  # the line's own town, not one its reader found nearby
                event.note("city", FROM_LABEL, self.view.texts[item.line])
            if event.all_day and item.words:
                when.time_from_words(event, item.words)  # the lead-in's "jeweils … von 17 bis 19 Uhr"
            listed.append(event)
        return listed if len(listed) >= 2 else None

    def _hours_after_its_day(self, line: int, own: Mention) -> d.TimeRange | None:
        """The hours written right after a listed day, before anything else: ", um 17 Uhr" (not the next day's)."""
        text = self.view.texts[line]
        after = d.HOURS_AFTER_DAY_RE.match(text, own.date.end)
        return d.find_time(after.group("hours")) if after else None

    def events_listed_in_a_sentence(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """"Weitere Veranstaltungen finden am 31. März in Staßfurt, am 4. April in Gardelegen … statt":
        the days of one kind of event listed in a sentence, each an event with its town; a day the
        page's event already has is not listed again."""
        known_days = {e.start[:10]: e for e in events if e.start}
        page_name = prose.main_event_name(self.view.texts) or (
            events[0].title if len(events) == 1 and not titles.weak_title(events[0].title) else None)
        listed = []
        for item in prose.dated_items_in_sentence(self.view.texts, page_name):
            own = next((m for m in mentions if m.line == item.line and (m.date.day, m.date.month) == item.day
                        and not m.date.days_listed), None) \
                or next((dataclasses.replace(m, date=day) for m in mentions if m.line == item.line and m.date.days_listed
                         for day in d.listed_days(m.date) if (day.day, day.month) == item.day), None)
            if own is None or own.kind in ("deadline", "publication"):
                continue
            own.kind, own.score = "event", max(own.score, 2)
            event = self.assembler.event(Block(item.line, item.line + 1, item.line), [own], True, None, title_override=item.title,
                                sentence=item.words)
            if event is None or not event.start:
                continue
            own_hours = self._hours_after_its_day(item.line, own)
            if own_hours is not None:
                # "… ein: am Samstag, 17. April, um 19 Uhr und am Sonntag, 18. April, um 17 Uhr": each day its own hour
                event.start, event.end = event.start[:10], None
                when.time_from_range(event, own_hours, self.view.texts[item.line][own.date.end:own.date.end + 40])
            elif event.all_day and item.words:
                when.time_from_words(event, item.words)  # "jeweils ab 18.30 Uhr" said once for all days
            if event.city and item.words and event.city not in item.words and not item.town:
                # another item's town ("am 18. November in der Gesamtschule Uerdingen, am 19. …"): the
                # article's own town, if its dateline names one
                event.city = self.view.dateline_town
                event.provenance.pop("city", None)
                if event.city:
                    event.note("city", FROM_LABEL, event.city)
            same_day = known_days.get(event.start[:10])
            if same_day is not None:
                if same_day.all_day and item.words:
                    when.time_from_words(same_day, item.words)
                if titles.weak_title(same_day.title) or not prose.names_event(same_day.title or "") \
                        or prose.singular(same_day.title or "") == item.title:  # ("Informationsveranstaltungen": one of them)
                    # the page's event named by a whole paragraph, or by a headline that names no event
                    same_day.title = item.title
                    same_day.note("title", FROM_PROSE, item.words or item.title)
                    if item.town:
                        same_day.city = item.town  # the item's own town, not the sentence's last one
                        same_day.note("city", FROM_PROSE, item.town)
                continue
            if item.town:
                event.city = item.town
                event.note("city", FROM_PROSE, item.town)
            known_days[event.start[:10]] = event
            listed.append(event)
        return listed

    def name_from_dated_sentence(self, block: Block, event: Event, headline_only: bool = False,
                                  whole_page: bool = False) -> None:
        """A section heading of a text page may be a teaser ("Unser Auftakt für bessere Bildung!"); the
        sentence that dates the event names it ("… nahmen am 5. März 2015 an der Auftaktveranstaltung der
        Transferagentur … teil"). A heading with its own motto, ordinal or genitive stays. On an HTML
        page only a news headline gives way: a sentence ("Landkreis lädt zur 3. Bildungskonferenz ein",
        "Zweiter Bildungsbericht liegt vor") or a line that names no event."""
        if not event.start:
            return
        title = event.title or ""
        if headline_only:
            names_no_event = not prose.EVENT_NOUN_RE.search(title) and whole_page  # (a list item's name may lack one)
            if not (lex.FINITE_VERB_RE.search(title) or lex.NEWS_HEADLINE_VERB_RE.search(title) or names_no_event) \
                    or (event.provenance.get("title") or {}).get("from") == FROM_JSONLD:
                return
        told_as_news = not headline_only and bool(SUBJECT_VERB_HEADING_RE.match(title))
        if not headline_only and prose.specific_name(title) and not told_as_news:
            return
        day = (int(event.start[5:7]), int(event.start[8:10]))
        texts = self.view.texts[block.start:block.end]
        sentence = next((s for s in prose.dated_event_sentences(texts) if (s.date.month, s.date.day) == day), None)
        if sentence and (prose.specific_name(sentence.title) or (headline_only or told_as_news)
                         and prose.EVENT_NOUN_RE.search(sentence.title) and sentence.title.lower() not in prose.GENERIC_NOUNS):
            event.title = sentence.title
            event.provenance["title"] = {"from": FROM_PROSE, "snippet": sentence.sentence[:200]}

    # ------------------------------------------------------------ running text

    def events_in_running_text(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A press article or round-up names its events in sentences: one event per dated
        sentence that names an event of its own ("Am 11. März … der Veranstaltung „…“", "Beim
        Fachforum „…“ am 27. und 28. Mai …"); a single event keeps a headline a reader accepts,
        else it is named from the sentence that gives its date."""
        from_prose = not events or all(e.provenance.get("start", {}).get("from") != FROM_LABEL for e in events)
        named = prose.distinct(prose.dated_event_sentences(self.view.texts, self.view.publication_lines, self.view.week_span),
                               host=_host_of_sentence)
        undated = all(not e.start for e in events)
        told = len(named)
        if told == 1 and named[0].date.days_listed and events and not {
                f"{named[0].date.month:02d}-{day:02d}" for day in named[0].date.days_listed} & {(e.start or "")[5:10] for e in events}:
            # ("… bietet am 2. November und 3. November einen Comic-Workshop … an" beside the page's event of another day:
            # two days of their own, not the page's event told again)
            told = 2
        if from_prose and (told >= 2 or undated) and (len(events) < told or undated and named):
            split = []
            for sentence in named:
                own = self._own_mention(sentence, mentions)
                if own is None:
                    continue
                moved = self._new_days_in_sentence(sentence, own, mentions)
                own.kind, own.score = "event", max([own.score, 2] + [m.score for m in moved])
                event = self.assembler.event(Block(sentence.line, sentence.line + 1, sentence.line), [own] + moved, True, None,
                                    title_override=sentence.title, sentence=sentence.sentence)
                if event is not None:
                    shared = prose.SHARED_TIME_RE.search(sentence.sentence) if event.all_day else None
                    if shared and len(d.find_dates(sentence.sentence)) >= 2:
                        # "(31. Januar; 28. Februar; 28. März, jeweils 16.30 bis 18 Uhr)": the hours said once for each
                        when.time_from_words(event, shared.group(0))
                    self.assembler.held_by_its_school(event, sentence.sentence)
                    if not event.organizer and not prose.school_named(sentence.sentence):
                        # "An der Lindenschule gibt es am Montag … einen Infoabend. Am Mittwoch kann man beim Tag der
                        # offenen Klassentür die Schule … besichtigen.": the school the sentence before names
                        self.assembler.held_by_its_school(event, self._sentence_before(sentence.sentence, sentence.line))
                    host = self.host_before(sentence.sentence, sentence.line)
                    if host and not people.organizer_from_prose(sentence.sentence) and not _host_of_sentence(sentence.sentence) \
                            and not re.search(r"\s(?:der|des)\s+[A-ZÄÖÜ]", sentence.title or ""):
                        # (not "der Bürgerdialog der Stadt Musterau": a sentence that names its own holder)  # "Das Gymnasium … lädt am 13. Januar … ein. Am 17. Februar findet … statt.": the school's
                        event.organizer = host
                        event.provenance["organizer"] = {"from": FROM_PROSE, "snippet": self.view.texts[sentence.line][:200]}
                    split.extend(_on_each_listed_day(event, own))
            if len(split) >= 2 or (split and (undated or told >= 2)):
                said = prose.page_series_hour(self.view.texts)
                for event in split:
                    event.title = prose.next_of_sibling(event.title, [e.title for e in split + events if e is not event])
                    if said and event.all_day and prose.hour_holds_for(self.view.texts, said[1], self.view.date_line_of(event)):
                        when.time_from_words(event, said[0])  # "Die Leseveranstaltungen beginnen jeweils um 16.30 Uhr"
                # the page's own event on a day no named sentence gives ("Auftakt des Kinder-Uni-Wintersemesters" over
                # "… sind am 11. Oktober, um 16 Uhr … eingeladen") stays beside them
                split_days = {e.start[:10] for e in split if e.start} | {day.isoformat() for day in days_of_spans(split)}
                own = [e for e in events if e.start and e.start[:10] not in split_days and not titles.weak_title(e.title)
                       and prose.names_event(e.title or "")]
                if len(split) == 1 and len(events) == 1 and events[0].start and split[0].start \
                        and split[0].start[:10] == events[0].start[:10] and prose.names_event(events[0].title or "") \
                        and not prose.names_event(split[0].title or ""):
                    # ("Tag der offenen Tür am Gymnasium Musterau" over "Das Gymnasium Musterau öffnet am Samstag … seine
                    # Türen …" and a sign-up window's sentence: one event, the page's, not its sentence's subject)
                    return events
                return own + split + self._events_named_without_day(split)
        events = events + self._further_dated_events(events, named, mentions)
        named_apart = self._events_named_without_day(events)
        for event in events:
            status_sentence = (event.provenance.get("status") or {}).get("snippet")
            if status_sentence and any((e.provenance.get("status") or {}).get("snippet") == status_sentence
                                       for e in named_apart):
                # "Die Regionaltreffen für Rheinland-Pfalz … wurden in den Juli verschoben": the sentence moves the
                # events it names apart, not the page's own
                event.status = SCHEDULED
                event.provenance.pop("status", None)
        events = events + named_apart
        if len(events) == 1:
            event = events[0]
            date_line = self.view.date_line_of(event)
            # (not a sentence that says the day again for another event: "außerdem startet am gleichen Tag … eine Rallye")
            # (on the event's day: a paragraph of three days names the first, "am Freitag … mit der Büchernacht", not
            # the third the event took)
            own_sentence = next((s for s in named if s.line == date_line and not prose.refers_back(s) and (
                not event.start or _gives_day(s.sentence, event.start))), None) or next(
                (s for s in named if event.start and (s.date.month, s.date.day) == (int(event.start[5:7]), int(event.start[8:10]))
                 and not prose.refers_back(s)), None) or self._relative_days_sentence(event, date_line)
            if own_sentence and NEXT_OF_SERIES_RE.match(own_sentence.title) and event.title \
                    and not NEXT_OF_SERIES_RE.match(event.title) and prose.names_event(event.title) and prose.reported_event(self.view.texts) is not None:
                # "Drittes BNE-Netzwerktreffen im Landkreis" over "trafen sich vor Kurzem …" and "Das nächste
                # Netzwerktreffen ist für den 16. Oktober geplant": the report's own meeting (its day untold) and the next
                following = copy.deepcopy(event)
                following.title = own_sentence.title
                following.note("title", FROM_PROSE, own_sentence.sentence)
                event.start, event.end, event.all_day = None, None, True
                event.provenance.pop("start", None)
                return [event, following]
            sentence = own_sentence or (named[0] if named and not event.start else None)
            # a dated report whose date's sentence names no event: the event its text points back at
            title = sentence.title if sentence else (event.start and (
                prose.pointed_title(self.view.texts) or self._antecedent_title(date_line))) or \
                prose.undated_title(self.view.texts)
            if event.start and own_sentence is None and not titles.weak_title(event.title):
                title = None  # the text names other events on other days; this one keeps its heading
                invited = self._invited_to(date_line) if self.view.reads_like_press() else None
                if invited and not prose.same_name(invited, event.title or ""):
                    event.title = invited  # (a news headline yields to what the report's day invited to)
                    event.note("title", FROM_PROSE, self.view.texts[date_line][:200])
            if title and own_sentence and prose.EVENT_NOUN_RE.fullmatch(title) and title.lower() not in prose.GENERIC_NOUNS \
                    and not prose.names_event(event.title or ""):
                # a headline that names no event ("Bildung geht nur gemeinsam") and a sentence that names
                # it by its kind ("Am 14. März findet das Dialogforum … statt"): "Dialogforum der
                # Bildungsregion Ostallgäu"
                # ("Die Reihe der Informationsveranstaltungen startet am …": the one dated is one of them)
                title = prose.singular(title)
                title = prose.of_holder(title, event.organizer) or title
            # a press headline is a teaser ("Bildungskonferenz für alle"); the text gives the event's
            # name ("die erste Bildungskonferenz des Landkreises Pfaffenhofen"), and so does a news
            # item whose headline names no event at all
            headline_is_teaser = (self.view.reads_like_press() or not prose.names_event(event.title or "")) \
                and title and prose.specific_name(title) and not prose.same_name(title, event.title or "") \
                and not prose.specific_name(event.title or "") \
                and not prose.vaguer_kind(title, event.title or "") \
                and not prose.held_in(title, event.title or "")  # a headline with its own motto or ordinal stays
            # "didacta 2025 – Austausch und Impulse" over "Vom 11. bis 15. Februar fand die didacta statt": the
            # date's own sentence calls the event by the headline's name
            first_word = re.match(r"[\wäöüß-]{4,}", event.title or "")
            headline_is_teaser = headline_is_teaser and not (own_sentence and first_word and re.search(
                rf"\b(?:die|der|das)\s+{re.escape(first_word.group(0))}\b", own_sentence.sentence))
            # "ZUKUNFT BILDEN: Stadtverwaltung lädt zur Magdeburger Bildungskonferenz ein": a headline that
            # tells what happens yields to the event's name even without a motto or ordinal
            headline_is_teaser = headline_is_teaser or bool(
                title and own_sentence and lex.NEWS_HEADLINE_VERB_RE.search(event.title or "")
                and prose.EVENT_NOUN_RE.search(title) and len(title.split()) >= 2)  # not a bare "Informationsveranstaltung"
            # a headline that is only the kind ("Bildungskonferenz") yields to the text's name for it
            # ("die … geplante erste Bildungskonferenz")
            # ("Fachtag in Brandenburg" is the kind and a place: the sentence's „Fachtag: Steig ein – …“ names it)
            bare_kind = bool(title and own_sentence and BARE_KIND_RE.fullmatch(event.title or "")
                             and prose.specific_name(title))
            # "Wechsel an die weiterführende Schule" over "Am 15.1. findet der Elternabend zum Wechsel … statt": a
            # headline of a topic names no event; the kind its day's sentence names does
            # (a headline with a year or a day's name is the event's own: "Stadtradeln 2027", "Nacht der Bibliotheken")
            topic_headline = bool(title and own_sentence and _names_its_kind(title, own_sentence.sentence)
                                  and title.lower() not in prose.GENERIC_NOUNS and not prose.names_event(event.title or "")
                                  and not lex.EVENT_WORD_RE.search(event.title or "")
                                  and not re.search(r"\d", event.title or "") and not lex.DAY_OF_NAME_RE.search(event.title or "")
                                  and not prose.PART_OF_EVENT_RE.fullmatch(title))
            # "Oberschule öffnet ihre Türen" over "Am Freitag ist an der Oberschule … Tag der offenen Tür": the open day
            open_doors = title == prose.OPEN_DAY and bool(own_sentence) and bool(OPENS_ITS_DOORS_RE.search(event.title or ""))
            # "Vom 26. August bis zum 1. Oktober finden die Seniorenwochen in Osnabrück statt." above the section heading
            # "Auftaktveranstaltung mit Podiumsdiskussion": a heading below the day heads a part, not the event
            heading = self.view.title_line()
            heading_below = bool(title and own_sentence and date_line is not None and heading is not None
                                 and heading > date_line and not self.view.page.is_html
                                 and (event.provenance.get("title") or {}).get("snippet") == self.view.texts[heading][:200]
                                 and prose.names_event(title) and not prose.same_name(title, event.title or ""))
            if title and (titles.weak_title(event.title) or headline_is_teaser or bare_kind or topic_headline or open_doors
                          or heading_below):
                if topic_headline and re.match(r"(?:der|des)\s", event.title or "") and prose.ORDINAL_START_RE.match(title):
                    # "der Musterauer Kommunen" (the headline's second line; its first was cut off) and "Das 5.
                    # Netzwerktreffen findet …": the kind the sentence names and the headline's holder make the name
                    title = f"{title} {event.title}"
                elif topic_headline and len(title.split()) == 2 and prose.ORDINAL_START_RE.match(title):
                    title = prose.of_holder(title, event.organizer) or title  # "Erstes Dialogforum des Landkreises …"
                event.title = title
                event.provenance["title"] = {"from": FROM_PROSE, "snippet": (sentence.sentence if sentence else title)[:200]}
                when.hours_by_its_name(self.view, event, date_line)
            elif lex.NEWS_HEADLINE_VERB_RE.search(event.title or "") and (event.provenance.get("title") or {}).get("from") == FROM_LABEL:
                # "Experten trafen sich zum Fachforum „Kommunales Bildungsmanagement“": the headline tells
                # what happened; the name it holds is the event's
                named = prose.title_from_sentence(event.title)
                if named and prose.specific_name(named) and prose.QUOTE_RE.search(named):
                    event.title = named
                    event.provenance["title"] = {"from": FROM_PROSE, "snippet": event.title}
        return events

    def umbrella(self, page_events: list[Event], events: list[Event]) -> list[Event]:
        """The week or the days that hold the items a page dates one by one ("… zu den Veranstaltungen der 18. Jenaer
        Seniorentage … vom 25. September bis zum 1. Oktober" over "Am Montag …", "Am Dienstag …"): an event of its
        own, from its first day to its last, named by the page's name for such days, where the items took the page's
        own event's place."""
        page = page_events[0] if len(page_events) == 1 else None
        if page is None or not spans_days(page):
            return []
        first, last = page.start[:10], page.end[:10]
        inside = [e for e in events if e.start and first <= e.start[:10] <= last]
        if len(inside) < UMBRELLA_ITEMS or any(e.start and e.end and e.end[:10] >= last and e.start[:10] <= first
                                               for e in events):
            return []  # (the page's own event is still there, or a span of another holds them)
        usable = lambda name: bool(name) and UMBRELLA_NOUN_RE.search(name) and len(name) <= UMBRELLA_NAME_LONGEST \
            and not titles.weak_title(name) and not titles.reads_as_sentence(name)  # noqa: E731
        name = page.title if usable(page.title) else next(
            (named for text in self.view.texts[:UMBRELLA_NAME_LINES] for sentence in prose.sentences(text)
             for named in [prose.title_from_sentence(sentence)] if usable(named)), None)
        if not name or any(prose.same_name(name, e.title or "") for e in events):
            return []
        name = re.sub(r"(?<=tage)n\b", "", name)  # "zu den 12. Musterauer Seniorentagen": the days' name in the nominative
        umbrella = copy.deepcopy(page)
        umbrella.title, umbrella.start, umbrella.end, umbrella.all_day = name, first, last, True
        umbrella.start_time = umbrella.end_time = None
        umbrella.event_type = classify.classify_type(name)  # (its own kind, not one of its items')
        umbrella.note("title", FROM_PROSE, name)
        return [umbrella]

    def _sentence_before(self, sentence: str, line: int) -> str:
        paragraph = self.view.texts[line]
        at = paragraph.find(sentence)
        before = prose.sentences(paragraph[:at]) if at > 0 else []
        return before[-1] if before else ""

    def host_before(self, sentence: str, line: int | None = None) -> str | None:
        """The host an earlier sentence of the sentence's paragraph (on `line`, else found among the page's first lines)
        opens with, inviting ("Das Gymnasium … lädt am 13. Januar … ein. Am 17. Februar findet … statt."), for a
        sentence that names none."""
        if not sentence or people.inviting_host(sentence):
            return None
        paragraph = self.view.texts[line] if line is not None else next(
            (text for text in self.view.texts[:HOST_LINES] if sentence in text), "")
        hosts = [people.inviting_host(part) for part in prose.sentences(paragraph[:paragraph.find(sentence)])]
        return next((host for host in reversed(hosts) if host), None)

    def _relative_days_sentence(self, event: Event, line: int | None) -> prose.ProseMention | None:
        """The sentence that gives a paper's event its day relative to the article ("Am Freitag ist an der Oberschule
        … Tag der offenen Tür"), as a dated sentence that names it; None where it names no event."""
        published = self.view.publication_date
        if line is None or not event.start or published is None:
            return None
        text = self.view.texts[line]
        day = date.fromisoformat(event.start[:10])
        for mention in d.find_relative_dates(text, published):
            if (mention.year, mention.month, mention.day) != (day.year, day.month, day.day):
                continue
            sentence = prose.sentence_at(text, mention.start)
            title = prose.title_from_sentence(sentence)
            if title:
                where = max(0, sentence.find(text[mention.start:mention.end]))
                return prose.ProseMention(line, sentence, dataclasses.replace(
                    mention, start=where, end=where + mention.end - mention.start), title)
        return None

    def _own_mention(self, sentence: prose.ProseMention, mentions: list[Mention]) -> Mention | None:
        """The page's date mention that a dated sentence of running text gives its event: of the same day named twice
        in a paragraph, the one in this sentence (each keeps its own hour)."""
        same = [m for m in mentions if m.line == sentence.line and m.kind in ("event", "other")
                and (m.date.day, m.date.month) == (sentence.date.day, sentence.date.month)]
        if 1 < len(same) <= 10:  # (a page of thousands of such days keeps the first)
            where = self.view.texts[sentence.line].find(sentence.sentence)
            inside = [m for m in same if where >= 0 and where <= m.date.start < where + len(sentence.sentence)]
            return inside[0] if inside else same[0]
        return same[0] if same else None

    def _further_dated_events(self, events: list[Event], named: list[prose.ProseMention],
                              mentions: list[Mention]) -> list[Event]:
        """"Nächster Termin: 18. Februar" and "Ein weiteres Europagespräch ist für den 21. Februar in Bitterfeld-Wolfen
        geplant": a further event of the series, on its own day, beside the page's own; and what a sentence says happens
        "am gleichen Tag"."""
        if not events:
            return []
        days = {e.start[:10] for e in events if e.start}
        further = []
        kinds = {prose.EVENT_NOUN_RE.search(e.title).group(0).lower() for e in events
                 if e.title and prose.EVENT_NOUN_RE.search(e.title)}
        for sentence in named:
            own_kind = OWN_KIND_TAKES_PLACE_RE.match(sentence.sentence)
            # "Der Aktionstag findet am 22. Februar 2019 statt" on the page of the fair it is part of: an event of
            # another kind, on a day of its own
            other_kind = bool(own_kind) and kinds and own_kind.group("noun").lower() not in kinds \
                and lex.EVENT_TITLE_WORD_RE.fullmatch(own_kind.group("noun"))
            # "Am gleichen Tag um 11 Uhr gibt es die Stadtführung …": one more event of the page's day, under a name of
            # its own
            again = prose.refers_back(sentence) and not any(prose.same_name(e.title or "", sentence.title) for e in events)
            # "Am Mittwoch um 15 Uhr gibt es eine Bastelstunde" below the page's week: one of the week's items
            again = again or self._a_day_of_the_week(sentence)
            # "Die Direktion … bietet vom 1. Juli bis 31. Juli 2010 „Geocaching in the Castle“ an": an offer by its own
            # name, on days of its own
            offer = prose.offers_by_name(sentence.sentence) and sentence.title and sentence.title in sentence.sentence
            if not prose.FURTHER_EVENT_RE.search(sentence.sentence) and not other_kind and not again and not offer:
                continue
            own = self._own_mention(sentence, mentions)
            if own is None:
                continue
            own.kind, own.score = "event", max(own.score, 2)
            event = self.assembler.event(Block(sentence.line, sentence.line + 1, sentence.line), [own], True, None,
                                title_override=sentence.title, sentence=sentence.sentence)
            if event is None or not event.start or event.start[:10] in days and not again:
                continue
            below = self.view.texts[sentence.line + 1].strip() if sentence.line + 1 < len(self.view.texts) else ""
            if prose.TITLE_BELOW_RE.search(sentence.sentence) and 3 < len(below) <= 100 and not prose.is_paragraph(below):
                event.title = f"{event.title} „{below.strip('„“')}“"  # "… statt mit dem Titel" / "Baustelle Kita – …"
                event.note("title", FROM_PROSE, below)
            town = gazetteer.place_after_preposition(sentence.sentence)
            if town and town not in event.title:
                event.title = f"{event.title} in {town}"
            days.add(event.start[:10])
            further.append(event)
        return further

    def _invited_to(self, line: int | None) -> str | None:
        """"… Die Einrichtung hatte zum Abschlussfest des Lesesommers XXL eingeladen": the event a report's paragraph says
        someone had invited to."""
        invited = lex.HAD_INVITED_RE.search(self.view.texts[line]) if line is not None else None
        name = prose.title_from_sentence(invited.group(0)) if invited else None
        return name if name and prose.names_event(name) and name.lower() not in prose.GENERIC_NOUNS else None

    def _a_day_of_the_week(self, sentence: prose.ProseMention) -> bool:
        """The sentence's day is a bare weekday of the page's week ("7. bis 13. Oktober" over "Am Mittwoch …")."""
        week = self.view.week_span
        return week is not None and sentence.line >= week[0] and sentence.date.year is None \
            and sentence.date.weekday is not None and sentence.date.end_day is None \
            and bool(d.BARE_WEEKDAY_RE.search(sentence.sentence))

    def reported_event(self, mentions: list[Mention]) -> list[Event]:
        """A report that gives its event no day ("Zu einem ersten Dialogforum sind jetzt über 200
        Teilnehmer nach Freilassing gekommen"): the event it reports, with start null."""
        # the report starts below its headline and below the line that dates the article
        # (a page that opens with its report has no headline above it: a title line below paragraphs is
        # a subheading)
        heading = [line for line in [self.view.title_line()] if line is not None and line < 15
                   and not any(prose.is_paragraph(text) for text in self.view.texts[:line + 1])]
        posted = [m.line for m in mentions if m.kind == "publication" and m.line < 15]
        mention = prose.reported_event(self.view.texts, start=max(posted + heading) + 1 if posted + heading else 0)
        if mention is None:
            return []
        event = self.assembler.event(Block(mention.line, mention.line + 1, mention.line), [], False, None,
                            title_override=mention.title, sentence=mention.sentence, reported=True)
        if event is None:
            return []
        published = self.view.publication_date
        days_before = next((days for cue, days in lex.REPORTED_WHEN if cue.search(mention.sentence)), None)
        if published and days_before is not None and not event.start_partial:
            # "fand letzte Woche … statt" in a release of 2 July 2019: the month is known, the day is not
            event.start_partial = (published - timedelta(days=days_before)).strftime("%Y-%m")
            event.note("start_partial", FROM_PROSE, mention.sentence[:200])
        return [event]

    def event_of_its_one_day(self, mentions: list[Mention]) -> list[Event]:
        """A page about one event that gives one day in its running text and says nothing else of it
        ("Die Jahrestagung … am 12. Mai im Kreishaus"): no sentence names the event in a way the
        readers above know, but the page's headline does, and the one day is the event's."""
        days = {(m.date.day, m.date.month) for m in mentions if m.kind == "other"}
        if len(days) != 1 or any(m.kind in ("event", "deadline") for m in mentions):
            return []
        line = self.view.title_line()
        headline = self.view.texts[line] if line is not None else ""
        if lex.NOT_AN_EVENT_PAGE_RE.search(headline) or lex.NOT_A_HAPPENING_DAY_RE.search(headline):
            return []  # a job advert, an interview, an obituary: its one day is no event's
        if not (prose.names_event(headline) or any(prose.EVENT_NOUN_RE.search(text) for text in self.view.texts[:12])):
            # (not "Prüfungstermine": a date of something, not an event)
            return []
        own = next(m for m in mentions if m.kind == "other")
        text = self.view.texts[own.line]
        sentence = prose.sentence_around(text, own.date.start, own.date.end)
        if lex.NOT_AN_EVENT_SENTENCE_RE.search(sentence) or lex.INTERVIEW_HELD_RE.search(sentence) \
                or lex.NOT_A_HAPPENING_DAY_RE.search(sentence) or lex.BREAK_RE.search(sentence) \
                or lex.AVAILABLE_FROM_RE.search(sentence) \
                or lex.UNTIL_RE.search(text[max(0, own.date.start - 20):own.date.start]) \
                or lex.SINCE_RE.search(text[max(0, own.date.start - 20):own.date.start]) \
                or lex.APPLICATION_DEADLINE_RE.search(text[max(0, own.date.start - 60):own.date.start]) \
                or lex.NOT_AN_EVENT_AFTER_RE.search(text[own.date.end:own.date.end + 80]) \
                or _longer_than_a_quarter(own.date):
            # a decision's day ("Der Stadtrat hat am 24.04.2019 das Bildungsleitbild … beschlossen"), an interview's,
            # a break's ("Das Kinderkino macht vom 1. Juli bis 31. August Sommerpause"),
            # the last day of an offer ("bis zum 30.11. bestellt werden"), a state since ("Seit dem 1. Januar 2018 haben
            # Kinder … einen Anspruch"), a funding period ("vom 1. Januar 2023 bis
            # zum 31. Dezember 2027"), an application's ("Bewerbungsschluss ist der 31. März"), a founding's or a
            # delivery's ("Der neue Konzertflügel … wurde am 3. Dezember geliefert"), a booklet's ("Ab Montag, 10. Januar,
            # ist … das Programmheft … verfügbar")
            return []
        own.kind, own.score = "event", 2
        event = self.assembler.event(Block(0, len(self.view.lines), line), [own], False, None)
        return [event] if event is not None and event.start else []

    def _events_named_without_day(self, events: list[Event]) -> list[Event]:
        """"Das nächste Treffen … findet im Herbst 2024 statt", "wird auch der Bundeskongress …
        auf einen noch unbestimmten Zeitpunkt verschoben": events a page names beside its own,
        with their status and without a day."""
        extra = []
        known = [e.title for e in events]
        dated = any(e.start for e in events)
        for mention in prose.undated_event_sentences(self.view.texts):
            if any(prose.same_name(mention.title, title) for title in known):
                continue
            if dated and not mention.tentative and not mention.status:
                continue  # beside a dated event, a postponement named in passing is context ("nachdem der
                #           Bundeskongress 2020 verschoben werden musste, wird die Bundeskonferenz 2021 …")
            event = Event(title=mention.title, url=self.view.url)
            event.note("title", FROM_PROSE, mention.sentence)
            if mention.tentative:
                event.status, event.date_tentative = TENTATIVE, True
                if mention.year:
                    event.start_partial = str(mention.year)
            else:
                event.status = mention.status or lex.status_of(mention.sentence) or POSTPONED
            event.note("status", FROM_PROSE, mention.sentence)
            town = gazetteer.place_after_preposition(mention.sentence)
            if town:
                event.city = town
                event.note("city", FROM_PROSE, mention.sentence)
            if lex.ONLINE_RE.search(mention.sentence):
                event.online = True
            event.organizer = people.organizer_of_sentence(mention.sentence) or (events[0].organizer if events else None) \
                or self.assembler.page_organizer
            extra.append(event)
            known.append(mention.title)
        return extra

    def _new_days_in_sentence(self, sentence: prose.ProseMention, own: Mention, mentions: list[Mention]) -> list[Mention]:
        """"Der Kongress (20./21. März) wird am 26. November nachgeholt": the other days of a sentence that
        moves its event, for the status reader to tell the old day from the new."""
        if not lex.POSTPONED_RE.search(sentence.sentence):
            return []
        start = self.view.texts[sentence.line].find(sentence.sentence)
        if start < 0:
            return []
        end = start + len(sentence.sentence)
        moved = [m for m in mentions if m is not own and m.line == sentence.line and start <= m.date.start < end
                 and m.kind in ("event", "old")]
        for mention in moved:
            mention.kind = "event"
        return moved

    def _antecedent_title(self, date_line: int | None) -> str | None:
        """The name a generic "der Veranstaltung" in the date's sentence refers back to."""
        if date_line is None:
            return None
        reference = prose.GENERIC_REFERENCE_RE.search(self.view.texts[date_line])
        return prose.antecedent_title(self.view.texts[:date_line + 1], reference.group("head")) if reference else None

    def event_in_headline(self) -> list[Event]:
        """"Bundeskonferenz Bildungsmanagement 2015 stößt auf großes Interesse": a report whose headline's subject
        names one event by its own name (a year, an ordinal, a holder, a motto), and gives it no day."""
        line = self.view.title_line()
        if line is None or line > 3:
            return []
        headline = self.view.texts[line]
        subject = HEADLINE_SUBJECT_RE.fullmatch(headline) if len(headline) <= HEADLINE_BUDGET else None
        name = subject.group("subject") if subject else None
        if not name or not prose.specific_name(name) or prose.plural_event(name) or lex.status_of(headline):
            return []
        event = Event(title=name, url=self.view.url)
        event.note("title", FROM_LABEL, headline)
        event.organizer = self.assembler.page_organizer
        return [event]

    def events_per_place(self, events: list[Event]) -> list[Event]:
        """"Weitere Konferenzen in Mörlenbach, Wald-Michelbach und Bürstadt geplant": one event per
        place, without a day; planned ones are tentative. A place the page's events already have is
        not named again."""
        extra = []
        towns = {e.city for e in events if e.city}
        titles_known = [e.title for e in events]
        for mention in prose.events_per_place(self.view.texts):
            kind = mention.title.rsplit(" in ", 1)[0]
            if mention.place in towns or any(prose.same_name(mention.title, t or "") for t in titles_known if t != kind):
                continue
            event = Event(title=mention.title, url=self.view.url)
            event.note("title", FROM_PROSE, mention.sentence[:200])
            event.city = gazetteer.known_place(mention.place)
            if event.city:
                event.note("city", FROM_PROSE, mention.sentence[:200])
            if mention.planned:
                event.status, event.date_tentative = TENTATIVE, True
            event.note("status", FROM_PROSE, mention.sentence[:200])
            event.organizer = mention.holder or people.organizer_of_sentence(mention.sentence) \
                or (events[0].organizer if events else None) or self.assembler.page_organizer
            event.event_type = classify.classify_type(mention.title)
            extra.append(event)
            towns.add(mention.place)
        return extra

    def institution_rows(self, mentions: list[Mention]) -> list[Event]:
        """A round-up's directory, a row per school or centre: "Burggymnasium, Burgplatz, Innenstadt: Tag der offenen
        Tür am Samstag, 10. November, 10 Uhr." Three rows or more, each led by its own institution and dated once: an
        event each, held by it, named by the kind its row (or the others) names."""
        by_line: dict[int, list[Mention]] = {}
        for mention in mentions[:200]:
            by_line.setdefault(mention.line, []).append(mention)
        rows = []
        for line, own in sorted(by_line.items()):
            text = self.view.texts[line]
            head = INSTITUTION_ROW_RE.match(text) if len(own) == 1 and len(text) <= 250 else None
            if head and own[0].date.start > head.end() and INSTITUTION_WORD_RE.search(head.group("head")):
                kind = prose.EVENT_NOUN_RE.search(text, head.end(), own[0].date.start)
                rows.append((line, own, head.group("head").strip(), kind.group(0) if kind else None))
        if len(rows) < 3 or len({head for _, _, head, _ in rows}) < len(rows):
            return []
        for line, own, head, kind in rows:
            text = self.view.texts[line]
            between = text[INSTITUTION_ROW_RE.match(text).end():own[0].date.start]
            if kind is None and not ROW_ADDRESS_RE.fullmatch(between):
                return []  # (a row of another activity: "Familienzentrum Raum 1: Babymassage am …" — no directory of one kind)
        kinds = [kind for *_, kind in rows if kind]
        common = max(set(kinds), key=kinds.count) if kinds else None
        if common and kinds.count(common) * 2 <= len(rows):
            common = None  # (one "Infoabend" among rows of registration hours names no kind for the others)
        events = []
        for line, own, head, kind in rows:
            name = kind or common
            if not name:
                return []
            # (read as a row, not as a name given from outside: that would send each row over the whole page for its
            # organizer, and the row's institution is its organizer)
            event = self.assembler.event(Block(line, line + 1, line), own, True, None)
            if event is None or not event.start:
                continue
            event.title = prose.of_school(prose.singular(name), head)
            event.provenance["title"] = {"from": FROM_LABEL, "snippet": self.view.texts[line][:200]}
            event.organizer = head
            event.provenance["organizer"] = {"from": FROM_LABEL, "snippet": self.view.texts[line][:200]}
            # the round-up's town: its dateline's, or its heading's ("Gymnasien in Essen") above the rows
            above = self.view.texts[rows[0][0] - 1] if rows[0][0] else ""
            town = self.view.dateline_town or gazetteer.place_after_preposition(self.view.heading_above(line)[:200]) or (
                gazetteer.place_after_preposition(above) if len(above) < 80 else None)
            if not event.city and town:
                event.city = town
                event.note("city", FROM_LABEL, town)
            events.append(event)
        return events if len(events) >= 3 else []
