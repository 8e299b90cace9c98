"""Lists of short rows, each led by its day: every row its own event, named by what follows its day."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events


def _read(page: str):
    events = extract_events(page.encode(), url="https://www.familienzentrum.example.org/termine",
                            content_type="text/plain", reference_date=date(2026, 12, 10))
    return [(e.start, e.title) for e in events]


def test_rows_of_a_day_and_a_short_name_are_events_of_their_own():
    page = "Kurse 2027\n12.01.27 Elternabend\n19.01.27 Faschingsfeier\n26.01.27 Elterncafé\n"
    assert _read(page) == [("2027-01-12", "Elternabend"), ("2027-01-19", "Faschingsfeier"), ("2027-01-26", "Elterncafé")]


def test_the_first_row_under_a_year_heading_is_named_like_the_others():
    page = ("Termine 2027\n12. Januar 2027, 17 Uhr: Elterncafé\n9. Februar 2027, 17 Uhr: Elterncafé\n"
            "16. März 2027, 17 Uhr: Elterncafé\n")
    assert _read(page) == [("2027-01-12T17:00", "Elterncafé"), ("2027-02-09T17:00", "Elterncafé"),
                           ("2027-03-16T17:00", "Elterncafé")]


def test_one_course_s_days_at_one_place_stay_one_course():
    page = "Babymassage-Kurs\n12.01.27 Familienzentrum\n19.01.27 Familienzentrum\n26.01.27 Familienzentrum\n"
    assert [title for _, title in _read(page)] == ["Babymassage-Kurs"]


def test_holidays_and_weekdays_after_a_day_are_no_names():
    holidays = [title for _, title in _read("Ferientermine 2027\n12.01.27 Winterferien\n19.04.27 Osterferien\n")]
    assert not {"Winterferien", "Osterferien"} & set(holidays)
    assert [title for _, title in _read("Yogakurs für Schwangere\n12.01.27 Dienstag\n19.01.27 Dienstag\n")] == [
        "Yogakurs für Schwangere"]


def test_a_bare_day_under_a_calendar_heading_is_its_first_row_not_the_posting_day():
    page = "Termine\n12.01.2027\nElterncafé\n19.01.2027\nSpielenachmittag\n"
    assert _read(page) == [("2027-01-12", "Elterncafé"), ("2027-01-19", "Spielenachmittag")]
    # (under a news headline the bare day stays the day it was posted)
    news = "Neues Programmheft erschienen\n12.01.2027\nDas Familienzentrum hat sein Programm für das Frühjahr veröffentlicht.\n"
    assert _read(news) == []


def test_a_bare_year_between_rows_dates_the_rows_below_it_and_the_autumn_above_it():
    page = ("Termine\nHerbst\n28.10. Laternenfest\n5.12. Nikolausfeier\n2026\n27.1. Faschingsfeier\n"
            "11.3. Osterfeier\n")
    assert [start for start, _ in _read(page)] == ["2025-10-28", "2025-12-05", "2026-01-27", "2026-03-11"]


def test_the_last_row_keeps_its_name_not_the_greeting_below_the_list():
    page = ("Kita Regenbogen Musterau\nTermine im Frühjahr 2027\n12.01.27 Elternabend der Vorschulgruppe\n"
            "02.02.27 Faschingsfeier\n16.03.27 Frühlingswanderung zum Paddelteich\nWir freuen uns auf Sie! Ihr Kita-Team\n")
    titles = dict(_read(page))
    assert titles["2027-03-16"] == "Frühlingswanderung zum Paddelteich"
    assert titles["2027-01-12"] == "Elternabend der Vorschulgruppe"


def test_a_list_that_mixes_in_movable_days_off_is_read_as_before():
    page = ("Terminübersicht Lindenschule Musterau\n08.02.27 Beweglicher Ferientag\n09.02.27 Beweglicher Ferientag\n"
            "17.02.27 Info-Abend weiterführende Schulen\n04.03.27 Vorlesewettbewerb der 6. Klassen\n")
    assert not {"2027-02-08", "2027-02-09"} & {start[:10] for start, _ in _read(page)}


def test_rows_below_a_row_with_its_year_run_on_into_the_next_year():
    page = "Termine\n30.09.2025: Elternabend\n28.10.: Laternenfest\n5.12.: Nikolausfeier\n27.1.: Faschingsfeier\n"
    assert [start for start, _ in _read(page)] == ["2025-09-30", "2025-10-28", "2025-12-05", "2026-01-27"]


def test_a_row_led_by_a_kind_of_event_keeps_its_topic():
    page = ("Vorträge für Eltern\nDas Familienbüro bietet mehrere Vorträge an:\n12.01.27 Vortrag Pubertät\n"
            "26.01.27 Vortrag Geschwisterstreit\n09.02.27 Lesung für Kinder\n")
    assert [title for _, title in _read(page)] == ["Vortrag Pubertät", "Vortrag Geschwisterstreit", "Lesung für Kinder"]


def test_an_archive_newest_first_does_not_turn_the_year_at_every_row():
    page = "Aktuelles\n12.12.2025: Weihnachtsfeier\n5.11.: Laternenfest\n3.10.: Erntedankfest\n"
    assert [start for start, _ in _read(page)] == ["2025-12-12", "2025-11-05", "2025-10-03"]


def test_a_post_under_a_calendar_heading_keeps_its_posting_day_out():
    page = ("Veranstaltungen\n28.11.2026\nAdventsmarkt der Kita Sonnenschein\nAm Samstag, 12. Dezember 2026, laden wir "
            "von 14 bis 18 Uhr zu unserem Adventsmarkt ein.\n03.12.2026\nSeite drucken\n")
    assert [start for start, _ in _read(page)] == ["2026-12-12T14:00"]


def test_a_calendar_heading_names_its_institution_without_the_calendar_words():
    for heading, holder in (("Kita Sonnenschein – Jahrestermine 2027", "Kita Sonnenschein"),
                            ("Termine der Realschule Musterau", "Realschule Musterau")):
        page = f"{heading}\n11.01.2027 Elternabend\n08.02.2027 Faschingsfeier\n26.06.2027 Sommerfest\n"
        events = extract_events(page.encode(), url="https://www.example.org/termine", content_type="text/plain",
                                reference_date=date(2026, 12, 5))
        assert [e.organizer for e in events] == [holder] * 3


def test_a_row_names_its_event_before_its_time_and_place_and_its_own_last_day_is_no_other_day():
    page = ("Jugendring Musterau – Jahresprogramm 2027\n\n13.02.2027 Juleica-Grundkurs, Teil 1, 9–17 Uhr, Jugendhaus Musterau\n"
            "20.03.2027 Jugendtag im Kreishaus, 10–16 Uhr\n08.05.2027 Spieletag im Stadtpark, 14 Uhr\n"
            "24.07.2027 Zeltlager am Waldsee (bis 31.07.)\n")
    assert [(start[:10], title) for start, title in _read(page)] == [
        ("2027-02-13", "Juleica-Grundkurs, Teil 1"), ("2027-03-20", "Jugendtag im Kreishaus"),
        ("2027-05-08", "Spieletag im Stadtpark"), ("2027-07-24", "Zeltlager am Waldsee")]


def test_a_short_row_with_its_own_hour_is_a_course_even_in_two_words():
    page = ("Volkshochschule Musterau\nKochkurse im Frühjahr\nMittwoch, 3. März: Orientalische Küche, 18 Uhr\n"
            "Freitag, 16. April: Vegetarisch grillen, 18 Uhr\n5. Februar: Brot backen, 17 Uhr\n14. Mai: Sushi für Einsteiger, 18 Uhr\n")
    assert ("2027-02-05T17:00", "Brot backen") in _read(page)
    # (a holiday in a row of two words without an hour stays no event)
    assert not any(title == "Reformationstag" for _, title in _read("Termine\n31.10.2027 Reformationstag\n"
                                                                  "06.11.2027 Laternenfest, 17 Uhr\n13.11.2027 Basar, 14 Uhr\n"))


def test_a_kitas_year_names_its_bazaar_and_its_christmas_market():
    page = ("Termine\nWinter\n25. - 27.11. Adventsbasar\n1.12. 17.00 Uhr Adventsfenster öffnen\n5.12. Nikolausfeier\n"
            "14.12. Christkindlmarkt\n")
    titles = [title for _, title in _read(page)]
    assert {"Adventsbasar", "Christkindlmarkt", "Nikolausfeier"} <= set(titles)


def test_a_rows_remark_to_the_reader_is_no_part_of_its_name():
    text = ("Termine der Kita Sonnenschein\n\nHerbst\n28.10.2027 Laternenbasteln\n"
            "8. + 9.12.2027 8.30 Uhr Adventsstündchen Eltern dürfen gerne dazu kommen\n"
            "14.12.2027 Christkindlmarkt\n15.12.2027 Krippenspiel in der Kirche\n")
    events = extract_events(text, content_type="text/plain", reference_date=date(2026, 12, 6))
    advent = [e for e in events if e.start and e.start.startswith("2027-12-08")]
    assert advent and advent[0].title == "Adventsstündchen" and advent[0].venue is None


def test_a_row_s_price_is_no_place():
    for line in ("14. März 2027 ab 18 Uhr, Eintritt frei.", "25. März 2027 um 9.30 Uhr, Teilnahme kostenlos.",
                 "1. März 2027, 10 Uhr, kostet 50 Euro."):
        events = extract_events(f"Frühlingsparty im Familienzentrum\n{line}\n".encode(),
                                url="https://www.familienzentrum.example.org/termine/fruehlingsparty",
                                content_type="text/plain", reference_date=date(2026, 12, 10))
        assert [e.venue for e in events] == [None], line


def test_a_place_beside_its_price_stays_the_place():
    def read(page: str):
        event = extract_events(page.encode(), url="https://www.vhs-musterau.example.org/kurse/x",
                               content_type="text/plain", reference_date=date(2026, 12, 10))[0]
        return event.venue, event.city
    assert read("Infoabend Umschulung Pflegefachkraft\nInformationen zu Ablauf und Förderung.\n"
                "10. März 2027, 18 Uhr, Euro-Schulen Musterau\n")[0] == "Euro-Schulen Musterau"
    assert read("Lesung mit Anna Beispiel\nDie Autorin liest aus ihrem Roman „Sommer am Fluss“.\n"
                "Donnerstag, 18. März 2027, 19.30 Uhr, Stadtbücherei Musterau (Eintritt frei)\n")[0] == "Stadtbücherei Musterau"
    assert read("Frühlingsmarkt der Landfrauen\nSelbstgemachtes und Kaffee und Kuchen.\n"
                "17. April 2027, 10–13 Uhr, Beispielheim, Eintritt frei\n") == (None, "Beispielheim")


def test_a_line_of_hours_under_the_day_is_no_name_and_the_meeting_point_is_the_venue():
    page = ("Mit den Rangern unterwegs: das Naturzentrum Musterwald lädt Familien zu einem Sommerprogramm ein.\n"
            "Donnerstag, 5. August 2027\n10.30 – 12.00 Uhr\nTanne oder Fichte – Naturentdeckung mit dem Ranger\n"
            "Treffpunkt: Infohaus am Waldrand, Musterau\n"
            "Mittwoch, 11. August 2027\n14 – 15.30 Uhr\nBergbach – Naturentdeckung mit dem Ranger\n"
            "Treffpunkt: Wanderparkplatz an der Mühle, Beispielbach\n")
    events = extract_events(page.encode(), url="https://www.naturzentrum.example.org/sommer", content_type="text/plain",
                            reference_date=date(2026, 12, 10))
    assert [(e.start, e.end, e.title, e.venue) for e in events] == [
        ("2027-08-05T10:30", "2027-08-05T12:00", "Tanne oder Fichte – Naturentdeckung mit dem Ranger",
         "Infohaus am Waldrand, Musterau"),
        ("2027-08-11T14:00", "2027-08-11T15:30", "Bergbach – Naturentdeckung mit dem Ranger",
         "Wanderparkplatz an der Mühle, Beispielbach")]


def test_a_meeting_point_names_no_town_the_gazetteer_does_not_know():
    page = "Frühjahrsputz in Musterau\nSamstag, 20.03.2027, 9 bis 12 Uhr\nTreffpunkt: Bauhof, Am Fließ 7\nVereine sammeln Müll.\n"
    event, = extract_events(page.encode(), content_type="text/plain", reference_date=date(2026, 12, 10))
    assert (event.venue, event.city) == ("Bauhof", None)


def test_a_name_above_its_day_keeps_it_over_the_description_below_the_hours():
    page = ("Veranstaltungen im Mai\nVogelstimmenwanderung\nSamstag, 2. Mai 2027\n6 Uhr\n"
            "Mit der Ornithologin Erika Beispiel zu den Sängern am Waldrand\nTreffpunkt: Parkplatz Waldbad\n"
            "Fledermausexkursion\nFreitag, 7. Mai 2027\n20.30 Uhr\nMit Detektor und Taschenlampe rund um den Weiher\n"
            "Treffpunkt: Infohaus\n")
    assert [title for _, title in _read(page)][:1] == ["Vogelstimmenwanderung"]


def test_the_hours_under_a_course_s_days_lead_to_no_day_or_fact_as_its_name():
    page = ("Nähkurs für Einsteigerinnen\nKursnummer 27F-304\nDienstag, 2. März 2027\n18 – 20.15 Uhr\n"
            "Dienstag, 9. März 2027\n18 – 20.15 Uhr\nDienstag, 16. März 2027\n18 – 20.15 Uhr\n"
            "Ort: Volkshochschule Musterau, Raum 2\nGebühr: 45 Euro\n")
    titles = [title for _, title in _read(page)]
    assert titles and not any(title.startswith(("Dienstag", "Ort:")) for title in titles)


def test_the_hours_under_each_day_of_a_programme_lead_to_its_name_below_a_heading_and_a_detail_line():
    page = ("Naturpark Musterwald – Sommerprogramm 2027\nSamstag, 5. Juni 2027\n10 – 12 Uhr\n"
            "Vom Samenkorn zum Baum – Waldführung für Familien\nmit Förster Paul Beispiel\nSamstag, 12. Juni 2027\n"
            "14 – 16 Uhr\nWildkräuter am Wegesrand\nmit Kräuterpädagogin Erika Muster\n")
    titles = [title for _, title in _read(page)]
    assert len(titles) == 2
    assert titles[0].startswith("Vom Samenkorn zum Baum") and titles[1].startswith("Wildkräuter am Wegesrand")


@pytest.mark.parametrize("line, place", [
    ("Treff: Parkplatz am Waldbad, Musterau", "Parkplatz am Waldbad, Musterau"),
    ("Treff: Bahnhof Musterau", "Bahnhof Musterau"),
    ("Treff: Frühstück für Alleinerziehende", None),  # (a group that meets, not where)
    ("Wo?", ""),  # (the question alone on its line, its answer below)
])
def test_where_one_meets_is_a_place_label_and_a_group_that_meets_is_none(line, place):
    from parsers.labels import label_of
    label = label_of(line)
    assert (label.value if label and label.kind == "place" else None) == place


@pytest.mark.parametrize("line, kind, value", [
    # labels run on in one line: each value ends where the next label begins
    ("Veranstalter: Literaturzentrum. Ort: Literaturhaus, Musterweg 38, 11.00 Uhr. Eintritt: 16 Euro",
     "organizer", "Literaturzentrum"),
    ("Veranstalter: Buchladen Muster, Restaurant „Das Dorf“. Ort: Dorf, Lange Reihe 39, 23.00 Uhr.",
     "organizer", "Buchladen Muster, Restaurant „Das Dorf“"),
    # a value that only holds a label word goes on ("Ort: Saal 2. Zeit und Ort werden noch bekanntgegeben")
    ("Ort: Aula der Lindenschule. Zeit und Ort werden noch bekanntgegeben.", "place",
     "Aula der Lindenschule. Zeit und Ort werden noch bekanntgegeben."),
])
def test_labels_run_on_in_one_line_each_keep_their_own_value(line, kind, value):
    from parsers.labels import label_of
    label = label_of(line)
    assert (label.kind, label.value) == (kind, value)


def test_an_items_hour_on_its_own_line_under_its_name_or_its_day_is_its_start():
    # a library's programme: the day, the name, the hour each on a line (or the day and the name on one)
    page = ("Veranstaltungen der Stadtbücherei\n\n"
            "Mittwoch, 19. Mai 2027:\n"
            "Lesung zum Kurzgeschichten-Wettbewerb\n"
            "19.30 Uhr\n"
            "Die zehn besten Geschichten des Wettbewerbs werden vorgelesen. Der Eintritt ist frei.\n\n"
            "Donnerstag, 20. Mai 2027: Bilderbuchkino „Der kleine Bär“\n"
            "15 Uhr\n"
            "Ein Bilderbuchkino für Kinder ab 4 Jahren. Anmeldung erforderlich.\n")
    assert [start for start, _ in _read(page)] == ["2027-05-19T19:30", "2027-05-20T15:00"]


def test_an_hour_below_a_sentence_under_the_day_is_not_the_days():
    # the hour below a sentence belongs to what that sentence tells, not to the day above it
    page = ("Veranstaltungen der Stadtbücherei\n\n"
            "Mittwoch, 19. Mai 2027: Lesung zum Kurzgeschichten-Wettbewerb\n"
            "Die Bücherei ist an diesem Tag schon am Vormittag geöffnet.\n"
            "10 Uhr\n")
    assert [start for start, _ in _read(page)] == ["2027-05-19"]


DAY_PAGE = ("Samstag, 29.10.2027\n\n\n"
            "Lesung\n\n„Musterauer Auslese“\n\n"
            "Im Rahmen der Lesereihe stellt eine Autorin ihren neuen Roman vor, danach ist Zeit für Gespräche.\n\n"
            "Veranstalter: Kulturwerkstatt Musterau. Kanalplatz 6, 16.00 Uhr. Eintritt: 5 Euro.\n\n\n"
            "Poetry Slam\n\n„8 Minuten Musterau“\n\n"
            "Dichterinnen und Dichter treten zum Wettstreit an, das Publikum entscheidet über den Sieg.\n\n"
            "Veranstalter: Bar am Hafen. Hafenweg 1, 20.00 Uhr. Eintritt: 3 Euro.\n")


def test_a_calendars_day_page_gives_each_item_its_own_hour_on_that_day():
    # the day once at the top, then items each closed by a line of their holder, place and hour
    events = extract_events(DAY_PAGE.encode(), url="https://www.literatur-musterau.example.org/index.php?day=29&month=9",
                            content_type="text/plain", reference_date=date(2026, 12, 10))
    assert [(e.start, e.title, e.organizer) for e in events] == [
        ("2027-10-29T16:00", "Lesung „Musterauer Auslese“", "Kulturwerkstatt Musterau"),
        ("2027-10-29T20:00", "Poetry Slam „8 Minuten Musterau“", "Bar am Hafen")]


DAY_PAGE_OF_PLAIN_LINES = ("Freitag, 03.11.2027\n\n\n"
                           "Lesung mit einer Musterauer Autorin\n\n„Die Reise zum Leuchtturm“\n\n"
                           "Die Autorin liest aus ihrem Buch mit neuen Geschichten vom Meer. Für Kinder bis 12 Jahre, mit "
                           "Bastelecke.\n\n"
                           "Buchhandlung Beispiel und Musterauer Anzeiger im Alten Theater, Museumstr. 17, 17.00 Uhr, 7 Euro.\n\n\n"
                           "Musterauer Märchentage\n\nMärchen aus aller Welt\n\n"
                           "Auf dem Programm stehen vom 3. bis zum 10. November wieder viele Lesungen und Bastelaktionen "
                           "in den Museen, Schulen und Büchereien der Stadt.\n\n"
                           "Das Programm gibt es hier: www.maerchentage.example.org\n\n\n"
                           "Lesung\n\n„Ziegelsteine“\n\n"
                           "Zwei Autorinnen lesen ihre Beiträge aus dem Jahrbuch der Musterauer Literaturwerkstatt, danach "
                           "ist Zeit für Gespräche.\n\n"
                           "Büchereck Musterau-Nord, Nordweg 15, 19.30 Uhr, 8 Euro.\n\n\n"
                           "Lesung\n\n„Das kriminelle Trio“\n\n"
                           "Drei Autorinnen lesen aus ihren aktuellen Kriminalromanen, die alle in der Region spielen und ")


def test_a_day_pages_items_without_labels_each_get_their_hour_holder_and_span():
    # items closed by "holder im house, street, hour, price", an item of several days in its text, a cut-off last item
    events = extract_events(DAY_PAGE_OF_PLAIN_LINES.encode(), content_type="text/plain",
                            url="https://www.literatur-musterau.example.org/index.php?day=3&month=10",
                            reference_date=date(2026, 12, 10))
    assert [(e.start, e.end, e.title, e.organizer) for e in events] == [
        ("2027-11-03T17:00", None, "Lesung mit einer Musterauer Autorin „Die Reise zum Leuchtturm“",
         "Buchhandlung Beispiel und Musterauer Anzeiger"),
        ("2027-11-03", "2027-11-10", "Musterauer Märchentage Märchen aus aller Welt", None),
        ("2027-11-03T19:30", None, "Lesung „Ziegelsteine“", None),
        ("2027-11-03", None, "Lesung „Das kriminelle Trio“", None)]


def test_a_day_page_whose_item_runs_on_another_day_is_none():
    # an item's text that dates a day outside the top day: the page is no one day's calendar
    page = DAY_PAGE_OF_PLAIN_LINES.replace("vom 3. bis zum 10. November", "vom 5. bis zum 10. November")
    events = extract_events(page.encode(), content_type="text/plain",
                            url="https://www.literatur-musterau.example.org/index.php?day=3&month=10",
                            reference_date=date(2026, 12, 10))
    assert not [e for e in events if (e.start or "").endswith("T19:30")]


def test_a_page_with_more_than_its_one_day_is_no_days_page():
    # a second day further down: the page is no single day's calendar, and the items are not read as its hours
    page = DAY_PAGE + "\nWeitere Lesung am Sonntag, 30.10.2027, um 11 Uhr im Rathaus.\n"
    events = extract_events(page.encode(), url="https://www.literatur-musterau.example.org/index.php?day=29&month=9",
                            content_type="text/plain", reference_date=date(2026, 12, 10))
    assert not [e for e in events if (e.start or "").endswith("T20:00")]


def test_the_hour_a_lead_in_gives_its_rows_is_each_rows_start():
    # "Gezeigt werden drei Filme, jeweils ab 21.30 Uhr:" over the rows of its days
    page = ("Freiluftkino im Stadtpark\n"
            "Das Kulturbüro lädt zum Freiluftkino ein. Gezeigt werden drei Filme, jeweils ab 21.30 Uhr:\n"
            "Freitag, 6. August 2027: eine Komödie für die ganze Familie\n"
            "Samstag, 7. August 2027: ein Dokumentarfilm über Bienen\n"
            "Sonntag, 8. August 2027: ein Klassiker der Filmgeschichte\n"
            "Bei Regen fällt die Vorstellung aus.\n")
    assert [start for start, _ in _read(page)] == ["2027-08-06T21:30", "2027-08-07T21:30", "2027-08-08T21:30"]


def test_an_hour_between_a_day_and_its_name_is_never_the_name():
    # "Samstag, 5. Juni 2027" / "14 Uhr" / "Historischer Markt …", item after item
    page = ("Festwoche 700 Jahre Musterdorf\n"
            "Freitag, 4. Juni 2027\n19 Uhr\nFestkommers im Bürgerhaus\n"
            "Samstag, 5. Juni 2027\n14 Uhr\nHistorischer Markt auf dem Dorfplatz\n"
            "Sonntag, 6. Juni 2027\n10 Uhr\nÖkumenischer Festgottesdienst im Festzelt\n")
    read = _read(page)
    assert ("2027-06-05T14:00", "Historischer Markt auf dem Dorfplatz") in read
    assert ("2027-06-06T10:00", "Ökumenischer Festgottesdienst im Festzelt") in read


def test_a_rows_name_before_its_hours_line_loses_its_trailing_comma():
    # "Mittwoch, 14. April 2027: Interkulturelle Gesellschaftsspiele," / "15.30 - 17.30 Uhr"
    page = ("Interkulturelles Familiencafé\n\nTermine:\n\n"
            "Mittwoch, 14. April 2027: Interkulturelle Gesellschaftsspiele,\n\n15.30 - 17.30 Uhr\n\n\n"
            "Mittwoch, 12. Mai 2027: Kinderkleider- und Spielzeugbörse,\n\n15.00 - 17.00 Uhr\n")
    assert _read(page) == [("2027-04-14T15:30", "Interkulturelle Gesellschaftsspiele"),
                           ("2027-05-12T15:00", "Kinderkleider- und Spielzeugbörse")]


def test_an_hour_without_uhr_after_its_day_and_a_comma_is_the_start():
    # "am Samstag, 11.12.27, 17.00 in der Friedenskirche" (not a price: "11.12.27, 17.00 Euro Eintritt")
    page = ("Weihnachtskonzert der Musikschule\n"
            "Zum Jahresende lädt die Musikschule Musterau zu ihrem Weihnachtskonzert am Samstag, 11.12.27, 17.00 in der "
            "Friedenskirche ein.\n")
    assert _read(page) == [("2027-12-11T17:00", "Weihnachtskonzert der Musikschule")]
    assert [start for start, _ in _read(page.replace("17.00 in der Friedenskirche", "17.00 Euro Eintritt"))] == ["2027-12-11"]


def test_a_link_to_more_information_is_never_an_events_name():
    page = ("Am Sonnabend, 24. August 2027, feiern die Bürgerhäuser ein gemeinsames Fest in den Wallanlagen.\n\n"
            "Weitere Infos zu der Veranstaltung\n")
    assert "Weitere Infos zu der Veranstaltung" not in [title for _, title in _read(page)]


SHORT_DAY_PAGE = ("Musterau heute\nMittwoch, 17.02.2027\n\n"
                  "Vortrag\n„Mehrsprachig aufwachsen“\nWie Kinder zwei oder mehr Sprachen lernen – mit Zeit für Fragen.\n"
                  "Volkshochschule Musterau im Forum, Muster-Allee 5, 19 Uhr, 6 Euro.\n\n"
                  "Ausstellung\n„Kinder malen ihre Stadt“\nBilder aus den Musterauer Grundschulen. Bis zum 1. März.\n"
                  "Stadtteilbibliothek Süd, Am Anger 4\n\n"
                  "Sprachcafé\nDeutsch üben bei Kaffee und Kuchen\n"
                  "Offenes Treffen für alle, die ihr Deutsch im Gespräch verbessern möchten.\n"
                  "Stadtteilbücherei Nord, Vinetaplatz 9, 15.30 Uhr, kostenlos.\n")


def test_a_day_pages_items_with_short_texts_and_a_place_without_an_hour_stay_apart():
    # one-line texts under each name; an item whose place line gives no hour is the day's, its place no next item's name
    events = extract_events(SHORT_DAY_PAGE.encode(), url="https://www.musterau-heute.example.org/kalender/2027-02-17",
                            content_type="text/plain", reference_date=date(2026, 12, 10))
    assert [(e.start, e.end, e.title, e.organizer) for e in events] == [
        ("2027-02-17T19:00", None, "Vortrag „Mehrsprachig aufwachsen“", "Volkshochschule Musterau"),
        ("2027-02-17", "2027-03-01", "Ausstellung „Kinder malen ihre Stadt“", None),
        ("2027-02-17T15:30", None, "Sprachcafé Deutsch üben bei Kaffee und Kuchen", None)]


WEEK_BY_TOWNS = (
    "Aktionswoche Natur im Land – das Programm\n\n"
    "Vom 14. bis 21. September 2027 findet im ganzen Land die Aktionswoche Natur im Land statt. Rund 200 "
    "Veranstaltungen sind geplant, hier eine Auswahl.\n\n"
    "Neustadt\n\n"
    "Kräuterwanderung am Stadtwald: 15. September 10 bis 12 Uhr, Treffpunkt: Parkplatz am Forsthaus, 12345 Neustadt\n\n"
    "Kiel\n\n"
    "Nistkästen bauen für Kinder : 18.09.2027 14-16 Uhr, Kosten: keine, Treffpunkt: Schulgarten Nord\n"
)


def test_rows_led_by_their_names_and_a_colon_are_the_week_s_events_under_their_towns():
    events = extract_events(WEEK_BY_TOWNS.encode(), url="https://www.naturwoche.example.org/programm",
                            content_type="text/plain", reference_date=date(2027, 9, 1))
    read = {(e.title, e.start, e.city) for e in events}
    assert ("Kräuterwanderung am Stadtwald", "2027-09-15T10:00", "Neustadt") in read
    assert ("Nistkästen bauen für Kinder", "2027-09-18T14:00", "Kiel") in read
    # the week itself, which the lead dates above its items, stays an event of its own
    assert any(e.start == "2027-09-14" and e.end == "2027-09-21" and "Aktionswoche" in e.title for e in events)


def test_a_label_or_a_town_before_a_colon_names_no_row():
    page = ("Sommerfest der Kita\n\nTermin: 15. September 2027 10 bis 12 Uhr\n\n"
            "Neustadt: 18.09.2027 14-16 Uhr im Gemeindehaus\n")
    titles = [e.title for e in extract_events(page.encode(), url="https://www.kita.example.org/fest",
                                             content_type="text/plain", reference_date=date(2027, 9, 1))]
    assert "Termin" not in titles and "Neustadt" not in titles


HOLIDAY_TIPS = (
    "Ferientipps für den Sommer\n\n"
    "Viele Gemeinden bieten ein buntes Ferienprogramm an. Hier ein erster Überblick.\n\n"
    "Malwerkstatt im Park\n\n"
    "In den Sommerferien gibt es im Stadtpark wieder kreative Workshops für Kinder von sieben bis zwölf Jahren. Gemalt "
    "wird unter freiem Himmel.\n\n"
    "Ort: Musterau, Stadtpark\n\n"
    "Termine: 20.07. bis 14.08.2027, jeweils von 10-15 Uhr\n\n"
    "Kosten: jeweils 5 Euro\n\n"
    "Kindernachmittage im Park\n\n"
    "Von Basteln bis Tanzen: an jedem Mittwoch der Ferien wartet ein buntes Programm.\n\n"
    "08.07.2027: Basteln mit Naturmaterial\n\n"
    "15.07.2027: Fahrradtraining mit der Verkehrswacht\n"
)


def test_rows_outside_a_labelled_span_are_events_of_their_own_and_the_span_is_named_above_its_label():
    events = extract_events(HOLIDAY_TIPS.encode(), url="https://www.radio.example.org/ferientipps",
                            content_type="text/plain", reference_date=date(2027, 6, 30))
    read = {(e.start, e.title) for e in events}
    assert ("2027-07-08", "Basteln mit Naturmaterial") in read
    assert ("2027-07-15", "Fahrradtraining mit der Verkehrswacht") in read
    span = [e for e in events if e.start == "2027-07-20T10:00"]
    assert [(e.title, e.end, e.city) for e in span] == [("Malwerkstatt im Park", "2027-08-14T15:00", "Musterau")]


def test_a_procedure_s_rows_led_by_a_colon_are_no_offers():
    page = ("Anmeldung an der Grundschule Musterau\n\nInfoabend für Eltern: 18. Februar 2027, 19 Uhr, Ort: Aula\n\n"
            "Anmeldung: 1. März 2027, 8 bis 12 Uhr im Sekretariat\n\nNachmeldung: 8. März 2027, 8 bis 12 Uhr\n")
    titles = [e.title for e in extract_events(page.encode(), url="https://www.gs-musterau.example.org/anmeldung",
                                              content_type="text/plain", reference_date=date(2027, 1, 10))]
    assert "Nachmeldung" not in titles and "Anmeldung" not in titles


MEDIA_DAYS = (
    "Die Welt im Rucksack: Medientage der Schulen\n\n"
    "Musterau. Das Smartphone war titelgebend für die Medientage der Musterauer Schulen, die vom 3. bis 6. November{year} "
    "stattfinden.\n\n"
    "Das Programm:\n\n"
    "• Montag, 3. November, 19.30 bis 21 Uhr, Lindenschule: „Chatten, Posten & Co.“, Vortrag für Eltern.\n\n"
    "• Dienstag, 4. November, 10 bis 12 Uhr, Stadthalle Musterau: „Meine Welt im Netz“, Veranstaltung für Schüler.\n\n"
    "• Mittwoch, 5. November, 20 Uhr, Schule am Stadtpark: „Spielen, Schauen und Co.“, Vortrag für Fachkräfte.\n")


def _events(page: str):
    return extract_events(page.encode(), url="https://www.musterau-zeitung.example.org/lokales/medientage-4711.html",
                          content_type="text/plain", reference_date=date(2026, 12, 10))


def test_rows_that_give_a_place_and_then_a_quoted_name_are_each_that_event_at_that_place():
    events = {e.start: e for e in _events(MEDIA_DAYS.format(year=" 2025"))}
    assert events["2025-11-03T19:30"].title == "Chatten, Posten & Co."
    assert events["2025-11-03T19:30"].venue == "Lindenschule"
    assert events["2025-11-04T10:00"].title == "Meine Welt im Netz"
    assert events["2025-11-05T20:00"].title == "Spielen, Schauen und Co."
    assert events["2025-11-05T20:00"].venue == "Schule am Stadtpark"  # a house, not a town "am Stadtpark"


def test_rows_of_an_article_that_prints_no_year_keep_their_names_days_and_hours():
    events = _events(MEDIA_DAYS.format(year=""))
    read = {(e.title, e.start_partial, e.start_time) for e in events}
    assert ("Chatten, Posten & Co.", "--11-03", "19:30") in read
    assert ("Spielen, Schauen und Co.", "--11-05", "20:00") in read
    assert all(e.start is None for e in events)  # (no year the page gives: never the crawl's)


def test_rows_that_give_their_place_with_a_room_before_the_quoted_name_keep_it_as_the_venue():
    page = ("Gesundheitstage der VHS\nMusterau, 2.12.2026\n"
            "Unter dem Motto „Gesund durchs Jahr“ lädt die Volkshochschule Musterau zu den Gesundheitstagen ein, die vom "
            "20. bis 23. April 2027 stattfinden.\n"
            "– Dienstag, 20. April, 18 Uhr, VHS-Haus, Raum 104: „Gut schlafen“, Vortrag\n"
            "– Mittwoch, 21. April, 10 bis 12 Uhr, Turnhalle der Lindenschule: „Rücken fit“, Mitmachkurs\n"
            "– Freitag, 23. April, 17 Uhr, Stadtpark: „Waldbaden“, Achtsamkeitsspaziergang\n")
    events = {e.start: e for e in _events(page)}
    assert (events["2027-04-20T18:00"].title, events["2027-04-20T18:00"].venue) == ("Gut schlafen", "VHS-Haus, Raum 104")
    assert events["2027-04-21T10:00"].venue == "Turnhalle der Lindenschule"
    assert (events["2027-04-23T17:00"].venue, events["2027-04-23T17:00"].city) != ("Achtsamkeitsspaziergang", "Stadtpark")


def test_rows_under_a_heading_that_counts_the_next_of_a_kind_are_that_kind_where_they_are_held():
    page = ("Musikschulwoche beginnt\n\n"
            "Auch in diesem Jahr zeigen die Schülerinnen und Schüler der Musikschule Musterau, was sie können.\n\n"
            "Die nächsten Konzerte:\n\n"
            "• Am Mittwoch, 9. Juni 2027, um 18 Uhr in der Aula der Waldschule Beispielberg; Leitung: Erika Beispiel.\n")
    events = [e for e in _events(page) if (e.start or "").startswith("2027-06-09")]
    assert len(events) == 1 and events[0].title in ("Konzert", "Konzert in Beispielberg")  # (its town, where known)
