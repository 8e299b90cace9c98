"""A review's invented everyday pages for this round's rules of status, postcodes and names, pinned as read."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events


# A review's everyday pages where the round's first versions of the cancellation, postcode and headline rules read wrong
# (a band's act or a condition cancelling the whole event, a phone number over the next line taken for a postcode and
# town, a topic or a venue taken for the event's name)
FOURTEENTH_REVIEW_PROBES = [
    ("Kulturnacht in Lippstadt am 12. Juni 2027\nDie Kulturnacht beginnt um 18 Uhr auf dem Rathausplatz. Über 20 Bühnen laden in der Innenstadt zu Musik, Theater und Lesungen ein.\nWichtiger Hinweis: Der Auftritt der Band „Lindenblatt“ findet wegen einer Erkrankung der Sängerin nicht statt, das übrige Programm bleibt unverändert.\n",
     None, 'status', 'scheduled'),
    ("Familienfest im Stadtpark\nAm Sonntag, 20. Juni 2027, feiert die Stadt Gütersloh von 11 bis 17 Uhr ihr Familienfest im Stadtpark. Es gibt Spielstationen, Musik und einen Bücherflohmarkt. Sollte es stark regnen, findet die Veranstaltung nicht statt; eine Absage wird dann bis 9 Uhr auf der Homepage veröffentlicht.\n",
     None, 'status', 'scheduled'),
    ("Sitzung des Jugendhilfeausschusses\nDie Sitzung des Jugendhilfeausschusses der Stadt Herne findet am Dienstag nicht statt, sondern wurde auf Donnerstag, 21. Januar 2027, 17 Uhr, verlegt. Ort ist wie gewohnt der Ratssaal im Rathaus Herne.\n",
     None, 'status', 'postponed'),
    ("Einladung zum Arbeitskreis Jugendberufshilfe\nDer Arbeitskreis Jugendberufshilfe trifft sich am Donnerstag, 14. Januar 2027, um 10 Uhr im Jobcenter Olpe, Raum 3.12.\nTagesordnung: Berichte aus den Einrichtungen, Planung der Ausbildungsbörse\nBitte denken Sie daran, bei Verhinderung rechtzeitig abzusagen.\n",
     None, 'status', 'scheduled'),
    ("Fachtag Kinderschutz in Arnsberg\nDer Fachtag Kinderschutz findet am Dienstag, 16. März 2027, von 9 bis 16 Uhr im Sauerland-Theater in Arnsberg statt.\nIm vergangenen Jahr mussten wir den Fachtag leider absagen.\nUmso mehr freuen wir uns auf Ihre Anmeldung bis 1. März 2027.\n",
     None, 'status', 'scheduled'),
    ("Workshop Schreibwerkstatt für Jugendliche\nDatum: Samstag, 13. Februar 2027, 10 bis 14 Uhr\nOrt: Stadtbibliothek Lünen\nKosten: keine\nAbsage der Veranstaltung durch den Veranstalter bei weniger als sechs Anmeldungen vorbehalten.\n",
     None, 'status', 'scheduled'),
    ("Kreativwerkstatt für Kinder\nIn den Osterferien bietet das Jugendhaus Oase am Dienstag, 30. März 2027, von 10 bis 15 Uhr in Minden eine Kreativwerkstatt für Kinder von 8 bis 12 Jahren an. Es wird gemalt, gebastelt und gedruckt.\nInformationen bei Anna Beispiel, Tel. 0571 83123\nAnmeldung bis 19. März\n",
     None, 'city', 'Minden'),
    ("Bürgerversammlung zur Dorfentwicklung\nDie Gemeinde lädt zur Bürgerversammlung am Montag, 22. Februar 2027, um 19 Uhr in die Schützenhalle ein.\nGemeinde in Zahlen\nEinwohner: 15123\nOrtsteile: 12\n",
     "https://www.example.org/aktuelles/buergerversammlung-dorfentwicklung", 'city', None),
    ("Vortrag im Stadtarchiv: Wie die Eisenbahn nach Musterau kam\nAm Mittwoch, 24. Februar 2027, um 19 Uhr zeichnet Heimatforscher Max Beispiel im Stadtarchiv Lübbecke die Geschichte der Bahnstrecke nach. Eintritt frei, Spenden erbeten.\n",
     None, 'title', 'Vortrag im Stadtarchiv: Wie die Eisenbahn nach Musterau kam'),
    ("Kulturforum Lindenau: Das Neujahrskonzert war schon nach zwei Tagen ausverkauft\nDas Neujahrskonzert der Musikschule am Sonntag, 10. Januar 2027, um 17 Uhr im Kulturforum Lindenau in Espelkamp ist ausverkauft. Restkarten gibt es nur noch an der Abendkasse.\n",
     None, 'title', 'Kulturforum Lindenau: Das Neujahrskonzert war schon nach zwei Tagen ausverkauft'),
]


@pytest.mark.parametrize("text, url, field, value", FOURTEENTH_REVIEW_PROBES)
def test_fourteenth_review_probes_keep_their_status_town_and_name(text, url, field, value):
    events = extract_events(text.encode(), url=url, content_type="text/plain", reference_date=date(2026, 12, 10))
    assert len(events) == 1 and getattr(events[0], field) == value


def test_a_report_that_follows_an_earlier_edition_is_no_announcement_of_the_articles_day():
    page = ("Lindenschule, 20.11.2026\nDem Vorlesetag im Frühjahr folgte am vergangenen Freitag der 2. Vorlesetag an der "
            "Lindenschule in Büren. Eltern und Großeltern lasen in allen Klassen vor.\n")
    events = extract_events(page.encode(), url="https://www.example.org/lindenschule/aktuelles/2026-11-20-vorlesetag",
                            content_type="text/plain", reference_date=date(2026, 12, 10))
    assert "2026-11-20" not in [(e.start or "")[:10] for e in events]


def test_a_change_from_a_day_on_is_no_event():
    page = ("Verkehr: Neue Verbindung zum Schulzentrum\nAb Montag, 1. Februar 2027, wird es eine zusätzliche Buslinie "
            "zwischen Bahnhof und Schulzentrum Nord geben. Die Linie 17 fährt morgens im 15-Minuten-Takt.\n")
    assert extract_events(page.encode(), content_type="text/plain", reference_date=date(2026, 12, 10)) == []
