"""The Datasette application: one SQLite file served as database "dkbm".

`make_datasette(path)` works for any file name (the URLs are always /dkbm/...), with the
German metadata, facets and canned queries of metadata.yml, the German homepage in
templates/index.html and the "dkbm" plugin (feeds, .ics renderer) registered even when the
package is not installed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.utils import parse_metadata

from . import datasette_plugin
from .counts import CountingDatabase

HERE = Path(__file__).resolve().parent
METADATA_PATH = HERE / "metadata.yml"
TEMPLATES_PATH = HERE / "templates"
DATABASE_NAME = datasette_plugin.DATABASE  # "dkbm": the feed URLs depend on it

SETTINGS: dict[str, Any] = {
    # Suggested facets cost most of a faceted page's time and the useful ones are configured.
    "suggest_facets": False,
    "default_page_size": 50,
    # A facet or a query that takes longer is cut off (the page says so) instead of holding up the
    # page: at 100,000 events the overview stays fast. Canned queries get the full second.
    "facet_time_limit_ms": 60,
    "sql_time_limit_ms": 1000,
}


def load_metadata() -> dict[str, Any]:
    return parse_metadata(METADATA_PATH.read_text(encoding="utf-8"))


def register_plugin() -> None:
    """Register the "dkbm" plugin with Datasette's plugin manager once per process.

    An installed package already registers it through its entry point (name "dkbm")."""
    from datasette.plugins import pm

    if pm.is_registered(datasette_plugin) or pm.get_plugin("dkbm") is not None:
        return
    pm.register(datasette_plugin, name="dkbm")


def make_datasette(db_path: str | Path, *, settings: dict[str, Any] | None = None) -> Datasette:
    """A Datasette serving `db_path` read-only as database "dkbm".

    The file is opened with mode=ro (not immutable), so a crawl may update it while it is
    served. It needs the `events` table of schema.EVENT_COLUMNS; `events_fts`, `sources` and
    `crawl_runs` are used when present (the canned query quellen_status needs `sources`).
    """
    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"Datenbank nicht gefunden: {path}")
    register_plugin()
    ds = Datasette(
        files=[],
        metadata=load_metadata(),
        settings={**SETTINGS, **(settings or {})},
        template_dir=str(TEMPLATES_PATH),
    )
    # Without files Datasette adds an in-memory "_memory" database; the site serves only dkbm.
    if "_memory" in ds.databases:
        ds.remove_database("_memory")
    # row counts are kept per state of the file (counts.py): a crawl changes them, a request does not
    ds.add_database(CountingDatabase(ds, path=str(path), is_mutable=True), name=DATABASE_NAME)
    return ds


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the database with uvicorn until interrupted (blocking)."""
    import uvicorn

    ds = make_datasette(db_path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="info")
