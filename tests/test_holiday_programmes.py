"""A local paper's round-up of holiday offers: a museum's workshop days, each with its theme, the hours said once for
all of them, and the museums of a region's holidays in one article each with its own offer.

A parent scanning a calendar for the Easter holidays wants each day of the workshops with its theme and its hours, and
each museum's offer under its own name — not five entries called "Am Donnerstag … dreht sich alles um …" at no hour.
All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.dates import find_dates, find_time

REFERENCE = date(2026, 12, 6)
URL = "https://www.musterau-nachrichten.example.org/2027/03/11/osterferien-im-museum/"

WORKSHOP_DAYS = (
    "Osterferien im Museum\n\n"
    "Begleitend zur Sonderausstellung Unter der Erde. Im Reich von Assel und Wurm im Stadtmuseum Musterau finden vom "
    "13. bis zum 14. April und vom 19. bis zum 21. April Ferienworkshops für Kinder zwischen sechs und zwölf Jahren "
    "statt.\n\n"
    "Das Programm startet jeweils um 10 Uhr und endet um 13 Uhr. Die Teilnahme kostet pro Kind 8 Euro.\n\n"
    "Am Dienstag, 13. April, ist Kompostierung das Thema. Die Kinder bauen eine kleine Wurmkiste. "
    "Die Honigbiene steht am Mittwoch, 14. April, im Mittelpunkt des Programms. Am Montag, 19. April, dreht sich alles "
    "um Flechten. Mit dem Tag des Waldes am Mittwoch, 21. April, endet die Workshop-Reihe.")


def _by_day(text: str, url: str = URL) -> dict[str, object]:
    return {e.start[:10]: e for e in extract_events(text, url=url, content_type="text/plain", reference_date=REFERENCE)
            if e.start}


def test_each_workshop_day_is_named_by_its_theme_at_the_hours_said_once():
    days = _by_day(WORKSHOP_DAYS)
    assert days["2027-04-13"].title == "Ferienworkshop: Kompostierung"
    assert days["2027-04-14"].title == "Ferienworkshop: Honigbiene"
    assert days["2027-04-19"].title == "Ferienworkshop: Flechten"
    assert days["2027-04-21"].title == "Tag des Waldes"
    for day in ("2027-04-13", "2027-04-14", "2027-04-19", "2027-04-21"):
        assert days[day].start == f"{day}T10:00" and days[day].end == f"{day}T13:00"


def test_a_theme_sentence_without_a_programme_of_one_kind_keeps_no_invented_kind():
    days = _by_day("Gartentag im Stadtpark\n\nAm Samstag, 8. Mai 2027, ist Kompostierung das Thema am Infostand der "
                   "Stadtgärtnerei.")
    assert not any(str(e.title).startswith("Ferienworkshop") for e in days.values())


def test_two_days_in_a_row_said_in_full_are_one_span_and_two_days_apart_stay_two():
    span, = find_dates("der am 11. Oktober und 12. Oktober angeboten wird")
    assert (span.day, span.end_day, span.month) == (11, 12, 10)
    assert len(find_dates("am 11. Oktober und 19. Oktober")) == 2
    over_the_month, = find_dates("am 30. September und 1. Oktober 2027")
    assert (over_the_month.day, over_the_month.month, over_the_month.end_day, over_the_month.end_month) == (30, 9, 1, 10)
    new_year, = find_dates("am 31. Dezember und 1. Januar 2027")
    assert (new_year.year, new_year.end_year) == (2026, 2027)


ROUND_UP = (
    "Vom Steinzeitworkshop bis zur Fotosafari\n\n"
    "Bereits in der ersten Ferienwoche können Kinder im Kunstmuseum Musterau auf „Fotosafari im Schlosshof“ gehen. "
    "In dem viertägigen Ferienkurs vom 4. bis 7. Oktober 2027 dreht sich alles um das Thema Fotografie. Nach "
    "Ausstellungsbesuchen bei „Erika Beispiel“ wird im Schlosshof nach Motiven gesucht.\n\n"
    "Im Technikmuseum Beispielstadt erwecken die Teilnehmer des Ferienworkshops „Löten und Programmieren“, der am "
    "11. Oktober und 12. Oktober 2027 angeboten wird, kleine Roboter zum Leben.\n\n"
    "Daneben gibt es in der 2. Ferienwoche eine Ganztagesbetreuung im Steinzeitmuseum Musterdorf: Dabei können sich "
    "Kinder vom 18. bis 22. Oktober 2027 jeden Tag auf ein anderes Motto freuen.")


def test_a_round_up_names_each_offer_and_not_what_else_its_paragraph_quotes():
    days = _by_day(ROUND_UP, url="https://www.musterau-kinder.example.org/2027/09/ferien-im-museum")
    assert days["2027-10-04"].title == "Fotosafari im Schlosshof"
    assert days["2027-10-04"].end == "2027-10-07"
    assert days["2027-10-11"].end == "2027-10-12" or days["2027-10-11"].end is None
    assert any(e.title == "Ganztagesbetreuung" for e in days.values())
    assert not any("Ferienwoche" in str(e.title) for e in days.values())


NATURE_WEEK = (
    "Buntes Programm zur Woche der Natur 2027\n"
    "Erstmals führt die Umweltstiftung Musterland vom 15. Juni bis zum 23. Juni 2027 die „Woche der Natur“ durch. Der "
    "Naturpark Musterau beteiligt sich mit einem vielfältigen Programm sowohl für Kinder als auch für Erwachsene.\n"
    "Das Programm startet am 15. Juni direkt mit zwei Veranstaltungen. Bei der beliebten Fossiliensuche lernen die "
    "Teilnehmer Spannendes aus der Landschaftsgeschichte. Treffpunkt ist um 10.00 Uhr am Parkplatz Lutterquelle.\n"
    "Um 15.00 Uhr am 15. Juni beginnt am Bahnhof in Beispielheim eine geführte Wanderung vorbei an interessanten "
    "Erlebnispunkten zum Geopunkt Muschelkalk und wieder zurück. Hier wird Erdgeschichte erlebbar gemacht.\n"
    "Ebenfalls am 15. Juni um 15.00 Uhr startet auf dem Parkplatz Ulmenweg in Musterdorf in Kooperation mit dem "
    "Heimatverein e. V. die Wanderung „Blätter und Formen im Wald“. Eingeladen sind alle Generationen.\n"
    "Am 19. Juni von 18.00 – 20.-00 Uhr geht es in Zusammenarbeit mit dem Heimatverein auf eine Abendwanderung.\n")


def test_a_week_takes_no_hour_of_one_of_its_items_and_a_slip_in_an_hour_is_read_as_meant():
    assert find_time("Am 19. Juni von 18.00 – 20.-00 Uhr geht es").start == "18:00"
    assert find_time("Am 19. Juni von 18.00 – 20.-00 Uhr geht es").end == "20:00"
    events = extract_events(NATURE_WEEK, url="https://www.naturpark-musterau.example.org/2027/05/22/woche-der-natur/",
                            content_type="text/plain", reference_date=REFERENCE)
    week = next(e for e in events if e.end and e.end.startswith("2027-06-23"))
    assert week.start == "2027-06-15"


OPENED_DAYS = (
    "Seniorentage in Ludwigskirche und Congresshalle\n\n"
    "Die 7. Musterauer Seniorentage finden vom 24. bis 26. November 2027 statt.\n\n"
    "Eröffnet werden die Seniorentage am Mittwoch, 24. November, 14 Uhr, in der Ludwigskirche.\n")


def test_days_opened_at_an_hour_start_at_that_hour():
    events = extract_events(OPENED_DAYS, url="https://www.musterau.example.org/news/seniorentage",
                            content_type="text/plain", reference_date=REFERENCE)
    assert events[0].start == "2027-11-24T14:00"


def test_a_round_up_s_offers_on_days_of_their_own_beside_an_invitation_to_an_activity():
    page = ("Lokales\nZeichnen, Klettern, Schwimmen\n"
            "Musterau, 4. Dezember 2026 – Die ersten Ferienangebote für den Herbst stehen fest.\n"
            "Die Jugendkunstschule Musterau bietet am 2. November und 3. November 2027 einen Comic-Workshop für Kinder ab "
            "9 Jahren an.\n"
            "Der Alpenverein lädt am Freitag, 5. November 2027, von 14 bis 17 Uhr zum Kinderklettern in die Kletterhalle "
            "ein.\n")
    events = {e.start: e for e in extract_events(page, url="https://www.musterau-anzeiger.example.org/lokales/herbst",
                                                 content_type="text/plain", reference_date=REFERENCE)}
    assert events["2027-11-02"].title.startswith("Comic-Workshop") and events["2027-11-02"].end == "2027-11-03"
    assert events["2027-11-05T14:00"].title == "Kinderklettern"


def test_a_camp_and_a_day_care_of_the_holiday_weeks_are_named_by_what_they_are():
    page = ("Ferienprogramm Herbst\nMusterheim, 1. Dezember 2026\n"
            "In der 1. Ferienwoche lädt der Sportverein vom 11. bis 15. Oktober 2027 zu einem Fußballcamp für Kinder von 6 "
            "bis 12 Jahren ein.\n"
            "Daneben gibt es in der 2. Ferienwoche eine Ganztagesbetreuung: Die Gemeinde betreut Grundschulkinder vom 18. "
            "bis 22. Oktober 2027 von 7.30 bis 16 Uhr im Haus des Kindes.\n")
    titles = {(e.start or "")[:10]: e.title for e in extract_events(
        page, url="https://www.gemeinde-musterheim.example.org/ferienprogramm", content_type="text/plain",
        reference_date=REFERENCE)}
    assert titles["2027-10-11"].startswith("Fußballcamp")
    assert titles["2027-10-18"] == "Ganztagesbetreuung"


def test_themes_on_lines_of_their_own_in_other_words_and_hours_said_after_them():
    page = ("Ferien in der Waldschule\nMusterau, 1. Dezember 2026\n"
            "Vom 2. bis zum 5. August 2027 finden in der Waldschule Musterau Ferienworkshops für Kinder statt.\n"
            "Am Montag, 2. August, widmen sich die Kinder dem Thema Wasser.\n"
            "Am Dienstag, 3. August, stehen Käfer im Mittelpunkt.\n"
            "Am Mittwoch, 4. August, dreht sich alles um Wintervögel am Futterhaus.\n"
            "Mit dem Tag des Waldes am Donnerstag, 5. August, endet die Reihe.\n"
            "Die Workshops beginnen jeweils um 9 Uhr und enden gegen 12 Uhr.\n")
    days = _by_day(page)
    assert [days[f"2027-08-0{n}"].title for n in (2, 3, 4, 5)] == [
        "Ferienworkshop: Wasser", "Ferienworkshop: Käfer", "Ferienworkshop: Wintervögel", "Tag des Waldes"]
    assert all(days[f"2027-08-0{n}"].start.endswith("T09:00") and days[f"2027-08-0{n}"].end.endswith("T12:00")
               for n in (2, 3, 4, 5))


def test_themes_in_the_plural_and_what_a_day_is_about():
    page = ("Pfingstferien im Stadtmuseum\nPressemitteilung, 1.12.2026\n"
            "In den Pfingstferien lädt das Stadtmuseum Musterau vom 18. bis zum 20. Mai 2027 zu Museumswerkstätten für "
            "Kinder ab 6 Jahren ein.\n"
            "Am Dienstag, 18. Mai, sind die Römer das Thema. Am Mittwoch, 19. Mai, geht es um Ritter. Die Steinzeit steht am "
            "Donnerstag, 20. Mai, im Mittelpunkt des Programms.\n")
    titles = [e.title for e in extract_events(page, url="https://www.stadtmuseum-musterau.example.org/presse/pfingsten",
                                              content_type="text/plain", reference_date=REFERENCE) if e.start]
    assert titles == ["Museumswerkstatt: Römer", "Museumswerkstatt: Ritter", "Museumswerkstatt: Steinzeit"]


def test_a_place_read_to_its_sentence_s_end_keeps_no_full_stop_and_a_street_keeps_its_abbreviation():
    from parsers.settle import SENTENCE_STOP_RE
    assert SENTENCE_STOP_RE.search("Haus des Kindes.")
    assert not any(SENTENCE_STOP_RE.search(v) for v in ("Kirchstr.", "Musterverein e.V.", "Raum Nr."))
