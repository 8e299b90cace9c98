"""Days a sentence gives: two weekdays for two days, one event on two days apart, an hour said for one paragraph's
series, the plural of a day's name, and the lines under an article that name nothing.

A reader of a library's programme expects "am Donnerstag, 13. November, und am Donnerstag, 27. November" to be two
dates in the calendar, the 15 o'clock of the knitting circle not to move the children's reading, and "Donnerstag/
Freitag, 14./15. November" to be 2024 when 14 November 2024 is a Thursday. All wording is invented in the style of
real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import dates as d
from parsers import extract_events

REFERENCE = date(2026, 12, 6)


def _events(text: str, url: str | None = None):
    return extract_events(text, url=url, content_type="text/plain", reference_date=REFERENCE)


def test_the_first_of_two_weekdays_belongs_to_the_first_day():
    for written in ("am Donnerstag/Freitag, 14./15. November", "am Donnerstag und Freitag, 14. und 15. November",
                    "Do./Fr., 14./15.11."):
        mention = d.find_dates(written)[0]
        assert (mention.day, mention.weekday, mention.end_day) == (14, 3, 15), written


def test_a_weekday_said_once_for_two_days_still_names_the_first():
    mention = d.find_dates("am Freitag, 14. und 15. November")[0]
    assert (mention.day, mention.weekday) == (14, 4)


def test_two_days_of_a_kita_open_house_fall_in_the_year_their_weekdays_fit():
    text = ("Musterau, Oktober 2024. Die Kita Sonnenschein (Lindenweg 3) öffnet ihre Türen am Donnerstag/Freitag, "
            "14./15. November, jeweils von 16 bis 18 Uhr, zum Tag der offenen Tür. Eltern und Kinder sind herzlich "
            "eingeladen.")
    starts = [e.start for e in _events(text)]
    assert starts and starts[0].startswith("2024-11-14")


LIBRARY = """Programm der Gemeindebücherei Musterau

Die „Lesemäuse“ für Kindergartenkinder sind jeden zweiten Donnerstag eingeladen. Am Donnerstag, 13. November 2025, und am Donnerstag, 27. November, wird das Bilderbuch „Der kleine Igel“ vorgelesen. Anschließend wird gebastelt.

Auch für Erwachsene gibt es ein Programm. Unter dem Motto „Strickzeit“ treffen sich jeden ersten Dienstag alle, die gerne stricken, jeweils um 15 Uhr. Die nächsten beiden Treffen finden am Dienstag, 4. November, und am Dienstag, 2. Dezember, statt.
"""


def test_one_event_on_two_days_apart_is_two_dates():
    days = sorted(e.start[:10] for e in _events(LIBRARY) if e.start)
    assert "2025-11-13" in days and "2025-11-27" in days


def test_the_hour_of_one_paragraphs_series_stays_in_that_paragraph():
    events = {e.start[:10]: e for e in _events(LIBRARY) if e.start}
    assert events["2025-11-13"].all_day and events["2025-11-27"].all_day  # (the reading gives no hour)
    assert events["2025-11-04"].start.endswith("T15:00")  # (the knitting circle's own hour)


def test_an_hour_said_in_an_introduction_still_holds_for_every_day():
    text = ("Vortragsreihe der Volkshochschule Musterau\n\n"
            "Die Vorträge der Reihe beginnen jeweils um 19.30 Uhr im Alten Rathaus.\n\n"
            "Am Dienstag, 3. März 2026, spricht Anna Beispiel im Vortrag „Wasser in der Stadt“ über Regen und Kanäle.\n\n"
            "Am Dienstag, 17. März 2026, folgt der Vortrag „Bäume im Klimawandel“ mit Max Muster. Er zeigt, welche "
            "Bäume in den Straßen der Stadt Hitze und Trockenheit gut vertragen.\n")
    starts = sorted(e.start for e in _events(text) if e.start)
    assert starts == ["2026-03-03T19:30", "2026-03-17T19:30"]


def test_two_consecutive_days_are_one_event():
    text = ("Die Bundeskonferenz Bildungsmanagement findet am 24. September 2026 und am 25. September 2026 "
            "in Musterstadt statt.")
    events = _events(text)
    assert len(events) == 1 and events[0].start.startswith("2026-09-24")


def test_a_houses_opening_on_two_days_is_no_event_twice():
    text = ("Öffnungszeiten zwischen den Jahren\n"
            "Geöffnet ist der Weltladen am Samstag, 19. Dezember 2026, von 9 bis 18 Uhr und am Montag, 28. Dezember, "
            "von 10 bis 14 Uhr.")
    assert len([e for e in _events(text) if e.start and e.start.startswith("2026-12-28")]) == 0


def test_the_plural_of_a_days_name_names_the_event():
    text = ("Im Rathaus gibt es zwei informative Tage für Senioren\n\n"
            "Musterstadt. Die zweiten Musterstädter Seniorentage bieten der Seniorenbeirat und das Sozialamt am "
            "Dienstag und Mittwoch, 8. und 9. September 2026, im Rathaus an. Es gibt Vorträge und Infostände.\n\n"
            "musterstadt.de/\n\nseniorenbeirat\n")
    titles = [e.title for e in _events(text)]
    assert titles and "Seniorentage" in titles[0]
    assert not any(t in ("musterstadt.de/", "seniorenbeirat") for t in titles)


def test_a_bare_address_is_never_a_title_and_a_tag_only_below_the_article():
    from parsers import titles
    for line in ("musterstadt.de/", "www.vhs-musterau.de"):
        assert titles.weak_title(line), line
    assert not titles.weak_title("Lesefest Musterau")
    assert titles.tag_line("seniorenbeirat", 9, 1) < 0 and titles.tag_line("#lesen bildung", 9, 1) < 0
    assert titles.tag_line("lesezeit", 0, 0) == 0  # (a page's first line in lower case is a brand-style name)


def test_a_brand_style_name_in_lower_case_on_the_first_line_stays_the_title():
    text = ("lesezeit\nDie Stadtbücherei Musterau lädt alle Kinder ab fünf Jahren ein. Am Mittwoch, 20. Januar 2027, "
            "um 15 Uhr lesen wir gemeinsam Geschichten aus dem Winterwald. Anschließend wird gebastelt.\n")
    assert [e.title for e in _events(text)] == ["lesezeit"]


SENIOR_WEEK = """Die Freude am Älterwerden

Der Seniorenbeirat lädt zu den 12. Musterauer Seniorentagen ein. Vom 25. September bis zum 1. Oktober 2027 gibt es wieder einen bunten Mix von Veranstaltungen mit unterhaltendem und informativem Charakter.

Den Auftakt macht das Kaffeekonzert des Kammerorchesters am Samstag, 25. September 2027, um 15 Uhr im Bürgerhaus.

Am Montag sind um 10 Uhr Führungen auf den Turm der Stadtkirche möglich, um 14 Uhr gibt es Einblicke in das Stadtarchiv.

Am Mittwoch um 9.30 Uhr erzählt der Stadtarchäologe „Geschichten aus dem Untergrund“.

Am Montag ist das Büro des Seniorenbeirats geschlossen.
"""


def test_a_bare_weekday_below_a_weeks_span_is_that_weeks_day():
    starts = sorted(e.start for e in _events(SENIOR_WEEK) if e.start)
    assert "2027-09-27T10:00" in starts and "2027-09-29T09:30" in starts


def test_a_closed_office_on_a_weekday_of_the_week_is_no_day():
    from parsers.content import PageView
    from parsers.mentions import find_mentions
    from parsers.page import from_text
    view = PageView(from_text(SENIOR_WEEK), url=None, reference_date=REFERENCE)
    _, span, first = view.week_span
    assert (span.day, span.month, first.weekday()) == (25, 9, 5)  # (25 September 2027 is a Saturday)
    assert d.days_in_week("Am Montag ist das Büro geschlossen.", span, first)[0].day == 27
    closed = max(i for i, text in enumerate(view.texts) if "geschlossen" in text)
    assert not [m for m in find_mentions(view) if m.line == closed]
    assert d.days_in_week("Am Sonntag um 10 Uhr …", span, first)[0].day == 26


def test_a_page_of_two_spans_reads_no_bare_weekday():
    text = ("Die Aktionswoche läuft vom 3. bis 7. Mai 2027, die Projektwoche vom 10. bis 14. Mai 2027.\n\n"
            "Am Dienstag um 10 Uhr gibt es einen Vortrag zur Mülltrennung im Rathaus.\n")
    starts = [e.start for e in _events(text) if e.start]
    assert not any(s.startswith(("2027-05-04", "2027-05-11")) for s in starts)


FAMILY_WEEK = """Musterau, 16.04.2027
Im Rahmen der Familienwoche vom 19. bis 23. April 2027 stellen sich die Häuser der Familie in den Stadtteilen vor.
Für Montag, 19. April, ab 13 Uhr, laden die Einrichtungen im Norden zu einer „Familienmittagszeit“ ins Haus der Familie Nordstadt ein.
Ebenfalls am Montag, 19. April, bietet das Haus der Familie Mitte von 10 bis 12 Uhr eine offene Sprechstunde an.
Am Dienstag, dem 20. April, veranstaltet das Haus der Familie Süd von 15 bis 18 Uhr einen „Tag der offenen Tür“.
Am Donnerstag, dem 22. April, gibt es von 9 bis 12 Uhr einen „Tag der offenen Tür“ im Haus der Familie Ost.
"""


def test_a_round_ups_day_led_sentences_are_each_their_own_item():
    starts = sorted(e.start for e in _events(FAMILY_WEEK) if e.start)
    assert {"2027-04-19T13:00", "2027-04-19T10:00", "2027-04-20T15:00", "2027-04-22T09:00"} <= set(starts)


def test_one_event_named_twice_on_its_day_stays_one():
    text = ("Die Bildungskonferenz des Landkreises Musterau findet am Donnerstag, 16. September 2027, in der Stadthalle "
            "statt. Am Donnerstag, 16. September 2027, beginnt die Bildungskonferenz um 9 Uhr mit einem Grußwort des "
            "Landrats. Anmeldungen nimmt das Bildungsbüro bis zum 1. September entgegen.\n")
    assert len([e for e in _events(text) if e.start and e.start.startswith("2027-09-16")]) == 1


def test_a_calendars_view_switch_and_an_empty_time_field_name_no_event():
    text = ("Aktuelle Termine\n\nListenansicht Monatsansicht\nDo 12.12.2030\nWeihnachtskonzert\n\nPauluskirche, 19:00 Uhr\n\n"
            "Sa 08.02.2031\nTag der offenen Tür\n\nFr 14.02.2031\nElternsprechtag\n\nWeitere Termine\n")
    titles = [e.title for e in _events(text)]
    assert titles[:1] == ["Weihnachtskonzert"] and "Elternsprechtag" in titles
    from parsers import titles as title_features
    assert title_features.weak_title("Uhr bis") and title_features.weak_title("Listenansicht Monatsansicht")


@pytest.mark.parametrize("text", [
    # a holiday, a closure, a registration period: no programme's week
    "Schöne Osterferien!\n\nDie Osterferien dauern vom 29. März bis 2. April 2027. Das Sekretariat ist nicht besetzt.\n\n"
    "Am Montag um 8 Uhr beginnt der Unterricht wieder mit einem Gottesdienst in der Stadtkirche für alle Klassen.\n",
    "Elternbrief\n\nIn den Herbstferien vom 25. bis 29. Oktober 2027 bleibt unsere Kita geschlossen.\n\n"
    "Am Dienstag um 19.30 Uhr findet unser Elternabend im Turnraum statt. Wir wählen den neuen Elternbeirat.\n",
    # a day after the week, or before it
    "Die Woche der Wiederbelebung findet vom 20. bis 26. September 2027 statt. In allen Schulen gibt es Kurse.\n\n"
    "Bereits am Mittwoch um 18 Uhr stellen Landrat und Rettungsdienst das Programm bei einer Pressekonferenz vor.\n",
])
def test_a_weekday_outside_a_programmes_week_is_not_read_into_it(text):
    starts = [e.start for e in _events(text) if e.start and "T" in e.start]
    assert not starts  # (no event takes the bare weekday's hour inside the span)


HOLIDAY_PROGRAMME = """Sommerferienprogramm im Technikmuseum

Das Technikmuseum Musterau bietet in den Sommerferien wieder Workshops für Kinder an. Los geht es am 31. Juli mit dem Kurs „Roboter bauen“ für Kinder ab zehn Jahren.
Einen Tag später, am 1. August, werden Acht- bis Zwölfjährige in der „Solarwerkstatt“ kleine Autos bauen.
Am 5. August steht der Kurs „Was rollt denn da?“ auf dem Programm, am 13. August die „Naturfarbenwerkstatt“.
"""


def test_an_undated_magazine_article_gives_its_days_without_a_year():
    events = _events(HOLIDAY_PROGRAMME, url="https://www.musterland-magazin.de/sommerferienprogramm-im-technikmuseum/")
    assert len(events) >= 3
    assert all(e.start is None and e.start_partial for e in events)  # (no year: not put into the coming summer)


def test_an_undated_page_of_the_museum_itself_still_looks_ahead():
    events = _events(HOLIDAY_PROGRAMME, url="https://www.technikmuseum-musterau.de/ferienprogramm/")
    assert events and all(e.start and e.start.startswith("2027-") for e in events)


def test_a_programmes_week_is_an_event_of_its_own_beside_its_days():
    events = _events(SENIOR_WEEK)
    week = [e for e in events if e.start == "2027-09-25" and e.end == "2027-10-01"]
    assert len(week) == 1 and "Seniorentage" in week[0].title
    assert any(e.start == "2027-09-27T10:00" for e in events)  # (and its days stay events of their own)


@pytest.mark.parametrize("sentence, day", [
    ("Daher werden wir uns am 20. November auch am bundesweiten Vorlesetag beteiligen.", "2025-11-20"),
    ("Am 20. November fand der bundesweite Vorlesetag in der Bibliothek statt.", "2024-11-20"),
])
def test_an_article_s_coming_day_lies_after_it_and_its_reported_day_before_it(sentence, day):
    page = (" date 2025-02-13 Die Stadtbibliothek Musterau plant ihr Jahr.\n\n"
            "Musterau - Besucherinnen und Besucher der Stadtbibliothek können sich auf einige Veranstaltungen freuen. "
            f"Nachdem 2024 das Jubiläum groß gefeiert wurde, hat Leiterin Erika Beispiel wieder einiges vor. {sentence}\n")
    assert [e.start for e in _events(page) if e.start] == [day]


@pytest.mark.parametrize("sentence, day", [
    # a day inside a noun's phrase, a custom, a clause of its own: what comes is something else
    ("Der Erlös des Adventsbasars am 28. November wird an die Musterauer Tafel gespendet.", "2024-11-28"),
    ("Am 20. November wird jedes Jahr der bundesweite Vorlesetag begangen.", "2024-11-20"),
    ("Die Sternsinger, die am 28. November durch die Straßen zogen, sollen im Mai geehrt werden.", "2024-11-28"),
])
def test_a_past_day_stays_before_the_article_when_something_else_is_to_come(sentence, day):
    page = (" date 2025-02-13 Aus der Stadtbibliothek Musterau.\n\nMusterau - "
            f"Nachdem 2024 das Jubiläum groß gefeiert wurde, gibt es Neues. {sentence}\n")
    starts = [e.start for e in _events(page) if e.start]
    assert starts == [day] or (not starts and "zogen" in sentence)  # (a relative clause of a report names no event)


def test_a_listing_of_days_is_one_event_on_each_day_and_between_two_days_is_a_span():
    listing = ("Bücherflohmarkt der Stadtbücherei\nAuch die Termine für den diesjährigen Bücherflohmarkt stehen fest. Er soll "
               "zu den Öffnungszeiten der Stadtbücherei am 2., 7. und 9. November 2027 stattfinden.\n")
    assert [(e.start, e.end) for e in _events(listing)] == [("2027-11-02", None), ("2027-11-07", None), ("2027-11-09", None)]
    for span in ("Familienbildungswoche in fünf Stadtteilen\nDie Familienbildungswoche findet zwischen dem 8. und 16. "
                 "September 2027 in fünf Stadtteilen statt.\n",
                 "Interkulturelle Woche 2027\nZwischen dem 8. und 16. September 2027 findet in Musterau wieder die "
                 "Interkulturelle Woche statt.\n"):
        assert [(e.start, e.end) for e in _events(span)] == [("2027-09-08", "2027-09-16")]


def test_a_space_after_the_clock_s_colon_keeps_the_minutes():
    assert d.find_time("23.10. | 19: 00 Uhr | Autorenlesung").start == "19:00"
    assert d.find_time("Gruppe 2: 15 Uhr").start == "15:00"  # (a number before a colon is no hour)


def test_an_evening_listed_on_two_days_is_held_on_each():
    # a family centre's year programme: the twin parents' evening is two dates in the calendar, not one
    text = ("Musterau, 10. Januar 2027. Das Jahresprogramm der Familienbildungsstätte Musterau ist da.\n\n"
            "Den Auftakt macht am 29. Januar ein Filmabend im Kino am Markt.\n\n"
            "Ein Gesprächsabend für Eltern von Zwillingen findet am 23. April und 4. Juli statt.\n\n"
            "Am 27. November endet das Jahr mit einem Vortrag „Rund um das Herz“.")
    events = {e.start: e.title for e in _events(text)}
    assert events.get("2027-04-23") == events.get("2027-07-04"), events
    assert events["2027-07-04"].startswith("Gesprächsabend")


def test_further_dates_in_the_next_sentence_repeat_the_series_with_its_hour():
    text = ("Vortragsreihe zur Ortsgeschichte\n\n"
            "Musterau, 2. März 2027. Der Heimatverein Musterau lädt zu einer Vortragsreihe ein. Los geht es am "
            "Donnerstag, 8. April, um 18 Uhr im Pfarrheim St. Marien. Die weiteren Termine folgen dann am 06.05., 10.06. "
            "und 08.07., ebenfalls um 18 Uhr.")
    starts = sorted(e.start for e in _events(text))
    assert starts == ["2027-04-08T18:00", "2027-05-06T18:00", "2027-06-10T18:00", "2027-07-08T18:00"]


def test_two_days_in_a_row_with_their_hours_stay_one_congress():
    text = ("Kongress Bildung im Netz\n\n"
            "Der Kongress findet am Montag, 3. Mai 2027, 10–17 Uhr und Dienstag, 4. Mai 2027, 9–15 Uhr in der "
            "Stadthalle Musterau statt.")
    events = _events(text)
    assert len(events) == 1 and events[0].start[:10] == "2027-05-03", [(e.start, e.end) for e in events]


def test_days_joined_only_by_commas_are_not_one_event_held_again():
    # a round-up: each day after a comma opens the next talk, not a second date of the first
    text = ("Neues Programm der Begegnungsstätte Musterau\n\n"
            "Musterau, 5. Januar 2027. Vorträge: „Geld regiert die Welt“ ist das Thema am 1. Februar, am "
            "8. Februar spricht eine Polizistin über Trickbetrug.")
    titles = [e.title for e in _events(text) if e.start and e.start.startswith("2027-02-08")]
    assert "Geld regiert die Welt" not in titles, titles


def test_a_day_whose_next_sentence_names_the_event_and_its_hour_is_the_events():
    text = ("Bildungsbüro des Landkreises Musterau stellt sich vor\n\n"
            "Am Dienstag, 2. Februar 2027, stellt sich das neu gegründete Bildungsbüro des Landkreises Musterau vor. "
            "Die Auftaktveranstaltung im Forum des Kreishauses wird um 19 Uhr eröffnet. Bildung ist der Schlüssel "
            "für Teilhabe.")
    assert [e.start for e in _events(text)] == ["2027-02-02T19:00"]


def test_a_next_sentence_with_a_day_of_its_own_lends_no_event_to_the_day_before():
    text = ("Bildungsbüro des Landkreises Musterau stellt sich vor\n\n"
            "Am Dienstag, 2. Februar 2027, bezieht das neu gegründete Bildungsbüro seine Räume im Kreishaus. "
            "Die Auftaktveranstaltung folgt am 9. März 2027 um 19 Uhr im Forum.")
    assert [e.start for e in _events(text) if e.start] == ["2027-03-09T19:00"]


def test_a_later_sentence_that_holds_the_event_also_on_further_days():
    text = ("Neues Programm im Jugendzentrum\n\n"
            "Musterau, 5. Januar 2027. Ein Kinderkino wird am Dienstag, 26. Januar, 16.30 bis 18 Uhr, im Jugendzentrum "
            "geboten. „Wir zeigen meist aktuelle Filme für Kinder ab sechs Jahren“, sagt die Hausleitung. Kinozeit für "
            "Kinder ist auch am 23. Februar und 23. März, jeweils von 16.30 bis 18 Uhr.")
    starts = sorted(e.start for e in _events(text) if e.start)
    assert starts == ["2027-01-26T16:30", "2027-02-23T16:30", "2027-03-23T16:30"]


def test_also_on_a_day_after_another_event_is_named_is_not_the_first_events():
    text = ("Neues Programm im Jugendzentrum\n\n"
            "Musterau, 5. Januar 2027. Ein Kinderkino wird am Dienstag, 26. Januar, 16.30 bis 18 Uhr, im Jugendzentrum "
            "geboten. Daneben gibt es einen Bastelnachmittag für Familien. Der ist auch am 23. Februar und 23. März.")
    # (the craft afternoons may be read as days of their own, never as the cinema's hours again)
    starts = [e.start for e in _events(text) if e.start]
    assert "2027-01-26T16:30" in starts and "2027-02-23T16:30" not in starts and "2027-03-23T16:30" not in starts


@pytest.mark.parametrize("sentence, starts", [
    # the hours said once after the listing hold for every day, the first one too
    ("Das Repair-Café lädt am 9. Januar 2027, 6. Februar sowie 6. März jeweils von 10 bis 13 Uhr ins Jugendhaus ein.",
     ["2027-01-09T10:00", "2027-02-06T10:00", "2027-03-06T10:00"]),
    # a listing across months: the last days' "und" closes it
    ("Der Vorlesenachmittag im Advent findet am Freitag, den 26. November 2027, 3. und 10. Dezember, jeweils von 14 "
     "bis 15 Uhr in der Leseinsel statt.", ["2027-11-26T14:00", "2027-12-03T14:00", "2027-12-10T14:00"]),
    # the sentence before the further days ends after a street's number
    ("Der Englisch-Stammtisch trifft sich erstmals am Mittwoch, 07.04.2027, um 18 Uhr im Café Lindenblatt, "
     "Marktstraße 2. Die weiteren Termine folgen dann am 05.05., 02.06. und 07.07., ebenfalls um 18 Uhr.",
     ["2027-04-07T18:00", "2027-05-05T18:00", "2027-06-02T18:00", "2027-07-07T18:00"]),
    # the same offer again, its weekday before the day
    ("Die Vorlesestunde beginnt am Montag, 25. Oktober 2027, um 10 Uhr in der Stadtbibliothek. Dasselbe Angebot findet "
     "auch noch einmal am Dienstag, 26. Oktober 2027, zur gleichen Zeit statt.",
     ["2027-10-25T10:00", "2027-10-26T10:00"]),
])
def test_the_further_days_of_one_event_each_keep_its_hours(sentence, starts):
    assert sorted(e.start for e in _events("Aus dem Programm\n\n" + sentence) if e.start) == starts


@pytest.mark.parametrize("heading, paragraph, days", [
    ("Lesungen im Februar", "Am 1. Februar 2027 liest Petra Lamm aus ihrem neuen Krimi „Tod am Stausee“, am 8. Februar "
     "gibt es einen Vortrag über die Geschichte der Musterauer Mühlen. Beginn ist jeweils um 19.30 Uhr in der "
     "Stadtbücherei Musterau.", ["2027-02-01", "2027-02-08"]),
    ("Imkerverein Musterau lädt ein", "Am 5. März 2027 um 19 Uhr gibt es im Vereinsheim einen Vortrag über die "
     "Varroa-Behandlung sowie am 12. März eine Führung durch den Lehrbienenstand am Waldrand.", ["2027-03-05", "2027-03-12"]),
])
def test_a_day_that_opens_its_own_clause_beside_the_pages_event_is_one_more(heading, paragraph, days):
    events = _events(f"{heading}\n\n{paragraph}")
    assert sorted(e.start[:10] for e in events if e.start) == days
    # (the second clause names nothing: it never borrows the first clause's quoted name)
    assert not any("Stausee" in (e.title or "") for e in events if e.start and e.start.startswith("2027-02-08"))


@pytest.mark.parametrize("paragraph", [
    # a chronicle's day, years before the event
    "Alle Bürgerinnen und Bürger sind am Samstag, den 11. Mai 2027 herzlich zum Tag der offenen Rathaustür eingeladen. "
    "Anlass sind 15 Jahre Neues Rathaus. Am 20. Januar 2012 öffnete der neue Sitz der Stadtverwaltung seine Türen.",
    # a day to register
    "Der Elternabend findet am 4. März 2027 um 19 Uhr in der Aula statt, und am 25. Februar endet die Anmeldung für "
    "die Betreuung in den Osterferien.",
    # another thing told of the event, no happening of its own
    "Die Lesung mit Jana Fink findet am Mittwoch, 20. Januar 2027, um 15 Uhr statt und am Mittwoch, 27. Januar 2027, "
    "werden die Bilder der Kinder zum Buch im Foyer ausgestellt.",
])
def test_a_clause_day_that_is_no_happening_stays_out(paragraph):
    assert len([e for e in _events("Aus dem Rathaus\n\n" + paragraph) if e.start]) == 1


@pytest.mark.parametrize("text, not_on", [
    # a day the notices go out, then a weekly office hour: no event
    ("Gemeinde Musterau – Aktuelles\n\nDie Grundsteuerbescheide für das Jahr 2027 werden am 15. Januar 2027 verschickt. "
     "Fragen beantwortet die Kämmerei in einer Bürgersprechstunde, die immer donnerstags um 16 Uhr im Rathaus "
     "stattfindet.", "2027-01-15"),
    # what is not on "auch am" the next day is no second parade
    ("Rosenmontag in Musterau\n\nDer Rosenmontagsumzug startet am Montag, 8. Februar 2027, um 13.11 Uhr am Marktplatz. "
     "Die Hauptstraße ist deshalb von 11 bis 18 Uhr gesperrt. Der Parkplatz am Festplatz steht auch am 9. Februar wegen "
     "der Aufräumarbeiten nicht zur Verfügung.", "2027-02-09"),
    # a birthday in the clause after the party is no second party
    ("Seniorenweihnachtsfeier\n\nDie Seniorenweihnachtsfeier des Landkreises findet am Samstag, 12. Dezember 2026, um "
     "14.30 Uhr in der Stadthalle statt, am 14. Dezember feiert die älteste Teilnehmerin ihren 101. Geburtstag.",
     "2026-12-14"),
])
def test_days_that_are_no_happening_stay_out_of_the_calendar(text, not_on):
    assert not any(e.start and e.start.startswith(not_on) for e in _events(text))


def test_a_listing_whose_last_day_names_another_happening_is_no_series():
    text = ("Energiewende vor Ort\n\nGeplant sind ein Vortrag über Solarstrom auf dem eigenen Dach am 5. März 2027 und am "
            "12. März eine Exkursion zum Solarpark Heidefeld. Der Vortrag beginnt um 19 Uhr im Gasthaus, Treffpunkt für "
            "die Exkursion ist um 14 Uhr am Bahnhof.")
    assert "2027-03-12T19:00" not in [e.start for e in _events(text)]


OPEN_WEEK = """11. bis 17. Oktober: „Woche der offenen Tür“
Das Nachbarschaftshaus Musterau öffnet seine Türen und lädt Sie herzlich ein!
Theater, Spiele und Vorträge erwarten Sie in der Woche vom 11. bis zum 17. Oktober bei uns im Haus. Von Montag bis Sonntag gibt es neben den regelmäßigen Angeboten viele einmalige Veranstaltungen.
Das Programm startet am Montag um 19:30 Uhr mit einer offenen Probe des Nachbarschaftschors „Klangfarben“.
Weiter geht es am Dienstag um 16:00 Uhr: Unser Team heißt Sie zu einem gemütlichen Sprachcafé willkommen.
"""


def test_a_week_said_twice_without_a_year_is_one_week_whose_weekdays_the_page_says():
    # "von Montag bis Sonntag" makes 11 October a Monday: 2027 (the nearest such year), for the week and its days
    events = _events(OPEN_WEEK)
    starts = {e.start for e in events}
    assert {"2027-10-11T19:30", "2027-10-12T16:00"} <= starts
    week = [e for e in events if e.start == "2027-10-11" and e.end == "2027-10-17"]
    assert [e.title for e in week] == ["Woche der offenen Tür"]  # (the week, not its Monday, is the page's own event)


def test_a_week_whose_weekdays_the_page_does_not_say_gives_its_weekdays_no_day():
    text = OPEN_WEEK.replace("Von Montag bis Sonntag gibt es", "Dann gibt es")
    assert not [e for e in _events(text) if e.start and "T" in e.start]


def test_a_headline_that_leads_with_its_day_names_the_event_after_it():
    from parsers import titles
    assert titles.without_leading_day("7. bis 13. Oktober: „Woche der offenen Tür“") == "Woche der offenen Tür"
    assert titles.without_leading_day("27.05.2020 – 10. Regionale Bildungskonferenz") == "10. Regionale Bildungskonferenz"
    assert titles.without_leading_day("12. Mai: Kurz") == "12. Mai: Kurz"  # (too little left to be a name)
    assert titles.without_leading_day("Fachtag am 12. Mai: Inklusion") == "Fachtag am 12. Mai: Inklusion"
    assert titles.without_leading_day("3. Bildungskonferenz: Übergänge gestalten") == "3. Bildungskonferenz: Übergänge gestalten"
    text = "12. Mai 2027: „Fachtag Inklusion“\nDer Landkreis Musterau lädt alle Fachkräfte ein. Beginn ist um 9 Uhr im Kreishaus.\n"
    assert [e.title for e in _events(text)] == ["Fachtag Inklusion"]


def test_a_week_whose_weekdays_are_said_stays_the_pages_event_where_its_days_name_nothing():
    # the weekday lines split the page; their sentences name no event the reader knows, so the week is what remains
    text = ("Seniorenwoche im Stadtteilzentrum Musterau-Nord\nVom 20. bis 26. September feiern wir unsere Seniorenwoche! "
            "Von Montag bis Sonntag erwartet Sie ein buntes Programm mit Ausflügen, Vorträgen und Musik.\n"
            "Am Montag um 14:30 Uhr beginnt die Woche mit einem Tanztee im großen Saal.\n"
            "Am Donnerstag um 10 Uhr starten wir zur Stadtführung durch die Altstadt, Treffpunkt ist der Marktbrunnen.\n"
            "Stadtteilzentrum Musterau-Nord, Birkenweg 3, 12345 Musterau\n")
    events = _events(text, url="https://www.stadtteilzentrum-musterau.example.org/seniorenwoche")
    assert [(e.start, e.end) for e in events if e.end] == [("2027-09-20", "2027-09-26")]


def test_a_short_line_of_a_weeks_programme_is_one_of_its_items():
    # one sentence a line under the week's headline: each weekday line that names its happening is an event of its own
    text = ("6. bis 12. Oktober: Familienwoche im Familienzentrum Musterau\n"
            "In der Familienwoche vom 6. bis 12. Oktober laden wir zu vielen Aktionen ein. Von Montag bis Sonntag ist das "
            "Haus täglich geöffnet.\n"
            "Am Mittwoch um 15 Uhr gibt es eine Bastelstunde für Kinder ab fünf Jahren.\n")
    events = _events(text, url="https://www.familienzentrum-musterau.example.org/familienwoche")
    assert [(e.start, e.title) for e in events] == [("2025-10-06", "Familienwoche im Familienzentrum Musterau"),
                                                   ("2025-10-08T15:00", "Bastelstunde für Kinder")]


def test_a_weeks_weekdays_said_on_the_line_below_its_span_still_place_its_days():
    text = ("21. bis 27. September: „Woche der offenen Tür“\n"
            "In der Woche vom 21. bis zum 27. September öffnet das Familienzentrum Musterau seine Türen.\n"
            "Von Montag bis Sonntag können Sie unsere Angebote kennenlernen.\n"
            "Am Mittwoch um 15 Uhr lädt das Team zum Bastelnachmittag ein.\n")
    events = _events(text, url="https://www.familienzentrum-musterau.example.org/woche-der-offenen-tuer")
    assert [e.start for e in events] == ["2026-09-21", "2026-09-23T15:00"]  # (21 September 2026 is a Monday)
