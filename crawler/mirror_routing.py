"""Route requests for the registry's hosts to the offline mirror on loopback.

Spiders, robots.txt handling, the cache and the store all keep seeing the real URL
(https://www.reab-hessen.de/...); only the connection goes to 127.0.0.1, with the real host
in the Host header. Nothing in the registry is rewritten.
"""
from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler


class MirrorDownloadHandler(HTTP11DownloadHandler):
    lazy = False

    def __init__(self, crawler):
        super().__init__(crawler)
        self.mirror_address = crawler.settings.get("DKBM_MIRROR_ADDRESS")
        if not self.mirror_address:
            raise ValueError("DKBM_MIRROR_ADDRESS is not set: start the mirror server first")

    async def download_request(self, request):
        parts = urlsplit(request.url)
        routed_url = urlunsplit(("http", self.mirror_address, parts.path or "/", parts.query, ""))
        headers = request.headers.copy()
        headers[b"Host"] = parts.netloc.encode()
        routed = request.replace(url=routed_url, headers=headers)
        response = await super().download_request(routed)
        return response.replace(url=request.url)
