"""A news headline that names no event, over the one event its text names by its kind: the calendar entry carries the
event's name, not the headline's news.

All wording is invented in the style of real municipal news."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)


def _read(page: str):
    return extract_events(page, url="https://www.beispielheim.example.org/aktuelles/bilanz.html",
                          content_type="text/plain", reference_date=REFERENCE)


def test_the_cafe_the_sentence_of_its_day_names_beats_the_headlines_news():
    page = ("Integrationsbeirat zieht positive Bilanz\n03.12.2026\n"
            "Der Integrationsbeirat der Stadt Beispielheim hat in seiner letzten Sitzung auf das Jahr zurückgeblickt. "
            "Mehr als 800 Menschen besuchten die Angebote.\n"
            "Das Sprachcafé im Stadtteiltreff Nord wird fortgesetzt. Das nächste Sprachcafé findet am Dienstag, "
            "12. Januar 2027, um 16 Uhr statt. Alle, die Deutsch üben möchten, sind willkommen.\n")
    events = _read(page)
    assert [(e.title, e.start) for e in events] == [("Sprachcafé", "2027-01-12T16:00")]


def test_a_headline_that_names_the_event_keeps_it():
    page = ("Sprachcafé im Stadtteiltreff Nord\n03.12.2026\n"
            "Das nächste Treffen findet am Dienstag, 12. Januar 2027, um 16 Uhr statt. Alle, die Deutsch üben möchten, "
            "sind willkommen.\n")
    events = _read(page)
    assert [(e.title, e.start) for e in events] == [("Sprachcafé im Stadtteiltreff Nord", "2027-01-12T16:00")]


def test_a_house_named_in_passing_in_the_days_sentence_does_not_keep_the_news_headline():
    page = ("Musikschule bekommt neuen Flügel\n03.12.2026\n"
            "Dank einer Spende des Fördervereins steht im Saal ein neuer Konzertflügel. Zum ersten Mal erklingt er beim "
            "Konzert der Klavierklassen am Sonntag, 31. Januar 2027, um 17 Uhr im Saal der Musikschule.\n")
    assert [(e.title, e.start) for e in _read(page)] == [("Konzert der Klavierklassen", "2027-01-31T17:00")]



def test_an_event_named_in_the_genitive_of_its_days_sentence_names_the_day():
    page = ("Schulsozialarbeit wird ausgebaut\n03.12.2026\n"
            "Der Kreistag hat zwölf neue Stellen beschlossen. Wie die Stellen besetzt werden, ist Thema eines Fachtags am "
            "Mittwoch, 24. Februar 2027, im Kreishaus.\n")
    assert [(e.title, e.start) for e in _read(page)] == [("Fachtag", "2027-02-24")]
