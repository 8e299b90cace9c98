"""A house's or a local paper's news of its programme, told in sentences: each sentence's town stays with its own day,
a speaker's "Dr." does not cut an offer's name, a fair that "öffnet am Sonnabend … ihre Türen" is on the Saturday
after the article, a spokeswoman who "lädt … zum Rundgang" holds nothing, a calendar box's "Veranstaltungsdetails" names
nothing, and a report's "… stand im Mittelpunkt der Bildungskonferenz" names the conference. The pages are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events, prose, titles

CRAWL = date(2026, 12, 3)


def _read(text: str, url: str = "https://www.musterpresse.example/musterau/programm"):
    return extract_events(text, url=url, reference_date=CRAWL, content_type="text/plain")


SEMESTER = (
    "Veröffentlicht am 22.08.2026\n\n"
    "VHS Musterau stellt ihr Herbstprogramm vor\n\n"
    "Die Volkshochschule Musterau hat heute ihr Programm für das Herbstsemester vorgestellt.\n\n"
    "Kulturfreunde werden am Dienstag, 6. Oktober 2026, ab 18.30 Uhr die wilden Zwanziger in Berlin erleben, wenn ein "
    "Sammler unter dem Titel „Tanz auf dem Vulkan“ seine Schellackplatten hörbar macht. Ebenfalls im Angebot ist ein "
    "Literaturkurs mit Dr. Erika Beispiel zu Tschechows Erzählungen ab Mittwoch, 28. Oktober 2026, jeweils ab 18 Uhr. "
    "Für Interessierte an der Stadtgeschichte bietet ein Stadtführer unter dem Motto „Musterau im Wandel“ ab Donnerstag, "
    "17. September 2026, einen Abendkurs ab 19.45 Uhr an.\n")


def test_a_town_another_sentence_names_with_its_own_day_is_not_the_next_events():
    events = {e.start[:10]: e for e in _read(SEMESTER) if e.start}
    assert events["2026-10-28"].city != "Berlin"
    assert events["2026-09-17"].city != "Berlin"


def test_a_speakers_doctor_title_does_not_cut_the_offers_name():
    sentence = ("Ebenfalls im Angebot ist ein Literaturkurs mit Dr. Erika Beispiel zu Tschechows Erzählungen ab Mittwoch, "
                "28. Oktober 2026, jeweils ab 18 Uhr.")
    assert prose.offered_name(sentence) == "Literaturkurs"
    titles_read = [e.title for e in _read(SEMESTER)]
    assert not any(title.endswith(" Dr") for title in titles_read), titles_read


FAIR = (
    "Bildung in allen Facetten\n"
    "15:05 14.09.2026\n"
    "Die Ausbildungsmesse Musterkreis öffnet am Sonnabend zum 17. Mal ihre Türen für Schüler, Eltern und alle, die sich "
    "fortbilden möchten. Die Messe beginnt um 9 Uhr mit Grußworten der Landrätin. Die Kreissprecherin der "
    "Wirtschaftsjunioren Musterkreis Erika Beispiel lädt im Anschluss zum Rundgang.\n")


def test_a_fair_that_opens_its_doors_on_a_weekday_is_on_that_day_after_the_article():
    events = _read(FAIR)
    assert [e.start for e in events] == ["2026-09-19T09:00"]


def test_a_spokeswoman_who_invites_to_the_tour_is_not_the_organizer():
    events = _read(FAIR)
    assert events
    assert not any("Beispiel" in (e.organizer or "") or "sprecherin" in (e.organizer or "") for e in events), \
        [e.organizer for e in events]


def test_a_library_that_opens_at_ten_on_saturday_is_no_event():
    page = ("Neue Öffnungszeiten\n15:05 14.09.2026\nDie Stadtbibliothek öffnet am Sonnabend um 10 Uhr und schließt um "
            "13 Uhr. Ausleihen ist dann auch am Automaten möglich.\n")
    assert [e.start for e in _read(page)] == []


def test_a_calendar_boxs_details_heading_is_not_the_events_name():
    page = ("Veranstaltungsdetails\n"
            "Fachtag Sprachbildung am 21. März 2027 im Bürgerhaus Musterau\n"
            "Der Fachtag Sprachbildung findet am 21. März 2027 im Bürgerhaus Musterau statt. Eingeladen sind alle "
            "Fachkräfte aus Kitas und Schulen des Landkreises.\n")
    assert [e.title for e in _read(page)] != ["Veranstaltungsdetails"]
    assert titles.chrome("Veranstaltungsdetails", 0, 0) < 0


def test_the_event_a_reports_topic_was_the_focus_of_names_the_event():
    assert titles.event_in_focus("Digitale Bildung stand im Mittelpunkt der Bildungskonferenz 2026 im Kreishaus") \
        == "Bildungskonferenz 2026"
    assert titles.event_in_focus("Kinder stehen im Mittelpunkt der Arbeit") is None


def test_the_articles_stamp_under_the_sites_clock_gives_the_year():
    # the site's header shows when the page was shown; the item's own stamp "12:15 Uhr | 12.08.2026" when it was written
    page = ("Musterau, 26.06.2027 22:39 Uhr\n\nRegionales\n\n12:15 Uhr | 12.08.2026\n\nSemesterstart an der Volkshochschule\n\n"
            "Die Vortragsreihe „Akademie in der Aula“ startet am 2. September in das Herbstsemester. Erste Referentin ist "
            "eine Humangeographin aus Musterstadt.\n")
    assert [e.start for e in _read(page)] == ["2026-09-02"]


ELECTION_COURSE = (
    "Semesterstart an der Volkshochschule\n\n12:15 Uhr | 12.08.2026\n\n"
    "„Wen wählen wir – und was geschieht danach?“ Unter dieser Überschrift geht ein Politikwissenschaftler den Fragen "
    "rund um die Landtagswahl nach: Wen genau wählen die Bürger am 1. September eigentlich? Wie kommt man zu einer "
    "Wahlentscheidung? Diesen Abendkurs bietet die VHS gleich an drei Standorten an: am 26. August in der VHS Musterau, "
    "am 27. August in der Stadtbibliothek Beispielstadt und am 28. August in der VHS Musterstadt.\n")


def test_a_day_a_talks_question_asks_of_is_no_event():
    assert not [e.start for e in _read(ELECTION_COURSE) if e.start and e.start[5:10] == "09-01"]


def test_a_course_offered_at_three_places_is_one_event_a_place_named_as_the_quote_before():
    events = _read(ELECTION_COURSE)
    assert [e.start for e in events] == ["2026-08-26", "2026-08-27", "2026-08-28"]
    assert {e.title for e in events} == {"Abendkurs „Wen wählen wir – und was geschieht danach?“"}


TRIPS = (
    "VHS-Frühjahrsprogramm: Schwerpunkt Heimat\n\nVeröffentlicht am 01.02.2027\n\n"
    "Das Frühjahrsprogramm der Volkshochschule Musterau hat heute vormittag die Leiterin der VHS bei einem "
    "Pressegespräch vorgestellt. In diesem Semester steht das eigene Land im Mittelpunkt.\n\n"
    "Zwei Studienfahrten führen zu gut erreichbaren Sehenswürdigkeiten. Am Sonnabend, 12. Juni, geht die Busfahrt "
    "durch blühende Rapsfelder zu den Gütern in Ostholstein. Besichtigt werden eine Scheune und eine Kirche.\n\n"
    "Die zweite Fahrt geht am 26. Juni nach Schleswig. Unterwegs gibt es Wissenswertes über die Region.\n")


def test_a_trip_is_named_by_where_it_goes():
    events = {e.start: e.title for e in _read(TRIPS)}
    assert events.get("2027-06-12") == "Busfahrt zu den Gütern in Ostholstein"
    assert events.get("2027-06-26") == "Zweite Fahrt nach Schleswig"


def test_the_press_briefing_that_showed_the_programme_is_no_event_of_it():
    assert not [e for e in _read(TRIPS) if e.title == "Pressegespräch"]
    assert prose.trip_by_its_destination("Die Fahrt geht am Montag los.") is None


def test_a_semester_and_a_quoted_course_that_start_on_a_day_are_named_by_what_starts():
    assert prose.title_from_sentence("Mit 135 Kursen startet am 26. Februar das Frühjahrssemester 2027.") \
        == "Frühjahrssemester 2027"
    assert prose.title_from_sentence("Das Wintersemester startet am 22. September in Präsenz.") == "Wintersemester"
    assert prose.title_from_sentence("Der Kurs „Nordic Walking mit Baby“ startet am 19. April.") \
        == "Kurs „Nordic Walking mit Baby“"
    # (what opens for signing up, or a course by its kind alone, names no event)
    assert prose.title_from_sentence("Die Anmeldung startet am 2. Mai.") is None
    assert prose.title_from_sentence("Der Kurs startet am 3. Mai.") is None


def test_a_caption_of_a_course_and_its_info_meeting_gives_both():
    page = ("Mit hohem Spaßfaktor\n\nDie Familienbildungsstätte führt 2027 in vier Fachbereichen 420 Kurse durch\n\n"
            "Der Kurs „Nordic Walking mit Baby“ startet am 19. April. Ein kostenloses Infotreffen gibt es am 19. März um "
            "10 Uhr im Gemeindezentrum Musterau, Musterstraße 3. FOTO: Familienbildungsstätte.\n\n"
            "MUSTERAU – Die Familienbildungsstätte ist etwas Besonderes. Denn ihre 420 Kurse im Jahr 2027 finden in 40 "
            "verschiedenen Häusern statt.\n")
    assert sorted((e.start, e.title) for e in _read(page)) == [
        ("2027-03-19T10:00", "Infotreffen"), ("2027-04-19", "Kurs „Nordic Walking mit Baby“")]


def test_a_news_headline_about_an_event_gives_the_event_not_the_news():
    assert titles.event_of_news("Besucherrekord bei Ausbildungsmesse") == "Ausbildungsmesse"
    assert titles.event_of_news("Musterau Bildungsmesse sucht Aussteller") is None  # (an invented town names nothing)
    assert titles.event_of_news("Oranienburg Bildungsmesse sucht Aussteller") == "Bildungsmesse"
    assert titles.event_of_news("Kinder bei der Arbeit") is None
    page = ("Besucherrekord bei Ausbildungsmesse\n\nMusterau. Die Ausbildungsmesse 2027 ist eröffnet. Auf zwei Flächen "
            "stellten sich am Samstag, den 23. Januar 2027, 112 Aussteller mit ihren Lehrstellen vor.\n")
    assert [e.title for e in _read(page)] == ["Ausbildungsmesse"]


def test_a_careers_fair_by_its_older_name_berufemarkt_is_an_event():
    page = ("Am Samstag, 25.09.2027, fand der 17. Berufemarkt Westmusterland im Technologiezentrum der Stadt Musterau "
            "statt. Viele Aussteller sicherten bereits ihre Teilnahme für den kommenden Berufemarkt zu. Dieser findet am "
            "23.09.2028 statt.\n")
    assert sorted(e.start for e in _read(page)) == ["2027-09-25", "2028-09-23"]
    assert prose.EVENT_NOUN_RE.fullmatch("Berufemarkt") and not prose.EVENT_NOUN_RE.fullmatch("Arbeitsmarkt")


def test_a_hybrid_conference_is_online_as_well():
    page = ("Weiterbildungstag Musterland\n\nAntworten liefert der 3. Weiterbildungstag Musterland am 16. September 2027, "
            "der als hybride Konferenz erstmals vom Verband der Bildungsträger Musterland e. V. durchgeführt wird. "
            "Zeitgleich in den Kammern in Musterau und Beispielstadt erwartet die Teilnehmenden ein Programm.\n")
    events = _read(page)
    assert [(e.start, e.online, e.hybrid) for e in events] == [("2027-09-16", True, True)]


def test_a_speakers_line_under_a_lecture_gives_no_town():
    page = ("Programm der KinderUni\n\n25. Oktober 2027: Warum wachsen Bäume nicht in den Himmel?\n\nIn der Vorlesung erfahrt "
            "ihr, wie die grünen Riesen wachsen. Wir treffen uns auf dem Campus der Hochschule Wismar.\n\nDozent: Max "
            "Muster, Leiter des Forstamtes Grevesmühlen\n\n29. November 2027: Warum fallen Wolken nicht vom Himmel?\n\n"
            "In der Vorlesung werden die Eigenschaften von Wolken beschrieben.\n\nDozent: Prof. Erika Beispiel, Direktorin "
            "des Instituts für Atmosphärenphysik in Kühlungsborn\n")
    assert "Kühlungsborn" not in [e.city for e in _read(page)]


def test_a_round_ups_heading_right_above_its_one_dated_paragraph_names_it_and_its_town():
    page = ("Bad Blankenburg | Games Camp im Schülerforschungszentrum\n\nWer schon immer mal ein eigenes Spiel "
            "programmieren wollte, ist beim Games Camp genau richtig. Das Zentrum lädt alle Kinder in der ersten "
            "Sommerferienwoche ein.\n\nBad Langensalza | Insektenhotel\n\nAm Anfang der Sommerferien, am 18. Juli 2027, "
            "lädt der Umweltverein Ferienkinder in den Naturgarten ein. Dort können die Kinder Insektenwohnungen bauen.\n\n"
            "Eisenach | Luthers Werkstatt\n\nDas Lutherhaus bietet den Ferienkindern ein Programm rund um alte "
            "Handwerkstechniken an. Das Ferienangebot findet immer donnerstags von 10 bis 14 Uhr statt.\n")
    assert [(e.title, e.start, e.city, e.organizer) for e in _read(page)] == [
        ("Bad Langensalza: Insektenhotel", "2027-07-18", "Bad Langensalza", "Umweltverein")]


def test_the_day_a_programme_booklet_can_be_had_from_is_no_event():
    page = ("Klassisches Heft und moderne Kurse – mit diesem Slogan stellte die VHS Musterau heute ihr Programmheft vor\n\n"
            "Heute präsentierte die Volkshochschule Musterau ihr Programm für das 1. Halbjahr 2027. Ab Montag, 11. Januar, "
            "ist somit auch wieder ein druckfrisches und umfangreiches Programmheft an den bekannten Auslagestellen im "
            "gesamten Stadtgebiet verfügbar.\n\nDie Leiterin betonte die Vielfalt der Angebote.\n")
    assert _read(page) == []


# What a second reader of these rules found they must leave alone, or read too.
def test_a_list_whose_rows_each_open_with_an_hour_and_a_day_has_no_posting_stamp():
    from parsers.content import PageView
    from parsers.page import parse
    rows = ("Stadtbücherei Musterau\n\nVeranstaltungen\n\n19:00 Uhr | 14.01.2027\nLesung: „Das Haus am Moor“\n"
            "Eine Autorin liest aus ihrem Familienroman. Eintritt 5 Euro.\n\n18:30 Uhr | 04.02.2027\n"
            "Vortrag: Familienforschung leicht gemacht\nEin Hobbyhistoriker zeigt, wie man Kirchenbücher liest.\n")
    one_row = rows[:rows.index("\n\n18:30")] + "\n"
    # (several rows, or one row after the crawl: an event's hour and day, not when the page was posted)
    assert PageView(parse(rows.encode(), "text/plain"), url=None, reference_date=CRAWL).publication_date is None
    assert PageView(parse(one_row.encode(), "text/plain"), url=None, reference_date=CRAWL).publication_date is None
    stamped = "Kinderuni startet\n\n12:15 Uhr | 12.08.2026\n\nDie Vorlesung findet am 5. September statt.\n"
    assert PageView(parse(stamped.encode(), "text/plain"), url=None, reference_date=CRAWL).publication_date == date(2026, 8, 12)


def test_a_sentence_that_points_back_with_dort_keeps_the_town_before():
    page = ("Volkshochschule Musterau – Studienfahrten im Frühjahr\n\nHanse, Meer und Wissenschaft\n\nAuch im Frühjahr "
            "2027 ist die Volkshochschule Musterau wieder unterwegs. Am Samstag, 6. März, fahren wir nach Stralsund und "
            "besuchen am Vormittag das Ozeaneum. Dort steht am Samstag, 20. März, außerdem eine Führung durch die Altstadt "
            "und das Rathaus auf dem Programm, für die wir einen eigenen Bus einsetzen.\n\nVom 3. bis 9. April ist die "
            "Volkshochschule mit einer Projektwoche zur Hansegeschichte in Rostock zu Gast. Am Dienstag, 6. April, lädt "
            "sie dort um 18 Uhr zu einem öffentlichen Vortrag über den Rostocker Hafen ein.\n")
    assert {e.start: e.city for e in _read(page)}.get("2027-03-20") == "Stralsund"


def test_a_buses_first_run_on_a_new_line_is_no_trip():
    sentence = "Die erste Fahrt geht am Montag, 4. Januar, um 6.40 Uhr vom Marktplatz Musterau nach Beispielstadt."
    assert prose.trip_by_its_destination(sentence) is None


def test_further_lectures_each_with_their_theme_and_the_hour_said_once():
    page = ("Wismar. Die Kinderuni der Hochschule beginnt nach der Sommerpause wieder. Die erste Vorlesung „Warum schwimmt "
            "ein Schiff?“ findet am Samstag, 4. September 2027, um 10 Uhr im Audimax statt. Weitere Vorlesungen folgen am "
            "18. September zum Thema Windkraft und am 2. Oktober zum Thema Roboter, jeweils ebenfalls um 10 Uhr.\n")
    events = {e.start: e.title for e in _read(page)}
    assert events.get("2027-09-18T10:00") == "Vorlesung zum Thema Windkraft"
    assert events.get("2027-10-02T10:00") == "Vorlesung zum Thema Roboter"


@pytest.mark.parametrize("sentence", [
    "Die Umfrage „Mein Schulweg“ startet am 4. Januar 2027.",   # a survey, not a course
    "Das Projekt „Lesestart“ startet am 4. Januar 2027.",
])
def test_what_starts_with_a_quote_is_an_event_only_as_a_course_or_an_events_kind(sentence):
    assert prose.title_from_sentence(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Die Reise geht am 8. Mai zu Ende.",
    "Die Rückfahrt geht am 8. Mai nach Musterau.",
    "Die Anfahrt geht am 8. Mai über die Autobahn nach Hamburg.",
])
def test_the_end_of_a_trip_or_the_way_there_is_no_trip(sentence):
    assert prose.trip_by_its_destination(sentence) is None


def test_a_school_that_presents_itself_at_a_fair_has_no_open_day():
    sentence = "Die Musikschule präsentiert sich am Samstag, 12. Juni 2027, auf dem Markt der Bildungswege im Kreishaus."
    assert prose.title_from_sentence(sentence) != "Tag der offenen Tür"
    sentence = "Die Musikschule präsentiert sich am Samstag, 12. Juni 2027, den Besuchern des Marktes der Bildungswege."
    assert prose.title_from_sentence(sentence) != "Tag der offenen Tür"


def test_a_course_pointed_back_at_is_not_named_by_what_someone_says():
    page = ("Neue Kurse\n\n„Wir freuen uns auf viele neue Gesichter“, sagt die VHS-Leiterin. Diesen Nähkurs bietet die VHS "
            "gleich an drei Standorten an: am 3. Mai 2027 in Musterau, am 4. Mai 2027 in Bad Bevensen und am 5. Mai 2027 "
            "in Beispielstadt.\n")
    events = _read(page)
    assert not any("freuen" in (e.title or "") for e in events), [e.title for e in events]
    assert "Bad" not in [e.city for e in events]


def test_a_press_briefing_that_is_a_pages_only_event_stays():
    page = ("Pressegespräch\n\nDas Bildungsbüro Musterau lädt am 12. März 2027 um 11 Uhr zu einem Pressegespräch ein.\n")
    assert [e.start for e in _read(page)] == ["2027-03-12T11:00"]


def test_news_at_an_event_needs_the_event_first():
    assert titles.event_of_news("Anmeldung zum Sommerfest") is None
    assert titles.event_of_news("Ansturm bei der Anmeldung zum Sommerfest") is None


@pytest.mark.parametrize("sentence, holder", [
    ("Der Kreisvorsitzende des Unternehmerverbands Heidekreis Tobias Beispiel lädt am 3. Mai 2027 zum Unternehmertag "
     "in die Stadthalle ein.", "Unternehmerverband Heidekreis"),
    ("Die Vorsitzende des Fördervereins Musterschule Erika Beispiel lädt am 3. Mai 2027 zum Sommerfest ein.",
     "Förderverein Musterschule"),
    # (a body's own town or Kreis after it is no person)
    ("Der Leiter des Bildungsbüros Landkreis Goslar lädt am 3. Mai 2027 zum Fachtag ein.", "Bildungsbüro Landkreis Goslar"),
])
def test_the_person_who_holds_a_role_in_a_body_is_not_part_of_its_name(sentence, holder):
    assert [e.organizer for e in _read("Einladung\n\n" + sentence + "\n")] == [holder]
