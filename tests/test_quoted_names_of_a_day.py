"""A round-up's paragraphs that each quote a name of their own: two events, even on one day; a kind, its day and its
name set off by a comma; a motto that names an event of a kind no word list knows. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://www.musterau.example/presse/2027/herbstferien-in-den-museen.html"


def _read(text: str):
    return extract_events(text, url=URL, reference_date=CRAWL, content_type="text/plain")


ROUND_UP = ("Herbstferien in den Museen der Stadt Musterau\n\n01.10.2027 11:24\n\n"
            "Die Museen der Stadt laden in den Herbstferien zu einem abwechslungsreichen Programm ein.\n\n"
            "Weiterhin findet unter dem Motto: \"Spuk im Turm\" am 8. Oktober ein Spiel in der Alten Mühle statt.\n\n"
            "Bei der Ferienveranstaltung am 15. Oktober, \"Masken, Monster, Mumien: Die Bastelwerkstatt\" von 14 bis 16 "
            "Uhr, im Heimatmuseum steht das Basteln auf dem Programm.\n\n"
            "Auf leisen Pfoten geht es ins Naturkundemuseum. Dorthin lädt am 8. und 16. Oktober die Museumspädagogin zur "
            "Kinderführung durch die Sonderausstellung \"Jäger der Nacht\" ein.\n")


def test_two_paragraphs_that_quote_names_of_their_own_are_two_events_on_one_day():
    events = _read(ROUND_UP)
    assert sorted((e.start[:10], e.title) for e in events) == [
        ("2027-10-08", "Sonderausstellung „Jäger der Nacht“"),
        ("2027-10-08", "Spuk im Turm"),
        ("2027-10-15", "Ferienveranstaltung „Masken, Monster, Mumien: Die Bastelwerkstatt“"),
        ("2027-10-16", "Sonderausstellung „Jäger der Nacht“"),
    ]


def test_a_kind_its_day_and_its_name_after_a_comma_make_one_title():
    from parsers.prose import title_from_sentence
    assert title_from_sentence("Bei der Lesung am 15. Oktober, „Der Drache im Keller“, sind Kinder ab sechs Jahren "
                               "willkommen.") == "Lesung „Der Drache im Keller“"


def test_one_events_name_and_its_motto_in_two_paragraphs_stay_one_event():
    text = ("Fachtag in Musterau\n\n"
            "Der Fachtag „Bildung gestalten“ des Bildungsbüros findet am 5. Mai 2027 in der Stadthalle Musterau statt. "
            "Eingeladen sind Fachkräfte aus Kita und Schule.\n\n"
            "Am 5. Mai steht der Fachtag unter dem Motto „Gemeinsam stark“. Es gibt Vorträge und Workshops.\n")
    assert [(e.title, e.start[:10]) for e in _read(text)] == [("Fachtag „Bildung gestalten“", "2027-05-05")]


def test_a_quoted_boat_is_no_name_of_an_event_of_its_own():
    text = ("Jubiläum der Naturschutzschule\n\n"
            "Am 4., 5. und 6. September legt der Katamaran „Seestern“ im Stadthafen Musterau an. An den Nachmittagen "
            "können sich Interessierte für eine Expedition anmelden.\n\n"
            "Bei einer Nacht-Akademie am 4. und 5. September im Hafen geht es um das Plankton. Am 6. September steht "
            "eine Exkursion von der Pension „Fledermaus“ zum Moorhof auf dem Programm.\n")
    titles = [e.title for e in _read(text)]
    assert "Seestern" not in titles and "Nacht-Akademie" in titles
