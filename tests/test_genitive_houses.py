"""An article that names an event together with its house in the genitive: "das Elterncafé des
Caritas-Familienstützpunktes", "Herbstfest des Integrationsbeirats", "Veranstaltungen des Umweltbildungszentrums".

A reader knows who holds such an event; a calendar that shows no organizer for it cannot be filtered by the house.
These words count only for an event nothing else gives a holder, and only when the house is named: "ein Workshop der
Kita" or "die Nacht der Bibliotheken" names none. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.people import late_holder

REFERENCE = date(2026, 12, 6)
NEWS_URL = "https://www.musterau-zeitung.example.org/lokales/artikel-4712"


def _event(text: str):
    events = extract_events(text, url=NEWS_URL, content_type="text/plain", reference_date=REFERENCE)
    assert len(events) == 1, [(e.title, e.start) for e in events]
    return events[0]


def test_the_cafe_of_a_named_house():
    event = _event("Elterncafé zieht auf den Spielplatz\n\nMusterau. Am Mittwoch, 17. Juni 2020, trifft sich das "
                   "Elterncafé des Caritas-Familienstützpunktes ab 9.30 Uhr auf dem Spielplatz an der Lindenstraße.")
    assert event.organizer == "Caritas-Familienstützpunkt"


def test_the_house_is_given_in_the_nominative():
    event = _event("Herbstfest 2018 des Integrationsbeirats\n\nAm Samstag, 13. Oktober 2018, wird im Bürgerhaus "
                   "Musterau ab 15 Uhr mit Musik und Speisen aus vielen Ländern gefeiert.")
    assert event.organizer == "Integrationsbeirat"


def test_a_houses_programme_names_the_holder_of_its_events():
    event = _event("Veranstaltungen des Umweltbildungszentrums Musterau im August\n\nExkursion durch die Auenwiesen: "
                   "Am Sonntag, 12. August 2018, geht es um 10 Uhr ab dem Parkplatz am Deich los.")
    assert event.organizer == "Umweltbildungszentrum Musterau"


def test_a_house_named_only_by_its_kind_holds_nothing():
    # a kita, but not which one; the news site is no holder either
    event = _event("Laternen für das Lichterfest\n\nMusterau. Zuvor hatten viele Kinder in einem Workshop der Kita "
                   "ihre Laternen gebastelt. Das Lichterfest beginnt am Freitag, 13. November 2026, um 17 Uhr.")
    assert event.organizer is None


def test_many_houses_in_the_genitive_plural_hold_nothing():
    assert late_holder("Zur Nacht der Bibliotheken am 14. März öffnen viele Häuser bis Mitternacht.", genitive=True) is None
    assert late_holder("Die Jahrestagung der Bildungsbüros findet am 3. Mai in Musterau statt.", genitive=True) is None


def test_a_named_house_in_the_genitive_is_read_alone():
    assert late_holder("Das Adventskonzert der Joseph-Beispiel-Musikschule beginnt um 16 Uhr.", genitive=True)[0] \
        == "Joseph-Beispiel-Musikschule"


def test_another_bodys_past_event_in_the_lines_above_holds_nothing():
    event = _event("Neues Angebot für Pflegefamilien\n\nBei der Fachtagung des Landesjugendamtes im Oktober wurde das "
                   "Modellprojekt erstmals vorgestellt.\nNun sollen auch in Musterau Pflegefamilien gewonnen werden. Eine "
                   "Informationsveranstaltung findet am Dienstag, 15. Dezember 2026, um 18 Uhr im Bürgerhaus statt.")
    assert event.organizer is None


def test_a_buildings_topping_out_is_not_held_by_the_building():
    event = _event("Richtfest am neuen Bürgerzentrum\n\nDer Rohbau steht: Das Richtfest des neuen Bürgerzentrums wird am "
                   "Freitag, 11. Dezember 2026, um 14 Uhr an der Baustelle in der Lindenstraße gefeiert.")
    assert event.organizer is None


def test_a_holder_named_by_a_label_is_not_replaced():
    event = _event("Herbstfest 2018 des Integrationsbeirats\n\nAm Samstag, 13. Oktober 2018, wird im Bürgerhaus "
                   "Musterau ab 15 Uhr gefeiert.\nVeranstalter: Stadt Musterau, Büro für Integration")
    assert event.organizer.startswith("Stadt Musterau")


def test_a_body_of_a_town_named_by_its_title_is_held_there():
    # "die Volkshochschule der Universitätsstadt Marburg": the town's title before its name, as "der Stadt Marburg"
    event = _event("Herbstsemester der Volkshochschule\n\nUnter das Motto „Gemeinsam lernen“ hat die Volkshochschule der "
                   "Universitätsstadt Marburg ihr Herbstprogramm gestellt. Den Auftakt machen zwei Musiker am "
                   "25. September 2027 mit Percussion und Musik.")
    assert event.organizer == "Volkshochschule der Universitätsstadt Marburg"
    assert event.city == "Marburg"


def test_a_towns_longer_titles_name_the_holder_and_the_town():
    # "der Großen Kreisstadt …", "der Alten Hansestadt …", "der Hanse- und Universitätsstadt …"
    for title, town in (("Großen Kreisstadt", "Radebeul"), ("Alten Hansestadt", "Lemgo"),
                        ("Hanse- und Universitätsstadt", "Rostock")):
        event = _event(f"Spieleabend\n\nDie Stadtbücherei der {title} {town} lädt am Donnerstag, 18. Februar 2027, um 19 Uhr "
                       f"zum Spieleabend ein.")
        assert event.organizer == f"Stadtbücherei der {title} {town}"
        assert event.city == town
