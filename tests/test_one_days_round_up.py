"""A family magazine's round-up of one day: a headline, its photo's caption with the credit, a lead that names the day
for all, then one section per feast. Each feast is an event at its own hours; the lead's day is theirs, not a fourth
event; a section's heading that tells its news ("… begeistert mit …") gives way to the feast its paragraph names.
All names and places are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://www.familienmagazin.example/familienfeste-am-22-mai"

ROUND_UP = (
    "Familienfeste in Musterstadt\n"
    "Familienfeste in Musterstadt, Foto: Erika Beispiel\n\n"
    "Am 22. Mai 2027 steht Musterstadt im Zeichen der Nachbarschaft und Kreativität. Zahlreiche Stadtteile laden zu "
    "bunten, familienfreundlichen Veranstaltungen ein. Musik, Wissenschaft und Handwerk versprechen abwechslungsreiche "
    "Erlebnisse für alle Altersgruppen. Drei Orte, drei Feste, ein gemeinsames Ziel.\n\n"
    "Inhaltsverzeichnis:\n\n"
    "Bürgerhaus Lindenhof begeistert mit Hüpfburg und Flohmarkt\n\n"
    "Das Nachbarschaftsfest im Lindenhof findet am 22. Mai von 15 bis 18 Uhr statt. Die Veranstaltung wird vom "
    "Bürgerhaus Lindenhof organisiert und richtet sich an Familien. Kinderschminken und eine große Hüpfburg machen das "
    "Fest zu einem Höhepunkt für Kinder.\n\n"
    "Ein weiterer Anziehungspunkt ist der Kreativ-Flohmarkt. Der Eintritt ist frei. Veranstaltungsort ist die "
    "Lindenallee 13 in Musterstadt.\n\n"
    "Küchenchemie im Forscherzelt auf der Festwiese\n\n"
    "Ebenfalls am 22. Mai können Kinder ab acht Jahren im Forscherzelt auf der Festwiese chemische Experimente mit "
    "Alltagszutaten durchführen. Eine Biologin zeigt, wie man mit Rotkohl Farbstoffe sichtbar machen kann.\n\n"
    "Der Workshop findet in Zusammenarbeit mit der Volkshochschule statt. Er kostet 8 Euro. Veranstaltungsbeginn ist "
    "um 11 Uhr. Adresse: Wiesenweg 10.\n\n"
    "Filztiere nähen im Ökohaus am Waldsee\n\n"
    "Im Ökohaus können am 22. Mai von 12:30 bis 17:30 Uhr kleine Tiere aus Filz genäht werden. Das Angebot richtet sich "
    "an Familien mit Kindern ab sechs Jahren.\n")


def _events():
    return extract_events(ROUND_UP, url=URL, reference_date=CRAWL, content_type="text/plain")


def test_each_feast_is_an_event_at_its_own_hours_and_the_leads_day_is_no_fourth():
    assert sorted((e.start, e.end) for e in _events()) == [
        ("2027-05-22T11:00", None),
        ("2027-05-22T12:30", "2027-05-22T17:30"),
        ("2027-05-22T15:00", "2027-05-22T18:00")]


def test_a_photos_caption_with_its_credit_names_no_event():
    assert not any("Foto" in (e.title or "") for e in _events())


def test_a_heading_that_tells_its_news_gives_way_to_the_feast_its_paragraph_names():
    by_start = {e.start: e.title for e in _events()}
    assert by_start["2027-05-22T15:00"] == "Nachbarschaftsfest"
    assert by_start["2027-05-22T12:30"] == "Filztiere nähen im Ökohaus am Waldsee"


def test_a_lead_that_dates_a_day_of_its_own_stays_an_event():
    # the lead's day is another than its sections': it is an event of its own
    text = ROUND_UP.replace("Am 22. Mai 2027 steht Musterstadt", "Am 15. Mai 2027 eröffnet der Bürgermeister um 10 Uhr "
                            "die Festwoche. Am 22. Mai 2027 steht Musterstadt")
    days = sorted(e.start[:10] for e in extract_events(text, url=URL, reference_date=CRAWL, content_type="text/plain"))
    assert days[0] == "2027-05-15"


def test_a_caption_with_its_credit_that_repeats_no_headline_gives_its_name_without_the_credit():
    from parsers import titles
    assert titles.without_photo_credit("Frühlingsfeste in Musterstadt, Foto: Max Muster") == "Frühlingsfeste in Musterstadt"
    assert titles.without_photo_credit("Fotos, Videos und Musik: ein Workshop") is None


HOURS_ONLY = (
    "Sommerfeste am Samstag: Wohin mit der Familie?\n"
    "Familienmagazin Musterstadt\n"
    "Am 12. Juni 2027 wird in Musterstadt gefeiert. Drei Stadtteile, drei Feste – wir haben uns umgehört, was Familien "
    "erwartet.\n"
    "Spielefest im Stadtpark\n"
    "Der Kinderschutzbund Musterstadt lädt zum großen Spielefest in den Stadtpark ein. Von 10 bis 16 Uhr gibt es "
    "Stelzenlauf, Riesenmikado und eine Bastelecke. Der Eintritt ist frei.\n"
    "Jugendhaus Nordstadt setzt auf Musik und Graffiti\n"
    "Junge Bands aus der Region stehen auf der Bühne, an einer Wand im Hof darf gesprüht werden. Das Sommerfest im "
    "Jugendhaus Nordstadt beginnt um 15 Uhr. Für Getränke sorgt der Förderverein.\n"
    "Musikschule feiert ihren 50. Geburtstag\n"
    "Mit offenen Proberäumen und einem Abschlusskonzert feiert die Städtische Musikschule ihr Jubiläum. Das "
    "Jubiläumsfest auf dem Schulhof an der Lindenstraße beginnt um 13 Uhr.\n")


def test_sections_that_give_only_their_hours_are_the_leads_days_events():
    events = extract_events(HOURS_ONLY, url="https://www.familienmagazin.example/sommerfeste-am-samstag",
                            reference_date=CRAWL, content_type="text/plain")
    assert sorted((e.start, e.title) for e in events) == [
        ("2027-06-12T10:00", "Spielefest im Stadtpark"), ("2027-06-12T13:00", "Jubiläumsfest"),
        ("2027-06-12T15:00", "Sommerfest")]


def test_sections_of_other_days_are_no_round_up_of_one_day():
    from parsers import sections_of_a_day
    from parsers.content import PageView
    from parsers.event import Event
    from parsers.page import parse
    text = HOURS_ONLY.replace("Das Sommerfest im Jugendhaus Nordstadt beginnt um 15 Uhr.",
                              "Das Sommerfest im Jugendhaus Nordstadt beginnt am 19. Juni um 15 Uhr.")
    view = PageView(parse(text, "text/plain"), url="https://www.familienmagazin.example/x", reference_date=CRAWL)
    lead = Event(title="Sommerfeste am Samstag", start="2027-06-12")
    assert sections_of_a_day.sections_of_its_day(view, [lead]) == []


LIBRARY_DAY = (
    "Musterstadt, 09.11.2027\n\n"
    "Aktionen in der Stadtbibliothek zum Vorlesetag\n\n"
    "Zum diesjährigen Vorlesetag am Freitag, 19. November 2027, finden in der Stadtbibliothek verschiedene "
    "Veranstaltungen und Aktionen mit mehreren Partnern statt.\n\n"
    "Kinder lesen für Kinder\n"
    "Unter dem Motto „Vorlesen macht Spaß“ lesen um 10 Uhr in der Kinderwelt der Bibliothek Schülerinnen und Schüler "
    "der Lindenschule Kindern der Kita Sonnenschein Geschichten vor.\n\n"
    "Bücherbasar\n"
    "Ein Bücherschnäppchen kann man zwischen 14 und 16 Uhr beim Bücherbasar des Fördervereins Musterstädter "
    "Bibliotheksfreunde vor dem Eingang der Bibliothek machen.\n\n"
    "Führung\n"
    "Zu einer Entdeckungsreise durch die Stadt lädt um 16 Uhr die Führung „Musterstadt in zwei Stunden“ ein. Sie "
    "führt zu Orten und Persönlichkeiten, die die Geschichte der Stadt prägten.\n\n"
    "Benefiz-Lesung\n"
    "Den Abschluss bildet die Abendveranstaltung im Saal mit einer Lesung zugunsten eines Kinderhilfswerks. Eine "
    "Schauspielerin liest aus einem Roman über eine Kindheit in Westafrika.\n")


def test_one_word_headings_that_name_their_kind_are_sections_too_with_or_without_hours():
    events = extract_events(LIBRARY_DAY, url="https://www.musterstadt.example/bibliothek/vorlesetag",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [
        ("Kinder lesen für Kinder", "2027-11-19T10:00"),
        ("Bücherbasar", "2027-11-19T14:00"),
        ("Führung „Musterstadt in zwei Stunden“", "2027-11-19T16:00"),
        ("Benefiz-Lesung", "2027-11-19"),  # (its text gives no hours: the day, all day)
    ]
    # (the house whose basar it is, not the basar read as a name)
    assert events[1].organizer == "Förderverein Musterstädter Bibliotheksfreunde"


MUSEUM_DAY = (
    "Internationaler Museumstag im Heimatmuseum\n"
    "Zum Internationalen Museumstag am Sonntag, 21. Mai 2028, finden im Heimatmuseum Beispielheim verschiedene "
    "Aktionen statt.\n"
    "Vortrag\n"
    "Um 11 Uhr spricht der Ortschronist Jonas Muster im Museumssaal über „Beispielheim im Jahr 1900“.\n"
    "Stadtführung\n"
    "Um 15 Uhr startet am Rathaus die Stadtführung „Alte Mauern, neue Plätze“ mit der Museumsleiterin.\n"
    "Eintritt\n"
    "Der Eintritt ist an diesem Tag in allen Räumen des Museums frei.\n")


def test_a_one_word_kind_takes_the_one_name_its_hours_sentence_quotes():
    events = extract_events(MUSEUM_DAY, url="https://www.heimatmuseum-beispielheim.example/museumstag",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [
        ("Vortrag „Beispielheim im Jahr 1900“", "2028-05-21T11:00"),
        ("Stadtführung „Alte Mauern, neue Plätze“", "2028-05-21T15:00"),
    ]
