"""A programme's item shown at several hours, each on a line of its own under its day: one event per showing.

All wording is invented in the style of real library pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.stadtbuecherei-musterau.example.org/veranstaltungen"


def _read(page: str):
    return extract_events(page, url=URL, content_type="text/plain", reference_date=REFERENCE)


def test_each_hour_under_a_day_is_a_showing_and_a_booked_out_one_still_takes_place():
    page = ("Veranstaltungen\n\n"
            "Donnerstag, 18. November 2027: Bilderbuchkino „Der kleine Drache“\n"
            "15 Uhr\n"
            "16 Uhr  - DIESE VORSTELLUNG IST AUSGEBUCHT -\n"
            "Ein Bilderbuchkino für Kinder ab 4 Jahren. Eintritt frei.\n\n"
            "Freitag, 19. November 2027: Leseshow „Kunst für alle“ (Ersatztermin)\n"
            "19.30 Uhr\n"
            "Eine Leseshow über die Geschichte der Kunst.\n")
    events = {e.start: e for e in _read(page)}
    assert events["2027-11-18T15:00"].title == events["2027-11-18T16:00"].title == "Bilderbuchkino „Der kleine Drache“"
    assert events["2027-11-18T16:00"].booked_out
    assert events["2027-11-19T19:30"].title == "Leseshow „Kunst für alle“"  # (the status is no part of its name)


def test_hours_with_a_programme_of_their_own_are_one_event():
    page = ("Fachtag Lesen\n\n"
            "Mittwoch, 17. November 2027: Fachtag Leseförderung\n"
            "9 Uhr Begrüßung\n"
            "10 Uhr Vortrag zur Leseförderung\n")
    assert len([e for e in _read(page) if (e.start or "").startswith("2027-11-17")]) == 1
