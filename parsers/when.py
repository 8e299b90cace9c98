"""When an event takes place: its day (the best-scored date candidate of its segment), its times,
its end, a partial or tentative date, and its registration deadline."""
from __future__ import annotations

import re
from datetime import date

from . import dates as d
from . import lexicon as lex
from . import prose
from .content import OLDEST_PAGE_YEAR, TIME_ONLY_LINE_RE, PageView, iso_date
from .event import FROM_LABEL, FROM_PROSE, Event
from .labels import label_of
from .mentions import BEGINS_ON, HAS_DIGIT, Mention, resolve
from .segment import Block, Draft

# the sentence after the date speaks of the same event and gives its hours
SENTENCE_BREAK_RE = re.compile(r"(?<=[a-zäöü]{3})\.\s+(?=[A-ZÄÖÜ])")
CLOCK_FROM_RE = re.compile(r"\b(?:[Aa]b|[Uu]m|[Vv]on)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr|bis|[–-]\s*\d)")
NEXT_SENTENCE_TIME_RE = re.compile(r"(?:Das|Die|Der|Es|Sie|Er)\s+(?:[\wäöüß-]+\s+)?(?:findet|beginnt|dauert|läuft|startet)\b"
                                   # the day's opening at its hour: "Um 10 Uhr wird der Tag musikalisch in der Aula eröffnet."
                                   r"|Um\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr\s+(?:wird|werden)\s+(?:der|die|das)\s+(?:Tag|Veranstaltung|Fest|"
                                   r"Programm|Abend|Nachmittag|Vormittag)\b[^.!?]{0,80}\beröffnet\b")
BEGIN_RE = re.compile(r"\b(?:Veranstaltungs|Programm|Kurs|Vortrags|Workshop)?[Bb]eginn\w*\s+(?:ist\s+)?(?:(?:am|an|des|der|dem|ersten|Tag|Tages)\s+){0,4}(?:um\s+|gegen\s+|ab\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr", re.I)
END_RE = re.compile(r"(?<=[.!?]\s)Bis\s+(?P<until>[01]?\d|2[0-3])(?:[:.](?P<until_m>[0-5]\d))?\s*Uhr\s+(?:kann|können|wird|werden)\b|"  # ("… eröffnet. Bis 12 Uhr kann dann geknobelt … werden")
                    r"\bEnde\w*\s+(?:ist\s+)?(?:(?:am|an|des|der|dem|zweiten|dritten|letzten|Tag|Tages)\s+){0,4}(?:für\s+|um\s+|gegen\s+|ca\.\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr", re.I)


# a line that is one sentence of running text: a capital, a finite "findet … statt" or "lädt … ein", a full stop
WHOLE_SENTENCE_RE = re.compile(r"[A-ZÄÖÜ][^\n]{20,}\s(?:statt|ein)\.")


PARTIAL_HOURS_REACH = 40  # (the hours right after a day that has no year)
SAID_AGAIN_HOUR_REACH = 20  # "am selben Tag um 14.30 Uhr"


def _day_said_again_under_its_heading(view: PageView, block: Block, mentions: list[Mention]) -> list[Mention]:
    """A round-up's section under a heading of its own whose only day is the day before said again with an hour ("Krimis
    aus ganz Deutschland" / "… kommt am selben Tag um 14.30 Uhr auf seine Kosten"): that day is its event's (elsewhere a
    day said again is one more event's only where a sentence names it)."""
    if block.title_line is None or view.page.is_html or not view.texty_heading(block.title_line) or len(mentions) != 1:
        return []
    mention = mentions[0]
    text = view.texts[mention.line]
    if mention.kind != "event" or not d.SAME_DAY_RE.fullmatch(text[mention.date.start:mention.date.end]) \
            or not d.find_time(text[mention.date.end:mention.date.end + SAID_AGAIN_HOUR_REACH]):
        return []
    return [mention]


def pick_date(view: PageView, draft: Draft, block: Block, mentions: list[Mention], year_hint: int | None) -> bool:
    """The event's day: the best-scored event date of the segment (the TYPO3 event-date element
    counts as one); a labelled "Datum" without a time yields to a timed date in a news text."""
    event = draft.event
    candidates = [m for m in mentions if m.kind == "event" and m.score >= 2]
    # the TYPO3 event-date element: a <time datetime> above the title, not a publication date
    for element in view.page.time_elements:
        if element.event_hint and block.start <= element.line_index < block.end + 1:
            day = iso_date(element.value)
            if day and not any(m.line == element.line_index for m in candidates):
                fake = d.DateMention(0, 0, day.day, day.month, day.year, None)
                candidates.append(Mention(min(element.line_index, block.end - 1), fake, "event", 9))
    if not candidates:
        candidates = _day_said_again_under_its_heading(view, block, mentions)
    if not candidates:
        return False
    best = max(candidates, key=lambda m: (m.score, -m.line))
    if view.labels[best.line] and view.labels[best.line].word.lower() == "datum" or (
            best.line > 0 and view.labels[best.line - 1] and view.labels[best.line - 1].word.lower() == "datum"):
        # A bare "Datum: 30.06.2027" on a news item is when it was posted; a date in the text that
        # comes with a clock time is the event.
        timed = [m for m in candidates if m is not best and m.line != best.line
                 and d.find_time(view.texts[m.line][m.date.end:m.date.end + 80])
                 and (m.date.day, m.date.month) != (best.date.day, best.date.month)]
        if timed and not d.find_time(view.texts[best.line]) and view.looks_like_news():
            best = max(timed, key=lambda m: (m.score, -m.line))
    # a labelled date without a time loses to a prose date with one ("Datum:" on news pages)
    if not resolve(view, best, year_hint):
        others = [m for m in candidates if m is not best and resolve(view, m, year_hint)]
        if not others:
            # a day without a year the page can pin ("am 19. und 20. März" in an undated
            # article): the event is announced, its year unknown; never the crawl year
            if best.date.year is None and best.date.month:
                event.start_partial = f"--{best.date.month:02d}-{best.date.day:02d}"
                event.note("start_partial", FROM_PROSE, view.texts[best.line][:200])
                draft.date_line = best.line
                hours = d.find_time(view.texts[best.line][best.date.end:best.date.end + PARTIAL_HOURS_REACH])
                if hours is not None and not event.start_time:
                    # ("Montag, 3. November, 19.30 bis 21 Uhr" in an article that prints no year: the hours at least)
                    event.start_time, event.end_time = hours.start, hours.end
            return False
        best = max(others, key=lambda m: (m.score, -m.line))
    if best.date.end_day is None:
        best = _span_holding(view, best, candidates, year_hint) or _run_from_its_opening(view, best, candidates, year_hint) \
            or best
    if _past_report_in_the_future(view, best):
        # "veranstaltete der Burgenlandkreis am 29. März eine Bildungskonferenz": a report of a day
        # whose year the page never gives; read from the crawl date it would land in the future
        event.start_partial = f"--{best.date.month:02d}-{best.date.day:02d}"
        event.note("start_partial", FROM_PROSE, view.texts[best.line][:200])
        draft.date_line = best.line
        return False
    set_when(view, draft, best)
    return True


def time_from_words(event: Event, words: str) -> None:
    """An all-day event of a list sentence takes the clock time its own words give."""
    found = d.find_time(words)
    if found is not None:
        time_from_range(event, found, words)


def time_from_range(event: Event, found: d.TimeRange, words: str) -> None:
    """An all-day event takes a clock time read from `words`."""
    if not event.start:
        return
    day = date.fromisoformat(event.start[:10])
    event.start, event.start_time, event.all_day = d.iso(day, found.start), found.start, False
    if found.end and (event.end is None or event.end[:10] == event.start[:10]):
        event.end, event.end_time = d.iso(day, found.end), found.end
    event.note("start", FROM_PROSE, words[:200])


def _span_holding(view: PageView, day: Mention, candidates: list[Mention], year_hint: int | None) -> Mention | None:
    """"25.09.2024 - 27.09.2024" under the headline and "Mittwoch, 25.09.2024" over the first day's
    programme: the event lasts the span; its first programme day is only where the times are."""
    for span in candidates:
        # (or earlier in the same paragraph, in a sentence that names an event: "Am 05. und 06. November findet der
        # Bildungstag statt. Der Praxistag …"; not "Vom 10. bis 14. Mai ist die Klasse 7 auf Klassenfahrt")
        if span.date.end_day is None or not (span.line < day.line or span.line == day.line
                                             and span.date.start < day.date.start):
            continue
        if resolve(view, span, year_hint) and span.last is not None and span.first <= day.first <= span.last and (
                span.line < day.line or lex.EVENT_WORD_RE.search(
                    prose.sentence_around(view.texts[span.line], span.date.start, span.date.end))):
            return span  # (the sentence read last: on a long line each sentence costs its length)
    return None


# "Beginn ist am Sonntag, 20. September mit dem Kinofilm …" and "… finden die Interkulturellen Wochen am 2. Oktober ihren
# Abschluss": a run's opening day and its closing day, each said in a sentence of its own
OPENING_BEFORE_RE = re.compile(rf"\b(?:{BEGINS_ON}|"
                               r"(?:beginnt|beginnen|startet|starten|eröffnet|eröffnen)\b[^.!?]{0,60}?\bam\s+|"
                               # ("Den Auftakt macht am …", "Los geht es am …", "Eröffnet werden die Tage am …")
                               r"(?:[Dd]en\s+)?Auftakt\s+(?:macht|bildet|gibt)\b[^.!?]{0,60}?\bam\s+|[Ll]os\s+geht\s+es\s+am\s+|"
                               r"Eröffnet\s+(?:wird|werden)\b[^.!?]{0,60}?\bam\s+)$")
CLOSING_AFTER_RE = re.compile(r"^[^.!?]{0,80}?\b(?:ihren|seinen|den)\s+Abschluss\b|^[^.!?]{0,40}?\b(?:endet|enden|schließt|schließen)\b"
                              r"|^[^.!?]{0,60}?\bzu\s+Ende\b")
CLOSING_BEFORE_RE = re.compile(r"\b(?:Abschluss|Ausklang|Schlusspunkt)\b[^.!?]{0,60}$")
RUN_FROM_OPENING_LONGEST = 42  # days: an action week or weeks, a festival


def _run_from_its_opening(view: PageView, closing: Mention, candidates: list[Mention], year_hint: int | None) -> Mention | None:
    """The day a run closes on, with the day it opened on said before it in the same paragraph: the run from the one
    to the other (a week's days, not its closing item alone)."""
    text = view.texts[closing.line]
    if not (CLOSING_AFTER_RE.match(text[closing.date.end:]) or CLOSING_BEFORE_RE.search(text[:closing.date.start])):
        return None
    for opening in candidates:
        # (in the same paragraph: on the closing's line before it, or on the line above, a paragraph wrapped in two)
        if opening.line not in (closing.line, closing.line - 1) or opening.date.end_day is not None \
                or opening.line == closing.line and opening.date.start >= closing.date.start:
            continue
        said = view.texts[opening.line]
        if not OPENING_BEFORE_RE.search(said[max(0, opening.date.start - 80):opening.date.start]):
            continue
        if resolve(view, opening, year_hint) and resolve(view, closing, year_hint) and opening.first and closing.first \
                and 0 < (closing.first - opening.first).days <= RUN_FROM_OPENING_LONGEST:
            return Mention(opening.line, opening.date, opening.kind, opening.score, opening.first, closing.first)
    return None


def _past_report_in_the_future(view: PageView, mention: Mention) -> bool:
    if mention.date.year is not None or view.publication_date or view.crawl_date is None \
            or mention.first is None or mention.first <= view.crawl_date:
        return False
    day = (mention.date.day, mention.date.month)
    for text in view.texts[:200]:  # any sentence of the page that reports this day in the past tense
        if not d.MAYBE_DATE(text):
            continue
        found = d.find_dates(text)
        for other in found:
            if (other.day, other.month) == day and other.year is None:
                # ("… durchgeführt – in A am 11. Februar, in B am 11. März 2027": the paragraph gives the year)
                sentence = prose.sentence_around(text, other.start, other.end)
                if (lex.PAST_REPORT_RE.search(sentence) or lex.PAST_REPORT_OF_ITS_DAY_RE.search(
                        prose.clause_around(text, other.start, other.end))) and not any(m.year for m in found):
                    return True
    return False


NEARBY_TEXT = 3_000  # how far from its date a paragraph says an event's hours or that it lasts all day


# an hour right after the day, without "Uhr", before a verb: " um 16 kommen", ", um 9.30 beginnt"
BARE_HOUR_AFTER_DATE_RE = re.compile(r"\s*,?\s*um\s+(?P<hour>\d{1,2})(?:[.:](?P<minute>[0-5]\d))?\s+(?=[a-zäöüß]{3,})"
                                     r"(?!(?:und|bis|oder|Uhr|uhr|h)\b)"
                                     # "am Samstag, 13.12.25, 17.00 in der Friedenskirche": hour and minutes after a
                                     # comma, a place's preposition after them (not "17.00 Euro")
                                     r"|\s*,\s*(?P<hour2>\d{1,2})[.:](?P<minute2>[0-5]\d)(?=\s+(?:in|im|am|an|auf|bei|vor)\s)")
# two days joined with nothing between them but "und am": ", sowie am Donnerstag, ", " und am "
DAY_JOINED_RE = re.compile(rf"\s*,?\s*(?:und|sowie)\s+(?:auch\s+)?am\s+(?:(?:{d.WEEKDAY_NAME}),?\s+(?:den\s+)?)?")


def set_when(view: PageView, draft: Draft, mention: Mention) -> None:
    """Start, end and times from the chosen date and what stands around it."""
    event = draft.event
    draft.date_line = mention.line
    text = view.texts[mention.line]
    date_mention = mention.date
    start_time = end_time = None
    inner = text[date_mention.start:date_mention.end]
    if date_mention.end_day is not None:
        inner_time = d.find_time(inner)
        if inner_time:
            start_time = inner_time.start
            after_time = d.find_time(text[date_mention.end:date_mention.end + 40])
            end_time = after_time.start if after_time else None
    if start_time is None:
        # (whether another date follows in the paragraph, and where: read near the date, not over a 10 MB line)
        following = d.find_dates(text[date_mention.end:date_mention.end + NEARBY_TEXT])
        limit = following[0].start if following else 160
        window = text[date_mention.end:date_mention.end + min(limit, 160)]
        sentences = SENTENCE_BREAK_RE.split(window)
        time = d.find_time(sentences[0])
        bare = BARE_HOUR_AFTER_DATE_RE.match(window) if time is None else None
        hour_group = ("hour" if bare.group("hour") else "hour2") if bare else None
        if bare and 6 <= int(bare.group(hour_group)) <= 23:
            # "Am Montag, dem 27. Oktober um 16 kommen die Kinder auf ihre Kosten": an hour without "Uhr" (a count
            # would be followed by its noun, capitalised)
            minute = bare.group("minute") or bare.group("minute2") or "00"
            time = d.TimeRange(f"{int(bare.group(hour_group)):02d}:{minute}", None, bare.start(hour_group))
        if time is None and following and DAY_JOINED_RE.fullmatch(text[date_mention.end:date_mention.end + following[0].start]):
            # "Am Dienstag, 28. September, sowie am Donnerstag, 30. September, findet zwischen 12 und 15 Uhr …": the
            # hours said after the last day are each day's
            later_end = date_mention.end + following[0].end
            time = d.find_time(SENTENCE_BREAK_RE.split(text[later_end:later_end + 160])[0])
        if time is None and len(sentences) > 1 and re.match(r"(?:Von|Ab|Um|Beginn|Zeit|Uhrzeit)\b", sentences[1]):
            time = d.find_time(sentences[1][:60])
        if time is None and len(sentences) > 1 and NEXT_SENTENCE_TIME_RE.match(sentences[1]):
            time = d.find_time(sentences[1][:120])  # "… am 19. November. Das Netzwerktreffen findet von 15 bis 18 Uhr … statt."
        if time is None:
            time = begin_end_sentences(text[date_mention.end:date_mention.end + NEARBY_TEXT])
        if time is None:
            # "Am Sonntag, 26. Oktober, präsentieren die Einrichtungen … im Mehrgenerationenhaus von 14 bis 17 Uhr
            # ihr Angebot": the hours later in the date's own sentence
            rest = SENTENCE_BREAK_RE.split(text[date_mention.end:date_mention.end + 400])[0]
            hours = lex.HOURS_RE.search(rest)
            if hours and not d.find_dates(rest[:hours.start()]) and not lex.OFFICE_HOURS_RE.search(rest[:hours.end()]):
                time = d.find_time(rest[hours.start():])
        if time is None:
            # "… laden zum 10. Elterntag am 26. Oktober ein. Das Thema … In Themenräumen … Die Veranstaltung findet von
            # 10:00–16:00 Uhr im Landesinstitut statt.": a later sentence of the paragraph that says when it runs, before
            # any other day the paragraph names
            reach = min(800, following[0].start) if following else 800
            later = SENTENCE_BREAK_RE.split(text[date_mention.end:date_mention.end + reach])[1:6]  # (the next sentence
            #       too: the window above holds only the date sentence's first 160 characters)
            clock = next(((part, CLOCK_FROM_RE.search(part)) for part in later
                          if NEXT_SENTENCE_TIME_RE.match(part) and CLOCK_FROM_RE.search(part)), None)
            if clock:
                time = d.find_time(clock[0][clock[1].start():])
                at = later.index(clock[0])
                until = END_RE.search(". ".join(later[at:at + 2])) if time and time.end is None else None
                if until and _end_hour(until) > time.start:
                    # "Um 10 Uhr wird der Tag … eröffnet. Bis 12 Uhr kann dann geknobelt … werden."
                    time = d.TimeRange(time.start, _end_hour(until), time.position)
        if time is None and not following and event.title:
            # "Am 9. Juni findet die zweite Leipziger „Nacht der Ausbildung“ statt. … Zur „Nacht der Ausbildung“ können
            # Jugendliche … von 16 bis 24 Uhr …": a later sentence that names the event by its own name gives its hours
            time = _hours_of_named_event(event.title, SENTENCE_BREAK_RE.split(text[date_mention.end:date_mention.end + 800])[1:6])
        if time is None and len(sentences) > 1 and not following:
            # "… ist am Dienstag, 18. November 2008, Schauplatz einer Bildungskonferenz. Unter dem Motto „…“
            # laden … ab 9.30 Uhr in das … ein.": the next sentence of a paragraph with no other day
            rest = SENTENCE_BREAK_RE.split(text[date_mention.end:date_mention.end + 600])
            clock = CLOCK_FROM_RE.search(rest[1]) if len(rest) > 1 else None
            if clock:
                time = d.find_time(rest[1][clock.start():])
        if time is None:
            time = _time_nearby(view, mention.line, span=date_mention if date_mention.end_day is not None else None) \
                or _time_of_same_day_nearby(view, mention) \
                or _hours_on_its_weekday(view, mention)
        if time is None and (view.is_heading(mention.line) or view.date_only(mention.line)):
            time = _time_in_following_lines(view, mention.line)
        if time is None:
            time = _hour_under_its_item(view, mention.line)
        if time is None and view.labels[mention.line] and view.labels[mention.line].kind == "date":
            time = _time_in_fact_box(view, mention.line)
        if time is None:
            time = _begin_in_following_lines(view, mention.line, (date_mention.month, date_mention.day))
        if time is None and prose.is_paragraph(text) and date_mention.end_day is None:
            time = _hours_in_next_paragraphs(view, mention.line, (date_mention.day, date_mention.month))
            # (a fair of two days has its hours per day)
        if time and time.end is None:
            end = END_RE.search(text, date_mention.end + time.position, date_mention.end + time.position + 160)
            if end:
                finish = _end_hour(end)
                time = d.TimeRange(time.start, finish if finish > time.start else None, time.position)
        if time:
            start_time, end_time = time.start, time.end
    snippet = text if len(text) < 200 else inner
    # a well-marked date in running text is still prose: the paragraph may name other events on other days
    # (and so is a line that is one whole sentence of one day: "Der Elternabend … findet am 3. März 2027 um 19 Uhr
    # statt."; a congress's "findet vom 12. bis 14. März statt" keeps its programme's days as its own)
    labelled = view.labels[mention.line] or (mention.score >= 6 and not prose.is_paragraph(view.texts[mention.line])
                                             and not (mention.date.end_day is None
                                                      and WHOLE_SENTENCE_RE.fullmatch(view.texts[mention.line].strip())))
    event.note("start", FROM_LABEL if labelled else FROM_PROSE, snippet)
    # (near the date: a paragraph of 200,000 characters is not read whole for each of its events)
    marked = lex.ALL_DAY_RE.search(text, max(0, date_mention.start - NEARBY_TEXT), date_mention.end + NEARBY_TEXT)
    # "(ganztägig)" instead of a time; "eine ganztägige Bildungskonferenz … ab 9.30 Uhr" keeps its start
    all_day_marked = bool(marked) and not (re.match(r"e[nrms]?\b", text[marked.end():]) and start_time)
    first, last = mention.first, mention.last
    if all_day_marked:
        start_time = end_time = None
    event.start = d.iso(first, start_time)
    event.end = None  # (set again for a moved event: the old day's end is not the new one's)
    event.all_day = start_time is None
    if last and last != first:
        event.end = d.iso(last, end_time or (None if start_time is None else None))
        if start_time and not end_time:
            event.end = d.iso(last)
    elif end_time:
        event.end = d.iso(first, end_time)
    event.start_time, event.end_time = start_time, end_time
    if event.end is None:
        _end_from_label(view, mention, event)
    if lex.TENTATIVE_RE.search(text) or lex.TENTATIVE_RE.search(view.texts[mention.line - 1] if mention.line else ""):
        event.date_tentative = True


def _end_from_label(view: PageView, mention: Mention, event: Event) -> None:
    """"Ende: 15.06.2027 - 16:00" or "Bis: 16:00 Uhr" a few lines below the start."""
    for index in range(mention.line + 1, min(len(view.texts), mention.line + 5)):
        label = view.labels[index]
        if not label or label.kind != "end":
            continue
        value = label.value or (view.texts[index + 1] if index + 1 < len(view.texts) else "")
        dates = d.find_dates(value)
        last = mention.first
        if dates:
            resolved = dates[0].resolve(view.reference, mention.first.year)
            if resolved:
                last = resolved[0]
        time = d.find_time(value[dates[0].end:] if dates else value)
        if time is None and last == mention.first:
            return
        event.end = d.iso(last, time.start if time and not event.all_day or time and last == mention.first else None)
        if time and event.all_day and last == mention.first:
            event.end = None
        event.end_time = time.start if time else None
        event.note("end", FROM_LABEL, view.texts[index])
        return


# a fact box's bare word over its value: "Zeit" / "9:00 Uhr bis 16:30 Uhr"
BARE_TIME_WORD_RE = re.compile(r"(?:Uhrzeit|Zeit|Beginn)\s*:?")


def _time_nearby(view: PageView, line_index: int, span: d.DateMention | None = None) -> d.TimeRange | None:
    """A time given apart from the date: "Uhrzeit: 10:00–13:00 Uhr", the TYPO3 ", 09:00 – 12:00" (for a span of days,
    not a paragraph below that gives a day of its own: "Um 15.00 Uhr am 15. Juni beginnt … eine geführte Wanderung" in
    the week "vom 15. Juni bis zum 23. Juni" is one item's hour)."""
    # below the date first: in a list of rows, the line above is the previous row's "Zeit:"
    # (nor are the lines above the hours of this day when another day's row stands over them: "13.02. Kinderfasching" /
    # "Einlass ab 14 Uhr" over "20.03. Frühjahrsputz")
    above = [line_index - 1, line_index - 2] if not any(
        d.led_by_a_day(view.texts[i]) for i in range(max(0, line_index - 3), line_index)) else []
    for index in [*range(line_index + 1, min(len(view.texts), line_index + 4)), *above]:
        if index < 0 or index in view.publication_lines:
            continue  # (nor a byline's clock: "Von Erika Beispiel 30.01.2012, 05:38")
        label = view.labels[index]
        text = view.texts[index]
        if span and prose.is_paragraph(text) and d.MAYBE_DATE(text) and d.find_dates(text) and _names_another_offer(
                text[:400], _own_clause_words(view.texts[line_index], span).lower()):
            continue
        if (label and label.kind == "date" and not d.find_dates(text)) or TIME_ONLY_LINE_RE.match(text) or (
                re.match(r"^(?:Beginn|Start|Einlass|ab|von|um)\b", text, re.I)) or (
                index in (line_index + 1, line_index + 2) and re.match(
                    r"^\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\s*)?(?:[–—-]|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*Uhr|"
                    r"^\d{1,2}[:.]\d{2}\s*(?:Uhr\s*)?(?:[–—-]|bis)", text)):
            time = d.find_time(text)
            if time:
                return time
    # a fact box printed as bare words over their values ("Datum" / "1. November 2021" / "Ort" / … / "Zeit" /
    # "9:00 Uhr bis 16:30 Uhr"): the time under its own word
    for index in range(line_index + 1, min(len(view.texts) - 1, line_index + 8)):
        if BARE_TIME_WORD_RE.fullmatch(view.texts[index].strip()):
            return d.find_time(view.texts[index + 1])
    return None


# "Freitag, 15.00-17.00", "Montag, 14:30-16:30 Uhr": a line of a weekday and its hours, nothing else
WEEKDAY_HOURS_LINE_RE = re.compile(rf"(?P<weekday>{d.WEEKDAY_NAME}),?\s+(?P<h1>\d{{1,2}})[:.](?P<m1>\d{{2}})"
                                   r"\s*(?:[–—-]|bis)\s*(?P<h2>\d{1,2})[:.](?P<m2>\d{2})\s*(?:Uhr)?\.?")


def _hours_on_its_weekday(view: PageView, mention: Mention) -> d.TimeRange | None:
    """A programme item's "15.04. Osternest und Osterei", its text, then "Montag, 14:30-16:30 Uhr": the hours a line of
    the item gives on the weekday of its day (another weekday's hours are someone else's); the item ends at the next
    day or heading."""
    if mention.first is None or mention.date.end_day is not None:
        return None
    for index in range(mention.line + 1, min(len(view.texts), mention.line + 6)):
        text = view.texts[index].strip()
        if view.is_heading(index) or (d.MAYBE_DATE(text) and d.find_dates(text)):
            return None
        match = WEEKDAY_HOURS_LINE_RE.fullmatch(text)
        if match and (view.texts[index - 1].rstrip().endswith(":") or lex.OFFICE_HOURS_RE.search(view.texts[index - 1])
                      or any(WEEKDAY_HOURS_LINE_RE.fullmatch(view.texts[other].strip())
                             for other in (index - 1, index + 1) if other < len(view.texts))):
            return None  # a house's hours ("Sprechzeiten des Sekretariats:" over "Dienstag, 8:00-12:00 Uhr" and more)
        if match:
            if d.WEEKDAYS[match["weekday"].lower()] != mention.first.weekday():
                return None
            return d.TimeRange(f"{int(match['h1']):02d}:{match['m1']}", f"{int(match['h2']):02d}:{match['m2']}",
                               match.start("h1"))
    return None


# a course's fact line holds its day and how many sittings it has, nothing else ("1 Abend, 12.03.2027", "Termin: …")
COURSE_UNITS_RE = re.compile(r"(?:\d+\s+(?:Abende?|Termine?\(?e?\)?|Tage?|Vormittage?|Nachmittage?)|Termin|Datum|Beginn)?")


def _names_an_opening(text: str, day: d.DateMention) -> bool:
    """The sentence of a day names an opening of its own."""
    return bool(lex.OPENING_WORD_RE.search(prose.sentence_around(text, day.start, day.end)))


def _names_another_offer(sentence: str, span_words: str) -> bool:
    """The sentence names an offer the span's own sentence does not ("eine geführte Wanderung" in the week of the "Woche
    der Natur"; not "Eröffnet werden die Seniorentage am Montag …" of the Seniorentage)."""
    return any(head.group(0).lower() not in span_words for head in prose.OFFER_HEAD_RE.finditer(sentence))


def _own_clause_words(text: str, day: d.DateMention) -> str:
    """The words of the sentence that gives `day` (an abbreviation's stop, "e. V.", ends none)."""
    before = re.split(r"(?<=[a-zäöüß]{3})[.!?]\s", text[max(0, day.start - 160):day.start])[-1]
    after = re.split(r"(?<=[a-zäöüß]{3})[.!?]\s", text[day.end:day.end + 300])[0]
    return before + text[day.start:day.end] + after


def _time_of_same_day_nearby(view: PageView, mention: Mention) -> d.TimeRange | None:
    """"30.11.2023 13:00" above "30. Nov 2023", or a headline's "… am 5. September" and the text's
    "am 5. September 2018, von 14 bis 18.30 Uhr": the same day again nearby, with its time."""
    span_words = _own_clause_words(view.texts[mention.line], mention.date).lower() if mention.date.end_day else ""
    for index in range(max(0, mention.line - 2), min(len(view.texts), mention.line + 30)):
        if index > mention.line and view.texty_heading(index):
            break  # (a round-up of one day: the next section's "am 23. Mai von 12:30 bis 17:30 Uhr" is its own item's)
        text = view.texts[index]
        told_today = bool(view.publication_date) and "heut" in text  # ("am heutigen Samstag von 10 bis 15 Uhr")
        if index == mention.line or not d.MAYBE_DATE(text) and not told_today:
            continue
        others = d.find_dates(text) if d.MAYBE_DATE(text) else []
        if told_today:
            others = others + [m for m in d.find_relative_dates(text, view.publication_date)
                               if (m.day, m.month, m.year) == (view.publication_date.day, view.publication_date.month,
                                                               view.publication_date.year)]
        for other in others:
            if (other.day, other.month) == (mention.date.day, mention.date.month) and other.end_day is None:
                if mention.date.end_day is not None and _names_an_opening(text, other):
                    continue  # ("vom 12. – 14. Oktober … Bei der Auftaktveranstaltung am 12. Oktober, 15.00 – 17.00 Uhr":
                    #           the first day's opening has its hours, the days as a whole none)
                if mention.date.end_day is not None and other.start > 0 and len(text) < 200 \
                        and re.match(r"[A-ZÄÖÜ„\"][\wäöüß\"„“-]*(?:\s+[\wäöüß\"„“-]+){1,}\s*[:–|-]\s*$", text[:other.start]):
                    continue  # (nor "Klimadiversität im Garten fördern : 15.09.2024 14-16 Uhr": a programme's row, named)
                if mention.date.end_day is not None and (mention.date.end_month, mention.date.end_day) != (
                        mention.date.month, mention.date.day + 1) \
                        and _names_another_offer(_own_clause_words(text, other), span_words):
                    continue  # (nor "Um 15.00 Uhr am 15. Juni beginnt … eine geführte Wanderung" in the week "vom 15. Juni
                    #           bis zum 23. Juni": one item of its first day, with that item's hour)
                time = d.find_time(text[other.end:other.end + 30])
                if time:
                    return time
                following = view.texts[index + 1] if index + 1 < len(view.texts) else ""
                rest = (text[:other.start] + text[other.end:]).strip(" ,:;|–-")
                if COURSE_UNITS_RE.fullmatch(rest) and len(following) <= 40 and not d.MAYBE_DATE(following) \
                        and re.match(rf"(?:{lex.WEEKDAY_NAME}),?\s*\d|\d{{1,2}}[:.]\d{{2}}", following.strip()):
                    return d.find_time(following)  # a course's facts: "1 Abend, 12.03.2027" over "Freitag, 18:00 - 20:30 Uhr"
                # "lädt am Dienstag, 28. November … ein. Die Auftaktveranstaltung von 13 bis 16 Uhr richtet
                # sich …": the hours in the rest of that paragraph, if it names no other day
                rest = text[other.end:other.end + 600] if mention.date.end_day is None else ""
                hours = lex.HOURS_RE.search(rest)
                if hours and not d.find_dates(rest[:hours.start()]) and not lex.WEEKDAY_RE.search(rest[:hours.start()]):
                    return d.find_time(rest[hours.start():])
    return None


def hours_by_its_name(view: PageView, event: Event, line: int | None) -> None:
    """An all-day event renamed from its day's sentence ("Anmeldung und Anfahrt kostenlos" to "Nacht der Ausbildung")
    takes the hours a sentence of that paragraph gives its new name ("Zur „Nacht der Ausbildung“ können … von 16 bis
    24 Uhr …")."""
    if line is None or not event.all_day or not event.start or not event.title:
        return
    hours = _hours_of_named_event(event.title, SENTENCE_BREAK_RE.split(view.texts[line][:NEARBY_TEXT]))
    if hours:
        time_from_range(event, hours, event.title)


def _hours_of_named_event(title: str, later: list[str]) -> d.TimeRange | None:
    """The hours of a later sentence that names the event: its title, or a quoted name the title holds ("Zweite Nacht
    der Ausbildung" and "Zur „Nacht der Ausbildung“ können … von 16 bis 24 Uhr …")."""
    for sentence in later:
        hours = lex.HOURS_RE.search(sentence)
        if not hours or lex.OFFICE_HOURS_RE.search(sentence) or d.find_dates(sentence):
            continue
        quoted = [prose._quote(q) for q in prose.QUOTE_RE.finditer(sentence)]
        if (len(title) <= 40 and title in sentence) or any(len(q) >= 6 and q in title for q in quoted):
            return d.find_time(sentence[hours.start():])
    return None


OPENING_HOURS_LINES = 4  # paragraphs further down an article that may give its event's opening hours
# the event's opening hours by its kind: "Geöffnet ist die Messe von 10 bis 14 Uhr", "Die Ausstellung ist von 10 bis 18
# Uhr geöffnet"
OPENING_HOURS_RE = re.compile(rf"Geöffnet\s+(?:ist|sind|hat|haben)\s+(?:die|der|das)\s+(?:[\wäöüß-]+\s+){{0,2}}?"
                              rf"[\wäöüß-]*(?i:{lex.EVENT_NOUN_CHOICES}|messe|börse|ausstellung|markt){lex.EVENT_NOUN_ENDING}\s+(?:von|zwischen)\s+\d{{1,2}}(?:[.:]\d{{2}})?"
                              rf"\s*(?:Uhr\s*)?(?:bis|und|–|-)\s*\d{{1,2}}(?:[.:]\d{{2}})?\s*Uhr")


def _hours_in_next_paragraphs(view: PageView, line_index: int, day: tuple[int, int]) -> d.TimeRange | None:
    """"Am kommenden Sonnabend, 10. November, präsentieren …" and a paragraph on "Das Landeshaus ist von
    10 bis 17 Uhr Gastgeber": a press article's hours, in the next paragraphs before any other day (the same
    day told again, "Am 10. November 2018 öffnet …", is no other)."""
    for index in range(line_index + 1, min(len(view.texts), line_index + 3 + OPENING_HOURS_LINES)):
        text = view.texts[index]
        dates = d.find_dates(text) if d.MAYBE_DATE(text) else []
        if view.is_heading(index) or dates and (lex.OFFICE_HOURS_RE.search(text) or any(
                (other.day, other.month) != day or other.end_day for other in dates)):
            return None  # (nor is "Bürgerbüro geöffnet am 18.09.:" a repeat of the event's day)
        if index >= line_index + 3:
            # further down only the event's own opening hours: "Geöffnet ist die Messe von 10 bis 14 Uhr."
            opening = OPENING_HOURS_RE.search(text)
            if opening:
                return d.find_time(opening.group(0))
            continue
        hours = lex.HOURS_RE.search(text)
        clause = re.split(r"(?<=[a-zäöüß])[.!?]\s", text[hours.end():], maxsplit=1)[0][:80] if hours else ""
        if hours and not lex.OFFICE_HOURS_RE.search(text[max(0, hours.start() - 120):hours.end()] + clause):
            return d.find_time(text[hours.start():])  # ("… ist zwischen 8 und 12 Uhr besetzt": an office's hours)
    return None


def labelled_date_by_dateparser(view: PageView, texts, labels, event: Event) -> bool:
    """Last resort for a labelled date none of our patterns reads ("Datum: 3 März 2027"):
    dateparser, German, day-month-year, relative to the reference date."""
    for index, label in enumerate(labels):
        if not label or label.kind != "date":
            continue
        value = label.value or (texts[index + 1] if index + 1 < len(texts) else "")
        if not HAS_DIGIT(value) or d.find_dates(value) or d.find_month_year(value) or TIME_ONLY_LINE_RE.match(value):
            continue
        value = d.TIME_RANGE_RE.sub("", value)
        parsed = d.parse_with_dateparser(value[:60], view.reference)
        if parsed:
            time = d.find_time(label.value or texts[index + 1]) or next(
                (d.find_time(t) for t in texts[index + 1:index + 4] if label_of(t) and d.find_time(t)), None)
            event.start = d.iso(parsed, time.start if time else None)
            event.all_day = time is None
            if time and time.end:
                event.end = d.iso(parsed, time.end)
            event.start_time, event.end_time = (time.start, time.end) if time else (None, None)
            event.note("start", FROM_LABEL, texts[index] + " (dateparser)")
            return True
    return False


def _time_in_following_lines(view: PageView, line_index: int) -> d.TimeRange | None:
    """A dated heading whose times are in the text below it ("Wir arbeiten von 10 bis ca. 13 Uhr")."""
    for index in range(line_index + 1, min(len(view.texts), line_index + 3)):
        if view.is_heading(index):
            break
        text = view.texts[index]
        if d.led_by_a_day(text):
            break  # the next row's day and its hour: "20.08.2025" / "Tag der Berufe" / "26.08.2025 ab 18:00 Uhr"
        if index == line_index + 1 and d.TIME_LEAD_RE.match(text):
            return d.find_time(text)  # "8. Juni 2025" over "12:00 Uhr Vortrag zur Medienbildung"
        match = re.search(r"\b(?:von|ab|um|Beginn\w*|Zeit:?)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|bis|[–-])", text, re.I)
        if match:
            return d.find_time(text[match.start():])
    return None


# one hour alone on its line: "19.30 Uhr", "um 15 Uhr" (its "Uhr" written: a bare number may be a count)
HOUR_ALONE_LINE_RE = re.compile(r"\s*(?:(?:ab|um)\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*Uhr\s*[.:]?\s*")
ITEM_NAME_MAX = 140


def _hour_under_its_item(view: PageView, line_index: int) -> d.TimeRange | None:
    """"Mittwoch, 19. November 2025:" / "50 Jahre Weinstadt – Lesung …" / "19.30 Uhr", or "Donnerstag, 20. November
    2025: Bilderbuchkino …" / "15 Uhr": a programme item's hour on a line of its own, right under its day or under the
    name below its day (not under a sentence or another day)."""
    text = view.texts[line_index]
    if len(text) > 200 or re.search(r"[a-zäöüß]{3}[.!?]\s+[A-ZÄÖÜ]", text) or not d.led_by_a_day(text):
        return None  # (a paragraph that opens with its day says its hours in its sentences)
    for index in range(line_index + 1, min(len(view.texts), line_index + 3)):
        line = view.texts[index]
        if HOUR_ALONE_LINE_RE.fullmatch(line):
            return d.find_time(line)
        if view.labels[index] or len(line) > ITEM_NAME_MAX or line.rstrip().endswith((".", "!", "?")) \
                or (d.MAYBE_DATE(line) and d.find_dates(line)):
            return None
    return None


def _time_in_fact_box(view: PageView, line_index: int) -> d.TimeRange | None:
    """"Datum: 01.06.2021 / Sitzungsort: … / Öffentliche Sitzung, 19:00 Uhr bis 20:00 Uhr": the time a session's
    fact box gives a few short lines below its date; the box ends at running text or at another day."""
    for index in range(line_index + 1, min(len(view.texts), line_index + 6)):
        text = view.texts[index]
        if len(text) >= 80 or (d.MAYBE_DATE(text) and d.find_dates(text)) or view.is_heading(index):
            return None
        label = view.labels[index]
        if label and label.kind in ("deadline", "registration", "contact"):
            return None  # the box's facts end where its contact and registration begin ("erreichbar Mo–Fr 8 bis 12 Uhr")
        time = d.find_time(text)
        if time:
            return time
    return None


# "Öffnungszeiten / Mehrgenerationenhaus / Montag – Freitag / 09:00 – 22:00 Uhr": a house's opening hours, no event's
OPENING_HOURS_ABOVE_RE = re.compile(rf"{lex.OPENING_HOURS_RE.pattern}|Sprechzeit|\b(?:Mo(?:ntag)?|Di(?:enstag)?)\.?\s*[–-]\s*"
                                    r"(?:Fr(?:eitag)?|Do(?:nnerstag)?|Sa(?:mstag)?|So(?:nntag)?)\b")


def partial_date(view: PageView, texts: list[str], labels, year_hint, event: Event) -> bool:
    for index, text in enumerate(texts):
        label = labels[index]
        value_lines = [text]
        if label and label.kind == "date" and not label.value and index + 1 < len(texts):
            value_lines.append(texts[index + 1])
        for value in value_lines:
            match = d.find_month_year(value)
            prose_ok = bool(match) and not lex.NOT_AN_EVENT_AFTER_RE.search(value[match.end():]) and not re.search(
                r"\b(?:seit|gegründet|erschienen|veröffentlicht)\b", value[:match.start()][-40:], re.I)
            if match and int(match.group("y")) < OLDEST_PAGE_YEAR:
                continue  # ("schon im Dezember 1945 wurden … zugelassen": a history's month, no event's)
            if match and (label and label.kind == "date" or prose_ok and (lex.TENTATIVE_RE.search(value) or
                          re.search(r"\b(?:im|Anfang|Mitte|Ende|[Aa]b)\s+$", value[:match.start()]))):
                month = d.month_of(match.group("mon"))
                event.start_partial = f"{match.group('y')}-{month:02d}"
                event.date_tentative = bool(lex.TENTATIVE_RE.search(value))
                event.note("start_partial", FROM_LABEL if label else FROM_PROSE, value)
                return True
    for index, text in enumerate(texts[:15]):
        if TIME_ONLY_LINE_RE.match(text) and not OPENING_HOURS_ABOVE_RE.search(" ".join(texts[max(0, index - 3):index])):
            time = d.find_time(text)
            if time:
                event.start_time, event.end_time = time.start, time.end
                event.note("start_time", FROM_LABEL, text)
                return False
    return False


def undated_but_announced(labels, texts) -> bool:
    """A date field that names no day yet ("Datum: im Herbst 2027", "Termin: folgt"), or a
    postponement whose new date is still open ("Ursprünglicher Termin: …")."""
    if any(label and label.kind in ("old_date", "new_date") for label in labels):
        return True
    for index, label in enumerate(labels):
        if label and label.kind == "date" and label.word.lower() in ("datum", "termin", "wann"):
            value = label.value or (texts[index + 1] if index + 1 < len(texts) else "")
            if value and not label_of(value) and len(value) < 80 and (
                    re.search(r"\b(?:Frühjahr|Frühling|Sommer|Herbst|Winter|folgt|bekanntgegeben|tba|"
                              r"wird\s+noch|in\s+Planung)\b", value, re.I)):
                return True
    return False


def read_deadline(view: PageView, mentions: list[Mention], year_hint, event: Event) -> None:
    for mention in mentions:
        if mention.kind == "deadline" and resolve(view, mention, year_hint):
            if mention.date.year is None and event.start:
                # "Anmeldung bis 5. April" for a congress on 26 April 2023: the deadline comes before
                # the event, in its year (or the year before), never after it, and never a year before
                # because the page names an earlier year elsewhere ("Im April 2016 hatte der Landkreis …")
                year = int(event.start[:4])
                try:
                    first = mention.first.replace(year=year)
                    mention.first = first if first.isoformat() <= event.start[:10] else first.replace(year=year - 1)
                except ValueError:
                    continue  # 29 February in a year without one: no deadline rather than one after the event
            event.registration_deadline = mention.first.isoformat()
            event.note("registration_deadline", FROM_LABEL if view.labels[mention.line] else FROM_PROSE,
                       view.texts[mention.line])
            return


def _begin_in_following_lines(view: PageView, line_index: int, day: tuple) -> d.TimeRange | None:
    """"Beginn ist um 10 Uhr, das Ende für 17.45 Uhr geplant." in a later paragraph of the article, before any other
    day is named (the event's own, "Eingeladen am 23. Januar sind …", may be named again)."""
    read_a_paragraph = prose.is_paragraph(view.texts[line_index])  # (the day's own paragraph is the item's text)
    for index in range(line_index + 1, min(len(view.texts), line_index + 9)):
        text = view.texts[index]
        if read_a_paragraph and not prose.is_paragraph(text) and not text.rstrip().endswith((".", "!")) \
                and (view.is_heading(index) or view.texty_heading(index) or lex.EVENT_TITLE_WORD_RE.search(text)):
            return None  # (past the item's text, the heading of another: "Neue Elternabende in den Grundschulen")
        read_a_paragraph = read_a_paragraph or prose.is_paragraph(text) or (len(text) >= 40 and text.rstrip().endswith((".", "!")))
        time = begin_end_sentences(text)
        if time:
            return time
        others = [m for m in d.find_dates(text) if (m.month, m.day) != day] if d.MAYBE_DATE(text) else []
        if others and not (index in view.publication_lines or lex.PUBLICATION_CUE_RE.search(text)):
            return None  # (not "Stand: 07.01.2025" under the headline)
    return None


def _end_hour(end: re.Match) -> str:
    """"16:30" of an END_RE match: "Ende ist für 16.30 Uhr geplant" or "Bis 16.30 Uhr kann …"."""
    hour, minute = (end.group("h"), end.group("m")) if end.group("h") else (end.group("until"), end.group("until_m"))
    return f"{int(hour):02d}:{minute or '00'}"


def begin_end_sentences(text: str) -> d.TimeRange | None:
    """Times given in sentences: "Beginn ist um 13.30 Uhr, das Ende ist für 16.30 Uhr geplant."."""
    begin = BEGIN_RE.search(text)
    if not begin:
        return None
    end = END_RE.search(text, begin.end())
    start = f"{int(begin.group('h')):02d}:{begin.group('m') or '00'}"
    finish = _end_hour(end) if end else None
    return d.TimeRange(start, finish if finish and finish > start else None, begin.start())
