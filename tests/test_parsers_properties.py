"""Properties of the extraction core: every supported way of writing a date reads back as that
date; arbitrary text and HTML never make it raise."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import extract_events
from parsers.dates import find_dates, find_time

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
SHORT_MONTHS = ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
REFERENCE = date(2026, 11, 23)

days = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


def styles(day: date) -> list[str]:
    """Every way our sources write a full date."""
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    return [
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day}. {month} {day.year}",
        f"{day.day:02d}. {month} {day.year}",
        f"{weekday}, {day.day}. {month} {day.year}",
        f"{weekday}, den {day.day}. {month} {day.year}",
        f"am {weekday}, den {day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}. {SHORT_MONTHS[day.month - 1]} {day.year}",
        f"{day.day}. {month.replace('ä', 'ae')} {day.year}",
        f"{day.day}.{month} {day.year}",
    ]


@given(days, st.integers(min_value=0, max_value=9))
def test_every_date_style_reads_back_as_itself(day, style):
    text = styles(day)[style]
    mentions = find_dates(f"Termin: {text}, 10:00 Uhr")
    assert len(mentions) == 1, text
    assert mentions[0].resolve(REFERENCE, None) == (day, None), text


@given(days, st.integers(min_value=1, max_value=6), st.sampled_from(["bis", "–", "-"]))
def test_day_ranges_read_back(first, length, dash):
    last = first + timedelta(days=length)
    if last.month != first.month:
        text = f"{first.day}.{first.month:02d}. {dash} {last.day:02d}.{last.month:02d}.{last.year}"
    else:
        text = f"{first.day}. {dash} {last.day}. {MONTHS[last.month - 1]} {last.year}"
    mentions = find_dates(text)
    assert len(mentions) == 1, text
    assert mentions[0].resolve(REFERENCE, None) == (first, last), text


@given(days)
def test_a_weekday_pins_the_missing_year(day):
    text = f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]}"
    mentions = find_dates(text)
    resolved = mentions[0].resolve(day, None)  # reference = the day itself: nearest such year is its own
    assert resolved[0] == day


@given(st.integers(min_value=6, max_value=20), st.integers(min_value=1, max_value=4),
       st.sampled_from(["00", "15", "30", "45"]), st.sampled_from([":", "."]))
def test_time_ranges_read_back(hour, length, minute, separator):
    end = hour + length
    if end > 23:
        return
    cases = {f"{hour}{separator}{minute} – {end}{separator}{minute} Uhr": (minute, minute),
             f"von {hour} bis ca. {end} Uhr": ("00", "00"),
             f"{hour}{separator}{minute} Uhr bis {end}{separator}{minute} Uhr": (minute, minute)}
    for text, (start_minute, end_minute) in cases.items():
        found = find_time(text)
        assert found is not None and found.start == f"{hour:02d}:{start_minute}", text
        assert found.end == f"{end:02d}:{end_minute}", text


@given(days)
def test_a_full_event_page_in_any_style_gives_that_start(day):
    text = (f"Netzwerktreffen Bildungsmonitoring\n{styles(day)[4]}, 10:00 – 13:00 Uhr\n"
            f"Ort: Online via Webex\nAnmeldung bis {(day - timedelta(days=7)).strftime('%d.%m.%Y')}\n")
    events = extract_events(text, content_type="text/plain", reference_date=REFERENCE)
    assert len(events) == 1
    assert events[0].start == f"{day.isoformat()}T10:00"
    assert events[0].registration_deadline == (day - timedelta(days=7)).isoformat()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # speed is bench/fuzz.py's job
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    for event in extract_events(text, content_type="text/plain", reference_date=REFERENCE):
        assert event.title is not None


html_fragments = st.lists(st.sampled_from([
    "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<h3>", "<table><tr><td>", "</td><td>", "<dl><dt>",
    "</dt><dd>", "<b>", "<strong>", "</strong>", "<a href='/x'>", "</a>", "<time datetime='2027-02-30'>",
    "</time>", "<script type='application/ld+json'>{\"@type\": \"Event\", \"startDate\": \"x\"}</script>",
    "Datum: ", "31.02.2027", "12. Mai 2027", "10:00–12:00 Uhr", "Ort: ", "Online via Zoom", "Anmeldung bis ",
    "abgesagt", "<br>", "&nbsp;", "&#0;", "\u00a0", "Raum 2.14", "vsl. Dezember 2027", "<!--", "-->", "<",
]), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # speed is bench/fuzz.py's job
@given(html_fragments)
def test_arbitrary_html_never_raises(fragments):
    page = "<html><body>" + "".join(fragments)
    for event in extract_events(page.encode(), content_type="text/html", reference_date=REFERENCE):
        assert event.start is None or len(event.start) in (10, 16)


def test_impossible_dates_are_not_invented():
    events = extract_events("Fachtag Ganztag\nDatum: 31.02.2027\nOrt: Kassel", content_type="text/plain",
                            reference_date=REFERENCE)
    assert all(event.start is None for event in events)
