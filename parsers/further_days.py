"""The days other readers left: a series' further days, days on lines of their own, dated headlines,
clauses of a round-up, rows no reader knows, counted days ("an drei Abenden"), the days an event is held again ("Weitere
Termine folgen am …") and a day that opens a clause of its own beside the page's one event.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date

from . import prose, titles, when
from . import dates as d
from . import gazetteer
from . import lexicon as lex
from .content import PageView
from .event import FROM_LABEL, FROM_PROSE, Event
from .mentions import Mention, resolve
from .segment import QUOTED_NAME_LINE_RE, Block, item_rest
from .assemble import Assembler
from .running_text import INSTITUTION_WORD_RE, days_of_spans, on_the_other_listed_days

# two days of one event: "am 24. September und am 25. September", "12. und 13. Mai"
NEXT_DAY_JOIN_RE = re.compile(r"\s*,?\s*(?:und|sowie|bis|&|–|-)\s+(?:zum\s+|am\s+)?(?:[A-Z][a-z]+tag,?\s+(?:den\s+)?)?")
CLAUSE_PARAGRAPH_BUDGET = 4_000
CLAUSE_DAYS_BUDGET = 30
# a lead-in over rows of the same event held again: "Auch in weiteren Stadtteilen …:", "Weitere Termine:"
FURTHER_OCCASIONS_RE = re.compile(r"\b(?:[Aa]uch|[Ww]eitere[nr]?|[Ee]benfalls|[Ee]rneut|[Zz]usätzlich\w*|[Aa]ußerdem)\b")
HELD_AGAIN_NAME_LONGEST = 100  # (a name a calendar shows; longer is a sentence that named the event above)
# the word that labels a bare day over a teaser: "Datum 08.03.2024", "Stand: 12.03.2024", "vom 12.03.2024"
BARE_DAY_LABEL_RE = re.compile(r"(?:Datum|Stand|vom|am|Veröffentlicht(?:\s+am)?|Erstellt(?:\s+am)?)?", re.IGNORECASE)
# what a round-up's clause says of a day that is no event: a closure, a holiday, a report, a paper handed in
NOT_AN_EVENT_CLAUSE_RE = re.compile(rf"{lex.CLOSURE_RE.pattern}|Zeugnis|eingeweiht|vorgestellt\s+wurde|legt\b[^.]{{0,60}}\bvor\b|"
                                    r"erhalten\b|beschlossen|erschienen|veröffentlicht|gegründet", re.I)
# the end of what another clause started: "… startet am 3. Juni 2025 und endet am 1. Juli 2025"
ENDS_RE = re.compile(r"\b(?:endet|enden|endete|schließt\b[^.]{0,40}\bab|läuft\s+(?:bis|aus))\b")
# "Nach der erfolgreichen Kick-off-Veranstaltung am 12. Oktober …": an event that came before (not "Nach der Sommerpause")
AFTER_AN_EVENT_RE = re.compile(rf"\b(?:[Nn]ach\s+(?:der|dem)\s+(?:[\wäöüß-]+\s+){{0,3}}?{prose.EVENT_NOUN}|[Nn]achdem)\b"
                               r"(?:[^.;]|(?<=\d)\.){0,200}$")
# a clause that tells something happens on its day, without naming the event: "öffnet … ihre Türen", "lädt … ein"
HAPPENING_CLAUSE_RE = re.compile(r"\böffne[nt]\b|\bbesucht\b|\bempfangen\b|\bl[äa]d(?:t|en)\b|\beingeladen\b|"
                                 r"\bgeht\s+es\b[^.]{0,80}\bweiter\b|\bstatt\b|\bpräsentier|\bstell(?:t|en)\b[^.]{0,60}\bvor\b")
# a round-up's clauses: split where it passes to its next day (prose.NEXT_DAY_CLAUSE_RE) or at a semicolon
CLAUSE_OF_DAY_RE = re.compile(rf"{prose.NEXT_DAY_CLAUSE_RE.pattern}|;\s+|,\s+(?:während|wogegen|bevor|ehe)\s+")
# a day's page of a calendar: its day among the first lines, its items' lines of place and hour ("…, 11.00 Uhr")
DAY_PAGE_HEAD_LINES = 3
DAY_PAGE_LINES = 400
DAY_ITEM_HOUR_RE = re.compile(r",\s*(?P<time>(?:ab\s+|um\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr)\b")
DAY_ITEM_FACTS_LONGEST = 300
DAY_ITEM_NAME_LONGEST = 120
DAY_ITEMS_LEAST = 2
QUOTE_MARKS_RE = re.compile(r"[„“”\"»«]")
LABELLED_DAY_NAME_LINES = 4  # how far above its labelled day an offer's name stands: its text, its place, its costs
# an item's text that closes on its place and hour after an arrow: "… Buchbindeprojekte.➝ Museum der Arbeit, 17.00 Uhr"
DAY_ITEM_ARROW_RE = re.compile(r"[➝→]\s*")
# the end of an item's run from the page's day: "Bis zum 1. Juli gibt es dann Lesungen …"
UNTIL_BEFORE_RE = re.compile(r"\b[Bb]is\s+(?:zum\s+|zur\s+|einschließlich\s+)?(?:[A-Z][a-z]+tag,?\s+(?:den\s+)?)?$")
# a line of an item's place without its hour: "Stadtarchiv Musterau, Am Kornmarkt 5"
DAY_ITEM_PLACE_RE = re.compile(r",\s*(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){0,3}[A-ZÄÖÜ]?[\wäöüß.-]+\s+\d{1,4}\s?[a-z]?(?:\s*[,.]|$)")
# a line with a web address, an item's link ("Das Programm gibt es hier: www.…"), never its name
WEB_ADDRESS_RE = re.compile(r"https?://|\bwww\.|\b[a-z0-9-]+\.(?:de|com|org|net|eu|info)\b")
# who holds an item, before its place: "eigenarten – Interkulturelles Festival. Start: Konditorei …", "Buchhandlung
# Heymann und Hamburger Abendblatt im Altonaer Theater, Museumstr. 17" (not a place alone: "Büchereck Niendorf, …")
DAY_ITEM_HOLDER_RE = re.compile(r"(?P<holder>[^.,:]{3,80}?)(?:\.\s+(?:Start|Ort|Treffpunkt|Beginn)\s*:|"
                                r"\s+(?:im|in\s+der|in\s+den)\s+[A-ZÄÖÜ][^,]{2,60},\s*[A-ZÄÖÜ][\wäöüß.-]*(?:\s[\wäöüß.-]+)?\s+\d)")


def _day_item_fact(text: str) -> str | None:
    """The line of an item's place and hour ("Kanalplatz 6, 16.00 Uhr. Eintritt: 5 Euro."), or the part of its text
    after an arrow that says them; None for any other line, and for a line with a date (another day's)."""
    arrow = list(DAY_ITEM_ARROW_RE.finditer(text))
    fact = text[arrow[-1].end():] if arrow else text
    if len(fact) >= DAY_ITEM_FACTS_LONGEST or not DAY_ITEM_HOUR_RE.search(fact) or (d.MAYBE_DATE(fact) and d.find_dates(fact)):
        return None
    return fact


def _day_item_holder(fact: str) -> str | None:
    match = DAY_ITEM_HOLDER_RE.match(fact.strip())
    holder = match.group("holder").strip(" –-") if match else None
    return holder if holder and holder[:1].isalpha() and not prose.EVENT_NOUN_RE.fullmatch(holder) else None


OCCURRENCES_DAYS = 120  # one event's tour of towns runs within a season
NOT_OCCURRENCES_RE = re.compile(r"\b(?:[Bb]isherige|[Vv]ergangene|[Rr]ückblick|[Vv]orverkauf|[Kk]arten|[Tt]ickets|[Aa]bgabe|"
                                r"[Aa]bholung|[Aa]bendkasse|[Kk]asse|[Öö]ffnungszeit)")
# "… Informationsabende der weiterführenden Schulen:": a list's lead-in that names its items' kind in the plural
PLURAL_LEAD_IN_RE = re.compile(rf"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*(?:{'|'.join(lex.EVENT_PLURALS)}))(?:\s+(?:der|des|für|an|in|im)\s+[^:.!?]{{0,80}})?\s*:$")
# what stands between two runs of one event: "20. – 21. & 27. – 28.11.", "3./4. und 10./11. Mai"
RUN_JOINER_RE = re.compile(r"\s*(?:&|und|sowie|oder|,)\s*(?:vom\s+)?")  # (and "… und vom 15. bis 17. Februar")
# a line of a series' days, or the label above it: "Termine: 12.3., 9.4. und 14.5.2025", "Termine:" / "21.01. / 06.05."
SERIES_CUE_RE = re.compile(r"(?:Termine|Sitzungstermine|Treffen|Die\s+Termine)(?:\s+(?:zum\s+[Vv]ormerken|im\s+Überblick))?\s*:?")
# ("der 27. März, der 10. April"; "20.11.2023 - 18.12.2023 - 15.01.2024": a run of three or more, not a span)
SERIES_JOINER_RE = re.compile(r"\s*(?:/|,|;|&|und|sowie|[-–—])\s*(?:(?:der|den|am)\s+)?")
# a paragraph's sentence of a series' further days: "Die Termine für 2023 im Überblick: …", "Weitere Termine: …"
# (only the days, a year or a stretch of time between "Termine" and its colon; "Die Termine des Schachclubs:", "… für die
# Anmeldung:", "… der Christbaumabholung:" are another thing's days)
FURTHER_DATES_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Die|Weitere|Alle|Die\s+weiteren|Die\s+nächsten|Nächste)\s+Termine"
                              r"(?:\s+(?:für\s+20\d\d|20\d\d|im\s+Überblick|bis\s+[A-ZÄÖÜ][a-zäöü]+|in\s+diesem\s+Jahr|"
                              r"im\s+(?:ersten|zweiten)\s+Halbjahr)){0,3}"
                              # ("Die Termine sind wie folgt: jeweils Samstag, …", "Die nächsten Termine sind der 27. März, …")
                              # ("Weitere Termine sind bereits geplant: 23. Juni, …")
                              r"(?:\s*:|\s+(?:sind|lauten)(?:\s+wie\s+folgt\s*:|\s+(?=(?:der|am)\s+\d)"
                              rf"|\s+{lex.FURTHER_DAYS_PLANNED})|\s+{lex.FURTHER_DAYS_FIXED})\s*")

# what stands between the days one event is held on: "am 23. April und 4. Juli", "am Freitag, den 30. November, 7. und
# 14. Dezember", "Ostersonntag, 5. April, 15-17 Uhr und Ostermontag, 6. April" (a day may carry its own hours)
_HOURS = d.HOURS_WORDS
LISTED_DAY_JOIN_RE = re.compile(rf"(?:\s*,?\s*(?P<hours>{_HOURS}))?\s*,?\s*(?:und|sowie|,)\s+(?:am\s+|an\s+|der\s+|den\s+)?"
                                rf"(?:(?:{d.WEEKDAY_NAME}|Oster[a-z]+|Pfingst[a-z]+),?\s+(?:den\s+|dem\s+)?)?")
# the sentence right after an event's that gives its further days: "Weitere Termine folgen am 28. November und
# 19. Dezember.", "Die weiteren Termine folgen dann am 02.05., 06.06. und 04.07.", "Dasselbe Angebot findet auch noch
# einmal am Dienstag, 26. Oktober, zur gleichen Zeit statt."
FURTHER_DAYS_SENTENCE_RE = re.compile(rf"{lex.FURTHER_DAYS_LEAD}\s+(?:folgen|sind|finden)\b[^.:]{{0,20}}?"
                                      r"\b(?:am|der)\s+|"
                                      # ("Weitere Termine sind bereits geplant: 23. Juni, 21. Juli und 18. August")
                                      rf"{lex.FURTHER_DAYS_LEAD}\s+(?:sind\s+{lex.FURTHER_DAYS_PLANNED}|{lex.FURTHER_DAYS_FIXED})\s*|"
                                      r"(?:Dasselbe|Das\s+gleiche|Dieses)\s+Angebot\s+[^.]{0,40}?"
                                      r"\b(?:noch\s+einmal|erneut|wieder)\s+am\s+(?:(?:%s),?\s+(?:den\s+)?)?|"
                                      # ("Eine zweite Vorstellung folgt am Samstag, 20. Februar, um 16 Uhr.")
                                      r"(?:Eine|Die)\s+(?:zweite|dritte|weitere)\s+(?:Vorstellung|Aufführung|Vorführung|Lesung|"
                                      r"Führung)\s+(?:folgt|findet|ist|gibt\s+es)\b[^.:]{0,20}?\bam\s+(?:(?:%s),?\s+(?:den\s+)?)?"
                                      % (d.WEEKDAY_NAME, d.WEEKDAY_NAME))
# a row's hours before its place: "19 Uhr am Goethe-Gymnasium", "ab 18.30 Uhr an der Realschule"
HOURS_LEAD_RE = re.compile(r"^(?:ab\s+|um\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[–-]\s*\d{1,2}(?:[.:]\d{2})?\s*)?Uhr,?\s+")
FURTHER_DAYS_GAP = 600  # characters from an event's day to a later sentence's cue
# sentences from an event's day to the cue of its further days: the next ("Los geht es am 4. April … Die weiteren
# Termine folgen …"), or one a few sentences on that no other day comes before ("Los geht es am Montag, 19. Mai … Hier
# lädt … In gemütlicher Atmosphäre … Weitere Termine sind bereits geplant: …")
FURTHER_DAYS_SENTENCES = 4
# a later sentence of the event's paragraph that says it is held "also" on further days: "Kinozeit für Kinder ist auch am
# 26. Februar und 26. März, jeweils von 16.30 bis 18 Uhr." (what lies between names no other event)
ALSO_ON_DAYS_RE = re.compile(r"\bauch\s+(?:noch\s+)?am\s+(?:(?:%s),?\s+(?:den\s+)?)?" % d.WEEKDAY_NAME)
ALSO_ON_DAYS_GAP = 600
ALSO_ON_DAYS_SENTENCES = 3
# a day that opens its clause: "Am 8. Februar …", ", am 8. Februar spricht …", "und am 13. März tritt …", "sowie am …"
CLAUSE_OPENING_DAY_RE = re.compile(rf"(?:^|[.!?]\s+|[,;]\s+|\b(?:und|sowie)\s+)(?:[Aa]m|[Ff]ür)\s+(?:(?:{d.WEEKDAY_NAME}),?\s+"
                                   rf"(?:den\s+|dem\s+)?)?$")
CLAUSE_OF_ITS_OWN_WORDS = 6  # a day and what happens on it ("8. Februar spricht der Historiker über …"), not a bare date
# where a day's clause ends: at its sentence's end, or where the next clause opens with a day of its own
CLAUSE_END_RE = re.compile(r"(?<=[a-zäöüß“”\"]{2})[.!?]\s|[,;]\s+(?:und\s+|sowie\s+)?am\s|\s(?:und|sowie)\s+am\s")
# where a sentence ends between an event's day and a cue: after a word ("… im VHS-Haus. Die …"), a closing quote, a
# semicolon, or a street's number before the next sentence's article ("Marktstraße 2. Die weiteren Termine …")
SENTENCE_STOP_RE = re.compile(r"(?<=[a-zäöüß]{2})[.!?][“”\"]?\s|;\s|(?<=\d)\.\s+(?=(?:Die|Der|Das|Dasselbe|Dieses|Weitere)\b)")
# the hours said once after a listing's last day: ", jeweils von 10 bis 13 Uhr", "jeweils um 18 Uhr"
JEWEILS_HOURS_RE = re.compile(rf"(?:\s+(?:ein|statt|an))?\s*,?\s*jeweils\s+(?P<hours>{_HOURS})")  # ("… 2. Juli ein, jeweils …")
# a listing's last day followed by what happens on it: "… und am 12. März eine Exkursion zum Solarpark"
OTHER_HAPPENING_AFTER_RE = re.compile(r"\s*,?\s*(?:ein|eine|einen|der|die|das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ]")
# what a reader names a further day that says nothing else ("Die weiteren Termine folgen am 05.05. …")
NO_NAME_OF_A_DAY = frozenset({"termin", "termine", "weitere termine", "weiterer termin"})

# a headline line led by an event's name: "Fachtag: Kinder psychisch kranker Eltern", "2. Netzwerktreffen Kita"
HEADLINE_IS_EVENT_RE = re.compile(rf"(?:Einladung\s+zu[mr]?\s+|[^:]{{3,60}}:\s+)?(?:\d{{1,2}}\.\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*\s+){{0,2}}?"
                                  rf"{prose.EVENT_NOUN}(?![\wäöüß])")  # (and "Einladung zum …", "Inklusion an Schulen: Fachtag")
# a line that points at another page's or another time's event: "Rückblick: …", "Lesen Sie auch: …", "Nächstes …"
NOT_THIS_EVENT_LEAD_RE = re.compile(r"(?:Rückblick|Lesen\s+Sie\s+auch|Siehe\s+auch|Vorherige[rs]?|Nächste[rs]?|Letzte[rs]?|"
                                    r"Weitere[rs]?|Ähnliche)\b")
# how many headline posts of an archive are read (each one reads the page's organisations)
DATED_HEADLINES_BUDGET = 30

# a name in quotes, not a quoted voice: short, no sentence's end inside, not followed by who said it ("…“, ergänzt die
# Koordinatorin", "…“, so Erika Beispiel")
QUOTED_NAME_AFTER_DAY_RE = re.compile(r"[„\"“»]([A-ZÄÖÜ0-9‚'][^“”\"«]{6,90}?)[“”\"«](?!\s*,\s*[a-zäöüß]+\b)")
# what stands before a quote that is no event's name: a voice announced ("sagt Erika Beispiel: „…“"), or a brochure's,
# a motto's, a prize's, a book's or a club's name
NOT_AN_EVENT_QUOTE_BEFORE_RE = re.compile(r"(?:\b(?:sagt|sagte|erklärt|erklärte|betont|betonte|meint|meinte|ergänzt|"
                                          r"unterstreicht|verspricht|berichtet|freut\s+sich)\b[^.„“\"]{0,40}:\s*"
                                          r"|(?:Broschüre|Motto|Preis|\w*[Bb]uch|Roman|Verein|Café|Heft|Flyer|Magazin|"
                                          r"Zeitung|Projekt)\w*\s+(?:\w+\s+){0,3})$")


def _quoted_name_after(paragraph: str, day_end: int) -> str | None:
    """"Am 19. April heißt es: „Tiere mit allen Sinnen“.", "Am 28. Juni ist ein Puppentheater zu Gast … in ihrer Vorlesung
    „Das Puppentheater zu Gast“": on a page of dated paragraphs, the name a day's paragraph quotes after it (before any
    other day)."""
    match = QUOTED_NAME_AFTER_DAY_RE.search(paragraph, day_end, day_end + 300)
    if not match or re.search(r"[.!?]$", match.group(1).strip()) or d.find_dates(paragraph[day_end:match.start()]) \
            or NOT_AN_EVENT_QUOTE_BEFORE_RE.search(paragraph[max(day_end, match.start() - 60):match.start()]):
        return None
    return prose.quoted_title(paragraph[max(0, match.start() - 60):match.end()]) or match.group(1).strip()


def _names_its_own_event(lead: str) -> bool:
    """A lead-in that introduces an event of its own ("… bietet die Bibliothek eine Sprechstunde zur Onleihe an:"), not
    one that points back to the event above ("Der Vortrag wird ebenfalls angeboten:")."""
    return any(not re.search(r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]iese[nmrs]?)\s+(?:[\wäöüß-]+\s+)?$", lead[:match.start()])
               for match in prose.EVENT_NOUN_RE.finditer(lead))


def _when_and_where_only(text: str) -> bool:
    """"Montag, 13. November um 16.30 Uhr in der Stadtteilbücherei Lerchenberg (…). Anmeldung unter …": a row whose
    first sentence gives a day, maybe an hour, and a place, and names nothing that happens."""
    first = (prose.sentences(text) or [""])[0]
    if not d.DATE_RE.search(first) or lex.EVENT_WORD_RE.search(first) or re.search(r"[„“\"«»]", first):
        return False
    rest = lex.WEEKDAY_RE.sub(" ", d.DATE_RE.sub(" ", first))
    rest = d.TIME_RANGE_RE.sub(" ", rest)
    rest = re.sub(rf"\b(?:um|ab|gegen)\s+(?={d.TIME_LEAD_RE.pattern})", " ", rest)
    rest = d.TIME_LEAD_RE.sub(" ", rest).strip(" ,;:–-|")
    return not rest or bool(re.match(r"(?:in|im|auf|bei|an|am)\s", rest))


def _bare_day(text: str) -> bool:
    """A line of a day and at most the word that labels it ("Datum 08.03.2024", "vom 12.03.2024"), naming nothing."""
    return bool(BARE_DAY_LABEL_RE.fullmatch(d.DATE_RE.sub("", text).strip(" \t:,.|·-–")))


def _days_held(events: list[Event]) -> set[str]:
    """The days ("MM-DD") the events read so far hold: their first days, a postponed event's first day, and the days
    of a programme inside its event's span ("27. bis 29. Januar")."""
    held = {e.start[5:10] for e in events if e.start} | {e.start_partial[2:7] for e in events if not e.start and e.start_partial
                                                          and re.fullmatch(r"--\d\d-\d\d", e.start_partial)}
    held |= {e.original_start[5:10] for e in events if e.original_start}
    held |= {day.strftime("%m-%d") for day in days_of_spans(events)}
    return held

def _led_in_the_singular(title: str | None) -> str | None:
    """"Gesprächsabende für Eltern" -> "Gesprächsabend für Eltern": each day of a series holds one of its kind."""
    return re.sub(r"^\S+", lambda word: prose.singular(word.group(0)), title or "") or None


LEFT_OVER_LINE_BUDGET = 2_000  # a list's row or an item's paragraph; a longer line is running text
LEFT_OVER_EVENTS_BUDGET = 60   # events read from left-over days (no list page holds more)


ROW_OF_A_NAME_WORDS = 3  # "31.10.2027 Reformationstag": a day and a word or two (a row that says more names something)
ROW_WITH_HOUR_LONGEST = 80  # a list's row with its own hour is short ("5. Februar: Brot backen, 17 Uhr")


class FurtherDays:
    """Finds the events on days the segment and running-text readings did not take."""

    def __init__(self, view: PageView, assembler: Assembler):
        self.view = view
        self.assembler = assembler

    def items_of_a_day_page(self, event: Event, mentions: list[Mention]) -> list[Event]:
        """A calendar's page of one day: the day once at its top ("Samstag, 29.10.2011"), then its items, each a name
        ("Lesung" / "„Harburger Auslese“"), its text and mostly a line of its place and hour ("Veranstalter:
        Kulturwerkstatt. Kanalplatz 6, 16.00 Uhr. Eintritt: 5 Euro."): each item an event of that day at its own hour
        (all day where its text gives none), in place of the day itself. An item's text may tell its span ("vom 3. bis
        zum 10. November"); a day outside the top day's span is another day's, and the page no day page."""
        texts = self.view.texts
        dated = [m for m in mentions if m.kind == "event"]
        if not event.start or not dated or dated[0].line >= DAY_PAGE_HEAD_LINES \
                or not self.view.date_only(dated[0].line) or not resolve(self.view, dated[0], None) or dated[0].first is None:
            return []
        day_line, day = dated[0].line, dated[0].first
        spans = {}  # an item's text that tells the item's span around the day
        for mention in dated[1:]:
            if mention.line == day_line:
                continue
            if self.view.date_only(mention.line) or not resolve(self.view, mention, day.year):
                return []  # (another day on a line of its own: the page is no one day's)
            first, last = mention.first, mention.last
            if UNTIL_BEFORE_RE.search(texts[mention.line][:mention.date.start]):
                first = None  # ("Bis zum 1. Juli gibt es dann Lesungen …": the item runs from the day until then)
            if (first or day) > day or (last or day) < day:
                return []
            if last and last > day:
                spans.setdefault(mention.line, last)
        for mention in mentions:  # ("… der Grundschulen. Bis zum 1. Juli.": a run's end, read as no event's day)
            if mention.kind != "event" and mention.line > day_line and mention.line not in spans \
                    and UNTIL_BEFORE_RE.search(texts[mention.line][:mention.date.start]) \
                    and resolve(self.view, mention, day.year) and mention.first and mention.first > day:
                spans[mention.line] = mention.last or mention.first
        end = min(len(texts), day_line + DAY_PAGE_LINES)
        facts = {i: fact for i in range(day_line + 1, end) if (fact := _day_item_fact(texts[i])) is not None}
        if len(facts) < DAY_ITEMS_LEAST:
            return []
        by_heads = [self._day_item(event, day, names, range(first, body_end), facts, spans)
                    for first, names, body_end in self._day_item_heads(day_line, end)]
        # (items read between their facts' lines, as the plainest such pages print them: names, text, facts)
        by_facts, first = [], day_line + 1
        for fact_line in sorted(facts):
            names = [texts[i].strip() for i in range(first, fact_line) if self._day_item_name(i)][:2]
            if names:
                by_facts.append(self._day_item(event, day, names, range(first, fact_line + 1), facts, spans))
            first = fact_line + 1
        def timed(items: list[Event]) -> int:
            return sum(1 for item in items if not item.all_day)
        items = by_heads if timed(by_heads) >= timed(by_facts) else by_facts
        return items if timed(items) >= DAY_ITEMS_LEAST else []

    def _day_item(self, event: Event, day: date, names: list[str], lines: range, facts: dict[int, str],
                  spans: dict[int, date]) -> Event:
        """One item of a day page: its name, the day (at the hour its facts' line gives), its holder, its span's end."""
        item = copy.deepcopy(event)
        item.title = " ".join(names[:2])  # "Lesung" and its quoted name "„Harburger Auslese“"
        item.note("title", FROM_LABEL, item.title)
        item.start, item.end, item.all_day = day.isoformat(), None, True
        item.organizer, item.venue = None, None
        span_end = next((spans[i] for i in lines if i in spans), None)
        if span_end:
            item.end = span_end.isoformat()
        fact_line = next((i for i in lines if i in facts), None)
        if fact_line is not None:
            fact = facts[fact_line]
            when.time_from_words(item, DAY_ITEM_HOUR_RE.search(fact).group("time"))
            label = self.view.labels[fact_line]
            # (the holder's name up to its full stop or its address: "Auster Bar. Henriettenweg 1, 20.00 Uhr")
            holder = re.split(r"\.\s+|,\s*\d", label.value)[0].strip() if label and label.kind == "organizer" \
                else _day_item_holder(fact)
            if holder:
                item.organizer = holder
                item.note("organizer", FROM_LABEL, fact[:200])
        return item

    def _day_item_name(self, index: int) -> bool:
        """A short line that may name a day page's item: not running text, chrome, a label, a link, a place's or an
        hour's line, nor a sentence."""
        text = self.view.texts[index].strip()
        return bool(text) and len(text) < DAY_ITEM_NAME_LONGEST and not prose.is_paragraph(text) \
            and not lex.is_chrome_line(text) and not text.endswith((".", ":")) and not self.view.labels[index] \
            and not WEB_ADDRESS_RE.search(text) and not DAY_ITEM_PLACE_RE.search(text) and _day_item_fact(text) is None

    def _day_item_heads(self, day_line: int, end: int) -> list[tuple[int, list[str], int]]:
        """The runs of short name lines below a day's line that an item's text follows: (first line, names, the line
        where the item's text ends)."""
        texts = self.view.texts
        heads, run = [], []
        for i in range(day_line + 1, end):
            if self._day_item_name(i):
                run.append(i)
                continue
            if run and texts[i].strip():
                heads.append((run[0], [texts[j].strip() for j in run]))
            run = [] if texts[i].strip() else run
        if run and heads:
            heads.append((run[0], [texts[j].strip() for j in run]))  # (a last item cut off after its name)
        return [(first, names, heads[position + 1][0] if position + 1 < len(heads) else end)
                for position, (first, names) in enumerate(heads)]

    def second_run(self, event: Event, mentions: list[Mention]) -> list[Event]:
        """"Jahrestagungen Schulsozialarbeit 2023 vom 20. – 21. & 27. – 28.11.2023": one event held twice,
        each run a span of days of its own; the second run is an event of its own in the calendar."""
        if not event.start or not event.end:
            return []
        for position, (first, second) in enumerate(zip(mentions, mentions[1:])):
            if first.line != second.line or first.date.end_day is None or second.date.end_day is None \
                    or first.first is None or first.first.isoformat() != event.start[:10] \
                    or not RUN_JOINER_RE.fullmatch(self.view.texts[first.line][first.date.end:second.date.start]):
                continue
            third = mentions[position + 2] if position + 2 < len(mentions) else None
            if third and third.line == second.line and third.date.end_day is not None \
                    and RUN_JOINER_RE.fullmatch(self.view.texts[second.line][second.date.end:third.date.start]):
                return []  # "an drei Wochenenden (27. bis 29. Januar, 10. bis 12. und 24. bis 26. Februar)": one course's parts
            year_hint = self.view.lines[first.line].year_hint or self.view.url_year
            if not resolve(self.view, second, year_hint) or second.last is None:
                return []
            # each run is one "Jahrestagung", not "Jahrestagungen"
            event.title = _led_in_the_singular(event.title)
            run = copy.deepcopy(event)
            times = (event.start[10:], event.end[10:])
            run.start, run.end = second.first.isoformat() + times[0], second.last.isoformat() + times[1]
            return [run]
        return []

    def days_of_its_listing(self, event: Event, mentions: list[Mention]) -> list[Event]:
        """"Er soll am 2., 7. und 9. November 2017 stattfinden": the event read from a listing of days that is no span
        takes place on each of them, not from the first to the last."""
        if not event.start or not event.end or event.end[:10] <= event.start[:10]:
            return []
        first, last = date.fromisoformat(event.start[:10]), date.fromisoformat(event.end[:10])
        # (a listing without its year is matched by its days: its year was found when the event was read)
        listing = next((m for m in mentions if m.kind == "event" and m.date.days_listed
                        and ((m.first, m.last) == (first, last) if m.first else
                             (m.date.day, m.date.month, m.date.days_listed[-1]) == (first.day, first.month, last.day)
                             and (m.date.end_month or m.date.month) == last.month)), None)
        days = d.listed_days(listing.date) if listing else []
        return on_the_other_listed_days(event, days) if len(days) >= 2 else []

    def other_days_listed(self, event: Event, mentions: list[Mention]) -> list[Event]:
        """"Termine: 21.01. / 06.05. / 16.09. / 19.11.2026, jeweils 09:00–13:00 Uhr": a meeting series whose days
        share one line under "Termine"; the event read from the first day meets on each of the others too."""
        if not event.start:
            return []
        by_line: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_line.setdefault(mention.line, []).append(mention)
        for line, on_line in by_line.items():
            text = hours_text = self.view.texts[line]
            above = self.view.texts[line - 1] if line else ""
            further = FURTHER_DATES_RE.search(text, 1) if len(on_line) >= 2 else None
            if further and not any((m.date.day, m.date.month) == (int(event.start[8:10]), int(event.start[5:7]))
                                   for m in on_line if m.date.start < further.start()) \
                    and not (self.view.date_line_of(event) == line - 1 and on_line[0].date.start >= further.start()) \
                    and not (on_line[0].date.start >= further.start()
                             and (on_line[0].date.day, on_line[0].date.month) == (int(event.start[8:10]), int(event.start[5:7]))):
                continue  # (the paragraph of further days tells of another event than the one read: its first day is
                # not in it, nor in the paragraph just above it, "Am Donnerstag, 13. März … findet … statt." / "Das
                # Elterncafé findet jeden zweiten Donnerstag statt. … Die nächsten Termine sind der 27. März, …", nor
                # the list's first: "Die Termine sind wie folgt: jeweils Samstag, 1. Februar, 7. März, …")
            if further:
                # "Das Elterncafé findet ab dem 26. Oktober alle zwei Wochen statt. Die Termine für 2023 im Überblick:
                # 9. November, 23. November und 14. Dezember.": the sentence of the series' further days
                on_line = [m for m in on_line if further.end() <= m.date.start < further.end() + 200]
                text, hours_text = text[further.start():further.end() + 200], text[further.start():further.end() + 600]
                on_line = [dataclasses.replace(m, date=dataclasses.replace(
                    m.date, start=m.date.start - further.start(), end=m.date.end - further.start())) for m in on_line]
            elif len(on_line) < 2 or len(text) > 160 or not (SERIES_CUE_RE.match(text) or SERIES_CUE_RE.fullmatch(above.strip())):
                continue
            if len(on_line) < 2:
                continue
            if any(m.date.end_day is not None and not m.date.days_listed for m in on_line) or not all(
                    SERIES_JOINER_RE.fullmatch(text[a.date.end:b.date.start]) for a, b in zip(on_line, on_line[1:])):
                continue
            year_hint = self.view.lines[line].year_hint or self.view.url_year
            # ("der 10. und 24. April": two days of the series, not one span)
            firsts = [m.first.replace(day=day) for m in on_line if resolve(self.view, m, year_hint) and m.first
                      for day in (m.date.days_listed or (m.first.day,))]
            if further:  # (a series' days run forward: "… 25. November und 9. Dezember" after the event's October)
                floor = date.fromisoformat(event.start[:10])
                for position, first in enumerate(firsts):
                    if first < floor and (first.month, first.day) != (2, 29):
                        first = first.replace(year=floor.year if (first.month, first.day) >= (floor.month, floor.day)
                                              else floor.year + 1)
                    firsts[position] = floor = first
            days = [first.isoformat() for first in firsts]
            if further and days and all(day > event.start[:10] for day in days) \
                    and (firsts[-1] - date.fromisoformat(event.start[:10])).days <= OCCURRENCES_DAYS:
                days = [event.start[:10]] + days  # (the further days of the event read from its first)
            if event.start[:10] not in days or any((b - a).days == 1 for a, b in zip(firsts, firsts[1:])):
                continue  # ("Termine: 12.03. und 13.03.2025": one event over two days, not two)
            clock = d.find_time(text)
            opening = clock and lex.OPENING_HOURS_RE.search(prose.sentence_around(text, clock.position, clock.position + 1))
            if opening:
                # the house's opening hours before the series' own: "Die Stadtbibliothek ist an diesen Samstagen
                # geöffnet in der Zeit von 9 bis 13 Uhr. Gelesen wird im Zeitraum von 10 bis 12 Uhr."
                clock = next((found for sentence in prose.sentences(hours_text[:prose.LINE_HEAD_TEXT])
                              if not lex.OPENING_HOURS_RE.search(sentence)
                              for found in [d.find_time(sentence)] if found), None) or clock
            start_time = f"T{clock.start}" if clock else event.start[10:]
            end_time = f"T{clock.end}" if clock and clock.end else (
                event.end[10:] if not clock and event.end and event.end[:10] == event.start[:10] and len(event.end) > 10 else None)
            if clock and event.all_day:  # "Beginnend am 21.01.2026" and "jeweils 09:00–13:00 Uhr" below
                event.start, event.end = event.start[:10] + start_time, (event.start[:10] + end_time) if end_time else event.end
                event.all_day = False
            others = []
            for day in days:
                if day == event.start[:10]:
                    continue
                other = copy.deepcopy(event)
                other.start, other.end = day + start_time, (day + end_time) if end_time else None
                other.all_day = not start_time
                others.append(other)
            return others
        return []

    def with_days_it_is_held_again(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """"die Gesprächsabende am 23. April und 4. Juli", "… am 24. Oktober um 16 Uhr … Weitere Termine folgen am
        28. November und 19. Dezember.": an event's day listed with further days, in its own sentence or in a sentence
        right after it, is held again on each of them (on any page, beside any other events). Returns the page's events
        with those days added."""
        taken = _days_held(events)
        # (a further day some reader named only "Termin" is this event's: "Die weiteren Termine folgen dann am 05.05.")
        placeholders = {e.start[:10]: e for e in events if e.start and (e.title or "").lower() in NO_NAME_OF_A_DAY}
        extra, replaced = [], set()
        on_line: dict[int, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: (m.line, m.date.start)):
            on_line.setdefault(mention.line, []).append(mention)
        for event in events:
            if not event.start or (event.end and event.end[:10] != event.start[:10]) or event in placeholders.values():
                continue
            first = date.fromisoformat(event.start[:10])
            own = next((m for m in mentions if m.kind == "event" and m.first == first and m.date.end_day is None), None)
            if own is None:
                continue
            text = self.view.texts[own.line]
            later = [m for m in on_line[own.line] if m.date.start >= own.date.end]
            chain = self._days_listed_after(text, own, later)
            if chain and OTHER_HAPPENING_AFTER_RE.match(text, chain[-1][0].date.end):
                chain = []  # ("ein Vortrag am 5. März und am 12. März eine Exkursion zum Solarpark": another happening)
            next_sentence = [] if chain else self._days_of_next_sentence(text, own, later)
            told_again = bool(next_sentence)  # (a sentence that says so: "Weitere Termine folgen …", "Dasselbe Angebot …")
            chain = chain or next_sentence or self._days_it_is_also_held(text, own, later)
            sentence = text[slice(*prose.sentence_span_at(text, own.date.start, chain[-1][0].date.end))] if chain else ""
            if not chain or lex.OPENING_HOURS_RE.search(sentence) or lex.CLOSURE_RE.search(sentence) \
                    or prose.ONE_EVENT_TWO_DAYS_RE.search(text):
                continue  # ("Geöffnet ist der Weltladen am Samstag, 19. Dezember, … und am Montag, 28. Dezember", "Am
                #           24. und am 31. Dezember bleibt das Büro geschlossen": a house's hours, its days off; a
                #           course in two parts, a day to fall back on: "zweiteilig", "an beiden Terminen", "Ausweichtermin")
            days = self._days_of_chain(chain, first)
            if not days or not told_again and any((b - a).days <= 1 for a, b in zip([first] + [day for day, _ in days],
                                                                                  [day for day, _ in days])):
                continue  # ("am 12. Mai und 13. Mai", "Mo, 2. Mai, 10–17 Uhr und Di, 3. Mai, 9–15 Uhr": one event over two days)
            # the hours said once after the last day hold for all: "am 9. Januar, 6. Februar sowie 6. März jeweils von 10
            # bis 13 Uhr", "am 11. März und 8. April um 19.30 Uhr" (when no earlier day has hours of its own)
            for_all = JEWEILS_HOURS_RE.match(text, chain[-1][0].date.end)
            hours_for_all = for_all.group("hours") if for_all else (
                chain[-1][1] if not any(hours for _, hours in chain[:-1]) else None)
            if hours_for_all and event.all_day and d.find_time(hours_for_all):
                when.time_from_words(event, hours_for_all)
            days = [(day, hours or hours_for_all) for day, hours in days]
            # each day holds one "Gesprächsabend", not "Gesprächsabende"
            event.title = _led_in_the_singular(event.title)
            for day, hours in days:
                placeholder = placeholders.pop(day.isoformat(), None)
                if placeholder is not None:
                    replaced.add(id(placeholder))
                    taken.discard(day.strftime("%m-%d"))
                if day.strftime("%m-%d") in taken:
                    continue
                other = copy.deepcopy(event)
                clock = d.find_time(hours) if hours else None
                if clock:
                    other.start = f"{day.isoformat()}T{clock.start}"
                    other.end = f"{day.isoformat()}T{clock.end}" if clock.end else None
                    other.all_day = False
                else:
                    other.start = day.isoformat() + event.start[10:]
                    other.end = day.isoformat() + event.end[10:] if event.end else None
                taken.add(day.strftime("%m-%d"))
                extra.append(other)
        return [e for e in events if id(e) not in replaced] + extra

    def _days_of_chain(self, chain: list[tuple[Mention, str | None]], first: date) -> list[tuple[date, str | None]]:
        """Each listed day with its own hours, in the year that keeps the series running forward ("am 12. November und
        21. Januar 2001")."""
        days = []
        floor = first
        for mention, hours in chain:
            year_hint = self.view.lines[mention.line].year_hint or self.view.url_year
            if mention.first is None and not resolve(self.view, mention, year_hint):
                break
            for listed in (d.listed_days(mention.date) if mention.date.days_listed else [mention.date]):
                day = mention.first.replace(day=listed.day)
                if day <= floor and (day.month, day.day) != (2, 29):
                    day = day.replace(year=floor.year + (1 if (day.month, day.day) <= (floor.month, floor.day) else 0))
                days.append((day, hours))
                floor = day
        return days

    @staticmethod
    def _day_right_after(cue: re.Match, later: list[Mention]) -> Mention | None:
        """The day a cue leads to (its weekday may be the cue's last words or the day's first)."""
        return next((m for m in later if m.date.end > cue.end() and m.date.start >= cue.start()
                     and m.date.start <= cue.end() + 2), None)

    def _days_of_next_sentence(self, text: str, own: Mention, later: list[Mention]) -> list[tuple[Mention, str | None]]:
        """"… Los geht es am 4. April um 18 Uhr im VHS-Haus. Die weiteren Termine folgen dann am 02.05., 06.06. und
        04.07.": the further days a sentence after the event's gives (see FURTHER_DAYS_SENTENCES)."""
        cue = FURTHER_DAYS_SENTENCE_RE.search(text, own.date.end, own.date.end + FURTHER_DAYS_GAP)
        following = self._day_right_after(cue, later) if cue else None
        if not following or any(m.date.start < cue.start() for m in later) \
                or not 1 <= len(SENTENCE_STOP_RE.findall(text, own.date.end, cue.end())) <= FURTHER_DAYS_SENTENCES:
            # (the stop before the cue's own first word counts too)
            return []
        return [(following, self._hours_after(text, following))] + self._days_listed_after(text, following, later)

    def _days_it_is_also_held(self, text: str, own: Mention, later: list[Mention]) -> list[tuple[Mention, str | None]]:
        """"Ein Kinderkino wird am Dienstag, 29. Januar, … geboten … Kinozeit für Kinder ist auch am 26. Februar und
        26. März": the days a later sentence of the paragraph says the event is "also" held on."""
        cue = ALSO_ON_DAYS_RE.search(text, own.date.end, own.date.end + ALSO_ON_DAYS_GAP)
        following = self._day_right_after(cue, later) if cue else None
        if not following or any(m.date.start < cue.start() for m in later):
            return []
        between = text[own.date.end:cue.start()]
        cue_sentence = text[slice(*prose.sentence_span_at(text, cue.start(), cue.end()))]
        if len(SENTENCE_STOP_RE.findall(text, own.date.end, cue.end())) > ALSO_ON_DAYS_SENTENCES or prose.EVENT_NOUN_RE.search(between) \
                or lex.DEADLINE_CUE_RE.search(cue_sentence) or lex.OPENING_HOURS_RE.search(cue_sentence) \
                or re.search(r"\b(?:nicht|kein|keine)\b", cue_sentence):
            return []  # (another event named between, a day to register or to visit the house, or what is not on:
            #           "Der Parkplatz steht auch am 9. Februar nicht zur Verfügung")
        return [(following, self._hours_after(text, following))] + self._days_listed_after(text, following, later)

    @staticmethod
    def _hours_after(text: str, mention: Mention) -> str | None:
        found = d.HOURS_AFTER_DAY_RE.match(text, mention.date.end)
        return found.group("hours") if found else None

    def _days_listed_after(self, text: str, previous: Mention, later: list[Mention]) -> list[tuple[Mention, str | None]]:
        """The days joined to `previous` by nothing but "und", a comma, a weekday or their hours, each with its
        own hours."""
        chain, closed = [], 0
        for mention in later:
            if mention.date.start < previous.date.end:
                continue
            join = LISTED_DAY_JOIN_RE.fullmatch(text, previous.date.end, mention.date.start)
            if not join or (mention.date.end_day is not None and not mention.date.days_listed):
                break
            chain.append((mention, None))
            if re.search(r"\b(?:und|sowie)\b", join.group(0)) or mention.date.days_listed:
                closed = len(chain)  # ("am 29. Januar, 5. und 12. Februar": the last days' "und")
            previous = mention
        # a listing ends in "und": "am 02.05., 06.06. und 04.07."; commas alone pass from one event to the next ("… am
        # 1. Februar, am 8. Februar klärt …")
        chain = chain[:closed]
        # each day's hours stand right after it: "5. April, 15-17 Uhr und 6. April, 15-17 Uhr"
        return [(mention, self._hours_after(text, mention)) for mention, _ in chain]

    def occurrences_by_place(self, event: Event, mentions: list[Mention]) -> list[Event]:
        """"Einladung zur regionalen Kita-Zukunftskonferenz" over rows of a day and a place ("19.03.2026 -> Moya | An
        der Jägerbäk 1 | 18069 Rostock", "23.03.2026 -> … | 18437 Stralsund") and "Beginn jeweils 18:00 Uhr": the one
        event meets in each row's place on the row's day; each row names a place and no event of its own."""
        if not event.start:
            return []
        rows: dict[str, tuple[Mention, str, str | None, str | None]] = {}
        for mention in mentions if len(mentions) <= 40 else []:
            text = self.view.texts[mention.line]
            town, venue, street = self._place_of_row(text, mention) or self._place_of_start(text, mention, event) \
                or (None, None, None)
            year_hint = self.view.lines[mention.line].year_hint or self.view.url_year
            if not town or mention.date.end_day is not None or not resolve(self.view, mention, year_hint) \
                    or mention.first is None:
                continue
            rows.setdefault(mention.first.isoformat(), (mention, town, venue or None, street))
        if len(rows) < 2 or event.start[:10] not in rows:
            return []
        days = sorted(rows)
        if (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days > OCCURRENCES_DAYS:
            return []  # (a school's sports days of past years: no tour of one event)
        first_row = min(mention.line for mention, *_ in rows.values())
        lead = " ".join(self.view.texts[max(0, first_row - 2):first_row])
        if NOT_OCCURRENCES_RE.search(lead) or any(NOT_OCCURRENCES_RE.search(self.view.texts[m.line]) for m, *_ in rows.values()):
            return []  # ("Bisherige Stationen:", "Karten gibt es in:", "Abgabe der Unterlagen:", "Abendkasse")
        shared = next((m for m in map(prose.SHARED_TIME_RE.search, self.view.texts) if m), None)
        clock = d.find_time(shared.group("time")) if shared else None
        occurrences = []
        for day, (mention, town, venue, street) in sorted(rows.items()):
            other = event if day == event.start[:10] else copy.deepcopy(event)
            own = d.find_time(self.view.texts[mention.line][mention.date.end:]) or clock or (
                d.TimeRange(event.start[11:16], event.end[11:16] if event.end and len(event.end) > 10 else None, 0)
                if len(event.start) > 10 else None)  # (the page's own hours, said once: "beginnt um 19 Uhr")
            other.start = day + (f"T{own.start}" if own else "")
            other.end = day + f"T{own.end}" if own and own.end else None
            other.all_day = not own
            other.city, other.venue = town, venue
            if street or other is not event:  # each row's own street, not the first row's
                other.address = street
            other.note("city", FROM_LABEL, self.view.texts[mention.line])
            if other is not event:
                occurrences.append(other)
        return occurrences

    @staticmethod
    def _place_of_row(text: str, mention: Mention) -> tuple[str, str | None, str | None] | None:
        """"19.03.2026 -> Moya | An der Jägerbäk 1 | 18069 Rostock": a row of a day and a place, no event named; its town,
        venue and street."""
        rest = text[mention.date.end:].strip(" \t-–>|:,•·")
        if len(text) > 200 or not re.fullmatch(r"[\s•·*–-]*", text[:mention.date.start]) or lex.EVENT_WORD_RE.search(rest):
            return None
        postal = gazetteer.PLZ_CITY_RE.search(rest)
        parts = [part.strip(" ,") for part in re.split(r"\s*\|\s*", rest) if part.strip(" ,")]
        town = postal.group("city") if postal else parts[-1] if len(parts) > 1 and gazetteer.known_place(parts[-1]) else None
        if not town:
            return None
        street = next((part for part in parts[1:-1] if re.search(r"\d", part) and not gazetteer.PLZ_CITY_RE.search(part)), None)
        return town, parts[0] if len(parts) > 1 else rest[:postal.start()].strip(" ,") or None, street

    @staticmethod
    def _place_of_start(text: str, mention: Mention, event: Event) -> tuple[str, str | None, None] | None:
        """"Start im Bürgerhaus in Manching ist am Montag, 6. März", "Im Mehrgenerationenhaus in Pfaffenhofen beginnt der
        neue Kurs am Mittwoch, 8. März": a sentence that starts the page's course in a known town and names no other
        event."""
        end = mention.date.end - text[mention.date.start:mention.date.end].endswith(".")  # ("6. März." ends its sentence)
        sentence = prose.sentence_around(text, mention.date.start, end)
        at = lex.START_AT_PLACE_RE.search(sentence)
        if not at or not gazetteer.known_place(at.group("town")) or any(
                word.group(0).lower() not in (event.title or "").lower() for word in lex.EVENT_WORD_RE.finditer(sentence)):
            return None
        return at.group("town"), at.group("venue"), None

    def counted_days(self, event: Event, mentions: list[Mention]) -> list[Event]:
        """"… finden zwei regionale Fortbildungsveranstaltungen … statt." over "Veranstaltung 1 am 13.03.24 …" and
        "Veranstaltung 2 am 14.03.24 …": a text that counts its events and gives exactly as many event days, one of
        them the event read, holds one event a day (the count tells two days in a row from one event over both)."""
        counted = prose.counted_series(self.view.texts) if event.start else None
        # (the kind's nouns: "fortbildung" and "veranstaltung" of "Fortbildungsveranstaltung", "workshop" of "Auftaktworkshop")
        heads = {m.group(0).lower() for m in re.finditer(lex.EVENT_NOUN_CHOICES, counted[1], re.IGNORECASE)} if counted else set()
        if not counted or counted[0] < 2 or not any(head in (event.title or "").lower() for head in heads):
            return []  # (the events counted are the page's event's kind: not "an zwei Fachforen" of a congress)
        kind = "|".join(map(re.escape, sorted(heads)))
        # (an event's days, not a decree's of 1974 that the page cites: a day the classifier doubts is left out)
        own = [m for m in mentions if m.kind == "event" and m.score > 0 and m.date.end_day is None
               and resolve(self.view, m, self.view.lines[m.line].year_hint or self.view.url_year) and m.first]
        days = sorted({m.first for m in own})
        if len(days) != counted[0] or event.start[:10] not in {day.isoformat() for day in days}:
            return []
        first = next(m for m in own if m.first.isoformat() == event.start[:10])
        first_sentence = prose.sentence_at(self.view.texts[first.line], first.date.start)
        for mention in own:
            if mention.first.isoformat() == event.start[:10]:
                continue
            sentence = prose.sentence_at(self.view.texts[mention.line], mention.date.start)
            # (two days in the event's own sentence are its series' only where that sentence counts them or tells them
            # apart: "besteht aus zwei Webinaren: am 11. Januar und am 18. Januar", "das erste … das zweite am …")
            counts_them = re.search(rf"\b(?:zwei|drei|vier|fünf|sechs|\d)\s+(?:[a-zäöüß]+e\s+)?[\wäöüß-]*(?:{kind})"
                                    rf"|\b(?:der|die|das)\s+(?:zweite|dritte|vierte)\b", sentence, re.IGNORECASE)
            if (sentence == first_sentence and not counts_them) or not re.search(kind, sentence, re.IGNORECASE) \
                    and not counts_them or abs((mention.first - first.first).days) > 366:
                # each other day in a sentence of its own that names the kind ("Veranstaltung 2 am 14.03.24 …"); not the
                # event's last day or an earlier edition ("endet am Samstag", "zuletzt am 6. Mai 2025": a series' days lie
                # within a year), nor a fallback, a mailing or a link's day ("Ausweichtermin", "wird … verschickt")
                return []
        others = []
        for day in days:
            if day.isoformat() == event.start[:10]:
                continue
            other = copy.deepcopy(event)
            other.start = day.isoformat() + event.start[10:]
            other.end = (day.isoformat() + event.end[10:]) if event.end and event.end[:10] == event.start[:10] else None
            mention = next(m for m in own if m.first == day)
            hours = d.HOURS_AFTER_DAY_RE.match(self.view.texts[mention.line], mention.date.end)
            if hours:  # ("am Samstag, 17. April, um 19 Uhr und am Sonntag, 18. April, um 17 Uhr": each day its own hour)
                other.start, other.end = day.isoformat(), None
                when.time_from_words(other, hours.group("hours"))
            others.append(other)
        return others

    def days_on_own_lines(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """Minutes or a page of notes that give three or more events a day each, one per line ("Das
        Symposium am 8.3. entfällt", "Am 12./13.5. veranstaltet der LJBW in Dresden die 5. Fachtagung"):
        each line's event that no other reading took."""
        dated = [m for m in mentions if m.kind == "event" and m.score >= 2 and m.date.day and m.date.month]
        days = len({(m.date.month, m.date.day) for m in dated})
        if not events or days < 2 or len({m.line for m in dated}) < 2:
            return []
        # a second day beside the page's event is another event only where its sentence names one by its own name
        # ("Weiter geht es am 14. März … mit dem Elternabend „…“"); three days or more make a page of days
        by_name_only = days == 2
        if by_name_only and self.view.page.is_html:
            return []  # (an HTML page's items come from its structure)
        taken = _days_held(events)
        by_line: dict[int, list[Mention]] = {}
        for mention in dated:
            by_line.setdefault(mention.line, []).append(mention)
        extra = []
        for line, own in sorted(by_line.items()):
            text = self.view.texts[line]
            if len(own) > 1 and prose.is_paragraph(text):
                if not by_name_only:
                    extra += self._days_in_clauses(line, own, taken)  # a round-up's paragraph: a day per clause
                continue
            day = f"{own[0].date.month:02d}-{own[0].date.day:02d}"
            date_first = re.fullmatch(r"[\s•·*–-]*", text[:own[0].date.start])
            row = item_rest(text, own[0].date) or (text[own[0].date.end:].strip(" :–-|,") if date_first else None)
            if day in taken or text.rstrip().endswith(":") or (row and (
                    lex.DEADLINE_CUE_RE.search(row[:30]) or lex.OTHER_DEADLINE_RE.search(row[:30]))):
                continue  # (a lead-in's day, "… beschließt in seiner Sitzung am 24.10. … mit folgenden Terminen:", is its
                #           decision's; "30.4. Frist für Anträge zum Workshop-Fonds" is a deadline)
            event = self.assembler.event(Block(line, line + 1, line), own, True, None)
            if event is None or not event.start or event.start[5:10] != day:
                continue
            spanned = next((e for e in events if e.start and event.end and event.start[:10] < e.start[:10] <= event.end[:10]
                            and not (e.end and e.end[:10] > e.start[:10])), None)
            span_name = prose.title_from_sentence(prose.sentence_around(text, own[0].date.start, own[0].date.end)) \
                if spanned is not None else None
            kind = prose.EVENT_NOUN_RE.search(span_name or "")
            if spanned is not None and kind and kind.group(0).lower() in (spanned.title or "").lower() \
                    and (date.fromisoformat(event.end[:10]) - date.fromisoformat(event.start[:10])).days <= 2:
                # "25. September 2018 / 09:00 bis 16:30 Uhr" over "… der Bundeskonferenz … am 24. und 25. September 2018":
                # the page's one day is the last of its event's two
                spanned.end = event.end[:10] + (spanned.end or spanned.start)[10:] if spanned.end or len(spanned.start) > 10 \
                    else event.end
                spanned.start = event.start[:10] + spanned.start[10:]
                continue
            written = text[own[0].date.start:own[0].date.end]
            sentence = next((part for part in prose.sentences(text) if written in part), text)
            named = prose.title_from_sentence(sentence) if prose.is_paragraph(text) or len(sentence) > 60 else None
            if not named and not by_name_only and prose.is_paragraph(text):
                named = _quoted_name_after(text, own[0].date.end)
            if by_name_only and not (named and prose.specific_name(named)
                                     and not any(prose.same_name(named, e.title or "") for e in events + extra)):
                continue
            if named:  # "Das Symposium am 8.3. entfällt, …": the event the day's sentence names
                event.title = named
                event.note("title", FROM_PROSE, sentence[:200])
            elif prose.is_paragraph(text):
                continue
            else:
                # "10.3. Tag der Schülerworkshops": the row's own name; a bare date's name stands on the line below
                # ("12.03.2013" / "Sitzung des Kreistags"); never the next row's name under a row of its own
                own_name = row if row else (self._quoted_item_above(line) or event.title) if self.view.date_only(line) else \
                    None if date_first else self.assembler.without_trailing_date(text.strip(" •·*–-"))
                where = HOURS_LEAD_RE.sub("", own_name or "")
                if where and titles.is_place_phrase(where):
                    own_name = where  # ("Mittwoch, 13.01.2027, 19 Uhr am Goethe-Gymnasium": the page's event there,
                    #                    named so by the settling stage)
                elif not own_name or not self.assembler.names_an_event(own_name) or titles.weak_title(own_name):
                    continue
                event.title = own_name.strip()
                event.note("title", FROM_LABEL, text[:200])
            if not d.find_time(text) and not self.view.date_only(line):  # the row's own time, not the next row's
                event.start, event.end = event.start[:10], event.end[:10] if event.end else None
            if not event.city and events[0].city and not event.venue and not event.online \
                    and not re.search(r"\b(?:in|im|ins|bei|auf\s+de[mr])\s", text[own[0].date.end:]):
                event.city = events[0].city  # a row that names no place is in the page's town
                event.note("city", FROM_LABEL, events[0].city)
            taken.add(day)
            extra.append(event)
        return extra

    def _quoted_item_above(self, line: int) -> str | None:
        """"„Eine Zeitreise …“ (ab 10 Jahren)" / "14. Februar, 13:30 Uhr" / "15. Februar, 10 Uhr": a bare day under
        another day of an item named in quotes is that item's too (not the next item's, named below it)."""
        above = line - 1
        while above > 0 and self.view.date_only(above):
            above -= 1
        text = self.view.texts[above].strip() if above < line - 1 else ""
        return text if QUOTED_NAME_LINE_RE.fullmatch(text) else None

    def _days_in_clauses(self, line: int, own: list[Mention], taken: set[str]) -> list[Event]:
        """"Am 12. März findet an der Musterschule um 16 Uhr ein Info-Nachmittag statt. Am 22. März öffnet die
        Förderschule ihre Türen. Weiter geht es am 9. April an der Grundschule von 16 bis 18 Uhr, …": a round-up's
        paragraph gives each event its clause; the clause names it, or the section it stands under does. A clause
        of the section's kind must say that something happens (a clock, "öffnet", "lädt … ein"); closures, ends of
        a course and what came before are no events."""
        text = self.view.texts[line]
        if len(text) > CLAUSE_PARAGRAPH_BUDGET:
            return []  # (a round-up's paragraph is short; reading every day of a long one costs its square)
        kind = self._section_kind(line)
        parts = prose.sentences(text)
        # "Auf dem Programm stehen die Kurzfilmtour …, schon am Freitag, dem 22. September, ein „Tag der offenen Tür“ in
        # der Beratungsstelle am Dienstag, dem 26. September, und ein Internationaler Abend am …": each day named by the
        # phrase right before it
        named_before = _named_before_their_days(parts)
        extra = []
        for previous, mention in zip([None] + own[:CLAUSE_DAYS_BUDGET], own[:CLAUSE_DAYS_BUDGET]):
            day = f"{mention.date.month:02d}-{mention.date.day:02d}"
            if previous is not None and previous.date.month == mention.date.month \
                    and 0 < mention.date.day - (previous.date.end_day or previous.date.day) <= 2 \
                    and NEXT_DAY_JOIN_RE.fullmatch(text[previous.date.end:mention.date.start]):
                continue  # "Am 24. September und am 25. September findet die Bundeskonferenz statt": its second day
            written = text[mention.date.start:mention.date.end]
            sentence = next((part for part in parts if written in part), None)
            if day in taken or sentence is None or lex.DEADLINE_CUE_RE.search(sentence) \
                    or lex.OTHER_DEADLINE_RE.search(sentence) or NOT_AN_EVENT_CLAUSE_RE.search(sentence):
                continue
            clause = next((part for part in CLAUSE_OF_DAY_RE.split(sentence) if written in part), sentence)
            if ENDS_RE.search(clause) or AFTER_AN_EVENT_RE.search(sentence[:sentence.find(written)]):
                continue  # "… startet am 3. Juni und endet am 1. Juli"; "Nach der … Kick-off-Veranstaltung am 12. Oktober"
            before = named_before.get((mention.date.day, mention.date.month))
            name = before or prose.title_from_sentence(clause) or (
                prose.title_from_sentence(sentence) if clause == sentence else None)
            if name and not before and not self.assembler.names_an_event(name):
                name = None
            shared = prose.SHARED_TIME_RE.search(sentence)
            if not name and kind and not (d.find_time(clause) or shared or HAPPENING_CLAUSE_RE.search(clause)):
                continue  # (a day under the section's heading that tells of nothing happening)
            plural = prose.PLURAL_NOUN_RE.search(sentence)
            name = name or kind or (prose.singular(plural.group("noun")) if plural and shared else None)
            if not name:
                continue
            event = self.assembler.event(Block(line, line + 1, line), [mention], True, None, title_override=name, sentence=clause)
            if event is None or not event.start or event.start[5:10] != day:
                continue
            self.assembler.held_by_its_school(event, clause)
            if not d.find_time(clause):  # (another clause's hours are not its own, unless said for each: "jeweils …")
                event.start, event.end, event.all_day = event.start[:10], None, True
                if shared:
                    when.time_from_words(event, shared.group(0))
            taken.add(day)
            extra.append(event)
        return extra

    def _section_kind(self, line: int) -> str | None:
        """"Tag der offenen Tür an staatlichen Grund- und Förderschulen" over a round-up's paragraphs: the kind of
        event its clauses are, up to the words that say where ("Tag der offenen Tür"); the heading stands right
        above, or above paragraphs that are themselves round-ups of days."""
        for index in range(line - 1, max(-1, line - 4), -1):
            above = self.view.texts[index].strip()
            if not above:
                continue
            if prose.is_paragraph(above):
                if len(d.find_dates(above)) < 2:
                    return None  # (a paragraph of another kind stands between)
                continue
            if len(above) > 100 or not (lex.EVENT_TITLE_WORD_RE.search(above) or lex.DAY_OF_NAME_RE.match(above)):
                return None
            head = re.split(r"\s(?:an|in|im|bei|für)\s(?=[a-zäöüßA-ZÄÖÜ])", above, maxsplit=1)[0]
            return head if lex.EVENT_TITLE_WORD_RE.search(head) or lex.DAY_OF_NAME_RE.match(head) else None
        return None

    def dated_headlines(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A blog's or an archive's second post under the first: "Fachtag: Kinder psychisch kranker Eltern am
        12.09.2018 in Eisenhüttenstadt" heads its own report. A short line that names an event and gives it a
        day with its year is that event's headline, whatever the page's first event; the report below it is
        its text."""
        taken = {e.start[:10] for e in events if e.start} | {e.original_start[:10] for e in events if e.original_start}
        # every day of a multi-day event is its own ("Programm der Tagung am 13.03." of 12–13 March)
        taken |= {day.isoformat() for day in days_of_spans(events)}
        extra = []
        for mention in mentions:
            if len(extra) >= DATED_HEADLINES_BUDGET:
                break  # (an archive of thousands of posts: each event reads the page's organisations, so a few suffice)
            text = self.view.texts[mention.line]
            written = mention.date
            day = f"{written.year:04d}-{written.month:02d}-{written.day:02d}" if written.year and written.month else None
            if mention.kind != "event" or day is None or day in taken or len(text) > 160 or prose.is_paragraph(text) \
                    or self.view.labels[mention.line] or text.rstrip().endswith(":"):
                continue
            name = self.assembler.without_trailing_date(text.strip(" •·*–-"))
            if name == text.strip(" •·*–-") or not HEADLINE_IS_EVENT_RE.match(name) or titles.weak_title(name) \
                    or lex.DEADLINE_CUE_RE.search(name) or lex.FINITE_VERB_RE.search(name) or name.endswith(":") \
                    or NOT_THIS_EVENT_LEAD_RE.match(name):
                continue  # (the event's name leads the line, its day ends it; a sentence or a teaser is neither)
            if any(prose.name_key(e.title or "") == prose.name_key(name) for e in events + extra):
                continue  # "Fachtag „…“, 18. April 2018, Netzwerk …": a citation of the page's own event, not another
            end = next((i for i in range(mention.line + 1, min(len(self.view.texts), mention.line + 12))
                        if not prose.is_paragraph(self.view.texts[i]) and d.find_dates(self.view.texts[i])
                        and not any(m.line == i and m.date.day == mention.date.day for m in mentions)),
                       min(len(self.view.texts), mention.line + 12))
            # (named after reading: a name given to the reader would send it over the whole page for an organizer)
            event = self.assembler.event(Block(mention.line, end, mention.line), [mention], True, None)
            if event is None or not event.start or event.start[:10] != day:
                continue
            event.title = name
            event.note("title", FROM_LABEL, text[:200])
            taken.add(event.start[:10])
            extra.append(event)
        return extra

    def days_no_reader_took(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A page that dates three or more things to happen, of which the readers above took fewer than half:
        a list in a shape no reader knows. Each day left over is an event, named by its own line. A page the
        readers took two or more events from is a list already: any day of an event's kind left over is one more."""
        line = self.view.title_line()
        if line is not None and lex.DAYS_OFF_PAGE_RE.search(self.view.texts[line]):
            return []  # "Schließtage der Kitas 2027", "Ferientermine": a page of days off
        dated = [m for m in mentions if m.kind in ("event", "other") and m.score >= 0
                 and len(self.view.texts[m.line]) <= LEFT_OVER_LINE_BUDGET]
        # (a list's rows in a second shape: "Lesecafé für Familien – 20. März 2027" below two announcements)
        a_list = 2 <= len(events) <= LEFT_OVER_EVENTS_BUDGET
        if not a_list and len({(m.date.day, m.date.month, m.date.year) for m in dated}) < max(3, 2 * len(events)):
            return []  # (most pages: read no further)
        candidates = []
        for m in dated:
            text = self.view.texts[m.line]
            sentence = prose.sentence_around(text, m.date.start, m.date.end)
            if _bare_day(text) and m.line + 1 < len(self.view.texts) and prose.is_paragraph(self.view.texts[m.line + 1]):
                sentence += " " + (prose.sentences(self.view.texts[m.line + 1]) or [""])[0]  # (its teaser tells what it is)
            written = sentence.find(text[m.date.start:m.date.end])
            if written >= 0 and lex.UNTIL_RE.search(sentence[max(0, written - 30):written]):
                continue  # the last day of a run ("Die Ausstellung ist bis zum 26. Februar zu sehen", "läuft bis zum …")
            if lex.PHOTO_CAPTION_RE.match(text):
                continue  # "Foto vom Netzwerktreffen am 12. November 2026: Bildungsbüro Musterau"
            if lex.DEADLINE_CUE_RE.search(sentence) or lex.OTHER_DEADLINE_RE.search(sentence) \
                    or lex.NOT_AN_EVENT_SENTENCE_RE.search(sentence) \
                    or lex.NOT_A_HAPPENING_DAY_RE.search(sentence) or text.rstrip().endswith(":"):
                continue  # a day to hand something in, a closure, a decision; a lead-in's ("… am 24.10. mit folgenden Terminen:")
            candidates.append(m)
        enumerated = set()  # (days one right after the other in a line: "6. März, 13. März, 20. März")
        for a, b in zip(candidates, candidates[1:]):
            if a.line == b.line and b.date.start - a.date.end < 25:
                enumerated |= {id(a), id(b)}
        newest = max((m.date.year for m in dated if m.date.year), default=None)  # (a deadline's year dates the page too)
        days = {}
        for m in candidates:
            if newest and m.date.year and m.date.year < newest - 1:
                continue  # a chronicle's years ("1951 gegründet"): history, not the list's
            if id(m) in enumerated:
                continue  # "an folgenden Samstagen: 6. März, 13. März, 20. März": one course's dates, not a list's rows
            days.setdefault((m.date.day, m.date.month, m.date.year), m)
        taken = _days_held(events)
        left = {(day, month) for day, month, _ in days if f"{month:02d}-{day:02d}" not in taken}  # (a day twice is one)
        if not left or not a_list and (len(left) < 3 or len(events) * 2 > len(days)):
            return []
        extra = []
        named_of_line: dict[int, dict[tuple[int, int], str]] = {}
        for (day, month, _), mention in days.items():
            if f"{month:02d}-{day:02d}" in taken or mention.kind != "event":
                continue  # (every dated item counts the list; a day of no known kind is a deadline's, a period's or a
                #           report's as often as an event's, and makes none)
            # (a day of an event's kind in a list's row is an event's day, however weakly its own line says so)
            mention = dataclasses.replace(mention, score=max(mention.score, 2))
            # ("Atelier Sommerferienprogramm" / its text / "Ort: …" / "Termine: 20.07. bis 14.08.2020": a labelled day
            # is the offer's named above it, with its labelled place)
            named = self._name_above_labelled_day(mention.line)
            block = Block(named, mention.line + 1, named) if named is not None else \
                Block(mention.line, mention.line + 1, mention.line)
            event = self.assembler.event(block, [mention], True, None)
            if event is None or not (event.start or event.start_partial) or (len((event.title or "").split()) <= 2
                                                    and len(self.view.texts[mention.line].split()) <= ROW_OF_A_NAME_WORDS
                                                    and not self.assembler.names_an_event(event.title)
                                                    and not (len(self.view.texts[mention.line]) <= ROW_WITH_HOUR_LONGEST
                                                             and d.find_time(self.view.texts[mention.line]))):
                continue  # (a row of one or two words that names no event: "Reformationstag", "Montag", "Referat";
                #           one with its hour is a course's: "5. Februar: Brot backen, 17 Uhr")
            if self._stamp_over_dated_teaser(mention, mentions):
                continue
            self._no_sentence_as_row_title(event, mention)
            if mention.line not in named_of_line:  # (a paragraph's names read once for all its days)
                text = self.view.texts[mention.line]
                named_of_line[mention.line] = _named_before_their_days(prose.sentences(text)) \
                    if prose.is_paragraph(text) else {}
            before = named_of_line[mention.line].get((mention.date.day, mention.date.month))
            if before:
                event.title = before  # ("… und ein Internationaler Abend am Freitag, dem 29. September")
                event.note("title", FROM_PROSE, before)
            item = self._quoted_item_above(mention.line) if self.view.date_only(mention.line) else None
            if item:
                event.title = item  # (the item named above its days, not the next one named below)
                event.note("title", FROM_LABEL, item)
            taken.add(f"{month:02d}-{day:02d}")
            extra.append(event)
            if len(extra) >= LEFT_OVER_EVENTS_BUDGET:
                break
        return extra

    def _name_above_labelled_day(self, line: int) -> int | None:
        """The short line a few lines above a labelled day ("Termine: …") that names its offer, past its text and its
        other labelled lines; None where the day has no label or another day stands between."""
        label = self.view.labels[line]
        if not label or label.kind != "date":
            return None
        for above in range(line - 1, max(-1, line - LABELLED_DAY_NAME_LINES - 1), -1):
            text = self.view.texts[above].strip()
            if self.view.labels[above] or prose.is_paragraph(text):
                continue
            if d.MAYBE_DATE(text) and d.find_dates(text):
                return None
            usable = 3 <= len(text) <= DAY_ITEM_NAME_LONGEST and not text.endswith((".", ":", ",")) \
                and not lex.is_chrome_line(text) and not lex.FINITE_VERB_RE.search(text)
            return above if usable else None
        return None

    def days_opening_their_clauses(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """"Am 1. Februar liest Petra Lamm aus ihrem Krimi „…“, am 8. Februar spricht der Historiker …", "… im Vereinsheim
        einen Vortrag sowie am 12. März eine Führung durch den Lehrbienenstand": beside the event a page's text was
        read as, another day of an event's kind that opens a clause of its own, in the same paragraph and naming what
        happens, is one more event, named by its clause."""
        if len(events) != 1 or not events[0].start:
            return []
        taken = _days_held(events)
        own_line = self.view.date_line_of(events[0])
        extra = []
        for mention in mentions:
            if mention.kind != "event" or mention.line != own_line or mention.date.end_day is not None \
                    or f"{mention.date.month:02d}-{mention.date.day:02d}" in taken:
                continue
            text = self.view.texts[mention.line]
            if not prose.is_paragraph(text) or not CLAUSE_OPENING_DAY_RE.search(text, max(0, mention.date.start - 40),
                                                                                  mention.date.start):
                continue
            clause_end = CLAUSE_END_RE.search(text, mention.date.end)
            clause = text[mention.date.start:clause_end.start() if clause_end else len(text)]
            sentence = text[slice(*prose.sentence_span_at(text, mention.date.start, mention.date.end))]
            if len(clause.split()) < CLAUSE_OF_ITS_OWN_WORDS or lex.DEADLINE_CUE_RE.search(clause) \
                    or lex.NOT_AN_EVENT_SENTENCE_RE.search(clause) or lex.CLOSURE_RE.search(clause) \
                    or lex.OPENING_HOURS_RE.search(sentence) or prose.ONE_EVENT_TWO_DAYS_RE.search(text):
                continue  # (a day to register, a closure, a house's opening hours: "Geöffnet ist der Weltladen …"; a
                #           course's second part, a day to fall back on)
            event = self.assembler.event(Block(mention.line, mention.line + 1, mention.line), [mention], True, None)
            if event is None or not event.start or abs(int(event.start[:4]) - int(events[0].start[:4])) > 1 \
                    or abs((date.fromisoformat(event.start[:10]) - date.fromisoformat(events[0].start[:10])).days) <= 1:
                continue  # (a chronicle's day: "Anlass sind 15 Jahre Neues Rathaus. Am 20. Januar 2004 öffnete …"; the
                #           event's second day: "findet am 24. September und am 25. September statt")
            # (named by its clause or by what its verb makes of it, "spricht … über": a talk; never by the clause before
            # it; a clause that names nothing tells another thing of the event: "… und am 27. Januar werden die Bilder
            # der Kinder im Foyer ausgestellt")
            name = prose.title_from_sentence(clause) or prose.introduced_name(clause) or prose.offered_name(clause) \
                or next((kind for verb, kind in lex.HAPPENING_OF_VERB if verb.search(clause)), None)
            if not name:
                continue
            event.title = name
            event.provenance["title"] = {"from": FROM_PROSE, "snippet": clause[:200]}
            # (its hours are its clause's, not the paragraph's first: "… am 12. März eine Exkursion … Der Vortrag beginnt
            # um 19 Uhr")
            event.start, event.end, event.all_day = event.start[:10], None, True
            when.time_from_words(event, clause)
            taken.add(f"{mention.date.month:02d}-{mention.date.day:02d}")
            extra.append(event)
        return extra

    def _stamp_over_dated_teaser(self, mention: Mention, mentions: list[Mention]) -> bool:
        """"Datum 01.03.2024" over "… Dort findet am Mittwoch, 13. März 2024, … die Ausbildungsmesse statt": a bare
        day over a teaser that dates its own event is the day the teaser was posted, not a second event."""
        below = mention.line + 1
        return _bare_day(self.view.texts[mention.line]) and below < len(self.view.texts) \
            and prose.is_paragraph(self.view.texts[below]) \
            and any(m.line == below and m.kind == "event" for m in mentions)

    def _no_sentence_as_row_title(self, event: Event, mention: Mention) -> None:
        """A day left over in running text is named by its own line, which is a sentence: the happening the sentence
        introduces names it ("Einen Rückblick auf die Reise an die Ostsee gibt es am Mittwoch, 20. Oktober" ->
        "Rückblick auf die Reise an die Ostsee")."""
        title = event.title or ""
        if not (titles.reads_as_sentence(title) or title.endswith(".") or lex.FINITE_VERB_RE.search(title)):
            return
        text = self.view.texts[mention.line]
        if _bare_day(text) and title not in text:
            # ("Datum 08.03.2024" over its teaser, which named the event: the teaser's first sentence)
            sentence = prose.sentences(title)[0].strip() if prose.sentences(title) else title
        else:
            sentence = prose.sentence_at(text, mention.date.start).strip() if len(text) <= prose.LINE_HEAD_TEXT else \
                prose.sentence_around(text, mention.date.start, mention.date.end).strip()
        name = prose.introduced_name(sentence)
        if name or len(sentence) < len(title):
            # (else its own sentence: a paragraph of a school's letter is no title of its third day)
            event.title = name or sentence
            event.note("title", FROM_PROSE, sentence[:200])

    def rows_of_the_event_above(self, events: list[Event]) -> None:
        """"Die Vorlesestunde „Mats und die Wundersteine“ … findet am Dienstag, 12. November … statt. Auch in weiteren
        Stadtteilen werden die beiden Mats Geschichte erzählen:" over rows "Montag, 13. November um 16.30 Uhr in der
        Stadtteilbücherei Lerchenberg (…)": rows that give only a day, an hour and a place, under a lead-in that says
        "again" or "further", are the event named above the lead-in, held once more."""
        if not any(text.rstrip().endswith(":") and FURTHER_OCCASIONS_RE.search(text) for text in self.view.texts):
            return  # (most pages have no such lead-in; reading each event's line costs a list of thousands its square)
        line_of = [self.view.date_line_of(e) for e in events]
        for event, line in zip(events, line_of):
            if line is None or not _when_and_where_only(self.view.texts[line]):
                continue
            lead = line - 1
            while lead >= 0 and (not self.view.texts[lead].strip() or _when_and_where_only(self.view.texts[lead])):
                lead -= 1
            if lead < 0 or not self.view.texts[lead].rstrip().endswith(":") \
                    or not FURTHER_OCCASIONS_RE.search(self.view.texts[lead]) \
                    or _names_its_own_event(self.view.texts[lead]):
                continue  # ("Außerdem bietet die Bibliothek eine Sprechstunde zur Onleihe an:": the rows are the lead-in's)
            named = max(((other_line, other) for other, other_line in zip(events, line_of)
                         if other_line is not None and other_line <= lead and other.title), key=lambda pair: pair[0],
                        default=(None, None))[1]
            if named is None or named is event or titles.reads_as_sentence(named.title) \
                    or len(named.title) > HELD_AGAIN_NAME_LONGEST:
                continue  # (a name that is a whole sentence tells the rows nothing a calendar could use)
            event.title = named.title
            event.note("title", FROM_PROSE, self.view.texts[lead][-200:])
            if not event.organizer and named.organizer:
                event.organizer = named.organizer
                event.note("organizer", FROM_PROSE, self.view.texts[lead][-200:])

    def institutions_under_a_kind(self, events: list[Event]) -> None:
        """"Informationsabende der weiterführenden Schulen:" over rows "Werkgymnasium: Dienstag, 23.02.2016, 17.00 Uhr",
        "Hirscheckschule: …": each row is its school's event of the lead-in's kind, held by the school."""
        named = [e for e in events if e.title and INSTITUTION_WORD_RE.search(e.title) and len(e.title) <= 80
                 and not lex.EVENT_WORD_RE.search(e.title)]
        if len(named) < 3 or len(named) < len(events) / 2:
            return
        lines = [line for line in map(self.view.date_line_of, named) if line is not None]
        lead = self.view.texts[min(lines) - 1].rstrip() if lines and min(lines) else ""
        kind = PLURAL_LEAD_IN_RE.search(lead[-160:]) if lead.endswith(":") else None
        if not kind:
            return
        noun = prose.singular(kind.group("noun"))
        if not prose.EVENT_NOUN_RE.fullmatch(noun):
            return
        for event in named:
            event.organizer = event.title
            event.provenance["organizer"] = {"from": FROM_LABEL, "snippet": event.title}
            event.title = f"{noun} {event.title}"  # ("Informationsabend Werkgymnasium": the kind and whose it is)
            event.note("title", FROM_LABEL, lead[-160:])


def _named_before_their_days(sentences: list[str]) -> dict[tuple[int, int], str]:
    """(day, month) -> the name right before it, for sentences that name each of their days so: "Auf dem Programm stehen
    die Kurzfilmtour …, schon am Freitag, dem 22. September, ein „Tag der offenen Tür“ in der Beratungsstelle am
    Dienstag, dem 26. September, und ein Internationaler Abend am …"."""
    return {(day.day, day.month): QUOTE_MARKS_RE.sub("", name) for sentence in sentences if d.MAYBE_DATE(sentence)
            for _, day, name in prose.names_before_their_days(sentence)}
