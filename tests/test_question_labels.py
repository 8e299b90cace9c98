"""A literature office's page of past events, each a name, a paragraph of text and its facts asked as questions
("Wann? Mittwoch, 4. Juni 2027" / "Wo? Bibliothek Nordstadt, Musterstadt"): a question with its answer is a label,
and each name over its text and its asked day is an item of its own. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.labels import label_of

CRAWL = date(2026, 12, 3)

REVIEW = (
    "Lesung mit einer Kinderbuchautorin\n"
    "In Nordstadt gibt es viele Kinder, die mehrere Sprachen sprechen. Mit ihrer poetischen Lesung zum Zuhören und "
    "Mitmachen begeisterte die Autorin 45 Erstklässler in der Bibliothek Nordstadt.\n"
    "Wann? Mittwoch, 2. Juni 2027\n"
    "Wo? Bibliothek Nordstadt, Musterstadt\n"
    "Geschlossene Veranstaltung.\n\n\n"
    "Festlesen!\n"
    "Das 1. Musterstädter Kinderbuchfestival\n"
    "Am 21. und 22. Mai 2027 fand im Kulturhaus Mühle das 1. Musterstädter Kinderbuchfestival „Festlesen!“ statt.\n"
    "Es gab ein buntes Programm, zahlreiche Veranstaltungen, einen Büchermarkt und tolle Mitmach-Aktionen.\n"
    "Wann? Samstag, den 22. Mai 2027, von 10 bis 17 Uhr\n"
    "Wo? Kulturhaus Mühle, Mühlweg 14, Musterstadt\n"
    "Eintritt frei.\n\n\n"
    "Musterstädter Schulklassen gewinnen Lesungen\n"
    "mit zwei Jugendbuchautoren für Grundschulklassen und ab Klasse 8.\n"
    "Wann? Freitag, den 21. Mai 2027, 9 Uhr | 11 Uhr\n"
    "Wo? Kulturhaus Mühle, Mühlweg 14, Musterstadt\n")


def test_a_question_with_its_answer_is_a_label():
    label = label_of("Wann? Mittwoch, 2. Juni 2027")
    assert (label.kind, label.value) == ("date", "Mittwoch, 2. Juni 2027")
    assert label_of("Wo? Bibliothek Nordstadt, Musterstadt").value == "Bibliothek Nordstadt, Musterstadt"
    assert label_of("Wo?").value == ""  # (alone on its line over its value, as before)


def test_each_name_over_its_text_and_its_asked_day_is_an_item_of_its_own():
    events = extract_events(REVIEW, url="https://www.literaturbuero-musterstadt.example/rueckblick",
                            reference_date=CRAWL, content_type="text/plain")
    assert sorted(e.start[:10] for e in events) == ["2027-05-21", "2027-05-21", "2027-06-02"]
    reading = next(e for e in events if e.start.startswith("2027-06-02"))
    assert reading.title == "Lesung mit einer Kinderbuchautorin"
    assert reading.venue.startswith("Bibliothek Nordstadt")
