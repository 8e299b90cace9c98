"""One event that two houses of one kind hold each in its own town, named together ("Die Stadtbibliotheken Rodewisch und
Auerbach beteiligen sich ab 14 Uhr mit einem Bastelnachmittag"): two events of that day, one in each house. Real town
names; the houses and the article are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.houses_named_together import HOUSES_TOGETHER_RE

CRAWL = date(2026, 12, 3)

ARTICLE = (" date 2027-10 Am Sonntag dreht sich in den Büchereien der Region alles um junge Leser.\n\n"
           "Anlässlich des Tags der Bibliotheken am Sonntag, 24. Oktober finden in Einrichtungen der Region "
           "Veranstaltungen statt. Die Stadtbibliotheken Rodewisch und Auerbach beteiligen sich ab 14 Uhr mit einem "
           "Bastelnachmittag.\n")


def test_each_house_named_together_holds_the_event_in_its_own_town():
    events = extract_events(ARTICLE, url="https://www.musterpresse.example/vogtland/tag-der-bibliotheken",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.organizer, e.city) for e in events] == [
        ("2027-10-24T14:00", "Stadtbibliothek Rodewisch", "Rodewisch"),
        ("2027-10-24T14:00", "Stadtbibliothek Auerbach", "Auerbach"),
    ]


def test_only_a_houses_plural_before_two_names_is_read_so():
    assert HOUSES_TOGETHER_RE.search("Die Stadtbibliotheken Rodewisch und Auerbach beteiligen sich")
    # (near misses: a kind in the singular, or plural words that are no houses)
    assert not HOUSES_TOGETHER_RE.search("Die Stadtbibliothek Rodewisch und Auerbach beteiligen sich")
    assert not HOUSES_TOGETHER_RE.search("Die Eltern Anna und Max Beispiel laden ein")
