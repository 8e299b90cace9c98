"""The Event: what one announcement on one page says about one event.

This is the contract between extraction (parsers/), the crawler and the store.
`Event.to_dict()` is exactly what `dkbm extract` prints and what the labelled
extraction cases in tests/extraction/cases/ are compared against.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEDULED = "scheduled"
CANCELLED = "cancelled"
POSTPONED = "postponed"
TENTATIVE = "tentative"
STATUSES = (SCHEDULED, CANCELLED, POSTPONED, TENTATIVE)

# Where a field's value was read from, strongest evidence first.
FROM_JSONLD = "jsonld"      # schema.org Event in JSON-LD or microdata
FROM_LABEL = "label"        # a labelled field: dt/dd, table row, "Ort:", Drupal field block
FROM_PROSE = "prose"        # running text
FROM_REGISTRY = "registry"  # not on the page: the source registry's default (e.g. organizer)
FROM_PUBLISHER = "publisher"  # the name the site gives itself (og:site_name, the <title>'s suffix)

EVENT_TYPES = (
    "Netzwerktreffen", "Werkstatt/Workshop", "Fachtag", "Konferenz/Tagung",
    "Sprechstunde", "Webinar", "Forum", "Seminar",
)


@dataclass
class Contact:
    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class Event:
    title: str
    # Local Europe/Berlin wall-clock time: "YYYY-MM-DD" (all day / time unknown) or "YYYY-MM-DDTHH:MM".
    start: str | None = None
    end: str | None = None
    all_day: bool = False
    timezone: str = "Europe/Berlin"
    # What could be read when the date cannot be pinned: "--03-19" (no year), "2020-12" (no day).
    start_partial: str | None = None
    # "vsl.", "voraussichtlich", "Save the Date" without a day.
    date_tentative: bool = False
    # Clock times read without a day, e.g. TYPO3's ", 09:00 – 12:00" when the date element is lost.
    start_time: str | None = None
    end_time: str | None = None
    organizer: str | None = None
    co_organizers: list[str] = field(default_factory=list)
    registration_deadline: str | None = None  # "YYYY-MM-DD"
    venue: str | None = None
    address: str | None = None  # street and number
    postal_code: str | None = None
    city: str | None = None
    online: bool = False
    hybrid: bool = False
    online_platform: str | None = None  # Webex | MS Teams | Zoom | BigBlueButton | None
    contacts: list[Contact] = field(default_factory=list)
    status: str = SCHEDULED
    booked_out: bool = False
    original_start: str | None = None  # for postponed events: the date it had before
    event_type: str | None = None
    topics: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    description: str | None = None
    url: str | None = None
    # field name -> {"from": jsonld|label|prose|registry, "snippet": text it was read from}
    provenance: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # dataclasses.asdict deep-copies recursively and costs more than reading the page did
        result = {name: getattr(self, name) for name in _EVENT_FIELDS}
        result["co_organizers"] = list(self.co_organizers)
        result["contacts"] = [asdict(contact) for contact in self.contacts]
        result["topics"] = list(self.topics)
        result["target_groups"] = list(self.target_groups)
        result["provenance"] = {name: dict(note) for name, note in self.provenance.items()}
        return result

    def note(self, field_name: str, evidence: str, snippet: str) -> None:
        """Record where a field's value came from (first evidence wins)."""
        if field_name not in self.provenance:
            self.provenance[field_name] = {"from": evidence, "snippet": snippet.strip()[:200]}


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
