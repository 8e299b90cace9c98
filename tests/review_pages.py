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


def check_page(text: str, checks: list[dict], url: str | None = None, content_type: str = "text/plain") -> None:
    """Every fact a careful reader expects of a page, each check a dict of `field` and `value` (and `event`, the
    index of the event it is about): "count", "starts" (all events' starts, as written: a day, or a day and its
    hour), "title_on_day" ([day, words]: an event on that day whose title holds the words), "none_titled" ([day,
    words]: none does), "title", "title_contains", "title_not_contains", "start", "start_exact", "organizer"."""
    events = [e.to_dict() for e in extract_events(text, url=url, content_type=content_type, reference_date=REVIEW_DAY)]
    for check in checks:
        field, value, index = check["field"], check.get("value"), check.get("event", 0)
        if field == "count":
            assert len(events) == value
        elif field == "starts":  # (a day matches its events' starts with or without their hours; "" an undated one)
            got, wanted = sorted(e["start"] or "" for e in events), sorted(value)
            assert len(got) == len(wanted) and all(g.startswith(w) if w else not g for g, w in zip(got, wanted)), got
        elif field in ("title_on_day", "none_titled"):
            day, words = value
            titled = [e["title"] for e in events if (e["start"] or "").startswith(day)
                      and words.casefold() in (e["title"] or "").casefold()]
            assert bool(titled) == (field == "title_on_day"), (day, words, [e["title"] for e in events])
        else:
            assert len(events) > index
            event = events[index]
            if field == "title_contains":
                assert value.casefold() in (event["title"] or "").casefold()
            elif field == "title_not_contains":
                assert value.casefold() not in (event["title"] or "").casefold()
            elif field == "start":
                assert event["start"] is None if value is None else (event["start"] or "").startswith(value), event["start"]
            elif field == "start_exact":  # (a day without hours, or the hours too)
                assert event["start"] == value, event["start"]
            else:
                assert event[field] == value, (field, event[field])
