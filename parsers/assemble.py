"""One block of a page in, one Event out: the segment's fields read by the field readers.

The assembler is the last step of every reading that finds an event: a segment of a list, a row, a sentence of
running text or a headline is a Block with its date mentions; `Assembler.event` reads its title, when, status,
people, place and kind from it and the page's evidence, in order of trust (schema.org > labelled fields > prose).
"""
from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import urljoin

from . import classify, people, places, prose, status, structured, titles, when
from . import dates as d
from . import contacts, gazetteer
from . import lexicon as lex
from .content import PageView
from .event import FROM_LABEL, FROM_PROSE, FROM_PUBLISHER, TENTATIVE, Event
from .mentions import DATE_COLON_ROW_RE, Mention
from .segment import ROW_LEAD_BEFORE_TIME_RE, Block, Draft, colon_row_name, hours_passed, item_rest, row_name, title_below

ROW_NAME_LONGEST = 120  # (a "day: name" row's name, not a sentence run on after its colon)

# a row's time or its "online" after its name: "Vortrag Medienerziehung, 17 Uhr", "Elterncafé, ganztägig"
ROW_TIME_AFTER_NAME_RE = re.compile(r",\s*(?:ab\s+|von\s+|um\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|–|-|bis)|,\s*ganztägig|,\s*online\b",
                                    re.I)
EVENT_URL_RE = re.compile(r"/(?:veranstaltung|termin|event|kalender)", re.I)
READER_BUDGET = 100_000
# a remark after a row's name, to the reader: "Halloween - wer möchte kommt verkleidet in den Kiga", "Adventsstündchen
# Eltern dürfen gerne dazu kommen", "Fortbildungstag - Kiga geschlossen" keeps its closing (a day off, read elsewhere)
ROW_REMARK_RE = re.compile(r"\s*,?\s+[–-]\s+(?=(?:wer|wir|bitte|alle|es|man)\b)"
                           r"|(?<![:–-])(?<![:–-]\s)(?<!\bund)\s*,?\s+(?=(?:Eltern|Kinder|Familien|Gäste|Großeltern|Geschwister)"
                           r"(?:\s+und\s+[A-ZÄÖÜ]\w+)?\s+(?:dürfen|können|sind|sollen|müssen)\b[^.]{0,40}?"
                           r"\b(?:gerne|gern|herzlich|dazu|eingeladen|willkommen|mithelfen|zuschauen|mitbringen)\b)")


def _without_leading_time(row: str) -> str:
    """"12:00 Uhr Vortrag zur Medienbildung" under its day: the time is the start's, the rest the name."""
    timed = d.TIME_LEAD_RE.match(row)
    hours = d.TIME_RANGE_RE.match(row)
    if hours and re.search(r"Uhr|\d[:.]\d\d", hours.group(0)) and (not timed or hours.end() > timed.end()):
        timed = hours  # "13 bis 16 Uhr: Tag der offenen Tür im QBZ" (not "2 bis 3 Kinder")
    return row[timed.end():].lstrip(" :–-|") or row if timed else row

# a heading that names a school: a school word ending a compound or a hyphenated name ("Werkrealschule Rudersberg",
# "Burg-Gymnasium", "Volkshochschule Musterau") or a school's kind before its name ("Kita Sonnenschein"); not "Schule und
# Digitalisierung", "Kita-Eingewöhnung", "Gesamtübersicht"
INSTITUTION_HEADING_RE = re.compile(rf"(?:[a-zäöüß-](?i:{lex.SCHOOL_WORD})|^(?:Kita|Schule|Gymnasium|Kindergarten|Hort|"
                                    r"Grundschule|Realschule|Volkshochschule|VHS)\s+[A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])")

# "Mit einer Bildungskonferenz …", "Bei der Tagung …": a sentence that opens with a preposition is a clause, not a name
CLAUSE_HEAD_RE = re.compile(r"(?:Mit|Bei|Auf|In|An|Nach|Zu|Während|Für|Von|Über|Unter|Seit)\s+(?:de[rnms]|die|das|eine[rnms]?|ihre[rnms]?|seine[rnms]?)\s")


def _clause_head(head: str) -> bool:
    """"Mit einer Tagung … entstanden", "Die Gartenschau Musterau verwandelt sich": the words before a paragraph's day
    are a clause (a preposition leads, or an article and then a verb in lower case), not the name of a headline
    ("Großes Sommerfest der Kita Sonnenschein")."""
    metadata = lex.METADATA_DATE_RE.match(head.strip())  # (a text view's "date 2024-09" before it)
    head = head.strip()[metadata.end():] if metadata else head.strip()
    if CLAUSE_HEAD_RE.match(head):
        return True
    words = head.split()
    return bool(words) and words[0] in ("Die", "Der", "Das") and any(
        w[0].islower() and w.strip(",.") not in lex.FUNCTION_WORDS for w in words[1:])

# "…, 14.05.2027, um 18.30 Uhr": the hour after a row's closing day is part of its date, not of its name
# (not a posting stamp's odd minute: "Von dpa | 22.09.2022, 17:58 Uhr")
TRAILING_TIME_RE = re.compile(r"[\s,]*(?:(?:um|ab|von)\s+)?\d{1,2}(?:[:.][0-5][05])?(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?"
                              r"\s*Uhr\.?\s*")


def _institution_of_heading(text: str) -> str | None:
    """The institution a calendar's heading names, without the calendar's words: "Kita Sonnenschein – Jahrestermine
    2027" -> "Kita Sonnenschein", "Termine der Realschule Musterau" -> "Realschule Musterau"."""
    for part in re.split(r"\s+[–|-]\s+|:\s+", text):
        part = re.sub(r"^(?:[\wäöüß-]*[Tt]ermine|Terminplan|Terminübersicht|Veranstaltungen)\s+(?:der|des|im|in\s+der|vom)\s+",
                      "", part.strip())
        # a site's greeting: "Willkommen am Bertolt-Brecht-Gymnasium" -> "Bertolt-Brecht-Gymnasium"
        part = re.sub(r"^(?:Herzlich\s+)?[Ww]illkommen\s+(?:am|im|an\s+der|in\s+der|bei\s+(?:der|dem|den)|beim)\s+", "", part)
        if INSTITUTION_HEADING_RE.search(part) and not lex.CALENDAR_HEADING_RE.fullmatch(part) \
                and not lex.LIST_HEADING_RE.search(part):
            return part
    return None


TEASER_LINKS_OF_A_LIST = 2  # "Weitere Informationen" links that make a page a list of teasers
TEASER_LINES = 200  # how far down the teasers' links are counted


def _teasers_link(text: str) -> bool:
    """"weiterlesen", "» Mehr", "Weitere Informationen": the link that closes a teaser."""
    return bool(lex.READ_ON_RE.match(text) or re.fullmatch(r"(?:»\s*)?(?:Weitere\s+Informationen|Mehr(?:\s+erfahren)?)\s*(?:»|…)?",
                                                             text.strip(), re.I))


class Assembler:
    """Reads one Event from one block of the page view."""

    def __init__(self, view: PageView, default_organizer: str | None):
        self.view = view
        self.default_organizer = default_organizer

    # ------------------------------------------------------------ one block

    def event(self, block: Block, mentions: list[Mention], multi: bool,
               jsonld: dict | None, title_override: str | None = None, sentence: str | None = None,
               reported: bool = False) -> Event | None:
        lines = self.view.lines[block.start:block.end]
        texts = [line.text for line in lines]
        labels = self.view.labels[block.start:block.end]
        # the field readers look at a segment's first READER_BUDGET characters: an event's facts stand
        # near its date and title, and a 10 MB archive page must not cost minutes
        used, keep = 0, len(texts)
        for position, text in enumerate(texts):
            used += len(text)
            if used > READER_BUDGET:
                keep = max(position, 1)
                break
        texts, labels = texts[:keep], labels[:keep]
        year_hint = next((line.year_hint for line in lines if line.year_hint), None) or self.view.url_year
        title, title_evidence = (title_override, FROM_PROSE) if title_override else self._title(block, multi)
        if sentence:
            texts = [sentence]  # an event named in running text: its own sentence, not the paragraph
        if not multi:
            named = next((lab.value for lab in self.view.labels[block.start:block.end]
                          if lab and lab.kind == "title" and lab.value and len(lab.value) < 160), None)
            if named and title and lex.EVENT_TITLE_WORD_RE.search(named) and (
                    not lex.EVENT_TITLE_WORD_RE.search(title) or lex.status_of(title)):
                title, title_evidence = named, FROM_LABEL  # the news headline is not the event's name
        if not title and not jsonld:
            return None
        if title:
            title = titles.without_page_kind(titles.without_invitation(
                titles.name_before_motto(status.without_status_tail(self.without_trailing_date(title)))))
            if block.title_line in self.view.numbered_headings and title_evidence != FROM_PROSE:
                title = titles.name_of_numbered_tip(title)  # "2. Für Kreative: Stencil-Workshop im Bauhaus Dessau"
            # (a row's name before its hours on the next line: "Mittwoch, 14. März: Interkulturelle Gesellschaftsspiele,")
            title = re.sub(r"\s*[,;]$", "", title)
        if not title and not jsonld:
            return None  # (a name its cleaning left empty, and no structured data to name it)
        event = Event(title=title or jsonld.get("title") or "")
        if title:
            event.note("title", title_evidence, title)
        event.url = self._item_url(block) if multi else self.view.url
        text = "\n".join(texts)

        # dates
        draft = Draft(event)
        found = when.pick_date(self.view, draft, block, mentions, year_hint)
        if found and not multi and title and lex.NOT_AN_EVENT_PAGE_RE.search(title) and not lex.EVENT_WORD_RE.search(title):
            # a publication page that announces an event in a section of its own: that section's heading
            heading = self.view.heading_above(draft.date_line) if draft.date_line is not None else ""
            if heading and lex.EVENT_WORD_RE.search(heading):
                event.title = heading
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": heading}
        if found and not multi and not self.view.page.is_html and draft.date_line is not None:
            teaser = self._headline_of_dated_teaser(block, draft.date_line)
            if teaser:
                event.title = teaser
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": teaser}
        if found and not multi and not self.view.page.is_html and draft.date_line is not None \
                and draft.date_line != block.title_line and prose.is_paragraph(self.view.texts[block.title_line or 0]):
            # a page that opens with a sentence over its one row "24. April 2027: Blüten, Bäume, Bienen – Fortbildung
            # für Erzieher:innen": the row's name (not a kind the opening sentence offers, "bietet Fortbildungen … an")
            row = DATE_COLON_ROW_RE.match(self.view.texts[draft.date_line])
            name = row.group("name").strip() if row else None
            # (not a row of where and when: "12.03.2027: Kassel, Rathaus, Bürgersaal, 18 Uhr")
            if name and len(name) <= ROW_NAME_LONGEST and not name.endswith((".", "!", "?")) \
                    and not lex.FINITE_VERB_RE.search(name) and not d.find_time(name) \
                    and not gazetteer.known_place(re.split(r"[,\s]", name)[0]):
                event.title = name
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": self.view.texts[draft.date_line][:200]}
        if found and not multi and not self.view.page.is_html and draft.date_line is not None \
                and block.title_line is not None and block.title_line > draft.date_line:
            # a round-up's heading over its one dated paragraph ("Bad Langensalza | Insektenhotel" / "Am 18. Juli lädt
            # der BUND …"), not a later section's heading the page's other lines made the title
            above = self._heading_right_above(draft.date_line)
            if above:
                event.title = above
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": above}
                town = gazetteer.known_place(above.split(": ")[0]) if ": " in above else None
                if town and not event.city:
                    event.city = town  # ("Bad Langensalza | Insektenhotel": the section's town)
                    event.note("city", FROM_LABEL, above)
                holder = people.organizer_from_prose(self.view.texts[draft.date_line]) if not event.organizer else None
                if holder:
                    event.organizer = holder[0]  # (who its own paragraph says invites, not the page's first section's)
                    event.note("organizer", FROM_PROSE, holder[1])
        if found and not multi and not self.view.page.is_html and titles.weak_title(event.title) \
                and draft.date_line is not None:
            # a text page whose first lines are a letter: the event's name stands right above its date
            # ("Bundeskonferenz Bildungsmanagement 2021" / "16. März 2021, Digitale Veranstaltung")
            above = next((self.view.texts[i] for i in (draft.date_line - 1, draft.date_line - 2)
                          if i >= 0 and lex.EVENT_TITLE_WORD_RE.search(self.view.texts[i])
                          and len(self.view.texts[i]) < 160 and not titles.weak_title(self.view.texts[i])
                          and not self.view.labels[i] and not d.find_dates(self.view.texts[i])), None)
            if above:
                event.title = above
                event.provenance["title"] = {"from": FROM_LABEL, "snippet": above}
        if jsonld:
            structured.apply(event, jsonld)
        if not found and not event.start:
            found = when.labelled_date_by_dateparser(self.view, texts, labels, event)
        if not found and not event.start:
            partial = bool(event.start_partial) or when.partial_date(self.view, texts, labels, year_hint, event)
            if not multi and not self.view.page.is_html and titles.weak_title(event.title):
                named = prose.undated_title(self.view.texts)
                if named:  # a press article whose headline is a sentence: the event it names
                    event.title = named
                    event.provenance["title"] = {"from": FROM_PROSE, "snippet": named}
            undated = reported or not multi and self._announces_event_without_day(event.title, text)
            if not partial and not event.start_time and not event.start_partial \
                    and not when.undated_but_announced(labels, texts) and not undated:
                return None
            if not partial and not undated and not self._has_event_signals(text):
                return None
            if not partial and not event.start_time and not when.undated_but_announced(labels, texts) \
                    and not undated:
                return None
            if partial and not multi and lex.ANNIVERSARY_TITLE_RE.match(event.title or "") \
                    and not prose.EVENT_NOUN_RE.search(event.title or ""):
                return None  # "Fünf Jahre Transferagentur – Ein Rückblick": "im März 2015" dates its history
        when.read_deadline(self.view, mentions, year_hint, event)
        status.read_status(self.view, draft, texts, title or "", mentions, year_hint)
        if event.date_tentative and not event.start and event.status == "scheduled":
            event.status = TENTATIVE
        if not event.organizer:
            self._town_that_invites(event, text)
        people.read_organizer(texts, labels, text, event, self.default_organizer,
                              page_text="\n".join(self.view.texts) if sentence or title_override else "")
        read_a_school = event.organizer and people.SCHOOL_BODY_RE.search(event.organizer) \
            and (event.provenance.get("organizer") or {}).get("from") == FROM_PROSE
        if (not event.organizer or read_a_school) and multi:
            # (a school the block's text names is often the next run's heading: the heading above holds the run)
            holder = self._institution_heading_above(block.start)
            if holder:  # "Werkrealschule Rudersberg" / "• Mittwoch, 21. Februar, 16.30 bis 19 Uhr, Tag der offenen Tür."
                event.organizer = holder
                event.note("organizer", FROM_LABEL, holder)
        if not event.organizer and self._dateline_stadt:
            event.organizer = self._dateline_stadt
            event.note("organizer", FROM_PROSE, self._dateline_stadt)
        if not event.organizer and self.view.dateline_kreis:
            event.organizer = self.view.dateline_kreis
            event.note("organizer", FROM_LABEL, self.view.dateline_kreis)
        if not event.organizer and self.view.publisher:
            # nothing on the page names who holds it: the office or agency whose site it is
            event.organizer = self.view.publisher
            event.note("organizer", FROM_PUBLISHER, self.view.publisher)
        places.read_venue(self.view, draft, texts, labels, text, block)
        if multi and not event.city and event.title:
            # "13.04.2024 – Tag der offenen Tür Markkleeberg", "Stadtfest Borna": a list's row named after its town
            words = event.title.split()
            town = gazetteer.known_place(words[-1]) if len(words) >= 2 and lex.EVENT_TITLE_WORD_RE.search(event.title) \
                else None
            if town and town not in gazetteer.COMMON_NOUN_TOWNS:
                event.city = town
                event.note("city", FROM_LABEL, event.title)
        mailto = [(email, line - block.start) for email, line in self.mailto_addresses() if block.start <= line < block.end]
        event.contacts = contacts.extract_contacts(texts, mailto)
        classify.read_classification(texts, labels, title or "", text, event)
        body = [t for t in texts if t != title]
        event.description = " ".join(body)[:1500] or None
        return event

    def _town_that_invites(self, event: Event, text: str) -> None:
        """"Am 2. Dezember lud die Stadt zur Zukunftswerkstatt" on a town's page or under its dateline: the Stadt holds
        the event (not a club the article names in passing); only in the sentence of the event's own day, not "Schon
        im Herbst lud die Stadt …"."""
        town = self.view.dateline_town or self.view.host_town
        if not town or not event.start or not people.CITY_INVITES_RE.search(text):
            return  # (the sentences are read only on a page that says so at all)
        day = (int(event.start[8:10]), int(event.start[5:7]))
        invites = next((s for s in prose.sentences(text) if people.CITY_INVITES_RE.search(s)
                        and any((m.day, m.month) == day for m in d.find_dates(s))), None)
        if invites:
            event.organizer = f"Stadt {town}"
            event.note("organizer", FROM_PROSE, invites[:200])

    def _headline_of_dated_teaser(self, block: Block, date_line: int) -> str | None:
        """A list of teasers, each a headline over its paragraph, of which only one paragraph gives a day ("„Gemeinsam
        einsam“ – Lesung …" / "… * Dienstag, 15. Oktober, von 16.15 bis 17.15 Uhr * …", below and above other teasers):
        the headline over the dated paragraph names the event, not the page's strongest headline elsewhere."""
        texts, title_line = self.view.texts, block.title_line
        above = date_line - 1
        if title_line is None or above < 0 or above == title_line or not prose.is_paragraph(texts[date_line]):
            return None
        headline = texts[above]
        if len(headline) >= 160 or not re.match(r"[A-ZÄÖÜ„\"0-9]", headline) or self.view.labels[above] \
                or titles.weak_title(headline) or (d.MAYBE_DATE(headline) and d.find_dates(headline)):
            return None
        teaser = title_line + 1 < len(texts) and prose.is_paragraph(texts[title_line + 1]) \
            and not (d.MAYBE_DATE(texts[title_line + 1]) and d.find_dates(texts[title_line + 1]))
        if not teaser:
            return None
        # (the page's headline over its own undated teaser is another item's, in a list of teasers each closed by its
        # link, "Weitere Informationen" or "weiterlesen": not an article's subheadings)
        links = [i for i, text in enumerate(texts[:TEASER_LINES]) if len(text) < 40 and _teasers_link(text)]
        return headline if len(links) >= TEASER_LINKS_OF_A_LIST and above - 1 in links else None

    def _heading_right_above(self, line: int) -> str | None:
        """The short line right above a dated paragraph, where it reads as the paragraph's heading: no sentence, no day,
        no label, no page chrome; "Town | Name" as "Town: Name"."""
        if line < 1 or not prose.is_paragraph(self.view.texts[line]):
            return None
        above = self.view.texts[line - 1].strip()
        if not above or len(above) > 90 or prose.is_paragraph(above) or above.endswith((".", ":", "!", ",")) \
                or self.view.labels[line - 1] or (d.MAYBE_DATE(above) and d.find_dates(above)) \
                or titles.weak_title(above) or lex.is_chrome_line(above) or lex.BOILERPLATE_RE.match(above):
            return None
        return re.sub(r"\s+\|\s+", ": ", above)

    def _title(self, block: Block, multi: bool) -> tuple[str | None, str]:
        index = block.title_line
        while multi and index is not None and index + 1 < block.end and lex.CALENDAR_VIEW_RE.fullmatch(self.view.texts[index].strip()):
            index += 1  # ("Listenansicht Monatsansicht" over a calendar's first row: the row names it)
        if index is not None and index + 1 < block.end and index > 0 and d.CLOCK_ONLY_LINE_RE.fullmatch(self.view.texts[index]) \
                and hours_passed(self.view, index - 1) == index + 1:
            index += 1  # (the hours under the day name nothing: the line below them does)
        if index is None:
            if self.view.page.title:
                return re.split(r"\s+[|–-]\s+", self.view.page.title)[0].strip(), FROM_LABEL
            return None, FROM_PROSE
        if titles.credited_caption(self.view.texts, index):
            return self.view.texts[index - 1].strip(), FROM_LABEL  # (the headline a photo's caption repeats with its credit)
        text = self.view.texts[index] if multi or self.view.page.is_html else titles.joined_title(self.view.texts, index)
        if self.view.labels[index] and self.view.labels[index].kind == "title" and self.view.labels[index].value:
            return self.view.labels[index].value, FROM_LABEL  # a table's "Veranstaltung" column
        named_row = (row_name(text) or _colon_row_name(text)) if multi else None
        if named_row:
            return named_row, FROM_LABEL  # "Bitkom Bildungskonferenz: Die in Berlin stattfindende …"
        if multi and block.named_by_its_row:
            row = self._row_title(index)
            if row:
                return row, FROM_LABEL  # "23.04. Schokozwerge" over its text and "Sportheim, Beginn 19 Uhr"
        if multi:
            first = d.find_dates(text)
            if first and first[0].start <= 12 and item_rest(text, first[0]) is None and title_below(self.view, index) \
                    and not (self._row_above(index) and self._row_title(index)):
                # (the last of a run of named rows keeps its own name, not the greeting below the list: "Ihr Kita-Team")
                return _without_leading_time(titles.joined_title(self.view.texts, self._name_below(index))), FROM_LABEL
        if multi and self.view.is_heading(index):
            prefix = d.find_dates(text)
            if prefix and prefix[0].start <= 2:
                rest = re.sub(r"^[^:|–]*?(?::|\s[|–]\s)\s*", "", text[prefix[0].end:], count=1) \
                    if not re.match(r"\s*(?::|\s[|–]\s)", text[prefix[0].end:]) else \
                    re.sub(r"^\s*(?::|[|–])\s*", "", text[prefix[0].end:])
                if rest and rest != text:
                    return rest.strip(), FROM_LABEL
        if multi and not self.view.is_heading(index):
            row = self._row_title(index)
            if row:
                return row, FROM_LABEL
            if self.view.date_only(index) and index + 1 < len(self.view.texts):
                below = self._row_title(index + 1) if re.match(r"\s*\d", self.view.texts[index + 1]) else None
                if below and not d.find_dates(below):
                    return below, FROM_LABEL  # "Termine 2027" over "12. Januar 2027, 17 Uhr: Elterncafé": the row's name
                if lex.BOILERPLATE_RE.match(self.view.texts[index + 1]):
                    return None, FROM_PROSE  # "Datum" / "01.03.2018" / "Erstellt": a document's metadata, no event's name
                return _without_leading_time(self.view.texts[self._name_below(index)]), FROM_LABEL
        return _without_leading_time(text), FROM_LABEL

    def _name_below(self, index: int) -> int:
        """The line under a day that names its event: past a line of its hours (`hours_passed`), and past the hour
        even where the line above the day looked like a name ("Samstag, 5. Juni 2027" / "14 Uhr" / "Historischer
        Markt"): an hour alone is never a name."""
        line = hours_passed(self.view, index)
        texts = self.view.texts
        if line + 1 < len(texts) and d.CLOCK_ONLY_LINE_RE.fullmatch(texts[line]) and not self.view.labels[line + 1] \
                and not (d.MAYBE_DATE(texts[line + 1]) and d.find_dates(texts[line + 1])) \
                and not d.CLOCK_ONLY_LINE_RE.fullmatch(texts[line + 1]) and not prose.is_paragraph(texts[line + 1]):
            return line + 1
        return line

    def _row_above(self, index: int) -> bool:
        """The line above is a row led by its day too ("12.01.27 Elternabend" over "19.01.27 Faschingsfeier")."""
        if index == 0:
            return False
        above = self.view.texts[index - 1]
        dated = d.find_dates(above[:40]) if d.MAYBE_DATE(above[:40]) else []
        return bool(dated) and dated[0].start <= 2 and len(above) <= 120

    def _row_title(self, index: int) -> str | None:
        """The name in a list row that starts with its day ("9. Februar 2027, 17 Uhr: Vortrag Medienerziehung")."""
        text = self.view.texts[index]
        mentions = d.find_dates(text)
        rest = item_rest(text, mentions[0]) if mentions and mentions[0].start <= 12 else None
        if rest is not None:
            rest = re.split(r"\s[|]\s", rest)[0]
            rest = ROW_REMARK_RE.split(ROW_TIME_AFTER_NAME_RE.split(rest)[0], maxsplit=1)[0]
            if rest.strip():
                return self._name_above_a_place(index, rest.strip()) or prose.row_name(rest.strip())
        if mentions and mentions[0].start <= 2:
            rest = text[mentions[0].end:]
            time = d.find_time(rest[:40])
            if time and ROW_LEAD_BEFORE_TIME_RE.fullmatch(rest[:time.position]):
                rest = rest[time.position:]  # "12.01.27, 17 Uhr Elterncafé": the row's time, then its name
                rest = d.TIME_RANGE_RE.sub("", rest, count=1) if d.TIME_RANGE_RE.match(rest) else \
                    d.TIME_SINGLE_RE.sub("", rest, count=1)
            else:  # "13.02.2027 Juleica-Grundkurs, Teil 1, 9–17 Uhr, Jugendhaus": its name, then its time and place
                rest = ROW_TIME_AFTER_NAME_RE.split(rest)[0]
            rest = ROW_REMARK_RE.split(rest.lstrip(" :|–-,"), maxsplit=1)[0]
            if rest:
                return self._name_above_a_place(index, rest.strip()) or rest.strip()
        return None

    def _name_above_a_place(self, index: int, rest: str) -> str | None:
        """"Safer Internet Day" / "08. Februar 2022 – Lernzentrum Fallersleben": a list item's date line that goes on
        with where, under the item's name."""
        words = rest.split()
        place = len(words) <= 4 and (gazetteer.known_place(words[-1].strip(",.")) or titles.venue(rest, 1, 0) < 0
                                     or titles.address(rest, 1, 0) < 0)
        above = next((self.view.texts[i] for i in range(index - 1, max(-1, index - 3), -1) if self.view.texts[i].strip()), "")
        if not place or not above or len(above) > 80 or prose.is_paragraph(above) or d.find_dates(above) \
                or titles.weak_title(above) or not re.match(r"[A-ZÄÖÜ„\"]", above) or title_below(self.view, index) \
                or self.view.title_line() in (index - 1, index - 2) or lex.NAV_WORD_RE.search(above):
            return None  # (a name below the date line is the item's own; the headline above is the page's)
        return above.strip()

    @staticmethod
    def without_trailing_date(title: str) -> str:
        """"Netzwerktreffen Nordkreis am 12.05.2027" is called "Netzwerktreffen Nordkreis"; so is a press
        headline "Netzwerktreffen Nordkreis am 17. Februar im Rathaus" (when and where are fields)."""
        mentions = d.find_dates(title)
        first = len(mentions) - 1
        while first > 0 and re.fullmatch(r"[\s,&/–-]*(?:und|sowie)?[\s,&/–-]*", title[mentions[first - 1].end:mentions[first].start]):
            first -= 1  # "… vom 20. – 21. & 27. – 28.11.2023": the days at the end, all of them
        if mentions and (mentions[-1].end >= len(title.rstrip(" .)")) - 1 or (
                TRAILING_TIME_RE.fullmatch(title[mentions[-1].end:]) and not re.search(r"\|\s*$", title[:mentions[first].start]))) \
                and mentions[first].start > 12:
            head = re.sub(r"[\s,/|–-]*(?:am|vom|ab|\(|\(\s*(?:bis|vom|ab|am))?\s*$", "", title[:mentions[first].start])  # "… Bildungsbarrieren / 20.02.26", "Zeltlager (bis 31.07.)"
            town = re.search(r"\s+\|\s+(?P<town>[A-ZÄÖÜ][\wäöüß. -]+)$", head)
            if town and gazetteer.known_place(town.group("town").strip()):
                head = head[:town.start()]  # "Fachtagung | Berlin | 30.05. - 31.05.2016": the town is a field too
            if len(head) >= 8:
                return head
        # (a paragraph of sentences is not cut at its day where its head is a clause: "Mit einer Tagung … entstanden am
        # 11. April …. Zudem …" is no name; "Großes Sommerfest der Kita am 12. Juni ab 14 Uhr. Alle …" is)
        if mentions and mentions[0].start > 12 and re.search(r"\s(?:am|vom)\s+$", title[:mentions[0].start]) \
                and not (prose.is_paragraph(title) and re.search(r"[a-zäöüß“][.!?]\s+[A-ZÄÖÜ]", title)
                         and _clause_head(title[:mentions[0].start])) \
                and re.match(r"[\s,]*(?:\d{4})?[\s,]*(?:(?:ab|um|von)\s+\d|\d|im\s|in\s|$)",
                             title[mentions[0].end:]):
            head = re.sub(r"\s(?:am|vom)\s+$", "", title[:mentions[0].start]).rstrip(" ,–-")
            if len(head) >= 8:
                return head
        if mentions and mentions[0].start > 12 and re.search(r"(?:,|\s[–|-])$", title[:mentions[0].start].rstrip()) \
                and re.fullmatch(r",\s*[A-ZÄÖÜ][^\d,]{2,60}", title[mentions[0].end:].strip()):
            # a page title "Fachtag „…“, 18. April 2018, Netzwerk X"; a row "Lesecafé für Familien – 20. März 2027, Stadtbücherei"
            return title[:mentions[0].start].rstrip(" ,–|-")
        return title

    def _item_url(self, block: Block) -> str | None:
        """The link of one item on a list or newsletter page: its title link, or a "mehr"/"Details"
        link; never a registration form. Without one, the page itself."""
        def usable(href: str) -> bool:
            return bool(href) and not href.startswith(("mailto:", "javascript:", "#", "tel:")) and \
                not lex.REGISTRATION_LINK_RE.search(href)
        title_line = self.view.lines[block.title_line] if block.title_line is not None else None
        if title_line is not None:
            for href in title_line.links:
                if usable(href):
                    return urljoin(self.view.url or "", href)
        for line in self.view.lines[block.start:block.end]:
            if line.links and lex.MORE_LINK_RE.search(line.text):  # (a line without links has no "mehr" to follow)
                for href in line.links:
                    if usable(href):
                        return urljoin(self.view.url or "", href)
        return self.view.url

    def _announces_event_without_day(self, title: str, text: str) -> bool:
        """A page about one event that gives it no day (a report of "jetzt", a postponement "auf
        einen späteren Zeitpunkt", a stored text that lost its date element): the event is still
        announced, with start null. Its title names one event (an event noun in the singular,
        not "5 Jahre …"), and the page says it happens or happened."""
        if not title or titles.weak_title(title) or not prose.EVENT_NOUN_RE.search(title) \
                or prose.plural_event(title) or lex.ANNIVERSARY_TITLE_RE.match(title) or lex.REPORT_TITLE_RE.match(title):
            return False  # (nor a report: "Rückblick: Jugendforum im Rathaus" tells of a day it does not give)
        specific = bool(EVENT_URL_RE.search(self.view.url or "")) or bool(prose.QUOTE_RE.search(title)) or ":" in title
        if not specific and lex.STANDING_BODY_RE.search(text):
            return False  # "eine Regionale Bildungskonferenz, die einmal im Jahr tagt": a body, not an event
        numbered = re.match(r"(\d{1,2})\.\s+(\S+)", title)
        if numbered and any(line.startswith(f"{int(numbered.group(1)) + 1}. {numbered.group(2)}") for line in self.view.texts):
            return False  # "1. Bildungskonferenz …", "2. Bildungskonferenz …": an archive of editions without days
        noun = prose.EVENT_NOUN_RE.search(title)
        if not specific and not prose.ORDINAL_START_RE.match(title) and not prose.STATUS_WORD_RE.search(text) and any(
                prose.RECURRING_RE.search(sentence) and noun.group(0) in sentence for sentence in prose.sentences(text)):
            # "jährlich werden alle Eltern zu einer Informationsveranstaltung eingeladen": a custom, not an
            # event; "ihr erstes Netzwerktreffen …, die Treffen sollen zweimal jährlich stattfinden" is one
            return False
        happens = bool(lex.HAPPENS_RE.search(text) or re.search(r"\blädt\b|\beinladen\b|\btagen\b|\bverschieben|"
                                                                  r"\baussetzen|\babgesagt|\bverschoben\b|\btrafen\s+sich\b|"
                                                                  r"\bdurchgeführt\b|\beingeladen\b|\bveranstaltete\b|"
                                                                  r"\bgekommen\b", text, re.I))
        return specific or happens

    def _has_event_signals(self, text: str) -> bool:
        return len(lex.EVENT_SIGNAL_RE.findall(text)) >= 2

    def _institution_heading_above(self, line: int) -> str | None:
        """A list of days grouped under the institutions that hold them ("Gottlieb-Daimler-Realschule" over its
        open day and its parents' evening): the short heading above a row's run of dated rows, if it names a
        school or an organisation by its form."""
        for index in range(line - 1, max(-1, line - 6), -1):
            text = self.view.texts[index].strip()
            dated = d.find_dates(text) if text else []
            if not text or dated and dated[0].start <= 6:
                continue  # (an empty line, or a dated row of the same run)
            if len(text) > 80 or text.endswith((".", ":", ",", "!", "?")) or self.view.labels[index] \
                    or dated or titles.weak_title(text) or lex.EVENT_TITLE_WORD_RE.search(text) \
                    or HEADLINE_SENTENCE_RE.search(text):
                return None  # (nor a headline that tells news: "Gesamtschule zeigt sich von ihrer besten Seite")
            return _institution_of_heading(text)
        return None

    @cached_property
    def _dateline_stadt(self) -> str | None:
        """"Stadt Krefeld" for an article datelined "Krefeld – …" whose Stadt acts in it."""
        return people.city_of_dateline(self.view.dateline_town, " ".join(self.view.texts[:30])[:4000])

    def mailto_addresses(self) -> list[tuple[str, int]]:
        """The addresses of the page's mailto: (and TYPO3-encrypted) links, with the line each stands in."""
        return [(email, line) for email, line in ((contacts.email_from_href(href), line)
                                                  for href, line in self.view.page.mailto) if email]

    @cached_property
    def page_organizer(self) -> str | None:
        """Who the article's first paragraphs name as organizer ("Organisiert wurden sie vom …"),
        for an event named in passing with no organizer of its own."""
        paragraphs = self.view.lead_paragraphs
        return people.organizer_in_text(" ".join(paragraphs)) if paragraphs else None

    @staticmethod
    def names_an_event(title: str | None) -> bool:
        """A row's name that names an event ("Tag der Schülerworkshops", "Alumni-Abend", "Maker Faire"), not a
        holiday, a weekday or an office ("Reformationstag", "Montag", "Referat")."""
        return bool(title) and bool(lex.EVENT_TITLE_WORD_RE.search(title) or prose.EVENT_NOUN_RE.search(title)
                                    or lex.DAY_OF_NAME_RE.search(title) or prose.QUOTE_RE.search(title))

    @staticmethod
    def held_by_its_school(event: Event, words: str) -> None:
        """"Am 31. Januar findet ein Tag der offenen Tür an der Marie-Curie-Schule … statt", "am 9. April an der
        Grundschule an der Aue von 16 bis 18 Uhr": the one school an event's own sentence or clause names as its
        place holds it, unless the text named a holder."""
        if not lex.SCHOOL_HELD_RE.search(event.title or "") or lex.CLUB_IN_TITLE_RE.search(event.title or ""):
            return  # (a police talk, a blood drive in a school's hall: the school is the place; "Info-Abend des
            #         Sportvereins" names its own holder)
        schools = set(prose.school_named(words))
        said = event.provenance.get("organizer") or {}
        # (a holder another sentence names, "Das Gymnasium Musterau lädt … ein. An der Realschule Musterau findet der
        # Infoabend … statt", holds its own event, not this one)
        elsewhere = said.get("from") == FROM_PROSE and said.get("snippet", "").strip() not in words
        if len(schools) == 1 and (not event.organizer or said.get("from") == FROM_PUBLISHER or elsewhere):
            event.organizer = schools.pop()
            event.note("organizer", FROM_PROSE, words[:200])


# a headline that is a sentence about its subject: "Gesamtschule zeigt sich von ihrer besten Seite", "Realschule lädt ein"
HEADLINE_SENTENCE_RE = re.compile(r"\s[a-zäöüß]{3,}t\s+(?:sich|ihre|seine|die|den|das|zu[mr]?|ein|vor)\b")


def _colon_row_name(text: str) -> str | None:
    """"Fahrradtour durchs Stiftungsland: 21. September 10 bis 13 Uhr, …": the name before the row's day."""
    found = d.find_dates(text) if d.MAYBE_DATE(text) else []
    return colon_row_name(text, found[0]) if found else None
