"""Where an event takes place, read from running text: "im Kursaal in Bad Bocklet", "lädt … nach
Ostritz ein", "in Kaufering statt".

A place is only taken after "in" or "nach" and only if it is a German place with more than
1,000 inhabitants (data/orte.txt, from GeoNames): that keeps common nouns that are also place
names ("in der Halle", "Lage") and words after "in" ("in Kooperation", "in Präsenz") out.
"""
from __future__ import annotations

import re

from . import dates as d
from . import gazetteer
from . import lexicon as lex
from . import prose
from .content import PageView
from .event import FROM_LABEL, FROM_PROSE, Event
from .labels import label_of
from .segment import Block, Draft

CITY_STATT_RE = lex.Gated(r"\bin\s+([A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:am|an der|im|in der)[ -][A-ZÄÖÜ][\wäöüß]+)?)"
                          r"\s+(?:statt|stattfinden|stattfand)\b", ("statt",), flags=0)

# the endings of abstract nouns, which no town has: "in Kooperation", "in Transition", "in Vorbereitung"
NOUN_ENDING_RE = re.compile(r"(?:ion|ung|heit|keit|schaft|tät|ismus|ment)$")


# a remark to the reader, not a place: "Eltern dürfen gerne dazu kommen", "wer möchte, kommt verkleidet"
MODAL_VERB_RE = re.compile(r"\b(?:dürfen|darf|können|kann|sollen|soll|müssen|muss|möchte|möchten|kommt|kommen)\b")

# a row of a label, known or not: "Leitung: Dr. Erika Beispiel", "Wanderführer: …" (never part of a place)
LABEL_LIKE_LINE_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß/-]{2,30}(?:\s[a-zäöüß]+)?\s?:\s+\S")


EMPTIED_NAME_RE = re.compile(r"\s*:?\s*(?:„[“”]|\"\")\s*$")
ROW_PLACE_BEFORE_NAME_RE = re.compile(r"(?:^|[,|]\s*)(?P<place>[^,|:„“\"]{3,60}(?:,\s*(?:Raum|Saal|Zimmer)(?:\s[^,|:„“\"]{1,20})?)?)"
                                      r"\s*:\s*(?:„[“”]|\"\")")


def read_venue(view: PageView, draft: Draft, texts, labels, text, block: Block) -> None:
    """Venue, address, postal code, town; online, hybrid and the platform."""
    _read_place(view, draft, texts, labels, text, block)
    event = draft.event
    if event.venue:
        venue, town = tidy_venue(event.venue, event.city)
        if venue != event.venue:
            event.venue = venue
        if town and not event.city:
            event.city = town
            event.note("city", FROM_LABEL, town)
        if event.venue and event.venue == event.city and gazetteer.known_town_with_suffix(event.city):
            event.venue = None  # ("Ort: Hannover": the town, no place in it; not "Ort: Gemeindebücherei")


_VENUE_IN_SENTENCE_RE = re.compile(
    r"\b(?:Ort:\s*|im\s+|in\s+der\s+|in\s+dem\s+|ins\s+)(?P<venue>[A-ZÄÖÜ][\wäöüß.-]*(?:\s+(?:am|an\s+der|der|des|im)?\s*"
    r"[A-ZÄÖÜ„][\wäöüß.“-]*)*)")


def tidy_venue(venue: str, city: str | None) -> tuple[str | None, str | None]:
    """The venue's name alone. A date line's remainder ("Dienstag, 15. Juni, 10:00–16:00 Uhr, Würzburg,
    Beispielhaus am Main") keeps its place (and gives its town); a sentence keeps the place it names
    ("… treffen sich am 18.03. im Beispielzentrum Donau") or nothing."""
    text = re.sub(r"^\s*Ort\s*:\s*", "", venue.strip())
    parts = [p.strip() for p in re.split(r"\s*[|]\s*|,\s+", text) if p.strip()]
    dated = lambda part: bool(d.find_dates(part) or d.find_time(part) or lex.WEEKDAY_RE.search(part)
                              or re.search(r"\bUhr\b|\bganzt(?:[äa]gig|ags)\b", part, re.I))
    sentence_like = len(text) > 100 or (len(text.split()) >= 8 and lex.FINITE_VERB_RE.search(text)) or \
        re.search(r"\b(?:treffen|trifft|findet|beginnt)\b", text)
    if sentence_like:
        named = _VENUE_IN_SENTENCE_RE.findall(text)
        named = [re.sub(r"\s+(?:am|an der|der|des|im)$", "", n).strip() for n in named]
        named = [n for n in named if n and n != city and gazetteer.known_place(n) is None and not dated(n)]
        return (named[-1] if named else None), None
    if not any(dated(p) for p in parts) and not (len(parts) > 1 and (parts[0] == city or gazetteer.known_place(parts[0]))):
        if len(parts) > 1 and parts[-1] not in gazetteer.COMMON_NOUN_TOWNS \
                and (parts[-1] == city or not city and gazetteer.known_town_with_suffix(parts[-1])):
            # "Treff: Infozentrum Biosphärenreservat, Schmiedefeld a.R.": the place, then its town
            return _balanced(", ".join(parts[:-1])), parts[-1]
        return _balanced(text), None
    kept, town = [], None
    for part in parts:
        part = re.sub(r"^(?:hybrid|online|präsenz)\s*:\s*", "", part, flags=re.I)
        if not part or dated(part):
            continue
        if town is None and not kept and (part == city or gazetteer.known_place(part)):
            town = part
            continue
        kept.append(part)
    return (_balanced(", ".join(kept)) if kept else None), town


def _balanced(text: str) -> str | None:
    """"Kongresszentrum Reinhardtstraßenhöfe (" -> "Kongresszentrum Reinhardtstraßenhöfe"."""
    opening = text.rfind("(")
    if text.count("(") > text.count(")") and len(text.rstrip()) - opening <= 3:
        text = text[:opening]  # a bracket cut off right after it opened
    text = text.strip(" ,;:–-(")
    return text or None


def _read_place(view: PageView, draft: Draft, texts, labels, text, block: Block) -> None:
    event = draft.event
    place_lines: list[str] = []
    meeting_point = False
    for index, label in enumerate(labels):
        if label and label.kind == "place":
            meeting_point = label.word.lower().startswith("treff")
            if label.value:
                place_lines.append(label.value)
            continuation = [] if label.value and (gazetteer.PLZ_CITY_RE.search(label.value) or lex.ONLINE_RE.search(label.value)) \
                else texts[index + 1:index + 5]
            for following in continuation:
                if label_of(following) or label_of(following.rstrip(" :|") + ":") or len(following) > 120 \
                        or re.fullmatch(r"(?:(?:Tages|Veranstaltungs)?[Pp]rogramm|Ablauf|Agenda)\s*:?", following.strip()) \
                        or lex.PROGRAMME_ITEM_RE.match(following.strip()) \
                        or lex.is_chrome_line(following) or LABEL_LIKE_LINE_RE.match(following) \
                        or following.rstrip().endswith((".", "!", "?")) and len(following.split()) >= 3 \
                        and re.search(r"\s[a-zäöüß]{3,}", following) and not lex.ONLINE_RE.search(following):
                    # (the next row's label without its value: "Weitere Informationen"; the programme below the facts; a
                    # link's "Mehr anzeigen"; a row of a label no reader knows, "Leitung: Dr. Erika Beispiel"; a sentence
                    # of the text, "Gäste sind herzlich willkommen.", unless it says how to join online)
                    break
                if not label.value or len(place_lines) < 4:
                    place_lines.append(following)
                if gazetteer.PLZ_CITY_RE.search(following):
                    position = texts.index(following, index + 1)
                    after = texts[position + 1] if position + 1 < len(texts) else ""
                    if re.match(r"(?:und|sowie|oder|zusätzlich|parallel)\b.*(?:online|digital|hybrid|Teams|Zoom|Webex)", after, re.I):
                        place_lines.append(after)
                    break
            if place_lines:
                event.note("venue", FROM_LABEL, texts[index] + " " + " ".join(place_lines))
            break
    if not place_lines:
        place_lines = [line.text for line in view.lines[block.start:block.end] if line.place][:4]
    place_text = " | ".join(place_lines)
    date_line = _date_line_remainder(event)
    if event.title and event.title in date_line:
        date_line = date_line.replace(event.title, "").strip(" |,:–-")
    scope = " ".join(filter(None, [place_text, date_line]))
    platform = gazetteer.platform_of(scope) or gazetteer.platform_of(text)
    if event.online_platform is None and platform:
        event.online_platform = platform
    if lex.HYBRID_RE.search(scope) or (lex.HYBRID_PROSE_RE.search(text) and _hybrid_said(text)):
        event.hybrid = True
        event.online = True
    if lex.ONLINE_RE.search(scope) or lex.online_in_prose(text) or (platform and not place_text) or (
            not place_text and lex.ONLINE_TITLE_RE.search(event.title or "") and len(event.title) < 160
            # (a "Digital-Werkstatt" whose text says where it met, "Im Rathaus in Braubach entwickelten …", met there)
            and not gazetteer.place_after_preposition(gazetteer.without_quotes(text[:3000]))) or (
            platform and gazetteer.platform_of(place_text)):
        event.online = True
    if place_lines and lex.TBA_RE.search(place_lines[0]):
        return
    if event.city or event.venue:
        return
    offline_lines = [p for p in place_lines if not (lex.ONLINE_RE.search(p) or gazetteer.platform_of(p))]
    if offline_lines:
        _address_from(offline_lines, event)
        if not event.city:
            first = re.split(r"[,|(]", offline_lines[0])[0].strip()
            town = gazetteer.town_in(" ".join(offline_lines)) or gazetteer.known_place(first) or (
                # (a word the gazetteer does not know is a village under "Ort:", not under "Treffpunkt: Bauhof")
                first if not meeting_point and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", first) and len(first) > 3
                and first not in lex.NOT_A_TOWN and not lex.VENUE_NOUN_RE.search(first) else None)
            if town:
                event.city = town
                event.note("city", FROM_LABEL, offline_lines[0])
    if not event.city and (not event.online or event.hybrid):
        match = gazetteer.PLZ_CITY_RE.search(text_before_contacts(texts))
        if match:
            # the postal code and town may run across a line break ("12345\nBeispielstadt")
            line = next((t for t in texts if match.group(0) in t), match.group(0).replace("\n", " "))
            _address_from([line], event)
    if not event.city:
        match = CITY_STATT_RE.search(text)
        # "in Erfurt im Augustinerkloster statt": Erfurt; not "in Präsenz statt", not "mit dem Titel Lost in
        # Transition statt" (a noun's ending: no town); a village the gazetteer does not list ("in Görmar") is one
        names = (match.group(1), re.split(r"[ -]i[mn]\b", match.group(1))[0]) if match else ()
        town = next((name for name in names if name not in lex.NOT_A_TOWN and gazetteer.known_place(name)), None) or (
            # (not a Land: "… zum Qualitätssiegel „Bildungsregion in Bayern“ statt")
            names[1] if names and names[1] not in gazetteer.NOT_PLACES and not NOUN_ENDING_RE.search(names[1]) else None)
        if town:
            event.city = town
            event.note("city", FROM_PROSE, match.group(0))
    date_clause = _clause_of_its_day(date_line, event) if date_line else ""  # not the next sentence
    if not event.city and date_clause and gazetteer.event_town_in(date_clause):
        event.city = gazetteer.event_town_in(date_clause)
        event.note("city", FROM_LABEL, date_line)
        venue, _ = tidy_venue(date_line, event.city)
        venue = _bare(venue) if venue else venue  # "Kassel) oder" of "9:00 bis 17:00 (Kassel) oder": the town alone
        if venue and not event.venue and venue != event.city and len(venue) < 80 \
                and not re.search(r"^(?:in|nach)\s|\bstatt\b", venue):  # not "in Gardelegen statt."
            event.venue = venue  # "…, Würzburg, Beispielhaus am Main"
            event.note("venue", FROM_LABEL, date_line)
    row_place = ROW_PLACE_BEFORE_NAME_RE.search(date_line) if date_line and not event.venue else None
    if row_place:
        # "Freitag, 23. April, 17 Uhr, Stadtpark: „Waldbaden“, Achtsamkeitsspaziergang": the place before the row's quoted
        # name (which the title took), not what it is after it
        place = row_place.group("place").strip()
        if gazetteer.known_place(place) and not any(lex.VENUE_NOUN_RE.search(word.lower()) for word in place.split()):
            event.city = event.city or place
        else:
            event.venue = place
            event.note("venue", FROM_LABEL, date_line)
    if not event.city and date_line and not row_place:
        # (a row's place before its name, which the title took: "Ursulinenschule: „“" is the Ursulinenschule)
        segments = [re.sub(r"^(?:in|im|auf)\s+", "", EMPTIED_NAME_RE.sub("", s).strip()) for s in re.split(r"[,|]", date_line)
                    if EMPTIED_NAME_RE.sub("", s).strip()]
        named = len(segments)  # (a town before a price is a town: "Beispielheim, Eintritt frei")
        segments = [_without_admission(s) for s in segments]
        segments = [s for s in segments if s and not lex.ONLINE_RE.search(s) and not gazetteer.platform_of(s)
                    and not re.search(r"\d|Ganzt[äa]gig|Präsenz|hybrid|jeweils|Uhr|Anmeld|\bstatt\b|\bfinde[nt]\b", s, re.I)]
        # "…, Würzburg, Beispielhaus" names its town; "am 14. November 2022, Bericht" names a kind of page
        town_like = bool(segments) and (gazetteer.known_place(segments[0]) is not None or named > 1
                                        and segments[0] not in lex.NOT_A_TOWN and not lex.VENUE_NOUN_RE.search(segments[0])
                                        # (not "Schule an den Türmen", a house named like "Frankfurt am Main")
                                        and not lex.VENUE_NOUN_RE.search(segments[0].split()[0].lower()))
        if segments and town_like and re.match(r"^[A-ZÄÖÜ][\wäöüß.\-]+(?:\s(?:an|am|a\.|im|in|ob)\s[\wäöüß.\- ]+)?$", segments[0]) \
                and len(segments[0]) < 40 and not lex.WEEKDAY_RE.search(segments[0]) and segments[0] != event.title \
                and not (event.title and event.title in date_line) and not (
                    # (a row's name after its day's colon, "24. April 2027: Blüten, Bäume, Bienen – …": a town there must
                    # be one the gazetteer knows)
                    gazetteer.known_place(segments[0]) is None and _name_after_days_colon(event)):
            # (not a row's name: "07.11. | 15:30 Uhr | | Vorlesezeit am Dienstag | Buchlesung")
            event.city = segments[0]
            if len(segments) > 1:
                event.venue = segments[1]
            event.note("city", FROM_LABEL, date_line)
        elif segments and len(segments[0]) < 80 and segments[0] not in lex.PAGE_KIND_WORDS \
                and (segments[0][0].isupper() or segments[0].startswith("am ")) and not lex.FINITE_VERB_RE.search(segments[0]) \
                and not MODAL_VERB_RE.search(segments[0]) \
                and not re.match(r"[A-ZÄÖÜ][a-zäöüß]+e\s+(?:der|des|zu[mr]?|für)\s", segments[0]):
            # (not a row's topic after its hour: "… um 18.30 Uhr Ergebnisse der Befragung")
            # a venue is a name ("Kreishaus, Saal 2"), not the rest of a clause ("das Jugendamt lädt ein")
            event.venue = segments[0]
            event.note("venue", FROM_LABEL, date_line)
    if not event.city and (not event.online or event.hybrid) and event.title and not prose.is_paragraph(event.title):
        # (a paragraph taken for the name, to be cut later, names other events' towns first)
        # "NetzwerkeKonferenz in Offenburg": the event's own name says where, before any town its date
        # sentence names ("aus den Regierungsbezirken Freiburg und Karlsruhe am 01.12.2010")
        town = gazetteer.place_after_preposition(event.title) or _village_in_title(event.title, view.texts)
        if town:
            event.city = town
            event.note("city", FROM_LABEL, event.title)
    if not event.city and (not event.online or event.hybrid):
        town = _town_near_date(event, texts)
        if town:
            event.city = town
            event.note("city", FROM_PROSE, town)
    if not event.city and (not event.online or event.hybrid):
        # "im Kursaal in Bad Bocklet", "nach Ostritz": a known place after a preposition, in
        # the line that gives the date first, then anywhere before the contact block
        date_text = view.texts[draft.date_line] if draft.date_line is not None and \
            block.start <= draft.date_line < block.end else ""
        # (a quoted topic is no place: "zum Thema „Theoriebildung in der Frankfurter Frauenschule“")
        date_text, before_contacts = gazetteer.without_quotes(date_text), gazetteer.without_quotes(text_before_contacts(texts))
        before_contacts = "\n".join(line for line in before_contacts.split("\n") if not _speakers_line(line))
        own = gazetteer.without_quotes(texts[0]).strip() if len(texts) == 1 else ""
        if own and own != date_text.strip() and own in date_text:
            date_text = _without_other_days_sentences(date_text, own, event.start)
        town = _town_said_just_before(date_text, texts)
        if not town and not _day_shares_its_sentence(event, texts, view, draft):
            # (a sentence of two days whose clause of this day names no town gives it none of the other's: "das „Fest …“
            # am Samstag, 24. Juni, und das Sommerfestival in Dorfen am Freitag, 7. Juli")
            town = gazetteer.place_after_preposition(date_text) or gazetteer.place_after_preposition(before_contacts) \
                or gazetteer.place_of_venue(date_text) or gazetteer.place_of_venue(before_contacts)
        if town:
            event.city = town
            event.note("city", FROM_PROSE, town)
    if not event.city and (not event.online or event.hybrid):
        # an event read from one sentence of a round-up's paragraph: the town the paragraph names before the page's own
        # ("Bereits in der ersten Ferienwoche können Kinder im Museum Kunst Palast Düsseldorf … In dem viertägigen
        # Ferienkurs vom 4. bis 7. Oktober …")
        # (one town for the whole paragraph: a round-up's paragraph of several towns gives each item its own or none)
        paragraph = view.texts[block.start] if block.start < len(view.texts) else ""
        # (not the town of another sentence that gives a day of its own: that day's event is there)
        towns = {_town_where(sentence) for sentence in prose.sentences(gazetteer.without_quotes(paragraph))
                 if not SPEAKERS_SENTENCE_RE.search(sentence) and not _gives_another_day(sentence, gazetteer.without_quotes(texts[0]), event.start)} - {None} \
            if len(texts) == 1 and texts[0] != paragraph and texts[0] in paragraph and len(paragraph) <= PARAGRAPH_TOWN_CHARS \
            else set()
        town = towns.pop() if len(towns) == 1 else None
        if town and town in texts[0]:
            town = None  # (its own sentence's town is another clause's: "das „Fest …“ am 26. Juni und das Sommerfestival
            #              in Dorfen am 9. Juli")
        if town:
            event.city = town
            event.note("city", FROM_PROSE, town)
    if not event.city and (not event.online or event.hybrid):
        town_of_page(view, event)


_POINTS_BACK_TO_A_PLACE_RE = re.compile(r"(?:^|[.!?]\s+)(?:Dort|Hier|Ebendort|Ebenda)\b|\b(?:dort|ebendort|ebenda)\b")


def _gives_another_day(sentence: str, own: str, start: str | None) -> bool:
    """A sentence of the paragraph, not the event's own, that gives days none of which is or holds the event's: its town
    is that day's event's (not a week's span that holds the event's day: "So lädt der Verein … in Königs Wusterhausen
    vom 27.09. bis zum 1.10. … ein. Am Dienstag, 28. September, findet … eine Fragerunde statt")."""
    if sentence in own or not start or not d.MAYBE_DATE(sentence) or _POINTS_BACK_TO_A_PLACE_RE.search(own):
        return False  # (nor where the event's sentence points back to the place before: "Dort steht am 20. März …")
    day = (int(start[8:10]), int(start[5:7]))
    mentions = d.find_dates(sentence)
    return bool(mentions) and not any(d.holds_day(mention, day) for mention in mentions)


def _without_other_days_sentences(paragraph: str, own: str, start: str | None) -> str:
    """The paragraph of an event read from one of its sentences, without the sentences that give other days
    ("Am Dienstag, 7. Oktober, werden Kulturliebhaber die wilden Zwanziger in Berlin erleben … Ebenfalls im Angebot ist
    ein Literaturkurs ab Mittwoch, 29. Oktober": Berlin is not the course's town)."""
    return " ".join(sentence for sentence in prose.sentences(paragraph) if not _gives_another_day(sentence, own, start))


# a sentence of a speaker and where they come from or work: "Es spricht eine Referentin aus Heidelberg", "ist der
# Chefarzt im Geesthachter Krankenhaus als Referent eingeladen" (their town, not the event's)
def _speakers_line(text: str) -> bool:
    """A speaker's own labelled line under an item: "Dozent: Prof. Max Muster, Direktor des Instituts … in Kühlungsborn"
    (their town, not the item's)."""
    label = label_of(text.strip()) if ":" in text[:40] else None
    return bool(label and label.kind == "speaker")


SPEAKERS_SENTENCE_RE = re.compile(r"Referent|Chefarzt|Chefärztin|Dozent|Professor|\bspricht\b|\breferiert\b|\bliest\b|"
                                  r"\b(?:aus|von)\s+(?:dem\s+|der\s+)?[A-ZÄÖÜ][\wäöüß-]+\s*[.!?]?$")
# a house named with its town at the end: "im Museum Kunst Palast Düsseldorf", "Im Deutschen Museum Bonn"
HOUSE_AND_TOWN_RE = re.compile(r"\b(?:[Ii]m|[Ii]ns|[Ii]n\s+der|[Ii]n\s+dem)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,4}?"
                               r"(?P<town>[A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])(?!\s+[A-ZÄÖÜ])")


def _town_where(sentence: str) -> str | None:
    """The town a sentence says something takes place in: after a place's preposition or a house's name, not a town a
    clause names for another reason ("der Opfer des Brandanschlags von Solingen", "das Forstamt Koblenz")."""
    town = gazetteer.place_after_preposition(sentence) or gazetteer.place_of_venue(sentence)
    if town:
        return town
    return next((known for match in HOUSE_AND_TOWN_RE.finditer(sentence)
                 for known in [gazetteer.known_place(match.group("town"))] if known
                 and match.group("town") not in gazetteer.COMMON_NOUN_TOWNS), None)


PARAGRAPH_TOWN_CHARS = 3_000  # (a paragraph's sentences read for its one town; a page of one long line has no paragraphs)


def town_of_page(view: PageView, event: Event) -> None:
    """The town the page itself gives an event that names none: its dateline, its town's own site, its headline,
    the event's own name or its holder."""
    if not event.city and (not event.online or event.hybrid) and view.dateline_town:
        # "Krefeld – Im November organisiert die Stadt …": a local article's own town
        event.city = view.dateline_town
        event.note("city", FROM_LABEL, view.dateline_town)
    if not event.city and (not event.online or event.hybrid) and view.host_town:
        # an event on a town's own site ("www.ostfildern.de") that names no other town: the town's own
        event.city = view.host_town
        event.note("city", FROM_LABEL, view.url or view.host_town)
    if not event.city and (not event.online or event.hybrid) and view.path_town:
        # a local paper's section of the town ("…/lokales/rodgau/…") whose page names the town
        event.city = view.path_town
        event.note("city", FROM_LABEL, view.url or view.path_town)
    title_line = view.title_line()
    if not event.city and (not event.online or event.hybrid) and title_line is not None:
        # a press headline that starts with its town: "Starnberg: Dialogforum präsentiert erste Ergebnisse"
        match = re.match(r"([A-ZÄÖÜ][\wäöüß-]+(?:\s(?:am|an\sder|im)\s[A-ZÄÖÜ][\wäöüß-]+)?):\s", view.texts[title_line])
        if match and gazetteer.known_place(match.group(1)):
            event.city = match.group(1)
            event.note("city", FROM_LABEL, view.texts[title_line])
    if not event.city and (not event.online or event.hybrid) and title_line is not None:
        # "Mainzer Vorlesetage vom 14. bis 19. November" over the readings of the town's days: the headline's town
        town = _town_of_name(view.texts[title_line])
        if town:
            event.city = town
            event.note("city", FROM_LABEL, view.texts[title_line])
    if not event.city and (not event.online or event.hybrid):
        # "1. Mannheimer Bildungskonferenz", "Jahresempfang der Stadt Plauen": the event's own name or its holder, a
        # town's, says where when nothing else on the page does
        town = _town_of_name(event.title or "") or _town_of_holder(event.organizer or "")
        if town:
            event.city = town
            event.note("city", FROM_LABEL, event.title or "")
    if not event.city and (not event.online or event.hybrid) and view.site_town:
        # a town's own site ("www.kornwestheim.de/service/news/…") whose page names no town at all
        event.city = view.site_town
        event.note("city", FROM_LABEL, view.url or view.site_town)
    if not event.city and (not event.online or event.hybrid) and view.most_named_town:
        # "Mainz" named eight times and no other town twice: the page's own town
        event.city = view.most_named_town
        event.note("city", FROM_PROSE, view.most_named_town)


# "Mannheimer Bildungskonferenz": a town's adjective right before the event noun
TOWN_ADJECTIVE_BEFORE_EVENT_RE = re.compile(rf"\b(?P<adj>[A-ZÄÖÜ][a-zäöüß]+)er\s+(?:{prose.EVENT_NOUN})")
# "Stadt Plauen", "Landeshauptstadt Erfurt": a holder that is a town; "Bildungsbüro der Stadt Coburg", "Universität
# Bielefeld", "Volkshochschule Wolfsburg", "Berufsschulzentrum Lahr": a holder seated in one (not "Grundschule
# Weststadt": a school's second word is as often its quarter)
TOWN_HOLDER_RE = re.compile(rf"^(?:Stadt|{lex.TITLED_TOWN}|Gemeinde)\s+(?P<town>[A-ZÄÖÜ][\wäöüß. -]+)$"
                            rf"|\b(?:der\s+(?:Stadt|{lex.TITLED_TOWN}|Gemeinde)|Universität|Hochschule|Volkshochschule|VHS"
                            r"|[A-ZÄÖÜ][\wäöüß-]*(?:schulzentrum|kolleg)|Berufsbildende\s+Schulen"  # "Berufsschulzentrum Musterau"
                            # a town's own house by the town's name: "Stadtbibliothek Bruchsal", "Musikschule Kulmbach"
                            r"|(?:Stadt|Gemeinde)(?:bibliothek|bücherei)|Stadtmuseum|(?:Städtische\s+|Kreis)?[Mm]usikschule"
                            # a school by its town's name: "Realschule Ettlingen", "Gymnasium Musterau" (a quarter's name,
                            # "Grundschule Weststadt", is no known town)
                            r"|Gymnasium|Realschule|Gesamtschule|Oberschule|Sekundarschule|Gemeinschaftsschule|Mittelschule)"
                            r"\s+(?P<seat>[A-ZÄÖÜ][\wäöüß-]+(?:\s(?:am|an\sder)\s[A-ZÄÖÜ][\wäöüß]+)?)(?:$|[\s,(])")


# "Falls zu diesem Zeitpunkt noch Corona-Auflagen gelten, wird das Angebot durch hybride Formate verändert": a plan B
CONDITIONAL_RE = re.compile(r"^(?:Falls|Sollte[n]?|Wenn|Sofern|Gegebenenfalls|Ggf\.)\b")


def _hybrid_said(text: str) -> bool:
    """The page says the event is hybrid, not that it would be if need be."""
    return any(lex.HYBRID_PROSE_RE.search(sentence) and not CONDITIONAL_RE.match(sentence)
               for sentence in prose.sentences(text) if "ybrid" in sentence)


def _town_of_name(title: str) -> str | None:
    match = TOWN_ADJECTIVE_BEFORE_EVENT_RE.search(title)
    return gazetteer.town_of_adjective(match.group("adj")) if match else None


def _town_of_holder(organizer: str) -> str | None:
    match = TOWN_HOLDER_RE.search(organizer.strip())
    return gazetteer.known_place(match.group("town") or match.group("seat")) if match else _city_of_district_holder(organizer)


# a district's own house: "Stadtteilzentrum …", "Bürgerhaus …", "Bezirksamt …", "Volkshochschule …"
DISTRICT_HOUSE_RE = re.compile(r"(?:Stadtteil\w*|Bürgerhaus|Nachbarschafts\w*|Bezirksamt|Bezirks\w*|Volkshochschule|VHS|"
                               r"Familienzentrum|Jugendzentrum|Jugendclub|Quartiersmanagement|Kinder-\s+und\s+Jugend\w*)\s")


def _city_of_district_holder(organizer: str) -> str | None:
    """"Stadtteilzentrum Prenzlauer Berg", "Volkshochschule Neukölln": a district's own house named after a district of
    Berlin or Hamburg is in that city (not "Bildungshaus Kloster Marienthal" in the Rheingau, nor "Landkreis Harburg")."""
    words = organizer.split()
    if not words or not DISTRICT_HOUSE_RE.match(organizer):
        return None
    return next((city for size in (3, 2, 1) if len(words) > size
                 for city in [gazetteer.district_city(" ".join(words[-size:]))] if city), None)


TITLE_TOWN_RE = re.compile(r"\bin\s+(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)$")


def _village_in_title(title: str, texts: list[str]) -> str | None:
    """"Drittes Netzwerktreffen in Ivenack": a place too small for the gazetteer, named at the end of the event's
    name and again in the text ("im Schloss Ivenack"); not a noun ("in Präsenz", "in Kooperation")."""
    match = TITLE_TOWN_RE.search(title)
    if not match:
        return None
    town = match.group("town")
    if town in lex.NOT_A_TOWN or town in gazetteer.NOT_PLACES or NOUN_ENDING_RE.search(town):
        return None
    # named again outside the lines that repeat the title ("im Schloss Ivenack"), by a place's own words
    elsewhere = [text for text in texts[:200] if title not in text]
    named = any(re.search(rf"\b(?:in|im|nach|aus|Schloss|Gemeinde|Stadt|Dorf|Ortsteil)\s+(?:\w+\s+)?{re.escape(town)}\b", text)
                for text in elsewhere)
    return town if named else None


def _bare(segment: str) -> str:
    """A date line's remainder without its brackets, its closing stop and the "oder" that joins the next line."""
    segment = re.sub(r"\s+(?:oder|und|sowie)$|[.;]+$", "", segment.strip()).strip()
    return segment.strip("()[] ") if not re.search(r"[()]", segment.strip("()[] ")) else segment


NEAREST_TOWN_REACH = 600  # characters around the date's sentence read for its town and its ends


def _town_said_just_before(date_text: str, texts: list[str]) -> str | None:
    """An event read from one sentence of a round-up's paragraph, its sentence naming no town: the town the sentences
    just before it name, nearest first ("So lädt … in Königs Wusterhausen … ein. Am Dienstag … findet … eine
    Fragerunde statt."), not the paragraph's first town ("Der bundesweite Auftakt … wird … in Rostock gefeiert.")."""
    own = texts[0].strip() if len(texts) == 1 else ""
    start = date_text.find(own[:80]) if own and len(own) < len(date_text) else -1
    if start <= 0:
        return None
    for sentence in reversed(prose.sentences(date_text[max(0, start - NEAREST_TOWN_REACH):start])[-2:]):
        town = gazetteer.place_after_preposition(sentence)
        if town:
            return town
    return None


# a sentence's end after a word, not a date's full stop ("… am Samstag, 24. Juni, und …" runs on)
_SENTENCE_END_RE = re.compile(r"(?<=[a-zäöüß]{2})[.!?][“”\"'‘’»«]?\s")


def _clause_of_its_day(date_line: str, event: Event) -> str:
    """The sentence of the date line that gives the event's day: the first, unless a paragraph gives the day later
    ("Der bundesweite Auftakt … in Rostock gefeiert. … Am Dienstag, 28. September, findet … eine Fragerunde statt")."""
    snippet = event.provenance.get("start", {}).get("snippet", "")
    at = date_line.find(snippet) if snippet else -1
    if at <= 0:
        return _SENTENCE_END_RE.split(date_line)[0]
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(date_line, 0, at)), default=0)
    end = _SENTENCE_END_RE.search(date_line, at + len(snippet))
    return date_line[start:end.start() if end else len(date_line)]


def _day_shares_its_sentence(event: Event, texts: list[str], view: PageView, draft: Draft) -> bool:
    """The sentence that gives the event's day gives another day too (an event read from one clause of it)."""
    line = view.texts[draft.date_line] if draft.date_line is not None else ""
    own = texts[0].strip() if len(texts) == 1 else ""
    at = line.find(own[:60]) if own and len(own) < len(line) else -1
    if at < 0:
        return False
    return len(d.find_dates(_sentence_holding(line, at, at + len(own)))) >= 2


def _sentence_holding(text: str, start: int, end: int) -> str:
    """The sentence of `text` around [start, end), its ends after a word ("… am Samstag, 24. Juni, und …" is one)."""
    reach = NEAREST_TOWN_REACH
    left = max((m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - reach), start)), default=max(0, start - reach))
    right = _SENTENCE_END_RE.search(text, end, end + reach)
    return text[left:right.start() if right else min(len(text), end + reach)]


def _town_near_date(event: Event, texts: list[str]) -> str | None:
    """A known town in the sentence that gives the date, or in a line of its own nearby
    (a table cell); never from the contact block."""
    snippet = event.provenance.get("start", {}).get("snippet", "")
    candidates = []
    for index, text in enumerate(texts):
        if snippet and snippet in text:
            at = text.index(snippet)
            # the sentence that gives the date first: a long paragraph names other towns too
            sentence = prose.sentence_around(text, at, at + len(snippet))
            if len(d.find_dates(_sentence_holding(text, at, at + len(snippet)))) >= 2:
                # "das „Fest …“ am Samstag, 24. Juni, und das Sommerfestival in Dorfen am Freitag, 7. Juli": a sentence
                # of two days gives each its own clause's town, and no other
                candidates.append(prose.clause_around(text, at, at + len(snippet)))
                candidates.extend(texts[index + 1:index + 3])  # (a place's own line below it still says where)
                break
            candidates.append(sentence)
            candidates.append(text)
            # (not a speaker's line below: "Dozent: Prof. …, Direktor des Instituts … in Kühlungsborn" is their town)
            candidates.extend(t for t in texts[index + 1:index + 3] if not _speakers_line(t))
            break
    candidates += [t for t in texts if gazetteer.TOWN_RE.fullmatch(t.strip(" ,."))]
    contact_free = text_before_contacts(texts)
    for candidate in candidates:
        town = gazetteer.event_town_in(candidate)
        if town and candidate in contact_free:
            return town
    return None


def text_before_contacts(texts: list[str]) -> str:
    """Addresses under "Kontakt:" are the organizer's office, not the venue."""
    for index, label in enumerate(label_of(t) for t in texts):
        if label and label.kind == "contact":
            return "\n".join(texts[:index])
    return "\n".join(texts)


def _without_admission(segment: str) -> str:
    """A date line's segment without what it says of price or admission: "Stadtbücherei Musterau (Eintritt frei)" ->
    "Stadtbücherei Musterau", "Kirche St. Martin – Spende erbeten" -> "Kirche St. Martin", "Eintritt frei" -> ""."""
    segment = re.sub(r"\s*\([^)]*\)?\s*$", lambda m: "" if lex.ADMISSION_RE.search(m.group(0)) else m.group(0), segment)
    segment = re.sub(r"\s+[–-]\s+.*$", lambda m: "" if lex.ADMISSION_RE.search(m.group(0)) else m.group(0), segment)
    return "" if lex.ADMISSION_RE.search(segment) else segment.strip()


def _name_after_days_colon(event: Event) -> bool:
    """Whether the event's day line is a day, a colon and a name ("24. April 2027: Blüten, Bäume, Bienen – …")."""
    snippet = event.provenance.get("start", {}).get("snippet", "")
    mentions = d.find_dates(snippet) if snippet else []
    return bool(mentions) and mentions[0].start <= 2 and bool(re.match(r"\s*:\s+[A-ZÄÖÜ„\"]", snippet[mentions[0].end:]))


def _date_line_remainder(event: Event) -> str:
    snippet = event.provenance.get("start", {}).get("snippet", "")
    if not snippet:
        return ""
    mentions = d.find_dates(snippet)
    if not mentions:
        return ""
    rest = snippet[mentions[-1].end:]
    time = d.find_time(rest)
    if time:
        tail = rest[time.position:]
        match = d.TIME_RANGE_RE.match(tail) or d.TIME_SINGLE_RE.match(tail)
        rest = rest[:time.position] + (tail[match.end():] if match else "")
    rest = re.sub(r"^\s*(?:Uhr)?[\s,:|–-]*", "", rest)
    # the date's own sentence: "… am 30. April statt. Falls Sie Interesse haben, wenden Sie sich …" ends at "statt."
    rest = re.split(r"(?<=[a-zäöüß]{3})[.!?][“”\"'‘’»«]?\s+(?=[A-ZÄÖÜ])", rest)[0]  # also at a closing quote
    return rest.strip("() ")


def _address_from(lines: list[str], event: Event) -> None:
    joined = ", ".join(lines)
    match = gazetteer.PLZ_CITY_RE.search(joined)
    if match:
        event.postal_code = match.group("plz")
        event.city = match.group("city").strip().rstrip(",.")
        event.note("city", FROM_LABEL, joined)
    street = gazetteer.STREET_RE.search(joined)
    if street:
        event.address = street.group("street").strip().lstrip(", ")
    venue_part = joined
    if street:
        venue_part = joined[:street.start()]
    elif match:
        venue_part = joined[:match.start()]
    venue_part = venue_part.strip(" ,|–-")
    if venue_part and not re.fullmatch(r"[\d\s]+", venue_part):
        event.venue = venue_part
    elif not match and lines:
        event.venue = lines[0].strip()
