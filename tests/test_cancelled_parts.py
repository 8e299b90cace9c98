"""A part of a programme called off, or last year's edition, is not the event called off: the calendar keeps the
Fachtag when its third workshop or its childcare falls away, or when last year's was cancelled, and still cancels the
event its page says is cancelled."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events

PAGES = [
    # a workshop of a Fachtag's programme
    ("Fachtag Ganztag 2027\n\nDer Fachtag Ganztag findet am 12. März 2027 von 9 bis 16 Uhr im Kreishaus Musterau statt.\n"
     "Programm\n9:00 Begrüßung\n10:00 Workshops\nDer Workshop 3 „Ganztag im ländlichen Raum“ entfällt leider.\n14:00 Podium\n",
     "scheduled"),
    # the childcare of a parents' evening
    ("Elternabend an der Lindenschule\n\nAm Dienstag, 9. Februar 2027, lädt die Lindenschule um 19 Uhr zum Elternabend in "
     "die Aula ein. Die geplante Kinderbetreuung muss leider ausfallen.\n", "scheduled"),
    # the dinner of a conference
    ("Bildungskonferenz des Kreises Beispielland\n\nDie Bildungskonferenz findet am 4. Mai 2027 ab 10 Uhr in der Stadthalle "
     "Musterstadt statt. Das gemeinsame Abendessen fällt in diesem Jahr aus.\n", "scheduled"),
    # the event itself, by its kind
    ("Bildungskonferenz 2027\n\nDie Bildungskonferenz am 4. Mai 2027 in Musterstadt ist abgesagt. Ein neuer Termin wird "
     "bekanntgegeben.\n", "cancelled"),
    # the part that takes the whole event with it, which the sentence names
    ("Fachtag Inklusion\n\nDer Fachtag Inklusion am 18. März 2027 in Beispielstadt: Wegen Erkrankung der Referentin entfällt "
     "der Workshop und damit der gesamte Fachtag.\n", "cancelled"),
    # a page whose title names no kind may be the workshop's own page
    ("Datenvisualisierung im Bildungsmonitoring\n\nAm 20. April 2027 von 10 bis 13 Uhr, online. Der Workshop muss leider "
     "entfallen.\n", "cancelled"),
    # last year's edition, cancelled
    ("Tag der offenen Tür im Familienzentrum\n\nAm Freitag, 3. September 2027, öffnet das Familienzentrum Musterau von 15 bis "
     "18 Uhr seine Türen. Im vorherigen Jahr musste die Jubiläumsfeier wegen der Pandemie abgesagt werden.\n", "scheduled"),
    ("Fachtag Kinderschutz\n\nDer Fachtag Kinderschutz findet am 16. März 2027 in Musterau statt. Letztes Jahr fiel er "
     "leider aus.\n", "scheduled"),
    # this year's, cancelled, beside last year's numbers
    ("Fachtag Kinderschutz\n\nDer Fachtag Kinderschutz am 16. März 2027 in Musterau ist abgesagt. Im vergangenen Jahr kamen "
     "200 Gäste.\n", "cancelled"),
    # a semester's few courses set aside, in an article of paragraphs only (its first paragraph read as the title)
    ("Unter das Motto „Gemeinsam lernen“ hat die Volkshochschule Musterau ihr Herbstprogramm gestellt, das wieder an fast "
     "allen Standorten läuft. Rund dreihundert Angebote stehen zur Auswahl.\n\nDie Volkshochschule kehrt damit zu ihrem "
     "gewohnten Programm zurück. Nur einige wenige Veranstaltungen und Kursorte mussten wegen der Schutzmaßnahmen für das "
     "Herbstsemester ausgesetzt werden, zum Beispiel die Chorkurse. Mit einem Hygienekonzept ist ein Weg gefunden worden, "
     "das Kursprogramm wieder für alle zu öffnen.\n\nMit dem Format „Bewegt lernen“ startet die Volkshochschule gemeinsam "
     "mit dem Kreiskrankenhaus ein neues Angebot. Den Auftakt machen zwei Musiker am 25. September 2027 mit Percussion und "
     "Musik.\n", "scheduled"),
    # none of a series called off, said of its history
    ("Orgelmusik zur Marktzeit\n\nSeit zehn Jahren erklingt an jedem ersten Samstag die Orgel der Stadtkirche Musterau. "
     "Kein einziger Termin der Reihe musste bislang abgesagt werden, selbst im Winter spielte die Kantorin für wenige "
     "Zuhörer.\nAm Samstag, 6. Februar 2027, um 11.30 Uhr spielt ein Gast Werke von Bach.\n", "scheduled"),
    # a workshop's own page, by its kind
    ("Workshop Schulentwicklung\n\nDer Workshop Schulentwicklung am 2. Juni 2027 in Musterau entfällt.\n", "cancelled"),
]


@pytest.mark.parametrize("text,status", PAGES, ids=[p[0].split("\n")[0] for p in PAGES])
def test_a_part_of_the_programme_called_off_leaves_the_event(text, status):
    events = extract_events(text, content_type="text/plain", reference_date=date(2026, 12, 6))
    assert len(events) == 1
    assert events[0].status == status


def test_an_open_day_made_up_later_is_on_the_day_it_is_made_up_on():
    page = ("Am Donnerstag, dem 13.1.2028 sollte eigentlich unser alljährlicher „Tag der offenen Tür“ stattfinden!\n"
            "Starker Schneefall hinderte jedoch viele Gäste daran, rechtzeitig zu kommen.\n"
            "Wir werden unseren „Tag der offenen Tür“ daher am Dienstag, dem 18.1.2028 nachholen!\n"
            "Der Vorstellungstag beginnt um 8.15 Uhr mit einer Begrüßung in Raum A103.\n")
    events = extract_events(page, url="https://www.gymnasium-musterau.example.org/2028/01/13/tag-der-offenen-tuer/",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [e.start for e in events] == ["2028-01-18T08:15"]


def test_a_sports_day_called_off_and_made_up_later_is_postponed_to_its_new_day():
    page = ("Sportfest muss verschoben werden\n\n"
            "Das Sportfest der Grundschule Musterau sollte eigentlich am Freitag, 11. Juni 2027, stattfinden. Wegen des "
            "Dauerregens wurde es abgesagt.\n\n"
            "Wir werden das Sportfest am Mittwoch, 23. Juni 2027, nachholen. Beginn ist um 8.30 Uhr auf dem Sportplatz.\n")
    events = extract_events(page, url="https://www.gs-musterau.example.org/sportfest", content_type="text/plain",
                            reference_date=date(2026, 12, 6))
    assert [(e.start, e.status, e.original_start) for e in events] == [("2027-06-23T08:30", "postponed", "2027-06-11")]


def test_a_replacement_day_still_to_be_announced_leaves_the_event_cancelled():
    page = ("Lesung entfällt\n\n"
            "Die Lesung am Donnerstag, 10. Juni 2027, um 19 Uhr in der Stadtbücherei Musterau muss leider entfallen. Wir "
            "informieren Sie rechtzeitig über einen Ersatztermin.\n")
    events = extract_events(page, url="https://www.stadtbuecherei-musterau.example.org/lesung", content_type="text/plain",
                            reference_date=date(2026, 12, 6))
    assert [e.status for e in events] == ["cancelled"]
