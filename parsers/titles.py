"""Which line of a text page is the event's title: candidates scored by named features.

A text view of a page starts with whatever the page put first: a skip link, a breadcrumb, a kicker
("Bedarfsorientierter Entwicklungsworkshop"), the agency's name, a dateline sentence of a press
article. Each feature below is one observation about a line with its weight; a new page shape is a
new feature (or weight) here, and tests/test_titles.py shows each one at work.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import dates as d
from . import gazetteer
from . import lexicon as lex
from .people import AGENCY_RE, HOLDER_LINE_RE
from .prose import EVENT_NOUN_RE, GENERIC_NOUNS, nominative, phrase_title
from .contacts import EMAIL_RE, PHONE_RE
from .labels import label_of

CANDIDATE_LINES = 12


def _words(text: str) -> list[str]:
    return text.split()


def event_word(text: str, index: int, first: int) -> float:
    return 3.0 if lex.EVENT_TITLE_WORD_RE.search(text) else 0.0


# "Schulen und Unternehmen im Dialog", "Ein Auftakt mit Mehrwert", "zum Austausch": a word of the event
# kinds in a phrase of speech, not a format's name
IDIOM_EVENT_WORD_RE = re.compile(r"(?:\b(?:im|ins|zum|in|mit|auf)\s+(?:\w+en\s+)?|^(?:Ein|Der)\s+)"
                                 r"(?:Dialog|Austausch|Gespräch|Auftakt)(?![\wäöüß])")


def idiom_event_word(text: str, index: int, first: int) -> float:
    """The event word is only an idiom's ("im Dialog"): it names no event."""
    words = lex.EVENT_TITLE_WORD_RE.findall(text)
    return -2.0 if words and len(words) == len(IDIOM_EVENT_WORD_RE.findall(text)) else 0.0


def first_content_line(text: str, index: int, first: int) -> float:
    """A page's text view starts with its headline once the chrome is gone."""
    return 1.5 if index == first else 0.0


def position(text: str, index: int, first: int) -> float:
    return -0.25 * index


def quoted_name(text: str, index: int, first: int) -> float:
    return 0.5 if re.search(r"[„\"“].{3,}[“\"”]", text) else 0.0


# a short motto that asks or calls before the subject's noun phrase: "Kita ade, Schule juchhe!? Der Übergang in die Schule
# aus Sicht der Kinder …" (not "Bücherwürmer aufgepasst! Im Lesesommer warten …": a sentence after the call)
MOTTO_QUESTION_RE = re.compile(r"[^.?!]{3,60}[?!]+\s+(?:Der|Die|Das|Ein|Eine)\s+[A-ZÄÖÜ]")


def sentence(text: str, index: int, first: int) -> float:
    """Running text is not a title: long lines, or lines that end like a sentence."""
    head, dash, _ = text.partition(" – ")
    if dash and len(text) <= 200 and re.match(r"(?:Herzliche\s+)?Einladung\s+zu[rm]?\s", head) \
            and lex.EVENT_TITLE_WORD_RE.search(head) and not lex.FINITE_VERB_RE.search(head):
        text = head  # "Einladung zur regionalen Kita-Zukunftskonferenz … – Zukunft gestalten. Jetzt!": a name, its motto
    if len(text) > 160 or (text.endswith((".", ",", "!", "?")) and len(text) > 60):
        return -4.0
    if re.search(r"[\w)]\s*[,;]$", text) and (re.search(r"\s[a-zäöüß]", text) or not lex.EVENT_TITLE_WORD_RE.search(text)):
        return -4.0  # "Austausch von Wissen und Erfahrungen,": an item of a running list, cut at its comma (not a
        #              headline broken after its event: "Fachtag Frühe Bildung," / "Sprachbildung im Kita-Alltag")
    if len(_words(text)) >= 14 and not re.match(r"[\w-]+(?:\s[\w-]+)?:\s", text) and (
            lex.FINITE_VERB_RE.search(text) or not re.search(r"[„\"“–]|:\s", text) and not MOTTO_QUESTION_RE.match(text)):
        return -3.0  # fourteen words without a motto or a colon are a sentence, whatever its verb; not
        #              "Bildungswerkstatt: Vom Bericht zum … Wie Produkte … werden" (a format and its long motto), nor
        #              "Kindergarten ade, Schule juchhe!? Der Übergang in die Schule aus Perspektive …" (a motto's question)
    saying = re.fullmatch(r"[A-ZÄÖÜ„\"][^.!?]{5,100}[a-zäöüß]\.“?\s+[–-]?\s*(?P<author>[A-ZÄÖÜ][a-zäöüß]+(?:\s[A-ZÄÖÜ][a-zäöüß]+)?)",
                          text)
    if saying and not lex.EVENT_TITLE_WORD_RE.search(text) and not re.search(
            rf"(?i:{lex.SCHOOL_WORD}|stadt|kreis|verein|zentrum|bibliothek|museum)", saying.group("author")):
        return -3.0  # "Lesen stärkt die Seele. Voltaire": a saying and its author over a club's page
    if re.search(r"[a-zäöüß]{3}\.$", text) and len(_words(text)) >= 4 and lex.FINITE_VERB_RE.search(text):
        return -3.0  # "Die Bildungskonferenz findet jährlich statt.": a short sentence, full stop and all
    if index > first and re.search(r"[a-zäöüß]{3}\.$", text) and len(_words(text)) >= 5 \
            and sum(word[0].islower() for word in _words(text)) >= 3 and not d.find_dates(text):
        return -3.0  # "Es nahmen 350 Teilnehmende an der Veranstaltung teil.": a verb the list above lacks (a dated
        #              sentence, "Am 11. Februar feiern wir unser Faschingsfest.", is an event's own line; a page's first
        #              line, "Am Samstag kommt der Nikolaus auf den Marktplatz.", is its headline)
    if re.search(r"\b(?:Sie|Ihnen|Ihre[nmrs]?)\b", text) and re.search(r"[a-zäöüß]{2}[.!]$", text):
        return -3.0  # "Weitere Informationen entnehmen Sie bitte dem Programm.": a word to the reader
    unquoted = re.sub(r"[„\"“][^“\"”]*[“\"”]", "", text)
    if (re.search(r"[a-zäöüß]{2}\.\s+[A-ZÄÖÜ]", unquoted) and lex.FINITE_VERB_RE.search(unquoted)
            and not re.match(r"[\w-]+:", text)) or (len(text) > 40 and text.endswith(":")):
        return -3.0  # two sentences ("… ist kostenfrei. Die"), or the lead-in of a list
    return 0.0


def broken_line(text: str, index: int, first: int) -> float:
    """"zweiten Dialogforum der Öffentlichkeit vorgestellt …": a line of a wrapped paragraph (a PDF's
    text) starts in lower case; a title never does."""
    if re.match(r"[:;,]\s", text):
        return -4.0  # ": Mitten unter die Menschen": the tail of a headline whose kicker was lost
    return -4.0 if index > 0 and re.match(r"[a-zäöüß]{2,}\s", text) else 0.0  # (a text that starts mid-line keeps it)


def article_and_verb(text: str, index: int, first: int) -> float:
    """"Die Fachtagung findet in der Jerusalem-Kirche …": an article, a noun and a finite verb are a
    sentence, however it ends."""
    return -3.0 if re.match(r"(?:Die|Der|Das)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:findet|fand|wird|wurde|ist|war|beginnt|"
                            r"startet|richtet|bietet)\s", text) else 0.0


LEGAL_NAME_END_RE = re.compile(r"\s(?:e\.\s?V\.|gGmbH|GmbH|gUG|eG)\s*$")


# a Kreis's or a town's name alone: "Landkreis Rostock", "Kreis Musterland" (a site's name with its section, "Gemeinde
# Musterau – Aktuelles", is read as before)
TERRITORY_ALONE_RE = re.compile(r"(?:Landkreis|Kreis|Stadt|Landeshauptstadt|Hansestadt|Gemeinde|Markt|Bezirk)\s+"
                                r"[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?")


def sender(text: str, index: int, first: int) -> float:
    """"PRESSEMITTEILUNG", "Newsletter", the agency's own name alone, "Pressemeldung vom: 21.03.2014 -
    07:03 Uhr"."""
    if lex.SENDER_LINE_RE.search(text) or AGENCY_RE.fullmatch(text.strip()):
        return -4.0
    if len(text) < 80 and LEGAL_NAME_END_RE.search(text) and not lex.EVENT_WORD_RE.search(text):
        return -4.0  # a body's name alone, by its legal form: "KJR Mecklenburgische Seenplatte e.V." (not "… Mitgliederversammlung des … e.V.")
    if TERRITORY_ALONE_RE.fullmatch(text.strip()):
        return -4.0  # the site's own administration alone: "Kreis Musterland"
    return -4.0 if len(text) < 80 and lex.PUBLICATION_CUE_RE.search(text) and d.find_dates(text) else 0.0


def byline(text: str, index: int, first: int) -> float:
    """The writer or a person quoted is never the event's name."""
    return -4.0 if lex.BYLINE_RE.fullmatch(text.strip()) else 0.0


# a writer's name alone on the line above a paper's dateline: "Michael Beispiel" / "Schwedt (MOZ) Die Schwedter …"
_NAME_ALONE_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+(?:[A-Z]\.\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")


def writer_over_dateline(texts: list[str], index: int, first: int) -> float:
    """A name alone over the paragraph that opens with the paper's dateline, "Schwedt (MOZ) …", is the writer's."""
    text = lex.without_month_stamp(texts[index]).strip()
    below = next((t for t in texts[index + 1:index + 3] if t.strip()), "")
    # (not an event's short name over the dateline: "Schulkinowochen Lüneburg", "Kinderuni Bruchsal" — a town or an
    # event's word in it)
    if _NAME_ALONE_RE.fullmatch(text) and not lex.EVENT_WORD_RE.search(text) and not lex.EVENT_TITLE_WORD_RE.search(text) \
            and not EVENT_NOUN_RE.search(text) and not any(gazetteer.known_place(word) for word in text.split()) \
            and lex.PAPERS_MARK_DATELINE_RE.match(lex.without_month_stamp(below).strip()):
        return -4.0
    return 0.0


# "Rednerinnen und Redner der Weiterbildungskonferenz", "Teilnehmende des Fachtags": a photo's caption
PEOPLE_CAPTION_RE = re.compile(
    r"(?:Die\s+)?(?:Redner|Referent|Teilnehm|Gäste|Vertreter|Mitglieder|Akteur|Organisator|Preisträger|Gewinner|"
    r"Podiumsteilnehm|Expert)(?:er|ende|enden|e|en|n|s)?(?:[*:/]?innen|Innen|in)?"  # (their endings only: not "Mitgliederversammlung")
    r"(?:\s+und\s+[\wäöüß*:/]+)?\s+(?:der|des|beim|bei\s+der|auf\s+der|im|am)\b.*")


def people_caption(text: str, index: int, first: int) -> float:
    """A caption naming the people in a photo is never the event's name."""
    return -4.0 if PEOPLE_CAPTION_RE.fullmatch(text.strip()) and len(text) < 160 else 0.0


# "Senatorin Erika Beispiel eröffnet Bremer Fachtagung", "Landrat besucht Bildungskonferenz": a press
# headline about an office holder's doing, not the event's name
OFFICE_HOLDER_HEADLINE_RE = re.compile(
    r"(?:Senator|Landr(?:at|ätin)|(?:Ober)?[Bb]ürgermeister|\w{0,20}[Mm]inister(?!ium|konferenz)|Staatssekretär|Präsident|Dezernent|"
    r"Schulrät|Schulrat)(?:in|innen|s)?\s+(?:(?:Dr\.|Prof\.|[A-ZÄÖÜ][\wäöüß-]+)\s+){0,3}[a-zäöüß]{3,}t\b.*")


def office_holder_headline(text: str, index: int, first: int) -> float:
    return -3.0 if len(text) < 200 and OFFICE_HOLDER_HEADLINE_RE.fullmatch(text.strip()) else 0.0


def wordless(text: str, index: int, first: int) -> float:
    """"0 02.05.2017", "3": a counter or a stamp without a word is never a name."""
    return -10.0 if not lex.WORD_RE.search(text) else 0.0


def menu(text: str, index: int, first: int) -> float:
    if len(lex.NAV_WORD_RE.findall(text)) >= 2 or re.fullmatch(r"(?:SAVE THE DATE|Save the Date)!?:?", text):
        return -5.0
    return 0.0


def chrome(text: str, index: int, first: int) -> float:
    """Skip links, breadcrumbs, image credits, app adverts, a lone "Anmeldung"."""
    return -10.0 if lex.is_chrome_line(text) or lex.BOILERPLATE_RE.match(text) else 0.0


def tag_line(text: str, index: int, first: int) -> float:
    """"seniorenbeirat" below the article: a tag, not a name (a page's first line in lower case, "lesezeit", is one)."""
    return -10.0 if index > first and lex.TAG_LINE_RE.fullmatch(text.strip()) else 0.0


def menu_run(text: str, index: int, first: int) -> float:
    """A line of a navigation menu: before the first content line, and only a word or two."""
    return -2.0 if index < first else 0.0


def date_first(text: str, index: int, first: int) -> float:
    mentions = d.find_dates(text)
    return -2.0 if mentions and mentions[0].start <= 2 else 0.0


# "Beispielstadt, 30. November 2026": where and when an article was written, on a line of its own
PLACE_AND_DAY_LINE_RE = re.compile(r"(?P<place>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)\s*,\s*(?:den\s+)?\d{1,2}\.\s*"
                                   r"(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)\s*(?:\d{4})?")


# a paper and its issue's day in brackets, over an article a site reprints: "[ Stormarner Tageblatt vom 3.2.2017 ]"
PAPERS_ISSUE_LINE_RE = re.compile(r"[\[(]\s*[A-ZÄÖÜ][^\[\]()]{2,60}?\s+vom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\s*[\])]")


def dateline(text: str, index: int, first: int) -> float:
    """"Marburg-Biedenkopf – Wie soll …": a press article's first sentence, not a headline; "Beispielstadt, 30. November
    2026": where and when it was written."""
    place_and_day = PLACE_AND_DAY_LINE_RE.fullmatch(text.strip())
    if place_and_day and not lex.EVENT_WORD_RE.search(place_and_day.group("place")):
        return -5.0
    stamped = lex.without_month_stamp(text)
    if stamped != text and gazetteer.known_place(stamped.strip()):
        return -5.0  # "date 2019-08 Güstrow": an export's month stamp and the article's town, its dateline
    if lex.NEWS_OF_A_DAY_RE.match(text.strip()):
        return -5.0  # "Aktuelle Kurznachrichten aus „OS & Umzu“ vom 02.02.2023 – 16:00 Uhr": the day's news, not an event
    if PAPERS_ISSUE_LINE_RE.fullmatch(text.strip()):
        return -5.0  # "[ Stormarner Tageblatt vom 3.2.2017 ]": where a school's site found the article, not an event
    if not (lex.DATELINE_RE.match(text) and len(text) > 60):
        return 0.0
    # "LandKulturGipfel – Kongress für Kulturelle Bildung …": a name and its subtitle, not a sentence
    reads_as_sentence = text.rstrip().endswith((".", "!", "?", "…", "“", "\"")) or lex.FINITE_VERB_RE.search(text) \
        or len(text) > 160
    return -5.0 if reads_as_sentence else 0.0


def month_heading(text: str, index: int, first: int) -> float:
    """"Juli 2024" over a calendar widget's rows of days: a month's heading, never an event's name."""
    return -6.0 if d.MONTH_YEAR_RE.fullmatch(text.strip()) else 0.0


def plural_kind(text: str, index: int, first: int) -> float:
    """"Beispielhafte Veranstaltungen & Gespräche im Rahmen des Projektes": a section of events, not one."""
    plurals = [word for word in re.findall(r"[\wäöüß-]+", text) if lex.PLURAL_EVENT_RE.search(word)]
    if not any(lex.EVENT_NOUN_IN_WORD_RE.search(word) or word.lower().endswith(tuple(lex.EVENT_PLURALS)) for word in plurals) \
            and not re.search(r"\bVeranstaltungen\b", text):
        return 0.0  # ("Arbeitskreis der pädagogischen Leitungen": a plural, but no event's)
    singular = [m.group(0) for m in EVENT_NOUN_RE.finditer(text) if not re.search(r"(?:ungen|en|e)$", m.group(0))]
    return -3.0 if not singular and len(text) < 120 else 0.0


def generic_format(text: str, index: int, first: int) -> float:
    """"Bedarfsorientierter Entwicklungsworkshop" under the headline: the format, not the name."""
    words = _words(text)
    if index > first and len(words) <= 3 and lex.EVENT_TITLE_WORD_RE.search(words[-1]) \
            and not re.search(r"\d|[„\"“:]", text):
        return -2.5
    return 0.0


def address(text: str, index: int, first: int) -> float:
    """"Händel Halle, Salzgrafenplatz 1", "06108 Halle/Saale": where, not what."""
    return -4.0 if gazetteer.PLZ_CITY_RE.search(text) or (STREET_NUMBER_RE.search(text) and len(text) < 80) else 0.0


def venue(text: str, index: int, first: int) -> float:
    """"Tagungshaus der Evangelischen Akademie", "Kreishaus Coesfeld": a place, not an event."""
    return -3.0 if VENUE_START_RE.match(text) and len(_words(text)) <= 8 else 0.0


VENUE_START_RE = re.compile(r"(?:Tagungshaus|Tagungszentrum|Kongresszentrum|Kongresshaus|Bürgerhaus|Rathaus|Kreishaus|"
                            r"Landratsamt|Stadthalle|Kulturzentrum|Gemeindezentrum|Hotel|Haus\s+der|Saal|Aula|Schloss|"
                            r"Kloster|Campus|Lernzentrum|Stadtbibliothek|Bibliothek|Familienzentrum|Jugendzentrum|"
                            r"Stadtteilzentrum|Mehrgenerationenhaus)\b")


def programme_item(text: str, index: int, first: int) -> float:
    """"Begrüßung und Einführung in die Tagung" under "14:00 Uhr", "14.45 Uhr: Parallele Themenworkshops":
    a part of the programme."""
    return -3.0 if lex.PROGRAMME_ITEM_RE.match(text) or PROGRAMME_SLOT_RE.match(text) else 0.0


PROGRAMME_SLOT_RE = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*Uhr\b|\d{1,2}:\d{2}\b")


def kicker(text: str, index: int, first: int) -> float:
    """"Schule" above "Pop-Up CityLab zum Thema …": a lone word that names no event is the page's
    section or category, not the event's name."""
    return -2.0 if re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]{2,24}", text.strip()) and not lex.EVENT_TITLE_WORD_RE.search(text) \
        and not EVENT_NOUN_RE.search(text) else 0.0  # ("Infoabend", "Symposium" stay)


def holder_subtitle(text: str, index: int, first: int) -> float:
    """"Tagung der Arbeitsgemeinschaft … in Kooperation mit …" under a headline: who holds the event
    the headline names."""
    return -2.5 if index == first + 1 and HOLDER_LINE_RE.match(text) and (len(text) > 70 or " mit " in text) else 0.0


def bare_label(text: str, index: int, first: int) -> float:
    """"Datum/Zeit", "Veranstaltungsort": a fact box's label whose value stands on the next line."""
    parts = [part for part in re.split(r"\s*/\s*|\s+und\s+|\s*&\s*", text.strip(" :")) if part]
    return -5.0 if parts and len(text) < 40 and all(label_of(part + ":") for part in parts) else 0.0


# "Tagungsprogramm (Anmeldeschluss: 31.10.2016)", "Tagesordnung", "Protokoll": a part of the event's papers, whose
# name stands on another line
DOCUMENT_PART_RE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+s?)?(?:[Pp]rogramm(?:ablauf)?|Ablaufplan|Tagesordnung|Agenda|Protokoll)"
                              r"\s*(?:\([^)]*\)?)?\s*:?\s*")


def document_part(text: str, index: int, first: int) -> float:
    return -3.0 if DOCUMENT_PART_RE.fullmatch(text.strip()) else 0.0


def lead_in(text: str, index: int, first: int) -> float:
    """"Highlights des Treffens:", "Die Termine im Überblick:": a line that introduces what follows it."""
    return -3.0 if text.rstrip().endswith(":") and len(text) < 80 else 0.0


def contact_line(text: str, index: int, first: int) -> float:
    """"Region Süd: Erika Beispiel, Tel. 0751/123-45, E-Mail …": whom to call, never the event's name."""
    return -5.0 if len(text) < 250 and (PHONE_RE.search(text) or EMAIL_RE.search(text)) else 0.0  # (not a paragraph)


def list_item(texts: list[str], bulleted: list[bool], index: int) -> float:
    """"Was Sie erwartet:" / "• Zeit für Gespräche & Netzwerke" / "• Austausch mit Lehrkräften": an item of a list
    in the page's text, not the page's headline."""
    if not bulleted[index]:
        return 0.0
    # (a lone marked line under "Unser Tipp fürs Wochenende:" is the one name the page gives)
    marked_neighbour = (index > 0 and bulleted[index - 1]) or (index + 1 < len(bulleted) and bulleted[index + 1])
    return -3.0 if marked_neighbour else 0.0


# a row's name, a dash, its day: "Lesecafé für Familien – 26. Januar 2027" (not "Fachtag am 23. Januar in Hilpoltstein")
DASH_BEFORE_DATE_RE = re.compile(r"\S\s+[–-]\s+$")  # (read on the few characters before the day: a line of
# thousands of days must not cost their square)


def dated_row(texts: list[str], index: int, first: int) -> float:
    """"Bastelnachmittag für Kinder – 30. Januar 2027, Familienzentrum Sonnenhof" below the page's heading and beside
    another row of its shape: a row of the page's list, not its headline."""
    if index <= first or not _dashed_dated(texts[index]):
        return 0.0
    # (beside another such row, within two lines: a single event's "Lesung mit Anna Beispiel – 14. Januar 2027, 19 Uhr"
    # over its booking and deadline lines is the page's name)
    return -2.0 if any(_dashed_dated(texts[j]) for j in (index - 2, index - 1, index + 1, index + 2)
                       if 0 <= j < len(texts)) else 0.0


@functools.lru_cache(maxsize=256)  # (each line is asked for itself and for its neighbours' sake)
def _dashed_dated(text: str) -> bool:
    return bool(d.MAYBE_DATE(text)) and any(DASH_BEFORE_DATE_RE.search(text[max(0, mention.start - 6):mention.start])
                                            for mention in d.find_dates(text))


def alt_and_caption(texts: list[str], index: int, first: int) -> float:
    """A photo's alt text and its caption print the same line twice in a row: a caption, not a name
    (a headline at the top printed twice is still the headline)."""
    text = texts[index]
    twice = any(0 <= j < len(texts) and texts[j] == text for j in (index - 1, index + 1))
    return -3.0 if twice and index > first and len(_words(text)) >= 4 and not lex.BREADCRUMB_RE.match(text) else 0.0


# a photo's caption under the headline it repeats, with its credit: "Familienfeste in Berlin" / "Familienfeste in Berlin,
# Foto: pixabay"
CREDIT_WORD = r"(?:Fotos?|Bild(?:er)?|Quelle|Grafik)"  # (a photo's credit: "Foto: …", "Quelle: …")
CREDIT_AFTER_RE = re.compile(rf"\s*[,(]?\s*{CREDIT_WORD}\s*:\s*[^:.!?]{{2,60}}\)?\s*$")


def credited_caption(texts: list[str], index: int) -> float:
    """The line above said again with a photo's credit: a caption, not a name."""
    if index == 0:
        return 0.0
    above, text = texts[index - 1].strip(), texts[index].strip()
    return -6.0 if len(above) >= 8 and text.startswith(above) and CREDIT_AFTER_RE.fullmatch(text[len(above):]) else 0.0


STREET_NUMBER_RE = re.compile(r"[a-zäöüß](?:straße|str\.|platz|weg|allee|ring|gasse|damm|ufer)\s+\d{1,3}[a-z]?\b", re.I)

FEATURES = (address, venue, event_word, idiom_event_word, first_content_line, position, quoted_name, sentence, sender, byline, people_caption,
            office_holder_headline, kicker,
            menu, chrome, wordless, menu_run, tag_line,
            date_first, dateline, generic_format, programme_item, holder_subtitle, broken_line, article_and_verb,
            plural_kind, bare_label, lead_in, contact_line, document_part, month_heading)


# a breadcrumb written as an ordered list, from the site's home to the page itself
# (its first item the home page, "1. Home", or any item when the next is a separator of its own: "1. MZ.de" / "2. >")
ORDERED_TRAIL_START_RE = re.compile(r"\s*1\.\s+(?:Home|Startseite)\s*$")
ORDERED_TRAIL_ITEM_RE = re.compile(r"\s*\d{1,2}\.\s+\S")
ORDERED_TRAIL_SEPARATOR_RE = re.compile(r"\s*\d{1,2}\.\s+[>»›/|]\s*$")
SKIP_LINK_RE = re.compile(r"(?:Zum\s+|Springe\s+zum\s+)?(?:Haupt)?[Ii]nhalt(?:\s+springen)?|Navigation\s+überspringen")


def _first_content_line(texts: list[str], usable: list[int]) -> int | None:
    """The first line after the page chrome: after a breadcrumb ("Sie sind hier: …") if there is
    one, and after a run of one- or two-word menu lines."""
    breadcrumb = next((i for i in usable if lex.BREADCRUMB_RE.match(texts[i])), None)
    start = breadcrumb + 1 if breadcrumb is not None else 0
    trail = next((i for i in usable[:12] if ORDERED_TRAIL_START_RE.match(texts[i]) or re.match(r"\s*1\.\s", texts[i])
                  and i + 1 < len(texts) and ORDERED_TRAIL_SEPARATOR_RE.match(texts[i + 1])), None)
    if trail is not None:  # "1. Home" / "2. Regionales" / "3. Hamburg" / "4. Jobsuche: …": a breadcrumb as a list
        start = trail + 1
        while start < len(texts) and ORDERED_TRAIL_ITEM_RE.match(texts[start]):
            start += 1
    for i in usable:
        if i < start or chrome(texts[i], i, -1):
            continue
        short = len(_words(texts[i])) <= 2 and len(texts[i]) < 25
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(texts)
                      and len(_words(texts[j])) <= 2 and len(texts[j]) < 25 and not SKIP_LINK_RE.fullmatch(texts[j].strip())]
        # (a skip link's "Inhalt" above the headline makes no menu of it; "Home" or "Suche" between items does)
        if short and neighbours:
            continue  # a menu: "Die REAB / DKBM / Angebote / …"
        return i
    return None


@dataclass
class TitleCandidate:
    index: int
    score: float
    reasons: dict[str, float]


# the site's own name at the top of its text, perhaps as its town's ("Stadt Beispielstadt" on beispielstadt.de)
SITE_NAME_LINES = 3
SITE_NAME_LONGEST = 60
_TOWN_FORM_RE = re.compile(r"^(?:Stadt|Gemeinde|Markt|Landkreis|Kreis)\s+")


def site_name(text: str, index: int, site_keys: frozenset[str]) -> float:
    """The site's banner ("Musterauer Anzeiger" on musterauer-anzeiger.de, "Stadtbibliothek Musterau" on
    stadtbibliothek-musterau.de): the name of whose page it is, never the event's."""
    if not site_keys or index >= SITE_NAME_LINES or len(text) > SITE_NAME_LONGEST:
        return 0.0
    return -4.0 if gazetteer.host_spelling(_TOWN_FORM_RE.sub("", text.strip())) in site_keys else 0.0


# a lead over a page's files: "Formulare zur Anmeldung:", "Downloads:", "Anhänge", "Unterlagen zum Herunterladen:"
ATTACHMENTS_LEAD_RE = re.compile(r"(?:Formular[e]?|Downloads?|Anh(?:ang|änge)|Dokumente?|Dateien|Unterlagen|Materialien|"
                                 r"Zum\s+Herunterladen)\b[^.!?]{0,40}:?")
ATTACHMENT_LINES = 4  # (a page's files, one per line, under their lead)


def attachment(texts: list[str], index: int) -> float:
    """A file's name under the lead that lists a page's files ("Formulare zur Anmeldung:" / "Boys-Day
    Schulfreistellung"): a download, not the event's name."""
    for above in range(index - 1, max(-1, index - 1 - ATTACHMENT_LINES), -1):
        if ATTACHMENTS_LEAD_RE.fullmatch(texts[above].strip()):
            return -6.0
        if len(texts[above]) > 80:
            return 0.0  # (a paragraph between: the lead is another part's)
    return 0.0


def text_title_candidates(texts: list[str], bulleted: list[bool] | None = None,
                          site_keys: frozenset[str] = frozenset()) -> list[TitleCandidate]:
    """The first lines of a text page, each with its score and the features that gave it; `bulleted` says which
    lines opened with a list item's mark, `site_keys` how the site's host spells its owner's name."""
    bulleted = bulleted or [False] * len(texts)
    usable = [i for i, text in enumerate(texts[:CANDIDATE_LINES])
              if len(text) > 3 and not label_of(text)]
    first = _first_content_line(texts, usable)
    first = first if first is not None else (usable[0] if usable else 0)
    candidates = []
    for index in usable:
        reasons = {feature.__name__: feature(texts[index], index, first) for feature in FEATURES}
        reasons["alt_and_caption"] = alt_and_caption(texts, index, first)
        reasons["dated_row"] = dated_row(texts, index, first)
        reasons["documented_kind"] = documented_kind(texts[index], index, first)
        reasons["list_item"] = list_item(texts, bulleted, index)
        reasons["site_name"] = site_name(texts[index], index, site_keys)
        reasons["writer_over_dateline"] = writer_over_dateline(texts, index, first)
        reasons["attachment"] = attachment(texts, index)
        reasons["credited_caption"] = credited_caption(texts, index)
        reasons = {name: value for name, value in reasons.items() if value}
        candidates.append(TitleCandidate(index, sum(reasons.values()), reasons))
    return candidates


def best_text_title(texts: list[str], bulleted: list[bool] | None = None,
                    site_keys: frozenset[str] = frozenset()) -> TitleCandidate | None:
    candidates = text_title_candidates(texts, bulleted, site_keys)
    return max(candidates, key=lambda c: (c.score, -c.index)) if candidates else None


# what a reader would never call an event, whatever the line's position
WEAK_FEATURES = (chrome, wordless, sentence, dateline, sender, byline, people_caption, office_holder_headline, contact_line)


def is_weak(candidate: TitleCandidate | None) -> bool:
    """A title a reader would not accept: chrome, a sentence, a dateline, a wrapped line's tail."""
    return candidate is None or any(candidate.reasons.get(feature.__name__, 0) < 0
                                    for feature in (*WEAK_FEATURES, broken_line, writer_over_dateline))


# "Diversitätsbewusste Jugendarbeit – Strategien und Handlungsempfehlungen für ein gutes Miteinander …": a short name,
# a dash, and a subtitle that runs long
_NAME_AND_SUBTITLE_RE = re.compile(r"(?P<head>[A-ZÄÖÜ„\"][^–:.!?]{5,70}?)\s+[–-]\s+[A-ZÄÖÜ][^.!?]{60,}")


def name_before_long_subtitle(title: str) -> str | None:
    """The name before the dash of a name line too long for a calendar, if the line is a name and its subtitle (no
    sentence: no finite verb, no sentence's end)."""
    match = _NAME_AND_SUBTITLE_RE.fullmatch(title.strip().rstrip("“\"”"))
    if not match or lex.FINITE_VERB_RE.search(title) or len(match.group("head").split()) < 2:
        return None
    return match.group("head").strip()


def weak_title(title: str | None) -> bool:
    """A chosen title that is chrome, a sentence, a dateline or the sender: a reader would not call the event so."""
    if not title:
        return True
    return any(feature(title, 1, 0) < 0 for feature in WEAK_FEATURES)


# a chosen title that is a whole sentence: "Am 2. Juni, 15 Uhr gibt es die …", "Die Agentur lädt wieder zum „…“ ein",
# "Der Autor liest im Lesecafé aus seinem Roman vor."
_SENTENCE_TITLE_RE = re.compile(rf"^(?:Am|Ab|Vom)\s+(?:\d{{1,2}}\.|{d.WEEKDAY_NAME})"
                                r"|\b(?:lädt|laden|lud|luden)\b.{3,80}\bein\W*$"
                                r"|^(?=(?:\S+\s+){4}).*[a-zäöüß]{3}[.!]$")


# "Girls'Day & Boys'Day 2025: Jugendliche schnupperten in den Arbeitsalltag …", "Bundeskonferenz Bildungsmanagement
# in Berlin: Zwei Projekte aus Leverkusen wurden präsentiert": a headline that names the event before its colon and
# tells the news after it
_NEWS_AFTER_COLON_RE = re.compile(r"^(?P<head>[^:„“\"]{4,90}?)\s?:\s+(?P<news>[A-ZÄÖÜ0-9][^?]{15,})$")
# the news told in the past: "schnupperten", "wurden präsentiert", "stellte … vor" (not a topic's infinitive,
# "Kooperation von Schule und Jugendhilfe gestalten")
_NEWS_VERB_RE = re.compile(r"\b(?:war|waren|wurde|wurden|hatte|hatten|fand|fanden|gab|kam|kamen|trafen|traf|nahmen|nahm|"
                           r"gingen|ging|[a-zäöüß]{3,}ierte[n]?|(?:be)?such|schnupper|erleb|zeig|stell|lern|feier|mach|"
                           r"tausch|sammel|diskutier|bastel|forsch)(?:ten|te)?\b"
                           r"|\b(?:stellt|stellen|präsentiert|präsentieren)\s+sich\b")  # ("Kreisverwaltung stellt sich vor")


def event_before_its_news(title: str) -> str | None:
    """The event a news headline names before the colon that opens its story, if the rest is news told in a
    sentence (not a topic: "Vortrag: Was ist Resilienz?", "Fachtag Ganztag: Qualität gemeinsam entwickeln")."""
    match = _NEWS_AFTER_COLON_RE.match(title)
    if not match:
        return None
    head, news = match.group("head").strip(), match.group("news")
    if len(head.split()) < 2 or weak_title(head) or not names_an_event(head):
        return None
    if not (_NEWS_VERB_RE.search(news) or _VERDICT_RE.match(news)) or sum(word[:1].islower() for word in news.split()) < 3:
        return None
    if _TOPIC_OPENING_RE.match(news) or EVENT_NOUN_RE.search(news) or lex.EVENT_TITLE_WORD_RE.search(news):
        return None  # a topic ("Wie die Eisenbahn nach Musterau kam"), or a story that names the event itself
        #              ("Kulturforum Lindenau: Das Neujahrskonzert war ausverkauft": the head is its venue)
    return head


# news at an event: "Besucherrekord bei Ausbildungsmesse", "Großer Andrang beim Tag der offenen Tür"; an event that does
# something in the news: "Oranienburg Bildungsmesse sucht Aussteller", "Jobmesse lockt 3000 Besucher"
_NEWS_AT_EVENT_RE = re.compile(r"^(?P<news>[A-ZÄÖÜ][^:„“\"]{2,50}?)\s+(?:bei|beim|bei\s+der|bei\s+dem|auf\s+der|auf\s+dem)\s+"
                               r"(?P<event>[A-ZÄÖÜ][^:]{2,80})$")
_EVENT_IN_THE_NEWS_RE = re.compile(r"^(?:(?P<town>[A-ZÄÖÜ][\wäöüß-]+)\s+)?(?P<event>[A-ZÄÖÜ][\wäöüß-]+)\s+"
                                   r"(?:sucht|braucht|lockt|zieht|zeigt|feiert|erwartet|meldet|verzeichnet|knackt|begeistert)\s+"
                                   r"[^:]{3,60}$")


def event_of_news(title: str) -> str | None:
    """The event a news headline is about, where the rest is news, not the event's name: "Besucherrekord bei
    Ausbildungsmesse" -> "Ausbildungsmesse", "Oranienburg Bildungsmesse sucht Aussteller" -> "Bildungsmesse"."""
    at = _NEWS_AT_EVENT_RE.match(title)
    if at and EVENT_NOUN_RE.match(at.group("event")) and not EVENT_NOUN_RE.search(at.group("news")) \
            and not lex.EVENT_TITLE_WORD_RE.search(at.group("news")) and len(at.group("news").split()) <= 4:
        return at.group("event").strip()
    doing = _EVENT_IN_THE_NEWS_RE.match(title)
    if doing and EVENT_NOUN_RE.fullmatch(doing.group("event")) and (
            doing.group("town") is None or gazetteer.known_place(doing.group("town"))):
        return doing.group("event")
    return None


# the news as a verdict without a verb: "Ein Meilenstein für die Bildung der documenta Stadt", "Ein voller Erfolg für …"
_VERDICT_RE = re.compile(r"(?:Ein|Eine)\s+(?:[a-zäöüß]+e[rs]?\s+)?(?:Meilenstein|Erfolg|Gewinn|Highlight|Höhepunkt|Startschuss|"
                         r"Auftakt|Zeichen|Fest(?:tag)?|Bereicherung)\b")
_TOPIC_OPENING_RE = re.compile(r"(?:Wie|Was|Warum|Wer|Wo|Wann|Welche[rsn]?|Weshalb|Wieso|Ob|Als|Wenn|Von|Vom|Über)\b")


def names_an_event(head: str) -> bool:
    return bool(lex.EVENT_TITLE_WORD_RE.search(head) or EVENT_NOUN_RE.search(head)
                or re.search(r"[Dd]ay\b|\w-Tag\b|\b(?:Tag|Nacht|Woche)\s+(?:der|des)\s", head))


# "14. Netzwerktreffen der Hessischen Familienzentren am 10. September 2024 – 120 Teilnehmende aus ganz Hessen in
# Wiesbaden mit dabei": a headline that names the event and its day, then tells its news after a dash
_DAY_THEN_NEWS_RE = re.compile(rf"^(?P<head>.{{6,100}}?)\s+(?:am|vom)\s+(?:(?:{d.WEEKDAY_NAME}),?\s+)?(?:den\s+)?"
                               rf"\d{{1,2}}\.\s*(?:\d{{1,2}}\.|{d.MONTH_NAME})\s*(?:\d{{4}})?\s+[–-]\s+\S.{{15,}}$")


def event_before_its_day_and_news(title: str) -> str | None:
    """The event a headline names before its day and the dash that opens its news."""
    match = _DAY_THEN_NEWS_RE.match(title)
    head = match.group("head").strip() if match else None
    return head if head and (len(head.split()) >= 2 or EVENT_NOUN_RE.fullmatch(head)) and names_an_event(head) \
        and not weak_title(head) else None


_PLACE_PHRASE = (r"(?:an\s+der|an\s+den|am|im|in\s+der|in\s+den|auf\s+dem|beim)\s+[A-ZÄÖÜ][\wäöüß.-]*"
                 r"(?:\s+(?:(?:am|im|an\s+der)\s+)?[A-ZÄÖÜ][\wäöüß.-]*){0,3}")  # ("an der Realschule am Park")
# "an der Eichendorffschule" (a row "Donnerstag, 08.12.2022, ab 17 Uhr an der Eichendorffschule"), "am Donnerstag,
# 11. April 2024 im Volkshaus Sömmerda": what is left of a row or a line after its day says where, not what
_DAY_OR_PLACE_ONLY_RE = re.compile(rf"(?:(?:am\s+(?:(?:{d.WEEKDAY_NAME}),?\s+)?|(?:{d.WEEKDAY_NAME}),?\s+)(?:den\s+)?\d{{1,2}}\.\s*"
                                   rf"(?:\d{{1,2}}\.|{d.MONTH_NAME})\s*(?:\d{{4}})?(?:(?:\s+|\s*[/·|,]\s*){_PLACE_PHRASE})?|{_PLACE_PHRASE})")


def says_only_where_or_when(title: str) -> bool:
    return bool(_DAY_OR_PLACE_ONLY_RE.fullmatch(title.strip()))


def is_place_phrase(title: str) -> bool:
    return bool(re.fullmatch(_PLACE_PHRASE, title.strip()))


# "Meine Stadt Morgen ist „Girls Day“ in Niedersachsen", "Heute ist „Tag der offenen Tür“ im Rathaus": a headline that
# says which named day it is
_NAMED_DAY_IS_RE = re.compile(r"\b(?:Morgen|Heute|Übermorgen)\s+ist\s+(?:der\s+|die\s+|das\s+)?[„\"“](?P<name>[^„\"“”]{3,60})[“\"”]")


def day_named_in_headline(title: str) -> str | None:
    match = _NAMED_DAY_IS_RE.search(title)
    return match.group("name").strip() if match else None


# a photo's caption with its credit taken for a heading: "Frühlingsfeste in Musterstadt, Foto: Max Muster"
_NAME_BEFORE_CREDIT_RE = re.compile(rf"(?P<name>.{{6,120}}?)\s*,\s*{CREDIT_WORD}\s*:\s*[^:.!?,]{{2,60}}")


def without_photo_credit(title: str) -> str | None:
    match = _NAME_BEFORE_CREDIT_RE.fullmatch(title.strip())
    return match.group("name").strip() if match else None


# "Seniorenwoche in Dessau-Roßlau Seniorenwoche in Dessau-Roßlau: Buntes Programm für die Älteren": a news site's
# kicker over a headline that opens with the kicker again; the kicker names the event, the rest is its story
_KICKER_TWICE_RE = re.compile(r"^(?P<kicker>\S.{4,80}?)\s+(?P=kicker)\s*(?::\s+\S|$)")


def kicker_said_twice(title: str) -> str | None:
    """The kicker a headline repeats at its start, where it names an event."""
    match = _KICKER_TWICE_RE.match(title)
    kicker = match.group("kicker").strip() if match else None
    return kicker if kicker and names_an_event(kicker) and not weak_title(kicker) else None


# "Der bundesweite Auftakt findet" (am 26. September 2021 in Rostock statt), "Der Tag des Flüchtlings ist" (am …): a
# list item's subject cut off before its day, with its article and its verb
_SUBJECT_AND_VERB_RE = re.compile(r"^(?P<article>Der|Die|Das)\s+(?:(?P<adjective>[a-zäöüß]+e)\s+)?"
                                  r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:der|des)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[\wäöüß-]+){0,3})\s+"
                                  r"(?:findet|ist|wird|beginnt|startet|fällt|erfolgt)$")
_STRONG_ENDING = {"Der": "r", "Die": "", "Das": "s"}


def subject_before_its_verb(title: str) -> str | None:
    """The event a list item's cut-off subject names, without its article and its verb ("Bundesweiter Auftakt",
    "Tag des Flüchtlings")."""
    match = _SUBJECT_AND_VERB_RE.match(title)
    if not match or not names_an_event(title):
        return None
    adjective = match.group("adjective")
    head = (adjective + _STRONG_ENDING[match.group("article")]).capitalize() + " " if adjective else ""
    return head + match.group("noun")


# a council paper's or an archive's title for what is told about an event: "Betreff: Auswertung des ersten
# Wermelskirchener Kinderschutzfachtages", "Rückblick auf den 3. Bildungstag", "Dokumentation der Bildungskonferenz 2024"
_REPORT_OF_RE = re.compile(r"^(?:Betreff\s*:\s*)?(?:Auswertung|Rückblick|Nachlese|Dokumentation|Bericht|Evaluation|Ergebnisse)\s+"
                           r"(?:des|der|vom|von\s+der|zum|zur|über\s+(?:den|die|das)|auf\s+(?:den|die|das))\s")


def event_of_report(title: str) -> str | None:
    """The event a report's title is about ("Auswertung des ersten …fachtages" -> "Erster …fachtag")."""
    if len(title) > 140 or not _REPORT_OF_RE.match(title):
        return None
    named = phrase_title(title)
    return named if named and not weak_title(named) and len(named) < len(title) else None


# a report's headline of what an event was about: "Die Zusammenarbeit … stand im Mittelpunkt des IKOE-Ideencafés am
# 21. März", "Digitale Bildung steht im Fokus der Bildungskonferenz 2027"
_FOCUS_OF_EVENT_RE = re.compile(r"\b(?:stand|standen|steht|stehen)\s+im\s+(?:Mittelpunkt|Fokus|Zentrum)\s+(?P<event>(?:des|der)\s.+)$")


def event_in_focus(title: str) -> str | None:
    """The event a headline says its topic was the focus of ("… stand im Mittelpunkt des IKOE-Ideencafés am 21. März im
    einewelt haus" -> "IKOE-Ideencafé")."""
    match = _FOCUS_OF_EVENT_RE.search(title) if len(title) <= 240 else None
    if match is None:
        return None
    named = phrase_title(match.group("event"))
    return named if named and not weak_title(named) and named.lower() not in GENERIC_NOUNS else None


# "Sechs Autoren lesen in Gifhorn am 4. April zur eintrittsfreien Nacht der Bibliotheken": a headline that tells what
# happens at a day or a night of a name ("Nacht der Bibliotheken", "Tag der Nachbarn")
_NAMED_DAY_IN_HEADLINE_RE = re.compile(r"\b(?:zu[mr]|beim|bei\s+der|in\s+der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?"
                                       r"(?P<name>(?:Tag|Nacht|Lange[nr]?\s+Nacht|Woche)\s+(?:der|des)\s+"
                                       r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s*$")


NEWS_HEADLINE_WORDS = 8  # a headline this long tells a story


def named_day_of_news(title: str) -> str | None:
    """"Abendlektüre in der Bücherei statt im Bett: Sechs Autoren lesen … zur eintrittsfreien Nacht der Bibliotheken"
    -> "Nacht der Bibliotheken": the named day a news headline ends with, where the headline tells a story."""
    if len(title) > 200 or len(title.split()) < NEWS_HEADLINE_WORDS:
        return None  # (a short one is the day's own name with its place: "Zum Tag der Nachbarn" stays)
    named = _NAMED_DAY_IN_HEADLINE_RE.search(title)
    if named is None or lex.PUBLIC_HOLIDAY_RE.search(named.group("name")):
        return None  # (nor "… beim Kinderflohmarkt zum Tag der Deutschen Einheit": a holiday says when)
    return re.sub(r"^Lange[nr]\s", "Lange ", named.group("name"))


def reads_as_sentence(title: str) -> bool:
    return bool(_SENTENCE_TITLE_RE.search(title)) and sum(word[0].islower() for word in title.split()) >= 2


CONTINUATION_RE = re.compile(r"^(?:der|des|die|im|in|zur|zum|für|und|mit|am|an|auf|vom|von)\s")


def joined_title(texts: list[str], index: int) -> str:
    """A headline broken over two lines: "8. Treffen des Netzwerks" / "der bildungsmanagementaktiven
    Kommunen in Schleswig-Holstein"; a format above its name: "Online-Fortbildung" / "Formate des
    Bildungsmanagements digitalisieren" -> "Online-Fortbildung „Formate des …“"."""
    title = texts[index]
    kind = _kind_before_its_day(title)
    above = texts[index - 1] if index == 1 else ""
    if kind and _motto(above) and not lex.EVENT_TITLE_WORD_RE.search(above) and len(_words(above)) >= 3 \
            and not lex.ORGANISATION_WORD_RE.search(above) and not re.search(r"save\s+the\s+date", above, re.I):
        # "Vom richtigen Umgang mit Schulverweigerern" / "Fachtag am 23. Januar in Hilpoltstein": the page's headline
        # above its kind, day and town is the event's motto
        motto = above.strip("„“\"")
        return f"{kind} „{motto}“"
    if index + 1 >= len(texts):
        return title
    below = texts[index + 1]
    if kind and _motto(below) and not lex.CALENDAR_HEADING_RE.fullmatch(below.strip().rstrip(":")):
        # (not the heading of the calendar's next part: "Fachtag am 3. März" / "Weitere Termine")
        name = below.strip("„“\"")
        return f"{kind} „{name}“"  # (a motto may end in "?!": "… für die Zukunft gut aufgestellt?!")
    if label_of(below) or len(below) > 140 or below.endswith((".", "!", "?", ",")) or chrome(below, 1, 0) \
            or d.find_dates(below) or lex.BYLINE_RE.fullmatch(below.strip()):
        return title  # (nor the author's line below it: "von Erika Beispiel")
    if CONTINUATION_RE.match(below) or (re.search(r"\s[–-]$", title) and len(below) < 80):
        return f"{title} {below}"  # ("#miteinander Zukunft gestalten –" / "Fachkräfte im Fokus": the dash runs on)
    words = _words(title)
    if len(words) <= 2 and lex.EVENT_TITLE_WORD_RE.search(words[-1]) and not re.search(r"[„\"“:]", title) \
            and not lex.EVENT_TITLE_WORD_RE.fullmatch(below) and len(_words(below)) >= 2 and not lex.LIST_HEADING_RE.match(below) \
            and not lex.CALENDAR_HEADING_RE.fullmatch(below.strip().rstrip(":")):  # (not "Elternsprechtag" / "Weitere Termine")
        name = below.strip("„“\"")
        return f"{title} „{name}“"
    return title


# "Wir freuen uns auf Sie!", "Bitte melden Sie sich an", "Beginn 10 Uhr", "Anmeldung unter …": what a reader is told,
# not an event's motto
ADDRESSED_LINE_RE = re.compile(r"(?:Wir|Sie|Ich|Bitte|Anmeldung|Beginn|Eintritt|Einlass|Ort|Zeit|Kosten|Info)\b")


def _motto(line: str) -> bool:
    """The line under "Fachtag 24.06.2022 in Düsseldorf" is its name when it reads as one: a phrase, perhaps a
    question ("… gut aufgestellt?!"), never a sentence, a time, a place, a contact or a word to the reader."""
    return bool(line) and len(line) <= 140 and len(_words(line)) >= 2 and not line.endswith((".", ",", ":")) \
        and not label_of(line) and not d.find_dates(line) and not d.find_time(line) \
        and not lex.EVENT_TITLE_WORD_RE.fullmatch(line) and not lex.FINITE_VERB_RE.search(line) \
        and not ADDRESSED_LINE_RE.match(line) and not re.search(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ]", line) \
        and not any(feature(line, 1, 0) < 0 for feature in (chrome, contact_line, address, venue, bare_label))
    # (not `sentence`: a motto may be a long question, "… für die Zukunft gut aufgestellt?!")


def _kind_before_its_day(title: str) -> str | None:
    """"Fachtag 24.06.2022 in Düsseldorf": a line that gives only the event's kind, its day and its town; its name
    stands on the line below."""
    dated = d.find_dates(title)
    if len(dated) != 1 or dated[0].start == 0:
        return None
    kind = re.sub(r"\s+(?:am|vom)$", "", title[:dated[0].start].strip(" ,–-"))  # ("Fachtag am 23. Januar in Hilpoltstein")
    if not kind or len(_words(kind)) > 2 or not lex.EVENT_TITLE_WORD_RE.search(_words(kind)[-1]) or re.search(r"[„\"“:]", kind):
        return None
    return kind if re.fullmatch(r"\s*(?:(?:in|im)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)?\s*", title[dated[0].end:]) else None


MOTTO_FIRST_RE = re.compile(r"^[„\"“](?P<motto>[^“\"”]{3,120})[“\"”]\s*[:–-]\s*(?P<name>.{6,160})$")


def name_before_motto(title: str) -> str:
    """"„Schule zum Wohlfühlen“: 1. Lüneburger Bildungskonferenz" is the "1. Lüneburger
    Bildungskonferenz „Schule zum Wohlfühlen“": the event's name first, its motto after it."""
    match = MOTTO_FIRST_RE.match(title)
    if match and lex.EVENT_TITLE_WORD_RE.search(match.group("name")) and not lex.EVENT_TITLE_WORD_RE.search(
            match.group("motto")):
        return f"{match.group('name').strip()} „{match.group('motto').strip()}“"
    return title


# ("Save the Date: …" stays: sites put it into the name they give the event, and readers keep it)
INVITATION_RE = re.compile(r"^(?:Herzliche\s+)?Einladung\s*(?:zu[rm]?\b|[:!–-])?\s*", re.I)


def without_invitation(title: str) -> str:
    """"Einladung Ganztagskongress des BMBF", "Einladung zur 3. Bildungskonferenz": the event's name
    is what follows the invitation (and never a month stamp before it)."""
    title = lex.without_month_stamp(title)  # "date 2020-01 2. Dialogforum …"
    rest = INVITATION_RE.sub("", title, count=1)
    if rest != title and re.match(r"[a-zäöüß]", rest):
        # "Einladung zur regionalen Kita-Zukunftskonferenz der GEW – Zukunft gestalten!": the phrase in the nominative
        named = phrase_title(title.partition(" – ")[0])
        if named and lex.EVENT_TITLE_WORD_RE.search(named):
            return named
    return rest if rest != title and len(rest) >= 8 and lex.EVENT_TITLE_WORD_RE.search(rest) else title


# "Dokumentation des Fachtags zum „Übergang Kita – Grundschule“", "Rückblick auf die 3. Bildungskonferenz":
# a page about the event; the event's name is what it documents, in the nominative
PAGE_ABOUT_RE = re.compile(r"^(?:Dokumentation|Rückblick|Nachlese|Nachbericht|Bericht|Impressionen|Fotos|Bilder)\s+"
                           r"(?:des|der|zu[mr]|vo[mn]|von\s+der|auf\s+(?:den|die|das))\s+"
                           rf"(?P<ord>\d{{1,2}}\.\s+)?(?P<noun>{EVENT_NOUN_RE.pattern})(?P<rest>\s.*)?$")


def documented_kind(text: str, index: int, first: int) -> float:
    """"Dokumentation der Tagung vom 21. Mai 2015" under the headline: the page's kind and the event's day (or
    its town); the name is the headline's."""
    match = PAGE_ABOUT_RE.match(text.strip())
    rest = (match.group("rest") or "") if match else ""
    dated = d.find_dates(rest)
    if match and re.fullmatch(r"\s*(?:in|im)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:am|an\s+der)\s+[A-ZÄÖÜ][\wäöüß]+)?\s*", rest):
        return -3.0  # "Impressionen von der Konferenz in Frankfurt am Main": a gallery's heading, the kind and its town
    return -3.0 if match and (not rest.strip() or (dated and re.fullmatch(r"\s*(?:vom|am)\s+", rest[:dated[0].start])
                                                       and not rest[dated[-1].end:].strip(" .,"))) else 0.0


# a round-up's numbered tip: "2. Für Kreative: Stencil-Workshop im Bauhaus Dessau", "1. Ferientipp für Jäger und
# Sammler: „Eiszeit“ im Landesmuseum …" (its number and whom it suits go; its quoted name alone before where it is)
_NUMBERED_TIP_RE = re.compile(lex.NUMBERED_TIP_LEAD + r"(?:[^:„“\"]{2,60}:\s+|Für\s+[^–:„“\"]{2,40}\s+[–-]\s+)?(?P<name>.+)")
_QUOTED_BEFORE_PLACE_RE = re.compile(r"[„\"](?P<name>[^“”\"]{3,80})[“”\"]\s+(?:im|in|auf|am|an)\s.+")


def name_of_numbered_tip(title: str) -> str:
    """The name a round-up's numbered tip gives its event."""
    tip = _NUMBERED_TIP_RE.fullmatch(title.strip())
    if not tip:
        return title
    quoted = _QUOTED_BEFORE_PLACE_RE.fullmatch(tip.group("name"))
    return quoted.group("name") if quoted else tip.group("name")


def without_page_kind(title: str) -> str:
    match = PAGE_ABOUT_RE.match(title)
    if not match or lex.status_of(title):
        return title
    named = f"{match.group('ord') or ''}{nominative(match.group('noun'))}{match.group('rest') or ''}"  # "des Fachtags"
    return title if named.lower() in GENERIC_NOUNS else named  # "Dokumentation zur Veranstaltung" names nothing better



# "(Bensheim, Einhausen, Heppenheim, Lorsch)": three or more names in brackets after a title list
# the places or members it covers; a calendar entry is the name before them
MEMBER_LIST_RE = re.compile(r"\s*\((?:[A-ZÄÖÜ][\wäöüß./-]*(?:\s[A-ZÄÖÜ][\wäöüß./-]*)?,\s*){2,}"
                            r"(?:und\s+)?[A-ZÄÖÜ][\wäöüß./-]*(?:\s[A-ZÄÖÜ][\wäöüß./-]*)?\)\s*$")


def without_member_list(title: str) -> str:
    rest = MEMBER_LIST_RE.sub("", title)
    return rest if len(rest) >= 8 else title


# "Veranstaltung „Marke ICH“": the generic word before a quoted name adds nothing a calendar shows
GENERIC_KIND_BEFORE_NAME_RE = re.compile(r"(?:Veranstaltung|Aktion|Event|Termin)\s+(?P<name>„[^„“”]{3,}[“”])")


def without_generic_kind(title: str) -> str:
    named = GENERIC_KIND_BEFORE_NAME_RE.fullmatch(title)
    return named.group("name") if named else title


SPACED_CAPITALS_RE = re.compile(r"(?<![\wÄÖÜäöüß])(?:[A-ZÄÖÜ] ){3,}[A-ZÄÖÜ](?![\wÄÖÜäöüß])")


def without_spaced_letters(title: str) -> str:
    """"Jugend M A C H T Stadt": a word set in spaced capitals for emphasis is the word ("Jugend MACHT Stadt")."""
    def joined(spaced: re.Match) -> str:
        letters = spaced.group(0).replace(" ", "")
        in_order = all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:]))  # ("Gruppen A B C D": labels)
        return spaced.group(0) if in_order else letters

    return SPACED_CAPITALS_RE.sub(joined, title)


# "Vorlesestunde für Kinder (4. März 2027, 15 Uhr) mit …": a day in brackets inside a row's name is its date, said
# again; the calendar shows it on its own
BRACKETED_DAY_RE = re.compile(r"\s*\((?:[A-ZÄÖÜ][a-z]+,?\s+)?[0-3]?\d\.\s*(?:[A-ZÄÖÜ][a-zä]+\.?|[01]?\d\.)(?:\s*(?:19|20)?\d\d)?"
                              r"(?:,?\s*(?:ab\s+|um\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:(?:–|-|bis)\s*\d{1,2}(?:[.:]\d{2})?\s*)?Uhr)?\)")


def without_bracketed_day(title: str) -> str:
    rest = re.sub(r"\s{2,}", " ", BRACKETED_DAY_RE.sub("", title)).strip()
    return rest if len(rest) >= 8 else title


# "7. bis 13. Oktober: „Woche der offenen Tür“", "27.05.2020 – 10. Regionale Bildungskonferenz": a headline that leads with
# its event's day; the calendar shows the day on its own (not "3. Bildungskonferenz: Übergänge gestalten", an ordinal)
LEADING_DAY_RE = re.compile(r"^(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)[a-z]*\.?,?\s*)?[0-3]?\d\.\s*(?:(?:bis|–|-)\s*[0-3]?\d\.\s*)?"
                            rf"(?:{d.MONTH_NAME}\.?|[01]?\d\.)(?:\s*(?:19|20)?\d\d)?\s*(?::|\s[–-])\s+")
WHOLLY_QUOTED_RE = re.compile(r"[„“\"»](?P<name>[^„“”\"«»]+)[“”\"«]")


# a school calendar's row named after its days: "23.-27.11. Bastelwoche", "01.02.-05.02 Anmeldungen zu Klasse 5"
LEADING_ROW_DAYS_RE = re.compile(r"^[0-3]?\d\.\s*(?:[-–]\s*[0-3]?\d\.\s*)?[01]?\d\.?"
                                 r"(?:\s*[-–]\s*[0-3]?\d\.\s*[01]?\d\.?)?\s+(?=[A-ZÄÖÜ„\"])")


def without_leading_day(title: str) -> str:
    """The name a headline gives after its day, without the quotes that set it off."""
    match = LEADING_DAY_RE.match(title) or LEADING_ROW_DAYS_RE.match(title)
    if not match:
        return title
    rest = title[match.end():].strip()
    quoted = WHOLLY_QUOTED_RE.fullmatch(rest)
    rest = quoted.group("name").strip() if quoted else rest
    return rest if len(rest) >= 8 and not LEADING_DAY_RE.match(rest) else title


def without_row_stop(title: str) -> str:
    """"Tag der offenen Tür." from a row "…, 16.30 bis 19 Uhr, Tag der offenen Tür.": an event's name without its full
    stop (a sentence, an abbreviation's stop and a name that opens with no event noun keep theirs); nor with the
    separators of a row's empty cells ("| | Vorlesezeit am Dienstag")."""
    title = re.sub(r"^(?:\s*\|)+\s*", "", title)
    if re.search(r"[a-zäöüß]{2}\.$", title) and not re.search(r"[.!?]\s", title) \
            and not re.search(r"\b(?:usw|bzw|etc|[Ss]tr|ca|vgl|ggf|inkl|zzgl)\.$", title) \
            and not lex.FINITE_VERB_RE.search(title) and EVENT_NOUN_RE.match(title):
        return title[:-1]
    return title
