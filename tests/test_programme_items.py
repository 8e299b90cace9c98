"""A programme whose items each lead with their day and name ("15.04. Osternest und Osterei"), a few lines of text
below, then the item's weekday and hours, its audience and meeting point.

A reader takes each dated line as an item's head. Read as items that end at their dated line, every event took the
line above it, the previous item's audience or meeting point, as its title ("Für Schulkinder ab 7 Jahren"), and
the calendar showed five events nobody could tell apart. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.musterau-bote.example.org/2019/04/09/naturstation-jahresprogramm/"

PROGRAMME = """Naturstation Musterau: Jahresprogramm 2019 – noch Plätze frei

Anmeldung:
Soweit nicht anders angegeben, ist eine Anmeldung per Telefon oder Mail erforderlich.

12.04. Wanderung „Den Fischottern auf der Spur“
Fischotter sind scheue Jäger. Heute führt unsere Wanderung am Mühlbach bei Musterau entlang. Bitte Gummistiefel mitbringen!
Freitag, 15.00-17.00
Für Erwachsene/Familien mit Kindern
Treffpunkt: Parkplatz an der Mühlbachbrücke

15.04. Kräuterküche
Wir sammeln Wildkräuter und kochen daraus über dem Feuer eine Suppe.
Montag, 14:30-16:30 Uhr
Für Schulkinder ab 7 Jahren

17.04. Wer singt denn da?
Mit Fernglas und Bestimmungsbuch lernen wir die Vögel der Streuobstwiese kennen.
Mittwoch, 10:00-12:00 Uhr
Für Schulkinder ab 7 Jahren

24.04. Frühlingsforscher
Mit Lupe und Becherglas suchen wir die ersten Insekten des Jahres.
Für Kinder ab 4 Jahren mit Begleitperson"""


def _events():
    return extract_events(PROGRAMME, url=URL, content_type="text/plain", reference_date=REFERENCE)


def test_each_item_is_named_by_its_own_dated_line():
    assert [(e.start[:10], e.title) for e in _events()] == [
        ("2019-04-12", "Wanderung „Den Fischottern auf der Spur“"),
        ("2019-04-15", "Kräuterküche"),
        ("2019-04-17", "Wer singt denn da?"),
        ("2019-04-24", "Frühlingsforscher"),
    ]


def test_an_items_audience_or_meeting_point_names_no_event():
    titles = [e.title for e in _events()]
    assert not any(t.startswith(("Für ", "Treffpunkt")) for t in titles), titles


def test_the_hours_on_the_items_weekday_are_its_hours():
    events = {e.title: e for e in _events()}
    assert events["Wanderung „Den Fischottern auf der Spur“"].start == "2019-04-12T15:00"
    assert events["Wanderung „Den Fischottern auf der Spur“"].end == "2019-04-12T17:00"
    assert events["Kräuterküche"].start == "2019-04-15T14:30"
    assert events["Wer singt denn da?"].end == "2019-04-17T12:00"
    assert events["Frühlingsforscher"].all_day


def test_an_items_heute_is_not_the_articles_day():
    # "Heute führt unsere Wanderung …" is the hike's day, not a second event on the day the article appeared
    assert not [e for e in _events() if e.start.startswith("2019-04-09")]


def test_hours_given_for_another_weekday_are_not_the_items():
    text = PROGRAMME.replace("Montag, 14:30-16:30 Uhr", "Dienstag, 14:30-16:30 Uhr")
    events = {e.title: e for e in extract_events(text, url=URL, content_type="text/plain", reference_date=REFERENCE)}
    assert events["Kräuterküche"].start == "2019-04-15"


def test_a_rows_leading_hours_are_no_part_of_its_name():
    events = extract_events("Kita Sonnenschein öffnet ihre Türen\n\nSamstag, 17. April 2027\n\n13 bis 16 Uhr: Tag der "
                            "offenen Tür in der Kita Sonnenschein mit Kuchenbasar\nOrt: Lindenstraße 4, Musterau\n",
                            url="https://www.kita-sonnenschein.example.org/aktuelles", content_type="text/plain",
                            reference_date=date(2026, 12, 6))
    assert [(e.title, e.start, e.end) for e in events] == [
        ("Tag der offenen Tür in der Kita Sonnenschein mit Kuchenbasar", "2027-04-17T13:00", "2027-04-17T16:00")]


def test_a_travelling_series_is_named_by_its_kind_and_each_row_gives_where_it_stops():
    events = extract_events(
        "Elterncafé auf Reisen\n\nSeit März ist das Elterncafé des Jugendamts auf Reisen. Im Elterncafé besprechen Eltern "
        "bei Kaffee und Kuchen ihre Fragen.\nInzwischen stehen die Termine für die Reise durch den Landkreis fest.\n"
        "29.05.2027 Kindergarten „Regenbogen“ in Königsee\n31.07.2027 Kindergarten „Blumenwiese“ in Gräfenthal\n"
        "21.08.2027 Kindergarten „Am Eichwald“ in Bad Blankenburg\n",
        url="https://www.landkreis-musterau.example.org/aktuelles/elterncafe", content_type="text/plain",
        reference_date=date(2026, 12, 6))
    assert [(e.start, e.title, e.venue, e.city) for e in events] == [
        ("2027-05-29", "Elterncafé", "Kindergarten „Regenbogen“", "Königsee"),
        ("2027-07-31", "Elterncafé", "Kindergarten „Blumenwiese“", "Gräfenthal"),
        ("2027-08-21", "Elterncafé", "Kindergarten „Am Eichwald“", "Bad Blankenburg")]

