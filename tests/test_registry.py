"""The source registry: the real data/sources.toml against the offline mirror, and the German
error messages a maintainer gets for a broken entry (file name and what to do)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dkbm_aggregate.mirror import mirror_file
from dkbm_aggregate.registry import DEFAULT_MIRROR, DEFAULT_REGISTRY, PLATFORMS, PROJECT_ROOT, RegistryError, load_sources

SCRAPY = PROJECT_ROOT / ".venv" / "bin" / "scrapy"

VALID_ENTRY = '''
[[source]]
name = "{name}"
title = "Agentur A"
organizer = "Agentur A"
regions = ["HE"]
platform = "{platform}"
start_urls = ["https://www.agentur-a.example/termine/"]
detail_patterns = ['{pattern}']
'''


def entry(name: str = "agentur_a", platform: str = "static", pattern: str = r"/termine/[^/]+\.html$") -> str:
    return VALID_ENTRY.format(name=name, platform=platform, pattern=pattern)


def url_of(host: str, relative: str) -> str:
    """The URL a mirror file stands for (the inverse of the scheme in dkbm_aggregate/mirror.py)."""
    name, _, query = relative.partition("@")
    if name == "index.html":
        path = "/"
    elif name.endswith("/index.html"):
        path = "/" + name[: -len("index.html")]
    else:
        path = "/" + name
    return f"https://{host}{path}" + (f"?{query}" if query else "")


@pytest.fixture(scope="module")
def sources():
    return load_sources(DEFAULT_REGISTRY)


# ------------------------------------------------------------------ the real registry

def test_real_registry_has_at_least_ten_complete_sources(sources):
    assert len(sources) >= 10
    assert len({s.name for s in sources}) == len(sources)
    for source in sources:
        assert source.regions, source.name
        assert all(len(code) == 2 and code.isupper() for code in source.regions), source.name
        assert source.platform in PLATFORMS, source.name
        assert source.start_urls, source.name
        assert source.title and source.organizer, source.name


def test_every_start_url_is_in_the_mirror(sources):
    """Agencies all; generic sites where the mirror has a copy of the site (offline crawls skip
    the others), and at least eight of them."""
    mirrored = [s for s in sources if s.platform == "generic" and (DEFAULT_MIRROR / s.hosts[0]).is_dir()]
    assert len(mirrored) >= 8
    assert sum(1 for s in sources if s.platform == "generic") >= 15
    for source in sources:
        if source.platform == "generic" and source not in mirrored:
            continue
        for url in source.start_urls:
            parts = urlsplit(url)
            assert parts.scheme == "https" or parts.scheme == "http", url
            found = mirror_file(DEFAULT_MIRROR, parts.hostname, parts.path or "/", parts.query)
            assert found is not None, f"{source.name}: {url} fehlt in {DEFAULT_MIRROR}"


def test_every_source_has_at_least_four_event_pages_in_the_mirror(sources):
    """Walks data/mirror/<host> for each source: enough detail pages that a crawl of the mirror
    exercises the source's patterns. inline_list sources carry their events on the listing
    pages themselves (no detail pages), so their start pages count as event pages. Generic
    sites have no patterns: tests/test_generic_sources.py crawls their copies."""
    for source in sources:
        if source.platform == "generic":
            continue
        urls = []
        for host in source.hosts:
            host_dir = DEFAULT_MIRROR / host
            assert host_dir.is_dir(), f"{source.name}: kein Spiegel für {host}"
            urls += [url_of(host, path.relative_to(host_dir).as_posix())
                     for path in host_dir.rglob("*") if path.is_file()]
        event_pages = {url for url in urls if source.is_detail(url)}
        if source.platform == "inline_list":
            event_pages |= set(source.start_urls)
        assert len(event_pages) >= 4, f"{source.name}: nur {sorted(event_pages)}"
        for url in event_pages:  # the pattern matches a real page, not just a string
            parts = urlsplit(url)
            assert mirror_file(DEFAULT_MIRROR, parts.hostname, parts.path or "/", parts.query), url


def test_scrapy_list_shows_every_registry_source(sources):
    env = {k: v for k, v in os.environ.items() if k != "DKBM_REGISTRY"}  # the default registry
    result = subprocess.run([str(SCRAPY), "list"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr
    listed = set(result.stdout.split())
    assert {s.name for s in sources} <= listed


# ------------------------------------------------------------------ broken registries

def load_error(tmp_path: Path, text: str | bytes, name: str = "sources.toml") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as raised:
        load_sources(path)
    message = str(raised.value)
    assert str(path) in message, message  # the maintainer learns which file to open
    return message


def test_a_valid_tmp_registry_loads(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(entry() + entry(name="agentur_b"), encoding="utf-8")
    loaded = load_sources(path)
    assert [s.name for s in loaded] == ["agentur_a", "agentur_b"]
    assert loaded[0].hosts == ("www.agentur-a.example",)
    assert loaded[0].is_detail("https://www.agentur-a.example/termine/fachtag.html")
    assert not loaded[0].is_detail("https://www.agentur-a.example/impressum.html")


def test_missing_key_names_the_key_and_asks_to_add_it(tmp_path):
    message = load_error(tmp_path, entry().replace('organizer = "Agentur A"\n', ""))
    assert "organizer" in message and "agentur_a" in message
    assert "Ergänzen" in message


def test_unknown_platform_lists_the_allowed_ones(tmp_path):
    message = load_error(tmp_path, entry(platform="joomla"))
    assert "joomla" in message
    assert "Plattform" in message
    assert all(platform in message for platform in PLATFORMS)


def test_bad_regex_names_the_pattern(tmp_path):
    message = load_error(tmp_path, entry(pattern="/termine/[unclosed"))
    assert "/termine/[unclosed" in message
    assert "regulärer Ausdruck" in message and "Korrigieren" in message


def test_duplicate_name_is_refused(tmp_path):
    message = load_error(tmp_path, entry() + entry())
    assert "agentur_a" in message and "doppelt" in message
    assert "Eintrag 2" in message  # the second one is the one to rename
    assert "Namen" in message


def test_invalid_toml_names_the_line(tmp_path):
    message = load_error(tmp_path, entry() + '\n[[source]]\nname = "agentur_b\n')
    assert "TOML" in message
    assert "line" in message  # tomllib's position of the error
    assert "Syntax" in message


def test_missing_file_tells_to_create_it_or_use_registry_option(tmp_path):
    path = tmp_path / "gibt-es-nicht.toml"
    with pytest.raises(RegistryError) as raised:
        load_sources(path)
    message = str(raised.value)
    assert str(path) in message and "nicht gefunden" in message and "--registry" in message


def test_registry_without_sources_is_refused(tmp_path):
    message = load_error(tmp_path, "# noch leer\n")
    assert "[[source]]" in message


def test_single_string_instead_of_a_list_is_refused_not_split_into_letters(tmp_path):
    """regions = "HE" used to become the regions "H" and "E", and start_urls = "https://…"
    one start URL per character."""
    message = load_error(tmp_path, entry().replace('regions = ["HE"]', 'regions = "HE"'))
    assert "regions" in message and "Liste" in message and "[" in message
    message = load_error(tmp_path, entry().replace('start_urls = ["https://www.agentur-a.example/termine/"]',
                                                   'start_urls = "https://www.agentur-a.example/termine/"'))
    assert "start_urls" in message and "Liste" in message
    message = load_error(tmp_path, entry().replace(r"detail_patterns = ['/termine/[^/]+\.html$']",
                                                   r"detail_patterns = '/termine/[^/]+\.html$'"))
    assert "detail_patterns" in message and "Liste" in message


def test_single_bracket_section_is_explained(tmp_path):
    message = load_error(tmp_path, entry().replace("[[source]]", "[source]"))
    assert "[[source]]" in message


def test_start_url_without_scheme_is_refused(tmp_path):
    message = load_error(tmp_path, entry().replace("https://www.agentur-a.example/termine/",
                                                   "www.agentur-a.example/termine/"))
    assert "www.agentur-a.example/termine/" in message and "https://" in message


def test_non_numeric_max_pages_is_refused(tmp_path):
    message = load_error(tmp_path, entry() + 'max_pages = "viele"\n')
    assert "max_pages" in message and "Zahl" in message


def test_registry_saved_as_latin1_asks_for_utf8(tmp_path):
    message = load_error(tmp_path, entry().replace("Agentur A", "Agentur Großstädte").encode("latin-1"))
    assert "UTF-8" in message


def test_directory_instead_of_file_is_explained(tmp_path):
    with pytest.raises(RegistryError) as raised:
        load_sources(tmp_path)
    message = str(raised.value)
    assert str(tmp_path) in message and "Verzeichnis" in message and "--registry" in message


def test_an_agency_page_under_its_other_host_name_is_the_agencys():
    # the agency's own pages name no organizer: the registry's answer must reach both spellings of its site
    from dkbm_aggregate.registry import organizer_for_url
    assert organizer_for_url("https://www.transferagentur-nord-ost.de/veranstaltungen/ikn-1-mv-sh") \
        == organizer_for_url("https://www.transferagentur-nordost.de/node/12") == "Transferagentur Nord-Ost"


@pytest.mark.parametrize("alias", ["https://alias.example.org/", "Alias.Example.ORG", "alias.example.org/termine",
                                   " alias.example.org ", ""])
def test_an_alias_that_is_no_host_name_is_refused_with_the_fix(tmp_path, alias):
    message = load_error(tmp_path, entry() + f'aliases = ["{alias}"]\n')
    assert "ist kein Hostname" in message and "Kleinbuchstaben" in message


def test_an_alias_that_is_another_sources_host_is_refused(tmp_path):
    message = load_error(tmp_path, entry() + 'aliases = ["www.agentur-b.example"]\n'
                         + entry(name="agentur_b").replace("agentur-a.example", "agentur-b.example"))
    assert "ist der Host der Quelle 'agentur_b'" in message
