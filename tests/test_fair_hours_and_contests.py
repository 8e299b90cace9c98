"""A local paper's article on a fair whose opening hours stand paragraphs below its day ("Geöffnet ist die Messe von 10
bis 14 Uhr."), a music school's contest held over days ("Der nächste Höhepunkt ist der Schulwettbewerb. Dieser wird
… vom 5. bis 9. Juni … ausgetragen."), and a library's programme whose readers are the members of a circle ("lesen
Mitglieder des Märchenkreises Märchen …"), who do not hold it. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)

FAIR = (
    " date 2027-09-07 Die Ausbildungsmesse des Landkreises Musterberg wächst weiter.\n\n"
    "Zahlreiche Interessierte informieren sich in der Berufsschule Mittelfeld.\n\n"
    "Musterberg/MZ - Die Ausbildungsmesse des Landkreises Musterberg ist in diesem Jahr erneut größer geworden. Zur "
    "29. Auflage am Samstag, 11. September 2027, in der Berufsschule Mittelfeld haben sich mehr als 100 Aussteller "
    "angemeldet.\n\n"
    "Auch der Landrat hat sich wieder angekündigt.\n\n"
    "Vertreten sind rund 125 Berufsfelder, darunter Angebote aus IT, Handwerk und Pflege.\n\n"
    "Genutzt werden neben der Schule auch die Sporthalle sowie das Außengelände. Geöffnet ist die Messe von 10 bis "
    "14 Uhr. Für die Verpflegung gibt es einen Grillstand.\n")

CONTEST = (
    " date 2027-06 Musterburg. Am Samstag, 5. Juni, lädt die Musikschule Musterburg zu einem Tag der offenen Tür ein. "
    "Von 10 bis 13 Uhr präsentiert sich die Musikschule in der Lindenallee 1.\n\n"
    "Der nächste Höhepunkt ist der Schulwettbewerb. Dieser wird diesmal vom 7. bis 11. Juni in den Schulteilen "
    "ausgetragen. In den Kategorien Streicher, Schlagzeug und Gesang stellen sich Schülerinnen und Schüler der Jury.\n")

LIBRARY = (
    "Seit drei Jahren beteiligen sich auch Musterstädter Bibliotheken an den Märchentagen. In Musterstadt finden zu "
    "diesem Thema Veranstaltungen in der Kinderbibliothek (Markt 8) statt.\n"
    "In der Kinderbibliothek lesen Mitglieder des Beispielländischen Märchenkreises Märchen und Sagen aus Ländern "
    "entlang der Donau (15.11.2027, 09:00 Uhr). Das Team der Kinderbibliothek bietet eine Veranstaltung mit Märchen "
    "und Rätseln über den Fluss (17.11.2027, 10:00 Uhr).\n")


def test_a_fairs_opening_hours_paragraphs_below_its_day_are_its_hours():
    events = extract_events(FAIR, url="https://www.musterzeitung.example/lokal/musterberg/ausbildungsmesse",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.end) for e in events] == [("2027-09-11T10:00", "2027-09-11T14:00")]


def test_a_music_schools_contest_over_days_is_an_event_of_its_own():
    events = extract_events(CONTEST, url="https://www.musterzeitung.example/lokal/musterburg/musikschule",
                            reference_date=CRAWL, content_type="text/plain")
    contest = [e for e in events if e.start and e.start.startswith("2027-06-07")]
    assert [(e.title, e.end[:10]) for e in contest] == [("Schulwettbewerb", "2027-06-11")]


def test_the_members_of_a_circle_who_read_do_not_hold_the_librarys_programme():
    events = extract_events(LIBRARY, url="https://www.musterstadt.example/bibliothek/maerchentage",
                            reference_date=CRAWL, content_type="text/plain")
    assert len(events) == 2
    assert not any("Märchenkreis" in (e.organizer or "") for e in events)
