"""The extraction core: HTML or text in, Event objects out. No Scrapy, no database."""
from .event import Contact, Event
from .extract import PageTooLarge, extract_events

__all__ = ["Contact", "Event", "PageTooLarge", "extract_events"]
