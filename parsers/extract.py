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
import dataclasses
import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import cached_property
from urllib.parse import urljoin

from . import classify, people, places, prose, status, structured, titles, when
from . import dates as d
from . import contacts, gazetteer
from . import lexicon as lex
from .content import PageView
from .event import FROM_JSONLD, FROM_LABEL, FROM_PROSE, FROM_PUBLISHER, POSTPONED, SCHEDULED, TENTATIVE, Event
from .mentions import Mention, find_mentions, resolve
from .happening import with_happening_days
from .page import parse
from .segment import Block, Draft, item_rest, row_name, segment, title_below

EVENT_URL_RE = re.compile(r"/(?:veranstaltung|termin|event|kalender)", re.I)
READER_BUDGET = 100_000
MAX_PAGE_BYTES = 10 * 1024 * 1024  # as the crawler's DOWNLOAD_MAXSIZE: no event page is larger


NEXT_OF_SERIES_RE = re.compile(r"Nächste[rs]?\s+(?=\S)")
# "Der Aktionstag findet am 22. Februar 2019 statt": a sentence that opens with its own event
OWN_KIND_TAKES_PLACE_RE = re.compile(rf"(?:Der|Die|Das)\s+(?P<noun>{prose.EVENT_NOUN})\s+(?:findet|fand)\s")
# two days of one event: "am 24. September und am 25. September", "12. und 13. Mai"
NEXT_DAY_JOIN_RE = re.compile(r"\s*,?\s*(?:und|sowie|bis|&|–|-)\s+(?:zum\s+|am\s+)?(?:[A-Z][a-z]+tag,?\s+(?:den\s+)?)?")
CLAUSE_PARAGRAPH_BUDGET = 4_000
CLAUSE_DAYS_BUDGET = 30
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
# a series' next meeting, named by the series ("Das nächste Treffen findet am … statt")
_NEXT_MEETING = r"ächste[srn]?\s+(?:beiden\s+)?(?:Treffen|Termine?|Sitzung|Runde|Abend|Veranstaltung)"
NEXT_MEETING_TITLE_RE = re.compile(rf"N{_NEXT_MEETING}")
NEXT_MEETING_RE = re.compile(rf"\b[Nn]{_NEXT_MEETING}\b")
SERIES_NAME_RE = re.compile(r"[„\"»]([A-ZÄÖÜ][^“”\"«.,:;!?]{2,50})[“”\"«]")
# a name in quotes that is a book's, a film's or a play's, not the series'
NOT_A_SERIES_BEFORE_RE = re.compile(r"(?:Buch(?:es)?|Bilderbuch\w*|Roman\w*|Film\w*|Stück\w*|Lied\w*|Geschichte)\s+$")
# a short name in quotes, not a quoted sentence: „Woche der Bildung“
QUOTED_NAME_RE = re.compile(r"„([A-ZÄÖÜ][^“”\".,:;!?]{2,50})“")


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


def _without_leading_time(row: str) -> str:
    """"12:00 Uhr Vortrag zur Medienbildung" under its day: the time is the start's, the rest the name."""
    timed = d.TIME_LEAD_RE.match(row)
    return row[timed.end():].lstrip(" :–-|") or row if timed else row


# a heading that is only the event's kind, perhaps with its place: "Bildungskonferenz", "Fachtag in Brandenburg"
BARE_KIND_RE = re.compile(rf"{prose.EVENT_NOUN}(?:\s+in\s+[A-ZÄÖÜ][\wäöüß-]+)?")
# a title that is a clause: it opens with a dative or accusative article, or ends in a verb ("… fand")
CLAUSE_TITLE_RE = re.compile(r"(?:Den|Dem)\s|(?:Das|Die|Der)\s.*\s(?:fand|findet|war|ist|wird|wurde|hat|gab|diente|startet|beginnt)$")
# a place of its own in an event's sentence: "im Dorfgemeinschaftshaus Oberbeispiel", "in der Aula der Lindenschule"
OWN_PLACE_RE = re.compile(r"\b(?:im|in\s+der|in\s+dem|auf\s+dem|bei\s+der)\s+[A-ZÄÖÜ][\wäöüß-]{3,}")
PAGE_HOLDER_TEXT = 20_000  # characters read for the one holder a whole page names
HOST_LINES = 2_000  # (the paragraph of a sentence is looked for among the lines the page's dates are read from)
# "Das Landratsamt bietet in Pfaffenhofen und Manching ein Eltern-Seminar an: …": a headline of who offers what
OFFER_HEADLINE_RE = re.compile(r"(?:Der|Die|Das)\s+(?:[\wäöüß-]+\s+){1,3}?(?:bietet|lädt|veranstaltet|organisiert|richtet)\s")
OCCURRENCES_DAYS = 120  # one event's tour of towns runs within a season
NOT_OCCURRENCES_RE = re.compile(r"\b(?:[Bb]isherige|[Vv]ergangene|[Rr]ückblick|[Vv]orverkauf|[Kk]arten|[Tt]ickets|[Aa]bgabe|"
                                r"[Aa]bholung|[Aa]bendkasse|[Kk]asse|[Öö]ffnungszeit)")
# a row of a directory led by its institution: "Helmholtz-Gymnasium, Rosastraße 83, Rüttenscheid: Tag der offenen Tür am
# …", "Mädchengymnasium Borbeck: Fürstäbtissinnenstraße 52, …"
INSTITUTION_ROW_RE = re.compile(r"^(?P<head>[A-ZÄÖÜ][\wäöüß-]*(?:\s[\wäöüß-]+){0,5}?)(?=[,:]\s)")
# "… Informationsabende der weiterführenden Schulen:": a list's lead-in that names its items' kind in the plural
PLURAL_LEAD_IN_RE = re.compile(rf"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*(?:{'|'.join(lex.EVENT_PLURALS)}))(?:\s+(?:der|des|für|an|in|im)\s+[^:.!?]{{0,80}})?\s*:$")
INSTITUTION_WORD_RE = re.compile(rf"(?i:{lex.SCHOOL_WORD}|zentrum|bibliothek|bücherei|museum)\b")  # (not "Hortgruppe")
# what stands between a directory row's institution and its day when the row names no kind: its address and quarter only
# (", Stankeit-straße 22, Altenessen, "), not an activity ("Raum 1: Babymassage am")
ROW_ADDRESS_RE = re.compile(r"[,:\s]*(?:[A-ZÄÖÜ][\wäöüß.-]*(?:\s[\wäöüß.-]+){0,3}\s\d+[a-z]?(?:\s?-\s?\d+)?[,:.\s]*)?"
                            r"(?:[A-ZÄÖÜ][\wäöüß/-]+[,:.\s]*)?(?:(?:am|den)\s*)?")
# what stands between two runs of one event: "20. – 21. & 27. – 28.11.", "3./4. und 10./11. Mai"
RUN_JOINER_RE = re.compile(r"\s*(?:&|und|sowie|,)\s*")
# "Zukunftswerkstatt regt Diskussion über Bildungslandschaft an", "3. Bildungskonferenz beschäftigt sich mit Inklusion":
# a press headline whose subject is the event; the verb and what follows tell the news, not the name
HEADLINE_SUBJECT_RE = re.compile(
    rf"(?P<subject>(?:[\wäöüß.„“\"-]+\s){{0,3}}?[\wäöüß-]*{prose.EVENT_NOUN}[\wäöüß-]*(?:\s[A-ZÄÖÜ0-9][\wäöüß-]*){{0,2}})"
    rf"\s(?!(?:mit|seit|statt|nicht|jetzt|erst|fast|samt|nebst|selbst|sonst|meist|zuletzt|damit|gut|rund|zunächst|"
    rf"bereits|heute|morgen|im|am|in|zum|zur|für|der|des|auf|vom|von|und|oder)\b)(?P<verb>[a-zäöüß]{{3,}}t)\s\S+(?:\s\S+)+$")
# a headline is short; a long line of hyphenated capitals ("MINT-Campus-Day-Campus-…") would make the pattern above try
# every way of cutting it into words
HEADLINE_BUDGET = 200
# "Düsseldorf: 300 Ausbildungsplätze im Angebot beim Azubi-Speed-Dating der Handwerkskammer": a news headline whose
# event is where the news happened
NEWS_AT_EVENT_HEADLINE_RE = re.compile(r"^(?:[A-ZÄÖÜ][\wäöüß-]+:\s+)?(?P<news>[^:„“\"]{3,120}?)\s+"
                                       r"(?:beim|bei\s+der|auf\s+dem|auf\s+der|im\s+Rahmen\s+des|im\s+Rahmen\s+der)\s+"
                                       r"(?P<event>[A-ZÄÖÜ0-9][^:!?]{3,100})$")
# "Zur Eröffnung des Lernhauses am" above "Donnerstag, 17. Oktober 2019, 17 Uhr,": what an invitation invites to
INVITATION_LEAD_IN_RE = re.compile(r"(?:Zur|Zum)\s+(?P<name>[\wÄÖÜäöüß„“\"'’-][^.!?:]{3,120}?)\s+(?:am|vom)")
# "7. Sitzung", "Konstituierende Sitzung": a sitting that does not say whose
ORDINAL_SITTING_RE = re.compile(r"(?:\d{1,3}\.\s*|[A-ZÄÖÜ][a-zäöü]+(?:e|es)\s+)?(?:(?:öffentliche|konstituierende)\s+)?Sitzung")
# "der Bildungsbeirat", "dem Jugendhilfeausschuss", "des Kreistages": a body that sits, named in the text
SITTING_BODY_NAMED_RE = re.compile(r"\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en)\s+(?P<body>[A-ZÄÖÜ][\wäöüß-]*(?:beirat|ausschuss|kreistag|"
                                   r"stadtrat|gemeinderat|konvent|kuratorium))(?:e?s)?\b")
# a council's session named by its kind alone: "Öffentliche Sitzung, 19:00 Uhr bis 20:00 Uhr"
SESSION_TITLE_RE = re.compile(r"(?:(?:Öffentliche|Nichtöffentliche|Nicht\s+öffentliche)\s+)?Sitzung\b(?!\s+(?:des|der)\b)")
# a line of a series' days, or the label above it: "Termine: 12.3., 9.4. und 14.5.2025", "Termine:" / "21.01. / 06.05."
SERIES_CUE_RE = re.compile(r"(?:Termine|Sitzungstermine|Treffen|Die\s+Termine)\s*:?")
SERIES_JOINER_RE = re.compile(r"\s*(?:/|,|;|&|und|sowie)\s*(?:(?:der|den|am)\s+)?")  # ("der 27. März, der 10. April")
# a paragraph's sentence of a series' further days: "Die Termine für 2023 im Überblick: …", "Weitere Termine: …"
# (only the days, a year or a stretch of time between "Termine" and its colon; "Die Termine des Schachclubs:", "… für die
# Anmeldung:", "… der Christbaumabholung:" are another thing's days)
FURTHER_DATES_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Die|Weitere|Alle|Die\s+weiteren|Die\s+nächsten|Nächste)\s+Termine"
                              r"(?:\s+(?:für\s+20\d\d|20\d\d|im\s+Überblick|bis\s+[A-ZÄÖÜ][a-zäöü]+|in\s+diesem\s+Jahr|"
                              r"im\s+(?:ersten|zweiten)\s+Halbjahr)){0,3}"
                              # ("Die Termine sind wie folgt: jeweils Samstag, …", "Die nächsten Termine sind der 27. März, …")
                              r"(?:\s*:|\s+(?:sind|lauten)(?:\s+wie\s+folgt\s*:|\s+(?=(?:der|am)\s+\d)))\s*")


# a heading that names a school: a school word ending a compound or a hyphenated name ("Werkrealschule Rudersberg",
# "Burg-Gymnasium", "Volkshochschule Musterau") or a school's kind before its name ("Kita Sonnenschein"); not "Schule und
# Digitalisierung", "Kita-Eingewöhnung", "Gesamtübersicht"
INSTITUTION_HEADING_RE = re.compile(rf"(?:[a-zäöüß-](?i:{lex.SCHOOL_WORD})|^(?:Kita|Schule|Gymnasium|Kindergarten|Hort|"
                                    r"Grundschule|Realschule|Volkshochschule|VHS)\s+[A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])")


# a headline line led by an event's name: "Fachtag: Kinder psychisch kranker Eltern", "2. Netzwerktreffen Kita"
HEADLINE_IS_EVENT_RE = re.compile(rf"(?:Einladung\s+zu[mr]?\s+|[^:]{{3,60}}:\s+)?(?:\d{{1,2}}\.\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*\s+){{0,2}}?"
                                  rf"{prose.EVENT_NOUN}(?![\wäöüß])")  # (and "Einladung zum …", "Inklusion an Schulen: Fachtag")
# a line that points at another page's or another time's event: "Rückblick: …", "Lesen Sie auch: …", "Nächstes …"
NOT_THIS_EVENT_LEAD_RE = re.compile(r"(?:Rückblick|Lesen\s+Sie\s+auch|Siehe\s+auch|Vorherige[rs]?|Nächste[rs]?|Letzte[rs]?|"
                                    r"Weitere[rs]?|Ähnliche)\b")
# how many headline posts of an archive are read (each one reads the page's organisations)
DATED_HEADLINES_BUDGET = 30


# a headline that is an indirect question or a clause: "Um was sich die Ausbildungsmesse dreht", "Wie …", "Warum …"
CLAUSE_HEADLINE_RE = re.compile(r"(?:Um\s+was|Worum|Was|Wie|Warum|Wieso|Wer|Wo|Wann|Welche[rsn]?)\s+(?!.*[:?])")


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


# a congress, an academy or a week of educational leave runs up to a week; its programme's days are its own
LONGEST_PROGRAMME_DAYS = 7


def _days_of_spans(events: list[Event]) -> set[date]:
    """Every day of the events that run over a few days, as one programme does."""
    days = set()
    for event in events:
        if event.start and event.end and event.end[:10] > event.start[:10]:
            first, last = date.fromisoformat(event.start[:10]), date.fromisoformat(event.end[:10])
            if (last - first).days > LONGEST_PROGRAMME_DAYS:
                continue  # more than a week of events ("Aktionswoche vom 2. bis 16. Mai"): its dated parts are
                #           events of their own, not days of one programme
            days |= {first + timedelta(days=n) for n in range((last - first).days + 1)}
    return days


# "Mit einer Bildungskonferenz …", "Bei der Tagung …": a sentence that opens with a preposition is a clause, not a name
CLAUSE_HEAD_RE = re.compile(r"(?:Mit|Bei|Auf|In|An|Nach|Zu|Während|Für|Von|Über|Unter|Seit)\s+(?:de[rnms]|die|das|eine[rnms]?|ihre[rnms]?|seine[rnms]?)\s")


def _clause_head(head: str) -> bool:
    """"Mit einer Tagung … entstanden", "Die Gartenschau Musterau verwandelt sich": the words before a paragraph's day
    are a clause (a preposition leads, or an article and then a verb in lower case), not the name of a headline
    ("Großes Sommerfest der Kita Sonnenschein")."""
    metadata = lex.METADATA_DATE_RE.match(head.strip())  # (a text view's "date 2024-09" before it)
    head = head.strip()[metadata.end():] if metadata else head.strip()
    if CLAUSE_HEAD_RE.match(head):
        return True
    words = head.split()
    return bool(words) and words[0] in ("Die", "Der", "Das") and any(
        w[0].islower() and w.strip(",.") not in lex.FUNCTION_WORDS for w in words[1:])


# "…, 14.05.2027, um 18.30 Uhr": the hour after a row's closing day is part of its date, not of its name
# (not a posting stamp's odd minute: "Von dpa | 22.09.2022, 17:58 Uhr")
TRAILING_TIME_RE = re.compile(r"[\s,]*(?:(?:um|ab|von)\s+)?\d{1,2}(?:[:.][0-5][05])?(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?"
                              r"\s*Uhr\.?\s*")


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


# a body of its own that an event's name holds in the genitive ("Weihnachtsmarkt des Gewerbevereins") or its text makes
# the subject that holds, invites or shows ("Der Kleingartenverein … feiert …", "Die Verbraucherzentrale informiert …"):
# a town's calendar lists it, the body holds it (not "Kirchenstraße 5", "nach Vereinbarung", "sorgt der Posaunenchor")
_OWN_HOLDER = (r"[\wäöüß-]*(?:[Vv]erein(?:s|es)?|[Vv]erband(?:s|es)?|[Ff]euerwehr|[Cc]hor(?:s|es)?|[Cc]lub(?:s)?|[Kk]irchengemeinde|"
               r"[Pp]farrei|[Zz]entrale|[Ii]nitiative|[Ss]tiftung|[Gg]enossenschaft|[Pp]artei|[Ff]raktion|[Gg]ewerkschaft|"
               r"[Kk]ammer|[Bb]ücherei|[Bb]ibliothek|[Mm]useums?|[Hh]ochschule|[Uu]niversität)\b")
OWN_HOLDER_IN_NAME_RE = re.compile(rf"\b(?:des|der|vom|im)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){{0,2}}{_OWN_HOLDER}")
OWN_HOLDER_ACTS_RE = re.compile(rf"\b(?:Der|Die|Das)\s+(?:[\wäöüß-]+\s+){{0,3}}?{_OWN_HOLDER}[^.!?]{{0,80}}?"
                                r"\b(?:lädt|laden|veranstaltet|veranstalten|feiert|feiern|informiert|informieren|präsentiert|"
                                r"organisiert|bietet|zeigt|richtet|lud|luden)\b")


def _names_its_own_holder(event: Event) -> bool:
    return bool(OWN_HOLDER_IN_NAME_RE.search(event.title or "")
                or OWN_HOLDER_ACTS_RE.search((event.description or "")[:2000]))


def _host_of_sentence(sentence: str) -> str | None:
    """Who holds a sentence's event: the host it says invites, else the one school it names ("Die Tulpenschule hat
    ihren Infoabend am …" beside "An der Lindenschule gibt es am … einen Infoabend": two schools, two Infoabende)."""
    schools = set(prose.school_named(sentence))
    return people.inviting_host(sentence) or (schools.pop() if len(schools) == 1 else None)


def _institution_of_heading(text: str) -> str | None:
    """The institution a calendar's heading names, without the calendar's words: "Kita Sonnenschein – Jahrestermine
    2027" -> "Kita Sonnenschein", "Termine der Realschule Musterau" -> "Realschule Musterau"."""
    for part in re.split(r"\s+[–|-]\s+|:\s+", text):
        part = re.sub(r"^(?:[\wäöüß-]*[Tt]ermine|Terminplan|Terminübersicht|Veranstaltungen)\s+(?:der|des|im|in\s+der|vom)\s+",
                      "", part.strip())
        if INSTITUTION_HEADING_RE.search(part) and not lex.CALENDAR_HEADING_RE.fullmatch(part) \
                and not lex.LIST_HEADING_RE.search(part):
            return part
    return None


def _a_day_off(title: str) -> bool:
    """A calendar row whose name is a day off: one part wholly a day off, the others short qualifiers."""
    if len(title) > 80:
        return False
    parts = [part for part in lex.DAY_OFF_SEPARATOR_RE.split(title) if part.strip()]
    off = [part for part in parts if lex.DAY_OFF_PART_RE.fullmatch(part.strip())]
    return bool(off) and all(part in off or (len(part.split()) <= lex.DAY_OFF_QUALIFIER_WORDS
                                            and not lex.EVENT_WORD_RE.search(part)) for part in parts)


def _days_held(events: list[Event]) -> set[str]:
    """The days ("MM-DD") the events read so far hold: their first days, a postponed event's first day, and the days
    of a programme inside its event's span ("27. bis 29. Januar")."""
    held = {e.start[5:10] for e in events if e.start}
    held |= {e.original_start[5:10] for e in events if e.original_start}
    held |= {day.strftime("%m-%d") for day in _days_of_spans(events)}
    return held


def _longer_than_a_quarter(span: d.DateMention) -> bool:
    if span.end_day is None:
        return False
    try:
        first = date(span.year or 2000, span.month, span.day)
        last = date(span.end_year or span.year or 2000, span.end_month or span.month, span.end_day)
    except ValueError:
        return False
    return (last - first).days > 92


LEFT_OVER_LINE_BUDGET = 2_000  # a list's row or an item's paragraph; a longer line is running text
LEFT_OVER_EVENTS_BUDGET = 60   # events read from left-over days (no list page holds more)
CONTACT_LINE_BUDGET = 5_000    # lines read for a page's shared address



class Extractor:
    """Runs the segment, prose and reader stages over one page view."""

    def __init__(self, view: PageView, *, default_organizer: str | None):
        self.view = view
        self.default_organizer = default_organizer

    def run(self) -> list[Event]:
        """The page's events: read from its segments; on a page of one segment, from its running text, lists and
        headline; then the days other readers left; then each event's name and holder settled; then what a calendar
        cannot use dropped."""
        mentions = with_happening_days(self.view.texts, find_mentions(self.view))
        events, multi = self._events_of_segments(mentions)
        if not multi:
            events = self._events_of_one_segment(events, mentions)
        events, main_alone = self._events_beside(events, mentions)
        events = self._names_and_holders_settled(events, main_alone)
        return self._what_a_calendar_can_use(events)

    def _events_of_segments(self, mentions: list[Mention]) -> tuple[list[Event], bool]:
        """One event per segment that dates one; whether the page has several."""
        blocks = segment(self.view, mentions)
        events = []
        multi = len(blocks) > 1
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
            event = self._event(block, block_mentions, multi, jsonld)
            if event is not None:
                if multi and not (block.title_line is not None and row_name(self.view.texts[block.title_line])):
                    # (a row led by its name keeps it: "Bitkom Bildungskonferenz: Die … Bildungskonferenz des …")
                    self._name_from_dated_sentence(block, event, headline_only=self.view.page.is_html)
                events.append(event)
                if index == declared:
                    declared_event = event
        if declared_event is not None and declared_event.start:
            # the page of one declared event: its other sections on that day ("Details", "Veranstaltungsort")
            # are parts of it, not events of their own
            day = declared_event.start[:10]
            events = [e for e in events if e is declared_event or (e.start or "")[:10] != day]
            multi = len(events) > 1
        if multi and events:
            self._share_page_facts(blocks, mentions, events)
        return events, multi

    def _events_of_one_segment(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A page of one segment: the events its running text, its lists, its sentences or its headline name."""
        if not events and self.view.structured:
            events = [self._event(Block(0, len(self.view.lines), self.view.title_line()), [], False, self.view.structured[0])]
            events = [e for e in events if e is not None]
        if not self.view.page.is_html:
            listed = self._events_listed_after_lead_in(events, mentions)
            in_text = self._events_in_running_text(*((copy.deepcopy(events), copy.deepcopy(mentions)) if listed
                                                     else (events, mentions)))
            # "Seither gab es vier Treffen:" over paragraphs that each date one: the reading that finds more wins
            events = listed if listed and len(listed) >= len(in_text) else in_text
        elif len(events) == 1:
            self._name_from_dated_sentence(Block(0, len(self.view.lines), self.view.title_line()), events[0],
                                           headline_only=True, whole_page=True)
        events = events + self._events_listed_in_a_sentence(events, mentions)
        if not events:
            events = self._reported_event(mentions)
        if not events and not self.view.page.is_html:
            events = self._event_in_headline()
        if not events:
            events = self._event_of_its_one_day(mentions)
        per_place = self._events_per_place(events)
        # "Regionaltreffen der Netzwerkpartner 2015" over "In Dresden, Stuttgart … trafen sich …": the headline's
        # event without a day or a town is the series the per-town events make up
        series = {e.title.rsplit(" in ", 1)[0] for e in per_place}
        events = [e for e in events if e.start or e.city or e.title not in series] + per_place
        rows = self._institution_rows(mentions)
        if rows:  # (the page's event read from its first row, or from a heading above the rows, is one of them)
            row_days = {e.start[:10] for e in rows if e.start}
            events = rows + [e for e in events if e.start and e.start[:10] not in row_days]
        return events

    def _events_beside(self, events: list[Event], mentions: list[Mention]) -> tuple[list[Event], bool]:
        """The days other readers left: a series' further days, days on lines of their own, dated headlines; whether
        the page's own event stood alone before its list's days joined it."""
        if len(events) == 1:
            events = events + (self._second_run(events[0], mentions) or self._other_days_listed(events[0], mentions)
                               or self._occurrences_by_place(events[0], mentions))
        main_alone = len(events) == 1  # (the page's own event, before its list's days join it)
        events = events + self._days_on_own_lines(events, mentions)
        self._institutions_under_a_kind(events)
        if not self.view.page.is_html and events:
            events = events + self._dated_headlines(events, mentions)
        events = events + self._days_no_reader_took(events, mentions)
        if len(events) == 1:  # (last: the days' own readers name them better, where they read them)
            events = events + self._counted_days(events[0], mentions)
        return events, main_alone

    def _names_and_holders_settled(self, events: list[Event], main_alone: bool) -> list[Event]:
        """Each event's name, holder and town, as a reader settles them once every event of the page is known."""
        bodies = [(index, label.value) for index, label in enumerate(self.view.labels)
                  if label and label.kind == "body" and label.value]
        for event in events:
            self._no_paragraph_as_title(event)
            if (len(events) == 1 or main_alone and event is events[0]) and not self.view.page.is_html:
                self._no_clause_as_title(event)
            body = self._body_label_of(event, bodies)
            if body and SESSION_TITLE_RE.match(event.title or ""):
                # "Gremium: Ausschuss für Schule und Bildung" above "Öffentliche Sitzung, 19:00 Uhr": whose sitting
                event.title = f"Sitzung {prose.held_by(prose.article_of(body), body)}"
                event.note("title", FROM_LABEL, body)
            elif SESSION_TITLE_RE.fullmatch(event.title or ""):
                # "Die Mitglieder des Ausschusses für Schule, Bildung, Kultur und Sport … werden am Donnerstag … beraten"
                committee = prose.committee_named(self.view.texts)
                if committee:
                    event.title = f"Sitzung des {committee}"
                    event.note("title", FROM_PROSE, committee)
            series = self._series_of_next_meeting(event) if NEXT_MEETING_TITLE_RE.fullmatch(event.title or "") else None
            if series:
                event.title = series  # "… zum ersten „Sprach-Café“ … Das nächste Treffen findet am 4. Dezember statt"
                event.note("title", FROM_PROSE, series)
            invited_to = self._invitation_lead_in(event)
            if invited_to and (event.provenance.get("title") or {}).get("from") != FROM_JSONLD:
                event.title = invited_to  # "Zur dritten Verleihung des Kita-Preises am" / "Donnerstag, 17. Oktober 2019, 14 Uhr,"
                event.note("title", FROM_LABEL, invited_to)
            if ORDINAL_SITTING_RE.fullmatch(event.title or ""):
                # "… gibt es den Bildungsbeirat. Er trat am 3. Mai zu seiner 4. Sitzung zusammen": the
                # sitting of the one body its text names, else of the body that holds it
                bodies = {m.group("body") for m in SITTING_BODY_NAMED_RE.finditer(event.description or "")}
                organizer_head = (event.organizer or "").split(" ")[0]
                body = bodies.pop() if len(bodies) == 1 else event.organizer if prose.SITTING_BODY_RE.search(
                    organizer_head) and organizer_head not in ("Landrat", "Oberbürgermeister", "Bürgermeister") else None
                if body:
                    event.title = f"{event.title} {prose.held_by(prose.article_of(body), body)}"
            if not event.city and event.online is not True:
                # "10 Jahre Integrationskurse in Schwäbisch Hall", held by the "Kinderuni Würzburg" or the "VHS
                # Schwäbisch Hall": a town the event's own name or its host's name gives (not a Landkreis's: its
                # events are anywhere in it)
                town = gazetteer.place_after_preposition(event.title or "") or (
                    gazetteer.town_in(event.organizer) if event.organizer and not lex.TERRITORY_HOST_RE.match(event.organizer)
                    else None)
                if town:
                    event.city = town
                    event.note("city", FROM_PROSE, event.title if town in (event.title or "") else event.organizer)
            if event.city:
                event.city = gazetteer.city_of(event.city)  # the calendar's town is Berlin, not Schöneberg
            if not event.organizer and event.title:
                body_holder = prose.body_of_meeting(event.title, self.view.texts)
                if body_holder:
                    event.organizer = body_holder  # a body's own sitting is held by the body
                    event.note("organizer", FROM_PROSE, event.title)
            if not event.start and event.title and prose.EVENT_NOUN_RE.fullmatch(event.title) \
                    and re.match(r"(?:Land)?[Kk]reis\s|Stadt\s", event.organizer or ""):
                # "Bei der Tagung im Kreishaus beschrieb …" in a report of the Kreis Düren, no day given: the
                # "Tagung des Kreises Düren" (a ministry or an academy that invites is one of several hosts, or the venue)
                event.title = prose.of_holder(event.title, event.organizer) or event.title
            if event.title:
                event.title = titles.without_member_list(event.title)
                event.title = titles.without_row_stop(titles.without_spaced_letters(titles.without_bracketed_day(event.title)))
            dateline = lex.DATELINE_RE.match(event.title or "")
            if dateline and CLAUSE_TITLE_RE.match(event.title[dateline.end() - 1:]):
                event.title = event.title[dateline.end() - 1:]  # "Mölln (pm). Der BNE-Fachtag findet": the town's dateline
            if event.title and CLAUSE_TITLE_RE.match(event.title) and not re.search(r":\s|\s[–-]\s", event.title):
                # (not a motto before the name: "Dem Fachkräftemangel begegnen: 5. Bildungskonferenz")
                # "Den Kurzbericht zum zweiten … Planungstreffen", "Das erste, erweiterte … Planungstreffen fand":
                # a clause cut off before its day; the event is the noun phrase in it
                named = prose.phrase_title(event.title)
                if named and prose.EVENT_NOUN_RE.search(named):
                    event.title = named
            if OFFER_HEADLINE_RE.match(event.title or "") and len(event.title) <= HEADLINE_BUDGET \
                    and (event.provenance.get("title") or {}).get("from") == FROM_LABEL:
                # the event it offers, by the fullest name the text gives it ("das Eltern-Seminar „Hilfe, …“")
                offered = prose.title_from_sentence(event.title.split(": ")[0])
                if offered and prose.EVENT_NOUN_RE.fullmatch(offered) and offered.lower() not in prose.GENERIC_NOUNS:
                    offered = prose.fuller_name(offered, self.view.texts) or offered
                if offered and offered.lower() not in prose.GENERIC_NOUNS and prose.specific_name(offered) \
                        and not prose.EVENT_NOUN_RE.fullmatch(offered):  # ("richtet den Fachtag Inklusion aus": not "Fachtag")
                    event.title = offered
                    event.provenance["title"] = {"from": FROM_PROSE, "snippet": offered}
            at_event = NEWS_AT_EVENT_HEADLINE_RE.match(event.title or "") if len(event.title or "") <= HEADLINE_BUDGET else None
            if at_event and not prose.EVENT_NOUN_RE.search(at_event.group("news")) \
                    and (event.provenance.get("title") or {}).get("from") == FROM_LABEL:
                named = prose.phrase_title(at_event.group("event"))
                if named and named.lower() not in prose.GENERIC_NOUNS and not titles.weak_title(named):
                    event.note("title", FROM_LABEL, event.title)
                    event.title = named
            headline = HEADLINE_SUBJECT_RE.fullmatch(event.title or "") if len(event.title or "") <= HEADLINE_BUDGET else None
            if headline and (event.provenance.get("title") or {}).get("from") != FROM_PROSE \
                    and not prose.QUOTE_RE.search(event.title[headline.end("verb"):]):
                event.title = headline.group("subject")
                event.note("title", FROM_LABEL, headline.group(0))
        if any(not e.organizer for e in events):
            # a library's programme ("im Arbeitsraum der Stadtbücherei", "Die Stadtbibliothek begrüßt …"): the one
            # library the page names holds the events that name no other host
            library = people.library_of_page(self.view.texts)
            for event in events:
                if library and not event.organizer:
                    event.organizer = library
                    event.note("organizer", FROM_PROSE, library)
        events = self._same_names_told_apart(events)
        self._share_page_contacts(events)
        for event in events:
            school = prose.school_of_title(event.title) if event.title else None
            # "Tag der offenen Tür am Beispiel-Gymnasium": the school holds it, not another school the page names
            if school and (not event.organizer or prose.SCHOOL_NAME_RE.fullmatch(event.organizer)):
                event.organizer = school
                event.note("organizer", FROM_LABEL, event.title)
        if len(events) == 1 and not events[0].organizer:
            # "… beim „Tag der offenen Tür“ am Gymnasium Burgkunstadt am Samstag, 3. März": a school's kind of event
            # that its day's paragraph names with the school right after it is that school's (not a school that is
            # a hall, a choir's or a speaker's home: "in der Aula der …", "der Chor der …", "Lehrerin an der …")
            event = events[0]
            line = self.view.date_line_of(event)
            school = prose.school_after_its_event(self.view.texts[line]) if line is not None else None
            if school:
                event.organizer = school
                event.note("organizer", FROM_PROSE, self.view.texts[line][:200])
        for event in events:
            head = (titles.event_before_its_news(event.title) or titles.event_of_report(event.title)) if event.title else None
            if head:
                event.note("title", FROM_LABEL, event.title[:200])
                event.title = head
        for event in events:
            if event.title and titles.reads_as_sentence(event.title):
                # what every other reader left a whole sentence ("Am 2. Juni, 15 Uhr gibt es die …", "Die Agentur lädt
                # wieder zum „…“ ein"): the event the sentence names
                named = prose.title_from_sentence(event.title)
                if named and len(named) < len(event.title) and not titles.weak_title(named):
                    event.note("title", FROM_PROSE, event.title[:200])
                    event.title = named
        for event in events:
            if event.start and event.title and len(event.title) > 160 and titles.weak_title(event.title):
                # a paragraph that names no event: the kind its text keeps naming, held by its organizer
                kind = prose.recurring_kind(" ".join(self.view.texts))
                if kind:
                    event.title = prose.of_holder(kind, event.organizer) or kind
                    event.note("title", FROM_PROSE, kind)
        return events

    def _what_a_calendar_can_use(self, events: list[Event]) -> list[Event]:
        """Without days off, essays and nameless undated events; a series' lone member by its kind; the programme's
        hour and the town's own site as holder where nothing else tells them."""
        if len(events) >= 3:  # a calendar's days off ("Weihnachtsferien / Kita geschlossen") are no events
            events = [e for e in events if not _a_day_off(e.title or "")]
        # a page that opens with a long paragraph and names no event in it or in its first
        # paragraphs, and gives no day: a retrospective or an essay, not an announcement
        events = [e for e in events if e.start or len(e.title or "") <= 160]
        # an event with no day whose only name is a sentence ("Weitere Informationen entnehmen Sie bitte dem Programm.")
        # tells a calendar nothing: neither when nor what
        events = [e for e in events if e.start or e.date_tentative or not titles.weak_title(e.title)]
        if len(events) == 1 and events[0].title and NEXT_OF_SERIES_RE.match(events[0].title) \
                and not events[0].date_tentative:
            # "die nächste Fachkonferenz … am 25. November": "next" tells one meeting of a series from
            # another on the same page; alone, the event is the Fachkonferenz
            events[0].title = NEXT_OF_SERIES_RE.sub("", events[0].title)
        if len(events) == 1 and prose.EVENT_NOUN_RE.fullmatch(events[0].title or "") \
                and events[0].title.lower() not in prose.GENERIC_NOUNS:
            fuller = prose.fuller_name(events[0].title, self.view.texts)  # "Fachtagung": which one
            if fuller:
                events[0].title = fuller
                events[0].note("title", FROM_PROSE, fuller)
        hour = prose.series_hour(self.view.texts) if any(e.start and e.all_day for e in events) else None
        series_hours: dict[str, str | None] = {}  # (the hour a named series gives its own meetings, read once a title)
        for event in events:
            if event.start and event.all_day and (not event.end or event.end[:10] == event.start[:10]) and not hour:
                if event.title not in series_hours:
                    series_hours[event.title] = prose.series_hour(self.view.texts, event.title or "")
                if series_hours[event.title]:
                    when.time_from_words(event, series_hours[event.title])
            if hour and event.start and event.all_day and (not event.end or event.end[:10] == event.start[:10]):
                # "Die Vorträge finden jeweils donnerstags, 16 bis 18 Uhr, … statt": every day of the page's programme
                when.time_from_words(event, hour)
        page_town = self._one_town_of_page if any(not e.city and e.online is not True for e in events) else None
        for event in events:
            if page_town and not event.city and not event.venue and event.online is not True \
                    and not self._names_its_own_place(event):
                # "Ablauf … für die Grundschulen in Heidenheim" over its schools' info evenings: the one town the
                # page names is where its events that name none take place
                event.city = page_town
                event.note("city", FROM_PROSE, page_town)
        for event in events:
            if not event.city and not event.venue and event.online is not True:
                # an event no reader gave a place (a round-up's sentence, a list's row): the page's own town
                places.town_of_page(self.view, event)
        town_itself = self._town_of_own_site
        for event in events:
            if town_itself and not event.organizer and not _names_its_own_holder(event):
                # a town's own site ("www.speyer.de") that names no other holder: the town holds it (not a club's, a
                # choir's or an association's event its calendar lists: "Weihnachtsmarkt des Gewerbevereins")
                event.organizer = town_itself
                event.note("organizer", FROM_PUBLISHER, self.view.url or town_itself)
        if any(not e.organizer for e in events) and self._organizer_of_whole_page:
            for event in events:
                if not event.organizer:
                    event.organizer = self._organizer_of_whole_page
                    event.note("organizer", FROM_PROSE, self._organizer_of_whole_page)
        return events

    @cached_property
    def _organizer_of_whole_page(self) -> str | None:
        # (the first 20,000 characters: a page's holder is named near its top, and a huge page is read in bounded time)
        return people.clear_holder_of_page("\n".join(self.view.texts)[:PAGE_HOLDER_TEXT])

    def _names_its_own_place(self, event: Event) -> bool:
        """"Das Netzwerktreffen findet am 3. März um 15 Uhr im Dorfgemeinschaftshaus Oberbeispiel statt": the sentence
        of the event's day names a place of its own (whose town the page may not know)."""
        line = self.view.date_line_of(event)
        if line is None or not event.start:
            return False
        day = (int(event.start[8:10]), int(event.start[5:7]))
        return any(OWN_PLACE_RE.search(sentence) for sentence in prose.sentences(self.view.texts[line][:prose.LINE_HEAD_TEXT])
                   if d.MAYBE_DATE(sentence) and any((m.day, m.month) == day for m in d.find_dates(sentence)))

    @cached_property
    def _one_town_of_page(self) -> str | None:
        """The one town the page names (not a word that is also a common noun: "Essen", "Hof")."""
        towns = set()
        for text in self.view.texts[:HOST_LINES]:
            towns |= {m.group(0) for m in gazetteer.TOWN_RE.finditer(text) if m.group(0) not in gazetteer.COMMON_NOUN_TOWNS}
            if len(towns) > 1:
                return None
        if not towns:
            return None
        town = towns.pop()
        # (a town named only as someone's home or a body's seat, "Referentin aus Koblenz", is not the page's place)
        named_as_place = any(gazetteer.place_after_preposition(text) == town for text in self.view.texts[:HOST_LINES]
                             if town in text)
        return gazetteer.city_of(town) if named_as_place else None

    @cached_property
    def _town_of_own_site(self) -> str | None:
        """"Stadt Speyer" for a page on www.speyer.de, "Gemeinde Musterau" on gemeinde-musterau.de."""
        town = self.view.site_town
        if not town:
            return None
        for sentence in prose.sentences(" ".join(self.view.texts[:HOST_LINES])):
            if people.ORGANISING_VERB_RE.search(sentence) and not re.search(
                    rf"\b(?:[Dd]ie|[Dd]er)\s+Stadt(?:verwaltung)?\b|\bStadt\s+{re.escape(town)}\b", sentence):
                return None  # ("Der Förderverein der Tulpenschule lädt … ein": someone the readers could not name holds it)
        kind = "Gemeinde" if re.search(r"(?:^|//)(?:www\.)?gemeinde[-.]", self.view.url or "") else "Stadt"
        return f"{kind} {town}"

    def _days_no_reader_took(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
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
        for (day, month, _), mention in days.items():
            if f"{month:02d}-{day:02d}" in taken or mention.kind != "event":
                continue  # (every dated item counts the list; a day of no known kind is a deadline's, a period's or a
                #           report's as often as an event's, and makes none)
            # (a day of an event's kind in a list's row is an event's day, however weakly its own line says so)
            mention = dataclasses.replace(mention, score=max(mention.score, 2))
            event = self._event(Block(mention.line, mention.line + 1, mention.line), [mention], True, None)
            if event is None or not event.start or (len((event.title or "").split()) <= 2
                                                    and not self._names_an_event(event.title)):
                continue  # (a row of one or two words that names no event: "Reformationstag", "Montag", "Referat")
            self._no_sentence_as_row_title(event, mention)
            taken.add(f"{month:02d}-{day:02d}")
            extra.append(event)
            if len(extra) >= LEFT_OVER_EVENTS_BUDGET:
                break
        return extra

    def _no_sentence_as_row_title(self, event: Event, mention: Mention) -> None:
        """A day left over in running text is named by its own line, which is a sentence: the happening the sentence
        introduces names it ("Einen Rückblick auf die Reise an die Ostsee gibt es am Mittwoch, 20. Oktober" ->
        "Rückblick auf die Reise an die Ostsee")."""
        title = event.title or ""
        if not (titles.reads_as_sentence(title) or title.endswith(".") or lex.FINITE_VERB_RE.search(title)):
            return
        text = self.view.texts[mention.line]
        sentence = prose.sentence_at(text, mention.date.start).strip() if len(text) <= prose.LINE_HEAD_TEXT else \
            prose.sentence_around(text, mention.date.start, mention.date.end).strip()
        name = prose.introduced_name(sentence)
        if name or len(sentence) < len(title):
            # (else its own sentence: a paragraph of a school's letter is no title of its third day)
            event.title = name or sentence
            event.note("title", FROM_PROSE, sentence[:200])

    def _mailto_addresses(self) -> list[tuple[str, int]]:
        """The addresses of the page's mailto: (and TYPO3-encrypted) links, with the line each stands in."""
        return [(email, line) for email, line in ((contacts.email_from_href(href), line)
                                                  for href, line in self.view.page.mailto) if email]

    def _share_page_contacts(self, events: list[Event]) -> None:
        """"Anmeldung unter bildung@…" said once on a page whose events are read from their own sentences or rows:
        the one or two addresses no event holds as its own are every event's that has none."""
        if len(events) < 2 or all(e.contacts for e in events):
            return  # (one event's page reads its contacts with it)
        lines = [i for i, text in enumerate(self.view.texts) if len(text) <= CONTACT_LINE_BUDGET
                 and contacts.AT_HINT_RE.search(text) and not lex.NOT_AN_EVENTS_ADDRESS_RE.search(text)]
        mailto = self._mailto_addresses()
        if not lines and not mailto:
            return
        addresses = {a.lower() for i in lines for a in contacts.EMAIL_RE.findall(contacts.deobfuscate(self.view.texts[i]))}
        addresses |= {email.lower() for email, _ in mailto}
        if len(addresses) > 4:
            return  # (a directory: read no further)
        found = [c for c in contacts.extract_contacts([self.view.texts[i] for i in lines], []) + [
                 contacts.Contact(email=email) for email, _ in mailto] if not lex.NOT_AN_EVENTS_ADDRESS_RE.search(c.email)]
        held = {c.email.lower() for e in events for c in e.contacts}
        free = list({c.email.lower(): c for c in found if c.email.lower() not in held}.values())
        if 1 <= len(free) <= 2:
            for event in events:
                if not event.contacts:
                    event.contacts = copy.deepcopy(free)

    def _invitation_lead_in(self, event: Event) -> str | None:
        """A press invitation's "Zur Eröffnung des Lernhauses am" on the line above the day it invites to: the
        event's name, in the nominative ("Dritte Verleihung des Kita-Preises" from "Zur dritten Verleihung … am")."""
        line = self.view.date_line_of(event)
        above = self.view.texts[line - 1].strip() if line else ""
        match = INVITATION_LEAD_IN_RE.fullmatch(above)
        if not match:
            return None
        first, _, rest = match.group("name").partition(" ")
        first = prose.ORDINALS.get(first.lower(), first)
        return f"{first[0].upper()}{first[1:]} {rest}".strip()

    def _same_names_told_apart(self, events: list[Event]) -> list[Event]:
        """"An der Tulpenschule gibt es … einen Infoabend. Die Grundschule Beispielweg hat ihren Infoabend am …": two
        events of one page called "Infoabend" are told apart in a calendar by the school each sentence names."""
        bare = [e for e in events if e.title and prose.EVENT_NOUN_RE.fullmatch(e.title)]
        counts: dict[str, int] = {}
        for event in bare:
            counts[event.title.lower()] = counts.get(event.title.lower(), 0) + 1
        # (only a name said twice, or a school's, can be told apart: the others keep theirs unread)
        bare = [e for e in bare if counts[e.title.lower()] >= 2
                or e.organizer and re.search(lex.SCHOOL_WORD, e.organizer, re.I)]
        sentence_of = {}
        for event in bare:
            # the sentence the name was read from, else the first of its text that says it
            snippet = (event.provenance.get("title") or {}).get("snippet") or ""
            snippet = snippet if len(snippet) > len(event.title) + 10 else ""
            sentence_of[id(event)] = next((part for part in prose.sentences(snippet) + prose.sentences(event.description or "")
                                           if re.search(re.escape(event.title), part, re.I)), "")
        # schools that each host one of the page's events, named in its sentence or inviting earlier in its paragraph: a
        # round-up ("Das Gymnasium … lädt … zu einem Informationsabend", "Die Lindenschule … lädt … zum Tag der …")
        hosted = {id(e) for e in bare if e.organizer and re.search(lex.SCHOOL_WORD, e.organizer, re.I)
                  and (e.organizer in sentence_of[id(e)] or e.organizer == self._host_before(sentence_of[id(e)]))}
        round_up = len({e.organizer for e in bare if id(e) in hosted}) >= 2
        for event in bare:
            if counts[event.title.lower()] < 2 and not (round_up and id(event) in hosted):
                continue
            sentence = sentence_of[id(event)]
            schools = set(prose.school_named(sentence))
            if id(event) in hosted:
                schools = {event.organizer}  # "Die Grund- und Stadtteilschule Am Tulpenweg … lädt …": its whole name
            if len(schools) == 1:
                event.title = prose.of_school(event.title, schools.pop())
                event.note("title", FROM_PROSE, sentence[:200])
        return events

    def _days_on_own_lines(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
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
            event = self._event(Block(line, line + 1, line), own, True, None)
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
                own_name = row if row else event.title if self.view.date_only(line) else \
                    None if date_first else self._without_trailing_date(text.strip(" •·*–-"))
                if not own_name or not self._names_an_event(own_name) or titles.weak_title(own_name):
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

    def _series_of_next_meeting(self, event: Event) -> str | None:
        """"Unter dem Thema „Handmade“ treffen sich … Die nächsten beiden Treffen finden am …", "trafen sich … zum ersten
        "Sprach-Café" … Das nächste Treffen findet … statt": the series the text names last before its next meeting, in
        the meeting's paragraph or the three above it (not a book or a film read or shown there)."""
        line = self.view.date_line_of(event)
        if line is None:
            return None
        text = self.view.texts[line]
        next_meeting = NEXT_MEETING_RE.search(text)
        stretches = [text[:next_meeting.start()] if next_meeting else text] + self.view.texts[max(0, line - 3):line][::-1]
        for stretch in stretches:
            names = [m for m in SERIES_NAME_RE.finditer(stretch)
                     if not NOT_A_SERIES_BEFORE_RE.search(stretch[max(0, m.start() - 40):m.start()])
                     and len(m.group(1).split()) <= 4 and not titles.reads_as_sentence(m.group(1))
                     and not re.match(r"(?:Der|Die|Das|Ein|Eine|Wir|Ich|Es)\s", m.group(1))]  # (not a quoted saying)
            if names:
                return names[-1].group(1).strip()
        return None

    def _institution_heading_above(self, line: int) -> str | None:
        """A list of days grouped under the institutions that hold them ("Gottlieb-Daimler-Realschule" over its
        open day and its parents' evening): the short heading above a row's run of dated rows, if it names a
        school or an organisation by its form."""
        for index in range(line - 1, max(-1, line - 6), -1):
            text = self.view.texts[index].strip()
            dated = d.find_dates(text) if text else []
            if not text or dated and dated[0].start <= 6:
                continue  # (an empty line, or a dated row of the same run)
            if len(text) > 80 or text.endswith((".", ":", ",", "!", "?")) or self.view.labels[index] \
                    or dated or titles.weak_title(text) or lex.EVENT_TITLE_WORD_RE.search(text):
                return None
            return _institution_of_heading(text)
        return None

    def _dated_headlines(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A blog's or an archive's second post under the first: "Fachtag: Kinder psychisch kranker Eltern am
        12.09.2018 in Eisenhüttenstadt" heads its own report. A short line that names an event and gives it a
        day with its year is that event's headline, whatever the page's first event; the report below it is
        its text."""
        taken = {e.start[:10] for e in events if e.start} | {e.original_start[:10] for e in events if e.original_start}
        # every day of a multi-day event is its own ("Programm der Tagung am 13.03." of 12–13 March)
        taken |= {day.isoformat() for day in _days_of_spans(events)}
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
            name = self._without_trailing_date(text.strip(" •·*–-"))
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
            event = self._event(Block(mention.line, end, mention.line), [mention], True, None)
            if event is None or not event.start or event.start[:10] != day:
                continue
            event.title = name
            event.note("title", FROM_LABEL, text[:200])
            taken.add(event.start[:10])
            extra.append(event)
        return extra

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
            name = prose.title_from_sentence(clause) or (prose.title_from_sentence(sentence) if clause == sentence else None)
            if name and not self._names_an_event(name):
                name = None
            shared = prose.SHARED_TIME_RE.search(sentence)
            if not name and kind and not (d.find_time(clause) or shared or HAPPENING_CLAUSE_RE.search(clause)):
                continue  # (a day under the section's heading that tells of nothing happening)
            plural = prose.PLURAL_NOUN_RE.search(sentence)
            name = name or kind or (prose.singular(plural.group("noun")) if plural and shared else None)
            if not name:
                continue
            event = self._event(Block(line, line + 1, line), [mention], True, None, title_override=name, sentence=clause)
            if event is None or not event.start or event.start[5:10] != day:
                continue
            self._held_by_its_school(event, clause)
            if not d.find_time(clause):  # (another clause's hours are not its own, unless said for each: "jeweils …")
                event.start, event.end, event.all_day = event.start[:10], None, True
                if shared:
                    when.time_from_words(event, shared.group(0))
            taken.add(day)
            extra.append(event)
        return extra

    @staticmethod
    def _held_by_its_school(event: Event, words: str) -> None:
        """"Am 31. Januar findet ein Tag der offenen Tür an der Marie-Curie-Schule … statt", "am 9. April an der
        Grundschule an der Aue von 16 bis 18 Uhr": the one school an event's own sentence or clause names as its
        place holds it, unless the text named a holder."""
        if not lex.SCHOOL_HELD_RE.search(event.title or "") or lex.CLUB_IN_TITLE_RE.search(event.title or ""):
            return  # (a police talk, a blood drive in a school's hall: the school is the place; "Info-Abend des
            #         Sportvereins" names its own holder)
        schools = set(prose.school_named(words))
        if len(schools) == 1 and (not event.organizer or (event.provenance.get("organizer") or {}).get("from") == FROM_PUBLISHER):
            event.organizer = schools.pop()
            event.note("organizer", FROM_PROSE, words[:200])

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

    @staticmethod
    def _names_an_event(title: str | None) -> bool:
        """A row's name that names an event ("Tag der Schülerworkshops", "Alumni-Abend", "Maker Faire"), not a
        holiday, a weekday or an office ("Reformationstag", "Montag", "Referat")."""
        return bool(title) and bool(lex.EVENT_TITLE_WORD_RE.search(title) or prose.EVENT_NOUN_RE.search(title)
                                    or lex.DAY_OF_NAME_RE.search(title) or prose.QUOTE_RE.search(title))

    def _event_in_headline(self) -> list[Event]:
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
        event.organizer = self._page_organizer
        return [event]

    def _antecedent_title(self, date_line: int | None) -> str | None:
        """The name a generic "der Veranstaltung" in the date's sentence refers back to."""
        if date_line is None:
            return None
        reference = prose.GENERIC_REFERENCE_RE.search(self.view.texts[date_line])
        return prose.antecedent_title(self.view.texts[:date_line + 1], reference.group("head")) if reference else None

    def _second_run(self, event: Event, mentions: list[Mention]) -> list[Event]:
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
            event.title = re.sub(r"^\S+", lambda word: prose.singular(word.group(0)), event.title or "") or None
            run = copy.deepcopy(event)
            times = (event.start[10:], event.end[10:])
            run.start, run.end = second.first.isoformat() + times[0], second.last.isoformat() + times[1]
            return [run]
        return []

    def _body_label_of(self, event: Event, bodies: list[tuple[int, str]]) -> str | None:
        """The "Gremium:" of the event's own fact box: the one nearest its date line, within a few lines (a
        list of sessions has one per row); a page of one event takes its only one."""
        if len(bodies) == 1:
            return bodies[0][1]
        date_line = self.view.date_line_of(event)
        # (below the date first: a row's fact box follows its date)
        near = [(abs(index - date_line), index < date_line, value) for index, value in bodies if date_line is not None
                and abs(index - date_line) <= 4]
        return min(near)[2] if near else None

    def _counted_days(self, event: Event, mentions: list[Mention]) -> list[Event]:
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
            others.append(other)
        return others

    def _other_days_listed(self, event: Event, mentions: list[Mention]) -> list[Event]:
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

    def _occurrences_by_place(self, event: Event, mentions: list[Mention]) -> list[Event]:
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

    def _institutions_under_a_kind(self, events: list[Event]) -> None:
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

    def _institution_rows(self, mentions: list[Mention]) -> list[Event]:
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
            event = self._event(Block(line, line + 1, line), own, True, None)
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

    def _declared_block(self, blocks: list[Block]) -> int | None:
        """The block named like the page's one schema.org Event (an event page whose text falls into
        several sections, e.g. the heading and a "Details" box), or None."""
        if len(self.view.structured) != 1 or not self.view.structured[0].get("title"):
            return None
        name = self.view.structured[0]["title"]
        return next((index for index, block in enumerate(blocks) if block.title_line is not None
                     and prose.same_name(self.view.texts[block.title_line], name)), None)

    def _events_listed_after_lead_in(self, events: list[Event], mentions: list[Mention]) -> list[Event] | None:
        """"Hierzu werden drei Infoveranstaltungen angeboten:" and a date a line below it: one
        event per line, named after the lead-in and the line's town."""
        items = prose.dated_list_after_lead_in(self.view.texts, prose.main_event_name(self.view.texts))
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
            if item.town and event.city != item.town:
                event.city = item.town  # the line's own town, not one its reader found nearby
                event.note("city", FROM_LABEL, self.view.texts[item.line])
            if event.all_day and item.words:
                when.time_from_words(event, item.words)  # the lead-in's "jeweils … von 17 bis 19 Uhr"
            listed.append(event)
        return listed if len(listed) >= 2 else None

    def _events_listed_in_a_sentence(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
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
            event = self._event(Block(item.line, item.line + 1, item.line), [own], True, None, title_override=item.title,
                                sentence=item.words)
            if event is None or not event.start:
                continue
            if event.all_day and item.words:
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

    def _name_from_dated_sentence(self, block: Block, event: Event, headline_only: bool = False,
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
        elif prose.specific_name(title):
            return
        day = (int(event.start[5:7]), int(event.start[8:10]))
        texts = self.view.texts[block.start:block.end]
        sentence = next((s for s in prose.dated_event_sentences(texts) if (s.date.month, s.date.day) == day), None)
        if sentence and (prose.specific_name(sentence.title) or headline_only and prose.EVENT_NOUN_RE.search(sentence.title)
                         and sentence.title.lower() not in prose.GENERIC_NOUNS):
            event.title = sentence.title
            event.provenance["title"] = {"from": FROM_PROSE, "snippet": sentence.sentence[:200]}

    # ------------------------------------------------------------ running text

    def _events_in_running_text(self, events: list[Event], mentions: list[Mention]) -> list[Event]:
        """A press article or round-up names its events in sentences: one event per dated
        sentence that names an event of its own ("Am 11. März … der Veranstaltung „…“", "Beim
        Fachforum „…“ am 27. und 28. Mai …"); a single event keeps a headline a reader accepts,
        else it is named from the sentence that gives its date."""
        from_prose = not events or all(e.provenance.get("start", {}).get("from") != FROM_LABEL for e in events)
        named = prose.distinct(prose.dated_event_sentences(self.view.texts, self.view.publication_lines),
                               host=_host_of_sentence)
        undated = all(not e.start for e in events)
        if from_prose and (len(named) >= 2 or undated) and (len(events) < len(named) or undated and named):
            split = []
            for sentence in named:
                own = self._own_mention(sentence, mentions)
                if own is None:
                    continue
                moved = self._new_days_in_sentence(sentence, own, mentions)
                own.kind, own.score = "event", max([own.score, 2] + [m.score for m in moved])
                event = self._event(Block(sentence.line, sentence.line + 1, sentence.line), [own] + moved, True, None,
                                    title_override=sentence.title, sentence=sentence.sentence)
                if event is not None:
                    self._held_by_its_school(event, sentence.sentence)
                    if not event.organizer and not prose.school_named(sentence.sentence):
                        # "An der Lindenschule gibt es am Montag … einen Infoabend. Am Mittwoch kann man beim Tag der
                        # offenen Klassentür die Schule … besichtigen.": the school the sentence before names
                        self._held_by_its_school(event, self._sentence_before(sentence.sentence, sentence.line))
                    host = self._host_before(sentence.sentence, sentence.line)
                    if host and not people.organizer_from_prose(sentence.sentence) and not _host_of_sentence(sentence.sentence) \
                            and not re.search(r"\s(?:der|des)\s+[A-ZÄÖÜ]", sentence.title or ""):
                        # (not "der Bürgerdialog der Stadt Musterau": a sentence that names its own holder)  # "Das Gymnasium … lädt am 13. Januar … ein. Am 17. Februar findet … statt.": the school's
                        event.organizer = host
                        event.provenance["organizer"] = {"from": FROM_PROSE, "snippet": self.view.texts[sentence.line][:200]}
                    split.append(event)
            if len(split) >= 2 or (split and undated):
                hour = prose.series_hour(self.view.texts)
                for event in split:
                    event.title = prose.next_of_sibling(event.title, [e.title for e in split + events if e is not event])
                    if hour and event.all_day:
                        when.time_from_words(event, hour)  # "Die Leseveranstaltungen beginnen jeweils um 16.30 Uhr"
                # the page's own event on a day no named sentence gives ("Auftakt des Kinder-Uni-Wintersemesters" over
                # "… sind am 11. Oktober, um 16 Uhr … eingeladen") stays beside them
                split_days = {e.start[:10] for e in split if e.start} | {day.isoformat() for day in _days_of_spans(split)}
                own = [e for e in events if e.start and e.start[:10] not in split_days and not titles.weak_title(e.title)
                       and prose.names_event(e.title or "")]
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
            own_sentence = next((s for s in named if s.line == date_line), None) or next(
                (s for s in named if event.start and (s.date.month, s.date.day) == (int(event.start[5:7]), int(event.start[8:10]))),
                None)
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
            if title and (titles.weak_title(event.title) or headline_is_teaser or bare_kind or topic_headline):
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

    def _sentence_before(self, sentence: str, line: int) -> str:
        paragraph = self.view.texts[line]
        at = paragraph.find(sentence)
        before = prose.sentences(paragraph[:at]) if at > 0 else []
        return before[-1] if before else ""

    def _host_before(self, sentence: str, line: int | None = None) -> str | None:
        """The host an earlier sentence of the sentence's paragraph (on `line`, else found among the page's first lines)
        opens with, inviting ("Das Gymnasium … lädt am 13. Januar … ein. Am 17. Februar findet … statt."), for a
        sentence that names none."""
        if not sentence or people.inviting_host(sentence):
            return None
        paragraph = self.view.texts[line] if line is not None else next(
            (text for text in self.view.texts[:HOST_LINES] if sentence in text), "")
        hosts = [people.inviting_host(part) for part in prose.sentences(paragraph[:paragraph.find(sentence)])]
        return next((host for host in reversed(hosts) if host), None)

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
        geplant": a further event of the series, on its own day, beside the page's own."""
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
            if not prose.FURTHER_EVENT_RE.search(sentence.sentence) and not other_kind:
                continue
            own = self._own_mention(sentence, mentions)
            if own is None:
                continue
            own.kind, own.score = "event", max(own.score, 2)
            event = self._event(Block(sentence.line, sentence.line + 1, sentence.line), [own], True, None,
                                title_override=sentence.title, sentence=sentence.sentence)
            if event is None or not event.start or event.start[:10] in days:
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

    def _reported_event(self, mentions: list[Mention]) -> list[Event]:
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
        event = self._event(Block(mention.line, mention.line + 1, mention.line), [], False, None,
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

    def _event_of_its_one_day(self, mentions: list[Mention]) -> list[Event]:
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
                or lex.NOT_A_HAPPENING_DAY_RE.search(sentence) \
                or lex.UNTIL_RE.search(text[max(0, own.date.start - 20):own.date.start]) \
                or lex.APPLICATION_DEADLINE_RE.search(text[max(0, own.date.start - 60):own.date.start]) \
                or _longer_than_a_quarter(own.date):
            # a decision's day ("Der Stadtrat hat am 24.04.2019 das Bildungsleitbild … beschlossen"), an interview's,
            # the last day of an offer ("bis zum 30.11. bestellt werden"), a funding period ("vom 1. Januar 2023 bis
            # zum 31. Dezember 2027"), an application's ("Bewerbungsschluss ist der 31. März")
            return []
        own.kind, own.score = "event", 2
        event = self._event(Block(0, len(self.view.lines), line), [own], False, None)
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
                or self._page_organizer
            extra.append(event)
            known.append(mention.title)
        return extra

    def _no_paragraph_as_title(self, event: Event) -> None:
        """A whole paragraph is never a calendar title: the short quoted name the article gives
        ("widmet sich der Kreis … einer ganzen „Woche der Bildung“") or the event its text names."""
        if not event.title or len(event.title) <= 160:
            return
        paragraphs = self.view.lead_paragraphs
        name = next((m for m in map(QUOTED_NAME_RE.search, paragraphs) if m), None)
        # "Das Eltern-Café soll einmal im Monat … stattfinden. Die nächsten Termine sind …": the series it speaks of
        series = next(filter(None, map(prose.series_subject, prose.sentences(event.title))), None)
        title = name.group(1) if name else series or prose.undated_title(paragraphs)
        if title:
            event.title = title
            event.note("title", FROM_PROSE, name.group(0) if name else title)

    def _no_clause_as_title(self, event: Event) -> None:
        """"Um was sich die Ausbildungsmesse dieses Jahr dreht", "Außerdem möchten wir Sie auf die Bundeskonferenz
        Bildungsmanagement …": a clause is no calendar title; the event it names is."""
        title = event.title or ""
        clause = (titles.weak_title(title) or CLAUSE_HEADLINE_RE.match(title) or lex.FINITE_VERB_RE.search(title)) \
            and not re.search(r"[:?„\"“–|]", title)  # (not "Werkstattgespräch: Wie gelingen …?")
        if not title or not clause:
            return
        named = prose.phrase_title(title)
        if named and prose.names_event(named) and not titles.weak_title(named) and not prose.plural_event(named):
            event.title = named
            event.note("title", FROM_PROSE, title[:200])

    @cached_property
    def _page_organizer(self) -> str | None:
        """Who the article's first paragraphs name as organizer ("Organisiert wurden sie vom …"),
        for an event named in passing with no organizer of its own."""
        paragraphs = self.view.lead_paragraphs
        return people.organizer_in_text(" ".join(paragraphs)) if paragraphs else None

    @cached_property
    def _dateline_stadt(self) -> str | None:
        """"Stadt Krefeld" for an article datelined "Krefeld – …" whose Stadt acts in it."""
        return people.city_of_dateline(self.view.dateline_town, " ".join(self.view.texts[:30])[:4000])

    def _events_per_place(self, events: list[Event]) -> list[Event]:
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
                or (events[0].organizer if events else None) or self._page_organizer
            event.event_type = classify.classify_type(mention.title)
            extra.append(event)
            towns.add(mention.place)
        return extra

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

    # ------------------------------------------------------------ one block

    def _event(self, block: Block, mentions: list[Mention], multi: bool,
               jsonld: dict | None, title_override: str | None = None, sentence: str | None = None,
               reported: bool = False) -> Event | None:
        lines = self.view.lines[block.start:block.end]
        texts = [line.text for line in lines]
        labels = self.view.labels[block.start:block.end]
        # the field readers look at a segment's first READER_BUDGET characters: an event's facts stand
        # near its date and title, and a 10 MB archive page must not cost minutes
        used, keep = 0, len(texts)
        for position, text in enumerate(texts):
            used += len(text)
            if used > READER_BUDGET:
                keep = max(position, 1)
                break
        texts, labels = texts[:keep], labels[:keep]
        year_hint = next((line.year_hint for line in lines if line.year_hint), None) or self.view.url_year
        title, title_evidence = (title_override, FROM_PROSE) if title_override else self._title(block, multi)
        if sentence:
            texts = [sentence]  # an event named in running text: its own sentence, not the paragraph
        if not multi:
            named = next((lab.value for lab in self.view.labels[block.start:block.end]
                          if lab and lab.kind == "title" and lab.value and len(lab.value) < 160), None)
            if named and title and lex.EVENT_TITLE_WORD_RE.search(named) and (
                    not lex.EVENT_TITLE_WORD_RE.search(title) or lex.status_of(title)):
                title, title_evidence = named, FROM_LABEL  # the news headline is not the event's name
        if not title and not jsonld:
            return None
        if title:
            title = titles.without_page_kind(titles.without_invitation(
                titles.name_before_motto(status.without_status_tail(self._without_trailing_date(title)))))
        event = Event(title=title or jsonld.get("title") or "")
        if title:
            event.note("title", title_evidence, title)
        event.url = self._item_url(block) if multi else self.view.url
        text = "\n".join(texts)

        # dates
        draft = Draft(event)
        found = when.pick_date(self.view, draft, block, mentions, year_hint)
        if found and not multi and title and lex.NOT_AN_EVENT_PAGE_RE.search(title) and not lex.EVENT_WORD_RE.search(title):
            # a publication page that announces an event in a section of its own: that section's heading
            heading = self.view.heading_above(draft.date_line) if draft.date_line is not None else ""
            if heading and lex.EVENT_WORD_RE.search(heading):
                event.title = heading
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": heading}
        if found and not multi and not self.view.page.is_html and titles.weak_title(event.title) \
                and draft.date_line is not None:
            # a text page whose first lines are a letter: the event's name stands right above its date
            # ("Bundeskonferenz Bildungsmanagement 2021" / "16. März 2021, Digitale Veranstaltung")
            above = next((self.view.texts[i] for i in (draft.date_line - 1, draft.date_line - 2)
                          if i >= 0 and lex.EVENT_TITLE_WORD_RE.search(self.view.texts[i])
                          and len(self.view.texts[i]) < 160 and not titles.weak_title(self.view.texts[i])
                          and not self.view.labels[i] and not d.find_dates(self.view.texts[i])), None)
            if above:
                event.title = above
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": above}
        if jsonld:
            structured.apply(event, jsonld)
        if not found and not event.start:
            found = when.labelled_date_by_dateparser(self.view, texts, labels, event)
        if not found and not event.start:
            partial = bool(event.start_partial) or when.partial_date(self.view, texts, labels, year_hint, event)
            if not multi and not self.view.page.is_html and titles.weak_title(event.title):
                named = prose.undated_title(self.view.texts)
                if named:  # a press article whose headline is a sentence: the event it names
                    event.title = named
                    event.provenance["title"] = {"from": FROM_PROSE, "snippet": named}
            undated = reported or not multi and self._announces_event_without_day(event.title, text)
            if not partial and not event.start_time and not event.start_partial \
                    and not when.undated_but_announced(labels, texts) and not undated:
                return None
            if not partial and not undated and not self._has_event_signals(text):
                return None
            if not partial and not event.start_time and not when.undated_but_announced(labels, texts) \
                    and not undated:
                return None
            if partial and not multi and lex.ANNIVERSARY_TITLE_RE.match(event.title or "") \
                    and not prose.EVENT_NOUN_RE.search(event.title or ""):
                return None  # "Fünf Jahre Transferagentur – Ein Rückblick": "im März 2015" dates its history
        when.read_deadline(self.view, mentions, year_hint, event)
        status.read_status(self.view, draft, texts, title or "", mentions, year_hint)
        if event.date_tentative and not event.start and event.status == "scheduled":
            event.status = TENTATIVE
        if not event.organizer:
            self._town_that_invites(event, text)
        people.read_organizer(texts, labels, text, event, self.default_organizer,
                              page_text="\n".join(self.view.texts) if sentence or title_override else "")
        read_a_school = event.organizer and people.SCHOOL_BODY_RE.search(event.organizer) \
            and (event.provenance.get("organizer") or {}).get("from") == FROM_PROSE
        if (not event.organizer or read_a_school) and multi:
            # (a school the block's text names is often the next run's heading: the heading above holds the run)
            holder = self._institution_heading_above(block.start)
            if holder:  # "Werkrealschule Rudersberg" / "• Mittwoch, 21. Februar, 16.30 bis 19 Uhr, Tag der offenen Tür."
                event.organizer = holder
                event.note("organizer", FROM_LABEL, holder)
        if not event.organizer and self._dateline_stadt:
            event.organizer = self._dateline_stadt
            event.note("organizer", FROM_PROSE, self._dateline_stadt)
        if not event.organizer and self.view.dateline_kreis:
            event.organizer = self.view.dateline_kreis
            event.note("organizer", FROM_LABEL, self.view.dateline_kreis)
        if not event.organizer and self.view.publisher:
            # nothing on the page names who holds it: the office or agency whose site it is
            event.organizer = self.view.publisher
            event.note("organizer", FROM_PUBLISHER, self.view.publisher)
        places.read_venue(self.view, draft, texts, labels, text, block)
        mailto = [(email, line - block.start) for email, line in self._mailto_addresses() if block.start <= line < block.end]
        event.contacts = contacts.extract_contacts(texts, mailto)
        classify.read_classification(texts, labels, title or "", text, event)
        body = [t for t in texts if t != title]
        event.description = " ".join(body)[:1500] or None
        return event

    def _town_that_invites(self, event: Event, text: str) -> None:
        """"Am 2. Dezember lud die Stadt zur Zukunftswerkstatt" on a town's page or under its dateline: the Stadt holds
        the event (not a club the article names in passing); only in the sentence of the event's own day, not "Schon
        im Herbst lud die Stadt …"."""
        town = self.view.dateline_town or self.view.host_town
        if not town or not event.start or not people.CITY_INVITES_RE.search(text):
            return  # (the sentences are read only on a page that says so at all)
        day = (int(event.start[8:10]), int(event.start[5:7]))
        invites = next((s for s in prose.sentences(text) if people.CITY_INVITES_RE.search(s)
                        and any((m.day, m.month) == day for m in d.find_dates(s))), None)
        if invites:
            event.organizer = f"Stadt {town}"
            event.note("organizer", FROM_PROSE, invites[:200])

    def _title(self, block: Block, multi: bool) -> tuple[str | None, str]:
        index = block.title_line
        if index is None:
            if self.view.page.title:
                return re.split(r"\s+[|–-]\s+", self.view.page.title)[0].strip(), FROM_LABEL
            return None, FROM_PROSE
        text = self.view.texts[index] if multi or self.view.page.is_html else titles.joined_title(self.view.texts, index)
        if self.view.labels[index] and self.view.labels[index].kind == "title" and self.view.labels[index].value:
            return self.view.labels[index].value, FROM_LABEL  # a table's "Veranstaltung" column
        named_row = row_name(text) if multi else None
        if named_row:
            return named_row, FROM_LABEL  # "Bitkom Bildungskonferenz: Die in Berlin stattfindende …"
        if multi:
            first = d.find_dates(text)
            if first and first[0].start <= 12 and item_rest(text, first[0]) is None and title_below(self.view, index) \
                    and not (self._row_above(index) and self._row_title(index)):
                # (the last of a run of named rows keeps its own name, not the greeting below the list: "Ihr Kita-Team")
                return _without_leading_time(titles.joined_title(self.view.texts, index + 1)), FROM_LABEL
        if multi and self.view.is_heading(index):
            prefix = d.find_dates(text)
            if prefix and prefix[0].start <= 2:
                rest = re.sub(r"^[^:|–]*?(?::|\s[|–]\s)\s*", "", text[prefix[0].end:], count=1) \
                    if not re.match(r"\s*(?::|\s[|–]\s)", text[prefix[0].end:]) else \
                    re.sub(r"^\s*(?::|[|–])\s*", "", text[prefix[0].end:])
                if rest and rest != text:
                    return rest.strip(), FROM_LABEL
        if multi and not self.view.is_heading(index):
            row = self._row_title(index)
            if row:
                return row, FROM_LABEL
            if self.view.date_only(index) and index + 1 < len(self.view.texts):
                below = self._row_title(index + 1) if re.match(r"\s*\d", self.view.texts[index + 1]) else None
                if below and not d.find_dates(below):
                    return below, FROM_LABEL  # "Termine 2027" over "12. Januar 2027, 17 Uhr: Elterncafé": the row's name
                if lex.BOILERPLATE_RE.match(self.view.texts[index + 1]):
                    return None, FROM_PROSE  # "Datum" / "01.03.2018" / "Erstellt": a document's metadata, no event's name
                return _without_leading_time(self.view.texts[index + 1]), FROM_LABEL
        return text, FROM_LABEL

    def _row_above(self, index: int) -> bool:
        """The line above is a row led by its day too ("12.01.27 Elternabend" over "19.01.27 Faschingsfeier")."""
        if index == 0:
            return False
        above = self.view.texts[index - 1]
        dated = d.find_dates(above[:40]) if d.MAYBE_DATE(above[:40]) else []
        return bool(dated) and dated[0].start <= 2 and len(above) <= 120

    def _row_title(self, index: int) -> str | None:
        """The name in a list row that starts with its day ("9. Februar 2027, 17 Uhr: Vortrag Medienerziehung")."""
        text = self.view.texts[index]
        mentions = d.find_dates(text)
        rest = item_rest(text, mentions[0]) if mentions and mentions[0].start <= 12 else None
        if rest is not None:
            rest = re.split(r"\s[|]\s", rest)[0]
            rest = re.split(r",\s*(?:ab\s+|von\s+|um\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|–|-|bis)|,\s*ganztägig|,\s*online\b",
                            rest, flags=re.I)[0]
            if rest.strip():
                return self._name_above_a_place(index, rest.strip()) or prose.row_name(rest.strip())
        if mentions and mentions[0].start <= 2:
            rest = text[mentions[0].end:]
            time = d.find_time(rest[:40])
            if time:
                rest = rest[time.position:]
                rest = d.TIME_RANGE_RE.sub("", rest, count=1) if d.TIME_RANGE_RE.match(rest) else \
                    d.TIME_SINGLE_RE.sub("", rest, count=1)
            rest = rest.lstrip(" :|–-,")
            if rest:
                return self._name_above_a_place(index, rest.strip()) or rest.strip()
        return None

    def _name_above_a_place(self, index: int, rest: str) -> str | None:
        """"Safer Internet Day" / "08. Februar 2022 – Lernzentrum Fallersleben": a list item's date line that goes on
        with where, under the item's name."""
        words = rest.split()
        place = len(words) <= 4 and (gazetteer.known_place(words[-1].strip(",.")) or titles.venue(rest, 1, 0) < 0
                                     or titles.address(rest, 1, 0) < 0)
        above = next((self.view.texts[i] for i in range(index - 1, max(-1, index - 3), -1) if self.view.texts[i].strip()), "")
        if not place or not above or len(above) > 80 or prose.is_paragraph(above) or d.find_dates(above) \
                or titles.weak_title(above) or not re.match(r"[A-ZÄÖÜ„\"]", above) or title_below(self.view, index) \
                or self.view.title_line() in (index - 1, index - 2) or lex.NAV_WORD_RE.search(above):
            return None  # (a name below the date line is the item's own; the headline above is the page's)
        return above.strip()

    @staticmethod
    def _without_trailing_date(title: str) -> str:
        """"Netzwerktreffen Nordkreis am 12.05.2027" is called "Netzwerktreffen Nordkreis"; so is a press
        headline "Netzwerktreffen Nordkreis am 17. Februar im Rathaus" (when and where are fields)."""
        mentions = d.find_dates(title)
        first = len(mentions) - 1
        while first > 0 and re.fullmatch(r"[\s,&/–-]*(?:und|sowie)?[\s,&/–-]*", title[mentions[first - 1].end:mentions[first].start]):
            first -= 1  # "… vom 20. – 21. & 27. – 28.11.2023": the days at the end, all of them
        if mentions and (mentions[-1].end >= len(title.rstrip(" .)")) - 1 or (
                TRAILING_TIME_RE.fullmatch(title[mentions[-1].end:]) and not re.search(r"\|\s*$", title[:mentions[first].start]))) \
                and mentions[first].start > 12:
            head = re.sub(r"[\s,/|–-]*(?:am|vom|ab|\()?\s*$", "", title[:mentions[first].start])  # "… Bildungsbarrieren / 20.02.26"
            town = re.search(r"\s+\|\s+(?P<town>[A-ZÄÖÜ][\wäöüß. -]+)$", head)
            if town and gazetteer.known_place(town.group("town").strip()):
                head = head[:town.start()]  # "Fachtagung | Berlin | 30.05. - 31.05.2016": the town is a field too
            if len(head) >= 8:
                return head
        # (a paragraph of sentences is not cut at its day where its head is a clause: "Mit einer Tagung … entstanden am
        # 11. April …. Zudem …" is no name; "Großes Sommerfest der Kita am 12. Juni ab 14 Uhr. Alle …" is)
        if mentions and mentions[0].start > 12 and re.search(r"\s(?:am|vom)\s+$", title[:mentions[0].start]) \
                and not (prose.is_paragraph(title) and re.search(r"[a-zäöüß“][.!?]\s+[A-ZÄÖÜ]", title)
                         and _clause_head(title[:mentions[0].start])) \
                and re.match(r"[\s,]*(?:\d{4})?[\s,]*(?:(?:ab|um|von)\s+\d|\d|im\s|in\s|$)",
                             title[mentions[0].end:]):
            head = re.sub(r"\s(?:am|vom)\s+$", "", title[:mentions[0].start]).rstrip(" ,–-")
            if len(head) >= 8:
                return head
        if mentions and mentions[0].start > 12 and re.search(r"(?:,|\s[–|-])$", title[:mentions[0].start].rstrip()) \
                and re.fullmatch(r",\s*[A-ZÄÖÜ][^\d,]{2,60}", title[mentions[0].end:].strip()):
            # a page title "Fachtag „…“, 18. April 2018, Netzwerk X"; a row "Lesecafé für Familien – 20. März 2027, Stadtbücherei"
            return title[:mentions[0].start].rstrip(" ,–|-")
        return title

    def _item_url(self, block: Block) -> str | None:
        """The link of one item on a list or newsletter page: its title link, or a "mehr"/"Details"
        link; never a registration form. Without one, the page itself."""
        def usable(href: str) -> bool:
            return bool(href) and not href.startswith(("mailto:", "javascript:", "#", "tel:")) and \
                not lex.REGISTRATION_LINK_RE.search(href)
        title_line = self.view.lines[block.title_line] if block.title_line is not None else None
        if title_line is not None:
            for href in title_line.links:
                if usable(href):
                    return urljoin(self.view.url or "", href)
        for line in self.view.lines[block.start:block.end]:
            if line.links and lex.MORE_LINK_RE.search(line.text):  # (a line without links has no "mehr" to follow)
                for href in line.links:
                    if usable(href):
                        return urljoin(self.view.url or "", href)
        return self.view.url

    def _announces_event_without_day(self, title: str, text: str) -> bool:
        """A page about one event that gives it no day (a report of "jetzt", a postponement "auf
        einen späteren Zeitpunkt", a stored text that lost its date element): the event is still
        announced, with start null. Its title names one event (an event noun in the singular,
        not "5 Jahre …"), and the page says it happens or happened."""
        if not title or titles.weak_title(title) or not prose.EVENT_NOUN_RE.search(title) \
                or prose.plural_event(title) or lex.ANNIVERSARY_TITLE_RE.match(title):
            return False
        specific = bool(EVENT_URL_RE.search(self.view.url or "")) or bool(prose.QUOTE_RE.search(title)) or ":" in title
        if not specific and lex.STANDING_BODY_RE.search(text):
            return False  # "eine Regionale Bildungskonferenz, die einmal im Jahr tagt": a body, not an event
        numbered = re.match(r"(\d{1,2})\.\s+(\S+)", title)
        if numbered and any(line.startswith(f"{int(numbered.group(1)) + 1}. {numbered.group(2)}") for line in self.view.texts):
            return False  # "1. Bildungskonferenz …", "2. Bildungskonferenz …": an archive of editions without days
        noun = prose.EVENT_NOUN_RE.search(title)
        if not specific and not prose.ORDINAL_START_RE.match(title) and not prose.STATUS_WORD_RE.search(text) and any(
                prose.RECURRING_RE.search(sentence) and noun.group(0) in sentence for sentence in prose.sentences(text)):
            # "jährlich werden alle Eltern zu einer Informationsveranstaltung eingeladen": a custom, not an
            # event; "ihr erstes Netzwerktreffen …, die Treffen sollen zweimal jährlich stattfinden" is one
            return False
        happens = bool(lex.HAPPENS_RE.search(text) or re.search(r"\blädt\b|\beinladen\b|\btagen\b|\bverschieben|"
                                                                  r"\baussetzen|\babgesagt|\bverschoben\b|\btrafen\s+sich\b|"
                                                                  r"\bdurchgeführt\b|\beingeladen\b|\bveranstaltete\b|"
                                                                  r"\bgekommen\b", text, re.I))
        return specific or happens

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

    def _has_event_signals(self, text: str) -> bool:
        return len(lex.EVENT_SIGNAL_RE.findall(text)) >= 2
