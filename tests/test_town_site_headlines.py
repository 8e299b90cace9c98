"""A Kreis's press release under its site's service widgets: the widgets are no headline, and a headline that names
the day before the news it tells ("6. Musterland-Tag: Kreisverwaltung stellt sich vor") names the event by its head.
All names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events, lexicon

CRAWL = date(2026, 12, 3)

RELEASE = ("Zur Navigation springen Zum Inhalt springen\n"
           "Zuständigkeitsfinder Bürgerportal\n\n"
           "6. Musterland-Tag: Kreisverwaltung stellt sich vor\n\n"
           "MUSTERAU. Auf dem 6. Musterland-Tag am Samstag, 4. September 2027, von 10 bis 16 Uhr präsentieren sich über "
           "80 Vereine und Institutionen aus dem ganzen Kreis auf dem Marktplatz. Einige Einrichtungen der Kreisverwaltung "
           "stellen sich im Zelt A vor.\n")


def test_service_widgets_are_no_headline_and_the_day_is_named_before_its_news():
    events = extract_events(RELEASE, url="https://www.musterland.example/aktuelles/details/news/6-musterland-tag",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("6. Musterland-Tag", "2027-09-04T10:00")]


@pytest.mark.parametrize("line", ["Zuständigkeitsfinder Bürgerportal", "Leichte Sprache Gebärdensprache",
                                  "QR-Code für die aktuelle URL"])
def test_a_town_sites_widgets_are_chrome(line):
    assert lexicon.is_chrome_line(line)


@pytest.mark.parametrize("line", ["Kontakt", "Bürgerportal für Familien: Elternabend im Rathaus"])
def test_a_line_that_says_more_than_a_widget_is_no_chrome(line):
    assert not lexicon.is_chrome_line(line)


def test_a_sites_greeting_is_no_holders_name():
    from parsers.assemble import _institution_of_heading
    assert _institution_of_heading("Willkommen am Lessing-Gymnasium Musterau") == "Lessing-Gymnasium Musterau"
    assert _institution_of_heading("Herzlich willkommen an der Grundschule am Park") == "Grundschule am Park"
