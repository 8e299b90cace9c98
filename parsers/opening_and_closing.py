"""The named items that open and close a festival's days, told in the sentences of the span's page,

    "Beginn ist am Sonntag, 20. September, mit dem Kinofilm „Töchter des Aufbruchs“ in der Kirche in Hundelshausen."
    "Mit der Lesung „Vielfalt im Leben“ finden die Interkulturellen Wochen am 2. Oktober ihren Abschluss im Rathaussaal."
    "Eröffnet wird die Woche am Montag, 12. Mai, mit einem Empfang im Rathaus." / "Den Abschluss bildet am 18. Mai ein
    Konzert der Musikschule."

are events of their own beside the span (an intercultural week's programme, a town's reading days): each on its day,
named by what the sentence says opens or closes it, read by the assembler from its sentence (its hours, its place).
Only a page whose events include a span of days, and only items named by a kind or a quoted name.
"""
from __future__ import annotations

import re

from . import prose
from .assemble import Assembler
from .content import PageView
from .event import FROM_PROSE, Event
from .mentions import Mention
from .segment import Block

SPANS_READ = 3  # (a festival page has one span; a calendar of many is no such page)
_ARTICLE = r"(?:dem|der|einem|einer|den)"
# the item: a kind, perhaps with its quoted name ("dem Kinofilm „Töchter des Aufbruchs“"), or a quoted name alone
_ITEM = (r"(?P<item>(?:[A-ZÄÖÜ][\wäöüß-]{3,}(?:\s+[„\"][^„“”\"]{3,80}[“”\"])?)|(?:[„\"][^„“”\"]{3,80}[“”\"]))")
# "Beginn ist am …, mit dem X", "Auftakt ist am … mit einem X", "Eröffnet wird … am … mit einem X", "Los geht es am … mit"
OPENS_WITH_RE = re.compile(
    r"(?:\b(?:Beginn|Auftakt|Start)\s+ist|\bEröffnet\s+(?:wird|werden)|\bLos\s+geht\s+es|\bstarte[nt])\b"
    rf"(?P<between>(?:[^.!?]|(?<=\d)\.){{0,120}}?)\bmit\s+{_ARTICLE}\s+(?:[a-zäöüß]+e[nmrs]?\s+)?{_ITEM}")
# "Mit der X finden die … am 2. Oktober ihren Abschluss"
CLOSES_WITH_RE = re.compile(
    rf"\bMit\s+{_ARTICLE}\s+(?:[a-zäöüß]+e[nmrs]?\s+)?{_ITEM}\s+(?:findet|finden|endet|enden)\b"
    r"(?P<between>(?:[^.!?]|(?<=\d)\.){0,120}?)\b(?:(?:ihren|seinen)\s+Abschluss|Ende)\b")
# "Den Abschluss bildet am 18. Mai ein X"
CLOSING_FORMED_BY_RE = re.compile(
    rf"\b(?:Den\s+Abschluss|Den\s+Ausklang)\s+bilde[tn](?P<between>(?:[^.!?]|(?<=\d)\.){{0,80}}?)\b(?:ein|eine|der|die|das)\s+"
    rf"(?:[a-zäöüß]+e[nmrs]?\s+)?{_ITEM}")
ITEM_SENTENCES = (OPENS_WITH_RE, CLOSES_WITH_RE, CLOSING_FORMED_BY_RE)


def items_that_open_and_close(view: PageView, assembler: Assembler, events: list[Event],
                              mentions: list[Mention]) -> list[Event]:
    """Beside a span of days, the items its page's sentences say open or close it."""
    spans = [e for e in events if e.start and e.end and e.end[:10] > e.start[:10]]
    if not spans or len(spans) > SPANS_READ:
        return []
    first, last = min(e.start[:10] for e in spans), max(e.end[:10] for e in spans)
    known = {(e.start or "")[:10] for e in events if e not in spans}
    found = []
    for line in sorted({m.line for m in mentions if m.kind == "event"}):
        text = view.texts[line]
        for sentence in prose.sentences(text):
            for match in (found for pattern in ITEM_SENTENCES for found in pattern.finditer(sentence)):
                event = _item_on_its_day(view, assembler, line, sentence, match.group("item"), mentions)
                if event is None or not first <= event.start[:10] <= last or event.start[:10] in known:
                    continue
                known.add(event.start[:10])
                found.append(event)
    return found


def _item_on_its_day(view: PageView, assembler: Assembler, line: int, sentence: str, item: str,
                     mentions: list[Mention]) -> Event | None:
    """The item read from its sentence: its day the one day the sentence writes."""
    at = view.texts[line].find(sentence)
    own = [m for m in mentions if m.line == line and m.kind == "event" and m.date.end_day is None
           and at <= m.date.start < at + len(sentence)]
    if len(own) != 1 or prose.same_name(item, "Veranstaltung"):
        return None
    event = assembler.event(Block(line, line + 1, line), own, True, None, title_override=item.strip(), sentence=sentence)
    if event is None or not event.start:
        return None
    event.note("title", FROM_PROSE, item.strip())
    return event
