"""The segment stage: one page -> event segments (blocks of lines, one per announced event).

A detail page is one segment; a list page, a newsletter or a table has one per item: items are
found from headings over dated lines, date lines over titles, "21.3.2027: Titel" lines, and from
the page's element tree (the children of the smallest element holding all event dates).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import dates as d
from . import gazetteer
from . import lexicon as lex
from . import prose, titles
from .content import WEB_OR_PHONE_LINE_RE, PageView
from .event import Event
from .labels import label_of
from .mentions import Mention, resolve
from .page import Line


@dataclass
class Block:
    """A segment: lines [start, end) of the page, with the line that names the event."""
    start: int
    end: int
    title_line: int | None
    lines: list[Line] = field(default_factory=list)
    named_by_its_row: bool = False  # a programme item led by "15.04. Osternest und Osterei": that row names it


@dataclass
class Draft:
    """An event being read from a segment, and the line its date was read from (the readers of
    place and title look there)."""
    event: Event
    date_line: int | None = None


LINK_LINE_RE = re.compile(r"^(?:Weitere|Mehr|Nähere)\s+(?:Informationen|Infos)\b.{0,40}(?:https?://|www\.)")


def segment(view: PageView, mentions: list[Mention]) -> list[Block]:
    event_lines: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "event" and mention.score >= 1:
            event_lines.setdefault(mention.line, []).append(mention)
    rows_over_text = _rows_over_their_text(view, event_lines)
    own_rows = _rows_of_their_own(view, event_lines) | rows_over_text
    title = view.title_line()
    starts = []
    heading_starts: set[int] = set()
    date_line_starts: set[int] = set()
    n = len(view.lines)
    dated_headlines = _dated_headlines(view, event_lines)
    for index, line in enumerate(view.lines):
        if index in dated_headlines:
            starts.append(index)
            heading_starts.add(index)
            continue
        if index == title and view.page.is_html:
            continue  # a page's own headline is not an item of a list (text pages have no headline markup)
        if lex.READ_ON_RE.match(line.text):
            # "Elternabend zur Medienerziehung" / "Weiterlesen" / "Am 20. Januar 2027 lädt …": a teaser's title stands
            # above its read-on link; the link itself heads nothing
            above = index - 1
            if not view.page.is_html and above >= 0 and index + 1 in event_lines \
                    and not date_first(view, index + 1, event_lines[index + 1][0]) and len(view.texts[above]) < 120 \
                    and not view.texts[above].rstrip().endswith((".", "!", "?")) \
                    and not view.labels[above] and above not in event_lines and (not starts or starts[-1] < above) \
                    and not lex.READ_ON_RE.match(view.texts[above]):
                # (a text page's teasers; an HTML list's items come from its structure, its read-on link at their end)
                starts.append(above)
                heading_starts.add(above)
            continue
        heading_like = (line.heading >= 2 or (line.emphasis and view.is_heading(index)) or
                        (not view.page.is_html and view.texty_heading(index)))
        if starts and starts[-1] == index - 1 and index - 1 in date_line_starts:
            continue  # the title under a date line that already starts this item
        if starts and starts[-1] == index - 1 and index - 1 in heading_starts and index in event_lines:
            continue  # the (bold) date line under a headline that already starts this item
        if heading_like and len(line.text) < 200 and not view.labels[index] and not LINK_LINE_RE.search(line.text) \
                and not lex.ENTRY_LINK_RE.match(line.text):
            # (a link's line, "Weitere Informationen gibt es unter www.…" or "Details: …", heads no item)
            window = range(index + 1, min(n, index + 4))
            nxt = [i for i in window if i in event_lines and not view.is_heading(i)]
            stop = next((i for i in window if view.is_heading(i) and not lex.READ_ON_RE.match(view.texts[i])), None)
            if nxt and (stop is None or nxt[0] < stop):
                first_item = event_lines[nxt[0]][0]
                if not (date_first(view, nxt[0], first_item) and (
                        item_rest(view.texts[nxt[0]], first_item.date) or title_below(view, nxt[0])
                        or _short_named_row(view.texts[nxt[0]], first_item.date)
                        or nxt[0] in own_rows)):  # (a section's heading over its items, not one event's days)
                    starts.append(index)
                    heading_starts.add(index)
                    continue  # else: a section heading ("Termine") over a list of dated lines
            if index in event_lines and event_lines[index][0].date.start <= 2:
                above = index - 1
                if (above >= 0 and view.lines[above].heading and not view.labels[above]
                        and above not in event_lines and (not starts or starts[-1] < above)):
                    starts.append(above)  # headline, then its date in bold: the item starts at the headline
                    heading_starts.add(above)
                else:
                    starts.append(index)
                continue
            if (index > 0 and index - 1 in event_lines and view.date_only(index - 1)
                    and not view.is_heading(index - 1) and not (index > 1 and view.labels[index - 2])):
                starts.append(index - 1)
                continue
        # "Mi, 03.03.2027, 10:00 Uhr, online" over "DKBM-Sprechstunde …": a date line whose
        # title is the line below it (newsletters, text lists)
        if (index in event_lines and date_first(view, index, event_lines[index][0]) and
                item_rest(line.text, event_lines[index][0].date) is None and
                title_below(view, index) and not view.labels[index] and (
                    d.find_time(line.text) or lex.EVENT_TITLE_WORD_RE.search(view.texts[index + 1])
                    or d.TIME_LEAD_RE.match(view.texts[index + 1])  # "8. Juni 2025" over "12:00 Uhr Vortrag zur …"
                    or d.CLOCK_ONLY_LINE_RE.fullmatch(view.texts[index + 1])  # … or over "10.30 – 12.00 Uhr" / its name
                    or view.is_heading(index + 1) or view.lines[index + 1].linked
                    # "07.07.2022 -19.08.2022" alone over "Brandenburger Lesesommer in …": a calendar entry's span
                    or (view.date_only(index) and event_lines[index][0].date.end_day is not None)
                    or line.text.rstrip().endswith(":"))):  # "Dienstag, 20. Februar 2024:" / "#miteinander Zukunft gestalten"
            previous = starts[-1] if starts else None
            if previous is None or previous not in heading_starts or any(
                    i in event_lines for i in range(previous, index)):
                starts.append(index)
                date_line_starts.add(index)
                continue
        # "21.3.2027: Netzwerktreffen Bildungsmonitoring" list items
        if (index in event_lines and date_first(view, index, event_lines[index][0]) and
                item_rest(line.text, event_lines[index][0].date) is not None and
                (not view.date_only(index) or BODY_ROW_RE.match(line.text[event_lines[index][0].date.end:].strip()))
                and not view.labels[index] and (len(line.text) < 200 or (
                    len(line.text) < 500 and _long_row_names_event(line.text, event_lines[index][0].date)
                    and _in_a_run_of_dated_rows(view, index, event_lines)))):
            previous = starts[-1] if starts else None
            if previous is None or previous not in heading_starts or any(
                    i in event_lines for i in range(previous, index)):
                starts.append(index)
        # "11. Februar: Spieleabend" below "28. Januar: Lesung mit Anna Beispiel": a row whose short name is an
        # event's, in a run of named rows (not "19. März: Elternabend" among "5. März: Ferien", "12. März: Zeugnisse")
        if index in event_lines and not view.labels[index] and _short_named_row(line.text, event_lines[index][0].date) \
                and any(other in event_lines and item_rest(view.texts[other], event_lines[other][0].date) is not None
                        for other in (index - 1, index + 1) if 0 <= other < n) \
                and not any(lex.DAYS_OFF_PAGE_RE.search(view.texts[j]) and view.texts[j].rstrip().endswith(":")
                            for j in range(max(0, index - 6), index)):
            # (not under "Die Bibliothek bleibt an folgenden Tagen geschlossen:": "3. Juni: Fortbildung" closes it)
            starts.append(index)
            continue
        # "12.01.27 Babymassage" over "19.01.27 Elterncafé": rows that each give a day and a short name of their own
        if index in own_rows and not view.labels[index] \
                and not any(lex.DAYS_OFF_PAGE_RE.search(view.texts[j]) and view.texts[j].rstrip().endswith(":")
                            for j in range(max(0, index - 6), index)):
            starts.append(index)
            continue
        # "Neujahrsempfang – 8. Januar 2027, Saal" beside "Spielenachmittag – 13. Januar 2027, Café", "Fahrradtour
        # durchs Stiftungsland: 21. September 10 bis 13 Uhr, …" two lines above "Klimadiversität im Garten fördern :
        # 15.09.2024 14-16 Uhr": rows led by their names, a dash or a colon and their days
        if index in event_lines and not view.labels[index] and len(line.text) < 300 \
                and _name_led_row(line.text, event_lines[index][0].date) and any(
                    other in event_lines and _name_led_row(view.texts[other], event_lines[other][0].date)
                    and not _one_day_s_programme(line.text, view.texts[other], event_lines[index][0].date,
                                                 event_lines[other][0].date)
                    for other in (index - 2, index - 1, index + 1, index + 2) if 0 <= other < n):
            starts.append(index)
    if not starts:
        starts = _named_rows(view, event_lines)
    named_over_days = _names_over_labelled_days(view, event_lines)
    if len(named_over_days) >= 2 and not view.page.is_html:
        starts = [s for s in starts if s not in {line + 1 for line in named_over_days}] + sorted(named_over_days)
    starts = sorted(set(starts))
    dom_blocks = _dom_blocks(view, mentions) if view.page.is_html else None
    if dom_blocks and len(dom_blocks) >= max(2, len(starts)):
        if _programme_days(view, dom_blocks[0].start, mentions, [b.start for b in dom_blocks]):
            return [Block(0, n, title)]
        return dom_blocks
    if len(starts) >= 2 and _programme_days(view, starts[0], mentions, starts):
        return [Block(0, n, title)]
    first_event_of_line: dict[int, Mention] = {}
    for mention in mentions:
        if mention.kind == "event":
            first_event_of_line.setdefault(mention.line, mention)
    rows = [first_event_of_line.get(start) for start in starts]  # (each item's first day, read once for every label)
    has_single_date_label = any(
        view.labels[m.line] and view.labels[m.line].kind == "date" and
        (not starts or m.line < starts[0]) and m.kind == "event" and not _rows_outside_its_days(view, m, rows)
        for m in mentions)
    has_event_time_element = any(t.event_hint for t in view.page.time_elements)
    if len(starts) >= 2 and not has_single_date_label and not (
            has_event_time_element and len(view.structured) <= 1 and
            view.title_line() is not None and view.title_line() < starts[0]
            and view.event_time_before(starts[0])):
        blocks = []
        for position, start in enumerate(starts):
            end = starts[position + 1] if position + 1 < len(starts) else _item_end(view, start, n)
            if position + 1 < len(starts) and end - 1 > start and _town_heading(view.texts[end - 1]):
                end -= 1  # ("Kiel" over the next row: the town its section's items take place in)
            begin = start - 1 if blocks and blocks[-1].end == start - 1 else start
            blocks.append(Block(begin, end, start, named_by_its_row=start in rows_over_text))
        lengths = {b.end - b.start for b in blocks[:-1]}
        shape = lengths.copy().pop() if len(lengths) == 1 else 0
        if len(lengths) == 1 and len(blocks) >= 3 and blocks[-1].end - blocks[-1].start > shape \
                and any(blocks[-1].start <= line < blocks[-1].start + shape for line in event_lines):
            # (not where the last item's own day stands below its shape: "3. Für Zeitreisende: …" / its text / "Vom 5.
            # bis zum 7. Februar …")
            # items of one shape (title, date line): the last one has the same shape, and what
            # follows it ("Alle Termine finden online statt", "Anmeldung …") speaks for the list
            blocks[-1] = Block(blocks[-1].start, blocks[-1].start + lengths.pop(), blocks[-1].start,
                               named_by_its_row=blocks[-1].named_by_its_row)
        return blocks
    return [Block(0, n, title)]


def _rows_outside_its_days(view: PageView, labelled: Mention, rows: list[Mention | None]) -> bool:
    """"Termine: 20.07. bis 14.08.2020" over another offer's rows "08.07.2020: Basteln …", "15.07.2020: …": rows (each
    item's first day) whose days all lie outside the labelled days are no programme of that event."""
    if len(rows) < 2 or not resolve(view, labelled, None) or labelled.first is None:
        return False
    first, last = labelled.first, labelled.last or labelled.first
    if any(row is None or not resolve(view, row, first.year) or row.first is None for row in rows):
        return False
    return all(not first <= row.first <= last for row in rows)


def _town_heading(text: str) -> bool:
    """A line that names only a town: the heading of a list's section of that town's items."""
    return bool(gazetteer.TOWN_RE.fullmatch(text.strip())) and text.strip() not in gazetteer.COMMON_NOUN_TOWNS


def _names_over_labelled_days(view: PageView, event_lines: dict[int, list[Mention]]) -> set[int]:
    """"Migration und Teilhabe jugendlicher Flüchtlinge" over "Termin: 11.08.2016 von 9.00 – 15.00 Uhr": a name of its
    own over each labelled day of a list (two days at least, each its own), however long the name is."""
    names = {}
    for line, found in event_lines.items():
        label = view.labels[line]
        above = line - 1
        if not label or label.kind != "date" or above < 0 or view.labels[above]:
            continue
        # (its name may stand over the item's text: "Lesung mit der Autorin …" / a paragraph / "Wann? Mittwoch, 4. Juni
        # 2025"; the paragraph a report's day is told in too)
        for _ in range(NAME_OVER_TEXT_LINES):
            if above <= 0 or view.labels[above] or not _item_text(view.texts[above]):
                break
            above -= 1
        if above < 0 or view.labels[above] or above in event_lines and not _item_text(view.texts[above]):
            continue
        text = view.texts[above].strip()
        if 3 <= len(text) <= 250 and not text.endswith((".", ":", ",")) and not lex.FINITE_VERB_RE.search(text):
            names[above] = (found[0].date.day, found[0].date.month, found[0].date.year)
    return set(names) if len(set(names.values())) >= 2 else set()


NAME_OVER_TEXT_LINES = 3  # lines of an item's text between its name and its labelled day


def _item_text(text: str) -> bool:
    """A line of an item's text below its name: a sentence that ends with its stop."""
    return len(text) > 60 and text.rstrip().endswith((".", "!", "?"))


# "Deutscher Schulleitungskongress: Der Kongress, ursprünglich geplant für …, findet nun vom 26. bis 28.11.2020 statt.":
# a paragraph led by an event's name and a colon
NAMED_ROW_RE = re.compile(r"(?P<name>[A-ZÄÖÜ„\"][^:.!?]{2,70}?):\s+(?=[A-ZÄÖÜ„\"])")


def row_name(text: str) -> str | None:
    """The name that leads a row of running text ("Bitkom Bildungskonferenz: Die …"), if it reads as one: a few
    words, no label, no verb, no day."""
    match = NAMED_ROW_RE.match(text)
    if not match or len(text) - match.end() < 40 or not lex.FINITE_VERB_RE.search(text[match.end():]):
        return None
    name = match.group("name").strip()
    if len(name.split()) > 7 or label_of(name + ":") or lex.FINITE_VERB_RE.search(name) or d.find_dates(name) \
            or d.find_time(name):
        return None
    return name


def _named_rows(view: PageView, event_lines: dict[int, list[Mention]]) -> list[int]:
    """Three or more dated paragraphs each led by an event's name and a colon: each one an item."""
    rows = [index for index in event_lines if row_name(view.texts[index])]
    return rows if len(rows) >= 3 else []


ROW_READ = 300  # (a row's name and hour stand at its start)


def _programme_days(view: PageView, first_item: int, mentions: list[Mention], starts: list[int]) -> bool:
    """"27. bis 29. Januar" above "Mittwoch, 27.01." … "Freitag, 29.01.": the dated sections are
    the days of one event's programme, not events of their own."""
    # the span stands above the day sections: before the first item or in it (its headline)
    limit = starts[1] if len(starts) > 1 and starts[0] <= first_item else first_item
    spans = [m for m in mentions if m.line < limit and m.kind == "event" and m.date.end_day is not None]
    if not spans:
        return False
    span = spans[0]
    if not resolve(view, span, None) or span.last is None:
        return False
    days = [start for start in starts if start >= limit] or starts
    if len(days) >= 2 and all(start in view.numbered_headings for start in days):
        return False  # (a round-up's numbered tips under the holidays' span: "1. Ferientipp …", "2. Für Kreative: …")
    if sum(bool(QUOTED_NAME_LINE_RE.fullmatch(view.texts[start].strip())) for start in days) >= 2:
        return False  # ("vom 13. bis 23. Februar im Museum" over "„Eine Zeitreise mit Hindernissen“ (ab 10 Jahren)" /
        #               "14. Februar, 13:30 Uhr" …: a programme's items, each named, are events of their own)
    quoted_rows = {prose.first_quoted(view.texts[start][:ROW_READ]) for start in days
                   if d.find_time(view.texts[start][:ROW_READ]) and prose.QUOTE_RE.search(view.texts[start][:ROW_READ])}
    if len(quoted_rows - {None}) >= 2 and len(quoted_rows - {None}) == len(days):
        return False  # ("• Montag, 3. November, 19.30 bis 21 Uhr, Ursulinenschule: „YouTube, Facebook & Co.“, Vortrag …"
        #               under "die Medientage, die vom 3. bis 6. November stattfinden": each row an event by its own name)
    day_lines = set(days)
    if sum(_names_an_offer(view.texts[m.line], m.date) for m in mentions
           if m.line in day_lines and m.kind == "event") >= 2:
        return False  # (nor rows led by their names: "Fahrradtour durchs Stiftungsland: 21. September 10 bis 13 Uhr")
    if len(days) < 2 and starts[0] == span.line:
        # the span's own line starts the first "item" ("25.09.2024 - 27.09.2024" under the headline),
        # so the day sections ("Mittwoch, 25.09.2024" … "Donnerstag, 26.09.2024") count by their dates
        days = sorted({m.line for m in mentions if m.line > span.line and m.kind == "event"})
    inside = 0
    for start in days:
        item = next((m for m in mentions if m.line >= start and m.kind == "event"), None)
        if item is None or not resolve(view, item, span.first.year):
            return False
        inside += span.first <= item.first <= span.last
    return inside == len(days) and len(days) >= 2


def _item_end(view: PageView, start: int, n: int) -> int:
    """The last item of a list ends where a heading of a higher rank begins ("Anmeldung",
    "Kontakt" for the whole page after the "Modul 3" item)."""
    level = view.lines[start].heading or (view.lines[start + 1].heading if start + 1 < n else 0)
    if not level:
        return n
    for index in range(start + 1, n):
        if view.lines[index].heading and view.lines[index].heading < level:
            return index
    return n


def _dom_blocks(view: PageView, mentions: list[Mention]) -> list[Block] | None:
    """Items of a list or newsletter found through the page's element tree: the children of
    the smallest element holding all event dates, each holding one event date and a title
    (a heading, a bold line or a teaser link). Robust to dates above or below the title."""
    dated = sorted({m.line for m in mentions if m.kind == "event" and m.score >= 2})
    if len(dated) < 2:
        return None
    blocks = _dom_groups(view, dated, list(range(len(view.lines))))
    if blocks is None or len(blocks) < 2:
        return None
    if len(blocks) >= 3:
        return blocks
    days = set()
    for block in blocks:
        for m in mentions:
            if block.start <= m.line < block.end and m.kind == "event" and m.score >= 2:
                days.add((m.date.day, m.date.month))
                break
    return blocks if len(days) >= 2 else None


def _dom_groups(view: PageView, dated: list[int], scope: list[int], level: int = 0) -> list[Block] | None:
    """Split `scope` (line indexes) into the child elements of the smallest element holding all its
    dated lines; a child that holds several dates (a "Kommende Termine" section) is split again."""
    paths = [view.lines[i].path for i in dated]
    depth = 0
    while all(len(p) > depth for p in paths) and len({p[depth] for p in paths}) == 1:
        depth += 1
    if any(len(p) <= depth for p in paths):
        return None
    groups: dict[int, list[int]] = {}
    for index in scope:
        line = view.lines[index]
        if len(line.path) > depth and line.path[:depth] == paths[0][:depth]:
            groups.setdefault(line.path[depth], []).append(index)
    blocks = []
    dated_set = set(dated)
    for key, members in groups.items():
        inner = [i for i in members if i in dated_set]
        if not inner:
            continue
        if len(inner) > 1 and level < 3:
            nested = _dom_groups(view, inner, members, level + 1)
            if nested is None:
                return None
            blocks.extend(nested)
            continue
        title = next((i for i in members if view.labels[i] and view.labels[i].kind == "title"
                      and view.labels[i].value), None)
        if title is None:
            title = next((i for i in members if view.lines[i].heading), None)
        if title is None:
            title = next((i for i in members if (view.lines[i].linked or view.is_heading(i))
                          and not view.labels[i] and len(view.texts[i]) < 160
                          and not lex.MORE_LINK_RE.fullmatch(view.texts[i])), None)
        if title is None:
            return None  # a date without a title of its own: parts of one event, not a list
        if len(members) < 2:
            return None  # flat siblings (h2, p, p, h2 …): headings delimit the items, not elements
        blocks.append(Block(members[0], members[-1] + 1, title))
    return blocks


# "13. Leipziger Frühjahrssymposium Sprache & Kommunikation am 24. Mai" over its teaser: a news list's headline
# that names its event and ends with the event's day
HEADLINE_DAY_RE = re.compile(r"\s(?:am|vom)\s+(?:\w+,?\s+(?:den\s+)?)?$")


def _dated_headlines(view: PageView, event_lines: dict[int, list[Mention]]) -> set[int]:
    """Lines of a text page that read as such headlines, if there are two or more of them."""
    if view.page.is_html:
        return set()
    found = set()
    for index, mentions in event_lines.items():
        text, mention = view.texts[index], mentions[0].date
        following = view.texts[index + 1] if index + 1 < len(view.texts) else ""
        if len(text) < 160 and not text.rstrip().endswith((".", ":", ",")) and not view.labels[index] \
                and HEADLINE_DAY_RE.search(text[:mention.start]) and len(text) - mention.end <= 6 \
                and lex.EVENT_TITLE_WORD_RE.search(text[:mention.start]) and _is_teaser(following):
            found.add(index)
    return found if len(found) >= 2 else set()


def _is_teaser(text: str) -> bool:
    return len(text) > 60 and not d.find_dates(text[:40]) and bool(
        re.search(r"(?:[.!?“\"]|\s(?:mehr|weiterlesen|Mehr erfahren))\s*$", text))


# a paragraph of two sentences or more that opens with its day ("Am 27. Oktober ist der Tourbus … Abschließend …"; not a
# date row "Freitag, 14. Mai 2027, 19.30 Uhr, Stadtbücherei. Einlass ab 19 Uhr.")
PARAGRAPH_OPENING_WITH_DAY_RE = re.compile(r"^(?:Am|Vom|Ab|Seit|Bis)\s.{36,}?[a-zäöüß]{3}[.!?]\s+[A-ZÄÖÜ].{30,}")


def hours_passed(view: PageView, index: int) -> int:
    """The line under a day that may name its event: past a line of its hours ("Donnerstag, 3. August" / "10.30 –
    12.00 Uhr" / "Tanne oder Fichte …"), when what stands above the day is no name of its own (a paragraph, the last
    item's "Treff:" line; not "Vogelstimmenwanderung" / "Samstag, 2. Mai" / "6 Uhr" / its description), and the
    line below the hours is no day or label itself."""
    below = index + 1
    if below + 1 >= len(view.texts) or not d.CLOCK_ONLY_LINE_RE.fullmatch(view.texts[below]):
        return below
    above = view.texts[index - 1].rstrip() if index > 1 else ""  # (the page's first line heads the whole page)
    if above and not view.labels[index - 1] and not above.endswith((".", "!", "?", "“", "\"", ":")) \
            and not lex.FACT_LINE_RE.match(above) and not re.match(r"[a-zäöüß]", above):  # (nor the last item's "mit …")
        return below
    named = below + 1
    if view.labels[named] or (d.MAYBE_DATE(view.texts[named]) and d.find_dates(view.texts[named])):
        return below
    return named


MONTH_HEADING_RE = re.compile(rf"{d.MONTH_NAME}\.?(?:\s+(?:19|20)\d\d)?:?")


def title_below(view: PageView, index: int) -> bool:
    """The line below a date line reads as an event's title."""
    named = hours_passed(view, index)
    if named >= len(view.texts):
        return False
    below = view.texts[named]
    if lex.READ_ON_RE.match(below) or PARAGRAPH_OPENING_WITH_DAY_RE.search(view.texts[index]) or lex.BOILERPLATE_RE.match(below) \
            or WEB_OR_PHONE_LINE_RE.fullmatch(below.strip()):
        return False  # a paragraph that opens with its day names its event itself; nor is chrome a title
        #               ("Am 27. Oktober ist der Tourbus … vertreten. Abschließend …" / "Weiterlesen nach der Anzeige")
    if view.labels[named] or len(below) > 140 or len(below) < 6 or below.endswith((".", ":", ",", "…")) \
            or re.search(r"[a-zäöü]{3}\.\s+[A-ZÄÖÜ]", below):
        return False  # a sentence, not a title
    if lex.AUDIENCE_LINE_RE.fullmatch(below.strip()):
        return False  # "für Kinder von 6 bis 10 Jahren": whom it is for, not its name
    if MONTH_HEADING_RE.fullmatch(below.strip()):
        return False  # ("23.-27.11. Bastelwoche" over "Dezember": the next month's heading, not the row's name)
    if not view.page.is_html and index > 0 and _name_stands_above(view, index):
        return False
    if QUOTED_NAME_LINE_RE.fullmatch(below.strip()):
        # "„Eine Zeitreise …“ (ab 10 Jahren)" / "14. Februar, 13:30 Uhr" / "15. Februar, 10 Uhr" / "„Ich sehe …“": the
        # second day of the item named above, not the day of the name below
        above = index - 1
        while above > 0 and d.MAYBE_DATE(view.texts[above]) and d.find_dates(view.texts[above]) \
                and d.find_dates(view.texts[above])[0].start <= 2:
            above -= 1
        if above < index - 1 and QUOTED_NAME_LINE_RE.fullmatch(view.texts[above].strip()):
            return False
    if view.is_heading(named) or view.lines[named].linked:
        return True  # a headline or a teaser link right under the date
    if index > 0 and not view.labels[index - 1] and not (index > 1 and view.date_only(index - 2)) \
            and not lex.FACT_LINE_RE.match(view.texts[index - 1]):
        # (under another date line, the line above is that item's title: "8. Juni" / "12:00 Uhr Vortrag" / "9. Juni")
        above = view.texts[index - 1]
        if (view.is_heading(index - 1) or view.lines[index - 1].linked or (
                not view.page.is_html and view.texty_heading(index - 1))) and (
                lex.EVENT_TITLE_WORD_RE.search(above) or view.lines[index - 1].linked or re.search(r":(?!\d)", above)) \
                and not lex.ENTRY_LINK_RE.match(above):  # (not the item above's link, "Details: …")
            return False  # the title stands above the date ("Titel / 11. Mai 2027 | Online")
    mentions = d.find_dates(below)
    return not (mentions and mentions[0].start <= 2) and not gazetteer.TOWN_RE.fullmatch(below)


# a short line that says where: a street ("Maximilianstraße", "Kirchplatz 3"), a venue ("Rathaus, Saal 2", "Kirche St.
# Ludwig", "Feuerwehrhaus Musterau")
_PLACE_LINE_RE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß-]*(?:straße|str\.|platz|weg|allee|ring|gasse|damm)(?:\s+\d+\s?[a-z]?)?"
                            r"|(?:Kirche|Kapelle|Dom|Münster)\s+[A-ZÄÖÜ][\wäöüß.\s-]{2,30}"
                            r"|[A-ZÄÖÜ][\wäöüß-]*(?:haus|halle|saal|hof)(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)(?:,\s*[^,]{2,40})?")


def _place_line(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= 6 and not lex.EVENT_TITLE_WORD_RE.search(text) and not re.match(r"\S+-", text) and (
        bool(_PLACE_LINE_RE.fullmatch(text)) or bool(titles.VENUE_START_RE.match(text)) or bool(gazetteer.STREET_RE.search(text)))


# a line that is a quoted name, perhaps with its audience: "„Eine Zeitreise mit Hindernissen“ (ab 10 Jahren)"
QUOTED_NAME_LINE_RE = re.compile(r"[„\"»“][^„“”\"»«]{3,100}[“”\"«](?:\s*\([^()]{2,40}\))?")


def _name_stands_above(view: PageView, index: int) -> bool:
    """A text page's date line whose item is named by the plain line above it (no label, no date there)."""
    above, below = view.texts[index - 1], view.texts[index + 1]
    below_line, date_line = view.lines[index + 1], view.lines[index]
    if index > 2 and WEB_OR_PHONE_LINE_RE.fullmatch(above.strip()) and view.texty_heading(index - 3):
        return True  # "Digitale Bewerbungsmappe" / its text / "www.vhs-musterau.example.org/…" / the day: named above
    if view.labels[index - 1] or d.find_dates(above) or lex.FACT_LINE_RE.match(above) or lex.ENTRY_LINK_RE.match(above):
        return False  # (nor the last item's "Treff: …", nor its link "Details: …")

    def short_plain(stops: tuple[str, ...]) -> bool:
        return len(above) < 100 and not above.rstrip().endswith(stops)

    if index > 1 and _place_line(below) and short_plain((".", "!", "?", ":")):
        return True  # "Weihnachtsmarkt des Gewerbevereins" / "Freitag, 11. Dezember 2026, 16 Uhr" / "Maximilianstraße": the
        #              line below says where, the name stands above
    if QUOTED_NAME_LINE_RE.fullmatch(above.strip()) and QUOTED_NAME_LINE_RE.fullmatch(below.strip()):
        return True  # "„Ins Netz gegangen“ (ab 8 Jahren)" / "22. Februar, 13:30 Uhr" / "„Farbe rein …“ (ab 6 Jahren)": a list
        #              of quoted names over their days; the one below is the next item's
    if index > 1 and below_line.bulleted and not view.lines[index - 1].bulleted and short_plain((".", "!", "?")):
        return True  # "Elternabend Klasse 5" / "14.01.2027, 19 Uhr" / "- Raum 104": the mark sets a detail apart
    # "Sitzung des Kulturbeirats" / "24.02.2027, 9:30 Uhr" / (empty line) / "Sitzung des …": a text page's item is its
    # paragraph; the line after the empty one begins the next (a list mark opens an item: "• 13.12.2019" / (empty) / its
    # headline; "11.01.2027" / "• Elternabend": its title)
    return (below_line.after_blank and not below_line.bulleted or view.lines[index - 1].after_blank) \
        and not date_line.after_blank and not date_line.bulleted


def date_first(view: PageView, index: int, mention: Mention) -> bool:
    """The line starts with its date, perhaps after a status word ("ABGESAGT: 21.10.2026 | …")."""
    prefix = view.texts[index][:mention.date.start]
    return mention.date.start <= 2 or bool(re.fullmatch(r"\s*[A-ZÄÖÜa-zäöü!]{4,12}\s*[:!–-]?\s*", prefix)
                                            and lex.status_of(prefix + " abgesagt" if "ABGESAGT" in prefix.upper() else prefix))


def _long_row_names_event(text: str, mention: d.DateMention) -> bool:
    """A long row is a programme item when it gives a time or names an event or a quoted title in its first
    sentence; a chronicle's "12. März 2024: Der Kreistag beschließt …" does neither."""
    rest = text[mention.end:]
    first = re.split(r"[.!?]\s+(?=[A-ZÄÖÜ])", rest, maxsplit=1)[0]
    return bool(d.find_time(rest[:40]) or lex.EVENT_TITLE_WORD_RE.search(first) or re.search(r"[„\"»][^“\"«]{3,}[“\"«]", first))


# what may stand between a row's day and its time: "12.01.2027 (Di) 19.30 Uhr Elternabend", "13.02.2027, Sa., 9 Uhr: …"
ROW_LEAD_BEFORE_TIME_RE = re.compile(rf"[\s,|·–-]*(?:\(?(?:{d.WEEKDAY_NAME}|Mo|Di|Mi|Do|Fr|Sa|So)\.?\)?[\s,|·–-]*)?(?:von|ab|um)?\s*")
SPAN_END_RE = re.compile(r"\(\s*bis\s+(?:zum\s+)?\d{1,2}\.\s*\d{1,2}\.(?:\d{2,4})?\s*\)")


def _row_name(view: PageView, index: int, event_lines: dict[int, list[Mention]]) -> str | None:
    """"12.01.27 Babymassage", "9. Februar, 17 Uhr Elterncafé": the short name of a line led by its day (not a place,
    a weekday, "online" or a day off)."""
    if index < 0 or index not in event_lines or index >= len(view.texts):
        return None
    mention = event_lines[index][0]
    text = view.texts[index]
    if not date_first(view, index, mention) or len(text) > 100:
        return None
    rest = text[mention.date.end:]
    time = d.find_time(rest[:40])
    if time is not None and ROW_LEAD_BEFORE_TIME_RE.fullmatch(rest[:time.position]):
        tail = rest[time.position:]
        match = d.TIME_RANGE_RE.match(tail) or d.TIME_SINGLE_RE.match(tail)
        rest = tail[match.end():] if match else rest
    name = rest.strip(" ,:|·–-")
    # (the row's own last day is no other day: "24.07.2027 Zeltlager am Waldsee (bis 31.07.)")
    other_days = d.find_dates(SPAN_END_RE.sub("", name))
    if len(name) < 4 or not re.match(r"[A-ZÄÖÜa-zäöü„\"»]", name) or other_days or gazetteer.TOWN_RE.fullmatch(name) \
            or lex.VENUE_NOUN_RE.match(name) or re.match(rf"(?:{d.WEEKDAY_NAME})\b", name) \
            or lex.ONLINE_RE.fullmatch(name) or any(lex.DAY_OFF_PART_RE.fullmatch(part.strip()) for part in lex.DAY_OFF_SEPARATOR_RE.split(name)) or lex.NOTICE_DAY_RE.search(name) \
            or lex.DEADLINE_CUE_RE.search(name) or re.search(r"[Zz]eugnis", name):
        return None  # ("22. Januar: Halbjahreszeugnisse", "29.03.2027 Osterferien / Kita geschlossen": no one's event)
    return name


def _rows_of_their_own(view: PageView, event_lines: dict[int, list[Mention]]) -> set[int]:
    """The rows led by their day that are each an event of their own: in a run of such rows that all give a short
    name (a list that mixes in days off or notices, "5. März: Ferien" / "12. März: Zeugnisse", is read as before), a
    row whose name is an event's or leads with a kind of event ("Elterncafé", "Vortrag Pubertät") beside another named
    row. Read in one pass: a calendar of thousands of rows asks once per row."""
    own: set[int] = set()
    run: list[int] = []
    for index in sorted(event_lines) + [-1]:
        if index >= 0 and date_first(view, index, event_lines[index][0]) and (not run or index == run[-1] + 1):
            run.append(index)
            continue
        names = [_row_name(view, row, event_lines) for row in run]
        if len(run) >= 2 and all(names):
            own |= {row for row, name in zip(run, names)
                    if lex.EVENT_TITLE_WORD_RE.search(name) or prose.EVENT_NOUN_RE.match(name)}
        run = [index] if index >= 0 and date_first(view, index, event_lines[index][0]) else []
    return own


# the perfect of a news post: "hat den Schulentscheid gewonnen", "haben ihre Ausbildung abgeschlossen"
HAS_HAPPENED_RE = re.compile(r"\b(?:hat|haben|hatte|hatten)\b[^.!?]{0,80}\b(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]+iert|"
                             r"[a-zäöüß]+ge[a-zäöüß]{3,}(?:t|en))\b")


def _rows_over_their_text(view: PageView, event_lines: dict[int, list[Mention]]) -> set[int]:
    """A programme whose items each lead with their day and name, their text below: "15.04. Osternest und Osterei",
    two lines on dyeing eggs, "Montag, 14:30-16:30 Uhr", then "17.04. Alle Vögel sind schon da". Each such row heads
    its item (not the audience or meeting point that ends the item above). Three rows at least, every one of the
    page's rows led by a day of this shape, and text between them that gives no day of its own."""
    rows = [index for index in sorted(event_lines) if date_first(view, index, event_lines[index][0])]
    if len(rows) < 3:
        return set()
    said = 0  # rows whose name says something ("Alle Vögel sind schon da"): a song may name an item, a chronicle may not
    for row, following in zip(rows, rows[1:] + [None]):
        name = _row_name(view, row, event_lines)
        rest = view.texts[row][event_lines[row][0].date.end:]
        if name is None or name.rstrip().endswith((".", "!", ":")) or view.labels[row] \
                or (following is not None and following == row + 1) or d.find_time(rest[:60]) \
                or re.match(r"\s*,", rest) or "," in name:
            return set()  # (a row of day, hour and place under its title, "06.03., 9 Uhr, Parkplatz Waldbad", is no name)
        said += bool(lex.FINITE_VERB_RE.search(name))
        between = range(row + 1, following if following is not None else min(len(view.texts), row + 6))
        if following is not None and any(
                not d.RELATIVE_DAY_RE.fullmatch(view.texts[i][m.date.start:m.date.end])
                for i in between for m in event_lines.get(i, ())):
            return set()  # (an item's "Heute lernen wir …" is its own day, not a day of its own)
        if any(lex.PAST_REPORT_RE.search(view.texts[i]) or HAS_HAPPENED_RE.search(view.texts[i]) for i in between):
            return set()  # a list of news posts ("02.12. Erfolg beim Vorlesewettbewerb" / "Lina hat … gewonnen")
    return set(rows) if 2 * said <= len(rows) else set()


def _short_named_row(text: str, mention: d.DateMention) -> bool:
    """"11. Februar: Spieleabend": a day, a colon and an event's short name."""
    rest = re.match(r"\s*:\s*(?P<name>[A-ZÄÖÜ][\wäöüß-]+)\s*$", text[mention.end:])
    return mention.start <= 3 and bool(rest) and bool(lex.EVENT_TITLE_WORD_RE.fullmatch(rest.group("name")))


DASHED_ROW_HEAD_RE = re.compile(r"[A-ZÄÖÜ„\"»][^.!?]{2,100}?\s[–-]\s*")
# one course's meetings: "Erster Abend", "2. Termin", "Teil 3", "Letzter Kurstag"
SESSION_NAME_RE = re.compile(r"(?:(?:Erste|Zweite|Dritte|Vierte|Fünfte|Sechste|Letzte)[rsn]?|\d{1,2}\.)\s+"
                             r"(?:Abend|Termin|Tag|Treffen|Sitzung|Kurstag|Kursabend|Modul|Teil|Block)|"
                             r"(?:Teil|Modul|Termin|Block|Sitzung)\s+\d{1,2}")
# a row of a procedure's days, not an offer's: "Nachmeldung: 8. März 2027, 8 bis 12 Uhr", "Abgabe: …", "Anmeldeschluss: …"
NOT_AN_OFFER_NAME_RE = re.compile(r"(?i:meldung|anmeld|frist|schluss|bewerbung|abgabe|ausgabe|zeugnis|ferien)")
PERSON_LEAD_RE = re.compile(r"(?:Frau|Herr|Dr\.|Prof\.)\s")
COLON_ROW_HEAD_RE = re.compile(r"(?P<name>[A-ZÄÖÜ„\"»][^.!?:]{2,100}?)\s*:\s*")


def _name_led_row(text: str, mention: d.DateMention) -> bool:
    """A row led by its name, a dash and its day ("Kochabend für Väter – 20. Januar 2027, Lehrküche"), or by its name,
    a colon and its day with its hour ("Fahrradtour durchs Stiftungsland: 21. September 10 bis 13 Uhr, Treffpunkt …")."""
    head = text[:mention.start]
    if d.MAYBE_DATE(head):
        return False
    if DASHED_ROW_HEAD_RE.fullmatch(head):
        # (its name names an event: not the towns of one event's tour, "Bad Wildungen – Mittwoch, 01. Oktober 2027")
        return bool(lex.EVENT_TITLE_WORD_RE.search(head) or re.search(r"[„\"»]", head))
    return colon_row_name(text, mention) is not None


def _names_an_offer(text: str, mention: d.DateMention) -> bool:
    """A row led by its name and a colon, a name of a few words that is not a programme's part: "Fahrradtour durchs
    Stiftungsland: 21. September …" in a week of offers, not "Eröffnung: 3. Juni, 18 Uhr" in a congress' days."""
    name = colon_row_name(text, mention)
    return name is not None and len(name.split()) >= 2 and not (
        lex.PROGRAMME_ITEM_RE.match(name) or lex.PROGRAMME_PART_RE.search(name))


def _one_day_s_programme(text: str, other_text: str, mention: d.DateMention, other: d.DateMention) -> bool:
    """"Begrüßung: 12. März, 9 Uhr" over "Impulsvortrag: 12. März, 9.30 Uhr": rows led by a colon on one day are the
    parts of that day's event."""
    return colon_row_name(text, mention) is not None and colon_row_name(other_text, other) is not None \
        and (mention.day, mention.month) == (other.day, other.month)


def colon_row_name(text: str, mention: d.DateMention) -> str | None:
    """The name of a row led by its name, a colon and its day with its hour: "Fahrradtour durchs Stiftungsland:
    21. September 10 bis 13 Uhr, Treffpunkt …"."""
    colon = COLON_ROW_HEAD_RE.fullmatch(text[:mention.start])
    if colon is None or d.find_time(text[mention.end:mention.end + 30]) is None:
        return None
    name = colon.group("name").strip()
    # (not a label, "Termin: 21. September", nor a town's, "Kiel: 15.09.2024", nor a sentence's "Es gilt: …")
    if label_of(name + ":") or lex.FINITE_VERB_RE.search(name) or gazetteer.TOWN_RE.fullmatch(name) \
            or NOT_AN_OFFER_NAME_RE.search(name) \
            or PERSON_LEAD_RE.match(name) or lex.WEEKDAY_RE.fullmatch(name) or SESSION_NAME_RE.fullmatch(name):
        return None  # (nor a person's, "Frau Beispiel: 4. März, 15–17 Uhr Sprechstunde", nor a day's, "Freitag: 25. Juni")
    return name


def _in_a_run_of_dated_rows(view: PageView, index: int, event_lines: dict[int, list[Mention]]) -> bool:
    """"25. September 2019, 19 Uhr: „Seebrücke“, die Seenotretter berichten … Die Veranstaltung findet …" with
    "26. September 2019, 19.30 Uhr: …" below: a programme's rows, each a paragraph led by its day."""
    return any(other in event_lines and date_first(view, other, event_lines[other][0])
               and item_rest(view.texts[other], event_lines[other][0].date) is not None
               for other in (index - 2, index - 1, index + 1, index + 2) if 0 <= other < len(view.texts))


# a council body's name at the head of a row: "Ausschuss für Schule und Weiterbildung", "Haupt- und
# Finanzausschuss", "Integrationsrat", "Rat", "Kreistag"
BODY_ROW_RE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?(?:(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:[Aa]usschuss|[Bb]eirat|[Kk]onvent)|Rat|"
                         r"(?:Stadt|Gemeinde|Kreis|Orts|Ortschafts|Bezirks|Stadtbezirks|Integrations|Senioren|Jugend|Eltern|"
                         r"Schul|Bildungs|Landesfamilien|Personal)rat|(?:Kreis|Land|Bundes|Bezirks)tag)"
                         r"(?:\s+für\s+[A-ZÄÖÜ]|\s*$|\s*,)")


PLACE_THEN_QUOTED_NAME_RE = re.compile(r"[^:;„“\"]{3,80}:\s*(?=[„\"][^„“”\"]{3,100}[“”\"])")  # ("VHS-Haus, Raum 104: „…“")


def item_rest(text: str, mention: d.DateMention) -> str | None:
    """For a list line "21.3.2027: Titel" or "Di., 14. Sept. 2027, 10:00–11:30 Uhr: Titel (online)" or
    "08.10.2026 | Titel | online": the text after the date, time and separator; None if not such a line."""
    rest = text[mention.end:]
    time = d.find_time(rest[:40])
    timed = False
    if time is not None and ROW_LEAD_BEFORE_TIME_RE.fullmatch(rest[:time.position]):
        tail = rest[time.position:]
        match = d.TIME_RANGE_RE.match(tail) or d.TIME_SINGLE_RE.match(tail)
        if match:
            rest, timed = tail[match.end():], True
    separator = re.match(r"\s*(?::|[|–]\s|\s[|–]\s)\s*", rest)
    if not separator and timed:
        # "Mittwoch, 21. Februar, 16.30 bis 19 Uhr, Tag der offenen Tür.": the name after the hours and a comma (not
        # the place: "Mittwoch, 20. September, 19 Uhr, Aula des Gymnasiums")
        separator = re.match(r",\s+(?=[A-ZÄÖÜ„\"])", rest)
        named_after_place = PLACE_THEN_QUOTED_NAME_RE.match(rest, separator.end()) if separator else None
        if named_after_place:
            # "Montag, 3. November, 19.30 bis 21 Uhr, Ursulinenschule: „YouTube, Facebook & Co.“, Vortrag …": the
            # place, a colon, and the row's own quoted name
            return prose.first_quoted(rest[named_after_place.end():])
        place = rest[separator.end():].split(",")[0].strip(" .") if separator else ""
        if separator and (lex.VENUE_NOUN_RE.search(place) or lex.VENUE_NOUN_RE.search(place.split(" ")[0])
                          or gazetteer.TOWN_RE.fullmatch(place) or not lex.EVENT_TITLE_WORD_RE.search(place)):
            return None  # (nor a price, a platform, a person or a label: "Eintritt frei", "Online über Zoom")
    if not separator and (timed or mention.end_day is not None) and re.match(r"\s*[A-ZÄÖÜ„\"]", rest):
        separator = re.match(r"\s*", rest)  # a calendar export: "15.03.2027 10:00 - 12:00 Netzwerktreffen …"
    if not separator and not timed and re.match(r"\s+[A-ZÄÖÜ]", rest) and BODY_ROW_RE.match(rest.strip()):
        # "19.11.2014 Ausschuss für Kinder, Jugendliche und Familien", "10.12.2014 Rat": a council paper's
        # "Beratungsfolge", each row a sitting of a body that deliberates the paper
        return rest.strip().rstrip(",")
    by_comma = False
    if not separator and not timed and mention.weekday is not None and re.match(r",\s+[A-ZÄÖÜ„\"]", rest) \
            and not lex.DEADLINE_CUE_RE.match(rest.lstrip(", ")):  # (not "…, Anmeldeschluss für den Basar")
        # "Donnerstag, 23. November, AG Kita, Schule, Ausbildung": a municipal list's row, weekday, day and name
        separator, by_comma = re.match(r",\s+", rest), True
    if not separator or not rest[separator.end():].strip():
        return None
    rest = rest[separator.end():].strip()
    if by_comma:
        if len(rest) < 6 or gazetteer.TOWN_RE.fullmatch(rest) or lex.VENUE_NOUN_RE.search(rest.split(",")[0]) or \
                re.search(r"\bUhr\b|\d{1,2}[:.]\d{2}|ganztägig", rest, re.I) or rest.endswith("."):
            return None  # "Montag, 4. Dezember, Stadthalle", "…, 19 Uhr", a sentence: no name
        return rest
    first = re.split(r"\s[|·]\s|,\s", rest)[0].strip(" ()")
    if len(first) < 12 or lex.ONLINE_RE.fullmatch(first) or gazetteer.TOWN_RE.fullmatch(first) or \
            re.search(r"\bUhr\b|\d{1,2}[:.]\d{2}|ganztägig", first, re.I):
        return None  # "| Online", "| Leipzig", "| 10:00 Uhr": details of a teaser whose title is elsewhere
    return rest
