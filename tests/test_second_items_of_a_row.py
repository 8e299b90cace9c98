"""A programme's row that holds a second item of its day after a semicolon, with its own hour, place and quoted title
("…; 19.30 Uhr, Realschule, „Ich versteh die Welt nicht mehr“, Vortrag für Eltern"): an event of that day at its own
hour, named by its quote, held where it says; a sentence's "; um 19 Uhr gibt es …" is not such a row. All names are
invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)

PROGRAMME = (
    "Die Welt in der Hosentasche: Medientage der Schulen zu Smartphone, PC und Co\n\n"
    "Musterlar. Die Medientage der Musterlarer Schulen finden vom 3. bis 5. November 2027 statt.\n\n"
    "Das Programm:\n\n"
    "• Mittwoch, 3. November 2027, 19.30 bis 21 Uhr, Lindenschule: „YouTube, Facebook & Co.“, Vortragsveranstaltung "
    "für Eltern.\n\n"
    "• Donnerstag, 4. November 2027, 10 bis 12 Uhr, Stadthalle: „Meine Welt ist digital“, Veranstaltung für Schüler ab "
    "8. Klasse; 19.30 Uhr, Realschule am Park, „Ich versteh die Welt nicht mehr“, Vortrag für Eltern und Pädagogen.\n\n"
    "• Freitag, 5. November 2027, 20 Uhr, Schule an den Türmen: „Fernsehen, Computer und Co.“, Vortrag für Eltern.\n")


def test_the_second_item_of_a_row_is_an_event_of_that_day_at_its_own_hour():
    events = extract_events(PROGRAMME, url="https://www.musterzeitung.example/musterlar/medientage",
                            reference_date=CRAWL, content_type="text/plain")
    second = [e for e in events if e.title == "Ich versteh die Welt nicht mehr"]
    assert [(e.start, e.venue) for e in second] == [("2027-11-04T19:30", "Realschule am Park")]
    assert "2027-11-04T10:00" in [e.start for e in events]  # (the row's first item stays)
