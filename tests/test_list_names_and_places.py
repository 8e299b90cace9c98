"""Programmes whose items are named over their labelled days, held by a body a lead-in names after a colon, met at a
place whose town closes its line; and the words of a page that name nothing ("zum Beispiel", "Mehr anzeigen")."""
from __future__ import annotations

from datetime import date

from parsers import extract_events


def _read(page: str, url: str = "https://www.example.org/aktuelles/programm"):
    return extract_events(page.encode(), url=url, content_type="text/plain", reference_date=date(2026, 12, 10))


RANGER_PROGRAMME = (
    "Spuren lesen, Bäche erkunden und Käfer zählen: das Naturzentrum Musterwald lädt Groß und Klein zu einem bunten "
    "Sommerprogramm mit den Rangern ein.\n"
    "Donnerstag, 5. August 2027\n10 – 12 Uhr\nSpurensuche am Bach – Naturentdeckung mit dem Ranger\n"
    "Treff: Infohaus am Teich, Schmiedefeld a.R.\n"
    "Mittwoch, 11. August 2027\n14 – 15.30 Uhr\nKäfer, Spinnen und Asseln – Naturentdeckung mit dem Ranger\n"
    "Treff: Wanderparkplatz an der Mühle, Breitenbach\n"
    "Für jedes dieser Angebote gilt: ohne Anmeldung und kostenfrei.\n")


def test_a_lead_in_after_a_colon_names_who_holds_the_programme():
    assert [e.organizer for e in _read(RANGER_PROGRAMME)] == ["Naturzentrum Musterwald"] * 2


def test_a_meeting_point_s_town_after_its_comma_is_the_town():
    events = _read(RANGER_PROGRAMME)
    assert [(e.venue, e.city) for e in events] == [("Infohaus am Teich", "Schmiedefeld a.R."),
                                                   ("Wanderparkplatz an der Mühle", "Breitenbach")]


def test_a_place_and_its_room_keep_together():
    page = ("Elternabend zur Medienerziehung\nDienstag, 9. März 2027, 19 Uhr\n"
            "Ort: Rathaus, Großer Sitzungssaal\nDie Stadt Musterau lädt alle Eltern ein.\n")
    assert [e.venue for e in _read(page)] == ["Rathaus, Großer Sitzungssaal"]


PLANNED_COURSES = (
    "Jahresplanung der Kreisjugendpflege 2027\n\n"
    "Folgende Fortbildungen wurden geplant:\n\n"
    "Kinderschutz in der offenen Jugendarbeit – Grundlagen, Verfahren und Handlungsschritte für die Fachkräfte der "
    "Jugendzentren und der Schulsozialarbeit in den Städten und Gemeinden des Landkreises\n\n"
    "Termin: 12.03.2027 von 09.00 – 15.30 Uhr\n\n"
    "Medienkompetenz in der Jugendarbeit\n\n"
    "Termin: 17.06.2027 von 9.00 – 15.00 Uhr\n\n"
    "Konzepttag Jugendpflege\n\nTermin im 2. Halbjahr 2027\n")


def test_each_name_over_its_labelled_day_is_an_event_of_its_own():
    events = _read(PLANNED_COURSES)
    assert [(e.start, e.title) for e in events if e.start] == [
        ("2027-03-12T09:00", "Kinderschutz in der offenen Jugendarbeit"),
        ("2027-06-17T09:00", "Medienkompetenz in der Jugendarbeit")]


OPEN_DAYS = (
    "Mehr anzeigen\nWeniger anzeigen\n\n"
    "Eltern können ihre Kinder das ganze Jahr über anmelden, die Hauptanmeldephase ist jedoch im Januar. Parallel dazu "
    "bieten die Einrichtungen Tage der offenen Tür an. „Eltern wollen sehen, wo ihr Kind viele Stunden in der Woche "
    "spielt“, heißt es vom Träger. „Deshalb sollen sie die Räume und die Leitung kennenlernen.“ Die Kita der "
    "Kirchengemeinde Musterheide, Lindenweg 7–9, lädt zum Beispiel für Sonnabend, 9. Januar 2027, von 9 bis 12 Uhr ein. "
    "Alle weiteren Termine stehen auf der Internetseite des Trägers.\n")


def test_an_open_day_told_by_example_is_named_and_held_by_its_kita():
    events = _read(OPEN_DAYS)
    assert [(e.start, e.title, e.organizer) for e in events] == [
        ("2027-01-09T09:00", "Tag der offenen Tür", "Kita der Kirchengemeinde Musterheide")]


def test_a_reply_due_by_a_day_is_the_deadline_not_the_event_s_day():
    page = ("Preisverleihung des Musterauer Medienpreises\n\n"
            "Die Medienanstalt Musterau lädt zur Preisverleihung des Medienpreises.\n\n"
            "Am Mittwoch, den 24. November 2027, von 16:45 – 18:00 Uhr\nim Kulturhaus Musterau (Raum 104)\n\n"
            "Der Medienpreis findet am 24. November 2027 erstmalig zusammen mit einer Netzwerktagung statt.\n\n"
            "Wenn Sie an der Preisverleihung teilnehmen möchten, schicken Sie Ihre Zu- bzw. Absage bis zum "
            "19.November 2027 per Mail an preis@example.org.\n")
    events = _read(page)
    assert "2027-11-19" not in {(e.start or "")[:10] for e in events}
    assert any(e.start == "2027-11-24T16:45" and e.title.startswith("Preisverleihung") for e in events)


def test_days_held_together_and_the_opening_on_their_first_day_are_two_events():
    page = ("„Start frei“ für die 5. Musterauer Seniorentage\n\n"
            "Die Arbeitsgemeinschaft Altenarbeit veranstaltet vom 11. – 13. Oktober 2027 die 5. Musterauer Seniorentage.\n\n"
            "Bei der Auftaktveranstaltung am 11. Oktober 2027, 15.00 – 17.00 Uhr im Rathaus Musterau, steht die "
            "Stadtentwicklung im Mittelpunkt.\n\n"
            "Am 12.10.2027, 14.00 – 17.00 Uhr, werden viele Gäste zum Markt der Möglichkeiten im Seniorenzentrum erwartet.\n")
    events = {(e.start, e.end, e.title) for e in _read(page)}
    assert ("2027-10-11", "2027-10-13", "5. Musterauer Seniorentage") in events
    assert ("2027-10-11T15:00", "2027-10-11T17:00", "Auftaktveranstaltung") in events


def test_a_course_pointed_back_at_takes_the_quoted_name_its_paragraph_opens_with():
    page = ("Semesterstart an der Volkshochschule\n\n"
            "Die Leiterin (Mitte) und ihre Kolleginnen werfen im „Grünen Klassenzimmer“ der Volkshochschule Musterau einen "
            "Blick in das neue Programmheft für das Herbstsemester. (Foto: Erika Beispiel)\n"
            "Die Leiterin (Mitte) und ihre Kolleginnen Erika Muster (links) und\n"
            "Anna Beispiel (rechts) werfen im „Grünen Klassenzimmer“ der Volkshochschule\n"
            "Musterau einen Blick in das neue Programmheft für das Herbstsemester. (Foto: Erika Beispiel)\n\n"
            "Die Volkshochschule (VHS) steht in den Startlöchern für das Herbstsemester 2027/28. Mehr als 200 Kurse und "
            "Veranstaltungen werden an den VHS-Standorten in Musterau und Nordheim ab dem 23. August angeboten.\n\n"
            "„Wer regiert uns – und was geschieht danach?“ Unter dieser Überschrift geht ein Politikwissenschaftler "
            "verschiedenen Fragen rund um die Kommunalwahl nach: Wen genau wählen die Bürger am 5. September eigentlich? "
            "Welche Aufgaben hat der Stadtrat? Diesen Abendkurs bietet die VHS gleich an drei Standorten an: am 24. August "
            "in der VHS Nordheim, am 25. August in der Stadtbibliothek Südheim und am 26. August in der VHS Musterau.\n\n"
            "Die Vortragsreihe „Akademie in der Aula“ startet am 6. September in das Herbstsemester. Erste Referentin in "
            "der VHS Musterau ist eine Geographin.\n")
    titles = [e.title for e in _read(page)]
    assert "Grünen Klassenzimmer" not in titles
    # (the kind the paragraph points back to, "Diesen Abendkurs", with its quoted name: each of its three places)
    assert titles.count("Abendkurs „Wer regiert uns – und was geschieht danach?“") == 3


def test_the_same_day_said_again_is_one_more_event_of_that_day():
    page = ("Programm der Gleichstellungsbeauftragten 2027\n\n"
            "Zum Weltfrauentag am Mittwoch, 8. März 2027, sind zwei Veranstaltungen geplant. Die Volkshochschule lädt zum "
            "Workshop „Stark im Beruf“ von 16 bis 19.30 Uhr ins Bürgerhaus Nordheim. "
            "Am gleichen Tag um 11 Uhr gibt es wieder die Stadtführung „Musterauer Frauengeschichten“. Zum Ausklang gibt "
            "es im Stadtmuseum ein Glas Sekt.\n")
    starts = {e.start: e.title for e in _read(page)}
    assert "Stadtführung" in starts.get("2027-03-08T11:00", "")


def test_a_colon_further_down_names_no_holder():
    page = ("Partnerschaftstreffen 2027\n\n"
            "Der Partnerschaftsverein Musterau lädt am Samstag, 12. Juni 2027, um 15 Uhr zum Partnerschaftstreffen in den "
            "Bürgersaal ein. Gäste aus der Partnerstadt werden erwartet, es gibt Musik und Kuchen, und die Vereine stellen "
            "sich an Ständen vor. Die Kinder der Grundschule singen Lieder aus beiden Ländern, und der Bürgermeister hält "
            "eine kurze Rede über zwanzig Jahre Freundschaft.\n\n"
            "Das Besondere in diesem Jahr: die Stadt Nordstadt lädt im Gegenzug eine Musterauer Delegation zum Herbst ein.\n")
    assert [e.organizer for e in _read(page)] == ["Partnerschaftsverein Musterau"]


def test_funding_promised_in_the_event_s_sentence_leaves_its_day():
    page = ("Spatenstich für die neue Kita\n\n"
            "Nachdem die Landesregierung ihre Zusage für die Fördermittel gegeben hat, wird am Freitag, 14. Mai 2027, "
            "um 11 Uhr der erste Spatenstich für die Kita Sonnenschein gefeiert.\n")
    assert [e.start for e in _read(page)] == ["2027-05-14T11:00"]


def test_a_place_keeps_its_one_word_name_and_drops_the_rows_below_it():
    page = ("Vorlesestunde für Kinder\nMittwoch, 3. März 2027, 16 Uhr\nOrt: Gemeindebücherei\n")
    assert [e.venue for e in _read(page)] == ["Gemeindebücherei"]
    page = ("Kräuterwanderung\nSamstag, 8. Mai 2027, 10 Uhr\nTreff: Besucherzentrum am Stausee, Schleusingen\n"
            "Leitung: Dr. Erika Beispiel\nMehr anzeigen\n")
    assert [(e.venue, e.city) for e in _read(page)] == [("Besucherzentrum am Stausee", "Schleusingen")]


def test_a_day_said_again_never_takes_the_page_s_own_day_or_name():
    page = ("25 Jahre Jugendtreff Lindenhof\n\n"
            "Am Samstag, 5. Juni 2027, feiert der Jugendtreff Lindenhof sein Jubiläum mit einem Sommerfest ab 14 Uhr. "
            "Am folgenden Tag lädt das Team um 10.30 Uhr zu einem Familienbrunch in den Garten ein.\n")
    assert "2027-06-05T14:00" in [e.start for e in _read(page)]
    page = ("Familiensonntag im Museum\n\n"
            "Am Sonntag, 14. März 2027, lädt das Stadtmuseum Musterau von 11 bis 17 Uhr zum Familiensonntag ein. Kinder "
            "können in der Museumswerkstatt drucken und stempeln, außerdem startet am gleichen Tag um 15 Uhr eine "
            "Rätselrallye durch die Ausstellung.\n")
    events = [(e.start, e.title) for e in _read(page)]
    assert events[0] == ("2027-03-14T11:00", "Familiensonntag im Museum")
    assert "Museumswerkstatt" not in [title for _, title in events]


def test_a_headline_that_names_no_event_yields_to_the_open_day_of_the_paragraph():
    page = ("Anmeldung für die Kindertagesstätten beginnt\n\n"
            "Ab Januar können Eltern ihre Kinder für das Kita-Jahr 2027/2028 anmelden. Parallel dazu bieten die "
            "Einrichtungen Tage der offenen Tür an. Die Kita Regenbogen in der Blumenstraße lädt dazu für Samstag, "
            "16. Januar 2027, von 10 bis 12 Uhr ein.\n")
    assert [(e.start, e.title) for e in _read(page)] == [("2027-01-16T10:00", "Tag der offenen Tür")]
    page = ("Neues aus der Kita\n\n"
            "Die Kita Regenbogen bietet auch in diesem Jahr Tage der offenen Tür an. Am Samstag, 16. Januar 2027, lädt sie "
            "von 10 bis 12 Uhr zum Elternabend über die Eingewöhnung ein.\n")
    assert "Tag der offenen Tür" not in [e.title for e in _read(page)]


def test_a_rows_name_with_a_weekday_in_its_columns_is_no_town():
    page = ("Herzlich willkommen\n\n19.10. | 15:30 Uhr | Kinderveranstaltung | öffentlich\n\nSpielenachmittag\n\n"
            "Die Kinderbibliothek lädt alle Kinder zu einem Spielenachmittag ein.\n\n"
            "07.11. | 15:30 Uhr | | Vorlesezeit am Dienstag | Buchlesung | öffentlich\n\nZaubergläser\n\n"
            "Eine Geschichte von Erika Beispiel\n")
    assert "Vorlesezeit am Dienstag" not in [e.city for e in _read(page)]


def test_a_house_named_after_a_district_of_berlin_is_in_berlin():
    page = ("7. bis 13. Oktober 2024: „Woche der offenen Tür“\nDas Stadtteilzentrum Prenzlauer Berg öffnet seine Türen "
            "und lädt Sie herzlich ein, unser vielfältiges Programm zu besuchen!\n"
            "Jedes Angebot dieser Woche ist ohne Voranmeldung und kostenlos. Wir freuen uns darauf, Sie im Stadtteilzentrum "
            "in der Lindenstraße 9 begrüßen zu dürfen!\n"
            "Das Programm startet am Montag um 19:30 Uhr mit einer offenen Probe des Kiezchors „Tonleiter“. Hier können Sie "
            "einfach zuhören oder mitsingen.\n"
            "Weiter geht es am Dienstag um 16:00 Uhr: Unser Team heißt Sie zu einem gemütlichen Sprachcafé willkommen.\n")
    events = _read(page, url="https://stz.example.org/woche-der-offenen-tuer/")
    dated = [e for e in events if e.start in ("2024-10-07T19:30", "2024-10-08T16:00")]
    assert dated and {e.city for e in dated} == {"Berlin"}


def test_a_landkreis_named_like_a_district_of_hamburg_is_not_in_hamburg():
    from parsers import places
    assert places._city_of_district_holder("Landkreis Harburg") is None
    assert places._city_of_district_holder("Stadtteilzentrum Prenzlauer Berg") == "Berlin"


def test_a_count_is_no_postal_code_and_town():
    from parsers.gazetteer import PLZ_CITY_RE
    assert PLZ_CITY_RE.search("Aktuell sind 10000 Personen ohne Ausbildung.") is None
    assert PLZ_CITY_RE.search("Zur Messe kamen 12000 Besucher.") is None
    assert PLZ_CITY_RE.search("Rathausallee 92, 22846 Norderstedt").group("city") == "Norderstedt"


def test_a_round_ups_event_without_a_town_takes_the_town_said_just_before_it():
    # (a paragraph of a round-up: the first town is another event's; "Königs Wusterhausen" is a name of two words)
    page = ("Interkulturelle Woche im Landkreis\n"
            "Der bundesweite Auftakt der Woche wird am 26. September 2027 in Rostock gefeiert. So lädt der Verein "
            "Beispielhilfe in Königs Wusterhausen vom 27.09. bis zum 1.10.2027 in seine Beratungsstelle ein. Am Dienstag, "
            "28. September 2027, findet zwischen 12 und 15 Uhr eine zusätzliche Fragerunde zu Asyl und Integration statt. "
            "Weitere Veranstaltungen finden in Luckau mit einem Konzert am 3. Oktober 2027 statt.\n")
    cities = {e.start[:10]: e.city for e in extract_events(page, content_type="text/plain", reference_date=date(2026, 12, 6))}
    assert cities.get("2027-09-27") == "Königs Wusterhausen"
    assert cities.get("2027-09-28") == "Königs Wusterhausen"


def test_a_school_of_a_kreis_named_in_one_word_holds_its_concerts():
    page = ("Junge Künstler im Konzert\nZu zwei Weihnachtskonzerten laden die Schüler der Musikschule des "
            "Beispielkreises „Clara-Muster-Konservatorium“ am Freitag, dem 3. Dezember 2027, ins Achteckhaus ein. "
            "Um 16:30 Uhr spielen die jüngeren Kinder.\n")
    events = extract_events(page, content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [e.organizer for e in events] == ["Musikschule des Beispielkreises „Clara-Muster-Konservatorium“"]


def test_a_sentence_of_two_days_gives_each_its_own_clauses_town_and_no_other():
    page = ("Jahresprogramm der Kreismusikschule Musterkreis\n\nErding – Gut gefüllt ist der Kalender der Kreismusikschule "
            "für das Jahr 2027.\n\nGanz besondere Ereignisse sind wieder das „Fest der Begegnungen“ am Samstag, 26. Juni "
            "2027, und das Sommerfestival in Dorfen am Freitag, 9. Juli 2027.\n")
    cities = {e.start[:10]: e.city for e in extract_events(page, content_type="text/plain", reference_date=date(2026, 12, 6))}
    assert cities["2027-07-09"] == "Dorfen"
    assert cities["2027-06-26"] != "Dorfen"


def test_a_postponed_rows_place_line_below_its_two_days_gives_its_town():
    page = ("Termine 2027\nRegionales Netzwerktreffen\nDonnerstag, 21. Januar 2027, 10:00 – 15:30 Uhr\nNürnberg, Tagungszentrum\n"
            "Zum Jahresauftakt stellen zwei Landkreise ihre Berichte vor.\n"
            "Fachtag Bildung für nachhaltige Entwicklung\nMittwoch, 5. Mai 2027\nverschoben auf Mittwoch, 30. Juni 2027, 10 – 16 Uhr\n"
            "Bamberg, Kulturzentrum Beispielmühle\nAus organisatorischen Gründen mussten wir den Fachtag verschieben.\n")
    cities = {e.start[:10]: e.city for e in extract_events(page, content_type="text/plain", reference_date=date(2026, 12, 6))}
    assert cities.get("2027-06-30") == "Bamberg"


def test_the_one_town_a_page_keeps_naming_is_where_its_events_are():
    # a programme whose first event names the town and the others only their houses: all in the one town
    text = ("„Start frei“ für die 4. Schweriner Seniorentage\n\n"
            "Die AG Altenarbeit veranstaltet vom 12. bis 14. Oktober 2027 die 4. Schweriner Seniorentage.\n\n"
            "Bei der Auftaktveranstaltung am 12. Oktober 2027, 15.00 – 17.00 Uhr im Rathaus Schwerin, stehen Themen der "
            "Stadtentwicklung Schwerins im Mittelpunkt.\n\n"
            "Am 13.10.2027, 14.00 – 17.00 Uhr, präsentieren sich Vereine und Verbände auf dem Markt der Möglichkeiten im "
            "Stadthaus.\n\n"
            "Am 14.10.2027, 14.30 – 17.00 Uhr gibt es im Haus der Kultur ein Festprogramm von Senioren für Senioren: "
            "„Zeitreise durch das alte Schwerin“.\n")
    events = extract_events(text, content_type="text/plain", reference_date=date(2026, 12, 6))
    assert len(events) >= 3 and {e.city for e in events} == {"Schwerin"}

def test_two_towns_named_alike_or_a_kreis_named_after_its_seat_give_no_town():
    two = ("Seniorentage 2027\n\nDer Seniorenbeirat lädt Gäste aus Schwerin und aus Rostock ein, aus Schwerin wie aus "
           "Rostock kommen die Musiker.\nAm Dienstag, 8. Juni 2027, lädt der Beirat um 14 Uhr zum Tanztee ein.\n")
    kreis = ("Neuigkeiten aus dem Landkreis Saarlouis\n\nDer Landkreis Saarlouis lädt ein. Der Landkreis Saarlouis und "
             "seine Gemeinden bieten ein Programm.\nAm Dienstag, 8. Juni 2027, findet um 14 Uhr ein Tanztee statt.\n")
    for text in (two, kreis):
        events = extract_events(text, content_type="text/plain", reference_date=date(2026, 12, 6))
        assert [e.city for e in events] == [None]


def test_a_round_ups_item_on_the_first_day_of_its_week_is_an_event_of_its_own():
    # the week "vom 9. – 16. Mai" and "Ebenfalls am 9. Mai gibt es … eine Kräuterwanderung": the week and its item
    text = ("Naturerlebniswoche im Land\n\n"
            "Während der landesweiten Naturerlebniswoche vom 9. – 16. Mai 2027 gibt es an vielen Orten Gelegenheit, Natur "
            "zu erleben.\n\n"
            "Das Spektrum ist breit. Ebenfalls am 9. Mai gibt es mit dem Naturpark Beispielwald eine Kräuterwanderung in "
            "Musterau. Am 15. Mai steht ein Kinderfest mit der NABU-Gruppe Beispielstadt auf dem Programm.\n")
    events = extract_events(text, content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [(e.title, e.start) for e in events] == [("Landesweite Naturerlebniswoche", "2027-05-09"),
                                                    ("Kräuterwanderung", "2027-05-09"), ("Kinderfest", "2027-05-15")]
