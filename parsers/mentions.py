"""Date candidates: every date on the page, classified (event, deadline, publication, old date,
other) and scored by named features (a date label, the event-date element, a heading, a time after
it, a weekday, "findet … statt" around it, an event noun after it …). Readers choose among them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from . import dates as d
from . import gazetteer
from . import lexicon as lex
from . import prose
from .content import PageView, _date_or_none

HAS_DIGIT = re.compile(r"\d").search
# No announcement page carries thousands of dates; an archive or a data dump that does is read for
# its first ones, so a 10 MB page costs seconds, not minutes.
MAX_CLASSIFIED = 1000


@dataclass
class Mention:
    line: int
    date: d.DateMention
    kind: str          # event | deadline | publication | old | history | other
    score: int
    first: date | None = None
    last: date | None = None


_PERSON = r"(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
BYLINE_DATE_RE = re.compile(rf"\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\s*[|·]\s*{_PERSON}(?:(?:,\s*|\s+und\s+){_PERSON})*")
# "12. März 2025: Fachtag …": a line led by its date and a colon
RELEASE_DATE_LEAD_RE = re.compile(r"[0-3]?\d\.\s*(?:[A-ZÄÖÜ][a-zäöü]+\.?|[01]?\d\.)\s*(?:19|20)\d\d\s*:")
# the same lead and the name after it: "24. April 2027: Blüten, Bäume, Bienen – Fortbildung"
DATE_COLON_ROW_RE = re.compile(r"\s*" + RELEASE_DATE_LEAD_RE.pattern + r"\s+(?P<name>[A-ZÄÖÜ„\"].+)")
# "06.11.2014 · Berlin / Termine": a post's date, place and section above its headline
POST_META_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*·\s*[^·/]{2,40}?\s*/\s*"
                          r"(?:Termine|Aktuelles|News|Meldungen|Nachrichten|Presse\w*|Veranstaltungen|Blog)")


def find_mentions(view: PageView) -> list[Mention]:
    """Every date on the page (and, for an article with a known date, every relative day), classified."""
    result = []
    before_title = view.title_line()
    event_time_lines = {t.line_index for t in view.page.time_elements if t.event_hint}
    # (a page known only by its month cannot count "am Samstag" or "gestern" from its day)
    published = view.publication_date if not view.page.is_html and view.publication_day_known else None
    # a list of posts, each under its own day ("21.01.2020" / "Musterau" / headline / "… am Samstag …"): a post's
    # "am Samstag" counts from its own day, not from the page's first
    stamps = [(line, day) for line, day in view.dated_days if view.date_only(line)] if published else []
    stamps = stamps if len(stamps) >= 2 else []
    next_stamp = 0  # (the stamps in page order: the nearest one above a line is the last one passed)
    week_days: list[int] = []  # (where in the result the days of the page's week are)
    last_day: tuple[int, d.DateMention] | None = None  # (the line and the last day written so far: "Am gleichen Tag")
    for index, text in enumerate(view.texts):
        found = d.find_dates(text) if HAS_DIGIT(text) else []
        while next_stamp < len(stamps) and stamps[next_stamp][0] < index:
            published = stamps[next_stamp][1]
            next_stamp += 1
        if view.week_span and found:
            found = [_on_its_weeks_weekday(m, view.week_span[1], view.week_span[2]) for m in found]
        week = view.week_span if d.BARE_WEEKDAY_RE.search(text) else None
        of_week: list[d.DateMention] = []
        if week and (index > week[0] and not found or index == week[0]):
            # "vom 25. September bis zum 1. Oktober" above "Am Dienstag um 11 Uhr öffnet sich …": a day of that week,
            # where its sentence gives an hour or names an event (after the span, on its own line too)
            of_week = [m for m in d.days_in_week(text, week[1], week[2])
                       if (index > week[0] or m.start > week[1].end) and _weekday_sentence_happens(text, m.start, m.end)]
            found = found + of_week
        if published and index not in view.publication_lines and not found and not _under_a_dated_row(view, index):
            # "am morgigen Mittwoch" names a day only against the article's date: weaker evidence
            # than a written date, so it counts only beside an event's name ("Die Flüge finden
            # auch am morgigen Mittwoch statt" is no event)
            found = [_the_written_day(view, m) for m in d.find_relative_dates(text, published)
                     if (_names_an_event_near(text[max(0, m.start - 160):m.end + 160])
                         or lex.HOUSE_OPENED_RE.search(prose.sentence_around(text, m.start, m.end))
                         # ("präsentieren sich am heutigen Samstag von 10 bis 15 Uhr": the day's hours)
                         or d.CLOCK_AFTER_WEEKDAY_RE.match(text, m.end)
                         # ("ist heute Abend zu Gast im Schulzentrum. Um 19 Uhr liest sie …": its hour right after)
                         or d.find_time(text[m.end:m.end + RELATIVE_DAY_HOUR_REACH]))
                     and not TRIP_LEG_RE.search(prose.sentence_around(text, m.start, m.end))]
        referred = []
        if "Am " in text or "am " in text:
            referred = _days_referred_back(text, found, last_day if last_day and index - last_day[0] <= d.SAME_DAY_LINES else None)
            found = sorted(found + referred, key=lambda m: m.start) if referred else found
        if found:
            last_day = (index, _day_said_last(text, found))
        if len(result) >= MAX_CLASSIFIED:
            break
        for mention in found:
            kind, score = classify_mention(view, index, text, mention, before_title, event_time_lines)
            if any(mention is day for day in of_week):
                week_days.append(len(result))
            if any(mention is day for day in referred):
                # (a day said again is one more event's only where a sentence names it; never the page's own day,
                # which the day written out holds: "Am Samstag, 5. Juni … Sommerfest. Am folgenden Tag … Brunch")
                score = min(score, REFERRED_DAY_SCORE)
            result.append(Mention(index, mention, kind, score))
    return _week_over_its_days(view, result, week_days)


def _week_over_its_days(view: PageView, mentions: list[Mention], week_days: list[int]) -> list[Mention]:
    """The page's week and its days: the week, not its Monday, is the page's own event ("7. bis 13. Oktober: „Woche der
    offenen Tür“" over "am Montag um 19:30 Uhr …"). Each day is one of its items, named by its own sentence, and scores
    below what the page's own day needs; the week's span scores at least that."""
    if not week_days or view.week_span is None:
        return mentions
    span = view.week_span[1]
    days = set(week_days)
    return [replace(m, score=min(m.score, WEEK_DAY_SCORE)) if i in days
            else replace(m, kind="event", score=max(m.score, OWN_DAY_SCORE))
            if m.date.end_day and m.date.days_named == span.days_named and m.kind in ("event", "other") else m
            for i, m in enumerate(mentions)]


def _on_its_weeks_weekday(mention: d.DateMention, span: d.DateMention, first: date) -> d.DateMention:
    """The page's week written without a year or a weekday ("7. bis 13. Oktober"), on the weekday the page gives its
    first day ("Von Montag bis Sonntag …"), so that it falls in the year of its days ("am Montag um 19:30 Uhr")."""
    if mention.year is None and mention.end_year is None and mention.weekday is None \
            and mention.days_named == span.days_named:
        return replace(mention, weekday=first.weekday())
    return mention


OWN_DAY_SCORE = 2  # what the page's own day needs
REFERRED_DAY_SCORE = WEEK_DAY_SCORE = 1  # below it


# a trip's way there or back: "Bevor es am Freitagnachmittag wieder zurück nach Ratzeburg ging, …"
TRIP_LEG_RE = re.compile(r"\b(?:zurück|Rückfahrt|Rückreise|Heimreise|Heimfahrt|Abfahrt|Rückkehr|Anreise|Abreise)\b")


RELATIVE_DAY_HOUR_REACH = 80  # (how far after "heute Abend" its hour may stand)


def _names_an_event_near(words: str) -> bool:
    """Words around a relative day name an event: its kind ("Elternabend", a "Lesung", a "Vortrag"), or a house's
    opening ("bei der Eröffnung der neuen Beratungsstelle")."""
    return bool(lex.EVENT_TITLE_WORD_RE.search(words) or prose.EVENT_NOUN_RE.search(words)
                or lex.HOUSE_OPENING_RE.search(words))


def _day_said_last(text: str, found: list[d.DateMention]) -> d.DateMention:
    """The day a later line's "am selben Tag" means: the last one written, but not a series' further days ("Los geht es
    am Montag, 19. Mai … Weitere Termine sind bereits geplant: 23. Juni, 21. Juli und 18. August." / "… kommt am selben
    Tag um 14.30 Uhr auf seine Kosten": the 19 May)."""
    for mention in reversed(found):
        start, _ = prose.sentence_span_at(text, mention.start, mention.end)
        if not lex.FURTHER_DAYS_LEAD_RE.search(text, start, mention.start):
            return mention
    return found[-1]


def _days_referred_back(text: str, found: list[d.DateMention], last_day: tuple[int, d.DateMention] | None) -> list[d.DateMention]:
    """"Zum Weltfrauentag am Samstag, 8. März, … Am gleichen Tag um 11 Uhr gibt es …": the day a sentence without a day
    of its own refers back to, written on its line before it or on a line just above."""
    referred = []
    matches = sorted(list(d.SAME_DAY_RE.finditer(text)) + d.weekdays_said_again(text), key=lambda m: m.start())
    for match in matches:
        start, end = prose.sentence_span_at(text, match.start(), match.end())
        if any(start <= m.start < end for m in found):
            continue  # (its sentence gives its own day: "am selben Abend … am 3. März")
        earlier = next((m for m in reversed(found) if m.end <= match.start()), None) \
            or (last_day[1] if last_day and not any(m.end <= match.start() for m in found) else None)
        day = d.day_referred_back(match, earlier)
        if day is not None and (match.re is d.SAME_DAY_RE or _weekday_said_again_happens(text, match.start(), match.end())):
            referred.append(day)
    return referred


def _under_a_dated_row(view: PageView, index: int) -> bool:
    """The text of a programme item led by its day and name ("15.04. Osternest und Osterei" over "Heute färben wir
    …"): its "heute" is the item's day, not the article's (a post's bare day stamp above counts as its date)."""
    if index == 0:
        return False
    above = view.texts[index - 1]
    return len(above) < 100 and not view.date_only(index - 1) and d.led_by_a_day(above)


def _weekday_sentence_happens(text: str, start: int, end: int) -> bool:
    """The sentence of a bare weekday gives an hour or names an event ("Am Montag sind um 10 Uhr …", "Zum
    Seniorenwandertag am Donnerstag …"; not "Am Montag ist das Büro geschlossen")."""
    if text[start:end].endswith("s"):
        # "Donnerstags um 11:00 Uhr lädt die Theatergruppe … ein" in a week's programme: that Thursday, where the
        # sentence invites or says something takes place (not "Donnerstags um 9 Uhr ist das Büro geöffnet")
        sentence = prose.sentence_around(text, start, end)
        return not WEEKDAY_OFF_RE.search(sentence) and bool(lex.INVITES_RE.search(sentence) or lex.HAPPENS_RE.search(sentence))
    return not d.weekday_elsewhen(text, start, end) \
        and _weekdays_sentence_names(prose.sentence_around(text, start, end), lex.EVENT_TITLE_WORD_RE)


def _weekday_said_again_happens(text: str, start: int, end: int) -> bool:
    """The sentence of a weekday said again gives an hour or names an event, a reading or a talk too ("Auch am
    Samstag: Die Lesung mit …"; not "Am Samstag bleibt die Bücherei geschlossen")."""
    return _weekdays_sentence_names(prose.sentence_around(text, start, end), prose.EVENT_NOUN_RE)


def _weekdays_sentence_names(sentence: str, kinds: re.Pattern) -> bool:
    """A weekday's sentence that is no day off nor opening hours gives an hour or names an event of `kinds`."""
    return not WEEKDAY_OFF_RE.search(sentence) and not lex.OFFICE_HOURS_RE.search(sentence) \
        and bool(d.find_time(sentence) or kinds.search(sentence))


WEEKDAY_OFF_RE = re.compile(r"\b(?:geschlossen|unterrichtsfrei|schulfrei|entfällt|entfallen|fällt\s+aus|wieder)\b")


SAME_YEAR_DAYS = 270  # how far from a weekday-pinned day a day without a year is still read in its year


# "Der JuLeiCa-Kurs … findet an drei Wochenenden (27. bis 29. Januar, …) in Musterau statt": the sentence around the
# day says that something takes place, however long the list of days between its verb and its particle
TAKES_PLACE_AROUND_RE = re.compile(r"\b(?:finde[nt]|fanden|fand)\b(?:[^.!?]|(?<=\d)\.){0,300}?\bstatt\b"
                                   r"|\bdauer[nt]\s+vom\b")  # ("Die Ferienfreizeit dauert vom 26. Juli bis 6. August")


# "Brühl, den 24.07.2013", "Weil am Rhein, den 5. März 2027": where (a known town) and when a letter, a minute or a
# notice was written (not a listing's "Frühlingskonzert, den 21. März", nor "Morgen, am 6. Dezember")
LETTER_DATELINE_RE = re.compile(r"\s*(?P<place>[A-ZÄÖÜ][\wäöüß.-]+(?:\s(?:a\.\s?d\.\s|am\s|an\sder\s)?[A-ZÄÖÜ][\wäöüß.-]+)?),\s+den\s+")
# the day another event is held that this one's motto leans on, in brackets: "(in Anlehnung an den Weltkindertag am 20.
# September)" (not "Angelehnt an das Format des Poetry Slam veranstaltet die VHS … am 5. März einen Science Slam")
LEANS_ON_RE = re.compile(r"\(\s*(?:[Ii]n\s+Anlehnung\s+an|[Aa]ngelehnt\s+an)\b[^().;!?]{0,80}$")  # (in brackets only)
# a document's or a post's facts, the label on a line above its day: "Erstellt", "Aktualisiert", "Zuletzt geändert"
PUBLICATION_LABEL_LINE_RE = re.compile(r"(?:Erstellt|Aktualisiert|Zuletzt\s+(?:aktualisiert|geändert|bearbeitet)|Geändert|"
                                       r"Veröffentlicht|Erstellungsdatum|Änderungsdatum|Letzte\s+Änderung)(?:\s+am)?\s*:?")


# what is still to come, said of the day itself: the day opens its clause before the verb ("Am 10. September soll das
# gefeiert werden", "Am 8. Mai wird die Bibliothek Teil der Kulturnacht sein"), or the verb comes first ("Daher werden
# wir uns am 20. November … beteiligen"); not a day inside a noun's phrase ("Der Erlös des Adventsbasars am 28.
# November wird …", "Nach dem Erfolg des Wettbewerbs am 5. März soll …"), a clause of its own ("Die Sternsinger, die am
# 6. Januar … zogen, sollen …"), a custom ("Am 20. November wird jedes Jahr …") or a report
COMING_RE = re.compile(r"\b(?:wird|werden|soll|sollen|will|wollen)\b")
_CUSTOM_RE = re.compile(r"\b(?:jedes\s+Jahr|jährlich|alljährlich|immer|traditionell|seit)\b")


def _told_as_coming(text: str, written: d.DateMention) -> bool:
    clause = prose.clause_around(text, written.start, written.end)
    day = text[written.start:written.end]
    position = clause.find(day)
    if position < 0 or _CUSTOM_RE.search(clause):
        return False
    sentence = prose.sentence_around(text, written.start, written.end)
    if prose.TOLD_IN_THE_PAST_RE.search(sentence) or lex.PAST_REPORT_RE.search(sentence):
        return False
    before, after = clause[:position], clause[position + len(day):]
    return bool(COMING_RE.search(before)) or bool(
        re.fullmatch(r"\s*(?:[Aa]m|[Aa]b)?\s*", before) and COMING_RE.match(after.lstrip(" ,")))


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _the_written_day(view: PageView, relative: d.DateMention) -> d.DateMention:
    """A bare weekday ("am Freitag") as the day the page writes out with that weekday, if it writes one; else as
    counted from the article's date."""
    written = view.days_of_weekdays.get(relative.weekday) if relative.end - relative.start < 40 else None
    if written is None or written.weekday is None or (written.day, written.month) == (relative.day, relative.month):
        return relative
    return replace(relative, day=written.day, month=written.month, year=written.year)


# "Dokumentation der Tagung vom", "Rückblick auf den Fachtag am": a page that documents one event names its day
DOCUMENTED_EVENT_RE = re.compile(r"^\s*(?:Dokumentation|Rückblick|Nachlese|Nachbericht|Tagungsbericht|Bericht)\s+"
                                 r"(?:des|der|zu[mr]|vo[mn]|von\s+der|auf\s+(?:den|die|das))\s+[^.:]{0,80}?\b(?:vom|am)\s*$")


def _signed_below(view: PageView, index: int) -> bool:
    """The article's date is given below the line, as a byline's ("Autor: Die Pressesprecherin, 11.09.2015"), and not
    above or beside it."""
    cued = [i for i, t in enumerate(view.texts[:60]) if d.MAYBE_DATE(t) and lex.PUBLICATION_CUE_RE.search(t)]
    return bool(cued) and cued[0] > index + 2 and not view.publication_lines


# "… lädt alle Eltern ein, sich bis zum 12. März anzumelden": a day to register by (not "brauchen sich nicht anzumelden,
# am 12. März ist …": only after "bis")
REGISTER_BY_RE = re.compile(r"\banzumelden\b")
# no deadline: the day registration opens ("Eine Anmeldung ist ab dem 13. Januar möglich"), the end of a span
# ("findet statt von Dienstag, 14. Mai, bis Donnerstag, 16. Mai") or of a run ("läuft bis zum 28. Februar")
# (a span's start is a day: "von Dienstag, 14. Mai, bis …", "vom 2. bis …"; not "Anmeldung von Kindern … bis zum",
# "vom Sekretariat bis zum", "(Mo.–Fr. von 8 bis 12 Uhr) bis zum")
_SPAN_START = r"\b(?:[Vv]on|[Vv]om)\s+(?:[A-ZÄÖÜ][a-zäöüß]+,?\s+(?:den\s+)?)?\d{1,2}\.(?:[^;!?]){0,60}\bbis\s*(?:zum\s+)?$"
RUN_END_BEFORE_RE = re.compile(r"\b(?:läuft|laufen|dauert|dauern)\b(?:[^.;!?]|(?<=\d)\.){0,40}\bbis\s*(?:zum\s+)?$")
# the day registration opens, by name: "passend zum Anmeldestart am 2. Dezember", "Buchungsbeginn ist der …", "Die
# Anmeldung startet am …"
_SIGN_UP_OPENS = (r"\b(?:(?:Anmelde|Buchungs|Vorverkaufs)(?:start|beginn)\w*|(?:Start|Beginn)\s+der\s+(?:Anmeldung|Buchung)|"
                  r"(?:Anmeldung|Buchung)\s+(?:startet|beginnt|öffnet))\s+(?:ist\s+)?(?:(?:am|der)\s+)?"
                  r"(?:[A-ZÄÖÜ][a-zäöüß]+,?\s+(?:den\s+)?)?$")
NO_DEADLINE_BEFORE_RE = re.compile(rf"\b(?:ab|seit)\s+(?:dem\s+|sofort\s+)?$|{_SPAN_START}|{RUN_END_BEFORE_RE.pattern}|"
                                   rf"{_SIGN_UP_OPENS}")


# "Beginn ist am Sonntag, 20. September mit dem Kinofilm …", "Auftakt ist am …": the day something starts on
BEGINS_ON = r"\b(?:Beginn|Start|Auftakt|Startschuss)\s+(?:ist|war)\s+(?:(?:am|der)\s+)+"
BEGINS_ON_RE = re.compile(BEGINS_ON + "$")


def _publication_cue_of(before: str) -> bool:
    """A publication's cue before the day, with no other day between them ("Stand: 13.09.2024 14:06 Uhr Vom 15. bis
    22. September findet …": the stamp's cue is its own day's, not the week's)."""
    cues = list(lex.PUBLICATION_CUE_RE.finditer(before))
    after_cue = before[cues[-1].end():] if cues else ""
    return bool(cues) and not (d.MAYBE_DATE(after_cue) and d.find_dates(after_cue))


# a clause of its own that starts something on the day, after the registration's: "Bis Montag, 1. März, ist die Anmeldung
# möglich, der Kurs startet am …"
OWN_START_CLAUSE_RE = re.compile(r",\s+(?:der|die|das)\s+[A-ZÄÖÜ][\wäöüß-]*\s+(?:startet|beginnt|findet)\s+(?:dann\s+)?(?:am|ab)\s+$")


# the day an event that could not take place is made up on, and the day it should have been on
NEWS_STAMP_REACH = 140  # (the stamp stands in the page's headline)
MADE_UP_ON_RE = re.compile(rf"[^.!?]{{0,40}}?\b(?:{lex.MADE_UP})\b")
SHOULD_HAVE_BEEN_RE = re.compile(r"\bsollte(?:n)?\s+eigentlich\b|\bhätte(?:n)?\s+eigentlich\b")


HISTORY_YEARS = 10  # a day this many years before the page's latest is history

# a press release's letterhead over its "Datum:" line
RELEASE_HEAD_RE = re.compile(r"\bPresse(?:information|mitteilung|meldung|info)\b")
RELEASE_HEAD_LINES = 4


def classify_mention(view: PageView, index: int, text: str, mention: d.DateMention, title_line: int | None,
              event_time_lines: set[int]) -> tuple[str, int]:
    label = view.labels[index]
    if label is None and index and view.labels[index - 1] and not view.labels[index - 1].value:
        label = view.labels[index - 1]  # "Anmeldeschluss:" on its own line, the value below
    # what stands before the date in its own stretch of text: a window, so a 10 MB line of running
    # text costs time in proportion to its dates, not to its length times its dates
    before = text[max(0, mention.start - 400):mention.start]
    if mention.start < NEWS_STAMP_REACH and lex.NEWS_OF_A_DAY_RE.match(text.strip()):
        return "publication", 0  # "Aktuelle Kurznachrichten aus Musterau vom 02.02.2027 – 16:00 Uhr": when it was put together
    # a colon that opens a new sentence ("… anmelden: Am 23. September treffen wir uns …") ends the
    # clause; "Anmeldung bis: 23.9." keeps its cue
    sentence_before = re.split(r"[.!?]\s|:\s+(?=(?:Am|Vom|Ab|Bis zum|Im)\s)", before)[-1][-100:]
    previous = view.texts[index - 1] if index else ""
    # "Zum siebten Mal finden die Sprachcamps statt. Zwei Wochen lang, vom 2. bis zum 13. August, …": the span's
    # event is named by the sentence before it
    previous_sentence = (re.split(r"[.!?]\s", before)[-2:-1] or [""])[0][-200:]
    dateline = lex.DATELINE_DATE_RE.match(text) if index < lex.DATELINE_LINES else None
    if index in view.publication_lines or (dateline and mention.end <= dateline.end()) or \
            _publication_cue_of(sentence_before) or (
            label and label.word.lower() == "stand") or (len(text) < 80 and lex.PUBLICATION_CUE_RE.search(text)):
        return "publication", 0
    if view.jubilee_year and mention.year and mention.year < view.jubilee_year - 1:
        return "other", 0  # "Das Gebäude war am 1. Mai 1989 … übergeben worden": the day the jubilee counts from
    if mention.year and lex.HISTORY_WORDS_RE.search(text) and any(
            day.year >= mention.year + HISTORY_YEARS for _, day in view.dated_days):
        # "Sie wurde 1964 … gegründet … Im Rahmen einer Festveranstaltung … am 10. Februar 1996 erhielt sie ihren Namen"
        # on a page of a day in 2020: the house's history, not an event of the page (nor a day its prose readers take)
        return "history", 0
    published = view.publication_date
    # (the article's own date given below it, a byline at its end, and no event named around the line)
    if published and index < 6 and mention.year and mention.month and mention.day and view.date_only(index) \
            and not d.find_time(text) and _signed_below(view, index) \
            and not any(lex.EVENT_WORD_RE.search(t) for t in view.texts[max(0, index - 2):index + 3]):
        day = _date_or_none(mention.year, mention.month, mention.day)
        if day and (day - published).days > 365:
            return "publication", 0  # "Freitag, 24 November 2017" over a release signed "…, 11.09.2015": the day it was shown
    if published and index < 8 and mention.year and not view.page.is_html and view.date_only(index) \
            and not d.find_time(text) and not lex.WORD_RE.search(text) \
            and _date_or_none(mention.year, mention.month, mention.day) == published:
        return "publication", 0  # "02.05.2017" / "3" / "0 02.05.2017": the article's day printed again beside a counter
    dateline = LETTER_DATELINE_RE.fullmatch(text[:mention.start]) if mention.year and mention.start <= 60 else None
    if dateline and gazetteer.known_place(dateline.group("place")) and not view.lines[index].heading:
        return "publication", 0  # "Brühl, den 24.07.2013 Stadt Brühl Beschluss …": a letter's or a minute's dateline
    if PUBLICATION_LABEL_LINE_RE.fullmatch(previous.strip()) and view.date_only(index):
        return "publication", 0  # "Erstellt" / "24.07.13, 18:15" in a document's facts: when the file was made
    stamp = lex.MACHINE_TIMESTAMP_RE.search(text, max(0, mention.start - 6), mention.end + 30)
    if stamp and stamp.start() <= mention.start < stamp.end():
        return "publication", 0  # "Sat, 24 Aug 2019 18:45:01 +0200" in a feed
    if mention.start <= 2 and re.match(r"[A-ZÄÖÜ][a-zäöüß]", text[mention.end:mention.end + 2]) \
            and prose.is_paragraph(text[mention.end:mention.end + 300]):  # (a list row "12.05.2025Fachtag …" is no teaser)
        return "publication", 0  # "27.09.2016Pädagogische Fachkräfte …": a post's date run into its teaser
    if index < 6 and mention.start <= 2 and mention.year and re.match(r":\s+[A-ZÄÖÜ][a-zäöüß]", text[mention.end:mention.end + 4]) \
            and prose.is_paragraph(text[mention.end + 2:mention.end + 300]) and (any(
                d.MAYBE_DATE(t) and d.find_dates(t) for t in view.texts[index + 1:index + 6]) or _later_day_in_teaser(
                text[mention.end:mention.end + 600], mention)) \
            and not any(RELEASE_DATE_LEAD_RE.match(t) for t in view.texts[index + 1:index + 12]):  # (not a list of "date: event" rows)
        return "publication", 0  # "24. September 2021: Nach dem Erfolg … startet …" / "Los geht es am 5. Oktober": a release's date
    if index < 3 and len(text) < 80 and lex.DAY_ARCHIVE_RE.match(text):
        return "publication", 0  # "Archive - Dienstag, 23. Juli 2024": the day a blog's archive shows the posts of
    if BYLINE_DATE_RE.fullmatch(text.strip()) or (len(text) < 120 and lex.DATELINE_BYLINE_RE.fullmatch(text.strip())) or (index < 3 and POST_META_RE.fullmatch(text.strip()) and not any(
            POST_META_RE.fullmatch(t.strip()) for t in view.texts[index + 1:index + 40])):  # (not a calendar's rows)
        return "publication", 0  # "18.07.2024 | Erika Beispiel, Max Muster": when it was written, and by whom
    if 0 < index < 8 and mention.year and view.date_only(index) and lex.BYLINE_RE.fullmatch(previous.strip()) \
            and view.reads_like_press():
        return "publication", 0  # "von svz.de" / "01. März 2019, 20:35 Uhr": who wrote it, and when (not a play's
        #                          author over its performance: "von Friedrich Dürrenmatt" / "19. März 2027, 19:30 Uhr")
    stamp = d.find_time(text[mention.end:mention.end + 20]) if len(text) < 60 else None
    if stamp and label is None and (int(stamp.start[-2:]) % 5 or stamp.start == "00:00" and stamp.end is None):
        # "19.05.2025, 15:07 Uhr" under a headline: when it was posted; no event starts at 15:07, nor at midnight
        # ("10.07.2024 00:00 Uhr" under each teaser of a news list)
        return "publication", 0
    if label and label.word.lower() == "datum" and re.search(r"Newsletter|Ausgabe|Rundbrief", previous):
        return "publication", 0  # "Sonder-Newsletter: …" / "Datum: 31.01.2024": the date
    if label and label.word.lower() == "datum" and not d.find_time(text) and any(
            RELEASE_HEAD_RE.search(t) for t in view.texts[max(0, index - RELEASE_HEAD_LINES):index]):
        return "publication", 0  # "Presseinformation und E-Mail: …" / "Datum: 27.09.2016": a release's letterhead
    if label and label.kind == "deadline":
        return "deadline", 0
    if re.match(r"[\s,:|–-]*(?:Anmeldeschluss|Anmeldefrist|Bewerbungsschluss|Einsendeschluss|Meldeschluss)\b", text[mention.end:]):
        return "deadline", 0  # "Freitag, 28. November, Anmeldeschluss für den Adventsbasar": a row that names a deadline
    if label and label.kind == "old_date":
        return "old", 0  # "Ursprünglicher Termin:" of a postponed event
    following = view.texts[index + 1] if index + 1 < len(view.texts) else ""
    if re.match(r"(?:Newsletter|Ausgabe|Rundbrief|Heft)\b", following) and view.date_only(index):
        return "publication", 0  # an issue date above the title in a newsletter archive
    if (view.lists_news or index in view.news_post_lines) and view.date_only(index) and mention.year and view.crawl_date and \
            (mention.year, mention.month, mention.day) <= view.crawl_date.timetuple()[:3]:
        return "publication", 0  # "27.11.2026" over a teaser in a news list or section: the day it was posted
    def own_rest() -> str:  # (the rest of the day's sentence, read only for a day after "bis")
        return re.split(r"(?<=[a-zäöü]{3})[.!?]\s", text[mention.end:mention.end + 300], maxsplit=1)[0]
    if (mention.end_day is None or mention.end_month) and not OWN_START_CLAUSE_RE.search(sentence_before) and (
            lex.DEADLINE_CUE_RE.search(sentence_before) or (
            re.search(r"\(\s*bis\s*$", before) and lex.DEADLINE_CUE_RE.search(previous + before)) or (
            re.search(r"\b[Bb]is\s*(?:zum|spätestens)?\s*$", sentence_before)
            and (lex.DEADLINE_CUE_RE.search(previous[-120:] + " " + previous_sentence + " " + sentence_before + own_rest())
                 or REGISTER_BY_RE.search(sentence_before + own_rest())))):
        # (not the day registration opens, nor the end of a span or of a run: no deadline, and no event's day either)
        return ("other", 0) if NO_DEADLINE_BEFORE_RE.search(before[-120:]) and not (
            RUN_END_BEFORE_RE.search(before[-120:]) and lex.DEADLINE_CUE_RE.search(sentence_before)) else ("deadline", 0)
    if label and label.kind == "registration" and re.search(r"\bbis\b", before):
        return "deadline", 0
    if lex.OTHER_DEADLINE_RE.search(sentence_before):
        return "other", 0
    if mention.end_day is None and lex.UNTIL_RE.search(sentence_before) \
            and lex.DUTY_VERB_RE.search(re.split(r"[.!?]\s", text[mention.end:], maxsplit=1)[0][:200]):
        return "other", 0  # a duty's last day
    if ("elehnt" in before[-100:] or "nlehnung" in before[-100:]) and LEANS_ON_RE.search(before[-100:]):
        return "other", 0  # "(in Anlehnung an den Weltkindertag am 20. September)": the day its motto leans on
    around = prose.sentence_around(text, mention.start, mention.end)
    if lex.REGISTRATION_WINDOW_RE.search(around):
        return "other", 0  # "Vom 2. bis 4. Februar nehmen alle Gesamtschulen Anmeldungen entgegen": a window, no event
    signing_up = lex.SIGNING_UP_RE.search(around) if mention.end_day is not None else None
    if signing_up and not lex.EVENT_TITLE_WORD_RE.search(signing_up.group(0)):
        # "… der kann sich für das kommende Schuljahr vom 13. bis 18. März 2023 im Sekretariat anmelden": days to sign
        # up, no event (not "können sich für den Workshop vom … anmelden")
        return "other", 0
    if lex.OFFICE_HOLDERS_DAY_RE.search(around):
        return "other", 0  # an office holder's hours at an event, or their visit to it: no event of its own
    if lex.is_age_cut_off(text, mention.end):
        return "other", 0  # "Kinder, die bis zum 30. September das sechste Lebensjahr vollenden": a cut-off, no event
    if lex.AVAILABLE_FROM_RE.search(around) and not lex.EVENT_TITLE_WORD_RE.search(around):
        return "other", 0  # "Ab Montag, 10. Januar, ist … das druckfrische Programmheft … verfügbar": no event that day
    if prose.asked_of_another_day(text, mention.start, mention.end):
        return "other", 0  # "… rund um die Landtagswahl nach: Wen wählen die Bürger am 1. September?": a topic's day
    if mention.end_day is None and (lex.RUN_ENDS_BEFORE_DAY_RE.search(sentence_before[-100:])
                                    or lex.RUN_ENDS_AFTER_DAY_RE.match(text, mention.end, mention.end + 120)):
        return "other", 0  # "Zum 31. Dezember endet die Förderung des Projekts": the end of a run, no event
    if re.search(rf"{lex.PRESS_BRIEFING_RE.pattern}[^.]{{0,20}}$", sentence_before):
        return "other", 0  # "informierte Leinweber bei der Pressekonferenz am 8. April": not the festival's day
    if mention.end_day is None and re.search(r"\b[Zz]wischen\s+(?:dem\s+)?(?:[\d.]+\s+und\s+(?:dem\s+)?)?$", before[-60:]):
        return "other", 0  # "Zwischen dem 24.10. und dem 02.12.2019 luden fünf Kreise ein": bounds of a window
    if mention.end_day is not None and lex.PROGRAMME_LEAD_IN_RE.match(text.strip()):
        return "other", 0  # "Die Programmhighlights vom 25. bis zum 27. September 2025:": the rows below are the events
    if lex.HOLIDAYS_AT_HAND_RE.search((previous_sentence + " " if mention.end_day is not None else "") + around) \
            and not lex.EVENT_TITLE_WORD_RE.search(around) and not lex.HOLIDAY_OFFER_RE.search(around):
        return "other", 0  # "Die Winterferien stehen vor der Tür. Vom 5. bis zum 10. Februar heißt es: Endlich ausschlafen!"
    score = 1
    if label and label.kind == "date":
        if label.word.lower() == "datum" and title_line is not None and index < title_line and not any(
                (view.labels[i] and view.labels[i].kind == "place") or d.find_time(view.texts[i])
                for i in range(index + 1, title_line)):
            return "publication", 0  # a news item's "Datum:" above its headline (not a session's fact box:
            #                           "Datum: 01.06.2021 / Sitzungsort: … / Öffentliche Sitzung, 19:00 Uhr")
        score += 5
    if index in event_time_lines:
        score += 6
    if mention.start <= 2 or (mention.start <= 12 and re.fullmatch(
            r"\s*(?:ABGESAGT|ENTFÄLLT|VERSCHOBEN|NEU|AUSGEBUCHT|Abgesagt|Entfällt|Verschoben|Neu|Ausgebucht)\s*[:!–-]?\s*",
            text[:mention.start])):
        score += 2
    if view.lines[index].heading or index == title_line and view.title_line_names_event:
        score += 2  # a date in a heading or the page's title line ("Einladung Ganztagskongress … am 26. & 27. April")
    after = text[mention.end:mention.end + 60]
    if d.find_time(after) or (mention.end_day is not None and d.find_time(text[mention.start:mention.end])):
        score += 2
    if mention.weekday is not None:
        score += 1
    if lex.EVENT_CUE_RE.search(sentence_before[-45:]) or re.search(
            rf"(?i:{lex.EVENT_TITLE_WORD_RE.pattern})\w*\s+(?:ist|war|wird)\s+(?:der|am)\s*$", sentence_before[-60:]):
        score += 1  # "Auftaktveranstaltung ist der 26. November 2008"
    elif re.search(rf"(?i:{lex.EVENT_TITLE_WORD_RE.pattern})\w*\s*[,:–-]?\s*$", before[-80:]):
        score += 1  # a document's cover: "Bildungskonferenz, 31. März 2011"; a line "Fachtag 24.06.2022 in Düsseldorf"
    if lex.HAPPENS_RE.search(text[max(0, mention.start - 40):mention.end + 60]) or \
            lex.MEETING_VERB_RE.search(text[max(0, mention.start - 40):mention.end + 40]):
        score += 2  # "findet … statt", "trifft sich am Mittwoch, dem 19. November"
    whole_sentence_after = re.split(r"(?<=[a-zäöü]{3})[.!?]\s", text[mention.end:mention.end + 400])[0]
    sentence_after = whole_sentence_after[:160]
    if lex.EVENT_TITLE_WORD_RE.search(sentence_after[:80]) or re.match(
            r"\s*(?:terminiert|geplant|angesetzt|anberaumt)", sentence_after):
        score += 1  # "für den 18. Januar 2011 terminierte 1. Bildungskonferenz": the day names an event
    if re.match(r"\s*,?\s*(?:vorgesehen|geplant|angesetzt|terminiert)\s+war\b", sentence_after):
        return "old", 0  # "…, das für den 14. Juni vorgesehen war, ist … auf den 1. November verschoben"
    # (a span that "takes place" may last a few weeks: a summer camp of three weeks; an application window does not)
    own_sentence = sentence_before + text[mention.start:mention.end] + whole_sentence_after
    longest = LONGEST_HAPPENING_DAYS if lex.HAPPENS_ANY_FORM_RE.search(whole_sentence_after) \
        and not lex.NOT_A_HAPPENING_SPAN_RE.search(own_sentence) else LONGEST_SPAN_DAYS
    if mention.end_day is not None and view.date_only(index) and _entry_name(view, index):
        # a calendar's entry: its span on a line of its own over its name ("07.07.2022 -19.08.2022" / "Brandenburger
        # Lesesommer in der Stadtbibliothek Forst"), a summer's reading club or holiday programme
        longest = max(longest, LONGEST_CALENDAR_ENTRY_DAYS)
    if lex.NO_HAPPENING_OF_ITS_OWN_RE.search(own_sentence):
        return "other", 0  # plans put before a committee, a term's start
    if lex.NOT_AN_EVENT_AFTER_RE.search(sentence_after) or (
            mention.end_day is not None and span_days(mention) > longest):
        return "other", 0  # founded, published, in force; a funding period is not an event
    after_vom = bool(re.search(r"\bvom\s*$", sentence_before, re.I))
    heading = view.heading_above(index)[:300]
    # (a paragraph taken for the title line is running text: its "Interviews" make no interview page)
    page_title = view.texts[title_line][:300] if title_line is not None and not prose.is_paragraph(view.texts[title_line][:300]) else ""
    if any(lex.NOT_AN_EVENT_PAGE_RE.search(h) for h in (heading, page_title)) \
            and not lex.EVENT_WORD_RE.search(heading) \
            and not d.find_time(after) and not (label and label.kind == "date"):
        return "other", 0  # a job ad, interview or publication mentions dates of other things
    # "Zweites Dialogforum des Landkreises" / "Weißenburg-Gunzenhausen am 30.09.2013": a caption wrapped
    # over two lines starts on the line above
    wrapped = previous[-120:] if len(text) < 80 and previous and not previous.rstrip().endswith((".", "!", "?", ":")) else ""
    if not (label and label.kind == "date") and index not in event_time_lines and not view.lines[index].heading \
            and index != title_line \
            and mention.start > 2 and not d.find_time(after) and not _appointment_hours(whole_sentence_after) \
            and not lex.EVENT_WORD_RE.search(
                wrapped + " " + sentence_before[-120:] + " " + sentence_after + " " + heading) \
            and not (mention.end_day is not None and lex.HAPPENS_ANY_FORM_RE.search(previous_sentence)
                     and lex.EVENT_WORD_RE.search(previous_sentence)
                     and not lex.NOT_A_HAPPENING_SPAN_RE.search(sentence_before + whole_sentence_after)) \
            and not lex.MEETING_VERB_RE.search(sentence_before[-60:] + " " + sentence_after) \
            and not TAKES_PLACE_AROUND_RE.search(sentence_before[-160:] + " " + whole_sentence_after[:300]) \
            and not lex.INVITES_RE.search(sentence_before[-200:] + " " + sentence_after) \
            and not prose.OPENED_RE.search(sentence_before[-200:] + " " + whole_sentence_after) \
            and not lex.HOUSE_OPENED_RE.search(sentence_before[-200:] + " " + whole_sentence_after) \
            and not prose.OPEN_DOORS_RE.search(sentence_before[-200:] + " " + whole_sentence_after) \
            and not prose.OPEN_DOORS_TO_A_DAY_RE.search(sentence_before[-200:] + " " + whole_sentence_after) \
            and not _event_told_next(text, mention.end + len(whole_sentence_after),
                                     following if _one_day_paragraph(text) else "") \
            and not (lex.DAY_REFERS_BACK_RE.match(sentence_after) and lex.EVENT_WORD_RE.search(previous_sentence)) \
            and not _invited_in_its_one_day_report(text) \
            and not BEGINS_ON_RE.search(sentence_before[-40:]) \
            and not any(theme.search(sentence_before[-120:] + " " + sentence_after) for theme in prose.THEMES_OF_A_DAY):
        # (a programme's day given its theme is one of its events: "Am Donnerstag, 14. April, ist Abfallvermeidung
        # das Thema.")
        return "other", 0  # a date in prose with nothing about an event around it
    if re.search(r"\bauf\s+(?:den|das)\s*$", sentence_before) and re.match(r"[^.]{0,20}\b(?:verschoben|verlegt)\b", after):
        score += 1  # "wurde auf den 14. September 2020 verschoben": the event's new day
    if MADE_UP_ON_RE.match(whole_sentence_after):
        score += 3  # "Wir werden unseren „Tag der offenen Tür“ daher am Dienstag, dem 23.1.2024 nachholen!": the new day
    elif SHOULD_HAVE_BEEN_RE.search(sentence_before[-160:] + " " + whole_sentence_after[:200]):
        if view.made_up_later:
            return "old", 0  # (the page says the day it is made up on: this one is the day it had)
        score -= 2  # "Am Donnerstag, dem 18.1.2024 sollte eigentlich unser … „Tag der offenen Tür“ … stattfinden!"
    if DOCUMENTED_EVENT_RE.search(sentence_before[-120:]):
        score += 2  # "Dokumentation der Tagung vom 21. Mai 2015": the page is about the event of that day
    elif re.search(r"\b[Nn]achdem\b[^,;:]{0,40}$", sentence_before):
        score -= 2  # "Nachdem am 21. April … gestartet war, wurde … fortgesetzt": what happened before the event
    if after_vom and (mention.end_day is not None or re.search(r"\bbis\b", after[:25])):
        score += 2  # "vom 27. bis 29. Januar": a span of days
    elif lex.NEGATIVE_CUE_RE.search(sentence_before[-40:]):
        score -= 3
    return "event", score


def _one_day_paragraph(text: str) -> bool:
    """A paragraph of a report that writes one day only: what it tells happened on that day (not "… feiert … ihr
    Jubiläum. Eröffnet wurde sie am 1. April 1975.", whose older day is the house's, not the party's)."""
    return len(text) <= ONE_DAY_PARAGRAPH_LONGEST and len(d.DATE_RE.findall(text)) == 1


def _invited_in_its_one_day_report(text: str) -> bool:
    """"Dichtes Gedränge herrschte am 24. September 2022 vor der Stadtbibliothek. … Die Einrichtung hatte zum
    Abschlussfest des Lesesommers eingeladen": a report's paragraph of one day is that day's event's, the event it says
    someone had invited to."""
    if not _one_day_paragraph(text):
        return False
    invited = lex.HAD_INVITED_RE.search(text)
    return bool(invited and lex.EVENT_WORD_RE.search(invited.group("what")))  # (what was invited to, not "eingeladen")


def _event_told_next(text: str, sentence_end: int, next_line: str = "") -> bool:
    """"Am Dienstag, 31. Januar 2017, stellt sich das neue Bildungsbüro vor. Die Auftaktveranstaltung … wird um 19 Uhr
    eröffnet": the sentence right after the day's names an event and its hour, and no day of its own; where the day's
    sentence ends its paragraph, the next paragraph's first sentence ("… können sich an diesem Samstag, 14. Dezember, die
    Schulen anschauen." / "Der Tag der offenen Tür beginnt … um 8.30 Uhr …")."""
    rest = text[sentence_end:sentence_end + 400].lstrip(".!? ")
    following = re.split(r"(?<=[a-zäöü]{3})[.!?]\s", rest or next_line[:400], maxsplit=1)[0]
    return bool(lex.EVENT_WORD_RE.search(following) and d.find_time(following) and not d.find_dates(following)
                and not _RECURRING_RE.search(following))  # (not a weekly office hour: "die immer donnerstags um 16 Uhr …")


_RECURRING_RE = re.compile(r"\b(?:immer|jeden|jede|wöchentlich|monatlich|regelmäßig|(?:montag|dienstag|mittwoch|donnerstag|"
                           r"freitag|samstag|sonntag)s)\b", re.I)


ONE_DAY_PARAGRAPH_LONGEST = 1_200  # (a report's paragraph; a longer text's one day is no more its event's)
LONGEST_SPAN_DAYS = 14        # a funding period or an application window is longer
LONGEST_HAPPENING_DAYS = 42   # "… vom 30.07. bis 17.08. stattfindet": a camp or a festival of weeks
LONGEST_CALENDAR_ENTRY_DAYS = 92  # a calendar's entry over its name: a summer's reading club


def _entry_name(view: PageView, index: int) -> bool:
    """The line under a day's line names an entry of a calendar: a short name, no sentence, no label."""
    name = view.texts[index + 1].strip() if index + 1 < len(view.texts) else ""
    return 8 <= len(name) <= 120 and name[:1].isupper() and not name.endswith((".", ":", "!", "?")) \
        and not d.find_dates(name) and not lex.NOT_A_HAPPENING_SPAN_RE.search(name) and not lex.FINITE_VERB_RE.search(name) \
        and not NO_ENTRY_RE.search(name) and not re.search(r"\s[a-zäöüß]+$", name)


# what a span of weeks is when it is no event: a survey, a period of check-ups, a vote, an application's or a
# registration's window (and a clause ending in its verb's particle, "Bürger stimmen online ab", names nothing)
NO_ENTRY_RE = re.compile(r"(?i:untersuchung|befragung|umfrage|abstimmung|wahl\b|frist|zeitraum|bewerbung|antrag|anträge|"
                         r"anmeldung|einschreibung|förderung|ausschreibung)")


def _appointment_hours(sentence: str) -> bool:
    """"Am Sonntag, 26. Oktober, präsentieren die Einrichtungen … von 14 bis 17 Uhr ihr Angebot": a day with its hours
    later in its sentence is an appointment whatever the sentence's words, unless they are an office's hours."""
    return bool(lex.HOURS_RE.search(sentence)) and not lex.OFFICE_HOURS_RE.search(sentence)


def span_days(mention: d.DateMention) -> int:
    year = mention.year or mention.end_year or 2000
    try:
        first = date(year, mention.month, mention.day)
        last = date(mention.end_year or year, mention.end_month or mention.month, mention.end_day)
    except ValueError:
        return 0
    return (last - first).days


def _year_in_era(mention: d.DateMention, era: tuple[int, int]) -> int | None:
    """The one year of `era` in which the day falls on its weekday."""
    if mention.weekday is None:
        return None
    years = d.years_on_weekday(mention.day, mention.month, mention.weekday, range(era[0], era[1] + 1))
    return years[0] if len(years) == 1 else None


def _later_day_in_teaser(rest: str, lead: d.DateMention) -> bool:
    """"21.3.2025: Unter dem Motto … öffnen Bibliotheken … am Freitag, den 4. April 2025 …": the teaser after a
    dated lead names a later day of its own, so the lead is when it was posted (not when the teaser's first sentence
    says "heute" or gives an hour, and not for a window or a display from a later day on: "ab dem 1. Dezember",
    "vom 1. bis 12. Februar")."""
    first = _date_or_none(lead.year, lead.month, lead.day)
    opening = re.split(r"(?<=[a-zäöüß]{2})[.!?]\s", rest, maxsplit=1)[0]
    if not first or d.find_time(opening) or TODAY_RE.search(opening):
        return False
    return any(m.end_day is None and not re.search(r"\b(?:ab|bis)\s+(?:dem|zum)?\s*$", rest[max(0, m.start - 12):m.start])
               and (later := _date_or_none(m.year or lead.year, m.month, m.day)) and later > first
               for m in d.find_dates(rest))


TODAY_RE = re.compile(r"\b(?:heute|morgen|jetzt|gerade)\b", re.I)


def resolve(view: PageView, mention: Mention, year_hint: int | None) -> bool:
    """Pin the mention's year (its line's year heading, the hint, the page's reference) and keep its days."""
    written = mention.date
    if written.weekday_shared and view.weekday_year is None:
        # a list's weekday that no one year fits for all its days ("jeweils Samstag, 2. Januar und 6. Januar"): said
        # of most of them, not of each
        written = replace(written, weekday=None, weekday_shared=False)
    slip = written.year is None and written.weekday is not None \
        and (written.day, written.month, written.weekday) in view.weekday_typos
    if slip:
        written = replace(written, weekday=None)  # (its fellows' year: see PageView.weekday_typos)
    if not slip and written.year is None and written.weekday is None and (written.day, written.month) in view.weekdays_of_days:
        # "am 14. März" in the headline is the text's "Samstag, 14. März": one day, one weekday, one year
        written = replace(written, weekday=view.weekdays_of_days[(written.day, written.month)])
    # a day without a year beside days with one ("Vorlagetermine sind der 30. September 2023 … Am
    # 19. September … finden Sprechstunden statt"): the line's own year before the page's
    same_line = set(view.written_years_of_line(mention.line)) if written.year is None else set()
    if view.jubilee_year:  # (not the founding a jubilee counts from: "Am 1. Oktober 1984 nahm … ihre Arbeit auf. In diesem
        #                     Jahr feiert sie … mit einem Empfang am 21. September": that September is the jubilee's)
        same_line = {year for year in same_line if year >= view.jubilee_year - 1}
    # (an autumn day before "am 10. Januar 2019", on its line or not: the autumn before)
    wrapped = view.years_of_wrapped_runs.get((mention.line, written.day, written.month)) if written.year is None else None
    line = view.lines[mention.line]
    # (a row under "Termine Schuljahr 2026/27": from August on the first year, before it the second)
    school = line.school_year + (written.month < 8) if line.school_year and written.year is None and written.month else None
    forward = view.years_of_forward_runs.get((mention.line, written.day, written.month)) if written.year is None else None
    hint = line.year_hint or school or (view.weekday_year if slip else None) or wrapped or forward or (same_line.pop() if len(same_line) == 1 else None) or (
        view.years_of_days.get((written.day, written.month)) if written.year is None else None) or (
        view.year_of_siblings(mention.line, written.day, written.month) if written.year is None else None) or (
        # "Vom 11.02. bis 15.02." beside "Am Samstag, den 15. Februar 2025": the span's last day gives its year
        view.years_of_days.get((written.end_day, written.end_month or written.month))
        if written.year is None and written.end_day is not None else None) or year_hint
    if hint is None and written.year is None and written.weekday is None and view.publication_date is None:
        hint = view.year_between(mention.line, written.month, written.day)
    if hint is None and written.year is None and written.weekday is not None and view.written_after \
            and view.crawl_date:
        # "Was 2015 … begann" in an undated article: "Donnerstag, 16. Oktober" is the first such Thursday from
        # 2015 on (2025), not the nearest to New Year 2015 (2014), which the page cannot speak of as coming
        years = d.years_on_weekday(written.day, written.month, written.weekday,
                                   range(view.written_after.year, view.crawl_date.year + 2))
        hint = next((year for year in years if date(year, written.month, written.day) >= view.written_after), None)
    if written.year is None and written.weekday is not None and view.publication_date is None and hint \
            and not d.years_on_weekday(written.day, written.month, written.weekday, [hint]):
        # a year the page writes out beats a hint its weekday contradicts ("…-fuer-das-jahr-2020-2021" in the URL
        # of an article of 2019 that names "31. Oktober 2019" and "Montag, 7. Oktober")
        written_year = view.written_year_on_weekday(mention.line, written.day, written.month, written.weekday)
        # (not an old year beside a later hint: a "Stand", a chronicle's or an anniversary's year)
        hint = written_year if written_year and written_year >= hint - 2 else hint
    if hint is None and written.year is None and written.weekday is not None:
        hint = view.weekday_year
    if hint is None and written.year is None and written.weekday is None and view.first_weekday_day:
        # a day without a weekday beside days pinned by theirs: the year that puts it nearest the first of them
        # ("Am Donnerstag, 13. März …" and "27. März"; "Am Samstag, 26. Juni … Bereits am 11. Juni …"; a programme's
        # "Samstag, 15. November" and its "10. Januar" of the next year)
        # (the same year unless that lies most of a year away: a series' "10. November" after its March meeting is
        # that year's, a programme's "10. Januar" after its November the next)
        anchor = view.first_weekday_day
        hint = anchor.year if _valid_day(anchor.year, written.month, written.day) and abs(
            (date(anchor.year, written.month, written.day) - anchor).days) <= SAME_YEAR_DAYS else min(
            (year for year in (anchor.year - 1, anchor.year + 1) if _valid_day(year, written.month, written.day)),
            key=lambda year: abs((date(year, written.month, written.day) - anchor).days), default=None)
    coming = view.announced_next_year if written.year is None and written.weekday is None else None
    if coming and hint in (None, coming - 1) and _valid_day(coming - 1, written.month, written.day) \
            and date(coming - 1, written.month, written.day) < view.publication_date:
        hint = coming  # ("Musterau, 5. Dezember 2026 – Auch in den Herbstferien 2027 …: am 2. November …")
    if hint is None and written.year is None and written.weekday is None and view.announced_year \
            and (written.month, written.day) > (view.publication_date.month, view.publication_date.day):
        hint = view.announced_year
    if hint is None and written.year is None and view.era:
        hint = _year_in_era(written, view.era)
        if hint is None:
            return False  # a day of those years that its weekday does not pin: its year stays open
    nearest = view.reference is not None and view.reference == view.publication_date
    if nearest and hint is None and written.year is None and written.weekday is None \
            and _told_as_coming(view.texts[mention.line], written):
        # "Daher werden wir uns am 20. November auch am bundesweiten Vorlesetag beteiligen" in February: the coming
        # November, not the one nearer to the article's day, which lies behind it
        hint = next((year for year in (view.reference.year, view.reference.year + 1)
                     if _valid_day(year, written.month, written.day)
                     and date(year, written.month, written.day) >= view.reference), None)
    resolved = written.resolve(view.reference, hint,
                                    nearest=nearest,
                                    days_ahead=view.days_ahead)
    if resolved is None:
        return False
    mention.first, mention.last = resolved
    return True
