"""HTTP cache policy for recrawls: ask a page again only when it may have changed.

A page the crawl confirmed (fetched, or answered 304) less than the recrawl interval ago
(`DKBM_RECRAWL_INTERVAL`, `dkbm crawl --recrawl-interval`, default one hour) is taken from the
cache without a request; so is a page its server declared fresh for longer (`Cache-Control:
max-age`, `Expires`), up to six hours, and an address that answered 404 or 410 within the interval.
Every other cached page is revalidated (If-None-Match / If-Modified-Since), so an unchanged page
costs the site a 304. Heuristic freshness (a page
"probably" unchanged because it is old) is never used: it would miss a cancellation for hours.
"""
from __future__ import annotations

import time

from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy, rfc1123_to_epoch
from scrapy.utils.httpobj import urlparse_cached

DEFAULT_RECRAWL_INTERVAL = 3600.0
# A server's own freshness lifetime is honoured up to this long: a page that claims a year
# (a misconfigured static host) is still asked again the next day.
SERVER_LIFETIME_CAP = 6 * 3600.0
GONE = (404, 410)
# request.meta keys: when the cached copy was last confirmed; whether it was used without asking
CONFIRMED_AT = "dkbm_confirmed_at"
FRESH = "dkbm_fresh"


class RecrawlCacheStorage(FilesystemCacheStorage):
    """Scrapy's filesystem cache; hands the time a page was last stored (fetched or confirmed by
    a 304) to the policy through the request."""

    def retrieve_response(self, spider, request):
        response = super().retrieve_response(spider, request)
        if response is not None:
            metadata = self._read_meta(spider, request)
            if metadata and metadata.get("timestamp"):
                request.meta[CONFIRMED_AT] = float(metadata["timestamp"])
        return response


class RecrawlPolicy(RFC2616Policy):
    def __init__(self, settings):
        super().__init__(settings)
        self.interval = settings.getfloat("DKBM_RECRAWL_INTERVAL", DEFAULT_RECRAWL_INTERVAL)

    def should_cache_request(self, request):
        # only web pages: the generic spider's closing step is a data: request
        return urlparse_cached(request).scheme in ("http", "https") and super().should_cache_request(request)

    def should_cache_response(self, response, request):
        # a page that is not there is not asked again within the interval either (the generic
        # spider's guessed feed addresses: eight requests per site and crawl, 404 every time)
        if response.status in GONE:
            return b"no-store" not in self._parse_cachecontrol(response)
        return super().should_cache_response(response, request)

    def is_cached_response_fresh(self, cachedresponse, request):
        confirmed = request.meta.get(CONFIRMED_AT)
        if confirmed is not None:
            age = time.time() - confirmed
            if 0 <= age < max(self.interval, min(self.server_lifetime(cachedresponse), SERVER_LIFETIME_CAP)):
                request.meta[FRESH] = True
                return True
        self._set_conditional_validators(request, cachedresponse)
        return False

    def server_lifetime(self, response) -> float:
        """Seconds the server declared the page fresh for (max-age, else Expires - Date); 0 if none."""
        cc = self._parse_cachecontrol(response)
        if b"no-store" in cc:
            return 0.0
        if b"max-age" in cc:
            try:
                return max(0.0, float(int(cc[b"max-age"])))
            except (TypeError, ValueError):
                return 0.0
        expires = rfc1123_to_epoch(response.headers.get(b"Expires"))
        date = rfc1123_to_epoch(response.headers.get(b"Date"))
        if expires is not None and date is not None:
            return max(0.0, float(expires - date))
        return 0.0
