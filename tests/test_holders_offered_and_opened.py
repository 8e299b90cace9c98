"""Who holds the events of a local paper's article, said in words the readers missed: a club by its acronym that offers
a counted programme ("Von Januar bis Juli bietet der NABU 13 spannende Programme … an", named in full above it), a
house that opens its doors to its day ("öffnet das Schulbiologiezentrum seine Pforten zum …"), an invitation split by
the print's hyphen ("auf Ein-ladung der VHS"), and a town named after a region a speaker serves ("die Beauftragte im
Regierungsbezirk Tübingen") that is no venue. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events, gazetteer

CRAWL = date(2026, 12, 3)

CLUB_PROGRAMME = (
    "12 spannende Termine für naturbegeisterte Kinder\n"
    "BURGDORF/UETZE (r/ab). Der NABU Burgdorf, Uetze hat sein neues Kindergruppenprogramm herausgegeben. Von Januar "
    "bis Juli 2027 bietet der NABU 12 spannende Programme für naturbegeisterte Kinder an.\n"
    "Die einzelnen Termine im Überblick:\n"
    "Am 9. Januar 2027 findet die Vogelzählung „Stunde der Wintervögel“ im Stadtpark statt.\n"
    "Am 13. Februar 2027 findet eine Wanderung „Spurensuche im Schnee“ am Waldrand statt.\n"
    "Am 13. März 2027 findet der Bastelnachmittag „Nistkästen bauen“ im Vereinsheim statt.\n")

OPEN_DAY = (
    "Umweltforum im Schulbiologiezentrum\n"
    "Musterhagen. Das Schulbiologiezentrum ist ein regionales Umweltbildungszentrum für Schulen.\n"
    "Am Sonntag, 19. September 2027, von 10 bis 17 Uhr öffnet das Schulbiologiezentrum seine Pforten zum 35. "
    "Umweltforum und bietet an diesem Tag ein abwechslungsreiches Programm.\n")

TALK = (
    "Neues Programmheft der Volkshochschule\n"
    "Leutkirch - Am Montag, 13. September 2027, ist die Geschäftsstelle der Volkshochschule wieder besetzt.\n"
    "Ein erster Vortrag des Semesters findet am Dienstag, 21. September 2027 statt. Dann kommt auf Ein-ladung der VHS "
    "die Storchen-Beauftragte im Regierungsbezirk Tübingen, Erika Beispiel, in den Bocksaal. Beginn ist um 19.30 Uhr.\n")


def test_a_club_that_offers_the_counted_programme_holds_each_of_its_days_by_its_full_name():
    events = extract_events(CLUB_PROGRAMME, url="https://www.musterspiegel.example/burgdorf/lokales/kinder-d1.html",
                            reference_date=CRAWL, content_type="text/plain")
    assert sorted(e.start[:10] for e in events) == ["2027-01-09", "2027-02-13", "2027-03-13"]
    assert {e.organizer for e in events} == {"NABU Burgdorf"}
    assert {e.city for e in events} == {"Burgdorf"}  # (the first town of the dateline "BURGDORF/UETZE (r/ab).")


def test_a_house_that_opens_its_doors_to_its_day_holds_it():
    events = extract_events(OPEN_DAY, url="https://www.musterverlag.example/musterhagen/umweltforum",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.organizer) for e in events] == [("2027-09-19T10:00", "Schulbiologiezentrum")]


def test_an_invitation_split_by_the_prints_hyphen_names_its_holder_and_a_region_is_no_venue():
    events = extract_events(TALK, url="https://www.musterzeitung.example/leutkirch/vhs-programm",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.start for e in events] == ["2027-09-21T19:30"]
    assert events[0].organizer == "VHS"
    assert events[0].city == "Leutkirch"  # (the dateline's town, not the Regierungsbezirk's seat)


def test_a_region_named_after_its_seat_or_its_land_names_no_town_of_an_event():
    assert gazetteer.event_town_in("Es spricht die Beauftragte im Regierungsbezirk Tübingen.") is None
    assert gazetteer.event_town_in("Ein Fachtag für Schulen im Land Brandenburg.") is None
    # (near misses: a venue's town and a town of its own still say where)
    assert gazetteer.event_town_in("Der Fachtag findet im Kreishaus Tübingen statt.") == "Tübingen"
    assert gazetteer.event_town_in("Der Fachtag findet in Brandenburg an der Havel statt.") == "Brandenburg an der Havel"


def test_a_house_that_opens_its_doors_by_its_kind_alone_gives_way_to_its_full_name():
    page = ("Am Wochenende öffnet die Hochschule ihre Tore\n"
            "Hochschule Musterstadt lädt zum Studieninfotag\n"
            "Am Samstag, 15. Mai 2027, präsentiert die Hochschule Musterstadt von 10 bis 15 Uhr beim Studieninfotag ihre "
            "mehr als 40 Studiengänge.\n")
    events = extract_events(page, url="https://www.musterzeitung.example/hochschule-studieninfotag",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.organizer) for e in events] == [("2027-05-15T10:00", "Hochschule Musterstadt")]


def test_a_house_that_opens_its_doors_to_a_day_of_any_name_announces_that_day():
    page = ("Sterne gucken zum Astronomietag\n"
            "Veröffentlicht am 04.12.2026\n"
            "Am Samstag, 20. März 2027, öffnet die Volkssternwarte Musterau ihre Pforten zum bundesweiten Astronomietag. "
            "Von 18 bis 22 Uhr können Groß und Klein bei klarem Himmel durch die Teleskope blicken.\n")
    events = extract_events(page, url="https://www.sternwarte-musterau.example/astronomietag",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.organizer) for e in events] == [("2027-03-20T18:00", "Volkssternwarte Musterau")]
    # (near miss: a pool that opens for its season names no day of its own)
    season = ("Freibad startet in die Saison\n"
              "Am Samstag, 15. Mai 2027, öffnet das Freibad Musterau wieder seine Tore. Der Eintritt kostet drei Euro.\n")
    assert extract_events(season, url="https://www.musterau.example/freibad", reference_date=CRAWL,
                          content_type="text/plain") == []


def test_a_school_that_opens_its_doors_by_its_kind_is_named_in_full_as_its_page_heads_it():
    page = ("Oberschule Großenhain\n\nTag der offenen Tür\n\n"
            "Ein Nachmittag voller Begegnungen – Der Tag der offenen Tür an der Oberschule Großenhain\n\n"
            "Am Samstag, 16. Januar 2027, öffnet die Oberschule um 15:30 Uhr ihre Türen für neugierige Viertklässler und "
            "ihre Familien. Kurz nach 19 Uhr endet der Nachmittag mit einem kleinen Konzert auf dem Schulhof.\n")
    events = extract_events(page, url="https://schulen.example.org/osgrossenhain/tag-der-offenen-tuer.html",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.organizer) for e in events] == [("2027-01-16T15:30", "Oberschule Großenhain")]
