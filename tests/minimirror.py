"""A small offline mirror with two sources, built in a temporary directory, and helpers to
crawl it with `dkbm crawl --offline` as a subprocess. Tests change pages in their own copy."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST_A = "www.netzwerk-a.example"
HOST_B = "www.netzwerk-b.example"
A = f"https://{HOST_A}"
B = f"https://{HOST_B}"

REGISTRY = f'''
[[source]]
name = "netzwerk_a"
title = "Netzwerk A"
organizer = "Netzwerk A"
regions = ["HE"]
platform = "static"
start_urls = ["{A}/termine/"]
detail_patterns = ['/termine/[^/]+\\.html$']

[[source]]
name = "netzwerk_b"
title = "Netzwerk B"
organizer = "Netzwerk B"
regions = ["NI"]
platform = "static"
start_urls = ["{B}/veranstaltungen/"]
detail_patterns = ['/veranstaltungen/[^/]+\\.html$']
'''

TITLES_A = ["Netzwerktreffen Bildungsmonitoring", "Fachtag Ganztag", "Werkstatt Sozialraumanalyse",
            "Forum Datenkompetenz"]
TITLES_B = ["Fachtag Übergang Schule Beruf", "Werkstatt Datenvisualisierung"]


def slug(title: str) -> str:
    return title.lower().replace(" ", "-").replace("ü", "ue")


def listing(title: str, base: str, titles: list[str]) -> str:
    items = "\n".join(f'<li><a href="{base}{slug(t)}.html">{t}</a></li>' for t in titles)
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><main><h1>{title}</h1><ul>\n{items}\n</ul></main></body></html>\n")


# Head and navigation come first and take most of a real page's bytes.
CHROME = ("<style>" + "nav a { color: #036; padding: 0 1em; } " * 60 + "</style></head><body><nav><ul>"
          + "".join(f'<li><a href="/seite-{i}.html">Menüpunkt {i}</a></li>' for i in range(60)) + "</ul></nav>")


def detail(title: str, day: int, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>{CHROME}'
            f"<main><article><h1>{title}</h1>"
            f"<p>Datum: {day:02d}.03.2027</p><p>Uhrzeit: 10:00–13:00 Uhr</p><p>Ort: Rathaus, 34117 Kassel</p>"
            f"{extra}<p>Für Bildungskoordinatorinnen und Bildungskoordinatoren der Kommunen. "
            + "Mehr zum Programm folgt in Kürze. " * 5
            + "</p></article></main></body></html>\n")


def write(root: Path, relative: str, content: str | bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def build(workdir: Path) -> Path:
    """The mirror and registry in workdir; returns workdir."""
    mirror = workdir / "mirror"
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "sources.toml").write_text(REGISTRY, encoding="utf-8")
    write(mirror, f"{HOST_A}/termine/index.html", listing("Termine", "/termine/", TITLES_A))
    for day, title in enumerate(TITLES_A, start=10):
        write(mirror, f"{HOST_A}/termine/{slug(title)}.html", detail(title, day))
    write(mirror, f"{HOST_B}/veranstaltungen/index.html", listing("Veranstaltungen", "/veranstaltungen/", TITLES_B))
    for day, title in enumerate(TITLES_B, start=20):
        write(mirror, f"{HOST_B}/veranstaltungen/{slug(title)}.html", detail(title, day))
    return workdir


def crawl_command(workdir: Path, run: str, *extra: str, db: Path | None = None) -> list[str]:
    return [sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--mirror", str(workdir / "mirror"),
            "--registry", str(workdir / "sources.toml"), "--db", str(db or workdir / "dkbm.db"),
            "--summary-json", str(workdir / f"summary-{run}.json"), "--crawl-date", "2026-11-23", "--quiet",
            *extra]


def crawl(workdir: Path, run: str, *extra: str, env: dict | None = None, timeout: int = 120) -> dict:
    """One crawl; returns exit code, output, summary and the database's events/runs/errors."""
    result = subprocess.run(crawl_command(workdir, run, *extra), capture_output=True, text=True,
                            timeout=timeout, cwd=workdir, env=env)
    return outcome(workdir, run, result)


def outcome(workdir: Path, run: str, result) -> dict:
    summary_path = workdir / f"summary-{run}.json"
    found = {"returncode": result.returncode, "stdout": result.stdout, "stderr": result.stderr,
             "summary": json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else None}
    found.update(database(workdir / "dkbm.db"))
    return found


def database(db: Path) -> dict:
    if not db.exists():
        return {"events": {}, "runs": [], "errors": []}
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        return {"events": {r["title"]: dict(r) for r in connection.execute("select * from events")},
                "runs": [dict(r) for r in connection.execute("select * from crawl_runs order by id")],
                "errors": [dict(r) for r in connection.execute("select * from crawl_errors")]}
    finally:
        connection.close()
