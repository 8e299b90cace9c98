"""A kind of event that pages of the field name often and that the reader did not know as one: a children's film
("Bilderbuchkino", "Kinderkino") in a library's programme.

A reader of a library's page knows it is a happening one brings children to, and a calendar should name it by its
kind and its book. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events
from parsers import lexicon as lex

REFERENCE = date(2026, 12, 6)


@pytest.mark.parametrize("name", ["Bilderbuchkino", "Kinderkino", "Familienkino"])
def test_a_childrens_film_is_an_event_word(name):
    assert lex.EVENT_TITLE_WORD_RE.search(f"zum {name} am Freitag")


@pytest.mark.parametrize("words", ["im Kino um die Ecke", "Kinokarten zu gewinnen"])
def test_a_cinema_is_not(words):
    assert not lex.EVENT_TITLE_WORD_RE.search(words)


def test_a_picture_book_film_is_named_by_its_kind_and_its_book():
    text = ("Stadtbücherei Musterau\n\nVeranstaltungen im März\n\nAm Freitag, 12. März 2027, zeigen wir um 16 Uhr im "
            "Bilderbuchkino „Der kleine Drache“ für Kinder ab vier Jahren.\n")
    events = extract_events(text, url="https://www.stadtbuecherei-musterau.example.org/veranstaltungen",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.title) for e in events] == [("2027-03-12T16:00", "Bilderbuchkino „Der kleine Drache“")]


def test_a_childrens_films_summer_break_is_no_event():
    text = ("Kinderkino macht Sommerpause\n\nDas Kinderkino der Stadtbücherei Musterau macht vom 1. Juli bis 31. August "
            "2027 Sommerpause. Wir freuen uns auf ein Wiedersehen im September!\n")
    assert extract_events(text, url="https://www.stadtbuecherei-musterau.example.org/aktuelles", content_type="text/plain",
                          reference_date=REFERENCE) == []


@pytest.mark.parametrize("name", ["Naturerlebniswoche", "Umweltwoche", "Festwoche", "Jubiläumswoche",
                                  "Kalenderbilderausstellung", "Wanderausstellung", "Fotoausstellung"])
def test_a_week_or_an_exhibition_of_its_own_kind_is_an_event_word(name):
    assert lex.EVENT_TITLE_WORD_RE.search(f"die {name} am Freitag")


@pytest.mark.parametrize("words", ["in der Kalenderwoche 12", "die Ausstellung im Foyer", "im Ausstellungsraum"])
def test_a_calendar_week_or_a_bare_exhibition_is_not(words):
    assert not lex.EVENT_TITLE_WORD_RE.search(words)


def test_a_nature_week_across_a_land_is_named_by_its_kind():
    text = ("Umweltbildung\n\nVom 3. bis zum 10. Mai 2015 findet an rund 50 Orten im Land die Naturerlebniswoche statt. "
            "Kinder und Erwachsene können bei Führungen und Exkursionen die Natur entdecken.\n")
    events = extract_events(text, url="https://umwelt.example.org/presse/naturerlebniswoche", content_type="text/plain",
                            reference_date=REFERENCE)
    assert [(e.title, e.start, e.end) for e in events][:1] == [("Naturerlebniswoche", "2015-05-03", "2015-05-10")]


@pytest.mark.parametrize("name", ["Musikschultag", "Museumstag", "Umwelttag", "Sporttag", "Ehrenamtstag"])
def test_a_day_named_by_what_happens_on_it_is_an_event_noun(name):
    from parsers.prose import EVENT_NOUN_RE
    assert EVENT_NOUN_RE.fullmatch(name)


def test_a_bodys_meeting_for_its_day_is_named_by_the_day():
    from parsers.prose import title_from_sentence
    assert title_from_sentence("Der Landesverband der Musikschulen trifft sich vom 23. bis 25. Oktober 2027 in Musterau "
                               "zum Bayerischen Musikschultag.") == "Bayerischer Musikschultag"
