"""How a crawl is wired: no remote consoles, results through Scrapy's stats, layers without circles."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dkbm_aggregate.mirror import MirrorServer

from . import minimirror

ROOT = minimirror.ROOT


@pytest.fixture(scope="module")
def scrapy_crawl(tmp_path_factory):
    """`scrapy crawl netzwerk_a` from the project root, as a Scrapy user runs it, against the mirror."""
    workdir = minimirror.build(tmp_path_factory.mktemp("plumbing"))
    state = workdir / "state"
    env = {**os.environ, "DKBM_REGISTRY": str(workdir / "sources.toml"), "XDG_STATE_HOME": str(state),
           "HOME": str(workdir)}
    handler = "crawler.mirror_routing.MirrorDownloadHandler"
    with MirrorServer(workdir / "mirror") as mirror:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "netzwerk_a",
             "-s", f"DKBM_DB={workdir / 'dkbm.db'}", "-s", f"HTTPCACHE_DIR={workdir / 'cache'}",
             "-s", f"DKBM_MIRROR_ADDRESS={mirror.address}",
             "-s", f'DOWNLOAD_HANDLERS={{"http": "{handler}", "https": "{handler}"}}',
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    return workdir, result


def test_scrapy_crawl_opens_no_console(scrapy_crawl):
    workdir, result = scrapy_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    enabled = result.stderr.split("Enabled extensions:", 1)[1].split("]", 1)[0]
    assert "CrawlReport" in enabled
    assert "RemoteControl" not in enabled and "TelnetConsole" not in enabled
    assert "Telnet console listening" not in result.stderr
    # RemoteControl announces its port and token in a job file under the user's state directory.
    assert not list((workdir / "state").rglob("*.json"))


def test_scrapy_crawl_reports_the_run_in_its_stats(scrapy_crawl):
    workdir, result = scrapy_crawl
    stats = result.stderr.split("Dumping Scrapy stats:", 1)[1]
    assert "'dkbm/events_new': 4" in stats
    assert "'dkbm/pages_extracted': 4" in stats
    assert "'dkbm/run':" in stats and "'status': 'ok'" in stats
    assert len(minimirror.database(workdir / "dkbm.db")["events"]) == 4


def _imports(path: Path, package_root: Path, modules: set[str]) -> set[str]:
    """Project modules a file imports, at module level or inside functions."""
    module = ".".join(path.relative_to(package_root).with_suffix("").parts)
    if module.endswith(".__init__"):
        module = module[: -len(".__init__")]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")
                if not path.name == "__init__.py":
                    parts = parts[:-1]
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                # `from . import dates` depends on parsers.dates, not on the package's __init__
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return found


def _graph() -> dict[str, set[str]]:
    files = [p for package in ("crawler", "dkbm_aggregate", "parsers") for p in (ROOT / package).rglob("*.py")]
    modules = {}
    for path in files:
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    return {name: {m for m in _imports(path, ROOT, set(modules)) if m in modules and m != name}
            for name, path in modules.items()}


def test_layers_command_line_crawler_store_parsers_without_circles():
    graph = _graph()
    for module, imported in graph.items():
        if module.startswith("parsers"):
            assert not {m for m in imported if not m.startswith("parsers")}, module
        if module.startswith("crawler"):
            assert "dkbm_aggregate.cli" not in imported, module
        if module.startswith("dkbm_aggregate") and module != "dkbm_aggregate.cli":
            assert not {m for m in imported if m.startswith("crawler")}, module
    # no circle at all among the project's modules
    state: dict[str, int] = {}

    def visit(module, path):
        state[module] = 1
        for other in graph[module]:
            assert state.get(other) != 1, " → ".join(path + [other])
            if other not in state:
                visit(other, path + [other])
        state[module] = 2

    for module in graph:
        if module not in state:
            visit(module, [module])
