"""A press release broken at a fixed width, read as its paragraphs; a music school's recitals named by their kind and
the class that plays them; a holiday programme held in two runs beside a second offer on the same days; a week's programme day by day."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.page import unwrapped


def _events(page: str, url: str = "https://www.musterau.example.org/pressemeldungen/vorspiele/2027/06/18"):
    return extract_events(page.encode(), url=url, content_type="text/plain", reference_date=date(2026, 12, 10))


def _read(page: str, url: str = "https://www.musterau.example.org/pressemeldungen/vorspiele/2027/06/18"):
    return [(e.start, e.title) for e in _events(page, url)]


RECITALS = ("Instrumentalklassen der Musikschule präsentieren sich\n"
            "Am Ende des Schuljahres sollen die Schülerinnen und Schüler der\n"
            "Musikschule Musterau die Möglichkeit haben, ihr Können der Öffentlichkeit zu\n"
            "präsentieren. Dazu sind im Juni und Juli zahlreiche Vorspiele geplant, die alle\n"
            "in der Lutherkirche in der Untermainstraße in Musterau-Süd stattfinden.\n"
            "Am Mittwoch, dem 7. Juli, präsentieren sich um 17.30 Uhr die Schülerinnen und\n"
            "Schüler der Klavierklasse von Anna Beispiel. Eine Woche später, am 14. Juli, um\n"
            "17.30 Uhr treten die Violinklasse und die Querflötenklasse auf der Empore\n"
            "auf. Kurz vor den Sommerferien laufen die Schülerinnen und Schüler der\n"
            "Gitarrenklasse von Berta Muster zu Hochtouren auf. Sie präsentieren sich am\n"
            "Mittwoch, dem 21. Juli, um 17 Uhr der Öffentlichkeit.\n")


def test_a_headline_well_short_of_the_width_stays_a_line_of_its_own():
    lines = unwrapped(RECITALS.splitlines())
    assert lines[0] == "Instrumentalklassen der Musikschule präsentieren sich"
    assert lines[1].startswith("Am Ende des Schuljahres sollen die Schülerinnen und Schüler der Musikschule Musterau")


def test_a_line_broken_before_its_hour_is_joined_to_it():
    # "… am 14. Juli, um" / "17.30 Uhr treten …": one sentence, one hour
    assert any("am 14. Juli, um 17.30 Uhr treten" in line for line in unwrapped(RECITALS.splitlines()))


def test_a_list_of_hours_is_not_joined_to_the_line_above():
    page = ["Programm des Fachtags am 12. Mai 2027 im Rathaus der Stadt Musterau",
            "Ankommen bei Kaffee und kleinen Snacks im Foyer vor dem großen Saal",
            "10 Uhr Begrüßung durch die Bürgermeisterin der Stadt Musterau und die",
            "Leitung des Bildungsbüros, danach ein Grußwort der Ministerin für Bildung",
            "und eine Einführung in das Thema des Tages durch die Moderatorin",
            "11 Uhr Workshops in den Räumen des Rathauses und in der Stadtbibliothek"]
    assert "11 Uhr Workshops in den Räumen des Rathauses und in der Stadtbibliothek" in unwrapped(page)


def test_recitals_are_named_by_the_pages_kind_and_the_class_that_plays():
    read = _read(RECITALS)
    assert ("2027-07-07T17:30", "Vorspiel der Klavierklasse") in read
    assert ("2027-07-14T17:30", "Vorspiel der Violinklasse") in read
    # "Sie präsentieren sich …": the class the sentence before names
    assert ("2027-07-21T17:00", "Vorspiel der Gitarrenklasse") in read


def test_two_recitals_of_one_class_on_two_days_are_two_events():
    page = RECITALS.replace("die Violinklasse und die Querflötenklasse", "die Schülerinnen und Schüler der Klavierklasse")
    read = _read(page)
    assert [start for start, title in read if title == "Vorspiel der Klavierklasse"] == ["2027-07-07T17:30", "2027-07-14T17:30"]


HOLIDAYS = ("Ferienprogramm im Museumsdorf\n"
            "Musterdorf. Bei den Frühjahrsferien im Museumsdorf ist für jedes Kind etwas dabei: draußen spielen, Seife "
            "herstellen, kochen und filzen. Von Dienstag bis Donnerstag, dem 9. bis 11. März und 30. März bis 1. April "
            "findet für Kinder ab vier Jahren ein offenes Ferienprogramm statt. Der Eintritt kostet 9 Euro.\n\n"
            "Betreute Erlebnistage\n\n"
            "Ebenfalls vom 30. März bis 1. April gibt es von 9 bis 15 Uhr für Kinder ab sechs Jahren die betreuten "
            "Erlebnistage. Die Kosten liegen bei 30 Euro pro Tag inklusive Verpflegung.\n")


def test_a_holiday_programme_held_in_two_runs_and_a_second_offer_on_the_same_days():
    read = _read(HOLIDAYS, url="https://www.zeitung-musterland.example.org/region/2027/02/ferienprogramm.html")
    assert ("2027-03-09", "Offenes Ferienprogramm") in read  # (the kind after whom it is for, its article dropped)
    assert "2027-03-30" in [start[:10] for start, title in read if title == "Offenes Ferienprogramm"]  # the second run
    assert ("2027-03-30T09:00", "Erlebnistage") in read


def test_three_runs_of_a_course_are_not_three_events():
    page = ("Töpferkurs für Jugendliche\n"
            "Das Jugendhaus Musterau bietet einen Töpferkurs an drei Wochenenden an. Der Kurs findet vom 15. bis 17. "
            "Januar, 29. bis 31. Januar und 12. bis 14. Februar 2027 im Werkraum statt. Anmeldung im Jugendhaus.\n")
    assert [start for start, _ in _read(page)] == ["2027-01-15"]


WEEK_OF_NATURE = ("Am 7. Mai startet die Naturerlebniswoche\n"
                  "Während der landesweiten Naturerlebniswoche vom 7. bis 14. Mai 2027 gibt es an vielen Orten im Land die "
                  "Gelegenheit, Natur zu erleben und ökologische Zusammenhänge besser verstehen zu lernen.\n"
                  "Das Spektrum ist breit: So gibt es am 14. Mai den Tag zur Nachhaltigkeit in Landau, den ein Team der "
                  "Hochschule durchführt. Oder direkt zu Beginn, am 7. Mai, geht es zur Ornithologischen Wanderung in die "
                  "Bachwiesen. Am 13. Mai kann man beim Kinder-Kräuter-Tag im Kräutergarten in Rengsdorf dabei sein.\n")


def test_a_named_day_a_round_up_offers_is_an_event_of_its_own():
    read = _read(WEEK_OF_NATURE, url="https://www.zeitung-musterland.example.org/natur/2027/naturerlebniswoche/")
    assert ("2027-05-14", "Tag zur Nachhaltigkeit") in read
    assert ("2027-05-13", "Kinder-Kräuter-Tag") in read


def test_a_weekday_a_birthday_or_a_handing_out_is_no_named_day():
    page = WEEK_OF_NATURE.replace("den Tag zur Nachhaltigkeit in Landau, den ein Team der Hochschule durchführt",
                                  "die Ausgabe der Zeugnisse in Landau, die ein Team der Hochschule durchführt")
    read = _read(page, url="https://www.zeitung-musterland.example.org/natur/2027/naturerlebniswoche/")
    assert not [title for start, title in read if start == "2027-05-14"]


OPEN_WEEK = ("4. bis 10. Oktober: „Woche der offenen Tür“\n"
             "Das Stadtteilzentrum Musterau öffnet seine Türen und lädt Sie herzlich ein, unser Programm zu besuchen!\n"
             "Theater, Brettspiele und vieles mehr erwartet Sie in der Woche vom 4. bis zum 10. Oktober 2027 hier bei uns im "
             "Stadtteilzentrum Musterau in der Beispielstraße 92.\n"
             "Das Programm startet am Montag um 19:30 Uhr mit einer offenen Probe des Kiezchors „Fisch im Teich“.\n"
             "Donnerstags um 11:00 Uhr lädt die Theatergruppe „Die Salzstreuer“ alle Menschen über 50 dazu ein, "
             "ihre Lebenserfahrung in lustige Theaterstücke einfließen zu lassen.\n")


def test_a_weeks_programme_sentence_opened_by_a_weekday_adverb_is_that_weeks_day():
    events = _events(OPEN_WEEK, "https://www.stz-musterau.example.org/woche-der-offenen-tuer/")
    thursday = [e for e in events if e.start == "2027-10-07T11:00"]
    assert [e.title for e in thursday] == ["Die Salzstreuer"]
    # (the house's group by its kind alone holds nothing: the house does)
    assert thursday[0].organizer == "Stadtteilzentrum Musterau"


def test_office_hours_opened_by_a_weekday_adverb_are_no_event():
    page = OPEN_WEEK.replace("lädt die Theatergruppe „Die Salzstreuer“ alle Menschen über 50 dazu ein, ihre "
                             "Lebenserfahrung in lustige Theaterstücke einfließen zu lassen",
                             "ist das Büro des Stadtteilzentrums für Fragen rund um das Programm geöffnet")
    events = _events(page, "https://www.stz-musterau.example.org/woche-der-offenen-tuer/")
    assert not [e for e in events if e.start == "2027-10-07T11:00"]


def test_offers_on_two_listed_days_of_a_week_are_two_events_beside_the_week():
    page = WEEK_OF_NATURE.replace("Am 13. Mai kann man beim Kinder-Kräuter-Tag im Kräutergarten in Rengsdorf dabei sein.",
                                  "So werden am 9. und 12. Mai Atempausen bei Entspannungswanderungen in Dedenbach angeboten.")
    read = _read(page, url="https://www.zeitung-musterland.example.org/natur/2027/naturerlebniswoche/")
    assert [start for start, title in read if title == "Entspannungswanderungen"] == ["2027-05-09", "2027-05-12"]
    assert ("2027-05-07", "Landesweite Naturerlebniswoche") in [(start[:10], title) for start, title in read]


def test_a_kind_that_takes_place_after_when_where_and_for_whom_names_the_event():
    page = ("Neues aus der Stadtbibliothek\nMusterau, 30. November 2026\n"
            "Am Samstag, 16. Januar 2027, findet von 11 bis 13 Uhr in der Stadtbibliothek Musterau für Familien mit "
            "Kindern ab fünf Jahren ein großer Spielevormittag statt. Das Team hat neue Brettspiele angeschafft.\n")
    from parsers import prose
    assert prose.title_from_sentence(page.splitlines()[2].split(". Das")[0] + ".") == "Großer Spielevormittag"
    # (a day of its own is no happening: "findet in der Kita ein Reinigungstag statt")
    assert prose.title_from_sentence("Am Freitag, 11. Dezember 2026, findet in der Kita ein Reinigungstag statt.") is None


def test_a_columns_headline_and_a_place_and_day_line_give_way_to_the_events_own_name():
    page = ("Neues aus der Stadtbibliothek\nMusterau, 30. November 2026\n"
            "Am Samstag, 16. Januar 2027, findet von 11 bis 13 Uhr in der Stadtbibliothek Musterau für Familien mit "
            "Kindern ab fünf Jahren ein großer Spielevormittag statt. Das Team hat neue Brett- und Kartenspiele "
            "angeschafft, die an diesem Vormittag gemeinsam ausprobiert werden können.\n")
    assert _read(page, url="https://www.stadtbibliothek-musterau.example.org/news/januar") == [
        ("2027-01-16T11:00", "Großer Spielevormittag")]


def test_a_short_release_broken_at_one_width_is_read_as_its_paragraph():
    # no line goes on in lower case, but the paragraph's lines run to one width and end no sentence
    page = ("Musterau, 03.12.2026\n\nFerienwerkstatt im Museum\n\n"
            "In den Sommerferien können Kinder zwischen acht und zwölf Jahren im\n"
            "Heimatmuseum Musterau wie früher Papier schöpfen und Kerzen ziehen. Die\n"
            "Ferienwerkstatt in der Museumsscheune startet am Dienstag, 20. Juli, um\n"
            "10 Uhr. Die Teilnahme kostet fünf Euro inklusive Material.\n\n"
            "Anmeldungen nimmt die Museumskasse entgegen.\n")
    assert [start for start, _ in _read(page)] == ["2027-07-20T10:00"]


def test_rows_of_days_at_one_width_are_not_one_paragraph():
    rows = ["Samstag, 6. Dezember 2025, Adventsbasar der Grundschule Musterau im Forum",
            "Samstag, 13. Dezember 2025, Weihnachtssingen im Rathaus Musterau mit Chor",
            "Sonntag, 14. Dezember 2025, Krippenspiel in der Kirche Sankt Musterau"]
    assert unwrapped(["Termine im Advent", ""] + rows) == ["Termine im Advent", ""] + rows


def test_a_course_held_twice_with_vom_before_its_second_run_is_two_events():
    page = ("Bildungsurlaub: Digitale Werkzeuge im Büro\n"
            "Vom 1. bis 3. Februar und vom 15. bis 17. Februar 2027 findet an der VHS Musterau der Bildungsurlaub "
            "„Digitale Werkzeuge im Büro“ statt. Beide Termine haben denselben Inhalt.\n")
    events = _events(page, "https://www.vhs-musterau.example.org/kurse/bildungsurlaub")
    assert [(e.start, e.end) for e in events] == [("2027-02-01", "2027-02-03"), ("2027-02-15", "2027-02-17")]


def test_a_kind_that_takes_place_keeps_what_it_is_about():
    from parsers import prose
    sentence = ("Am Dienstag, 28. September 2027, findet zwischen 12 und 15 Uhr eine zusätzliche Fragerunde zu Asyl und "
                "Integration statt.")
    assert prose.title_from_sentence(sentence) == "Zusätzliche Fragerunde zu Asyl und Integration"


def test_labelled_lines_of_one_width_are_not_one_paragraph():
    lines = ["Veranstalter: Transferinitiative Kommunales Bildungsmanagement",
             "Teilnahme: auf Einladung, kostenfrei (Unterkunft und Verpflegung werden übernommen)",
             "Anmeldeschluss: 4. Dezember 2026"]
    assert unwrapped(["Jahrestagung 2027", ""] + lines) == ["Jahrestagung 2027", ""] + lines


def test_offers_on_two_listed_days_keep_the_hours_said_for_both():
    page = WEEK_OF_NATURE.replace("Am 13. Mai kann man beim Kinder-Kräuter-Tag im Kräutergarten in Rengsdorf dabei sein.",
                                  "So werden am 9. und 12. Mai von 10 bis 12 Uhr Atempausen bei Entspannungswanderungen in "
                                  "Dedenbach angeboten.")
    events = _events(page, "https://www.zeitung-musterland.example.org/natur/2027/naturerlebniswoche/")
    assert [(e.start, e.end) for e in events if e.title == "Entspannungswanderungen"] == [
        ("2027-05-09T10:00", "2027-05-09T12:00"), ("2027-05-12T10:00", "2027-05-12T12:00")]


def test_a_weekend_offered_on_one_date_or_another_is_two_events():
    page = ("Veranstaltungen der Landeslehrstätte\n"
            "Wildnis erfahren im Nationalpark, Jugendwaldheim Musterau\n"
            "19.-21. August oder 16.-18. September 2027 / Die Teilnehmenden suchen sich einen Platz fernab von Störungen.\n")
    events = _events(page, "https://www.naturschutz-musterau.example.org/veranstaltungen")
    assert [(e.start, e.end) for e in events] == [("2027-08-19", "2027-08-21"), ("2027-09-16", "2027-09-18")]
