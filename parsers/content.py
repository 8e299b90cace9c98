"""The page stage: a parsed page as the readers see it (its lines, their labels, the page's own date
and year, its title line) — what the page says about itself, chrome cut off.

`PageView` is the explicit data every later stage reads: segmentation, the date candidates and the
field readers take a view, never the raw page. Its few questions about lines (is this a heading,
is this line only a date, which heading stands above it) are answered here, once.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime
from functools import cached_property

from . import dates as d
from . import lexicon as lex
from . import gazetteer
from .gazetteer import known_place
from . import prose
from . import sitename
from . import structured
from . import titles
from .event import Event
from .labels import label_of
from .page import Line, Page

# A press article or a newsletter: archives of both hold years-old texts whose dates lack a year.
PRESS_URL_RE = re.compile(r"/(?:artikel|article|presse\w*|nachrichten|lokales|regional|(?:aktuelle-)?meldung\w*|"
                          r"newsletter\w*|beitrag)\b|//[^/]*(?:zeitung|presse|-online\.|news|radio|anzeiger|kurier|"
                          r"blatt|bote\.|cleverreach)"
                          # a newspaper's or a magazine's host, its last word ("mannheimer-morgen.de", "pro-magazin.de",
                          # "sachsen-sonntag.de"; not "kita-morgenstern.de", "altes-magazin-lindenau.de")
                          r"|//[^/]*[.-](?:morgen|magazin|rundschau|journal|sonntag)\.[a-z]{2,4}(?:/|$)"
                          r"|//(?:www\.)?(?:tagesspiegel|all-in|tagespost|rundschau)[.-]", re.I)
# an event's or a calendar's own address: not an article, whoever's site it is on
CALENDAR_PATH_RE = re.compile(r"/(?:\w*termine?|veranstaltung\w*|\w*kalender|events?|\w*programm|kurse?|angebote?)(?:/|$|[?#])",
                              re.I)  # (a whole segment: not an article's slug "/sommerferienprogramm-in-der-…/")
# "Pressemitteilungen", "Pressearchiv", "Pressemitteilung vom 09.02.2026" above a headline
PRESS_SECTION_RE = re.compile(r"(?:Presse(?:mitteilung|meldung|archiv|information|dienst)\w*)(?:\s+vom\s+[\d.]+)?\s*$")
NEWS_LIST_URL_RE = re.compile(r"/(?:aktuelles|aktuell|news|neuigkeiten|presse\w*|meldungen|nachrichten|pressemitteilungen)"
                              r"(?:/(?:index\.\w+)?)?(?:[?#].*)?$")
EVENT_LIST_URL_RE = re.compile(r"termin|veranstaltung|kalender|event")
# a section of news teasers, whatever the page's address: "Pressemitteilungen" / "13.10.2026" / headline / teaser …
NEWS_SECTION_RE = re.compile(r"(?:Aktuelles|Aktuelle (?:Meldungen|Nachrichten|Mitteilungen)|Neuigkeiten|News|Nachrichten|"
                             r"Meldungen|Presse|Presse(?:mitteilung|meldung|information)en|Pressearchiv)\s*:?\s*")
# … which ends where a section of dates to come begins (`lex.CALENDAR_HEADING_RE`, or a menu's bare word)
CALENDAR_MENU_WORD_RE = re.compile(r"(?:(?:Aktuelle|Nächste|Kommende|Weitere)\s)?(?:Terminkalender|Kalender|Events|Veranstaltungstipps)")
NEWS_FIRST_POST_LINES = 6  # the first teaser's date follows the section's heading closely …
NEWS_POST_GAP_LINES = 8    # … and each next one its predecessor (date, headline, teaser, "mehr")
TAKES_PART_LINES = 24  # (an institution's own report says near its top that it takes part in another's event)
EVENTS_FIRST_ROW_LINES = 3  # a section of dates to come shows its first day right under its heading
DATE_DASH_LINE_RE = re.compile(r"\d{1,2}\.\s*[A-ZÄÖÜa-zäöü]+\.?\s+\d{4}\s*[-–—]")
# a round-up's headings of one shape (see PageView._sibling_headings): short lines over paragraphs that date their event
# within their first words
SIBLING_HEADING_LINES = 400
SIBLING_HEADING_LONGEST = 90
SIBLING_DAY_REACH = 120
SIBLING_PARAGRAPH_SHORTEST = 90  # the paragraphs above and below such a heading are longer
POSTING_STAMP_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4},?(?:\s+(?P<clock>\d{1,2}:\d{2}))?")
# "23.07.2021 - 12:08 Uhr": a stamp whose minute no event starts at, whatever stands between day and clock
ODD_MINUTE_STAMP_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}(?:,|\s+[-–|])?\s+\d{1,2}:(?P<minute>\d[1-46-9])(?:\s*Uhr)?")
# "00:01 14.10.2016": a paper's stamp, its clock before its day, alone on its line under the headline
CLOCK_FIRST_STAMP_RE = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d\d")
# … and with its "Uhr" and a bar between: "12:15 Uhr | 12.08.2024" (a list's rows have this shape too)
CLOCK_UHR_FIRST_STAMP_RE = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s+Uhr(?:\s+[|·–]|,)?\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d\d")
PRESS_HEADLINE_DATE_RE = re.compile(r"[A-Za-zäöüß]{3}.*\(\d{1,2}\.\d{1,2}\.\d{4}\)\s*$")
# a year, not a count: "rund 2000 Quadratmeter", "über 1900 Besucher"
YEAR_RE = re.compile(r"(?<!\d)(?<!rund )(?<!etwa )(?<!über )(?<!ca\. )(?<!fast )(?<!knapp )(?:19|20)\d\d(?!\d)"
                     r"(?!\s*(?:Quadratmeter|m²|qm|Euro|€|Besucher|Teilnehm|Menschen|Kinder|Schüler|Personen|Gäste|"
                     r"Mitglieder|Exemplare|Kilometer|km|Meter|Stunden|Minuten|Plätze|Betriebe|Unternehmen|Aussteller|"
                     # ("einer Zahl von 2050 Bewerbern noch 2417 Stellen", "2162 offene Stellen": the agency's counts)
                     r"Bewerber|(?:[a-zäöüß]+e\s+)?Stellen\b|(?:[a-zäöüß]+e\s+)?Ausbildungs|Einwohner|Fälle|Anträge|Anmeldungen))")
DATE_ONLY_LONGEST = 400  # a line of dates alone ("Dienstag, 12. März 2027, 10:00 – 12:00 Uhr") is short
OLDEST_PAGE_YEAR = 1995  # the field's web pages are younger
LOOKS_AHEAD_LINES = 200  # (a save-the-date says so near its top)
SCHOOL_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?/\s?((?:19|20)?\d\d)(?!\d)")
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/")
# a day run together in an article's slug: "…/35449-pub-04022017a" (4 February 2017), "…/pm-20170204-…"
URL_GLUED_DATE_RE = re.compile(r"(?i:pub|pm|presse\w*|artikel|news|meldung|beitrag|mitteilung|aktuell\w*)[-_]"
                               r"(?:(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>20[0-3]\d)|(?P<y2>20[0-3]\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d))"
                               r"(?!\d)[a-z]?(?:[-_/]|\.html?\b|$)")  # (not a ticket's id, not "bild_20180305.jpg")
# "1. Ferientipp für Jäger und Sammler: …", "2. Für Kreative: …": a round-up's numbered section
NUMBERED_HEADING_RE = re.compile(lex.NUMBERED_TIP_LEAD + r"[A-ZÄÖÜ„\"]")  # (also "Tipp 1: Für Dino-Fans – …")
NUMBERED_HEADING_LINES = 400

WEB_OR_PHONE_LINE_RE = re.compile(r"(?:https?://|www\.)\S+|(?:Tel(?:efon)?\.?:?\s*)?[\d\s()/+-]{6,}")
ORDINAL_NAME_RE = re.compile(r"\s*\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöüß]{2,}")  # "20. Jukebox", "3. Bildungskonferenz"
# a press office's slug led by the day it was posted, two digits each: "/pressemeldungen/241118-21-bundesweiter-vorlesetag"
URL_SHORT_DAY_SLUG_RE = re.compile(r"/(?P<y>[12]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])-[a-z0-9]")
URL_DAY_SEGMENT_RE = re.compile(r"/(?P<y>20[0-3]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)/")  # a newspaper kiosk's /20240319/
# a news section's slug led by the day it was posted: "/aktuelles/20191114_elternabend.html"
URL_NEWS_DAY_SLUG_RE = re.compile(r"/(?:aktuell\w*|news|presse\w*|meldungen|nachrichten)/(?P<y>20[0-3]\d)(?P<m>[01]\d)"
                                  r"(?P<d>[0-3]\d)[-_][a-z]", re.I)
URL_SLUG_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)-[a-z]")
URL_SCHOOL_YEAR_RE = re.compile(r"(?<!\d)(?<!\d[.-])(20[0-3]\d)[-_](\d\d|20[0-3]\d)(?!\d|[.-]\d)")  # (not a day "2021-03-22")
URL_YEAR_RE = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")
HEX_ID_RE = re.compile(r"[0-9a-z]*[0-9][0-9a-z]*[a-z][0-9a-z]*")


# a day told as another time's than its siblings': "beim letzten Sommerfest am 6. Juli", "das nächste … am 5. Juli"
OTHER_TIME_BEFORE_RE = re.compile(r"\b(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|nächste[nmrs]?|kommende[nmrs]?)\b")
SIBLINGS_READ = 12  # the days of one line read as siblings: a newsletter's sentence names a few
SIBLING_DAYS_APART = 183  # how far a line's day may lie from a sibling whose year the page writes, in that year


def url_years(url: str | None) -> list[int]:
    """The years a URL writes ("/presse/2026/…", "fachtag-2025b2"), not the digits of an id ("…/autowert-cmx63919a2011e1c":
    a token of ten letters and digits or more, six digits of them at least, is an id)."""
    url = url or ""
    years = []
    for match in URL_YEAR_RE.finditer(url):
        start = max(url.rfind(c, 0, match.start()) for c in "/-_.?=&") + 1
        ends = [i for i in (url.find(c, match.end()) for c in "/-_.?=&") if i >= 0]
        token = url[start:min(ends) if ends else len(url)].lower()
        if len(token) >= 10 and sum(c.isdigit() for c in token) >= 6 and HEX_ID_RE.fullmatch(token):
            continue
        years.append(int(match.group(1)))
    return years
TIME_ONLY_LINE_RE = re.compile(r"^[,\s|–-]*(?:\d{1,2}[:.]\d{2}|\d{1,2})\s*(?:Uhr)?\s*(?:[–—-]|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr)?\s*$")


# a byline's day: ", 23.08.2010", "Von Karin Beispiel, 23.08.2010, 14:05 Uhr" (a comma before a day is no event's)
# (", 23.08.2010" below "von Karin Beispiel"; "Von Karin Beispiel 28.08.2015, 07:10" on one line)
BYLINE_DATE_RE = re.compile(r"(?:(?:[Vv]on|[Aa]utor(?:in)?:?)\s+[^,\d]{3,60}?(?:,\s*|\s+)|,\s*"
                            # a paper's byline in capitals: "MICHAEL BRENDEL 10.11.2013"
                            r"|[A-ZÄÖÜ]{2,}(?:[\s-][A-ZÄÖÜ]{2,}){1,2}\s+)\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
                            r"(?:\s*,?\s*\d{1,2}:\d{2}(?:\s*Uhr)?)?")
TOWN_NAMED_OFTEN = 2  # how often a page names the one town its events are in, where nothing else says
TOWN_COUNT_CHARS = 20_000  # how much of each line the count of its towns reads
POSTING_DATE_LINES = 15  # how far down, past a site's menu words, a post's date may stand above its headline


TURN_OF_YEAR_DAYS = 120  # a step back of more than four months in a calendar's rows is the next year's
FORWARD_RUN_GAP = 3  # lines between a calendar's rows (a season's heading, a note) that still keep them one run


# a row's hour right after its day: "26.08.2025 ab 18:00 Uhr", "12.03.2027, 19 Uhr"
ROW_HOUR_AFTER_DAY_RE = re.compile(r"\s*[,|–-]?\s*(?:ab|um|von)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|h)?\b(?:\s*[–-]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr)?)?\s*$")
WEEK_SPAN_SHORTEST, WEEK_SPAN_LONGEST = 3, 7  # days a week of action spans, each weekday once
# what the sentence of a programme's week says of it: "einen bunten Mix von Veranstaltungen", "neun Programmpunkte",
# "die Woche der Wiederbelebung", "Seniorentage", "Aktionen"
WEEK_OF_PROGRAMME_RE = re.compile(r"(?i:programm|veranstaltungen|aktionen|angebote)|[Ww]oche\b|[a-zäöüß]woche\b|[a-zäöüß]tage\b")
# "Von Montag bis Sonntag können Sie …": a week's weekdays from its first day to its last, said right after its span
WEEKDAYS_FROM_TO_RE = re.compile(rf"\b[Vv]on\s+(?P<first>{d.WEEKDAY_NAME})\s+bis\s+(?:(?:einschließlich|zum)\s+)?(?P<last>{d.WEEKDAY_NAME})\b")
WEEKDAYS_SAID_REACH = 160  # characters after the span: its own sentence or the next
# … and what makes it another kind of week: a closure, a holiday, a registration, a collection
NOT_A_PROGRAMME_WEEK_RE = re.compile(r"(?i:geschlossen|schließ|ferien\s+dauern|anmeld|bewerb|gesperrt|sammel|sammlung|"
                                     r"urlaub|möglich)")


def _days_after(span: d.DateMention, day: d.DateMention) -> int:
    """How many days `day` lies after the span's first day (both in a leap year, a year-end span across it)."""
    try:
        return (date(d.LEAP_YEAR, day.month, day.day) - date(d.LEAP_YEAR, span.month, span.day)).days % 366
    except ValueError:
        return -1


class PageView:
    """A page's lines with their labels, its reference date for dates without a year, its year
    from the URL, its schema.org events, its publication lines and its title line."""

    @cached_property
    def made_up_later(self) -> bool:
        """Whether the page says an event is made up on a later day ("… daher am Dienstag, dem 23.1.2024 nachholen!")."""
        # (with the day it is made up on, in the same sentence: not "Wir informieren Sie rechtzeitig über einen
        # Ersatztermin", nor "… die für den 5. Mai geplante Reihe … abgesagt; ein Ersatztermin wird bekanntgegeben")
        for text in self.texts[:200]:
            for said in lex.MADE_UP_LATER_RE.finditer(text):
                before = re.split(r"(?<=[a-zäöüß]{2})[.!?;]\s", text[max(0, said.start() - 120):said.start()])[-1]
                after = re.split(r"(?<=[a-zäöüß]{2})[.!?;]\s", text[said.end():said.end() + 60])[0]
                if d.find_dates(before + said.group(0) + after) and not lex.status_of(before + after):
                    return True
        return False

    @cached_property
    def dates_on_page(self) -> list[d.DateMention]:
        """Every date the page's first 2,000 lines write, read once for the page-wide readings below."""
        return [mention for _, mention in self._dates_by_line]

    @cached_property
    def _dates_of_line(self) -> dict[int, list[d.DateMention]]:
        lines: dict[int, list[d.DateMention]] = {}
        for index, mention in self._dates_by_line:
            lines.setdefault(index, []).append(mention)
        return lines

    @cached_property
    def _dates_by_line(self) -> list[tuple[int, d.DateMention]]:
        return [(index, mention) for index, text in enumerate(self.texts[:2000]) if d.MAYBE_DATE(text)
                for mention in d.find_dates(text)]

    @cached_property
    def week_span(self) -> tuple[int, d.DateMention, date] | None:
        """(line, span, its first day) of the one week a programme's article spans ("vom 25. September bis zum
        1. Oktober"): its bare weekdays below ("Am Montag sind um 10 Uhr …") are that week's days. The first day is
        given in a year whose weekdays are the page's: the span's own, the one a day the page writes with its
        weekday inside the span fits ("Sonntag, 25. September"), or the article's. None for a page of several
        spans or none, or a week whose weekdays nothing pins."""
        spans = [(index, m) for index, m in self._dates_by_line if m.end_day and m.end_month in (None, m.month, m.month % 12 + 1)]
        # (the headline's "7. bis 13. Oktober: …" and the text's "in der Woche vom 7. bis zum 13. Oktober" are one week)
        if len({m.days_named for _, m in spans}) != 1 \
                or len({m.year or m.end_year for _, m in spans} - {None}) > 1:
            return None
        index, span = next(((i, m) for i, m in spans if m.year or m.end_year), spans[0])
        length = d.span_days(span)
        if length is None or not WEEK_SPAN_SHORTEST <= length <= WEEK_SPAN_LONGEST:
            return None
        sentences = [prose.sentence_around(self.texts[i], m.start, m.end) for i, m in spans]
        headline = self.texts[self.title_line()] if self.title_line() is not None else ""
        if not any(WEEK_OF_PROGRAMME_RE.search(text) for text in sentences + [headline]) \
                or any(NOT_A_PROGRAMME_WEEK_RE.search(sentence) for sentence in sentences):
            return None  # (a holiday, a closure, a registration period, one course's days: no programme's week)
        year = next((m.year or m.end_year for _, m in spans if m.year or m.end_year), None)
        if span.weekday is not None:
            year = d.year_of_weekday(span.day, span.month, span.weekday, year or d.LEAP_YEAR)
        elif year is None:
            inside = next((m for m in self.dates_on_page if m.weekday is not None and m.end_day is None
                           and 0 <= _days_after(span, m) < length), None)
            first_weekday = self._first_weekday_said(spans, length) if inside is None else None
            if inside is not None:
                year = d.year_of_weekday(inside.day, inside.month, inside.weekday, d.LEAP_YEAR)
            elif first_weekday is not None:
                # "in der Woche vom 7. bis zum 13. Oktober … Von Montag bis Sonntag …": the week's first day is a Monday
                near = self.publication_date.year if self.publication_date is not None else d.LEAP_YEAR
                year = d.year_of_weekday(span.day, span.month, first_weekday, near)
            elif self.publication_date is not None:
                year = self.publication_date.year
        if year is None:
            return None
        try:
            return index, span, date(year, span.month, span.day)
        except ValueError:
            return None

    def _first_weekday_said(self, spans: list[tuple[int, d.DateMention]], length: int) -> int | None:
        """The weekday a week's first day falls on, where the words right after one of its spans give its weekdays
        from first to last ("… vom 7. bis zum 13. Oktober hier bei uns! Von Montag bis Sonntag können Sie …") and
        they are as many as its days."""
        for index, span in spans:
            # (its own line's rest, or the next line's start: "… vom 21. bis zum 27. September öffnet …" / "Von Montag bis
            # Sonntag können Sie …")
            after = self.texts[index][span.end:span.end + WEEKDAYS_SAID_REACH]
            if index + 1 < len(self.texts) and len(after) < WEEKDAYS_SAID_REACH:
                after = f"{after} {self.texts[index + 1][:WEEKDAYS_SAID_REACH - len(after)]}"
            match = WEEKDAYS_FROM_TO_RE.search(after)
            if match:
                first, last = d.WEEKDAYS[match.group("first").lower()], d.WEEKDAYS[match.group("last").lower()]
                if (last - first) % 7 + 1 == length:
                    return first
        return None

    @cached_property
    def title_line_names_event(self) -> bool:
        """The title line names an event (read once: a page's one long line carries all its dates)."""
        line = self.title_line()
        return line is not None and bool(lex.EVENT_TITLE_WORD_RE.search(self.texts[line]))

    @cached_property
    def dated_days(self) -> list[tuple[int, date]]:
        """(line, day) for every day the page's first 2,000 lines write with its year, in page order."""
        found = []
        for index, mention in self._dates_by_line:
            if mention.year:
                try:
                    found.append((index, date(mention.year, mention.month, mention.day)))
                except ValueError:
                    continue
        return found

    def written_year_on_weekday(self, line: int, day: int, month: int, weekday: int) -> int | None:
        """"Anmeldung vom 4. bis 8. November 2019 … Infoabend am Montag, 7. Oktober": of the years the page writes out
        beside the day (two lines either side), the one in which the day falls on its weekday (weekdays repeat every few
        years; the year nearest the crawl is another page's). A page's "Stand:", a founding or an opening is no such
        year."""
        years = set()
        window = self._dates_by_line[bisect_left(self._date_lines, line - 2):bisect_right(self._date_lines, line + 2)]
        for index, mention in window:  # (by bisection: a page of thousands of dates asks once per weekday date)
            if mention.year:
                text = self.texts[index]
                if not re.search(r"\b(?:Stand|seit|Seit)\b[:\s]*$", text[max(0, mention.start - 12):mention.start]) \
                        and not lex.NOT_AN_EVENT_AFTER_RE.search(text[mention.end:mention.end + 80]):
                    years.add(mention.year)
        fits = d.years_on_weekday(day, month, weekday, sorted(years))
        return fits[0] if len(fits) == 1 else None

    @cached_property
    def _date_lines(self) -> list[int]:
        return [index for index, _ in self._dates_by_line]

    @cached_property
    def _dated_day_lines(self) -> list[int]:
        return [index for index, _ in self.dated_days]

    @cached_property
    def years_of_wrapped_runs(self) -> dict[tuple[int, int, int], int]:
        """(line, day, month) -> year for the days of a programme that runs across New Year and gives its year only at
        the end: "am 11. Oktober" … "Am 8. November" … "am 13. Dezember" … "am 10. Januar 2019" are autumn 2018 (a
        school's open days listed by school, not by day, too). A run is two days or more of August to December without
        a year, right before a day of January to March with its year."""
        years: dict[tuple[int, int, int], int] = {}
        run: list[tuple[int, d.DateMention]] = []
        for index, mention in self._dates_by_line:
            if not (mention.day and mention.month):
                continue
            if mention.year is None:
                run = run + [(index, mention)] if mention.month >= 8 else []
                continue
            first_line, first = run[0] if run else (0, None)
            if len(run) >= 2 and mention.month <= 3 and not any(str(mention.year) in text for text in (
                    self.texts[:first_line] + [self.texts[first_line][:first.start]])):
                # (a run after "Jahresprogramm 2027" or "im Schuljahr 2027/28" is of that year)
                for line, undated in run:
                    years[(line, undated.day, undated.month)] = mention.year - 1
            run = []
        return years

    @cached_property
    def years_of_forward_runs(self) -> dict[tuple[int, int, int], int]:
        """(line, day, month) -> year for a calendar's rows that give no year below a row that does, in order:
        "30.09.2025: Elternabend" / "28.10.: Laternenfest" / "5.12.: Nikolausfeier" / "27.1.: Faschingsfeier" run on
        from September 2025 and into 2026 where a month comes round again. A run that would turn the year twice is no
        calendar in order (an archive, newest first) and dates nothing."""
        years: dict[tuple[int, int, int], int] = {}
        run: dict[tuple[int, int, int], int] = {}
        year = last = None
        turns = backwards = 0
        previous_line = -10

        def close() -> None:
            # (a row or two out of order, "8.12." before "5.12.", is a calendar still; mostly backwards, an archive)
            if turns <= 1 and backwards * 2 <= len(run):
                years.update(run)

        for index, mention in self._dates_by_line:
            if mention.start > 2:
                continue  # (a date inside a row's text neither starts nor breaks the run)
            if not (mention.day and mention.month) or index - previous_line > FORWARD_RUN_GAP or mention.year:
                close()
                run, turns, backwards = {}, 0, 0
                year, last = (mention.year, (mention.month, mention.day)) if mention.year and mention.month \
                    and mention.day else (None, None)
                previous_line = index
                continue
            previous_line = index
            if year is None:
                continue
            back = (last[0] - mention.month) * 31 + last[1] - mention.day
            if back > TURN_OF_YEAR_DAYS:
                year += 1  # the calendar has turned the year ("15.12." … "27.1.")
                turns += 1
            elif back > 0:
                backwards += 1
            last = (mention.month, mention.day)
            run[(index, mention.day, mention.month)] = year
        close()
        return years

    def written_years_of_line(self, line: int) -> set[int]:
        """The years a line writes out in its dates, read once per line (a line of thousands of days is asked once
        per day)."""
        cache = self.__dict__.setdefault("_written_years_of_line", {})
        if line not in cache:
            cache[line] = {m.year for m in d.find_dates(self.texts[line]) if m.year}
        return cache[line]

    def year_between(self, line: int, month: int, day: int) -> int | None:
        """"Freitag, 10. November 2017" … "am 25. November" … "Am 24. Februar 2018": a day without a year
        between two days the page dates in order takes the one year that keeps that order."""
        lines = self._dated_day_lines  # (by bisection: a page of thousands of days asks once per day)
        below, above = bisect_left(lines, line), bisect_right(lines, line)
        if below == 0 or above >= len(lines):
            return None
        low, high = self.dated_days[below - 1][1], self.dated_days[above][1]
        if low > high or high.year - low.year > 1:
            return None  # (a founding in 2020 and a page stamp of 2027 bound nothing)
        fits = set()
        for year in {low.year, high.year}:
            try:
                if low <= date(year, month, day) <= high:
                    fits.add(year)
            except ValueError:
                continue
        return fits.pop() if len(fits) == 1 else None

    @cached_property
    def years_of_days(self) -> dict[tuple[int, int], int]:
        """(day, month) -> year for every day the page dates with a single year somewhere: the
        headline's "am 26. & 27. April" is the text's "26.04.2023"."""
        seen: dict[tuple[int, int], set[int]] = {}
        for mention in self.dates_on_page:
            if mention.year and not (self.jubilee_year and mention.year < self.jubilee_year - 1):
                # (not the day a jubilee counts from: "am 1. Mai 1989 übergeben" is no year of "am 1. Mai geplant")
                seen.setdefault((mention.day, mention.month), set()).add(mention.year)
        return {day: years.pop() for day, years in seen.items() if len(years) == 1}

    def year_of_siblings(self, line: int, day: int, month: int) -> int | None:
        """"… laden am 16. Oktober zur Demokratiekonferenz … am 24. Oktober … am 8. November …" with "am 16.10.2018" further
        down: a line's days without a year take the one year the page writes for another of them, where the day lies
        within half a year of it."""
        on_line = self._dates_of_line.get(line, ())
        if len(on_line) > SIBLINGS_READ:
            return None  # (a line of hundreds of days is a table or a feed, no sentence of siblings)
        text = self.texts[line]
        own = next((m for m in on_line if (m.day, m.month) == (day, month)), None)
        if own is not None and OTHER_TIME_BEFORE_RE.search(text, max(0, own.start - 60), own.start):
            return None  # ("beim letzten Sommerfest am 6. Juli …, das nächste Sommerfest feiern wir am 5. Juli")
        years = set()
        for mention in on_line:
            year = self.years_of_days.get((mention.day, mention.month)) if mention.year is None else None
            if year and OTHER_TIME_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start):
                continue  # (a day the line tells as past or next is of another year than its siblings)
            if year and (mention.day, mention.month) != (day, month):
                # (a day the line names after its sibling and earlier in the calendar is the next year's: "am 28.
                # November zum Adventsbasar … und am 9. Januar zum Neujahrsempfang")
                after = own is not None and own.start > mention.start and (month, day) < (mention.month, mention.day)
                year_of_day = year + 1 if after else year
                try:
                    apart = abs((date(year_of_day, month, day) - date(year, mention.month, mention.day)).days)
                except ValueError:
                    continue
                if apart <= SIBLING_DAYS_APART:
                    years.add(year_of_day)
        return years.pop() if len(years) == 1 else None

    @cached_property
    def weekdays_of_days(self) -> dict[tuple[int, int], int]:
        """(day, month) -> weekday for every day the page names by its weekday, without a year: the headline's
        "am 14. März" is the text's "Samstag, 14. März", and the weekday pins the year of both."""
        seen: dict[tuple[int, int], set[int]] = {}
        for mention in self.dates_on_page:
            if mention.year is None and mention.weekday is not None and not mention.weekday_shared:
                seen.setdefault((mention.day, mention.month), set()).add(mention.weekday)
        return {day: weekdays.pop() for day, weekdays in seen.items() if len(weekdays) == 1}

    @cached_property
    def days_of_weekdays(self) -> dict[int, d.DateMention]:
        """weekday -> the one day the page writes out with that weekday ("Freitag, 20. September"): a bare "am Freitag"
        elsewhere on the page is that day, whatever the article's date (a teaser's "Treffpunkt ist am Freitag ab
        18 Uhr" above "am Freitag, 20. September")."""
        first: dict[int, d.DateMention] = {}
        days: dict[int, set[tuple[int, int, int | None]]] = {}
        for mention in self.dates_on_page:
            if mention.weekday is not None and mention.end_day is None:
                first.setdefault(mention.weekday, mention)
                days.setdefault(mention.weekday, set()).add((mention.day, mention.month, mention.year))
        return {weekday: first[weekday] for weekday, written in days.items() if len(written) == 1}

    @cached_property
    def announced_year(self) -> int | None:
        """The publication year of an article that announces and reports nothing ("Das Jahresprogramm 2025 … ist
        erschienen" in January 2025) and writes that year and no other: its bare days later in the year ("16. bis 21. August")
        lie in that year, not in the nearer August before it. (A report's "Am 10. Dezember fand …" in January lies
        in the December before.)"""
        if self.publication_date is None:
            return None
        # (the year written out, not only in the address: a January's "Schulnachrichten" that look back on "unser
        # Adventskonzert am 18. Dezember" write none; nor a report told in the past, "besuchte", "war ein Erfolg")
        if self._written_years != {self.publication_date.year} or self._tells_of_the_past:
            return None
        return self.publication_date.year

    @cached_property
    def _written_years(self) -> set[int]:
        """Every year the page's text writes out (read once for the announced years above and below)."""
        return {int(y) for t in self.texts for y in YEAR_RE.findall(t)}

    @cached_property
    def _tells_of_the_past(self) -> bool:
        """Whether the text reports ("besuchte", "war ein Erfolg", "fand … statt")."""
        return any(lex.PAST_REPORT_RE.search(t) or prose.TOLD_IN_THE_PAST_RE.search(t) for t in self.texts)

    @cached_property
    def announced_next_year(self) -> int | None:
        """The year after an announcing article's, when it writes that year and no other but its own ("Musterau, 5.
        Dezember 2026 – Auch in den Herbstferien 2027 wird es bunt"): its bare days that lie before the article's day in
        its own year ("am 2. November und 3. November") are that coming year's, not the past weeks'."""
        if self.publication_date is None:
            return None
        if self._written_years - {self.publication_date.year} != {self.publication_date.year + 1} or self._tells_of_the_past:
            return None
        return self.publication_date.year + 1

    @cached_property
    def weekday_year(self) -> int | None:
        """The year nearest the reference in which every day the page names by its weekday, without a year,
        falls on that weekday: a list's rows share their year ("Donnerstag, 23. November" … "Dienstag,
        12. Dezember"), where each row alone would take the year nearest to it."""
        return self._weekday_consensus[0]

    @cached_property
    def weekday_typos(self) -> frozenset[tuple[int, int, int]]:
        """(day, month, weekday) of the one row of a list whose weekday no year shares with its two or more
        fellows: "Dienstag, 12. März" among rows of 2027 (a Friday then) is a slip of the weekday, not a row of 2024."""
        return self._weekday_consensus[1]

    @cached_property
    def _weekday_consensus(self) -> tuple[int | None, frozenset[tuple[int, int, int]]]:
        days = {(m.day, m.month, m.weekday) for m in self.dates_on_page if m.year is None and m.weekday is not None}
        if len(days) < 2 or self.reference is None:
            return None, frozenset()  # (an undated article: its year stays open)
        window = range(self.reference.year - 6, self.reference.year + 3)
        fits = {day: {year for year in d.years_on_weekday(day[0], day[1], day[2], window)
                      if (date(year, day[1], day[0]) - self.reference).days <= self.days_ahead} for day in days}
        nearest = lambda years: min(years, key=lambda year: (abs(year - self.reference.year), -year))  # noqa: E731
        shared = set(window).intersection(*fits.values())
        if shared:
            return nearest(shared), frozenset()
        if len(days) < 3:
            return None, frozenset()  # (two rows that disagree: which one slipped is not known)
        readings = []
        for odd in sorted(days):
            rest = set(window).intersection(*(years for day, years in fits.items() if day != odd))
            # (a row whose weekday fits the year before or after its fellows' is a row across New Year, "Donnerstag,
            # 10. Dezember" over rows of January, or a report beside coming days: no slip)
            if rest and not any(abs(year - nearest(rest)) <= 1 for year in fits[odd]):
                readings.append((nearest(rest), odd))
        # (one reading only: two rows out of line, or a slip that could be either of two rows, leave every row to its
        # own weekday)
        return (readings[0][0], frozenset({readings[0][1]})) if len(readings) == 1 else (None, frozenset())

    @cached_property
    def days_ahead(self) -> int:
        """How far after the reference a day the page names by its weekday alone may lie: about a year when the
        reference is only the crawl and the page writes no year at all (it tells nothing of its own time), a year and
        a half when such a page says it looks ahead (a save-the-date), else two."""
        if not (self.undated and self.reference is not None and self.reference == self.crawl_date):
            return d.MAX_DAYS_AHEAD  # (not "Jahresprogramm 2028 … Dienstag, 14. November": the page writes its year)
        looks_ahead = any(lex.LOOKS_AHEAD_RE.search(text) for text in self.texts[:LOOKS_AHEAD_LINES])
        return d.SAVE_THE_DATE_DAYS_AHEAD if looks_ahead else d.CRAWL_DAYS_AHEAD

    @cached_property
    def first_weekday_day(self) -> date | None:
        """The earliest day the page pins by its weekday alone (all such days sharing one year), on a page that
        writes no year: "Am Donnerstag, 13. März …" tells which March its "27. März" and "10. April" are."""
        if self.reference is None or not (self.undated or self.written_after):
            return None  # (or a page whose only years lie behind it: "aus seiner 2020 erschienenen Biographie")
        days = {(m.month, m.day, m.weekday) for m in self.dates_on_page if m.weekday is not None}
        if len(days) == 1:
            (month, day, weekday), = days
            year = d.infer_year(day, month, weekday, self.reference, None, days_ahead=self.days_ahead)
        else:
            year = self.weekday_year
        return min(date(year, month, day) for month, day, _ in days) if year and days else None

    def __init__(self, page: Page, *, url: str | None, reference_date: date | None):
        self.page = page
        self.url = url
        self.crawl_date = reference_date
        self.lines = _without_related_items(page.lines)
        self.texts = [line.text for line in self.lines]
        self.labels = [label_of(text) for text in self.texts]
        self.jubilee_year: int | None = None  # (set below for an undated page that counts its jubilee's years)
        self._reclassify_publication_dates(reference_date)
        path = (url or "").lower()
        # a news list ("/aktuelles/", "/presse/", "/news"): its items' dates are posting days; a
        # "Termine"/"Veranstaltungen" list is not one, whatever its URL's other parts say
        self.lists_news = bool(NEWS_LIST_URL_RE.search(path)) and not EVENT_LIST_URL_RE.search(path)
        self.publication_lines = {t.line_index for t in page.time_elements if t.publication}
        posted = self._posting_date_line()
        if posted is not None:
            self.publication_lines.add(posted)
        # (the day unknown for a text export's month stamp, "date 2022-01", that no line dates: its "am Samstag" is no day)
        self.publication_date, self.publication_day_known = self._publication_date()
        self.reference = self.publication_date or self.crawl_date
        # the earliest day an undated page can have been written on, when its own years tell that much
        self.written_after: date | None = None
        self.undated = undated = not self.publication_date and not url_years(url) \
            and not any(int(y.group(0)) >= OLDEST_PAGE_YEAR for t in self.texts for y in YEAR_RE.finditer(t))
        # the years a page without any year of its own was written in, if it names a programme that ran then
        self.era = lex.programme_years(self.texts[:200]) if undated else None
        # (a page whose one year is its house's founding, "2002 eröffnet", counts its jubilee from it too: the year it
        # names is no day of the page's)
        jubilee = prose.jubilee_year(self.texts[:200]) if reference_date and not self.publication_date \
            and not url_years(url) else None
        self.jubilee_year = jubilee if jubilee and jubilee <= reference_date.year else None
        if self.jubilee_year:
            # "feiert in diesem Jahr ihr 20-jähriges Jubiläum" and "am 1. Mai 1989 … übergeben": the page
            # was written in 2009, and its "am 20. April" lies in that year
            self.reference = date(self.jubilee_year, 1, 1)
        elif undated and (self.reads_like_press() or self._reports_a_day_in_the_past()):
            # a newspaper article with no year anywhere may be years old: "am 5. September" gets no
            # year from the crawl date (an article of 2013 would become an event of 2027); so may a
            # page that reports "Vom 21.-22. März haben sich … getroffen": its "nächste Treffen …
            # am 19. September" lies in that unknown year too
            self.reference = None
        elif not self.publication_date and not url_years(url) and self.crawl_date:
            # an undated page that speaks of years before the crawl ("ab Juli 2024"): its dates
            # without a year are read from the earliest of them on, not from the crawl date
            # "Lehrplan für 2022/2023": a school year or semester starts in the autumn of its first year
            school_year = lambda m: d.school_year_pair(m.group(1), m.group(2))
            autumns = [int(m.group(1)) for t in self.texts for m in SCHOOL_YEAR_RE.finditer(t) if school_year(m)]
            # (a year of history, "die Pogrome, die im Jahr 1938 …", is not when a web page was written)
            years = [int(y) for t in self.texts for y in YEAR_RE.findall(t) if int(y) >= OLDEST_PAGE_YEAR]
            others = [int(y) for t in self.texts
                      for y in YEAR_RE.findall(SCHOOL_YEAR_RE.sub(lambda m: "" if school_year(m) else m.group(0), t))
                      if int(y) >= OLDEST_PAGE_YEAR]
            plain, autumn = max(others, default=0), max(autumns, default=0)
            # "MINTmachtage 2024 … am 18. Juni 2024" beside "das Schulprogramm 2024/2025": a day of that spring makes
            # the page one of the plain year, not of the school year it announces
            spring = bool(autumns) and autumn == plain and any(m.year == plain and m.month < 8 for m in self.dates_on_page)
            # "Was 2015 mit dem Einstieg … begann", "seit 2015": a year the page speaks of as past
            past = [int(m.group("y1") or m.group("y2")) for t in self.texts for m in lex.PAST_YEAR_RE.finditer(t)]
            if autumns and autumn >= plain and not spring and autumn < self.crawl_date.year:
                self.reference = date(autumn, 8, 1)
            elif years and past and set(years) <= set(past) and not autumns \
                    and not any(m.weekday is not None for m in self.dates_on_page):
                # "ein Literaturfestival, das seit 2009 … veranstaltet wird": the only year the page names lies before it
                # was written, by how much it does not say, and no weekday pins it; its "Vom 5. bis 8. Mai" gets no year
                # (with "Am Dienstag, 23. Mai" the weekday's first fitting year after it does)
                self.reference = None
            elif years and max(years) < self.crawl_date.year:
                self.reference = date(plain if spring else max(years), 1, 1)
            if past and max(past + years) < self.crawl_date.year:
                self.written_after = date(max(past + years), 1, 1)  # ("seit 2015 … Im Jahr 2023 kamen …": 2023 on)
        url_year = url_years(url)
        self.url_year = url_year[-1] if url_year else None
        if self.url_year and self.publication_date and self.publication_date.year == self.url_year:
            # "/presse/2026/195-…" with "Pressemitteilung … vom 28.10.2026": the archive's year is when the
            # release was published; its "21. und 22. April" is the next April after that
            self.url_year = None
        school_year = URL_SCHOOL_YEAR_RE.search(url or "")
        if school_year and d.school_year_pair(school_year.group(1), school_year.group(2)) \
                and not self.publication_date:
            # "…/2014-15-aktionen/…": a school year's page; its "23. April" is in the spring of the second year
            self.url_year = None
            self.reference = date(int(school_year.group(1)), 8, 1)
        self.structured = structured.events(page, url) if page.is_html else []

    def _reclassify_publication_dates(self, crawl_date: date | None) -> None:
        """A date marked up as a publication date is the event's date after all when a time range
        follows it (", 09:30 – 12:30") or when it lies after the crawl: nothing is published in the
        future. Several CMS themes put the event date into their news-date element."""
        for element in self.page.time_elements:
            if not element.publication:
                continue
            line = self.texts[element.line_index] if element.line_index < len(self.texts) else ""
            day = iso_date(element.value)
            time = d.find_time(line)
            if (time is not None and time.end is not None) or (day and crawl_date and day > crawl_date):
                element.publication = False
                element.event_hint = True

    def _after_crawl(self, text: str, by_years: bool = True) -> bool:
        """The line's first day lies years after the day the page was read (a clock set wrong by weeks is no reason to
        doubt a stamp; "1. Januar 2060" is no day anything was posted on); with `by_years` false, any day after it."""
        found = d.find_dates(text)
        day = _date_or_none(found[0].year, found[0].month, found[0].day) if found and found[0].year else None
        if not (day and self.crawl_date):
            return False
        return day.year > self.crawl_date.year + 1 if by_years else day > self.crawl_date

    def _posting_date_line(self) -> int | None:
        """"01.07.2021" alone above a text page's headline: when the article was posted, not an
        event (an event's date above its title comes with a time, a weekday or a place)."""
        if self.page.is_html:
            return self._date_above_news_headline()
        for index, text in enumerate(self.texts[:6]):
            if DATE_DASH_LINE_RE.fullmatch(text.strip()) and d.find_dates(text):
                return index  # "20. November 2017 -" opening the article: its dateline
            stamp = POSTING_STAMP_RE.fullmatch(text.strip())
            # "03.07.2012 09:28" under a headline that names the event's day: the minute it was posted;
            # a press archive's headline "… verschoben (28.11.2013)": the day it was published
            if stamp and stamp.group("clock") and any(d.find_dates(t) for t in self.texts[:index + 4] if t != text) \
                    or ODD_MINUTE_STAMP_RE.fullmatch(text.strip()):
                return index  # ("23.07.2021 - 12:08 Uhr": no event starts at 12:08; a post is stamped so)
            # (length first: on a 250,000-character line the pattern's ".*" is quadratic)
            if len(text) < 200 and PRESS_HEADLINE_DATE_RE.search(text) and self.reads_like_press():
                return index
        stamped = next((index for index, text in enumerate(self.texts[:POSTING_DATE_LINES])
                        if len(text) < 30 and CLOCK_FIRST_STAMP_RE.fullmatch(text.strip())), None)
        stamps = [index for index, text in enumerate(self.texts[:POSTING_DATE_LINES])
                  if len(text) < 30 and CLOCK_UHR_FIRST_STAMP_RE.fullmatch(text.strip())] if stamped is None else []
        # (one stamp, not in the future: "19:00 Uhr | 14.01.2027" over each row of a library's list is an event's hour
        # and day, the list's rows are several)
        if len(stamps) == 1 and not self._after_crawl(self.texts[stamps[0]], by_years=False):
            stamped = stamps[0]
        if stamped is not None:
            return stamped  # "00:01 14.10.2016" under the paper's headline: when the article went online
        byline = next((index for index, text in enumerate(self.texts[:POSTING_DATE_LINES])
                       if len(text) < 120 and BYLINE_DATE_RE.fullmatch(text.strip())), None)
        if byline is not None:
            return byline  # "von Karin Beispiel" / ", 23.08.2010": a byline's day, broken off onto its own line
        for index, text in enumerate(self.texts[:3]):
            mentions = d.find_dates(text) if d.MAYBE_DATE(text) else []
            if mentions and mentions[0].year and mentions[0].end_day is None and self.date_only(index) \
                    and not d.find_time(text) and index + 1 < len(self.texts) and lex.DATELINE_RE.match(self.texts[index + 1]):
                day = _date_or_none(mentions[0].year, mentions[0].month, mentions[0].day)
                if day and (self.crawl_date is None or day <= self.crawl_date):
                    return index  # "Montag, 08.12.2025" over "Wittenberg (md). …": the day the paper's article appeared
        signed = next((index for index in range(1, min(POSTING_DATE_LINES, len(self.texts)))
                       if lex.BYLINE_RE.fullmatch(self.texts[index - 1].strip()) and self.date_only(index)), None)
        if signed is not None and self.reads_like_press():
            return signed  # "von Karin Beispiel" / "26. September 2019, 19:00 Uhr": when the paper's article was written
        for index, text in enumerate(self.texts[:POSTING_DATE_LINES]):
            mentions = d.find_dates(text) if d.MAYBE_DATE(text) else []
            if not mentions:
                continue
            if index >= 4 and not (self.title_line() == index + 1 and not label_of(self.texts[index - 1])
                                   and not self.texts[index - 1].rstrip().endswith(":")
                                   and self._another_day_below(index, mentions[0])):
                # (further down, past a site's menu words, "Hilfsnavigation" … "Seiteninhalt" / "14.09.2021" / the
                # headline: only right above the headline and under no label: not "Datum/Zeit" / "25.11.2019")
                return None
            # a bare date, not a "Datum:" label: that is the event's date on an event page
            # ("05.12.2027 Seite drucken": the page's print button beside it is chrome)
            # ("9. August 2027 / Beratung und Hilfe", "29.01.2027 EJZ": the post's category or its paper beside it)
            day = re.escape(text[mentions[0].start:mentions[0].end])
            rest = text[mentions[0].end:].strip(" /|")
            only = re.fullmatch(rf"\s*{day}\s*(?:{lex.PRINT_OR_SHARE})?\s*", text) or (
                # (above the headline only, and not the event's place: "14.03.2027 / Aula …", "20.04.2027 | Online")
                re.fullmatch(rf"\s*{day}\s*(?:[/|]\s*[A-ZÄÖÜ][^\d/|]{{2,40}}|[|]?\s*[A-ZÄÖÜ]{{2,6}})\s*", text)
                and index < (self.title_line() or 0) and not lex.EVENT_WORD_RE.search(rest)
                and not lex.ONLINE_RE.search(rest) and not gazetteer.platform_of(rest) and not known_place(rest)
                and not lex.VENUE_NOUN_RE.search(rest))
            if only and mentions[0].year and mentions[0].weekday is None and mentions[0].end_day is None \
                    and index + 1 < len(self.texts) and not label_of(self.texts[index + 1]) \
                    and not d.TIME_LEAD_RE.match(self.texts[index + 1]) \
                    and not self._bare_dates_follow(index):  # (not "8. Juni 2025" over "12:00 Uhr Vortrag …")
                return index
            if lex.SITE_CLOCK_RE.fullmatch(text.strip()):
                return index  # "Sunday, 1. August 2021 · 00:49 Uhr": the site's clock, in the CMS's English
            return None
        return None

    def _another_day_below(self, index: int, posted: d.DateMention) -> bool:
        """The post's text names a day of its own below the headline ("Am Dienstag, 21. September 2021 veranstaltet …"),
        and the bare date above lies on or before the crawl: no event page whose only day is the one above its title."""
        day = _date_or_none(posted.year, posted.month, posted.day) if posted.year else None
        if self.crawl_date and day and day > self.crawl_date:
            return False
        return any((m.day, m.month) != (posted.day, posted.month) for text in self.texts[index + 2:index + 8]
                   if d.MAYBE_DATE(text) for m in d.find_dates(text[:prose.LINE_HEAD_TEXT]))

    def _bare_dates_follow(self, index: int) -> bool:
        """"Termine im Frühjahr" / "12.03.2027" / "Rathaus-Führung …" / "Treffpunkt Rathaus" / "19.03.2027" / …: a bare
        future-looking date followed by two or more bare dates of later days, each over a line that names something,
        is a calendar's first row, not the day the page was posted."""
        first = d.find_dates(self.texts[index])[0]
        later = timed = 0
        for text in self.texts[index + 1:index + 40]:
            found = d.find_dates(text) if len(text) <= 40 and d.MAYBE_DATE(text) else []
            if found and found[0].start <= 2 and found[0].year \
                    and (found[0].year, found[0].month, found[0].day) > (first.year, first.month, first.day):
                if found[0].end >= len(text.strip()) - 2:
                    later += 1
                elif ROW_HOUR_AFTER_DAY_RE.match(text, found[0].end):
                    timed += 1  # (a day and its hour: "26.08.2025 ab 18:00 Uhr")
        if later >= 2:
            return True
        month_above = index > 0 and bool(d.MONTH_YEAR_RE.fullmatch(self.texts[index - 1].strip()))
        if month_above and later + timed >= 2:
            return True  # (under its month's heading, "AUGUST 2025", a calendar's rows, with or without their hours; not
            #             a post's day above its headline and its timed rows: "12.11.2026" / "Termine im Advent")
        # (under a calendar's own heading, "Termine" / "12.01.2027" / "Elterncafé" / "19.01.2027", one later day will do
        # when the day is still to come and its row names no other day: not "Veranstaltungen" / "28.11.2026" / "Am
        # Samstag, 12. Dezember … laden wir …" / "03.12.2026 Seite drucken", a post and its stamps)
        if later < 1 or index == 0 or not lex.CALENDAR_HEADING_RE.fullmatch(self.texts[index - 1].strip()):
            return False
        day = _date_or_none(first.year, first.month, first.day)
        if self.crawl_date and day and day <= self.crawl_date:
            return False
        for text in self.texts[index + 1:index + 40]:
            found = d.find_dates(text) if d.MAYBE_DATE(text) else []
            if found and len(text) <= 40 and found[0].start <= 2:
                return True  # the next row's bare day, with only a name between
            if found:
                return False  # a sentence that dates something of its own: the bare day above is the post's
        return False

    def _date_above_news_headline(self) -> int | None:
        """"<p class="date">27.11.2026</p><h1>Anmeldung … ist geöffnet</h1><p>Der Kreis lädt am 16. März 2027
        zur … ein": a bare date above a news headline whose text dates an event on another day is the
        day the news was posted."""
        title = self.title_line()
        if not title or not self.lines[title].heading:
            return None
        above = title - 1
        mentions = d.find_dates(self.texts[above]) if d.MAYBE_DATE(self.texts[above]) else []
        if len(mentions) != 1 or not mentions[0].year or d.find_time(self.texts[above]) or not self.date_only(above):
            return None
        day = (mentions[0].month, mentions[0].day)
        body = self.texts[title + 1:title + 40]
        if any((s.date.month, s.date.day) != day for s in prose.dated_event_sentences(body)):
            return above
        return None

    def _reports_a_day_in_the_past(self) -> bool:
        """A sentence in the past tense that gives a day without a year or weekday (a weekday pins
        the year: "am Donnerstag, 11. Dezember, haben sich … getroffen" in January is last December)."""
        for text in self.texts[:200]:
            if d.MAYBE_DATE(text):
                for mention in d.find_dates(text):
                    if mention.year is None and mention.weekday is None and lex.PAST_REPORT_RE.search(prose.sentence_around(text, mention.start, mention.end)):
                        return True
        return False

    @cached_property
    def dateline_town(self) -> str | None:
        """"Krefeld – Im November organisiert …": the known place an article's dateline names."""
        for text in self.texts[:8]:
            stamped = lex.without_month_stamp(text)  # (a text export's stamp before the dateline)
            # "date 2024-01 Erfurt Eine Übersicht …": the export lost the dateline's dash, its stamp tells the dateline
            lost_dash = stamped != text and re.match(r"([A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ][a-zäöüß]+\s", stamped)
            text = stamped
            if lex.DATELINE_RE.match(text) or lost_dash or lex.PAPERS_MARK_DATELINE_RE.match(text):
                # ("(Manching, hal/rt)„…": the local paper's form; "VOLKACH – …": a town in capitals; "BURGDORF/UETZE/…":
                # the first of the towns it names)
                name = re.match(r"\(?(?:(?:Landkreis|Kreis|Stadt)\s)?([^\s(.,/–-]+(?:[\s-][A-ZÄÖÜ][\wäöüß]+)?)", text)
                words = name.group(1) if name else ""
                if words.isupper() and len(words) > 3:
                    words = words.title()  # ("REGEN – Bei Regen …": a common noun in capitals names no town)
                    if words in gazetteer.COMMON_NOUN_TOWNS or words in lex.NOT_A_TOWN:
                        continue
                town = words and (known_place(words) or known_place(words.split()[0]))
                if town:
                    return town
        return None

    @cached_property
    def dateline_kreis(self) -> str | None:
        """"Hochtaunuskreis (kb) – …", "Kreis Wolfenbüttel. …": a Kreis's press release names itself in
        its dateline; a town's dateline names only where the article was written."""
        for text in self.texts[:8]:
            text = lex.without_month_stamp(text)  # (a text export's stamp before the dateline)
            if lex.DATELINE_RE.match(text):
                name = re.match(r"(?:Landkreis|Kreis)\s[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*|"
                                r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]+)*-?[Kk]reis\b", text)
                return name.group(0) if name else None
        return None

    @cached_property
    def lead_paragraphs(self) -> list[str]:
        """The first three paragraphs of running text among the page's first 40 lines."""
        return [text for text in self.texts[:40] if prose.is_paragraph(text)][:3]

    @cached_property
    def host_town(self) -> str | None:
        """The town whose own site the page is on ("www.ostfildern.de"), if the page names it."""
        return self._if_named(gazetteer.town_of_host(self.url))

    @cached_property
    def path_town(self) -> str | None:
        """The town a local paper's section is named after ("…/lokales/rodgau/…"), if the page names it and no other
        place: a section's round-up of its neighbours ("Hainburg: Kinderkleiderbasar …", "Workshop in Mainhausen") or a
        trip ("in die Partnerstadt Masłów") happens elsewhere."""
        town = self._if_named(gazetteer.town_of_path(self.url))
        if town is None:
            return None  # (a section the page never names is no evidence: the paper may file a neighbour's news there)
        others = set()
        for text in self.texts[:200]:
            lead = re.match(r"([A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?):\s", text)
            named = {m.group(0) for m in gazetteer.TOWN_RE.finditer(text)} | {
                gazetteer.place_after_preposition(text), gazetteer.known_place(lead.group(1)) if lead else None}
            others |= {place for place in named if place and place != town and gazetteer.city_of(place) != town}
            if lex.REGIONAL_ROUNDUP_RE.search(text) or lex.ONLINE_RE.search(text) or gazetteer.platform_of(text):
                return None  # (nor where the page is a region's round-up, or its events are held online)
        # (one other place is a seat or a neighbour named in passing, "die Bezirksregierung in Köln"; two, a round-up)
        return town if len(others) < 2 else None

    @cached_property
    def most_named_town(self) -> str | None:
        """The one town the page keeps naming ("Mainz" eight times, no other even half as often): where its events are
        when nothing else on the page says (not a region's round-up, whose towns are its events' own)."""
        counts: dict[str, int] = {}
        for text in self.texts[:200]:
            text = text[:TOWN_COUNT_CHARS]  # (an article's towns are named early; a 10 MB line is not read whole)
            if lex.REGIONAL_ROUNDUP_RE.search(text):
                return None
            for match in gazetteer.TOWN_RE.finditer(text):
                # (not a Kreis named after its seat: "Landkreis Saarlouis" holds towns of its own)
                if match.group(0) not in gazetteer.COMMON_NOUN_TOWNS \
                        and not re.search(r"(?:[Kk]reis(?:es)?|[Rr]egion)\s$", text[max(0, match.start() - 9):match.start()]):
                    town = gazetteer.city_of(match.group(0))
                    counts[town] = counts.get(town, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < TOWN_NAMED_OFTEN or (len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]):
            return None
        return ranked[0][0]

    def _if_named(self, town: str | None) -> str | None:
        """The town an address gives, if the page's text names it too ("Ostfildern", "Ostfilderner", "Ostfilderns")."""
        if town and re.search(rf"\b{re.escape(town)}(?:er|s)?\b", " ".join(self.texts[:200])):  # ("Bad Dürrheims")
            return town
        return None

    @cached_property
    def site_town(self) -> str | None:
        """The town whose own site the page is on, named on the page or not: a town's calendar lists what
        happens in the town."""
        return gazetteer.town_of_own_site(self.url)

    @cached_property
    def publisher(self) -> str | None:
        """The site's own name, when the site speaks for itself: an agency's or an office's page holds its
        own events; a newspaper reports on others' (the paper is never the organizer)."""
        # (a text page has no og:site_name or <title>: the name its host spells, if the text gives it)
        site = self.page.site_name or sitename.name_of_host(self.url, self.texts)
        # (an institution's own host, "kita-irenicus.de", speaks for it on its press page too: "/presse")
        own = None if site or self._takes_part_elsewhere() else sitename.institution_of_host(self.url, self.texts)
        name = site or own
        if not name or (self.reads_like_press() and not own) or lex.NEWS_MEDIA_RE.search(name) or self._a_media_house(name):
            return None
        return name

    def _a_media_house(self, name: str) -> bool:
        """The page calls its site's name a media house ("Foto: Collage KURT Media"): a local paper, not a holder."""
        pattern = re.compile(rf"\b{re.escape(name)}\s+(?:Media|Medien|Verlag|Mediengruppe|Medienhaus)\b")
        named = [text for text in self.texts[:200] if pattern.search(text)]
        # (not a media house that invites to its own party: "Zum Geburtstag lädt das Team von KIEK Media … ein")
        return bool(named) and not any(re.search(r"\blädt\b|\bladen\b", text) for text in named)

    def _takes_part_elsewhere(self) -> bool:
        """"Auch in diesem Jahr ist unsere Schulband beim Stadtfest dabei", "tanzen unsere Kindergruppen beim
        Weihnachtsmarkt": the institution takes part in someone else's event; its host names no holder."""
        return any(lex.TAKES_PART_RE.search(text) for text in self.texts[:TAKES_PART_LINES])

    def reads_like_press(self) -> bool:
        url = self.url or ""
        return bool(PRESS_URL_RE.search(url) and not CALENDAR_PATH_RE.search(url)) or any(
            lex.DATELINE_RE.match(t) or lex.SALUTATION_RE.match(t) or PRESS_SECTION_RE.match(t) for t in self.texts[:8])

    def _publication_date(self) -> tuple[date | None, bool]:
        """When the page was written, and whether its day is known (not for a month stamp no line dates)."""
        for index in sorted(self.publication_lines):
            if self._after_crawl(self.texts[index]):
                continue  # (a pinned post's "– 1. Januar 2060": a stamp, but no day the page was posted on)
            mentions = d.find_dates(self.texts[index])
            resolved = mentions[0].resolve(None, None) if mentions and mentions[0].year else None
            if resolved:
                return resolved[0], True
        for element in self.page.time_elements:
            if element.publication:
                parsed = iso_date(element.value)
                if parsed:
                    return parsed, True
        for position, text in enumerate(self.texts[:lex.DATELINE_LINES]):  # (below a headline, its teaser and a photo caption: "Haigerloch / SWP 13.12.2013")
            match = lex.DATELINE_DATE_RE.match(text)
            if match:
                mentions = d.find_dates(match.group("d1") or match.group("d2") or match.group("d3") or match.group("d4")
                                     or match.group("d5") or match.group("d6") or match.group("d7"))
                resolved = mentions[0].resolve(None, None) if mentions else None
                if resolved:
                    return resolved[0], True
            match = lex.METADATA_DATE_RE.match(text)  # a text view's metadata line "date 2019-09"
            if match:
                year, month = int(match["y"]), int(match["m"])
                if not match["d"]:
                    # "date 2017-11 Ostalb | Mittwoch, 15. November 2017", ".../2017/11/15/…": the month's day, where given
                    url = URL_DATE_RE.search(self.url or "")
                    rest = text[match.end():]
                    days = [m.day for m in d.find_dates(rest) if (m.year, m.month) == (year, month)
                            and not lex.DEADLINE_CUE_RE.search(rest[max(0, m.start - 40):m.start])] + (
                        [int(url["d"])] if url and (int(url["y"]), int(url["m"])) == (year, month) else [])
                    # "date 2019-04 …" / "von …" / "04. April 2019, 06:42 Uhr": the posting stamp a few lines below
                    days += [m.day for line in self.texts[position + 1:position + 1 + lex.DATELINE_LINES]
                             if len(line) <= 40 and POSTING_CLOCK_RE.search(line)
                             for m in d.find_dates(line)[:1] if (m.year, m.month) == (year, month)]
                    return _date_or_none(year, month, days[0] if days else 1), bool(days)
                return _date_or_none(year, month, int(match["d"])), True
        match = URL_DATE_RE.search(self.url or "")  # a press archive's /2020/02/28/
        if match:
            return _date_or_none(int(match["y"]), int(match["m"]), int(match["d"])), True
        path = re.sub(r"^[a-zA-Z][\w+.-]*://[^/]*", "", self.url or "")  # (the host's digits are no day; a broken URL no error)
        match = URL_SLUG_DATE_RE.search(path)
        if match and not EVENT_LIST_URL_RE.search(path.lower()):
            # "/magazin/2008-10-18-ein-franke-mit-duesterer-stimmung": a magazine's article under the day it appeared
            # (not an event's page named after its day: "/veranstaltungen/2026-05-12-fachtag")
            day = _date_or_none(int(match["y"]), int(match["m"]), int(match["d"]))
            if day and (self.crawl_date is None or day <= self.crawl_date):
                return day, True
        match = URL_GLUED_DATE_RE.search(path) or URL_DAY_SEGMENT_RE.search(path) or URL_NEWS_DAY_SLUG_RE.search(path)
        if match is None and (short := URL_SHORT_DAY_SLUG_RE.search(path)) and re.search(r"/(?:presse|pm|meldung|news|aktuell)",
                                                                                          path.lower()):
            day = _date_or_none(2000 + int(short["y"]), int(short["m"]), int(short["d"]))
            if day and (self.crawl_date is None or day <= self.crawl_date):
                return day, True
        if match:
            day = _date_or_none(int(match["y"] or match.groupdict().get("y2")), int(match["m"] or match.groupdict().get("m2")),
                                int(match["d"] or match.groupdict().get("d2")))
            if day and (self.crawl_date is None or day <= self.crawl_date):
                return day, True
        for text in self.texts[:60]:
            if d.MAYBE_DATE(text) and lex.PUBLICATION_CUE_RE.search(text):
                mentions = d.find_dates(text)
                if mentions and mentions[0].year:
                    resolved = mentions[0].resolve(None, None)
                    if resolved:
                        return resolved[0], True
        return None, True

    def title_line(self) -> int | None:
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
            if TIME_ONLY_LINE_RE.match(text) and index + 1 < len(self.texts) \
                    and not any(prose.is_paragraph(above) for above in self.texts[:index]) \
                    and not titles.address(self.texts[index + 1], index + 1, 0) \
                    and not (index + 2 < len(self.texts) and titles.address(self.texts[index + 2], index + 2, 0)):
                return index + 1  # not the venue's address under the time ("Händel Halle, Salzgrafenplatz 1"), nor
                #                   a programme's row below the text ("• 10:30 – 12:00 Uhr" / "Impulsvorträge …")
        best = titles.best_text_title(self.texts, [line.bulleted for line in self.lines], sitename.host_keys(self.url))
        return best.index if best else None

    def heading_above(self, index: int) -> str:
        """The nearest heading above a line (within a few lines), or the page's title."""
        for candidate in range(index - 1, max(-1, index - 5), -1):
            if self.lines[candidate].heading:
                return self.texts[candidate]
        title = self.title_line()
        return self.texts[title] if title is not None and title < index else ""

    def is_heading(self, index: int) -> bool:
        line = self.lines[index]
        return bool(line.heading) or (line.emphasis and len(line.text) < 100 and not line.text.endswith((".", ":")))

    def texty_heading(self, index: int) -> bool:
        """A text page's line that reads as a section's heading (see `_texty_heading`), or one of the same shape
        beside such headings (`_sibling_headings`)."""
        return self._texty_heading(index) or index in self._sibling_headings

    @cached_property
    def _sibling_headings(self) -> frozenset[int]:
        """A round-up whose sections each open with a short heading: beside two headings its own rules know ("Austausch
        im Ruhestand" over "Los geht es am Montag, 19. Mai, …"), the lines of the same shape over a paragraph that
        dates its event a little later ("Ein besonderes Highlight steht am Dienstag, 20. Mai, …") or by the day
        before ("… kommt am selben Tag um 14.30 Uhr auf seine Kosten")."""
        if self.page.is_html or len(self.texts) > SIBLING_HEADING_LINES:
            return frozenset()
        known = [index for index in range(len(self.texts)) if self._texty_heading(index)]
        if len(known) < 2:
            return frozenset()
        siblings = set()
        for index in range(1, len(self.texts) - 1):
            text, following, above = self.texts[index], self.texts[index + 1], self.texts[index - 1]
            if index in known or len(text) >= SIBLING_HEADING_LONGEST or text.endswith((".", ":", ",", "!", "?")) \
                    or self.labels[index] or WEB_OR_PHONE_LINE_RE.fullmatch(text.strip()) \
                    or (d.MAYBE_DATE(text) and d.find_dates(text)):
                continue
            if len(following) <= SIBLING_PARAGRAPH_SHORTEST or len(above) <= SIBLING_PARAGRAPH_SHORTEST \
                    or not above.rstrip().endswith((".", "!", "?", "“", "\"")):
                continue  # (between two paragraphs, not a list's row)
            if len(text.split()) < 2:
                continue  # ("Anreise", "Programm": a fact's word over the event's paragraph, no item of its own)
            opening = following[:SIBLING_DAY_REACH]
            days = d.find_dates(opening) if d.MAYBE_DATE(opening) else []
            # (one day, not a span: "Spielerisch geht es vom 13. bis 23. Februar im Museum zu" heads a house's rows)
            if (days and days[0].end_day is None) or (not days and d.SAME_DAY_RE.search(opening)):
                siblings.add(index)
        return frozenset(siblings)

    def _texty_heading(self, index: int) -> bool:
        text = self.texts[index]
        if len(text) > 160 or text.endswith((".", ":", ",")) or self.labels[index]:
            return False
        if WEB_OR_PHONE_LINE_RE.fullmatch(text.strip()):
            return False  # "www.zoo.example.org", "Tel. (06 81) 9 05 36 36": where to look or call, under the item above
        if index + 1 >= len(self.texts):
            return False
        if index in self.numbered_headings:
            # "2. Für Kreative: Stencil-Workshop im Bauhaus Dessau" over "… am 10. Februar von 11 bis 14 Uhr": a
            # numbered tip of a round-up, dated in its paragraph
            return any(d.MAYBE_DATE(t) and d.find_dates(t) for t in self.texts[index + 1:index + 3])
        following = self.texts[index + 1]
        mentions = d.find_dates(following)
        if not mentions and not d.find_dates(text) and len(text) < 90 and len(following) >= 40 \
                and following.rstrip().endswith((".", "!", "?")) \
                and not d.MAYBE_DATE(following) and index + 3 < len(self.texts) \
                and WEB_OR_PHONE_LINE_RE.fullmatch(self.texts[index + 2].strip()):
            # "Digitale Bewerbungsmappe" / its text / "www.vhs-musterau.example.org/…" / "Samstag, 21. November, 10 Uhr,
            # …": an item whose day closes it, under its link or phone line
            closing = d.find_dates(self.texts[index + 3][:60]) if d.MAYBE_DATE(self.texts[index + 3][:60]) else []
            return bool(closing) and closing[0].start <= 12
        if not mentions or d.find_dates(text):
            return False
        # "1. Dialogforum zur Bildungsregion" over "In einem ersten Dialogforum am 21. Oktober 2014 wurde …":
        # a section named after its event, dated in its first sentence
        return mentions[0].start <= 12 or (len(text) < 90 and bool(lex.EVENT_TITLE_WORD_RE.search(text))
                                           and mentions[0].start <= 100 and len(following) > 90)

    @cached_property
    def numbered_headings(self) -> frozenset[int]:
        """The short lines a round-up numbers one after another ("1. Ferientipp für Jäger und Sammler: „Eiszeit“ …",
        "2. Für Kreative: …", "3. Für Zeitreisende: …"), each over a paragraph of its own: its sections' headings."""
        numbered = {}
        for index, text in enumerate(self.texts[:NUMBERED_HEADING_LINES]):
            match = NUMBERED_HEADING_RE.match(text)
            if match and len(text) < 160 and not text.rstrip().endswith((".", ":", ",")) \
                    and index + 1 < len(self.texts) and len(self.texts[index + 1]) > len(text) \
                    and not (d.MAYBE_DATE(text[:20]) and any(m.start == 0 for m in d.find_dates(text[:20]))):
                numbered[index] = int(match.group("number") or match.group("tip"))
        # (a run: the next number on a later line, "1." then "2.", not a lone ordinal's "1. Dialogforum")
        return frozenset(index for index, number in numbered.items()
                         if any(later > index and numbered[later] == number + 1 for later in numbered)
                         or any(earlier < index and numbered[earlier] == number - 1 for earlier in numbered))

    @cached_property
    def news_post_lines(self) -> frozenset[int]:
        """The lone date lines of a section of news teasers: when each item was posted, not an event's day.
        A section is a news heading followed closely by two or more such lines, newest first, each a bare
        day without a weekday or a clock time beside a headline without one either (an event list's rows run
        forward in time and carry weekdays and times)."""
        posts: set[int] = set()
        if any(len(text) < 60 and _heads_dates_to_come(text) and any(
                d.MAYBE_DATE(t) and d.find_dates(t) for t in self.texts[index + 1:index + 1 + EVENTS_FIRST_ROW_LINES])
               for index, text in enumerate(self.texts)):
            # a home page of news beside dates to come ("Nächste Termine" / "17.03.2027" …): its sections are
            # read as before, by their items' own words
            return frozenset()
        for heading, text in enumerate(self.texts):
            if not NEWS_SECTION_RE.fullmatch(text.strip()):
                continue
            found: list[tuple[int, tuple[int, int, int]]] = []
            last = heading
            for index in range(heading + 1, min(len(self.texts), heading + 400)):
                if index - last > (NEWS_FIRST_POST_LINES if last == heading else NEWS_POST_GAP_LINES):
                    break
                line = self.texts[index].strip()
                if len(line) < 60 and _heads_dates_to_come(line) or NEWS_SECTION_RE.fullmatch(line):
                    break
                mentions = d.find_dates(line) if len(line) < 40 and self.date_only(index) else []
                if len(mentions) == 1 and mentions[0].year and mentions[0].weekday is None and not d.find_time(line) \
                        and not any(d.find_time(t) or d.find_dates(t) for t in self.texts[index + 1:index + 2]):
                    found.append((index, (mentions[0].year, mentions[0].month, mentions[0].day)))
                    last = index
            days = [day for _, day in found]
            if len(found) >= 2 and all(earlier >= later for earlier, later in zip(days, days[1:])):
                posts.update(index for index, _ in found)
        return frozenset(posts)

    def date_only(self, index: int) -> bool:
        text = self.texts[index]
        if len(text) > DATE_ONLY_LONGEST:
            return False  # (a paragraph of 200,000 characters is read once per event of it otherwise)
        stripped = d.DATE_RE.sub("", text)
        if stripped == text and ORDINAL_NAME_RE.match(text):
            return False  # (no day at all: a name led by its number, "20. Jukebox")
        stripped = d.TIME_RANGE_RE.sub("", stripped)
        stripped = re.sub(r"\b(?:Uhr|bis|und|ab|von|am|den)\b|[\d:.,|–—()\s-]", "", stripped)
        return len(stripped) <= 12

    def looks_like_news(self) -> bool:
        return any(label and label.kind == "info" or (label and label.word.lower() in ("kategorie", "rubrik"))
                   for label in self.labels[:15]) or bool(re.search(r"/(?:news|aktuelles|meldung|presse)", self.url or ""))

    def event_time_before(self, line_index: int) -> bool:
        return any(t.event_hint and t.line_index <= line_index for t in self.page.time_elements)

    def date_line_of(self, event: Event) -> int | None:
        snippet = event.provenance.get("start", {}).get("snippet") or event.provenance.get("start_partial", {}).get("snippet")
        if not snippet:
            return None
        return next((i for i, text in enumerate(self.texts) if snippet[:80] in text), None)


def _heads_dates_to_come(text: str) -> bool:
    """"Termine", "Nächste Termine", "Veranstaltungen im Dezember": a calendar's heading (the lexicon's), or a bare
    "Kalender" / "Events" of a site's menu."""
    text = text.strip().rstrip(":").strip()
    return bool(lex.CALENDAR_HEADING_RE.fullmatch(text) or CALENDAR_MENU_WORD_RE.fullmatch(text))


def _without_related_items(lines: list[Line]) -> list[Line]:
    """Cut a sidebar of other news ("Weitere Meldungen") off the page: its dates are not this page's."""
    for index, line in enumerate(lines):
        if index and line.heading and lex.RELATED_HEADING_RE.match(line.text):
            return lines[:index]
    return lines


# a posting stamp's clock: "04. April 2019, 06:42 Uhr", "19.03.2025 08:03"
POSTING_CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}\b")


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        return None
