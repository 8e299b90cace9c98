"""A youth ring's or an adult school's programme told in an article: each happening named before its bracketed days,
and the days of an announcement later in its year.

A reader of "eine Fahrt in das Jugendcamp Musterburg (7. bis 16. August)" in an article of January expects a trip in
August of that year, named as the article names it, not "Jugendcamp" in the August before. All wording is invented in
the style of real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events
from parsers import prose

REFERENCE = date(2026, 12, 6)
ANNOUNCEMENT_URL = "https://www.musterkreis-nachrichten.example.org/2025/01/23/jahresprogramm-des-jugendrings"


def _events(text: str, url: str | None = None):
    return extract_events(text, url=url, content_type="text/plain", reference_date=REFERENCE)


def _titled(events) -> dict[str, tuple[str | None, str | None]]:
    return {e.title: (e.start, e.end) for e in events}


PROGRAMME = ("Musterkreis (pm). Das Jahresprogramm 2025 des Kreisjugendrings Musterkreis ist erschienen. Kinder und "
             "Jugendliche können zwischen vielen Tagesaktionen und Ferienfahrten wählen.\n"
             "Zwölf eigene Freizeiten führt der Jugendring mit seinen Ehrenamtlichen durch. Neben Klassikern wie den "
             "Eltern-Kind-Freizeiten für Sechs- bis Zehnjährige und ihre Eltern (24. bis 25. Mai) oder der Kochfreizeit "
             "für Zehn- bis 14-Jährige (28. bis 30. März) gibt es neue Wochenenden. Neben der Inselfreizeit wird es eine "
             "Fahrt in das Jugendcamp Musterburg (7. bis 16. August) und einen Besuch einer Kinderstadt in Polen "
             "(31. Juli bis 6. August) geben.")


def test_each_happening_is_named_by_the_words_before_its_bracket():
    titles = _titled(_events(PROGRAMME, ANNOUNCEMENT_URL))
    assert titles.get("Fahrt in das Jugendcamp Musterburg") == ("2025-08-07", "2025-08-16")
    assert titles.get("Besuch einer Kinderstadt in Polen") == ("2025-07-31", "2025-08-06")
    # (whom it is for is no part of its name; a calendar names each day's freizeit in the singular)
    assert titles.get("Kochfreizeit") == ("2025-03-28", "2025-03-30")
    assert titles.get("Eltern-Kind-Freizeit") == ("2025-05-24", "2025-05-25")


def test_an_announcement_of_january_puts_its_august_in_that_year():
    starts = sorted(e.start for e in _events(PROGRAMME, ANNOUNCEMENT_URL))
    assert starts and all(start.startswith("2025-") for start in starts), starts


def test_a_report_of_january_keeps_its_december_in_the_year_before():
    text = ("Musterkreis (pm). Am 10. Dezember fand die Weihnachtsfeier des Kreisjugendrings im Jugendhaus Musterburg "
            "statt. Rund 80 Ehrenamtliche kamen zusammen.")
    starts = [e.start for e in _events(text, ANNOUNCEMENT_URL)]
    assert starts == ["2024-12-10"], starts


def test_a_holiday_trip_is_named_though_its_sentence_speaks_of_the_holidays():
    sentence = ("„In der zweiten Hälfte der Sommerferien gehen wir wieder auf Jugendfahrt nach Musteroog (15. bis 29. "
                "August) und für Kinder findet unsere Sommer-Freizeit (16. bis 21. August) statt“, so der Vorsitzende.")
    names = [title for _, _, title in prose._named_days_in_brackets(sentence, None)]
    assert names == ["Jugendfahrt nach Musteroog", "Sommer-Freizeit"]


def test_days_off_in_brackets_stay_no_events():
    sentence = ("Die Geschäftsstelle bleibt an folgenden Tagen geschlossen: Rosenmontag (3. März), Brückentag "
                "(30. Mai) und in den Herbstferien (20. Oktober).")
    assert prose._named_days_in_brackets(sentence, None) == []
    holidays = "Ferientermine: Herbstferien (20. bis 31. Oktober), Weihnachtsferien (22. Dezember bis 3. Januar)."
    assert prose._named_days_in_brackets(holidays, None) == []


def test_a_street_before_its_bracket_names_nothing():
    sentence = ("Die Sprechstunden sind im Rathaus (3. März) und in der Lindenstraße (17. März) jeweils von 9 bis "
                "12 Uhr.")
    assert prose._named_days_in_brackets(sentence, None) == []


NATURE_PROGRAMME = ("Umwelt\n\n„Natur erleben“ mit neuem Programm\n\n"
                    "Die Veranstaltungsreihe der Stadt Musterau startet im Frühjahr 2027 mit vielen Angeboten.\n\n"
                    "Los geht es mit „Frösche und Molche“ am Samstag, 8. Mai 2027, 9.30 bis 12 Uhr. Kinder suchen im "
                    "Stadtpark Amphibien.\n\n"
                    "Große und kleine Forscher sind zu einer Vogelwanderung am Mühlbach eingeladen. Am Sonntag, 23. Mai "
                    "2027, 15 bis 17 Uhr, erfährt man mehr über die Vögel am Wasser.\n\n"
                    "„Kräuter am Wegesrand“ können Kinder ab 8 Jahren am Samstag, 5. Juni 2027, kennenlernen (10 bis 12 "
                    "Uhr).\n\n"
                    "Am Freitag, 11. Juni 2027, geht es auf „Waldwanderung mit den Eichhörnchen“ (15 bis 17 Uhr).")


def test_a_dated_sentence_that_names_nothing_is_about_the_sentence_before_it():
    titles = _titled(_events(NATURE_PROGRAMME))
    assert [title for title, (start, _) in titles.items() if start == "2027-05-23T15:00"] in (
        ["Vogelwanderung"], ["Vogelwanderung am Mühlbach"]), titles


def test_a_sentence_before_with_its_own_day_lends_no_name():
    text = NATURE_PROGRAMME.replace("Große und kleine Forscher sind zu einer Vogelwanderung am Mühlbach eingeladen.",
                                    "Am 20. Mai 2027 findet eine Vogelwanderung am Mühlbach statt.")
    titles = _titled(_events(text))
    assert not any(start and start.startswith("2027-05-23") and title.startswith("Vogelwanderung")
                   for title, (start, _) in titles.items()), titles


def test_each_day_of_a_sentence_is_named_by_the_phrase_right_before_it():
    text = ("Donnerstag, 31. Januar 2027\n\nDrei Fragen an die Leitung des Naturzentrums Musterau\n\n"
            "Was sind die Höhepunkte für 2027?\n\n"
            "Neben Veranstaltungen wie dem Familien-Survival Nachmittag am 16. März und der Musterauer Vogelzählung am "
            "27. April ist mein persönliches Höhepunkt die Übernachtung zur langen Nacht der Natur am 25./26. Mai im "
            "Naturerfahrungsraum.")
    titles = _titled(_events(text))
    assert titles.get("Familien-Survival Nachmittag", (None,))[0] == "2027-03-16", titles
    assert titles.get("Musterauer Vogelzählung", (None,))[0] == "2027-04-27", titles
    assert titles.get("Übernachtung zur langen Nacht der Natur") == ("2027-05-25", "2027-05-26"), titles


def test_days_after_a_verb_are_not_named_by_the_clause_before_them():
    sentence = ("Der Kurs beginnt am 3. März und das Treffen der Eltern findet am 10. März in der Aula statt.")
    assert prose.names_before_their_days(sentence) == []
    deadline = "Die Anmeldung zum Sommerfest ist bis zum 3. Juni möglich, das Sommerfest am 20. Juni beginnt um 15 Uhr."
    assert prose.names_before_their_days(deadline) == []


def test_titles_in_quotes_right_before_their_days_name_them():
    text = ("Musterau. Die Volkshochschule Musterau hat ihr Herbstprogramm 2027 vorgestellt. Weitere informative Vorträge "
            "sind zum Beispiel „Sicher im Netz! Tipps für Eltern“ am 23. September 2027, „Gärten für Bienen“ am 7. Oktober "
            "2027 oder die Lesung von Anna Beispiel aus ihrem neuen Roman „Die Kinder vom Lindenhof“ am 4. November 2027.")
    titles = _titled(_events(text))
    assert titles.get("Sicher im Netz! Tipps für Eltern", (None,))[0] == "2027-09-23", titles
    assert titles.get("Gärten für Bienen", (None,))[0] == "2027-10-07", titles
    assert titles.get("Die Kinder vom Lindenhof", (None,))[0] == "2027-11-04", titles


def test_a_byline_s_day_broken_onto_its_own_line_is_when_the_article_was_posted():
    text = ("Diese Website verwendet Cookies. Cookies gewährleisten den vollen Funktionsumfang unseres Angebots. Lesen Sie "
            "auch unsere Datenschutz-Erklärung\n\n"
            "Jugendcafé „Treffpunkt“ feiert ersten Geburtstag\n\nWerkhaus\n\n"
            "Wer Geburtstag hat, darf sich etwas wünschen. „Noch mehr Gäste“ – so lautet der Wunsch des Jugendcafés "
            "zum einjährigen Bestehen. Am Samstag, 28. August, wird dieses Ereignis groß gefeiert.\n\n"
            "INNENSTADT\n\nvon Karin Beispiel\n\n, 23.08.2021\nJugendcafé „Treffpunkt“ feiert ersten Geburtstag\n\n"
            "Die Betreiber haben für die Geburtstagsfeier die Höhepunkte des Jahres zusammengesucht.\n\n"
            "Sie haben im ersten Jahr rund 100 Veranstaltungen gestemmt. Neu am 19. September soll die Sprechstunde "
            "abgehalten werden: Poetry Slam ist dann angesagt.")
    read = {e.start: e.title for e in _events(text, "https://www.musterau-nachrichten.example.org/jugendcafe-geburtstag")}
    assert "2021-08-23" not in read, read
    assert read.get("2021-09-19") == "Sprechstunde", read


def test_a_bare_kind_takes_what_its_sentence_says_it_is_of():
    text = ("Grundschule Musterau: Lachen macht lesestark\n\nSo begann der Buchautor Tom Beispiel seine Einführung in die "
            "Buchlesung. Am 11.06.2026 bekamen die Klassen 1 und 2 eine Lesung aus dem Buch „Die Maus im Mond“, und "
            "am 12.06.2026 lasen die Klassen 3 und 4 selbst vor.")
    titles = [e.title for e in _events(text, "https://gs-musterau.example.org/2026/07/16/lachen-macht-lesestark")]
    assert "Lesung aus dem Buch „Die Maus im Mond“" in titles, titles
    # (not whom it is with: "eine Lesung mit Tom Beispiel" stays "Lesung")
    assert prose.kind_with_its_object("Lesung", "Am Freitag gibt es eine Lesung mit Tom Beispiel im Saal.") is None


def test_a_quote_after_a_place_s_preposition_names_the_place_not_the_talk():
    sentence = ("Auf Wunsch mehrerer Teilnehmer wird es am Donnerstag, dem 15. Juni, ab 14 Uhr im „Käthe-Beispiel-Haus“ "
                "einen Vortrag von Dr. Peter Beispiel, Chefarzt der Augenklinik, zum Thema „Augenerkrankungen“ geben.")
    texts = ["Seniorenwoche in Musterau",
             "Am Montag, dem 12. Juni, wird die Woche mit einem Konzert des Kammerorchesters Musterau im Stadtsaal "
             "eröffnet. " + sentence + " Und auch in diesem Jahr wird die Seniorenwoche mit einem Konzert am Sonntag, "
             "dem 18. Juni, in der Stadtkirche enden."]
    titles = {(m.date.day, m.date.month): m.title for m in prose.dated_event_sentences(texts)}
    assert titles.get((15, 6)) == "Vortrag „Augenerkrankungen“", titles
    # (the talk's theme is not the opening concert's: a next sentence with a day of its own lends it no title)
    assert titles.get((12, 6)) == "Konzert des Kammerorchesters Musterau", titles


def test_a_series_days_in_one_bracket_are_each_an_event_at_the_hours_said_for_each():
    text = ("Jugendzentrum Musterau: Das neue Programm ist da\n"
            "Musterau. Viel Trubel gibt es stets beim Spiele-Donnerstag, der immer am letzten Donnerstag im Monat "
            "(28. Januar 2027; 25. Februar 2027; 25. März 2027, jeweils 16.30 bis 18 Uhr) für alle Jugendlichen ab 12 Jahre "
            "stattfindet.")
    events = _events(text)
    read = {(e.start, e.end, e.title) for e in events}
    titles = sorted((e.start, e.title) for e in events)
    assert {("2027-01-28T16:30", "2027-01-28T18:00", "Spiele-Donnerstag"),
            ("2027-02-25T16:30", "2027-02-25T18:00", "Spiele-Donnerstag"),
            ("2027-03-25T16:30", "2027-03-25T18:00", "Spiele-Donnerstag")} <= read, titles


@pytest.mark.parametrize("sentence, named", [
    ("Das Programm umfasst einen Vortrag über frühe Anzeichen am Montag, dem 9. März, einen Gesprächsabend für "
     "Angehörige am Donnerstag, dem 12. März, sowie eine Filmvorführung mit anschließender Diskussion am Dienstag, dem "
     "17. März.", ["Vortrag über frühe Anzeichen", "Gesprächsabend für Angehörige",
                   "Filmvorführung mit anschließender Diskussion"]),
    ("Zum Jubiläum stehen auf dem Programm: ein Festakt in der Aula am Freitag, dem 8. Mai, ein Schulfest am Samstag, "
     "dem 9. Mai, und ein ökumenischer Gottesdienst am Sonntag, dem 10. Mai.",
     ["Festakt in der Aula", "Schulfest", "Ökumenischer Gottesdienst"]),
    ("Auf dem Programm stehen eine Fahrradwerkstatt für Kinder am Montag, dem 20. April, um 15 Uhr, ein Vortrag zum "
     "Energiesparen zu Hause am Mittwoch, dem 22. April, um 19 Uhr und eine Pflanzaktion am Freitag, dem 24. April.",
     ["Fahrradwerkstatt für Kinder", "Vortrag zum Energiesparen zu Hause", "Pflanzaktion"]),
])
def test_a_programme_sentence_s_names_before_their_days(sentence, named):
    assert [name for _, _, name in prose.names_before_their_days(sentence)] == named


def test_an_hour_said_for_each_of_the_days_the_sentence_before_lists():
    text = ("Themenwoche Demenz an der Volkshochschule\nMusterau, 23.02.2027\n"
            "Die Volkshochschule Musterau widmet sich im März dem Thema Demenz. Das Programm umfasst einen Vortrag über frühe "
            "Anzeichen am Montag, dem 8. März, einen Gesprächsabend für Angehörige am Donnerstag, dem 11. März, sowie eine "
            "Filmvorführung am Dienstag, dem 16. März. Beginn ist jeweils um 19 Uhr im VHS-Saal.\n")
    assert sorted(e.start for e in _events(text)) == ["2027-03-08T19:00", "2027-03-11T19:00", "2027-03-16T19:00"]
