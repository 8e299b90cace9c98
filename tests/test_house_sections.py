"""A town's joint holiday programme: each house's heading over its own items holds them; a line that says whom an item
is for is never its name. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://museen.musterau.example/aktuelles/meldungen/2027/winterferien.html"

PROGRAMME = ("Entdeckergeist statt kalte Füße: Winterferienprogramm der städtischen Museen\n"
             "Übersicht der Ferienangebote für Kinder, Jugendliche und Familien\n"
             "Museum für Volkskunde\n"
             "Faszination Monogramm – Ein Workshop für Geduldige\n"
             "18. Februar 2027, 14:00 – 16:00 Uhr\n"
             "für Familien, Erwachsene und Kinder ab 12 Jahren\n"
             "Mit dem einfachen Kreuzstich in unterschiedlicher Größe werden moderne Monogramme auf festem Untergrund "
             "kreiert. Gern können eigene Karten als Grundlage mitgebracht werden.\n"
             "Naturkundemuseum\n"
             "Kinderführung: „Eisbär trifft Pinguin“\n"
             "17. Februar 2027, 10:30 Uhr\n"
             "für Kinder ab 7 Jahren\n"
             "Gemeinsam werden die Tiere auf der Arche im Keller des Museums ganz genau unter die Lupe genommen. Im "
             "Anschluss gibt es ein Quiz.\n"
             "Stadtmuseum\n"
             "Ferienworkshop: Archäologie – wie arbeiten Archäologen?\n"
             "19. Februar 2027, 10:00 – 12:00 Uhr\n"
             "für Kinder von 6 bis 10 Jahren\n")


def _read():
    return extract_events(PROGRAMME, url=URL, reference_date=CRAWL, content_type="text/plain")


def test_each_item_is_held_by_the_house_whose_heading_stands_above_it():
    assert [(e.start[:10], e.organizer) for e in _read()] == [
        ("2027-02-18", "Museum für Volkskunde"), ("2027-02-17", "Naturkundemuseum"), ("2027-02-19", "Stadtmuseum")]


def test_the_line_that_says_whom_it_is_for_is_no_items_name():
    assert [e.title for e in _read()][-1] == "Ferienworkshop: Archäologie – wie arbeiten Archäologen?"


def test_one_house_line_alone_holds_nothing():
    # (a lone "Stadtmuseum" line may be where the event is; it takes a run of houses to read a joint programme)
    text = ("Ferienworkshop im Museum\nStadtmuseum\nFerienworkshop: Archäologie für Kinder\n19. Februar 2027, 10:00 Uhr\n"
            "Anmeldung bei der Stadtverwaltung.\n")
    events = extract_events(text, url="https://www.musterau.example/presse/ferien", reference_date=CRAWL,
                            content_type="text/plain")
    assert [e.organizer for e in events] != ["Stadtmuseum"]


def test_an_audience_line_reads_as_one():
    from parsers.lexicon import AUDIENCE_LINE_RE
    assert AUDIENCE_LINE_RE.fullmatch("für Kinder von 6 bis 10 Jahren")
    assert AUDIENCE_LINE_RE.fullmatch("für Familien, Erwachsene und Kinder ab 12 Jahren")
    assert not AUDIENCE_LINE_RE.fullmatch("Für Kinder ein Fest: Sommerfest im Familienzentrum")


def test_an_item_right_above_the_next_house_keeps_its_own_house():
    text = ("Stadtbibliotheken Musterau\nGemeinsames Programm im Januar\n"
            "Die Zentralbibliothek und die Stadtteilbibliotheken laden im Januar zu folgenden Veranstaltungen ein:\n"
            "Zentralbibliothek\nBilderbuchkino: Der kleine Eisbär\nSamstag, 16. Januar 2027, 11 Uhr\nfür Kinder ab 4 Jahren\n"
            "Das Bilderbuch wird groß an die Wand projiziert und vorgelesen.\n"
            "Lesung: Neue Gedichte aus der Region\nDonnerstag, 21. Januar 2027, 19.30 Uhr\nfür Erwachsene\n"
            "Drei Autorinnen und Autoren aus Musterau stellen ihre neuen Texte vor.\n"
            "Stadtteilbibliothek Nord\nLego-Werkstatt\nMittwoch, 20. Januar 2027, 15 Uhr\nfür Kinder von 7 bis 11 Jahren\n"
            "Gemeinsam baut die Gruppe eine Stadt der Zukunft.\n"
            "Stadtteilbibliothek Süd\nSpielenachmittag\nFreitag, 29. Januar 2027, 15 bis 17 Uhr\nfür Familien\n"
            "Neue Brettspiele warten darauf, ausprobiert zu werden.\n")
    events = extract_events(text, url="https://www.stadtbibliothek-musterau.example.org/programm/januar",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start[:10], e.organizer) for e in events] == [
        ("2027-01-16", "Zentralbibliothek"), ("2027-01-21", "Zentralbibliothek"),
        ("2027-01-20", "Stadtteilbibliothek Nord"), ("2027-01-29", "Stadtteilbibliothek Süd")]
