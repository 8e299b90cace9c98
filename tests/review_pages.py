"""How a review's invented page is checked: the one fact a careful reader expects of it (a count of events, or one
event's title, start or status), read at the review's reference day."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

REVIEW_DAY = date(2026, 12, 6)


def assert_read_as_expected(text: str, field: str, value, index: int, title_longest: int | None = None,
                            content_type: str = "text/plain") -> None:
    """`title_longest`: a review that counts a title holding the expected words inside a whole sentence as wrong.
    `starts`: the days of all the page's events, in any order."""
    events = extract_events(text, content_type=content_type, reference_date=REVIEW_DAY)
    if field == "count":
        assert len(events) == value
        return
    if field == "starts":
        assert sorted((event.start or "")[:10] for event in events) == sorted(value)
        return
    assert len(events) > index
    event = events[index]
    if field == "title_contains":
        assert value.casefold() in event.title.casefold()
        assert title_longest is None or len(event.title) <= title_longest
    elif field == "start":
        assert (event.start or "").startswith(value)
    else:
        assert getattr(event, field) == value
