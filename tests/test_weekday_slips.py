"""A list's rows share their year: one row whose weekday slipped ("Dienstag, 12. März" among rows of 2027, where
12 March is a Friday) keeps its fellows' year instead of moving to the year its weekday fits (2024, long past)."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REFERENCE = date(2026, 12, 6)


def _starts(text: str) -> dict[str, str]:
    events = extract_events(text, content_type="text/plain", reference_date=REFERENCE)
    return {e.title.split(" im ")[0].split(" in ")[0]: (e.start or "")[:10] for e in events}


def test_a_slipped_weekday_keeps_the_rows_year():
    starts = _starts("Termine des Bildungsbüros\n\n"
                     "Dienstag, 12. März: Netzwerktreffen Übergang Schule-Beruf im Kreishaus Musterau\n"
                     "Donnerstag, 22. April: Fachtag Sprachbildung in der Stadthalle Musterau\n"
                     "Mittwoch, 19. Mai: Bildungskonferenz im Kreishaus Musterau\n")
    assert starts == {"Netzwerktreffen Übergang Schule-Beruf": "2027-03-12", "Fachtag Sprachbildung": "2027-04-22",
                      "Bildungskonferenz": "2027-05-19"}


def test_rows_whose_weekdays_agree_on_an_old_year_stay_in_it():
    # (an old programme: every weekday fits 2024, none fits the coming year)
    starts = _starts("Termine des Bildungsbüros\n\n"
                     "Dienstag, 12. März: Netzwerktreffen Übergang Schule-Beruf im Kreishaus Musterau\n"
                     "Montag, 22. April: Fachtag Sprachbildung in der Stadthalle Musterau\n"
                     "Mittwoch, 15. Mai: Bildungskonferenz im Kreishaus Musterau\n")
    assert set(starts.values()) == {"2024-03-12", "2024-04-22", "2024-05-15"}


def test_two_rows_that_disagree_keep_their_own_weekdays():
    # (which of two rows slipped is not known: each keeps the year its weekday fits)
    starts = _starts("Termine des Bildungsbüros\n\n"
                     "Dienstag, 12. März: Netzwerktreffen Übergang Schule-Beruf im Kreishaus Musterau\n"
                     "Donnerstag, 22. April: Fachtag Sprachbildung in der Stadthalle Musterau\n")
    assert set(starts.values()) == {"2024-03-12", "2027-04-22"}


def test_the_page_views_weekday_readings_need_no_reference():
    # (an undated article has no reference day: its year stays open, and asking for the list's slips is no error)
    from parsers.content import PageView
    from parsers.page import parse
    text = ("Dienstag, 12. März: Netzwerktreffen\nDonnerstag, 22. April: Fachtag\nMittwoch, 19. Mai: Konferenz\n")
    view = PageView(parse(text.encode(), "text/plain"), url=None, reference_date=None)
    assert view.weekday_typos == frozenset() and view.weekday_year is None


def test_a_page_without_any_year_is_not_read_more_than_a_year_ahead():
    # (crawled in December 2026; 13 March is a Monday in 2023 and 2028, not in 2027: an old page, not one of 2028)
    from parsers import extract_events as read
    text = ("Aktionswochen gegen Rassismus\n\nDie Aktionswochen beginnen am Montag, 13. März, mit einer Lesung in der "
            "Stadtbibliothek Musterau. Am Mittwoch, 15. März, um 19 Uhr folgt ein Vortrag im Jugendzentrum.\n")
    starts = sorted((e.start or "")[:10] for e in read(text, content_type="text/plain", reference_date=REFERENCE))
    assert starts and all(start.startswith("2023-03") for start in starts)


def test_a_save_the_date_may_look_further_ahead():
    # (crawled in June 2026; 24 September is a Friday in 2027: a save-the-date fifteen months ahead, which it says it is)
    from parsers import extract_events as read
    text = ("Netzwerktreffen Bildungsmanagement\n\nSave the Date: Freitag, 24. September, 10 bis 14 Uhr im Kreishaus "
            "Musterau. Die Einladung folgt.\n")
    events = read(text, content_type="text/plain", reference_date=date(2026, 6, 1))
    assert [e.start[:10] for e in events] == ["2027-09-24"]
