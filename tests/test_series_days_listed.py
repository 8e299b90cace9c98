"""A series named in the plural, then its days listed after "Termine …:" a sentence or two further on: each day is
one of its events. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)


def _read(text: str, url: str = "https://www.musterau-zeitung.example/lokales/bibliothek-musterau.html"):
    return extract_events(text, url=url, reference_date=CRAWL, content_type="text/plain")


ARTICLE = ("Bibliothek Musterau: mehr Bücher und Angebote\n\n"
           "Musterau. Auch 2027 sollen die Angebote für Kinder fortgesetzt werden. Vorlesestunden für Kinder im "
           "Kindergartenalter finden nach Angaben der Stadt jeden ersten Dienstag im Monat statt, jeweils ab 17 Uhr und "
           "für etwa eine halbe Stunde. Anschließend kann gemeinsam mit den Eltern gestöbert werden. Genannt werden als "
           "Termine für 2027: 2. März, 6. April, 4. Mai und 1. Juni.\n")


def test_each_listed_day_of_a_series_named_two_sentences_up_is_its_event():
    events = _read(ARTICLE)
    assert [(e.title, e.start) for e in events] == [
        ("Vorlesestunde für Kinder im Kindergartenalter", f"2027-{day}T17:00")
        for day in ("03-02", "04-06", "05-04", "06-01")]


def test_days_listed_after_termine_without_a_series_named_are_no_events():
    # (a plural that names no kind of event gives the days no name: they are not read as its events)
    text = ARTICLE.replace("Vorlesestunden für Kinder im Kindergartenalter finden", "Die Öffnungszeiten gelten")
    assert not [e for e in _read(text) if e.title.startswith(("Vorlesestunde", "Öffnungszeit"))]


def test_a_second_performance_that_follows_is_the_plays_further_day():
    page = ("Theater-AG zeigt „Die Schatzinsel“\n"
            "Die Theater-AG der Realschule Musterstadt bringt in diesem Jahr „Die Schatzinsel“ auf die Bühne. Premiere ist "
            "am Freitag, 19. Februar 2027, um 18 Uhr in der Aula der Schule. Eine zweite Vorstellung folgt am Samstag, "
            "20. Februar, um 16 Uhr.\n"
            "Karten zu vier Euro gibt es im Sekretariat.\n")
    events = extract_events(page, url="https://www.musterzeitung.example/realschule-theater",
                            reference_date=date(2026, 12, 3), content_type="text/plain")
    assert [e.start for e in events] == ["2027-02-19T18:00", "2027-02-20T16:00"]
