"""Who holds a fair a local paper reports, said in an attribute ("…, organisiert von der IHK …"), and the town of a
dateline followed by the paper's mark ("Bad Laasphe. (mupo) Am 2. Februar …").

A reader expects the chamber that organised the fair as its organizer and the dateline's town as its place, and a
trip organised by someone else to give that someone no event. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events, people

REFERENCE = date(2026, 12, 6)
URL = "https://www.musterauer-post.example.org/2024/02/09/ausbildungsmesse-lockte-viele-schueler/"
REPORT = ("Bad Laasphe. (mupo) Am 2. Februar öffnete das Berufskolleg Musterland seine Türen für die Ausbildungsmesse "
          "Musterland, organisiert von der IHK Musterland-Beispielhausen. Von 13 bis 17 Uhr strömten Schülerinnen und "
          "Schüler der achten Klassen herbei, um sich über Berufe zu informieren.\n\n"
          "Rund 50 Firmen stellten sich den Jugendlichen vor.\n")


def test_an_attribute_after_the_events_name_names_its_holder():
    events = extract_events(REPORT, url=URL, content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.organizer) for e in events] == [("2024-02-02T13:00", "IHK Musterland-Beispielhausen")]


def test_a_dateline_with_the_papers_mark_gives_the_town():
    events = extract_events(REPORT, url=URL, content_type="text/plain", reference_date=REFERENCE)
    assert [e.city for e in events] == ["Bad Laasphe"]


def test_a_trip_to_the_event_organised_by_someone_names_no_holder_of_the_event():
    assert people.organizer_from_prose("Die Fahrt zum Fachtag, organisiert vom Kreisjugendring Musterau, startet um "
                                       "8 Uhr am Rathaus.") is None
    assert people.organizer_from_prose("Die Bildungskonferenz, veranstaltet vom Landkreis Musterau, fand am "
                                       "2. Februar statt.")[0] == "Landkreis Musterau"


def test_a_dateline_in_capitals_run_into_its_first_sentence_gives_the_town():
    text = ("date 2019-01 OFTERSHEIM.Neues Jahr, neues Programm – das ist die Devise im Jugendhaus in der Lindenstraße 6.\n\n"
            "Ein Kinderkino wird am Dienstag, 29. Januar, 16.30 bis 18 Uhr, geboten, dazu lädt das Team des Jugendhauses "
            "ein.\n")
    events = extract_events(text, url="https://www.musterauer-post.example.org/artikel,-mehr-raum-_arid,1.html",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.city) for e in events] == [("2019-01-29T16:30", "Oftersheim")]


def test_authors_who_invite_to_their_own_reading_are_performers_not_its_holder():
    found = people.organizer_from_prose("Aus diesem Anlass laden die Autorinnen Erika Beispiel und Maria Muster am 17. März "
                                        "2024 zu einer geselligen Lesung ins Haus am Markt ein.")
    assert found is None or not found[0].startswith("Autorinnen")
    assert people.organizer_from_prose("Der Heimatverein Musterau lädt am 17. März 2024 zu einer Lesung mit der Autorin "
                                       "Erika Beispiel ein.")[0] == "Heimatverein Musterau"


def test_a_papers_masthead_and_its_network_are_no_titles():
    from parsers.lexicon import CHROME_LINE_START_RE
    assert CHROME_LINE_START_RE.search("Musterauer Nachrichten | Ihre Zeitung aus Musterau")
    assert CHROME_LINE_START_RE.search("Musterauer Nachrichten: Ihre Heimatzeitung")
    assert CHROME_LINE_START_RE.search("Partner im Redaktionsnetzwerk Deutschland")
    assert not CHROME_LINE_START_RE.search("Zeitungstag: Ihre Zeitung entsteht vor Ihren Augen")


def test_who_lends_a_thing_to_the_day_does_not_hold_it():
    from datetime import date
    from parsers import extract_events
    text = ("Das Rathaus von seiner besten Seite\nBeim Tag der offenen Tür für Familien am Samstag, 22. April 2028, von 12 "
            "bis 17 Uhr können Jung und Alt die Verwaltung kennenlernen. Darüber hinaus stellt der Kreisjugendring "
            "Musterkreis für die jüngeren Besucher eine Hüpfburg zur Verfügung.\n")
    events = extract_events(text, url="https://www.musterauer-zeitung.example.org/lokales/rathaus",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [e.organizer for e in events] != ["Kreisjugendring Musterkreis"]



def test_a_dateline_with_its_day_and_author_is_the_articles_day_not_an_event():
    # "Musterau 15.05.2027 Von Die Musterauer Post": when the paper wrote it, not a day something happens
    from parsers.content import PageView
    from parsers.mentions import find_mentions
    from parsers.page import parse
    page = ("Die Musikschulwoche beginnt morgen mit einem Konzert in Musterau.\n\n"
            "Musterau 15.05.2027 Von Die Musterauer Post\n\n"
            "Viele Töne\n\n"
            "Auftakt ist am morgigen Sonntag, 16. Mai, um 17 Uhr in der Aula der Lindenschule Musterau.\n")
    view = PageView(parse(page, "text/plain"), url="https://www.musterauer-post.example.org/nachrichten/viele-toene-15645.html",
                    reference_date=REFERENCE)
    kinds = {(m.date.day, m.date.month): m.kind for m in find_mentions(view)}
    assert kinds[(15, 5)] == "publication"
    assert kinds[(16, 5)] == "event"
    # a date line with its hours "von …" is still an event's
    view = PageView(parse("Termine\nMontag, 06.02.2027 von 09.00 - 16.30 Uhr\n", "text/plain"), url=None,
                    reference_date=REFERENCE)
    assert [m.kind for m in find_mentions(view)] == ["event"]


def test_a_dateline_with_its_day_and_author_names_no_event():
    page = ("Der Frühjahrsmarkt der Musterauer Schulen öffnet morgen auf dem Rathausplatz.\n"
            "Musterau 19.03.2027 Von Die Musterauer Post\n"
            "Frühjahrsmarkt der Schulen\n"
            "Los geht es am morgigen Samstag, 20. März, um 10 Uhr. Sieben Schulen haben Stände angemeldet.\n")
    events = extract_events(page, url="https://www.musterauer-post.example.org/nachrichten/fruehjahrsmarkt-1.html",
                            content_type="text/plain", reference_date=REFERENCE)
    assert events and all("Von Die" not in (e.title or "") for e in events)


def test_a_headline_that_names_its_towns_days_gives_their_readings_the_town_and_a_skip_link_is_no_headline():
    from parsers.content import PageView
    from parsers.event import Event
    from parsers.page import parse
    from parsers.places import town_of_page
    page = ("Direkt zum Inhalt wechseln\n|\n\n"
            "Wormser Vorlesetage vom 15. bis 20. November\n\n"
            "Rund um den bundesweiten Vorlesetag lädt „Worms liest bunt“ zu Vorlesestunden ein. In der ganzen Stadt, für "
            "alle, öffentlich, kostenfrei!\n\n"
            "Die Gesamtschule Nord veranstaltet einen „Story Slam“.\n")
    view = PageView(parse(page.encode(), "text/plain"), url="https://magazin-musterstadt.example/wormser-vorlesetage",
                    reference_date=REFERENCE)
    event = Event(title="Story Slam")
    town_of_page(view, event)
    assert event.city == "Worms"
