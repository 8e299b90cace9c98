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
    day = [e.title for e in events if e.start == "2026-11-20"]  # (the action's day beside its items, all day)
    assert len(day) == 1 and day[0].startswith("Vorlesetag")


def test_one_school_s_agenda_in_hours_stays_one_event():
    page = ("Tag der offenen Tür am 23. Januar 2027\n\n"
            "Das Gymnasium Musterau öffnet am 23. Januar seine Türen. Um 9 Uhr begrüßt die Schulleiterin die Gäste in "
            "der Aula. Um 10 Uhr beginnen Führungen durch die Fachräume, um 11 Uhr spielt die Schulband in der "
            "Turnhalle.\n")
    events = _read(page, date(2027, 1, 10))
    assert len(events) == 1 and events[0].start.startswith("2027-01-23")


TOWN_READING_DAY = (
    "date 2027-11 Am Vorlesetag freuen sich die Kinder auf viele Geschichten.\n\n"
    "Hier wird Musterau am Freitag zur Vorlesestadt\n\n"
    "Am 19. November 2027 steht der Vorlesetag unter dem Motto „Gemeinsam einzigartig“.\n\n"
    "Doch es gibt auch öffentliche Angebote. In der Kinder- und Jugendbibliothek gibt es von 9 Uhr bis 14 Uhr "
    "Vorleseaktionen. Im Haus Lindenhof werden um 16 Uhr die Sitzkissen platziert und auch die Bibliothek am Alten "
    "Markt ist um 9 Uhr mit einem Polizisten am Start.\n\n"
    "Auch in der Buchhandlung im Bahnhof soll es ab 14 Uhr gemütlich werden.\n"
)


def test_houses_named_by_their_place_or_compound_and_two_in_one_sentence_each_make_an_item():
    events = _read(TOWN_READING_DAY, date(2027, 11, 10))
    read = {(e.start, e.end, e.venue) for e in events}
    assert ("2027-11-19T09:00", "2027-11-19T14:00", "Kinder- und Jugendbibliothek") in read
    assert ("2027-11-19T16:00", None, "Haus Lindenhof") in read
    assert ("2027-11-19T09:00", None, "Bibliothek am Alten Markt") in read  # (not the hours of another house)
    assert ("2027-11-19T14:00", None, "Buchhandlung im Bahnhof") in read
    # one house's holder is no holder of the bookshop's reading
    assert all(e.organizer != "Bibliothek am Alten Markt" for e in events if e.venue == "Buchhandlung im Bahnhof")


def test_branches_and_children_s_houses_with_hours_said_twice():
    page = ("Aktionstag in den Außenstellen\nKreisvolkshochschule Musterland, 22.02.2027\n\n"
            "Am Samstag, 13. März 2027, stellen sich die Außenstellen der Kreisvolkshochschule vor. Um 10 Uhr beginnt in "
            "der Außenstelle Bad Musterbrunn ein Nähcafé. In der Außenstelle Aerzen wird um 11 und um 14 Uhr ein "
            "Smartphone-Kurs angeboten. Um 15 Uhr lädt das Kinderhaus Weststadt zu einem Kochkurs ein.\n")
    read = {(e.start, e.venue) for e in _read(page, date(2027, 2, 22))}
    assert {("2027-03-13T10:00", "Außenstelle Bad Musterbrunn"), ("2027-03-13T11:00", "Außenstelle Aerzen"),
            ("2027-03-13T15:00", "Kinderhaus Weststadt")} <= read
