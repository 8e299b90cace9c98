"""German dates, times and ranges as they appear on DKBM pages.

Regexes first: a compiled pattern costs microseconds, dateparser hundreds of them and
it misreads "Die"/"Do" as weekdays and "2.14" as a time. dateparser is only the last
fallback for a labelled date value that none of these patterns reads (imported lazily).
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "jaenner": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "marz": 3, "mär": 3, "mrz": 3, "mae": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
WEEKDAYS = {
    "montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2,
    "donnerstag": 3, "do": 3, "freitag": 4, "fr": 4, "samstag": 5, "sa": 5,
    "sonnabend": 5, "sonntag": 6, "so": 6,
}
# The full names as one alternation, for every pattern that reads a weekday.
WEEKDAY_NAME = "|".join(name.capitalize() for name in WEEKDAYS if len(name) > 2)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_NAME = rf"(?i:{_MONTH_ALT})\b"  # a month's name or its short form, in any case ("Oktober", "Okt.", "MÄRZ")


def school_year_pair(first: str, second: str) -> bool:
    """"2026" and "27" (or "2027"): the two years of one school year, the second right after the first."""
    return (int(first) + 1) % 100 == int(second) % 100
# Short weekday forms only with a following dot or comma: "Do" alone is too common a word part.
def _weekday_group(suffix: str) -> str:
    return (rf"(?:(?P<wd{suffix}>{WEEKDAY_NAME})"
            rf"|(?P<wds{suffix}>Mo|Di|Mi|Do|Fr|Sa|So)\.?(?=,|\s*\d|\.))")


_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DASH = r"(?:–|—|-|bis(?:\s+zum)?|\u2013)"

# "21. März", "3. Sept. 2019", "1.Oktober 2027", "17 Sept. 2026"
_NAMED = (rf"(?P<d>[0-3]?\d)\.?\s*(?P<mon>{_MONTH_ALT})\.?(?![a-zäöü])"
          rf"(?:,?\s*{_YEAR})?")
# "21.3.2023", "08.05.2025", "28.03." (a trailing dot is required without a year, so
# that "Raum 2.14" and "13.30 Uhr" never read as dates)
_NUMERIC = (r"(?P<nd>[0-3]?\d)\.\s?(?P<nm>[01]?\d)\.(?:\.(?=(?:19|20)\d\d))?"  # "27.05..2020": a typo seen live
            # (a two-digit "year" that a clock follows is the time: "20.3. 15:00 Uhr", "20.3. 19-21 Uhr" are not 2015, 2019)
            r"(?:\s?(?P<ny>(?:19|20)\d{2}(?!\d)|\d{2}(?!\d)(?![:.]\d|\s*Uhr\b|\s*[–-]\s*\d{1,2}\s*Uhr\b)))?(?!\d)")
# The pattern starts with a digit, which lets the regex engine skip ahead quickly; a weekday
# before the date ("Dienstag, den 21. März") is read afterwards from the text just before it.
DATE_RE = re.compile(rf"(?<![\d.])(?:{_NAMED}|{_NUMERIC})", re.IGNORECASE)
WEEKDAY_BEFORE_RE = re.compile(
    rf"(?<![\wäöü])(?:(?P<wd>{WEEKDAY_NAME})"
    r"|(?P<wds>Mo|Di|Mi|Do|Fr|Sa|So)(?=[.,|(\s]))\.?\s*[,|(]?\s*(?:de[nm]\s+)?$", re.IGNORECASE)  # "Mittwoch | 16. Oktober"
# (and a press article's "am Samstag (8. Oktober)")
RANGE_HINT_RE = re.compile(r"\d\.?,?\s*(?:und|&|\+|bis|–|—|-|/)\s*", re.IGNORECASE)

# "27. bis 29. Januar 2019", "7. und 8. September", "09. & 10. Dezember", "12.–14. Mai 2026",
# "12.-14.05.2026": the first day borrows month and year from the second date.
DAY_RANGE_RE = re.compile(
    rf"(?<![\d.:])(?:{_weekday_group('')},?\s*(?:den\s+)?)?(?P<d1>0?[1-9]|[12]\d|3[01])(?:\.,?)?\s*(?P<conn>und|&|\+|/|{_DASH})\s*"
    rf"(?=(?:(?:{WEEKDAY_NAME}),?\s*(?:den\s+)?)?[0-3]?\d\.\s*(?:{_MONTH_ALT}|[01]?\d\.))",
    re.IGNORECASE)

_T = r"(?:2[0-3]|[01]?\d)(?!\d)"
# an end at midnight, "von 16 bis 24 Uhr" (a "Lange Nacht"): read as the day's last minute
_END_T = rf"(?:24(?=(?:[:.]00)?\s*(?:Uhr|h\b))|{_T})"
_M = r"[0-5]\d"
TIME_RANGE_RE = re.compile(
    rf"(?:(?P<von>von\s+)|ab\s+|(?P<between>zwischen\s+))?(?P<h1>{_T})(?:[:.](?P<m1>{_M}))?\s*(?:Uhr|h)?\s*"
    # (and "19:00 21:00": an export that lost the dash between two clock times; "Von 14 und 18 Uhr", a slip for "bis")
    rf"(?:–|—|-|bis|(?(between)und|(?(von)und|(?!)))|(?<=\d:\d\d\s)(?=\d{{1,2}}:\d\d(?!\d)))"
    rf"\s*(?:ca\.\s*|circa\s+|zirka\s+|etwa\s+|gegen\s+)?(?P<h2>{_END_T})(?:[:.](?P<m2>{_M}))?\s*(?P<uhr>Uhr|h\b)?",
    re.IGNORECASE)
# a line of hours alone, under its day: "10.30 – 12.00 Uhr", "14 Uhr", "ab 19:30 Uhr", "18:00" (content.TIME_ONLY_LINE_RE
# is the narrower span of hours that opening hours are written in)
CLOCK_ONLY_LINE_RE = re.compile(r"\s*(?:(?:ab|um|von)\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*(?:Uhr)?"
                                r"(?:\s*(?:[–—-]|bis)\s*\d{1,2}(?:[:.][0-5]\d)?\s*(?:Uhr)?)?\s*")
# a row that starts with its time: "12:00 Uhr Vortrag zur Medienbildung", "17.30 Uhr: Workshop"
TIME_LEAD_RE = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*Uhr\b|\d{1,2}:\d{2}\b")
TIME_SINGLE_RE = re.compile(
    rf"(?:(?P<cue>ab|um|Beginn(?:\s+ist)?(?:\s+um)?:?|Start:?|Einlass:?)\s*)?"
    # (and "19: 00 Uhr", a space slipped in after the colon)
    rf"(?P<h>{_T})(?:(?P<sep>[:.]|(?<=\d\d):\s(?=\d\d\s*Uhr))(?P<m>{_M}))?\s*(?P<uhr>Uhr)?",
    re.IGNORECASE)
MONTH_YEAR_RE = re.compile(
    rf"(?<![\wäöü])(?P<mon>{_MONTH_ALT})\.?\s+{_YEAR}",
    re.IGNORECASE)


@dataclass
class DateMention:
    """One date (or day range) found in a line of text."""
    start: int            # character offsets in the line
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None
    end_day: int | None = None   # for day ranges "27. bis 29. Januar"
    end_month: int | None = None
    end_year: int | None = None
    # the days of a listing, not a span: "am 10. und 24. April" (10, 24), "8., 15. und 22. November" (8, 15, 22)
    days_listed: tuple[int, ...] = ()
    weekday_shared: bool = False  # the weekday said once for a list ("jeweils Samstag, 1. Februar, 7. März")

    @property
    def days_named(self) -> tuple[int, int, int | None, int | None]:
        """The days the mention names, whatever year or weekday it gives them: "7. bis 13. Oktober" in a headline and
        "vom 7. bis zum 13. Oktober" in the text name the same days."""
        return self.day, self.month, self.end_day, self.end_month

    def resolve(self, reference: date | None, year_hint: int | None,
                nearest: bool = False, days_ahead: int | None = None) -> tuple[date, date | None] | None:
        """Pin the year and return (first day, last day or None); None if impossible. `nearest`:
        the reference is when an article was written, which speaks of past and coming days alike.
        `days_ahead`: how far after the reference a day named by its weekday may lie."""
        year = self.year
        if year is None:
            year = infer_year(self.day, self.month, self.weekday, reference, year_hint,
                              self.end_year, nearest, days_ahead=days_ahead)
        if year is None:
            return None
        try:
            first = date(year, self.month, self.day)
        except ValueError:
            return None
        last = None
        if self.end_day is not None:
            try:
                last = date(self.end_year or year, self.end_month or self.month, self.end_day)
            except ValueError:
                return None
            if last < first and self.end_year is None:
                last = last.replace(year=last.year + 1)  # "28.12. – 02.01." without years
            if last < first:
                return None
        return first, last


def _month_of(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


def _weekday_of(match: re.Match) -> int | None:
    groups = match.groupdict()
    token = groups.get("wd") or groups.get("wds") or groups.get("wd2") or groups.get("wds2")
    return WEEKDAYS.get(token.lower()) if token else None


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


# Nobody announces a day by its weekday more than two years ahead.
MAX_DAYS_AHEAD = 2 * 366
# A page that tells nothing of its own time is read from the crawl: a day it names by its weekday, without
# a year, lies at most about a year ahead, not more ("Montag, 13. März" crawled in December 2026 is not March 2028
# but the March of an older page, 2023: a coming event more than a year off is announced with its year) …
CRAWL_DAYS_AHEAD = 400
# … unless the page says it looks ahead ("Bitte merken Sie sich den Termin schon heute vor", "Save the Date"): a
# save-the-date for next autumn's network meeting, sent in June, lies about a year and a half ahead.
SAVE_THE_DATE_DAYS_AHEAD = 550


def years_on_weekday(day: int, month: int, weekday: int, years) -> list[int]:
    """The years among `years` in which day.month falls on `weekday` (29 February only in leap years)."""
    found = []
    for year in years:
        try:
            if date(year, month, day).weekday() == weekday:
                found.append(year)
        except ValueError:
            continue
    return found


def infer_year(day: int, month: int, weekday: int | None, reference: date | None,
               year_hint: int | None, sibling_year: int | None = None, nearest: bool = False,
               days_ahead: int | None = None) -> int | None:
    """The year of a date written without one.

    A weekday pins it (the year nearest the reference in which that day is that weekday) unless
    the page's own year agrees with the weekday (weekdays repeat every few years: "Mittwoch, 27.05."
    is 2020 and 2026); else a year given by the page (heading "Termine 2027", the URL, a range's
    other end); else the next occurrence on or after the reference date.
    """
    for known in (sibling_year, year_hint):
        if known and weekday is not None:
            try:
                if date(known, month, day).weekday() == weekday:
                    return known
            except ValueError:
                pass
    if weekday is not None and reference is not None:
        candidates = [(abs((date(year, month, day) - reference).days), year)
                      for year in years_on_weekday(day, month, weekday, range(reference.year - 6, reference.year + 7))
                      if (date(year, month, day) - reference).days <= (days_ahead or MAX_DAYS_AHEAD)]
        # no year near the reference has that weekday: the page is older than it seems, and a
        # year taken against the weekday would be a wrong day
        return min(candidates)[1] if candidates else None
    if sibling_year:
        return sibling_year
    if year_hint:
        return year_hint
    if reference is None:
        return None
    if nearest:  # "am 12. und 13. Oktober" in a newsletter of December: the October just past
        candidates = []
        for year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                candidates.append((abs((date(year, month, day) - reference).days), year))
            except ValueError:
                continue
        return min(candidates)[1] if candidates else None
    for year in (reference.year, reference.year + 1, reference.year + 2, reference.year + 3):
        try:
            if date(year, month, day) >= reference:
                return year
        except ValueError:
            continue  # 29 February
    return None


MAYBE_DATE = re.compile(rf"\d\.|\d\s*(?:{_MONTH_ALT})", re.IGNORECASE).search


ROW_DAY_WITHOUT_DOT_RE = re.compile(r"\s*(?:[-•*]\s*)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?:(?P<sep>\s*[-–]\s*)(?=\d)|(?!\s*Uhr\b)(?=\s+[A-ZÄÖÜ„\"]))")


def find_dates(line: str) -> list[DateMention]:
    """All day-precise dates in a line, day ranges folded into one mention."""
    mentions: list[DateMention] = []
    if not MAYBE_DATE(line):  # every supported form has a digit followed by a dot
        return mentions
    for match in DATE_RE.finditer(line):
        if match.group("d"):
            month = _month_of(match.group("mon"))
            day = int(match.group("d"))
            year = _full_year(match.group("y"))
        else:
            month = int(match.group("nm"))
            day = int(match.group("nd"))
            year = _full_year(match.group("ny"))
        if not month or not (1 <= month <= 12) or not (1 <= day <= 31):
            continue
        if _looks_like_room_or_version(line, match.start(), match.end()):
            continue
        start, weekday = match.start(), None
        before = WEEKDAY_BEFORE_RE.search(line, max(0, start - 25), start)
        if before:
            start, weekday = before.start(), _weekday_of(before)
        mentions.append(DateMention(start, match.end(), day, month, year, weekday))
    # a school calendar's row whose day lost its last dot: "27.01 Ausgabe der Halbjahreszeugnisse", "15.03-01.04.
    # „Zu Fuß zur Schule“ Stempel-Aktion" (a row's start only: "3.50 Euro", "Version 2.10" are no days)
    row = ROW_DAY_WITHOUT_DOT_RE.match(line)
    if row and 1 <= int(row.group("m")) <= 12 and 1 <= int(row.group("d")) <= 31:
        later = next((m for m in mentions if m.start == row.end("sep")), None) if row.group("sep") else None
        if later is not None:
            later.end_day, later.end_month, later.end_year = later.day, later.month, later.year
            later.day, later.month, later.start, later.weekday = int(row.group("d")), int(row.group("m")), row.start("d"), None
        elif not row.group("sep") and not any(m.start <= row.end() for m in mentions):
            mentions.insert(0, DateMention(row.start("d"), row.end("m"), int(row.group("d")), int(row.group("m")), None, None))
    if not mentions:
        return mentions
    # Day ranges whose first half has no month: "27. bis 29. Januar 2019".
    for match in (DAY_RANGE_RE.finditer(line) if RANGE_HINT_RE.search(line) else ()):
        following = next((m for m in mentions if m.start >= match.end() - 1
                          and m.start <= match.end() + 3), None)
        if following is None or any(m.start <= match.start("d1") < m.end for m in mentions):
            continue
        following.end_day, following.end_month, following.end_year = (
            following.day, following.month, following.year)
        following.day = int(match.group("d1"))
        following.start = match.start()
        following.weekday = _weekday_of(match)
        first_weekday = WEEKDAY_PAIR_BEFORE_RE.search(line, max(0, match.start() - 20), match.start())
        if first_weekday and following.weekday is not None \
                and (following.end_day - following.day) % 7 == (following.weekday - _weekday_of(first_weekday)) % 7:
            # "Donnerstag/Freitag, 14./15. November", "Montag bis Freitag, 26. bis 30. Juli": the weekday next to the
            # days is the last day's (not "Di. und Do., 14.–28. Januar": two weekdays of a course that runs for weeks)
            following.start, following.weekday = first_weekday.start(), _weekday_of(first_weekday)
        pair = RANGE_PAIR_BEFORE_RE.search(line, max(0, following.start - 30), following.start)
        if pair and match.group("conn").lower() not in ("und", "&", "+") \
                and int(pair.group("a")) < int(pair.group("b")) < following.day:
            # "vom 20. – 21. & 27. – 28.11.2023": two spans of days that share their month
            earlier = DateMention(pair.start("a"), pair.end("b") + 1, int(pair.group("a")), following.month,
                                  following.year, None, int(pair.group("b")), following.month, following.year)
            mentions.insert(mentions.index(following), earlier)
        if match.group("conn").lower() in ("und", "&", "+") \
                and not re.search(r"\b[Zz]wischen\s+(?:dem\s+|den\s+)?(?:[A-Z][a-z]+,?\s+(?:dem\s+|den\s+)?)?$",
                                  line[max(0, following.start - 40):following.start]):
            # (not "zwischen dem 8. und 16. September": one span from the first day to the last)
            following.days_listed = (following.day, following.end_day)
            if following.day > following.end_day and following.end_month in (None, following.month):
                # "am 21. und 2. Januar 2015": a slip of the pen (no two days of one month come in that order); the
                # first day is the one written out in full
                following.end_day = following.end_month = following.end_year = None
                following.days_listed = ()
        listed = DAY_LIST_BEFORE_RE.search(line, max(0, following.start - 30), following.start)
        if listed and match.group("conn").lower() in ("und", "&", "+"):
            # "am 8., 15. und 22. November": the days of one event, from the first listed to the last
            days = [int(day) for day in re.findall(r"\d+", listed.group(0))]
            if days[0] < following.day:
                following.day, following.start, following.weekday = days[0], listed.start(), None
                following.days_listed = (*days, *following.days_listed)
    # Two full dates joined by a dash or "bis": "30.09. – 01.10.2027", "5. Juli - 11:00 bis 7. Juli".
    merged: list[DateMention] = []
    chained = _dash_chained(line, mentions)
    for mention in mentions:
        if merged and merged[-1].end_day is None and mention.end_day is None and id(mention) not in chained:
            between = line[merged[-1].end:mention.start]
            backwards = bool(merged[-1].year and mention.year) and \
                (mention.year, mention.month, mention.day) < (merged[-1].year, merged[-1].month, merged[-1].day)
            if _RANGE_BETWEEN_RE.fullmatch(between) and not backwards:  # ("ab 23.11.20, bis … 26.09.20": a slip)
                first = merged[-1]
                first.end_day, first.end_month, first.end_year = mention.day, mention.month, mention.year
                if first.year is None and mention.year:
                    # "26.12. bis 01.01.2016": the range crosses the new year
                    crosses = (first.month, first.day) > (mention.month, mention.day)
                    first.year = mention.year - 1 if crosses else mention.year
                first.end = mention.end
                continue
            first = merged[-1]
            if _AND_BETWEEN_RE.fullmatch(between) and first.weekday is None and mention.weekday is None \
                    and first.year in (None, mention.year) and _next_day(first, mention):
                # "am 11. Oktober und 12. Oktober (2027)": two days in a row said in full, as "am 11. und 12. Oktober"
                first.end_day, first.end_month, first.end_year = mention.day, mention.month, mention.year
                first.year = mention.year - 1 if mention.year and mention.month < first.month else mention.year
                first.days_listed, first.end = (first.day, mention.day), mention.end
                continue
        merged.append(mention)
    _share_the_weekday(line, merged)
    return merged


_AND_BETWEEN_RE = re.compile(r"\s+(?:und|&)\s+")


def _next_day(first: DateMention, then: DateMention) -> bool:
    """`then` is the day after `first` ("am 11. Oktober und 12. Oktober", "am 30. September und 1. Oktober")."""
    if then.month == first.month:
        return then.day == first.day + 1
    last = calendar.monthrange(then.year or first.year or 2001, first.month)[1]
    return then.month == first.month % 12 + 1 and then.day == 1 and first.day == last


def _dash_chained(line: str, mentions: list[DateMention]) -> set[int]:
    """The days of a run of three or more joined by dashes ("20.11.2023 - 18.12.2023 - 15.01.2024 - …"): a series'
    dates one after the other, not spans."""
    chained: set[int] = set()
    run: list[DateMention] = mentions[:1]
    for before, mention in zip(mentions, mentions[1:]):
        if before.end_day is None and mention.end_day is None and DASH_ONLY_RE.fullmatch(line[before.end:mention.start]):
            run.append(mention)
            continue
        if len(run) >= DASH_CHAIN_DAYS:
            chained |= {id(m) for m in run}
        run = [mention]
    if len(run) >= DASH_CHAIN_DAYS:
        chained |= {id(m) for m in run}
    return chained


DASH_ONLY_RE = re.compile(r"\s*[-–—]\s*")
DASH_CHAIN_DAYS = 3


def led_by_a_day(line: str) -> bool:
    """The line starts with a day ("13.02. Kinderfasching", "20.08.2025 ab 18:00 Uhr"): a row of a list or programme."""
    return bool(MAYBE_DATE(line[:20])) and any(m.start <= 2 for m in find_dates(line[:40]))


def listed_days(mention: DateMention) -> list[DateMention]:
    """A single day as itself, and each day of a listing that is no span ("der 10. und 24. April",
    "am 8., 15. und 22. November") as a day of its own; a span ("12. bis 14. Mai") or two days in a row
    ("12. und 13. Oktober", one event over both) as none."""
    if mention.end_day is None:
        return [mention]
    days = mention.days_listed
    if not days or any(b - a <= 1 for a, b in zip(days, days[1:])) or mention.end_month not in (None, mention.month):
        return []
    return [dataclasses.replace(mention, day=day, end_day=None, end_month=None, end_year=None, days_listed=())
            for day in days]


# "jeweils Samstag, 1. Februar, 7. März und 4. April": one weekday said once for every day of the list
SHARED_WEEKDAY_CUE_RE = re.compile(r"\bjeweils\s+(?:am\s+|an\s+)?$", re.IGNORECASE)
LIST_JOINER_RE = re.compile(r"\s*(?:,|;|&|und|sowie)\s*(?:(?:der|den|am)\s+)?", re.IGNORECASE)


def _share_the_weekday(line: str, mentions: list[DateMention]) -> None:
    """Give the weekday said once before a list of days to each of its days, so that the weekday pins the
    year of them all (which the page's weekday year then reads jointly)."""
    for index, first in enumerate(mentions):
        if first.weekday is None or first.year is not None \
                or not SHARED_WEEKDAY_CUE_RE.search(line, max(0, first.start - 20), first.start):
            continue
        previous = first
        for following in mentions[index + 1:]:
            if following.weekday is not None or following.year is not None \
                    or (following.end_day is not None and not following.days_listed) \
                    or not LIST_JOINER_RE.fullmatch(line, previous.end, following.start):
                break
            following.weekday, following.weekday_shared, previous = first.weekday, True, following


RANGE_PAIR_BEFORE_RE = re.compile(rf"(?<![\d.:])(?P<a>0?[1-9]|[12]\d|3[01])\.\s*(?:{_DASH}|bis|/)\s*"
                                  rf"(?P<b>0?[1-9]|[12]\d|3[01])\.\s*(?:&|und|sowie|,)\s*$")  # days with their dots: not "Klasse 3/4,"
# the first of two weekdays said for two days ("Donnerstag/Freitag, 14./15. November", "Do. und Fr., 14. und 15.11.")
WEEKDAY_PAIR_BEFORE_RE = re.compile(
    rf"(?<![\wäöü])(?:(?P<wd>{WEEKDAY_NAME})|(?P<wds>Mo|Di|Mi|Do|Fr|Sa|So)\.?)\s*(?:/|und|&|{_DASH})\s*$", re.IGNORECASE)
DAY_LIST_BEFORE_RE = re.compile(r"(?<![\d.:])(?:(?:0?[1-9]|[12]\d|3[01])\.,\s*)+$")

_RANGE_BETWEEN_RE = re.compile(  # ("von Dienstag, 13. Juli 2027, bis Freitag, 16. Juli 2027": a comma before "bis")
    rf"\s*,?\s*(?:,?\s*-?\s*{_T}(?:[:.]{_M})?\s*(?:Uhr)?\s*)?(?:–|—|-|bis(?:\s+(?:einschließlich|einschl\.|inklusive|zum))?|\u2013)\s*"
    rf"(?:(?:{WEEKDAY_NAME}),?\s*(?:den\s+)?)?",
    re.IGNORECASE)

_ROOM_RE = re.compile(r"(?:Raum|Zimmer|Etage|Kapitel|Abschnitt|Version|Nr\.?|Seite|S\.)\s*$", re.IGNORECASE)


def _looks_like_room_or_version(line: str, start: int, end: int) -> bool:
    return bool(_ROOM_RE.search(line[max(0, start - 12):start]))


# the hours said right after a day: "um 17 Uhr", "von 10 bis 12 Uhr", ", 15.30 Uhr" ("… 18. April, um 17 Uhr")
HOURS_WORDS = r"(?:(?:um|ab|von)\s+)?\d{1,2}(?:[.:][0-5]\d)?\s*(?:(?:–|-|bis)\s*\d{1,2}(?:[.:][0-5]\d)?\s*)?Uhr"
HOURS_AFTER_DAY_RE = re.compile(rf"\s*,?\s*(?P<hours>{HOURS_WORDS})")


@dataclass
class TimeRange:
    start: str          # "HH:MM"
    end: str | None
    position: int


def _hhmm(hour: str, minute: str | None) -> str:
    return f"{int(hour):02d}:{minute or '00'}"


LATE_START, EARLY_END = "17:00", "06:00"  # a range from the evening into the night ends the next day


CLOCK_SLIP_RE = re.compile(r"(?<![\d.])(?P<h>[01]?\d|2[0-3])\.-(?P<m>[0-5]\d)(?=\s*Uhr)")


def find_time(text: str) -> TimeRange | None:
    """The first clock time or time range in text ("10:00–13:00 Uhr", "von 10 bis ca. 13 Uhr",
    "ab 18 Uhr", "13.30 Uhr", "Beginn: 9:30 Uhr"). Bare numbers need "Uhr" or a colon."""
    if ".-" in text:  # "von 18.00 – 20.-00 Uhr": a slip of the pen, read as "20.00" (each position kept)
        text = CLOCK_SLIP_RE.sub(lambda slip: f"{slip.group('h')}.{slip.group('m')} ", text)
    for match in _overlapping(TIME_RANGE_RE, text):
        has_uhr = bool(match.group("uhr"))
        colon_form = bool(match.group("m1") and match.group("m2")) and ":" in match.group(0)
        if not (has_uhr or colon_form or match.group("m2") and ":" in match.group(0)):
            continue
        if _preceded_by_digit_dot(text, match.start()):
            continue
        start, end = _hhmm(match.group("h1"), match.group("m1")), _hhmm(match.group("h2"), match.group("m2"))
        if (start, end) == ("00:00", "24:00"):
            continue  # "0 bis 24 Uhr dienstbereit": round the clock, no event's hours
        end = "23:59" if end == "24:00" else end
        if end <= start:
            if start >= LATE_START and end <= EARLY_END:
                return TimeRange(start, None, match.start())  # "von 18 bis 1 Uhr": a night's, past midnight
            continue
        if match.group("between"):
            single = _first_single_time(text)
            if single and single.position < match.start():
                continue  # "beginnt um 9 Uhr. Zwischen 12 und 13 Uhr ist Mittagspause": the start came first
        return TimeRange(start, end, match.start())
    return _first_single_time(text)


def _first_single_time(text: str) -> TimeRange | None:
    for match in _overlapping(TIME_SINGLE_RE, text):
        if not match.group("uhr") and match.group("sep") != ":":
            continue
        if match.group("sep") == "." and not match.group("uhr"):
            continue
        if _preceded_by_digit_dot(text, match.start("h")):
            continue
        if not match.group("uhr") and not match.group("m"):
            continue
        return TimeRange(_hhmm(match.group("h"), match.group("m")), None, match.start())
    return None


def _overlapping(pattern: re.Pattern, text: str):
    """Like finditer, but a rejected match does not swallow the start of the next one
    ("2018 - 10:15 bis 16:15" must still yield "10:15 bis 16:15")."""
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        yield match
        position = match.start() + 1


def _preceded_by_digit_dot(text: str, position: int) -> bool:
    """Reject the "14" of "2.14" and the "2027" tail of dates as clock times."""
    before = text[max(0, position - 2):position]
    return bool(re.search(r"\d[.]?$", before)) and not before.endswith(" ")


def find_month_year(line: str) -> re.Match | None:
    """A month without a day: "vsl. Dezember 2020", "voraussichtlich im März 2027"."""
    for match in MONTH_YEAR_RE.finditer(line):
        # "3. Dezember 2020" is a full date, not a month
        before = line[:match.start("mon")].rstrip()
        if re.search(r"\d\.?$", before):
            continue
        return match
    return None


def month_of(token: str) -> int | None:
    return _month_of(token)


def iso(day: date, time: str | None = None) -> str:
    return f"{day.isoformat()}T{time}" if time else day.isoformat()


def parse_with_dateparser(text: str, reference: date | None) -> date | None:
    """Last resort for a labelled date value none of the patterns reads."""
    import dateparser  # imported lazily: ~0.5 s start-up, and rarely needed

    from datetime import datetime
    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future",
                "REQUIRE_PARTS": ["day", "month"]}
    if reference:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    try:
        parsed = dateparser.parse(text, languages=["de"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None


# "am kommenden Dienstag", "Letzte Woche Donnerstag", "am vergangenen Freitag", "heute", "morgen":
# days named relative to when an article was written. Read only against its publication date.
_WEEKDAY_NAMES = rf"(?P<wd>{WEEKDAY_NAME})"
RELATIVE_DAY_RE = re.compile(
    rf"\b(?:(?:am\s+)?(?P<next>kommenden|nächsten|diesen)\s+{_WEEKDAY_NAMES}"
    rf"|(?:am\s+)?(?P<last>vergangenen|letzten)\s+{_WEEKDAY_NAMES.replace('wd>', 'wd2>')}"
    rf"|(?P<lastweek>[Ll]etzte\s+Woche|in\s+der\s+vergangenen\s+Woche\s+am)\s+{_WEEKDAY_NAMES.replace('wd>', 'wd3>')}"
    rf"|(?:am\s+)?(?P<tomorrow>morgigen)\s+{_WEEKDAY_NAMES.replace('wd>', 'wd4>')}"
    rf"|\b(?P<today>[Hh]eute|[Zz]ur\s+Stunde|am\s+heutigen\s+(?:{WEEKDAY_NAME}))\b"
    # "Lange Woche der Bildung startet morgen": the day after the article's (not the school "von morgen")
    rf"|(?<!von\s)(?<!für\s)\b(?P<next_day>morgen)\b(?!\s*(?:früh|Abend|Vormittag|Nachmittag))"
    # (and opening its sentence before its verb: "Morgen startet in der Stadtbücherei die Lesewoche")
    rf"|(?:^|(?<=[.!?]\s))(?P<next_day_led>Morgen)(?=\s+(?:startet|beginnt|findet|öffnet|eröffnet|tagt|lädt|gibt))"
    # (or a headline's day named after its kicker: "Meine Stadt Morgen ist „Girls Day“ in Niedersachsen"; not "Der
    # Morgen ist …", "Am Morgen ist …")
    rf"|(?:^|(?<=\s))(?<![Dd]er\s)(?<![Aa]m\s)(?<![Dd]en\s)(?<!Guten\s)(?P<next_day_named>Morgen)"
    rf"(?=\s+ist\s+(?:der\s+|die\s+|das\s+)?[„\"“]?[A-ZÄÖÜ])"
    # "Mehrere Tausend Besucher strömten gestern zur dritten Auflage der Messe": the day before the article's (not
    # "die Schule von gestern")
    rf"|(?<!von\s)(?<!wie\s)\b(?P<yesterday>[Gg]estern)\b"
    # "am Mittwoch", "am Montagmittag": its tense tells which
    rf"|\b[Aa]m\s+(?P<plain>{WEEKDAY_NAME})(?:vormittag|nachmittag|mittag|abend|morgen)?\b(?!\s*,?\s*(?:den\s+)?\d))")
# "Die Woche der Bildung startet morgen", "morgen beginnt der Fachtag": an event that starts the day after the article
TOMORROW_HAPPENS_RE = re.compile(r"\b(?:startet|starten|beginnt|beginnen|findet|finden|eröffnet|öffnet|tagt|tagen|lädt|laden)\b"
                                 r"[^.,;?!]{0,40}\bmorgen\b|\b[Mm]orgen\b[^.,;?!]{0,40}\b(?:startet|beginnt|findet|eröffnet|tagt|lädt)\b"
                                 # a headline's "Morgen ist „Girls Day“ in Niedersachsen": the named day is tomorrow
                                 r"|\b[Mm]orgen\s+ist\s+(?:der\s+|die\s+|das\s+)?[„\"“]?[A-ZÄÖÜ]")
# "der am Mittwoch in Heubach stattfand", "findet am Mittwoch … statt": a bare weekday names a day only in a
# sentence that says an event happens; the verb nearest to it tells the last such weekday from the next
HAPPENED_VERB_RE = re.compile(r"\b(?:stattfand|stattfanden|fand|fanden|stattgefunden|begann|tagte|tagten|traf|trafen|"
                              r"eröffnete|eröffneten|las|sprach|referierte|spielte|spielten|startete|starteten|folgte|"
                              r"wurde|wurden|ging|gingen)\b"
                              # the perfect of a happening: "Am Dienstag haben … das neue Büro … eröffnet"
                              # (the participle closes its clause: not "hat … geöffnet und veranstaltet einen Flohmarkt",
                              # "haben … Gelegenheit, die Räume zu besichtigen, die … eröffnet werden")
                              r"|\b(?:hat|haben)\b(?=[^.!?]{0,260}\b(?:eröffnet|eingeweiht|gefeiert|veranstaltet|"
                              r"ausgerichtet|durchgeführt)\s*(?:[.!?;]|$))"
                              # the pluperfect of an invitation: "… als die Gymnasien zum Tag der offenen Tür eingeladen
                              # hatten"
                              r"|\b(?:eingeladen|geladen)\s+(?:hatte|hatten)\b|\b(?:hatte|hatten)\b(?=[^.!?]{0,200}\b(?:eingeladen|geladen)\b)")
HAPPENS_VERB_RE = re.compile(r"\b(?:stattfindet|stattfinden|findet|finden|beginnt|tagt|trifft|erwartet|lädt|laden|"
                             r"liest|lesen|spricht|referiert|spielt|spielen|folgt|gibt|wird|werden)\b"
                             # a house or a fair that opens its doors that day (not a house's hours: "öffnet um 10 Uhr")
                             r"|\b(?:öffnet|öffnen)\b(?=(?:[^.!?]|(?<=\d)\.){0,80}\b(?:Türen|Tore|Pforten)\b)")
# a weekday of every week, no one day: "finden die Vorlesungen dort nur noch am Freitagnachmittag statt"
HABITUAL_BEFORE_RE = re.compile(r"\b(?:nur(?:\s+noch)?|immer|jeweils|meist(?:ens)?|regelmäßig|stets|grundsätzlich)\s+$")
# what a day is, said in the present: "Am Sonnabend ist Familieninfotag" (not "ist … geschlossen", "ist Ruhetag")
IS_ON_WEEKDAY_RE = re.compile(r"\s+(?:ist|sind)\s+(?!(?:\w+\s+){0,3}(?:geschlossen|zu|frei|Ruhetag|keine?)\b)")
# (and the past of a report's sentence: "… am Montag bei der Eröffnung", "sagte …"; "stand eine lange Schlange")
WAS_RE = re.compile(r"\b(?:wurde|wurden|war|waren|hatte|hatten|sagte|sagten|erklärte|betonte|berichtete|stand|standen|"
                    r"kam|kamen|eröffnete|eröffneten)\b")
WILL_RE = re.compile(r"\b(?:wird|werden)\b")
_CLAUSE_STOP_RE = re.compile(r"(?<=[a-zäöüß]{3})[.!?]\s")
# a house's opening hours: "geöffnet", "Öffnungszeiten" (lexicon.OPENING_HOURS_RE is built from these words)
OPENING_HOURS_WORDS = r"[Gg]eöffnet|Öffnungszeit\w*"
# what holds every week: "ist am Mittwoch …", "Sprechzeiten", a house's opening hours
STANDING_HOURS_RE = re.compile(rf"\b(?:ist|sind|immer|{OPENING_HOURS_WORDS})\b|[Ss]prechstunde|[Ss]prechzeit|öffnungszeit")
# hours right after a weekday: "am Montag, 17 Uhr", "am Montag von 15 bis 18 Uhr", "am Dienstag um 16.30 Uhr"
CLOCK_AFTER_WEEKDAY_RE = re.compile(r",?\s*(?:um|von|ab)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\b|bis\s+\d)")


def _tense_of_weekday(line: str, start: int, end: int) -> str | None:
    """"past", "future" or None for the bare weekday at [start, end): the happening verb nearest to it in
    its sentence (read in a window, so a 200,000-character line costs no more per weekday)."""
    window_start = max(0, start - 200)
    window = line[window_start:end + 300]  # (a perfect's participle may close a long sentence)
    at, until = start - window_start, end - window_start
    first = max((m.end() for m in _CLAUSE_STOP_RE.finditer(window, 0, at)), default=0)
    stop = _CLAUSE_STOP_RE.search(window, until)
    sentence_end = stop.start() if stop else len(window)

    def nearest(past: re.Pattern, future: re.Pattern) -> str | None:
        verbs = [(abs(m.start() - at), tense) for tense, pattern in (("past", past), ("future", future))
                 for m in pattern.finditer(window, first, sentence_end)]
        return min(verbs)[1] if verbs else None

    tense = nearest(HAPPENED_VERB_RE, HAPPENS_VERB_RE)
    if tense is None and IS_ON_WEEKDAY_RE.match(window, until):
        tense = "future"  # "Am Sonnabend ist Familieninfotag": what the day is, said in the present
    if tense is None and CLOCK_AFTER_WEEKDAY_RE.match(window, until) \
            and not STANDING_HOURS_RE.search(window, first, sentence_end):
        # "Dazu zählt am Montag von 15 bis 18 Uhr ein Vortrag der AOK": a weekday with its hours in a sentence of no
        # happening verb is an appointment to come, unless the sentence tells it in the past (not a standing hour: "Die
        # Sprechstunde ist am Mittwoch von 9 bis 12 Uhr")
        tense = nearest(WAS_RE, WILL_RE) or "future"
    if tense is None and re.search(r"[A-ZÄÖÜ][a-zäöüß]{3,}\s+$", window[max(first, at - 40):at]):
        # "In der Auftaktveranstaltung am Donnerstag wurden alle … informiert": a day attached to a noun, its
        # sentence's auxiliary tells the tense
        tense = nearest(WAS_RE, WILL_RE)
    return tense


LEAP_YEAR = 2024  # a year that holds every day of the calendar, for reading the order of days without a year


def span_days(span: DateMention) -> int | None:
    """How many days a span of days covers, from its first to its last (a year without one: a leap year's)."""
    year = span.year or span.end_year or LEAP_YEAR
    try:
        first = date(year, span.month, span.day)
        last = date(span.end_year or year, span.end_month or span.month, span.end_day)
    except (ValueError, TypeError):
        return None
    if last < first and span.end_year is None:
        last = date(year + 1, last.month, last.day)
    return (last - first).days + 1


# "Am Montag sind um 10 Uhr …", "am Mittwoch um 9.30 Uhr": a weekday without its date
BARE_WEEKDAY_RE = re.compile(rf"\b[Aa]m\s+(?P<wd>{WEEKDAY_NAME})\b(?!\s*,?\s*(?:den\s+|dem\s+)?\(?\d{{1,2}}\.)"
                             # a week's programme that opens a sentence with the weekday as an adverb: "Donnerstags um
                             # 11:00 Uhr lädt die Theatergruppe … ein" (that week's Thursday)
                             r"|(?:^|(?<=[.!?]\s))(?P<wds>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)s"
                             r"(?=\s+(?:um|ab|von)\s+\d)")


def days_in_week(line: str, span: DateMention, first: date) -> list[DateMention]:
    """The bare weekdays of a line as the days of the week `span` covers ("vom 25. September bis zum 1. Oktober" and
    "Am Dienstag um 11 Uhr öffnet …": 27 September), each where its weekday falls in the span. `first` is the span's
    first day in a year whose weekdays are the page's; the span's year (or its lack) is theirs."""
    length = span_days(span) or 0
    found = []
    for match in BARE_WEEKDAY_RE.finditer(line):
        weekday = WEEKDAYS[(match.group("wd") or match.group("wds")).lower()]
        offset = (weekday - first.weekday()) % 7
        if offset >= length:
            continue  # (a weekday the week does not hold)
        day = first + timedelta(days=offset)
        year = span.year if day.year == first.year else span.end_year
        found.append(DateMention(match.start(), match.end(), day.day, day.month, year, weekday))
    return found


# a day said again by reference to the one named just before: "Am gleichen Tag um 11 Uhr …", "Am selben Abend …",
# "Am folgenden Tag …"
SAME_DAY_RE = re.compile(r"\b[Aa]m\s+(?P<which>gleichen|selben|folgenden|nächsten)\s+(?:Tag|Abend|Nachmittag|Vormittag)\b")
SAME_DAY_LINES = 2  # how far above its reference "Am gleichen Tag" may find the day it means


# "Auch am Samstag: Die Lesung mit …", "… präsentiert … ebenfalls am Samstag" after "Am Samstag den 5. Oktober …": the
# weekday of the day written just before, said again (see `weekday_elsewhen`)
SAME_WEEKDAY_RE = re.compile(rf"\b[Aa]m\s+(?P<wd>{WEEKDAY_NAME})\b(?!\s*,?\s*(?:den\s+|dem\s+)?\(?\d{{1,2}}\.)")
# a weekday outside the week, or every week's: "Bereits am Mittwoch …", "immer am Montag", "jeden Montag"; "am Montag
# darauf", "am Montag danach"
WEEKDAY_ELSEWHEN_BEFORE_RE = re.compile(r"\b(?:[Bb]ereits|[Ss]chon|[Ii]mmer|[Jj]eweils|[Jj]eden|[Ee]rst)\s+$")
WEEKDAY_ELSEWHEN_AFTER_RE = re.compile(r"\s+(?:darauf|danach|nach\b|zuvor|davor|vorher)")


def weekday_elsewhen(text: str, start: int, end: int) -> bool:
    """The bare weekday at [start, end) is another week's or every week's ("jeden Samstag", "am Montag darauf")."""
    return bool(WEEKDAY_ELSEWHEN_BEFORE_RE.search(text[max(0, start - 20):start]) or WEEKDAY_ELSEWHEN_AFTER_RE.match(text, end))


def weekdays_said_again(text: str) -> list[re.Match]:
    """The bare weekdays of `text` that may say again a day written before them."""
    return [m for m in SAME_WEEKDAY_RE.finditer(text) if not weekday_elsewhen(text, m.start(), m.end())]


def referring_back(text: str) -> bool:
    """The text may say a day again: "Am gleichen Tag", "am folgenden Abend", a bare "am Samstag"."""
    return bool(SAME_DAY_RE.search(text) or weekdays_said_again(text))


def days_referred_back(text: str, earlier: DateMention | None) -> list[DateMention]:
    """The days `text` says again, in its order: each "Am gleichen Tag" and each bare weekday of `earlier`'s."""
    matches = sorted(list(SAME_DAY_RE.finditer(text)) + weekdays_said_again(text), key=lambda m: m.start())
    return [day for day in (day_referred_back(match, earlier) for match in matches) if day]


def day_referred_back(match: re.Match, earlier: DateMention | None) -> DateMention | None:
    """"Am gleichen Tag um 11 Uhr gibt es …" (a SAME_DAY_RE match) after "Zum Weltfrauentag am Samstag, 8. März, …": the
    day named just before (`earlier`, one day, not a span), or the day after it ("Am folgenden Tag"); a bare weekday
    (a SAME_WEEKDAY_RE match) only where it is that day's."""
    if earlier is None or earlier.end_day is not None or earlier.days_listed:
        return None
    day, month, year, weekday = earlier.day, earlier.month, earlier.year, earlier.weekday
    if match.re is SAME_WEEKDAY_RE:
        if weekday is None or WEEKDAYS[match.group("wd").lower()] != weekday:
            return None
        return DateMention(match.start(), match.end(), day, month, year, weekday)
    if match.group("which") in ("folgenden", "nächsten"):
        if year is None and (month, day) in ((2, 28), (12, 31)):
            return None  # (the next day of these depends on the year the page does not give)
        try:  # (a day without its year is counted on in a year without 29 February: that day has no next day then)
            following = date(year or 2001, month, day) + timedelta(days=1)
        except ValueError:
            return None
        day, month = following.day, following.month
        year = following.year if year else None
        weekday = None if weekday is None else (weekday + 1) % 7
    return DateMention(match.start(), match.end(), day, month, year, weekday)


def holds_day(mention: DateMention, day: tuple[int, int]) -> bool:
    """The mention names `day` (day, month) or spans it ("vom 27.09. bis zum 1.10." holds the 28th); a span over the
    New Year holds the days on either side of it."""
    first = (mention.month or 0, mention.day or 0)
    last = (mention.end_month or mention.month or 0, mention.end_day or mention.day or 0)
    wanted = (day[1], day[0])
    return first <= wanted <= last if first <= last else wanted >= first or wanted <= last


def said_again(text: str, mention: DateMention) -> bool:
    """The mention (of `text`) is a day said again, "Am gleichen Tag", not a day written out."""
    said = text[mention.start:mention.end]
    return bool(SAME_DAY_RE.fullmatch(said)
                or SAME_WEEKDAY_RE.fullmatch(said) and not weekday_elsewhen(text, mention.start, mention.end))


def year_of_weekday(day: int, month: int, weekday: int, near: int) -> int | None:
    """The year nearest `near` in which day.month falls on `weekday`."""
    years = years_on_weekday(day, month, weekday, range(near - 6, near + 7))
    return min(years, key=lambda year: abs(year - near)) if years else None


def find_relative_dates(line: str, published: date) -> list[DateMention]:
    """Days named relative to the publication date, as mentions with their year filled in."""
    found = []
    quotes: list[list[int]] = []  # (where the line's quotes open and close, found once: a long line has many days)
    for match in RELATIVE_DAY_RE.finditer(line):
        if match.group("today") or match.group("yesterday") or match.group("next_day") or match.group("next_day_led") \
                or match.group("next_day_named"):
            if not quotes:
                quotes = [[i for i, c in enumerate(line) if c == mark] for mark in "„“"]
            if bisect.bisect_left(quotes[0], match.start()) > bisect.bisect_left(quotes[1], match.start()):
                continue  # ("„Gestern hatten wir hier ein Treffen …“, begrüßte die Leiterin": the speaker's day, not the article's)
        if match.group("today"):
            day = published
        elif match.group("yesterday"):
            day = published - timedelta(days=1)
        elif match.group("next_day") or match.group("next_day_led") or match.group("next_day_named"):
            if not TOMORROW_HAPPENS_RE.search(line[max(0, match.start() - 60):match.end() + 30]):
                continue  # ("Wie lernen Kinder morgen?", "noch bis morgen möglich": no event starts tomorrow)
            day = published + timedelta(days=1)
        else:
            name = match.group("wd") or match.group("wd2") or match.group("wd3") or match.group("wd4") or match.group("plain")
            weekday = WEEKDAYS[name.lower()]
            if match.group("plain"):
                if HABITUAL_BEFORE_RE.search(line, max(0, match.start() - 30), match.start()):
                    continue  # "finden die Vorlesungen nur noch am Freitagnachmittag statt": every Friday
                tense = _tense_of_weekday(line, match.start(), match.end())
                if tense is None:
                    continue  # "Das Büro ist am Mittwoch geschlossen": no event happens on it
                if tense == "past":
                    day = published - timedelta(days=(published.weekday() - weekday) % 7)
                else:
                    day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
            elif match.group("next") or match.group("tomorrow"):
                delta = (weekday - published.weekday()) % 7 or 7
                day = published + timedelta(days=delta)
            elif match.group("last"):
                delta = (published.weekday() - weekday) % 7 or 7
                day = published - timedelta(days=delta)
            else:  # "letzte Woche Donnerstag": that weekday in the week before the publication's
                monday = published - timedelta(days=published.weekday() + 7)
                day = monday + timedelta(days=weekday)
        found.append(DateMention(match.start(), match.end(), day.day, day.month, day.year, day.weekday()))
    return found
