"""Titles that say more or less than the event's name: a headline that goes on after the event's day with its news, a
news site's kicker said twice, a list item's subject cut off before its day, rows that say only where, and a line
that says only when and where. A calendar shows the event's name. All names and places are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events, titles

CRAWL = date(2026, 12, 3)


def _read(text: str, url: str = "https://www.musterland.example/aktuelles/meldung") -> list[tuple[str, str | None]]:
    return [(e.title, e.start) for e in extract_events(text, url=url, reference_date=CRAWL, content_type="text/plain")]


def test_a_headline_that_tells_its_news_after_the_events_day_is_cut_to_the_event():
    page = ("7. Netzwerktreffen der Musterländer Familienzentren am 12. September 2026 – 90 Teilnehmende aus dem ganzen "
            "Land in Musterau mit dabei\n\n"
            "Das Netzwerktreffen der geförderten Einrichtungen lockte rund 90 Teilnehmende nach Musterau. Vorbereitet "
            "wurde die Veranstaltung von der Landesservicestelle Familienzentren.\n")
    assert _read(page) == [("7. Netzwerktreffen der Musterländer Familienzentren", "2026-09-12")]


def test_a_kicker_said_twice_before_the_headline_names_the_event():
    page = ("Seniorenwoche in Musterau Seniorenwoche in Musterau: Buntes Programm für die Älteren\n\n"
            "Von Erika Beispiel 28.08.2026, 07:10\n\n"
            "Musterau - Sie hat Tradition in der Stadt: die Seniorenwoche. Eröffnet wird sie am Sonntag, "
            "30. August, um 15 Uhr im Theater.\n")
    events = _read(page)
    assert events and events[0] == ("Seniorenwoche in Musterau", "2026-08-30T15:00")


def test_list_items_cut_off_before_their_day_keep_their_subject_without_article_and_verb():
    page = ("Der Musterkreis eröffnet die Interkulturelle Woche 2026 mit bekanntem Format.\n\n"
            "Dieses Jahr: Im Gespräch mit Erika Beispiel\n\n"
            "Sie möchten noch Teil des Programms der Interkulturellen Woche werden? Melden Sie sich!\n\n"
            "Kontakt: Kreisausschuss des Musterkreises, Abteilung Soziales und Integration, E-Mail: "
            "vielfalt@musterkreis.example, Tel. 01234 407-1477.\n\n"
            "  • Der Termin für die IKW im Musterkreis: 18. September bis 27. September 2026.\n"
            "  • Der bundesweite Auftakt findet am 20. September 2026 in Musterstadt statt.\n"
            "  • Der Tag des Flüchtlings ist am Freitag, 25. September 2026.\n\n"
            "In Kürze wird das Programm in der App abrufbar sein: Programm 2026 - Musterkreis.\n\n"
            "Interkulturelle Woche 2026: \"#offen geht\"\n\n"
            "Die Interkulturelle Woche (IKW) findet seit 1975 statt und wird heute von Kirchen, Kommunen und "
            "Wohlfahrtsverbänden getragen.\n")
    names = {title for title, _ in _read(page)}
    assert {"Bundesweiter Auftakt", "Tag des Flüchtlings"} <= names
    assert not any(name.endswith((" findet", " ist")) for name in names)


def test_rows_that_say_only_where_are_the_pages_event_there():
    page = ("Zentrale Elterninformationsabende (ZEIA)\n"
            "Grundschule Birkenhain, Schule Beispiel mit Außenstelle, Waldschule Musterau:\n"
            "Donnerstag, 10.11.2022, ab 18 Uhr an der Grundschule Birkenhain\n"
            "Lindenschule, Buchenschule, Talschule:\n"
            "Dienstag, 22.11.2022, 18 Uhr an der Lindenschule\n"
            "Ahornschule, Ulmenschule, Weidenschule:\n"
            "Dienstag, 29.11.2022, ab 18 Uhr an der Ahornschule\n"
            "Eichenschule, Musterschule, Hafenschule:\n"
            "Donnerstag, 08.12.2022, ab 17 Uhr an der Eichenschule\n"
            "Die schulischen Elterninformationsabende zum Übergang Grundschule/weiterführende Schule finden erstmals "
            "seit 2019 wieder in Verbünden statt. Das bedeutet, nicht jede Grundschule führt einen Abend durch, sondern "
            "mehrere Grundschulen zusammen. Eltern erhalten Informationen über die Bildungswege nach der Klasse 4.\n")
    titles_read = [title for title, _ in _read(page, "https://www.musterstadt.example/bildung/zeia")]
    assert "Zentrale Elterninformationsabende (ZEIA) an der Lindenschule" in titles_read
    assert "Zentrale Elterninformationsabende (ZEIA) an der Eichenschule" in titles_read
    assert not any(title.startswith("an der") for title in titles_read)


def test_a_line_that_says_only_when_and_where_gives_way_to_the_kind_the_page_keeps_naming():
    page = ("\n\nam Donnerstag, 15. April 2027\nim Volkshaus Musterau\nAnlass\n"
            "Der Landkreis Musterland setzt seit 2019 ein datenbasiertes kommunales Bildungsmanagement um. Im Rahmen "
            "einer Bildungskonferenz wird den Bildungsakteuren die Möglichkeit geboten, ihre Ideen einzubringen.\n"
            "Programm\n13:00 Uhr Ankommen\n"
            "Die Bildungskonferenz dient als Plattform, um mit den Bildungsakteuren des Landkreises zusammenzukommen.\n")
    events = _read(page, "https://www.lra-musterland.example/bildungskonferenz")
    assert events and events[0][0] == "Bildungskonferenz"


@pytest.mark.parametrize("title", ["Tag der offenen Tür am Beispiel-Gymnasium", "Vortrag: Was ist Resilienz?",
                                   "Fachtag Ganztag am 12. Mai 2026", "Die Anmeldung ist", "Am Rhein wird gefeiert"])
def test_names_that_are_whole_stay_as_they_are(title):
    assert titles.event_before_its_day_and_news(title) is None
    assert titles.kicker_said_twice(title) is None
    assert titles.subject_before_its_verb(title) is None
    assert not titles.says_only_where_or_when(title)


def test_an_image_file_name_and_a_download_under_its_lead_are_no_event_names():
    page = ("image001\n\n"
            "Am Donnerstag, 22.04.2027, findet in Niedersachsen der Zukunftstag statt. Dieser Tag ist die Chance, Berufe "
            "und Studienfelder kennenzulernen, die Schülerinnen und Schüler sonst selten in Betracht ziehen.\n\n"
            "Alle Jahrgangsstufen 5 bis 10 dürfen in diesem Jahr teilnehmen.\n\n"
            "Formulare zur Anmeldung:\n\nZukunftstag Schulfreistellung\n\nZukunftstag Elternbrief\n")
    events = _read(page, "https://www.beispiel-gymnasium.example/aktuelles/zukunftstag")
    assert [start for _, start in events] == ["2027-04-22"]
    assert events[0][0] not in ("image001", "Zukunftstag Schulfreistellung")


@pytest.mark.parametrize("line", ["image001", "IMG_4711.jpg", "DSC01234", "plakat-ferienprogramm.png"])
def test_image_file_names_are_chrome(line):
    from parsers import lexicon
    assert lexicon.is_chrome_line(line)


@pytest.mark.parametrize("line", ["Image-Film der Stadt", "Bildungskonferenz 2027", "Bild des Monats"])
def test_names_with_image_words_are_no_file_names(line):
    from parsers import lexicon
    assert not lexicon.is_chrome_line(line)


def test_a_year_the_page_counts_from_gives_no_year_to_its_day():
    # "Seit dem Start des Girls’Day im Jahr 2001 …", "seit 2011": the only years lie behind the page; its "28. März"
    # has no year of its own
    page = ("Aufruf an die Unternehmen\n"
            "Mitmachen beim Girls’Day und Boys’Day am 28. März im Kreis Musterland\n"
            "Der Unternehmerverband ruft die hiesigen Firmen dazu auf, sich am Girls’Day und Boys’Day am 28. März zu "
            "beteiligen. Seit dem Start des Girls’Day im Jahr 2001 haben etwa 1,9 Millionen Mädchen teilgenommen. Den "
            "Boys’Day gibt es seit 2011.\n")
    events = extract_events(page, url="https://www.musterkompass.example/tag/schnuppern", reference_date=CRAWL,
                            content_type="text/plain")
    assert events and all(e.start is None and e.start_partial == "--03-28" for e in events)


@pytest.mark.parametrize("title, name", [
    ("Der Tag der offenen Tür ist", "Tag der offenen Tür"),
    ("Berufsinfomesse am 20. Februar 2027 – Rund 60 Aussteller präsentieren sich in der Stadthalle", "Berufsinfomesse")])
def test_a_one_word_event_and_a_name_with_its_adjective_are_cut_too(title, name):
    assert (titles.subject_before_its_verb(title) or titles.event_before_its_day_and_news(title)) == name


def test_a_programme_day_on_its_own_line_is_named_by_its_items_text():
    page = ("5. Interkulturelle Woche in Musterau: Miteinander ins Gespräch kommen\n\n"
            "(15.09.2026) Die Stadt Musterau ist nun bereits zum fünften Mal dabei und hat wieder tolle Veranstaltungen im "
            "Programm.\n\n"
            "Das Programm in Musterau vom 19. bis 27. September:\n\n"
            "Samstag, 19. September\n\n"
            "Wochenmarkt: Wir laden um 10 Uhr zu einem bunten Regenbogen-Eis ein.\n\n"
            "Sonntag, 20. September\n\n"
            "Außengelände des Gemeindehauses in Beispielhain: Von 16 bis 17:30 Uhr finden dort 2 Workshops zum Thema "
            "Kindererziehung statt. Für Kinder gibt es einen Kreativworkshop.\n\n"
            "Montag, 21. September\n\n"
            "Saal des Gemeindezentrums: Von 19:30 – 21:30 Uhr tauschen sich auf einem Podium Gäste aus.\n")
    events = _read(page, "https://www.musterau-live.example/5-interkulturelle-woche-in-musterau-135336.html")
    titles_read = [title for title, _ in events]
    assert "Workshops zum Thema Kindererziehung" in titles_read
    assert not any(title.startswith("Sonntag") for title in titles_read)


@pytest.mark.parametrize("line", ["am Donnerstag, 25. März 2027 / im Volkshaus Musterau",
                                  "am Donnerstag, 25. März 2027 · im Volkshaus Musterau", "Sonntag, 19. September"])
def test_a_line_of_when_and_where_with_its_separator_says_only_that(line):
    assert titles.says_only_where_or_when(line)


def test_rows_one_after_another_that_say_only_where_are_each_the_pages_event_there():
    page = ("Informationsabende zum Übergang in die weiterführende Schule\n"
            "Die weiterführenden Schulen stellen sich den Eltern der Viertklässler vor.\n"
            "Montag, 11.01.2027, 19 Uhr an der Gesamtschule Musterau\n"
            "Mittwoch, 13.01.2027, 19 Uhr am Goethe-Gymnasium\n"
            "Montag, 18.01.2027, 18.30 Uhr an der Realschule am Park\n"
            "Eine Anmeldung ist nicht erforderlich.\n")
    events = _read(page, "https://www.schulamt-musterau.example/uebergang/informationsabende")
    assert [start for _, start in events] == ["2027-01-11T19:00", "2027-01-13T19:00", "2027-01-18T18:30"]
    assert events[2][0] == "Informationsabende zum Übergang in die weiterführende Schule an der Realschule am Park"


def test_a_sentence_with_its_verb_after_a_phrase_put_first_gives_the_name_it_quotes():
    page = ("Für die Veranstaltungsreihe „Lesezeit um 10“ wählt das Vorleseteam der Stadtbibliothek\n"
            "jeden Monat ein neues Bilderbuch aus. Die nächste Lesezeit ist am Mittwoch, 10. März 2027, um 10 Uhr in "
            "der Kinderbibliothek.\n")
    events = extract_events(page, url="https://www.musterblog.example/kategorie/bildung/lesezeit",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("Veranstaltungsreihe „Lesezeit um 10“", "2027-03-10T10:00")]


def test_a_sentence_taken_for_a_title_gives_what_it_says_happens():
    from parsers import prose
    assert prose.named_by_its_verb("Die besonders beliebte, jährliche Kescheraktion findet diesmal am 26. Mai an den "
                                   "Beispielseen statt.") == "Kescheraktion"
    assert prose.named_by_its_verb("Am 12. Mai geht es im Beerbusch auf eine naturkundliche Schatzsuche.") \
        == "Naturkundliche Schatzsuche"
    # (near misses: a generic subject, and a sentence where nothing happens)
    assert prose.named_by_its_verb("Die Veranstaltung findet am 26. Mai im Rathaus statt.") is None
    assert prose.named_by_its_verb("Die Bücherei bleibt am 26. Mai geschlossen.") is None
    # the subject after its verb, with a count or an article ("finden … zwei Qigong-Schnupperkurse statt"), not a place
    # or a genitive's noun
    assert prose.named_by_its_verb("An den Montagen, 6., 13. und 20. September, finden in der Bücherei zwei "
                                   "Qigong-Schnupperkurse statt.") == "Qigong-Schnupperkurse"
    assert prose.named_by_its_verb("Am Samstag findet von 10 bis 11.30 Uhr in der Stadtbibliothek ein Yoga-Schnupperkurs "
                                   "für Jugendliche statt.") == "Yoga-Schnupperkurs"
    assert prose.named_by_its_verb("Die Veranstaltung findet am 26. Mai im Rathaus der Stadt statt.") is None


def test_two_events_named_before_their_days_in_one_sentence_even_a_long_night_named_like_a_town():
    page = (" date 2027-08 Schwerin (dpa/mv) - Die Volkshochschulen im Land feiern ihr 100. Gründungsjubiläum mit einer "
            "Festveranstaltung am 11. September in Schwerin und der ersten \"Langen Nacht der Volkshochschulen\" am 20. "
            "September. Dabei soll die ganze Vielfalt der Angebote präsentiert werden.\n")
    events = extract_events(page, url="https://www.musterzeitung.example/bildung/volkshochschulen-jubilaeum",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("Festveranstaltung", "2027-09-11"),
                                                    ("Lange Nacht der Volkshochschulen", "2027-09-20")]


def test_an_event_noun_that_names_the_hall_it_is_held_in_is_no_title():
    from parsers import prose
    assert prose.title_from_sentence("Am 11. Juni 2027 findet im Forum der Schule ein Elternabend statt.") == "Elternabend"
    # (near miss: a forum that is the event)
    assert prose.title_from_sentence("Am 11. Juni 2027 findet das 3. Forum Bildung im Rathaus statt.") != "Elternabend"
    assert "Forum" in prose.title_from_sentence("Am 11. Juni 2027 findet das 3. Forum Bildung im Rathaus statt.")
