"""Whatever a page contains, the extractor answers: no exception on random text, HTML or bytes,
events deep inside generated markup are found, and pages far larger than any announcement are
read in bounded time (timed in bench/fuzz.py; here only that they finish and keep their event)."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import extract_events

REFERENCE = date(2026, 12, 3)
CUES = ["Datum:", "Ort:", "Veranstalter:", "Anmeldung bis", "am", "vom", "bis", "Uhr", "10:00", "12.03.2027",
        "3. März", "Mittwoch,", "Fachtag", "„", "“", "abgesagt", "online", "12345", "Beispielstadt", "\n",
        "|", ":", "–", "Sie sind hier:", "des Landkreises", "nach", "\x00", "\u00a0"]
words = st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=10)), max_size=80).map(" ".join)
TAGS = ["p", "div", "h1", "h2", "li", "table", "tr", "td", "a", "time", "article", "nav", "aside", "dl", "dd", "b"]


@st.composite
def html(draw):
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(st.sampled_from(TAGS))
        parts.append(f"<{tag}>{draw(words)}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    return "<html><body>" + "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(words, html(), st.binary(max_size=2000)))
def test_no_input_makes_the_extractor_raise(content):
    extract_events(content, url="https://example.org/termine/x", reference_date=REFERENCE)
    if isinstance(content, str):
        extract_events(content, url="https://example.org/termine/x", reference_date=REFERENCE,
                       content_type="text/plain")


def test_a_labelled_date_with_an_address_across_a_line_break_is_the_event():
    events = extract_events("Fachtag Daten\nDatum: 12.03.2027\nIm Rathaus, Markt 1, 12345\nBeispielstadt\n",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [(e.title, e.start, e.city) for e in events] == [("Fachtag Daten", "2027-03-12", "Beispielstadt")]


def test_an_event_nested_thousands_of_elements_deep_is_found():
    for depth in (300, 1000, 5000):
        page = ("<html><body>" + "<div>" * depth + "<h1>Fachtag Daten</h1><p>Datum: 12.03.2027, 10:00 Uhr</p>"
                "<p>Ort: Rathaus, Markt 1, 12345 Beispielstadt</p>" + "</div>" * depth + "</body></html>")
        events = extract_events(page, url="https://example.org/termine/x", reference_date=REFERENCE)
        assert [(e.title, e.start, e.city) for e in events] == [("Fachtag Daten", "2027-03-12T10:00", "Beispielstadt")], depth


def test_a_nine_megabyte_page_of_running_text_keeps_its_first_event():
    paragraph = "Am 12. März 2027 findet der Fachtag „Daten“ im Rathaus statt. Weitere Sätze ohne Datum folgen. " * 50
    page = (paragraph + "\n") * (9_000_000 // (len(paragraph.encode()) + 1))
    events = extract_events(page.encode(), url="https://example.org/termine/x", reference_date=REFERENCE,
                            content_type="text/plain")
    assert [(e.title, e.start) for e in events][:1] == [("Fachtag „Daten“", "2027-03-12")]


def test_a_headline_of_punctuation_alone_does_not_make_the_extractor_raise():
    # a headline that its cleaning leaves empty, on a page without structured data
    for headline in (",", ";"):
        page = f"<html><body><h1>{headline}</h1><p>Termin: 12.03.2027, 19 Uhr</p></body></html>".encode()
        assert extract_events(page, url="https://example.org/veranstaltungen/x", reference_date=date(2026, 12, 3)) \
            is not None
