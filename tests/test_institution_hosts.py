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


def test_the_town_spelling_the_page_gives_wins_over_the_hosts():
    from parsers.sitename import institution_of_host
    assert institution_of_host("https://musikschule-muenster-nord.de/", ["Die Musikschule Münster Nord lädt ein."]) == \
        "Musikschule Münster Nord"
