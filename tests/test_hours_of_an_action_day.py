"""A town's press release on a nationwide action day, which it dates once, and what its music school does on it,
told by the hour ("Um 11 Uhr findet … ein Konzert statt und um 15.30 Uhr swingt die Bigband … Um 19 Uhr geht es dann
weiter mit einem Konzert …"): each hour's clause that names what happens is an event of that day; the day is their
frame. A Fachtag's agenda told by the hour stays one event. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)

ACTION_DAY = (
    "PRESSEMITTEILUNG 350 Musterstadt, den 11.06.2027\n\n"
    "Deutscher Musikschultag 2027\n\n"
    "Musik verbindet\n\n"
    "Am 19. Juni 2027 findet zum fünften Mal der bundesweite „Deutsche Musikschultag“ unter dem Motto „Musik "
    "verbindet“ statt. Viele Musikschulen nutzen diesen Tag, um sich in der Öffentlichkeit zu präsentieren.\n\n"
    "Auch die Städtische Musikschule Musterstadt beteiligt sich an den Aktivitäten. Um 11 Uhr findet im Saal der "
    "Musikschule unter dem Titel „Musik macht Freude“ ein Konzert mit Schülern des Fachbereiches Blasinstrumente "
    "statt und um 15.30 Uhr swingt die Bigband der Städtischen Musikschule im Kulturhof Nord. Der Eintritt zu beiden "
    "Veranstaltungen ist frei. Um 19 Uhr geht es dann weiter mit einem Konzert in der Villa Beispiel.\n\n"
    "Pressestelle\nStadt Musterstadt\n")

AGENDA = (
    "Fachtag Ganztag 2027\n\n"
    "Am 19. Juni 2027 findet im Kreishaus Musterstadt der Fachtag Ganztag statt.\n\n"
    "Um 9 Uhr begrüßt die Landrätin die Gäste. Um 10 Uhr folgt ein Vortrag zur Qualität im Ganztag und um 13 Uhr "
    "beginnen die Workshops.\n")


def test_each_hour_of_the_nationwide_day_that_names_what_happens_is_an_event_held_by_the_school():
    events = extract_events(ACTION_DAY, url="https://www.musterstadt.example/presse/pm-350-2027",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [
        ("Musik macht Freude", "2027-06-19T11:00"),
        ("Bigband der Städtischen Musikschule", "2027-06-19T15:30"),
        ("Konzert", "2027-06-19T19:00"),
    ]
    assert {e.organizer for e in events} == {"Städtische Musikschule Musterstadt"}


def test_a_fachtags_agenda_by_the_hour_stays_one_event():
    events = extract_events(AGENDA, url="https://www.kreis-musterstadt.example/fachtag-ganztag",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.start[:10] for e in events] == ["2027-06-19"]
