"""A page that presents one house's own programme: "Jahresprogramm 2026 der Familienbildungsstätte", "Neues Programm
des „Evangelischen Bildungswerks Musterland-Mitte“", "Umweltstation Beispielgrube: Jahresprogramm 2026".

Every event of such a page that names no holder of its own is the house's, undated ones too; a calendar that leaves
them without an organizer cannot be filtered by the house. Another body's programme ("Förderprogramm des Bundes"),
a theme week's supporting programme, or the programmes of two houses name no one house. All wording is invented in
the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.people import house_of_programme

REFERENCE = date(2026, 12, 6)
NEWS_URL = "https://www.musterau-zeitung.example.org/lokales/artikel-5120"


def _events(text: str):
    return extract_events(text, url=NEWS_URL, content_type="text/plain", reference_date=REFERENCE)


def test_every_event_of_a_houses_annual_programme_is_the_houses():
    events = _events(
        "Jahresprogramm mit Herz\n\nDas Jahresprogramm 2027 der Familienbildungsstätte umfasst 120 Seiten und mehr als "
        "400 Veranstaltungen.\n\nZum Jahresthema passt der Filmabend „Ein Herz für Musterau“ am 28. Januar 2027 im Kino "
        "am Markt.\n\nEinen Vortrag zu gesunder Ernährung hält eine Ärztin am 24. November 2027 unter der "
        "Überschrift „Rund um den Teller“. Zum Jahresthema wird auch ein Tanzworkshop für Paare am 25. Februar 2027 "
        "angeboten.")
    assert len(events) == 3, [(e.title, e.start) for e in events]
    assert {e.organizer for e in events} == {"Familienbildungsstätte"}


def test_a_house_in_quotes_is_given_in_the_nominative():
    events = _events(
        "Neues Programm des „Evangelischen Bildungswerks Musterland-Mitte“\n\nIm Frühjahr geht es um Hoffnungen und "
        "Träume. Eine Ausstellung in der Stadtkirche zeigt Lebensgeschichten. Am 29. April 2027 hält die "
        "Landesbischöfin einen Vortrag zum Thema „Warum Hoffnung politisch ist“.")
    assert [e.organizer for e in events] == ["Evangelisches Bildungswerk Musterland-Mitte"]


def test_a_headline_that_names_the_house_before_its_programme():
    events = _events(
        "Umweltstation Beispielgrube: Jahresprogramm 2027 – hier sind noch Plätze frei!\n\nAnmeldung über unsere "
        "Webseite.\n\n12.04. Wanderung „Dem Biber auf der Spur“\nWir lernen ein Biberrevier kennen.\nFreitag, "
        "15.00-17.00\n\n15.04. Osternest und Osterei\nWir färben Ostereier.\nMontag, 14:30-16:30 Uhr\n\n"
        "17.04. Alle Vögel sind schon da\nWir gehen auf Entdeckungstour.\nMittwoch, 10:00-12:00 Uhr")
    assert len(events) == 3, [(e.title, e.start) for e in events]
    assert {e.organizer for e in events} == {"Umweltstation Beispielgrube"}


def test_an_event_that_names_its_own_holder_keeps_it():
    events = _events(
        "Das Jahresprogramm 2027 der Familienbildungsstätte ist erschienen.\n\nDer Förderverein Kinderhaus Musterau e. V. "
        "lädt am 14. März 2027 um 15 Uhr zum Frühlingsbasar in die Alte Schule ein.")
    assert [e.organizer for e in events] == ["Förderverein Kinderhaus Musterau e. V."]


def test_what_is_no_houses_own_programme_names_no_house():
    assert house_of_programme("Gefördert wird das Projekt aus dem Förderprogramm des Bundes.") is None
    assert house_of_programme("Das Rahmenprogramm der Interkulturellen Woche steht.") is None
    assert house_of_programme("Sommerprogramm der Kinder und Jugendlichen: viel Sport.") is None


def test_the_programmes_of_two_houses_name_no_one_house():
    assert house_of_programme("Das Jahresprogramm der Volkshochschule Musterau und das Semesterprogramm der "
                              "Familienbildungsstätte Beispielstadt liegen aus.") is None
    assert house_of_programme("Der Kreisjugendring Musterland stellt sein Jahresprogramm vor.") \
        == "Kreisjugendring Musterland"


def test_more_ways_a_page_presents_its_houses_programme():
    assert house_of_programme("23 Seiten mit Kursen und Workshops – das ist das druckfrische Programm der Musterauer "
                              "Elternschule.") == "Musterauer Elternschule"
    assert house_of_programme("Die Elternschule Beispielstadt hat neues Programm zusammengestellt\n") \
        == "Elternschule Beispielstadt"
    assert house_of_programme("Hier finden Sie alle anstehenden Termine und Veranstaltungen des Landesheimatbundes.") \
        == "Landesheimatbund"
    assert house_of_programme("Die Stadt hat ein neues Förderprogramm aufgelegt.") is None


def test_a_house_named_after_the_people_it_serves_is_a_house():
    # "Elternschule", "Schülerakademie": the parents and pupils it is for are in its name, not in its place
    events = _events("Die Elternschule Beispielstadt hat neues Programm zusammengestellt\n\nAm Samstag, 20. Februar "
                     "2027, treffen sich Eltern mit ihren Kindern um 13 Uhr zum Bowling an der Schule.")
    assert [e.organizer for e in events] == ["Elternschule Beispielstadt"]


def test_a_funding_programme_a_regional_calendar_or_a_programme_named_in_passing_names_no_house():
    assert house_of_programme("Der Bund hat ein neues Programm für den Ausbau von Ganztagsschulen aufgelegt.") is None
    assert house_of_programme("Das neue Programm des Bundes hilft kleinen Betrieben.") is None
    assert house_of_programme("Hier finden Sie alle Veranstaltungen der Region Musterland auf einen Blick.") is None
    assert house_of_programme("Abgestimmt wurden die Termine mit dem Jahresprogramm 2027 des Schwarzwaldvereins "
                              "Musterau, damit es keine Überschneidungen gibt.") is None


def test_a_round_up_that_names_a_programme_in_passing_keeps_its_own_clubs_event_unheld():
    events = _events(
        "Musterau. Der Heimatverein Musterau hat seine Termine für das Frühjahr festgelegt. Abgestimmt wurden sie mit "
        "dem Jahresprogramm 2027 des Schwarzwaldvereins Musterau, damit es keine Überschneidungen gibt.\n"
        "Am Sonntag, 14. Februar 2027, um 14 Uhr gibt es eine Führung durch das Heimatmuseum.")
    assert all(e.organizer != "Schwarzwaldverein Musterau" for e in events)


def test_a_club_s_plan_of_events_makes_it_the_holder_not_the_authority_that_funds_a_project():
    page = ("Mitgliederversammlung: Heimatverein hat 2027 viel vor\n\n"
            "Der neue Vorstand des Heimatvereins Musterau hat bei seiner Mitgliederversammlung seine Arbeit vorgestellt. "
            "Die Vorsitzende informierte auch über die neue Heimatförderung des Landes, in deren Rahmen als erstes "
            "Heimatscheck-Projekt der Bezirksregierung in Köln eine Heimat-AG am Kreisgymnasium entstanden ist.\n\n"
            "Der Veranstaltungsplan des Heimatvereins für das kommende Jahr enthält Wanderungen und Radtouren.\n\n"
            "Eine erste Radtour führt am 25. Mai 2027 zum Kloster nach Beispielbach. Führungen durch Musterau gibt es am "
            "18. Mai 2027 und am 28. September 2027.\n")
    events = extract_events(page.encode(), url="https://www.musterau-zeitung.example.org/lokales/heimatverein-aid-1",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert events and all(e.organizer and e.organizer.startswith("Heimatverein") for e in events)
    assert all(e.city != "Köln" for e in events)  # (the authority's seat is no event's town)
