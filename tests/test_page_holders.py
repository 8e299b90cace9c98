"""The holder and the town a page itself gives the events that name none of their own."""
from __future__ import annotations

import re

import pytest
from datetime import date

from parsers import extract_events
from parsers.gazetteer import town_of_path
from parsers.people import clear_holder_of_page


def _read(page: str, url: str = "https://ratsinfo.example.org/termine"):
    return extract_events(page.encode(), url=url, content_type="text/plain", reference_date=date(2026, 12, 10))


SITTINGS = ("Sitzungstermine 2027\nDie Ausschüsse der Stadt Beispielstadt tagen öffentlich im Ratssaal.\n"
            "12. Januar 2027, 17 Uhr: Ausschuss für Schule und Weiterbildung\n"
            "9. Februar 2027, 17 Uhr: Jugendhilfeausschuss\n16. März 2027, 17 Uhr: Integrationsrat\n")


def test_a_list_under_the_one_body_its_page_names_is_held_by_that_body():
    events = _read(SITTINGS)
    assert [e.organizer for e in events] == ["Stadt Beispielstadt"] * 3
    assert {e.provenance["organizer"]["from"] for e in events} == {"prose"}


def test_a_programme_headed_by_its_library_is_the_library_s():
    page = "Stadtbücherei Musterau – Sommerprogramm 2027\n3. Juni: Lesung für Kinder\n17. Juni: Bilderbuchkino\n"
    assert [e.organizer for e in _read(page, "https://www.example.org/programm")] == ["Stadtbücherei Musterau"] * 2


def test_two_bodies_named_alike_hold_nothing_by_default():
    page = ("Termine 2027\nDie Stadt Beispielstadt und der Landkreis Musterkreis laden gemeinsam ein.\n"
            "12. Januar 2027, 17 Uhr: Fachtag Ganztag\n9. Februar 2027, 17 Uhr: Netzwerktreffen Übergang\n")
    assert [e.organizer for e in _read(page)] == [None, None]


def test_no_page_holder_from_a_fragment_a_season_or_a_body_named_in_passing():
    assert clear_holder_of_page("Die Ausschüsse der Stadt Beispielstadt tagen öffentlich.") == "Stadt Beispielstadt"
    assert clear_holder_of_page("Die Kinder-Uni Wintersemester beginnt bald.") is None
    assert clear_holder_of_page("Träger ist eine Gemeinnützige GmbH.") is None
    assert clear_holder_of_page("Es sprach Dr. Beispiel vom Bundesministerium für Bildung und Forschung.") is None


ARTICLE = ("Ausbildungsmesse im Bürgerhaus\n"
           "Schülerinnen und Schüler aus ganz {town} können sich bald über Ausbildungsberufe informieren.\n"
           "Die Ausbildungsmesse findet am Samstag, 20. März 2027, von 10 bis 15 Uhr statt. Rund 40 Betriebe stellen sich vor.\n")
LOCAL_SECTION = "https://www.kreisblatt.example.org/lokales/rodgau/ausbildungsmesse-im-buergerhaus-123.html"


def test_a_local_paper_s_town_section_is_where_its_article_s_event_is():
    assert [e.city for e in _read(ARTICLE.format(town="Rodgau"), LOCAL_SECTION)] == ["Rodgau"]
    # (a section the page never names is no evidence: the paper may file a neighbour's news there)
    assert [e.city for e in _read(ARTICLE.format(town="der Region"), LOCAL_SECTION)] == [None]


def test_a_town_of_the_path_is_a_folder_not_the_slug():
    assert town_of_path(LOCAL_SECTION) == "Rodgau"
    assert town_of_path("https://www.kreisblatt.example.org/lokales/ferien-in-rodgau") is None
    assert town_of_path("https://www.kreisblatt.example.org/regional/rhoengrabfeld/artikel-1.html") is None
    assert town_of_path(None) is None


def test_no_section_town_for_a_region_s_round_up_a_trip_abroad_or_online_talks():
    region = ("Termine in der Region\nHainburg: Kinderkleiderbasar am 16. Januar 2027, 10 Uhr, Bürgerhaus.\n"
              "Mainhausen: Neujahrsempfang der Gemeinde am 17. Januar 2027, 11 Uhr.\n")
    assert {e.city for e in _read(region, "https://www.kreisblatt.example.org/lokales/seligenstadt/termine-1.html")} == {None}
    trip = ("Dietzenbacher Schüler besuchen Partnerstadt\nEine Gruppe der Lindenschule reist im April in die Partnerstadt "
            "Masłów in Polen. Dort steht am 14. April 2027 ein gemeinsamer Projekttag mit der polnischen Partnerschule auf dem "
            "Programm. Den Austausch fördert das Deutsch-Polnische Jugendwerk.\n")
    assert [e.city for e in _read(trip, "https://www.kreisblatt.example.org/lokales/dietzenbach/besuch-2.html")] == [None]
    online = ("Vorträge für Rodgauer Eltern\nDas Familienbüro bietet mehrere Vorträge an, die alle per Zoom stattfinden:\n"
              "12.01.27 Vortrag Pubertät\n26.01.27 Vortrag Geschwisterstreit\n")
    assert {e.city for e in _read(online, "https://www.kreisblatt.example.org/lokales/rodgau/vortraege-3.html")} == {None}


def test_guests_from_the_surroundings_keep_the_section_town():
    page = ("Babysitterkurs im Jugendzentrum\nJugendliche ab 13 Jahren aus Dietzenbach und Umgebung können am Samstag, "
            "23. Januar 2027, von 10 bis 16 Uhr im Jugendzentrum an einem Babysitterkurs teilnehmen.\n")
    assert [e.city for e in _read(page, "https://www.kreisblatt.example.org/region/dietzenbach/kurs-4.html")] == ["Dietzenbach"]


def test_no_page_holder_where_the_page_says_each_host_holds_its_own():
    page = ("Bildungswochen in den Kommunen\nDer Landkreis Musterkreis koordiniert die Bildungswochen. Die Veranstaltungen "
            "werden von den Städten und Gemeinden selbst ausgerichtet.\n14.01.27 Lesung im Bürgerhaus\n"
            "21.01.27 Workshop im Jugendzentrum\n28.01.27 Familientag im Gemeindehaus\n")
    assert "Landkreis Musterkreis" not in {e.organizer for e in _read(page)}


def test_a_bodys_name_does_not_run_on_into_the_circumstances_of_its_sentence():
    from parsers.people import organizer_candidates
    names = [c.name for c in organizer_candidates(
        "Den Fachtag richtet der Landkreis im Rahmen des Programms „Bildung integriert“ aus. Das Bildungsbüro im Auftrag "
        "des Kreises lädt ein. Das Bildungsbüro im Landkreis Musterkreis berät.")]
    assert not [name for name in names if re.search(r"im (?:Rahmen|Auftrag)", name)]
    assert "Bildungsbüro im Landkreis Musterkreis" in names


def test_a_holders_saint_keeps_its_name():
    from parsers import people
    candidates = people.organizer_candidates("Der Kita-Verbund St. Viktor bringt an diesem Tag seine Fotobox mit.")
    assert [c.name for c in candidates] == ["Kita-Verbund St. Viktor"]


def test_a_paper_s_deepest_town_folder_is_its_section_s_town_spelt_as_the_town_spells_itself():
    assert town_of_path("https://www.ostsee-zeitung.example.org/Mecklenburg/Bad-Doberan/Volkshochschule-feiert") == "Bad Doberan"
    # (a city's folder over its districts' names the city: "Südstadt", "Linden", "Neustadt" are towns elsewhere too)
    assert town_of_path("https://www.bnn.example.org/lokales/karlsruhe/suedstadt/flohmarkt-artikel-4712") == "Karlsruhe"
    assert town_of_path("https://www.haz.example.org/lokales/hannover/linden/lesung-artikel-4713") == "Hannover"


# the houses a quarter's or a town's everyday events come from, and the state's offices: the page's one holder for
# the rows of its programme, which name none
HOUSES_THAT_HOLD = [
    ("Das Stadtteilzentrum Nordhafen öffnet seine Türen und lädt Sie herzlich ein, unser Programm zu besuchen!",
     "Stadtteilzentrum Nordhafen"),
    ("Ein Vortrag im neuen Programm des Katholischen Bildungswerks Musterau widmet sich der Stadtgeschichte.",
     "Katholisches Bildungswerk Musterau"),
    ("Die Kreismusikschule Beispielkreis stellt ihr Programm für den Herbst vor.", "Kreismusikschule Beispielkreis"),
    ("Die Landeszentrale für politische Bildung stellt ihr Programm für den Herbst vor.",
     "Landeszentrale für politische Bildung"),
]


@pytest.mark.parametrize("lead, holder", HOUSES_THAT_HOLD, ids=[h for _, h in HOUSES_THAT_HOLD])
def test_a_house_or_office_that_presents_its_programme_holds_its_rows(lead, holder):
    page = (f"Programm im Herbst\n{lead} Vieles erwartet Sie.\n\nTermine\n"
            "Montag, 4. Oktober 2027, 15 Uhr: Offene Theaterprobe für Jung und Alt\n"
            "Dienstag, 5. Oktober 2027, 10 Uhr: Brettspiele für Kinder\n")
    events = _read(page, "https://www.stadtteilzeitung.example.org/artikel-12")
    assert [e.organizer for e in events] == [holder] * 2


def test_a_house_named_as_the_venue_leaves_the_holder_to_the_town_that_owns_it():
    page = ("Familienbüro bietet Elterncafé an\nDas Elterncafé findet am 28. Oktober 2027 von 9.30 bis 11.30 Uhr im "
            "Jugendzentrum der Stadt Musterau statt.\n")
    assert [e.organizer for e in _read(page, "https://www.example.org/elterncafe")] == ["Stadt Musterau"]


def test_a_house_that_is_opened_does_not_hold_its_opening():
    page = ("Neues Bürgerhaus wird eingeweiht\nDie Einweihungsfeier des neuen Bürgerhauses Musterau ist am Freitag, "
            "18. Dezember 2026, um 16 Uhr. Danach gibt es Führungen durch das Haus.\n")
    assert [e.organizer for e in _read(page, "https://www.musterau-zeitung.example.org/artikel-107")] == [None]


def test_a_house_that_opens_the_page_inviting_holds_it_though_it_is_the_venue_too():
    page = ("Woche der offenen Tür\n"
            "Das Stadtteilzentrum Prenzlauer Berg öffnet seine Türen und lädt Sie herzlich ein, unser Programm zu besuchen!\n"
            "Wir freuen uns darauf, Sie im Stadtteilzentrum Prenzlauer Berg in der Beispielstraße 9 begrüßen zu dürfen!\n")
    assert clear_holder_of_page(page) == "Stadtteilzentrum Prenzlauer Berg"
    # (a house named only as the venue holds nothing)
    assert clear_holder_of_page("Die Lesung findet im Stadtteilzentrum Prenzlauer Berg statt.\n") is None


@pytest.mark.parametrize("sentence, name", [
    ("Am Mittwoch gibt es Platz zum Spielen für die ganz Kleinen – bei der Krabbelgruppe ab 10:30 Uhr!", "Krabbelgruppe"),
    ("Alle Nachbarn treffen sich am Samstag zum Hoffest ab 14 Uhr im Innenhof.", "Hoffest"),
    ("Am Dienstag ist die Ausstellung im Rathaus ab 10 Uhr geöffnet.", None),
])
def test_an_appointment_is_named_by_the_word_its_hour_follows(sentence, name):
    from parsers.prose import name_before_its_hour
    assert name_before_its_hour(sentence) == name


@pytest.mark.parametrize("lead", [
    "Die Landeslehrstätte für Naturschutz Musterland hat für Anfang September eine Reihe von Exkursionen geplant.",
    "Die Stadtbücherei Musterau hat für den Herbst ein buntes Programm zusammengestellt.",
])
def test_a_body_that_has_planned_or_put_together_the_programme_holds_its_events(lead):
    page = (f"Naturerlebnis im Herbst\n{lead} Neue Gäste sind willkommen.\n"
            "Zur Festveranstaltung „Tag der Natur“ wird am 4. September 2027 die Ministerin im Museum am See erwartet.\n")
    events = _read(page, url="https://www.radio-musterland.example.org/2027/08/natur")
    assert [e.organizer for e in events] == [re.match(r"Die (.+?) hat", lead).group(1)]


def test_a_day_planned_in_the_passive_names_no_holder():
    # "ist … geplant": what is planned, not who plans it
    page = ("Naturerlebnis im Herbst\nAm 5. September 2027 ist zudem eine Podiumsdiskussion der Musterauer Tafel "
            "an Land neben dem Katamaran geplant.\n")
    assert [e.organizer for e in _read(page, url="https://www.radio-musterland.example.org/2027/08/natur")] == [None]


MUSEUM_ROUNDUP = ("Osterferien in den Museen\n"
                  "Westfalen. Wenn kein Urlaub ansteht, kann schulfreie Zeit lang werden. Deshalb haben sich die Museen "
                  "für die Osterferien abwechslungsreiche Veranstaltungen überlegt.\n\n"
                  "Industriemuseum Musterhütte, Waltrop (Kreis Recklinghausen)\n\n"
                  "Während der Osterferien bietet das Industriemuseum Musterhütte in Waltrop einen Ferienaktionstag für "
                  "Kinder zwischen acht und elf Jahren an: „Experimente an der Schleuse“ stehen am Mittwoch (14.4.) von "
                  "10 bis 16 Uhr im Mittelpunkt. Die Kinder untersuchen die Technik der Schleuse.\n")


def test_a_museum_that_offers_its_days_holds_them_and_a_kreis_in_brackets_is_where_its_town_lies():
    events = _read(MUSEUM_ROUNDUP, url="https://www.journal-musterland.example.org/2027/04/osterferien-in-den-museen/")
    assert [(e.start, e.organizer) for e in events] == [("2027-04-14T10:00", "Industriemuseum Musterhütte")]


def test_a_kreis_in_brackets_after_a_town_is_never_the_holder():
    page = MUSEUM_ROUNDUP.replace("bietet das Industriemuseum Musterhütte in Waltrop", "gibt es in Waltrop")
    events = _read(page, url="https://www.journal-musterland.example.org/2027/04/osterferien-in-den-museen/")
    assert events and all(e.organizer != "Kreis Recklinghausen" for e in events)


def test_a_house_named_by_one_item_of_a_round_up_holds_only_that_item():
    page = ("Tipps fürs Wochenende\n"
            "Im Jugendcafé Pavillon spielt am Samstag, 11. Dezember 2027, um 20 Uhr die Band Nordlicht.\n"
            "Auf dem Kirchplatz in Unterdorf lockt am Sonntag, 12. Dezember 2027, von 11 bis 18 Uhr der Adventsmarkt.\n"
            "Am Montag, 13. Dezember 2027, um 15 Uhr bietet die Musikschule Musterau ein Vorspiel im Rathaus an.\n")
    events = _read(page, url="https://www.musterau-zeitung.example.org/lokales/artikel-200")
    assert [(e.start[:10], e.organizer) for e in events] == [
        ("2027-12-11", None), ("2027-12-12", None), ("2027-12-13", "Musikschule Musterau")]


def test_a_house_named_in_the_lead_holds_the_events_its_branches_give():
    page = ("Junge Künstler im Konzert\n"
            "Gleich zu zwei Weihnachtskonzerten laden die Schüler der Musikschule Musterau am Freitag, dem 3. Dezember "
            "2027, ins Alte Rathaus ein. Bereits um 16:30 Uhr präsentieren die jüngeren Kinder ihr Programm.\n"
            "Schüler der Zweigstelle Beispieldorf haben dann am Sonntag, dem 12. Dezember 2027, ab 16:00 Uhr im Saal "
            "des dortigen Karnevalsvereins ihren großen Auftritt.\n")
    events = _read(page, url="https://www.musterau-zeitung.example.org/lokales/artikel-201")
    assert {e.organizer for e in events if e.start and e.start.startswith("2027-12-12")} == {"Musikschule Musterau"}


def test_a_museum_that_offers_actions_in_the_plural_holds_them():
    page = MUSEUM_ROUNDUP.replace("einen Ferienaktionstag für Kinder zwischen acht und elf Jahren an: „Experimente an der "
                                  "Schleuse“ stehen", "Aktionen für Kinder zwischen acht und elf Jahren an: „Experimente "
                                  "an der Schleuse“ stehen")
    events = _read(page, url="https://www.journal-musterland.example.org/2027/04/osterferien-in-den-museen/")
    assert [e.organizer for e in events] == ["Industriemuseum Musterhütte"]


@pytest.mark.parametrize("house", ["Kreisvolkshochschule Musterland", "Stadtteilbibliothek Musterau-Nord"])
def test_a_districts_adult_school_or_a_quarters_library_that_planned_the_days_holds_them(house):
    page = (f"Vortragsreihe im Frühjahr\nDie {house} hat für das Frühjahr eine Reihe von Elternabenden geplant. Am "
            "Dienstag, 2. März 2027, geht es um 18 Uhr im Bürgerhaus um Erziehung im digitalen Alltag.\n")
    events = _read(page, url="https://www.zeitung-musterland.example.org/2027/02/vortragsreihe")
    assert [(e.start, e.organizer) for e in events] == [("2027-03-02T18:00", house)]
