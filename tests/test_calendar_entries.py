"""A calendar's entries whose span stands on a line of its own over the entry's name ("01.07.2027 -20.08.2027" /
"Lesesommer in der Stadtbibliothek Musterau"), a summer's reading club of several weeks, each with its "Details: …" link
under its text: one event per entry, named by the line under its span, not by the link above it. The page is invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.lexicon import ENTRY_LINK_RE

CRAWL = date(2026, 12, 3)

CALENDAR = (
    "Kalender\n\n"
    "01.07.2027 -20.08.2027\n\n"
    "Lesesommer in der Stadtbibliothek Musterau\n\n\n"
    "Alle Grundschulkinder aus Musterau und Umgebung können sich in der Stadtbibliothek für den Lesesommer anmelden. Als "
    "Clubmitglieder können sie exklusiv die neuesten Bücher lesen und Freunde treffen.\n"
    "Details: Lesesommer in der Stadtbibliothek Musterau\n\n\n"
    "05.07.2027 -27.08.2027\n\n"
    "Ferienleseclub in der Stadtbücherei Beispielstadt\n\n\n"
    "Unter dem Motto „Lesen macht stark“ können sich auch in diesem Jahr wieder alle Kinder der 1. bis 6. Klassen zum "
    "Ferienleseclub in der Stadtbücherei Beispielstadt anmelden. Die Anmeldung ist kostenfrei.\n"
    "Details: Ferienleseclub in der Stadtbücherei Beispielstadt\n")


def test_each_calendar_entry_of_weeks_is_an_event_named_by_the_line_under_its_span():
    events = extract_events(CALENDAR, url="https://www.leseportal.example/kalender", reference_date=CRAWL,
                            content_type="text/plain")
    assert [(e.title, e.start, e.end) for e in events] == [
        ("Lesesommer in der Stadtbibliothek Musterau", "2027-07-01", "2027-08-20"),
        ("Ferienleseclub in der Stadtbücherei Beispielstadt", "2027-07-05", "2027-08-27"),
    ]


def test_an_entrys_details_link_is_told_apart():
    assert ENTRY_LINK_RE.match("Details: Ferienleseclub in der Stadtbücherei Beispielstadt")
    assert not ENTRY_LINK_RE.match("Detailsuche im Katalog der Stadtbibliothek")


def test_a_span_of_months_in_a_sentence_is_still_no_event():
    text = ("Förderprogramm für Leseclubs\n\nDas Land fördert Leseclubs an Schulen. Anträge können vom 01.02.2027 bis "
            "30.06.2027 beim Schulamt gestellt werden.\n")
    assert extract_events(text, url="https://www.leseportal.example/foerderung", reference_date=CRAWL,
                          content_type="text/plain") == []


def test_a_span_line_over_a_survey_or_a_clause_is_no_entry_of_weeks():
    text = ("Termine im Schulamt\n\n01.02.2027 -30.04.2027\n\nSchuleingangsuntersuchungen im Gesundheitsamt\n\n"
            "Die Eltern erhalten eine Einladung mit ihrem Termin.\n\n01.03.2027 -16.03.2027\n\n"
            "Bürgerinnen und Bürger stimmen online ab\n\nDie Abstimmung über den neuen Schulhof läuft im Netz.\n")
    assert extract_events(text, url="https://www.leseportal.example/termine", reference_date=CRAWL,
                          content_type="text/plain") == []
