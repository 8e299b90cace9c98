"""An institution's own site holds its own events: its host names it, whether or not the page's text does.
All names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events

CRAWL = date(2026, 12, 3)


# ------------------------------------------------------------------ an institution's own site holds its events

@pytest.mark.parametrize("url, name", [
    ("https://lucian-musterschule.example.de/2021/entlassfeier/", None),  # (a subdomain: no name of its own)
    ("https://www.erika-muster-schule.de/2023/entlassfeier-der-klassen-4/", "Erika-Muster-Schule"),
    ("https://musikschule-musterau.de/fruehjahrskonzert/", "Musikschule Musterau"),
    ("https://www.grundschule-am-lindenpark.de/termine/", "Grundschule am Lindenpark"),
    ("https://www.kita-musterau.de/termine/", None),  # (a generic word with a town names no one)
    ("https://musikschule.de/", None),
    ("https://erikaschule-musterau.de/termine", "Erikaschule Musterau"),  # (a school's one-word name and its town)
    ("https://www.goethegymnasium-musterau.de/termine/", "Goethegymnasium Musterau"),
    ("https://tanzschule-musterau.de/kurse/", None),  # (a dance school holds courses, not a school's days)
    ("https://hochschule-musterau.de/", None),
    ("https://www.lindenfels-museum.de/termine/", "Lindenfels-Museum"),  # (a museum's own hyphened name)
    ("https://museum-musterau.de/", "Museum Musterau"),
    ("https://blog.musterau-gymnasium.de/elternabend/", "Musterau-Gymnasium"),  # (its own blog)
    ("https://blog.musterau.de/", None),
    ("https://www.lindenbergschule.org/termine/", "Lindenbergschule"),  # (a school's one-word name alone)
    ("https://www.realschule.de/", None),
    ("https://www.tanzschule.de/", None),
])
def test_an_institution_is_named_by_its_own_host(url, name):
    from parsers.sitename import institution_of_host
    assert institution_of_host(url, []) == name


def test_a_schools_own_report_is_held_by_the_school_its_host_names():
    text = ("Am Mittwoch, den 19. Juli 2023 feierten die vierten Klassen mit ihren Familien auf dem Schulhof ihre "
            "Entlassfeier. Die Bläserklasse spielte, und alle Kinder führten ein Theaterstück auf.\n")
    events = extract_events(text, url="https://erika-muster-schule.de/2023/entlassfeier-der-klassen-4/",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.organizer for e in events] == ["Erika-Muster-Schule"]


def test_an_institutions_own_press_page_is_held_by_it():
    # the press page of a music school's own site is its own news, not a paper's report of someone else's event
    text = ("Presse\n\nFrühjahrskonzert im Bürgerhaus\n\nAm Samstag, 20. März 2027, spielen die Ensembles um 17 Uhr im "
            "Bürgerhaus. Der Eintritt ist frei.\n")
    events = extract_events(text, url="https://musikschule-musterau.de/presse/fruehjahrskonzert",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.organizer for e in events] == ["Musikschule Musterau"]


def test_the_town_spelling_the_page_gives_wins_over_the_hosts():
    from parsers.sitename import institution_of_host
    assert institution_of_host("https://musikschule-muenster-nord.de/", ["Die Musikschule Münster Nord lädt ein."]) == \
        "Musikschule Münster Nord"


def test_a_schools_calendar_on_its_own_host_is_the_schools():
    text = ("Termine\nBleiben Sie auf dem Laufenden.\n\nAUGUST 2025\n20.08.2025\nTag der Berufe\n"
            "26.08.2025 ab 18:00 Uhr\nElternversammlungen Jahrgang 11\nSEPTEMBER 2025\n17.09.2025\nSchulfest\n")
    events = extract_events(text, url="https://erikaschule-musterau.de/termine", reference_date=CRAWL,
                            content_type="text/plain")
    assert len(events) == 3 and {e.organizer for e in events} == {"Erikaschule Musterau"}


def test_a_calendars_first_row_under_its_month_is_no_posting_date():
    text = ("Termine\nBleiben Sie auf dem Laufenden.\n\nAUGUST 2025\n20.08.2025\nTag der Berufe\n"
            "26.08.2025 ab 18:00 Uhr\nElternversammlungen Jahrgang 11\nSEPTEMBER 2025\n17.09.2025\nSchulfest\n")
    events = extract_events(text, url="https://erikaschule-musterau.de/termine", reference_date=CRAWL,
                            content_type="text/plain")
    assert sorted(e.start[:10] for e in events) == ["2025-08-20", "2025-08-26", "2025-09-17"]


def test_a_calendars_row_takes_no_hour_from_the_next_row():
    text = ("Termine\nBleiben Sie auf dem Laufenden.\n\nAUGUST 2025\n20.08.2025\nTag der Berufe\n"
            "26.08.2025 ab 18:00 Uhr\nElternversammlungen Jahrgang 11\nSEPTEMBER 2025\n17.09.2025\nSchulfest\n")
    events = extract_events(text, url="https://erikaschule-musterau.de/termine", reference_date=CRAWL,
                            content_type="text/plain")
    assert sorted(e.start for e in events) == ["2025-08-20", "2025-08-26T18:00", "2025-09-17"]


@pytest.mark.parametrize("url, text, name", [
    # a school's kind abbreviated before its town, a known place, on a page that speaks of a school: "rs" a Realschule,
    # "56gs" the 56th Grundschule
    ("http://rsschrobenhausen.de/schulleben/infoabend", "Informationsabend für den Übertritt an unsere Schule",
     "Realschule Schrobenhausen"),
    ("https://56gs-dresden.de/termine", "Termine im Schuljahr", "56. Grundschule Dresden"),
    ("https://www.ms-gifhorn.de/treffen", "MS-Selbsthilfegruppe Gifhorn – Menschen mit Multipler Sklerose", None),
    ("https://gymnastik-verein.de/kurse", "Kurse für Schulkinder", None),  # (a word that begins like an abbreviation)
    ("https://www.rs-hof.de/", "Unsere Schule", None),  # (a town that is a common noun is no town of a host)
])
def test_a_school_whose_host_abbreviates_its_kind(url, text, name):
    from parsers.sitename import institution_of_host
    assert institution_of_host(url, [text]) == name


@pytest.mark.parametrize("url, name", [
    ("https://www.waldorf-familienzentrum.de/aktuelles/", "Waldorf-Familienzentrum"),  # (a family centre's own host)
    ("http://bibliothek.stassfurt.de/veranstaltungen/", "Stadtbibliothek Staßfurt"),  # (a town's library subdomain)
    ("https://vhs.erfurt.de/programm/", "Volkshochschule Erfurt"),
    ("https://schule.erfurt.de/", None),  # (a portal of many schools)
    ("https://bibliothek.musterau-example.de/", None),  # (no known town)
])
def test_a_family_centre_and_a_towns_house_are_named_by_their_host(url, name):
    from parsers.sitename import institution_of_host
    assert institution_of_host(url, []) == name
