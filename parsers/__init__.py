"""The extraction core: HTML or text in, Event objects out. No Scrapy, no database."""
from .event import Contact, Event
from .extract import extract_events

__all__ = ["Contact", "Event", "extract_events"]
