"""What a day celebrates ("… wird der 50. Kreisvolksmusiktag gefeiert"), and a day whose sentence points back to the
event the sentence before it told ("Am 15. November 2019 war dies eine von vielen Aktionen"): the report's event on
that day, named by the sentence before.

A reader of a local paper's report expects the read-aloud morning in the calendar on its day, not an undated event
or one named "Bundesweite Veranstaltung". All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.stadtteil-journal.example.org/musterau-vorlesetag/"
REPORT = (
    "MUSTERAU – Auf Initiative und Einladung des Fördervereins der Stadtteilbibliothek Musterau e.V.  las "
    "Brandmeisterin Erika Beispiel, Leiterin der 2. Feuerwache, am bundesweiten Vorlesetag, Kindern aus der "
    "Musterauer Kindertagesstätte Sonnenschein vor. Am 15. November 2019 war dies eine von bundesweit 650.000 "
    "Aktionen. Der Förderverein hat schon oft Vorleseaktionen veranstaltet.\n\n"
    "Gebannt lauschten 20 Kinder der Geschichte von der kleinen Feuerwehr. Die Geschichte hatte die Bibliothek extra "
    "für das Kindergartenalter ausgesucht.\n\n"
    "Jedes Jahr im November setzt der Aktionstag ein Zeichen für das Vorlesen. Die Vorsitzende des Fördervereins "
    "betont: „Deshalb beteiligen wir uns regelmäßig an dieser bundesweiten Veranstaltung.“\n\n"
    "Wer beim Förderverein mitmachen möchte, ist herzlich zu den regelmäßigen Treffen am letzten Dienstag im Monat "
    "eingeladen. Das Team trifft sich ab 18.00 Uhr in der Bücherei, um die nächsten Lesungen zu planen.\n")


def test_a_day_whose_sentence_points_back_dates_the_event_told_before_it():
    events = extract_events(REPORT, url=URL, content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.title) for e in events] == [("2019-11-15", "Bundesweiter Vorlesetag")]


def test_a_day_in_prose_that_points_back_to_no_event_stays_no_event():
    text = ("MUSTERAU – Der Stadtrat hat über die neue Satzung für die Friedhöfe beraten und sie gebilligt. Am 15. "
            "November 2019 war dies bereits Thema im Ausschuss.\n\nDie Satzung gilt ab dem kommenden Jahr.\n")
    assert extract_events(text, url=URL, content_type="text/plain", reference_date=REFERENCE) == []


def test_what_a_day_celebrates_names_its_event():
    text = ("Kreismusikschule Musterau\n\nIm Herbst bietet sich auf diesem Gebiet ein einmaliges Ereignis: Am Sonntag, "
            "8. Oktober 2017, wird der 50. Kreisvolksmusiktag gefeiert. Dazu kommen Gruppen aus dem ganzen Landkreis.\n")
    events = extract_events(text, url=URL, content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.title) for e in events] == [("2017-10-08", "50. Kreisvolksmusiktag")]


def test_a_celebration_with_something_names_no_event_by_the_whole_phrase():
    from parsers import prose
    assert prose.title_from_sentence("Am Samstag wird das Jubiläum mit einem Fest gefeiert.") != "Jubiläum mit einem Fest"
