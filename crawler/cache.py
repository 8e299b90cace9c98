"""HTTP cache policy for recrawls."""
from scrapy.extensions.httpcache import RFC2616Policy


class AlwaysRevalidatePolicy(RFC2616Policy):
    """Never trust a cached page without asking: always send the validators (ETag,
    Last-Modified) so the site answers 304 when nothing changed. RFC2616Policy alone would
    serve heuristically "fresh" pages from the cache and miss a cancellation for hours."""

    def is_cached_response_fresh(self, cachedresponse, request):
        self._set_conditional_validators(request, cachedresponse)
        return False
