"""The named items that open and close a festival's days (`parsers/opening_and_closing.py`): "Beginn ist am … mit dem
Kinofilm „…“", "Mit der Lesung „…“ finden die Interkulturellen Wochen am 2. Oktober ihren Abschluss", "Den Abschluss
bildet am … ein Konzert": events of their own beside the span. The pages are invented; the towns are real."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)

WEEKS = ("Interkulturelle Wochen im Landkreis Musterau\n\n"
         "Die Interkulturellen Wochen starten im Landkreis Musterau in die dritte Runde! Beginn ist am Sonntag, "
         "19. September 2027, mit dem Kinofilm „Töchter des Aufbruchs“ in der Kirche in Hundelshausen. Der Film erzählt "
         "Migrationsgeschichten von fünfzehn Frauen. Mit der Lesung „Vielfalt im Leben“ finden die Interkulturellen Wochen "
         "am 2. Oktober ihren Abschluss im Rathaussaal Witzenhausen. Viele Akteure haben ein abwechslungsreiches Programm "
         "auf die Beine gestellt.\n")


def _read(text: str):
    return extract_events(text, url="https://www.landkreis-musterau.example/ikw-2027", reference_date=CRAWL,
                          content_type="text/plain")


def test_the_items_that_open_and_close_the_weeks_are_events_beside_them():
    assert [(e.title, e.start, e.end) for e in _read(WEEKS)] == [
        ("Interkulturelle Wochen im Landkreis Musterau", "2027-09-19", "2027-10-02"),
        ("Kinofilm „Töchter des Aufbruchs“", "2027-09-19", None),
        ("Lesung „Vielfalt im Leben“", "2027-10-02", None),
    ]


def test_the_closing_formed_by_an_item_is_one_too():
    text = WEEKS.replace("starten im Landkreis Musterau", "vom 19. September bis 2. Oktober 2027 starten im Landkreis "
                         "Musterau").replace("Mit der Lesung „Vielfalt im Leben“ finden die Interkulturellen Wochen am 2. Oktober ihren "
                         "Abschluss im Rathaussaal Witzenhausen.",
                         "Den Abschluss bildet am 2. Oktober ein Konzert der Musikschule im Rathaussaal Witzenhausen.")
    assert any(e.title.startswith("Konzert") and e.start == "2027-10-02" for e in _read(text))


def test_without_a_span_of_days_nothing_opens_or_closes():
    text = ("Kinoabend in Musterau\n\nBeginn ist am Sonntag, 19. September 2027, um 18 Uhr mit dem Kinofilm „Töchter "
            "des Aufbruchs“ in der Kirche in Hundelshausen.\n")
    assert len(_read(text)) == 1
