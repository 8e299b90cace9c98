"""Ids that survive edits.

A page's new extraction is matched to the events previously seen on that page before any id is
minted: an event keeps its id (and its calendar UID) when its date, time, wording, venue or
status changes, and when its page starts or stops announcing other events. Only an event that
matches nothing seen before gets a new id.

Two events are the same when their titles are alike (rapidfuzz, status words and punctuation
ignored), helped by the same day and the same town. Meetings of a series are never the same
event: "3. Netzwerktreffen" and "4. Netzwerktreffen" (titles with different numbers), and the
same workshop on two dates announced side by side on one page.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

STATUS_PREFIX_RE = re.compile(r"^\s*(?:\+{2,}\s*)?(?:abgesagt|entfällt|verschoben|neuer\s+termin|ausgebucht|"
                              r"achtung|update|terminänderung)\s*(?:[:!–-]|\+{2,})\s*", re.I)
# "Fachtag (abgesagt)", "Fachtag – ABGESAGT": the same event as "Fachtag".
STATUS_SUFFIX_RE = re.compile(r"\s*(?:\(\s*(?:abgesagt|entfällt|verschoben|neuer\s+termin|ausgebucht)\s*!?\s*\)|"
                              r"[:–-]\s*(?:abgesagt|entfällt|verschoben|ausgebucht)\s*!?)\s*$", re.I)
NUMBER_RE = re.compile(r"\d+")
ROMAN_RE = re.compile(r"\b(?:teil|modul|runde|block|termin)\s+([ivx]+|\d+)\b", re.I)

# Title similarity (0..1) from which two events on the same page are the same event ...
SAME_TITLE = 0.82
# ... or a lower one when the day (or the town) agrees as well.
ALIKE_TITLE = 0.55


def slug(text: str) -> str:
    text = STATUS_SUFFIX_RE.sub("", STATUS_PREFIX_RE.sub("", text or ""))
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80]


def event_id(source: str, page_url: str, title: str, several_on_page: bool) -> str:
    """The id minted for an event seen for the first time: its page (plus its title where a page
    announces several), never its date."""
    key = page_url if not several_on_page else f"{page_url}#{slug(title)}"
    return f"{source}/{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def series_numbers(title: str) -> tuple[str, ...]:
    """The numbers that tell meetings of a series apart: "3. Netzwerktreffen", "Teil II", "2027"."""
    key = slug(title)
    numbers = [str(int(n)) for n in NUMBER_RE.findall(key)]
    numbers += [m.lower() for m in ROMAN_RE.findall(title or "") if not m.isdigit()]
    return tuple(numbers)


def title_similarity(a: str, b: str) -> float:
    ka, kb = slug(a).replace("-", " "), slug(b).replace("-", " ")
    if not ka or not kb:
        return 0.0
    return max(fuzz.ratio(ka, kb), fuzz.token_sort_ratio(ka, kb),
               # one title is the other plus words ("Fachtag" -> "Fachtag Ganztag in Hessen")
               fuzz.token_set_ratio(ka, kb) * 0.9) / 100.0


def _day(value) -> str:
    return (value or "")[:10]


def _town(value) -> str:
    return slug(value or "")


def series_conflict(a: str, b: str) -> bool:
    na, nb = series_numbers(a), series_numbers(b)
    return bool(na) and bool(nb) and na != nb


def match_score(new: Mapping, old: Mapping) -> float | None:
    """How surely `new` (a fresh extraction) is `old` (a stored event of the same page): None when
    it is surely another event, else a score (higher is surer) that passed the thresholds."""
    title_new, title_old = new.get("title") or "", old.get("title") or ""
    if series_conflict(title_new, title_old):
        return None
    similarity = title_similarity(title_new, title_old)
    same_day = bool(_day(new.get("start"))) and _day(new.get("start")) == _day(old.get("start"))
    town_new, town_old = _town(new.get("city")), _town(old.get("city"))
    same_town = bool(town_new) and town_new == town_old
    score = similarity + (0.3 if same_day else 0.0) + (0.1 if same_town else 0.0)
    if similarity >= SAME_TITLE or ((same_day or same_town) and similarity >= ALIKE_TITLE):
        return score
    return None


def best_match(new: Mapping, candidates: Sequence[Mapping], siblings: Sequence[Mapping] = (),
               sole: bool = False) -> Mapping | None:
    """The stored event `new` continues, or None.

    `candidates`: events previously seen on the page and not yet taken by another event of this
    crawl. `siblings`: the other events the page announces now (title, start, city); a stored
    event that one of them continues better is left to it, whatever the order of processing —
    the same workshop on two dates stays two events. `sole`: the page announced exactly one event
    before and announces exactly one now (a detail page): that one continues, however reworded,
    unless the titles name different meetings of a series.
    """
    scored = []
    for old in candidates:
        score = match_score(new, old)
        if score is None:
            if sole and len(candidates) == 1 and not series_conflict(new.get("title") or "", old.get("title") or ""):
                score = 0.0
            else:
                continue
        if any((match_score(other, old) or -1.0) > score for other in siblings):
            continue
        scored.append((score, old))
    if not scored:
        return None
    scored.sort(key=lambda pair: -pair[0])
    return scored[0][1]
