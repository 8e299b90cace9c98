"""An unchanged recrawl: pages confirmed within the recrawl interval are not asked again; older
ones are asked with their validators and answer 304; a changed page is read."""
from __future__ import annotations

import time

from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.settings import Settings

from crawler.cache import FRESH, RecrawlPolicy

from . import minimirror
from .minimirror import HOST_A, TITLES_A, crawl, detail, slug, write


def totals(result: dict) -> dict:
    return result["summary"]["total"]


def test_a_recrawl_within_the_interval_asks_no_page_and_keeps_every_event(tmp_path):
    workdir = minimirror.build(tmp_path / "site")
    first = crawl(workdir, "first")
    assert first["returncode"] == 0, first["stderr"]
    pages = totals(first)["pages_fetched"]
    assert pages >= 8 and totals(first)["events_new"] == 6

    again = crawl(workdir, "again", "--recrawl-interval", "3600")
    assert again["returncode"] == 0, again["stderr"]
    assert totals(again)["pages_fetched"] == 0 and totals(again)["pages_fresh"] == pages
    assert totals(again)["pages_extracted"] == 0 and totals(again)["events_unchanged"] == 6
    assert all(s["status"] == "ok" for s in again["summary"]["sources"].values())
    assert "frisch" in again["stdout"]
    assert all(e["missing_since"] is None for e in again["events"].values())


def test_after_the_interval_every_page_is_asked_again_and_a_change_is_read(tmp_path):
    workdir = minimirror.build(tmp_path / "site")
    first = crawl(workdir, "first", "--recrawl-interval", "3600")
    pages = totals(first)["pages_fetched"]
    title = TITLES_A[1]
    write(workdir / "mirror", f"{HOST_A}/termine/{slug(title)}.html", detail(title, 27))

    fresh = crawl(workdir, "fresh", "--recrawl-interval", "3600")  # within the interval: not seen yet
    assert totals(fresh)["pages_fetched"] == 0 and totals(fresh)["events_changed"] == 0

    later = crawl(workdir, "later", "--recrawl-interval", "0")
    assert totals(later)["pages_fetched"] == pages and totals(later)["pages_fresh"] == 0
    assert totals(later)["pages_not_modified"] == pages - 1
    assert totals(later)["pages_extracted"] == 1 and totals(later)["events_changed"] == 1


def cached(headers: dict) -> tuple[HtmlResponse, Request]:
    request = Request("https://www.netzwerk-a.example/termine/")
    request.meta["dkbm_confirmed_at"] = time.time() - 7200  # confirmed two hours ago
    response = HtmlResponse(request.url, body=b"<html></html>", headers={
        "ETag": '"abc"', "Date": "Mon, 23 Nov 2026 10:00:00 GMT", **headers}, request=request)
    return response, request


def test_the_servers_own_freshness_is_honoured_but_never_a_guess():
    policy = RecrawlPolicy(Settings({"DKBM_RECRAWL_INTERVAL": 3600}))
    response, request = cached({"Cache-Control": "max-age=10800"})  # fresh for three hours
    assert policy.is_cached_response_fresh(response, request) and request.meta[FRESH]
    response, request = cached({"Last-Modified": "Mon, 02 Jan 2017 10:00:00 GMT"})  # old page: no guessing
    assert not policy.is_cached_response_fresh(response, request)
    assert request.headers.get("If-None-Match") == b'"abc"'
    response, request = cached({"Cache-Control": "max-age=31536000"})  # a year: asked again after six hours
    request.meta["dkbm_confirmed_at"] -= 7 * 3600
    assert not policy.is_cached_response_fresh(response, request)
