"""Feeds stay valid whatever a page contains: control characters, giant titles, hostile links.
Bad filter input to the feed routes answers 400 in German, never 500."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import icalendar
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from dkbm_aggregate.app import make_datasette
from dkbm_aggregate.atom import build_atom
from dkbm_aggregate.ical import build_calendar
from dkbm_aggregate.store import Store

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc)
ATOM = "{http://www.w3.org/2005/Atom}"
CONTROLS = "\x00\x01\x07\x1b\x7f"
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def hostile_row(**values) -> dict:
    row = {
        "id": "agentur/0123456789ab", "title": f"Fachtag{CONTROLS} Ganztag " + "sehr lang " * 1000,
        "start": "2027-03-12T10:00", "end": "2027-03-12T13:00", "all_day": 0, "timezone": "Europe/Berlin",
        "status": "scheduled", "sequence": 0, "venue": f"Rathaus\x00\x1b[31m Saal" + " B" * 600,
        "city": "Kassel\x07", "organizer": 'Agentur "A"\x01', "online": 0, "hybrid": 0,
        "description": f"Programm\x00 mit\x07 Klingel\r\n\x1bund Escape\x7f " + "Text " * 2000,
        "contacts": json.dumps([{"name": "Frau\x07 X", "email": "x@example.org\x00", "phone": "0\x1b1"}]),
        "topics": json.dumps(["Ganztag\x00"]), "url": "javascript:alert(1)", "source": "agentur",
        "source_title": "Agentur\x1b A", "registration_deadline": "2027-03-01",
        "first_seen": "2026-11-01T06:00:00+00:00", "last_changed": "2026-11-02T06:00:00+00:00",
    }
    row.update(values)
    return row


def parse_all(ics: bytes, atom: bytes):
    calendar = icalendar.Calendar.from_ical(ics)
    vcal = vobject.readOne(ics.decode("utf-8"))
    feed = etree.fromstring(atom)
    return calendar, vcal, feed


def test_control_characters_long_titles_and_script_links_never_reach_the_feeds():
    rows = [hostile_row(), hostile_row(id="agentur/1", url="data:text/html,<script>alert(1)</script>"),
            hostile_row(id="agentur/2", url="https://www.agentur-a.example/termine/fachtag.html")]
    ics = build_calendar(rows, now=NOW)
    atom = build_atom(rows, title="Feed\x00", feed_url="http://127.0.0.1/dkbm/events.atom", now=NOW)
    calendar, vcal, feed = parse_all(ics, atom)
    unfolded = ics.decode("utf-8").replace("\r\n ", "")
    assert not FORBIDDEN.search(unfolded.replace("\r\n", "").replace("\t", ""))
    assert not FORBIDDEN.search(atom.decode("utf-8").replace("\n", "").replace("\t", ""))
    events = [c for c in calendar.walk("VEVENT") if not str(c["summary"]).startswith("Anmeldeschluss")]
    assert len(events) == 3 and len(vcal.vevent_list) == 6
    for event in events:
        assert len(str(event["summary"])) <= 300
        assert str(event["summary"]).startswith("Fachtag Ganztag sehr lang")
        assert len(str(event["location"])) <= 500 and str(event["location"]).startswith("Rathaus[31m Saal")
        assert "Programm mit Klingel" in str(event["description"])
    urls = sorted(str(e["url"]) for e in events if "url" in e)
    assert urls == ["https://www.agentur-a.example/termine/fachtag.html"]
    assert "javascript:" not in unfolded and "data:text" not in unfolded
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    links = [link.get("href") for entry in entries for link in entry.findall(f"{ATOM}link")]
    assert links == ["https://www.agentur-a.example/termine/fachtag.html"]
    assert all(len(e.find(f"{ATOM}title").text) <= 300 + 40 for e in entries)
    assert b"javascript:" not in atom and b"data:text" not in atom


hostile_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400) | \
    st.text(alphabet=st.sampled_from(list(CONTROLS + "<>&\"';,\\:\n\r\t ä€𝄞\u2028\ufeff\ufffe")), max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=hostile_text, venue=hostile_text, description=hostile_text, organizer=hostile_text,
       url=hostile_text | st.sampled_from(["javascript:x", "https://a.example/x y", "http://[::1", "//x"]),
       topic=hostile_text, email=hostile_text)
def test_feeds_parse_whatever_the_fields_hold(title, venue, description, organizer, url, topic, email):
    row = hostile_row(title=title, venue=venue, city=None, description=description, organizer=organizer, url=url,
                      topics=json.dumps([topic]), contacts=json.dumps([{"name": organizer, "email": email}]))
    ics = build_calendar([row], now=NOW)
    atom = build_atom([row], title=title, feed_url="http://127.0.0.1/dkbm/events.atom", now=NOW)
    calendar, vcal, feed = parse_all(ics, atom)
    assert len(calendar.walk("VEVENT")) == 2
    assert len(vcal.vevent_list) == 2
    assert len(feed.findall(f"{ATOM}entry")) == 1


# ------------------------------------------------------------------ the feed routes

@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "dkbm.db"
    store = Store(db)
    # rows stored by an older version, before anything was sanitised
    store.upsert_event(hostile_row(id="agentur/a", regions=json.dumps(["HE"]), region="HE"))
    store.upsert_event(hostile_row(id="agentur/b", title="Werkstatt\x00 Daten", url="https://b.example/w"))
    return make_datasette(db)


@pytest.mark.asyncio
async def test_routes_serve_valid_feeds_from_hostile_rows(ds):
    ics = await ds.client.get("/dkbm/events.ics")
    atom = await ds.client.get("/dkbm/events.atom")
    assert ics.status_code == 200 and atom.status_code == 200
    calendar, vcal, feed = parse_all(ics.content, atom.content)
    assert len(feed.findall(f"{ATOM}entry")) == 2
    assert {str(e["summary"])[:9] for e in calendar.walk("VEVENT")} >= {"Werkstatt", "Fachtag G"}


@pytest.mark.asyncio
@pytest.mark.parametrize("route", ["/dkbm/events.ics", "/dkbm/events.atom", "/dkbm/kalender.ics"])
@pytest.mark.parametrize("query, words", [
    ("_search=%22&_searchmode=raw", "Suche"),
    ("_search=%00", "Steuerzeichen"),
    ("title__in=[1,2", "Liste"),
    ("_search=%22Ganztag&_searchmode=raw", "Suche"),
    ("city=%07", "Steuerzeichen"),
])
async def test_bad_filter_input_answers_400_in_german(ds, route, query, words):
    response = await ds.client.get(f"{route}?{query}")
    assert response.status_code == 400, response.text[:300]
    assert response.text.startswith("Ungültige Anfrage:") and words in response.text


@pytest.mark.asyncio
async def test_good_filters_still_work(ds):
    response = await ds.client.get("/dkbm/events.ics?_search=Werkstatt")
    assert response.status_code == 200
    titles = [str(e["summary"]) for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")]
    assert titles and all(t.startswith(("Werkstatt", "Anmeldeschluss: Werkstatt")) for t in titles)
    assert (await ds.client.get('/dkbm/events.atom?title__in=["Werkstatt Daten"]')).status_code == 200


def test_the_store_keeps_clean_rows_from_a_page_with_a_script_link():
    from datetime import date

    from crawler.pipelines import NormalizePipeline
    from dkbm_aggregate.registry import Source
    from parsers import extract_events

    page = ("<html><body><main><article><h1>Fachtag\x07 Ganztag\x1b</h1><p>Datum: 12.03.2027</p>"
            "<p>Uhrzeit: 10:00–13:00 Uhr</p><p>Ort: Rathaus, 34117 Kassel</p></article></main></body></html>")
    events = extract_events(page.encode(), url="https://www.agentur-a.example/termine/fachtag.html",
                            reference_date=date(2026, 11, 23))
    assert events
    event = events[0]
    event.url = "javascript:alert(1)"
    source = Source(name="agentur_a", title="Agentur A", organizer="Agentur A", regions=("HE",), platform="static",
                    start_urls=("https://www.agentur-a.example/termine/",))
    row = NormalizePipeline().process_item({"event": event, "source": source, "events_on_page": 1,
                                            "page_url": "https://www.agentur-a.example/termine/fachtag.html"})
    assert row["title"] == "Fachtag Ganztag"
    assert row["url"] == "https://www.agentur-a.example/termine/fachtag.html"
