"""Which day a page's rules could not place is a happening: a model learned from labelled real pages.

The readers in `mentions` call a day an event's when its words say so: an event noun beside it ("der Fachtag am
12. Mai"), a time, a label. Round-ups and programmes often date a happening in words no rule knows ("präsentieren
sich die Schulen am Sonnabend, 18. Januar", "Einen Rückblick auf die Reise gibt es am Mittwoch, 24. Oktober"), and
those days stay "other", which no list reader turns into an event. Here each such day is scored by the words around
it, with weights a logistic regression learned from labelled real pages (`dkbm train --real`): a day on which a
labelled event starts is a happening, any other written day is not. A day the model is sure of becomes an event's day
and the readers downstream name it as they name any other.

The features are named, so a weight can be read: `b:` a word stem in the six words before the day, `a:` in the
eight after it, `s:` anywhere in its sentence (all three within the day's own sentence, and without the words every
sentence has), `b1:` the word right before it, and the day's own shape (`hour`, `span`, `weekday`, `year`, the
line's length, the rules' kind and score). Month and weekday names are left out of the words: they say which day,
not whether something happens on it.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from . import dates as d
from . import lexicon as lex
from .mentions import Mention
from . import prose

WEIGHTS_FILE = Path(__file__).parent / "data" / "happening_days.json"
# how sure the model must be before an undeclared day counts as an event's (chosen on pages nobody studied:
# 0.4 to 0.9 read alike there, 0.7 kept the fewest days that are no event's)
THRESHOLD = 0.7

CONTEXT_BEFORE = 80  # characters of the line before a day and after it that its words come from
CONTEXT_AFTER = 80
SENTENCE_BUDGET = 600

_WORD_RE = re.compile(r"[a-zäöüß]{3,}")
# month and weekday names (and "Uhr") say which day, not whether something happens on it
_CALENDAR_WORDS = frozenset(d.MONTHS) | {name for name in d.WEEKDAYS if len(name) > 2} | {"uhr"}
_WEEKDAY_RE = re.compile(d.WEEKDAY_NAME, re.I)
_HOUR_AFTER_RE = re.compile(r"\s*[,|–-]?\s*(?:ab|um|von)?\s*\d{1,2}[.:]\d\d")
_SPAN_RE = re.compile(r"\bbis\b|–|-")
STEM = 7  # a word's first letters: "präsentieren" and "präsentiert" are one feature


@dataclass(frozen=True)
class DayContext:
    """What the model reads of one written day: the rules' verdict and the words around it."""
    kind: str
    score: int
    line_length: int
    has_year: bool
    date_text: str
    before: str
    after: str
    sentence: str


def day_context(text: str, mention: Mention) -> DayContext:
    """The day's words, within its own sentence: the sentence before speaks of another day."""
    day = mention.date
    start, end = prose.sentence_span_at(text, day.start, day.end)
    start, end = max(start, day.start - SENTENCE_BUDGET // 2), min(end, day.end + SENTENCE_BUDGET // 2)
    return DayContext(kind=mention.kind, score=mention.score, line_length=len(text), has_year=bool(day.year),
                      date_text=text[day.start:day.end], before=text[max(start, day.start - CONTEXT_BEFORE):day.start],
                      after=text[day.end:min(end, day.end + CONTEXT_AFTER)], sentence=text[start:end])


# words of every sentence, which say nothing of what happens on a day (the word right before the day keeps them:
# "und 12. März", "von 9. bis", "zum 31. Dezember" say much)
_FUNCTION_WORDS = frozenset("""
der die das dem den des ein eine einen einem einer eines und oder aber auch als wie für mit von vom zum zur bei beim
auf aus nach vor über unter bis ab an am im in ins um zu sich sie ihr ihre ihren ihrem es er wir uns man sind ist
war waren wird werden wurde wurden hat haben hatte noch nur schon sowie dass daß nicht kein keine dieser diese dieses
""".split())


def _words(text: str) -> list[str]:
    return [word for word in _WORD_RE.findall(text.lower()) if word not in _CALENDAR_WORDS]


def _content_words(words: list[str]) -> list[str]:
    return [word for word in words if word not in _FUNCTION_WORDS]


def features(context: DayContext) -> set[str]:
    found = {"bias", f"kind={context.kind}", f"score={max(-2, min(3, context.score))}",
             "len=" + ("row" if context.line_length < 60 else "short" if context.line_length < 200 else "para")}
    if context.has_year:
        found.add("year")
    if _WEEKDAY_RE.search(context.date_text + context.before[-25:]):
        found.add("weekday")
    if re.search(r"\bUhr\b", context.after[:40]) or _HOUR_AFTER_RE.match(context.after):
        found.add("hour")
    if _SPAN_RE.search(context.date_text):
        found.add("span")
    before = _words(context.before)
    found.update("b:" + word[:STEM] for word in _content_words(before[-6:]))
    found.update("a:" + word[:STEM] for word in _content_words(_words(context.after)[:8]))
    found.update("s:" + word[:STEM] for word in _content_words(sorted(set(_words(context.sentence)))))
    if before:
        found.add("b1:" + before[-1])
    return found


@functools.lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    try:
        return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
    except (OSError, ValueError, KeyError):
        return {}  # (no model: every day keeps the rules' verdict)


def probability(context: DayContext, weights: dict[str, float] | None = None) -> float:
    weights = _weights() if weights is None else weights
    if not weights:
        return 0.0
    z = sum(weights.get(name, 0.0) for name in features(context))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


# what the rules know a day to be when no happening is on it: a deadline, an application's day, a closure, a decision,
# a publication, a notice; the model learned from too few such pages to be trusted against them
_NOT_HAPPENING_RES = (lex.DEADLINE_CUE_RE, lex.OTHER_DEADLINE_RE, lex.NOT_A_HAPPENING_DAY_RE, lex.NOT_AN_EVENT_SENTENCE_RE,
                      lex.NOTICE_DAY_RE, lex.OFFICE_HOLDERS_DAY_RE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
HOLIDAYS_REACH = 120  # (how far before a day the holidays it dates are named)


def knows_otherwise(sentence: str) -> bool:
    """A rule knows the sentence's day as no happening's: a deadline's, an application's, a closure's, a decision's,
    a publication's, a notice's or an office holder's visit."""
    sentence = lex.HOLIDAY_OFFER_RE.sub("", sentence)
    return any(pattern.search(sentence) for pattern in _NOT_HAPPENING_RES)


def happens(context: DayContext, newest_year: int | None = None) -> bool:
    """Whether a day the rules left without a kind is a happening's: the model is sure of it, no rule knows it for
    another kind of day, and it is no chronicle's day ("1947 gegründet", "am 20. Mai 2017 zum ersten Mal", "am
    9. November 1989 fiel die Mauer, und schon am 12. November …")."""
    if knows_otherwise(context.sentence):
        return False
    if lex.RUN_STARTS_BEFORE_RE.search(context.before):
        return False  # "Ab dem 1. Februar lernen alle Kinder ein Instrument": a run's first day, not a happening
    years = [int(year) for year in _YEAR_RE.findall(context.date_text if _YEAR_RE.search(context.date_text)
                                                   else context.sentence)]
    if newest_year and years and min(years) < newest_year - 1:
        return False
    return probability(context) >= THRESHOLD


def with_happening_days(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """The page's mentions, each undeclared day the model is sure of now an event's.

    A page of one day keeps it as it is: the reader of a page's one day (`Extractor._event_of_its_one_day`) names
    that event from the page's headline, which the readers of event days would not."""
    if len({(m.date.day, m.date.month) for m in mentions if m.kind in ("event", "other")}) < 2:
        return mentions
    # (not the school holidays' own days: "Die Winterferien stehen vor der Tür. Vom 5. bis zum 10. Februar …")
    # (nor a day a question asks of, naming no event: "Wen wählen die Bürger am 1. September?", a talk's topic)
    contexts = {id(m): day_context(texts[m.line], m) for m in mentions if m.kind == "other"
                and not lex.HOLIDAYS_AT_HAND_RE.search(texts[m.line], max(0, m.date.start - HOLIDAYS_REACH), m.date.start)
                and not prose.asked_of_another_day(texts[m.line], m.date.start, m.date.end)}
    # the page's years, from its lines that are no chronicle's ("Der Verein wurde am 12. Mai 1998 gegründet" dates
    # the club, not the page): a day without a year takes its year from them
    dated = [m for m in mentions if m.date.year and not (id(m) in contexts
                                                        and lex.CHRONICLE_RE.search(contexts[id(m)].sentence))]
    if not dated and any(m.date.year for m in mentions):
        return mentions  # (every year the page writes is a chronicle's: its days' years are unknown)
    newest = max((m.date.year for m in dated), default=None)
    return [dataclasses.replace(m, kind="event", score=max(m.score, 1))
            if id(m) in contexts and happens(contexts[id(m)], newest) else m
            for m in mentions]
