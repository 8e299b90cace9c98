"""The site in a real browser (Playwright driving the system's chromium, as installed by .ci/run):
the start page, a facet click, an umlaut search, an event page and its add-to-calendar link.
Screenshots are kept in test-artifacts/ (ignored by git)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import icalendar
import pytest

from dkbm_aggregate.store import Store
from parsers import Contact, Event

from .test_identity import crawl_page
from .test_store import LIST_PAGE, PAGE, SOURCES

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (.ci/run installs it with apt)")
    tmp = tmp_path_factory.mktemp("browser")
    store = Store(tmp / "dkbm.db")
    store.sync_sources(SOURCES.values())
    crawl_page(store, [
        Event(title="Netzwerktreffen Bildungsmonitoring München", start="2099-03-12T10:00", end="2099-03-12T13:00",
              venue="Rathaus", address="Marienplatz 8", postal_code="80331", city="München", organizer="REAB Hessen",
              registration_deadline="2099-03-01", event_type="Netzwerktreffen",
              contacts=[Contact(name="Eva Beispiel", email="eva@example.org", phone="089 1234-5")]),
        Event(title="Fachtag Ganztag", start="2099-04-20", all_day=True, city="Kassel", event_type="Fachtag"),
        Event(title="Werkstatt Datenvisualisierung", start="2099-05-05T09:00", online=True, online_platform="Webex",
              event_type="Werkstatt/Workshop"),
    ], page_url=LIST_PAGE)
    crawl_page(store, [Event(title="Netzwerktreffen Bildungsmonitoring München", start="2099-03-19T10:00",
                             end="2099-03-19T13:00", venue="Rathaus", address="Marienplatz 8", postal_code="80331",
                             city="München", organizer="REAB Hessen", registration_deadline="2099-03-01",
                             event_type="Netzwerktreffen",
                             contacts=[Contact(name="Eva Beispiel", email="eva@example.org", phone="089 1234-5")])],
               page_url=LIST_PAGE, now="2026-11-08T06:00:00+00:00")
    store.db.conn.close()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "dkbm_aggregate.cli", "serve", "--db", str(tmp / "dkbm.db"),
                               "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail("dkbm serve did not start: " + server.stderr.read().decode()[-2000:])
    yield base
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, locale="de-DE")
    # nothing leaves this machine: every request that is not for the local site is refused
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
                  else route.abort())
    page = context.new_page()
    yield page
    context.close()


def test_the_start_page_lists_upcoming_events_by_month_and_the_next_deadlines(site, page):
    page.goto(site + "/")
    page.screenshot(path=str(ARTIFACTS / "startseite.png"), full_page=True)
    upcoming = page.locator(".dkbm-upcoming")
    assert upcoming.locator("h3").first.inner_text() == "März 2099"
    assert "Netzwerktreffen Bildungsmonitoring München" in upcoming.inner_text()
    deadlines = page.locator(".dkbm-deadlines").inner_text()
    assert "Sonntag, 1. März 2099" in deadlines and "Netzwerktreffen Bildungsmonitoring München" in deadlines


def test_a_facet_click_filters_the_overview_and_offers_its_own_subscription(site, page):
    page.goto(site + "/dkbm/veranstaltungen")
    assert "3 Einträge" in page.locator("h3").first.inner_text()
    page.locator(".facet-info[data-column='Format'] a", has_text="Fachtag").first.click()
    page.wait_for_url("**Format=Fachtag**")
    page.screenshot(path=str(ARTIFACTS / "facette-format.png"), full_page=True)
    assert "1 Eintrag" in page.locator("h3").first.inner_text()
    subscribe = page.locator(".dkbm-subscribe a", has_text="abonnieren").get_attribute("href")
    assert "Format=Fachtag" in subscribe
    calendar = icalendar.Calendar.from_ical(urllib.request.urlopen(site + subscribe).read())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Fachtag Ganztag"]


@pytest.mark.parametrize("query", ["Muenchen", "muenchen", "München"])
def test_search_folds_umlauts_and_case(site, page, query):
    page.goto(site + "/dkbm/veranstaltungen")
    page.fill("#_search", query)
    page.locator("form.filters input[type=submit]").click()
    page.wait_for_url("**_search=**")
    page.screenshot(path=str(ARTIFACTS / f"suche-{query.lower().replace('ü', 'ue')}.png"), full_page=True)
    assert "1 Eintrag" in page.locator("h3").first.inner_text()
    assert "Netzwerktreffen Bildungsmonitoring München" in page.locator("table.rows-and-columns").inner_text()


def test_the_event_page_in_german_and_its_add_to_calendar_link(site, page):
    page.goto(site + "/")
    page.locator(".dkbm-upcoming a", has_text="Netzwerktreffen Bildungsmonitoring München").click()
    page.wait_for_selector(".dkbm-event")
    page.screenshot(path=str(ARTIFACTS / "veranstaltung.png"), full_page=True)
    assert page.locator("h1").inner_text() == "Netzwerktreffen Bildungsmonitoring München"
    assert page.locator(".dkbm-when").inner_text() == "Donnerstag, 19. März 2099, 10:00 bis 13:00 Uhr"
    where = page.locator(".dkbm-where")
    assert "Marienplatz 8, 80331 München" in where.inner_text()
    assert where.locator("a", has_text="Karte").get_attribute("href").startswith("https://www.openstreetmap.org/")
    assert page.locator(".dkbm-contacts a[href='mailto:eva@example.org']").count() == 1
    assert page.locator(".dkbm-contacts a[href='tel:0891234-5']").count() == 0  # digits only
    assert page.locator(".dkbm-contacts a[href='tel:08912345']").count() == 1
    history = page.locator(".dkbm-history").inner_text()
    assert "Beginn" in history and "12.03.2099, 10:00 Uhr" in history and "19.03.2099, 10:00 Uhr" in history
    assert "Seite des Veranstalters" in page.locator(".dkbm-sources").inner_text()
    with page.expect_download() as download_info:
        page.locator("a.dkbm-add", has_text="Zu meinem Kalender hinzufügen").click()
    download = download_info.value
    target = ARTIFACTS / download.suggested_filename
    download.save_as(str(target))
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Netzwerktreffen Bildungsmonitoring München",
                                                   "Anmeldeschluss: Netzwerktreffen Bildungsmonitoring München"]
    assert events[0]["sequence"] == 1 and str(events[0]["dtstart"].dt) == "2099-03-19 10:00:00+01:00"
