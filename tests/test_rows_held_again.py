"""Rows that give only a day, an hour and a place, under a lead-in that says "again": the event named above, held
once more in each row's place.

A parent reading a library's announcement expects every row of "Auch in weiteren Stadtteilen liest …:" in the
calendar under the reading's name, not under "Montag, 13. November um 16.30 Uhr in der …". All wording is invented in
the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)
URL = "https://www.familienportal.example.org/musterstadt-liest/"
PAGE = (
    "Musterstadt liest\n\n06.11.2025 | 10:12 Uhr\n\n"
    "Die Stadtteilbücherei Nord lädt Kinder ein, der Geschichte vom kleinen Igel zu lauschen. Die Vorlesestunde "
    "„Igel Ingo sucht ein Zuhause“ eignet sich für Kinder bis acht Jahre und findet am Mittwoch, 12. November 2025 "
    "um 16.30 Uhr in der Stadtteilbücherei Nord (Lindenweg 3, 12345 Musterstadt) statt. Eine Anmeldung ist nötig.\n"
    "Auch in weiteren Stadtteilen wird die Geschichte vom Igel erzählt:\n\n"
    "  • Donnerstag, 13. November um 16.30 Uhr in der Stadtteilbücherei Süd (Ahornweg 1, 12345 Musterstadt). "
    "Anmeldung unter Telefon 0123 - 4567.\n"
    "  • Montag, 17. November um 15.30 Uhr in der Stadtteilbücherei West (Eichenweg 5, 12345 Musterstadt). "
    "Anmeldung unter Telefon 0123 - 4568.\n"
    "  • Dienstag, 18. November um 16 Uhr in der Stadtteilbücherei Ost (Birkenweg 9, 12345 Musterstadt).\n")


def _events(text: str = PAGE):
    return extract_events(text, url=URL, content_type="text/plain", reference_date=REFERENCE)


def test_each_row_held_again_is_the_reading_named_above_its_lead_in():
    rows = {e.start: e.title for e in _events() if e.start and e.start[:10] > "2025-11-12"}
    assert rows == {"2025-11-13T16:30": "Vorlesestunde „Igel Ingo sucht ein Zuhause“",
                    "2025-11-17T15:30": "Vorlesestunde „Igel Ingo sucht ein Zuhause“",
                    "2025-11-18T16:00": "Vorlesestunde „Igel Ingo sucht ein Zuhause“"}


def test_rows_that_name_their_own_events_keep_their_names():
    text = PAGE.replace("Donnerstag, 13. November um 16.30 Uhr in der",
                        "Donnerstag, 13. November um 16.30 Uhr Bastelnachmittag in der")
    titles = {e.start: e.title for e in _events(text)}
    assert "Bastelnachmittag" in (titles.get("2025-11-13T16:30") or "")


def test_rows_under_a_lead_in_that_names_its_own_event_are_that_event():
    text = ("Aktuelles aus der Bibliothek\n\nDer Lesekreis „Seitenwechsel“ trifft sich am Dienstag, 4. März 2025, um "
            "19 Uhr im Lesecafé der Stadtbibliothek Musterau. Besprochen wird der Roman „Das Haus am See“.\n"
            "Außerdem bietet die Bibliothek eine Onleihe-Sprechstunde an:\n"
            "Mittwoch, 5. März 2025 um 10 Uhr in der Zentralbibliothek.\n"
            "Mittwoch, 12. März 2025 um 10 Uhr in der Zweigstelle Nord.\n"
            "Mittwoch, 19. März 2025 um 10 Uhr in der Zweigstelle Süd.\n")
    rows = [e.title for e in _events(text) if e.start and e.start[:10] > "2025-03-04"]
    assert rows == ["Onleihe-Sprechstunde"] * 3


def test_rows_take_no_name_that_is_a_whole_sentence():
    text = ("Autorenlesung mit Erika Beispiel\n\nDie Kinderbuchautorin Erika Beispiel liest am Montag, 17. November 2025, "
            "um 10 Uhr in der Stadtbibliothek Musterau aus ihrem Buch „Die Bande vom Bahnhof“. Die Lesung richtet sich an "
            "dritte und vierte Klassen.\nAußerdem liest Erika Beispiel an diesen Tagen:\n"
            "  • Dienstag, 18. November um 9.30 Uhr in der Grundschule Am Bach (Bachweg 4, 12345 Musterau).\n"
            "  • Mittwoch, 19. November um 11 Uhr in der Gemeindebücherei Beispielhausen (Kirchplatz 1, 12346 "
            "Beispielhausen).\n")
    rows = [e.title or "" for e in _events(text) if e.start and e.start[:10] > "2025-11-17"]
    assert len(rows) == 2 and all(len(title) <= 100 and not title.endswith(".") for title in rows)
