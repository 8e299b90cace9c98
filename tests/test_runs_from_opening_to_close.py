"""A run of days told by its opening and its closing, each in a sentence of its own: "Beginn ist am Sonntag,
20. September mit dem Kinofilm …" and "Mit … finden die Interkulturellen Wochen am 2. Oktober ihren Abschluss". A
calendar shows the weeks from the one day to the other, not the closing day alone. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://www.familienbildung-musterkreis.example/interkulturelle-woche/"

# (the paragraph wrapped in two lines, as the family centre's page prints it)
WEEKS = ("Die Interkulturelle(n) Woche(n) starten im Musterkreis in die dritte Runde! Beginn ist am Sonntag, "
         "20. September mit dem Kinofilm „Wege der\nFrauen“ in der Kirche in Beispielhausen. Der Film erzählt "
         "Migrationsgeschichten von fünfzehn Frauen aus verschiedenen Nationen. Mit der „Vielfalt im Leben von Erika "
         "Beispiel“ finden die Interkulturellen Wochen am 2. Oktober ihren Abschluss im Rathaussaal Musterau. Viele "
         "Akteure, Einrichtungen und Vereine haben ein abwechslungsreiches Programm auf die Beine gestellt.\n\n"
         "Neugierig geworden? Dann blättern Sie gerne durch das Programm.\n")


def _runs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.start, e.end) for e in extract_events(text, url=URL, reference_date=CRAWL, content_type="text/plain")]


def test_the_weeks_run_from_their_opening_to_their_closing_day():
    # (and the film that opens them and the item that closes them are events of their own on those days, as the real
    # page's label counts them: `parsers/opening_and_closing.py`)
    assert _runs(WEEKS) == [("2026-09-20", "2026-10-02"), ("2026-09-20", None), ("2026-10-02", None)]


def test_a_closing_months_away_is_no_run_of_the_opening():
    far = WEEKS.replace("am 2. Oktober ihren Abschluss", "am 2. Dezember ihren Abschluss")
    assert ("2026-09-20", "2026-12-02") not in _runs(far)


def test_other_words_for_opening_and_closing_give_the_run_too():
    from parsers import when
    assert when.OPENING_BEFORE_RE.search("Die Wochen starten in die dritte Runde. Den Auftakt macht am ")
    assert when.OPENING_BEFORE_RE.search("Los geht es am ")
    assert when.CLOSING_AFTER_RE.match(" gehen die Wochen gegen Rassismus zu Ende.")
    assert not when.CLOSING_AFTER_RE.match(" beginnt die Anmeldung für den Kurs.")
