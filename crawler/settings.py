"""Scrapy settings: polite by default. `dkbm crawl` adds the database path and, offline, the mirror."""
import os

from crawler.cache import DEFAULT_RECRAWL_INTERVAL

BOT_NAME = "dkbm-aggregate"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# An honest user agent with a contact URL: site operators can see who we are and reach us.
USER_AGENT = ("dkbm-aggregate/0.1 (Veranstaltungskalender DKBM; "
              "+https://github.com/dkbm-aggregate/dkbm-aggregate)")
ROBOTSTXT_OBEY = True

# Per-domain throttling: one request at a time per site, at least a second apart, slower when
# the server is slow.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2

# A page larger than this is not an event page; the crawl records it and goes on.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

# Recrawls: a page confirmed less than DKBM_RECRAWL_INTERVAL seconds ago (or declared fresh by its
# server, up to six hours) is not asked again; every other cached page is revalidated
# (If-None-Match / If-Modified-Since), so an unchanged page costs the site a 304 (crawler/cache.py).
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.cache.RecrawlPolicy"
HTTPCACHE_STORAGE = "crawler.cache.RecrawlCacheStorage"
DKBM_RECRAWL_INTERVAL = float(os.environ.get("DKBM_RECRAWL_INTERVAL", DEFAULT_RECRAWL_INTERVAL))
HTTPCACHE_DIR = os.environ.get("DKBM_HTTPCACHE_DIR", "httpcache")
HTTPCACHE_IGNORE_HTTP_CODES = [301, 302, 303, 307, 308, 500, 502, 503, 504]

ITEM_PIPELINES = {
    "crawler.pipelines.NormalizePipeline": 100,
    "crawler.pipelines.ValidatePipeline": 200,
    "crawler.pipelines.RelevancePipeline": 250,
    "crawler.pipelines.StorePipeline": 300,
}
EXTENSIONS = {
    "crawler.extensions.CrawlReport": 500,
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}
# No consoles: Scrapy's telnet console and its RemoteControl HTTP server both run code sent to a
# loopback port (RemoteControl also writes its token to a job file). A scheduled crawl needs neither.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
DKBM_DB = os.environ.get("DKBM_DB", "data/dkbm.db")
DKBM_REGISTRY = os.environ.get("DKBM_REGISTRY", "data/sources.toml")

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
