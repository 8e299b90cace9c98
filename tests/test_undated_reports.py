"""Pages that print no year anywhere and report what happened: a day they name lies in a year nobody can tell, and the
calendar must not place it in the coming year.

All wording is invented in the style of real school and club pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)


def _read(page: str, url: str):
    return extract_events(page, url=url, content_type="text/plain", reference_date=REFERENCE)


def test_a_schools_report_that_it_opened_its_doors_on_a_yearless_day_is_not_an_event_of_next_year():
    page = ("Tag der offenen Tür\n\n"
            "Am 2. Dezember öffnete die Oberschule um 15:30 Uhr ihre Türen – und wie jedes Jahr strömten viele Familien herein. "
            "Kurz nach 19 Uhr leerte sich der Schulhof langsam wieder.\n")
    events = _read(page, "https://schule.example.org/schulleben/tag-der-offenen-tuer.html")
    assert [e.title for e in events] == ["Tag der offenen Tür"]
    assert events[0].start is None, events[0].start


def test_an_announcement_on_a_yearless_day_still_gets_the_coming_one():
    page = ("Tag der offenen Tür\n\n"
            "Am 2. Dezember öffnet die Oberschule um 15:30 Uhr ihre Türen für alle Viertklässler und ihre Familien.\n")
    events = _read(page, "https://schule.example.org/schulleben/tag-der-offenen-tuer.html")
    assert [e.start for e in events] == ["2027-12-02T15:30"]


def test_a_house_that_opened_again_in_a_clause_does_not_turn_its_coming_tour_into_a_report():
    page = ("Führung durch die neue Bibliothek\n\n"
            "Die Bibliothek, die nach dem Umbau im Herbst wieder öffnete, lädt am Samstag, 16. Januar, um 11 Uhr zu "
            "einer Führung durch die neuen Räume ein.\n")
    events = _read(page, "https://bibliothek.example.org/aktuelles/fuehrung.html")
    assert [e.start for e in events] == ["2027-01-16T11:00"]


def test_a_paper_known_only_by_its_month_does_not_date_its_saturday():
    # a text export's month stamp: the article was written in January 2022, on which day nobody knows, so "am Samstag"
    # is no day of the calendar (before, it became the month's first Saturday or its first day)
    page = ("date 2022-01 „Die Eltern sollen wissen, dass ihre Kinder am Tag der offenen Tür sicher sind“, sagt die "
            "Schulleiterin. Während vergangenes Jahr kein Tag der offenen Tür stattfand, wollte die Schule dieses Jahr "
            "nicht darauf verzichten. Am Samstag wurden die 96 Viertklässler an der Gesamtschule Musterau in acht Gruppen "
            "zu Schnupperstunden begrüßt.\n")
    events = _read(page, "https://www.musterauer-zeitung.example.org/lokales/willkommen-123.html")
    assert not any(e.start for e in events), [(e.title, e.start) for e in events]


def test_a_report_that_its_day_took_place_is_an_event_though_its_name_is_no_known_kind():
    page = ("Aktuelles\n"
            "Am 20.11.2027 (Buß- und Bettag) fand der 3. Jungforschertag im Landkreis Musterland statt. "
            "Veranstaltungsort war diesmal das Gymnasium Beispielheim.\n"
            "Über 100 Schülerinnen und Schüler aus 8 Schulen nahmen teil.\n\n"
            "Bildungsbüro präsentiert erfolgreiche Kooperation im Landkreis Musterland\n\n"
            "Musterstadt, 1.10.2027\n\n"
            "Seit 2016 nimmt der Landkreis Musterland am Bundesförderprogramm „Bildung integriert“ teil und setzt "
            "seitdem verstärkt auf datenbasiertes Bildungsmanagement.\n")
    events = extract_events(page, url="https://www.bildungsregion-musterland.example/aktuelles",
                            reference_date=date(2027, 12, 3), content_type="text/plain")
    assert "2027-11-20" in [e.start[:10] for e in events if e.start]


def test_a_houses_history_on_its_page_is_no_event_of_the_page():
    page = ("Tag der offenen Tür 2027\n"
            "Das Lessing-Gymnasium ist eine Schule mit offenen Ganztagsangeboten in Musterstadt. Sie wurde 1964 als "
            "Oberschule gegründet und ab 1991 als Gymnasium weitergeführt. Im Rahmen einer Festveranstaltung im "
            "Stadttheater am 10. Februar 1996 erhielt die Schule ihren heutigen Namen.\n"
            "Am Samstag, den 16.01.2027, öffnet unser Gymnasium von 10 bis 13 Uhr seine Türen für alle "
            "Viertklässler und ihre Eltern.\n")
    events = extract_events(page, url="https://www.lessing-gymnasium-musterstadt.example/tag-der-offenen-tuer",
                            reference_date=REFERENCE, content_type="text/plain")
    assert [e.start for e in events] == ["2027-01-16T10:00"]
