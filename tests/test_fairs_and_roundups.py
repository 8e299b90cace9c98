"""Local news of a fair whose days keep their own hours, and round-ups whose sections each hold an event of their own
house: what the calendar entry says, who holds each item, where it is.

All wording is invented in the style of real local papers and round-up pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.musterauer-zeitung.example.org/lokales/artikel-123.html"


def _read(page: str, url: str = URL):
    return extract_events(page, url=url, content_type="text/plain", reference_date=REFERENCE)


def test_a_fair_whose_two_days_keep_their_own_hours_runs_from_the_first_opening_to_the_last_close():
    page = ("Berufswahlmesse in Musterau\n\n"
            "Die Messe findet am Donnerstag, 29. September 2027, 10 bis 17 Uhr, sowie am Freitag, 30. September, "
            "9 bis 15 Uhr, im Gemeindehaus in Musterau statt.\n")
    events = _read(page)
    assert [(e.start, e.end) for e in events] == [("2027-09-29T10:00", "2027-09-30T15:00")]


def test_the_days_of_a_span_get_their_hours_from_a_later_sentence_that_gives_each_its_own():
    page = ("Ausbildungsmesse Musterau 2027\n\n"
            "Musterau (MZ) Mehr als 50 Aussteller werden sich am 7. und 8. September 2027 in der Stadthalle "
            "präsentieren. Die Messezeiten sind kurz bemessen. Am Freitag, dem 7. September, öffnet die Messe von 9 bis "
            "13 Uhr, am Sonnabend, dem 8. September, von 10 bis 13 Uhr.\n")
    events = _read(page)
    assert [(e.start, e.end) for e in events] == [("2027-09-07T09:00", "2027-09-08T13:00")]


def test_rows_of_guests_hours_on_each_day_leave_the_fairs_own_hours():
    page = ("Ausbildungsmesse des öffentlichen Dienstes\n\n"
            "Musterau – Das Land präsentiert am 12. und 13. Februar 2027 seine Ausbildungsberufe auf der "
            "Ausbildungsmesse im Einkaufszentrum Musterau. Jeweils von 9.30 bis 20.00 Uhr haben die Besucher an diesen "
            "Tagen Gelegenheit, erste Einblicke zu sammeln. An den Ständen sind zu Gast:\n"
            "• Staatssekretärin Erika Beispiel, Freitag, 12. Februar, 10.45 Uhr bis 11.30 Uhr\n"
            "• Staatssekretär Max Muster, Sonnabend, 13. Februar, ab 11.00 Uhr\n")
    fair = next(e for e in _read(page) if "Ausbildungsmesse" in e.title)
    assert fair.end is None or not fair.end.endswith("T11:00"), (fair.start, fair.end)


def test_a_writers_name_over_the_papers_dateline_is_no_title_and_the_club_that_holds_it_for_the_17th_time_is_named():
    page = ("Erika Beispiel\n\n"
            "Musterau (MZ) Die Musterauer Studien- und Ausbildungsmesse 2027 ist schon so gut wie ausgebucht. Mehr als "
            "50 Aussteller werden sich am 10. September 2027 in der Stadthalle präsentieren.\n\n"
            "Die Messe wird zum 17. Mal vom Verein Junge Wirtschaft Musterau veranstaltet.\n")
    events = _read(page)
    assert [e.title for e in events] == ["Musterauer Studien- und Ausbildungsmesse 2027"]
    assert events[0].organizer == "Verein Junge Wirtschaft Musterau"


def test_an_exhibitor_named_among_many_is_not_the_fairs_organizer():
    page = ("Berufswahlmesse geht in die zweite Runde\n\n"
            "Die Berufswahlmesse findet am Donnerstag, 29. September 2027, im Gemeindehaus in Musterau statt. Diesmal "
            "sind 21 Anbieter dabei, darunter etwa die Gießerei Beispiel, der Zulieferer Muster und die Musterzucker "
            "GmbH.\n")
    assert [e.organizer for e in _read(page)] == [None]


def test_each_paragraph_of_a_museums_roundup_is_held_by_its_own_museum_in_its_own_town():
    page = ("Vom Feuersteinworkshop bis zur Fotosafari\n"
            "Bereits in der ersten Ferienwoche können Kinder im Museum Kunsthaus Kassel auf „Fotosafari im Park“ "
            "gehen. In dem viertägigen Ferienkurs vom 4. bis 7. Oktober 2027 dreht sich alles um das Thema Fotografie.\n"
            "Im Deutschen Technikmuseum Marburg erwecken die Teilnehmer des Ferienworkshops „Hands on – Die "
            "digitale Welt begreifen“, der am 11. Oktober 2027 angeboten wird, einen Mini-Computer zum Leben.\n"
            "„Wir sind Weltmeister!“ Dazu lädt das Deutsche Sportmuseum in Dortmund jeden Tag in den Herbstferien ein.\n")
    events = {e.start[:10]: e for e in _read(page, "https://www.newskanal.example.org/2027/09/museen-herbstferien") if e.start}
    assert (events["2027-10-04"].organizer, events["2027-10-11"].organizer) == (
        "Museum Kunsthaus Kassel", "Deutsches Technikmuseum Marburg")
    # (the Kassel course's sentence names no town; its paragraph names one)
    assert (events["2027-10-04"].city, events["2027-10-11"].city) == ("Kassel", "Marburg")


def test_a_roundups_numbered_tips_are_events_of_their_own_and_the_holidays_are_none():
    page = ("Auf in die Winterferien! Was in der Region alles geboten wird\n\n"
            "Halle (Saale). – Die Winterferien stehen vor der Tür. Vom 5. bis zum 10. Februar 2027 heißt es: Endlich "
            "ausschlafen! Wir wünschen viel Freude mit diesen Tipps:\n\n"
            "1. Ferientipp für Jäger und Sammler: „Eiszeit“ im Landesmuseum in Halle\n\n"
            "Das Ferienangebot des Landesmuseums steht unter dem Motto „Eiszeit“. Vom 6. bis zum 9. Februar können die "
            "Kleinen von 10 bis 12 Uhr ihr eigenes Mammut basteln. Größere Kinder bauen eine Höhle (11 bis 13 Uhr). "
            "Anmeldung per E-Mail an museum@example.org\n\n"
            "2. Für Kreative: Stencil-Workshop im Bauhaus Dessau\n\n"
            "Wie man Schablonen gekonnt anfertigt, erfahren alle ab 14 Jahren in der Offenen Werkstatt im Bauhaus "
            "Dessau am 10. Februar von 11 bis 14 Uhr.\n\n"
            "3. Für Zeitreisende: Durchs Museum führen in Wittenberg\n\n"
            "In einer dreitägigen Ausbildung zum Kindermuseumsführer im Augusteum in Wittenberg lernen Kinder, wie man "
            "durch eine Ausstellung führt. Sie findet am 7. Februar von 10 bis 15 Uhr statt.\n")
    events = _read(page)
    titles = {e.title for e in events}
    assert {"Eiszeit", "Stencil-Workshop im Bauhaus Dessau"} <= titles, titles
    assert not any(e.start and e.start.startswith("2027-02-05") for e in events), [(e.title, e.start) for e in events]



def test_a_page_that_opens_with_a_sentence_over_its_one_dated_row_is_named_by_the_row():
    page = ("Der Naturpark Musterheide bietet Fortbildungen für pädagogische Fachkräfte von Kitas und Grundschulen an.\n"
            "24. April 2027: Blüten, Bäume, Bienen – Fortbildung für Erzieher:innen\n"
            "9 bis 16 Uhr auf der Bürgerwiese in Doberlug-Kirchhain\n"
            "Mit Kindern die Vielfalt der Streuobstwiesen entdecken – wie geht das? Die Teilnahme ist kostenlos.\n")
    events = _read(page, "https://www.naturpark-musterheide.example.org/bildung")
    assert [(e.title, e.start, e.city) for e in events] == [
        ("Blüten, Bäume, Bienen – Fortbildung für Erzieher:innen", "2027-04-24T09:00", "Doberlug-Kirchhain")]


def test_a_photo_gallerys_counter_line_is_no_title():
    page = (" date 2027-08 vergrößern 1 von 1 Foto: Erika Beispiel 1 von 1\n\n"
            "Musterau Rund 60 soziale Einrichtungen informieren auf dem Sozialmarkt am Sonnabend, 2. September, über "
            "ihre Angebote. Gleich zu Beginn gegen 10 Uhr wird auf dem Rathausplatz der Sozialpreis verliehen.\n")
    assert not any("Foto" in e.title or "vergrößern" in e.title for e in _read(page))


def test_a_papers_clock_first_stamp_dates_yesterdays_report_and_a_visitors_school_holds_nothing():
    page = ("Musterau Jobmesse mit neuem Besucherrekord\n"
            "00:01 14.10.2027\n"
            "Musterau. Antworten gab es gestern für die Besucher der Jobmesse des Bildungszentrums Musterau unter dem "
            "Motto „Ausbildung hat Vorfahrt“. Etwa 340 junge Leute kamen.\n\n"
            "Erik Beispiel von der Lindenschule hatte sich alle Stände angeschaut, „aber am besten fand ich die Polizei.“ "
            "Das Bildungszentrum hatte bereits im Frühjahr alle Klassen eingeladen.\n")
    events = _read(page, "https://www.ostsee-zeitung.example.org/Musterau/Jobmesse-mit-neuem-Besucherrekord")
    assert [e.start for e in events] == ["2027-10-13"]
    assert events[0].organizer != "Lindenschule"


def test_two_happenings_on_two_days_in_a_row_keep_the_first_ones_own_end():
    page = ("Schule Musterau\n\n"
            "Am Freitag, 7. Mai 2027, um 19 Uhr gibt es ein Konzert und am Samstag, 8. Mai, um 10 Uhr einen Flohmarkt.\n")
    assert not any(e.end and e.end.startswith("2027-05-08") for e in _read(page))


def test_a_fair_held_for_the_twelfth_time_by_a_club_is_the_clubs():
    page = ("Gesundheitsmesse in Rotenburg\n\n"
            "Rotenburg (RZ) Am Samstag, 13. März 2027, findet die Gesundheitsmesse in der Stadthalle statt. Die Messe wird zum "
            "zwölften Mal vom Verein Gesundes Rotenburg veranstaltet.\n")
    assert [e.organizer for e in _read(page)] == ["Verein Gesundes Rotenburg"]


def test_an_exports_stamp_and_the_articles_town_and_a_photos_source_are_no_titles():
    from parsers import lexicon, titles
    assert titles.dateline("date 2027-08 Güstrow", 0, 0) < 0  # (the month stamp of an export and the dateline's town)
    assert lexicon.is_chrome_line("Eröffnungsfest der Interkulturellen Wochen im vergangenen Jahr. Quelle: privat")
    assert titles.dateline("Güstrower Kinderfest", 0, 0) == 0


def test_what_the_head_of_a_school_says_of_its_open_day_does_not_name_it():
    page = ("„Probiere Instrumente aus!“ – unter diesem Motto steht der diesjährige „Tag der offenen Tür“ an der "
            "Musikschule in Kulmbach.\n\n"
            "Wie die Stadt mitteilt, geht es am Samstag, 17. Juni 2027, um 11 Uhr im Musiksaal der Musikschule los. „Den "
            "ganzen Tag über dreht sich bei unserem ‚Tag der offenen Tür‘ alles um Musik!“, freut sich der Schulleiter.\n")
    assert [e.title for e in _read(page)] == ["Tag der offenen Tür"]


def test_a_news_slug_led_by_its_day_dates_last_thursday():
    page = ("Elternabend zur Medienkompetenz war ein Riesenerfolg\n"
            "Im gut gefüllten Forum des Gymnasiums bekamen Eltern am vergangenen Donnerstag Antworten auf alle Fragen "
            "rund um das Thema „Medienkompetenz“.\n")
    events = _read(page, "https://www.musterau.example.org/aktuelles/20261119_elternabend.html")
    assert [e.start for e in events] == ["2026-11-12"]


def test_a_towns_library_or_music_school_named_with_the_town_says_where_its_event_is():
    page = ("Großer Bücherflohmarkt in der Stadtbibliothek\n"
            "Die Stadtbibliothek Bruchsal räumt ihre Regale: Beim Bücherflohmarkt am Freitag, 11. Dezember 2026, von 14 "
            "bis 18 Uhr werden aussortierte Romane gegen eine kleine Spende abgegeben.\n"
            "Stadtbibliothek Bruchsal, Marktstraße 7\n")
    events = _read(page, "https://www.stadtbibliothek-musterau.example.org/veranstaltungen/flohmarkt")
    assert [(e.organizer, e.city) for e in events] == [("Stadtbibliothek Bruchsal", "Bruchsal")]


def test_three_days_whose_sentence_names_the_event_itself_run_from_the_first_opening_to_the_last_close():
    page = ("Medienflohmarkt vom 4. bis 6. März\n"
            "Die Stadtbibliothek Bruchsal veranstaltet vom 4. bis 6. März 2027 ihren großen Medienflohmarkt.\n"
            "Am Donnerstag, dem 4. März, ist der Flohmarkt von 15 bis 19 Uhr geöffnet, am Freitag, dem 5. März, von 10 "
            "bis 18 Uhr und am Samstag, dem 6. März, von 10 bis 13 Uhr.\n")
    assert [(e.start, e.end) for e in _read(page)] == [("2027-03-04T15:00", "2027-03-06T13:00")]


def test_a_papers_mark_after_the_town_is_a_dateline_that_says_where():
    from parsers.content import PageView
    from parsers.page import parse
    page = ("Berufsorientierung an der Gesamtschule\nJonas Beispiel\n"
            "Ettlingen (BA) Die Gesamtschule öffnet am Donnerstag, 11. Februar 2027, von 15 bis 19 Uhr ihre Türen.\n")
    view = PageView(parse(page.encode(), "text/plain"), url=URL, reference_date=REFERENCE)
    assert view.dateline_town == "Ettlingen"


def test_a_museum_named_as_its_paragraphs_subject_or_destination_holds_that_paragraphs_event():
    page = ("Spinnstube, Puppenbühne und Neujahrsbasteln\nBocholt, 04.12.2026\n"
            "Die Museen im Westmünsterland laden zwischen Weihnachten und Neujahr ein. Ein Überblick.\n"
            "Das Textilmuseum Bocholt lässt eine alte Tradition aufleben. Die Spinnstube ist am 29. Dezember ab 11 Uhr "
            "geöffnet.\n"
            "Weiter geht es ins Kreismuseum Borken. Dort wird am 30. Dezember um 14 Uhr ein Krippenspiel mit Handpuppen "
            "aufgeführt.\n"
            "Dazu lädt das Heimathaus Vreden am 2. Januar ab 10 Uhr zum Neujahrsbasteln für Kinder ein.\n")
    events = {e.start[:10]: e for e in _read(page, "https://www.zeitung-musterland.example.org/museen") if e.start}
    assert events["2026-12-30"].organizer == "Kreismuseum Borken"


def test_two_days_that_share_the_hours_said_after_the_last_run_from_the_first_opening_to_the_last_close():
    page = ("Adventsbasar in der Grundschule\n"
            "Bruchsal. Der Förderverein der Grundschule lädt zum Adventsbasar ein. Geöffnet ist am Freitag, 11. Dezember, "
            "und am Samstag, 12. Dezember 2026, jeweils von 14 bis 18 Uhr.\n")
    assert [(e.start, e.end) for e in _read(page)] == [("2026-12-11T14:00", "2026-12-12T18:00")]


def test_a_museums_own_holiday_programme_is_held_by_the_museum_and_a_venues_address_line_holds_nothing():
    page = ("Speyer (red) – Begleitend zur Sonderausstellung im Historischen Museum der Pfalz finden vom 13. bis zum 14. "
            "April 2027 Ferienworkshops für Kinder statt.\n\nDas Programm startet jeweils um 10 Uhr und endet um 13 Uhr.\n")
    assert {e.organizer for e in _read(page)} == {"Historisches Museum der Pfalz"}
    venue = ("Seiteneinsteiger: Lesefest für Kinder\n\n"
             "Die Autorin liest am Dienstag, 9. März 2027, um 10.30 Uhr aus ihrem Buch, Kinderbuchhaus im Altonaer "
             "Museum, Museumstraße 23, Eintritt 3 Euro.\n")
    assert "Altonaer Museum" not in {e.organizer for e in _read(venue)}


def test_a_row_of_where_and_when_under_an_opening_sentence_names_nothing():
    page = ("Die Jugendberufsagentur informiert Eltern über die duale Ausbildung. Der nächste Infoabend für Eltern findet "
            "statt am:\n12.03.2027: Kassel, Rathaus, Bürgersaal, 18 Uhr\n"
            "Eltern erfahren, wie eine Ausbildung abläuft.\n")
    assert [(e.title, e.start, e.city) for e in _read(page)] == [("Infoabend für Eltern", "2027-03-12T18:00", "Kassel")]


def test_tonight_in_an_article_stamped_with_its_day_is_that_day_at_the_hour_said_next():
    page = ("Autorin liest im Schulzentrum aus ihrem Jugendroman\n09:12 20.01.2026\n"
            "Musterau. Die Jugendbuchautorin Erika Beispiel ist heute Abend zu Gast im Schulzentrum. Um 19 Uhr liest sie "
            "in der Aula aus ihrem Roman „Sommer am Kanal“.\n")
    assert [e.start for e in _read(page)] == ["2026-01-20T19:00"]


def test_the_sites_own_administration_alone_on_the_first_line_is_no_title():
    from parsers import titles
    assert titles.sender("Kreis Musterland", 0, 0) < 0
    assert titles.sender("Landkreis Rostock", 0, 0) < 0
    assert titles.sender("Stadtfest Ettlingen", 0, 0) == 0 and titles.sender("Kreis Musterland lädt zum Fachtag", 0, 0) == 0


def test_a_chess_club_that_hosts_holds_and_a_part_of_a_kreis_holds_nothing():
    from parsers import people
    assert people.organizer_from_prose("Ausrichter ist der Schachklub Wiesbaden-Bruchsal.")[0] == "Schachklub Wiesbaden-Bruchsal"
    assert people.organizer_in_text("Das Diakonische Werk ist im Nordkreis Ausrichter für verschiedene "
                                    "Einzelveranstaltungen.") != "Nordkreis"


def test_from_one_hour_and_another_is_a_range_written_with_the_wrong_word():
    from parsers import dates
    assert dates.find_time("Von 14 und 18 Uhr lädt ein bunter Markt ein") == dates.TimeRange("14:00", "18:00", 0)
    assert dates.find_time("zwischen 12 und 13 Uhr").end == "13:00"


def test_a_school_named_with_its_town_says_where_its_open_evening_is():
    page = ("Übergang von der Grundschule: Infoabend\n"
            "Die Realschule Ettlingen lädt die Eltern der vierten Klassen am Donnerstag, 21. Januar 2027, um 19.30 Uhr "
            "zum Informationsabend in die Mensa ein.\n")
    assert [e.city for e in _read(page, "https://www.schulen-musterland.example.org/aktuelles")] == ["Ettlingen"]


def test_a_play_shown_on_two_days_in_a_row_each_at_its_own_hour_is_two_showings_not_one_run():
    page = ("Theater-AG zeigt „Die Physiker“\n\n"
            "Nun ist das Stück fertig: Die Schülerinnen und Schüler der Jahrgänge 10 bis 12 des Gymnasiums Musterau zeigen "
            "es am Freitag, 22. Januar 2027, um 19 Uhr und am Samstag, 23. Januar 2027, um 18 Uhr in der Aula der Schule.\n")
    assert [(e.start, e.end) for e in _read(page)] == [("2027-01-22T19:00", None), ("2027-01-23T18:00", None)]
    # (a fair's days with opening hours still run from the first opening to the last close: see above)


def test_a_play_shown_on_two_days_at_the_same_hour_is_two_showings_and_a_run_that_ends_is_one():
    page = ("Theater-AG zeigt „Die Physiker“\n\n"
            "Die Schülerinnen und Schüler des Gymnasiums Musterau zeigen das Stück am Freitag, 22. Januar 2027, um 19 Uhr "
            "und am Samstag, 23. Januar 2027, um 19 Uhr in der Aula der Schule.\n")
    assert [(e.start, e.end) for e in _read(page)] == [("2027-01-22T19:00", None), ("2027-01-23T19:00", None)]
    run = ("Zukunftswerkstatt Schule 2030\n\nDie Zukunftswerkstatt beginnt am Freitag, 5. März 2027, um 14 Uhr und endet "
           "am Samstag, 6. März 2027, um 13 Uhr in der Jugendherberge Musterau.\n")
    assert [(e.start, e.end) for e in _read(run)] == [("2027-03-05T14:00", "2027-03-06T13:00")]
