"""The Interkulturelle Woche of a Kreis or a town: the weeks are an event of their own, named in the nominative whatever
case or spelling the sentence gives them, and they do not take the name of the events held within them.

All wording is invented in the style of real district press releases and local news."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.landkreis-musterland.example.org/presse/interkulturelle-wochen-2027"


def _read(page: str):
    return extract_events(page, url=URL, content_type="text/plain", reference_date=REFERENCE)


def test_the_weeks_that_a_sentence_spans_are_named_in_the_nominative():
    page = ("Landkreis wirbt für ein friedliches Miteinander\n\n"
            "Geplant sind Gottesdienste, Ausstellungen, Filme und Nachbarschaftsfeste. Die Interkulturellen Wochen 2027 "
            "werden vom 15. September bis zum 3. Oktober 2027 im Landkreis Musterland durchgeführt.\n")
    weeks = [e for e in _read(page) if e.start == "2027-09-15"]
    assert [e.title for e in weeks] == ["Interkulturelle Wochen 2027"]


def test_a_week_written_small_is_named_with_its_capital():
    page = ("Vielfältige Aktionen im Landkreis\n\n"
            "Unter dem Motto #offengeht findet vom Sonntag, 26. September 2027, bis zum Sonntag, 3. Oktober 2027, im Land "
            "die interkulturelle Woche statt.\n")
    events = _read(page)
    assert [(e.title, e.start, e.end) for e in events] == [("Interkulturelle Woche", "2027-09-26", "2027-10-03")]


def test_the_event_that_closes_the_week_on_its_day_is_not_named_after_the_week():
    page = ("Interkulturelle Woche im Landkreis Musterland\n\n"
            "Die Interkulturelle Woche bietet im Landkreis Musterland in diesem Jahr insgesamt 36 Veranstaltungen. "
            "Los geht es am Dienstag, 14. September 2027, mit einem offenen Kreativ-Workshop des Teilhabezentrums. "
            "Schließen wird die Interkulturelle Woche in diesem Jahr am Sonntag, 3. Oktober 2027, wieder mit einer "
            "Fahrradsternfahrt unter dem Motto „Zusammen leben, zusammen radeln“.\n")
    closing = [e for e in _read(page) if e.start and e.start.startswith("2027-10-03")]
    assert len(closing) == 1 and "Interkulturelle" not in closing[0].title, [e.title for e in closing]


def test_an_offer_held_within_the_week_is_not_named_after_it():
    page = ("Vielfältige Aktionen auch im Landkreis\n\n"
            "Der bundesweite Auftakt wird am 26. September 2027 in Musterstadt gefeiert. Auch im Landkreis Musterland finden in den kommenden Tagen verschiedene Veranstaltungen im Rahmen der "
            "interkulturellen Woche statt. So lädt die Beratungsstelle Musterau vom 27.09. bis zum 1.10.2027 zu einer "
            "offenen Beratungswoche in ihre Räume am Bahnhof ein.\n")
    titles = [e.title for e in _read(page) if e.start == "2027-09-27"]
    assert titles and not any("nterkulturell" in title for title in titles), titles


def test_the_service_that_opens_the_week_at_its_hour_is_that_days_event():
    page = ("Programm im Jugendzentrum\n\n"
            "Im Vorfeld gibt es am Samstag, 18. September 2027, um 10 Uhr einen Graffiti-Workshop im Jugendzentrum. "
            "Eröffnet wird die Interkulturelle Woche am Sonntag, 26. September 2027, um 11 Uhr mit einem ökumenischen "
            "Gottesdienst in der Stadtkirche.\n")
    opening = [e for e in _read(page) if e.start and e.start.startswith("2027-09-26")]
    assert len(opening) == 1 and "Interkulturelle" not in opening[0].title, [e.title for e in opening]
