"""A day whose sentence ends its paragraph, and whose event the next paragraph names with its hour; an exhibition of
its own kind named by its compound ("Kalenderbilderausstellung").

A parent expects "… können sich an diesem Samstag, 14. Dezember, die beiden Schulen anschauen." followed by "Der Tag
der offenen Tür beginnt um 8.30 Uhr …" to put the open day on that Saturday. All wording is invented in the style of
real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.musterauer-post.example.org/musterau/schulzentrum-stellt-sich-vor_aid-1234"


def _starts(text: str) -> list[str]:
    return [(e.start or "")[:10] for e in extract_events(text, url=URL, content_type="text/plain",
                                                          reference_date=REFERENCE)]


def test_the_next_paragraph_names_the_event_of_a_day_that_ends_its_paragraph():
    text = ("date 2019-12 Musterau Viertklässler und ihre Eltern können sich an diesem Samstag, 14. Dezember, die "
            "beiden Schulen im Schulzentrum an der Lindenstraße 4 anschauen.\n\n"
            "Der Tag der offenen Tür beginnt am Lindengymnasium um 8.30 Uhr mit der Vergabe der Karten für die "
            "Unterrichtsbesuche in den Klassen 5 und 6. Um 9 Uhr findet für beide Schulformen eine gemeinsame Andacht "
            "statt. Zum Informationstag werden außerdem die Schüler eingeladen, die in die Oberstufe wechseln möchten. "
            "In zwei Runden (10 und 11 Uhr) wird die Oberstufe vorgestellt. Wichtig: Der Parkplatz der Grundschule "
            "steht Besuchern zur Verfügung.\n")
    assert _starts(text) == ["2019-12-14"]



def test_an_exhibition_of_its_own_kind_is_an_event_named_by_its_compound():
    text = ("Neuigkeiten aus dem Kreis\n\nAm Sonntag, den 6. Oktober 2019, eröffnet der Kunstverein Musterau seine "
            "diesjährige, traditionelle Kalenderbilderausstellung im Haus am Markt in Beispielhausen. Gleichzeitig wird "
            "der neue Kunstkalender vorgestellt, dessen Erlös sozialen Einrichtungen zugutekommt.\n")
    events = extract_events(text, url=URL, content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.title) for e in events] == [("2019-10-06", "Kalenderbilderausstellung")]


def test_a_paragraph_of_two_days_lends_no_hour_of_the_next_paragraph_to_its_older_day():
    text = ("BEISPIELHAUSEN – Am Samstag, 5. April 2025, feiert die Stadtbücherei Beispielhausen ihr Jubiläum. Eröffnet "
            "wurde sie am 1. April 1975.\n\nDas Jubiläumsfest beginnt um 11 Uhr mit einem Grußwort der Bürgermeisterin.\n")
    assert "1975-04-01" not in _starts(text)
