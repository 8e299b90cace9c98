"""One spider per registry entry, made from its platform's base class at import time, so that
`scrapy list` and `scrapy crawl reab_hessen` work as Scrapy users expect."""
import os

from dkbm_aggregate.registry import DEFAULT_REGISTRY, load_sources

from .generic import GenericSpider
from .platforms import PLATFORM_SPIDERS

SPIDERS = {**PLATFORM_SPIDERS, "generic": GenericSpider}


def spider_class(source):
    base = SPIDERS[source.platform]
    return type(f"{source.name.title().replace('_', '')}Spider", (base,), {
        "name": source.name,
        "source": source,
        "allowed_domains": list(source.hosts),
        "__module__": __name__,
    })


for _source in load_sources(os.environ.get("DKBM_REGISTRY") or DEFAULT_REGISTRY):
    globals()[f"spider_{_source.name}"] = spider_class(_source)
