"""Hours a paragraph says once for its days (`parsers/standing_hours.py`): a weekday's standing hour ("immer dienstags
ab 16 Uhr", "finden montags um 17 Uhr statt") for the days on that weekday, and "jeweils" hours after a listing of days
("An den Montagen, 2., 9. und 16. September, …") with a second sitting the sentence gives. Also: a listing of days is no
span beside other events of the page, and a list's day-led items run onto the speaker line above are split. The pages
are invented; the towns of the URLs are real."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.page import parse

CRAWL = date(2026, 12, 3)

LIBRARY_MONTH = (
    "Die Stadtteilbüchereien im September\n"
    "19.08.2027, 07:14\n\n"
    "Die Stadtbücherei Musterau hat ihr Programm für September zusammengestellt. An den Montagen, 6., 13. und 20. "
    "September, finden in der Bücherei am Markt zwei Yoga-Schnupperkurse statt. Eine Kursleiterin gibt einen Einblick. "
    "Der erste Kursus findet jeweils von 14.30 bis 16 Uhr statt, der zweite Kursus von 16 bis 17.30 Uhr.\n\n"
    "Im Bilderbuchkino wird Kindern ab vier Jahren eine Art Diaschau geboten, zu der die Geschichte vorgelesen wird. In "
    "der Bücherei am Markt immer dienstags ab 16 Uhr. Im ersten Bilderbuchkino des Monats gibt es einen zweisprachigen "
    "Text. So wird am 7. September die Geschichte „Der kleine Igel“ gezeigt. Es folgen „Die Maus im Haus“ "
    "(14. September) und „Der Hase und der Mond“ (21. September).\n")


def _read(text: str, url: str = "https://www.musterpresse.example/musterau/buecherei-september"):
    return extract_events(text, url=url, reference_date=CRAWL, content_type="text/plain")


def test_a_listing_of_days_beside_other_events_is_one_event_a_day_with_each_sittings_hours():
    events = [(e.title, e.start, e.end) for e in _read(LIBRARY_MONTH) if "Yoga" in e.title]
    assert sorted(events) == [
        ("Yoga-Schnupperkurse", "2027-09-06T14:30", "2027-09-06T16:00"),
        ("Yoga-Schnupperkurse", "2027-09-06T16:00", "2027-09-06T17:30"),
        ("Yoga-Schnupperkurse", "2027-09-13T14:30", "2027-09-13T16:00"),
        ("Yoga-Schnupperkurse", "2027-09-13T16:00", "2027-09-13T17:30"),
        ("Yoga-Schnupperkurse", "2027-09-20T14:30", "2027-09-20T16:00"),
        ("Yoga-Schnupperkurse", "2027-09-20T16:00", "2027-09-20T17:30"),
    ]


def test_a_weekdays_standing_hour_holds_for_the_paragraphs_days_on_that_weekday():
    starts = sorted(e.start for e in _read(LIBRARY_MONTH) if "Yoga" not in e.title)
    assert starts == ["2027-09-07T16:00", "2027-09-14T16:00", "2027-09-21T16:00"]  # (Tuesdays in 2027)


def test_a_standing_hour_of_another_weekday_gives_no_hours():
    text = LIBRARY_MONTH.replace("immer dienstags ab", "immer donnerstags ab")
    starts = sorted(e.start for e in _read(text) if "Yoga" not in e.title)
    assert starts == ["2027-09-07", "2027-09-14", "2027-09-21"]


KINDERUNI = (
    "Noch drei Vorlesungen der Kinder-Uni Musterau\n"
    "11. November 2027\n"
    "Die Kinder-Uni Musterau bietet auch in diesem Herbst Antworten auf spannende Fragen. Alle Vorlesungen richten "
    "sich an Kinder zwischen acht und zwölf Jahren und finden donnerstags um 17 Uhr statt.\n"
    "Die kommenden Themen im Überblick:\n"
    "- 11.11.: Warum feiern wir Feste?\n"
    "Eine Ethnologin der Universität - 18.11.: Warum schämen wir uns manchmal?\n"
    "Ein Psychologe der Universität - 25.11.: Welche Rechte haben Kinder?\n"
    "Eine Erziehungswissenschaftlerin\n")


def test_day_led_items_run_onto_the_speaker_line_above_are_items_of_their_own():
    texts = [line.text for line in parse(KINDERUNI, "text/plain").lines]
    assert "Warum schämen wir uns manchmal?" in " ".join(texts)
    assert not any("Universität" in text and "18.11." in text for text in texts)


def test_a_paragraphs_day_takes_no_standing_hour_of_the_paragraph_above():
    text = ("Lesekreis und Aktionstag in der Bücherei\n\nDer Lesekreis der Stadtbücherei Musterau trifft sich immer montags "
            "um 17 Uhr im Lesecafé. Neue Mitglieder sind jederzeit willkommen und können einfach vorbeikommen.\n\n"
            "Am Montag, 25. Januar 2027, lädt die Bücherei zum Aktionstag „Lesen verbindet“ ein. Den ganzen Tag gibt es "
            "Bücherkisten, Vorleseecken und einen Bücherflohmarkt für alle Generationen in der Bücherei am Markt.\n")
    assert [e.start for e in _read(text)] == ["2027-01-25"]


def test_an_offices_hours_or_a_section_above_give_no_standing_hour():
    office = ("Vorträge im Familienbüro\n\nDas Familienbüro Musterau berät Eltern. Sprechzeiten: dienstags von 9 bis 12 "
              "Uhr.\nIm Frühjahr gibt es drei Vorträge:\n- 9.3.2027: Schlaf im ersten Lebensjahr\n"
              "- 16.3.2027: Zähne putzen ohne Tränen\n- 23.3.2027: Trotzphase verstehen\n")
    assert sorted(e.start for e in _read(office)) == ["2027-03-09", "2027-03-16", "2027-03-23"]
    section = ("Lesekreis\n\nDer Lesekreis trifft sich immer dienstags um 17 Uhr im Lesecafé.\n\nVorträge im Frühjahr\n\n"
               "- 9.3.2027: Schlaf im ersten Lebensjahr\n- 16.3.2027: Zähne putzen ohne Tränen\n")
    assert not any(e.start.endswith("T17:00") for e in _read(section))


def test_every_weekday_at_an_hour_is_a_standing_hour_too():
    text = LIBRARY_MONTH.replace("immer dienstags ab 16 Uhr", "jeden Dienstag um 16 Uhr")
    starts = sorted(e.start for e in _read(text) if "Yoga" not in e.title)
    assert starts == ["2027-09-07T16:00", "2027-09-14T16:00", "2027-09-21T16:00"]


def test_a_lists_days_take_the_weekday_hour_its_lead_in_says():
    events = _read(KINDERUNI, "https://www.kinderuni.example/aktuelles/herbst")
    assert [(e.title, e.start) for e in events if e.title.startswith("Warum") or e.title.startswith("Welche")] == [
        ("Warum feiern wir Feste?", "2027-11-11T17:00"),
        ("Warum schämen wir uns manchmal?", "2027-11-18T17:00"),
        ("Welche Rechte haben Kinder?", "2027-11-25T17:00"),
    ]


def test_hours_of_something_else_between_keep_the_standing_hour_from_the_days():
    text = KINDERUNI.replace("Die kommenden Themen im Überblick:",
                             "Das Foyer öffnet um 16 Uhr. Die kommenden Themen im Überblick:")
    events = _read(text, "https://www.kinderuni.example/aktuelles/herbst")
    assert not any(e.start.endswith("T17:00") for e in events if e.title.startswith(("Warum", "Welche")))


def test_a_local_papers_town_section_may_carry_its_id_after_the_towns_name():
    from parsers.gazetteer import town_of_path
    assert town_of_path("https://www.musterpresse.example/rhein-main/hochtaunus/bad-homburg-ort28249/tag-123.html") == \
        "Bad Homburg"
    assert town_of_path("https://www.musterpresse.example/rhein-main/hochtaunus/tag-123.html") is None
