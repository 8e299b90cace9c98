"""Learn `parsers.happening`'s weights from labelled real pages (`dkbm train --real TEXTS`).

Every written day of every page becomes one example: a happening when a labelled event of the page starts on that
day and month, else not. A logistic regression over `parsers.happening.features` learns which words around a day
make it a happening. The weights file keeps numbers and word stems, never a page's text: a stem is kept only when
it stands around days on pages of at least three different sites, so no name of a person or a place of one page
ends up in it.
"""
from __future__ import annotations

import json
import math
import re
import random
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from parsers.content import PageView
from parsers.gazetteer import place_names
from parsers.happening import STEM, day_context, features
from parsers.mentions import find_mentions
from parsers.page import parse

from .real_evaluation import _expected_events, load_real_cases

MIN_SITES = 3
EPOCHS = 30
LEARNING_RATE = 0.1
L2 = 1e-3
SEED = 0


@dataclass
class Example:
    features: set[str]
    happening: bool
    site: str


def examples(cases_file: Path, texts: Path, exclude_sets: set[str], reference_date: date) -> tuple[list[Example], int]:
    """One example per written day of each case whose text is in `texts` and whose set is not excluded; and the
    number of pages read."""
    found, pages = [], 0
    for case in load_real_cases(cases_file):
        if case.get("set") in exclude_sets:
            continue
        page = texts / f"{case['id']}.txt"
        if not page.exists():
            continue
        pages += 1
        days = {(int(e["start"][8:10]), int(e["start"][5:7])) for e in _expected_events(case) if e.get("start")}
        view = PageView(parse(page.read_bytes(), "text/plain"), url=case.get("url"), reference_date=reference_date)
        site = urlsplit(case.get("url") or "").netloc.removeprefix("www.")
        for mention in find_mentions(view):
            found.append(Example(features(day_context(view.texts[mention.line], mention)),
                                 (mention.date.day, mention.date.month) in days, site))
    return found, pages


# given names common enough to stand on pages of three sites, and the surnames schools and streets are named after:
# a person is never a feature
GIVEN_NAMES = frozenset("""
albert alexander andrea andreas angelika anja anna anne annette barbara bernd birgit brigitte carsten christian
christiane christina christine claudia daniel daniela dieter dirk elisabeth emil eva franz frank friedrich gabriele georg
gerhard gustav hans heike heinrich heinz helmut hermann holger ingrid jakob jan jens johann johannes jörg jürgen karin
karl katharina kathrin klaus lisa ludwig manfred manuela marco maria marie marion markus martin martina matthias max
michael monika nicole norbert oliver otto paul peter petra ralf ralph renate sabine sandra sarah silke simone sonja
sophie stefan stefanie stephan susanne sven thomas tobias torsten ulrich ursula uwe volker walter werner wilhelm wolf
wolfgang
goethe schiller humboldt lessing kant heine luther bach beethoven mozart einstein brecht fontane kästner grimm
""".split())


@lru_cache(maxsize=1)
def _stems_of_names() -> frozenset[str]:
    """The stems of the given names and of every word of every known town ("Bad Hersfeld": "hersfel"), and the short
    towns whole ("Ulm")."""
    words = set(GIVEN_NAMES) | {word for place in place_names() for word in re.findall(r"[a-zäöüß]{4,}", place.lower())}
    words |= {place.lower() for place in place_names() if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2}", place)}  # "Ulm"
    return frozenset(word[:STEM] for word in words)


def _names_someone_or_somewhere(name: str) -> bool:
    return name.split(":", 1)[1][:STEM] in _stems_of_names()


def vocabulary(data: list[Example]) -> set[str]:
    """The features seen around days of at least MIN_SITES sites, none a person's given name or a known town (a
    town says where, not whether); the day's own shape is always kept."""
    sites = defaultdict(set)
    for example in data:
        for name in example.features:
            sites[name].add(example.site)
    return {name for name, seen in sites.items()
            if ":" not in name or len(seen) >= MIN_SITES and not _names_someone_or_somewhere(name)}


def train(data: list[Example]) -> dict[str, float]:
    """Stochastic gradient descent on the log loss, with L2; the same data give the same weights."""
    kept = vocabulary(data)
    rows = [([name for name in sorted(example.features) if name in kept], example.happening) for example in data]
    weights: dict[str, float] = defaultdict(float)
    shuffle = random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(rows)
        for names, happening in rows:
            z = max(-30.0, min(30.0, sum(weights[name] for name in names)))
            gradient = 1 / (1 + math.exp(-z)) - happening
            for name in names:
                weights[name] -= LEARNING_RATE * (gradient + L2 * weights[name])
    return {name: round(value, 4) for name, value in sorted(weights.items()) if abs(value) >= 1e-4}


def write_model(path: Path, weights: dict[str, float], data: list[Example], pages: int,
                exclude_sets: set[str]) -> None:
    model = {"about": "Gewichte für parsers.happening, gelernt mit `dkbm train --real`",
             "pages": pages, "days": len(data), "happening_days": sum(e.happening for e in data),
             "excluded_sets": sorted(exclude_sets), "weights": weights}
    path.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
