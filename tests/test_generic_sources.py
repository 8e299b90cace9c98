"""Sites given only by their home page: the generic spider finds their events through feeds,
sitemaps, JSON-LD and event links, keeps those of this field and leaves out the concerts and
markets of a Landkreis calendar, which never reach the overview, the API or the calendar feed."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

ROOT = Path(__file__).resolve().parent.parent
CRAWL_DATE = "2026-11-23"

# Each site as a user would add it: name, home page, nothing else.
SITES = {
    "heidekreis": ("NI", "https://www.heidekreis.de/"),
    "bildungsbuero_borken": ("NW", "https://bildung-borken.de/"),
    "burgenlandkreis": ("ST", "https://www.burgenlandkreis.de/"),
    "bildungsregion_landshut": ("BY", "https://www.region.landshut.de/"),
    "kbm_trier": ("RP", "https://www.trier.de/bildung-wissenschaft/kommunales-bildungsmanagement/"),
    "hochsauerlandkreis": ("NW", "https://www.hochsauerlandkreis.de/"),
    "netzwerkbuero_rheinisches_revier": (
        "NW", "https://isa-muenster.de/arbeitsbereiche/kommunales-bildungsmanagement/"
              "netzwerkbuero-bildung-rheinisches-revier"),
    "marburg_biedenkopf": ("HE", "https://www.marburg-biedenkopf.de/"),
}

# (source, title, start, town, status); the way each site offers it is in the comment
RELEVANT = [
    ("heidekreis", "2. Bildungskonferenz Heidekreis: Übergänge gestalten", "2027-02-17T09:00", "Soltau", "scheduled"),
    ("heidekreis", "Netzwerktreffen Frühe Bildung – ABGESAGT", "2027-01-20T14:00", "Bad Fallingbostel",
     "cancelled"),  # municipal calendar, detail pages
    ("bildungsbuero_borken", "Regionale Bildungskonferenz 2027 im Kreishaus Borken", "2027-03-10T09:00", "Borken",
     "scheduled"),  # RSS feed of a TYPO3 news list, detail pages linked only from the feed
    ("bildungsbuero_borken", "Fachtag Ganztag an Grundschulen", "2027-01-28T13:30", "Ahaus", "scheduled"),
    ("bildungsbuero_borken", "Save the Date: Werkstatt Schulabsentismus", "2027-04-22T09:30", "Südlohn", "scheduled"),
    ("burgenlandkreis", "Bildungskonferenz des Burgenlandkreises 2027", "2027-03-24T09:00", "Weißenfels",
     "scheduled"),  # iCal export announced in <link rel="alternate">
    ("burgenlandkreis", "Fachtag Schulsozialarbeit", "2027-02-11T09:30", "Zeitz", "cancelled"),
    ("burgenlandkreis", "Sprechstunde Bildungsmonitoring für Kommunen", "2026-12-01T10:00", "Naumburg", "scheduled"),
    ("burgenlandkreis", "Sprechstunde Bildungsmonitoring für Kommunen", "2027-01-05T10:00", "Naumburg", "scheduled"),
    ("burgenlandkreis", "Sprechstunde Bildungsmonitoring für Kommunen", "2027-02-02T10:00", "Naumburg", "scheduled"),
    ("bildungsregion_landshut", "3. Dialogforum der Bildungsregion Landshut", "2027-02-05T14:00", "Landshut",
     "scheduled"),  # WordPress with The Events Calendar: /?ical=1
    ("bildungsregion_landshut", "Arbeitskreis Übergang Schule–Beruf", "2027-01-14T15:00", "Landshut", "scheduled"),
    ("kbm_trier", "Trierer Bildungsdialog 2027", "2027-03-18T17:00", "Trier", "scheduled"),  # three levels deep
    ("kbm_trier", "Werkstatt Bildungsbericht: Daten lesen und nutzen", "2027-01-26T09:30", None, "scheduled"),
    ("kbm_trier", "Netzwerktreffen Sprachbildung", "2027-02-09T14:00", "Trier", "scheduled"),
    ("hochsauerlandkreis", "Regionale Bildungskonferenz Hochsauerlandkreis 2027", "2027-05-05T09:00", "Meschede",
     "scheduled"),  # only in the sitemap named by robots.txt
    ("hochsauerlandkreis", "Fachtag Inklusion in der Schule", "2027-02-24T14:00", "Arnsberg", "scheduled"),
    ("netzwerkbuero_rheinisches_revier", "Regionale Bildungskonferenz Rheinisches Revier", "2027-03-03T10:00",
     "Grevenbroich", "scheduled"),  # only in JSON-LD, the page shows a script widget
    ("netzwerkbuero_rheinisches_revier", "Webinar: Bildungsmonitoring im Strukturwandel", "2027-01-19T10:00", None,
     "scheduled"),
    ("netzwerkbuero_rheinisches_revier", "Fachkonferenz Übergänge im Revier", "2027-02-16T09:30", "Jülich",
     "cancelled"),
    ("marburg_biedenkopf", "Zweite Bildungskonferenz: Ganztag gemeinsam gestalten", "2027-01-26T18:00", "Marburg",
     "scheduled"),  # press release reached through "Presse"
]
UNRELATED = [
    ("heidekreis", "Adventskonzert der Kreismusikschule"), ("heidekreis", "Weihnachtsmarkt in der Walsroder Innenstadt"),
    ("heidekreis", "Flohmarkt auf dem Rathausplatz"), ("heidekreis", "Heideblütenlauf 2027"),
    ("burgenlandkreis", "Weihnachtskonzert im Dom"), ("burgenlandkreis", "Frühlingsmarkt auf dem Altmarkt"),
    ("burgenlandkreis", "Kreismeisterschaft im Hallenfußball der Jugend"),
    ("bildungsregion_landshut", "Christkindlmarkt in der Freyung"),
    ("bildungsregion_landshut", "Frühjahrskonzert der Stadtkapelle"),
    ("hochsauerlandkreis", "Sauerland-Sommerkonzert im Kurpark"),
    ("marburg_biedenkopf", "Neujahrskonzert"),  # (the headline "Musikschule lädt zum Neujahrskonzert" names it)
    ("marburg_biedenkopf", "Kreisjugendfeuerwehr plant Pfingstzeltlager"),
]
WAYS = {"heidekreis": "found_listing", "bildungsbuero_borken": "found_feed", "burgenlandkreis": "found_feed",
        "bildungsregion_landshut": "found_feed", "kbm_trier": "found_listing", "hochsauerlandkreis": "found_sitemap",
        "netzwerkbuero_rheinisches_revier": "found_jsonld", "marburg_biedenkopf": "found_listing"}


def registry_text() -> str:
    return "".join(f'[[source]]\nname = "{name}"\ntitle = "{name}"\norganizer = "{name}"\nregions = ["{land}"]\n'
                   f'platform = "generic"\nstart_urls = ["{url}"]\n\n' for name, (land, url) in SITES.items())


def crawl(tmp: Path, *extra: str, mirror: Path = ROOT / "data" / "mirror") -> tuple[Path, dict, str]:
    registry, db, summary = tmp / "meine-quellen.toml", tmp / "generic.db", tmp / "summary.json"
    registry.write_text(registry_text(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--mirror", str(mirror),
         "--registry", str(registry), "--db", str(db), "--crawl-date", CRAWL_DATE, "--quiet",
         "--summary-json", str(summary), *extra], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return db, json.loads(summary.read_text(encoding="utf-8")), result.stdout


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    return crawl(tmp_path_factory.mktemp("generic"))


def rows(db: Path, sql: str, params=()) -> list[dict]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in connection.execute(sql, params)]
    finally:
        connection.close()


@pytest.mark.parametrize("source,title,start,town,status", RELEVANT)
def test_every_relevant_event_is_found_with_day_town_and_status(crawled, source, title, start, town, status):
    db, _, _ = crawled
    found = rows(db, "select * from events where source = ? and title = ? and start = ?", [source, title, start])
    assert len(found) == 1, rows(db, "select title, start from events where source = ?", [source])
    assert found[0]["city"] == town
    assert found[0]["status"] == status


def test_nothing_else_is_published(crawled):
    db, _, _ = crawled
    published = rows(db, "select source, title, start from events")
    assert sorted((r["source"], r["title"], r["start"]) for r in published) == \
        sorted((source, title, start) for source, title, start, _, _ in RELEVANT)


def test_unrelated_events_are_kept_apart_with_their_reason(crawled):
    db, _, _ = crawled
    excluded = {(r["source"], r["title"]): r for r in rows(db, "select * from excluded_events")}
    for key in UNRELATED:
        assert key in excluded, key
        assert excluded[key]["reasons"], key
    assert "Konzert" in excluded[("burgenlandkreis", "Weihnachtskonzert im Dom")]["reasons"]
    assert "Markt" in excluded[("heidekreis", "Flohmarkt auf dem Rathausplatz")]["reasons"]
    # a relevant event carries its reasons too
    kept = rows(db, "select provenance from events where title like '2. Bildungskonferenz Heidekreis%'")[0]
    assert "Bildungskonferenz" in json.loads(kept["provenance"])["relevance"]["snippet"]


@pytest.mark.asyncio
async def test_unrelated_events_reach_neither_overview_nor_api_nor_calendar(crawled):
    from dkbm_aggregate.app import make_datasette

    db, _, _ = crawled
    datasette = make_datasette(db)
    feed = await datasette.client.get("/dkbm/events.ics")
    assert feed.status_code == 200
    summaries = [str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")]
    overview = (await datasette.client.get("/dkbm/veranstaltungen.json", params={"_shape": "array", "_size": "max"})).json()
    api = (await datasette.client.get("/dkbm/events.json", params={"_shape": "array", "_size": "max"})).json()
    for _, title in UNRELATED:
        assert not any(title in summary for summary in summaries), title
        assert title not in {r["Titel"] for r in overview}
        assert title not in {r["title"] for r in api}
    assert any("Bildungskonferenz des Burgenlandkreises 2027" in s for s in summaries)
    assert any(s.startswith("ABGESAGT") and "Fachtag Schulsozialarbeit" in s for s in summaries)


def test_a_feed_event_and_its_page_are_one_event_the_page_adding_the_deadline(crawled):
    db, _, _ = crawled
    # the iCal export has no registration deadline; the event's page has one
    event = rows(db, "select * from events where title = 'Bildungskonferenz des Burgenlandkreises 2027'")
    assert len(event) == 1
    assert event[0]["registration_deadline"] == "2027-03-10"
    assert event[0]["url"] == "https://www.burgenlandkreis.de/de/veranstaltungen/bildungskonferenz-2027.html"
    assert json.loads(event[0]["provenance"])["start"]["from"] == "feed"
    borken = rows(db, "select * from events where title like 'Regionale Bildungskonferenz 2027%'")
    assert len(borken) == 1 and borken[0]["registration_deadline"] == "2027-02-24"


def test_a_news_item_without_an_event_is_no_event(crawled):
    db, _, _ = crawled
    assert not rows(db, "select * from events where title like '%Bildungsbericht erschienen%'")
    assert not rows(db, "select * from events where start like '2019-%'")  # old sitemap page, not fetched


def test_summary_says_how_events_were_found_and_how_many_left_out(crawled):
    _, summary, stdout = crawled
    for name, way in WAYS.items():
        source = summary["sources"][name]
        assert source["status"] == "ok", (name, source["reason"])
        assert source[way] >= 1, (name, source)
    assert summary["sources"]["heidekreis"]["events_irrelevant"] == 4
    assert summary["sources"]["burgenlandkreis"]["events_irrelevant"] == 3
    assert summary["total"]["events_irrelevant"] == len(UNRELATED)
    assert "heidekreis: gefunden über Veranstaltungsseiten 2; als nicht relevant ausgelassen: 4" in stdout
    assert "hochsauerlandkreis: gefunden über Sitemap 2" in stdout
    assert "gefunden über JSON-LD 3" in stdout


def test_discover_shows_feeds_sitemaps_listings_and_first_events():
    def discover(url):
        result = subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", "discover", url, "--offline",
                                 "--crawl-date", CRAWL_DATE], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    out = discover("https://www.burgenlandkreis.de/")
    assert "https://www.burgenlandkreis.de/de/veranstaltungen/termine.ics" in out
    assert "2027-02-11T09:30  Fachtag Schulsozialarbeit – Zeitz [abgesagt]" in out
    assert "Weihnachtskonzert im Dom" in out.split("Ausgelassen:")[1]
    out = discover("https://www.hochsauerlandkreis.de/")
    assert "https://www.hochsauerlandkreis.de/sitemap-termine.xml" in out
    assert "Regionale Bildungskonferenz Hochsauerlandkreis 2027 – Meschede" in out
    out = discover("https://www.heidekreis.de/")
    assert "https://www.heidekreis.de/veranstaltungskalender.html" in out.split("Übersichtsseiten")[1]


def test_offline_crawl_skips_generic_sites_the_mirror_has_no_copy_of(tmp_path):
    registry = tmp_path / "quellen.toml"
    registry.write_text(registry_text() + '[[source]]\nname = "ohne_kopie"\ntitle = "x"\norganizer = "x"\n'
                        'regions = ["HE"]\nplatform = "generic"\nstart_urls = ["https://www.kreis-ohne-kopie.example/"]\n',
                        encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--registry",
                             str(registry), "--db", str(tmp_path / "x.db"), "--crawl-date", CRAWL_DATE, "--quiet",
                             "--source", "heidekreis"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    result = subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--registry",
                             str(registry), "--db", str(tmp_path / "y.db"), "--crawl-date", CRAWL_DATE, "--quiet"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ohne Kopie im Offline-Spiegel übersprungen: ohne_kopie" in result.stderr


def test_guessed_addresses_a_site_does_not_have_are_not_asked_again_for_a_month(tmp_path):
    only = ("--source", "heidekreis", "--source", "burgenlandkreis")
    db, first, _ = crawl(tmp_path, *only)
    absent = rows(db, "select url, source, status from absent_urls")
    absent_of = {name: {r["url"] for r in absent if r["source"] == name} for name in ("heidekreis", "burgenlandkreis")}
    # the guesses the sites answered 404 for are remembered, the feed the site names is not
    assert {"https://www.heidekreis.de/feed/", "https://www.heidekreis.de/sitemap.xml",
            "https://www.heidekreis.de/?ical=1", "https://www.heidekreis.de/termine.ics"} <= absent_of["heidekreis"]
    assert "https://www.burgenlandkreis.de/?type=9818" in absent_of["burgenlandkreis"]
    assert not any("/de/veranstaltungen/" in url for url in absent_of["burgenlandkreis"])
    assert {r["status"] for r in absent} == {404}

    _, second, _ = crawl(tmp_path, *only)
    for name, urls in absent_of.items():
        # every request of the first crawl again except the known 404s; the same events
        assert second["sources"][name]["pages_fetched"] == first["sources"][name]["pages_fetched"] - len(urls), name
        assert second["sources"][name]["status"] == "ok"
        assert second["sources"][name]["events_missing"] == 0
    assert second["total"]["events_new"] == 0

    connection = sqlite3.connect(db)  # a month later the site is asked once more (it may have a calendar now)
    with connection:
        connection.execute("update absent_urls set checked = '2000-01-01T00:00:00+00:00'")
    connection.close()
    _, third, _ = crawl(tmp_path, *only)
    for name in absent_of:
        assert third["sources"][name]["pages_fetched"] == first["sources"][name]["pages_fetched"], name


def test_an_unchanged_recrawl_reads_nothing_again_and_keeps_every_event(tmp_path):
    hosts = {"heidekreis": "www.heidekreis.de", "burgenlandkreis": "www.burgenlandkreis.de",
             "bildungsbuero_borken": "bildung-borken.de"}  # listing pages, an iCal export, an RSS feed
    mirror = tmp_path / "mirror"
    for host in hosts.values():
        shutil.copytree(ROOT / "data" / "mirror" / host, mirror / host)
    only = [arg for name in hosts for arg in ("--source", name)]
    db, first, _ = crawl(tmp_path, *only, mirror=mirror)
    published = rows(db, "select id, title, start, city, registration_deadline, status from events order by id")
    excluded = rows(db, "select id, title from excluded_events order by id")
    assert all(first["sources"][name]["pages_extracted"] > 0 for name in hosts)

    _, second, stdout = crawl(tmp_path, *only, mirror=mirror)
    for name in hosts:
        run = second["sources"][name]
        assert run["status"] == "ok", (name, run["reason"])
        assert run["pages_extracted"] == 0, name
        assert (run["events_new"], run["events_changed"], run["events_missing"]) == (0, 0, 0), name
        assert run["events_unchanged"] == len([e for e in published if e["id"].startswith(name + "/")]), name
    assert rows(db, "select id, title, start, city, registration_deadline, status from events order by id") == published
    assert rows(db, "select id, title from excluded_events order by id") == excluded
    assert not rows(db, "select id from events where missing_since is not null")
    assert "heidekreis: gefunden über Veranstaltungsseiten 2; als nicht relevant ausgelassen: 4" in stdout

    # the event's page changes, its iCal export does not: the page is read again and still merged
    # with what the export said
    page = mirror / "www.burgenlandkreis.de" / "de" / "veranstaltungen" / "bildungskonferenz-2027.html"
    page.write_text(page.read_text(encoding="utf-8").replace("10. März 2027", "12. März 2027"), encoding="utf-8")
    _, third, _ = crawl(tmp_path, *only, mirror=mirror)
    run = third["sources"]["burgenlandkreis"]
    assert (run["pages_extracted"], run["events_changed"], run["events_new"], run["events_missing"]) == (1, 1, 0, 0)
    event = rows(db, "select * from events where title = 'Bildungskonferenz des Burgenlandkreises 2027'")
    assert len(event) == 1 and event[0]["registration_deadline"] == "2027-03-12"
    assert json.loads(event[0]["provenance"])["start"]["from"] == "feed"
