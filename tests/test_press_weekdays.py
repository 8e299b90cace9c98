"""Days a local paper names by their weekday: counted from the article's own date, said again for the next item of a
programme, and the hours of guests at someone else's event.

A reader who follows the paper's reports expects "Am Sonnabend ist Familieninfotag" under an article of Thursday,
26 September 2019, to be Saturday the 28th; "Auch am Samstag: Die Lesung mit …" below "Am Samstag den 5. Oktober …"
to be that Saturday; and a minister's hour at a fair to be no event of its own. All wording is invented in the style
of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers import lexicon as lex
from parsers import prose

REFERENCE = date(2026, 12, 6)
PRESS_URL = "https://www.musterauer-zeitung.example.org/lokales/musterau/berufsboerse-id2576.html"


def _events(text: str, url: str | None = None):
    return extract_events(text, url=url, content_type="text/plain", reference_date=REFERENCE)


def test_a_weekday_that_opens_its_sentence_is_counted_from_the_articles_day():
    text = ("60 Aussteller präsentieren sich auf der 12. Berufsmesse in der Schulstraße. Am Sonnabend ist "
            "Familieninfotag.\n\nvon Erika Beispiel\n\n26. September 2019, 19:00 Uhr\n\n"
            "Er will draußen arbeiten. Am Stand des Gartenbauverbands informiert sich der Schüler über seine "
            "Möglichkeiten. Weitere Aussteller werben um Auszubildende.")
    assert "2019-09-28" in [(e.start or "")[:10] for e in _events(text, PRESS_URL)]


def test_an_opening_reported_on_the_articles_monday_is_that_monday():
    text = ("Musterau\n\nVon Max Muster | Veröffentlicht am 03.09.2012\n\n"
            "Noch vor der offiziellen Eröffnung der neuen Beratungsstelle am Montagmittag stand morgens eine lange "
            "Schlange vor dem Haus in der Hafenstraße 5. „Wir beraten alle unter 25“, sagte die Leiterin am Montag "
            "bei der Eröffnung der neuen Beratungsstelle.")
    assert [(e.start or "")[:10] for e in _events(text, PRESS_URL)] == ["2012-09-03"]


def test_a_weekday_on_which_something_happens_every_week_is_no_day():
    text = ("Musterau\n\nVeröffentlicht am 04.05.2018\n\nImmer weniger Kinder kommen zur Kinder-Uni. Deshalb finden "
            "die Vorlesungen dort nur noch am Freitagnachmittag statt. Früher gab es drei Termine in der Woche.")
    assert [e.start for e in _events(text, PRESS_URL) if e.start] == []


def test_the_opening_of_a_house_is_an_event_and_the_opening_of_proceedings_is_not():
    assert lex.HOUSE_OPENING_RE.search("bei der Eröffnung der neuen Jugendberufsagentur")
    assert lex.HOUSE_OPENING_RE.search("Die feierliche Eröffnung des Stadtteilzentrums")
    assert not lex.HOUSE_OPENING_RE.search("nach Eröffnung des Verfahrens")
    assert not lex.HOUSE_OPENING_RE.search("nach der Eröffnung des Insolvenzverfahrens")
    assert not lex.HOUSE_OPENING_RE.search("1 Eröffnung der Sitzung")
    assert not lex.HOUSE_OPENING_RE.search("ein Jahr nach der Eröffnung des Neubaus")


def test_a_breadcrumb_written_as_a_numbered_list_names_no_event():
    text = ("1. Home\n2. Regionales\n3. Musterau\n4. Beratung: Erste Anlaufstelle für Jugendliche\n\n"
            "Beratung Erste Anlaufstelle für Jugendliche eröffnet\n\n"
            "Von Max Muster | Veröffentlicht am 03.09.2012\n\n"
            "Die Stadt hat die neue Beratungsstelle eröffnet. „Wir beraten alle unter 25“, sagte die Leiterin am "
            "Montag bei der Eröffnung der neuen Beratungsstelle.")
    titles = [e.title for e in _events(text, PRESS_URL)]
    assert titles and not any(title.startswith(("4.", "1. Home")) for title in titles), titles


def test_a_ministers_hours_at_a_fair_are_not_events_of_their_own():
    text = ("Musterstadt – Von A wie Abwasser bis Z wie Zeichnen – 30 Ausbildungsberufe bietet das Land. Diese "
            "Berufe präsentieren zahlreiche Behörden am 13. und 14. Februar auf der Ausbildungsmesse des öffentlichen "
            "Dienstes im Einkaufszentrum Musterstadt.\n"
            "Jeweils von 9.30 bis 20.00 Uhr haben die Besucher an diesen Tagen Gelegenheit, erste Einblicke zu sammeln.\n"
            "Auch mehrere Mitglieder des Kabinetts sind vor Ort und geben Einblicke in ihre Ressorts:\n"
            "• Bildungsministerin Dr. Erika Beispiel, Freitag, 13. Februar, 10.45 Uhr bis 11.30 Uhr\n"
            "• Justizstaatssekretärin Anna Muster, Freitag, 13. Februar, ab 10.30 Uhr\n"
            "• Finanzstaatssekretär Max Beispiel, Sonnabend, 14. Februar, ab 11.00 Uhr\n"
            "Daneben besucht auch der Präsident des Oberlandesgerichtes Dr. Karl Muster die Messe am Freitag, "
            "13. Februar, ab 14.00 Uhr.")
    events = _events(text)
    assert len(events) == 1, [e.title for e in events]
    assert not any(word in events[0].title for word in ("Beispiel", "Muster", "besucht"))


def test_a_weekday_said_again_is_the_day_written_before_it():
    text = ("75 Jahre Stadtbücherei: Viele Aktionen zum Jubiläum\n\n"
            "Musterau. Vor 75 Jahren gründete man in Musterau die Stadtbücherei. Das möchte man feiern.\n\n"
            "Los geht es am Freitag den 4. Oktober 2024 um 20 Uhr mit der Lesung des Hörbuch-Sprechers Max Muster.\n\n"
            "Am Samstag den 5. Oktober 2024 geht es um 14 Uhr in der Halle des Kulturbahnhofs mit einer Lesung des "
            "Autors Karl Beispiel weiter.\n\n"
            "Auch am Samstag: Die Lesung mit Erika Musterfrau. Sie liest ab 17 Uhr aus ihrem neuen Band.\n\n"
            "Eine Lesung für Erwachsene präsentiert die Krimi-Autorin Anna Beispiel ebenfalls am Samstag. Ab 20 Uhr "
            "liest sie aus ihrem neuen Roman.")
    events = _events(text)
    on_saturday = [e for e in events if (e.start or "").startswith("2024-10-05")]
    assert len(on_saturday) == 3, [(e.title, e.start) for e in events]
    assert any(e.title == "Lesung mit Erika Musterfrau" for e in on_saturday)


def test_a_weekday_said_again_is_not_every_such_weekday():
    text = ("Am Samstag, 5. Oktober 2024, lädt der Heimatverein um 14 Uhr zum Herbstfest ein. Jeden Samstag ist "
            "außerdem das Museum geöffnet, am Samstag bleibt das Café geschlossen.")
    assert [e.start[:10] for e in _events(text) if e.start] == ["2024-10-05"]


def test_a_reading_is_named_with_its_one_reader():
    assert prose.title_from_sentence("Auch am Samstag: Die Lesung mit Erika Musterfrau.") == "Lesung mit Erika Musterfrau"
    # (a town is no reader: "Lesung mit Bad Kissingen" is not what a calendar would say)
    assert prose.title_from_sentence("Am Samstag gibt es eine Lesung mit Musik.") != "Lesung mit Musik"


def test_a_magazines_article_under_its_day_in_the_address_dates_its_weekdays():
    text = ("Stadtbücherei beteiligt sich an bundesweiter Aktionswoche\n\n"
            "MUSTERAU (ih). Für die Aktionswoche hat die Stadtbücherei ein Programm zusammengestellt. Am Montag, dem "
            "27. Oktober um 16 Uhr kommen die Kinder zur Lesung „Das magische Abenteuer“ in die Stadtbücherei.")
    events = _events(text, "https://www.wochenblatt-musterau.example.org/magazin/2008-10-18-lesung-in-der-buecherei")
    assert [e.start for e in events] == ["2008-10-27T16:00"]
    # (an event's own page named after its day is no article of that day)
    events = _events(text, "https://www.musterau.example.org/veranstaltungen/2008-10-18-lesung-in-der-buecherei")
    assert [e.start for e in events] != ["2008-10-27T16:00"]


def test_a_news_tickers_marks_are_no_part_of_its_rows():
    text = ("+++   21.05.2027 Elternabend in der Kita Sonnenschein  +++\n"
            "+++   24.05.2027 Sommerfest im Bürgerhaus  +++\n"
            "+++   29.05.2027 Vortrag zur Gartenpflege  +++\n")
    assert [(e.title, e.start) for e in _events(text)] == [
        ("Elternabend in der Kita Sonnenschein", "2027-05-21"), ("Sommerfest im Bürgerhaus", "2027-05-24"),
        ("Vortrag zur Gartenpflege", "2027-05-29")]


def test_a_libraries_night_and_an_instrument_showing_are_events():
    for name in ("Zweite Musterauer Büchernacht", "Lesenacht", "Museumsnacht", "Instrumentenvorstellung", "Buchvorstellung"):
        assert lex.EVENT_TITLE_WORD_RE.search(name), name
    for word in ("Weihnacht", "Mitternacht", "Zielvorstellung", "Wunschvorstellung"):
        assert not lex.EVENT_TITLE_WORD_RE.search(word), word


def test_a_music_schools_showing_is_held_in_its_town_by_the_school():
    text = ("Am Samstag, dem 4. November 2023, dürfen Kinder in der Musikschule Wunstorf Instrumente ausprobieren. "
            "Interessenten können dafür von 15.00 bis 16.30 Uhr kommen. Bei der Instrumentenvorstellung steht in "
            "jedem Raum ein anderes Instrument bereit.")
    event, = _events(text)
    assert (event.title, event.organizer, event.city) == ("Instrumentenvorstellung", "Musikschule Wunstorf", "Wunstorf")


def test_a_town_that_is_a_noun_after_an_adjective_is_the_noun():
    text = ("Die Aktionswoche startet im Landsbergschen Hof am Freitag, dem 24. Oktober 2008, um 19 Uhr mit der "
            "Büchernacht der Stadtbücherei Musterau.")
    assert [e.city for e in _events(text)] != ["Hof"]


def test_an_invitation_to_linger_names_no_holder():
    from parsers import people
    assert people.organizer_from_prose("Im Lesesaal lädt die Weinstube zum Verweilen und Klönen ein.") is None
    assert people.organizer_from_prose("Die Stadtbücherei lädt zum Stöbern und zur Lesung ein.")[0] == "Stadtbücherei"


def test_a_quoted_statement_ends_its_sentence_and_names_no_event():
    assert prose.sentences("Am 4. März forderte die Schulleiterin: „Wir brauchen mehr Zeit zum Lesen.“ Am 5. März endete "
                           "die Woche mit einer Lesenacht.") == [
        "Am 4. März forderte die Schulleiterin: „Wir brauchen mehr Zeit zum Lesen.“",
        "Am 5. März endete die Woche mit einer Lesenacht."]
    # (a quoted question may be a talk's title, its sentence goes on: "„Wen wählen wir?“ Unter dieser Überschrift …")
    assert len(prose.sentences("„Wen wählen wir?“ Unter dieser Überschrift spricht Dr. A. Beispiel am 1. September.")) == 1
    text = ("Lesewoche an der Lindenschule\n\nVom 1. bis 5. März 2027 stand an der Lindenschule Musterau das Lesen im "
            "Mittelpunkt. Am 3. März besuchte die Bürgermeisterin die Klassen. Am 4. März forderte Schulleiterin Anna "
            "Beispiel: „Wir brauchen mehr Zeit zum Lesen.“ Am 5. März endete die Woche mit einer Lesenacht.\n")
    assert "Wir brauchen mehr Zeit zum Lesen." not in [e.title for e in _events(text)]



def test_a_papers_day_over_its_dateline_is_when_it_appeared():
    text = ("Montag, 08.12.2025\n\nMusterstadt (md). Schülerinnen und Schüler können sich auf baldige Ferien freuen: Am "
            "5. Februar starten die Winterferien und mit ihnen drei Angebote der Museen.\n\n"
            "„Mit der Kamera unterwegs“ heißt es im Stadtmuseum vom 5. bis 9. Februar, jeweils von 10 bis 16 Uhr. "
            "Kinder drehen dort einen kleinen Film.")
    events = _events(text)
    assert [(e.title, e.start, e.end) for e in events] == [
        ("Mit der Kamera unterwegs", "2026-02-05T10:00", "2026-02-09T16:00")]


def test_a_stamps_cue_is_its_own_days_not_the_weeks_after_it():
    text = ("date 2024-09 Aktionswoche Naturvielfalt - Das Programm Stand: 13.09.2024 14:06 Uhr Vom 15. bis 22. September "
            "findet im ganzen Land die Aktionswoche Naturvielfalt statt. Geplant sind Exkursionen und Vorträge.\n\n"
            "Musterstadt\n\n"
            "Kräuter im Garten bestimmen : 15.09.2024 14-16 Uhr, kostenlos, Treffpunkt: Stadtgarten\n")
    week = [e for e in _events(text) if e.end and e.end.startswith("2024-09-22")]
    # (the week runs all day: its first day's row, "Kräuter im Garten bestimmen … 14-16 Uhr", has hours of its own)
    assert [(e.start, e.end) for e in week] == [("2024-09-15", "2024-09-22")]


def test_a_newsletters_days_take_the_year_it_writes_for_one_of_them():
    text = ("25. April 2024\n\nSehr geehrte Damen und Herren,\n\n"
            "die Partnerschaft für Demokratie lädt am 16. Oktober zur Demokratiekonferenz nach Musterstadt ein. Die "
            "Bildungsregion Musterland veranstaltet am 24. Oktober in Beispielheim die 2. Bildungskonferenz Musterland. "
            "Und das Eine-Welt-Zentrum stellt am 8. November im Stadttheater die Frage: Wie können wir unsere Demokratie "
            "zukunftsfähig gestalten?\n\n---\n\n"
            "Die Partnerschaft für Demokratie lädt zur Demokratiekonferenz „Extrem ländlich“ am 16.10.2018 in Musterstadt ein.")
    events = _events(text)
    assert sorted((e.start or "")[:10] for e in events) == ["2018-10-16", "2018-10-24", "2018-11-08"]
    assert "Wie können wir unsere Demokratie zukunftsfähig gestalten?" in [e.title for e in events]


def test_an_office_holders_own_event_keeps_its_day():
    text = ("Oberbürgermeisterin Dr. Jana Beispiel: Neujahrsempfang am Sonntag, 10. Januar 2027, 11 Uhr im Rathausfestsaal\n\n"
            "Die Stadt Musterau lädt alle Bürgerinnen und Bürger zum Neujahrsempfang ein.")
    assert [e.start for e in _events(text)] == ["2027-01-10T11:00"]
    # (a minister written with an initial is an office holder too: her hours at a fair are none of its own)
    assert lex.OFFICE_HOLDERS_DAY_RE.search("• Bildungsministerin Dr. A. Beispiel, Freitag, 13. Februar, 10.45 Uhr")


def test_a_night_from_the_evening_past_midnight_starts_in_the_evening():
    from parsers import dates as d
    assert (d.find_time("Von 18 bis 1 Uhr öffnen zwölf Museen").start, d.find_time("von 10 bis 9 Uhr").start) == ("18:00", "09:00")


def test_a_weekday_beside_a_reading_or_a_talk_is_counted_from_the_articles_day():
    text = ("Musterau\n\nVeröffentlicht am 02.03.2027\n\nDer Krimiautor Max Beispiel kommt nach Musterau. Am Freitag liest "
            "er in der Stadtbücherei aus seinem neuen Roman. Die Lesung beginnt um 19 Uhr.")
    assert [e.start for e in _events(text, PRESS_URL)] == ["2027-03-05T19:00"]


def test_a_papers_weekday_sentence_names_its_event_over_a_headline_of_news():
    text = ("Oberschule öffnet ihre Türen\n\nMusterau (wb). Am Freitag ist an der Oberschule Musterau Tag der offenen Tür. "
            "Zwischen 15 und 18 Uhr können Viertklässler und ihre Eltern Unterricht erleben.\n\n"
            "Anmeldungen für das kommende Schuljahr werden ab dem 2. März entgegengenommen.")
    events = _events(text, "https://www.wochenblatt-musterau.example.org/2026/02/10/oberschule-oeffnet-ihre-tueren")
    assert [(e.title, e.start) for e in events] == [("Tag der offenen Tür", "2026-02-13T15:00")]


def test_a_story_headline_ending_in_a_named_night_names_that_night_and_a_media_house_holds_nothing():
    text = ("Literatur\nAbendlektüre in der Bücherei statt im Bett: Sechs Autoren lesen in Musterau am 4. April zur "
            "eintrittsfreien Nacht der Bibliotheken\nErika Beispiel Veröffentlicht am 31.03.2025\n"
            "Foto: Collage MUSTI Media\n"
            "Zur Nacht der Bibliotheken kommen sechs Autorinnen und Autoren in der Musterauer Stadtbücherei zusammen und "
            "lesen aus ihren Werken vor. Los geht's um 18 Uhr.\nFreitag, 4. April, ab 18 Uhr\nStadtbücherei, Am Markt 1, "
            "Musterau")
    event, = _events(text, "https://musti-musterau.example.org/blog/abendlektuere-in-der-buecherei")
    assert (event.title, event.start) == ("Nacht der Bibliotheken", "2025-04-04T18:00")
    assert event.organizer != "MUSTI"


def test_an_agencys_today_and_a_church_press_offices_coming_thursday():
    text = ("date 2019-04 von dpa\n\n06. April 2019, 03:52 Uhr\n\nMehr als 400 Erzieherinnen und Erzieher werden heute in "
            "Beispielfelde zum 20. Kindergartentag Musterland erwartet. Veranstalter ist die Landesvereinigung für "
            "Gesundheitsförderung.")
    assert [(e.start or "")[:10] for e in _events(text, "https://www.beispiel-kurier.example.org/lokales/kindergartentag")] \
        == ["2019-04-06"]
    text = ("Seniorenakademie wird am Donnerstag eröffnet\n\nNachricht 20. September 2005\n\nMusterstadt (epd). Heute "
            "spricht Professor Max Beispiel als Vorsitzender des Beirats der Evangelischen Seniorenakademie, die am "
            "Donnerstag in Musterstadt eröffnet wird.")
    assert [(e.start or "")[:10] for e in _events(text, "https://www.landeskirche.example.org/nachrichten/2005/09/akademie")] \
        == ["2005-09-22"]


def test_the_weekday_a_trip_goes_back_names_no_event():
    text = ("Musterkreis (pm). In der ersten Sommerferienwoche wurden sieben neue Jugendgruppenleiter ausgebildet.\n"
            "Veröffentlicht am 25.06.2021\n"
            "Bevor es am Freitagnachmittag wieder zurück nach Musterau ging, wurde das Seminar ausgewertet und alle "
            "bekamen ihr Zertifikat.")
    assert [e.start for e in _events(text, PRESS_URL) if e.start] == []


def test_a_campaigns_week_and_a_reading_are_named_by_their_quotes():
    assert prose.title_from_sentence(
        "Vom 24. bis 31. Oktober finden im Rahmen der Kampagne „Musterland liest“ in Bibliotheken insgesamt 40 Lesungen "
        "statt.") == "Musterland liest"
    assert prose.title_from_sentence(
        "Mit dabei ist Erika Beispiel, die am 28. Oktober in Musterau aus ihrem Kinderbuch „Die Zeit im Garten“ liest.") \
        == "Die Zeit im Garten"
    # (a project's name is no event's: "im Rahmen des Projekts „Lesefüchse“" names the project)
    assert prose.title_from_sentence("Am 3. Mai startet im Rahmen des Projekts „Lesefüchse“ ein Vorlesenachmittag.") \
        != "Lesefüchse"


def test_a_series_days_joined_by_dashes_are_days_not_spans():
    from parsers import dates as d
    assert [(m.day, m.end_day) for m in d.find_dates("20.11.2023 - 18.12.2023 - 15.01.2024 - 19.02.2024")] == [
        (20, None), (18, None), (15, None), (19, None)]
    assert [(m.day, m.end_day) for m in d.find_dates("vom 20.11.2023 - 18.12.2023")] == [(20, 18)]
    text = ("Vortragsreihe „Heimat unter der Lupe“\n\nVon November bis März laden wir an jedem dritten Montag um 19:00 Uhr "
            "in das Haus des Gastes (Hardtweg 3, Musterbach) zu einem Vortrag ein.\nDie Termine zum Vormerken:\n"
            "20.11.2023 - 18.12.2023 - 15.01.2024 - 19.02.2024 - 18.03.2024\n")
    assert [e.start for e in _events(text)] == ["2023-11-20T19:00", "2023-12-18T19:00", "2024-01-15T19:00",
                                                "2024-02-19T19:00", "2024-03-18T19:00"]


def test_near_misses_of_questions_quotes_named_days_and_media_houses():
    # a competition's question with its deadline, a road closure's quote, a holiday in a story headline
    assert prose.title_from_sentence("Unser Fotowettbewerb stellt bis zum 31. März die Frage: Wo ist Musterau am "
                                     "schönsten?") is None
    assert prose.title_from_sentence("Ab dem 1. März heißt es für Autofahrer in der Hauptstraße „Bitte Umleitung "
                                     "beachten“: Wegen Kanalarbeiten ist die Straße voll gesperrt.") != "Bitte Umleitung beachten"
    from parsers import titles
    assert titles.named_day_of_news("Großer Andrang beim Kinderflohmarkt der Kita Regenbogen zum Tag der Deutschen "
                                    "Einheit") is None
    # a media house that invites to its own party holds it
    text = ("KIEK Media lädt zum Leserfest\nZum zehnten Geburtstag lädt das Team von KIEK Media alle Leserinnen und "
            "Leser am Samstag, 19. September 2026, ab 14 Uhr in den Stadtpark ein.\nFoto: KIEK Media")
    event, = _events(text, "https://kiek-musterau.de/leserfest")
    assert event.organizer is not None


def test_a_day_told_as_last_or_next_keeps_its_own_year():
    text = ("Kleingartenverein Sonnenhang e.V.\nRückblick und Vorschau\nVeröffentlicht am 12.01.2026\nLiebe "
            "Gartenfreundinnen und Gartenfreunde,\nbeim letzten Sommerfest am 6. Juli waren über 300 Gäste in unserer "
            "Anlage, das nächste Sommerfest feiern wir am 5. Juli – wieder mit Tombola und Live-Musik.\nFotos vom "
            "Sommerfest am 06.07.2025 findet ihr in unserer Galerie.\nDie Jahreshauptversammlung findet am Freitag, "
            "20. März, um 19 Uhr im Vereinsheim statt.\nDer Vorstand\n")
    starts = [(e.start or "")[:10] for e in _events(text, "https://www.kgv-sonnenhang.example.org/aktuelles/vorschau")]
    assert "2026-07-05" in starts and "2025-07-05" not in starts


def test_a_winters_days_on_one_line_run_into_the_next_year():
    text = ("Förderverein der Grundschule am Lindenhof\nTermine im Winter\nDer Förderverein lädt am 28. November zum "
            "Adventsbasar, am 12. Dezember zum Krippenspiel der dritten Klassen und am 9. Januar zum Neujahrsempfang für "
            "alle Eltern ein.\nAdventsbasar\nDer Basar am 28.11.2019 findet von 14 bis 18 Uhr in der Pausenhalle statt.\n")
    starts = [(e.start or "")[:10] for e in _events(text)]
    assert "2020-01-09" in starts and "2019-01-09" not in starts, starts


def test_an_open_day_keeps_its_quoted_name_over_a_headline():
    text = ("IGS zeigt sich im Netz\nVeröffentlicht am 27.01.2026\nUnterbach (kb). Wegen der Bauarbeiten gibt es an der "
            "IGS Unterbach in diesem Jahr „Virtuelle Tage der offenen Tür“: Vom 2. bis 4. Februar können Eltern und "
            "Kinder jeweils von 16 bis 18 Uhr mit Lehrkräften sprechen.\n")
    assert [e.title for e in _events(text, PRESS_URL)] == ["Virtuelle Tage der offenen Tür"]


def test_what_a_day_is_in_one_word_names_the_event_over_a_teaser_headline():
    text = ("Popcorn, Decken, Filme\nAm Freitag, 5. Februar 2027, ist ab 19 Uhr Kinonacht im Jugendhaus Oberbach. Gezeigt "
            "werden drei Filme, die die Jugendlichen vorher ausgewählt haben.\n")
    assert [(e.title, e.start) for e in _events(text)] == [("Kinonacht", "2027-02-05T19:00")]
    # (a day off is no event's name: "Am Montag ist Ruhetag")
    assert prose.title_from_sentence("Am Montag, 8. Februar 2027, ist Ruhetag.") is None


def test_an_opening_told_in_the_perfect_is_dated_by_the_weekday_of_its_sentence():
    text = ("Sprungziele\nSeiteninhalt\n06.11.2018\n\nNeues Jugendbüro „Kompass“ eröffnet\n\n"
            "Am Dienstag haben die Sozialdezernentin des Kreises Musterau, Erika Beispiel, und der Leiter der Agentur "
            "für Arbeit Musterau, Max Muster, offiziell das neue Jugendbüro „Kompass“ in der Lindenstraße 32 in "
            "Beispielhausen eröffnet. Junge Menschen bis 25 Jahre finden dort Beratung unter einem Dach.\n")
    events = _events(text, "https://www.kreis-musterau.example.org/Aktuelles/Neues-Jugendbuero-eroeffnet.php")
    assert [(e.start or "")[:10] for e in events] == ["2018-11-06"]


def test_a_perfect_that_opens_no_house_dates_no_event():
    text = ("Sprungziele\nSeiteninhalt\n06.11.2018\n\nKreistag berät Haushalt\n\n"
            "Am Dienstag haben die Mitglieder des Kreistags von Musterau in ihrer Sitzung lange über den Haushalt für "
            "das kommende Jahr beraten und die Investitionen in die Schulen deutlich erhöht.\n")
    events = _events(text, "https://www.kreis-musterau.example.org/Aktuelles/Kreistag-beraet.php")
    assert "2018-11-06" not in [(e.start or "")[:10] for e in events]


def test_a_reports_one_day_is_the_day_of_the_event_its_paragraph_was_invited_to():
    text = ("Bildung Musterauer Kinder lesen Tausende Bücher beim Lesesommer\n"
            "Der Lesesommer ist zu Ende. Die Stadtbibliothek Musterau feiert mit allen Kindern und zieht ein positives "
            "Fazit.\n26.09.2022, 04:30\n"
            "Musterau - Dichtes Gedränge herrschte am 24. September 2022 vor der Stadtbibliothek am Marktplatz. Lange "
            "Schlangen bildeten sich schon auf dem Weg zum Eingang. Die Einrichtung hatte zum Abschlussfest des "
            "diesjährigen Lesesommers eingeladen und Hunderte Kinder waren dem Aufruf gefolgt.\n")
    events = _events(text, "https://www.musterauer-zeitung.example.org/lokal/musterau/kinder-lesen-3451762")
    assert [(e.start, e.title) for e in events] == [("2022-09-24", "Abschlussfest des diesjährigen Lesesommers")]


def test_a_reports_one_day_beside_no_invitation_is_no_event():
    text = ("Musterauer Innenstadt voll\n26.09.2022, 04:30\n"
            "Musterau - Dichtes Gedränge herrschte am 24. September 2022 vor dem Rathaus am Marktplatz. Lange Schlangen "
            "bildeten sich schon auf dem Weg zum Bürgerbüro, das wegen der neuen Ausweise lange geöffnet hatte.\n")
    events = _events(text, "https://www.musterauer-zeitung.example.org/lokal/musterau/innenstadt-voll-3451763")
    assert "2022-09-24" not in [(e.start or "")[:10] for e in events]


def test_a_byline_with_its_date_on_one_line_dates_the_weekdays_of_a_preview():
    text = ("Seniorenwoche in Musterau: Buntes Programm für die Älteren\n\nVon Erika Beispiel 28.08.2015, 07:10\n\n"
            "Musterau - Sie hat Tradition in der Stadt: die Seniorenwoche. Organisiert wird sie von der Stadtverwaltung.\n\n"
            "Dazu zählt am Montag von 15 bis 18 Uhr ein Vortrag der Krankenkasse in der Stadtbibliothek, Lindenstraße 35. "
            "Informiert wird zum neuen Pflegegesetz.\n")
    events = _events(text, "https://www.musterauer-zeitung.example.org/lokal/musterau/seniorenwoche-3061828")
    assert ("2015-08-31T15:00", "2015-08-31T18:00") in [(e.start, e.end) for e in events]


def test_a_weekday_with_hours_told_in_the_past_is_no_coming_appointment():
    text = ("Seniorenwoche in Musterau ist vorbei\n\nVon Erika Beispiel 28.08.2015, 07:10\n\n"
            "Musterau - Am Montag von 15 bis 18 Uhr war die Stadtbibliothek, Lindenstraße 35, gut besucht, als der "
            "Vortrag der Krankenkasse zum neuen Pflegegesetz stattfand.\n")
    events = _events(text, "https://www.musterauer-zeitung.example.org/lokal/musterau/seniorenwoche-vorbei-3061829")
    assert "2015-08-31" not in [(e.start or "")[:10] for e in events]


def test_a_house_opened_last_friday_is_dated_from_the_posts_day():
    # a post of Wednesday, 11 October 2017 (its address gives the day): "eröffnete am Freitag" is the 6th
    text = ("Schule und was dann?\n\nUnter dem Motto „Dein Weg“ eröffnete am Freitag die dritte Jugendberufsagentur des "
            "Kreises Pinneberg in Elmshorn. Jugendliche zwischen 15 und 25 Jahren erhalten dort Beratung. Aktuell "
            "sind im Land 10000 Personen ohne Ausbildung.\n\nDie Jugendberufsagentur ist montags von 8 bis 12 Uhr "
            "geöffnet.\n")
    events = _events(text, "https://www.musterauer-blog.example.org/2017/10/11/schule-und-was-dann")
    assert [(e.title, e.start, e.city) for e in events] == [
        ("Eröffnung der Jugendberufsagentur des Kreises Pinneberg", "2017-10-06", "Elmshorn")]


def test_a_ceremony_held_today_is_dated_by_the_press_release():
    text = ("Pressemitteilung: 12/2027\nMusterstadt, den 07.05.2027\n\n„30 Jahre gemeinsam“: Feierliches Jubiläum des "
            "Landesverbandes der Musikschulen Musterland e.V.\n\nMit einem Festakt wird heute (16:00 Uhr) im Musterstädter "
            "Kulturhaus das 30-jährige Bestehen des Landesverbandes der Musikschulen gewürdigt.\n")
    events = _events(text, "https://presse.musterland.example.org/2027/05/07/30-jahre-gemeinsam")
    assert [e.start for e in events] == ["2027-05-07T16:00"]
    assert events[0].organizer == "Landesverband der Musikschulen Musterland e.V."


def test_two_days_with_a_day_between_in_one_sentence_are_two_meetings_at_the_hours_said_after_them():
    text = ("Offene Woche in der Beratungsstelle\nAm Dienstag, 28. September 2027, sowie am Donnerstag, 30. September "
            "2027, findet zwischen 12 und 15 Uhr eine Fragerunde zu Asyl und Integration statt.\n")
    assert sorted((e.start, e.end) for e in _events(text)) == [
        ("2027-09-28T12:00", "2027-09-28T15:00"), ("2027-09-30T12:00", "2027-09-30T15:00")]


def test_two_days_in_a_row_in_one_sentence_stay_one_event():
    text = ("Sommerfest im Familienzentrum\nAm Samstag, 25. September 2027, und am Sonntag, 26. September 2027, feiert "
            "das Familienzentrum Musterau von 14 bis 18 Uhr sein Sommerfest.\n")
    assert len(_events(text)) == 1


def test_a_programmes_day_whose_next_sentence_reads_a_work_is_that_reading():
    text = ("Bücherei beteiligt sich an der Aktionswoche\n\nMUSTERAU (ih). Die Woche startet am Freitag, dem 24. Oktober "
            "2027, mit der dritten Musterauer Büchernacht. Am Montag, dem 27. Oktober 2027 um 16 kommen die Kinder auf "
            "ihre Kosten. Erika Beispiel liest „Das Geheimnis im Keller“ für Kinder von 8 bis 10 Jahren. Am Dienstag, "
            "dem 28. Oktober 2027 lohnt es sich, um 19.30 Uhr für Erwachsene in die Stadtbücherei zu kommen.\n")
    by_day = {e.start[:10]: (e.title, e.start) for e in _events(text)}
    assert by_day["2027-10-27"] == ("Lesung „Das Geheimnis im Keller“", "2027-10-27T16:00")
    assert "2027-10-24" in by_day


def test_a_bare_day_after_the_sentence_that_offers_an_event_is_that_events_day():
    text = ("Jahresprogramm der Musikschule Musterau\n\nMusterau – Gut gefüllt ist der Kalender der Musikschule für das "
            "Jahr 2027. Rund 200 Veranstaltungen sind geplant.\n\n"
            "Informationen rund um den Unterricht gibt es beim Info-Konzert am Freitag, 7. Mai.\n\n"
            "Ein Blick hinter die Kulissen wird zudem in der darauffolgenden „Woche des offenen Unterrichts“ geboten. Ab "
            "Montag, 10. Mai, besteht die Möglichkeit, einen Blick in die Unterrichtsstunden zu werfen.\n\n"
            "Ganz besondere Ereignisse sind wieder das „Fest der Begegnungen“ am Samstag, 26. Juni, und das "
            "Sommerfestival am Freitag, 9. Juli.\n")
    assert {e.start[:10]: e.title for e in _events(text) if e.start}.get("2027-05-10") == "Woche des offenen Unterrichts"


def test_a_release_dated_in_a_letters_line_dates_its_ceremony_today_and_a_paragraph_is_no_title():
    text = ("Pressemitteilung\nMusterstadt, den 04.12.2026\n50 Jahre Förderverein Musterklang e.V.\n"
            "Mit einem Festakt wird heute (16:00 Uhr) im Achteckhaus das 50-jährige Bestehen des Fördervereins Musterklang "
            "e.V. gewürdigt. Der Verein unterstützt seit 1976 die musikalische Bildung von Kindern und Jugendlichen.\n")
    events = _events(text, "https://www.musterklang.example.org/presse/50-jahre")
    assert [(e.title, e.start) for e in events] == [("Festakt", "2026-12-04T16:00")]


def test_a_fairs_hall_is_no_town_and_a_hyphenated_kreis_holds_its_school():
    from parsers.gazetteer import place_after_preposition
    assert place_after_preposition("Die Messe findet in Halle 2 des Messezentrums statt.") is None
    assert place_after_preposition("Die Messe findet in Halle (Saale) statt.") == "Halle (Saale)"
    text = ("Adventskonzert der Musikschule\nZum Adventskonzert lädt die Musikschule des Rhein-Sieg-Kreises „Klangwelt“ "
            "am Sonntag, 20. Dezember 2026, um 16 Uhr in die Aula ein.\n")
    assert [e.organizer.startswith("Musikschule des Rhein-Sieg-Kreises") for e in _events(text)] == [True]


def test_a_registrations_last_day_before_the_courses_own_clause_is_its_deadline_not_its_day():
    text = ("Nähkurs für Einsteiger\nBis Montag, 1. März, ist die Anmeldung möglich, der Kurs startet am Mittwoch, 3. März "
            "2027, um 18 Uhr im Werkraum der Volkshochschule Musterau. An fünf Abenden lernen die Teilnehmenden nähen.\n")
    assert [(e.start, e.registration_deadline) for e in _events(text)] == [("2027-03-03T18:00", "2027-03-01")]


def test_a_fair_held_today_takes_the_hours_its_article_gives_for_today():
    text = ("Ausbildungsmesse „Wege finden“ in Musterhaven: Heute stellen sich 60 Betriebe vor\nSamstag, 21. November 2026\n"
            "Musterhaven. Rund 60 Betriebe präsentieren sich am heutigen Samstag von 10 bis 15 Uhr in den Messehallen. "
            "Schülerinnen und Schüler können sich über Ausbildungsberufe informieren.\n")
    assert [(e.start, e.end) for e in _events(text, PRESS_URL)] == [("2026-11-21T10:00", "2026-11-21T15:00")]


def test_a_weekday_morning_of_a_pluperfect_invitation_is_the_saturday_before_the_article_and_no_byline_clock():
    text = ("1. Startseite\n  2. >\n  3. Lokal\n\nSo spannend kann Schule sein\n\nVon Erika Beispiel 30.01.2012, 05:38\n\n"
            "Musterau l Aus dem einen Gebäude raus und schnell ins nächste rein. So ging es am Sonnabendvormittag, als die "
            "drei Gymnasien zum Tag der offenen Tür eingeladen hatten.\n")
    events = _events(text, "https://www.zeitung.example.org/lokal/musterau/so-spannend-kann-schule-sein-458921")
    assert [e.start for e in events] == ["2012-01-28"]


def test_a_press_office_s_slug_led_by_its_two_digit_day_dates_the_release():
    text = ("Pressemeldungen der Stadt Musterau\n21. Bundesweiter Vorlesetag: Stadtbibliothek war dabei\n"
            "Am Freitag, 15. November, zum 21. bundesweiten Vorlesetag beteiligte sich auch die Stadtbibliothek mit einer "
            "Vorleseaktion.\n")
    events = _events(text, "https://www.musterau.example.org/rathaus/pressemeldungen/241118-21-bundesweiter-vorlesetag")
    assert [e.start for e in events] == ["2024-11-15"]


def test_a_byline_in_capitals_dates_the_report_its_saturday_is_counted_from():
    text = ("Beruf Volles Haus bei der Ausbildungsmesse\n\nERIKA BEISPIEL 10.11.2013\n"
            "Die Ausbildungsmesse im Kongresszentrum erwies sich wieder als Publikumsmagnet. Rein rechnerisch traf sich "
            "am Samstag halb Musterau auf dem Schlossberg.\n")
    events = _events(text, "https://www.zeitung.example.org/heidenheim/volles-haus-bei-ausbildungsmesse-21578953.html")
    assert [e.start for e in events] == ["2013-11-09"]


def test_a_kita_s_report_of_an_evening_with_no_year_gets_no_year_from_the_crawl():
    text = ("Eine volle Turnhalle mit gespannten Eltern erwartete die Referentin am Abend des 4. April in der Kita. "
            "Während des zweistündigen Austauschs gab es viele Tipps für die Eltern.\n"
            "Medienpädagogischer Elternabend am 4. April\n")
    events = _events(text, "https://www.kita-musterau.example.org/medienpaedagogischer-elternabend-am-4-april/")
    assert events and all(e.start is None for e in events)  # (not the next 4 April after the crawl)


def test_tomorrow_opening_its_sentence_is_the_day_after_the_article():
    text = ("Lesewoche beginnt\nMusterau, 15.10.2026\n"
            "Morgen startet in der Stadtbücherei Musterau die Lesewoche für Grundschulkinder. Zum Auftakt liest um 10 Uhr "
            "ein Kinderbuchautor.\n")
    events = _events(text, "https://www.musterau.example.org/aktuelles/lesewoche-beginnt")
    assert [e.start for e in events] == ["2026-10-16T10:00"]
