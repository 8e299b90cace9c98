"""The one place where text is made safe for outputs (database rows, iCalendar, Atom).

Pages carry whatever their editors pasted: control characters, 10,000-character headlines,
`javascript:` links. RFC 5545 forbids control characters in text values, XML 1.0 forbids most
of them outright (one of them makes the whole Atom feed unreadable), and a calendar app opens
an event's URL when clicked. So, for every output:

* control characters (C0 except tab/newline, DEL, C1), lone surrogates and the XML
  non-characters U+FFFE/U+FFFF are removed; single-line fields collapse all whitespace;
* lengths are capped: title 300, location 500, description 1,500 characters (cut at a word,
  marked with " …");
* only absolute http(s) URLs are kept; anything else (javascript:, data:, mailto:, relative or
  unparsable) becomes None.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

TITLE_LIMIT = 300
LOCATION_LIMIT = 500
DESCRIPTION_LIMIT = 1500
FIELD_LIMIT = 500        # any other single-line text (organizer, city, platform, ...)
URL_LIMIT = 2000
EMAIL_RE = re.compile(r"^[^@\s<>\"'(),;:\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_LINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")

# Row columns and their kind: what clean_row does to each.
SINGLE_LINE = ("title", "organizer", "venue", "address", "postal_code", "city", "online_platform",
               "event_type", "region", "source", "source_title", "start_partial", "timezone")
LOCATION_FIELDS = ("venue", "address", "city")


def cap(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    cut = value[: limit - 2]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …"


# Fast paths: str.isprintable() is false for every character _CONTROL removes (categories Cc, Cs,
# Cn) and for every whitespace but the ASCII space, so a printable value skips the regular
# expressions. Outputs call these some sixty times per event; the answers are the same.

def plain(value: Any) -> str | None:
    """Control characters removed and stripped, nothing else changed (None when empty)."""
    if value is None:
        return None
    value = str(value)
    if not value.isprintable():
        value = _CONTROL.sub("", value)
    return value.strip() or None


def text(value: Any, limit: int | None = FIELD_LIMIT) -> str | None:
    """One line of plain text without control characters, whitespace collapsed, capped."""
    if value is None:
        return None
    value = str(value)
    if not value.isprintable() or "  " in value:
        value = _SPACE.sub(" ", _CONTROL.sub("", value))
    value = value.strip()
    if not value:
        return None
    return cap(value, limit) if limit else value


def _line(line: str) -> str:
    if not line.isprintable() or "  " in line:
        line = _LINE_SPACE.sub(" ", line)
    return line.strip()


def multiline(value: Any, limit: int | None = DESCRIPTION_LIMIT) -> str | None:
    """Text that keeps its line breaks (descriptions): controls removed, capped."""
    if value is None:
        return None
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    value = "\n".join(_line(line) for line in value.split("\n"))
    value = _BLANK_LINES.sub("\n\n", value).strip()
    if not value:
        return None
    return cap(value, limit) if limit else value


def title(value: Any) -> str | None:
    return text(value, TITLE_LIMIT)


def location(value: Any) -> str | None:
    return text(value, LOCATION_LIMIT)


def description(value: Any) -> str | None:
    return multiline(value, DESCRIPTION_LIMIT)


def url(value: Any) -> str | None:
    """An absolute http(s) URL, or None."""
    if value is None:
        return None
    value = _CONTROL.sub("", str(value)).strip()
    if not value or len(value) > URL_LIMIT or any(ch.isspace() for ch in value):
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return value


def email(value: Any) -> str | None:
    value = text(value, 254)
    if not value:
        return None
    value = value.removeprefix("mailto:")
    return value if EMAIL_RE.match(value) else None


STORE_DESCRIPTION_LIMIT = 20_000  # the database keeps more for search; the feeds show 1,500


def clean_row(row: dict, description_limit: int = DESCRIPTION_LIMIT) -> dict:
    """A copy of an `events` row (or a normalised event) safe for any output."""
    clean = dict(row)
    for key, value in row.items():
        if not isinstance(value, str):
            continue
        if key == "title":
            clean[key] = title(value)
        elif key in LOCATION_FIELDS:
            clean[key] = location(value)
        elif key == "description":
            clean[key] = multiline(value, description_limit)
        elif key == "url":
            clean[key] = url(value)
        elif key in SINGLE_LINE:
            clean[key] = text(value)
        else:  # dates, ids, JSON columns: only the characters no output may carry
            clean[key] = _CONTROL.sub("", value)
    return clean
