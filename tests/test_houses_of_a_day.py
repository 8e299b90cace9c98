"""An article of one day whose items are said in running text, each at its hour in a house of its own."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

READING_DAY = (
    "Vorlesetag am 20. November\n\n"
    "Stadtbüchereien machen mit\n\n"
    "Veröffentlicht am Montag, 16. November 2026\n\n"
    "Zum bundesweiten Vorlesetag laden die Stadtbüchereien Musterau am 20. November ein. Vorleserinnen und Vorleser "
    "aus Rathaus, Polizei und Musikschule warten auf Groß und Klein.\n\n"
    "Um 10 Uhr liest in der Bücherei Nordstadt der Oberbürgermeister vor zwei Schulklassen. In der Bücherei Weststadt "
    "wird jeweils 8, 9 und 10 Uhr vorgelesen.\n\n"
    "Ein Musiklehrer stellt 9 Uhr das Bilderbuch „Die kleine Trompete“ vor. 16 Uhr kommt die Polizei in die "
    "Bücherei Hafen.\n"
)


def _read(page: str, day: date):
    return extract_events(page.encode(), url="https://www.stadtteilblatt.example.org/vorlesetag",
                          content_type="text/plain", reference_date=day)


def test_each_house_s_hour_is_an_event_of_the_day():
    read = {(e.start, e.venue) for e in _read(READING_DAY, date(2026, 11, 16))}
    assert ("2026-11-20T10:00", "Bücherei Nordstadt") in read
    assert ("2026-11-20T08:00", "Bücherei Weststadt") in read  # (the first of its listed hours)
    assert ("2026-11-20T16:00", "Bücherei Hafen") in read


def test_an_hour_with_a_title_of_its_own_is_one_of_them():
    events = _read(READING_DAY, date(2026, 11, 16))
    assert any(e.start == "2026-11-20T09:00" and "Trompete" in e.title for e in events)
    assert all(e.start != "2026-11-20" for e in events)  # (the items in place of the bare day)


def test_one_school_s_agenda_in_hours_stays_one_event():
    page = ("Tag der offenen Tür am 23. Januar 2027\n\n"
            "Das Gymnasium Musterau öffnet am 23. Januar seine Türen. Um 9 Uhr begrüßt die Schulleiterin die Gäste in "
            "der Aula. Um 10 Uhr beginnen Führungen durch die Fachräume, um 11 Uhr spielt die Schulband in der "
            "Turnhalle.\n")
    events = _read(page, date(2027, 1, 10))
    assert len(events) == 1 and events[0].start.startswith("2027-01-23")
