"""Several events on one day: a sentence that counts them ("Gleich zu zwei Sommerkonzerten …") and the next sentences
that give each its hour make one calendar entry per hour; a day's agenda without such a count stays one event. Also the
other readings a reader of a local paper notices on such pages: the numbered breadcrumb of a news site is no title, and
a partner named before what is offered does not hide it. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events, prose

REFERENCE = date(2026, 12, 6)


def _events(text: str):
    return extract_events(text, content_type="text/plain", reference_date=REFERENCE)


def _title_on(text: str, day: str) -> str:
    return next(e.title for e in _events(text) if e.start and e.start.startswith(day))


TWO_CONCERTS = ("Pressemeldung vom: 02.06.2026\n\nSommer in der Musikschule\n\n"
                "Gleich zu zwei Sommerkonzerten laden die Schüler der Musikschule Beispielstadt am Samstag, dem "
                "13. Juni 2026, in die Stadthalle ein. Bereits um 15:00 Uhr präsentieren die jüngeren Kinder ihr "
                "Programm, darunter viele bekannte Volkslieder. Die größeren Schüler gestalten dann ab 19:00 Uhr ein "
                "festliches Konzert mit dem Jugendorchester.\n\nDer Eintritt ist frei.")


def test_a_counted_pair_of_concerts_is_two_entries_at_their_own_hours():
    starts = sorted(e.start for e in _events(TWO_CONCERTS))
    assert starts == ["2026-06-13T15:00", "2026-06-13T19:00"]


def test_each_counted_concert_is_named_a_concert():
    assert all("konzert" in (e.title or "").lower() for e in _events(TWO_CONCERTS))


def test_a_days_agenda_without_a_count_stays_one_event():
    text = ("Sommerfest im Familienzentrum\n\nDas Sommerfest des Familienzentrums Beispielstadt findet am Samstag, "
            "13. Juni 2026, im Garten statt. Um 15 Uhr spielt die Kinderband, ab 17 Uhr gibt es ein Konzert der "
            "Musikschule. Um 19 Uhr endet das Fest.")
    assert [e.start[:10] for e in _events(text)] == ["2026-06-13"]


def test_a_count_the_hours_do_not_match_makes_no_entries():
    text = ("Lesungen in der Bücherei\n\nZu zwei Lesungen lädt die Stadtbücherei Beispielstadt am Freitag, "
            "12. Juni 2026, ein. Um 10 Uhr hören die Kitakinder zu, um 11 Uhr die Erstklässler, und um 15 Uhr "
            "beginnt das Bilderbuchkino.")
    assert len({e.start for e in _events(text)}) == 1


NUMBERED_TRAIL = ("1. Beispielzeitung.de\n  2. >\n  3. Lokal\n  4. >\n  5. Nachrichten Musterstadt\n  6. >\n"
                  "  7. Familien-Rallye zur Eröffnung\n\nFamilien-Rallye zur Eröffnung\n\nVon Erika Beispiel 19.09.2007, 16:28\n\n"
                  "Musterstadt/BZ. - Die Musterstädter Einrichtung wurde in das Aktionsprogramm \"Mehrgenerationenhäuser\" "
                  "des Bundesministeriums aufgenommen. Die offizielle Auftaktveranstaltung findet am Mittwoch, "
                  "26. September, statt und wird ab 15 Uhr mit einem Bürgerfest für Alt und Jung gefeiert. Im Mittelpunkt "
                  "des Nachmittags steht eine Familien-Rallye.")


def test_a_numbered_breadcrumb_of_a_news_site_names_no_event():
    titles = [e.title for e in _events(NUMBERED_TRAIL)]
    assert titles and not any(title.startswith(("5.", "3.", "Nachrichten")) for title in titles)


def test_what_is_offered_after_a_partner_names_the_event():
    sentence = ("Ebenfalls am Montag, 17 Uhr, wird erstmals in Zusammenarbeit mit dem Stadtsportbund zur Aquagymnastik "
                "in die Südschwimmhalle eingeladen.")
    assert prose.offered_name(sentence) == "Aquagymnastik"


def test_a_partner_alone_is_still_not_what_is_offered():
    assert prose.offered_name("Der Filmabend findet in einer Kooperation des Frauennetzwerks mit dem Theater statt.") \
        != "Theater"


def test_a_day_by_which_concerts_are_to_be_registered_is_no_concert():
    text = ("Musterkreis.\nAb sofort sind Kirchen und Musikschulen wieder dazu aufgerufen, gemeinsame Benefizkonzerte "
            "auszurichten. Bis zum 15. November können die Konzerte für die Reihe „Musik in Dorfkirchen“ online "
            "angemeldet werden. Der Eintritt zu den Konzerten ist frei.")
    assert _events(text) == []


SEMESTER = ("Frühjahrssemester in Musterstadt Neues VHS-Semester kommt mit 900 Angeboten\n"
            "Musterstadt · Die Volkshochschule hat ihr Programm veröffentlicht.\n"
            "Die Volkshochschule hat ihr Programm für das Frühjahrssemester ab dem 12. April vorgestellt. Das "
            "Programmheft liegt ab Montag, 15. März, in der Geschäftsstelle aus. Anlässlich des Gedenkjahres liest zum "
            "Beispiel Erika Beispiel am 14. Juni aus ihrer 2020 erschienenen Biographie. Vom 8. April bis 7. Mai zeigt "
            "die Volkshochschule die Ausstellung „Wege ins Exil“.")


def test_a_book_published_in_a_year_before_the_article_does_not_date_its_reading():
    starts = [e.start for e in _events(SEMESTER)]
    # (the Monday, 15 March, pins the spring: 2021, the first such Monday after the book's year)
    assert "2021-06-14" in starts and "2021-04-08" in starts


def test_a_reading_told_by_its_verb_across_its_day_is_named_a_reading():
    assert _title_on(SEMESTER, "2021-06-14").startswith("Lesung")


JUBILEE = ("Die Naturschutzschule Musterland hat für Anfang September eine Reihe von Exkursionen inklusive "
           "Festveranstaltung geplant. Anlass ist das 70-jährige Bestehen der Bildungseinrichtung.\n"
           "Am 14. September 1954 eröffnete die Schule für Naturschutz auf dem Musterhof bei Beispielsee.\n"
           "Zur Festveranstaltung „70 Jahre Naturschutzschule Musterland“ wird am 4. September der Umweltminister in "
           "Beispielsee im Naturkundemuseum erwartet, wie das Landesamt mitteilte.\n"
           "Bei einer Nacht-Akademie am 4. September im Hafen Beispielsee geht es um den Mikrokosmos „Plankton“. "
           "Am 6. September steht zudem eine Exkursion zum Musterhof auf dem Programm.")


def test_a_jubilee_page_dates_its_days_in_the_jubilee_year():
    # (70 years after 1954: the page's September is that of 2024, not the next one after the day it was read)
    starts = {e.start[:10] for e in _events(JUBILEE) if e.start}
    assert "2024-09-04" in starts and not any(s.startswith("2027") for s in starts)


def test_the_day_a_jubilee_counts_from_is_no_event():
    assert not any(e.start and e.start.startswith("1954") for e in _events(JUBILEE))


def test_two_paragraphs_naming_two_kinds_of_event_on_one_day_are_two_events():
    on_the_fourth = [e.title for e in _events(JUBILEE) if e.start and e.start.startswith("2024-09-04")]
    assert any("Festveranstaltung" in t for t in on_the_fourth) and any("Nacht-Akademie" in t for t in on_the_fourth)


def test_one_conference_named_again_a_paragraph_below_stays_one_event():
    text = ("Bildungskonferenz in Musterstadt\n\nDie 3. Bildungskonferenz des Landkreises Musterland findet am "
            "5. September 2027 in der Stadthalle Musterstadt statt.\n\nAnmeldungen zur Konferenz am Donnerstag, "
            "5. September, nimmt das Bildungsbüro bis zum 20. August entgegen.")
    assert len([e for e in _events(text) if e.start and e.start.startswith("2027-09-05")]) == 1


def test_a_venue_named_by_its_towns_adjective_with_an_umlaut_gives_the_town():
    for sentence, town in (("Die Musikschule lädt am Freitag, 4. Dezember 2026, um 16:30 Uhr zum Weihnachtskonzert ins "
                            "Achteckhaus am Sondershäuser Schloss ein.", "Sondershausen"),
                           ("Der Förderverein lädt am Samstag, 5. Dezember 2026, um 15 Uhr zum Adventskonzert in der "
                            "Darmstädter Orangerie ein.", "Darmstadt")):
        events = _events("Konzert der Musikschule\n\n" + sentence)
        assert [e.city for e in events] == [town], sentence


def test_one_more_open_day_said_to_be_on_the_same_day_is_an_event_of_its_own():
    text = ("Gymnasien öffnen ihre Türen\n\nAm Samstag, 20. Februar 2027, öffnen die Gymnasien in Musterau und "
            "Beispielstadt ihre Pforten. Um 9 Uhr beginnt im Foyer des Goethe-Gymnasiums Musterau der Tag der offenen "
            "Tür mit dem Schulchor.\n\nEbenfalls um 9 Uhr am Samstag, 20. Februar, startet der Tag der offenen Tür des "
            "Schiller-Gymnasiums in Beispielstadt. Im Atrium gibt es ein kleines Eröffnungsprogramm.")
    assert len([e for e in _events(text) if e.start and e.start.startswith("2027-02-20")]) == 2


def test_schools_that_open_their_doors_together_hold_an_open_day():
    sentence = "Am Samstag, 20. Februar 2027, öffnen die Gymnasien in Musterau ihre Pforten."
    assert prose.title_from_sentence(sentence) == "Tag der offenen Tür"


def test_a_sentence_long_title_of_someone_reading_aloud_is_a_reading():
    text = ("Lesewochen in der Stadtbücherei\n\nDie 36. Kinder- und Jugendbuchwochen beginnen am 11. November 2027 mit "
            "der Eröffnungsveranstaltung „Lesen bewegt!“ in Beispielstadt.\n\nDie gebürtige Beispielstädterin Erika "
            "Beispiel kommt am Freitag, 12. November, und liest dort Schülern der Gartenschule vor.\n\nAm Montag, "
            "15. November, stellt Max Muster seine Sachbuchreihe „Abenteuer Wald“ vor.")
    assert _title_on(text, "2027-11-12").startswith("Lesung")


HOLIDAY_WORKSHOPS = ("Ferien im Museum\n\nSpielerisch geht es vom 13. bis 23. Februar 2027 im Museum Musterau zu: Beim "
                     "Winterferien-Programm sind Kinder eingeladen, zu basteln und zu malen.\n\nFerienangebote (Auswahl):\n\n"
                     "\"Bilder aus Nägeln\" (ab 8 Jahren)\n\n22. Februar, 13:30 bis 15:30 Uhr\n\n"
                     "\"Farbe rein!\" (ab 6 Jahren)\n23. Februar, 13:30 bis 14:30 Uhr\nMaterialkosten: 50 Cent\n\n"
                     "\"Eine Zeitreise\" (ab 10 Jahren)\n14. Februar, 13:30 bis 15 Uhr\n15. Februar, 10 bis 11:30 Uhr\n\n"
                     "\"Alte Meister in 3D\" (ab 8 Jahren)\n13. Februar, 13:30 bis 15 Uhr\n16. Februar, 10 bis 11:30 Uhr\n")


def test_a_holiday_programmes_named_workshops_are_events_of_their_own_under_their_names():
    by_day = {e.start[:10]: e.title for e in _events(HOLIDAY_WORKSHOPS) if e.start}
    assert "Bilder aus Nägeln" in by_day.get("2027-02-22", "")
    assert "Farbe rein" in by_day.get("2027-02-23", "")
    assert "Zeitreise" in by_day.get("2027-02-14", "") and "Zeitreise" in by_day.get("2027-02-15", "")
    assert "Alte Meister" in by_day.get("2027-02-13", "")


def _starts(text: str) -> list[str]:
    return sorted(e.start for e in _events(text) if e.start)


def test_two_counted_events_on_two_days_keep_each_days_own_hour():
    text = ("Frühjahrskonzerte\nZu zwei Frühjahrskonzerten lädt der Chor Musterau ein: am Samstag, 17. April 2027, um "
            "19 Uhr und am Sonntag, 18. April 2027, um 17 Uhr, jeweils im Bürgerhaus.\nKarten gibt es im Vorverkauf.")
    assert _starts(text) == ["2027-04-17T19:00", "2027-04-18T17:00"]


def test_the_first_and_the_second_of_a_count_are_two_events():
    text = ("Bildungsurlaub: Wir beraten Sie\nZwei Informationsveranstaltungen zum Bildungsurlaub bietet die "
            "Volkshochschule Musterau am Dienstag, 26. Januar 2027, an. Die erste beginnt um 16 Uhr und richtet sich an "
            "Beschäftigte im Schichtdienst. Die zweite startet um 18.30 Uhr für alle, die nach Feierabend kommen.")
    assert _starts(text) == ["2027-01-26T16:00", "2027-01-26T18:30"]


def test_a_count_under_a_headline_without_an_hour_makes_exactly_the_counted_events():
    text = ("Sommerkonzerte in der Aula\nGleich zu zwei Sommerkonzerten lädt die Musikschule Musterau am Samstag, "
            "19. Juni 2027, in die Aula ein.\nBereits um 15 Uhr zeigen die Jüngsten, was sie gelernt haben. Die Älteren "
            "gestalten dann ab 19 Uhr ein Programm mit Kammermusik und Bigband.")
    assert _starts(text) == ["2027-06-19T15:00", "2027-06-19T19:00"]


FOUNDED_1993 = ("Lesefest auf dem Marktplatz\nDer Förderverein der Stadtbibliothek Musterau wurde 1993 gegründet. "
                "{occasion} lädt er am Samstag, 16. September, ab 14 Uhr zu einem Lesefest auf den Marktplatz ein.")


def test_a_jubilee_named_as_the_occasion_dates_the_page_whatever_the_words():
    for occasion in ("Aus Anlass des 30-jährigen Bestehens", "Anlässlich seines 30-jährigen Vereinsjubiläums"):
        assert _starts(FOUNDED_1993.format(occasion=occasion)) == ["2023-09-16T14:00"], occasion


def test_the_years_of_a_partnership_are_no_houses_jubilee():
    text = ("Besuch aus Frankreich\nDie Regelschule Musterau wurde 1970 gegründet. Anlässlich des 20-jährigen Bestehens "
            "ihrer Partnerschaft mit dem Collège in Beispielville lädt sie am Dienstag, 15. Dezember, um 18 Uhr zu einem "
            "deutsch-französischen Abend ein.")
    assert not any(s.startswith("1990") for s in _starts(text))


def test_a_towns_adjective_with_o_umlaut_gives_the_town_and_a_contest_named_after_a_town_does_not():
    held = _events("Ehrenamtsbörse\nAm Samstag, 6. Februar 2027, lädt die Freiwilligenagentur von 10 bis 14 Uhr zur "
                   "Ehrenamtsbörse im Wernigeröder Rathaus ein.")
    assert [e.city for e in held] == ["Wernigerode"]
    contest = _events("Sportfest\nNach dem zweiten Platz beim Sondershäuser Schulcup lädt die Regelschule am Samstag, "
                      "19. Juni 2027, um 9 Uhr zum Sportfest auf ihren Sportplatz ein.")
    assert all(e.city != "Sondershausen" for e in contest)


@pytest.mark.parametrize("said", ["In diesem Jahr feiert sie ihr 40-jähriges Jubiläum.\nDer Jubiläumsempfang findet am "
                                  "21. September um 10 Uhr im Landratsamt statt.",
                                  # (a day in the founding's sentence is the jubilee's)
                                  "In diesem Jahr feiert sie ihr 40-jähriges Jubiläum mit einem Empfang am 21. September "
                                  "um 10 Uhr im Landratsamt."])
def test_a_house_that_took_up_its_work_in_a_year_counts_its_jubilee_from_it(said):
    text = ("40 Jahre Kreisvolkshochschule\nAm 1. Oktober 1984 nahm die Kreisvolkshochschule Musterland ihre Arbeit "
            "auf. " + said)
    assert _starts(text) == ["2024-09-21T10:00"]


def test_the_sites_own_name_over_its_text_is_no_events_title():
    text = ("Stadt Beispielstadt\nJugendpflege\nOsterferienspiele 2027\nDie Osterferienspiele der Stadtjugendpflege "
            "finden vom 29. März bis 1. April 2027 jeweils von 9 bis 15 Uhr im Jugendhaus statt.")
    events = extract_events(text, url="https://www.beispielstadt.example.org/jugend/osterferienspiele",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [e.title for e in events] == ["Osterferienspiele 2027"]


def test_a_kind_held_by_a_house_of_that_kind_is_not_named_twice():
    text = ("Vortrag über Lernen im Alter\nMusterau. Die Seniorenakademie Musterau lädt am Mittwoch, 13. Januar 2027, um "
            "15 Uhr zu einem Vortrag über das Lernen im Alter ein.")
    assert not any("der Seniorenakademie" in (e.title or "") for e in _events(text))
    assert prose.of_holder("Seniorenakademie", "Seniorenakademie Musterau") is None
