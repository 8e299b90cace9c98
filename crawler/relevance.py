"""Is an event one of this field's? A decision from the event's own evidence, with reasons.

A Landkreis calendar lists concerts, markets and sports next to the Bildungskonferenz. Agency
sources announce only their own formats and stay relevant without a decision; every event of a
`generic` source is weighed here: format words (Fachtag, Netzwerktreffen, Werkstatt …), topics of
education management (Bildungsmonitoring, Ganztag, Übergang Schule–Beruf …), professional target
groups (Fachkräfte, Lehrkräfte, Bildungsakteure …) and an organizer such as a Bildungsbüro,
Bildungsregion or Bildungsmanagement, against the words of leisure, culture and civic life
(Konzert, Flohmarkt, Weihnachtsmarkt, Lauf, Kreistagssitzung …). Pure: no Scrapy, no database.

Measured on labelled real announcements (tests/relevance/labels.jsonl, README "Relevance").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

THRESHOLD = 2  # a score at or above this is relevant


def _cues(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((label, re.compile(pattern, re.I)) for label, pattern in pairs)


# (label shown in the reasons, pattern); weights per group below
FIELD_WORDS = _cues(
    ("Bildungskonferenz", r"bildungs(?:konferenz|gipfel|dialog|forum|tag\b|messe\b)"),
    ("Bildungsmonitoring", r"bildungsmonitoring|bildungsbericht|bildungsdaten|datenbasiert|datengestützt"),
    ("Bildungsmanagement", r"bildungsmanagement|\bDKBM\b|bildungskoordinat|bildungsplanung"),
    ("Bildungsregion", r"bildungsregion|bildungslandschaft|bildungsnetzwerk|bildungsbüro|bildungsbuero|"
                       r"bildungsbündnis|bildungskommune|lernen\s+vor\s+ort"),
    ("Transferagentur", r"transferagentur|\bREAB\b|entwicklungsagentur\s+für\s+bildung|transferinitiative"),
)
FORMAT_WORDS = _cues(
    ("Fachtag", r"fachtag|fachtagung|fachkonferenz|fachforum|fachgespräch|fachaustausch|fachveranstaltung"),
    ("Netzwerktreffen", r"netzwerk\w*treffen|netzwerkkonferenz|vernetzungstreffen|austauschtreffen|arbeitskreis|"
                        r"steuerungsgruppe|lenkungs(?:gruppe|kreis)|runder\s+tisch|regionalkonferenz|"
                        r"netzwerk\w*\s*[:–-]"),
    ("Werkstatt", r"werkstatt|workshop|zukunftswerkstatt|barcamp|praxiswerkstatt"),
    ("Fortbildung", r"fortbildung|qualifizierung|weiterbildung\s+für|schulung\s+für|webinar|online-seminar|"
                    r"fachkräfteschulung|inhouse"),
    ("Tagung", r"\btagung|kongress|symposium|dialogforum|konferenz"),
)
TOPIC_WORDS = _cues(
    ("Ganztag", r"ganztag(?!ig)"),
    ("frühkindliche Bildung", r"frühkindlich|frühe\s+bildung|kindertagesbetreuung|\bkitas?\b|kindertagesstätte"),
    ("Übergang Schule–Beruf", r"übergang\s+schule|schule\s*[–-]\s*beruf|berufsorientierung|übergangsmanagement|"
                              r"jugendberufsagentur|berufliche\s+orientierung"),
    ("Schule", r"schulentwicklung|schulsozialarbeit|schulträger|schullandschaft|schulabsentismus|"
               r"inklusive?\s+schule|startchancen"),
    ("Integration", r"neuzugewandert|zugewandert|integration\s+durch\s+bildung|sprachförderung|"
                    r"bildungsberatung|anerkennung\s+ausländischer"),
    ("Bildungsgerechtigkeit", r"bildungsgerechtigkeit|chancengerechtigkeit|bildungsbiografie|bildungsübergäng|"
                              r"lebenslanges?\s+lernen|kinderarmut|präventionskette"),
    ("Jugendhilfe", r"jugendhilfe|jugendhilfeplanung|sozialraum|sozialplanung|kommunale\s+bildung"),
    ("Daten", r"monitoring|indikator|datenkompetenz|datenanalyse|statistik|berichterstattung"),
    ("BNE", r"\bBNE\b|bildung\s+für\s+nachhaltige|demokratiebildung|medienbildung|elternbeteiligung"),
)
AUDIENCE_WORDS = _cues(
    ("Fachkräfte", r"fachkräfte|pädagogische\w*\s+(?:fach|mitarbeit|personal)|pädagog(?:inn|en)|erzieher|"
                   r"sozialarbeiter|multiplikator"),
    ("Lehrkräfte", r"lehrkräfte|lehrer\w*\b|schulleitung|schulleiter"),
    ("Bildungsakteure", r"bildungsakteur|akteure\s+(?:der|aus|im)|bildungseinrichtung|bildungsträger|"
                        r"kooperationspartner|netzwerkpartner|träger\s+der"),
    ("Verwaltung", r"kommunalverwaltung|verwaltung|kommunen|dezernent|amtsleit|koordinator(?:inn)?en"),
)
ORGANIZER_WORDS = re.compile(r"bildungsbüro|bildungsbuero|bildungsregion|bildungsmanagement|bildungskoordinat|"
                             r"bildungsmonitoring|bildungsnetzwerk|bildungslandschaft|transferagentur|\bREAB\b|"
                             r"schulamt|jugendamt|regionales\s+übergangsmanagement|bildungs\w*zentrum", re.I)
UNRELATED_WORDS = _cues(
    ("Konzert", r"konzert|orchester|\bchor\b|chorkonzert|liederabend|musical|\bjazz|rock\b|\bband\b|"
                r"philharmon|open[\s-]air|festival|musik(?!schul)"),
    ("Markt", r"flohmarkt|trödelmarkt|weihnachtsmarkt|wochenmarkt|bauernmarkt|adventsmarkt|ostermarkt|"
              r"kunsthandwerkermarkt|krammarkt|jahrmarkt|\bbasar|kinderkleiderbörse|\bmarkt\b|märkte\b"),
    ("Fest", r"stadtfest|volksfest|dorffest|sommerfest|kirmes|kirchweih|schützenfest|weinfest|oktoberfest|"
             r"\bparty\b|disco|karneval|fasching|fastnacht|umzug|feuerwerk|laternenumzug|martinsumzug|\bfest\b"),
    ("Kultur", r"theater|kabarett|comedy|\bkino\b|filmabend|lesung|vernissage|ausstellung|\bmuseum|"
               r"führung|stadtführung|vortrag\s+über\s+die\s+geschichte|kunst|tanz|poetry|krimi|puppen"),
    ("Sport", r"\blauf\b|läufe|marathon|turnier|meisterschaft|fußball|radtour|wanderung|wandertag|"
              r"schwimm|sportabzeichen|\bsport\b|volkslauf|yoga|fitness|triathlon|\bspiel\b|spieltag"),
    ("Freizeit", r"ferienprogramm|basteln|bastel|kochkurs|seniorennachmittag|kaffeenachmittag|tag\s+der\s+offenen|"
                 r"blutspende|gottesdienst|andacht|erntedank|advent|weihnacht|ostern|osterfeuer|kinderfest|"
                 r"spielplatz|vorlesen|bilderbuchkino|märchen|zirkus|tierpark|natur\w*führung|garten"),
    ("Politik/Verwaltung", r"sitzung\s+des\s+(?:kreistag|stadtrat|gemeinderat|ausschuss)|kreistagssitzung|"
                           r"ratssitzung|ausschusssitzung|bürgersprechstunde|wahl\b|einwohnerversammlung|"
                           r"müllabfuhr|sperrmüll|straßensperrung|schadstoffmobil"),
)

WEIGHTS = {"Feld": 3, "Format": 2, "Thema": 1, "Zielgruppe": 1, "Veranstalter": 3, "Bereich": 1, "Gegen": -3}


@dataclass
class Decision:
    relevant: bool
    score: int
    reasons: list[str] = field(default_factory=list)

    def text(self) -> str:
        verdict = "relevant" if self.relevant else "nicht relevant"
        return f"{verdict} (Punkte {self.score}): " + "; ".join(self.reasons or ["keine Hinweise"])


def _found(cues, text: str) -> list[str]:
    return [label for label, pattern in cues if pattern.search(text)]


def decide(title: str, description: str = "", *, organizer: str | None = None, organizer_stated: bool = True,
           categories=(), event_type: str | None = None, page_url: str = "") -> Decision:
    """The relevance decision for one event. `organizer_stated`: the organizer was read from the
    page or feed (a registry default says nothing about the event). `page_url`: the page the event
    was read from; a page in a Bildungsbüro/Bildungsregion section counts as weak evidence."""
    title = title or ""
    head = f"{title}\n{' '.join(categories)}"
    body = f"{head}\n{(description or '')[:1500]}"
    score, reasons = 0, []

    def add(kind: str, labels: list[str], weight: int | None = None, cap: int = 3) -> None:
        nonlocal score
        for label in labels[:cap]:
            score += WEIGHTS[kind] if weight is None else weight
            reasons.append(f"{kind}: {label}")

    add("Feld", _found(FIELD_WORDS, body), cap=2)
    formats = _found(FORMAT_WORDS, head) or _found(FORMAT_WORDS, body[:400])
    if event_type and not formats and event_type not in ("Forum", "Seminar"):
        formats = [event_type]
    add("Format", formats, cap=1)
    add("Thema", _found(TOPIC_WORDS, body), cap=3)
    add("Zielgruppe", _found(AUDIENCE_WORDS, body), cap=2)
    if organizer and organizer_stated and ORGANIZER_WORDS.search(organizer):
        add("Veranstalter", [organizer[:80]])
    if page_url and re.search(r"bildungs(?:buero|büro|region|management|monitoring|netzwerk|landschaft|koordination)",
                              page_url, re.I):
        add("Bereich", ["Seite im Bereich Bildungsmanagement"])
    # leisure and civic words in the title count fully; in the text only when nothing speaks for the field
    against = _found(UNRELATED_WORDS, head)
    if not against and score < THRESHOLD:
        against = _found(UNRELATED_WORDS, body[:600])
    add("Gegen", against, cap=2)
    return Decision(relevant=score >= THRESHOLD, score=score, reasons=reasons)


def decide_event(event, *, page_url: str = "", categories=()) -> Decision:
    """decide() for a parsers.Event."""
    organizer_note = (event.provenance or {}).get("organizer", {})
    return decide(event.title, event.description or "", organizer=event.organizer,
                  organizer_stated=organizer_note.get("from") not in (None, "registry"),
                  categories=categories, event_type=event.event_type, page_url=page_url)
