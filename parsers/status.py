"""An event's status: cancelled, postponed (with its original and, if given, its new date),
tentative, booked out."""
from __future__ import annotations

import re
from functools import lru_cache

from . import dates as d
from . import prose
from . import lexicon as lex
from . import when
from .content import YEAR_RE, PageView
from .event import CANCELLED, FROM_JSONLD, FROM_PROSE, POSTPONED
from .mentions import Mention, resolve
from .segment import Draft

# the news before the name, up to its colon: "Von 2021 auf 2023 verschoben: …", "ABGESAGT: …", "Neuer Termin: …"
STATUS_LEAD_RE = re.compile(r"(?i:(?:(?:von|vom)\s+[^:–]{1,30}?\s+(?:auf|in)\s+[^:–]{1,30}?\s+)?(?:verschoben|abgesagt|"
                            r"entfällt|fällt\s+aus|verlegt)|neuer\s+termin)\s*:\s+(?!\d)")  # (not "Neuer Termin: 12. März")
STATUS_NEWS_HEAD_RE = re.compile(r"(?:Absage|Verschiebung|Verlegung|Ausfall|Terminverschiebung)\s+der\s+(?P<name>[A-ZÄÖÜ„].{4,})")
STATUS_TAIL_RE = re.compile(r"\s+(?:abgesagt|verschoben|entfällt|fällt\s+aus)\s+[–-]\s+\S")


# Every status pattern needs one of its gate keywords; a keyword's words each alone ("nicht statt" is "nicht" and
# "statt"), so that a text the readers below cut and rejoin can hold none that the whole page lacks.
_STATUS_KEYWORDS = tuple({tuple(keyword.split()) for gated in (lex.CANCELLED_RE, lex.POSTPONED_RE, lex.BOOKED_OUT_RE)
                          for keyword in gated.keywords})


def _may_speak_of_status(title: str, texts: list[str]) -> bool:
    lower = "\n".join([title, *texts]).lower()
    return any(all(word in lower for word in words) for words in _STATUS_KEYWORDS)


def read_status(view: PageView, draft: Draft, texts: list[str], title: str, mentions: list[Mention], year_hint) -> None:
    event = draft.event
    from_page_data = (event.provenance.get("status") or {}).get("from") == FROM_JSONLD
    if not from_page_data and not _may_speak_of_status(title, texts):
        return  # (most pages: none of the sentence-by-sentence readings below could find a status)
    relevant = [_without_programme_at_large(title)] + [t if len(t) < 160 else _sentences_about_events(t) for t in texts
                                                       if len(t) < 160 or lex.EVENT_NOUN_IN_WORD_RE.search(t)]
    # (case-insensitive: "Das Landesforum …, das am 9. November stattfinden sollte, ist abgesagt")
    relevant = [t for t in relevant if not re.search(r"Gebühr|Kosten|Beitrag\b", t)]
    # "Nachdem der Bundeskongress 2020 verschoben werden musste, wird die Bundeskonferenz 2021 …": the
    # clause tells another event's story
    relevant = [re.sub(r"\b[Nn]achdem\b[^,.;]*[,.;]", " ", t) for t in relevant]
    if event.start:
        relevant = [_without_other_years(t, event.start[:4]) for t in relevant]
    relevant = relevant[:1] + [_without_cancelled_parts(_without_earlier_editions(t), title) for t in relevant[1:]]
    joined = "\n".join(relevant)
    status = lex.status_of(joined)
    if status == CANCELLED and view.made_up_later:
        status = POSTPONED  # "… wurde es abgesagt. Wir werden das Sportfest am 23. Juni nachholen.": called off that day only
    if lex.BOOKED_OUT_RE.search(joined):
        event.booked_out = True
    if from_page_data:
        # the page's schema.org eventStatus (EventCancelled) is the site's own word; "we hope
        # for a new date" in its text does not make a cancelled event a postponed one
        status = event.status
    elif status is not None:
        event.status = status
        event.note("status", FROM_PROSE, next((t for t in relevant if lex.status_of(t)), title))
    if status is None:
        return
    if status != POSTPONED:
        return
    labelled_old = next((m for m in mentions if m.kind == "old" and resolve(view, m, year_hint)), None)
    if labelled_old is not None:
        # "Ursprünglicher Termin: 22.06.2027, 10:00 Uhr" / "Neuer Termin: 3.11.2027" or "wird noch bekanntgegeben"
        old_text = view.texts[labelled_old.line]
        old_time = d.find_time(old_text[labelled_old.date.end:labelled_old.date.end + 60])
        event.original_start = d.iso(labelled_old.first, old_time.start if old_time else None)
        new = next((m for m in mentions if m.kind == "event" and view.labels[m.line]
                    and view.labels[m.line].kind == "new_date" and resolve(view, m, year_hint)), None)
        if new is not None:
            when.set_when(view, draft, new)
        elif event.start and event.start[:10] == labelled_old.first.isoformat():
            event.start = event.end = None
            event.all_day = False
        return
    dated = [m for m in mentions if m.kind == "event" and resolve(view, m, year_hint)]
    new = None
    for mention in dated:
        text = view.texts[mention.line]
        sentence_before = re.split(r"[.!?]\s", text[:mention.date.start])[-1][-60:]
        if lex.OLD_DATE_CUE_RE.search(sentence_before) or re.search(
                r"\b(?:vom|von)\s*$|angekündigt\w*\s+(?:am\s+)?$|\bnicht\s+(?:wie\s+\w+\s+)?am\s*$", sentence_before):
            continue  # "vom 22. April … auf den 7. Oktober verlegt", "nicht wie angekündigt am …": the old date
        if re.search(r"\bauf\s+(?:den\s+)?$", sentence_before):
            new = mention
            break
        if lex.NEW_DATE_CUE_RE.search(sentence_before) or (
                mention.line > 0 and lex.NEW_DATE_CUE_RE.search(view.texts[mention.line - 1][-40:])
                and mention.date.start <= 2):
            new = mention
            break
    struck = [m for m in dated if view.lines[m.line].struck]
    if new is None and len({m.first for m in dated}) >= 2:
        ordered = [m for m in dated if m not in struck] or dated
        new = ordered[-1]
    if new is not None:
        old = next((m for m in struck if m.first != new.first), None) or next(
            (m for m in dated if m.first != new.first), None)
        if old is not None:
            event.original_start = d.iso(old.first)
            when.set_when(view, draft, new)
    elif dated:
        event.original_start = event.start.split("T")[0] if event.start else None


def _sentences_about_events(paragraph: str) -> str:
    """A paragraph's sentences that speak of an event: "Die Zuweisungen … sind für diese Woche ausgesetzt" in a
    report of a round table tells nothing of the round table."""
    if not lex.status_of(paragraph):
        return paragraph
    return " ".join(sentence for sentence in prose.sentences(paragraph) if not PROGRAMME_AT_LARGE_RE.search(sentence) and (
        STATUS_SUBJECT_RE.search(sentence) or any(lex.EVENT_NOUN_IN_WORD_RE.search(noun) for noun in NOUN_RE.findall(sentence))))


def _without_programme_at_large(title: str) -> str:
    """A title as long as a paragraph (an article of paragraphs only) without the sentences that speak of the whole
    programme: "Nur einige wenige Veranstaltungen … mussten … ausgesetzt werden" cancels no event of it."""
    if len(title) < 160 or not lex.status_of(title):
        return title
    return " ".join(sentence for sentence in prose.sentences(title) if not PROGRAMME_AT_LARGE_RE.search(sentence))


# what a lockdown did to a whole programme, not to the event the page announces: "Vieles von dem, was im Programmheft …
# angeboten wird, musste verschoben werden", "Aber verschoben bedeutet auch, dass es noch Hoffnung gibt", "Nur einige
# wenige Veranstaltungen … mussten … ausgesetzt werden"
# (and none of it called off: "Kein einziger Termin der Reihe musste bislang abgesagt werden")
PROGRAMME_AT_LARGE_RE = re.compile(r"^(?:(?:Aber|Doch|Und|Auch|Nur|Lediglich)\s+)?(?i:vieles|einiges|manches|viele|einige|manche|"
                                   r"mehrere|zahlreiche|etliche|wenige|die\s+meisten)\b|\b(?:verschoben|abgesagt)\s+(?:bedeutet|heißt)\b|"
                                   r"\b[Kk]ein(?:e[rs]?)?\s+(?:einzige[rs]?\s+)?(?:Termin|Veranstaltung|Konzert|Kurs|Abend|Treffen)\b")


# a sentence whose status word may be the event's without naming its kind: "Der Termin entfällt", "Sie fällt aus"
STATUS_SUBJECT_RE = re.compile(r"\b(?:Termin|Veranstaltung|Treffen|Sitzung|Angebot|Kurs|Exkursion|Führung|Vortrag|Lesung|"
                               r"Programm|Aktion|Anmeldung)\b|^(?:Sie|Er|Es|Diese[rs]?|Der|Die|Das)\b")
NOUN_RE = re.compile(r"(?<![\wäöüß-])[A-ZÄÖÜ][\wäöüß-]+")  # (a noun, not the verb "treffen")


def _without_other_years(text: str, year: str) -> str:
    """"Die ursprünglich für 2020 geplante Veranstaltung musste abgesagt werden" beside an event of
    2022 tells an earlier edition's story: a status sentence that names only other years is dropped."""
    if not lex.status_of(text):
        return text
    kept = []
    for sentence in prose.sentences(text):
        years = set(YEAR_RE.findall(sentence))  # (the page view's year pattern)
        if lex.status_of(sentence) and years and year not in years:
            continue
        kept.append(sentence)
    return " ".join(kept)


def _without_earlier_editions(text: str) -> str:
    """"Im vorherigen Jahr musste die Jubiläumsfeier wegen der Corona-Pandemie abgesagt werden" beside this year's
    open day tells an earlier edition's story, as a sentence naming only other years does (`_without_other_years`)."""
    if not lex.status_of(text) or not lex.EARLIER_YEAR_RE.search(text):
        return text
    return " ".join(sentence for sentence in prose.sentences(text)
                    if not (lex.status_of(sentence) and lex.EARLIER_YEAR_RE.search(sentence)
                            and lex.PAST_STATUS_RE.search(sentence) and not lex.THIS_TIME_TOO_RE.search(sentence)))


def _without_cancelled_parts(text: str, title: str) -> str:
    """"Der Workshop 3 „Ganztag im ländlichen Raum“ entfällt leider" on the page of a Fachtag: a part of its programme
    is called off, not the Fachtag. A status sentence that names a part of a programme the title does not name, and
    names neither the event's own kind nor the event at large ("Veranstaltung", "Termin"), is dropped. (A title that
    names no kind, "Datenvisualisierung im Bildungsmonitoring", may be the workshop's own: its sentences stay.)"""
    if not lex.status_of(text):
        return text
    own_words = _own_kind_words(title)
    if not own_words:
        return text
    kept = []
    for sentence in prose.sentences(text):
        part = lex.PROGRAMME_PART_RE.search(sentence)
        if part and lex.status_of(sentence) and part.group(0).lower().rstrip("s") not in title.lower():
            rest = sentence[:part.start()] + " " + sentence[part.end():]
            names_the_event = lex.WHOLE_EVENT_RE.search(rest) or any(
                word in own_words or word[:-1] in own_words or word[:-2] in own_words
                for word in re.findall(r"[a-zäöüß-]+", rest.lower()))
            if not names_the_event:
                continue
        kept.append(sentence)
    return " ".join(kept)


@lru_cache(maxsize=256)  # (asked once for each of a page's texts, always of the same title)
def _own_kind_words(title: str) -> frozenset[str]:
    """The words by which a sentence names the event of this title back: the title's words that hold an event noun or
    end in an event's head ("Elternabend", "Kräuterwanderung", "Workshop-Reihe"), and those heads alone ("abend")."""
    words = set()
    for word in re.findall(r"[a-zäöüß-]+", title.lower()):
        heads = [m.group(0) for m in lex.EVENT_NOUN_IN_WORD_RE.finditer(word)]
        heads += [head for head in lex.EVENT_HEADS if word.endswith(head)]
        if heads:
            words |= {word, *heads, *(part for part in word.split("-") if part)}
    return frozenset(words)


def without_status_tail(title: str) -> str:
    """"Bildungskonferenz 2020 abgesagt – Geschäftsbericht im Internet einsehbar" is about the
    "Bildungskonferenz 2020": the status word and the news after it are not its name."""
    lead = STATUS_LEAD_RE.match(title)
    if lead and len(title) - lead.end() >= 8:
        return title[lead.end():]  # "Von 2021 auf 2023 verschoben: Hochschultage …", "Abgesagt: Fachtag …"
    news = STATUS_NEWS_HEAD_RE.match(title)
    if news and prose.EVENT_NOUN_RE.search(news.group("name").split()[0]):
        # "Absage der Fachtagung 2020 in Bad Bevensen", "Verschiebung der Fachtagung aufgrund des Hochwassers": the news
        # of a status, told of the event it names (the reason after it is no part of the name)
        return re.split(r"\s+(?:aufgrund|wegen|infolge)\b", news.group("name"))[0]
    match = STATUS_TAIL_RE.search(title)
    if match and match.start() >= 8:
        return title[:match.start()].rstrip(" ,:–-")
    match = STATUS_BRACKET_RE.search(title)
    if match and match.start() >= 8:
        return title[:match.start()].rstrip()  # "Leseshow „…“ (Ersatztermin)": the status beside the name
    # "Landesforum „…“ im Bildungsgut Schmochtitz auf den 1. November verschoben": the news, not the name
    match = STATUS_END_RE.search(title)
    if match and match.start() >= 8:
        return re.sub(r"^(?:Die|Der|Das)\s+", "", title[:match.start()].rstrip(" ,:–-"))
    return title


STATUS_BRACKET_RE = re.compile(r"\s*\((?:Ersatztermin|Nachholtermin|neuer\s+Termin|verschoben|abgesagt|entfällt|"
                               r"ausgebucht|ausverkauft|fällt\s+aus)\)\s*$", re.I)
STATUS_END_RE = re.compile(r"\s+(?:(?:wurde|wird|ist|muss|musste)\s+(?:leider\s+)?)?"
                           r"(?:(?:auf|in|vom|für)\s+(?:den\s+)?[^,;„“]{0,40}?\s+)?(?:verschoben|abgesagt|verlegt)"
                           r"(?:\s+werden)?\s*[.!]?$")  # "Die didacta wurde abgesagt"
