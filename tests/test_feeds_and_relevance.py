"""Feeds become events, sitemaps and robots.txt name the pages, and the relevance decision keeps
the Bildungskonferenz and leaves out the concert, each with its reasons."""
from __future__ import annotations

from datetime import date

import pytest

from crawler import discovery, feeds, relevance
from crawler.found import Found, merge
from parsers import Event

ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
UID:a@example.org\r
DTSTART;TZID=Europe/Berlin:20270105T090000\r
DTEND;TZID=Europe/Berlin:20270105T110000\r
RRULE:FREQ=WEEKLY;COUNT=3\r
EXDATE;TZID=Europe/Berlin:20270112T090000\r
SUMMARY:Offene Sprechstunde Bildungsmonitoring\r
LOCATION:Kreishaus\\, Raum 12\\, Am Markt 1\\, 12345 Musterstadt\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:b@example.org\r
DTSTART;VALUE=DATE:20270301\r
DTEND;VALUE=DATE:20270303\r
SUMMARY:Fachtag Ganztag\r
STATUS:CANCELLED\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:c@example.org\r
DTSTART:20270601T080000Z\r
SUMMARY:Sommerkonzert\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_ical_series_are_expanded_without_the_excluded_day():
    events = [e for e, _ in feeds.read_ical(ICS, "https://kreis.example/termine.ics", date(2026, 12, 1))]
    series = [e for e in events if e.title.startswith("Offene Sprechstunde")]
    assert [e.start for e in series] == ["2027-01-05T09:00", "2027-01-19T09:00"]
    assert len({e.url for e in series}) == 2  # each occurrence its own event
    assert series[0].city == "Musterstadt" and series[0].postal_code == "12345"
    assert series[0].address == "Am Markt 1" and series[0].end == "2027-01-05T11:00"
    assert series[0].provenance["start"]["from"] == "feed"


def test_ical_all_day_ends_inclusively_and_utc_becomes_berlin_time():
    by_title = {e.title: e for e, _ in feeds.read_ical(ICS, "https://kreis.example/t.ics", date(2026, 12, 1))}
    fachtag = by_title["Fachtag Ganztag"]
    assert (fachtag.start, fachtag.end, fachtag.all_day, fachtag.status) == ("2027-03-01", "2027-03-02", True,
                                                                             "cancelled")
    assert by_title["Sommerkonzert"].start == "2027-06-01T10:00"  # 08:00 UTC is 10:00 in summer


def test_rss_entry_text_gives_the_event_and_keeps_its_link():
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Bildungskonferenz 2027</title><link>https://kreis.example/news/17</link>
    <description>&lt;p&gt;Am Mittwoch, 10. März 2027, von 9 bis 13 Uhr im Kreishaus.&lt;/p&gt;</description>
    <pubDate>Mon, 02 Nov 2026 09:00:00 +0100</pubDate></item>
    <item><title>Bericht erschienen</title><link>https://kreis.example/news/18</link>
    <description>Der Bericht steht zum Download bereit.</description></item></channel></rss>""".encode()
    entries = feeds.read_rss(rss, "https://kreis.example/rss.xml", date(2026, 11, 23))
    (first, events), (second, none) = entries
    assert events[0].start == "2027-03-10T09:00" and events[0].url == "https://kreis.example/news/17"
    assert first["published"] == "2026-11-02" and none == []


def test_feed_kind_is_read_from_the_bytes():
    assert feeds.kind_of(b"BEGIN:VCALENDAR\r\n", "text/html") == "ical"
    assert feeds.kind_of(b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', None) == "rss"
    assert feeds.kind_of(b"<!DOCTYPE html><html>", "text/html") is None


def test_robots_sitemap_lines_and_sitemap_index():
    assert discovery.robots_sitemaps("User-agent: *\nDisallow: /x\nSitemap: /sitemap_index.xml\n",
                                     "https://kreis.example/robots.txt") == ["https://kreis.example/sitemap_index.xml"]
    pages, children = discovery.parse_sitemap(
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b'<sitemap><loc>https://kreis.example/s1.xml</loc><lastmod>2026-10-01T10:00:00+00:00</lastmod></sitemap>'
        b'</sitemapindex>')
    assert pages == [] and children[0].url == "https://kreis.example/s1.xml" and children[0].lastmod == "2026-10-01"
    assert discovery.eventish("https://kreis.example/bildung/termine/fachtag.html")
    assert not discovery.eventish("https://kreis.example/abfall/sperrmuell.html")


def test_page_links_find_feeds_event_links_and_sub_pages():
    body = b"""<html><head><link rel="alternate" type="text/calendar" href="/t.ics"></head><body>
    <a href="/veranstaltungen/">Veranstaltungen</a><a href="/abfall/">Abfall</a>
    <a href="/bildung/bildungsbuero/team.html">Team</a><a href="/x.pdf">Termine (PDF)</a>
    <a href="https://andere.example/termine">Termine anderswo</a></body></html>"""
    links = discovery.page_links(body, "https://kreis.example/bildung/bildungsbuero/", {"kreis.example"})
    assert links.feeds == ["https://kreis.example/t.ics"]
    assert links.event_links == ["https://kreis.example/veranstaltungen/"]
    assert links.child_links == ["https://kreis.example/bildung/bildungsbuero/team.html"]


def test_an_item_page_links_to_its_siblings_and_stays_an_item_page():
    """A TYPO3 news item beside "Weitere Meldungen" links to other items of its list: no listing."""
    body = b"""<html><body><h1>Fachtag</h1>
    <a href="/aktuelles/detail?news=2&amp;cHash=b">B</a><a href="/aktuelles/detail?news=3&amp;cHash=c">C</a>
    <a href="/aktuelles/detail?news=4&amp;cHash=d">D</a></body></html>"""
    item = discovery.page_links(body, "https://kreis.example/aktuelles/detail?news=1&cHash=a", {"kreis.example"})
    assert item.child_links == [] and len(item.sibling_links) == 3
    listing = discovery.page_links(body, "https://kreis.example/aktuelles/detail?currentPage=2&cHash=e",
                                   {"kreis.example"})
    assert len(listing.child_links) == 3 and listing.sibling_links == []


def test_links_toward_the_education_section_or_events_are_promising():
    body = """<html><body><a href="/bildung-familie/">Bildung &amp; Familie</a><a href="/abfall/">Abfall</a>
    <a href="/kalender/?monat=2027-02">Nächster Monat</a></body></html>""".encode()
    links = discovery.page_links(body, "https://kreis.example/kalender/", {"kreis.example"})
    assert "https://kreis.example/bildung-familie/" in links.event_links
    assert links.promising == {"https://kreis.example/bildung-familie/"}  # a month page of the calendar costs a hop
    month = discovery.page_links(b'<a href="/veranstaltungen/2027-04/">April</a>',
                                 "https://kreis.example/veranstaltungen/2027-03/", {"kreis.example"})
    assert month.event_links and not month.promising


def test_an_events_calendar_location_with_its_country_gives_the_town():
    assert feeds.split_location("Gemeindezentrum, Lindenweg 4, Lindtal, 07999, Deutschland") == {
        "venue": "Gemeindezentrum", "address": "Lindenweg 4", "city": "Lindtal", "postal_code": "07999"}


def test_several_jsonld_events_on_one_page_are_each_read():
    body = (b'<html><head><script type="application/ld+json">{"@graph": [{"@type": "Event", "name": "A"},'
            b'{"@type": "EducationEvent", "name": "B"}, {"@type": "Organization", "name": "C"}]}</script>'
            b'</head><body></body></html>')
    assert [item["name"] for item in discovery.jsonld_events(body)] == ["A", "B"]


@pytest.mark.parametrize("title,description,relevant", [
    ("Bildungskonferenz des Landkreises 2027", "", True),
    ("Netzwerktreffen Frühe Bildung", "Für pädagogische Fachkräfte der Kitas", True),
    ("Fachtag Schulsozialarbeit", "", True),
    ("Werkstatt: Daten für den Ganztagsausbau", "", True),
    ("Adventskonzert der Kreismusikschule", "Chor und Orchester", False),
    ("Flohmarkt auf dem Rathausplatz", "", False),
    ("Weihnachtsmarkt in der Altstadt", "", False),
    ("Kreismeisterschaft im Hallenfußball", "", False),
    ("Sitzung des Kreistages", "", False),
    ("Heideblütenlauf", "Laufveranstaltung über 10 km", False),
])
def test_relevance_decision(title, description, relevant):
    decision = relevance.decide(title, description)
    assert decision.relevant is relevant, decision.text()
    assert decision.reasons or not relevant


def test_who_an_event_is_for_or_by_does_not_make_a_leisure_or_parents_event_relevant():
    parents = relevance.decide("Infoabend für Eltern: Anmeldung an den weiterführenden Schulen",
                               "Die Schulleitungen stellen ihre Schulen vor. Veranstalter: Schulverwaltung")
    assert not parents.relevant, parents.text()
    tour = relevance.decide("Stadtradeln: gemeinsame Tour des Netzwerkteams", "Alle Radbegeisterten sind eingeladen.",
                            organizer="Bildungsnetzwerk Saalfeld", page_url="https://bildungsnetzwerk.example/x/")
    assert not tour.relevant, tour.text()
    # without a leisure word the network's own event stays one of the field
    assert relevance.decide("Jahrestreffen", organizer="Bildungsnetzwerk Saalfeld").relevant


def test_a_stated_bildungsbuero_organizer_counts_a_registry_default_does_not():
    assert relevance.decide("Austausch am Nachmittag", organizer="Bildungsbüro des Kreises").relevant
    assert not relevance.decide("Austausch am Nachmittag", organizer="Bildungsbüro des Kreises",
                                organizer_stated=False).relevant


def test_feed_and_page_merge_into_one_event_the_page_adding_what_the_feed_lacks():
    feed_event = Event(title="Bildungskonferenz 2027", start="2027-03-10", all_day=True,
                       url="https://kreis.example/news/17")
    feed_event.note("start", "feed", "DTSTART")
    page_event = Event(title="Bildungskonferenz 2027 im Kreishaus", start="2027-03-10T09:00",
                       end="2027-03-10T13:00", city="Borken", registration_deadline="2027-02-24",
                       url="https://kreis.example/news/17")
    other = Event(title="Fachtag Ganztag", start="2027-01-28", url="https://kreis.example/news/18")
    merged = merge([Found(page_event, "https://kreis.example/news/17", "feed"),
                    Found(feed_event, "https://kreis.example/rss.xml", "feed", in_feed_file=True),
                    Found(other, "https://kreis.example/news/18", "listing")])
    assert len(merged) == 2
    conference = next(f.event for f in merged if f.event.title.startswith("Bildungskonferenz"))
    assert conference.title == "Bildungskonferenz 2027"  # the feed's own facts stay
    assert (conference.start, conference.city, conference.registration_deadline) == \
        ("2027-03-10T09:00", "Borken", "2027-02-24")

