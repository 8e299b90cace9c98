"""The source registry (data/sources.toml): who publishes DKBM events, where, on which platform."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REGISTRY = PROJECT_ROOT / "data" / "sources.toml"
DEFAULT_MIRROR = PROJECT_ROOT / "data" / "mirror"
DEFAULT_DB = PROJECT_ROOT / "data" / "dkbm.db"
PLATFORMS = ("typo3_news", "typo3_sfeventmgt", "drupal", "wordpress", "inline_list", "static", "generic")
GENERIC = "generic"  # discovery from the home page; every event gets a relevance decision
REQUIRED = ("name", "title", "organizer", "regions", "platform", "start_urls")
TEXT_KEYS = ("name", "title", "organizer", "platform", "homepage")
LIST_KEYS = ("regions", "start_urls", "detail_patterns", "pagination", "allowed_domains", "aliases")


class RegistryError(ValueError):
    """A registry entry a user has to fix; the message names the file, the entry and the fix."""


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    organizer: str
    regions: tuple[str, ...]
    platform: str
    start_urls: tuple[str, ...]
    detail_patterns: tuple[str, ...] = ()
    pagination: tuple[str, ...] = ()
    homepage: str | None = None
    allowed_domains: tuple[str, ...] = field(default=())
    # other names of the same site, never crawled: a page found elsewhere under one of them is still the source's
    aliases: tuple[str, ...] = field(default=())
    max_pages: int = 300
    max_depth: int = 3  # generic: how many links away from a start page the discovery goes

    @property
    def decides_relevance(self) -> bool:
        """Agency sources announce only this field's events; a generic site's events are weighed."""
        return self.platform == GENERIC

    @property
    def hosts(self) -> tuple[str, ...]:
        return self.allowed_domains or tuple(sorted({urlsplit(u).hostname for u in self.start_urls}))

    def is_detail(self, url: str) -> bool:
        return any(re.search(pattern, url) for pattern in self.detail_patterns)

    def is_listing(self, url: str) -> bool:
        return any(re.search(pattern, url) for pattern in self.pagination)


def load_sources(path: Path | str = DEFAULT_REGISTRY) -> list[Source]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"{path}: Quellenverzeichnis nicht gefunden. Legen Sie es an oder geben Sie "
                            f"den Pfad mit --registry an.") from None
    except IsADirectoryError:
        raise RegistryError(f"{path}: ist ein Verzeichnis. Geben Sie mit --registry die TOML-Datei an "
                            f"(z. B. {path / 'sources.toml'}).") from None
    except UnicodeDecodeError as error:
        raise RegistryError(f"{path}: nicht in UTF-8 gespeichert (Byte {error.start}). Speichern Sie die "
                            f"Datei als UTF-8.") from None
    except OSError as error:
        raise RegistryError(f"{path}: kann nicht gelesen werden ({error.strerror}). Prüfen Sie Pfad und "
                            f"Rechte oder geben Sie mit --registry eine andere Datei an.") from None
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{path}: kein gültiges TOML ({error}). Korrigieren Sie die Syntax.") from None
    entries = data.get("source", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise RegistryError(f"{path}: Quellen stehen in [[source]]-Abschnitten (doppelte eckige Klammern), "
                            f"nicht in [source]. Korrigieren Sie die Abschnitte.")
    sources = []
    names = set()
    for index, entry in enumerate(entries, start=1):
        label = f"{path}, Eintrag {index} ({entry.get('name', '?')})"
        missing = [key for key in REQUIRED if not entry.get(key)]
        if missing:
            raise RegistryError(f"{label}: es fehlt {', '.join(missing)}. Ergänzen Sie diese Felder.")
        for key in TEXT_KEYS:
            if key in entry and not isinstance(entry[key], str):
                raise RegistryError(f"{label}: {key} muss Text in Anführungszeichen sein, z. B. {key} = \"…\".")
        for key in LIST_KEYS:
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise RegistryError(f"{label}: {key} muss eine Liste von Texten sein, z. B. {key} = [\"…\"] "
                                    f"(eckige Klammern auch bei nur einem Wert).")
        for url in entry["start_urls"]:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise RegistryError(f"{label}: Start-Adresse {url!r} ist keine vollständige Adresse. "
                                    f"Schreiben Sie sie mit https:// (bzw. http://) und Hostnamen.")
        max_pages = entry.get("max_pages", 300)
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise RegistryError(f"{label}: max_pages muss eine ganze Zahl ab 1 sein, z. B. max_pages = 300.")
        max_depth = entry.get("max_depth", 3)
        if isinstance(max_depth, bool) or not isinstance(max_depth, int) or not 0 <= max_depth <= 10:
            raise RegistryError(f"{label}: max_depth muss eine ganze Zahl von 0 bis 10 sein, z. B. max_depth = 3.")
        if entry["platform"] not in PLATFORMS:
            raise RegistryError(f"{label}: unbekannte Plattform {entry['platform']!r}. "
                                f"Erlaubt sind: {', '.join(PLATFORMS)}.")
        if entry["name"] in names:
            raise RegistryError(f"{label}: der Name {entry['name']!r} ist doppelt vergeben. "
                                f"Geben Sie jeder Quelle einen eigenen Namen.")
        for pattern in entry.get("detail_patterns", []) + entry.get("pagination", []):
            try:
                re.compile(pattern)
            except re.error as error:
                raise RegistryError(f"{label}: ungültiger regulärer Ausdruck {pattern!r} ({error}). "
                                    f"Korrigieren Sie den Ausdruck.") from None
        for alias in entry.get("aliases", []):
            if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", alias):
                raise RegistryError(f"{label}: Alias {alias!r} ist kein Hostname. Schreiben Sie nur den Host in "
                                    f"Kleinbuchstaben, ohne https:// und ohne Pfad, z. B. \"www.beispiel.de\".")
        names.add(entry["name"])
        sources.append(Source(
            name=entry["name"], title=entry["title"], organizer=entry["organizer"],
            regions=tuple(entry["regions"]), platform=entry["platform"],
            start_urls=tuple(entry["start_urls"]),
            detail_patterns=tuple(entry.get("detail_patterns", [])),
            pagination=tuple(entry.get("pagination", [])), homepage=entry.get("homepage"),
            allowed_domains=tuple(entry.get("allowed_domains", [])), aliases=tuple(entry.get("aliases", [])),
            max_pages=int(entry.get("max_pages", 300)), max_depth=int(max_depth)))
    if not sources:
        raise RegistryError(f"{path}: enthält keine [[source]]-Einträge. Tragen Sie mindestens eine Quelle ein.")
    own_hosts = {host.removeprefix("www."): source.name for source in sources for host in source.hosts}
    for source in sources:
        for alias in source.aliases:
            other = own_hosts.get(alias.removeprefix("www."))
            if other and other != source.name:
                raise RegistryError(f"{path}, Eintrag {source.name}: Alias {alias!r} ist der Host der Quelle {other!r}. "
                                    f"Entfernen Sie den Alias; die Seiten dort gehören der Quelle {other!r}.")
    return sources


def source_for_url(url: str | None, sources: list[Source]) -> Source | None:
    """The registry source whose site a URL is on ("www." or not), if any."""
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.")
    if not host:
        return None
    for source in sources:
        hosts = {h.removeprefix("www.") for h in source.hosts + source.aliases}
        if source.homepage:
            hosts.add((urlsplit(source.homepage).hostname or "").removeprefix("www."))
        if host in hosts:
            return source
    return None


def organizer_for_url(url: str | None, path: Path | str = DEFAULT_REGISTRY) -> str | None:
    """The organizer the registry assumes for pages of this URL's site (an agency's own page
    that names no organizer is the agency's); None for other sites or an unreadable registry."""
    try:
        source = source_for_url(url, load_sources(path))
    except RegistryError:
        return None
    return source.organizer if source else None
