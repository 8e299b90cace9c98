"""An event whose only name is the sentence that dates it gets the name of what the sentence offers.

A calendar entry titled "Eine erste Radtour führt am 25. Mai zur Kathedrale nach Musterau." is unreadable in a
month view; "Erste Radtour" is what a reader of a club's programme would write. When the sentence offers nothing a
calendar can name, the sentence stays. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events
from parsers.prose import compound_of_kind, offered_name

REFERENCE = date(2026, 12, 6)


def _starts_and_titles(text: str) -> list[tuple[str | None, str]]:
    return [(e.start, e.title) for e in extract_events(text, content_type="text/plain", reference_date=REFERENCE)]


def _titles_by_day(text: str) -> dict[str, str]:
    return {e.start[:10]: e.title for e in extract_events(text, content_type="text/plain", reference_date=REFERENCE)
            if e.start}


@pytest.mark.parametrize("sentence, name", [
    ("Los geht es am 11. September mit einem Vortrag über den Maler Max Muster.", "Vortrag über den Maler Max Muster"),
    ("Das Seniorenkabarett aus Musterdorf führt am Dienstag, 2. April, Sketche aus dem Alltag auf.",
     "Seniorenkabarett aus Musterdorf"),
    ("Eine Pilger-Radtour mit den Gästeführerinnen von Musterland macht am 15. Juni Station in Beispielhausen.",
     "Pilger-Radtour mit den Gästeführerinnen von Musterland"),
    ("Führungen durch Musterau gibt es am 18. Mai mit Anna Beispiel und am 28. September mit Erika Muster.",
     "Führungen durch Musterau"),
    ("So wird am 2. Mai zum Familienangeltag am Mühlenteich eingeladen.", "Familienangeltag"),
    ("Ebenfalls von Max Muster ist der Vortrag Digitale Spuren am 9. Januar.", "Vortrag Digitale Spuren"),
    ("Wer nicht so lange warten will, kann am Montag, 20. September, einen Zeichenkurs belegen.", "Zeichenkurs"),
    ("Die Naturschutzgruppe lädt am Dienstag, 26. November, zur Spurensuche in den Stadtwald ein.", "Spurensuche"),
])
def test_what_the_sentence_offers_names_it(sentence, name):
    assert offered_name(sentence) == name


@pytest.mark.parametrize("sentence", [
    # a bare word tells a calendar less than the sentence
    "Das Fest der Liebe steht vor der Tür. Am Freitag, 18. Dezember 2026, singen wir gemeinsam im Saal.",
    # people who meet are no name of what they do
    "Die ehemaligen Lehrerinnen und Lehrer der Schule treffen sich am 30. April in der Aula.",
    "Aktiv wird es am Mittwoch, 3. April.",
])
def test_a_sentence_that_offers_nothing_nameable_gets_no_name(sentence):
    assert offered_name(sentence) is None


def test_a_clubs_programme_in_running_text_is_named_by_its_offers():
    text = ("Mitgliederversammlung: Heimatverein hat 2027 wieder viel vor\n\n"
            "Der Vorstand des Heimatvereins Musterau hat bei seiner Mitgliederversammlung seine Arbeit ebenso vorgestellt "
            "wie seinen Veranstaltungsplan für das kommende Jahr. Er enthält Wanderungen, Radtouren und Führungen.\n\n"
            "Eine erste Radtour führt am 25. Mai 2027 zur Kapelle nach Beispielhausen. Eine Pilger-Radtour mit den "
            "Gästeführerinnen von Musterland macht am 15. Juni 2027 Station in Beispieldorf. Richtung Mühlental führt "
            "eine Radtour entlang der Muster am 14. September 2027. Los geht es aber schon am 11. März 2027 mit einem "
            "Vortrag über die Geschichte der Musterauer Mühlen.\n")
    titles = _titles_by_day(text)
    assert titles.get("2027-06-15") == "Pilger-Radtour mit den Gästeführerinnen von Musterland"
    assert titles.get("2027-09-14") == "Radtour entlang der Muster"
    assert titles.get("2027-03-11") == "Vortrag über die Geschichte der Musterauer Mühlen"


def test_a_week_of_a_towns_family_centres_keeps_its_whole_name():
    text = ("In diesem Jahr findet sie zum zweiten Mal statt: Die Woche der Musterauer Familienzentren – heuer vom 12. "
            "bis zum 17. Mai 2027. Alle Einrichtungen haben gemeinsam ein buntes Programm für Kinder und Familien "
            "zusammengestellt.\n")
    titles = [e.title for e in extract_events(text, content_type="text/plain", reference_date=REFERENCE)]
    assert titles and titles[0] == "Woche der Musterauer Familienzentren"


LIBRARY_AUTUMN = """(red) Wenn die Tage kürzer werden, greifen viele wieder zu einem guten Buch. So auch in der Musterauer Stadtbibliothek, wo im Oktober einige Veranstaltungen locken, teilt die Stadtverwaltung mit.

So wird in den Herbstferien, am 12. und 19. Oktober 2027, jeweils von neun bis zwölf Uhr, zum gemeinsamen Kürbis-Basteln eingeladen. Kinder ab fünf Jahren gestalten Laternen und Gespenster. Das Material wird gestellt.

Richtig gemütlich wird es bei der „Vorlesestunde“, zu der alle Kinder ab vier Jahren am 26. Oktober 2027 um 16 Uhr eingeladen sind. Weitere Termine folgen am 30. November und 14. Dezember.

Für Erwachsene gibt es am Freitag, 29. Oktober 2027, einen heiteren Abend rund um Wilhelm Busch. Unter dem Motto „Dideldum, die Katze tanzt“ trägt ein Schauspieler aus Beispielstadt Verse und Lieder vor.
"""


def test_a_round_ups_days_are_named_by_what_each_sentence_offers():
    titles = _titles_by_day(LIBRARY_AUTUMN)
    assert titles.get("2027-10-12") == "Kürbis-Basteln"
    assert titles.get("2027-10-29") == "Dideldum, die Katze tanzt"


def test_a_programmes_lead_does_not_rename_the_days_own_name():
    text = ("Das Naturzentrum Musterau bietet im Sommer ein Ferienprogramm an. Das Programm startet laut Mitteilung am "
            "7. August 2027 mit einem Kochkurs.\n\n"
            "Bei „Kochen am Lagerfeuer“ können Kinder ab acht Jahren am Dienstag, 7. August 2027, von 10 bis 16 Uhr unter "
            "Anleitung die Küche in die freie Natur verlegen. Was muss man beim Feuermachen beachten?\n\n"
            "Am Mittwoch, 8. August 2027, von 13.30 bis 17.30 Uhr gestalten Kinder im „Naturkunst-Workshop“ Bilder aus "
            "Blättern und Zweigen. Am 10. August 2027 folgt eine „Kräuterwanderung“ am Mühlbach.\n")
    titles = _titles_by_day(text)
    assert titles.get("2027-08-07") == "Kochen am Lagerfeuer"


def test_what_a_round_ups_sentence_offers_wins_over_a_body_as_its_subject():
    text = ("Herbst in Musterau\n\n"
            "Die Gemeinde Musterau lädt im Herbst zu mehreren Angeboten ein. Am 4. Oktober 2027 gibt es eine "
            "„Lesung mit Anna Beispiel“ im Bürgerhaus.\n\n"
            "Am 11. Oktober 2027 steht ein „Erzählcafé“ auf dem Programm, und am 18. Oktober 2027 folgt ein „Spieleabend“.\n\n"
            "Die Feuerwehr zeigt am 23. Oktober 2027 um 15 Uhr bei einem Familiennachmittag ihre Fahrzeuge und lädt "
            "zum Mitmachen ein.\n")
    titles = _titles_by_day(text)
    assert titles.get("2027-10-23") == "Familiennachmittag"
    # (a German closing quote opens no English one: not "Erzählcafé „auf dem Programm, und am 18. Oktober …“")
    assert titles.get("2027-10-11") == "Erzählcafé" and titles.get("2027-10-18") == "Spieleabend"


@pytest.mark.parametrize("line", ["Zur Navigation springen Zum Inhalt springen",
                                  "Regionale Nachrichten und News mit der Pressekarte"])
def test_skip_links_and_a_newspapers_advert_are_no_title(line):
    from parsers import titles
    assert titles.weak_title(line)


def test_a_phrase_that_only_says_what_is_provided_is_no_part_of_the_name():
    from parsers.prose import phrase_title
    assert phrase_title("Für das Schulfest zur Verfügung gestellt werden Tische und Bänke.") == "Schulfest"


def test_a_bare_kind_takes_the_one_compound_of_it_the_page_names():
    # "Konferenz" on a page about the Regionalkonferenz; "Schulung" on a page about the Juleica-Schulung
    assert compound_of_kind("Konferenz", ["Der Kreis lädt zur Regionalkonferenz ein.", "Die Konferenz beginnt um 18 Uhr."]) \
        == "Regionalkonferenz"
    assert compound_of_kind("Schulung", ["Die Juleica-Schulung beginnt im April."]) == "Juleica-Schulung"
    # two compounds of the kind, or a compound that names no event: no one name
    assert compound_of_kind("Treffen", ["Nach dem Netzwerktreffen folgt ein Auftakttreffen."]) is None
    assert compound_of_kind("Konferenz", ["Die Konferenz beginnt um 18 Uhr."]) is None


def test_a_headline_that_asks_its_motto_before_its_subject_names_the_event():
    page = ("Direkt zum Inhalt\n\nKita ade, Schule juchhe!? Der Übergang in die Grundschule aus Sicht der Kinder, Familien "
            "und pädagogischen Fachkräfte in Musterau\n\nDonnerstag, 25. Februar 2027\n\nZoom-Webinar\n\n"
            "Früh entscheidet sich, welche Bildungswege Kindern offenstehen. An diesem Fachtag stellen wir Ideen "
            "für die Zusammenarbeit von Kita und Schule vor.\n")
    event, = extract_events(page, content_type="text/plain", reference_date=REFERENCE)
    assert event.title.startswith("Kita ade, Schule juchhe!? Der Übergang in die Grundschule")


def test_a_training_is_named_by_its_quoted_name():
    page = ("An dem dreitägigen Training nahmen 25 Lernende aus neun Ländern teil.\n\n"
            "Am Training „Lernbotschafter stärken“ des Vereins Lesen für alle vom 11. – 13. Juli 2025 im Tagungshaus "
            "Musterau nahmen insgesamt 25 Lernende teil. Die meisten engagieren sich schon lange ehrenamtlich.\n\n"
            "Insgesamt acht Lernende nahmen zum ersten Mal an einer solchen Schulung teil.\n")
    event, = extract_events(page, content_type="text/plain", reference_date=REFERENCE)
    assert "„Lernbotschafter stärken“" in event.title


def test_a_call_before_a_sentence_is_no_headline():
    page = ("Bücherwürmer aufgepasst! Im Lesesommer warten wieder mehr als 300 neue Bücher auf alle Kinder und "
            "Jugendlichen aus Musterau\nLesesommer 2027 – Auftaktparty\nSamstag, 3. Juli 2027, 11 – 14 Uhr\n"
            "Ort: Stadtbibliothek Musterau, Kinderbereich\n")
    event, = extract_events(page, content_type="text/plain", reference_date=REFERENCE)
    assert event.title == "Lesesommer 2027 – Auftaktparty"


def test_a_training_on_offer_whenever_one_asks_is_no_event():
    page = ("Jugendberufsagentur Musterau\nBewerbungstraining\nDu suchst einen Ausbildungsplatz? Ab dem 1. Februar 2027 "
            "bieten wir wieder ein Bewerbungstraining für Einzelpersonen und kleine Gruppen an – Termine nur nach "
            "Absprache.\nKontakt: bewerbung@jba-musterau.example.org\n")
    assert extract_events(page, url="https://www.jba-musterau.example.org/angebote", content_type="text/plain",
                          reference_date=REFERENCE) == []


def test_a_headline_that_names_no_event_gives_way_to_the_quoted_name_of_its_one_event():
    page = ("Wissen teilen und Zukunft angehen\nMehr als 100 Jahre Erfahrung in der Volkshochschule\n"
            "Musterau • Die Kursleitenden an der Volkshochschule Musterau sind vielseitig interessiert. Sie stärken "
            "ihre Teilnehmenden.\nAngebots-Highlights des Herbstsemesters sind 46 Kurse im Bereich Gesundheit, darunter "
            "15 Kochkurse. Ein „Thementag Frauen“ am 16. September 2027 zeigt das Angebot für Frauen.\n")
    event, = extract_events(page, url="https://www.musterau-post.example.org/artikel/123", content_type="text/plain",
                            reference_date=REFERENCE)
    assert (event.start, event.title) == ("2027-09-16", "Thementag Frauen")


def test_the_quoted_name_of_what_frames_the_day_s_event_does_not_replace_its_headline():
    page = ("Spendenlauf am Gymnasium Musterau\nMusterau. Im Rahmen der „Aktionswoche Nachhaltigkeit“ veranstaltet die "
            "Schülervertretung am 12. Mai 2027 einen Spendenlauf rund um den Sportplatz.\nDer Erlös geht an ein Schulprojekt.\n")
    event, = extract_events(page, url="https://www.musterau-zeitung.example.org/lokales/artikel-112",
                            content_type="text/plain", reference_date=REFERENCE)
    assert event.title == "Spendenlauf am Gymnasium Musterau"


def test_the_main_clause_names_the_event_not_the_clause_that_says_why():
    page = ("Am Montag, 5. Juli 2027, beginnen die Sommerferien und damit sechs Wochen schulfreie Zeit.\n\n"
            "Da der erste Tag der Ferien in diesem Jahr auf den Familientag des Stadtfestes fällt, findet die offizielle "
            "Eröffnung der Musterauer Ferienspiele am Dienstag, 6. Juli 2027, statt – um 15 Uhr im Kinderhaus "
            "„Sonnenschein“.\n")
    assert _starts_and_titles(page) == [("2027-07-06T15:00", "Offizielle Eröffnung der Musterauer Ferienspiele")]


def test_a_clause_that_says_why_names_nothing_even_when_the_main_clause_only_offers():
    page = ("Termine im Herbst\n\n"
            "Weil das Stadtfest im Juni mehr als 5000 Besucher anlockte, lädt der Gewerbeverein Musterau am Samstag, "
            "4. September 2027, von 10 bis 18 Uhr zu einem Herbstmarkt in die Fußgängerzone ein.\n\n"
            "Das Sommerkino im Freibad findet am Freitag, 16. Juli 2027, um 21 Uhr statt.\n")
    assert ("2027-09-04T10:00", "Herbstmarkt") in _starts_and_titles(page)


def test_a_programme_listed_after_a_colon_is_one_event_an_item_named_up_to_its_guests():
    text = ("Musterau (ab). Der Seniorenbeirat Musterau hat sein Jahresprogramm vorgestellt.\n\n"
            "Das weitere Programm: 10. Dezember 2027 Adventsfeier für Jung und Alt mit dem Kinderchor der Lindenschule, "
            "14. Januar 2028 Vortrag „Sicher unterwegs mit Bus und Bahn“ (Erika Beispiel, Verkehrsverbund), 11. Februar 2028 "
            "Musikalischer Nachmittag sowie Bericht des Bürgermeisters, 10. März 2028 Singen mit dem Männerchor Musterau.\n")
    from datetime import date as day
    from parsers import extract_events
    events = extract_events(text, url="https://www.musterau-zeitung.example.org/lokales/seniorenbeirat-programm",
                            content_type="text/plain", reference_date=day(2026, 12, 6))
    assert [(e.start, e.title) for e in events] == [
        ("2027-12-10", "Adventsfeier für Jung und Alt"), ("2028-01-14", "Sicher unterwegs mit Bus und Bahn"),
        ("2028-02-11", "Musikalischer Nachmittag"), ("2028-03-10", "Singen mit dem Männerchor Musterau")]


@pytest.mark.parametrize("sentence", [
    "Die Zeugnisse gibt es an diesen Tagen: 10. Dezember Klasse 5, 14. Januar Klasse 6, 11. Februar Klasse 7, 10. März Klasse 8.",
    "Die Kita bleibt an folgenden Terminen geschlossen: 24. Dezember Heiligabend, 31. Dezember Silvester, 14. Mai "
    "Brückentag, 4. Juni Teamfortbildung.",
    "Die Abfuhrtermine im Dezember: 10. Dezember Restmüll, 17. Dezember Gelbe Säcke, 23. Dezember Papiertonne.",
    "Anmeldeschluss für unsere Veranstaltungen: 15. Dezember Schwimmkurs, 8. Januar Erste-Hilfe-Kurs, 22. Januar Töpferkurs.",
    # the year on the first item only: which year the later ones fall in is the line reader's to tell
    "Das Programm: 10. Dezember 2026 Weihnachtsfeier, 14. Januar Neujahrskaffee, 11. Februar Kohlfahrt, 11. März Singen.",
])
def test_a_list_after_a_colon_that_is_no_programme_is_left_to_the_other_readers(sentence):
    from parsers import prose
    assert prose._programme_list_items(sentence) == []


def test_a_quoted_name_that_opens_its_sentence_names_the_event_whatever_its_words():
    # (a paper's article without a year: the day cannot be placed, the name and the holder can)
    page = ("| 20:20 Uhr\n\nTagesmütter\nFortbildung zur frühen Kindheit\n\n"
            "Musterau. Wie entwickelt sich das Denken vor den ersten Worten? Auf diese Fragen gibt eine Fortbildung der "
            "Servicestelle Kindertagespflege Auskunft. „Hände – Herz – Kopf: Wie kleine Kinder die Welt begreifen“ findet "
            "am Samstag, 17. April, von 9.30 Uhr bis 13 Uhr in der Familienbildungsstätte Musterau statt.\n")
    events = extract_events(page, url="https://www.musterauer-zeitung.example.org/lokales/fortbildung_aid-81",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [e.title for e in events] == ["Hände – Herz – Kopf: Wie kleine Kinder die Welt begreifen"]
    assert events[0].organizer.startswith("Servicestelle Kindertagespflege")


def test_a_quoted_saying_that_opens_a_sentence_names_no_event():
    page = ("Vorlesetag in der Stadtbücherei\n„Wir freuen uns auf viele Kinder“, sagt die Leiterin. Der Vorlesetag "
            "findet am Freitag, 19. November 2027, um 10 Uhr in der Stadtbücherei Musterau statt.\n")
    assert [e.title for e in extract_events(page, content_type="text/plain", reference_date=REFERENCE)] == [
        "Vorlesetag in der Stadtbücherei"]


def test_a_clause_cut_at_its_day_takes_the_name_its_headline_gives():
    page = ("Interkulturelle Woche in Musterau\n\nPressemitteilung vom 18.09.2027\n\n"
            "Mit einem bunten Programm wird die bundesweite Interkulturelle Woche vom 21.09.2027 bis 29.09.2027 in der "
            "Stadt Musterau gefeiert.\n\nBegonnen wird mit einem Tag der offenen Tür der Migrationsberatung am Montag, "
            "den 24.09.2027, von 10:00 bis 15:00 Uhr. Ein Filmabend am Freitag, den 28.09.2027, zeigt Bilder der Flucht.\n")
    titles = _titles_by_day(page)
    assert titles["2027-09-21"] == "Interkulturelle Woche"


def test_a_headline_that_names_no_event_gives_no_clause_its_name():
    page = ("Den Abschluss macht der Bürgermeister\n\nIm Rathaus wird am 12. Oktober 2027 um 18 Uhr der neue Haushalt "
            "vorgestellt und die Stadt lädt dazu die Vereine ein.\n")
    assert "Den Abschluss" not in _titles_by_day(page).values()


def test_a_news_headline_gives_the_name_before_its_town_and_colon():
    page = ("Messe „Wege finden“ in Musterhaven: Heute sind die Betriebe die Bewerber\n\n"
            "Am Dienstag, 7. Oktober 2027, öffnet die Ausbildungsmesse in der Stadthalle Musterhaven von 8 bis 14 Uhr.\n")
    assert list(_titles_by_day(page).values()) == ["Messe „Wege finden“"]


@pytest.mark.parametrize("title, name", [
    ("Veranstaltung „Marke ICH“", "„Marke ICH“"),
    ("Aktion „Sauberes Musterau“", "„Sauberes Musterau“"),
    ("Veranstaltung der Reihe „Marke ICH“", "Veranstaltung der Reihe „Marke ICH“"),  # (a kind with more words stays)
    ("Lesung „Marke ICH“", "Lesung „Marke ICH“"),  # (a kind that says what happens stays)
])
def test_a_generic_word_before_a_quoted_name_is_dropped(title, name):
    from parsers.titles import without_generic_kind
    assert without_generic_kind(title) == name


def test_events_in_the_plural_that_take_place_are_no_name_but_what_is_offered_is():
    page = ("date 2026-10 Am Dienstag dreht sich in den Büchereien alles um junge Leser.\n\n"
            "Anlässlich des Tags der Bibliotheken am Dienstag, 27. Oktober finden in Einrichtungen der Region "
            "Veranstaltungen statt. Die Stadtbibliothek Musterau beteiligt sich ab 14 Uhr mit einem Bastelnachmittag.\n")
    events = extract_events(page.encode(), url="https://www.zeitung.example.org/musterau/tag-der-bibliotheken",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [(e.start, e.title) for e in events] == [("2026-10-27T14:00", "Bastelnachmittag")]


def test_a_programme_sentence_names_each_day_by_the_phrase_before_it():
    page = ("Interkulturelle Woche in Musterau\n\nPressemitteilung vom 20.09.2027\n\n"
            "Am Montag, dem 27. September 2027, 16:00 Uhr, wird die Integrationsbeauftragte der Stadt die Interkulturelle "
            "Woche mit einem Picknick im Stadtpark eröffnen.\n\n"
            "Auf dem umfangreichen Programm stehen unter anderem die Filmtour für Vielfalt, schon am Freitag, dem "
            "24. September 2027, ein „Tag der offenen Tür“ in der Beratungsstelle am Dienstag, dem 28. September 2027, und "
            "ein Internationaler Abend am Freitag, dem 1. Oktober 2027.\n")
    events = extract_events(page.encode(), url="https://www.musterau.example.org/presse/interkulturelle-woche",
                            content_type="text/plain", reference_date=date(2027, 9, 20))
    read = {(e.start, e.title) for e in events}
    assert {("2027-09-24", "Filmtour für Vielfalt"), ("2027-09-28", "Tag der offenen Tür in der Beratungsstelle"),
            ("2027-10-01", "Internationaler Abend")} <= read


VHS_YEAR_ARTICLE = (
    "date 2027-08 Die Volkshochschule stellt ihr neues Programm vor.\n\n"
    "„Gut informiert durchs Jahr“ lautet das Motto, wenn am 1. September das neue Semester an der Volkshochschule "
    "Musterau startet. Das Programmheft liegt ab heute in Buchhandlungen aus.\n\n"
    "Für 2028 soll eine „Kulturwerkstatt“ im Stadtmuseum entstehen. Die Pläne dafür wird die Fachbereichsleiterin am "
    "30. August dem Kulturausschuss vorstellen.\n\n"
    "Mit im Programm sind drei zertifizierte Fortbildungen. Für das Angebot „Alltagsbegleitung im Alter“ gibt es noch "
    "freie Plätze. Bis zum 24. August können sich Interessierte anmelden. Start ist der 29. August.\n"
)


def test_a_start_sentence_dates_the_offer_named_before_and_a_term_or_a_committee_s_day_is_none():
    events = extract_events(VHS_YEAR_ARTICLE.encode(), url="https://www.zeitung.example.org/musterau/vhs-programm",
                            content_type="text/plain", reference_date=date(2027, 8, 20))
    assert [(e.start, e.title) for e in events] == [("2027-08-29", "Alltagsbegleitung im Alter")]


@pytest.mark.parametrize("page, title", [
    ("Gesund kochen, wenig ausgeben\nMusterau, 28.09.2026\nWie man mit wenig Geld kocht, zeigt ein neuer Kurs der "
     "Volkshochschule.\nFür den Kurs „Kochen mit kleinem Budget“ sind noch Plätze frei. Anmeldungen sind bis zum "
     "10. Oktober möglich. Beginn ist am 14. Oktober um 18 Uhr in der Lehrküche der Gesamtschule.\n",
     "Kochen mit kleinem Budget"),
    ("Neues vom Familienbildungswerk\nMusterau, 16.02.2026\nWer auf kleine Kinder aufpasst, sollte im Notfall wissen, was "
     "zu tun ist. Angeboten wird deshalb der eintägige Erste-Hilfe-Kurs für Babysitter am Samstag, 7. März, von 9 bis "
     "16 Uhr im Familienbildungswerk.\n", "Erste-Hilfe-Kurs für Babysitter"),
])
def test_a_news_or_column_headline_yields_to_the_offer_its_day_s_sentences_name(page, title):
    events = extract_events(page.encode(), url="https://www.zeitung.example.org/musterau/kurs",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [e.title for e in events] == [title]


@pytest.mark.parametrize("page, day, name", [
    # a compound the page names once with its own name
    ("Die beliebte Mundartlesung „Dicht beieinander“ feiert ihr zehnjähriges Bestehen. Aus diesem Anlass laden die "
     "Autorinnen am 17. März 2027 zu einer geselligen Lesung ins Haus Musterau ein.",
     "2027-03-17", "Mundartlesung „Dicht beieinander“"),
    # what it is for, said before it
    ("Am 12. Mai 2027 steht zur „Stunde der Gartenvögel“ ein Kinderfest mit der Naturschutzgruppe Musterau auf dem "
     "Programm.", "2027-05-12", "Kinderfest zur „Stunde der Gartenvögel“"),
    # where an outing goes
    ("Am 6. Juni 2027 steht eine Exkursion von der Pension „Eule“ zum Seehof auf dem Programm.",
     "2027-06-06", "Exkursion von der Pension „Eule“ zum Seehof"),
    ("Am 3. Mai 2027 führt eine Exkursion in die Musterauer Auen.", "2027-05-03", "Exkursion in die Musterauer Auen"),
    # a quoted house is where it is held; the adjective of the field stays with the concert
    ("Am 14. November 2027 findet das hausmusikalische Konzert, 18 Uhr, im Saal des „Forum Am Markt“ in Musterstadt "
     "statt.", "2027-11-14", "Hausmusikalisches Konzert"),
])
def test_a_bare_kind_takes_the_name_its_page_gives_it(page, day, name):
    assert _titles_by_day(page).get(day) == name


def test_a_reading_held_in_a_house_keeps_no_house_and_another_event_s_name_is_not_taken():
    titles = _titles_by_day("Am 10. Mai 2027 findet eine Lesung ins Haus Musterau statt. Am 17. Mai 2027 fällt die "
                            "Vorlesung aus, stattdessen folgt die Vorlesung „Sterne und Planeten“.")
    assert "Musterau" not in titles.get("2027-05-10", "")


def test_an_offer_by_its_quoted_name_on_days_of_its_own_is_an_event_beside_the_page_s_own():
    page = ("Ferienangebote der Landeseinrichtungen\n\n"
            "- Auf Schatzsuche gehen junge Forscherinnen und Forscher: Die Burgenverwaltung Musterland bietet vom "
            "1. Juli bis 31. Juli 2027 „Geocaching auf der Burg“ an. Mit GPS-Geräten lösen Kinder knifflige Rätsel.\n\n"
            "- Das Landesmuseum Musterau zeigt eine Sonderausstellung.\n\n"
            "Vom 10. August bis zum 13. August 2027 können Kinder im Landesmuseum Musterau eigene Schuhe basteln.")
    days = {e.start[:10]: e.title for e in extract_events(page, content_type="text/plain", reference_date=REFERENCE)
            if e.start}
    assert days.get("2027-07-01") == "Geocaching auf der Burg"
    assert "2027-08-10" in days


def test_a_section_heading_below_the_day_heads_a_part_and_the_day_s_sentence_names_the_event():
    page = ("date 2027-07 Musterau. Aktiv und gesellig – so lautet das Motto der diesjährigen Musterauer Seniorenwochen, "
            "deren Programm nun im Seniorenbüro vorgestellt wurde.\n\n"
            "Vom 26. August bis zum 1. Oktober 2027 finden die Seniorenwochen in Musterau statt. Der Zeitraum wurde "
            "verlängert.\n\n"
            "Auftaktveranstaltung mit Podiumsdiskussion\n\n"
            "Eine Neuerung betrifft die Auftaktveranstaltung: Nach dem Fachvortrag wird in einer Podiumsdiskussion "
            "debattiert.\n")
    events = [e for e in extract_events(page, url="https://www.musterau-zeitung.example.org/lokales/artikel/4711",
                                        content_type="text/plain", reference_date=REFERENCE) if e.start]
    assert [(e.start, e.end) for e in events] == [("2027-08-26", "2027-10-01")]
    assert "Seniorenwochen" in events[0].title


@pytest.mark.parametrize("sentence, name", [
    ("Für die Elf- bis Dreizehnjährigen finden die Freizeitspiele parallel vom 22. bis 28. Juli in der Jugendkirche "
     "statt.", "Freizeitspiele"),
    ("Wie jedes Jahr finden die Prüfungen vom 3. bis 7. Mai in der Aula statt.", None),
])
def test_what_takes_place_on_its_days_before_statt_is_named_and_exams_are_not(sentence, name):
    from parsers.prose import title_from_sentence
    assert title_from_sentence(sentence) == name


@pytest.mark.parametrize("page", [
    "Neu in der Bibliothek\n\nDie Stadtbibliothek Musterau bietet seit dem 1. Januar 2027 „Onleihe Musterau“ an. Damit "
    "lassen sich E-Books ausleihen.\n\nAm Donnerstag, 11. März 2027, um 19.30 Uhr liest Erika Beispiel aus ihrem Krimi.",
    "Sommer in der Bibliothek\n\nIn den Ferienwochen vom 19. Juli bis 27. August 2027 hat die Stadtbibliothek Musterau "
    "geänderte Öffnungszeiten.\n\nAm Donnerstag, 22. Juli 2027, um 10 Uhr gibt es ein Bilderbuchkino.",
])
def test_a_service_offered_since_a_day_and_the_holiday_weeks_are_no_events(page):
    titles = [e.title for e in extract_events(page, content_type="text/plain", reference_date=REFERENCE)]
    assert not any("Onleihe" in t or "Ferienwochen" in t for t in titles), titles
