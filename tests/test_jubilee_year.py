"""An undated article that counts a jubilee from the one year it gives is dated by that count. Invented wording."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events

CRAWL = date(2026, 12, 3)


# ------------------------------------------------------------------ a jubilee counted from the one year a page gives

JUBILEE = ("Musterau ( mu ). Die Grundschule am Lindenpark feiert in diesem Jahr ihr 20-jähriges Jubiläum. Das Gebäude "
           "war am 1. Mai 1989 dem Schulbetrieb übergeben worden.\n\nVor allem der Tag der offenen Schultür soll zum "
           "Verweilen einladen. Er ist für den 1. Mai geplant. Bereits am 20. April startet die Festwoche mit einem "
           "Sportfest der 3. Klasse.\n")


def test_an_undated_article_is_dated_by_its_jubilee_counted_from_its_one_year():
    events = extract_events(JUBILEE, url="https://www.zeitung.example.org/lokal/musterau/artikel-1", reference_date=CRAWL,
                            content_type="text/plain")
    starts = sorted(e.start for e in events if e.start)
    assert "2009-04-20" in starts
    assert all(start.startswith("2009") for start in starts)  # (the day the jubilee counts from is no event)


@pytest.mark.parametrize("texts, year", [
    (["Die Stadtbücherei feiert ihr 100-jähriges Bestehen.", "Gegründet wurde sie 1923."], 2023),
    (["Die Stadtbücherei feiert ihr 100-jähriges Bestehen."], None),  # (no year to count from)
    (["20-jähriges Jubiläum 2024, 25-jähriges Bestehen 2029"], None),  # (two jubilees, two years: no one reading)
    (["Seit 2004 gibt es den Verein, 2014 feierte er sein 10-jähriges Jubiläum."], None),
    # a foundation stone founds a house too
    (["Die Volkshochschule Musterau feiert in diesem Jahr ihr 100-jähriges Bestehen.",
      "Der Grundstein wurde bereits 1919 gelegt."], 2019),
    # (another year may be another house's founding)
    (["Der Förderverein feiert in diesem Jahr sein 40-jähriges Bestehen. Die Schule wurde 1955 eröffnet.",
      "Seit 1971 hat sie einen Erweiterungsbau."], None),
])
def test_a_jubilee_gives_a_year_only_from_one_count_and_one_year(texts, year):
    from parsers.prose import jubilee_year
    assert jubilee_year(texts) == year


def test_a_jubilee_counted_from_its_founding_beside_other_years_of_the_house_s_history():
    page = ("Lange Nacht der Volkshochschulen | Musterauer Volkshochschule feiert ihr 100-jähriges Bestehen\n"
            "Bei der „Langen Nacht der Volkshochschulen“ am Freitag, 20. September lädt die Musterauer Volkshochschule "
            "ein, ihr 100-jähriges Bestehen zu feiern. Um 18 Uhr beginnt das Fest im vhs-Zentrum.\n"
            "Das Stadtarchiv fand die Antwort im Verwaltungsbericht der Stadt 1911-1926.\n"
            "Im Frühjahr 1919 warb der Minister für die Volkshochschulbewegung. Am 28. Juni 1919 wurde ein Ausschuss "
            "gegründet. Der erste Volkshochschulkurs begann am 27. Oktober 1919.\n")
    events = extract_events(page.encode(), url="https://www.musterau.example.org/Startseite/Lange-Nacht.php",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert any((e.start or "").startswith("2019-09-20") for e in events)
