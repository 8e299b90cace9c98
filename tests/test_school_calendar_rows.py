"""A primary school's year calendar under month headings, typed by hand: some days lost their last dot ("27.01
Ausgabe der Halbjahreszeugnisse", "18.04 Teilnahme am Zehntel-Lauf", "15.03-22.03. Frühjahrsputz"), some rows start with
their span ("23.-27.11. Bastelwoche"). Each row is its event on its day, named without its days; the handing out of
reports is no newspaper's issue. All names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import dates as d
from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://beispielschule.musterstadt.example/termine-infos/"

CALENDAR = ("(Stand 09.11.)\n2026\nNovember\n23.-27.11. Bastelwoche\nDezember\n21.12.26-04.01.27 Weihnachtsferien\n"
            "2027\nJanuar\n27.01 Ausgabe der Halbjahreszeugnisse für die 4. Klassen\n"
            "28.01. Lernentwicklungsgespräche (unterrichtsfrei)\nFebruar\n17.02. Fasching in den Klassen\n"
            "März\n15.03-22.03. Frühjahrsputz auf dem Schulhof\nApril\n15.04. Waldlauf Stadtpark vormittags\n"
            "18.04 Teilnahme am Zehntel-Lauf\nMai\n20.05. Sportfest\nJuni\n21.06. Schulfest\n")


def _rows():
    return {e.start[:10]: e for e in extract_events(CALENDAR, url=URL, reference_date=CRAWL, content_type="text/plain")
            if e.start}


def test_a_day_that_lost_its_last_dot_is_its_rows_day():
    rows = _rows()
    assert rows["2027-01-27"].title == "Ausgabe der Halbjahreszeugnisse für die 4. Klassen"
    assert rows["2027-04-18"].title == "Teilnahme am Zehntel-Lauf"
    assert rows["2027-03-15"].end[:10] == "2027-03-22"


def test_a_row_that_opens_with_its_span_is_named_without_it():
    rows = _rows()
    assert rows["2026-11-23"].title == "Bastelwoche"
    assert rows["2026-11-23"].end[:10] == "2026-11-27"


@pytest.mark.parametrize("line", ["3.50 Euro Eintritt", "10.10 Uhr Begrüßung", "Version 2.10 Beta",
                                  "Preis: 12.50 Euro"])
def test_prices_times_and_versions_are_no_days(line):
    assert d.find_dates(line) == []
